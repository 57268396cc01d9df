"""Create, edit, delete, restore and history of every record type, on real SQLite files."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit import records, store
from fieldkit.validate import ValidationError
from fieldkit.workspace import open_database
from tests.factories import ALL_TYPES, Factory


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("type_name", ALL_TYPES)
def test_lifecycle_of_each_record_type(db: Any, make: Factory, type_name: str) -> None:
    record = make.create(type_name)
    assert record["version"] == 1 and record["deleted"] is False
    assert record["device_id"] == db.device_id
    assert record["created_at"].tzinfo is not None  # timezone-aware UTC

    edit = Factory.EDITS[type_name]
    edited, change = store.update(db, type_name, record["id"], edit)
    assert change.action == "updated" and edited["version"] == 2
    assert edited["updated_at"] >= record["updated_at"]

    _, change = store.delete(db, type_name, record["id"])
    assert change.action == "deleted"
    gone = store.get(db, type_name, record["id"])
    assert (
        gone is not None and gone["deleted"] is True and gone["version"] == 3
    )  # a tombstone, not a removed row

    _, change = store.restore(db, type_name, record["id"])
    back = store.get(db, type_name, record["id"])
    assert back["deleted"] is False and back["version"] == 4
    for name, value in edit.items():
        stored = back[name]
        assert str(stored) == str(value)

    history = store.history(db, type_name, record["id"])
    assert [h.version for h in history] == [1, 2, 3, 4]
    assert [h.deleted for h in history] == [False, False, True, False]
    assert set(history[1].changed) == set(edit)
    assert all(h.device_id == db.device_id for h in history)


def test_saving_an_unchanged_record_makes_no_revision(db: Any, make: Factory) -> None:
    person = make.create("person")
    same, change = store.update(db, "person", person["id"], {"full_name": " Səbinə İsmayılova "})
    assert change.action == "unchanged" and same["version"] == 1
    assert len(store.history(db, "person", person["id"])) == 1


def test_a_refused_edit_changes_nothing(db: Any, make: Factory, db_path: Path) -> None:
    person = make.create("person")
    before = store.get(db, "person", person["id"])
    with pytest.raises(ValidationError, match="birth_year"):
        store.update(db, "person", person["id"], {"birth_year": 1700, "phone": "+994 55"})
    assert store.get(db, "person", person["id"]) == before
    assert len(store.history(db, "person", person["id"])) == 1


def test_a_stale_form_cannot_overwrite_a_newer_edit(db: Any, make: Factory) -> None:
    person = make.create("person")
    store.update(db, "person", person["id"], {"household_size": 6}, expected_version=1)
    with pytest.raises(store.StaleEdit, match="changed"):
        store.update(db, "person", person["id"], {"household_size": 7}, expected_version=1)
    assert store.get(db, "person", person["id"])["household_size"] == 6


def test_references_must_point_at_live_records(db: Any, make: Factory) -> None:
    values = make.values("home_visit")
    with pytest.raises(ValidationError, match="no person / household 'nobody'"):
        store.create(db, "home_visit", values | {"person_id": "nobody"})
    with pytest.raises(ValidationError, match="no district 'AZ-XXX'"):
        store.create(db, "person", make.values("person") | {"district": "AZ-XXX"})
    store.delete(db, "person", values["person_id"])
    with pytest.raises(ValidationError, match="no person"):
        store.create(db, "home_visit", values)


def test_bulk_create_is_all_or_nothing(db: Any, make: Factory) -> None:
    good = make.values("person")
    table = records.get("person").table
    with db.connect() as conn:
        before = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()
    with pytest.raises(ValidationError) as caught:
        store.bulk_create(
            db, "person", [good, good | {"sex": "?"}, good, good | {"district": "AZ-ZZZ"}]
        )
    assert "row 2: sex" in str(caught.value)
    with pytest.raises(ValidationError, match="row 2: district"):
        store.bulk_create(db, "person", [good, good | {"district": "AZ-ZZZ"}])
    with db.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() == before
    ids = store.bulk_create(db, "person", [good] * 3)
    assert len(set(ids)) == 3 and all(store.history(db, "person", i) for i in ids)


def test_money_is_exact(db: Any, make: Factory) -> None:
    made = make.create("livelihood_assistance", value="0.10")
    store.update(db, "livelihood_assistance", made["id"], {"value": "1000000.00"})
    from decimal import Decimal

    assert store.get(db, "livelihood_assistance", made["id"])["value"] == Decimal("1000000.00")


def test_records_survive_closing_and_reopening(db_path: Path) -> None:
    with open_database(db_path) as db:
        made = Factory(db).create("awareness_session")
        device = db.device_id
    with open_database(db_path) as db:
        again = store.get(db, "awareness_session", made["id"])
        assert again is not None and again["girls"] == 12
        assert db.device_id == device  # the laptop keeps its identity
