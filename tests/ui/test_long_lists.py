"""Lists sort by what they show, and reach their real end at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from fieldkit import query, store
from tests.factories import Factory

# In Azerbaijani alphabet order (a b c ç d e ə … z); the ids run the other way,
# so a list sorted by the hidden id shows them backwards.
VILLAGES = ["Ağdam", "Aydınlı", "Cəfərli", "Çaylı", "Dərəkənd", "Eyvazlı", "Əhmədli", "Zabux"]
PEOPLE = ["Aynur Quliyeva", "Cavid Həsənov", "Çingiz Məmmədov", "Elvin Rzayev", "Əli Əliyev"]


def backwards_ids(n: int) -> list[str]:
    return [f"{n - i:08x}-0000-4000-8000-000000000000" for i in range(n)]


def click_header(qtbot: Any, page: Any, name: str) -> list[str]:
    """Click a column's header, as a person sorts; returns that column as shown."""
    column = [c.name for c in page.model.columns].index(name)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_sorting_by_village_or_person_follows_the_names_shown(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    villages = store.bulk_create(
        app.db,
        "village",
        [{"name": n, "district": "AZ-LAC"} for n in VILLAGES],
        ids=backwards_ids(len(VILLAGES)),
    )
    make._village = villages[0]  # the factory's own village would be a ninth
    base = make.values("person")
    people = store.bulk_create(
        app.db,
        "person",
        [
            base | {"full_name": n, "village_id": v}
            for n, v in zip(PEOPLE * 2, villages, strict=False)
        ],
        ids=backwards_ids(len(VILLAGES))[: len(VILLAGES)],
    )
    make._person = people[0]
    store.bulk_create(
        app.db,
        "home_visit",
        [make.values("home_visit") | {"person_id": p} for p in people],
        ids=[f"{i:08x}-1111-4000-8000-000000000000" for i in range(len(people))],
    )

    page = window.show_type("person")
    page.model.refresh()
    qtbot.waitUntil(lambda: page.model.total == len(people))
    assert click_header(qtbot, page, "village_id") == VILLAGES
    assert click_header(qtbot, page, "village_id") == VILLAGES[::-1]  # again: descending

    visits = window.show_type("home_visit")
    qtbot.waitUntil(lambda: visits.model.ready and visits.model.total == len(people))
    names = [name.rsplit(" (", 1)[0] for name in click_header(qtbot, visits, "person_id")]
    assert names == sorted((PEOPLE * 2)[: len(people)], key=PEOPLE.index)


ROWS = 3000


def test_ctrl_end_and_the_scrollbar_reach_the_last_record(qtbot: Any, app: Any) -> None:
    window = app.open()
    base = Factory(app.db).values("person")
    store.bulk_create(
        app.db, "person", [base | {"full_name": f"Şəxs {n:05d}"} for n in range(ROWS)]
    )
    last = query.search_sorted(app.db, "person", offset=ROWS - 1, limit=1)[0]["full_name"]
    page = window.show_type("person")
    with qtbot.waitSignal(page.model.loaded):
        page.model.refresh()
    assert page.count.text() == "Records: 3,000"

    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == ROWS - 1
    qtbot.waitUntil(lambda: page.model.index(ROWS - 1, 0).data() == last)
    assert page.selected() is not None and page.selected()["full_name"] == last

    # Back to the top, then the scrollbar dragged to its end.
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() is not None)
    bar = page.table.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, bar.maximum() // 7):  # a drag passes by
        bar.setValue(value)
        qtbot.wait(1)
    bar.setValue(bar.maximum())
    bottom = page.table.rowAt(page.table.viewport().height() - 2)
    assert bottom == ROWS - 1
    qtbot.waitUntil(lambda: page.model.index(ROWS - 1, 0).data() == last)
