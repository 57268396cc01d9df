"""Likely duplicates: each pair with its birth years, villages and districts;
a double-click opens both side by side; merging needs a pair chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.factories import Factory
from tests.ui.drive import pick, texts
from ui.review.duplicates import PairDialog


def test_pairs_show_where_and_when_and_open_side_by_side(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    make.create("person", full_name="Əli Məmmədov", birth_year=1980, sex="male")
    make.create("person", full_name="Eli Memmedov", birth_year=1980, sex="male", phone="+994 50 1")
    make.create("person", full_name="Nigar Abbasova", birth_year=1990)

    page = window.show_tool("duplicates")
    qtbot.waitUntil(lambda: page.ready)
    assert page.count.text() == "Pairs to review: 1"  # "Looking…" gone with the results
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[3:6] == ["Birth year", "Village", "District"]
    row = texts(page.table)[0]
    assert row[3:6] == ["1980", "Zabux", "Laçın"]
    assert {row[1], row[2]} == {"Əli Məmmədov", "Eli Memmedov"}

    assert not page.keep_first.isEnabled() and not page.keep_second.isEnabled()
    rect = page.table.visualRect(page.table.model().index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.keep_first.isEnabled() and page.keep_second.isEnabled()
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pair = page.dialog
    assert isinstance(pair, PairDialog) and pair.isVisible()
    shown = {r[0]: r[1:] for r in texts(pair.table)}
    assert sorted(shown["Full name"]) == sorted([row[1], row[2]])
    assert shown["Birth year"] == ["1980", "1980"]
    differing = [
        pair.table.item(r, 0).text()
        for r in range(pair.table.rowCount())
        if pair.table.item(r, 1).font().bold()
    ]
    assert differing == ["Full name", "Phone"]
    pair.done(0)

    # Looking again (another district) forgets the chosen pair: nothing to merge.
    pick(page.district, "AZ-FUZ")
    qtbot.waitUntil(lambda: page.ready and page.count.text() == "Pairs to review: 0")
    assert not page.keep_first.isEnabled() and not page.keep_second.isEnabled()
