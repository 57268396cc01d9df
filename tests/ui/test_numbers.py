"""One number format per language: a value reads the same in the form that
typed it, the list that shows it and the report that sums it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractSpinBox

from tests.factories import Factory
from tests.ui.drive import texts
from tests.ui.test_reports import open_reports
from ui.strings import i18n

SHOWN = {"az": "1.500,00", "ru": "1\xa0500,00", "en": "1,500.00"}


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_a_value_reads_the_same_in_form_list_and_report(
    qtbot: Any, app: Any, language: str
) -> None:
    app.open().ctx.db.set_setting("language", language)
    app.close()
    make = Factory(app.db)
    make.create("livelihood_assistance", value="1500", delivery_date=date(2025, 5, 20))
    person = make.create("person", birth_year=1984, household_size=5)
    window = app.open()
    assert i18n.current() == language

    page = window.show_type("livelihood_assistance")
    qtbot.waitUntil(lambda: page.model.ready and page.model.rowCount() == 1)
    column = [c.name for c in page.model.columns].index("value")
    assert page.model.index(0, column).data() == SHOWN[language]

    form = window.open_form("livelihood_assistance", page.model.record_at(0))
    assert form is not None
    spin = form.form.editors["value"].widget
    assert isinstance(spin, QAbstractSpinBox)
    assert spin.text() == SHOWN[language]
    form.done(0)

    reports = open_reports(qtbot, window, date(2025, 1, 1), date(2025, 12, 31))
    assistance = texts(reports.tables["assistance"])
    assert any(SHOWN[language] in row for row in assistance)

    # A year is not a quantity: 1984 everywhere, never 1.984.
    people = window.show_type("person")
    qtbot.waitUntil(lambda: people.model.ready and people.model.row_of(person["id"]) >= 0)
    year = [c.name for c in people.model.columns].index("birth_year")
    assert people.model.index(people.model.row_of(person["id"]), year).data() == "1984"
