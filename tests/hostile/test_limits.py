"""The up-front check of an .xlsx (fieldkit/sync/workbook/limits.py) cannot be sidestepped
by writing the sheet XML another way: prefixed tags, attributes in another
order, cells placed by position instead of by reference."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fieldkit import demo
from fieldkit.sync.workbook import export_workbook, limits
from fieldkit.workspace import open_database
from tests.hostile import files


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("limits")
    db = open_database(folder / "field.db")
    demo.fill(db, 10, seed=1)
    path = export_workbook(db, folder / "records.xlsx").path
    db.close()
    return path


def with_sheet_xml(src: Path, dst: Path, sheet_data: bytes, prefix: str = "") -> Path:
    """*src* with the person sheet replaced by a minimal sheet holding *sheet_data*."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    if prefix:
        xml = (
            f'<{prefix}:worksheet xmlns:{prefix}="{ns}"><{prefix}:sheetData>'.encode()
            + sheet_data
            + f"</{prefix}:sheetData></{prefix}:worksheet>".encode()
        )
    else:
        xml = (
            f'<worksheet xmlns="{ns}"><sheetData>'.encode()
            + sheet_data
            + b"</sheetData></worksheet>"
        )
    return files.rewrite(src, dst, {files.sheet_part(src, "person"): xml})


def test_a_real_export_passes(workbook: Path) -> None:
    limits.check(workbook)


@pytest.mark.parametrize(
    ("name", "sheet_data", "prefix"),
    [
        # attributes in another order (s before r), as some tools write them
        ("order", b'<row spans="1:1" r="1"><c s="0" r="XFD900"><v>1</v></c></row>', ""),
        # namespace-prefixed tags
        ("prefixed", b'<x:row r="1"><x:c r="XFD900"><x:v>1</x:v></x:c></x:row>', "x"),
        # cells without r, placed one after another: 2,001 columns on row 5,000
        ("positional", b'<row r="5000">' + b"<c/>" * 2_001 + b"</row>", ""),
        # rows by count alone
        ("counted", b"<row/>" * 300_001, ""),
    ],
)
def test_a_vast_sheet_is_refused_however_it_is_written(
    workbook: Path, tmp_path: Path, name: str, sheet_data: bytes, prefix: str
) -> None:
    bad = with_sheet_xml(workbook, tmp_path / f"{name}.xlsx", sheet_data, prefix)
    with pytest.raises(limits.Refused, match=r"sheet person (spans|has more than)"):
        limits.check(bad)


def test_a_dtd_in_any_part_is_refused(workbook: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(workbook) as z:
        styles = z.read("xl/styles.xml")
    bad = files.rewrite(
        workbook,
        tmp_path / "styles.xlsx",
        {"xl/styles.xml": b'<!DOCTYPE s [<!ENTITY a "aaaa">]>' + styles},
    )
    with pytest.raises(limits.Refused, match=r"xl/styles\.xml declares XML entities"):
        limits.check(bad)


def test_a_small_sheet_written_positionally_passes(workbook: Path, tmp_path: Path) -> None:
    ok = with_sheet_xml(
        workbook, tmp_path / "small.xlsx", b"<row>" + b"<c><v>1</v></c>" * 30 + b"</row>"
    )
    limits.check(ok)
