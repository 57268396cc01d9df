"""Erasure on request: a person's content purged from every revision here, and
an erasure revision that purges it on every machine it reaches (DESIGN.md,
"Data protection").

What is purged is derived from the declarations:

* the person's own record: every field, in every revision (a blank tombstone);
* each record that refers to them (visits, assistance, merges): its fields
  declared ``FREE_TEXT`` or ``IDENTIFYING`` (not references), in every revision —
  the notes that speak of them. The visit itself stays (it happened, and the
  reports count it), pointing at the blank tombstone.

Each record touched gets an **erasure revision**: a child of all its heads
(so it closes any conflict) holding the purged content, marked ``erasure``.
It is the fact of the erasure, kept: who (``author``), when (``updated_at``),
on which laptop. Earlier revisions keep their address, parents and
fingerprint — the graph every machine shares stays whole — and only their
content is blanked; ``fieldkit check`` accepts a revision whose content no
longer matches its fingerprint only in a record that has an erasure revision.

The erasure revision travels like any revision, and an export names it on its
erasures sheet (signed). A machine that receives it from a file that may bring
it (:func:`receive`, called by the importer) marks it, purges its own copies of
the record, and does its own part: records *it* holds that refer to the person
get their own erasure revision here. Any revision that arrives later for an
erased record, or for a record referring to an erased person, is purged as it
is stored. Backups are purged the same way (:func:`purge_backups`).

Not purged: files already exported, and what a person copied elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from fieldkit import consent, records, store
from fieldkit import revisions as graph
from fieldkit.declare import Kind, Personal, RecordType
from fieldkit.records import Conflict, Draft
from fieldkit.storage import cipher, paths
from fieldkit.storage.database import Database
from fieldkit.storage.types import utcnow

ERASURE = "erasure"  # how an erasure revision is named in a history
DRAFTS: sa.Table = Draft.__table__  # type: ignore[attr-defined]
CONFLICTS: sa.Table = Conflict.__table__  # type: ignore[attr-defined]


@dataclass
class Erased:
    record_type: str
    record_id: str
    revisions: int = 0  # revisions of the person purged (the erasure revision aside)
    related: dict[str, int] = field(default_factory=dict)  # type -> records whose notes went
    backups_left: list[Path] = field(default_factory=list)  # backups that could not be purged


def erased_ids(conn: sa.Connection, rtype: RecordType) -> set[str]:
    """Records of *rtype* that have an erasure revision."""
    r = store.REVISIONS.c
    return set(
        conn.execute(
            sa.select(r.record_id).where(r.record_type == rtype.name, r.erasure.is_(True))
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
    known = conn.execute(
        sa.select(r.seq, r.content).where(r.record_type == rtype.name, r.record_id == record_id)
    ).all()
    for seq, content in known:
        blanked = _blanked(rtype, content)
        if blanked is not None:
            conn.execute(store.REVISIONS.update().where(r.seq == seq).values(content=blanked))
    return len(known)


def _blanked(rtype: RecordType, content_json: str) -> str | None:
    """A stored content as an erasure leaves it, or None when that is what it is
    already (an erasure revision: kept as it was, its fingerprint whole)."""
    values = json.loads(content_json)
    if is_blank(rtype, values):
        return None
    return store.canonical(blanker(rtype)(values))


def is_blank(rtype: RecordType, content: dict[str, Any]) -> bool:
    """Whether *content* is what an erasure leaves of a record of *rtype*."""
    whole = {n: content.get(n) for n in rtype.field_names()}
    return blanker(rtype)(dict(whole)) == whole


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
        done = Erased(rtype.name, record_id)
        done.revisions = _erase(db, conn, rtype, record_id, deleted=True)
        related = _erase_related(db, conn, rtype, {record_id})
        done.related = {name: len(ids) for name, ids in related.items()}
        conn.execute(DRAFTS.delete().where(DRAFTS.c.record_id == record_id))
        conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    after_purge(db, [(rtype.name, record_id), *((n, i) for n, ids in related.items() for i in ids)])
    return done


def after_purge(db: Database, erased: Sequence[tuple[str, str]]) -> list[Path]:
    """Once an erasure is committed: the write-ahead log emptied (its frames
    held the pages before the purge), and the backups purged of the records.
    Returns the backups that could not be purged."""
    with db.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return purge_backups(db, erased)


def _referring(rtype: RecordType) -> Iterator[tuple[RecordType, list[str]]]:
    """Each record type that refers to *rtype* by id, with the fields that do."""
    for other in records.record_types():
        refs = [s.name for s in other.refs() if s.ref == rtype.name and s.ref_key == "id"]
        if refs:
            yield other, refs


def _erase_related(
    db: Database, conn: sa.Connection, rtype: RecordType, people: Collection[str]
) -> dict[str, list[str]]:
    """Every record here that refers to one of *people* (erased persons of
    *rtype*): its notes purged, with an erasure revision of this machine's
    (a record that has one already is purged again). Returns type -> ids."""
    done: dict[str, list[str]] = {}
    if not people:
        return done
    for other, refs in _referring(rtype):
        t = other.table
        ids: set[str] = set()
        wanted = sorted(people)
        for start in range(0, len(wanted), 900):
            part = wanted[start : start + 900]
            ids.update(
                conn.execute(
                    sa.select(t.c.id).where(sa.or_(*[t.c[n].in_(part) for n in refs]))
                ).scalars()
            )
        already = erased_ids(conn, other)
        for i in sorted(ids):
            if i in already:
                purge(conn, other, i)
                if not _close(db, conn, other, i, deleted=None):
                    store.refresh(conn, other, i)
            else:
                _erase(db, conn, other, i, deleted=None)
        if ids:
            done[other.name] = sorted(ids)
    return done


@dataclass
class Received:
    """What an import's erasures did here."""

    people: dict[str, int] = field(default_factory=dict)  # type -> persons newly erased
    related: dict[str, int] = field(default_factory=dict)  # type -> records purged for them
    purged: list[tuple[str, str]] = field(default_factory=list)  # (type, id) purged here
    backups_left: list[Path] = field(default_factory=list)  # backups that could not be purged

    def __bool__(self) -> bool:
        return bool(self.purged)


