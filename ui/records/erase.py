"""Erase a person on request, from the desktop app (fieldkit.erasure; DESIGN.md,
"Data protection").

Unlike Delete, erasure cannot be undone: the person's content is purged from
every version here, from the backups, and from every machine the next export
reaches. So it asks once, plainly, what it will do; Erase stays disabled until
the person confirms the request was made, and Cancel is the default.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import erasure
from fieldkit.store import Change
from ui import ops
from ui.bus import Context


class EraseDialog(QDialog):
    def __init__(self, named: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase on request"))
        text = QLabel(
            self.tr(
                "Erase %1?\n\n"
                "Everything recorded about this person is purged: every version of the "
                "record, the notes of their visits and assistance, their drafts, and the "
                "backups on this laptop. The visits stay, counted in reports, without the "
                "notes. The next export for HQ carries the erasure, and every machine that "
                "imports it purges its own copies. Only the fact of the erasure is kept: "
                "who erased, and when.\n\n"
                "This cannot be undone."
            ).replace("%1", named)
        )
        text.setWordWrap(True)
        self.asked = QCheckBox(self.tr("The person (or their family) asked to be erased"))
        buttons = QDialogButtonBox()
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setAutoDefault(False)
        self.erase_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setDefault(True)  # Enter erases nothing
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.asked.toggled.connect(self.erase_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.asked)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)


def erase(ctx: Context, record_id: str, done: Any, owner: QWidget | None = None) -> None:
    """Erase the person *record_id* on the writer; *done(erased)* is called after."""

    def body(db: Any) -> ops.Changed[erasure.Erased]:
        erased = erasure.erase(db, record_id)
        # Every list may show her (visits name her): all of them refresh.
        return ops.Changed(erased, Change("*", "erased", (record_id,)))

    ops.write(ctx, body, done, owner=owner)
