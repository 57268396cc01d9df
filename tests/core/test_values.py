"""Canonical values: what validation stores is what the workbook shows and what
an import reads back, so an untouched round trip is "unchanged" (DESIGN.md,
"Sync: the contract", point 7). Real workbooks, written and read by the real
libraries; the spreadsheet programs themselves are in test_spreadsheet_roundtrip.
"""

from __future__ import annotations

import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from fieldkit import records, store
from fieldkit.cli import main as cli
from fieldkit.declare import FieldSpec, Kind, Personal, field
from fieldkit.sync.workbook import columns as cols
from fieldkit.sync.workbook import export_workbook, import_workbooks, reader
from fieldkit.validate import Ambiguous, Invalid, canonical_text, coerce, number_text
from fieldkit.workspace import open_database
from tests.core.xlsx_tools import edit, find_row, header
from tests.databases import copy_db

NFC_NAME = "Şəhla İsmayılova"
NFD_NAME = unicodedata.normalize("NFD", NFC_NAME)
LATITUDE = 40.416666666666664  # 40 + 25/60: what a degrees-minutes conversion gives
COORDINATE = FieldSpec(Kind.FLOAT, "Latitude", name="latitude", precision=6)
PLAIN_FLOAT = FieldSpec(Kind.FLOAT, "x", name="x")


def spec(type_name: str, name: str) -> FieldSpec:
    return records.get(type_name).field(name)


MONEY = spec("livelihood_assistance", "value")
COUNT = spec("person", "household_size")
NOTE = spec("person", "notes")


# --- text ---------------------------------------------------------------------


def test_text_is_nfc_with_newline_line_endings_and_no_blanks_at_the_ends() -> None:
    assert NFD_NAME != NFC_NAME
    assert coerce(spec("person", "full_name"), NFD_NAME) == NFC_NAME
    assert coerce(NOTE, "one\r\ntwo\rthree\n") == "one\ntwo\nthree"
    assert coerce(NOTE, "\t  indented\n  second line  \n") == "indented\n  second line"
    assert canonical_text("plain ascii") == "plain ascii"
    # A choice label typed in decomposed form still finds its code.
    assert coerce(spec("person", "consent_given"), unicodedata.normalize("NFD", "bəli")) is True


def test_every_write_path_stores_the_canonical_text(make: Any, db: Any) -> None:
    person = make.create("person", full_name=NFD_NAME, notes="a\r\nb")
    assert store.get(db, "person", person["id"])["full_name"] == NFC_NAME
    store.update(db, "person", person["id"], {"notes": "c\r\nd"})
    assert store.get(db, "person", person["id"])["notes"] == "c\nd"


# --- numbers --------------------------------------------------------------------


def test_a_float_keeps_its_declared_decimals_and_at_most_15_significant_digits() -> None:
    assert coerce(COORDINATE, LATITUDE) == 40.416667
    assert coerce(COORDINATE, 40.4166666666667) == 40.416667  # LibreOffice's 15 digits
    assert coerce(COORDINATE, "40,4166667") == 40.416667
    assert coerce(PLAIN_FLOAT, LATITUDE) == 40.4166666666667
    assert repr(coerce(COORDINATE, -0.0000001)) == "0.0"  # never -0.0
    assert repr(coerce(PLAIN_FLOAT, -0.0)) == "0.0"


@given(st.floats(min_value=-180, max_value=180, allow_nan=False))
def test_a_canonical_float_is_its_own_canonical_form_through_any_spreadsheet(x: float) -> None:
    for declared in (COORDINATE, PLAIN_FLOAT):
        value = coerce(declared, x)
        assert coerce(declared, value) == value
        # what openpyxl (%.16g) and LibreOffice (15 digits) write of it reads back the same
        assert coerce(declared, float(f"{value:.16g}")) == value
        assert coerce(declared, float(f"{value:.15g}")) == value
        assert len(Decimal(repr(value)).as_tuple().digits) <= 15


def test_precision_is_a_fact_of_float_fields_only() -> None:
    with pytest.raises(ValueError, match="precision"):
        field(Kind.INT, "Girls", personal=Personal.NO, precision=2)
    with pytest.raises(ValueError, match="precision"):
        field(Kind.FLOAT, "Latitude", personal=Personal.QUASI, precision=20)


