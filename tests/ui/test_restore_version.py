"""History: an earlier version restored as a new revision, undoable from the
status bar; not offered for the current version or for an erased record."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit import erasure, store
from tests.factories import Factory
from tests.ui.test_sync import click
from ui.records.history import HistoryDialog


def open_history(qtbot: Any, window: Any, person: dict[str, Any]) -> Any:
    page = window.show_type("person")
    page.model.refresh(wait=True)
    assert page.select_id(person["id"])
    window.show_history()
    return window.dialog


def test_an_earlier_version_comes_back_as_a_new_one_and_undo_takes_it_back(
    qtbot: Any, app: Any
) -> None:
    window = app.open()
    person = Factory(app.db).create("person", full_name="Səbinə İsmayılova", household_size=3)
    store.update(app.db, "person", person["id"], {"full_name": "Sebine Ismayilova"})
    store.update(app.db, "person", person["id"], {"household_size": 7})
    dialog = open_history(qtbot, window, person)
    assert not dialog.restore_button.isEnabled()  # nothing chosen
    dialog.view.selectRow(0)  # the version that stands
    assert not dialog.restore_button.isEnabled()
    dialog.view.selectRow(2)  # version 1, newest first
    assert dialog.restore_button.isEnabled()
    page = window.show_type("person")
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        click(qtbot, dialog.restore_button)
    now = store.get(app.db, "person", person["id"])
    assert (now["full_name"], now["household_size"], now["version"]) == ("Səbinə İsmayılova", 3, 4)
    history = store.history(app.db, "person", person["id"])
    assert len(history) == 4  # the history kept: a new revision on top
    status = window.status
    qtbot.waitUntil(status.undo_button.isVisible)
    assert status.undo_text.text() == "Version 1 restored: Sebine Ismayilova (1984)"
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        click(qtbot, status.undo_button)
    back = store.get(app.db, "person", person["id"])
    assert (back["full_name"], back["household_size"]) == ("Sebine Ismayilova", 7)
    assert len(store.history(app.db, "person", person["id"])) == 5


def test_an_erased_record_offers_no_version_to_restore(qtbot: Any, app: Any) -> None:
    app.open()
    person = Factory(app.db).create("person", full_name="Ülviyyə Qasımova")
    store.update(app.db, "person", person["id"], {"household_size": 5})
    erasure.erase(app.db, person["id"])
    first = store.history(app.db, "person", person["id"])[0].rev
    with pytest.raises(store.NotRestorable, match="erased on request"):
        store.restore_version(app.db, "person", person["id"], first)
    record = store.get(app.db, "person", person["id"])
    dialog = HistoryDialog(app.db, "person", record, "—")
    qtbot.addWidget(dialog)
    dialog.view.selectRow(2)  # the first version, purged
    assert not dialog.restore_button.isEnabled()
    assert dialog.model.changes(0).startswith("erased on request")
