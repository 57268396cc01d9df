"""Work off the GUI thread: a form is saved by the single writer while the window
stays live, and the list follows from the change the op helper announces; a
hidden screen does nothing on a change and reads itself again when shown."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldkit import drafts, duplicates, query, store
from fieldkit.storage.database import Database
from tests.factories import Factory
from tests.ui.drive import fill, shortcut, visible_errors
from tests.ui.test_records import PERSON
from ui import ops


def test_a_save_waits_its_turn_on_the_writer_and_the_list_follows_its_change(
    qtbot: Any, app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app.open()
    values = PERSON | {"village_id": Factory(app.db).village_id()}  # HQ's, made beforehand
    page = window.show_type("person")
    gui = threading.current_thread()
    threads: dict[str, list[threading.Thread]] = {"draft": [], "save": [], "before": []}

    def spy(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            threads[name].append(threading.current_thread())
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(drafts, "save", spy("draft", drafts.save))
    monkeypatch.setattr(store, "create", spy("save", store.create))
    dialog = window.open_form("person")
    fill(qtbot, dialog, values)
    qtbot.waitUntil(lambda: drafts.pending(app.db) != [])  # the autosave, behind the typing
    assert threads["draft"] and gui not in threads["draft"]

    # Another write holds the single writer: the save queues behind it.
    release = threading.Event()

    def hold(_db: Database) -> None:
        threads["before"].append(threading.current_thread())
        release.wait(10)

    ops.write(window.ctx, hold)
    announced: list[store.Change] = []
    window.ctx.bus.changed.connect(announced.append)
    shortcut(qtbot, dialog, Qt.Key.Key_S)
    assert dialog.isVisible() and not dialog.save_button.isEnabled()  # saving, not frozen
    assert query.count(app.db, "person", query.Filter()) == 0 and announced == []
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        release.set()
    assert not dialog.isVisible(), visible_errors(dialog.form)
    assert set(threads["save"]) == set(threads["before"]) and gui not in threads["save"]
    [saved] = query.search(app.db, "person", query.Filter())
    assert announced == [store.Change("person", "created", (saved["id"],))]
    assert page.model.total == 1 and page.model.index(0, 0).data() == PERSON["full_name"]
    assert page.count.text() == "Records: 1"
    assert drafts.pending(app.db) == []  # removed by the same write


def test_a_hidden_screen_reads_itself_again_only_when_shown(
    qtbot: Any, app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app.open()
    page = window.show_tool("duplicates")
    qtbot.waitUntil(lambda: page.ready)
    assert page.count.text() == "Pairs to review: 0"
    people = window.show_type("person")
    assert not page.isVisible()
    looked: list[bool] = []
    find = duplicates.find

    def counted(*args: Any, **kwargs: Any) -> Any:
        looked.append(True)
        return find(*args, **kwargs)

    monkeypatch.setattr(duplicates, "find", counted)

    def register_twice(db: Database) -> store.Change:
        make = Factory(db)
        a = make.create("person", full_name="Rəşad Məmmədov", sex="male", birth_year=1961)
        b = make.create("person", full_name="Rashad Mammadov", sex="male", birth_year=1961)
        return store.Change("person", "created", (a["id"], b["id"]))

    with qtbot.waitSignal(people.model.loaded, timeout=10000):  # the visible list follows
        ops.write(window.ctx, register_twice)
    assert people.model.total == 2
    assert looked == [] and page.count.text() == "Pairs to review: 0"  # hidden: no work

    window.show_tool("duplicates")
    qtbot.waitUntil(lambda: page.ready)
    assert looked == [True]
    assert page.count.text() == "Pairs to review: 1"
