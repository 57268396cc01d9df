"""Consent with its scope decides which exports carry a person, and what refers
to them; everyone stays on the laptop."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldkit import consent, query, store
from fieldkit.sync import transfer
from fieldkit.sync.workbook import import_workbooks
from fieldkit.validate import ValidationError
from fieldkit.workspace import open_database
from tests.core.test_migrations import at_revision, downgraded
from tests.core.xlsx_tools import write_workbook
from tests.databases import connect as connect_db
from tests.factories import Factory


def ids(path: Path, sheet: str) -> set[str]:
    ws = load_workbook(path, read_only=True)[sheet]
    return {r[0] for r in ws.iter_rows(min_row=3, values_only=True) if r[0]}


def unticked_from_an_older_laptop(db: Any, folder: Path) -> dict[str, Any]:
    """A person an older fieldkit saved with consent left unticked (this one
    refuses to save such a person), arriving in that laptop's workbook."""
    person = {
        "id": str(uuid.uuid4()),
        "version": 1,
        "updated_at": datetime(2025, 5, 1, tzinfo=UTC),
        "device_id": "22222222-2222-4222-8222-222222222222",
        "full_name": "Person unticked",
        "sex": "female",
        "district": "AZ-LAC",
        "displacement": "idp",
        "consent_given": False,
    }
    book = write_workbook(folder / "older.xlsx", {"person": [person]})
    assert import_workbooks(db, [book], accept_unsigned=True).applied
    found = store.get(db, "person", person["id"])
    assert found is not None and found["consent_given"] is False
    return found


def people(make: Factory, folder: Path) -> dict[str, dict[str, Any]]:
    """One person for each consent, each with a visit and assistance."""
    out = {}
    for label, values in {
        "record": {"consent_scope": "record"},
        "hq": {"consent_scope": "hq"},
        "partners": {"consent_scope": "partners"},
        "unticked": None,
    }.items():
        if values is None:
            person = unticked_from_an_older_laptop(make.db, folder)
        else:
            person = make.create("person", full_name=f"Person {label}", **values)
        make.create("home_visit", person_id=person["id"])
        make.create("livelihood_assistance", person_id=person["id"])
        out[label] = person
    return out


def test_a_person_is_saved_here_only_with_consent_ticked(db: Any) -> None:
    values = {"full_name": "Lalə Həsənova", "sex": "female", "district": "AZ-LAC"}
    values |= {"displacement": "idp", "consent_given": False}
    with pytest.raises(ValidationError) as caught:
        store.create(db, "person", values)
    assert [(e.field, e.message) for e in caught.value.errors] == [("consent_given", "is required")]
    with pytest.raises(ValidationError, match="row 1: consent_given: is required"):
        store.bulk_create(db, "person", [values])
    made = Factory(db).create("person", full_name="Lalə Həsənova")
    with pytest.raises(ValidationError, match="consent_given: is required"):
        store.update(db, "person", made["id"], {"consent_given": False, "consent_date": None})
    assert store.get(db, "person", made["id"])["consent_given"] is True


def test_each_export_carries_the_people_whose_consent_covers_it(db: Any, tmp_path: Path) -> None:
    make = Factory(db)
    who = people(make, tmp_path)
    full = transfer.export(db, tmp_path / "hq.xlsx")
    carried = ids(full.path, "person")
    assert {who["hq"]["id"], who["partners"]["id"]} <= carried
    assert who["record"]["id"] not in carried and who["unticked"]["id"] not in carried
    # Visits and assistance go where their person goes.
    visits = {v["id"]: v["person_id"] for v in query.search(db, "home_visit", limit=100)}
    assert {visits[v] for v in ids(full.path, "home_visit")} <= carried
    assert len(ids(full.path, "home_visit")) == len(visits) - 2
    # Everyone stays on this laptop, listed and counted.
    assert query.count(db, "person") == len(carried) + 2
    assert query.count(db, "home_visit") == len(visits)

    # Pseudonymised for a partner: only who agreed to partners (k = 2 for four people).
    make.create("person", full_name="Another", consent_scope="partners")
    partner = transfer.export(
        db, tmp_path / "p.xlsx", profile="pseudonymised", recipient="Partner", k=2
    )
    about = {
        r[0]: r[1]
        for r in load_workbook(partner.path, read_only=True)["about"].iter_rows(values_only=True)
    }
    sharing = [
        r for r in query.search(db, "person", limit=100) if consent.covers(r, consent.PARTNERS)
    ]
    assert partner.counts["person"] + about["dropped.person"] == len(sharing) == 2
    assert about["without_partner_consent.person"] == query.count(db, "person") - 2


def test_consent_covers_is_a_declared_choice_checked_on_every_write(db: Any) -> None:
    make = Factory(db)
    with pytest.raises(ValidationError, match="consent_scope"):
        make.create("person", consent_scope="everyone")
    person = make.create("person")
    assert person["consent_scope"] == "hq"  # the declared default: what consent meant before
    assert consent.covers(person, consent.HQ) and not consent.covers(person, consent.PARTNERS)
    assert consent.covers({"consent_given": True, "consent_scope": None}, consent.HQ)
    assert not consent.covers({"consent_given": False, "consent_scope": "partners"}, consent.HQ)
    store.update(db, "person", person["id"], {"consent_scope": "record"})
    assert not consent.covers(store.get(db, "person", person["id"]), consent.HQ)


def test_people_consenting_before_the_scope_existed_are_shared_with_hq(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = at_revision(path, "head")
    from fieldkit import districts

    districts.ensure(old)
    make = Factory(old)
    person = make.person_id()
    downgraded(old, "0005")
    with open_database(path) as db:
        assert connect_db(path).execute(
            "SELECT consent_given, consent_scope FROM person"
        ).fetchall() == [(1, None)]
        assert store.get(db, "person", person)["consent_scope"] is None
        out = transfer.export(db, tmp_path / "hq.xlsx")
        assert ids(out.path, "person") == {person}  # their consent covered HQ
