"""The Merge wizard and undoing an import from the Sync screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from fieldkit import query
from fieldkit.sync import coordinator, transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db
from tests.factories import Factory
from tests.ui.drive import texts
from tests.ui.test_sync import click, open_sync


def volunteer_file(template_db: Path, folder: Path, name: str, people: list[str]) -> Path:
    path = folder / f"{name}.db"
    copy_db(template_db, path)
    with open_database(path) as db:
        make = Factory(db)
        for person in people:
            make.create("person", full_name=person)
        return transfer.export(db, folder / "in" / f"{name}.xlsx").path


def test_the_wizard_merges_a_folder_leaving_a_bad_file_out(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    volunteer_file(template_db, tmp_path, "aynur", ["Səbinə İsmayılova", "Rəşad Əliyev"])
    volunteer_file(template_db, tmp_path, "elvin", ["Gülnarə Hüseynova"])
    bad = volunteer_file(template_db, tmp_path, "bad", ["Nigar Quliyeva"])
    wb = load_workbook(bad)
    column = next(c for c in wb["person"][1] if c.value == "birth_year")
    wb["person"].cell(3, column.column).value = "old"
    wb.save(bad)
    (tmp_path / "in" / "~$aynur.xlsx").write_bytes(b"lock")  # Excel's lock file: skipped

    window = app.open()
    sync = open_sync(qtbot, window)
    click(qtbot, sync.merge_button)
    wizard = sync.dialog
    dialogs.folder = str(tmp_path / "in")
    wizard.choose_folder()
    assert wizard.files.count() == 3
    click(qtbot, wizard.check_button)
    qtbot.waitUntil(lambda: bool(wizard.checked), timeout=20000)
    rows = {r[0]: r for r in texts(wizard.outcomes)}
    assert rows["aynur.xlsx"][2] == "3"  # two people and their village
    assert rows["bad.xlsx"][2:8] == ["", "", "", "", "1", "Left out (refused cells: 1)"]
    assert texts(wizard.rejects)[0][:3] == ["bad.xlsx", "person", "3"]
    assert "2 of 3 files" in wizard.state.text()

    master = tmp_path / "master.xlsx"
    dialogs.save_file = str(master)
    click(qtbot, wizard.merge_button)
    qtbot.waitUntil(lambda: wizard.merged_result is not None, timeout=30000)
    assert master.exists() and wizard.open_button.isEnabled()
    assert coordinator.REPORT_SHEET in load_workbook(master, read_only=True).sheetnames
    rows = {r[0]: r for r in texts(wizard.outcomes)}
    assert rows["aynur.xlsx"][7] == "merged" and rows["bad.xlsx"][7] != "merged"
    people = window.pages["person"]
    qtbot.waitUntil(lambda: people.model.ready)
    assert query.count(app.db, "person", query.Filter()) == 3
    wizard.reject()


def test_an_import_is_undone_from_the_exchange_list(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    book = volunteer_file(template_db, tmp_path, "aynur", ["Səbinə İsmayılova"])
    window = app.open()
    people = window.show_type("person")
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(book)]
    dialog = sync.choose_files()
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=20000)
    with qtbot.waitSignal(people.model.loaded, timeout=20000):
        click(qtbot, dialog.apply_button)
    assert people.count.text() == "Records: 1"
    qtbot.waitUntil(lambda: sync.ready and sync.exchanges.rowCount() == 1)
    sync.show()
    sync.exchanges.selectRow(0)
    assert sync.undo_button.isEnabled()
    with qtbot.waitSignal(people.model.loaded, timeout=20000):
        qtbot.mouseClick(sync.undo_button, Qt.MouseButton.LeftButton)
    assert "before the import of" in dialogs.texts("question")[-1]
    assert people.count.text() == "Records: 0"
    assert dialogs.texts("information") == ["Undone: the data are as they were before that import."]


def test_an_undo_that_later_work_builds_on_is_refused_with_the_reason(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    from fieldkit import store

    (tmp_path / "in").mkdir()
    book = volunteer_file(template_db, tmp_path, "aynur", ["Səbinə İsmayılova"])
    window = app.open()
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(book)]
    dialog = sync.choose_files()
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=20000)
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: sync.ready and sync.exchanges.rowCount() == 1, timeout=20000)
    person = query.search(app.db, "person", limit=1)[0]
    store.update(app.db, "person", person["id"], {"phone": "+994 50 123 45 67"})  # work since
    sync.exchanges.selectRow(0)
    click(qtbot, sync.undo_button)
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")), timeout=20000)
    assert "cannot undo" in dialogs.texts("warning")[0]
    assert query.count(app.db, "person", query.Filter()) == 1
    assert store.get(app.db, "person", person["id"])["phone"] == "+994 50 123 45 67"


def test_cancel_during_a_merge_applies_nothing(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    volunteer_file(template_db, tmp_path, "aynur", ["Səbinə İsmayılova", "Rəşad Əliyev"])
    volunteer_file(template_db, tmp_path, "elvin", ["Gülnarə Hüseynova"])
    window = app.open()
    sync = open_sync(qtbot, window)
    wizard = sync.open_merge()
    wizard.add([tmp_path / "in"])
    click(qtbot, wizard.check_button)
    qtbot.waitUntil(lambda: bool(wizard.checked), timeout=20000)
    master = tmp_path / "master.xlsx"
    dialogs.save_file = str(master)
    click(qtbot, wizard.merge_button)
    assert wizard.close_button.text() == "Cancel"
    click(qtbot, wizard.close_button)  # while the files are checked again
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)
    assert wizard.state.text() == "Cancelled: nothing was merged."
    assert wizard.merged_result is None and not master.exists()
    assert query.count(app.db, "person", query.Filter()) == 0
    assert wizard.isVisible()  # the coordinator may try again
