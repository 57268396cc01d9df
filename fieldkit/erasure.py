"""Erasure on request: a person's content purged from every revision here, and
an erasure revision that says so wherever it travels (DESIGN.md, "Data protection").

What is purged is derived from the declarations:

* the person's own record: every field, in every revision (a blank tombstone);
* each record that refers to them (visits, assistance, merges): its fields
  declared ``FREE_TEXT`` or ``IDENTIFYING`` (not references), in every revision —
  the notes that speak of them. The visit itself stays (it happened, and the
  reports count it), pointing at the blank tombstone.

Each record touched gets an **erasure revision**: a child of all its heads
(so it closes any conflict) holding the purged content, with ``source`` =
:data:`ERASURE`. It is the fact of the erasure, kept: who (``author``), when
(``updated_at``), on which laptop. Earlier revisions keep their address, parents
and fingerprint — the graph every machine shares stays whole — and only their
content is blanked; ``fieldkit check`` accepts a revision whose content no
longer matches its fingerprint only in a record that has an erasure revision.

The erasure revision travels like any revision (an export for HQ carries the
blank tombstone whatever the consent said). Purging the earlier revisions on
the machine that receives it is the importer's part: see docs/pseudonymised.md,
"Erasure".

Not purged: backups taken before the erasure (``backups/``), and files already
exported.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from fieldkit import consent, records, store
from fieldkit import revisions as graph
from fieldkit.declare import Kind, Personal, RecordType
from fieldkit.records import Draft
from fieldkit.storage.database import Database
from fieldkit.storage.types import utcnow

ERASURE = "erasure"  # the source of an erasure revision
DRAFTS: sa.Table = Draft.__table__  # type: ignore[attr-defined]


@dataclass
class Erased:
    record_type: str
    record_id: str
    revisions: int = 0  # revisions of the person purged (the erasure revision aside)
    related: dict[str, int] | None = None  # record type -> records whose notes were blanked


def erased_ids(conn: sa.Connection, rtype: RecordType) -> set[str]:
    """Records of *rtype* that have an erasure revision."""
    r = store.REVISIONS.c
    return set(
        conn.execute(
            sa.select(r.record_id).where(r.record_type == rtype.name, r.source == ERASURE)
        ).scalars()
    )


def blanker(rtype: RecordType) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """What erasure leaves of a revision's content: nothing of a person's own
    record; of a record referring to one, all but its notes and names."""
    if consent.has_consent(rtype):
        return lambda content: dict.fromkeys(rtype.field_names())
    said = [
        f.name
        for f in rtype.fields
        if f.personal is Personal.FREE_TEXT
        or (f.personal is Personal.IDENTIFYING and f.kind is not Kind.REF)
    ]
    return lambda content: content | dict.fromkeys(said)


def purge(conn: sa.Connection, rtype: RecordType, record_id: str) -> int:
    """Blank every stored revision of one record (:func:`blanker`), keeping each
    one's address, parents and fingerprint. Returns how many. An importer calls
    this for a record whose erasure revision arrives, and for any revision that
    arrives later for a record erased here."""
    r = store.REVISIONS.c
    blank = blanker(rtype)
    known = conn.execute(
        sa.select(r.seq, r.content).where(r.record_type == rtype.name, r.record_id == record_id)
    ).all()
    for seq, content in known:
        conn.execute(
            store.REVISIONS.update()
            .where(r.seq == seq)
            .values(content=store.canonical(blank(json.loads(content))))
        )
    return len(known)


def erase(db: Database, record_id: str) -> Erased:
    """Erase the person *record_id*, in one transaction."""
    with db.transaction() as conn:
        # What is overwritten or freed is zeroed in the file, not left readable
        # in free pages; the write-ahead log is emptied after.
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        rtype = next(
            (
                r
                for r in consent.people_types()
                if conn.execute(sa.select(r.table.c.id).where(r.table.c.id == record_id)).first()
            ),
            None,
        )
        if rtype is None:
            raise KeyError(f"no person {record_id} in this database")
        done = Erased(rtype.name, record_id, related={})
        done.revisions = _erase(db, conn, rtype, record_id, deleted=True)
        for other in records.record_types():
            refs = [s.name for s in other.refs() if s.ref == rtype.name and s.ref_key == "id"]
            if not refs:
                continue
            t = other.table
            ids = conn.execute(
                sa.select(t.c.id).where(sa.or_(*[t.c[n] == record_id for n in refs]))
            ).scalars()
            touched = [i for i in ids if _erase(db, conn, other, i, deleted=None) >= 0]
            if touched:
                assert done.related is not None
                done.related[other.name] = len(touched)
        conn.execute(DRAFTS.delete().where(DRAFTS.c.record_id == record_id))
        conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    with db.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return done


def _erase(
    db: Database, conn: sa.Connection, rtype: RecordType, record_id: str, *, deleted: bool | None
) -> int:
    """Purge one record's revisions, then add its erasure revision (all heads as
    parents). Returns how many earlier revisions were purged."""
    purged = purge(conn, rtype, record_id)
    r = store.REVISIONS.c
    version = conn.execute(
        sa.select(sa.func.max(r.version)).where(
            r.record_type == rtype.name, r.record_id == record_id
        )
    ).scalar_one()
    merged = graph.resolve(store.nodes(conn, rtype, record_id), rtype.field_names())
    current = dict(
        conn.execute(sa.select(rtype.table).where(rtype.table.c.id == record_id)).mappings().one()
    )
    content = blanker(rtype)(dict(merged.content))
    now = utcnow()
    row = current | {
        "version": int(version) + 1,
        "updated_at": now,
        "device_id": db.device_id,
        "deleted": merged.deleted if deleted is None else deleted,
    }
    # The one writer of revisions besides store itself.
    revision = store._revision_row(
        rtype,
        row,
        store.canonical(content),
        now,
        ERASURE,
        sorted(merged.heads),
        store.author_of(db),
    )
    conn.execute(store.REVISIONS.insert().values(revision))
    store.refresh(conn, rtype, record_id)
    return purged
