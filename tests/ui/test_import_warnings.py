"""Warnings on the Sync screen and in the Merge wizard: a sheet that looks like
a record sheet but matches no type is named (file, sheet, reason), apart from
the refusals, and the rest of the file still imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldkit import store
from fieldkit.sync import transfer
from fieldkit.workspace import open_database
from tests.core.xlsx_tools import edit, find_row, header
from tests.databases import copy_db
from tests.factories import Factory
from tests.ui.drive import texts
from tests.ui.test_merge_wizard_reporting import merge
from tests.ui.test_sync import click, open_sync


def misnamed(template_db: Path, folder: Path) -> tuple[Path, dict[str, Any]]:
    """A volunteer's export whose village sheet a person renamed "villages" (and
    changed a household size on the person sheet, which is read)."""
    path = folder / "laptop.db"
    copy_db(template_db, path)
    with open_database(path) as db:
        person = Factory(db).create("person", household_size=3, village_id=None)
        out = transfer.export(db, folder / "aynur.xlsx").path

    def rename(wb: Any) -> None:
        wb["village"].title = "villages"
        ws = wb["person"]
        ws.cell(find_row(ws, person["id"]), header(ws)["household_size"]).value = 5

    return edit(out, rename, folder / "aynur-edited.xlsx"), person


def test_the_import_preview_and_result_show_a_sheet_that_was_not_read(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    book, person = misnamed(template_db, tmp_path)
    window = app.open()
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(book)]
    dialog = sync.choose_files()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    # A warning, not a refusal: Apply stays open and no cell is listed as refused.
    assert dialog.warnings.isVisible() and not dialog.rejects.isVisible()
    assert dialog.apply_button.isEnabled()
    [row] = texts(dialog.warnings.table)
    assert row[:2] == ["aynur-edited.xlsx", "villages"]
    assert "nothing on it was imported" in row[2]
    assert "nothing refused" in dialog.warnings.heading.text()
    assert "the warnings say what would not be imported" in dialog.state.text()

    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: dialog.imported, timeout=20000)
    # Imported, and kept open for the warning to be read until Close.
    assert dialog.isVisible() and dialog.warnings.isVisible()
    assert texts(dialog.warnings.table)[0][1] == "villages"
    assert dialog.state.text().startswith("Imported. Nothing was refused")
    assert dialog.cancel_button.text() == "Close"
    assert store.get(app.db, "person", person["id"])["household_size"] == 5
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()


def test_an_import_without_warnings_shows_none(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "laptop.db"
    copy_db(template_db, path)
    with open_database(path) as db:
        Factory(db).create("person")
        book = transfer.export(db, tmp_path / "aynur.xlsx").path
    window = app.open()
    dialogs.open_files = [str(book)]
    dialog = open_sync(qtbot, window).choose_files()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert not dialog.warnings.isVisible() and dialog.warnings.table.rowCount() == 0
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)  # closes by itself


def test_the_merge_wizard_shows_the_warnings_apart_from_refusals(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    book, person = misnamed(template_db, tmp_path)
    wizard = merge(qtbot, app, dialogs, [book], tmp_path / "master.xlsx")
    assert wizard.merged_result is not None
    assert wizard.warnings.isVisible() and not wizard.rejects.isVisible()
    [row] = texts(wizard.warnings.table)
    assert row[:2] == ["aynur-edited.xlsx", "villages"]
    assert "nothing on it was imported" in row[2]
    assert texts(wizard.outcomes)[0][-1] == "merged"  # the file was not left out
    assert store.get(app.db, "person", person["id"])["household_size"] == 5
    wizard.reject()
