"""Core operations on records: create, edit, delete, restore, history, bulk.

Plain functions over a :class:`~fieldkit.storage.database.Database`; no Qt. Every write
validates through the declarations, bumps the version, stamps the device and
time, refreshes the search key and appends the revision to history — in one
transaction. Each returns a :class:`Change` saying what it changed, so a UI can
announce it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from fieldkit import records
from fieldkit import revisions as graph
from fieldkit.declare import Kind, RecordType
from fieldkit.records import SYNC_FIELDS, Conflict, Revision
from fieldkit.storage.database import Database
from fieldkit.storage.types import utcnow
from fieldkit.text.fold import fold
from fieldkit.validate import FieldError, ValidationError, clean, unticked

REVISIONS: sa.Table = Revision.__table__  # type: ignore[attr-defined]
CONFLICTS: sa.Table = Conflict.__table__  # type: ignore[attr-defined]
Record = dict[str, Any]


class NotFound(LookupError):
    pass


class StaleEdit(RuntimeError):
    """The record changed since the form was opened."""


@dataclass(frozen=True)
class Change:
    record_type: str
    action: str  # created | updated | deleted | restored | unchanged
    ids: tuple[str, ...]


# --- content, fingerprints, search keys -------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def content_of(rtype: RecordType, row: Mapping[str, Any]) -> dict[str, Any]:
    """The declared content of a record (no sync metadata)."""
    return {f.name: row.get(f.name) for f in rtype.fields}


def canonical(content: Mapping[str, Any]) -> str:
    """The canonical JSON of a content dict: what fingerprints are taken of."""
    return json.dumps(
        {k: _jsonable(v) for k, v in content.items()},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def identity_json(rtype: RecordType, content: Mapping[str, Any]) -> str:
    """The canonical content a format-1 identity (fingerprint) covers: without
    the fields declared since format 1 while they are empty, as every revision
    saved before they existed has it (``FieldSpec.added``)."""
    later = [f.name for f in rtype.fields if f.added]
    if later and all(content.get(n) is None for n in later):
        return canonical({k: v for k, v in content.items() if k not in later})
    return canonical(content)


def address_json(content: Mapping[str, Any]) -> str:
    """The content as a revision's address covers it: canonical, empty fields
    left out (a field declared later changes no existing address)."""
    return canonical({k: v for k, v in content.items() if v is not None})


def address(
    record_id: str, content: Mapping[str, Any], deleted: bool, parents: Iterable[str]
) -> str:
    """The ``rev`` of a revision made here (DESIGN.md, "Records and revisions")."""
    return graph.rev_of(record_id, address_json(content), deleted, parents)


# A stub's fingerprint: a revision known only by its address and parents
# (fieldkit.revisions), whose content never reached this database.
STUB = ""


def fingerprint(content_json: str) -> str:
    return hashlib.sha256(content_json.encode("utf-8")).hexdigest()


def search_key(rtype: RecordType, content: Mapping[str, Any]) -> str:
    parts = [str(content[f.name]) for f in rtype.searchable() if content.get(f.name)]
    return fold(" ".join(parts))


def _defaults(rtype: RecordType) -> dict[str, Any]:
    return {f.name: f.default for f in rtype.fields if f.default is not None}


# --- references --------------------------------------------------------------


def check_refs(
    conn: sa.Connection, rtype: RecordType, rows: Sequence[Mapping[str, Any]]
) -> list[tuple[int, FieldError]]:
    """(row index, error) for every reference to a missing or deleted record."""
    problems: list[tuple[int, FieldError]] = []
    for spec in rtype.refs():
        assert spec.ref is not None
        wanted = {r[spec.name] for r in rows if r.get(spec.name)}
        if not wanted:
            continue
        target = records.get(spec.ref).table
        key = target.c[spec.ref_key]
        live: set[str] = set()
        wanted_list = sorted(wanted)
        for i in range(0, len(wanted_list), 900):  # SQLite's bound-parameter limit
            chunk = wanted_list[i : i + 900]
            live.update(
                conn.execute(
                    sa.select(key).where(key.in_(chunk), target.c.deleted.is_(False))
                ).scalars()
            )
        for index, row in enumerate(rows):
            value = row.get(spec.name)
            if value and value not in live:
                what = records.get(spec.ref).label.lower()
                problems.append(
                    (index, FieldError(spec.name, f"no {what} {value!r} in this database", value))
                )
    return problems


# --- single-record operations -------------------------------------------------


def _validated(conn: sa.Connection, rtype: RecordType, values: Mapping[str, Any]) -> dict[str, Any]:
    content = clean(rtype, values)
    problems = [e for _, e in check_refs(conn, rtype, [content])] + unticked(rtype, content)
    if problems:
        raise ValidationError(rtype.name, problems)
    return content


def _revision_row(
    rtype: RecordType,
    row: Mapping[str, Any],
    content_json: str,
    saved_at: datetime,
    source: str | None,
    parents: Sequence[str] = (),
    author: str | None = None,
    legacy: bool = False,
) -> dict[str, Any]:
    rev = (
        graph.legacy_rev(row["id"], row["version"], fingerprint(content_json), row["deleted"])
        if legacy
        else address(row["id"], json.loads(content_json), row["deleted"], parents)
    )
    return {
        "record_type": rtype.name,
        "record_id": row["id"],
        "rev": rev,
        "parents": graph.dump_parents(parents),
        "version": row["version"],
        "updated_at": row["updated_at"],
        "device_id": row["device_id"],
        "author": author,
        "deleted": row["deleted"],
        "content": content_json,
        "fingerprint": fingerprint(content_json),
        "saved_at": saved_at,
        "source": source,
    }


def author_of(db: Database) -> str | None:
    """Who saves on this laptop now: the account that unlocked the database."""
    return db.account


# --- the revision graph of one record ----------------------------------------


def nodes(conn: sa.Connection, rtype: RecordType, record_id: str) -> dict[str, graph.Node]:
    """Every known revision of a record, as the graph needs it."""
    r = REVISIONS.c
    found = conn.execute(
        sa.select(r.rev, r.parents, r.content, r.deleted, r.fingerprint).where(
            r.record_type == rtype.name, r.record_id == record_id
        )
    ).all()
    return {
        x.rev: node(rtype, x.rev, x.parents, x.content, x.deleted, x.fingerprint) for x in found
    }


def node(
    rtype: RecordType, rev: str, parents: str, content: str, deleted: bool, fp: str = "-"
) -> graph.Node:
    values = json.loads(content)
    return graph.Node(rev, graph.parse_parents(parents), values, bool(deleted), fp != STUB)


def state(conn: sa.Connection, rtype: RecordType, record_id: str) -> graph.Merged:
    return graph.resolve(nodes(conn, rtype, record_id), rtype.field_names())


def create(
    db: Database, type_name: str, values: Mapping[str, Any], *, conn: sa.Connection | None = None
) -> Record:
    """Validate and save a new record; returns it with its metadata. With *conn*,
    the write joins the caller's transaction."""
    if conn is None:
        with db.transaction() as own:
            return create(db, type_name, values, conn=own)
    rtype = records.get(type_name)
    now = utcnow()
    content = _validated(conn, rtype, _defaults(rtype) | dict(values))
    row = {
        "id": str(uuid.uuid4()),
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "device_id": db.device_id,
        "deleted": False,
        "search_key": search_key(rtype, content),
        **content,
    }
    revision = _revision_row(rtype, row, canonical(content), now, None, (), author_of(db))
    row["head"] = revision["rev"]
    conn.execute(rtype.table.insert().values(row))
    conn.execute(REVISIONS.insert().values(revision))
    return row


