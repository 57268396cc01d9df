"""Changes announce themselves: one signal carrying the core's ``store.Change``.

Whatever changes records (a form, a delete, an undo, an import) is a write
through :func:`ui.ops.write`, and the op helper emits ``changed`` with the
change the write returned; each view decides whether it cares. No view polls
and none reaches into another.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from fieldkit.storage.database import Database
from fieldkit.store import Change

EVERYTHING = Change("*", "reloaded", ())  # e.g. after a restore from backup


class Bus(QObject):
    changed = Signal(object)  # store.Change
    # Navigation, asked by any screen, done by the main window:
    open_record = Signal(str, str)  # record type, id: open its form
    new_record = Signal(str, object)  # record type, starting values: a new record's form
    show_screen = Signal(str)  # a tool screen's name ("sync"): show it

    def announce(self, change: Change) -> None:
        if change.action != "unchanged":
            self.changed.emit(change)


@dataclass
class Context:
    """What every screen is given: the open database and the change bus."""

    db: Database
    bus: Bus

    def concerns(self, change: Change, type_name: str) -> bool:
        return change.record_type in ("*", type_name)
