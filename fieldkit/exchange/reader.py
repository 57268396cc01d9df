"""Import, step one: read a workbook into validated revisions, or say why not.

Reader choice: python-calamine (Rust) rather than openpyxl's read-only mode.
On 100,000 rows openpyxl read-only alone takes about 15-25 s — longer than
the whole import may take — and calamine about 1.5 s. Calamine holds one sheet's
cells in Rust memory while its rows become Python objects one at a time
(``iter_rows``), and the import merges 5,000 rows at a time, so the peak stays
well under the 300 MB budget (a whole 100,000-record import peaks at about
185 MB; ``benchmarks/bench_exchange.py``). Calamine reports a formula cell's
cached value, not the formula, so formulas are found separately by scanning
the sheet's XML (:mod:`fieldkit.exchange.formulas`).

Columns are found by their key in the header row, wherever they are (reordered,
hidden, extra columns are ignored); blank rows and the label row are skipped;
every cell goes through :func:`fieldkit.validate.clean`.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import python_calamine as calamine
from lxml import etree
from openpyxl.utils import get_column_letter

from fieldkit import declare, store
from fieldkit.dbtypes import parse_utc
from fieldkit.declare import FieldSpec, Kind, RecordType
from fieldkit.exchange import columns as cols
from fieldkit.exchange.formulas import formula_cells
from fieldkit.exchange.result import Incoming, Reject
from fieldkit.validate import Invalid, ValidationError, clean, coerce

REQUIRED_SYNC = ("id", "version", "updated_at", "device_id", "deleted")
HEADER_SEARCH_ROWS = 10
_HEX64 = re.compile(r"[0-9a-f]{64}")
_VERSION = FieldSpec(Kind.INT, "Version", minimum=1, name="version")
_BOOL = FieldSpec(Kind.BOOL, "Deleted", name="deleted")
_ID_LABEL = cols.SYNC_COLUMNS[0].label
_DATE_FIELDS: dict[str, list[str]] = {}
_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2_958_466  # 9999-12-31


class Workbook:
    """One file being imported: its metadata, its refused cells, and its rows
    read a sheet at a time (:meth:`revisions`), so memory holds one chunk."""

    def __init__(self, path: Path, name: str) -> None:
        self.path = path
        self.name = name  # how the file is named in reports and in revision.source
        self.meta: dict[str, str] = {}
        self.rejects: list[Reject] = []
        self.rows_rejected: dict[str, int] = {}
        self.book: Any = None
        self.formulas: dict[str, set[str]] = {}

    def reject(
        self, sheet: str | None, row: int | None, column: str | None, key: str | None, reason: str
    ) -> None:
        self.rejects.append(Reject(self.name, sheet, row, column, key, reason))

    def revisions(self, rtype: RecordType, chunk: int = 5000) -> Iterator[list[Incoming]]:
        """The validated revisions of *rtype*'s sheet, *chunk* rows at a time;
        refused cells go to :attr:`rejects`."""
        if self.book is None or rtype.name not in self.book.sheet_names:
            return
        sheet = self.book.get_sheet_by_name(rtype.name)
        out: list[Incoming] = []
        for inc in _read_sheet(self, sheet, rtype, self.formulas.get(rtype.name, set())):
            out.append(inc)
            if len(out) >= chunk:
                yield out
                out = []
        if out:
            yield out


def open_workbook(path: Path | str, name: str | None = None) -> Workbook:
    """Open *path*, read its metadata and find its formula cells (rejects if unusable)."""
    path = Path(path)
    wb = Workbook(path, name or path.name)
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several kinds for damaged files
        wb.reject(None, None, None, None, f"not a readable .xlsx workbook ({_short(exc)})")
        return wb
    if not _read_meta(wb, book):
        return wb
    types = {r.name for r in declare.record_types()}
    present = [s for s in book.sheet_names if s in types]
    try:
        wb.formulas = formula_cells(path, present)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        wb.reject(None, None, None, None, f"not a readable .xlsx workbook ({_short(exc)})")
        return wb
    wb.book = book
    return wb


def read(path: Path | str, name: str | None = None) -> tuple[Workbook, list[Incoming]]:
    """Every revision of every sheet at once (for tests and small files)."""
    wb = open_workbook(path, name)
    found = [
        inc for rtype in declare.record_types() for part in wb.revisions(rtype) for inc in part
    ]
    return wb, found


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]


def _read_meta(wb: Workbook, book: Any) -> bool:
    if cols.META_SHEET not in book.sheet_names:
        wb.reject(
            None,
            None,
            None,
            None,
            f"no {cols.META_SHEET!r} sheet: not a fieldkit exchange workbook",
        )
        return False
    for row in book.get_sheet_by_name(cols.META_SHEET).iter_rows():
        if len(row) >= 2 and isinstance(row[0], str) and row[0].strip():
            value = row[1]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            wb.meta[row[0].strip()] = "" if value is None else str(value).strip()
    if wb.meta.get("format") != cols.FORMAT:
        wb.reject(
            cols.META_SHEET,
            None,
            None,
            "format",
            "not a fieldkit exchange workbook (no format fieldkit-workbook)",
        )
        return False
    try:
        version = int(wb.meta.get("format_version", ""))
    except ValueError:
        version = 0
    if version < 1:
        wb.reject(cols.META_SHEET, None, None, "format_version", "the format version is missing")
        return False
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
    name = rtype.name
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
    missing = [k for k in (*REQUIRED_SYNC, *rtype.field_names()) if k not in index]
    if missing:
        wb.reject(name, at + 1, None, None, f"columns missing: {', '.join(missing)}")
        return
    field_index = [(f.name, index[f.name]) for f in rtype.fields]
    # Only our columns count: a coordinator's own columns (unknown keys) may
    # hold notes and formulas; they are not imported.
    ours = [k for k in (*cols.SYNC_KEYS, *rtype.field_names()) if k in index]
    ours_at = [index[k] for k in ours]
    key_of_letter = {letters[k]: k for k in ours}
    formula_rows: dict[int, list[str]] = {}
    for ref in formulas:
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        if m and m.group(1) in key_of_letter:
            formula_rows.setdefault(int(m.group(2)), []).append(m.group(1))
    canonical = cols.canonicalizer(rtype)
    id_at = index["id"]
    remaining = [*head[at + 1 :]]
    number = at + 1
    for row in _chain(remaining, rows):
        number += 1
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
            _count(wb, name)
            continue
        inc = _read_row(wb, rtype, row, number, index, field_index, letters, canonical)
        if inc is not None:
            yield inc


def _chain(first: Sequence[list[Any]], rest: Any) -> Any:
    yield from first
    yield from rest


def _count(wb: Workbook, sheet: str) -> None:
    wb.rows_rejected[sheet] = wb.rows_rejected.get(sheet, 0) + 1


def _cell(row: list[Any], j: int) -> Any:
    return row[j] if j < len(row) else None


def _stamp(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, str):
        try:
            return cols.parse_stamp(value.strip())
        except ValueError:
            pass
    raise Invalid(f"{value!r} is not a UTC timestamp like 2025-03-12T10:15:00.000000Z")


def _read_row(
    wb: Workbook,
    rtype: RecordType,
    row: list[Any],
    number: int,
    index: dict[str, int],
    field_index: list[tuple[str, int]],
    letters: dict[str, str],
    canonical: Callable[[list[Any]], str],
) -> Incoming | None:
    name = rtype.name
    bad = False
    date_fields = _DATE_FIELDS.get(name)
    if date_fields is None:
        date_fields = _DATE_FIELDS[name] = [f.name for f in rtype.fields if f.kind is Kind.DATE]

    def fail(key: str, reason: str) -> None:
        nonlocal bad
        bad = True
        wb.reject(name, number, letters.get(key), key, reason)

    rid = _cell(row, index["id"])
    rid = rid.strip() if isinstance(rid, str) else rid
    if not isinstance(rid, str) or not cols.looks_like_id(rid):
        fail(
            "id",
            "a row needs the id it was exported with (new records cannot be added here)"
            if rid in ("", None)
            else f"{rid!r} is not a record id",
        )
    meta: dict[str, Any] = {}
    for key, convert in (
        ("version", lambda v: coerce(_VERSION, v)),
        ("updated_at", _stamp),
        ("deleted", lambda v: bool(coerce(_BOOL, v))),
    ):
        try:
            meta[key] = convert(_cell(row, index[key]))
            if meta[key] is None:
                raise Invalid("is required")
        except Invalid as exc:
            fail(key, str(exc))
    created = _cell(row, index["created_at"]) if "created_at" in index else None
    try:
        meta["created_at"] = _stamp(created) if created not in ("", None) else None
    except Invalid as exc:
        fail("created_at", str(exc))
    device = _cell(row, index["device_id"])
    device = str(device).strip() if device not in ("", None) else ""
    if not device or len(device) > 36:
        fail("device_id", "needs the id of the device that made the revision (up to 36 characters)")
    exported_fp = _cell(row, index["fingerprint"]) if "fingerprint" in index else None
    exported_fp = exported_fp.strip().lower() if isinstance(exported_fp, str) else exported_fp
    if exported_fp not in ("", None) and not (
        isinstance(exported_fp, str) and _HEX64.fullmatch(exported_fp)
    ):
        fail("fingerprint", "is not a SHA-256 fingerprint (64 hexadecimal digits)")
    try:
        raw = {f: _cell(row, j) for f, j in field_index}
        for f in date_fields:
            raw[f] = _serial_date(raw[f])
        content = clean(rtype, raw)
    except ValidationError as exc:
        for e in exc.errors:
            fail(e.field, e.message)
        content = {}
    if bad:
        _count(wb, name)
        return None
    content_json = canonical(list(content.values()))
    fp = store.fingerprint(content_json)
    version, updated, device_id = meta["version"], meta["updated_at"], device
    edited = bool(exported_fp) and exported_fp != fp
    if edited:
        version, updated, device_id = _edit_metadata(wb.meta, version, updated)
    return Incoming(
        record_type=name,
        id=rid,
        version=version,
        created_at=meta["created_at"] or meta["updated_at"],
        updated_at=updated,
        device_id=device_id,
        deleted=meta["deleted"],
        content=content,
        content_json=content_json,
        fingerprint=fp,
        edited=edited,
        file=wb.name,
        sheet=name,
        row=number,
        letters=letters,
    )


def _serial_date(value: Any) -> Any:
    """A date cell whose format was changed to General shows its serial number
    (days since 1899-12-30 in Excel's 1900 system); read it as that date."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < _MAX_SERIAL and float(value).is_integer():
            return _EPOCH + timedelta(days=int(value))
    return value


def _edit_metadata(
    meta: dict[str, str], version: int, updated: datetime
) -> tuple[int, datetime, str]:
    """The metadata of a revision made by editing a row in the spreadsheet.

    Deterministic, from the file alone (never "now", never the importing
    device), so importing the same edited workbook twice, or into another
    database, makes the same revision: version + 1; changed at the later of
    the export time and the base revision's time + 1 µs; made by the
    workbook device of the exporting device (:func:`columns.workbook_device`).
    """
    when = updated + cols.EDIT_TICK
    try:
        exported = parse_utc(meta.get("exported_at", ""))
        when = max(when, exported)
    except ValueError:
        pass
    return version + 1, when, cols.workbook_device(meta.get("device_id") or "unknown")
