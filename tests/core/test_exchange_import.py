"""Import: workbooks as people really hand them back, under the sync contract."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit import check, records, store
from fieldkit.cli import main as cli
from fieldkit.records import Conflict
from fieldkit.sync import keys, review
from fieldkit.sync.workbook import export_workbook, import_workbooks, preview
from fieldkit.workspace import open_database
from tests.core.xlsx_tools import edit, find_row, header, sign, state
from tests.databases import copy_db

CONFLICTS = Conflict.__table__  # type: ignore[attr-defined]


@pytest.fixture
def field(make: Any, db: Any, tmp_path: Path) -> dict[str, Any]:
    """A volunteer's laptop with one of everything, exported."""
    made = {t: make.create(t) for t in ("person", "home_visit", "awareness_session")}
    made["livelihood_assistance"] = make.create("livelihood_assistance")
    out = tmp_path / "field.xlsx"
    export_workbook(db, out)
    return {"records": made, "xlsx": out}


@pytest.fixture
def hq(template_db: Path, tmp_path: Path) -> Any:
    """HQ's database: fresh, with nothing but the shipped districts."""
    path = tmp_path / "hq" / "hq.db"
    path.parent.mkdir()
    copy_db(template_db, path)
    database = open_database(path)
    yield database
    database.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_into_a_fresh_database_gives_the_same_records(
    db: Any, hq: Any, field: dict[str, Any]
) -> None:
    result = import_workbooks(hq, [field["xlsx"]])
    assert result.applied and result.ok
    assert result.counts["person"].new == 2  # the one made, and the one visited
    assert result.counts["district"].unchanged == 78
    assert result.summary()["conflicts"] == 0
    types = [r.name for r in records.record_types()]
    assert state(hq, types) == state(db, types)
    assert check.run(hq).ok
    again = import_workbooks(hq, [field["xlsx"], field["xlsx"]])  # idempotent
    assert again.counts["person"].unchanged == 2  # each record counted once per run
    assert again.summary()["new"] == again.summary()["updated"] == again.summary()["revisions"] == 0
    assert state(hq, types) == state(db, types)


