"""The Conflicts screen: both revisions side by side, differing fields marked,
resolved field by field into a new revision."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from fieldkit import query, store
from fieldkit.sync import review as conflicts
from fieldkit.sync import transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db, enrol_each_other, own_device
from tests.factories import Factory
from tests.ui.drive import pick, texts
from ui.review.conflicts import BEFORE, DIFFERS, KEEP, SIDE_A, SIDE_B

OTHER = {"volunteer_name": "Elvin Hüseynov", "device_name": "Füzuli ofisi, noutbuk 1"}


def conflict(app: Any, template_db: Path, tmp_path: Path) -> dict[str, Any]:
    """A person both laptops edited from the same export, each in its own way:
    the phone differently on both (a conflict), the household size on the other
    laptop only, the village on this one only (each merges by itself)."""
    other_path = tmp_path / "other.db"
    copy_db(template_db, other_path)
    own_device(other_path)  # its own device (copies share one id)
    with open_database(other_path) as other:
        for key, value in OTHER.items():
            other.set_setting(key, value)
        enrol_each_other(other, app.db)
        make = Factory(other)
        person = make.create("person", household_size=3)
        village = make.create("village", name="Qaradağlı")
        transfer.import_files(app.db, [transfer.export(other, tmp_path / "first.xlsx").path])
        store.update(
            other, "person", person["id"], {"phone": "+994 50 111 11 11", "household_size": 4}
        )
        store.update(
            app.db,
            "person",
            person["id"],
            {"phone": "+994 55 222 22 22", "village_id": village["id"]},
        )
        second = transfer.export(other, tmp_path / "second.xlsx").path
        assert transfer.import_files(app.db, [second]).summary()["conflicts"] == 1
    return person


def rows_by_label(page: Any) -> dict[str, list[str]]:
    return {r[0]: r for r in texts(page.sides)}


def bold_cells(page: Any, column: int) -> set[str]:
    labels = [r[0] for r in texts(page.sides)]
    return {
        labels[r] for r in range(page.sides.rowCount()) if page.sides.item(r, column).font().bold()
    }


def test_each_side_is_shown_with_its_laptop_volunteer_ancestor_and_changes(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path
) -> None:
    window = app.open()
    person = conflict(app, template_db, tmp_path)
    page = window.show_tool("conflicts")
    qtbot.waitUntil(lambda: page.ready)
    view = page.views[0]
    mine, theirs = ("a", "b") if view.a.device_id == app.db.device_id else ("b", "a")
    columns = {"a": SIDE_A, "b": SIDE_B}
    letter = {"a": "A", "b": "B"}

    # Who saved each side, on which laptop, when; the common ancestor.
    lines = page.who.text().splitlines()
    own = next(line for line in lines if line.startswith(f"Revision {letter[mine]}:"))
    other = next(line for line in lines if line.startswith(f"Revision {letter[theirs]}:"))
    # Who saved is the account that unlocked each database (the suite's own,
    # on both laptops); exchange files (format 2) carry it with each revision.
    assert f"by {app.db.account} on this laptop (Laçın laptop 1)" in own
    assert f"by {app.db.account} on Füzuli ofisi, noutbuk 1, saved" in other
    assert lines[-1] == "Before: version 1, their common ancestor."

    rows = rows_by_label(page)
    assert rows["Phone"][BEFORE] == (person["phone"] or "")
    assert rows["Phone"][columns[mine]] == "+994 55 222 22 22"
    assert rows["Phone"][columns[theirs]] == "+994 50 111 11 11"
    assert rows["Household size"][BEFORE] == "3"
    assert rows["Village"][columns[mine]] == "Qaradağlı"
    # What each side changed since Before, in bold.
    assert bold_cells(page, columns[mine]) == {"Phone", "Village"}
    assert bold_cells(page, columns[theirs]) == {"Phone", "Household size"}
    assert bold_cells(page, BEFORE) == set()

    # The fields that merged by themselves, and whose change was taken.
    merged = page.merged.text()
    assert merged.startswith("Merged by themselves: ")
    assert f"Household size taken from Füzuli ofisi, noutbuk 1 ({letter[theirs]})" in merged
    assert f"Village taken from this laptop (Laçın laptop 1) ({letter[mine]})" in merged
    assert "Phone" not in merged
    # Kept as merged unless a person says otherwise; the conflicting phone as shown now (B).
    assert page.picks["household_size"].currentData() == theirs
    assert page.picks["village_id"].currentData() == mine
    assert page.picks["phone"].currentData() == "b"

    # Two revisions with nothing in common (each side began on its own laptop).
    page.views[0] = dataclasses.replace(view, base=None, base_version=None)
    page.show_selected()
    assert page.who.text().splitlines()[-1].startswith("Before: nothing in common")
    assert {r[BEFORE] for r in texts(page.sides)} == {"—"}


def test_a_conflict_resolved_field_by_field_is_a_new_revision(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path
) -> None:
    window = app.open()
    person = conflict(app, template_db, tmp_path)
    page = window.show_tool("conflicts")
    qtbot.waitUntil(lambda: page.ready)
    assert page.count.text() == "Open conflicts: 1"
    assert texts(page.list)[0][:2] == [page.views[0].title, "People / households"]
    assert page.views[0].title.startswith("Səbinə İsmayılova")
    rows = rows_by_label(page)
    view = page.views[0]
    a_phone, b_phone = view.a.content["phone"], view.b.content["phone"]
    assert rows["Phone"][SIDE_A : SIDE_B + 1] == [a_phone, b_phone]
    assert {a_phone, b_phone} == {"+994 50 111 11 11", "+994 55 222 22 22"}
    labels = [r[0] for r in texts(page.sides)]
    marked = {
        labels[r]
        for r in range(page.sides.rowCount())
        if page.sides.item(r, SIDE_A).background() == DIFFERS
    }
    assert marked == {"Phone", "Household size", "Village"}
    assert set(page.picks) == {"phone", "household_size", "village_id"}

    # Keep this laptop's phone number and the other laptop's old household size.
    mine = "a" if a_phone == "+994 55 222 22 22" else "b"
    pick(page.picks["phone"], mine)
    pick(page.picks["household_size"], mine)
    before = len(store.history(app.db, "person", person["id"]))
    with qtbot.waitSignal(window.ctx.bus.changed, timeout=10000):
        qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready and page.count.text() == "Open conflicts: 0")
    resolved = store.get(app.db, "person", person["id"])
    assert (resolved["phone"], resolved["household_size"]) == ("+994 55 222 22 22", 3)
    # The village this laptop set merged by itself, and the resolution keeps it.
    assert resolved["village_id"] == {"a": view.a, "b": view.b}[mine].content["village_id"]
    assert resolved["village_id"] is not None
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
    assert int(row[0]) >= 85 and "same birth year" in row[-1]


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


SCREEN = (1366, 768)
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def assert_whole(table: Any, columns: range) -> None:
    """Every cell's text in full: wrapped if need be, its row as tall as it needs."""
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for r in range(table.rowCount()):
        for c in columns:
            item = table.item(r, c)
            room = QRect(0, 0, table.columnWidth(c) - margin, 10_000)
            needs = QFontMetrics(item.font()).boundingRect(room, WRAP, item.text())
            assert needs.width() <= room.width(), (item.text(), c)
            assert needs.height() <= table.rowHeight(r), (item.text(), c)


