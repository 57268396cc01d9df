"""A record's history names who saved each revision beside its laptop and time;
a merge no person made says it was merged automatically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fieldkit import records, store
from fieldkit.sync import transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db, enrol_each_other, own_device
from tests.factories import Factory
from ui.records.history import AUTHOR, CHANGES, DEVICE, SAVED
from ui.strings import i18n


def edited_on_two_laptops(app: Any, template_db: Path, tmp_path: Path) -> dict[str, Any]:
    """A person exported from Füzuli's laptop, then its household size changed
    there and its phone here: two heads that merge by themselves."""
    path = tmp_path / "other.db"
    copy_db(template_db, path)
    own_device(path)  # its own device (copies share one id)
    with open_database(path) as other:
        other.set_setting("volunteer_name", "Elvin Hüseynov")
        other.set_setting("device_name", "Füzuli ofisi, noutbuk 1")
        enrol_each_other(other, app.db)
        person = Factory(other).create("person", household_size=3, village_id=None)
        transfer.import_files(app.db, [transfer.export(other, tmp_path / "one.xlsx").path])
        store.update(other, "person", person["id"], {"household_size": 4})
        store.update(app.db, "person", person["id"], {"phone": "+994 55 222 22 22"})
        transfer.import_files(app.db, [transfer.export(other, tmp_path / "two.xlsx").path])
    return person


def history_rows(qtbot: Any, window: Any, person: dict[str, Any]) -> list[list[str]]:
    page = window.show_type("person")
    page.model.refresh(wait=True)  # written behind the window's back, by the core
    assert page.model.total == 1
    page.table.selectRow(0)
    window.show_history()
    model = window.dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_each_revision_names_who_saved_it_on_which_laptop(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path
) -> None:
    window = app.open()
    person = edited_on_two_laptops(app, template_db, tmp_path)
    rows = history_rows(qtbot, window, person)
    headers = window.dialog.model.headers
    assert headers[DEVICE : AUTHOR + 1] == ["Device", "Saved by"]
    by_change = {r[CHANGES]: r for r in rows}
    mine = by_change["Phone: — → +994 55 222 22 22"]
    # Who saved is the account that unlocked each database (the suite's own on both).
    assert (mine[DEVICE], mine[AUTHOR]) == ("this laptop (Laçın laptop 1)", app.db.account)
    theirs = by_change["Household size: 3 → 4"]
    # Named from the exchange log, as on the Conflicts screen; who saved it
    # there travels with the revision (exchange format 2).
    assert (theirs[DEVICE], theirs[AUTHOR]) == ("Füzuli ofisi, noutbuk 1", app.db.account)
    assert by_change["created"][DEVICE] == "Füzuli ofisi, noutbuk 1"
    assert all(r[SAVED] for r in rows)


def test_a_merge_made_automatically_reads_so(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path
) -> None:
    window = app.open()
    person = edited_on_two_laptops(app, template_db, tmp_path)
    # The merge revision an export stores for two heads that merge cleanly:
    # its parents' metadata, no author, the merge device.
    rtype = records.get("person")
    with app.db.transaction() as conn:
        assert store.materialize_merges(conn, rtype) == 1
        state = store.state(conn, rtype, person["id"])
        content = store.canonical(state.content)
    rows = history_rows(qtbot, window, person)
    merged = rows[0]  # newest first: it descends from both
    assert merged[AUTHOR] == "merged automatically" and merged[DEVICE] == ""
    assert [r[AUTHOR] for r in rows].count("merged automatically") == 1
    assert json.loads(content)["household_size"] == 4


def test_the_history_reads_in_azerbaijani_and_russian(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path
) -> None:
    window = app.open()
    person = edited_on_two_laptops(app, template_db, tmp_path)
    try:
        for language, saved_by in (("az", "Saxlayan"), ("ru", "Кто сохранил")):
            i18n.install(language)
            rows = history_rows(qtbot, window, person)
            assert window.dialog.model.headers[AUTHOR] == saved_by
            assert app.db.account in [r[AUTHOR] for r in rows]
            window.dialog.done(0)
    finally:
        i18n.install("en")
