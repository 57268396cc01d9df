"""The filter bar above a list: search as you type, district, date range."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from fieldkit import query
from fieldkit.declare import RecordType
from fieldkit.storage.database import Database
from ui.records.dates import DateBox
from ui.records.pickers import districts

DEBOUNCE_MS = 200


class FilterBar(QWidget):
    changed = Signal(object)  # query.Filter, debounced while typing

    def __init__(self, db: Database, rtype: RecordType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, village, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), None)
        for code, name in districts(db):
            self.district.addItem(name, code)
        self.district.setMaxVisibleItems(20)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.district, 1)
        self.date_from = self.date_to = None
        if rtype.date_field:
            self.date_from, self.date_to = DateBox(), DateBox()
            layout.addWidget(QLabel(self.tr("From")))
            layout.addWidget(self.date_from)
            layout.addWidget(QLabel(self.tr("to")))
            layout.addWidget(self.date_to)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.emit_filter)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.district.currentIndexChanged.connect(lambda _i: self.emit_filter())
        for box in (self.date_from, self.date_to):
            if box is not None:
                box.dateChanged.connect(lambda _d: self.emit_filter())

    def current(self) -> query.Filter:
        return query.Filter(
            text=self.search.text(),
            district=self.district.currentData(),
            date_from=self.date_from.date_value() if self.date_from else None,
            date_to=self.date_to.date_value() if self.date_to else None,
        )

    def emit_filter(self) -> None:
        self.timer.stop()
        self.changed.emit(self.current())
