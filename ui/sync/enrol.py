"""Enrolling one new sender: its name, device and key fingerprint, shown large to
compare with the sender's laptop, and Enrol or Skip (DESIGN.md, "Trust").

Asked once per unknown sender before an import or merge reads anything of its
files; Skip (the default, and what closing the question means) leaves its files
out, reported as refused. Nothing here enrols: the import does, once applied,
and only the senders whose fingerprints were answered Enrol.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.sync.senders import Unknown
from ui.sync.names import fingerprint_font, sender_name


class SenderQuestion(QDialog):
    """Enrol this sender? ``accepted``: Enrol; ``rejected``: Skip."""

    def __init__(self, sender: Unknown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unknown = sender
        self.setWindowTitle(self.tr("New sender"))
        name = sender_name(sender.name, sender.device_id)
        files = ", ".join(p.name for p in sender.files)
        self.intro = QLabel(
            self.tr("%1 sent %2 and is not enrolled on this laptop.")
            .replace("%1", name)
            .replace("%2", files)
        )
        self.intro.setWordWrap(True)
        device = QLabel(self.tr("Device: %1").replace("%1", sender.device_id))
        device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(sender.fingerprint)
        self.fingerprint.setFont(fingerprint_font(self.font()))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr(
                "Compare this fingerprint with the sender's laptop (Help → About), by phone "
                "or in person. Enrol only if every group is the same; otherwise Skip, and "
                "the files of this sender are not imported."
            )
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.enrol_button = QPushButton(self.tr("Enrol %1").replace("%1", name))
        self.skip_button = QPushButton(self.tr("Skip"))
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.enrol_button.setAutoDefault(False)
        self.skip_button.setDefault(True)  # Enter does not enrol
        self.enrol_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(device)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)  # the hint in a few lines, not a narrow column

    def text(self) -> str:
        """Everything the question says (tests and screen readers)."""
        return "\n".join(w.text() for w in self.findChildren(QLabel))


class Enrolment:
    """Asks about each unknown sender in turn, then hands over the answers:
    the fingerprints to enrol and the senders skipped."""

    def __init__(
        self,
        parent: QWidget,
        senders: Sequence[Unknown],
        done: Callable[[frozenset[str], list[Unknown]], None],
    ) -> None:
        self.parent = parent
        self.waiting = list(senders)
        self.done = done
        self.enrol: set[str] = set()
        self.skipped: list[Unknown] = []
        self.question: SenderQuestion | None = None

    def start(self) -> None:
        if not self.waiting:
            self.question = None
            self.done(frozenset(self.enrol), self.skipped)
            return
        sender = self.waiting.pop(0)
        question = self.question = SenderQuestion(sender, self.parent)
        question.finished.connect(lambda code: self.answered(sender, code))
        question.open()

    def answered(self, sender: Unknown, code: int) -> None:
        if code == QDialog.DialogCode.Accepted:
            self.enrol.add(sender.fingerprint)
        else:
            self.skipped.append(sender)
        if self.question is not None:
            self.question.deleteLater()
        self.start()


def skipped_reason(sender: Unknown) -> str:
    """Why a skipped sender's files are not imported."""
    return (
        QCoreApplication.translate(
            "Enrolment",
            "not imported: its sender %1 (key fingerprint %2) is not enrolled here, and you "
            "chose Skip",
        )
        .replace("%1", sender_name(sender.name, sender.device_id))
        .replace("%2", sender.fingerprint)
    )
