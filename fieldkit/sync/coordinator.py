"""The coordinator's work: merge many volunteers' files into one master, undo an import.

:func:`merge_files` checks every file on its own first (a bad file is reported
and left out whole, or, with ``strict``, stops the merge before anything is
applied), imports the good ones in one all-or-nothing run under the sync
contract, and writes the master: the exchange workbook of the whole database,
plus a "Merge report" sheet. Per-file counts are measured against the database
as it was before the merge, so they do not depend on the order of the files;
a file's conflicts are those of the merge that its rows took part in (two files
that each apply cleanly may conflict with each other).

Files that each pass their own check may still be refused together (the same
revision with its ``deleted`` cell changed in one copy, say): then the merge
fails with :class:`MergeFailed` — nothing applied, no master written.

:func:`undo_import` puts the database back exactly as it was before an import
(from the backup the import made), and refuses while anything was saved after
it, naming what.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from fieldkit import records
from fieldkit.storage import backups
from fieldkit.storage.database import Database
from fieldkit.storage.types import utcnow
from fieldkit.store import REVISIONS
from fieldkit.sync import transfer
from fieldkit.sync.bundle import BundleError
from fieldkit.sync.workbook import (
    ConflictInfo,
    ExportResult,
    ImportResult,
    Reject,
    apply,
    export_workbook,
)
from fieldkit.sync.workbook import reader as workbook_reader
from fieldkit.sync.workbook.writer import EXCHANGES

REPORT_SHEET = "Merge report"
INPUT_SUFFIXES = (transfer.WORKBOOK_SUFFIX, transfer.BUNDLE_SUFFIX)


class Cancelled(Exception):
    """The person pressed Cancel; nothing of the merge was applied."""


class MergeRefused(ValueError):
    """No file can be merged, or ``strict`` and at least one file was bad:
    nothing was applied and no master was written."""

    def __init__(self, outcomes: list[FileOutcome]) -> None:
        self.outcomes = outcomes
        bad = [o for o in outcomes if not o.included]
        why = "strict merge" if len(bad) < len(outcomes) else "no file can be merged"
        super().__init__(
            f"{len(bad)} of {len(outcomes)} files refused ({', '.join(o.name for o in bad)}); "
            f"{why}: nothing was imported and no master was written"
        )


class MergeFailed(ValueError):
    """Every file passed its own check, but the files were refused together:
    nothing was applied and no master was written."""

    def __init__(self, outcomes: list[FileOutcome], rejects: list[Reject]) -> None:
        self.outcomes = outcomes
        self.rejects = rejects
        first = str(rejects[0]) if rejects else "the import was not applied"
        many = f"{len(rejects)} problems, the first: " if len(rejects) > 1 else ""
        super().__init__(
            f"the files pass their checks one by one but are refused together: {many}{first}; "
            "nothing was imported and no master was written"
        )


class UndoRefused(ValueError):
    pass


def describe(reject: Reject) -> str:
    """A refusal without its file name (the file is named beside it)."""
    text = str(reject)
    rest = text[len(reject.file) :] if text.startswith(reject.file) else text
    return rest[2:] if rest.startswith(": ") else rest.lstrip(", ")


def refusal(rejects: Sequence[Reject]) -> str:
    """Why a file is left out: its only problem, or how many and the first."""
    if len(rejects) == 1:
        return describe(rejects[0])
    return f"{len(rejects)} problems, the first: {describe(rejects[0])}"


@dataclass
class FileOutcome:
    name: str
    included: bool = False
    device: str = ""
    volunteer: str = ""
    exported_at: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    error: str = ""  # why a whole file was refused (bundle, password, not enrolled …)
    trust: list[str] = field(default_factory=list)  # who signed it, whose revisions it brings
    withheld: int = 0  # revisions it carries that it cannot vouch for (not imported)


@dataclass
class MergeResult:
    files: list[FileOutcome]
    imported: ImportResult  # the one run that applied the good files together
    master: ExportResult | None


def expand(inputs: Sequence[Path | str]) -> list[Path]:
    """Files as given, and the workbooks and bundles inside given folders.

    Excel's ``~$`` lock files and hidden files are skipped; each file once.
    """
    out: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
            )
        elif path.is_file():
            found = [path]
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
        for p in found:
            if p.name.startswith(("~$", ".")) or p in out:
                continue
            out.append(p)
    return out


def check_file(
    db: Database,
    path: Path,
    password: str | None = None,
    enrol: transfer.Enrol = False,
    accept_unsigned: bool = False,
) -> FileOutcome:
    """One file checked against the database as it is: who sent it, what it would
    change, what it refuses. Nothing is kept."""
    outcome = FileOutcome(path.name)
    try:
        with transfer.unpacked(db, [path], password, enrol) as (books, _senders):
            for book in books:
                meta = workbook_reader.about(book)
                outcome.device = (
                    outcome.device or meta.get("device_name") or meta.get("device_id", "")
                )
                outcome.volunteer = outcome.volunteer or meta.get("volunteer", "")
                outcome.exported_at = outcome.exported_at or meta.get("exported_at", "")
            result = transfer.preview(db, books, enrol=enrol, accept_unsigned=accept_unsigned)
    except BundleError as exc:
        outcome.error = str(exc)
        return outcome
    outcome.counts = result.summary()
    outcome.trust = [line for t in result.trust for line in t.lines()]
    outcome.withheld = result.withheld
    # The report names files as the person gave them, without their folder.
    outcome.rejects = [
        dataclasses.replace(r, file=path.name) if r.file == str(path) else r for r in result.rejects
    ]
    if outcome.rejects:
        outcome.error = refusal(outcome.rejects)
    outcome.included = not outcome.error
    return outcome


def merge_files(
    db: Database,
    inputs: Sequence[Path | str],
    out: Path | str | None,
    *,
    strict: bool = False,
    password: str | None = None,
    enrol: transfer.Enrol = False,
    accept_unsigned: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeResult:
    """Merge *inputs* into this database and write the master to *out* (if given).

    *progress* is called with (step, done, total): "checking" per file, then
    "importing" per thousand rows read. *cancelled* is polled; when it turns
    true the merge stops with :class:`Cancelled` and nothing is applied.

    Nothing is applied and no master is written when no file passes its check,
    or any file fails it under *strict* (:class:`MergeRefused`), or the files
    that pass are refused together (:class:`MergeFailed`).
    """
    files = expand(inputs)
    outcomes: list[FileOutcome] = []
    for n, path in enumerate(files):
        if cancelled is not None and cancelled():
            raise Cancelled("merge cancelled; nothing was applied")
        if progress is not None:
            progress("checking", n, len(files))
        outcomes.append(check_file(db, path, password, enrol, accept_unsigned))
    good = [p for p, o in zip(files, outcomes, strict=True) if o.included]
    if not good or (strict and len(good) < len(files)):
        raise MergeRefused(outcomes)

    def step(_type: str, rows: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("merge cancelled; nothing was applied")
        if progress is not None:
            progress("importing", rows, 0)

    imported = transfer.import_files(
        db,
        good,
        password=password,
        enrol=enrol,
        accept_unsigned=accept_unsigned,
        progress=step,
    )
    if not imported.applied:
        # Each file passed alone; together they are refused. Nothing was applied
        # (one transaction), so no master either: it would claim a merge.
        names = {str(p): p.name for p in good}
        rejects = sorted(
            (dataclasses.replace(r, file=names.get(r.file, r.file)) for r in imported.rejects),
            key=_reading_order([p.name for p in good]),
        )
        for o in outcomes:
            if not o.included:
                continue
            o.included = False
            o.rejects = [r for r in rejects if r.file == o.name or r.file.startswith(f"{o.name}/")]
            o.error = (
                f"refused together with the other files: {refusal(o.rejects)}"
                if o.rejects
                else "not merged: the files were refused together"
            )
        raise MergeFailed(outcomes, rejects)
    if imported.conflicts:
        try:
            per_file = conflicts_per_file(db, good, imported.conflicts, password, enrol)
        except (BundleError, OSError):  # a file gone since it was imported: counts as checked
            per_file = [o.counts.get("conflicts", 0) for o in outcomes if o.included]
        for o, n in zip((o for o in outcomes if o.included), per_file, strict=True):
            o.counts["conflicts"] = n
    master = None
    if out is not None:
        master = export_workbook(
            db, out, kind="merge", extra_sheets=[(REPORT_SHEET, report_rows(outcomes, imported))]
        )
    return MergeResult(outcomes, imported, master)


def _reading_order(files: list[str]) -> Callable[[Reject], tuple[int, int, int]]:
    """Problems in the order a person reads them: file, sheet, row."""
    sheets = [t.name for t in records.record_types()]

    def key(r: Reject) -> tuple[int, int, int]:
        top = r.file.split("/")[0]
        return (
            files.index(top) if top in files else len(files),
            sheets.index(r.sheet) if r.sheet in sheets else -1,
            r.row or 0,
        )

    return key


def conflicts_per_file(
    db: Database,
    files: Sequence[Path],
    found: Sequence[ConflictInfo],
    password: str | None = None,
    enrol: transfer.Enrol = False,
) -> list[int]:
    """For each file, how many of the conflicts *found* its rows take part in:
    a row that is one of a conflict's two revisions (the same ``rev``). Order-independent, like the set of conflicts itself; only the
    sheets of record types with a conflict are read again."""
    pairs: dict[tuple[str, str], list[tuple[int, set[str]]]] = {}
    for n, c in enumerate(found):
        pairs.setdefault((c.record_type, c.record_id), []).append((n, {c.a, c.b}))
    types = [t for t in records.record_types() if any(k[0] == t.name for k in pairs)]
    counts = []
    for path in files:
        hit: set[int] = set()
        with transfer.unpacked(db, [path], password, enrol) as (books, _senders):
            for book in books:
                wb = workbook_reader.open_workbook(book)
                for rtype in types:
                    for chunk in wb.revisions(rtype):
                        for inc in chunk:
                            for n, idents in pairs.get((inc.record_type, inc.id), ()):
                                if apply.incoming_rev(inc) in idents:
                                    hit.add(n)
        counts.append(len(hit))
    return counts


def report_rows(
    outcomes: Sequence[FileOutcome], imported: ImportResult | None = None
) -> list[list[Any]]:
    """The "Merge report" sheet: one line per source file (its counts measured
    against the database before the merge), the totals the merge applied, then
    every refused cell."""
    rows: list[list[Any]] = [
        [
            "file",
            "device",
            "volunteer",
            "exported_at",
            "included",
            "new",
            "updated",
            "unchanged",
            "conflicts",
            "rejected",
            "reason",
        ]
    ]
    for o in outcomes:
        # A file left out brings nothing: only its refused rows are counted.
        c = o.counts if o.included else {}
        blank: Any = 0 if o.included else ""
        rows.append(
            [
                o.name,
                o.device,
                o.volunteer,
                o.exported_at,
                "yes" if o.included else "no",
                c.get("new", blank),
                c.get("updated", blank),
                c.get("unchanged", blank),
                c.get("conflicts", blank),
                len(o.rejects),
                o.error,
            ]
        )
    if imported is not None:
        t = imported.summary()
        rows.append(
            [
                "applied together",
                "",
                "",
                "",
                "",
                t["new"],
                t["updated"],
                t["unchanged"],
                t["conflicts"],
                t["rejected"],
                "",
            ]
        )
    rows += [[], ["Refused cells"], ["file", "sheet", "row", "column", "key", "reason"]]
    for o in outcomes:
        for r in o.rejects:
            rows.append([r.file, r.sheet or "", r.row or "", r.column or "", r.key or "", r.reason])
    return rows


# --- undo ----------------------------------------------------------------------


def undo_import(db: Database, exchange_id: str) -> str:
    """Return the database to exactly what it was before an import (or a merge's
    import); returns a one-line summary. Refuses while anything came after it."""
    with db.connect() as conn:
        row = conn.execute(sa.select(EXCHANGES).where(EXCHANGES.c.id == exchange_id)).first()
        if row is None or row.kind != "import":
            raise UndoRefused(f"no import with id {exchange_id} in this database")
        if row.undone_at is not None:
            raise UndoRefused(f"the import of {row.path} was already undone")
        # "After" is decided by this database's revision sequence numbers, never
        # by a clock: a clock corrected backwards must not hide later work.
        mark = row.high_seq or 0
        run = conn.execute(
            sa.select(EXCHANGES).where(
                EXCHANGES.c.kind == "import",
                EXCHANGES.c.at == row.at,
                EXCHANGES.c.high_seq == row.high_seq,
            )
        ).all()
        later = conn.execute(
            sa.select(EXCHANGES.c.path, EXCHANGES.c.at)
            .where(
                EXCHANGES.c.kind == "import",
                EXCHANGES.c.high_seq > mark,
                EXCHANGES.c.undone_at.is_(None),
            )
            .order_by(EXCHANGES.c.high_seq)
        ).all()
        edits = conn.execute(
            sa.select(sa.func.count()).where(REVISIONS.c.seq > mark, REVISIONS.c.source.is_(None))
        ).scalar_one()
        exports = conn.execute(
            sa.select(EXCHANGES).where(
                EXCHANGES.c.kind.in_(["export", "merge"]), EXCHANGES.c.high_seq >= mark
            )
        ).all()
    if later or edits:
        what = [f"the import of {p} ({at:%Y-%m-%d %H:%M} UTC)" for p, at in later]
        if edits:
            what.append(f"{edits} edits saved on this laptop since")
        raise UndoRefused(
            f"cannot undo the import of {row.path}: later work builds on it — {'; '.join(what)}. "
            "Undo those first."
        )
    paths = ", ".join(r.path for r in run)
    logged = [json.loads(r.counts) for r in run]
    backup_file = next((c["backup"] for c in logged if c.get("backup")), None)
    if backup_file is None:
        if any(c.get("new") or c.get("updated") for c in logged):
            raise UndoRefused(f"the import of {paths} kept no backup; it cannot be undone exactly")
        _mark_undone(db, [r.id for r in run])  # it changed nothing
        return f"undid the import of {paths} (it had changed nothing)"
    db.engine.dispose()  # every connection closed: the file is replaced underneath
    backups.restore(db.path, Path(backup_file), db.key)
    with db.transaction() as conn:
        for e in exports:  # work done since that only wrote files stays on record
            conn.execute(EXCHANGES.insert().values(dict(e._mapping)))
        conn.execute(
            EXCHANGES.insert().values(
                id=f"undo-{exchange_id}",
                kind="undo",
                at=utcnow(),
                path=paths,
                counts=json.dumps({"undid": [r.id for r in run]}),
            )
        )
    return f"undid the import of {paths}: the database is as it was before it"


def _mark_undone(db: Database, ids: list[str]) -> None:
    with db.transaction() as conn:
        conn.execute(EXCHANGES.update().where(EXCHANGES.c.id.in_(ids)).values(undone_at=utcnow()))


def imports(db: Database) -> list[Any]:
    """Imports that can be named in an undo, newest first."""
    with db.connect() as conn:
        return list(
            conn.execute(
                sa.select(EXCHANGES)
                .where(EXCHANGES.c.kind == "import")
                .order_by(EXCHANGES.c.at.desc())
            )
        )
