"""Tables that show what an import or merge would do: counts per record type,
every rejected cell with its place (file, sheet, row, column) and reason, and
the warnings: no refusal, but something a person should know (a sheet that
looks like records yet was not read)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit import records
from ui.strings import i18n

if TYPE_CHECKING:  # the workbook reader brings openpyxl: not at start-up (the Due screen, Help)
    from fieldkit.sync.workbook import ImportResult, Reject, TypeCounts

FIT_MIN = 90  # a column that gives way to fit the table's width keeps this much
COUNT_KEYS = ("new", "updated", "unchanged", "conflicts", "rejected")


def shown(text: str) -> str:
    """Translate a text listed below in the "ImportResult" context."""
    return QCoreApplication.translate("ImportResult", text)


# For pyside6-lupdate, which reads only literal translate() calls.
_TEXTS = [
    QT_TRANSLATE_NOOP("ImportResult", "New"),
    QT_TRANSLATE_NOOP("ImportResult", "Updated"),
    QT_TRANSLATE_NOOP("ImportResult", "Unchanged"),
    QT_TRANSLATE_NOOP("ImportResult", "Conflicts"),
    QT_TRANSLATE_NOOP("ImportResult", "Rejected"),
    QT_TRANSLATE_NOOP("ImportResult", "Revisions"),
    QT_TRANSLATE_NOOP("ImportResult", "Total"),
    QT_TRANSLATE_NOOP("ImportResult", "Records"),
    QT_TRANSLATE_NOOP("ImportResult", "File"),
    QT_TRANSLATE_NOOP("ImportResult", "Sheet"),
    QT_TRANSLATE_NOOP("ImportResult", "Row"),
    QT_TRANSLATE_NOOP("ImportResult", "Column"),
    QT_TRANSLATE_NOOP("ImportResult", "Reason"),
    QT_TRANSLATE_NOOP("ImportResult", "Warning"),
    QT_TRANSLATE_NOOP(
        "ImportResult", "Warnings: nothing refused, but read these (what was not imported)"
    ),
]


def count_label(key: str) -> str:
    return {
        "new": shown("New"),
        "updated": shown("Updated"),
        "unchanged": shown("Unchanged"),
        "conflicts": shown("Conflicts"),
        "rejected": shown("Rejected"),
        "revisions": shown("Revisions"),
    }.get(key, key)


def type_heading(name: str) -> str:
    """A record type's plural, translated; a sheet name that is no type stays as it is."""
    try:
        return i18n.declared(records.get(name).plural)
    except (KeyError, LookupError):
        return name


def short_file(name: str) -> str:
    """A file as a person knows it: its name, or ``bundle.fkb/records.xlsx``."""
    parts = name.replace("\\", "/").split("/")
    if len(parts) > 1 and parts[-2].lower().endswith(".fkb"):
        return "/".join(parts[-2:])
    return parts[-1]


def item(value: Any, *, number: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem("" if value is None else str(value))
    if len(cell.text()) > 24:  # narrow columns elide it; the whole text on hover
        cell.setToolTip(cell.text())
    if number:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


class ReadOnlyTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # narrowed: "…"
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.wanted: list[int] = []  # each column's width for its content (fill)

    def fill(
        self, headers: Sequence[str], rows: Sequence[Sequence[Any]], numeric: Sequence[int] = ()
    ) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.setItem(r, c, item(value, number=c in numeric))
        self.resizeColumnsToContents()
        self.wanted = [self.columnWidth(c) for c in range(self.columnCount())]
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their content; when together they are wider than
        the table, the widest give way first (down to FIT_MIN, the whole text on
        hover), so that no table scrolls sideways on a narrow window (1366
        pixels at 125 % scaling leave 1093). The last column takes what is left."""
        if not self.wanted:
            return
        bar = self.verticalScrollBar().sizeHint().width()  # room for it, shown or not
        room = self.width() - 2 * self.frameWidth() - bar
        cap = max(self.wanted)
        while sum(min(w, cap) for w in self.wanted) > room and cap > FIT_MIN:
            cap -= 10
        header = self.horizontalHeader()
        for c, width in enumerate(self.wanted):
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive:
                self.setColumnWidth(c, min(width, cap))
        header.setStretchLastSection(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


class CountsTable(ReadOnlyTable):
    def show_counts(self, result: ImportResult | None) -> None:
        counts: dict[str, TypeCounts] = dict(result.counts) if result else {}
        order = [t.name for t in records.record_types()]
        names = sorted(counts, key=lambda n: order.index(n) if n in order else len(order))
        rows = [[type_heading(n), *(getattr(counts[n], k) for k in COUNT_KEYS)] for n in names]
        if rows:
            rows.append(
                [shown("Total"), *(sum(getattr(c, k) for c in counts.values()) for k in COUNT_KEYS)]
            )
        self.fill([shown("Records"), *(count_label(k) for k in COUNT_KEYS)], rows, range(1, 6))
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(
            self.horizontalHeader().height() + 8 + self.rowHeight(0) * max(len(rows), 1) + 4
        )


class RejectsTable(ReadOnlyTable):
    def show_rejects(self, rejects: Sequence[Reject]) -> None:
        rows = [
            [
                short_file(r.file),
                r.sheet or "",
                r.row or "",
                (r.column or "") + (f" ({r.key})" if r.key else ""),
                r.reason,
            ]
            for r in rejects
        ]
        self.fill(
            [shown("File"), shown("Sheet"), shown("Row"), shown("Column"), shown("Reason")],
            rows,
            (2,),
        )
        self.horizontalHeader().setStretchLastSection(True)


class WarningsBox(QWidget):
    """The warnings of an import or merge, apart from its refusals: its heading
    says nothing was refused; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(
            shown("Warnings: nothing refused, but read these (what was not imported)")
        )
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.table = ReadOnlyTable()
        self.table.setWordWrap(True)  # a reason is a sentence: read whole, not elided
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.show_warnings([])

    def show_warnings(self, warnings: Sequence[Reject]) -> None:
        rows = [[short_file(w.file), w.sheet or "", w.reason] for w in warnings]
        self.table.fill([shown("File"), shown("Sheet"), shown("Warning")], rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMaximumHeight(min(header.height() + rows_height + 6, 180))
        self.setVisible(bool(warnings))