def receive(
    db: Database,
    conn: sa.Connection,
    marks: Iterable[tuple[RecordType, str, str]],
    touched: Mapping[str, Collection[str]],
) -> Received:
    """An import's part of erasure, in its transaction, once its revisions are in.

    *marks*: (type, record id, rev) of erasure revisions the files may bring
    (the importer vets them); each is marked here and its record purged.
    *touched*: the records the import added revisions to; those that are
    erased here, or that refer to a person erased here, are purged as well, so
    that content arriving after an erasure never stays."""
    out = Received()
    r = store.REVISIONS.c
    newly: dict[str, set[str]] = {}
    for rtype, record_id, rev in marks:
        marked = conn.execute(
            store.REVISIONS.update()
            .where(
                r.record_type == rtype.name,
                r.record_id == record_id,
                r.rev == rev,
                r.erasure.is_(False),
            )
            .values(erasure=True)
        ).rowcount
        if marked:
            newly.setdefault(rtype.name, set()).add(record_id)
    secure = False
    for rtype in records.record_types():
        erased = erased_ids(conn, rtype)
        ids = erased & (set(touched.get(rtype.name, ())) | newly.get(rtype.name, set()))
        if not ids:
            continue
        if not secure:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            secure = True
        closes = True if consent.has_consent(rtype) else None  # a person stays deleted
        for record_id in sorted(ids):
            purge(conn, rtype, record_id)
            if not _close(db, conn, rtype, record_id, deleted=closes):
                store.refresh(conn, rtype, record_id)
            out.purged.append((rtype.name, record_id))
        if consent.has_consent(rtype) and rtype.name in newly:
            people = newly[rtype.name]
            out.people[rtype.name] = len(people)
            conn.execute(DRAFTS.delete().where(DRAFTS.c.record_id.in_(sorted(people))))
    # Records referring to an erased person: all of them for a person erased by
    # this import; those the import touched for one erased before.
    for person_type in consent.people_types():
        erased = erased_ids(conn, person_type)
        if not erased:
            continue
        named = set(newly.get(person_type.name, ()))
        for other, refs in _referring(person_type):
            arrived = sorted(touched.get(other.name, ()))
            if not arrived:
                continue
            t = other.table
            for start in range(0, len(arrived), 900):
                part = arrived[start : start + 900]
                for row in conn.execute(sa.select(*[t.c[n] for n in refs]).where(t.c.id.in_(part))):
                    named.update(v for v in row if v in erased)
        if not named:
            continue
        if not secure:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            secure = True
        for name, purged in _erase_related(db, conn, person_type, named).items():
            out.related[name] = out.related.get(name, 0) + len(purged)
            out.purged.extend((name, i) for i in purged)
    if secure:
        conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    return out


def _close(
    db: Database, conn: sa.Connection, rtype: RecordType, record_id: str, *, deleted: bool | None
) -> bool:
    """After a purge on arrival: when the erased record no longer ends in one
    revision whose content is whole (revisions arrived beside or after its
    erasure, and their content was purged), close it again with an erasure
    revision of this machine, a child of every head. Two machines closing the
    same heads make the same revision (an address holds no device). A record
    whose heads conflict in a field the erasure leaves (a visit's date) is left
    for a person to resolve. Returns whether it closed it."""
    merged = graph.resolve(store.nodes(conn, rtype, record_id), rtype.field_names())
    if merged.in_conflict:
        return False
    if len(merged.heads) == 1:
        r = store.REVISIONS.c
        head = conn.execute(
            sa.select(r.content, r.fingerprint, r.erasure).where(
                r.record_type == rtype.name, r.rev == next(iter(merged.heads))
            )
        ).one()
        if head.erasure or store.fingerprint(head.content) == head.fingerprint:
            return False  # its state is its head's, as exported
    _erase(db, conn, rtype, record_id, deleted=deleted)
    return True


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
        None,  # made here
        sorted(merged.heads),
        store.author_of(db),
    )
    conn.execute(store.REVISIONS.insert().values(revision | {"erasure": True}))
    store.refresh(conn, rtype, record_id)
    return purged


