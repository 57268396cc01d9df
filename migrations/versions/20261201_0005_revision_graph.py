"""revision graph: rev, parents, author; exchange.high_seq; search keys refolded

Format-1 revisions recorded no ancestry. Each keeps the address of its old
identity (fieldkit.revisions.legacy_rev) and gets the parent that
fieldkit.revisions.legacy_parent guesses from version numbers, so a history
becomes a chain and a recorded conflict two heads. Rows of records that end
with several heads are then refreshed to the graph's merged state.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 20:40:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # noqa: F401  (autogenerate may render its types)
from alembic import op

import fieldkit.storage.types  # noqa: F401  (Money, UTCDateTime)

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from fieldkit import records, store
    from fieldkit import revisions as graph

    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rev", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("parents", sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("author", sa.String(length=200), nullable=True))
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.add_column(sa.Column("high_seq", sa.Integer(), nullable=True))
    for rtype in records.record_types():
        with op.batch_alter_table(rtype.table.name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("head", sa.String(length=64), nullable=False, server_default="")
            )

    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT seq, record_type, record_id, version, updated_at, device_id, fingerprint,"
            " deleted FROM revision ORDER BY record_type, record_id, seq"
        )
    ).all()
    by_record: dict[tuple[str, str], list[graph.Legacy]] = {}
    seq_of: dict[str, int] = {}
    for r in rows:
        rev = graph.legacy_rev(r.record_id, r.version, r.fingerprint, bool(r.deleted))
        key = (r.version, str(r.updated_at), r.device_id, r.fingerprint, bool(r.deleted))
        by_record.setdefault((r.record_type, r.record_id), []).append(
            graph.Legacy(rev, r.version, key, r.device_id)
        )
        seq_of[rev] = r.seq
    updates = []
    heads: list[dict[str, str]] = []
    several: list[tuple[str, str]] = []
    for record, known in by_record.items():
        parented: set[str] = set()
        for k in known:
            parent = graph.legacy_parent(known, k)
            chain = [parent] if parent else []
            updates.append(
                {"b_seq": seq_of[k.rev], "rev": k.rev, "parents": graph.dump_parents(chain)}
            )
            parented.update(chain)
        tips = [k for k in known if k.rev not in parented]
        if len(tips) > 1:
            several.append(record)
        heads.append({"b_id": record[1], "b_type": record[0], "head": max(t.rev for t in tips)})
    if updates:
        conn.execute(
            sa.text("UPDATE revision SET rev = :rev, parents = :parents WHERE seq = :b_seq"),
            updates,
        )
    for rtype in records.record_types():
        mine = [h for h in heads if h["b_type"] == rtype.name]
        if mine:
            conn.execute(
                sa.text(f"UPDATE {rtype.table.name} SET head = :head WHERE id = :b_id"), mine
            )
    # Past exchanges get the sequence number this database had reached then, as
    # well as its own clock can tell (both stamps were taken by this laptop).
    conn.execute(
        sa.text(
            "UPDATE exchange SET high_seq = (SELECT coalesce(max(seq), 0) FROM revision"
            " WHERE revision.saved_at <= exchange.at)"
        )
    )
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.alter_column("rev", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_constraint("uq_revision_identity", type_="unique")
        batch_op.create_unique_constraint("uq_revision_rev", ["rev"])
    for type_name, record_id in several:
        store.refresh(conn, _as_stored(conn, records.get(type_name)), record_id)
    # Search keys in the reduced alphabet (fieldkit.text.fold): ə typed as e,
    # Cyrillic spellings of Latin names, found in records saved before too.
    for rtype in (_as_stored(conn, r) for r in records.record_types()):
        t = rtype.table
        stale = []
        for row in conn.execute(sa.select(t)).mappings():
            key = store.search_key(rtype, store.content_of(rtype, row))
            if key != row["search_key"]:
                stale.append({"b_id": row["id"], "search_key": key})
        if stale:
            conn.execute(t.update().where(t.c.id == sa.bindparam("b_id")), stale)


def _as_stored(conn: sa.Connection, rtype: Any) -> Any:
    """*rtype* as the database has it at this revision: today's declarations may
    list fields that a later migration adds (0006: person.consent_scope)."""
    import dataclasses

    have = {c["name"] for c in sa.inspect(conn).get_columns(rtype.table.name)}
    if all(f.name in have for f in rtype.fields):
        return rtype
    stored = dataclasses.replace(rtype, fields=tuple(f for f in rtype.fields if f.name in have))
    stored.table = sa.Table(
        rtype.table.name,
        sa.MetaData(),
        *[
            sa.Column(c.name, c.type, primary_key=c.primary_key)
            for c in rtype.table.columns
            if c.name in have
        ],
    )
    return stored


def downgrade() -> None:
    from fieldkit import records

    for rtype in records.record_types():
        with op.batch_alter_table(rtype.table.name, schema=None) as batch_op:
            batch_op.drop_column("head")
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.drop_constraint("uq_revision_rev", type_="unique")
        batch_op.create_unique_constraint(
            "uq_revision_identity", ["record_type", "record_id", "version", "fingerprint"]
        )
        batch_op.drop_column("author")
        batch_op.drop_column("parents")
        batch_op.drop_column("rev")
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.drop_column("high_seq")