def get(db: Database, type_name: str, record_id: str) -> Record | None:
    rtype = records.get(type_name)
    with db.connect() as conn:
        found = conn.execute(sa.select(rtype.table).where(rtype.table.c.id == record_id)).first()
    return dict(found._mapping) if found else None


def _load(conn: sa.Connection, rtype: RecordType, record_id: str) -> Record:
    found = conn.execute(sa.select(rtype.table).where(rtype.table.c.id == record_id)).first()
    if found is None:
        raise NotFound(f"no {rtype.label.lower()} with id {record_id}")
    return dict(found._mapping)


def _save_revision(
    db: Database,
    type_name: str,
    record_id: str,
    action: str,
    changes: Mapping[str, Any] | None = None,
    deleted: bool | None = None,
    expected_version: int | None = None,
    force: bool = False,
    conn: sa.Connection | None = None,
    resolution: bool = False,
) -> tuple[Record, Change]:
    if conn is None:
        with db.transaction() as own:
            return _save_revision(
                db,
                type_name,
                record_id,
                action,
                changes,
                deleted,
                expected_version,
                force,
                own,
                resolution,
            )
    rtype = records.get(type_name)
    now = utcnow()
    current = _load(conn, rtype, record_id)
    if expected_version is not None and current["version"] != expected_version:
        raise StaleEdit(
            f"this {rtype.label.lower()} was changed (version {current['version']}) "
            f"since it was opened (version {expected_version})"
        )
    old_content = content_of(rtype, current)
    if changes is not None:
        content = _validated(conn, rtype, old_content | dict(changes))
    else:
        content = old_content
    new_deleted = current["deleted"] if deleted is None else deleted
    known = nodes(conn, rtype, record_id)
    merged = graph.resolve(known, rtype.field_names())
    # A resolution has every head as a parent (it closes the conflict); an
    # ordinary edit only the heads that merge cleanly (DESIGN.md, rule 5).
    parents = sorted(merged.heads) if resolution else graph.parents_for_edit(merged)
    multiple = len(parents) > 1
    if content == old_content and new_deleted == current["deleted"] and not (force or multiple):
        return current, Change(rtype.name, "unchanged", (record_id,))
    version = max(_version(conn, rtype, p) for p in parents) + 1
    row = (
        current
        | content
        | {
            "version": version,
            "updated_at": now,
            "device_id": db.device_id,
            "deleted": new_deleted,
            "search_key": search_key(rtype, content),
        }
    )
    revision = _revision_row(rtype, row, canonical(content), now, None, parents, author_of(db))
    if revision["rev"] in known:  # the very state already recorded with these parents
        return current, Change(rtype.name, "unchanged", (record_id,))
    conn.execute(REVISIONS.insert().values(revision))
    refresh(conn, rtype, record_id)
    return _load(conn, rtype, record_id), Change(rtype.name, action, (record_id,))


