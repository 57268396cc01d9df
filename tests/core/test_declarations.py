"""One declaration per record type drives table, lists, workbooks and validation."""

from __future__ import annotations

import pytest

from fieldkit import records
from fieldkit.declare import Kind
from fieldkit.districts import shipped
from fieldkit.records import SYNC_FIELDS


def test_every_record_type_has_sync_metadata_and_only_declared_content() -> None:
    for rtype in records.record_types():
        columns = [c.name for c in rtype.table.columns]
        assert columns[: len(SYNC_FIELDS)] == list(SYNC_FIELDS)
        # Apart from metadata and the search key, every column is a declared field:
        # nothing reaches the database that forms, lists and workbooks don't know.
        content = [c for c in columns if c not in (*SYNC_FIELDS, "search_key")]
        assert content == rtype.field_names(), rtype.name


def test_the_domain_is_declared_with_its_care_points() -> None:
    person = records.get("person")
    assert person.field("consent_given").required
    assert person.field("consent_date").kind is Kind.DATE
    assert person.field("displacement").choices.codes() == ["idp", "returnee", "host", "resident"]
    session = records.get("awareness_session")
    for who in ("girls", "boys", "women", "men", "with_disability"):
        spec = session.field(who)
        assert spec.kind is Kind.INT and spec.minimum == 0
    assist = records.get("livelihood_assistance")
    assert assist.field("value").kind is Kind.MONEY
    assert assist.field("currency").default == "AZN"
    assert {"beekeeping", "poultry", "smart_gardening", "cash_grant"} <= set(
        assist.field("assistance_type").choices.codes()
    )
    assert records.get("home_visit").field("follow_up_due").kind is Kind.DATE


def test_references_name_real_record_types_and_list_columns_exist() -> None:
    names = {r.name for r in records.record_types()}
    assert {
        "person",
        "home_visit",
        "awareness_session",
        "livelihood_assistance",
        "district",
        "village",
        "staff",
        "choice_item",
    } <= names
    for rtype in records.record_types():
        assert rtype.list_columns(), rtype.name
        for spec in rtype.refs():
            assert spec.ref in names
            assert spec.ref_key in records.get(spec.ref).table.columns


def test_districts_are_the_78_iso_subdivisions_with_azerbaijani_names() -> None:
    districts = {d["code"]: d["name"] for d in shipped()}
    assert len(districts) == 78
    assert districts["AZ-LAC"] == "Laçın"
    assert districts["AZ-SUS"] == "Şuşa"
    assert districts["AZ-KAL"] == "Kəlbəcər"
    assert districts["AZ-KAN"] == "Kəngərli"  # schwa normalised from the look-alike ǝ


def test_unknown_record_type_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no record type 'visit'"):
        records.get("visit")
