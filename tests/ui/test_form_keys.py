"""Forms and lists at the keyboard: the first field takes the keys, Tab goes
field to field, messages go once corrected, a required tick box is asked for,
Esc and Delete ask with No as the default, Down and Enter reach a record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit import query
from tests.factories import FIELD_WORK, Factory
from tests.ui.drive import click_box, fill, keys, save, visible_errors
from ui.records.dialog import RecordDialog

REAL_QUESTION = QMessageBox.question  # before the dialogs fixture answers for the person


def focused(dialog: Any) -> Any:
    return dialog.focusWidget()


def test_the_first_field_takes_the_keys_and_tab_skips_the_new_buttons(qtbot: Any, app: Any) -> None:
    window = app.open()
    for type_name in FIELD_WORK:
        dialog = window.open_form(type_name)
        assert dialog is not None
        first = next(iter(dialog.form.editors.values())).widget
        target = first.focusProxy() or first
        assert focused(dialog) is target, type_name
        dialog.done(0)

    visit = window.open_form("home_visit")
    picker = visit.form.editors["person_id"].widget
    order = list(visit.form.editors)
    qtbot.keyClick(focused(visit), Qt.Key.Key_Tab)
    after = visit.form.editors[order[1]].widget
    assert focused(visit) is (after.focusProxy() or after)  # not "New person…"
    assert focused(visit) is not picker.new_button
    for _ in range(8):  # nor "New staff member…", wherever Tab goes
        qtbot.keyClick(focused(visit), Qt.Key.Key_Tab)
        assert focused(visit) not in (picker.new_button, *visit.form.new_buttons.values())


def test_a_message_goes_once_its_field_is_corrected_and_consent_is_asked_for(
    qtbot: Any, app: Any
) -> None:
    window = app.open()
    Factory(app.db).village_id()
    form = window.open_form("person")
    fill(qtbot, form, {"sex": "female", "district": "AZ-LAC", "displacement": "idp"})
    save(qtbot, form)
    assert form.isVisible()
    errors = form.form.errors
    assert errors["consent_given"].isVisibleTo(form.form)  # the * box, left empty
    assert errors["consent_given"].text() == "This field is required."

    click_box(qtbot, form.form.editors["consent_given"].widget)
    assert not errors["consent_given"].isVisibleTo(form.form)
    save(qtbot, form)  # now the name (and the consent date) are what is missing
    assert errors["full_name"].isVisibleTo(form.form), visible_errors(form.form)
    keys(form.form.editors["full_name"].widget, "Lalə Hüseynova")
    assert not errors["full_name"].isVisibleTo(form.form)
    assert "This field is required." not in visible_errors(form.form)


def test_esc_asks_before_discarding_and_enter_keeps_the_form(
    qtbot: Any, app: Any, monkeypatch: Any
) -> None:
    window = app.open()
    form = window.open_form("person")
    keys(form.form.editors["full_name"].widget, "Lalə")
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)  # the real box this time
    asked: list[str] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer_with_enter)
    qtbot.keyClick(focused(form), Qt.Key.Key_Escape)
    assert asked == ["Discard the changes made in this form?"]
    assert form.isVisible() and form.form.editors["full_name"].value() == "Lalə"


def test_delete_asks_first_and_undo_stands_beside_its_message(
    qtbot: Any, app: Any, dialogs: Any
) -> None:
    window = app.open()
    Factory(app.db).create("person")
    page = window.show_type("person")
    with qtbot.waitSignal(page.model.loaded):
        page.model.refresh()
    page.table.selectRow(0)
    dialogs.answer = QMessageBox.StandardButton.No
    window.delete_selected()
    assert dialogs.texts("question") == ["Delete Person / household Səbinə İsmayılova (1984)?"]
    assert query.count(app.db, "person") == 1  # No: nothing deleted

    dialogs.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(page.model.loaded):
        window.delete_selected()
    assert query.count(app.db, "person") == 0
    status = window.status
    qtbot.waitUntil(status.undo_button.isVisible)
    assert status.undo_text.isVisible()
    assert status.undo_text.text() == "Deleted: Person / household Səbinə İsmayılova (1984)"
    assert not status.undo_text.geometry().intersects(status.undo_button.geometry())
    assert status.undo_text.width() >= status.undo_text.sizeHint().width()  # not cut


def test_down_from_search_goes_into_the_list_and_enter_opens_the_row(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    make.create("person")
    make.create("person", full_name="Rəşad Quliyev")
    page = window.show_type("person")
    with qtbot.waitSignal(page.model.loaded):
        page.model.refresh()
    page.focus_search()
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Down)
    assert window.focusWidget() is page.table
    assert page.selected() is not None
    first = page.model.record_at(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(window.dialog, RecordDialog) and window.dialog.isVisible()
    assert window.dialog.record is not None and window.dialog.record["id"] == first["id"]
