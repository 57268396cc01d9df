"""Import, step one: read a workbook into validated revisions, or say why not.

Reader choice: python-calamine (Rust) rather than openpyxl's read-only mode.
On 100,000 rows openpyxl read-only alone takes about 15-25 s — longer than
the whole import may take — and calamine about 1.5 s. Calamine holds one sheet's
cells in Rust memory while its rows become Python objects one at a time
(``iter_rows``), and the import merges 5,000 rows at a time, so the peak stays
under the 300 MB budget (a whole 100,000-record import peaks at about
200 MB; ``benchmarks/bench_exchange.py``). Calamine reports a formula cell's
cached value, not the formula, so formulas are found separately by scanning
the sheet's XML (:mod:`fieldkit.sync.workbook.formulas`).

Sheets are found by name without regard to letter case (``Person`` is the
``person`` sheet); a sheet that has record columns but no record type's name is
named in a warning. Columns are found by their key in the header row, wherever
they are (reordered, hidden, extra columns are ignored; so is the index column
pandas' ``to_excel()`` puts before column A); blank rows and the label row are
skipped; every cell goes through :func:`fieldkit.validate.clean`.
"""

from __future__ import annotations

import itertools
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import python_calamine as calamine
from lxml import etree
from openpyxl.utils import get_column_letter

from fieldkit import records
from fieldkit.declare import RecordType
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import erasures, history, limits
from fieldkit.sync.workbook.formulas import formula_cells
from fieldkit.sync.workbook.profiles import IMPORTABLE
from fieldkit.sync.workbook.result import Incoming, Reject
from fieldkit.sync.workbook.rows import Layout, read_row
from fieldkit.sync.workbook.source import Member, Source

REQUIRED_SYNC = ("id", "version", "updated_at", "device_id", "deleted")
REQUIRED_SYNC_2 = (*REQUIRED_SYNC, "rev", "parents", "seal")
ALL_SYNC_KEYS = tuple(dict.fromkeys((*cols.SYNC_KEYS, *cols.SYNC_KEYS_1)))
HEADER_SEARCH_ROWS = 10
MAX_REJECTS = 1000  # problems collected per import run; the first ones are reported
_ID_LABEL = cols.SYNC_COLUMNS[0].label


