"""Erasure in the desktop app: a person erased on request from the Records menu,
after a plain question; an erasure arriving in a volunteer's bundle, which the
import dialog announces before Apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fieldkit import erasure, query, store
from fieldkit.sync import keys, transfer
from fieldkit.workspace import open_database
from tests.core.test_erasure import holds
from tests.factories import Factory
from tests.ui.senders import volunteer
from tests.ui.test_sync import click, open_sync
from ui.records.erase import EraseDialog


def test_the_import_dialog_says_it_erases_and_the_family_is_gone_after_apply(
    qtbot: Any, app: Any, dialogs: Any, template_db: Path, tmp_path: Path
) -> None:
    family = "Ülviyyə Qasımova"
    sent = volunteer(template_db, tmp_path, "Laçın noutbuk 2", family)
    laptop = tmp_path / "Laçın noutbuk 2.db"
    window = app.open()
    with open_database(laptop) as db:
        keys.enrol(app.db, db.device_id, sent.name, keys.public_key(db))
    assert transfer.import_files(app.db, [sent.file]).applied
    assert [p["full_name"] for p in query.search(app.db, "person")] == [family]
    with open_database(laptop) as db:
        [person] = query.search(db, "person")
        erasure.erase(db, person["id"])
        erased = transfer.export(db, tmp_path / "erased.fkb", changed=True).path

    people = window.show_type("person")
    sync = open_sync(qtbot, window)
    dialogs.open_files = [str(erased)]
    dialog = sync.choose_files()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    said = dialog.signers.text()
    assert dialog.signers.isVisible()
    assert "Erasure on request: 1 people erased by the sender" in said
    assert query.search(app.db, "person")[0]["full_name"] == family  # a preview changes nothing

    with qtbot.waitSignal(people.model.loaded, timeout=20000):
        click(qtbot, dialog.apply_button)
    assert query.search(app.db, "person") == []  # a deleted tombstone is not listed
    assert not holds(app.db.path, family)


def test_erase_on_request_asks_plainly_then_purges_her_everywhere_here(
    qtbot: Any, app: Any
) -> None:
    window = app.open()
    make = Factory(app.db)
    person = make.create("person", full_name="Ülviyyə Qasımova", notes="Elnur is missing")
    visit = make.create("home_visit", person_id=person["id"], notes="Elnur was seen in 1994")
    page = window.show_type("person")
    with qtbot.waitSignal(page.model.loaded):
        page.model.refresh()
    assert page.select_id(person["id"])
    window.erase_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    said = dialog.findChild(QLabel).text()
    assert said.startswith("Erase Person / household Ülviyyə Qasımova")
    assert "This cannot be undone." in said
    # Nothing erases before the request is confirmed; Enter means Cancel.
    assert not dialog.erase_button.isEnabled() and dialog.cancel_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and store.get(app.db, "person", person["id"])["full_name"]

    window.erase_action.trigger()
    dialog = window.dialog
    dialog.asked.setChecked(True)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        click(qtbot, dialog.erase_button)
    assert person["id"] not in {p["id"] for p in query.search(app.db, "person")}
    assert "Erased on request: Person / household Ülviyyə Qasımova" in (
        window.statusBar().currentMessage()
    )
    assert not holds(app.db.path, "Elnur") and not holds(app.db.path, "Qasımova")
    assert store.get(app.db, "home_visit", visit["id"])["notes"] is None
    assert store.history(app.db, "person", person["id"])[-1].erasure