def purge_backups(db: Database, erased: Sequence[tuple[str, str]]) -> list[Path]:
    """Make each erased record in every backup of *db* as it is here now: its
    revisions blanked, its erasure revisions added, its row, conflicts and
    drafts as here. A backup restored later then holds nothing of the person
    and still passes ``fieldkit check``. Returns the backups that could not be
    purged (damaged, or under another key): a person should delete them."""
    if not erased:
        return []
    real = Path(db.path).resolve()
    folder = paths.backup_dir(real)
    files = sorted(folder.glob(f"{real.stem}-*.db")) if folder.is_dir() else []
    if not files:
        return []
    # As stored (no type conversion): the backup's raw connection writes them back.
    live: list[tuple[RecordType, str, list[dict[str, Any]], dict[str, Any] | None, list[Any]]] = []
    with db.connect() as conn:

        def raw_rows(sql: str, *args: Any) -> list[dict[str, Any]]:
            return [dict(x._mapping) for x in conn.exec_driver_sql(sql, args)]

        for name, record_id in erased:
            rtype = records.get(name)
            revs = raw_rows(
                "SELECT * FROM revision WHERE record_type = ? AND record_id = ?", name, record_id
            )
            rows = raw_rows(f'SELECT * FROM "{rtype.table.name}" WHERE id = ?', record_id)
            seq_rev = {x["seq"]: x["rev"] for x in revs}
            conflicts = [
                x | {k: seq_rev.get(x[k]) for k in ("revision_a", "revision_b", "resolution")}
                for x in raw_rows(
                    "SELECT * FROM conflict WHERE record_type = ? AND record_id = ?",
                    name,
                    record_id,
                )
            ]
            live.append((rtype, record_id, revs, rows[0] if rows else None, conflicts))
    failed = []
    for path in files:
        try:
            _purge_backup(path, db.key, live)
        except (OSError, cipher.DatabaseError, KeyError):
            failed.append(path)
    return failed


def _purge_backup(
    path: Path,
    key: bytes,
    live: Sequence[tuple[RecordType, str, list[dict[str, Any]], dict[str, Any] | None, list[Any]]],
) -> None:
    raw = cipher.connect(path, key)
    try:
        raw.execute("PRAGMA secure_delete = ON")

        def columns(table: str) -> set[str]:
            return {x[1] for x in raw.execute(f'PRAGMA table_info("{table}")')}

        have = {table: columns(table) for table in ("revision", "conflict", "draft")}
        if not have["revision"]:
            return  # not a database of ours: nothing of the person in it
        with raw:  # one transaction per backup
            for rtype, record_id, revs, row, conflicts in live:
                known = _revisions(raw, rtype, record_id)
                if not known:
                    continue  # the backup is from before the record came here
                for seq, content in list(
                    raw.execute(
                        "SELECT seq, content FROM revision WHERE record_type = ? AND record_id = ?",
                        (rtype.name, record_id),
                    )
                ):
                    blanked = _blanked(rtype, content)
                    if blanked is not None:
                        raw.execute("UPDATE revision SET content = ? WHERE seq = ?", (blanked, seq))
                for x in revs:
                    if x["rev"] in known:
                        if x.get("erasure") and "erasure" in have["revision"]:
                            raw.execute(
                                "UPDATE revision SET erasure = 1 WHERE seq = ?", (known[x["rev"]],)
                            )
                        continue
                    values = {k: v for k, v in x.items() if k in have["revision"] and k != "seq"}
                    if "erasure" not in have["revision"] and x.get("erasure"):
                        values["source"] = ERASURE  # how a backup before 0007 marks it
                    _insert(raw, "revision", values)
                seqs = _revisions(raw, rtype, record_id)
                if row is not None:
                    table = columns(rtype.table.name)
                    _insert(
                        raw,
                        rtype.table.name,
                        {k: v for k, v in row.items() if k in table},
                        replace=True,
                    )
                if have["conflict"]:
                    raw.execute(
                        "DELETE FROM conflict WHERE record_type = ? AND record_id = ?",
                        (rtype.name, record_id),
                    )
                    for x in conflicts:
                        values = {
                            k: (seqs.get(v) if k.startswith(("revision_", "resolution")) else v)
                            for k, v in x.items()
                            if k in have["conflict"] and k != "seq"
                        }
                        _insert(raw, "conflict", values)
                if have["draft"]:
                    raw.execute("DELETE FROM draft WHERE record_id = ?", (record_id,))
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")  # free pages and the journal rewritten without the person
    finally:
        raw.close()


def _revisions(raw: Any, rtype: RecordType, record_id: str) -> dict[str, int]:
    """A backup's revisions of one record: rev -> its sequence number there."""
    return {
        rev: seq
        for seq, rev in raw.execute(
            "SELECT seq, rev FROM revision WHERE record_type = ? AND record_id = ?",
            (rtype.name, record_id),
        )
    }


def _insert(raw: Any, table: str, values: Mapping[str, Any], *, replace: bool = False) -> None:
    names = sorted(values)
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    raw.execute(
        f'{verb} INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" for _ in names)})',
        [values[n] for n in names],
    )
