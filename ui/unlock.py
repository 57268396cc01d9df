"""Unlocking at start and after idle time: choose your account, type your passphrase.

On a laptop without accounts (the first run, or a database from before
encryption) the dialog creates the first account instead: a name and a
passphrase typed twice. The data stay encrypted either way; opening happens
here, so a wrong passphrase is said under the field and the dialog stays.

:class:`IdleLock` watches the application's keyboard and mouse; after the
minutes of the ``lock_after_minutes`` setting without either it asks the main
window to lock (close the database, forget the key) and show this dialog again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit import accounts
from fieldkit.storage.database import Database, StorageError
from fieldkit.workspace import open_database
from ui.accounts import refusal
from ui.profile import ERROR_STYLE

LOCK_SETTING = "lock_after_minutes"
DEFAULT_LOCK_MINUTES = 10


def lock_minutes(db: Database) -> int:
    """The idle minutes before the app locks (the setting; 0: never)."""
    try:
        return max(0, int(db.setting(LOCK_SETTING) or DEFAULT_LOCK_MINUTES))
    except ValueError:
        return DEFAULT_LOCK_MINUTES


class UnlockDialog(QDialog):
    """Opens the database at *path* with an account's passphrase; ``db`` once accepted."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, locked: bool = False) -> None:
        super().__init__(parent)
        self.path = path
        self.db: Database | None = None
        self.names = accounts.names(path)
        self.first = not self.names
        self.setWindowTitle(
            self.tr("Create your account") if self.first else self.tr("Unlock fieldkit")
        )
        heading = QLabel(self.windowTitle())  # title bars vary; screenshots lack them
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        if self.first:
            text = self.tr(
                "The data on this laptop are encrypted. Choose your name and a passphrase "
                "of at least 8 characters: you will type it each time fieldkit starts, "
                "and after it locks itself. Each person who shares this laptop has an "
                "account of their own; HQ can set a new passphrase if you forget yours."
            )
        elif locked:
            text = self.tr(
                "fieldkit locked itself after a while without use. Type your passphrase."
            )
        else:
            text = self.tr(
                "The data on this laptop are encrypted. Choose your account and type its passphrase."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.account = QComboBox()
        self.name = QLineEdit()
        if self.first:
            self.name.setText(accounts.default_name())
            form.addRow(self.tr("Your name"), self.name)
        else:
            self.account.addItems(self.names)
            form.addRow(self.tr("Account"), self.account)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if self.first:
            form.addRow(self.tr("Passphrase again"), self.again)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.passphrase.setFocus()

    def accept(self) -> None:
        typed = self.passphrase.text()
        if self.first:
            if typed != self.again.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
            access = accounts.Credentials(self.name.text(), typed)
        else:
            access = accounts.Credentials(self.account.currentText(), typed)
        try:
            self.db = open_database(self.path, access)
        except accounts.WrongPassphrase:
            self.problem.setText(self.tr("Wrong passphrase for this account."))
            self.passphrase.selectAll()
            return
        except StorageError as exc:  # a short passphrase, a locked or foreign file
            self.problem.setText(refusal(exc))
            return
        self.passphrase.clear()
        self.again.clear()
        super().accept()


class IdleLock(QObject):
    """Emits ``idle`` after *minutes* without a key press or a mouse click or move."""

    idle = Signal()
    WATCHED = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.restart()

    def restart(self) -> None:
        if self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.WATCHED:
            self.restart()
        return False
