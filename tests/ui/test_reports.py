"""The Reports screen shows the figures ``reports.build`` computes, charts them,
and saves them as a workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from fieldkit.reports import figures as reports
from tests.factories import Factory
from tests.ui.drive import pick, texts
from ui.reports.page import HIDDEN, cell
from ui.strings import declared as declared_strings
from ui.strings import reports as report_strings


def open_reports(qtbot: Any, window: Any, start: date, end: date) -> Any:
    page = window.show_tool("reports")
    qtbot.waitUntil(lambda: page.ready)
    page.date_from.set_value(start)
    page.date_to.set_value(end)
    page.load()
    qtbot.waitUntil(lambda: page.ready)
    return page


def test_the_screen_shows_what_the_core_computes(
    qtbot: Any, app: Any, dialogs: Any, tmp_path: Path
) -> None:
    window = app.open()
    make = Factory(app.db)
    make.create("awareness_session", session_date=date(2025, 4, 10))
    make.create(
        "awareness_session",
        session_date=date(2025, 4, 22),
        district="AZ-FUZ",
        girls=3,
        boys=4,
        women=5,
        men=6,
    )
    make.create("awareness_session", session_date=date(2025, 5, 2), girls=1, boys=0, women=0, men=9)
    make.create("awareness_session", session_date=date(2024, 12, 30))  # outside the period
    make.create("livelihood_assistance")  # beekeeping, 1 250.50 AZN, delivered 2025-05-20
    make.create("livelihood_assistance", assistance_type="poultry", value="300.00")
    make.create("livelihood_assistance", status="planned")  # planned: not counted

    page = open_reports(qtbot, window, date(2025, 1, 1), date(2025, 12, 31))
    expected = reports.build(app.db, date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    for table in expected.tables:
        shown = [i for i, c in enumerate(table.columns) if c.key not in HIDDEN]
        figures = texts(page.tables[table.key])
        assert figures[: len(table.rows)] == [
            [cell(r[i], table.columns[i].key) for i in shown] for r in table.rows
        ]
        if table.rows:  # every table with figures ends with their totals
            assert figures[-1][0] == "Total" and len(figures) == len(table.rows) + 1, table.key
    sessions = texts(page.tables["sessions"])
    assert [row[:8] for row in sessions[:-1]] == [
        ["Apr 2025", "Füzuli", "1", "3", "4", "5", "6", "18"],
        ["Apr 2025", "Laçın", "1", "12", "15", "2", "1", "30"],
        ["May 2025", "Laçın", "1", "1", "0", "0", "9", "10"],
    ]
    assert sessions[-1][:8] == ["Total", "", "3", "16", "19", "7", "16", "58"]
    assert texts(page.tables["assistance"])[0][5] == "1,250.50"
    assert texts(page.tables["assistance"])[-1][5] == "1,550.50"
    assert page.tables["sessions"].item(3, 0).font().bold()
    # The charts: attendance per month summed over districts, value per type.
    assert page.attendance.categories == ["Apr 2025", "May 2025"]
    assert [s.values for s in page.attendance.series] == [[15, 1], [19, 0], [7, 0], [7, 9]]
    assert page.value.categories == ["Beekeeping", "Poultry"]
    assert page.value.series[0].values == [1250.50, 300.0]

    pick(page.district, "AZ-FUZ")
    qtbot.waitUntil(lambda: page.ready and page.tables["sessions"].rowCount() == 2)  # and totals
    assert texts(page.tables["sessions"])[0][3:8] == ["3", "4", "5", "6", "18"]

    target = tmp_path / "report.xlsx"
    dialogs.save_file = str(target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved to" in page.state.text())
    assert "Sessions" in load_workbook(target, read_only=True).sheetnames


def test_a_period_that_ends_before_it_starts_is_said_on_the_screen(qtbot: Any, app: Any) -> None:
    window = app.open()
    page = open_reports(qtbot, window, date(2025, 6, 1), date(2025, 1, 1))
    assert "after it ends" in page.state.text()


def test_every_report_label_is_listed_for_translation(db: Any) -> None:
    listed = set(report_strings.STRINGS) | set(declared_strings.STRINGS)
    for table in reports.build(db).tables:
        labels = [c.label for c in table.columns] + ([table.note] if table.note else [])
        assert set(labels) <= listed, table.key
        assert table.key == "overdue" or table.title in listed


def test_chart_ticks_are_whole_numbers_and_month_labels_evenly_spaced(qtbot: Any, app: Any) -> None:
    window = app.open()
    make = Factory(app.db)
    for month in range(1, 13):  # a year of sessions, 250 girls at the most
        make.create(
            "awareness_session",
            session_date=date(2025, month, 3),
            girls=250 if month == 6 else 20 + month,
            boys=0,
            women=0,
            men=0,
        )
    page = open_reports(qtbot, window, date(2025, 1, 1), date(2025, 12, 31))
    chart = page.attendance
    for width in (420, 900):
        chart.resize(width, 300)
        chart.grab()  # paints
        assert chart.ticks == ["0", "50", "100", "150", "200", "250"]
        labelled = chart.labelled
        every = chart.categories.index(labelled[1]) if len(labelled) > 1 else 12
        assert labelled == chart.categories[::every] and 12 % every == 0, width
    assert chart.labelled == chart.categories  # wide enough: every month named


def test_russian_month_names_are_nominative(qtbot: Any, app: Any) -> None:
    window = app.open()
    window.set_language("ru")
    Factory(app.db).create("awareness_session", session_date=date(2026, 5, 4))
    page = open_reports(qtbot, window, date(2026, 1, 1), date(2026, 12, 31))
    assert page.attendance.categories == ["май 2026"]
    assert texts(page.tables["sessions"])[0][0] == "май 2026"
    assert texts(page.tables["sessions"])[-1][0] == "Итого"
    window.set_language("en")
