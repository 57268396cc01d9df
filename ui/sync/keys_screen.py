"""The Keys screen: this laptop's own key fingerprint, large enough to read aloud
over the phone, the HQ it joined (its key), and every sender enrolled here with
its state; Revoke for a lost
or stolen laptop (``fieldkit.sync.keys``, DESIGN.md "Trust").

A revoked key stays listed, marked so: files it signs are refused from then on
and it can never be enrolled again, which a person must be able to see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
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
from fieldkit.sync import bundle, keys
from ui import ops
from ui.bus import Context
from ui.screen import Screen
from ui.strings import i18n
from ui.sync.names import fingerprint_font, sender_name
from ui.sync.result_tables import ReadOnlyTable

KEYS = "key"  # the record type of the changes this screen announces and follows


@dataclass
class KeysState:
    own_fingerprint: str
    senders: list[keys.Enrolled]
    hq: keys.Enrolled | None = None
    learned: tuple[str, ...] = ()  # fingerprints HQ revoked that are no sender of ours


def read_state(db: Database) -> KeysState:
    # On the writer: this laptop's signing key is made the first time it is asked for.
    senders = sorted(keys.enrolled(db), key=lambda s: (s.revoked_at is not None, s.name.casefold()))
    own = bundle.fingerprint(keys.public_key(db))
    ours = {s.public_key for s in senders}
    learned = tuple(
        bundle.fingerprint(r.public_key) for r in keys.revocations(db) if r.public_key not in ours
    )
    return KeysState(own, senders, keys.hq(db), learned)  # trusted first, by name


def state_text(sender: keys.Enrolled) -> str:
    """Trusted, or revoked and when (the Sync screen's list says the same)."""
    if sender.revoked_at:
        revoked = QCoreApplication.translate("KeysPage", "Revoked %1")
        return revoked.replace("%1", when(sender.revoked_at))
    return QCoreApplication.translate("KeysPage", "Trusted")


def state_heading() -> str:
    return QCoreApplication.translate("KeysPage", "State")


def when(text: str | None) -> str:
    """A stored UTC time as this laptop shows times."""
    try:
        return i18n.format_datetime(datetime.fromisoformat(text)) if text else ""
    except ValueError:
        return text or ""


class KeysPage(Screen):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state: KeysState | None = None
        own = QGroupBox(self.tr("This laptop's key"))
        self.own_key = QLabel()
        self.own_key.setFont(fingerprint_font(self.font()))
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        own_hint = QLabel(
            self.tr(
                "Read this fingerprint aloud to HQ (or to the laptop you send files to) "
                "when they enrol this laptop: they compare it with the one they are shown."
            )
        )
        own_hint.setWordWrap(True)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.own_key)
        own_layout.addWidget(own_hint)

        hq = QGroupBox(self.tr("HQ's key"))
        self.hq_key = QLabel()
        self.hq_key.setWordWrap(True)
        self.hq_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(hq).addWidget(self.hq_key)

        senders = QGroupBox(self.tr("Senders enrolled on this laptop"))
        self.senders = ReadOnlyTable()
        self.senders.itemSelectionChanged.connect(self.update_revoke)
        self.revoke_button = QPushButton(self.tr("Revoke this key…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        senders_hint = QLabel(
            self.tr(
                "Files are accepted only from the senders listed here, signed with their key. "
                "Revoke the key of a lost or stolen laptop: files it signs are refused from "
                "then on, and it cannot be enrolled again."
            )
        )
        senders_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(senders_hint, 1)
        row.addWidget(self.revoke_button)
        senders_layout = QVBoxLayout(senders)
        senders_layout.addWidget(self.senders, 1)
        senders_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(hq)
        layout.addWidget(senders, 1)
        self.update_revoke()

    # --- loading ------------------------------------------------------------------

    def concerns(self, change: Change) -> bool:
        return change.record_type in ("*", KEYS)

    def fetch(self) -> None:
        ops.write(self.ctx, read_state, self.show_state, owner=self)

    def show_state(self, state: KeysState) -> None:
        self.state = state
        self.own_key.setText(state.own_fingerprint)
        if state.hq is None:
            self.hq_key.setText(
                self.tr("Not joined: a laptop joins HQ on the Sync screen, with HQ's join bundle.")
            )
        else:
            self.hq_key.setText(
                self.tr("%1 · key fingerprint %2 · joined %3")
                .replace("%1", sender_name(state.hq.name, state.hq.device_id))
                .replace("%2", state.hq.fingerprint)
                .replace("%3", when(state.hq.enrolled_at))
            )
            if state.learned:  # learned from HQ's bundles: refused here too
                revoked = self.tr("Keys revoked at HQ, refused here too: %1")
                text = self.hq_key.text() + "\n" + revoked.replace("%1", ", ".join(state.learned))
                self.hq_key.setText(text)
        rows = [
            [
                sender_name(s.name, s.device_id),
                s.device_id,
                s.fingerprint,
                when(s.enrolled_at),
                state_text(s),
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
            rows,
        )
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for r, s in enumerate(state.senders):
            if s.revoked_at is None:
                continue
            for c in range(self.senders.columnCount()):
                cell = self.senders.item(r, c)
                assert cell is not None  # filled just now
                cell.setForeground(grey)
                font = cell.font()
                font.setStrikeOut(c == 2)  # the key itself is struck through
                cell.setFont(font)
        self.senders.horizontalHeader().setStretchLastSection(True)
        self.update_revoke()
        self.ready = True

    # --- revoking -----------------------------------------------------------------

    def selected(self) -> keys.Enrolled | None:
        rows = self.senders.selectionModel().selectedRows()
        if not rows or self.state is None or rows[0].row() >= len(self.state.senders):
            return None
        return self.state.senders[rows[0].row()]

    def update_revoke(self) -> None:
        s = self.selected()
        self.revoke_button.setEnabled(s is not None and s.revoked_at is None)

    def revoke_selected(self) -> None:
        s = self.selected()
        if s is None or s.revoked_at is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke this key"),
            self.tr(
                "Revoke the key of %1 (device %2)?\n\nKey fingerprint: %3\n\n"
                "Every file signed by this key is refused from now on, and it cannot be "
                "enrolled again. Do this for a lost or stolen laptop."
            )
            .replace("%1", sender_name(s.name, s.device_id))
            .replace("%2", s.device_id)
            .replace("%3", s.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        fingerprint = s.fingerprint

        def body(db: Database) -> ops.Changed[keys.Enrolled]:
            entry = keys.revoke(db, fingerprint)
            return ops.Changed(entry, Change(KEYS, "revoked", (entry.device_id,)))

        ops.write(self.ctx, body, owner=self)