class Workbook:
    """One file being imported: its metadata, its refused cells, and its rows
    read a sheet at a time (:meth:`revisions`), so memory holds one chunk."""

    def __init__(self, path: Path | Member, name: str) -> None:
        self.path = path
        self.name = name  # how the file is named in reports and in revision.source
        self.meta: dict[str, str] = {}
        self.rejects: list[Reject] = []
        # Not refusals: what a person should know about the file (a sheet
        # that looks like records but was not read).
        self.warnings: list[Reject] = []
        self.rows_rejected: dict[str, int] = {}
        self.book: Any = None
        self.sheets: dict[str, str] = {}  # record type -> the sheet's name in this file
        self.formulas: dict[str, set[str]] = {}
        self.format = cols.FORMAT_VERSION
        self._history: dict[str, list[Incoming]] | None = None
        self._erasures: list[erasures.Mark] | None = None
        # Of the rows read, per sheet (record type, or the history), for the signature.
        self.digests: dict[str, list[bytes]] = {}

    def reject(
        self, sheet: str | None, row: int | None, column: str | None, key: str | None, reason: str
    ) -> None:
        self.rejects.append(Reject(self.name, sheet, row, column, key, reason))

    def warn(self, sheet: str | None, reason: str) -> None:
        self.warnings.append(Reject(self.name, sheet, None, None, None, reason))

    def history(self, rtype: RecordType) -> list[Incoming]:
        """The revisions of *rtype* on the history sheet (format 2): the ancestry
        of the rows, and the other heads of records in conflict."""
        if self._history is None:
            self._history = {}
            title = next(
                (
                    t
                    for t in (self.book.sheet_names if self.book else ())
                    if _fold(t) == _fold(cols.HISTORY_SHEET)
                ),
                None,
            )
            if title is not None and self.format >= 2:
                self.digests.setdefault(cols.HISTORY_SHEET, [])
                try:
                    for inc in history.read(self, self.book.get_sheet_by_name(title), title):
                        self._history.setdefault(inc.record_type, []).append(inc)
                except calamine.CalamineError as exc:
                    self.reject(
                        title, None, None, None, f"the sheet cannot be read ({_short(exc)})"
                    )
        return self._history.get(rtype.name, [])

    def erasures(self) -> list[erasures.Mark]:
        """The rows of the erasures sheet (format 2): revisions this file says
        erase a person. Read once, after the record sheets."""
        if self._erasures is None:
            self._erasures = []
            title = next(
                (
                    t
                    for t in (self.book.sheet_names if self.book else ())
                    if _fold(t) == _fold(cols.ERASURES_SHEET)
                ),
                None,
            )
            if title is not None and self.format >= 2:
                try:
                    self._erasures = list(
                        erasures.read(self, self.book.get_sheet_by_name(title), title)
                    )
                except calamine.CalamineError as exc:
                    self.reject(
                        title, None, None, None, f"the sheet cannot be read ({_short(exc)})"
                    )
        return self._erasures

    def revisions(self, rtype: RecordType, chunk: int = 5000) -> Iterator[list[Incoming]]:
        """The validated revisions of *rtype*'s sheet, *chunk* rows at a time;
        refused cells go to :attr:`rejects`."""
        title = self.sheets.get(rtype.name)
        if self.book is None or title is None:
            return
        if len(self.rejects) > MAX_REJECTS:
            return  # already stopped: enough problems to fix first
        out: list[Incoming] = []
        try:
            sheet = self.book.get_sheet_by_name(title)
            for inc in _read_sheet(self, sheet, rtype, self.formulas.get(rtype.name, set())):
                if inc.origin is not None:
                    out.append(inc.origin)
                out.append(inc)
                if len(out) >= chunk:
                    yield out
                    out = []
        except calamine.CalamineError as exc:  # damaged XML inside an intact zip
            self.reject(title, None, None, None, f"the sheet cannot be read ({_short(exc)})")
            return
        if out:
            yield out


def _opened(source: Source, name: str | None) -> tuple[Workbook, Any]:
    """*source* opened and its about sheet read: the workbook and calamine's book,
    or None for the book after a reject."""
    path = source if isinstance(source, Member) else Path(source)
    wb = Workbook(path, name or path.name)
    try:
        limits.check(path)  # zip bombs, DTDs, vast sheets: refused before calamine sees them
    except limits.Refused as exc:
        wb.reject(None, None, None, None, str(exc))
        return wb, None
    try:
        book = (
            calamine.CalamineWorkbook.from_filelike(path.open())
            if isinstance(path, Member)
            else calamine.CalamineWorkbook.from_path(str(path))
        )
    except Exception as exc:  # calamine raises several kinds for damaged files
        wb.reject(None, None, None, None, f"not a readable .xlsx workbook ({_short(exc)})")
        return wb, None
    try:
        if not _read_meta(wb, book):
            return wb, None
    except calamine.CalamineError as exc:
        wb.reject(cols.META_SHEET, None, None, None, f"the sheet cannot be read ({_short(exc)})")
        return wb, None
    return wb, book


def about(source: Source) -> dict[str, str]:
    """What a workbook says of itself (its about sheet; empty if unreadable),
    without reading its sheets: who sent it, when, signed by which key."""
    return _opened(source, None)[0].meta


def open_workbook(source: Source, name: str | None = None) -> Workbook:
    """Open *source* (a file, or a bundle's member in memory), read its metadata and
    find its formula cells (rejects if unusable)."""
    wb, book = _opened(source, name)
    if book is None:
        return wb
    path = wb.path
    if not _match_sheets(wb, book):
        return wb
    try:
        found = formula_cells(path, list(wb.sheets.values()))
        wb.formulas = {name: found[title] for name, title in wb.sheets.items() if title in found}
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ) as exc:
        wb.reject(None, None, None, None, f"not a readable .xlsx workbook ({_short(exc)})")
        return wb
    wb.book = book
    return wb


