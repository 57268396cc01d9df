"""What an imported .xlsx may hold, checked before any reader opens it.

A workbook arriving on a USB stick may be damaged or malicious. The reader
(python-calamine) inflates a sheet's XML and keeps that sheet's cells as a
dense grid, so three kinds of file would take the importer down rather than be
refused: a zip bomb (a member inflating to gigabytes), a sheet whose cells
span a vast area (one cell at ``A1`` and one at ``XFD1048576`` asks for half a
terabyte), and a sheet with more rows than fieldkit ever exchanges. And an
XML entity-expansion ("billion laughs") bomb is an error deep in a parser.

:func:`check` streams every member once, a megabyte at a time, and counts what
it really holds (a zip header may lie about sizes): it refuses the file before
reading any cell if a member inflates beyond :data:`LIMITS`, if any XML part
declares a DTD (Office Open XML never uses one), or if a sheet spans more rows
or cells than allowed. Memory stays at a few megabytes whatever the file; time
is bounded by the byte limits. The figures leave ample room: a 100,000-record
export is 17 MB on disk, 109 MB unpacked, its largest sheet 41 MB and 40,000
rows (800,000 cells); a sheet at the cell limit (125,000 rows of 20 short
text cells) makes the whole import peak near 350 MB.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from fieldkit.sync.workbook.source import Member, Source, zip_of


@dataclass(frozen=True)
class Limits:
    sheet_bytes: int = 192 * 1024**2  # a worksheet or the shared strings, unpacked
    part_bytes: int = 16 * 1024**2  # any other member (workbook.xml, styles, ...)
    total_bytes: int = 1024**3  # all members, unpacked
    members: int = 10_000
    rows: int = 300_000  # per sheet (the row number reached, blank rows included)
    cells: int = 2_500_000  # per sheet: rows x columns of the area its cells span


LIMITS = Limits()
_CHUNK = 1 << 20
_CARRY = 4096
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_P = rb"<(?:[A-Za-z_][\w.-]*:)?"
_ROW = re.compile(_P + rb"row\b[^>]*?\sr=\"(\d+)\"")
_ROW_ANY = re.compile(_P + rb"row[\s>/]")
_CELL_REF = re.compile(_P + rb"c\b[^>]*?\sr=\"([A-Z]+)(\d+)\"")
_CELL_ANY = re.compile(_P + rb"c[\s>/]")
_FAST_ROW = re.compile(rb'<row r="(\d+)"')
_FAST_CELL = re.compile(rb'<c r="([A-Z]+)')
_FAST_CELL_ROW = re.compile(rb'<c r="[A-Z]+(\d+)"')
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:(?:row|c)[\s>/]")
_SLOW = re.compile(rb'<(?:row|c)(?:[\t\n\r>/]| (?!r="))')  # a tag the fast path cannot read


class Refused(ValueError):
    """The file is refused before it is read; the message says why (one line)."""


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


class _Extent:
    """The rows and columns a sheet's cells span, from its XML as it streams by."""

    def __init__(self) -> None:
        self.rows = 0  # the greatest row number seen (explicit or by count)
        self.row_tags = 0
        self.columns = 0

    def feed(self, buf: bytes) -> None:
        # Fast path, for how Excel, LibreOffice and openpyxl write: r="" first, no prefix.
        if not _SLOW.search(buf) and not (
            (b":row" in buf or b":c" in buf) and _PREFIXED.search(buf)
        ):
            rows = _FAST_ROW.findall(buf)
            self.row_tags += len(rows)
            # A cell is placed by its own reference, whatever its row says.
            self._note([*rows, *set(_FAST_CELL_ROW.findall(buf))], set(_FAST_CELL.findall(buf)))
            return
        self.row_tags += len(_ROW_ANY.findall(buf))
        refs = set(_CELL_REF.findall(buf))
        self._note([*_ROW.findall(buf), *(n for _, n in refs)], {c for c, _ in refs})
        if len(_CELL_ANY.findall(buf)) > sum(1 for _ in _CELL_REF.finditer(buf)):
            # Cells placed by position (no r=""): count them row by row.
            for segment in _ROW_ANY.split(buf):
                self.columns = max(self.columns, len(_CELL_ANY.findall(segment)))

    def _note(self, row_numbers: list[bytes], letters: set[bytes]) -> None:
        self.rows = max(self.rows, self.row_tags, *(int(n) for n in row_numbers))
        if letters:
            self.columns = max(self.columns, *(_column(c) for c in letters))


