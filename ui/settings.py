"""Settings: profile, language, lock delay, accounts, data folder, back up now, restore."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage import paths
from fieldkit.storage.backups import backup
from fieldkit.storage.database import Database
from ui import ops
from ui.accounts import AccountsBox
from ui.bus import Context
from ui.profile import ProfileForm, save_profile
from ui.strings import i18n
from ui.unlock import LOCK_SETTING, lock_minutes


class SettingsDialog(QDialog):
    restore_requested = Signal(object)  # Path of the backup to put in place

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.profile = ProfileForm(ctx.db)
        profile_box = QGroupBox(self.tr("Profile"))
        QVBoxLayout(profile_box).addWidget(self.profile)

        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))

        folder = ctx.db.path.parent
        # A long path breaks after its separators (a label wraps only at spaces),
        # and the whole of it is in the tooltip.
        self.folder = QLabel(str(folder).replace(os.sep, os.sep + "\u200b"))
        self.folder.setToolTip(str(folder))
        self.folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.choose_backup)
        data_box = QGroupBox(self.tr("Data"))
        data = QFormLayout(data_box)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(open_folder)
        data.addRow(self.tr("Data folder"), row)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.backup_button)
        buttons_row.addWidget(self.restore_button)
        buttons_row.addStretch(1)
        data.addRow(buttons_row)
        data.addRow(self.backup_status)

        self.lock_after = QSpinBox()
        self.lock_after.setRange(0, 240)
        self.lock_after.setValue(lock_minutes(ctx.db))
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setSpecialValueText(self.tr("never"))
        general = QFormLayout()
        general.addRow(self.tr("Language"), self.language)
        general.addRow(self.tr("Lock after idle time"), self.lock_after)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(profile_box)
        layout.addLayout(general)
        self.accounts = AccountsBox(ctx)
        layout.addWidget(self.accounts)
        layout.addWidget(data_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        """Closes once the profile is written (the language is the window's to switch)."""
        values = self.profile.values()
        minutes = str(self.lock_after.value())

        def save(db: Database) -> object:
            db.set_setting(LOCK_SETTING, minutes)
            return save_profile(db, values)

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            ops.show_error(self, exc)

        self.buttons.setEnabled(False)
        ops.write(
            self.ctx,
            save,
            lambda _none: QDialog.accept(self),
            owner=self,
            on_error=failed,
        )

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the profile is being written
            super().reject()

    def back_up(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_status.setText(self.tr("Backing up…"))

        def done(target: Path) -> None:
            self.backup_button.setEnabled(True)
            self.backup_status.setText(self.tr("Backed up to %1").replace("%1", str(target)))

        # On the writer: SQLite's backup starts over whenever another connection writes.
        ops.write(self.ctx, lambda db: backup(db.path, "manual", db.key), done, owner=self)

    def choose_backup(self) -> None:
        folder = paths.backup_dir(self.ctx.db.path)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(folder),
            self.tr("fieldkit databases (*.db)"),
        )
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the current data with this backup? A copy of the current data "
                "is kept in the backups folder first."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(Path(chosen))
            self.reject()
