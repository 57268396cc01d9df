"""Driving forms the way a person does: typing, ticking, picking from lists."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from fieldkit.declare import Kind
from ui.records.dates import DateBox
from ui.records.dialog import RecordDialog
from ui.records.form import RecordForm
from ui.records.pickers import PersonPicker


def keys(widget: QWidget, text: str) -> None:
    """Type *text* as key presses; unlike QTest.keyClicks, Azerbaijani letters too."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    keys(widget, text)


def type_date(qtbot: Any, box: DateBox, value: date) -> None:
    """Type a date's digits into a date box, in the UI language's order (15122026)."""
    box.edit.selectAll()
    qtbot.keyClick(box.edit, Qt.Key.Key_Backspace)
    box.edit.home(False)
    keys(box.edit, QDate(value.year, value.month, value.day).toString(box.fmt))


def pick(combo: QComboBox, data: Any) -> None:
    """Choose the entry holding *data*, as a click in the drop-down would."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def pick_person(qtbot: Any, picker: PersonPicker, name: str) -> None:
    """Type part of a name, wait for the matches, take the first one with Enter."""
    type_into(qtbot, picker.edit, name)
    qtbot.waitUntil(lambda: picker.matches.rowCount() > 0)
    popup = picker.completer.popup()
    popup.setCurrentIndex(picker.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.value() is not None)


def click_box(qtbot: Any, box: QCheckBox) -> None:
    """Click the tick box itself (at its left), not somewhere beside the label."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def fill(qtbot: Any, dialog: RecordDialog, values: dict[str, Any]) -> None:
    for name, value in values.items():
        editor = dialog.form.editors[name]
        widget, kind = editor.widget, editor.spec.kind
        if isinstance(widget, PersonPicker):
            pick_person(qtbot, widget, value)
        elif kind in (Kind.TEXT, Kind.PHONE, Kind.NOTE):
            type_into(qtbot, widget, value)
        elif kind in (Kind.INT, Kind.FLOAT, Kind.MONEY):
            line = widget.findChild(QLineEdit)
            line.selectAll()
            keys(line, str(value))
        elif kind is Kind.DATE:
            assert isinstance(value, date)
            type_date(qtbot, widget, value)
        elif kind is Kind.BOOL:
            if widget.isChecked() != bool(value):
                click_box(qtbot, widget)
        elif kind is Kind.MULTI:
            for code in value.split(";"):
                click_box(qtbot, editor.boxes[code])  # type: ignore[attr-defined]
        else:  # choices and references to small lists: combo boxes
            pick(widget, value)


def shortcut(qtbot: Any, window: QWidget, key: Qt.Key) -> None:
    """Ctrl+<key> in *window* (shortcuts reach only the active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def save(qtbot: Any, dialog: RecordDialog) -> None:
    """Ctrl+S, as a person saves; then wait for the answer, as a person does: the
    form closes, or Save is offered again beside what is wrong."""
    shortcut(qtbot, dialog, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.save_button.isEnabled())


def texts(table: QTableWidget) -> list[list[str]]:
    """What a person reads in a table, row by row."""
    return [
        [cell.text() if (cell := table.item(r, c)) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def visible_errors(form: RecordForm) -> list[str]:
    """The messages shown beside the fields (why a save was refused)."""
    return [label.text() for label in form.errors.values() if label.isVisibleTo(form)]