def cut(widget: Any) -> bool:
    """A word-wrapped label shorter than its text needs at its width."""
    return bool(widget.isVisible() and widget.height() < widget.heightForWidth(widget.width()))


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_conflicts_screen_fits_a_1366_laptop_in_every_language(
    qtbot: Any, app: Any, template_db: Path, tmp_path: Path, language: str
) -> None:
    app.open()
    conflict(app, template_db, tmp_path)
    app.db.set_setting("language", language)
    app.close()
    window = app.open()
    window.resize(*SCREEN)
    page = window.show_tool("conflicts")
    qtbot.waitUntil(lambda: page.ready)
    qtbot.waitUntil(lambda: window.width() == SCREEN[0])
    qtbot.wait(50)  # one layout pass at the new size
    assert page.count.text() != "Open conflicts: 1"  # in the chosen language
    table = page.sides
    # No horizontal scrolling: every column in view, Keep included.
    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().length() <= table.viewport().width()
    # No value or field name cut short: a long one wraps, its row as tall as it needs.
    assert_whole(table, range(KEEP))
    assert_whole(page.list, range(page.list.columnCount()))  # the record's title too
    for combo in page.picks.values():
        assert combo.width() >= combo.minimumSizeHint().width()
    for label in (page.heading, page.who, page.legend, page.merged):
        assert not cut(label), label.text()
    for button in (page.keep_a, page.keep_b, page.resolve_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    shot = window.grab()
    assert (shot.width(), shot.height()) == SCREEN
    folder = os.environ.get("FIELDKIT_SCREENSHOTS")  # scripts/screenshots.sh sets it
    target = Path(folder) if folder else tmp_path
    assert shot.save(str(target / f"conflicts-{language}.png"))