def test_a_cell_edited_in_excel_becomes_a_new_revision(
    db: Any, hq: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    person = field["records"]["person"]

    def correct(wb: Any) -> None:
        ws = wb["person"]
        ws.cell(find_row(ws, person["id"]), header(ws)["full_name"]).value = "Səbinə İsmayılzadə"

    edited = edit(field["xlsx"], correct, tmp_path / "edited.xlsx")
    result = import_workbooks(db, [edited])
    assert result.counts["person"].updated == 1
    assert result.counts["home_visit"].unchanged == 1
    now = store.get(db, "person", person["id"])
    assert now["full_name"] == "Səbinə İsmayılzadə"
    assert now["version"] == 2
    # The importer's own revision (DESIGN.md, "Trust"), a child of the exported one.
    assert now["device_id"] == db.device_id
    history = store.history(db, "person", person["id"])
    assert [h.version for h in history] == [1, 2]
    assert history[-1].source == str(edited)
    assert history[-1].changed == ("full_name",)
    # The same edited workbook again, into this or another database: the same revision.
    before = state(db)
    assert import_workbooks(db, [edited]).summary()["revisions"] == 0
    assert state(db) == before
    import_workbooks(hq, [edited])
    at_hq = store.get(hq, "person", person["id"])
    assert at_hq is not None and at_hq["head"] == now["head"]
    assert at_hq["full_name"] == now["full_name"] and at_hq["device_id"] == hq.device_id
    assert check.run(db).ok


def test_an_excel_edit_and_a_laptop_edit_of_the_same_base_conflict(
    db: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    person = field["records"]["person"]
    edited = edit(
        field["xlsx"],
        lambda wb: (
            wb["person"]
            .cell(find_row(wb["person"], person["id"]), header(wb["person"])["household_size"])
            .__setattr__("value", 9)
        ),
        tmp_path / "edited.xlsx",
    )
    store.update(db, "person", person["id"], {"household_size": 2})  # on the laptop meanwhile
    result = preview(db, [edited])
    assert result.summary()["conflicts"] == 1 and not result.applied
    assert import_workbooks(db, [edited]).summary()["conflicts"] == 1
    with db.connect() as conn:
        rows = conn.execute(sa.select(CONFLICTS)).all()
    assert len(rows) == 1 and rows[0].record_id == person["id"]
    # A deterministic winner stands meanwhile; both revisions are kept.
    assert {h.content["household_size"] for h in store.history(db, "person", person["id"])} == {
        5,
        2,
        9,
    }


def test_survives_sorting_reordered_hidden_and_extra_columns_and_blank_rows(
    db: Any, hq: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    make_more = [store.create(db, "person", {**_person(), "full_name": f"P{i}"}) for i in range(5)]
    out = tmp_path / "more.xlsx"
    export_workbook(db, out)

    def mangle(wb: Any) -> None:
        ws = wb["person"]
        # Sort the data rows by name descending (as the autofilter would).
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
        rows.sort(key=lambda r: str(r[header(ws)["full_name"] - 1]), reverse=True)
        for i, values in enumerate(rows):
            for j, v in enumerate(values):
                ws.cell(3 + i, j + 1).value = v
        ws.insert_rows(5, 2)  # blank rows in the middle
        ws.move_range("A1:A100", cols=40)  # the id column moved far right
        ws.insert_cols(3)  # an extra column with a note of HQ's own
        ws.cell(1, 3).value = "hq_comment"
        ws.cell(4, 3).value = "checked by phone"
        ws.column_dimensions["D"].hidden = True
        ws.row_dimensions[6].hidden = True  # filtered out
        ws.auto_filter.ref = None

    mangled = edit(out, mangle, tmp_path / "mangled.xlsx")
    result = import_workbooks(hq, [mangled])
    assert result.ok, [str(r) for r in result.rejects]
    assert result.counts["person"].new == 7  # the fixture's two and five more
    assert result.summary()["updated"] == 0  # nothing looked edited
    for p in make_more:
        assert store.get(hq, "person", p["id"])["full_name"] == p["full_name"]


def test_dates_and_numbers_typed_as_text_are_read(
    db: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    visit = field["records"]["home_visit"]
    session = field["records"]["awareness_session"]

    def retype(wb: Any) -> None:
        ws = wb["home_visit"]
        r, h = find_row(ws, visit["id"]), header(ws)
        ws.cell(r, h["visit_date"]).value = "02.04.2025"  # as typed in Azerbaijan
        ws.cell(r, h["follow_up_due"]).value = 45779  # a date cell reformatted as General
        ws = wb["awareness_session"]
        r, h = find_row(ws, session["id"]), header(ws)
        ws.cell(r, h["girls"]).value = "12"
        ws.cell(r, h["men"]).value = "4"  # this one is a real change (was 1)
        ws.cell(r, h["version"]).value = "1"

    result = import_workbooks(db, [edit(field["xlsx"], retype, tmp_path / "t.xlsx")])
    assert result.ok, [str(r) for r in result.rejects]
    assert result.counts["home_visit"].unchanged == 1  # same values: not an edit
    assert store.get(db, "home_visit", visit["id"])["visit_date"] == date(2025, 4, 2)
    assert store.get(db, "home_visit", visit["id"])["follow_up_due"] == date(2025, 5, 2)
    assert result.counts["awareness_session"].updated == 1
    assert store.get(db, "awareness_session", session["id"])["men"] == 4


def test_bad_cells_refuse_the_whole_import_and_name_where(
    db: Any, db_path: Path, field: dict[str, Any], tmp_path: Path
) -> None:
    person = field["records"]["person"]
    visit = field["records"]["home_visit"]

    def spoil(wb: Any) -> None:
        ws = wb["person"]
        r, h = find_row(ws, person["id"]), header(ws)
        ws.cell(r, h["full_name"]).value = "Fixed name"  # a good edit ...
        ws.cell(r, h["sex"]).value = "unknown"  # ... beside a bad cell
        ws = wb["home_visit"]
        r, h = find_row(ws, visit["id"]), header(ws)
        ws.cell(r, h["visit_date"]).value = "31.02.2025"
        ws.cell(r, h["purpose"]).value = "=1+1"  # a formula

    bad = edit(field["xlsx"], spoil, tmp_path / "bad.xlsx")
    db.close()  # compare the file as it rests
    before = digest(db_path)
    with open_database(db_path) as again:
        result = import_workbooks(again, [bad])
    assert not result.applied
    where = {(r.sheet, r.column, r.key): r.reason for r in result.rejects}
    ws_letter = _letters(field["xlsx"])
    assert ("person", ws_letter["person"]["sex"], "sex") in where
    assert "female, male" in where[("person", ws_letter["person"]["sex"], "sex")]
    assert "formula" in where[("home_visit", ws_letter["home_visit"]["purpose"], "purpose")]
    text = str(result.rejects[0])
    assert text.startswith(str(bad)) and "sheet person, row 3, column" in text
    assert digest(db_path) == before
    with open_database(db_path) as again:
        assert store.get(again, "person", person["id"])["full_name"] != "Fixed name"


def test_references_must_exist_here_or_in_the_same_import(
    db: Any, hq: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    key = keys.private_key(db)

    def drop_people(wb: Any) -> None:
        del wb["person"]

    # Sheets taken out after signing break the signature: the laptop signs again
    # (this test is about references, not trust).
    no_people = sign(edit(field["xlsx"], drop_people, tmp_path / "no_people.xlsx"), key)
    result = import_workbooks(hq, [no_people])
    assert not result.applied
    reasons = {(r.sheet, r.key) for r in result.rejects}
    assert ("home_visit", "person_id") in reasons
    assert all("person / household" in r.reason for r in result.rejects if r.key == "person_id")
    # With the people in another file of the same import, it goes in.
    people_only = sign(
        edit(
            field["xlsx"],
            lambda wb: [wb.remove(wb[n]) for n in ("home_visit", "livelihood_assistance")],
            tmp_path / "people.xlsx",
        ),
        key,
    )
    assert import_workbooks(hq, [no_people, people_only]).applied


def test_unreadable_and_newer_files_are_refused(
    db: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    newer = edit(
        field["xlsx"],
        lambda wb: [
            r[1].__setattr__("value", 99)
            for r in wb["about"].iter_rows()
            if r[0].value == "format_version"
        ],
        tmp_path / "newer.xlsx",
    )
    result = preview(db, [junk, newer])
    reasons = [r.reason for r in result.rejects]
    assert any("not a readable .xlsx" in r for r in reasons)
    assert any("newer fieldkit" in r for r in reasons)


def test_cli_import_prints_the_summary_and_refuses_with_exit_1(
    db: Any,
    db_path: Path,
    field: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db.close()
    assert cli.main(["--db", str(db_path), "import", "--dry-run", str(field["xlsx"])]) == 0
    out = capsys.readouterr().out
    assert "new 0 / updated 0 / unchanged" in out and "dry run" in out
    bad = edit(
        field["xlsx"],
        lambda wb: wb["person"].cell(3, header(wb["person"])["sex"]).__setattr__("value", "??"),
        tmp_path / "bad.xlsx",
    )
    assert cli.main(["--db", str(db_path), "import", str(bad)]) == 1
    captured = capsys.readouterr()
    assert "rejected: " in captured.out and "sheet person, row 3" in captured.out
    assert captured.err.strip().startswith("fieldkit: import refused")


def _person() -> dict[str, Any]:
    return {
        "full_name": "X",
        "sex": "male",
        "district": "AZ-LAC",
        "displacement": "idp",
        "consent_given": True,
        "consent_date": "2025-01-10",
    }


def _letters(path: Path) -> dict[str, dict[str, str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return {
        name: {c.value: c.column_letter for c in wb[name][1] if c.value}
        for name in ("person", "home_visit")
    }


def test_a_bad_cell_in_the_last_sheet_undoes_the_sheets_already_merged(
    db: Any, db_path: Path, field: dict[str, Any], tmp_path: Path
) -> None:
    person = field["records"]["person"]
    help_ = field["records"]["livelihood_assistance"]

    def change(wb: Any) -> None:
        ws = wb["person"]
        ws.cell(find_row(ws, person["id"]), header(ws)["full_name"]).value = "Changed"
        ws = wb["livelihood_assistance"]  # merged last
        ws.cell(find_row(ws, help_["id"]), header(ws)["value"]).value = "a lot"

    bad = edit(field["xlsx"], change, tmp_path / "bad.xlsx")
    db.close()
    before = digest(db_path)
    with open_database(db_path) as again:
        result = import_workbooks(again, [bad])
        assert not result.applied
        assert [(r.sheet, r.key) for r in result.rejects] == [("livelihood_assistance", "value")]
        assert store.get(again, "person", person["id"])["full_name"] != "Changed"
    assert digest(db_path) == before


def test_a_coordinators_own_columns_may_hold_notes_and_formulas(
    db: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    def annotate(wb: Any) -> None:
        ws = wb["person"]
        col = ws.max_column + 2
        ws.cell(1, col).value = "hq_length"
        ws.cell(3, col).value = "=LEN(H3)"  # HQ's own working, not data of ours
        ws.cell(ws.max_row + 3, col).value = "checked 2025-06-02"  # a note below the data

    result = import_workbooks(db, [edit(field["xlsx"], annotate, tmp_path / "notes.xlsx")])
    assert result.ok, [str(r) for r in result.rejects]
    assert result.summary()["updated"] == 0


def test_deleting_by_changing_the_deleted_cell_is_refused(
    db: Any, field: dict[str, Any], tmp_path: Path
) -> None:
    """The seal covers the deleted cell: a flip is refused from the row alone, so
    the result is the same in every order, and the laptop's own untouched file
    still imports afterwards."""
    person = field["records"]["person"]

    def flip(wb: Any) -> None:
        ws = wb["person"]
        ws.cell(find_row(ws, person["id"]), header(ws)["deleted"]).value = "yes"

    before = state(db)
    flipped = edit(field["xlsx"], flip, tmp_path / "flip.xlsx")
    result = import_workbooks(db, [flipped])
    assert not result.applied
    assert [(r.sheet, r.key) for r in result.rejects] == [("person", "deleted")]
    assert "done in the app" in result.rejects[0].reason
    assert state(db) == before
    assert import_workbooks(db, [field["xlsx"]]).applied  # the untouched file is fine


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("version", 7),  # a version raised by hand
        ("id", None),  # one character of the id mistyped (filled in below)
        ("device_id", "11111111-2222-3333-4444-555555555555"),
        ("updated_at", "2030-01-01T00:00:00.000000Z"),
    ],
)
def test_a_hand_edited_sync_cell_is_refused_naming_it(
    db: Any, field: dict[str, Any], tmp_path: Path, key: str, value: Any
) -> None:
    person = field["records"]["person"]
    wanted = (
        value
        if value is not None
        else person["id"][:-1] + ("0" if person["id"][-1] != "0" else "1")
    )

    def change(wb: Any) -> None:
        ws = wb["person"]
        ws.cell(find_row(ws, person["id"]), header(ws)[key]).value = wanted

    before = state(db)
    result = import_workbooks(db, [edit(field["xlsx"], change, tmp_path / "hand.xlsx")])
    assert not result.applied
    assert [(r.sheet, r.key) for r in result.rejects] == [("person", key)], result.rejects
    assert result.rejects[0].column == _letter(field["xlsx"], key)
    assert state(db) == before  # no duplicate family from a mistyped id


def _letter(book: Path, key: str) -> str:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    return get_column_letter(header(load_workbook(book)["person"])[key])


def test_a_flipped_deleted_cell_in_an_unsealed_file_is_a_conflict_for_review(
    tmp_path: Path, template_db: Path
) -> None:
    """A format-1 file from an older fieldkit may have no seal, so a flipped
    ``deleted`` cell is a delete beside the exported state: an edit against a
    delete, for review — the same in either order, never silently applied.
    (Format 2 always has a seal, which refuses the cell.)"""
    full = Path(__file__).parent.parent / "fixtures" / "format-1" / "laptop-a-full.xlsx"
    rid = "4fae2cf5-ce33-4d70-9294-7d945fac971a"

    def flip(wb: Any) -> None:
        ws = wb["person"]
        ws.cell(find_row(ws, rid), header(ws)["deleted"]).value = "yes"
        ws.delete_cols(header(ws)["seal"])

    flipped = edit(full, flip, tmp_path / "flip.xlsx")
    seen = []
    for name, order in (("one", [full, flipped]), ("two", [flipped, full])):
        copy_db(template_db, tmp_path / f"{name}.db")
        with open_database(tmp_path / f"{name}.db") as db:
            # Files of the release before signatures, taken whole as a coordinator asks.
            first = import_workbooks(db, [order[0]], accept_unsigned=True)
            again = import_workbooks(db, [order[1]], accept_unsigned=True)
            assert first.applied and again.applied
            assert first.summary()["conflicts"] + again.summary()["conflicts"] == 1
            assert [c.record_id for c in review.open_conflicts(db)] == [rid]
            seen.append(state(db, ["person"]))
    assert seen[0] == seen[1]
