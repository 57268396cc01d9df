"""Import workbooks or bundles: a preview first (what would be new, updated,
unchanged, in conflict, rejected), then Apply or Cancel.

The preview and the import run on the writer thread with a progress bar; the
preview can be cancelled. An encrypted bundle asks for its password. Before
anything is read, each sender not enrolled here is asked about in turn, its key
fingerprint shown to compare (:mod:`ui.sync.enrol`): Enrol takes that sender
alone, Skip leaves its files out, listed as refused with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldkit.revisions import MERGE_DEVICE
from fieldkit.storage.database import Database
from fieldkit.sync import senders, transfer, trust
from fieldkit.sync.bundle import BundleError
from fieldkit.sync.workbook import ImportResult
from fieldkit.sync.workbook.result import FileTrust
from ui import ops
from ui.bus import EVERYTHING, Context
from ui.sync.enrol import Enrolment, SenderQuestion, skipped_reason
from ui.sync.result_tables import CountsTable, RejectsTable, WarningsBox, type_heading


class ImportDialog(QDialog):
    def __init__(
        self, ctx: Context, paths: Sequence[Path | str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = [Path(p) for p in paths]
        self.password: str | None = None
        self.enrol: frozenset[str] = frozenset()  # the fingerprints answered Enrol
        self.skipped: list[senders.Unknown] = []  # the senders answered Skip
        self.enrolment: Enrolment | None = None
        self.outcome: ImportResult | None = None  # the preview's, then the import's
        self.busy = False
        self.progress: ops.Progress | None = None
        self.setWindowTitle(self.tr("Import"))
        files = QLabel(", ".join(p.name for p in self.paths))
        files.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # rows read so far; the total is not known before
        self.counts = CountsTable()
        self.rejects = RejectsTable()
        self.rejects_label = QLabel(self.tr("Rejected cells"))
        self.warnings = WarningsBox()  # not refusals: a sheet that was not read, say
        self.imported = False  # applied, and kept open for its warnings to be read
        self.refused = QLabel()  # whole files left out: their sender was skipped
        self.refused.setWordWrap(True)
        self.refused.hide()
        self.signers = QLabel()  # who signed each file, whose revisions it brings
        self.signers.setWordWrap(True)
        self.signers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signers.hide()
        buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        for label in (files, self.state, self.refused, self.signers):
            # Text takes the room it needs; the tables take what is left.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(files)
        layout.addWidget(self.state)
        layout.addWidget(self.refused)
        layout.addWidget(self.signers)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.warnings)
        layout.addWidget(self.rejects_label)
        layout.addWidget(self.rejects, 4)
        layout.addStretch(1)  # the room left goes below, not between the lines
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.show_result(None)

    # --- preview ------------------------------------------------------------------

    def start(self) -> None:
        """Ask about each unknown sender, then preview (called once the dialog is open)."""
        self.busy = True
        self.apply_button.setEnabled(False)
        self.state.setText(self.tr("Checking who sent the files…"))
        paths = self.paths
        ops.write(
            self.ctx,
            lambda db: senders.unknown(db, paths),
            self.ask_senders,
            on_error=self.failed,
            owner=self,
        )

    def ask_senders(self, unknown: list[senders.Unknown]) -> None:
        self.busy = False
        if not self.isVisible():  # cancelled while the senders were being looked up
            return
        self.enrolment = Enrolment(self, unknown, self.answered)
        self.enrolment.start()

    @property
    def question(self) -> SenderQuestion | None:
        """The sender question open now, if any."""
        return self.enrolment.question if self.enrolment else None

    def answered(self, enrol: frozenset[str], skipped: list[senders.Unknown]) -> None:
        self.enrol, self.skipped = enrol, skipped
        self.refused.setText(
            "\n".join(f"{path.name}: {skipped_reason(s)}" for s in skipped for path in s.files)
        )
        self.refused.setVisible(bool(skipped))
        if not self.kept():
            self.bar.hide()
            self.cancel_button.setEnabled(True)
            self.state.setText(self.tr("Nothing can be imported: no file is left to import."))
            return
        self.run(apply=False)

    def kept(self) -> list[Path]:
        """The files to import: all but those of the skipped senders."""
        left_out = {p for s in self.skipped for p in s.files}
        return [p for p in self.paths if p not in left_out]

    def apply(self) -> None:
        self.run(apply=True)

    def run(self, *, apply: bool) -> None:
        self.busy = True
        self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(not apply)  # an import is short and all or nothing
        self.bar.show()
        self.state.setText(self.tr("Importing…") if apply else self.tr("Checking the files…"))
        progress = self.progress = ops.Progress()
        progress.step.connect(self.on_step)
        paths, password, enrol = self.kept(), self.password, self.enrol
        call = transfer.import_files if apply else transfer.preview_files

        def body(db: Database) -> ImportResult | ops.Changed[ImportResult]:
            result = call(db, paths, password=password, enrol=enrol, progress=progress.callback)
            # What an import brings may touch any record: every screen reads itself again.
            return ops.Changed(result, EVERYTHING) if apply and result.applied else result

        ops.write(
            self.ctx,
            body,
            lambda r: self.finished_run(r, apply),
            on_error=self.failed,
            owner=self,
        )

    def on_step(self, record_type: str, rows: int, _total: int) -> None:
        self.state.setText(
            self.tr("Reading %1: %2 rows")
            .replace("%1", type_heading(record_type))
            .replace("%2", str(rows))
        )

    def failed(self, exc: Exception) -> None:
        self.busy = False
        if isinstance(exc, ops.Cancelled):
            super().reject()
        elif isinstance(exc, transfer.NeedsPassword):
            self.ask_password()
        elif self.password is not None and "wrong password" in str(exc):
            self.ask_password()  # the core says so only in its message (no WrongPassword class)
        else:
            if not isinstance(exc, BundleError | OSError | ValueError):
                ops.show_error(self, exc)
            else:
                QMessageBox.warning(self, self.tr("Cannot import"), str(exc))
            super().reject()

    def ask_password(self) -> None:
        again = self.password is not None
        text = (
            self.tr("Wrong password? Type the bundle's password again:")
            if again
            else self.tr("This bundle is protected by a password. Password:")
        )
        password, ok = QInputDialog.getText(
            self, self.tr("Password"), text, QLineEdit.EchoMode.Password
        )
        if not ok or not password:
            super().reject()
            return
        self.password = password
        self.run(apply=False)

    # --- result -------------------------------------------------------------------

    def finished_run(self, result: ImportResult, applied_run: bool) -> None:
        self.busy = False
        self.outcome = result
        self.show_result(result)
        if applied_run and result.applied:
            if not result.warnings:
                self.accept()
                return
            # Imported, but a person should read what was not: stay open until Close.
            self.imported = True
            self.apply_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            self.state.setText(
                self.tr(
                    "Imported. Nothing was refused, but part of the files was not read: "
                    "see the warnings."
                )
            )

    def show_result(self, result: ImportResult | None) -> None:
        self.bar.setVisible(result is None)
        self.counts.show_counts(result)
        self.rejects.show_rejects(result.rejects if result else [])
        self.warnings.show_warnings(result.warnings if result else [])
        lines = self.trust_lines(result.trust) if result else []
        if result and result.erased.people:
            lines.append(
                self.tr(
                    "Erasure on request: %1 people erased by the sender. Importing purges "
                    "everything about them here, and the notes of %2 records about them."
                )
                .replace("%1", str(sum(result.erased.people.values())))
                .replace("%2", str(sum(result.erased.related.values())))
            )
        self.signers.setText("\n".join(lines))
        self.signers.setVisible(bool(lines))
        has_rejects = bool(result and result.rejects)
        self.rejects.setVisible(has_rejects)
        self.rejects_label.setVisible(has_rejects)
        self.apply_button.setEnabled(bool(result and result.ok))
        self.cancel_button.setEnabled(True)
        if result is None:
            return
        if has_rejects:
            self.state.setText(
                self.tr(
                    "Nothing can be imported: %1 cells were refused (below). Correct them in the "
                    "workbook, or ask the sender for a new export, and import again."
                ).replace("%1", str(len(result.rejects)))
            )
        elif result.warnings:
            self.state.setText(
                self.tr(
                    "Nothing has been changed yet. Apply to import these records; the warnings "
                    "say what would not be imported."
                )
            )
        else:
            self.state.setText(
                self.tr("Nothing has been changed yet. Apply to import these records.")
            )

    def trust_lines(self, found: Sequence[FileTrust]) -> list[str]:
        """Who signed each file and whose revisions it brings, or cannot (DESIGN.md,
        "Trust": the preview says which rows are whose)."""
        out = []
        for t in found:
            s = t.signer
            who = s.name or s.device_id
            head = {
                trust.OWN: self.tr("signed by this laptop"),
                trust.HQ: self.tr("signed by HQ (%1)").replace("%1", s.fingerprint),
                trust.ENROLLED: self.tr("signed by %1 (%2)")
                .replace("%1", who)
                .replace("%2", s.fingerprint),
                trust.UNKNOWN: self.tr("signed by %1, who is not enrolled here (%2)")
                .replace("%1", who)
                .replace("%2", s.fingerprint),
                trust.LEGACY: self.tr("not signed (an older fieldkit), taken whole"),
            }.get(s.standing, self.tr("not signed"))
            out.append(f"{Path(t.file).name}: {head}")
            parts = []
            for device, n in sorted(t.brought.items()):
                if device == MERGE_DEVICE:
                    parts.append(self.tr("%1 merges").replace("%1", str(n)))
                elif device == s.device_id:
                    parts.append(self.tr("%1 by %2").replace("%1", str(n)).replace("%2", who))
                else:
                    parts.append(self.tr("%1 by %2").replace("%1", str(n)).replace("%2", device))
            if t.edits:
                parts.append(
                    self.tr("%1 corrected in a spreadsheet (saved as yours)").replace(
                        "%1", str(t.edits)
                    )
                )
            if parts:
                out.append("  " + self.tr("Brings: %1").replace("%1", ", ".join(parts)))
            for device, n in sorted(t.withheld.items()):
                out.append(
                    "  "
                    + self.tr(
                        "Not imported: %1 made by another device (%2); only that device, or HQ, "
                        "may send them"
                    )
                    .replace("%1", str(n))
                    .replace("%2", device)
                )
        return out

    def reject(self) -> None:
        if self.imported:  # Close after an import that applied
            self.accept()
            return
        if self.busy and self.progress is not None:
            self.progress.cancel()  # the preview stops at its next step, then closes
            self.state.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.busy:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)
