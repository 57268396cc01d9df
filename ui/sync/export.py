"""Export for HQ: a signed bundle, encrypted to HQ's key once this laptop joined
HQ (or with a password), or a workbook, which is not encrypted; everything or
only what changed since the last export. Each says what protects it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from fieldkit import records
from fieldkit.store import Change
from fieldkit.sync import keys, transfer
from fieldkit.sync.workbook import ExportResult
from ui import ops
from ui.bus import Context
from ui.profile import ERROR_STYLE

EXPORTED = Change("exchange", "exported", ())  # the status bar and the exchange list refresh


def field_records(counts: dict[str, int]) -> int:
    """Records of field work in an export's counts (districts and other reference data aside)."""
    return sum(int(counts.get(t.name, 0)) for t in records.record_types(reference=False))


class ExportBox(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Export for HQ"))
        self.workbook = QRadioButton(
            self.tr("Workbook (.xlsx): opens in Excel or LibreOffice; not encrypted")
        )
        self.bundle = QRadioButton()
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.workbook)
        self.kind.addButton(self.bundle)
        self.bundle.setChecked(True)
        self.changed_only = QCheckBox(self.tr("Only what changed since my last export"))
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for box in (self.password, self.repeat):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.button = QPushButton(self.tr("Export for HQ…"))
        self.button.clicked.connect(self.choose_target)
        self.workbook.toggled.connect(lambda _on: self.update_password())
        form = QFormLayout(self)
        form.addRow(self.workbook)
        form.addRow(self.bundle)
        form.addRow(self.changed_only)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.status)
        self.update_password()
        self.show_protection()

    def showEvent(self, event: QShowEvent) -> None:
        self.show_protection()  # HQ's key may have come with a bundle since
        super().showEvent(event)

    def show_protection(self) -> None:
        """Say what protects a bundle: HQ's key once this laptop has it, else a password."""
        if keys.hq_exchange(self.ctx.db):
            self.bundle.setText(
                self.tr("Bundle (.fkb): signed and encrypted to HQ's key; only HQ can open it")
            )
            self.password.setPlaceholderText(self.tr("not needed: encrypted to HQ's key"))
        else:
            self.bundle.setText(
                self.tr("Bundle (.fkb): signed by this laptop, can have a password")
            )
            self.password.setPlaceholderText(self.tr("optional"))

    def protection(self, result: ExportResult) -> str:
        if result.encrypted == "hq":
            return self.tr("Encrypted to HQ's key: only HQ can open it.")
        if result.encrypted == "password":
            return self.tr("Encrypted with the password: send the password another way.")
        return self.tr("Not encrypted: anyone with this file can read every name in it.")

    def update_password(self) -> None:
        for box in (self.password, self.repeat):
            box.setEnabled(self.bundle.isChecked())

    def suggested_name(self) -> str:
        who = (
            self.ctx.db.setting("device_name")
            or self.ctx.db.setting("volunteer_name")
            or "fieldkit"
        )
        who = re.sub(r"[^\w-]+", "-", who).strip("-") or "fieldkit"
        suffix = transfer.BUNDLE_SUFFIX if self.bundle.isChecked() else transfer.WORKBOOK_SUFFIX
        return f"{who}-{date.today().isoformat()}{suffix}"

    def choose_target(self) -> None:
        self.problem.clear()
        password = self.password.text() if self.bundle.isChecked() else ""
        if password != (self.repeat.text() if self.bundle.isChecked() else ""):
            self.problem.setText(self.tr("The two passwords differ: type the same password twice."))
            return
        bundle = self.bundle.isChecked()
        kinds = (
            self.tr("fieldkit bundles (*.fkb)") if bundle else self.tr("Excel workbooks (*.xlsx)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export for HQ"), str(Path.home() / self.suggested_name()), kinds
        )
        if not chosen:
            return
        target = Path(chosen)
        wanted = transfer.BUNDLE_SUFFIX if bundle else transfer.WORKBOOK_SUFFIX
        if target.suffix.lower() != wanted:
            target = target.with_name(target.name + wanted)
        self.export(target, password or None)

    def export(self, target: Path, password: str | None) -> None:
        changed = self.changed_only.isChecked()
        self.button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def done(result: ExportResult) -> None:
            self.button.setEnabled(True)
            self.password.clear()
            self.repeat.clear()
            self.status.setText(
                self.tr("Exported %1 records to %2")
                .replace("%1", QLocale().toString(field_records(result.counts)))
                .replace("%2", str(result.path))
                + "\n"
                + self.protection(result)
            )

        def failed(exc: Exception) -> None:
            self.button.setEnabled(True)
            self.status.clear()
            ops.show_error(self, exc)

        ops.write(
            self.ctx,
            lambda db: ops.Changed(
                transfer.export(db, target, changed=changed, password=password), EXPORTED
            ),
            done,
            on_error=failed,
            owner=self,
        )