def test_money_is_exact_two_decimals_and_a_spreadsheet_float_is_read_at_15_digits() -> None:
    assert coerce(MONEY, 1250.1) == Decimal("1250.10")
    assert coerce(MONEY, 0.1 + 0.2) == Decimal("0.30")  # =0.1+0.2 pasted as a value
    assert coerce(MONEY, 999999.99) == Decimal("999999.99")
    assert str(coerce(MONEY, "-0")) == "0.00"
    with pytest.raises(Invalid, match="more than two decimals"):
        coerce(MONEY, 1.005)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1200", "1200"),
        ("1200.50", "1200.50"),
        ("1200,50", "1200.50"),
        ("1 200,50", "1200.50"),
        ("1\u00a0200,50", "1200.50"),  # a no-break space, as Excel in Azerbaijani writes it
        ("1 200", "1200"),
        ("1,200.50", "1200.50"),
        ("1.200,50", "1200.50"),
        ("1,200,000", "1200000"),
        ("1.200.000", "1200000"),
        ("0,125", "0.125"),  # a leading zero is never a thousands group
        ("1234,567", "1234.567"),  # four digits before: not thousands
        ("12,5", "12.5"),
        ("-3.5", "-3.5"),
        ("1e3", "1000"),
    ],
)
def test_numbers_typed_as_text_that_read_one_way(text: str, number: str) -> None:
    assert number_text(text) == Decimal(number)


@pytest.mark.parametrize("text", ["1,200", "12.500", "999,999", "-1,200", "1.000"])
def test_a_single_separator_before_three_digits_is_ambiguous(text: str) -> None:
    with pytest.raises(Ambiguous, match="ambiguous"):
        number_text(text)


@pytest.mark.parametrize("text", ["1,2,3", "12 00", "1,200.500.1", "١٢", "1..2", "12a"])
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(Invalid, match="not a number"):
        number_text(text)


def test_ambiguous_money_and_counts_are_refused_and_say_both_readings() -> None:
    with pytest.raises(Invalid, match=r"'1,200' is ambiguous: it could be 1200 or 1\.20"):
        coerce(MONEY, "1,200")
    with pytest.raises(Invalid, match="more than two decimals, or is 12345"):
        coerce(MONEY, "12.345")
    with pytest.raises(Invalid, match=r"ambiguous: it could be 1200 or 1\.2"):
        coerce(COUNT, "1,200")
    assert coerce(MONEY, "1,200.50") == Decimal("1200.50")
    assert coerce(MONEY, "1 200,50 AZN") == Decimal("1200.50")
    assert coerce(COUNT, "12") == 12


# --- the workbook cell ---------------------------------------------------------


def _sheet_xml(path: Path, sheet: str) -> str:
    from fieldkit.sync.workbook.formulas import sheet_parts

    with zipfile.ZipFile(path) as z:
        return z.read(sheet_parts(z)[sheet]).decode("utf-8")


def test_the_written_cell_is_the_stored_value(make: Any, db: Any, tmp_path: Path) -> None:
    session = make.create("awareness_session", latitude=LATITUDE, longitude=46.999999)
    stored = store.get(db, "awareness_session", session["id"])
    assert stored["latitude"] == coerce(spec("awareness_session", "latitude"), LATITUDE)
    make.create("person", notes="code _x0041_ and _x005F_ here", full_name="#N/A")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)
    sessions = _sheet_xml(out, "awareness_session")
    assert f"<v>{stored['latitude']!r}</v>" in sessions
    assert f"<v>{stored['longitude']!r}</v>" in sessions
    people = _sheet_xml(out, "person")
    assert "code _x005F_x0041_ and _x005F_x005F_ here" in people  # escaped as Excel does
    assert 't="e"' not in people  # "#N/A" is text, not an error cell
    _, found = reader.read(out)
    notes = {inc.content["notes"] for inc in found if inc.record_type == "person"}
    assert "code _x0041_ and _x005F_ here" in notes


def test_escape_text_escapes_only_what_a_reader_would_decode() -> None:
    assert cols.escape_text("_x0041_") == "_x005F_x0041_"
    assert cols.escape_text("_x00e9_ _X0041_ _x41_ x_y") == "_x005F_x00e9_ _X0041_ _x41_ x_y"
    assert cols.escape_text("no escapes") == "no escapes"


