"""The Conflicts screen: both revisions side by side, differing fields marked,
resolved field by field into a new revision."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldkit import query, store
from fieldkit.sync import review as conflicts
from fieldkit.sync.workbook import export_workbook, import_workbooks
from fieldkit.workspace import open_database
from tests.databases import copy_db
from tests.factories import Factory
from tests.ui.drive import pick, texts
from ui.review.conflicts import DIFFERS


def test_a_conflict_resolved_field_by_field_is_a_new_revision(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.db"
    copy_db(template_db, other_path)
    window = app.open()
    with open_database(other_path) as other:
        person = Factory(other).create("person")
        import_workbooks(app.db, [export_workbook(other, tmp_path / "first.xlsx").path])
        store.update(
            other, "person", person["id"], {"phone": "+994 50 111 11 11", "household_size": 4}
        )
        store.update(app.db, "person", person["id"], {"phone": "+994 55 222 22 22"})
        second = export_workbook(other, tmp_path / "second.xlsx").path
        assert import_workbooks(app.db, [second]).summary()["conflicts"] == 1

    page = window.show_tool("conflicts")
    qtbot.waitUntil(lambda: page.ready)
    assert page.count.text() == "Open conflicts: 1"
    assert texts(page.list)[0][:2] == [page.views[0].title, "People / households"]
    assert page.views[0].title.startswith("Səbinə İsmayılova")
    rows = {r[0]: r for r in texts(page.sides)}
    view = page.views[0]
    a_phone, b_phone = view.a.content["phone"], view.b.content["phone"]
    assert rows["Phone"][1:3] == [a_phone, b_phone]
    assert {a_phone, b_phone} == {"+994 50 111 11 11", "+994 55 222 22 22"}
    labels = [r[0] for r in texts(page.sides)]
    marked = {
        labels[r]
        for r in range(page.sides.rowCount())
        if page.sides.item(r, 1).background() == DIFFERS
    }
    assert marked == {"Phone", "Household size"}
    assert set(page.picks) == {"phone", "household_size"}

    # Keep this laptop's phone number and the other laptop's household size.
    mine = "a" if a_phone == "+994 55 222 22 22" else "b"
    pick(page.picks["phone"], mine)
    pick(page.picks["household_size"], "b" if mine == "a" else "a")
    before = len(store.history(app.db, "person", person["id"]))
    with qtbot.waitSignal(window.ctx.bus.changed, timeout=10000):
        qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready and page.count.text() == "Open conflicts: 0")
    resolved = store.get(app.db, "person", person["id"])
    assert (resolved["phone"], resolved["household_size"]) == ("+994 55 222 22 22", 4)
    assert resolved["version"] == 3
    assert len(store.history(app.db, "person", person["id"])) == before + 1
    assert conflicts.open_conflicts(app.db) == []
    assert "No open conflicts" in page.heading.text()


def test_likely_duplicates_are_listed_with_their_scores(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    make.create("person", full_name="Rəşad Məmmədov", sex="male", birth_year=1961)
    make.create("person", full_name="Rashad Mammadov", sex="male", birth_year=1961)
    make.create("person", full_name="Nigar Quliyeva", birth_year=1990)
    page = window.show_tool("duplicates")
    qtbot.waitUntil(lambda: page.ready)
    assert page.count.text() == "Pairs to review: 1"
    [row] = texts(page.table)
    assert {row[1], row[2]} == {"Rəşad Məmmədov", "Rashad Mammadov"}
    assert int(row[0]) >= 85 and "same birth year" in row[3]


def test_a_reviewed_pair_is_merged_from_the_list(qtbot: Any, app: Any, dialogs: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    keep = make.create("person", full_name="Rəşad Məmmədov", sex="male", birth_year=1961)
    other = make.create("person", full_name="Rashad Mammadov", sex="male", birth_year=1961)
    visit = store.create(
        app.db, "home_visit", make.values("home_visit") | {"person_id": other["id"]}
    )
    page = window.show_tool("duplicates")
    qtbot.waitUntil(lambda: page.ready)
    assert not page.keep_first.isEnabled()
    page.table.selectRow(0)
    row = texts(page.table)[0]
    button = page.keep_first if row[1] == "Rəşad Məmmədov" else page.keep_second
    button.click()
    assert "Keep Rəşad Məmmədov and merge Rashad Mammadov" in dialogs.texts("question")[-1]
    qtbot.waitUntil(lambda: store.get(app.db, "person", other["id"])["deleted"] is True)
    qtbot.waitUntil(lambda: page.ready and page.count.text() == "Pairs to review: 0")
    assert store.get(app.db, "home_visit", visit["id"])["person_id"] == keep["id"]
    [merge] = query.search(app.db, "person_merge")  # the merged-away id leads to the survivor
    assert (merge["merged_id"], merge["survivor_id"]) == (other["id"], keep["id"])
