"""Creating or editing one record: the form, Save / Cancel, and its draft.

While the form is open its values are written to the ``draft`` table a moment
after each change (``fieldkit.drafts``); saving or cancelling removes the draft,
so whatever is left after a crash is exactly the unsaved work. Drafts and the
record are written by the single writer (:func:`ui.ops.write`), in the order
asked: a draft queued before Save is removed by it, never left behind.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit import drafts, profile, query, records, store
from fieldkit.storage.database import Database
from fieldkit.validate import ValidationError
from ui import ops
from ui.bus import Context
from ui.records.form import RecordForm
from ui.records.pickers import RefCombo
from ui.strings import i18n

AUTOSAVE_MS = 600
WIDTH, HEIGHT = 620, 720  # at most: a 1366×768 screen keeps Save in view
SCREEN_MARGIN = 16
TITLE_BAR = 32  # not part of availableGeometry


class RecordDialog(QDialog):
    saved = Signal(object)  # the saved record (dict)

    def __init__(
        self,
        ctx: Context,
        type_name: str,
        record: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rtype = records.get(type_name)
        self.record = record
        self.draft_key = drafts.key_for(type_name, record["id"] if record else None)
        title = i18n.declared(self.rtype.label)
        self.setWindowTitle(
            self.tr("Edit: %1").replace("%1", title)
            if record
            else self.tr("New: %1").replace("%1", title)
        )
        heading = QLabel(
            self.windowTitle()
        )  # also in the window: title bars vary, screenshots lack them
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.form = RecordForm(ctx.db, self.rtype)
        if record is not None:
            self.form.set_values(store.content_of(self.rtype, record))
        else:  # the volunteer as visitor or facilitator, their district (not a change)
            self.form.set_defaults(profile.defaults(ctx.db))
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.dirty = False
        self.saving = False  # a save is on the writer; Save is greyed until it answers
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.form.changed.connect(self._changed)
        self._wire_new_person()
        self._wire_new_reference()
        self.fit_to_screen(scroll, layout)
        self.form.focus_first()

    def fit_to_screen(self, scroll: QScrollArea, layout: QVBoxLayout) -> None:
        """As wide as the form asks (no sideways scrolling) and never taller than
        the screen less its title bar and taskbar, so Save stays in view."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        frame = scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
        margins = layout.contentsMargins()
        wanted = self.form.sizeHint().width() + frame + margins.left() + margins.right()
        width = min(max(WIDTH, wanted), screen.width() - SCREEN_MARGIN)
        height = min(HEIGHT, screen.height() - SCREEN_MARGIN - TITLE_BAR)
        self.resize(width, height)

    # --- drafts ---------------------------------------------------------------

    def _changed(self) -> None:
        self.dirty = True
        self.autosave.start()

    def save_draft(self) -> None:
        self.autosave.stop()
        if self.saving:  # the save removes the draft; one written after it would stay
            return
        name, values, record = self.rtype.name, self.form.values(), self.record
        ops.write(
            self.ctx,
            lambda db: drafts.save(
                db,
                name,
                values,
                record_id=record["id"] if record else None,
                base_version=record["version"] if record else None,
            ),
            owner=self,
        )

    def restore_draft(self, values: dict[str, Any], base_version: int | None = None) -> None:
        """Put a draft's values back; an edit keeps the version it started from,
        so saving it over a newer version asks first (StaleEdit)."""
        self.form.set_values(values)
        if self.record is not None and base_version is not None:
            self.record = self.record | {"version": base_version}
        self.dirty = True

    def start_with(self, values: dict[str, Any]) -> None:
        """A new record's starting values from the screen that asked for it (the
        family of a follow-up due): nothing typed yet, so nothing to discard."""
        self.form.set_values(values)
        self.dirty = False
        self.autosave.stop()

    # --- save / cancel ----------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        unticked = self.form.unticked_required()
        if unticked:
            self.form.show_errors(unticked)
            return
        name, values, record, key = self.rtype.name, self.form.values(), self.record, self.draft_key

        def body(db: Database) -> ops.Changed[dict[str, Any]]:
            if record is None:
                saved = store.create(db, name, values)
                change = store.Change(name, "created", (saved["id"],))
            else:
                saved, change = store.update(
                    db, name, record["id"], values, expected_version=record["version"]
                )
            drafts.discard(db, key)
            return ops.Changed(saved, change)  # the lists show it from the announcement

        self.autosave.stop()
        self._saving(True)
        ops.write(self.ctx, body, self._saved, on_error=self._not_saved, owner=self)

    def _saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)

    def _saved(self, record: dict[str, Any]) -> None:
        self._saving(False)
        self.record = record
        self.saved.emit(record)
        self.accept()

    def _not_saved(self, exc: Exception) -> None:
        self._saving(False)
        if self.dirty:
            self.autosave.start()  # the typed values stay a draft until they are saved
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.errors)
        elif isinstance(exc, store.StaleEdit):
            # Someone saved this record meanwhile (an import, another window). The
            # typed values stay in the form; saving again replaces that version on purpose.
            assert self.record is not None
            self.record = store.get(self.ctx.db, self.rtype.name, self.record["id"]) or self.record
            self.save_draft()
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "This record was changed elsewhere since you opened it. Save again "
                    "to replace those changes with yours, or Cancel to keep them."
                ),
            )
        else:
            ops.show_error(self, exc)

    def reject(self) -> None:
        if self.saving:  # the save answers in a moment: it closes the form, or says why not
            return
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard the changes made in this form?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,  # Enter keeps the form
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.autosave.stop()
        key = self.draft_key
        ops.write(self.ctx, lambda db: drafts.discard(db, key), owner=self)
        super().reject()

    # --- a new person without leaving the form ---------------------------------------

    def _wire_new_person(self) -> None:
        from ui.records.pickers import PersonPicker

        for editor in self.form.editors.values():
            if isinstance(editor.widget, PersonPicker):
                picker = editor.widget
                picker.new_requested.connect(lambda p=picker: self.new_person(p))

    def new_person(self, picker: Any) -> None:
        dialog = RecordDialog(self.ctx, "person", parent=self)
        typed = picker.edit.text().strip()
        first = records.get("person").title_fields[0]  # what was typed is a name
        if typed and first in dialog.form.editors:
            dialog.form.editors[first].set_value(typed)
        dialog.saved.connect(lambda rec: (picker.set_value(rec["id"]), picker.changed.emit()))
        self.child = dialog
        dialog.open()

    # --- a new staff member or village, the same way --------------------------------

    def _wire_new_reference(self) -> None:
        for name, button in self.form.new_buttons.items():
            button.clicked.connect(lambda _c=False, n=name: self.new_reference(n))

    def new_reference(self, field_name: str) -> RecordDialog:
        """Make the staff member or village the field refers to, and choose it."""
        combo = self.form.editors[field_name].widget
        assert isinstance(combo, RefCombo)
        dialog = RecordDialog(self.ctx, combo.ref, parent=self)
        district = next(
            (e.value() for e in self.form.editors.values() if e.spec.ref == "district"), None
        )
        if district:  # a village of the district this form is about, not the profile's
            for editor in dialog.form.editors.values():
                if editor.spec.ref == "district":
                    editor.set_value(district)

        def made(rec: dict[str, Any]) -> None:
            title = query.titles(self.ctx.db, combo.ref, [rec["id"]]).get(rec["id"], "")
            combo.add_option(rec["id"], title, rec.get("district") if combo.by_district else None)
            self.form.update_hint(field_name)

        dialog.saved.connect(made)
        self.child = dialog
        dialog.open()
        return dialog
