"""List and search with filters; Azerbaijani letters found whichever way they are typed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from fieldkit import query, records, store
from tests.factories import Factory


@pytest.fixture
def people(db: Any, make: Factory) -> dict[str, str]:
    names = {
        "sabina": "Səbinə Hüseynova",
        "ismayilli": "Elşən İsmayıllı",
        "orxan": "Orxan Məmmədov",
        "upper": "RƏŞAD ŞÜKÜROV",
    }
    ids = {}
    for key, name in names.items():
        ids[key] = make.create("person", full_name=name)["id"]
    ids["other_district"] = make.create(
        "person", full_name="Günel Əliyeva", district="AZ-FUZ", village_id=None
    )["id"]
    return ids


def found(db: Any, type_name: str, **kw: Any) -> set[str]:
    flt = query.Filter(**kw)
    rows = query.search(db, type_name, flt)
    assert query.count(db, type_name, flt) == len(rows)
    return {r["id"] for r in rows}


@pytest.mark.parametrize("typed", ["ismayıllı", "ISMAYILLI", "İsmayıllı", "ismayilli"])
def test_azerbaijani_i_in_any_case(db: Any, people: dict[str, str], typed: str) -> None:
    assert found(db, "person", text=typed) == {people["ismayilli"]}


def test_schwa_case_and_romanisation(db: Any, people: dict[str, str]) -> None:
    assert found(db, "person", text="səbinə") == {people["sabina"]}
    assert found(db, "person", text="Mammadov") == {people["orxan"]}
    assert found(db, "person", text="rəşad şükür") == {people["upper"]}
    assert found(db, "person", text="sabina nobody") == set()  # every term must match


@pytest.mark.parametrize("typed", ["memmedov", "MAMMADOV", "Мамедов", "orxan məmmədov"])
def test_schwa_typed_as_e_or_a_and_cyrillic(db: Any, people: dict[str, str], typed: str) -> None:
    assert found(db, "person", text=typed) == {people["orxan"]}


def test_every_marked_letter_typed_plain(db: Any, make: Factory) -> None:
    gulnare = make.create("person", full_name="Gülnarə Çələbiyeva Şıxəliqızı")["id"]
    assert found(db, "person", text="gulnare") == {gulnare}
    assert found(db, "person", text="celebiyeva sixeliqizi") == {gulnare}
    assert found(db, "person", text="Гюльнара") == {gulnare}


def test_a_key_stored_before_the_reduced_alphabet_is_still_found(
    db: Any, people: dict[str, str]
) -> None:
    # A key written by the letters-only fold, as rows saved by earlier versions hold.
    t = records.get("person").table
    with db.transaction() as conn:
        conn.execute(
            t.update().where(t.c.id == people["orxan"]).values(search_key="orxan mammadov")
        )
    assert found(db, "person", text="Məmmədov") == {people["orxan"]}
    assert found(db, "person", text="mammadov orxan") == {people["orxan"]}


def test_like_wildcards_are_literal(db: Any, people: dict[str, str]) -> None:
    assert found(db, "person", text="%") == set()
    assert found(db, "person", text="_") == set()


def test_visits_are_found_by_the_family_and_filtered(
    db: Any, make: Factory, people: dict[str, str]
) -> None:
    v = make.values("home_visit")
    in_lachin = store.create(
        db, "home_visit", v | {"person_id": people["sabina"], "visit_date": date(2025, 1, 5)}
    )
    store.create(
        db,
        "home_visit",
        v | {"person_id": people["other_district"], "visit_date": date(2025, 2, 5)},
    )
    assert found(db, "home_visit", text="Səbinə") == {in_lachin["id"]}
    assert found(db, "home_visit", district="AZ-LAC") == {in_lachin["id"]}
    assert found(db, "home_visit", date_from=date(2025, 2, 1)) != {in_lachin["id"]}
    assert in_lachin["id"] in found(db, "home_visit", date_to=date(2025, 1, 31))
    assert in_lachin["id"] not in found(db, "home_visit", date_from=date(2025, 1, 6))


def test_sessions_found_by_village_name(db: Any, make: Factory) -> None:
    session = make.create("awareness_session")
    assert found(db, "awareness_session", text="zabux") == {session["id"]}


def test_deleted_records_leave_the_list_but_not_the_bin(db: Any, people: dict[str, str]) -> None:
    store.delete(db, "person", people["orxan"])
    assert people["orxan"] not in found(db, "person")
    assert found(db, "person", deleted_only=True) == {people["orxan"]}
    assert people["orxan"] in found(db, "person", include_deleted=True)


def test_pages_and_titles(db: Any, people: dict[str, str]) -> None:
    first = query.search(db, "person", order_by="full_name", limit=2)
    second = query.search(db, "person", order_by="full_name", limit=2, offset=2)
    assert len(first) == 2 and not {r["id"] for r in first} & {r["id"] for r in second}
    titles = query.titles(db, "person", [people["sabina"]])
    assert titles[people["sabina"]] == "Səbinə Hüseynova (1984)"
    assert query.titles(db, "district", ["AZ-SUS"]) == {"AZ-SUS": "Şuşa"}
