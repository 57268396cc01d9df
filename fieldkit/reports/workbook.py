"""The report workbook: one sheet per table with HXL hashtags under the labels,
month and type summaries with native Excel charts, and an About sheet."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from fieldkit import __version__
from fieldkit.reports.figures import Column, Report, Table
from fieldkit.storage.files import atomic_write
from fieldkit.sync.workbook import spool

TOTAL = "Total"  # the first cell of a sheet's totals row
BOLD = Font(bold=True)
HXL_FONT = Font(italic=True, color="666666")
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SHEET_NAMES = {
    "sessions": "Sessions",
    "visits": "Home visits",
    "overdue": "Follow-ups overdue",
    "assistance": "Assistance",
    "reached": "People reached",
}


def _cell(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def _put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    c = ws.cell(row=row, column=col, value=_cell(value))
    if isinstance(value, str):
        c.data_type = "s"  # never a formula, whatever the text starts with


def _sheet(
    wb: Workbook, title: str, columns: list[Column], rows: list[tuple[Any, ...]]
) -> Worksheet:
    ws: Worksheet = wb.create_sheet(title)  # openpyxl says Any: write-only books make another kind
    for j, col in enumerate(columns, start=1):
        _put(ws, 1, j, col.label)
        _put(ws, 2, j, col.hxl)
        ws.cell(row=1, column=j).font = BOLD
        ws.cell(row=1, column=j).fill = HEAD_FILL
        ws.cell(row=2, column=j).font = HXL_FONT
        ws.column_dimensions[get_column_letter(j)].width = max(12, min(40, len(col.label) + 4))
    for i, r in enumerate(rows, start=3):
        for j, value in enumerate(r, start=1):
            _put(ws, i, j, value)
            if columns[j - 1].key.startswith("value"):
                ws.cell(row=i, column=j).number_format = "#,##0.00"
            elif hasattr(value, "isoformat"):
                ws.cell(row=i, column=j).number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A3"
    if rows:
        ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{len(rows) + 2}"
        # Totals below a blank row, outside the filter: sorting or filtering the
        # figures leaves them where they are. (An HXL tool reads every row; the
        # blank row and "Total" in the first column mark where the data end.)
        at = len(rows) + 4
        for j, value in enumerate(Table("", "", columns, rows).totals(), start=1):
            _put(ws, at, j, TOTAL if j == 1 else value)
            ws.cell(row=at, column=j).font = BOLD
            if columns[j - 1].key.startswith("value"):
                ws.cell(row=at, column=j).number_format = "#,##0.00"
    return ws


def _bar(
    ws: Worksheet,
    title: str,
    y_title: str,
    cats_col: int,
    first: int,
    last: int,
    n_rows: int,
    anchor: str,
    stacked: bool = False,
) -> None:
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.y_axis.title = y_title
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    data = Reference(ws, min_col=first, max_col=last, min_row=1, max_row=n_rows + 2)
    chart.add_data(data, titles_from_data=True)
    # Row 2 holds the HXL tags: categories and values start at row 3.
    for s in chart.series:
        s.val.numRef.f = (
            s.val.numRef.f.replace("$2", "$3", 1) if "$2" in s.val.numRef.f else s.val.numRef.f
        )
    chart.set_categories(Reference(ws, min_col=cats_col, min_row=3, max_row=n_rows + 2))
    chart.width, chart.height = 22, 11
    ws.add_chart(chart, anchor)


def _month_totals(table: Table) -> tuple[list[Column], list[tuple[Any, ...]]]:
    keys = ["sessions", "girls", "boys", "women", "men", "total", "with_disability"]
    sums: dict[str, list[int]] = defaultdict(lambda: [0] * len(keys))
    for row in table.as_dicts():
        acc = sums[row["month"]]
        for i, k in enumerate(keys):
            acc[i] += int(row[k])
    cols = [table.columns[0], *(c for c in table.columns if c.key in keys)]
    return cols, [(m, *v) for m, v in sorted(sums.items())]


def _type_totals(table: Table) -> tuple[list[Column], list[tuple[Any, ...]]]:
    sums: dict[str, list[Any]] = {}
    for row in table.as_dicts():
        acc = sums.setdefault(row["type_label"], [0, Decimal(0)])
        acc[0] += row["items"]
        acc[1] += row["value_azn"]
    cols = [
        Column("type_label", "Type", "#activity+name"),
        Column("items", "Deliveries", "#activity+num", total="sum"),
        Column("value_azn", "Value (AZN)", "#value+total+azn", total="sum"),
    ]
    return cols, [(k, *v) for k, v in sorted(sums.items())]


def write(report: Report, path: Path) -> Path:
    """Write the report atomically (temporary file in the same folder, then rename)."""
    wb = Workbook()
    about = wb.active
    assert about is not None
    about.title = "About"
    lines = [
        ("fieldkit report", ""),
        ("Period from", report.date_from.isoformat() if report.date_from else "all records"),
        ("Period to", report.date_to.isoformat() if report.date_to else "all records"),
        ("District", report.district or "all districts"),
        ("Follow-ups overdue as of", report.as_of.isoformat()),
        ("Generated", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("fieldkit version", __version__),
        ("", ""),
    ] + [(t.title, t.note) for t in report.tables]
    for i, (k, v) in enumerate(lines, start=1):
        _put(about, i, 1, k)
        _put(about, i, 2, v)
        about.cell(row=i, column=1).font = BOLD
    about.column_dimensions["A"].width = 60
    about.column_dimensions["B"].width = 80

    for table in report.tables:
        _sheet(wb, SHEET_NAMES[table.key], table.columns, table.rows)

    cols, rows = _month_totals(report.table("sessions"))
    ws = _sheet(wb, "Sessions by month", cols, rows)
    if rows:
        _bar(
            ws,
            "Awareness session attendance by month",
            "Participants",
            1,
            3,
            6,
            len(rows),
            "J2",
            stacked=True,
        )
    cols, rows = _type_totals(report.table("assistance"))
    ws = _sheet(wb, "Assistance by type", cols, rows)
    if rows:
        _bar(ws, "Livelihood assistance delivered (AZN)", "AZN", 1, 3, 3, len(rows), "E2")

    # A report is small: build it in memory, so a full disk fails on our own
    # write (a clean error) rather than inside openpyxl's zip writer.
    buffer = io.BytesIO()
    spool.save(wb, buffer)  # no openpyxl temporary file with the figures in $TMPDIR
    path = Path(path)
    with atomic_write(path, prefix=".report-") as fh:
        fh.write(buffer.getbuffer())
    return path
