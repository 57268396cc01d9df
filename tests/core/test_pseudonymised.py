"""A partner's export: derived from ``personal=``, keyed to its recipient,
k-anonymous, and sharing no identifier with the full export for HQ."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import python_calamine as calamine
import sqlalchemy as sa
from openpyxl import load_workbook

from fieldkit import anonymity, records
from fieldkit.cli.main import main as cli
from fieldkit.declare import FieldSpec, Kind, Personal, RecordType, field
from fieldkit.records import Setting
from fieldkit.sync.workbook.pseudonymise import Pseudonymiser, recipient_key
from fieldkit.workspace import open_database
from tests.databases import copy_db

# The row's sync cells: the first six in the order the writer's query gives
# them, then those that identify a revision (format 2).
SYNC = ("id", "version", "created_at", "updated_at", "device_id", "deleted", "rev", "parents", "author", "seal")  # fmt: skip


def sheets(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every record sheet as dicts by column key, read with python-calamine (as
    the importer reads) — the about and lists sheets aside."""
    book = calamine.CalamineWorkbook.from_path(str(path))
    out = {}
    for name in book.sheet_names:
        if name in ("about", "_lists"):
            continue
        rows = book.get_sheet_by_name(name).to_python()
        keys = [str(k) for k in rows[0]]
        first = 1 if name in ("_history", "_erasures") else 2  # a record sheet has labels too
        out[name] = [dict(zip(keys, r, strict=False)) for r in rows[first:]]
    return out


def about(path: Path) -> dict[str, Any]:
    ws = load_workbook(path, read_only=True)["about"]
    return {r[0]: r[1] for r in ws.iter_rows(min_row=2, values_only=True)}


def spec_of(declared: Any, name: str) -> FieldSpec:
    """The FieldSpec a ``field(...)`` call made, named as a class attribute would."""
    return replace(declared.sa_column_kwargs["info"]["fieldkit"], name=name)


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> dict[str, Path]:
    """A demo database of 2,000 records, exported in full for HQ and for two partners."""
    folder = tmp_path_factory.mktemp("demo-exports")
    db = folder / "demo.db"
    copy_db(template_db, db)
    assert cli(["--db", str(db), "demo", "--records", "2000"]) == 0
    out = {"db": db}
    for name, args in {
        "full": [],
        "a": ["--profile", "pseudonymised", "--recipient", "Partner A"],
        "a_again": ["--profile", "pseudonymised", "--recipient", "  partner   a "],
        "b": ["--profile", "pseudonymised", "--recipient", "Partner B"],
    }.items():
        out[name] = folder / f"{name}.xlsx"
        assert cli(["--db", str(db), "export", str(out[name]), *args]) == 0
    return out


def test_every_field_of_every_record_type_says_whether_it_is_personal() -> None:
    for rtype in records.record_types():
        for spec in rtype.fields:
            assert isinstance(spec.personal, Personal), f"{rtype.name}.{spec.name}"
    # A declaration that leaves it unsaid does not load.
    with pytest.raises(TypeError, match="personal"):
        field(Kind.TEXT, "Reporter's name")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="not QUASI"):
        field(Kind.TEXT, "Village name", personal=Personal.QUASI)


def test_a_new_record_type_with_a_reporter_name_is_handled_by_its_declaration() -> None:
    table = sa.Table("hazard_report", sa.MetaData(), sa.Column("id", sa.String, primary_key=True))
    model = type("HazardReport", (), {"__table__": table})
    fields = (
        spec_of(field(Kind.TEXT, "Reporter", personal=Personal.IDENTIFYING), "reporter_name"),
        spec_of(field(Kind.PHONE, "Phone", personal=Personal.IDENTIFYING), "reporter_phone"),
        spec_of(
            field(Kind.REF, "District", personal=Personal.QUASI, ref="district", ref_key="code"),
            "district",
        ),
        spec_of(field(Kind.DATE, "Reported on", personal=Personal.QUASI), "reported_on"),
        spec_of(field(Kind.NOTE, "What was seen", personal=Personal.FREE_TEXT), "description"),
        spec_of(field(Kind.INT, "Items seen", personal=Personal.NO), "items"),
    )
    rtype = RecordType(
        "hazard_report", "Hazard report", "Hazard reports", model, fields,
        district_field="district", title_fields=("reported_on",),
    )  # fmt: skip
    assert rtype.about_a_person()  # a reporter's name of its own: held to k-anonymity
    maker = Pseudonymiser(recipient_key(b"s" * 32, "Partner A"), k=2)
    from datetime import date

    rows = [
        (f"r{i}", 1, "2025-01-01T00:00:00.000000Z", "2025-01-02T00:00:00.000000Z", "dev", False,
         f"Reporter {i}", "+994 50 123 45 67", "AZ-LAC", date(2025, 3, 1 + i), "Near the well", 3)
        for i in range(3)
    ]  # fmt: skip
    maker.add_plan(rtype, ((r[0], (r[8], r[9])) for r in rows))
    out = [maker.row(rtype, r) for r in rows]
    for row, given in zip(out, rows, strict=True):
        assert row is not None
        cells = dict(zip(SYNC[:6], row[:6], strict=True)) | dict(
            zip(rtype.field_names(), row[6:], strict=True)
        )
        assert cells["reporter_name"] is None and cells["reporter_phone"] is None
        assert cells["description"] is None
        assert cells["id"] != given[0] and len(cells["id"]) == 32
        assert cells["device_id"] == "" and cells["created_at"] == ""
        assert cells["reported_on"] == "2025-03" and cells["district"] == "AZ-LAC"
        assert cells["items"] == 3


