"""Validation comes from the declarations and accepts what spreadsheets produce."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from fieldkit import records
from fieldkit.validate import Invalid, ValidationError, clean, coerce


def spec(type_name: str, field: str):  # type: ignore[no-untyped-def]
    return records.get(type_name).field(field)


@pytest.mark.parametrize(
    "raw",
    ["2025-03-12", "12.03.2025", "12/03/2025", "2025-03-12 00:00:00", "2025-03-12T00:00:00"],
)
def test_dates_typed_as_text_in_common_formats(raw: str) -> None:
    assert coerce(spec("home_visit", "visit_date"), raw) == date(2025, 3, 12)


def test_numbers_stored_as_text_and_labels_for_codes() -> None:
    assert coerce(spec("awareness_session", "girls"), " 12 ") == 12
    assert coerce(spec("awareness_session", "girls"), 12.0) == 12
    assert coerce(spec("livelihood_assistance", "value"), "1 250,50") == Decimal("1250.50")
    assert coerce(spec("person", "displacement"), "Returnee") == "returnee"
    assert coerce(spec("person", "vulnerability"), "Mine / ERW survivor; missing_family") == (
        "missing_family;mine_survivor"
    )
    assert coerce(spec("person", "consent_given"), "bəli") is True
    assert coerce(spec("person", "phone"), 994501234567.0) == "994501234567"


@pytest.mark.parametrize(
    ("type_name", "field", "raw", "message"),
    [
        ("awareness_session", "girls", -1, "below the minimum 0"),
        ("awareness_session", "girls", "12.5", "not a whole number"),
        ("person", "birth_year", 1850, "below the minimum 1900"),
        ("person", "sex", "unknown", "is not one of: female, male"),
        ("home_visit", "visit_date", "31.02.2025", "is not a date"),
        ("livelihood_assistance", "value", "12.345", "more than two decimals"),
        ("livelihood_assistance", "value", "NaN", "not a finite number"),
        ("person", "full_name", "Ali\x00", "control characters"),
        ("person", "full_name", "x" * 201, "at most 200"),
        ("person", "consent_given", "maybe", "not yes/no"),
        ("village", "latitude", 55.0, "above the maximum 41.95"),
    ],
)
def test_bad_values_are_refused_with_a_reason(
    type_name: str, field: str, raw: object, message: str
) -> None:
    with pytest.raises(Invalid, match=message):
        coerce(spec(type_name, field), raw)


def test_clean_lists_every_problem_and_runs_cross_field_rules() -> None:
    person = records.get("person")
    with pytest.raises(ValidationError) as caught:
        clean(person, {"full_name": "", "sex": "x", "nickname": "Sabi"})
    fields = {e.field for e in caught.value.errors}
    assert {"full_name", "sex", "nickname", "district", "displacement", "consent_given"} <= fields

    base = {"full_name": "Ə", "sex": "female", "district": "AZ-LAC", "displacement": "idp"}
    with pytest.raises(ValidationError, match="consent_date: Give the date"):
        clean(person, base | {"consent_given": True})
    assert clean(person, base | {"consent_given": False})["consent_given"] is False

    session = records.get("awareness_session")
    empty = {
        "session_date": "2025-01-01",
        "district": "AZ-LAC",
        "facilitator_id": "s",
        "audience": "school",
        "girls": 0,
        "boys": 0,
        "women": 0,
        "men": 0,
    }
    with pytest.raises(ValidationError, match="at least one participant"):
        clean(session, empty)
    with pytest.raises(ValidationError, match="More persons with disabilities"):
        clean(session, empty | {"girls": 2, "with_disability": 3})

    visit = records.get("home_visit")
    v = {"person_id": "p", "visit_date": "2025-03-10", "visitor_id": "s", "purpose": "psychosocial"}
    with pytest.raises(ValidationError, match="follow-up cannot be due before the visit"):
        clean(visit, v | {"follow_up_due": "2025-03-01"})
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError, match="in the future"):
        clean(visit, v | {"visit_date": tomorrow})


def test_a_name_starting_with_equals_is_kept_as_text() -> None:
    # Exports write it as text; it is a (strange) name, not a formula.
    assert coerce(spec("person", "full_name"), '=HYPERLINK("x")') == '=HYPERLINK("x")'