def _version(conn: sa.Connection, rtype: RecordType, rev: str) -> int:
    r = REVISIONS.c
    found = conn.execute(
        sa.select(r.version).where(r.record_type == rtype.name, r.rev == rev)
    ).scalar()
    return int(found or 0)


def refresh(conn: sa.Connection, rtype: RecordType, record_id: str) -> tuple[graph.Merged, int]:
    """Make one record's row, and its open conflicts, show the state of its graph.
    Returns the state and how many conflicts it newly opened."""
    settled = settle(conn, rtype, [record_id])[record_id]
    return settled.merged, settled.opened


@dataclass
class Settled:
    merged: graph.Merged
    before: dict[str, Any] | None  # the row as it was (None: a new record)
    after: dict[str, Any]
    opened: int  # conflicts newly opened


def settle(
    conn: sa.Connection,
    rtype: RecordType,
    record_ids: Sequence[str],
    created: Mapping[str, datetime] | None = None,
) -> dict[str, Settled]:
    """Make the rows of *record_ids* (and their open conflicts) show the state of
    their graphs, in a few statements per chunk (an import settles thousands).

    A row is a view, never a revision: its content is :func:`revisions.resolve`'s,
    its version the greatest among the heads, its metadata the preferred head's.
    *created*: an earliest creation time a file states, kept if earlier.
    """
    t = rtype.table
    r = REVISIONS.c
    names = rtype.field_names()
    out: dict[str, Settled] = {}
    for start in range(0, len(record_ids), 900):
        ids = list(record_ids[start : start + 900])
        before = {
            row["id"]: dict(row)
            for row in conn.execute(sa.select(t).where(t.c.id.in_(ids))).mappings()
        }
        known: dict[str, list[Any]] = {}
        for x in conn.execute(
            sa.select(
                r.record_id,
                r.rev,
                r.parents,
                r.content,
                r.deleted,
                r.version,
                r.updated_at,
                r.device_id,
                r.fingerprint,
            ).where(r.record_type == rtype.name, r.record_id.in_(ids))
        ):
            known.setdefault(x.record_id, []).append(x)
        inserts, updates, conflicted = [], [], []
        for rid in ids:
            revs = known[rid]
            if all(x.fingerprint == STUB for x in revs):
                continue  # known by address only: a record once some content arrives
            nodes = {
                x.rev: node(rtype, x.rev, x.parents, x.content, x.deleted, x.fingerprint)
                for x in revs
            }
            merged = graph.resolve(nodes, names)
            by_rev = {x.rev: x for x in revs}
            meta = by_rev[merged.preferred]
            content = merged.content
            row = {
                "id": rid,
                "version": max(by_rev[h].version for h in merged.heads),
                "updated_at": meta.updated_at,
                "device_id": meta.device_id,
                "deleted": merged.deleted,
                "head": merged.preferred,
                "search_key": search_key(rtype, content),
                **{n: _load_value(rtype, n, content.get(n)) for n in names},
            }
            was = before.get(rid)
            first = min(x.updated_at for x in revs)
            if created is not None and rid in created:
                first = min(first, created[rid])
            if was is not None:
                first = min(first, was["created_at"])
            row["created_at"] = first
            if was is None:
                inserts.append(row)
            elif any(row[k] != was[k] for k in row):
                updates.append({**row, "b_id": rid})
            out[rid] = Settled(merged, was, was | row if was else row, 0)
            if merged.in_conflict:
                conflicted.append(rid)
        if inserts:
            conn.execute(t.insert(), inserts)
        if updates:
            conn.execute(
                t.update().where(t.c.id == sa.bindparam("b_id")),
                [{k: v for k, v in u.items() if k != "id"} for u in updates],
            )
        c = CONFLICTS.c
        open_ids = set(
            conn.execute(
                sa.select(c.record_id).where(
                    c.record_type == rtype.name, c.record_id.in_(ids), c.resolved_at.is_(None)
                )
            ).scalars()
        )
        for rid in sorted(open_ids | set(conflicted)):
            out[rid].opened = _follow_conflicts(conn, rtype, rid, out[rid].merged)
    return out


