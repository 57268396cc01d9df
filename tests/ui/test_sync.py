"""The Sync screen: a bundle with a password from one laptop to another, and a
workbook with refused cells that imports nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from fieldkit.sync import bundle, keys, transfer
from tests.databases import copy_db, own_device
from tests.factories import Factory
from tests.ui.conftest import App
from tests.ui.drive import keys as type_keys
from tests.ui.drive import texts


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_sync(qtbot: Any, window: Any) -> Any:
    page = window.show_tool("sync")
    qtbot.waitUntil(lambda: page.ready)
    return page


def second_laptop(qtbot: Any, template_db: Path, tmp_path: Path, *, distinct: bool = True) -> App:
    """Another copy of the app's database: another device, or (not *distinct*)
    the same laptop, with the same key."""
    path = copy_db(template_db, tmp_path / "hq.db")
    if distinct:
        own_device(path)
    hq = App(qtbot, path)
    hq.open()
    return hq


def test_a_bundle_with_a_password_travels_to_hq(
    qtbot: Any, app: Any, dialogs: Any, tmp_path: Path, template_db: Path
) -> None:
    window = app.open()
    make = Factory(app.db)
    for name in ("Səbinə İsmayılova", "Rəşad Əliyev", "Gülnarə Hüseynova"):
        make.create("person", full_name=name)
    make.create("home_visit")
    laptop_fp = bundle.fingerprint(keys.public_key(app.db))
    page = open_sync(qtbot, window)
    assert laptop_fp in page.own_key.text()
    box = page.export_box
    click(qtbot, box.bundle)
    type_keys(box.password, "Qarabağ-2025")
    type_keys(box.repeat, "Qarabag-2025")
    target = tmp_path / "aynur.fkb"
    dialogs.save_file = str(target)
    click(qtbot, box.button)
    assert "differ" in box.problem.text() and not target.exists()
    box.repeat.clear()
    type_keys(box.repeat, "Qarabağ-2025")
    click(qtbot, box.button)
    qtbot.waitUntil(lambda: "Exported" in box.status.text(), timeout=20000)
    assert box.status.text().startswith("Exported 5 records")  # 4 people and a visit
    assert str(target) in box.status.text()
    assert target.exists()
    qtbot.waitUntil(lambda: page.exchanges.rowCount() == 1)
    assert texts(page.exchanges)[0][1:5] == ["Export", str(target), "", "5 records"]
    qtbot.waitUntil(lambda: "Not yet exported: 0" in window.status.exports.text())
    app.close()

    hq = second_laptop(qtbot, template_db, tmp_path)
    try:
        window = hq.window
        people = window.show_type("person")
        assert people.count.text() == "Records: 0"
        sync = open_sync(qtbot, window)
        dialogs.open_files = [str(target)]
        dialogs.text = ["Qarabag-2025", "Qarabağ-2025"]  # a wrong one first
        dialog = sync.choose_files()
        # The sender is asked about before any password: its name and fingerprint.
        qtbot.waitUntil(lambda: dialog.question is not None, timeout=20000)
        question = dialog.question
        assert "Laçın laptop 1" in question.text() and laptop_fp in question.text()
        assert dialogs.texts("text") == []
        click(qtbot, question.enrol_button)
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
        assert dialogs.texts("text") == [
            "This bundle is protected by a password. Password:",
            "Wrong password? Type the bundle's password again:",
        ]
        counts = {row[0]: row[1:] for row in texts(dialog.counts)}
        assert counts["People / households"] == ["4", "0", "0", "0", "0"]
        assert counts["Home visits"] == ["1", "0", "0", "0", "0"]
        assert dialog.apply_button.isEnabled() and not dialog.rejects.isVisible()
        assert people.count.text() == "Records: 0"  # a preview changes nothing
        with qtbot.waitSignal(people.model.loaded, timeout=20000):
            click(qtbot, dialog.apply_button)
        assert not dialog.isVisible()
        assert people.count.text() == "Records: 4"
        qtbot.waitUntil(lambda: sync.senders.rowCount() == 1)
        sender = texts(sync.senders)[0]
        assert sender[0] == "Laçın laptop 1" and sender[2] == laptop_fp
        assert [e.device_id for e in keys.enrolled(hq.db)] == [app.db.device_id]
        assert texts(sync.exchanges)[0][1] == "Import"
    finally:
        hq.close()


def test_a_workbook_with_refused_cells_shows_them_and_imports_nothing(
    qtbot: Any, app: Any, dialogs: Any, tmp_path: Path, template_db: Path
) -> None:
    window = app.open()
    Factory(app.db).create("person", birth_year=1970)
    book = tmp_path / "aynur.xlsx"
    transfer.export(app.db, book)
    wb = load_workbook(book)
    sheet = wb["person"]
    column = next(c for c in sheet[1] if c.value == "birth_year")
    sheet.cell(3, column.column).value = "nineteen seventy"
    wb.save(book)
    app.close()

    # The same laptop, restored from the template (no records): its own export.
    hq = second_laptop(qtbot, template_db, tmp_path, distinct=False)
    try:
        window = hq.window
        people = window.show_type("person")
        sync = open_sync(qtbot, window)
        dialogs.open_files = [str(book)]
        dialog = sync.choose_files()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
        assert dialog.rejects.isVisible() and not dialog.apply_button.isEnabled()
        [row] = texts(dialog.rejects)
        assert row[:4] == ["aynur.xlsx", "person", "3", f"{column.column_letter} (birth_year)"]
        assert row[4]
        assert "Nothing can be imported" in dialog.state.text()
        click(qtbot, dialog.cancel_button)
        assert not dialog.isVisible()
        assert people.count.text() == "Records: 0"
        assert transfer.exchanges(hq.db) == []
    finally:
        hq.close()


def test_cancel_during_the_preview_closes_it_with_nothing_imported(
    qtbot: Any, app: Any, dialogs: Any, tmp_path: Path, template_db: Path
) -> None:
    from fieldkit import demo
    from fieldkit.workspace import open_database

    other_path = tmp_path / "other.db"
    copy_db(template_db, other_path)
    with open_database(other_path) as other:
        demo.fill(other, 3000)
        book = transfer.export(other, tmp_path / "big.xlsx").path
    window = app.open()
    people = window.show_type("person")
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(book)]
    dialog = sync.choose_files()
    assert dialog.busy and not dialog.apply_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress is not None)  # the preview is under way
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        click(qtbot, dialog.cancel_button)  # while the rows are being read
        assert dialog.state.text() == "Cancelling…"
    assert not dialog.isVisible() and dialog.outcome is None
    assert people.count.text() == "Records: 0" and transfer.exchanges(app.db) == []
