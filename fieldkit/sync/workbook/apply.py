"""Import, step two: merge validated revisions under the sync contract.

:func:`plan` only reads: it works out which revisions are new, which record
rows change, and which conflicts appear — that is also the preview. :func:`write`
applies a plan inside the caller's transaction.

The rules (docs/exchange-format.md, "Import"):

* A revision's identity is (record type, id, version, content fingerprint).
  An identity already known adds nothing (idempotence). If it arrives with
  greater metadata (same content saved twice, e.g. two laptops deleting the
  same record) the stored revision keeps the greatest, so the result does not
  depend on arrival order.
* The current row of a record is its greatest revision by the total order
  (version, updated_at, device_id, fingerprint, deleted) — never arrival order.
* Two revisions conflict when they have the same version and different
  content, or when one was made by editing a workbook (base version v) and the
  other extends that base further (version > v + 1) yet was made before the
  edit. The predicate looks at the two revisions only, so the set of conflicts
  is the same whatever the order of imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from fieldkit import records, store
from fieldkit.declare import RecordType
from fieldkit.sync.workbook import conflicts
from fieldkit.sync.workbook.result import ConflictInfo, Incoming, Reject, TypeCounts, order_key

REVISIONS = store.REVISIONS
CONFLICTS = conflicts.CONFLICTS
Ident = conflicts.Ident
Known = conflicts.Known
_chunks = conflicts.chunks


@dataclass
class Plan:
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    new_revisions: list[dict[str, Any]] = field(default_factory=list)
    meta_updates: list[dict[str, Any]] = field(default_factory=list)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[ConflictInfo] = field(default_factory=list)
    conflict_deletes: list[int] = field(default_factory=list)  # conflict.seq
    rejects: list[Reject] = field(default_factory=list)


def _load(
    conn: sa.Connection, rtype: RecordType, ids: list[str]
) -> tuple[dict[str, dict[Ident, Known]], dict[str, dict[str, Any]]]:
    known: dict[str, dict[Ident, Known]] = {}
    rows: dict[str, dict[str, Any]] = {}
    r = REVISIONS.c
    t = rtype.table
    for chunk in _chunks(ids):
        for x in conn.execute(
            sa.select(
                r.seq, r.record_id, r.version, r.fingerprint, r.updated_at, r.device_id, r.deleted
            ).where(r.record_type == rtype.name, r.record_id.in_(chunk))
        ):
            known.setdefault(x.record_id, {})[(x.version, x.fingerprint)] = Known(
                x.version, x.fingerprint, x.updated_at, x.device_id, x.deleted, x.seq
            )
        for row in conn.execute(sa.select(t).where(t.c.id.in_(chunk))):
            rows[row.id] = dict(row._mapping)
    return known, rows


def plan(conn: sa.Connection, revisions: Sequence[Incoming], status: dict[str, str]) -> Plan:
    """What merging *revisions* would change.

    *status* is what this run did so far to each record id of the type (a run
    merges in chunks, and a file may repeat a record): ``new``, ``updated`` or
    ``unchanged``; it is updated here, so each record counts once per run."""
    result = Plan()
    by_type: dict[str, dict[str, list[Incoming]]] = {}
    for inc in revisions:
        by_type.setdefault(inc.record_type, {}).setdefault(inc.id, []).append(inc)
    for rtype in records.record_types():  # referenced types first: foreign keys
        if rtype.name in by_type:
            _plan_type(conn, rtype, by_type[rtype.name], result, status)
    return result


def _plan_type(
    conn: sa.Connection,
    rtype: RecordType,
    incoming: dict[str, list[Incoming]],
    out: Plan,
    status: dict[str, str],
) -> None:
    counts = out.counts.setdefault(rtype.name, TypeCounts())
    known_all, rows = _load(conn, rtype, sorted(incoming))
    recorded = conflicts.load_recorded(conn, rtype, sorted(incoming))
    names = rtype.field_names()
    inserts, updates = (
        out.inserts.setdefault(rtype.name, []),
        out.updates.setdefault(rtype.name, []),
    )
    for rid in sorted(incoming):
        known = known_all.get(rid, {})
        refused = conflicts.flipped(known, incoming[rid])
        if refused:
            out.rejects += refused
            continue
        # The greatest arrival per identity, whatever the order of files and rows.
        best: dict[Ident, Incoming] = {}
        for inc in sorted(incoming[rid], key=lambda i: (i.order_key, i.file, i.row)):
            best[(inc.version, inc.fingerprint)] = inc
        fresh: list[Known] = []
        retimed: list[Known] = []  # known revisions whose metadata this run raises
        for ident, inc in sorted(best.items()):
            have = known.get(ident)
            k = Known(inc.version, inc.fingerprint, inc.updated_at, inc.device_id, inc.deleted)
            if have is None:
                known[ident] = k
                fresh.append(k)
                out.new_revisions.append(_revision(rtype, inc))
            elif k.key > have.key:
                out.meta_updates.append(
                    {
                        "b_seq": have.seq,
                        "updated_at": inc.updated_at,
                        "device_id": inc.device_id,
                        "deleted": inc.deleted,
                    }
                )
                k.seq = have.seq
                known[ident] = k
                retimed.append(k)
        counts.revisions += len(fresh)
        found, dropped = conflicts.find(
            rtype.name, rid, known, fresh + retimed, recorded.get(rid, {})
        )
        out.conflicts += found
        out.conflict_deletes += dropped
        counts.conflicts += len(found)

        current = rows.get(rid)
        top = max(best.values(), key=lambda i: i.order_key)
        created = min(i.created_at for i in best.values())
        if current is None:
            inserts.append(_row(rtype, top, created))
            status[rid] = "new"
            continue
        cur_fp = store.fingerprint(store.canonical({n: current[n] for n in names}))
        cur_key = order_key(
            current["version"],
            current["updated_at"],
            current["device_id"],
            cur_fp,
            current["deleted"],
        )
        created = min(created, current["created_at"])
        if top.order_key > cur_key:
            updates.append(_row(rtype, top, created) | {"b_id": rid})
        elif created != current["created_at"]:
            updates.append({**current, "created_at": created, "b_id": rid})
        else:
            status.setdefault(rid, "unchanged")
            continue
        if status.get(rid) != "new":
            status[rid] = "updated"


def _revision(rtype: RecordType, inc: Incoming) -> dict[str, Any]:
    return {
        "record_type": rtype.name,
        "record_id": inc.id,
        "version": inc.version,
        "updated_at": inc.updated_at,
        "device_id": inc.device_id,
        "deleted": inc.deleted,
        "content": inc.content_json,
        "fingerprint": inc.fingerprint,
        "source": inc.file[-200:],
    }


def _row(rtype: RecordType, inc: Incoming, created: datetime) -> dict[str, Any]:
    return {
        "id": inc.id,
        "version": inc.version,
        "created_at": created,
        "updated_at": inc.updated_at,
        "device_id": inc.device_id,
        "deleted": inc.deleted,
        "search_key": store.search_key(rtype, inc.content),
        **inc.content,
    }


def write(conn: sa.Connection, p: Plan, saved_at: datetime) -> None:
    """Apply *p* in the caller's transaction (which makes it all or nothing)."""
    if p.new_revisions:
        conn.execute(REVISIONS.insert(), [r | {"saved_at": saved_at} for r in p.new_revisions])
    if p.meta_updates:
        conn.execute(
            REVISIONS.update().where(REVISIONS.c.seq == sa.bindparam("b_seq")), p.meta_updates
        )
    for rtype in records.record_types():
        t = rtype.table
        if p.inserts.get(rtype.name):
            conn.execute(t.insert(), p.inserts[rtype.name])
        if p.updates.get(rtype.name):
            rows = p.updates[rtype.name]
            conn.execute(
                t.update().where(t.c.id == sa.bindparam("b_id")),
                [{k: v for k, v in r.items() if k != "id"} for r in rows],
            )
    if p.conflict_deletes:
        conn.execute(CONFLICTS.delete().where(CONFLICTS.c.seq.in_(p.conflict_deletes)))
    for c in p.conflicts:
        a, b = _seq(conn, c, c.a), _seq(conn, c, c.b)
        conn.execute(
            CONFLICTS.insert().values(
                record_type=c.record_type,
                record_id=c.record_id,
                revision_a=a,
                revision_b=b,
                detected_at=saved_at,
            )
        )


def _seq(conn: sa.Connection, c: ConflictInfo, ident: Ident) -> int:
    r = REVISIONS.c
    return int(
        conn.execute(
            sa.select(r.seq).where(
                r.record_type == c.record_type,
                r.record_id == c.record_id,
                r.version == ident[0],
                r.fingerprint == ident[1],
            )
        ).scalar_one()
    )
