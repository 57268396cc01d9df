"""The Due screen: follow-ups overdue, due today and this week, each opening
its visit; the next visit settles one. Reports' overdue rows open theirs too."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldkit import accounts, store
from fieldkit.workspace import open_database
from tests.databases import connect
from tests.factories import Factory
from tests.ui.drive import pick, save, texts, type_date, visible_errors
from tests.ui.test_reports import open_reports
from ui.records.dialog import RecordDialog

TODAY = date.today()


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def double_click(qtbot: Any, table: Any, row: int) -> None:
    """Press, release, then the second press: QTest's double click alone skips the first."""
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_due_screen_lists_what_is_due_and_opens_it(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    staff = make.staff_id()
    family = make.create("person", full_name="Gülnarə Həsənova")
    other = make.create("person", full_name="Rəşad Quliyev", birth_year=1970)
    settled = make.create("person", full_name="Nigar Abbasova")

    def visit(person: dict[str, Any], visited: int, due: int | None) -> dict[str, Any]:
        return make.create(
            "home_visit",
            person_id=person["id"],
            visitor_id=staff,
            visit_date=day(visited),
            follow_up_due=day(due) if due is not None else None,
        )

    overdue = visit(family, -10, -3)
    today = visit(other, -7, 0)
    visit(make.create("person", full_name="Elnur Məmmədov"), -2, 3)  # this week
    visit(make.create("person", full_name="Samirə Əliyeva"), -1, 20)  # later: not shown
    visit(settled, -20, -10)
    visit(settled, -5, None)  # the family was visited again: settled

    due = window.show_tool("due")
    qtbot.waitUntil(lambda: due.ready)
    assert due.summary.text() == "Overdue: 1 · Today: 1 · This week: 1"
    rows = texts(due.table)
    assert [r[0] for r in rows[:2]] == ["Overdue, days: 3", "Today"]
    assert rows[2][0] == day(3).strftime("%A")  # the weekday, capitalised
    assert [r[1] for r in rows] == [
        "Gülnarə Həsənova (1984)",
        "Rəşad Quliyev (1970)",
        "Elnur Məmmədov (1984)",
    ]

    # Enter opens the first row's visit at once; a double-click any other.
    due.table.setFocus()
    qtbot.keyClick(due.table, Qt.Key.Key_Return)
    assert isinstance(window.dialog, RecordDialog) and window.dialog.isVisible()
    assert window.dialog.record is not None and window.dialog.record["id"] == overdue["id"]
    window.dialog.done(0)
    double_click(qtbot, due.table, 1)
    assert window.dialog.record is not None and window.dialog.record["id"] == today["id"]
    window.dialog.done(0)

    # The follow-up visit, started from the screen, settles the overdue one.
    due.table.selectRow(0)
    due.next_button.click()
    form = window.dialog
    assert form.record is None and form.form.editors["person_id"].value() == family["id"]
    assert not form.dirty  # nothing typed yet: Esc closes without asking
    pick(form.form.editors["visitor_id"].widget, staff)
    pick(form.form.editors["purpose"].widget, "psychosocial")
    save(qtbot, form)
    assert not form.isVisible(), visible_errors(form.form)
    qtbot.waitUntil(lambda: due.ready and len(texts(due.table)) == 2)
    assert due.summary.text() == "Overdue: 0 · Today: 1 · This week: 1"


def test_a_reports_overdue_row_opens_its_visit(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    late = make.create("home_visit", visit_date=day(-30), follow_up_due=day(-9))
    page = open_reports(qtbot, window, day(-60), TODAY)
    table = page.tables["overdue"]
    assert texts(table)[0][:2] == ["Laçın", "Səbinə İsmayılova"]
    double_click(qtbot, table, 0)
    assert isinstance(window.dialog, RecordDialog)
    assert window.dialog.record is not None and window.dialog.record["id"] == late["id"]
    window.dialog.done(0)
    double_click(qtbot, table, 1)  # the totals row opens nothing
    assert not window.dialog.isVisible()


def test_a_follow_up_is_rescheduled_from_the_due_screen(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    late = make.create("home_visit", visit_date=day(-10), follow_up_due=day(-2))
    due = window.show_tool("due")
    qtbot.waitUntil(lambda: due.ready)
    assert texts(due.table)[0][0] == "Overdue, days: 2"
    due.table.selectRow(0)
    dialog = due.reschedule()
    assert dialog is not None and dialog.box.date_value() == day(7)  # a week on, by default
    type_date(qtbot, dialog.box, day(2))
    with qtbot.waitSignal(window.ctx.bus.changed):
        qtbot.keyClick(dialog.box.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: due.ready and texts(due.table)[0][0] != "Overdue, days: 2")
    assert texts(due.table)[0][0] == day(2).strftime("%A")
    assert due.summary.text() == "Overdue: 0 · Today: 0 · This week: 1"
    saved = store.get(app.db, "home_visit", late["id"])
    assert saved is not None and saved["follow_up_due"] == day(2)


def test_the_due_screen_shows_the_volunteers_own_visits_and_all_on_request(
    qtbot: Any, app: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two people share the laptop: each sees the follow-ups of the visits they
    recorded, even one the other has rescheduled since; "All volunteers" shows both."""
    leyla, hers = "Leyla Həsənova", "Leylanın öz parolu"
    with open_database(db_path) as db:
        me = db.account
        accounts.add_account(db_path, db.unlocked, leyla, hers)
        make = Factory(db)
        mine = make.create(
            "home_visit",
            person_id=make.create("person", full_name="Gülnarə Həsənova")["id"],
            visit_date=day(-10),
            follow_up_due=day(-3),
        )
    with open_database(db_path, accounts.Credentials(leyla, hers)) as db:
        make = Factory(db)
        make.create(
            "home_visit",
            person_id=make.create("person", full_name="Rəşad Quliyev")["id"],
            visit_date=day(-5),
            follow_up_due=day(0),
        )
        store.update(db, "home_visit", mine["id"], {"follow_up_due": day(-2)})  # she moved it
    monkeypatch.setenv("FIELDKIT_ACCOUNT", me)
    window = app.open()
    due = window.show_tool("due")
    qtbot.waitUntil(lambda: due.ready)
    assert not due.everyone.isChecked()
    assert [r[1] for r in texts(due.table)] == ["Gülnarə Həsənova (1984)"]
    assert texts(due.table)[0][0] == "Overdue, days: 2"
    assert due.summary.text() == "Overdue: 1 · Today: 0 · This week: 0"

    qtbot.mouseClick(due.everyone, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: due.ready)
    assert due.summary.text() == "Overdue: 1 · Today: 1 · This week: 0"
    headers = [due.table.horizontalHeaderItem(c).text() for c in range(due.table.columnCount())]
    by = headers.index("Recorded by")
    assert headers[-1] == "Purpose"  # last, cut short rather than the table scrolled sideways
    assert [(r[1], r[by]) for r in texts(due.table)] == [
        ("Gülnarə Həsənova (1984)", me),
        ("Rəşad Quliyev (1984)", leyla),
    ]
    qtbot.mouseClick(due.everyone, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: due.ready)
    assert len(texts(due.table)) == 1


def test_visits_saved_before_accounts_say_who_recorded_them(
    qtbot: Any, app: Any, db_path: Path
) -> None:
    """A visit saved before accounts existed has no author: "All volunteers" names
    the volunteer of this laptop's profile then, and another laptop by its name."""
    with open_database(db_path) as db:
        make = Factory(db)
        ours = make.create(
            "home_visit",
            person_id=make.create("person", full_name="Gülnarə Həsənova")["id"],
            visit_date=day(-10),
            follow_up_due=day(-1),
        )
        theirs = make.create(
            "home_visit",
            person_id=make.create("person", full_name="Rəşad Quliyev")["id"],
            visit_date=day(-9),
            follow_up_due=day(0),
        )
    elsewhere = "0a1b2c3d-0000-4000-8000-000000000001"
    conn = connect(db_path)
    conn.execute(
        "UPDATE revision SET author = NULL WHERE record_id IN (?, ?)", (ours["id"], theirs["id"])
    )
    conn.execute("UPDATE revision SET device_id = ? WHERE record_id = ?", (elsewhere, theirs["id"]))
    conn.commit()
    conn.close()
    window = app.open()
    due = window.show_tool("due")
    qtbot.mouseClick(due.everyone, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: due.ready and len(texts(due.table)) == 2)
    headers = [due.table.horizontalHeaderItem(c).text() for c in range(due.table.columnCount())]
    by = headers.index("Recorded by")
    assert [r[by] for r in texts(due.table)] == [
        "Aynur Məmmədova, before accounts",  # this laptop's volunteer (its profile)
        "Unnamed laptop 0a1b2c3d, before accounts",  # a laptop that never said its name
    ]
    window.close()
    app.close()
    with open_database(db_path) as db:
        db.set_setting("language", "az")
    window = app.open()
    due = window.show_tool("due")
    qtbot.mouseClick(due.everyone, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: due.ready and len(texts(due.table)) == 2)
    assert texts(due.table)[0][by] == "Aynur Məmmədova, hesablardan əvvəl"
