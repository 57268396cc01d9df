"""An untouched export re-saved by LibreOffice, Gnumeric, openpyxl or pandas
imports as "unchanged" (DESIGN.md, "Sync: the contract", point 7): the real
programs, on a demo database with the values that used to come back changed
(a 16-digit latitude, CRLF notes, ``_x0041_`` in text, decomposed letters)."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit import demo, records, store
from fieldkit.sync.workbook import export_workbook, import_workbooks
from fieldkit.workspace import open_database
from tests.core.xlsx_tools import (
    gnumeric_convert,
    needs_soffice,
    needs_ssconvert,
    openpyxl_resave,
    pandas_resave,
    soffice_convert,
)
from tests.databases import copy_db

TRICKY: dict[str, list[dict[str, Any]]] = {
    "person": [
        {"full_name": unicodedata.normalize("NFD", "Şəhla İsmayılova")},
        {"notes": "first line\r\nsecond\tline\rthird _x0041_ _x005F_ _x00"},
        {"notes": "  \u00a0no-break spaces\u00a0 inside \n\n  and an indented line  "},
        {"phone": "0012 345"},
        {"full_name": "Ayan _x000D_ Quliyeva"},
    ],
    "awareness_session": [
        {"latitude": 40.416666666666664, "longitude": 46.99999949},
        {"latitude": 39.999999999999996, "longitude": 47.123456789},
    ],
    "village": [{"latitude": 39.7458333333333333, "longitude": 46.7486111111111111}],
    "livelihood_assistance": [{"value": "999999.99"}, {"value": "0.10"}],
}
# Kept by LibreOffice, Gnumeric and openpyxl; pandas' default read_excel takes
# "#N/A" for a missing value and its to_excel() writes "=..." as a formula.
LITERAL: dict[str, list[dict[str, Any]]] = {
    "person": [{"full_name": '=HYPERLINK("x","y")'}, {"full_name": "#N/A"}],
}


def _build(root: Path, template: Path, values: dict[str, list[dict[str, Any]]]) -> Path:
    root.mkdir(parents=True)
    path = root / "field.db"
    copy_db(template, path)
    with open_database(path) as db:
        demo.fill(db, 300, seed=7)
        for type_name, edits in values.items():
            t = records.get(type_name).table
            with db.connect() as conn:
                ids = conn.execute(sa.select(t.c.id).order_by(t.c.id).limit(len(edits))).scalars()
                targets = list(ids)
            for record_id, change in zip(targets, edits, strict=True):
                store.update(db, type_name, record_id, change)
        export_workbook(db, root / "field.xlsx")
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    return _build(tmp_path_factory.mktemp("roundtrip") / "tricky", template_db, TRICKY)


@pytest.fixture(scope="module")
def literal(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    return _build(tmp_path_factory.mktemp("roundtrip") / "literal", template_db, LITERAL)


def _import_unchanged(database: Path, resaved: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy_db(database, copy)
    with open_database(copy) as db:
        with db.connect() as conn:
            exported = sum(
                conn.execute(sa.select(sa.func.count()).select_from(t.table)).scalar_one()
                for t in records.record_types()
            )
        result = import_workbooks(db, [resaved])
        assert result.ok, [str(r) for r in result.rejects[:5]]
        changed = {n: c for n, c in result.counts.items() if c.updated or c.new or c.revisions}
        assert changed == {}, changed
        assert result.summary() == {
            "new": 0,
            "updated": 0,
            "unchanged": exported,
            "conflicts": 0,
            "revisions": 0,
            "rejected": 0,
        }


def _soffice(src: Path, out: Path) -> Path:
    return soffice_convert(src, out.parent / "lo")


def _gnumeric(src: Path, out: Path) -> Path:
    return gnumeric_convert(src, out)


RESAVES: list[Any] = [
    pytest.param(_soffice, id="libreoffice", marks=[needs_soffice, pytest.mark.slow]),
    pytest.param(_gnumeric, id="gnumeric", marks=[needs_ssconvert, pytest.mark.slow]),
    pytest.param(openpyxl_resave, id="openpyxl"),
]


def test_the_export_itself_imports_unchanged(exported: Path, tmp_path: Path) -> None:
    _import_unchanged(exported, exported.parent / "field.xlsx", tmp_path)


@pytest.mark.parametrize("resave", RESAVES)
def test_an_untouched_resave_imports_unchanged(
    exported: Path, tmp_path: Path, resave: Callable[[Path, Path], Path]
) -> None:
    resaved = resave(exported.parent / "field.xlsx", tmp_path / "resaved.xlsx")
    _import_unchanged(exported, resaved, tmp_path)


@pytest.mark.parametrize("resave", RESAVES)
def test_text_that_looks_like_a_formula_or_an_error_survives_a_resave(
    literal: Path, tmp_path: Path, resave: Callable[[Path, Path], Path]
) -> None:
    resaved = resave(literal.parent / "field.xlsx", tmp_path / "resaved.xlsx")
    _import_unchanged(literal, resaved, tmp_path)


def test_a_pandas_to_excel_resave_with_its_index_column_imports_unchanged(
    exported: Path, tmp_path: Path
) -> None:
    pytest.importorskip("pandas")
    resaved = pandas_resave(exported.parent / "field.xlsx", tmp_path / "pandas.xlsx")
    from openpyxl import load_workbook

    about = load_workbook(resaved)["about"]
    assert about["A1"].value is None and about["B2"].value == "format"  # the index in column A
    _import_unchanged(exported, resaved, tmp_path)


@needs_soffice
@pytest.mark.slow
def test_twice_through_libreoffice_then_gnumeric_still_unchanged(
    exported: Path, tmp_path: Path
) -> None:
    if shutil.which("ssconvert") is None:
        pytest.skip("Gnumeric (ssconvert) not installed")
    once = soffice_convert(exported.parent / "field.xlsx", tmp_path / "lo1")
    twice = soffice_convert(
        gnumeric_convert(once, tmp_path / "gn" / "field.xlsx"), tmp_path / "lo2"
    )
    _import_unchanged(exported, twice, tmp_path)
