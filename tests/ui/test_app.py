"""Drafts after a crash, first run, settings (backup, restore), the status bar,
and the screenshot command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldkit import drafts, query, store
from fieldkit.workspace import open_database
from tests.factories import Factory
from tests.ui.drive import fill, keys, save, shortcut, visible_errors
from ui.main_window import make_context
from ui.profile import FirstRunDialog


def test_a_half_filled_form_comes_back_after_a_crash(qtbot: Any, app: Any, dialogs: Any) -> None:
    window = app.open()
    window.show_type("person")
    dialog = window.open_form("person")
    fill(qtbot, dialog, {"full_name": "Rəşad Əliyev", "birth_year": 1961, "notes": "Lives with"})
    qtbot.waitUntil(lambda: drafts.pending(app.db) != [])
    app.close(crash=True)  # no save, no cancel: the laptop's battery ran out

    window = app.open()
    window.offer_drafts()
    assert "was not saved" in dialogs.texts("question")[0]
    again = window.dialog
    assert again is not dialog and again.isVisible()
    editors = again.form.editors
    assert editors["full_name"].widget.text() == "Rəşad Əliyev"
    assert editors["birth_year"].widget.text() == "1961"
    assert editors["notes"].widget.toPlainText() == "Lives with"
    fill(
        qtbot,
        again,
        {"sex": "male", "district": "AZ-FUZ", "displacement": "idp", "consent_given": True},
    )
    again.form.editors["consent_date"].set_value("2025-06-01")
    save(qtbot, again)
    assert not again.isVisible(), visible_errors(again.form)
    assert drafts.pending(app.db) == []  # saved: nothing left to offer
    assert query.count(app.db, "person", query.Filter(text="rəşad")) == 1


def test_cancel_asks_before_dropping_typed_values_and_drops_the_draft(
    qtbot: Any, app: Any, dialogs: Any
) -> None:
    window = app.open()
    dialog = window.open_form("person")
    fill(qtbot, dialog, {"full_name": "Nigar"})
    dialog.save_draft()
    qtbot.waitUntil(lambda: drafts.pending(app.db) != [])  # written behind, by the writer
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialogs.texts("question") == ["Discard the changes made in this form?"]
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: drafts.pending(app.db) == [])


def test_first_run_asks_who_and_which_laptop(qtbot: Any, db: Any) -> None:
    dialog = FirstRunDialog(make_context(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "Give your name" in dialog.problem.text()
    keys(dialog.profile.name, "Aynur Məmmədova")
    keys(dialog.profile.device, "Laçın ofisi 2")
    dialog.profile.district.setCurrentIndex(dialog.profile.district.findData("AZ-LAC"))
    with qtbot.waitSignal(dialog.accepted):  # closed once the profile is written
        dialog.accept()
    assert not dialog.isVisible()
    assert db.setting("volunteer_name") == "Aynur Məmmədova"
    assert (db.setting("device_name"), db.setting("district")) == ("Laçın ofisi 2", "AZ-LAC")
    assert db.setting("signing_key")  # the laptop's key for signing bundles is made at first run


def test_status_bar_counts_records_not_yet_exported(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    label = window.status.exports
    qtbot.waitUntil(lambda: label.text() == "Not yet exported: 0 · Last export: never")
    person = make.create("person")
    window.ctx.bus.announce(store.Change("person", "created", (person["id"],)))
    qtbot.waitUntil(
        lambda: label.text().startswith("Not yet exported: 1 ")
    )  # not its village (HQ data)
    from fieldkit.sync.workbook import export_workbook

    export_workbook(app.db, app.db.path.parent / "to-hq.xlsx")
    window.ctx.bus.announce(store.Change("person", "updated", (person["id"],)))
    qtbot.waitUntil(lambda: label.text().startswith("Not yet exported: 0 · Last export: "))
    assert "never" not in label.text()


def test_back_up_now_then_restore_keeps_a_copy(qtbot: Any, app: Any, dialogs: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    settings = window.show_settings()
    qtbot.mouseClick(settings.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.backup_status.text().startswith("Backed up to"))
    backup = Path(settings.backup_status.text().removeprefix("Backed up to "))
    assert backup.exists()
    settings.reject()

    page = window.show_type("person")
    with qtbot.waitSignal(page.model.loaded):
        made = make.create("person", full_name="Made After Backup")
        window.ctx.bus.announce(store.Change("person", "created", (made["id"],)))
    assert page.model.total == 1

    settings = window.show_settings()
    dialogs.open_file = str(backup)
    settings.restore_button.click()
    assert "A copy of the current data" in dialogs.texts("question")[-1]
    page = window.pages["person"]
    qtbot.waitUntil(lambda: page.model.ready)
    assert page.model.total == 0
    assert "were kept in" in window.status.currentMessage()
    app.db = window.ctx.db  # reopened on the restored file


def test_screenshot_command_renders_the_window(tmp_path: Path, db_path: Path) -> None:
    png = tmp_path / "people.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "--db",
            str(db_path),
            "gui",
            "--screenshot",
            str(png),
            "--lang",
            "az",
            "--view",
            "form:sessions",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 10_000


def test_a_new_person_is_made_inline_from_a_visit_form(qtbot: Any, app: Any) -> None:
    window = app.open()
    Factory(app.db).staff_id()
    window.show_type("home_visit")
    visit = window.open_form("home_visit")
    picker = visit.form.editors["person_id"].widget
    keys(picker.edit, "Elnur Həsənli")
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    person = visit.child
    assert person.form.editors["full_name"].widget.text() == "Elnur Həsənli"
    fill(
        qtbot,
        person,
        {"sex": "male", "district": "AZ-AGA", "displacement": "resident", "consent_given": True},
    )
    person.form.editors["consent_date"].set_value("2025-01-15")
    save(qtbot, person)
    assert not person.isVisible(), visible_errors(person.form)
    assert picker.edit.text() == "Elnur Həsənli" and picker.value() is not None
    assert visit.isVisible()  # back in the visit form, the new person chosen


def test_ctrl_f_goes_to_the_search_box(qtbot: Any, app: Any) -> None:
    window = app.open()
    page = window.show_type("awareness_session")
    page.table.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_F)
    assert page.filters.search.hasFocus()


def test_an_edit_draft_over_a_newer_version_asks_before_replacing_it(
    qtbot: Any, app: Any, dialogs: Any
) -> None:
    window = app.open()
    person = Factory(app.db).create("person")
    dialog = window.open_form("person", person)
    fill(qtbot, dialog, {"phone": "+994 55 000 11 22"})
    dialog.save_draft()
    app.close(crash=True)
    with open_database(app.path) as other:
        store.update(other, "person", person["id"], {"household_size": 7})  # meanwhile

    window = app.open()
    window.offer_drafts()
    again = window.dialog
    assert again.form.editors["phone"].widget.text() == "+994 55 000 11 22"
    save(qtbot, again)
    assert "changed elsewhere" in dialogs.texts("warning")[0]
    assert again.isVisible() and store.get(app.db, "person", person["id"])["version"] == 2
    save(qtbot, again)  # saving again replaces it, knowingly
    assert not again.isVisible()
    saved = store.get(app.db, "person", person["id"])
    assert (saved["version"], saved["phone"]) == (3, "+994 55 000 11 22")
