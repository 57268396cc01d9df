"""Import, step two: add the revisions a file brings to each record's graph.

:func:`plan` only reads: which revisions are new here, and which known ones
arrive with metadata the rule below prefers. :func:`write` applies it inside
the caller's transaction and then lets each touched record's row and open
conflicts follow from its graph (:func:`fieldkit.store.refresh`); the
importer rolls a preview back, so a preview's counts are exact.

The rules (docs/exchange-format.md, "Import"):

* A revision is known by its address (``rev``); an address already known
  adds nothing (idempotence). The same address may arrive with other metadata
  (two laptops deleting the same record; two coordinators importing the same
  edited sheet): the sighting kept is the least by (device, saved time,
  source), a rule on the values, never on which file came first.
* Workbooks of format 1 carry no parents. A revision that arrived in one gets
  its parent from version numbers (:func:`fieldkit.revisions.legacy_parent`),
  guessed again from all known revisions whenever the record receives more,
  so the guess depends on the set of revisions, not on their order.
* The record's state, and whether it is in conflict, come from its graph
  alone: heads merged three-way, field by field (:mod:`fieldkit.revisions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from fieldkit import records, store
from fieldkit import revisions as graph
from fieldkit.declare import RecordType
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook.result import ConflictInfo, Incoming, Reject, TypeCounts

REVISIONS = store.REVISIONS
CHUNK = 900  # SQLite's bound-parameter limit is 999


def chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


@dataclass
class Plan:
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    new_revisions: list[dict[str, Any]] = field(default_factory=list)
    meta_updates: list[dict[str, Any]] = field(default_factory=list)
    fills: list[dict[str, Any]] = field(default_factory=list)  # stubs whose content arrived
    touched: dict[str, list[str]] = field(default_factory=dict)  # type -> record ids
    conflicts: list[ConflictInfo] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    status: dict[str, dict[str, str]] = field(default_factory=dict)
    created: dict[str, dict[str, datetime]] = field(default_factory=dict)  # earliest created_at


def sighting(device_id: str, saved_at: datetime, source: str | None) -> tuple[str, str, str]:
    """The order that picks which metadata a revision keeps (least wins)."""
    return (device_id, saved_at.isoformat(), source or "")


def plan(conn: sa.Connection, revisions: Sequence[Incoming], status: dict[str, str]) -> Plan:
    """What adding *revisions* would change.

    *status* is what this run did so far to each record id of the type (a run
    merges in chunks, and a file may repeat a record): ``new``, ``updated`` or
    ``unchanged``; :func:`write` updates it, so each record counts once per run."""
    result = Plan()
    by_type: dict[str, dict[str, list[Incoming]]] = {}
    for inc in revisions:
        by_type.setdefault(inc.record_type, {}).setdefault(inc.id, []).append(inc)
    for rtype in records.record_types():  # referenced types first: foreign keys
        if rtype.name in by_type:
            result.status[rtype.name] = status
            _plan_type(conn, rtype, by_type[rtype.name], result)
    return result


def _plan_type(
    conn: sa.Connection, rtype: RecordType, incoming: dict[str, list[Incoming]], out: Plan
) -> None:
    counts = out.counts.setdefault(rtype.name, TypeCounts())
    ids = sorted(incoming)
    known: dict[str, Any] = {}
    r = REVISIONS.c
    for chunk in chunks(ids):
        for x in conn.execute(
            sa.select(
                r.seq, r.rev, r.device_id, r.saved_at, r.source, r.updated_at, r.fingerprint
            ).where(r.record_type == rtype.name, r.record_id.in_(chunk))
        ):
            known[x.rev] = x
    out.touched.setdefault(rtype.name, []).extend(ids)
    created = out.created.setdefault(rtype.name, {})
    for rid in ids:
        created[rid] = min(i.created_at for i in incoming[rid])
        best: dict[str, Incoming] = {}
        for inc in incoming[rid]:
            rev = incoming_rev(inc)
            have = best.get(rev)
            # A revision's content beats a stub of it; else the sighting rule.
            if have is None or (inc.stub, _key(inc)) < (have.stub, _key(have)):
                best[rev] = inc
        for rev, inc in sorted(best.items()):
            stored = known.get(rev)
            if stored is None:
                out.new_revisions.append(_revision(rtype, inc, rev))
                counts.revisions += 0 if inc.stub else 1
            elif inc.stub:
                continue
            elif stored.fingerprint == store.STUB:
                # Known only by address until now: its content has arrived.
                out.fills.append(
                    {k: v for k, v in _revision(rtype, inc, rev).items() if k in _FILLED}
                    | {"b_seq": stored.seq}
                )
                counts.revisions += 1
            elif _key(inc) < sighting(stored.device_id, stored.updated_at, stored.source):
                out.meta_updates.append(
                    {
                        "b_seq": stored.seq,
                        "updated_at": inc.updated_at,
                        "device_id": inc.device_id,
                        "author": inc.author,
                        "source": inc.file[-200:],
                    }
                )


def _key(inc: Incoming) -> tuple[str, str, str]:
    return sighting(inc.device_id, inc.updated_at, inc.file[-200:])


_FILLED = ("version", "updated_at", "device_id", "author", "deleted", "content", "fingerprint")


def incoming_rev(inc: Incoming) -> str:
    """The address of the revision a workbook row carries (format 1: its old identity)."""
    if inc.rev is not None:
        return inc.rev
    return graph.legacy_rev(inc.id, inc.version, inc.fingerprint, inc.deleted)


def _revision(rtype: RecordType, inc: Incoming, rev: str) -> dict[str, Any]:
    return {
        "record_type": rtype.name,
        "record_id": inc.id,
        "rev": rev,
        # Format 2 states parents; a format-1 sheet edit's parent is known;
        # other format-1 revisions get theirs guessed in write().
        "parents": graph.dump_parents(
            inc.parents if inc.parents is not None else [inc.base] if inc.base else []
        ),
        "version": inc.version,
        "updated_at": inc.updated_at,
        "device_id": inc.device_id,
        "author": inc.author,
        "deleted": inc.deleted,
        "content": inc.content_json,
        "fingerprint": inc.fingerprint,
        "source": inc.file[-200:],
    }


def write(conn: sa.Connection, p: Plan, saved_at: datetime) -> None:
    """Apply *p* in the caller's transaction (which makes it all or nothing)."""
    if p.new_revisions:
        conn.execute(REVISIONS.insert(), [r | {"saved_at": saved_at} for r in p.new_revisions])
    for updates in (p.meta_updates, p.fills):
        if updates:
            conn.execute(
                REVISIONS.update().where(REVISIONS.c.seq == sa.bindparam("b_seq")), updates
            )
    for rtype in records.record_types():
        ids = p.touched.get(rtype.name)
        if not ids:
            continue
        status = p.status[rtype.name]
        counts = p.counts.setdefault(rtype.name, TypeCounts())
        _guess_parents(conn, rtype, ids)
        shown = [*rtype.field_names(), "deleted", "created_at"]
        for rid, done in store.settle(conn, rtype, ids, p.created[rtype.name]).items():
            counts.conflicts += done.opened
            for other in done.merged.conflicting_heads[1:] if done.opened else ():
                p.conflicts.append(ConflictInfo(rtype.name, rid, done.merged.preferred, other))
            if done.before is None:
                status[rid] = "new"
            elif any(done.after[n] != done.before[n] for n in shown):
                if status.get(rid) != "new":
                    status[rid] = "updated"
            else:
                status.setdefault(rid, "unchanged")


