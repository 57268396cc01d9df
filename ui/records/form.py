"""A record's form, laid out from its declaration: one row per declared field,
required fields marked, the core's validation message under the field it is
about, and a live total where a record counts people (a session's attendance)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldkit.declare import FieldSpec, Kind, RecordType
from fieldkit.storage.database import Database
from fieldkit.validate import FieldError
from ui.records.editors import Editor, make_editor
from ui.records.pickers import RefCombo
from ui.strings import i18n

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #8a5a00;"
LABEL_WIDTH = 210
ADDABLE = ("staff", "village")  # reference lists a volunteer may add to from a form


def headcount_fields(rtype: RecordType) -> list[FieldSpec]:
    """Required whole-number fields starting at 0: the people a record counts.

    On a session these are girls, boys, women and men; derived from the
    declaration rather than listed, so a new headcount field joins the total.
    """
    return [f for f in rtype.fields if f.kind is Kind.INT and f.required and f.default == 0]


class RecordForm(QWidget):
    changed = Signal()

    def __init__(self, db: Database, rtype: RecordType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rtype = rtype
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.new_buttons: dict[str, QPushButton] = {}  # field → "New village…" and the like
        self.hints: dict[str, QLabel] = {}  # field → what to do while its list is empty
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.headcount = headcount_fields(rtype)
        self.total = QLabel()
        for spec in rtype.fields:
            editor = make_editor(spec, db)
            self.editors[spec.name] = editor
            text = i18n.label(spec)
            label = QLabel(f"{text} *" if spec.required else text)
            if label.sizeHint().width() > LABEL_WIDTH:  # two lines, not half the form
                label.setWordWrap(True)
                label.setFixedWidth(LABEL_WIDTH)
                label.setMinimumHeight(label.heightForWidth(LABEL_WIDTH))
            label.setBuddy(editor.widget)
            if spec.help:
                label.setToolTip(i18n.declared(spec.help))
                editor.widget.setToolTip(i18n.declared(spec.help))
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            if isinstance(editor.widget, RefCombo) and editor.widget.ref in ADDABLE:
                column.addLayout(self._addable(spec.name, editor.widget))
            else:
                column.addWidget(editor.widget)
            column.addWidget(error)
            form.addRow(label, column)
            self.labels[spec.name], self.errors[spec.name] = label, error
            editor.changed.connect(self.changed)
            editor.changed.connect(lambda n=spec.name: self.clear_error(n))  # corrected
            if spec in self.headcount and spec is self.headcount[-1] and len(self.headcount) > 1:
                form.addRow(QLabel(self.tr("Total participants")), self.total)
        if len(self.headcount) > 1:
            self.changed.connect(self.update_total)
            self.update_total()
        self._follow_district()
        legend = QLabel(self.tr("Fields marked * are required."))
        legend.setStyleSheet("color: #555;")
        outer = QVBoxLayout(self)
        outer.addWidget(legend)
        outer.addWidget(self.summary)
        outer.addLayout(form)
        outer.addStretch(1)

    def _addable(self, name: str, combo: RefCombo) -> QVBoxLayout:
        """A staff or village list with its "New …" button, and the hint shown
        while it offers nothing (a fresh laptop, before HQ's file)."""
        button = QPushButton(self.new_text(combo.ref))
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes field to field
        hint = QLabel(self.empty_text(combo.ref))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.new_buttons[name], self.hints[name] = button, hint
        row = QHBoxLayout()
        row.addWidget(combo, 1)
        row.addWidget(button)
        outer = QVBoxLayout()
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(hint)
        combo.currentIndexChanged.connect(lambda _i: self.update_hint(name))
        self.update_hint(name)
        return outer

    def new_text(self, ref: str) -> str:
        return self.tr("New staff member…") if ref == "staff" else self.tr("New village…")

    def empty_text(self, ref: str) -> str:
        if ref == "staff":
            return self.tr(
                "No staff member is listed on this laptop yet. Add one with "
                "“New staff member…”, or import HQ's file on the Sync screen."
            )
        return self.tr(
            "No village is listed here yet. Add one with “New village…”, or import "
            "HQ's file on the Sync screen."
        )

    def update_hint(self, name: str) -> None:
        combo = self.editors[name].widget
        assert isinstance(combo, RefCombo)
        self.hints[name].setVisible(combo.count() <= 1)  # only the empty entry

    def _follow_district(self) -> None:
        """Where a form has a district, its village list offers that district's villages."""
        district = next((e for e in self.editors.values() if e.spec.ref == "district"), None)
        if district is None:
            return
        narrowed = [
            e.widget
            for e in self.editors.values()
            if isinstance(e.widget, RefCombo) and e.widget.by_district
        ]

        def follow() -> None:
            for combo in narrowed:
                combo.show_district(district.value())
            for name in self.hints:
                self.update_hint(name)

        district.changed.connect(follow)

    def update_total(self) -> None:
        total = sum(self.editors[f.name].value() or 0 for f in self.headcount)
        self.total.setText(f"<b>{total}</b>")

    def focus_first(self) -> None:
        """The first field takes the keyboard: a form is typed into at once."""
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def unticked_required(self) -> list[FieldError]:
        """Required tick boxes left empty ("Consent given"): the form's * promises
        they are needed, so saving stops there, as at any empty required field."""
        return [
            FieldError(name, "is required")
            for name, e in self.editors.items()
            if e.spec.required and e.spec.kind is Kind.BOOL and not e.value()
        ]

    def values(self) -> dict[str, Any]:
        return {name: e.value() for name, e in self.editors.items()}

    def set_defaults(self, defaults: dict[str, Any]) -> None:
        """A new record's starting values: *defaults* maps a referenced type
        (``staff``, ``district``) to the record every such field starts as."""
        for editor in self.editors.values():
            if editor.spec.ref in defaults and editor.value() is None:
                editor.set_value(defaults[editor.spec.ref])

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)

    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        for e in errors:
            target = self.errors.get(e.field)
            if target is None:
                continue
            target.setText(message(e))
            target.show()
        self.summary.setText(self.tr("Not saved: please correct the fields marked in red."))
        self.summary.show()
        first = next((e.field for e in errors if e.field in self.editors), None)
        if first:
            self.editors[first].widget.setFocus()

    def clear_error(self, name: str) -> None:
        """A field changed after a refused save: its message goes, and the summary
        with the last of them."""
        label = self.errors.get(name)
        if label is None or label.isHidden():
            return
        label.clear()
        label.hide()
        if all(e.isHidden() for e in self.errors.values()):
            self.summary.hide()

    def clear_errors(self) -> None:
        self.summary.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()


def message(error: FieldError) -> str:
    """The core's message, translated when it is one of the fixed ones."""
    if error.message == "is required":
        return i18n.declared("This field is required.")
    return i18n.declared(error.message)