def _follow_conflicts(
    conn: sa.Connection, rtype: RecordType, record_id: str, merged: graph.Merged
) -> int:
    """The record's open conflicts are exactly its conflicting heads, each paired
    with the head that stands. A pair whose side was edited further moves to the
    new head (still open); once the graph has one state again it is gone.
    Returns how many pairs were opened."""
    c = CONFLICTS.c
    open_rows = conn.execute(
        sa.select(c.seq, c.revision_a, c.revision_b).where(
            c.record_type == rtype.name, c.record_id == record_id, c.resolved_at.is_(None)
        )
    ).all()
    if not open_rows and not merged.in_conflict:
        return 0
    r = REVISIONS.c
    seq_of = dict(
        conn.execute(
            sa.select(r.rev, r.seq).where(r.record_type == rtype.name, r.rev.in_(merged.heads))
        ).all()
    )
    wanted = {  # (the other side, the side that stands): as the review shows them
        (seq_of[other], seq_of[merged.preferred])
        for other in merged.conflicting_heads
        if other != merged.preferred
    }
    have = {(x.revision_a, x.revision_b): x.seq for x in open_rows}
    gone = [seq for pair, seq in have.items() if pair not in wanted]
    if gone:
        # Closed, or moved on with a side's later edit: the table holds what the
        # graph says now, so it is the same whatever order revisions came in.
        # What closed a conflict stays in history (a revision with both as parents).
        conn.execute(CONFLICTS.delete().where(c.seq.in_(gone)))
    fresh = sorted(wanted - set(have))
    if fresh:
        now = utcnow()
        conn.execute(
            CONFLICTS.insert(),
            [
                {
                    "record_type": rtype.name,
                    "record_id": record_id,
                    "revision_a": a,
                    "revision_b": b,
                    "detected_at": now,
                }
                for a, b in fresh
            ],
        )
    return len(fresh) if not open_rows else max(0, len(fresh) - len(gone))


