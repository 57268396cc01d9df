"""The Sync screen: export for HQ, import with a preview, past exchanges,
the senders enrolled here and this laptop's own key fingerprint; joining HQ
(ui/sync/join_box.py) while this laptop has not."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.database import Database
from fieldkit.store import Change
from fieldkit.sync import bundle, coordinator, keys, transfer
from ui import ops
from ui.bus import EVERYTHING, Context
from ui.screen import Screen
from ui.strings import i18n
from ui.sync.export import ExportBox, field_records
from ui.sync.import_dialog import ImportDialog
from ui.sync.join_box import JoinBox
from ui.sync.keys_screen import state_heading, state_text
from ui.sync.merge_wizard import MergeWizard
from ui.sync.names import sender_name
from ui.sync.partner import PartnerExportBox
from ui.sync.result_tables import ReadOnlyTable, count_label


@dataclass
class SyncState:
    """What the screen lists, read off the GUI thread."""

    exchanges: list[Any]
    senders: list[keys.Enrolled]
    own_fingerprint: str
    hq: keys.Enrolled | None = None


def read_state(db: Database) -> SyncState:
    own = bundle.fingerprint(keys.public_key(db))  # the key is made on first use
    return SyncState(transfer.exchanges(db), keys.enrolled(db), own, keys.hq(db))


class SyncPage(Screen):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state: SyncState | None = None
        self.dialog: ImportDialog | MergeWizard | None = (
            None  # the import dialog or merge wizard open now
        )
        self.export_box = ExportBox(ctx)
        self.join_box = JoinBox(ctx)
        self.partner_box = PartnerExportBox(ctx)
        import_box = QGroupBox(self.tr("Import from a volunteer or HQ"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.choose_files)
        hint = QLabel(
            self.tr(
                "Workbooks (.xlsx) and bundles (.fkb). You see what would change "
                "before anything is imported."
            )
        )
        hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge volunteers' files…"))
        self.merge_button.clicked.connect(self.open_merge)
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        import_layout.addLayout(buttons)
        import_layout.addStretch(1)
        self.own_key = QLabel()
        self.own_key.setWordWrap(True)
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        import_layout.addWidget(self.own_key)

        self.exchanges = ReadOnlyTable()
        self.senders = ReadOnlyTable()
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.exchanges.itemSelectionChanged.connect(self.update_undo)
        history = QGroupBox(self.tr("Past exports and imports"))
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.exchanges)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        history_layout.addLayout(undo_row)
        senders = QGroupBox(self.tr("Senders enrolled on this laptop"))
        QVBoxLayout(senders).addWidget(self.senders)

        top = QHBoxLayout()
        exports = QVBoxLayout()  # the two exports side by side with import, not one
        exports.addWidget(self.export_box)  # above the other: the screen fits 1366×768
        exports.addWidget(self.join_box)  # below it, where the column has room
        exports.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(import_box)
        right.addWidget(self.partner_box)
        top.addLayout(exports, 3)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(history, 3)
        layout.addWidget(senders, 1)

    # --- loading ------------------------------------------------------------------

    def concerns(self, change: Change) -> bool:
        return change.record_type in ("*", "exchange", "key")  # key: a revocation

    def fetch(self) -> None:
        # On the writer: this laptop's signing key is made the first time it is asked for.
        ops.write(self.ctx, read_state, self.show_state, owner=self)

    def show_state(self, state: SyncState) -> None:
        self.state = state
        self.join_box.show_hq(state.hq)
        self.own_key.setText(
            self.tr("This laptop's key fingerprint: %1").replace("%1", state.own_fingerprint)
        )
        rows = [
            [
                i18n.format_datetime(e.at),
                self.kind_label(e.kind),
                e.path,
                sender_name(e.peer_name, e.peer_device),
                self.counts_text(e.kind, e.counts),
                i18n.format_datetime(e.undone_at) if e.undone_at else "",
            ]
            for e in state.exchanges
        ]
        self.exchanges.fill(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("File"),
                self.tr("From"),
                self.tr("Records"),
                self.tr("Undone"),
            ],
            rows,
        )
        senders = [
            [
                sender_name(s.name, s.device_id),
                s.device_id,
                s.fingerprint,
                i18n.format_datetime(_when(s.enrolled_at)),
                state_text(s),  # a revoked key says so (revoke on the Keys screen)
            ]
            for s in state.senders
        ]
        self.senders.fill(
            [
                self.tr("Sender"),
                self.tr("Device"),
                self.tr("Key fingerprint"),
                self.tr("Enrolled"),
                state_heading(),
            ],
            senders,
        )
        self.update_undo()
        self.ready = True

    def kind_label(self, kind: str) -> str:
        return {
            "export": self.tr("Export"),
            "partner-export": self.tr("Export for a partner"),
            "import": self.tr("Import"),
            "join-bundle": self.tr("Join bundle"),
            "merge": self.tr("Merge master"),
            "undo": self.tr("Undo"),
        }.get(kind, kind)

    def counts_text(self, kind: str, counts: str) -> str:
        try:
            data = json.loads(counts or "{}")
        except ValueError:
            return ""
        if kind in ("export", "partner-export", "merge"):  # records written to the file
            total = field_records(data)
            return self.tr("%1 records").replace("%1", QLocale().toString(total))
        keys_shown = ("new", "updated", "unchanged", "conflicts", "rejected")
        return " · ".join(
            f"{count_label(k)} {QLocale().toString(int(data[k]))}" for k in keys_shown if k in data
        )

    # --- import -------------------------------------------------------------------

    def choose_files(self) -> ImportDialog | None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import"),
            "",
            self.tr("Workbooks and bundles (*.xlsx *.fkb)"),
        )
        if not chosen:
            return None
        return self.open_import(chosen)

    def open_merge(self) -> MergeWizard:
        wizard = self.dialog = MergeWizard(self.ctx, self)
        wizard.open()
        return wizard

    # --- undo an import -----------------------------------------------------------

    def selected_exchange(self) -> Any:
        rows = self.exchanges.selectionModel().selectedRows()
        if not rows or self.state is None or rows[0].row() >= len(self.state.exchanges):
            return None
        return self.state.exchanges[rows[0].row()]

    def update_undo(self) -> None:
        e = self.selected_exchange()
        self.undo_button.setEnabled(e is not None and e.kind == "import" and e.undone_at is None)

    def undo_selected(self) -> None:
        e = self.selected_exchange()
        if e is None or e.kind != "import":
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Put the data back exactly as they were before the import of %1 (%2)? "
                "Everything that import brought is taken out again."
            )
            .replace("%1", e.path)
            .replace("%2", i18n.format_datetime(e.at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        exchange_id = e.id
        ops.wait_idle()  # the database file is put back underneath: nothing may be reading
        ops.write(
            self.ctx,
            lambda db: ops.Changed(coordinator.undo_import(db, exchange_id), EVERYTHING),
            self.undone,
            on_error=self.undo_failed,
            owner=self,
        )

    def undone(self, _summary: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Undo this import"),
            self.tr("Undone: the data are as they were before that import."),
        )

    def undo_failed(self, exc: Exception) -> None:
        if isinstance(exc, coordinator.UndoRefused):
            QMessageBox.warning(self, self.tr("Cannot undo this import"), str(exc))
        else:
            ops.show_error(self, exc)

    def open_import(self, paths: list[str]) -> ImportDialog:
        dialog = self.dialog = ImportDialog(self.ctx, paths, self)
        dialog.open()
        dialog.start()
        return dialog


def _when(text: str) -> Any:
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
