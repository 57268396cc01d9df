"""A home visit recorded with the keyboard alone, as a volunteer types it; the
keys are the ones the manual gives (docs/manual.md, "A home visit with the
keyboard"): Ctrl+2, Ctrl+N, a few letters of the name, Down, Enter, Tab, the
date's digits, Tab, Tab, P, Ctrl+S."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from fieldkit import query
from tests.factories import Factory
from tests.ui.drive import keys
from ui.records.dialog import RecordDialog


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key, to whatever has the keyboard now, as a person's key press goes: an
    open list of matches (a popup takes the keyboard), else the focused widget."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    qtbot.keyClick(target, key, modifier)


def test_a_home_visit_typed_with_the_keyboard_alone(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    person = make.create("person", full_name="Ülviyyə Qasımova")
    # The first run made the volunteer a staff member: the default visitor.
    me = make.create("staff", full_name="Aynur Məmmədova", district="AZ-LAC")
    app.db.set_setting("staff_id", me["id"])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Home visits
    assert window.current_type() == "home_visit"
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New
    qtbot.waitUntil(lambda: isinstance(window.dialog, RecordDialog) and window.dialog.isVisible())
    dialog = window.dialog
    form = dialog.form
    picker = form.editors["person_id"].widget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.edit)  # the first field
    keys(picker.edit, "qasım")
    qtbot.waitUntil(lambda: picker.matches.rowCount() == 1, timeout=5000)
    press(qtbot, Qt.Key.Key_Down)  # into the matches
    press(qtbot, Qt.Key.Key_Return)  # take it
    qtbot.waitUntil(lambda: picker.value() == person["id"])
    press(qtbot, Qt.Key.Key_Tab)
    box = form.editors["visit_date"].widget
    assert QApplication.focusWidget() is box.edit  # one Tab to the date
    day = date.today() - timedelta(days=3)
    box.edit.selectAll()
    keys(box.edit, QDate(day.year, day.month, day.day).toString(box.fmt))  # its digits only
    press(qtbot, Qt.Key.Key_Tab)  # the visitor: the volunteer already
    press(qtbot, Qt.Key.Key_Tab)
    purpose = form.editors["purpose"].widget
    assert QApplication.focusWidget() is purpose
    keys(purpose, "p")  # Psychosocial support, by its first letter
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    [visit] = query.search(app.db, "home_visit")
    assert (visit["person_id"], visit["visit_date"], visit["purpose"]) == (
        person["id"],
        day,
        "psychosocial",
    )
    assert visit["visitor_id"] == me["id"]