def _scan(z: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, sheet: str | None) -> int:
    """Stream one member; *sheet* (its name, or "" if unknown) when it is a worksheet."""
    what = f"sheet {sheet}" if sheet else info.filename
    if info.file_size > cap:
        raise Refused(
            f"{what} would unpack to {info.file_size:,} bytes, more than the {cap:,} allowed "
            "(a zip bomb, or far more than fieldkit exchanges)"
        )
    is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
    extent = _Extent() if sheet is not None else None
    seen = 0
    carry = b""
    with z.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            seen += len(chunk)
            if seen > cap:
                raise Refused(
                    f"{what} unpacks to more than its header declares and the {cap:,} bytes "
                    "allowed: refused as a zip bomb"
                )
            if not is_xml:
                continue
            buf = carry + chunk
            if _DTD.search(buf):
                raise Refused(
                    f"{what} declares XML entities (a DTD), which a workbook never has: "
                    "refused as an entity-expansion bomb"
                )
            if extent is not None:
                # Feed whole tags only: cut before the last "<"; the rest waits for more.
                cut = buf.rfind(b"<")
                cut = cut if cut > len(buf) - _CARRY else len(buf)
                extent.feed(buf[:cut])
                carry = buf[cut:]
                if extent.rows > LIMITS.rows:
                    raise Refused(
                        f"{what} has more than {LIMITS.rows:,} rows, more than fieldkit "
                        "imports from one sheet; split the workbook"
                    )
                if extent.rows * extent.columns > LIMITS.cells:
                    raise Refused(
                        f"{what} spans {extent.rows:,} rows by {extent.columns:,} columns, more "
                        f"than the {LIMITS.cells:,} cells fieldkit reads from one sheet"
                    )
            else:
                carry = buf[-16:]
    if extent is not None and carry:
        extent.feed(carry)
        if extent.rows > LIMITS.rows or extent.rows * extent.columns > LIMITS.cells:
            raise Refused(f"{what} spans more rows or cells than fieldkit reads from one sheet")
    return seen


def _sheet_names(z: zipfile.ZipFile) -> dict[str, str]:
    """Zip member -> sheet name (after the workbook parts passed the checks)."""
    from fieldkit.sync.workbook.formulas import sheet_parts

    try:
        return {part: name for name, part in sheet_parts(z).items()}
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return {}  # the reader says what is wrong with it


# Files already found safe, by (path, size, modification time): the Sync screen,
# transfer and the reader may each check the same file in one run.
_PASSED: dict[tuple[str, int, int], None] = {}


def check(path: Source) -> None:
    """Refuse (:class:`Refused`) an .xlsx that is unsafe to hand to a reader.

    A file that is simply not a zip passes: the reader refuses it in its own words.
    """
    if isinstance(path, Member):
        try:
            z = zip_of(path)
        except (zipfile.BadZipFile, ValueError):
            return
        with z:
            _check(z)
        return
    try:
        st = os.stat(path)
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    seen = (str(Path(path).resolve()), st.st_size, st.st_mtime_ns)
    if seen in _PASSED:
        z.close()
        return
    with z:
        _check(z)
    _PASSED[seen] = None
    if len(_PASSED) > 256:
        del _PASSED[next(iter(_PASSED))]


def _check(z: zipfile.ZipFile) -> None:
    infos = z.infolist()
    if len(infos) > LIMITS.members:
        raise Refused(f"{len(infos):,} parts, more than the {LIMITS.members:,} allowed")
    declared = sum(i.file_size for i in infos)
    if declared > LIMITS.total_bytes:
        raise Refused(
            f"would unpack to {declared:,} bytes, more than the {LIMITS.total_bytes:,} "
            "allowed (a zip bomb, or far more than fieldkit exchanges)"
        )
    big = [i for i in infos if _is_sheet_or_strings(i.filename)]
    small = [i for i in infos if not _is_sheet_or_strings(i.filename)]
    total = 0
    try:
        for info in small:
            total += _scan(z, info, LIMITS.part_bytes, None)
        names = _sheet_names(z)
        for info in big:
            sheet = names.get(info.filename, "") if _is_sheet(info.filename) else None
            total += _scan(z, info, LIMITS.sheet_bytes, sheet)
            if total > LIMITS.total_bytes:
                raise Refused(
                    f"unpacks to more than the {LIMITS.total_bytes:,} bytes allowed: "
                    "refused as a zip bomb"
                )
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise Refused(f"damaged ({_short(exc)})") from None
    except zlib.error as exc:  # a damaged deflate stream
        raise Refused(f"damaged ({_short(exc)})") from None


def _is_sheet(name: str) -> bool:
    return name.lower().startswith("xl/worksheets/") and name.lower().endswith(".xml")


def _is_sheet_or_strings(name: str) -> bool:
    return _is_sheet(name) or name.lower().endswith("sharedstrings.xml")


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]
