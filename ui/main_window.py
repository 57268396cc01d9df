"""The main window: one list per record type, derived from the declarations."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableView, QTabWidget

from fieldkit import declare
from fieldkit.db import Database
from ui.record_model import RecordTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("fieldkit"))
        self.resize(1100, 700)
        self.tabs = QTabWidget()
        self.models: dict[str, RecordTableModel] = {}
        for rtype in declare.record_types(reference=False):
            view = QTableView()
            model = RecordTableModel(db, rtype.name, view)
            view.setModel(model)
            self.models[rtype.name] = model
            self.tabs.addTab(view, rtype.plural)
        self.setCentralWidget(self.tabs)
