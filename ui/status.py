"""The status bar: records not yet exported, the last export, and Undo; on a
first run (no HQ joined, no records, no exchange yet), "Join HQ…" leading to the
Sync screen's Join box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from fieldkit.storage.database import Database
from fieldkit.store import Change
from ui import ops
from ui.bus import Context
from ui.strings import i18n

UNDO_SECONDS = 20


def _export_status(db: Database) -> tuple[int, datetime | None, bool]:
    # Imported here, on the worker: the exchange modules bring openpyxl (a third
    # of a second), which the first screen does not need.
    from fieldkit.sync import activity, keys, transfer

    last = activity.last_export(db)
    pending = activity.unexported(db, last)
    first_run = keys.hq(db) is None and pending == 0 and not transfer.exchanges(db, limit=1)
    return pending, last, first_run


class StatusBar(QStatusBar):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exports = QLabel()
        self.addPermanentWidget(self.exports)
        self.join_button = QPushButton(self.tr("Join HQ…"))
        self.join_button.setFlat(True)
        self.join_button.setToolTip(self.tr("A new laptop joins HQ first, with HQ's join bundle"))
        self.join_button.hide()
        self.join_button.clicked.connect(lambda: ctx.bus.show_screen.emit("sync"))
        self.addWidget(self.join_button)
        # The undo offer is a label and a button side by side, not showMessage():
        # a temporary message is drawn under the bar's widgets, and the button hid it.
        self.undo_text = QLabel()
        self.undo_text.hide()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.hide()
        self.addWidget(self.undo_text)
        self.addWidget(self.undo_button)
        self.undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self.undo_timer.timeout.connect(self.clear_undo)
        self.undo_action: Callable[[], None] | None = None
        self.undo_button.clicked.connect(self.undo)
        ctx.bus.changed.connect(self.on_change)

    def on_change(self, _change: Change) -> None:
        self.refresh()  # any saved record is one more not yet exported

    def refresh(self) -> None:
        ops.read(self.ctx, _export_status, self.show_exports, owner=self)

    def show_exports(self, status: tuple[int, datetime | None, bool]) -> None:
        pending, last, first_run = status
        self.join_button.setVisible(first_run)
        when = i18n.format_datetime(last) if last else self.tr("never")
        self.exports.setText(
            self.tr("Not yet exported: %1 · Last export: %2")
            .replace("%1", i18n.format_number(pending))
            .replace("%2", when)
        )

    def offer_undo(self, text: str, action: Callable[[], None]) -> None:
        self.undo_action = action
        self.clearMessage()
        self.undo_text.setText(text)
        self.undo_text.show()
        self.undo_button.show()
        self.undo_timer.start()

    def undo(self) -> None:
        action, self.undo_action = self.undo_action, None
        self.clear_undo()
        if action is not None:
            action()

    def clear_undo(self) -> None:
        self.undo_button.hide()
        self.undo_text.hide()
        self.undo_text.clear()
