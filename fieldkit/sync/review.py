"""Conflicts: two revisions of one record that neither derives from.

A record's open conflicts follow from its revision graph (heads that changed
one field differently, or an edit against a delete; fieldkit.store.refresh
keeps them). Here a person reviews them: :func:`open_conflicts` shows both
sides, their common ancestor and which fields differ; :func:`resolve` saves the
chosen content as a resolution: a revision whose parents are all the heads,
so it closes the conflict on every database it reaches. Nothing else closes
one — a later unrelated edit of either side leaves it open.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa

from fieldkit import query, records, store
from fieldkit import revisions as graph
from fieldkit.declare import RecordType
from fieldkit.records import Conflict, Exchange
from fieldkit.storage.database import Database

CONFLICTS: sa.Table = Conflict.__table__  # type: ignore[attr-defined]
EXCHANGES: sa.Table = Exchange.__table__  # type: ignore[attr-defined]
REVISIONS = store.REVISIONS
Pick = Literal["a", "b"]


@dataclass(frozen=True)
class Side:
    seq: int
    version: int
    updated_at: datetime
    device_id: str
    deleted: bool
    content: dict[str, Any]
    source: str | None
    rev: str = ""
    author: str | None = None
    laptop: str = ""  # the laptop's name as this database knows it (exchange log, profile)
    changed: tuple[str, ...] = ()  # what this side changed from the common ancestor


@dataclass(frozen=True)
class ConflictView:
    seq: int
    record_type: str
    record_id: str
    title: str
    a: Side
    b: Side  # the side that currently stands (the greater revision)
    differing: list[str]  # field names, in declaration order; "deleted" if that differs
    detected_at: datetime
    base: dict[str, Any] | None = None  # the common ancestor's content (None: nothing in common)
    base_version: int | None = None
    merged: dict[str, str] = field(default_factory=dict)  # field merged by itself -> "a" | "b"


def _side(m: Any, p: str) -> Side:
    return Side(
        seq=m[f"{p}_seq"],
        version=m[f"{p}_version"],
        updated_at=m[f"{p}_updated_at"],
        device_id=m[f"{p}_device_id"],
        deleted=m[f"{p}_deleted"],
        content=json.loads(m[f"{p}_content"]),
        source=m[f"{p}_source"],
        rev=m[f"{p}_rev"],
        author=m[f"{p}_author"],
    )


def open_conflicts(db: Database, record_type: str | None = None) -> list[ConflictView]:
    """Conflicts waiting for a person, oldest first."""
    ra, rb = REVISIONS.alias("ra"), REVISIONS.alias("rb")
    stmt = (
        sa.select(
            CONFLICTS,
            *(ra.c[k].label(f"a_{k}") for k in ra.c.keys()),
            *(rb.c[k].label(f"b_{k}") for k in rb.c.keys()),
        )
        .join(ra, ra.c.seq == CONFLICTS.c.revision_a)
        .join(rb, rb.c.seq == CONFLICTS.c.revision_b)
        .where(CONFLICTS.c.resolved_at.is_(None))
        .order_by(CONFLICTS.c.detected_at, CONFLICTS.c.seq)
    )
    if record_type:
        stmt = stmt.where(CONFLICTS.c.record_type == record_type)
    with db.connect() as conn:
        rows = conn.execute(stmt).all()
    views = []
    titles: dict[tuple[str, str], str] = {}
    for name in {r.record_type for r in rows}:
        ids = [r.record_id for r in rows if r.record_type == name]
        titles.update({(name, k): v for k, v in query.titles(db, name, ids).items()})
    laptops = laptop_names(db)
    for r in rows:
        m = r._mapping
        rtype = records.get(r.record_type)
        names = rtype.field_names()
        with db.connect() as conn:
            nodes = store.nodes(conn, rtype, r.record_id)
            shown = store.state(conn, rtype, r.record_id)
        a, b = _side(m, "a"), _side(m, "b")
        base_rev = graph.merge_base(nodes, a.rev, b.rev)
        base = dict(nodes[base_rev].content) if base_rev else None
        sides = []
        for side in (a, b):
            before = base or {}
            changed = tuple(n for n in names if side.content.get(n) != before.get(n))
            sides.append(
                dataclasses.replace(
                    side, laptop=laptops.get(side.device_id, side.device_id[:8]), changed=changed
                )
            )
        a, b = sides
        differing = [f for f in names if a.content.get(f) != b.content.get(f)]
        if a.deleted != b.deleted:
            differing.append("deleted")
        label = {a.rev: "a", b.rev: "b"}
        merged = {f: label[rev] for f, rev in shown.merged_fields.items() if rev in label}
        views.append(
            ConflictView(
                r.seq,
                r.record_type,
                r.record_id,
                titles.get((r.record_type, r.record_id), r.record_id),
                a,
                b,
                differing,
                r.detected_at,
                base,
                _version(conn_db=db, rtype=rtype, rev=base_rev),
                merged,
            )
        )
    return views


def laptop_names(db: Database) -> dict[str, str]:
    """Device id -> the name people know the laptop by: this one's profile, the
    senders in the exchange log (their volunteer or laptop name)."""
    names: dict[str, str] = {}
    with db.connect() as conn:
        for device, name in conn.execute(
            sa.select(EXCHANGES.c.peer_device, EXCHANGES.c.peer_name).where(
                EXCHANGES.c.peer_device.is_not(None), EXCHANGES.c.peer_name.is_not(None)
            )
        ):
            names[device] = name
    own = db.setting("device_name") or db.setting("volunteer_name")
    if own:
        names[db.device_id] = own
    return names


def _version(conn_db: Database, rtype: RecordType, rev: str | None) -> int | None:
    if rev is None:
        return None
    with conn_db.connect() as conn:
        found = conn.execute(
            sa.select(REVISIONS.c.version).where(
                REVISIONS.c.record_type == rtype.name, REVISIONS.c.rev == rev
            )
        ).scalar()
    return None if found is None else int(found)


def resolve(db: Database, seq: int, picks: Mapping[str, Pick] | Pick) -> store.Change:
    """Save the chosen content as a resolution (parents: every head); close the conflict.

    *picks* is ``"a"`` or ``"b"`` for a whole side, or a field → side mapping
    (fields left out keep what the record shows: side ``b`` where they conflict). Every other open
    conflict on the same record is closed by the same revision.
    """
    view = next((v for v in open_conflicts(db) if v.seq == seq), None)
    if view is None:
        raise LookupError(f"conflict {seq} is not open")
    rtype = records.get(view.record_type)
    if isinstance(picks, str):
        picks = dict.fromkeys([*rtype.field_names(), "deleted"], picks)
    unknown = set(picks) - {*rtype.field_names(), "deleted"}
    if unknown:
        raise ValueError(f"not fields of {rtype.label.lower()}: {', '.join(sorted(unknown))}")
    sides = {"a": view.a, "b": view.b}
    with db.connect() as conn:
        merged = store.state(conn, rtype, view.record_id)
    # Unpicked fields keep what the record shows (its clean merges included);
    # a field picked from a side takes that side's value.
    content = {}
    for f in rtype.field_names():
        side = picks.get(f)
        content[f] = merged.content.get(f) if side is None else sides[side].content.get(f)
    deleted = sides[picks.get("deleted", "b")].deleted
    typed = store.content_from_json(rtype, store.canonical(content))
    _row, change = store.update(
        db, view.record_type, view.record_id, typed, deleted=deleted, resolution=True
    )
    return change
