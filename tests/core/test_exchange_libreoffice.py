"""Real spreadsheet tools: workbooks re-saved by LibreOffice import as they should."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldkit import check, demo, records, store
from fieldkit.sync.workbook import export_workbook, import_workbooks
from fieldkit.workspace import open_database
from tests.core.xlsx_tools import edit, find_row, header, needs_soffice, soffice_convert, state
from tests.databases import copy_db

pytestmark = [needs_soffice, pytest.mark.slow]


def test_demo_export_libreoffice_resave_import_gives_the_same_records(
    db: Any, template_db: Path, tmp_path: Path
) -> None:
    demo.fill(db, 300, seed=7)
    store.update(db, "person", _first(db, "person"), {"full_name": '=HYPERLINK("x","y")'})
    out = tmp_path / "field.xlsx"
    export_workbook(db, out)
    resaved = soffice_convert(out, tmp_path / "lo")

    hq_path = tmp_path / "hq.db"
    copy_db(template_db, hq_path)
    with open_database(hq_path) as hq:
        result = import_workbooks(hq, [resaved])
        assert result.ok, [str(r) for r in result.rejects[:5]]
        assert result.summary()["updated"] == 0  # LibreOffice changed no value
        types = [r.name for r in records.record_types()]
        mine, theirs = state(db, types), state(hq, types)
        for name in types:
            assert theirs[name] == mine[name], name
        # The workbook carries every revision (the one superseded by the edit
        # above on its history sheet, through LibreOffice too): HQ has them all.
        assert theirs["revisions"] == mine["revisions"]
        assert check.run(hq).ok


def test_an_edit_saved_by_libreoffice_is_a_revision_and_its_formulas_are_refused(
    db: Any, make: Any, tmp_path: Path
) -> None:
    person = make.create("person")
    other = make.create("person", full_name="Elşən Quliyev")
    out = tmp_path / "field.xlsx"
    export_workbook(db, out)

    def change(wb: Any) -> None:
        ws = wb["person"]
        h = header(ws)
        ws.cell(find_row(ws, person["id"]), h["household_size"]).value = 8
        ws.cell(find_row(ws, person["id"]), h["consent_date"]).value = "12.03.2025"
        ws.cell(find_row(ws, other["id"]), h["full_name"]).value = '=UPPER("elşən")'

    resaved = soffice_convert(edit(out, change, tmp_path / "edited.xlsx"), tmp_path / "lo")
    refused = import_workbooks(db, [resaved])
    assert not refused.applied
    assert [(r.sheet, r.key) for r in refused.rejects] == [("person", "full_name")]
    assert "formula" in refused.rejects[0].reason

    def unformula(wb: Any) -> None:
        ws = wb["person"]
        ws.cell(find_row(ws, other["id"]), header(ws)["full_name"]).value = "ELŞƏN QULİYEV"

    fixed = soffice_convert(edit(resaved, unformula, tmp_path / "fixed.xlsx"), tmp_path / "lo2")
    result = import_workbooks(db, [fixed])
    assert result.ok and result.counts["person"].updated == 2
    assert store.get(db, "person", person["id"])["household_size"] == 8
    assert store.get(db, "person", other["id"])["full_name"] == "ELŞƏN QULİYEV"


def _first(db: Any, type_name: str) -> str:
    import sqlalchemy as sa

    t = records.get(type_name).table
    with db.connect() as conn:
        return conn.execute(sa.select(t.c.id).order_by(t.c.id).limit(1)).scalar_one()
