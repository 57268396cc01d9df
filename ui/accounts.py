"""Accounts in Settings: who can unlock this laptop's data, and adding one more.

A shared laptop has one account per person (:mod:`fieldkit.accounts`); only
someone already unlocked holds the key to wrap for another, so the account is
added here, by the person at the keyboard, with the newcomer typing their
passphrase twice. The rules (a name, a passphrase of at least 8 characters, no
second account of one name) are the core's: a refusal comes back as
:class:`fieldkit.storage.keyfile.Refused` and :func:`refusal` only says it in the
screen's language. Nothing is written unless every rule is met.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import accounts
from fieldkit.storage import keyfile
from fieldkit.storage.database import Database, StorageError
from ui import ops
from ui.bus import Context
from ui.profile import ERROR_STYLE
from ui.strings import i18n


def refusal(exc: Exception) -> str:
    """What the account rules refused, in the current language (else the core's line)."""
    if not isinstance(exc, accounts.Refused):
        return str(exc)
    translate = QCoreApplication.translate
    limit = i18n.format_number(exc.limit)
    if exc.rule == "short":
        text = translate("AccountRules", "A passphrase needs at least %1 characters.")
        return text.replace("%1", limit)
    if exc.rule == "no-name":
        return translate("AccountRules", "An account needs a name.")
    if exc.rule == "long-name":
        text = translate("AccountRules", "An account name is at most %1 characters.")
        return text.replace("%1", limit)
    if exc.rule == "exists":
        text = translate("AccountRules", "There is already an account named %1.")
        return text.replace("%1", exc.name)
    return str(exc)


class AccountsBox(QGroupBox):
    """The accounts that unlock this laptop's data, and the button that adds one."""

    added = Signal(str)  # the new account's name

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Accounts on this laptop"), parent)
        self.ctx = ctx
        self.dialog: AddAccountDialog | None = None
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add an account…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout(self)
        row.addWidget(self.names, 1)
        row.addWidget(self.add_button)
        self.show_names()

    def show_names(self) -> None:
        mine = self.ctx.db.account
        self.names.setText(
            ", ".join(
                self.tr("%1 (you)").replace("%1", name) if name == mine else name
                for name in accounts.names(self.ctx.db.path)
            )
        )

    def add(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self.ctx, self)
        dialog.added.connect(self.show_names)
        dialog.added.connect(self.added)
        self.dialog = dialog
        dialog.open()
        return dialog


class AddAccountDialog(QDialog):
    """A name and a passphrase typed twice; refusals under the fields, the dialog kept."""

    added = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add an account"))
        intro = QLabel(
            self.tr(
                "An account for another person who uses this laptop. They type their own "
                "passphrase (at least %1 characters) and unlock the same data with it; "
                "what they save is shown under their name."
            ).replace("%1", i18n.format_number(keyfile.PASSPHRASE_MIN))
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.passphrase = QLineEdit()
        self.again = QLineEdit()
        for box in (self.passphrase, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Their name"), self.name)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.again)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.name.setFocus()

    def accept(self) -> None:
        name, typed = self.name.text(), self.passphrase.text()
        if typed != self.again.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            self.again.selectAll()
            self.again.setFocus()
            return

        def add(db: Database) -> str:
            return accounts.add_account(db.path, db.unlocked, name, typed)

        def done(added: str) -> None:
            self.passphrase.clear()
            self.again.clear()
            self.added.emit(added)
            QDialog.accept(self)

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            if not isinstance(exc, StorageError):
                ops.show_error(self, exc)
                return
            self.problem.setText(refusal(exc))

        self.problem.clear()
        self.buttons.setEnabled(False)  # one scrypt derivation, on the writer
        ops.write(self.ctx, add, done, owner=self, on_error=failed)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the account is being written
            super().reject()
