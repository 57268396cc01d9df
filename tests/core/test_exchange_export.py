"""Export: the workbook a coordinator opens in Excel or LibreOffice."""

from __future__ import annotations

import csv
import os
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from fieldkit import records, store
from fieldkit.cli import main as cli
from fieldkit.storage import migrate
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import export_workbook, last_export
from fieldkit.sync.workbook.writer import EXCHANGES
from tests.core.xlsx_tools import needs_soffice, soffice_convert

HOSTILE = '=HYPERLINK("http://evil.example/","click")'


def test_the_workbook_has_metadata_keys_labels_and_every_record(
    db: Any, make: Any, tmp_path: Path
) -> None:
    person = make.create("person", phone="+994 50 123 45 67")
    db.set_setting("volunteer_name", "Aynur Məmmədova")
    out = tmp_path / "out.xlsx"
    result = export_workbook(db, out)

    wb = load_workbook(out)
    assert wb.sheetnames[0] == "about"
    about = {r[0]: r[1] for r in wb["about"].iter_rows(min_row=2, values_only=True)}
    assert about["format"] == "fieldkit-workbook"
    assert about["format_version"] == 2
    assert about["schema"] == migrate.head()
    assert about["device_id"] == db.device_id
    assert about["volunteer"] == "Aynur Məmmədova"
    assert about["profile"] == "full"
    assert about["rows.person"] == 1
    assert about["rows.district"] == 78  # reference data travels too
    assert result.counts["person"] == 1

    ws = wb["person"]
    keys = [c.value for c in ws[1]]
    rtype = records.get("person")
    assert keys == [*cols.SYNC_KEYS, *rtype.field_names()]
    labels = [c.value for c in ws[2]]
    assert "Full name *" in labels and "Consent date" in labels
    row = dict(zip(keys, (c.value for c in ws[3]), strict=True))
    assert row["id"] == person["id"]
    assert row["version"] == 1
    assert row["full_name"] == "Səbinə İsmayılova"
    assert row["phone"] == "+994 50 123 45 67"
    assert row["consent_given"] == "yes"
    # The row is the record's head revision: its address, parents, author.
    content = store.content_of(rtype, person)
    assert row["rev"] == store.address(person["id"], content, False, ()) == person["head"]
    assert row["parents"] is None  # a creation
    assert row["author"] == db.account  # the account that unlocked the database
    assert about["rows._history"] == 0
    assert wb["_history"].sheet_state == "hidden"
    # Real dates, formatted as dates, not text.
    consent = ws.cell(3, keys.index("consent_date") + 1)
    assert consent.is_date and consent.value.date() == date(2025, 3, 12)
    assert ws.freeze_panes == "B3"
    assert ws.auto_filter.ref.startswith("A2:")
    assert ws.column_dimensions["A"].width >= 30
    assert wb["_lists"].sheet_state == "hidden"


def test_choice_columns_have_drop_down_lists(db: Any, make: Any, tmp_path: Path) -> None:
    make.create("person")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)
    ws = load_workbook(out)["person"]
    keys = [c.value for c in ws[1]]
    sex_col = ws.cell(1, keys.index("sex") + 1).column_letter
    lists = load_workbook(out)["_lists"]
    for dv in ws.data_validations.dataValidation:
        if any(str(r).startswith(f"{sex_col}3:") for r in dv.sqref.ranges):
            ref = dv.formula1.split("!")[1].replace("$", "")
            codes = [c.value for row in lists[ref] for c in row]
            assert codes == ["female", "male"]
            break
    else:
        pytest.fail("no drop-down on the sex column")


def test_a_name_that_looks_like_a_formula_stays_text(db: Any, make: Any, tmp_path: Path) -> None:
    make.create("person", full_name=HOSTILE, phone="+994 50 000 00 00")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)
    with zipfile.ZipFile(out) as z:
        names = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in names)
    ws = load_workbook(out)["person"]
    cell = ws.cell(3, [c.value for c in ws[1]].index("full_name") + 1)
    assert cell.value == HOSTILE and cell.data_type == "s"


@needs_soffice
def test_libreoffice_shows_the_formula_like_name_as_literal_text(
    db: Any, make: Any, tmp_path: Path
) -> None:
    make.create("person", full_name=HOSTILE, phone="+994 50 000 00 00")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)
    # Only the first sheet converts to CSV: put the person sheet first.
    from openpyxl import load_workbook as lw

    wb = lw(out)
    wb.move_sheet("person", offset=-wb.sheetnames.index("person"))
    wb.active = 0
    first = tmp_path / "first.xlsx"
    wb.save(first)
    text = soffice_convert(first, tmp_path / "csv", "csv:Text - txt - csv (StarCalc):44,34,76")
    rows = list(csv.reader(text.open(encoding="utf-8")))
    keys = rows[0]
    values = rows[2]
    assert values[keys.index("full_name")] == HOSTILE  # not "click", not a link
    assert values[keys.index("phone")] == "+994 50 000 00 00"  # not the number 994...


def test_a_crash_half_way_leaves_the_previous_file_and_no_temp_file(
    db: Any, make: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldkit.sync.workbook.writer as writer

    make.create("person")
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "out.xlsx"
    out.write_bytes(b"the previous export")

    def crash(*_: Any, **__: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(writer, "_write_about", crash)  # fails after the data sheets
    with pytest.raises(OSError):
        export_workbook(db, out)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["out.xlsx"]
    with db.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(EXCHANGES)).scalar() == 0


def test_changed_export_has_only_what_changed_since_the_last_export(
    db: Any, make: Any, tmp_path: Path
) -> None:
    first = make.create("person", full_name="Old One")
    export_workbook(db, tmp_path / "full.xlsx")
    assert last_export(db) is not None
    second = make.create("person", full_name="New One")
    store.update(db, "person", first["id"], {"household_size": 7})
    result = export_workbook(db, tmp_path / "changed.xlsx", changed=True)
    assert result.since is not None
    assert result.counts["person"] == 2
    assert result.counts["district"] == 0
    ws = load_workbook(tmp_path / "changed.xlsx")["person"]
    ids = {r[0] for r in ws.iter_rows(min_row=3, values_only=True)}
    assert ids == {first["id"], second["id"]}
    nothing = export_workbook(db, tmp_path / "again.xlsx", changed=True)
    assert nothing.total == 0
    with db.connect() as conn:
        kinds = conn.execute(sa.select(EXCHANGES.c.kind, EXCHANGES.c.counts)).all()
    assert [k for k, _ in kinds] == ["export", "export", "export"]


def test_export_file_is_readable_by_others(db: Any, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)
    assert os.stat(out).st_mode & 0o044  # not private like a temp file


def test_cli_export(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hq.xlsx"
    assert cli.main(["--db", str(db_path), "export", str(out)]) == 0
    assert "exported 78 records" in capsys.readouterr().out
    assert out.exists()
    assert cli.main(["--db", str(db_path), "export", str(tmp_path / "hq.csv")]) == 1
    assert "name the export .xlsx (a workbook) or .fkb" in capsys.readouterr().err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)  # like a write-protected stick
    try:
        if os.access(locked, os.W_OK):
            return  # root ignores permissions; nothing more to see here
        code = cli.main(["--db", str(db_path), "export", str(locked / "x.xlsx")])
        assert code == 1
        assert "cannot write" in capsys.readouterr().err
    finally:
        locked.chmod(0o700)
