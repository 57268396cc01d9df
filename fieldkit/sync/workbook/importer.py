"""Import workbooks: read and validate all files, check references, then merge
in one transaction — or refuse everything with a report.

:func:`preview` does all of it except writing (the GUI shows its counts before
the user confirms); :func:`import_workbooks` applies. Neither prints.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from fieldkit import erasure, records, store
from fieldkit.storage.backups import backup
from fieldkit.storage.database import Database
from fieldkit.storage.types import utcnow
from fieldkit.sync import trust
from fieldkit.sync.workbook import apply as merge
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import reader, signature, vouch
from fieldkit.sync.workbook.result import FileTrust, ImportResult, Incoming, Reject, TypeCounts
from fieldkit.sync.workbook.source import Member, Source
from fieldkit.sync.workbook.writer import EXCHANGES, high_seq

Progress = Callable[[str, int], None]  # (record type, rows read so far in this run)


def _nobody(fingerprint: str) -> bool:
    return False


def preview(
    db: Database,
    paths: Sequence[Source],
    *,
    progress: Progress | None = None,
    may_enrol: Callable[[str], bool] = _nobody,
    accept_unsigned: bool = False,
) -> ImportResult:
    """What importing *paths* would do: counts, rejects, conflicts, whose
    revisions each file brings; nothing is kept.

    It runs the very merge an import runs, in a transaction that is rolled
    back (so its counts are exact); like an import it needs the writer's lock.
    """
    return _run(
        db,
        paths,
        apply=False,
        progress=progress,
        may_enrol=may_enrol,
        accept_unsigned=accept_unsigned,
    )


def import_workbooks(
    db: Database,
    paths: Sequence[Source],
    *,
    make_backup: bool = True,
    progress: Progress | None = None,
    may_enrol: Callable[[str], bool] = _nobody,
    accept_unsigned: bool = False,
) -> ImportResult:
    """Import *paths* all or nothing. ``result.applied`` is False if anything was
    rejected; the database is then untouched.

    Each file brings what its signer may (:mod:`.vouch`): *may_enrol* says which
    signers not enrolled here a person chose to enrol (by key fingerprint; the
    caller enrols them once applied); *accept_unsigned* takes unsigned format-1
    workbooks (an older fieldkit's) whole, while a fleet upgrades."""
    return _run(
        db,
        paths,
        apply=True,
        make_backup=make_backup,
        progress=progress,
        may_enrol=may_enrol,
        accept_unsigned=accept_unsigned,
    )


def _run(
    db: Database,
    paths: Sequence[Source],
    *,
    apply: bool,
    make_backup: bool = True,
    progress: Progress | None = None,
    may_enrol: Callable[[str], bool] = _nobody,
    accept_unsigned: bool = False,
) -> ImportResult:
    read = 0
    books = [reader.open_workbook(p, str(p)) for p in paths]
    result = ImportResult(files=[b.name for b in books])
    rejects = result.rejects
    for book in books:
        rejects += book.rejects
        book.rejects = rejects  # one list, in the order problems are found
        result.warnings += book.warnings
    seen: dict[str, FileTrust] = {}
    for book in books:
        if book.book is None:
            continue  # refused already
        try:
            signer = vouch.signer_of(
                db,
                book.meta,
                book.format,
                may_enrol,
                accept_unsigned,
                book.path.sender if isinstance(book.path, Member) else None,
            )
        except trust.Refused as exc:
            book.reject(cols.META_SHEET, None, None, signature.SIGNATURE, str(exc))
            continue
        seen[book.name] = FileTrust(book.name, signer)
        result.trust.append(seen[book.name])
    status: dict[str, dict[str, str]] = {}  # type -> record id -> new/updated/unchanged
    touched: dict[str, set[str]] = {}  # type -> records the run added revisions to
    changed = False
    now = utcnow()
    # One transaction for the whole run. Sheets are merged a chunk at a time
    # (memory stays flat), each chunk seeing the ones before it; the merge is
    # order-independent, so chunking does not change the outcome. Any reject,
    # even in the last sheet, rolls all of it back; a preview always does.
    # In WAL mode the database file itself is not touched before commit.
    with db.connect() as conn:
        trans = conn.begin()
        try:
            author = store.author_of(db)
            for rtype in records.record_types():  # referenced types first
                for book in books:
                    # A record's history before its row, so no passing state
                    # is settled between them.
                    for chunk in _with_history(book, rtype):
                        for inc in chunk:
                            if inc.edited and inc.rev is not None:
                                # Format 2: an edit made in the spreadsheet is the
                                # importer's own revision, a child of the exported one
                                # (its time, shown only, is the file's: see rows.py).
                                inc.device_id, inc.author = db.device_id, author
                        read += len(chunk)
                        if progress is not None:
                            progress(rtype.name, read)
                        if rejects:
                            continue  # keep reading: report every problem at once
                        mine = seen[book.name]
                        chunk = vouch.vouch(conn, rtype, chunk, mine)
                        if not chunk:
                            continue
                        bad_refs = check_refs(conn, chunk, mine.withheld_records)
                        bad_refs += check_unique(conn, chunk)
                        if bad_refs:
                            rejects += bad_refs
                            counts = result.counts.setdefault(rtype.name, TypeCounts())
                            counts.rejected += len({r.row for r in bad_refs})
                            continue
                        plan = merge.plan(conn, chunk, status.setdefault(rtype.name, {}))
                        if plan.rejects:
                            rejects += plan.rejects
                            counts = result.counts.setdefault(rtype.name, TypeCounts())
                            counts.rejected += len(plan.rejects)
                            continue
                        merge.write(conn, plan, now)
                        changed |= bool(plan.new_revisions or plan.meta_updates)
                        for name, ids in plan.touched.items():
                            touched.setdefault(name, set()).update(ids)
                        _add(result, plan)
            if not rejects:

                def resettle(rtype: Any, record_id: str) -> None:
                    store.settle(conn, rtype, [record_id])

                erasing = {(m.record_type, m.id) for book in books for m in book.erasures()}
                for mine in result.trust:
                    rejects += vouch.forged_merges(conn, mine.merges, resettle, erasing)
            for book in books:
                book.erasures()  # read (its rows checked, signed) even when refused already
            if not rejects:
                for book in books:
                    refused, missing = vouch.signature_problems(
                        book.meta, book.digests, {*book.sheets, *book.digests}
                    )
                    for sheet, reason in refused:
                        key = signature.SIGNATURE if sheet == cols.META_SHEET else None
                        book.reject(book.sheets.get(sheet, sheet), None, None, key, reason)
                    # A sheet renamed is warned of already (reader.py): once is enough.
                    for sheet, reason in missing if not book.warnings else ():
                        result.warnings.append(Reject(book.name, sheet, None, None, None, reason))
            if not rejects:
                # Erasures last: a merge is checked against its parents' content,
                # and a file's marks only once its signature holds.
                marks = []
                for book in books:
                    if book.name in seen:
                        marks += vouch.erasures(conn, book.erasures(), seen[book.name], rejects)
                if not rejects:
                    result.erased = erasure.receive(db, conn, marks, touched)
                    changed |= bool(result.erased)
            if not rejects and result.withheld and not result.total("revisions"):
                for mine in result.trust:
                    if mine.withheld:
                        n = sum(mine.withheld.values())
                        rejects.append(
                            Reject(
                                mine.file,
                                None,
                                None,
                                None,
                                None,
                                f"nothing to import: its {n} new revision{'s' if n != 1 else ''} "
                                f"were made by other devices, which it cannot vouch for "
                                f"({mine.reason()})",
                            )
                        )
            for name, done in status.items():
                counts = result.counts.setdefault(name, TypeCounts())
                for what in done.values():
                    setattr(counts, what, getattr(counts, what) + 1)
            for book in books:
                for sheet, n in book.rows_rejected.items():
                    result.counts.setdefault(sheet, TypeCounts()).rejected += n
            if rejects or not apply:
                trans.rollback()
                return result
            if make_backup and changed:
                # DESIGN.md: a backup before every import. Taken through another
                # connection, it copies the committed state: the one before this run.
                result.backup = str(backup(db.path, "before-import", db.key))
            _log(conn, books, result, now)
            trans.commit()
        except BaseException:
            if trans.is_active:
                trans.rollback()
            raise
    result.applied = True
    if result.erased:
        result.erased.backups_left = erasure.after_purge(db, result.erased.purged)
    return result


def _with_history(book: reader.Workbook, rtype: Any) -> Iterator[list[Incoming]]:
    history = book.history(rtype)
    if history:
        yield history
    yield from book.revisions(rtype)


def _log(
    conn: sa.Connection, books: list[reader.Workbook], result: ImportResult, now: datetime
) -> None:
    reached = high_seq(conn)  # what "saved after this import" is measured from
    for book in books:
        conn.execute(
            EXCHANGES.insert().values(
                id=str(uuid.uuid4()),
                kind="import",
                at=now,
                path=book.name,
                profile=book.meta.get("profile") or None,
                peer_device=book.meta.get("device_id") or None,
                peer_name=book.meta.get("device_name") or book.meta.get("volunteer") or None,
                high_seq=reached,
                counts=json.dumps(result.summary(), sort_keys=True),
            )
        )


def _add(result: ImportResult, plan: merge.Plan) -> None:
    for name, c in plan.counts.items():
        mine = result.counts.setdefault(name, TypeCounts())
        for k in ("conflicts", "revisions"):  # new/updated/unchanged: per record, at the end
            setattr(mine, k, getattr(mine, k) + getattr(c, k))
    result.conflicts += plan.conflicts


def check_refs(
    conn: sa.Connection, revisions: Sequence[Incoming], withheld: Collection[str] = ()
) -> list[Reject]:
    """A reference must name a record in this database or in this import
    (earlier sheets of this import are already in the database by now).
    *withheld*: records the file carries but cannot vouch for (:mod:`.vouch`)."""
    by_type: dict[str, list[Incoming]] = {}
    for inc in revisions:
        by_type.setdefault(inc.record_type, []).append(inc)
    rejects: list[Reject] = []
    for name, incs in by_type.items():
        for spec in records.get(name).refs():
            assert spec.ref is not None
            target = records.get(spec.ref)
            wanted = sorted({i.content[spec.name] for i in incs if i.content.get(spec.name)})
            if not wanted:
                continue
            arriving = {
                (i.id if spec.ref_key == "id" else i.content.get(spec.ref_key))
                for i in by_type.get(target.name, [])
            }
            missing = [w for w in wanted if w not in arriving]
            key = target.table.c[spec.ref_key]
            present: set[str] = set()
            for chunk in merge.chunks(missing):
                present.update(conn.execute(sa.select(key).where(key.in_(chunk))).scalars())
            unknown = set(missing) - present
            for inc in incs:
                value = inc.content.get(spec.name)
                if value in unknown:
                    what = f"no {target.label.lower()} {value!r} in this database"
                    rejects.append(
                        Reject(
                            inc.file,
                            inc.sheet,
                            inc.row,
                            inc.letters.get(spec.name),
                            spec.name,
                            f"{what}: this file carries it, but it was made by another "
                            "device, which must send it itself (or HQ relay it) first"
                            if value in withheld
                            else f"{what} or in this import",
                        )
                    )
    rejects.sort(key=lambda r: (r.file, r.sheet or "", r.row or 0))
    return rejects


def check_unique(conn: sa.Connection, revisions: Sequence[Incoming]) -> list[Reject]:
    """A field declared unique (a district's code) names one record only: among
    the rows of this import and against the records already here (earlier
    chunks of this import included), so two files that each add the same code
    under different ids are refused together, with the cells named."""
    rejects: list[Reject] = []
    by_type: dict[str, list[Incoming]] = {}
    for inc in revisions:
        by_type.setdefault(inc.record_type, []).append(inc)
    for name, incs in by_type.items():
        rtype = records.get(name)
        t = rtype.table
        for spec in rtype.fields:
            if not t.c[spec.name].unique:
                continue
            owners: dict[Any, set[str]] = {}
            for inc in incs:
                value = inc.content.get(spec.name)
                if value not in (None, ""):
                    owners.setdefault(value, set()).add(inc.id)
            values = sorted(owners, key=str)
            for chunk in merge.chunks(values):
                for rid, value in conn.execute(
                    sa.select(t.c.id, t.c[spec.name]).where(t.c[spec.name].in_(chunk))
                ):
                    owners[value].add(rid)
            for inc in incs:
                value = inc.content.get(spec.name)
                others = owners.get(value, set()) - {inc.id}
                if value not in (None, "") and others:
                    rejects.append(
                        Reject(
                            inc.file,
                            inc.sheet,
                            inc.row,
                            inc.letters.get(spec.name),
                            spec.name,
                            f"{value!r} is already the {spec.label.lower()} of another "
                            f"{rtype.label.lower()} ({sorted(others)[0]})",
                        )
                    )
    return rejects
