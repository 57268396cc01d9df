"""Dates typed as a volunteer types them: into an empty box, digit by digit, in the
UI language's order; the calendar from the keyboard; one Tab per date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QTableView

from tests.ui.drive import keys, save, visible_errors
from ui.records.dates import DateBox

SHOWN = {"az": "15.12.2026", "ru": "15.12.2026", "en": "15/12/2026"}


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_an_empty_date_box_takes_a_date_typed_digit_by_digit(
    qtbot: Any, app: Any, language: str
) -> None:
    window = app.open()
    window.set_language(language)
    form = window.open_form("livelihood_assistance").form
    box = form.editors["delivery_date"].widget
    assert isinstance(box, DateBox) and box.value() is None
    box.setFocus()
    keys(box.edit, SHOWN[language])  # with its separators
    assert box.edit.displayText() == SHOWN[language]
    assert form.values()["delivery_date"] == date(2026, 12, 15)

    box.edit.selectAll()
    qtbot.keyClick(box.edit, Qt.Key.Key_Backspace)
    assert box.value() is None
    box.edit.home(False)
    keys(box.edit, "15122026")  # digits only: the separators are skipped
    assert box.edit.displayText() == SHOWN[language]
    assert box.value() == date(2026, 12, 15)
    window.dialog.done(0)
    window.set_language("en")


def test_a_one_digit_day_is_ended_by_its_separator(qtbot: Any, app: Any) -> None:
    window = app.open()
    window.set_language("az")
    box = window.open_form("livelihood_assistance").form.editors["delivery_date"].widget
    box.setFocus()
    keys(box.edit, "5.3.2026")
    assert box.value() == date(2026, 3, 5)
    box.edit.editingFinished.emit()
    assert box.edit.displayText() == "05.03.2026"
    window.dialog.done(0)
    window.set_language("en")


def test_a_half_typed_date_is_refused_with_a_message_not_dropped(qtbot: Any, app: Any) -> None:
    window = app.open()
    dialog = window.open_form("person")
    form = dialog.form
    keys(form.editors["full_name"].widget, "Səbinə İsmayılova")
    form.editors["consent_given"].widget.setChecked(True)
    box = form.editors["consent_date"].widget
    box.setFocus()
    keys(box.edit, "15.12.20")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert form.errors["consent_date"].isVisibleTo(form), visible_errors(form)
    dialog.done(0)


@pytest.mark.parametrize("key", ["alt+down", "f4"])
def test_the_keyboard_opens_the_calendar_on_today(qtbot: Any, app: Any, key: str) -> None:
    window = app.open()
    box = window.open_form("person").form.editors["consent_date"].widget
    box.setFocus()
    if key == "f4":
        qtbot.keyClick(box.edit, Qt.Key.Key_F4)
    else:
        qtbot.keyClick(box.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = box.calendar
    assert isinstance(calendar, QCalendarWidget) and calendar.isVisible()
    assert calendar.selectedDate() == QDate.currentDate()  # not the month's last day
    assert calendar.maximumDate() <= QDate(2100, 12, 31)

    # Enter takes the highlighted day and closes the calendar.
    days = calendar.findChild(QTableView)  # the grid of days has the keyboard
    qtbot.keyClick(days, Qt.Key.Key_Left)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    yesterday = QDate.currentDate().addDays(-1).toPython()
    assert box.value() == yesterday and not calendar.isVisible()
    window.dialog.done(0)


def test_a_date_is_one_tab_stop(qtbot: Any, app: Any) -> None:
    window = app.open()
    dialog = window.open_form("person")
    form = dialog.form
    order = list(form.editors)
    before = form.editors[order[order.index("consent_date") - 1]].widget
    after = form.editors[order[order.index("consent_date") + 1]].widget
    dialog.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editors["consent_date"].widget.edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is after or after.isAncestorOf(focused)
    dialog.done(0)


def test_a_required_date_starts_on_today_and_saves_as_typed(qtbot: Any, app: Any) -> None:
    window = app.open()
    form = window.open_form("home_visit").form
    box = form.editors["visit_date"].widget
    assert box.value() == date.today()
    window.dialog.done(0)