def materialize_merges(conn: sa.Connection, rtype: RecordType) -> int:
    """Store, for each record whose heads merge cleanly, the merge revision.

    Its content is the three-way merge (:func:`revisions.resolve`), its
    parents the heads, its metadata taken from them alone (version: the
    greatest + 1; time: the latest; device: :data:`revisions.MERGE_DEVICE`;
    no author), so every machine that merges the same heads stores the same
    revision, byte for byte. A record in conflict is left as it is: only a
    person's resolution descends from both sides. Returns how many were made.
    """
    r = REVISIONS.c
    parented: set[tuple[str, str]] = set()
    revs: dict[str, list[str]] = {}
    for rid, rev, parents, fp in conn.execute(
        sa.select(r.record_id, r.rev, r.parents, r.fingerprint).where(r.record_type == rtype.name)
    ):
        if fp != STUB:
            revs.setdefault(rid, []).append(rev)
        if parents != "[]":
            parented.update((rid, p) for p in graph.parse_parents(parents))
    several = [rid for rid, rs in revs.items() if sum((rid, x) not in parented for x in rs) > 1]
    made = 0
    now = utcnow()
    for rid in sorted(several):
        known = nodes(conn, rtype, rid)
        merged = graph.resolve(known, rtype.field_names())
        if merged.in_conflict or len(merged.heads) < 2:
            continue
        meta = conn.execute(
            sa.select(sa.func.max(r.version), sa.func.max(r.updated_at)).where(
                r.record_type == rtype.name, r.rev.in_(merged.heads)
            )
        ).one()
        content = {n: merged.content.get(n) for n in rtype.field_names()}
        content_json = canonical(content)
        conn.execute(
            REVISIONS.insert().values(
                record_type=rtype.name,
                record_id=rid,
                rev=address(rid, content, merged.deleted, merged.heads),
                parents=graph.dump_parents(merged.heads),
                version=meta[0] + 1,
                updated_at=meta[1],
                device_id=graph.MERGE_DEVICE,
                author=None,
                deleted=merged.deleted,
                content=content_json,
                fingerprint=fingerprint(content_json),
                saved_at=now,
                source=None,
            )
        )
        made += 1
    if several:
        settle(conn, rtype, sorted(several))
    return made


def _load_value(rtype: RecordType, name: str, value: Any) -> Any:
    """A value from a revision's canonical JSON, as the row's column holds it."""
    if value is None:
        return None
    kind = rtype.field(name).kind
    if kind is Kind.DATE:
        return date.fromisoformat(value)
    if kind is Kind.MONEY:
        return Decimal(value)
    return value


def content_from_json(rtype: RecordType, content_json: str) -> dict[str, Any]:
    """A revision's content with typed values (dates, money), as a form or row holds it."""
    values = json.loads(content_json)
    return {n: _load_value(rtype, n, values.get(n)) for n in rtype.field_names()}