# --- case 7: phantom edits without any spreadsheet program ---------------------------


def test_export_then_import_with_no_spreadsheet_program_is_unchanged(
    make: Any, db: Any, tmp_path: Path
) -> None:
    make.create("awareness_session", latitude=LATITUDE, longitude=46.7, notes="one\r\ntwo")
    make.create("person", full_name=NFD_NAME, notes="code _x0041_ here")
    make.create("livelihood_assistance", value="1250.10")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)
    result = import_workbooks(db, [out])
    assert result.ok, [str(r) for r in result.rejects]
    assert result.summary()["updated"] == 0 and result.summary()["revisions"] == 0


def test_a_name_pasted_in_decomposed_form_is_no_edit(make: Any, db: Any, tmp_path: Path) -> None:
    person = make.create("person", full_name=NFC_NAME, notes="first\nsecond")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)

    def paste(wb: Any) -> None:
        ws = wb["person"]
        h, r = header(ws), find_row(ws, person["id"])
        ws.cell(r, h["full_name"]).value = NFD_NAME
        ws.cell(r, h["notes"]).value = "first\r\nsecond  "

    result = import_workbooks(db, [edit(out, paste, tmp_path / "pasted.xlsx")])
    assert result.ok and result.counts["person"].updated == 0


# --- case 8: ambiguous money -------------------------------------------------------


def test_ambiguous_money_typed_as_text_is_refused_with_its_cell(
    make: Any, db: Any, tmp_path: Path
) -> None:
    first = make.create("livelihood_assistance")
    second = make.create("livelihood_assistance")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)
    where: dict[str, Any] = {}

    def type_money(wb: Any) -> None:
        ws = wb["livelihood_assistance"]
        h = header(ws)
        where["row"], where["col"] = find_row(ws, first["id"]), h["value"]
        ws.cell(where["row"], h["value"]).value = "1,200"
        ws.cell(find_row(ws, second["id"]), h["value"]).value = "1,200.50"

    typed = edit(out, type_money, tmp_path / "typed.xlsx")
    refused = import_workbooks(db, [typed])
    assert not refused.applied
    [reject] = refused.rejects
    assert (reject.file, reject.sheet, reject.row, reject.column, reject.key) == (
        str(typed),
        "livelihood_assistance",
        where["row"],
        get_column_letter(where["col"]),
        "value",
    )
    assert "ambiguous" in reject.reason and "1200" in reject.reason
    assert store.get(db, "livelihood_assistance", first["id"])["value"] == first["value"]

    def fix(wb: Any) -> None:
        ws = wb["livelihood_assistance"]
        ws.cell(where["row"], where["col"]).value = "1 200,00"

    result = import_workbooks(db, [edit(typed, fix, tmp_path / "fixed.xlsx")])
    assert result.ok and result.counts["livelihood_assistance"].updated == 2
    assert store.get(db, "livelihood_assistance", first["id"])["value"] == Decimal("1200.00")
    assert store.get(db, "livelihood_assistance", second["id"])["value"] == Decimal("1200.50")


# --- case 9: sheet names ---------------------------------------------------------------


def test_a_sheet_renamed_in_another_letter_case_is_still_imported(
    make: Any, db: Any, db_path: Path, tmp_path: Path
) -> None:
    person = make.create("person")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)

    def rename(wb: Any) -> None:
        ws = wb["person"]
        ws.title = "renaming"  # openpyxl would make "person" -> "Person" "Person1"
        ws.title = "Person"
        ws.cell(find_row(ws, person["id"]), header(ws)["household_size"]).value = 9
        wb["about"].title = "renaming"
        wb["renaming"].title = "About"

    renamed = edit(out, rename, tmp_path / "renamed.xlsx")
    db.close()
    assert cli.main(["--db", str(db_path), "import", str(renamed)]) == 0
    with open_database(db_path) as again:
        assert store.get(again, "person", person["id"])["household_size"] == 9


