"""Import workbooks: read and validate all files, check references, then merge
in one transaction — or refuse everything with a report.

:func:`preview` does all of it except writing (the GUI shows its counts before
the user confirms); :func:`import_workbooks` applies. Neither prints.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa

from fieldkit import declare
from fieldkit.db import Database, backup
from fieldkit.dbtypes import utcnow
from fieldkit.exchange import merge, reader
from fieldkit.exchange.result import ImportResult, Incoming, Reject, TypeCounts
from fieldkit.exchange.writer import EXCHANGES


def preview(db: Database, paths: Sequence[Path | str]) -> ImportResult:
    """What importing *paths* would do: counts, rejects, conflicts; writes nothing."""
    return _run(db, paths, apply=False)


def import_workbooks(
    db: Database, paths: Sequence[Path | str], *, make_backup: bool = True
) -> ImportResult:
    """Import *paths* all or nothing. ``result.applied`` is False if anything was
    rejected; the database is then untouched."""
    return _run(db, paths, apply=True, make_backup=make_backup)


def _run(
    db: Database, paths: Sequence[Path | str], *, apply: bool, make_backup: bool = True
) -> ImportResult:
    books = [reader.read(p, str(p)) for p in paths]
    result = ImportResult(files=[b.name for b in books])
    revisions: list[Incoming] = []
    for book in books:
        result.rejects += book.rejects
        revisions += book.revisions
        for sheet, n in book.rows_rejected.items():
            result.counts.setdefault(sheet, TypeCounts()).rejected += n
    with db.connect() as conn:
        ref_rejects = check_refs(conn, revisions)
        for rej in ref_rejects:
            result.counts.setdefault(rej.sheet or "", TypeCounts()).rejected += 1
        result.rejects += ref_rejects
        if result.rejects:
            return result  # all or nothing: nothing is applied, nothing is planned
        plan = merge.plan(conn, revisions)
    _fill(result, plan)
    if not apply:
        return result
    changes = bool(plan.new_revisions or plan.meta_updates)
    if make_backup and changes:  # DESIGN.md: a backup before every import
        result.backup = str(backup(db.path, "before-import"))
    now = utcnow()
    with db.transaction() as conn:
        merge.write(conn, plan, now)
        for book in books:
            conn.execute(
                EXCHANGES.insert().values(
                    id=str(uuid.uuid4()),
                    kind="import",
                    at=now,
                    path=book.name,
                    profile=book.meta.get("profile") or None,
                    peer_device=(book.meta.get("device_id") or None),
                    peer_name=(book.meta.get("device_name") or book.meta.get("volunteer") or None),
                    counts=json.dumps(result.summary(), sort_keys=True),
                )
            )
    result.applied = True
    return result


def _fill(result: ImportResult, plan: merge.Plan) -> None:
    for name, counts in plan.counts.items():
        mine = result.counts.setdefault(name, TypeCounts())
        rejected = mine.rejected
        result.counts[name] = counts
        counts.rejected = rejected
    result.conflicts = plan.conflicts


def check_refs(conn: sa.Connection, revisions: Sequence[Incoming]) -> list[Reject]:
    """A reference must name a record in this database or in this import."""
    by_type: dict[str, list[Incoming]] = {}
    for inc in revisions:
        by_type.setdefault(inc.record_type, []).append(inc)
    rejects: list[Reject] = []
    for name, incs in by_type.items():
        for spec in declare.get(name).refs():
            assert spec.ref is not None
            target = declare.get(spec.ref)
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
            for chunk in merge._chunks(missing):
                present.update(conn.execute(sa.select(key).where(key.in_(chunk))).scalars())
            unknown = set(missing) - present
            for inc in incs:
                value = inc.content.get(spec.name)
                if value in unknown:
                    rejects.append(
                        Reject(
                            inc.file,
                            inc.sheet,
                            inc.row,
                            inc.letters.get(spec.name),
                            spec.name,
                            f"no {target.label.lower()} {value!r} in this database "
                            "or in this import",
                        )
                    )
    rejects.sort(key=lambda r: (r.file, r.sheet or "", r.row or 0))
    return rejects
