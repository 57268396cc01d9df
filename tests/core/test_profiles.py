"""Export profiles: pseudonymised workbooks for partners, assignments for a district."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from fieldkit import demo, query, store
from fieldkit.sync import keys, transfer
from fieldkit.sync.workbook import import_workbooks
from fieldkit.workspace import open_database


def sheet(book: Path, name: str) -> list[dict[str, Any]]:
    ws = load_workbook(book, read_only=True)[name]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[2:]]


def test_pseudonymised_keeps_counts_drops_names_and_is_never_importable(
    db: Any, db_path: Path, tmp_path: Path
) -> None:
    demo.fill(db, 200, seed=4)
    first = transfer.export(
        db, tmp_path / "partner-1.xlsx", profile="pseudonymised", recipient="Partner"
    )
    second = transfer.export(
        db, tmp_path / "partner-2.xlsx", profile="pseudonymised", recipient="Partner"
    )
    people = sheet(first.path, "person")
    real = query.search(db, "person", limit=1000)
    sharing = [r for r in real if r["consent_given"] and r["consent_scope"] == "partners"]
    about = {
        r[0]: r[1]
        for r in load_workbook(first.path, read_only=True)["about"].iter_rows(values_only=True)
    }
    assert about["profile"] == "pseudonymised"
    assert 0 < len(people) < len(real)  # only people who agreed to it; counts kept
    assert len(people) + about["dropped.person"] == len(sharing)
    real_ids = {r["id"] for r in real}
    real_names = {r["full_name"] for r in real}
    for row in people:
        assert row["id"] not in real_ids and row["full_name"] == row["id"]
        assert row["full_name"] not in real_names
        assert row.get("phone") is None and row.get("notes") is None
    # Stable: the same person has the same pseudonym in every export to this partner.
    assert [r["id"] for r in people] == [r["id"] for r in sheet(second.path, "person")]
    staff_names = {r["full_name"] for r in query.search(db, "staff", limit=100)}
    assert not staff_names & {r["full_name"] for r in sheet(first.path, "staff")}

    with open_database(tmp_path / "hq.db") as hq:
        result = import_workbooks(hq, [first.path])
        assert not result.applied
        assert "can never be imported" in result.rejects[0].reason
    # A partner export does not count as the export to HQ; the log says for whom.
    assert transfer.exchanges(db)[0].kind == "partner-export"


def test_an_assignment_carries_one_districts_families_to_a_laptop(db: Any, tmp_path: Path) -> None:
    demo.fill(db, 300, seed=6)
    lachin = {
        r["id"] for r in query.search(db, "person", query.Filter(district="AZ-LAC"), limit=1000)
    }
    assert lachin
    out = transfer.export(db, tmp_path / "lachin.fkb", profile="assignment", district="AZ-LAC")
    assert set(out.counts) == {
        "district",
        "village",
        "staff",
        "choice_item",
        "person",
    }  # no field work
    with open_database(tmp_path / "laptop.db") as laptop:
        # A laptop takes an assignment from the HQ it joined, and from no one else.
        keys.join(laptop, db.device_id, "HQ", keys.public_key(db))
        result = transfer.import_files(laptop, [out.path])
        assert result.applied
        assert {r["id"] for r in query.search(laptop, "person", limit=1000)} == lachin
        assert query.count(laptop, "home_visit") == 0
        # The laptop can record a visit to an assigned family straight away.
        staff = query.search(laptop, "staff", limit=1)[0]["id"]
        person = sorted(lachin)[0]
        store.create(
            laptop,
            "home_visit",
            {
                "person_id": person,
                "visit_date": "2025-05-01",
                "visitor_id": staff,
                "purpose": "needs_assessment",
            },
        )