def test_pseudonymised_export_shares_no_identifier_with_the_full_export_and_is_5_anonymous(
    demo_exports: dict[str, Path],
) -> None:
    full, partner = sheets(demo_exports["full"]), sheets(demo_exports["a"])
    # Every identifier the full export and the database hold: ids, references,
    # names, phones, fingerprints, seals, devices, the laptop's and volunteer's names.
    known: set[str] = set()
    for row in full.pop("_history", []) + full.pop("_erasures", []):  # ids, revs, devices
        known.update(str(v) for k, v in row.items() if k != "content" and v not in (None, ""))
    for name, rows in full.items():
        rtype = records.get(name)
        keys = [k for k in SYNC if k not in ("version", "deleted")] + [
            f.name
            for f in rtype.fields
            if f.personal is Personal.IDENTIFYING or (f.kind is Kind.REF and f.ref_key == "id")
        ]
        for row in rows:
            known.update(str(row[k]) for k in keys if row.get(k) not in (None, ""))
    with open_database(demo_exports["db"]) as db, db.connect() as conn:
        for rtype in records.record_types():
            known.update(conn.execute(sa.select(rtype.table.c.id)).scalars())
        known.update(v for v in conn.execute(sa.select(Setting.value)).scalars() if v)  # type: ignore[call-overload]
    assert len(known) > 5000
    cells = {str(v) for rows in partner.values() for row in rows for v in row.values() if v}
    cells |= {str(v) for v in about(demo_exports["a"]).values() if v is not None}
    assert cells & known == set()
    # No free text, no name, no phone in any cell.
    people = partner["person"]
    assert people and all(not row.get("phone") and not row.get("notes") for row in people)

    # k-anonymity on every class of the person sheet's quasi-identifiers, as written.
    quasi = [s.name for s in anonymity.quasi(records.get("person"))]
    classes = Counter(tuple(row.get(q) or None for q in quasi) for row in people)
    assert min(classes.values()) >= 5
    # …where the full export singles most people out on four of them.
    exact = Counter(
        (r["district"], r["village_id"], r["birth_year"], r["sex"]) for r in full["person"]
    )
    unique = sum(
        1
        for r in full["person"]
        if exact[(r["district"], r["village_id"], r["birth_year"], r["sex"])] == 1
    )
    assert unique > len(full["person"]) / 2
    # Dates to the month at most, GPS to 0.01°, birth years as bands.
    for row in partner["home_visit"]:
        assert len(str(row["visit_date"])) == 7
    for row in partner["awareness_session"]:
        if row.get("latitude") not in (None, ""):
            assert round(float(row["latitude"]), 2) == float(row["latitude"])
    assert all(str(r["birth_year"]).count("–") == 1 for r in people if r.get("birth_year"))
    # Rows in the order of their pseudonyms, not in the full export's order.
    for rows in partner.values():
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    # Visits and assistance join to the people of this export, and only to them.
    ids = {r["id"] for r in people}
    assert {r["person_id"] for r in partner["home_visit"]} <= ids
    assert {r["person_id"] for r in partner["livelihood_assistance"]} <= ids


def test_pseudonyms_are_128_bits_and_keyed_to_the_recipient(demo_exports: dict[str, Path]) -> None:
    a, again, b = (sheets(demo_exports[n])["person"] for n in ("a", "a_again", "b"))
    assert all(len(r["id"]) == 32 and int(r["id"], 16) >= 0 for r in a)
    # The same recipient (however its name is spaced or cased): the same pseudonyms.
    assert [r["id"] for r in a] == [r["id"] for r in again]
    assert [r["full_name"] for r in a] == [r["id"] for r in a]  # the name shows the pseudonym
    # Another recipient: other pseudonyms for the same people, nothing in common.
    assert len(b) == len(a)
    assert {r["id"] for r in a}.isdisjoint(r["id"] for r in b)


def test_the_about_sheet_names_no_laptop_and_says_what_was_suppressed(
    demo_exports: dict[str, Path],
) -> None:
    text = about(demo_exports["a"])
    for key in ("device_id", "device_name", "volunteer"):
        assert key not in text
    assert text["profile"] == "pseudonymised" and text["recipient"] == "Partner A"
    assert text["k"] == 5
    assert text["quasi_identifiers.person"] == ", ".join(
        s.name for s in anonymity.quasi(records.get("person"))
    )
    assert text["smallest_class.person"] >= 5
    moved = sum(int(text[f"coarsened.person.{step}"]) for step in anonymity.STEPS.values())
    assert moved > 0  # on demo data some rows had to be coarsened
    assert text["rows.person"] == len(sheets(demo_exports["a"])["person"])
    full = about(demo_exports["full"])
    assert full["device_id"]  # the full export for HQ does say which laptop


def test_the_command_line_refuses_a_partner_export_it_cannot_make_honestly(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "p.xlsx")
    cases = [
        (["--profile", "pseudonymised"], "add --recipient NAME"),
        (["--recipient", "Partner A"], "add --profile pseudonymised"),
        (["--profile", "pseudonymised", "--recipient", "A", "--k", "1"], "2 or more"),
        (["--profile", "pseudonymised", "--recipient", "A", "--changed"], "one whole workbook"),
    ]
    for args, reason in cases:
        assert cli(["--db", str(db_path), "export", out, *args]) == 1
        assert reason in capsys.readouterr().err
    fkb = str(tmp_path / "p.fkb")
    assert (
        cli(["--db", str(db_path), "export", fkb, "--profile", "pseudonymised", "--recipient", "A"])
        == 1
    )
    assert "bundle is signed by this laptop" in capsys.readouterr().err
    assert not Path(out).exists() and not Path(fkb).exists()
