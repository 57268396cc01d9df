"""One editor per field kind, made from the field's declaration.

Every editor offers ``value()`` (what the core's ``validate.coerce`` accepts),
``set_value(v)`` (from a record, or from a draft's JSON) and ``changed``. Optional
numbers and dates may be empty: they show blank at a sentinel one step below the
declared minimum, since Qt's spin boxes and date boxes cannot hold "nothing".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from fieldkit import validate
from fieldkit.declare import FieldSpec, Kind
from fieldkit.storage.database import Database
from ui.records.dates import DateBox
from ui.records.pickers import PersonPicker, RefCombo
from ui.strings import i18n

BLANK = " "  # what an empty spin box shows


def _coerced(spec: FieldSpec, value: Any) -> Any:
    """A draft holds JSON (dates and money as text): back to the declared type."""
    try:
        return validate.coerce(spec, value)
    except validate.Invalid:
        return None


class Editor(QObject):
    changed = Signal()

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        super().__init__(widget)
        self.spec = spec
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TextEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        box = QLineEdit()
        if spec.max_length:
            box.setMaxLength(spec.max_length)
        super().__init__(spec, box)
        box.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.widget.text()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))  # type: ignore[attr-defined]


class NoteEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)  # Tab moves on, as in every other field
        box.setFixedHeight(70)
        super().__init__(spec, box)
        box.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.widget.toPlainText()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))  # type: ignore[attr-defined]


class NumberEditor(Editor):
    """Whole numbers, decimals and money, within the declared bounds."""

    def __init__(self, spec: FieldSpec) -> None:
        whole = spec.kind is Kind.INT
        box: QSpinBox | QDoubleSpinBox = QSpinBox() if whole else QDoubleSpinBox()
        if not whole:
            box.setDecimals(2 if spec.kind is Kind.MONEY else 6)  # type: ignore[union-attr]
        low = spec.minimum if spec.minimum is not None else -1e9
        high = spec.maximum if spec.maximum is not None else 1e9
        self.optional = spec.default is None
        step = 1 if whole else 0.01 if spec.kind is Kind.MONEY else 0.000001
        self.blank = low - step
        if whole:
            box.setRange(int(self.blank if self.optional else low), int(high))
        else:
            box.setRange(self.blank if self.optional else low, high)  # type: ignore[arg-type]
        if self.optional:
            box.setSpecialValueText(BLANK)
        box.setGroupSeparatorShown(i18n.grouped(spec))  # as lists and reports show it
        box.setAccelerated(True)
        super().__init__(spec, box)
        box.valueChanged.connect(self.changed)
        self.set_value(spec.default)

    def value(self) -> Any:
        v = self.widget.value()  # type: ignore[attr-defined]
        if self.optional and v <= self.blank:
            return None
        if self.spec.kind is Kind.MONEY:
            return Decimal(str(round(v, 2)))
        return v

    def set_value(self, value: Any) -> None:
        v = _coerced(self.spec, value)
        if v is None:
            v = self.blank if self.optional else (self.spec.minimum or 0)
        self.widget.setValue(int(v) if self.spec.kind is Kind.INT else float(v))  # type: ignore[attr-defined]


class DateEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        box = DateBox()
        box.setMaximumDate(QDate(2100, 12, 31))
        super().__init__(spec, box)
        box.dateChanged.connect(self.changed)
        if spec.required:  # a visit or session is most often recorded the same day
            box.set_value(date.today())

    def value(self) -> Any:
        return self.widget.value()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.widget.set_value(_coerced(self.spec, value))  # type: ignore[attr-defined]


class BoolEditor(Editor):
    """A tick box; its label stands on the left like every other field's."""

    def __init__(self, spec: FieldSpec) -> None:
        box = QCheckBox()
        super().__init__(spec, box)
        box.toggled.connect(self.changed)

    def value(self) -> Any:
        return self.widget.isChecked()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(_coerced(self.spec, value)))  # type: ignore[attr-defined]


class ChoiceEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        box = QComboBox()
        box.addItem(
            QCoreApplication.translate("editors", "— choose —") if spec.required else "", None
        )
        assert spec.choices is not None
        for c in spec.choices:
            box.addItem(i18n.declared(c.label), c.code)
        super().__init__(spec, box)
        box.currentIndexChanged.connect(self.changed)
        self.set_value(spec.default)

    def value(self) -> Any:
        return self.widget.currentData()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        box: QComboBox = self.widget  # type: ignore[assignment]
        box.setCurrentIndex(max(box.findData(value), 0))


class MultiEditor(Editor):
    """Several codes of a choice list, as a grid of check boxes."""

    COLUMNS = 2

    def __init__(self, spec: FieldSpec) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        assert spec.choices is not None
        self.boxes: dict[str, QCheckBox] = {}
        for n, c in enumerate(spec.choices):
            box = QCheckBox(i18n.declared(c.label))
            grid.addWidget(box, n // self.COLUMNS, n % self.COLUMNS)
            self.boxes[c.code] = box
        super().__init__(spec, holder)
        for box in self.boxes.values():
            box.toggled.connect(self.changed)

    def value(self) -> Any:
        return ";".join(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: Any) -> None:
        codes = set(str(value).split(";")) if value else set()
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class RefEditor(Editor):
    def __init__(self, spec: FieldSpec, db: Database) -> None:
        assert spec.ref is not None
        widget = PersonPicker(db) if spec.ref == "person" else RefCombo(db, spec.ref)
        super().__init__(spec, widget)
        if isinstance(widget, PersonPicker):
            widget.changed.connect(self.changed)
        else:
            widget.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.widget.value()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        self.widget.set_value(value)  # type: ignore[attr-defined]


def make_editor(spec: FieldSpec, db: Database) -> Editor:
    if spec.kind in (Kind.TEXT, Kind.PHONE):
        return TextEditor(spec)
    if spec.kind is Kind.NOTE:
        return NoteEditor(spec)
    if spec.kind in (Kind.INT, Kind.FLOAT, Kind.MONEY):
        return NumberEditor(spec)
    if spec.kind is Kind.DATE:
        return DateEditor(spec)
    if spec.kind is Kind.BOOL:
        return BoolEditor(spec)
    if spec.kind is Kind.CHOICE:
        return ChoiceEditor(spec)
    if spec.kind is Kind.MULTI:
        return MultiEditor(spec)
    return RefEditor(spec, db)
