"""Export for a partner or donor: the pseudonymised workbook, keyed to its
recipient (fieldkit.sync.workbook.pseudonymise; docs/pseudonymised.md)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from fieldkit.anonymity import DEFAULT_K
from fieldkit.sync import transfer
from fieldkit.sync.workbook import ExportResult
from ui import ops
from ui.bus import Context
from ui.profile import ERROR_STYLE
from ui.sync.export import EXPORTED, field_records


class PartnerExportBox(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Export for a partner"))
        hint = QLabel(
            self.tr(
                "Only people whose consent covers partners. No names, phones, notes, record "
                "ids or laptop names; at least k people share every combination of district, "
                "village, birth year, sex and dates."
            )
        )
        hint.setWordWrap(True)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("the organisation it is for"))
        self.k = QSpinBox()
        self.k.setRange(2, 100)
        self.k.setValue(DEFAULT_K)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.button = QPushButton(self.tr("Export for a partner…"))
        self.button.clicked.connect(self.choose_target)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("At least k people alike"), self.k)
        form.addRow(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.status)

    def choose_target(self) -> None:
        self.problem.clear()
        recipient = " ".join(self.recipient.text().split())
        if not recipient:
            self.problem.setText(
                self.tr("Name the recipient: the pseudonyms are made for them alone.")
            )
            return
        who = re.sub(r"[^\w-]+", "-", recipient).strip("-") or "partner"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for a partner"),
            str(Path.home() / f"{who}-{date.today().isoformat()}{transfer.WORKBOOK_SUFFIX}"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != transfer.WORKBOOK_SUFFIX:
            target = target.with_name(target.name + transfer.WORKBOOK_SUFFIX)
        self.export(target, recipient, self.k.value())

    def export(self, target: Path, recipient: str, k: int) -> None:
        self.button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def done(result: ExportResult) -> None:
            self.button.setEnabled(True)
            self.status.setText(
                self.tr("Exported %1 records for %2, pseudonymised (k = %3), to %4")
                .replace("%1", QLocale().toString(field_records(result.counts)))
                .replace("%2", recipient)
                .replace("%3", QLocale().toString(k))
                .replace("%4", str(result.path))
            )

        def failed(exc: Exception) -> None:
            self.button.setEnabled(True)
            self.status.clear()
            ops.show_error(self, exc)

        ops.write(
            self.ctx,
            lambda db: ops.Changed(
                transfer.export(db, target, profile="pseudonymised", recipient=recipient, k=k),
                EXPORTED,
            ),
            done,
            on_error=failed,
            owner=self,
        )
