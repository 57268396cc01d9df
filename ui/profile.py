"""The volunteer's profile: first-run dialog and the Profile part of Settings.

Stored in the ``setting`` table; the device identity (``device_id``) is made by
the core when the database is created, and the device *name* given here is what
people see beside it (history, exports).
"""

from __future__ import annotations

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

from fieldkit.storage.database import Database
from fieldkit.sync import keys
from ui import ops
from ui.bus import Context
from ui.records.pickers import districts

ERROR_STYLE = "color: #b00020;"


def needs_first_run(db: Database) -> bool:
    return not db.setting("volunteer_name")


def save_profile(db: Database, values: dict[str, str]) -> None:
    """Write the profile (a body for the writer: :func:`ui.ops.write`)."""
    for key, value in values.items():
        db.set_setting(key, value)


class ProfileForm(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(db.setting("volunteer_name") or "")
        self.organisation = QLineEdit(db.setting("organisation") or "")
        self.district = QComboBox()
        self.district.addItem("", None)
        for code, name in districts(db):
            self.district.addItem(name, code)
        self.district.setCurrentIndex(max(self.district.findData(db.setting("district")), 0))
        self.device = QLineEdit(db.setting("device_name") or "")
        self.device.setPlaceholderText(self.tr("e.g. Laptop of the Lachin office"))
        form = QFormLayout(self)
        form.addRow(self.tr("Your name *"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("District you work in"), self.district)
        form.addRow(self.tr("Name of this laptop *"), self.device)
        id_label = QLabel(db.device_id)
        id_label.setToolTip(self.tr("Stamped on every record saved on this laptop."))
        form.addRow(self.tr("Device identity"), id_label)

    def complete(self) -> bool:
        return bool(self.name.text().strip() and self.device.text().strip())

    def values(self) -> dict[str, str]:
        """What was typed, as the ``setting`` table keeps it."""
        return {
            "volunteer_name": self.name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "district": self.district.currentData() or "",
            "device_name": self.device.text().strip(),
        }


class FirstRunDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Welcome to fieldkit"))
        intro = QLabel(
            self.tr(
                "Before you start, tell fieldkit who you are. Your name and this laptop's "
                "name travel with the records you export, so HQ knows where they came from."
            )
        )
        intro.setWordWrap(True)
        self.profile = ProfileForm(ctx.db)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.profile)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def accept(self) -> None:
        if not self.profile.complete():
            self.problem.setText(self.tr("Give your name and a name for this laptop."))
            return
        values = self.profile.values()

        def body(db: Database) -> None:
            save_profile(db, values)
            keys.private_key(db)  # this laptop's signing key, made once, now

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            ops.show_error(self, exc)

        self.buttons.setEnabled(False)  # closed once written; open still if that failed
        ops.write(self.ctx, body, lambda _none: QDialog.accept(self), owner=self, on_error=failed)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the profile is being written
            super().reject()
