"""One record type's screen: filter bar, count, the list, and its actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit import records, store
from ui.bus import Context
from ui.records.filters import FilterBar
from ui.records.model import RecordTableModel
from ui.strings import i18n

COLUMN_MIN = 160  # a column cut to fit is at least this wide


class RecordListPage(QWidget):
    """Unlike the tool screens (:class:`ui.screen.Screen`), a list reads itself
    again on a change even while hidden: it is one page of rows, and its count is
    right the moment a person switches to it."""

    open_requested = Signal(object)  # the record to open in its form

    def __init__(self, ctx: Context, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rtype = records.get(type_name)
        self.model = RecordTableModel(ctx, type_name, self)
        self.filters = FilterBar(ctx.db, self.rtype)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        # Sorting is the database's (query.search order_by); not setSortingEnabled,
        # which would sort once more on construction.
        sort_header = self.table.horizontalHeader()
        sort_header.setSectionsClickable(True)
        sort_header.setSortIndicatorShown(True)
        sort_header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        sort_header.sortIndicatorChanged.connect(self.model.sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # a stretched number column reads badly
        header.setResizeContentsPrecision(0)  # sized to the rows in view, not 1,000 read for it
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed column: "Согласие…"
        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Open"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.history_button = QPushButton(self.tr("History"))
        for b in (self.new_button, self.edit_button, self.delete_button, self.history_button):
            b.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for b in (self.new_button, self.edit_button, self.history_button, self.delete_button):
            actions.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.filters.changed.connect(self.model.refresh)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda i: self.open_row(i.row()))
        self.table.activated.connect(lambda i: self.open_row(i.row()))  # Enter: the current row
        self.filters.search.installEventFilter(self)
        ctx.bus.changed.connect(self.on_change)
        self._update_buttons()
        self.sized = False

    # --- loading ------------------------------------------------------------------

    def load(self, *, wait: bool = False) -> None:
        if not self.model.ready:
            self.model.refresh(wait=wait)

    def _loaded(self) -> None:
        n = self.model.total
        self.count.setText(self.tr("Records: %1").replace("%1", i18n.format_number(n)))
        if not self.sized and self.model.has_rows():
            self.size_columns()
            self.sized = True

    def size_columns(self) -> None:
        """Columns as wide as what they show; when that is more than the list's
        width, the widest give way first (down to COLUMN_MIN) and show the rest
        on hover, rather than narrow columns beside an empty half of the table."""
        self.table.resizeColumnsToContents()
        wanted = [self.table.columnWidth(c) for c in range(self.model.columnCount())]
        bar = self.table.verticalScrollBar()  # it appears with the rows: leave it room
        room = self.table.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        cap = max(wanted, default=0)
        while sum(min(w, cap) for w in wanted) > room and cap > COLUMN_MIN:
            cap -= 10
        for c, width in enumerate(wanted):
            self.table.setColumnWidth(c, min(width, cap))

    def on_change(self, change: store.Change) -> None:
        if self.ctx.concerns(change, self.rtype.name) or (
            # a renamed person changes how visits and assistance name them
            change.record_type in {f.ref for f in self.rtype.refs()}
        ):
            self.model.refresh()

    # --- actions --------------------------------------------------------------------

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.delete_button, self.history_button):
            b.setEnabled(has)

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_requested.emit(record)

    def open_row(self, row: int) -> None:
        record = self.model.record_at(row)
        if record is not None:
            self.open_requested.emit(record)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes into the list, on its first row (or the
        row chosen before), so Enter opens it."""
        if (
            watched is self.filters.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            current = self.table.currentIndex()
            row = current.row() if current.isValid() else 0
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()


def heading(type_name: str) -> str:
    return i18n.declared(records.get(type_name).plural)