def _guess_parents(conn: sa.Connection, rtype: RecordType, record_ids: Sequence[str]) -> None:
    """Parents for the revisions that arrived in files of format 1 (no ancestry of
    their own), guessed again from every revision now known of each record."""
    r = REVISIONS.c
    updates = []
    for chunk in chunks(list(record_ids)):
        by_record: dict[str, list[Any]] = {}
        for x in conn.execute(
            sa.select(
                r.record_id,
                r.seq,
                r.rev,
                r.parents,
                r.version,
                r.updated_at,
                r.device_id,
                r.fingerprint,
                r.deleted,
                r.source,
            ).where(r.record_type == rtype.name, r.record_id.in_(chunk))
        ):
            by_record.setdefault(x.record_id, []).append(x)
        for rows in by_record.values():
            if len(rows) == 1 and rows[0].parents == "[]":
                continue  # a record with one revision: nothing to guess
            rows = [x for x in rows if x.fingerprint != store.STUB]
            known = [
                graph.Legacy(
                    x.rev,
                    x.version,
                    (x.version, x.updated_at, x.device_id, x.fingerprint, x.deleted),
                    x.device_id,
                )
                for x in rows
            ]
            for x, k in zip(rows, known, strict=True):
                if (
                    x.source is None
                    or cols.is_workbook_device(x.device_id)
                    or not graph.is_legacy(x.rev, x.record_id, x.version, x.fingerprint, x.deleted)
                ):
                    continue  # made here, a sheet edit, or format 2: its parents are known
                parent = graph.legacy_parent(known, k)
                parents = graph.dump_parents([parent] if parent else [])
                if parents != x.parents:
                    updates.append({"b_seq": x.seq, "parents": parents})
    if updates:
        conn.execute(REVISIONS.update().where(r.seq == sa.bindparam("b_seq")), updates)
