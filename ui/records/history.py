"""A record's history: every revision, which laptop saved it, when, who, and what changed.

Laptops are named as on the Conflicts screen and by ``fieldkit conflicts``
(``review.laptop_names``: this laptop's profile, the senders in the exchange
log). Who saved a revision is its ``author``, the volunteer of the laptop that
saved it; a merge made automatically has none — every machine makes it alike,
from its parents — and says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit import records, store
from fieldkit import revisions as graph
from fieldkit.districts import SHIPPED_DEVICE
from fieldkit.storage.database import Database
from fieldkit.sync import review
from ui.records.model import display
from ui.strings import i18n
from ui.sync.names import sender_name

Index = QModelIndex | QPersistentModelIndex
# The device a merge made automatically is saved under: no laptop's (DESIGN.md,
# "Sync: the contract").
MERGE_DEVICE = graph.MERGE_DEVICE
VERSION, SAVED, DEVICE, AUTHOR, CHANGES = range(5)


def merged_automatically(entry: store.HistoryEntry) -> bool:
    """A merge revision no person made: the merge device, two parents or more
    (the shipped districts share the device but have none)."""
    return entry.device_id == MERGE_DEVICE and len(entry.parents) > 1


class HistoryModel(QAbstractTableModel):
    def __init__(self, db: Database, type_name: str, record_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.rtype = records.get(type_name)
        self.entries = list(reversed(store.history(db, type_name, record_id)))  # newest first
        self.this_device = db.device_id
        self.device_name = db.setting("device_name") or ""
        self.laptops = review.laptop_names(db)
        self.headers = [
            self.tr("Version"),
            self.tr("Saved"),
            self.tr("Device"),
            self.tr("Saved by"),
            self.tr("What changed"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def device(self, device_id: str) -> str:
        if device_id == self.this_device:
            name = f" ({self.device_name})" if self.device_name else ""
            return self.tr("this laptop") + name
        if device_id == SHIPPED_DEVICE:  # the districts, the same on every laptop
            return self.tr("shipped with fieldkit")
        return sender_name(self.laptops.get(device_id), device_id)

    def author(self, entry: store.HistoryEntry) -> str:
        if merged_automatically(entry):
            return self.tr("merged automatically")
        return entry.author or ""

    def changes(self, row: int) -> str:
        entry = self.entries[row]
        older = self.entries[row + 1] if row + 1 < len(self.entries) else None
        if entry.erasure:
            # What was there is purged from every revision: only the fact is kept.
            return self.tr("erased on request: the content is purged from every version")
        if older is None:
            return self.tr("created")
        if entry.deleted != older.deleted:
            return self.tr("deleted") if entry.deleted else self.tr("restored")
        parts = []
        for name in entry.changed:
            try:
                spec = self.rtype.field(name)
            except KeyError:
                continue
            old, new = (
                display(spec, older.content.get(name)),
                display(spec, entry.content.get(name)),
            )
            parts.append(f"{i18n.label(spec)}: {old or '—'} → {new or '—'}")
        return "; ".join(parts) or self.tr("no change")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry, column = self.entries[index.row()], index.column()
        if column == VERSION:
            return str(entry.version)
        if column == SAVED:
            return i18n.format_datetime(entry.updated_at)
        if column == DEVICE:
            return "" if merged_automatically(entry) else self.device(entry.device_id)
        if column == AUTHOR:
            return self.author(entry)
        return self.changes(index.row())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class HistoryDialog(QDialog):
    restore_requested = Signal(str, int)  # the version's rev, and its number as shown

    def __init__(
        self,
        db: Database,
        type_name: str,
        record: dict[str, Any],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.model = HistoryModel(db, type_name, record["id"], self)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # An earlier version brought back as a new one (undoable from the status bar).
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        heading = QLabel(self.windowTitle())  # title bars vary; screenshots have none
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Every saved version of this record, newest first.")))
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.view = view
        view.selectionModel().selectionChanged.connect(lambda *_: self.update_restore())
        self.resize(820, 420)

    def selected_entry(self) -> store.HistoryEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def update_restore(self) -> None:
        """An earlier version with its content here, of a record not erased."""
        entry = self.selected_entry()
        entries = self.model.entries
        self.restore_button.setEnabled(
            entry is not None
            and entry is not entries[0]
            and entry.fingerprint != store.STUB
            and not any(e.erasure for e in entries)
        )

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(entry.rev, entry.version)
            self.accept()