def read(path: Source, name: str | None = None) -> tuple[Workbook, list[Incoming]]:
    """Every revision of every sheet at once (for tests and small files)."""
    wb = open_workbook(path, name)
    found = [
        inc for rtype in records.record_types() for part in wb.revisions(rtype) for inc in part
    ]
    return wb, found


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]


def _fold(name: str) -> str:
    return name.strip().casefold()


def _match_sheets(wb: Workbook, book: Any) -> bool:
    """Find each record type's sheet, whatever its letter case; refuse two
    sheets for one type; warn of a sheet with record columns but no type's name."""
    by_fold: dict[str, list[str]] = {}
    for title in book.sheet_names:
        by_fold.setdefault(_fold(title), []).append(title)
    types = records.record_types()
    for rtype in types:
        titles = by_fold.get(_fold(rtype.name), [])
        if len(titles) > 1:
            wb.reject(
                titles[1],
                None,
                None,
                None,
                f"two sheets for {rtype.name}: {' and '.join(repr(t) for t in titles)}; keep one",
            )
        elif titles:
            wb.sheets[rtype.name] = titles[0]
    known = {
        _fold(n)
        for n in (
            cols.META_SHEET,
            cols.LISTS_SHEET,
            cols.HISTORY_SHEET,
            cols.ERASURES_SHEET,
            *(r.name for r in types),
        )
    }
    for title in book.sheet_names:
        if _fold(title) in known:
            continue
        try:
            head = book.get_sheet_by_name(title).to_python(nrows=HEADER_SEARCH_ROWS)
        except calamine.CalamineError:
            continue  # not ours to read; a sheet we read is checked when read
        if _find_header(head) is not None:
            wb.warn(
                title,
                "its columns are a record sheet's (id, version, ...) but no record type has "
                "this name, so nothing on it was imported; record sheets are named "
                + ", ".join(r.name for r in types),
            )
    return not wb.rejects


def _whole(text: str) -> int | None:
    """A whole number written as ``1``, ``1.0`` or ``1,0``; None for anything else."""
    try:
        number = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not number.is_finite() or number != number.to_integral_value():
        return None
    return int(number)


def _read_meta(wb: Workbook, book: Any) -> bool:
    title = next((t for t in book.sheet_names if _fold(t) == cols.META_SHEET), None)
    if title is None:
        wb.reject(
            None,
            None,
            None,
            None,
            f"no {cols.META_SHEET!r} sheet: not a fieldkit exchange workbook",
        )
        return False
    rows = book.get_sheet_by_name(title).iter_rows()
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
    # The key column is where "format" is: column A as written, B after a
    # re-save that put an index column first (pandas' to_excel()).
    at = next(
        (
            j
            for row in head
            for j, cell in enumerate(row)
            if isinstance(cell, str) and cell.strip() == "format"
        ),
        0,
    )
    for row in _chain(head, rows):
        if len(row) >= at + 2 and isinstance(row[at], str) and row[at].strip():
            value = row[at + 1]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            wb.meta[row[at].strip()] = "" if value is None else str(value).strip()
    if wb.meta.get("format") != cols.FORMAT:
        wb.reject(
            cols.META_SHEET,
            None,
            None,
            "format",
            "not a fieldkit exchange workbook (no format fieldkit-workbook)",
        )
        return False
    written = wb.meta.get("format_version", "")
    version = _whole(written) if written else None
    if version is None or version < 1:
        wb.reject(
            cols.META_SHEET,
            None,
            None,
            "format_version",
            f"the format version {written!r} is not a whole number of 1 or more"
            if written
            else "the format version is missing",
        )
        return False
    profile = wb.meta.get("profile") or "full"
    if profile not in IMPORTABLE:
        wb.reject(
            cols.META_SHEET,
            None,
            None,
            "profile",
            f"a {profile} workbook (names and phones removed, for partners) can never be "
            "imported: import the full export instead",
        )
        return False
    wb.format = version
    if version > cols.FORMAT_VERSION:
        wb.reject(
            cols.META_SHEET,
            None,
            None,
            "format_version",
            f"made by a newer fieldkit (format {version}; this one reads up to "
            f"{cols.FORMAT_VERSION}): update fieldkit to import it",
        )
        return False
    return True


