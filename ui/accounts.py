"""Accounts in Settings: who can unlock this laptop's data, and adding one more.

A shared laptop has one account per person (:mod:`fieldkit.accounts`); only
someone already unlocked holds the key to wrap for another, so the account is
added here, by the person at the keyboard, with the newcomer typing their
passphrase twice. The rules (a name, a passphrase of at least 8 characters, no
second account of one name) are the core's: a refusal comes back as
:class:`fieldkit.storage.keyfile.Refused` and :func:`refusal` only says it in the
screen's language. Nothing is written unless every rule is met.

Adding is an action of its own, done when the newcomer presses *Add the
account*: from then on their passphrase unlocks this laptop, and the box says
so. Settings' Cancel undoes what Settings holds (profile, language, lock delay),
not an account: the box says that too, so nobody believes it was taken back.
(Waiting for Settings' OK instead would keep a person's passphrase in memory
for as long as Settings stays open, and leave them unsure whether it counts.)

The box also says whether HQ's recovery key is in place (the data's key sealed
to it when the laptop joined HQ, :mod:`fieldkit.sync.join`): whether a forgotten
passphrase can be recovered.
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
from fieldkit.sync.bundle import fingerprint
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
    """The accounts that unlock this laptop's data, the button that adds one, and
    whether HQ can recover a forgotten passphrase."""

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
        self.done = QLabel()  # "Account X added …": said once it is
        self.done.setWordWrap(True)
        self.done.hide()
        self.recovery = QLabel()
        self.recovery.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.names, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.done)
        layout.addWidget(self.recovery)
        self.show_names()

    def show_names(self) -> None:
        mine = self.ctx.db.account
        self.names.setText(
            ", ".join(
                self.tr("%1 (you)").replace("%1", name) if name == mine else name
                for name in accounts.names(self.ctx.db.path)
            )
        )
        found = accounts.recovery_keys(self.ctx.db.path)
        if found:
            self.recovery.setText(
                self.tr(
                    "HQ's recovery key is in place (%1): if a passphrase is forgotten, HQ can "
                    "set a new one and nothing is lost."
                ).replace("%1", ", ".join(fingerprint(r.public_key) for r in found))
            )
        else:
            self.recovery.setText(
                self.tr(
                    "No HQ recovery key on this laptop: a forgotten passphrase cannot be "
                    "recovered. Joining HQ with a join bundle that carries its recovery key "
                    "puts one in place."
                )
            )

    def add(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self.ctx, self)
        dialog.added.connect(self.show_added)
        dialog.added.connect(self.added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_added(self, name: str) -> None:
        self.show_names()
        self.done.setText(
            self.tr(
                "Account %1 added: it can unlock this laptop now. Cancel in Settings does "
                "not take it back."
            ).replace("%1", name)
        )
        self.done.show()


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
                "what they save is shown under their name. The account is added as soon "
                "as you press Add the account."
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
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add the account"))
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
