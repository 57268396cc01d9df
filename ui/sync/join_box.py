"""Join HQ, on the Sync screen of a laptop that has not joined (docs/trust.md,
"Joining HQ"): one row — "not joined yet" and Join HQ… — that opens HQ's join
bundle and asks, in a dialog, to compare HQ's key fingerprint (shown large) with
the one HQ reads out: typed, or confirmed by a tick; then Join. Nothing is
recorded until Join; a typed fingerprint that differs says so and Join stays
off. The dialog also says whether the bundle carries HQ's recovery key (joining
seals this laptop's data key to it: HQ can then set a forgotten passphrase).
Once joined, the row says which HQ, with its fingerprint.

A row rather than a box of its own: the Sync screen fits a 1366×768 laptop with
no room to spare, and the comparison is a moment's work, once per laptop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.database import Database
from fieldkit.sync import join as joining
from fieldkit.sync import keys
from fieldkit.sync.bundle import BundleError
from ui import ops
from ui.bus import EVERYTHING, Context
from ui.profile import ERROR_STYLE
from ui.sync.names import fingerprint_font, sender_name


class JoinDialog(QDialog):
    """HQ's name and fingerprint from its join bundle, to compare before joining."""

    def __init__(self, offer: joining.Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.setWindowTitle(self.tr("Join HQ"))
        self.hq = QLabel(
            self.tr("%1 is signed by HQ %2 with the key fingerprint:")
            .replace("%1", offer.file)
            .replace("%2", sender_name(offer.name, offer.device_id))
        )
        self.hq.setWordWrap(True)
        self.fingerprint = QLabel(offer.fingerprint)
        self.fingerprint.setFont(fingerprint_font(self.font()))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = hint = QLabel(
            self.tr(
                "Compare it with the fingerprint HQ reads out to you, by phone or in person. "
                "Join only if every group is the same: from then on this laptop takes HQ's "
                "files from this key alone."
            )
        )
        hint.setWordWrap(True)
        if offer.recovery_fingerprint is not None:
            said = self.tr(
                "The bundle carries HQ's recovery key (%1): joining seals this laptop's data "
                "to it, so that HQ can set a new passphrase if one is forgotten."
            ).replace("%1", offer.recovery_fingerprint)
        else:
            said = self.tr(
                "The bundle carries no recovery key from HQ: if a passphrase is forgotten on "
                "this laptop, its data cannot be recovered. Ask HQ for a join bundle made "
                "after HQ recorded its recovery key."
            )
        self.recovery = QLabel(said)
        self.recovery.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Type the fingerprint HQ reads out"))
        self.typed.textChanged.connect(self.update_join)
        self.same = QCheckBox(self.tr("It is the same as the one HQ reads out, group by group"))
        self.same.toggled.connect(self.update_join)
        self.problem = QLabel(
            self.tr(
                "Not the same fingerprint: do not join. Ask HQ to read it again; if it "
                "still differs, this bundle is not HQ's."
            )
        )
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        keep = self.problem.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the dialog does not jump while a person types
        self.problem.setSizePolicy(keep)
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.join_button = QPushButton(self.tr("Join"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.join_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter does not join
        self.join_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hq)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint)
        layout.addWidget(self.recovery)
        layout.addWidget(self.typed)
        layout.addWidget(self.same)
        layout.addWidget(self.problem)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.update_join()

    def typed_matches(self) -> bool:
        typed = self.typed.text().strip()
        return bool(typed) and keys.same_fingerprint(typed, self.offer.fingerprint)

    def differs(self) -> bool:
        """A fingerprint typed (a group or more) that is not HQ's."""
        return len("".join(self.typed.text().split())) >= 4 and not self.typed_matches()

    def update_join(self) -> None:
        differs = self.differs()
        self.problem.setVisible(differs)
        self.join_button.setEnabled(not differs and (self.typed_matches() or self.same.isChecked()))

    def accept(self) -> None:
        if self.join_button.isEnabled():
            super().accept()

    def given(self) -> str:
        """The fingerprint to join with: the one typed, or the one the tick confirmed."""
        return self.typed.text().strip() or self.offer.fingerprint


class JoinBox(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: JoinDialog | None = None
        self.intro = QLabel(self.tr("This laptop has not joined HQ yet."))
        self.choose_button = QPushButton(self.tr("Join HQ…"))
        self.choose_button.setToolTip(
            self.tr("Open the join bundle (.fkb) HQ gave you and compare HQ's fingerprint")
        )
        self.choose_button.clicked.connect(self.choose)
        self.joined = QLabel()
        self.joined.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.joined)
        layout.addStretch(1)
        self.show_hq(None)

    def show_hq(self, hq: keys.Enrolled | None) -> None:
        """Not joined: the way to join; joined: which HQ."""
        self.intro.setVisible(hq is None)
        self.choose_button.setVisible(hq is None)
        self.joined.setVisible(hq is not None)
        if hq is not None:
            self.joined.setText(
                self.tr("Joined HQ %1 (%2)")
                .replace("%1", sender_name(hq.name, hq.device_id))
                .replace("%2", hq.fingerprint)
            )

    # --- choosing and joining -----------------------------------------------------------

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Join HQ"), "", self.tr("Join bundle (*.fkb)")
        )
        if chosen:
            self.open_bundle(Path(chosen))

    def open_bundle(self, path: Path) -> None:
        ops.read(
            self.ctx,
            lambda db: joining.offer(db, path),
            lambda offer: self.ask(path, offer),
            owner=self,
            on_error=self.refused,
        )

    def ask(self, path: Path, offer: joining.Offer) -> None:
        dialog = self.dialog = JoinDialog(offer, self)
        dialog.accepted.connect(lambda: self.join(path, dialog.given()))
        dialog.open()

    def join(self, path: Path, given: str) -> None:
        def body(db: Database) -> ops.Changed[joining.Joined]:
            done = joining.join(db, path, given)
            return ops.Changed(done, EVERYTHING)  # reference data, keys, the exchange list

        ops.write(self.ctx, body, self.done, owner=self, on_error=self.refused)

    def done(self, joined: joining.Joined) -> None:
        if not joined.result.applied:
            first = joined.result.rejects[0] if joined.result.rejects else ""
            self.refused(joining.JoinRefused(str(first)))
            return
        hq = joined.hq
        self.show_hq(keys.Enrolled(hq.device_id, hq.name, hq.public_key, ""))

    def refused(self, exc: Exception) -> None:
        if not isinstance(exc, BundleError):
            ops.show_error(self, exc)
            return
        QMessageBox.warning(
            self,
            self.tr("Not joined"),
            self.tr("HQ was not joined: %1").replace("%1", str(exc)),
        )
