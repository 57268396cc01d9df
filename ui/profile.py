"""The volunteer's profile: first-run dialog and the Profile part of Settings.

Stored in the ``setting`` table; the device identity (``device_id``) is made by
the core when the database is created, and the device *name* given here is what
people see beside it (history, exports). Saving it also makes the volunteer a
staff member (:mod:`fieldkit.profile`): the visitor and facilitator of the forms
they fill in, before HQ has sent any staff list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
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

from fieldkit import profile
from fieldkit.storage.database import Database
from fieldkit.store import Change
from fieldkit.sync import keys
from ui import ops
from ui.bus import Context
from ui.records.pickers import districts
from ui.strings import i18n

ERROR_STYLE = "color: #b00020;"
SYSTEM_LANGUAGES = {QLocale.Language.Azerbaijani: "az", QLocale.Language.Russian: "ru"}

FIELDS = ("volunteer_name", "organisation", "district", "device_name")

needs_first_run = profile.needs_first_run


def system_language() -> str:
    """The app's language closest to the laptop's own: az, ru, or else English."""
    return SYSTEM_LANGUAGES.get(QLocale.system().language(), i18n.DEFAULT)


def save_profile(db: Database, values: dict[str, str]) -> Change | None:
    """Write the profile (a body for the writer: :func:`ui.ops.write`); the staff
    member it keeps is announced, so open staff lists show them."""
    return profile.save(db, values)


class ProfileForm(QWidget):
    def __init__(
        self, db: Database, typed: dict[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        """*typed*: values to show instead of the stored ones (the dialog rebuilt
        in another language keeps what was typed)."""
        super().__init__(parent)
        shown = typed if typed is not None else {k: db.setting(k) or "" for k in FIELDS}
        self.name = QLineEdit(shown.get("volunteer_name", ""))
        self.organisation = QLineEdit(shown.get("organisation", ""))
        self.district = QComboBox()
        self.district.addItem("", None)
        for code, name in districts(db):
            self.district.addItem(name, code)
        self.district.setCurrentIndex(max(self.district.findData(shown.get("district")), 0))
        self.device = QLineEdit(shown.get("device_name", ""))
        self.device.setPlaceholderText(self.tr("e.g. Laptop of the Lachin office"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
    """Who the volunteer is, in the language chosen at the top: the laptop's own
    language to begin with (:func:`system_language`, installed by the app),
    switched at once when another is picked."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.body: QWidget | None = None
        self.outer = QVBoxLayout(self)
        self.build(None)
        self.resize(560, 400)

    def build(self, typed: dict[str, str] | None) -> None:
        """(Re)build every text in the language installed now."""
        if self.body is not None:
            self.outer.removeWidget(self.body)
            self.body.deleteLater()
        self.body = body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setWindowTitle(self.tr("Welcome to fieldkit"))
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        chooser = QFormLayout()
        chooser.addRow(self.tr("Language"), self.language)
        heading = QLabel(self.windowTitle())  # title bars vary; screenshots lack them
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Before you start, tell fieldkit who you are. Your name and this laptop's "
                "name travel with the records you export, so HQ knows where they came from. "
                "You are recorded as a staff member: the visitor and facilitator of the "
                "forms you fill in."
            )
        )
        intro.setWordWrap(True)
        self.profile = ProfileForm(self.ctx.db, typed)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(heading)
        layout.addLayout(chooser)
        layout.addWidget(intro)
        layout.addWidget(self.profile)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.outer.addWidget(body)

    def _language_chosen(self, _index: int) -> None:
        typed = self.profile.values()
        i18n.install(str(self.language.currentData()))
        self.build(typed)
        self.language.setFocus()

    def values(self) -> dict[str, Any]:
        return self.profile.values() | {"language": i18n.current()}

    def accept(self) -> None:
        if not self.profile.complete():
            self.problem.setText(self.tr("Give your name and a name for this laptop."))
            return
        values = self.values()

        def body(db: Database) -> Change | None:
            change = save_profile(db, values)
            keys.private_key(db)  # this laptop's signing key, made once, now
            return change

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            ops.show_error(self, exc)

        self.buttons.setEnabled(False)  # closed once written; open still if that failed
        ops.write(self.ctx, body, lambda _none: QDialog.accept(self), owner=self, on_error=failed)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the profile is being written
            super().reject()
