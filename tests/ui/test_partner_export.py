"""Consent with its scope in the person form, and an export for a partner from
the Sync screen: only people who agreed to it, under pseudonyms."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from fieldkit import query
from tests.factories import Factory
from tests.ui.drive import fill, keys, save, texts


def test_consent_covers_is_asked_in_the_form_and_decides_the_partner_export(
    qtbot: Any, app: Any, dialogs: Any, tmp_path: Path
) -> None:
    window = app.open()
    make = Factory(app.db)
    make.create("person", full_name="Rəşad Əliyev")  # consent covers HQ (the default)
    dialog = window.open_form("person")
    editor = dialog.form.editors["consent_scope"]
    assert editor.value() == "hq"  # what consent meant before it had a scope
    fill(
        qtbot,
        dialog,
        {
            "full_name": "Səbinə İsmayılova",
            "sex": "female",
            "birth_year": 1984,
            "district": "AZ-LAC",
            "displacement": "returnee",
            "consent_given": True,
            "consent_scope": "partners",
            "consent_date": date(2025, 3, 12),
        },
    )
    save(qtbot, dialog)
    shared = [
        r for r in query.search(app.db, "person", limit=10) if r["consent_scope"] == "partners"
    ]
    assert [r["full_name"] for r in shared] == ["Səbinə İsmayılova"]

    page = window.show_tool("sync")
    qtbot.waitUntil(lambda: page.ready)
    box = page.partner_box
    target = tmp_path / "partner.xlsx"
    dialogs.save_file = str(target)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert "Name the recipient" in box.problem.text() and not target.exists()
    keys(box.recipient, "Partner NGO")
    box.k.setValue(2)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in box.status.text(), timeout=20000)
    assert "for Partner NGO, pseudonymised (k = 2)" in box.status.text()
    book = load_workbook(target, read_only=True)
    about = {r[0]: r[1] for r in book["about"].iter_rows(values_only=True)}
    assert about["recipient"] == "Partner NGO" and about["k"] == 2
    people = list(book["person"].iter_rows(min_row=3, values_only=True))
    # One person agreed to partners: alone, too rare to show even blank, so left out.
    assert people == [] and about["dropped.person"] == 1
    assert about["without_partner_consent.person"] == 1
    qtbot.waitUntil(lambda: page.exchanges.rowCount() == 1)
    assert texts(page.exchanges)[0][1:3] == ["Export for a partner", str(target)]
    app.close()