def update(
    db: Database,
    type_name: str,
    record_id: str,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    deleted: bool | None = None,
    force: bool = False,
    conn: sa.Connection | None = None,
    resolution: bool = False,
) -> tuple[Record, Change]:
    """Edit fields of a record: a new revision if anything changed (or always
    with *force*). A *resolution* has every head as a parent, which closes the
    record's conflict; an ordinary edit never does (fieldkit.revisions)."""
    return _save_revision(
        db,
        type_name,
        record_id,
        "updated",
        changes=changes,
        expected_version=expected_version,
        deleted=deleted,
        force=force,
        conn=conn,
        resolution=resolution,
    )


def delete(
    db: Database, type_name: str, record_id: str, *, conn: sa.Connection | None = None
) -> tuple[Record, Change]:
    """Delete as a tombstone: a new revision with ``deleted`` set; nothing is removed."""
    return _save_revision(db, type_name, record_id, "deleted", deleted=True, conn=conn)


def restore(db: Database, type_name: str, record_id: str) -> tuple[Record, Change]:
    """Undo a delete: a new revision with ``deleted`` cleared."""
    return _save_revision(db, type_name, record_id, "restored", deleted=False)


class NotRestorable(ValueError):
    """A version that cannot be brought back; the message says why, for a person."""


def restore_version(
    db: Database, type_name: str, record_id: str, rev: str
) -> tuple[Record, Change]:
    """Make a record show one of its earlier versions (*rev*) again: a new revision
    with that version's content (and its deleted state), a child of the record as
    it is now, so nothing of the history is lost and restoring the version before
    undoes it. The content is validated as any edit is."""
    with db.transaction() as conn:
        rtype = records.get(type_name)
        r = REVISIONS.c
        found = conn.execute(
            sa.select(r.content, r.deleted, r.fingerprint).where(
                r.record_type == type_name, r.record_id == record_id, r.rev == rev
            )
        ).first()
        if found is None:
            raise NotRestorable(f"no version {rev[:12]} of this {rtype.label.lower()}")
        erased = conn.execute(
            sa.select(r.rev).where(
                r.record_type == type_name, r.record_id == record_id, r.erasure.is_(True)
            )
        ).first()
        if erased is not None:
            raise NotRestorable(
                "this record was erased on request: its earlier versions are purged"
            )
        if found.fingerprint == STUB:
            raise NotRestorable(
                "only this version's address is known here: its content has not arrived"
            )
        content = content_from_json(rtype, found.content)
        return _save_revision(
            db,
            type_name,
            record_id,
            "updated",
            changes=content,
            deleted=bool(found.deleted),
            conn=conn,
        )


@dataclass(frozen=True)
class HistoryEntry:
    version: int
    updated_at: datetime  # the saving laptop's clock: shown, never used to decide
    device_id: str
    deleted: bool
    content: dict[str, Any]
    fingerprint: str
    source: str | None
    changed: tuple[str, ...]  # fields that differ from its first parent (all of a creation)
    rev: str = ""
    parents: tuple[str, ...] = ()
    author: str | None = None
    erasure: bool = False  # it erased a person on request (fieldkit.erasure)


def history(db: Database, type_name: str, record_id: str) -> list[HistoryEntry]:
    """Every revision of a record, parents before children, with the fields each changed.

    The order is the graph's (a revision after all it derives from), ties by
    ``rev``: the same on every machine, whatever order the revisions arrived in.
    """
    with db.connect() as conn:
        rows = conn.execute(
            sa.select(REVISIONS).where(
                REVISIONS.c.record_type == type_name, REVISIONS.c.record_id == record_id
            )
        ).all()
    by_rev = {r.rev: r for r in rows}
    contents = {r.rev: json.loads(r.content) for r in rows}
    placed: set[str] = set()
    ordered: list[Any] = []
    pending = sorted(rows, key=lambda r: (r.version, r.rev))
    while pending:
        ready = [
            r
            for r in pending
            if all(p in placed or p not in by_rev for p in graph.parse_parents(r.parents))
        ]
        if not ready:  # a cycle cannot be built from content addresses; be safe anyway
            ready = pending[:1]
        nxt = ready[0]
        pending.remove(nxt)
        placed.add(nxt.rev)
        ordered.append(nxt)
    entries: list[HistoryEntry] = []
    for r in ordered:
        content = contents[r.rev]
        parents = graph.parse_parents(r.parents)
        before = contents.get(parents[0], {}) if parents else None
        if before is None:
            changed: tuple[str, ...] = ()
        else:
            changed = tuple(k for k in content if content[k] != before.get(k))
        entries.append(
            HistoryEntry(
                r.version,
                r.updated_at,
                r.device_id,
                r.deleted,
                content,
                r.fingerprint,
                r.source,
                changed,
                r.rev,
                parents,
                r.author,
                bool(r.erasure),
            )
        )
    return entries