def test_two_sheets_for_one_record_type_are_refused(make: Any, db: Any, tmp_path: Path) -> None:
    make.create("person")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)

    def copy(wb: Any) -> None:
        wb.copy_worksheet(wb["person"]).title = "PERSXN"

    # Excel and openpyxl refuse two names that differ in case only; a file
    # written by hand can still have them.
    copied = edit(out, copy, tmp_path / "copied.xlsx")
    two = tmp_path / "two.xlsx"
    with zipfile.ZipFile(copied) as src, zipfile.ZipFile(two, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b'name="PERSXN"', b'name="PERSON"')
            dst.writestr(item, data)
    result = import_workbooks(db, [two])
    assert not result.applied
    assert [(r.sheet, r.reason[:27]) for r in result.rejects] == [
        ("PERSON", "two sheets for person: 'per")
    ]


def _misnamed(make: Any, db: Any, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    person = make.create("person")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)

    def rename(wb: Any) -> None:
        ws = wb["person"]
        ws.title = "persons"
        ws.cell(find_row(ws, person["id"]), header(ws)["household_size"]).value = 9
        wb.create_sheet("my notes").append(["id", "version", "what I checked"])
        wb.create_sheet("totals").append(["district", "people"])

    return edit(out, rename, tmp_path / "misnamed.xlsx"), person


def test_a_sheet_with_record_columns_but_no_type_name_is_named_in_a_warning(
    make: Any, db: Any, tmp_path: Path
) -> None:
    misnamed, _ = _misnamed(make, db, tmp_path)
    wb = reader.open_workbook(misnamed)
    assert not wb.rejects
    assert [w.sheet for w in wb.warnings] == ["persons", "my notes"]
    assert str(wb.warnings[0]).startswith(f"{misnamed.name}, sheet persons: its columns are")
    assert "nothing on it was imported" in wb.warnings[0].reason
    assert "person, " in wb.warnings[0].reason


def test_the_import_report_carries_the_warning(make: Any, db: Any, tmp_path: Path) -> None:
    misnamed, person = _misnamed(make, db, tmp_path)
    result = import_workbooks(db, [misnamed])
    assert [w.sheet for w in result.warnings] == ["persons", "my notes"]
    assert store.get(db, "person", person["id"])["household_size"] == person["household_size"]


# --- case 13: the about sheet --------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "ok"), [("1.0", True), (1.0, True), ("1", True), ("1.5", False)]
)
def test_format_version_written_as_a_decimal(
    make: Any, db: Any, tmp_path: Path, written: Any, ok: bool
) -> None:
    make.create("person")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)

    def version(wb: Any) -> None:
        ws = wb["about"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == "format_version":
                row[1].value = written
                if isinstance(written, str):
                    row[1].data_type = "s"

    wb = reader.open_workbook(edit(out, version, tmp_path / "version.xlsx"))
    if ok:
        assert not wb.rejects and wb.book is not None
    else:
        assert [r.key for r in wb.rejects] == ["format_version"]
        assert "'1.5' is not a whole number" in wb.rejects[0].reason


def test_an_about_sheet_with_an_index_column_before_it(
    make: Any, db: Any, tmp_path: Path, template_db: Path
) -> None:
    person = make.create("person")
    out = tmp_path / "out.xlsx"
    export_workbook(db, out)

    def shift(wb: Any) -> None:
        for ws in wb.worksheets:
            ws.insert_cols(1)
            for i in range(2, ws.max_row + 1):
                ws.cell(i, 1).value = i - 2

    shifted = edit(out, shift, tmp_path / "shifted.xlsx")
    hq_path = tmp_path / "hq.db"
    copy_db(template_db, hq_path)
    with open_database(hq_path) as hq:
        result = import_workbooks(hq, [shifted])
        assert result.ok, [str(r) for r in result.rejects]
        assert result.summary()["new"] > 0 and result.summary()["updated"] == 0
        theirs, mine = store.get(hq, "person", person["id"]), store.get(db, "person", person["id"])
        assert theirs is not None and mine is not None
        assert {k: theirs[k] for k in mine} == dict(mine)


def test_the_command_line_names_a_misnamed_sheet_in_a_warning(
    make: Any, db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldkit.cli import main as cli

    misnamed, _person = _misnamed(make, db, tmp_path)
    db.close()
    assert cli.main(["--db", str(db.path), "import", str(misnamed)]) == 0
    err = capsys.readouterr().err
    assert f"warning: {misnamed}, sheet persons: " in err