def _find_header(rows: list[list[Any]]) -> int | None:
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {c.strip() for c in row if isinstance(c, str)}
        if "id" in keys and "version" in keys:
            return i
    return None


def _read_sheet(
    wb: Workbook, sheet: Any, rtype: RecordType, formulas: set[str]
) -> Iterator[Incoming]:
    name = wb.sheets.get(rtype.name, rtype.name)  # as the file spells it, for reports
    rows = sheet.iter_rows()  # row i is Excel row i + 1; column j is first_col + j
    first_col = sheet.start[1] if sheet.start else 0
    head: list[list[Any]] = []
    for row in rows:
        head.append(row)
        if len(head) >= HEADER_SEARCH_ROWS or _find_header(head) is not None:
            break
    at = _find_header(head)
    if at is None:
        wb.reject(name, None, None, None, "no header row with the column keys (id, version, ...)")
        return
    letters: dict[str, str] = {}
    index: dict[str, int] = {}
    for j, cell in enumerate(head[at]):
        if not isinstance(cell, str) or not cell.strip():
            continue
        key = cell.strip()
        if key in index:
            wb.reject(
                name,
                at + 1,
                get_column_letter(first_col + j + 1),
                key,
                "this column key appears twice",
            )
            return
        index[key] = j
        letters[key] = get_column_letter(first_col + j + 1)
    required = REQUIRED_SYNC_2 if wb.format >= 2 else REQUIRED_SYNC
    # A format-1 file lacks the fields declared since: they are empty in it.
    wanted = [f.name for f in rtype.fields if wb.format >= 2 or not f.added]
    missing = [k for k in (*required, *wanted) if k not in index]
    if missing:
        wb.reject(name, at + 1, None, None, f"columns missing: {', '.join(missing)}")
        return
    field_index = [(f.name, index[f.name]) for f in rtype.fields if f.name in index]
    # Only our columns count: a coordinator's own columns (unknown keys) may
    # hold notes and formulas; they are not imported.
    ours = [k for k in (*ALL_SYNC_KEYS, *rtype.field_names()) if k in index]
    ours_at = [index[k] for k in ours]
    key_of_letter = {letters[k]: k for k in ours}
    formula_rows: dict[int, list[str]] = {}
    for ref in formulas:
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        if m and m.group(1) in key_of_letter:
            formula_rows.setdefault(int(m.group(2)), []).append(m.group(1))
    layout = Layout(
        rtype,
        index,
        field_index,
        letters,
        sheet=name,
        format=wb.format,
        digests=wb.digests.setdefault(rtype.name, []),
    )

    def reject(key: str, reason: str, number: int) -> None:
        wb.reject(name, number, letters.get(key), key, reason)

    id_at = index["id"]
    remaining = [*head[at + 1 :]]
    number = at + 1
    for row in _chain(remaining, rows):
        number += 1
        if len(wb.rejects) >= MAX_REJECTS:  # memory: a file of bad rows is not read to its end
            wb.reject(name, number, None, None, f"more than {MAX_REJECTS:,} problems: stopped here")
            return
        if not any(row[j] not in ("", None) for j in ours_at if j < len(row)):
            continue  # blank row (in our columns)
        rid = row[id_at] if id_at < len(row) else ""
        if isinstance(rid, str) and rid.strip() == _ID_LABEL:
            continue  # the label row
        if number in formula_rows:
            for letter in sorted(formula_rows[number]):
                wb.reject(
                    name,
                    number,
                    letter,
                    key_of_letter.get(letter),
                    "a formula is not data: replace it by its value",
                )
            _count(wb, rtype.name)
            continue
        inc = read_row(layout, row, number, wb.meta, wb.name, reject)
        if inc is None:
            _count(wb, rtype.name)
        else:
            yield inc


def _chain(first: Sequence[list[Any]], rest: Any) -> Any:
    yield from first
    yield from rest


def _count(wb: Workbook, sheet: str) -> None:
    wb.rows_rejected[sheet] = wb.rows_rejected.get(sheet, 0) + 1