# --- bulk ---------------------------------------------------------------------


def bulk_create(
    db: Database,
    type_name: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    device_id: str | None = None,
    when: datetime | None = None,
    ids: Sequence[str] | None = None,
    conn: sa.Connection | None = None,
    shipped: bool = False,
) -> list[str]:
    """Validate and insert many new records with SQLAlchemy Core ``executemany``.

    All or nothing: one invalid row refuses the batch with every problem listed
    (``ValidationError`` whose field names are prefixed ``row N:``). *shipped*:
    reference data every fieldkit ships alike (the districts), addressed by the
    format-1 identity every release shares, so a file of any format finds them
    already known.
    """
    rtype = records.get(type_name)
    now = when or utcnow()
    device = device_id or db.device_id
    defaults = _defaults(rtype)
    contents: list[dict[str, Any]] = []
    errors: list[FieldError] = []
    for n, values in enumerate(rows):
        try:
            content = clean(rtype, defaults | dict(values))
            missing = unticked(rtype, content)
            if missing:
                raise ValidationError(rtype.name, missing)
            contents.append(content)
        except ValidationError as exc:
            errors.extend(
                FieldError(f"row {n + 1}: {e.field}", e.message, e.value) for e in exc.errors
            )
    if errors:
        raise ValidationError(rtype.name, errors)
    if ids is not None and len(ids) != len(contents):
        raise ValueError("ids and rows differ in length")

    def write(c: sa.Connection) -> list[str]:
        problems = check_refs(c, rtype, contents)
        if problems:
            raise ValidationError(
                rtype.name,
                [FieldError(f"row {i + 1}: {e.field}", e.message, e.value) for i, e in problems],
            )
        batch, revisions, new_ids = [], [], []
        for n, content in enumerate(contents):
            row = {
                "id": ids[n] if ids is not None else str(uuid.uuid4()),
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "device_id": device,
                "deleted": False,
                "search_key": search_key(rtype, content),
                **content,
            }
            revision = _revision_row(rtype, row, canonical(content), now, None, legacy=shipped)
            row["head"] = revision["rev"]
            batch.append(row)
            revisions.append(revision)
            new_ids.append(row["id"])
        if batch:
            c.execute(rtype.table.insert(), batch)
            c.execute(REVISIONS.insert(), revisions)
        return new_ids

    if conn is not None:
        return write(conn)
    with db.transaction() as c:
        return write(c)


# --- counts ---------------------------------------------------------------------


def counts(db: Database) -> dict[str, dict[str, int]]:
    """Per record type: live and deleted records."""
    result: dict[str, dict[str, int]] = {}
    with db.connect() as conn:
        for rtype in records.record_types():
            t = rtype.table
            rows = conn.execute(sa.select(t.c.deleted, sa.func.count()).group_by(t.c.deleted)).all()
            by = {bool(d): n for d, n in rows}
            result[rtype.name] = {"live": by.get(False, 0), "deleted": by.get(True, 0)}
    return result


__all__ = [
    "SYNC_FIELDS",
    "Change",
    "HistoryEntry",
    "NotFound",
    "StaleEdit",
    "bulk_create",
    "canonical",
    "content_of",
    "counts",
    "create",
    "delete",
    "fingerprint",
    "get",
    "history",
    "restore",
    "search_key",
    "update",
]
