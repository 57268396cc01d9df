"""Import: the erasures sheet of a format-2 workbook (docs/exchange-format.md, "Erasures").

Each row names a revision the file carries that erases a person
(:mod:`fieldkit.erasure`). The sheet is hidden, not for editing, and signed
like every sheet. Which of its rows are applied is the importer's to decide:
only an erasure the file may bring (its author's own file, or HQ's), carried
by the file with its content, and blank as an erasure leaves a record.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from fieldkit import records
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import signature

if TYPE_CHECKING:
    from fieldkit.sync.workbook.reader import Workbook


@dataclass(frozen=True)
class Mark:
    """One row of the erasures sheet: the revision *rev* of a record erases it."""

    record_type: str
    id: str
    rev: str
    sheet: str
    row: int
    letters: dict[str, str]


def read(wb: Workbook, sheet: Any, title: str) -> Iterator[Mark]:
    rows = sheet.iter_rows()
    head = next(rows, None)
    index = {c.strip(): j for j, c in enumerate(head or []) if isinstance(c, str) and c.strip()}
    missing = [k for k in cols.ERASURE_COLUMNS if k not in index]
    if missing:
        wb.reject(title, 1, None, None, f"columns missing: {', '.join(missing)}")
        return
    letters = {k: get_column_letter(j + 1) for k, j in index.items()}
    types = {r.name for r in records.record_types()}
    digests = wb.digests.setdefault(cols.ERASURES_SHEET, [])
    for number, row in enumerate(rows, start=2):
        cell = {k: (row[j] if j < len(row) else None) for k, j in index.items()}
        if all(v in ("", None) for v in cell.values()):
            continue
        text = {k: "" if cell.get(k) is None else str(cell[k]).strip() for k in index}
        rtype, rid, rev = text["record_type"], text["id"], text["rev"].lower()
        problems = []
        if rtype not in types:
            problems.append(("record_type", f"{rtype!r} is not a record type"))
        if not cols.looks_like_id(rid):
            problems.append(("id", f"{rid!r} is not a record id"))
        if not cols.is_rev(rev):
            problems.append(("rev", "is not a revision address (64 hexadecimal digits)"))
        for key, reason in problems:
            wb.reject(title, number, letters.get(key), key, reason)
        if not problems:
            digests.append(signature.erasure_digest(rtype, rid, rev))
            yield Mark(rtype, rid, rev, title, number, letters)
