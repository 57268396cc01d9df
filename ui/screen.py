"""A screen that shows what it reads from the database and keeps it current.

A change on the bus that concerns the screen reloads it at once while it is
shown, and otherwise the next time it is shown: a hidden screen does no work,
and none is ever shown out of date. Each screen says which changes concern it
(:meth:`Screen.concerns`) and how it reads (:meth:`Screen.fetch`).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fieldkit.store import Change
from ui.bus import Context


class Screen(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ready = False  # what is shown is current (tests and screenshots wait for it)
        self.stale = True  # to be read again when next shown (nothing is read yet)
        ctx.bus.changed.connect(self.on_change)

    def concerns(self, change: Change) -> bool:
        """Whether *change* can alter what this screen shows (by default, any)."""
        return True

    def fetch(self) -> None:
        """Start reading what the screen shows (off the GUI thread); set
        ``ready`` once it is shown."""
        raise NotImplementedError

    def fetch_soon(self) -> None:
        """Read again after a change; a screen whose reading is long waits a
        moment here, so a burst of changes is read once."""
        self.load()

    def load(self) -> None:
        self.stale = False
        self.ready = False
        self.fetch()

    def on_change(self, change: Change) -> None:
        if not self.concerns(change):
            return
        self.stale = True
        self.ready = False
        if self.isVisible():
            self.fetch_soon()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()
