"""A list's sort is read off an index, so a page of a million names costs what a
page of a hundred does: the indexes a migrated database has are the ones the
declarations call for, and each list's query uses its own, in Azerbaijani order."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from fieldkit import query, records, store
from fieldkit.storage.database import Database
from tests.factories import Factory


def plan(db: Database, stmt: sa.Select[Any]) -> list[str]:
    """SQLite's plan for *stmt*, run with its parameters bound as the app binds them."""
    with db.connect() as conn:
        compiled = stmt.compile(dialect=conn.dialect)
        params = compiled.construct_params()
        positional = tuple(params[k] for k in compiled.positiontup or ())
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), positional).fetchall()
    return [str(r[-1]) for r in rows]


def test_a_migrated_database_has_the_sort_indexes_the_declarations_call_for(db: Database) -> None:
    with db.connect() as conn:
        present = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_%\\_sort\\_%' ESCAPE '\\'"
            )
        }
    wanted = {ix.name for ix in query.sort_indexes()}
    assert present == wanted, "a sorted list column without a migration creating its index"
    # The title of every type that has a text one, and every text column a list shows.
    assert "ix_person_sort_full_name" in wanted
    assert "ix_village_sort_name" in wanted
    assert "ix_home_visit_sort_visit_date" in wanted  # the visits' list order, newest first


SORTS = [ix for ix in query.sort_indexes() if ix.what != "title"]


@pytest.mark.parametrize("index", SORTS, ids=lambda ix: ix.name)
@pytest.mark.parametrize("down", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("bin", [False, True], ids=["list", "deleted"])
def test_each_list_sort_is_read_off_its_indexes(
    db: Database, index: query.SortIndex, down: bool, bin: bool
) -> None:
    rtype = records.get(index.table)
    flt = query.Filter(deleted_only=bin)
    statements = query.page_statements(rtype, flt, index.what, down=down)
    for stmt in statements:
        steps = plan(db, stmt.limit(200).offset(400))
        assert any(f"INDEX {index.name} " in s for s in steps), steps
        # Sorting the visits of one person by id, person by person, is no sort of all.
        assert not any("TEMP B-TREE FOR ORDER BY" in s for s in steps), steps
    if query.sorted_through(rtype, index.what):  # the people first, in title order
        named = rtype.field(index.what).ref
        steps = plan(db, statements[-1].limit(200))
        assert steps[0].startswith(
            f"SCAN sort_{index.what} USING COVERING INDEX ix_{named}_sort_title"
        )


def test_the_people_list_in_its_default_order_is_read_off_the_name_index(db: Database) -> None:
    stmt = query.page_ids(records.get("person"), query.Filter(), alphabetical=True).limit(200)
    steps = plan(db, stmt)
    assert steps == ["SEARCH person USING COVERING INDEX ix_person_sort_full_name (deleted=?)"]


# In the order an Azerbaijani reader expects: ğ after g (Ağayev before Aydın), ə after
# e (Əliyev after Eyvazov), I the capital of ı (before İ, the capital of i).
NAMES = [
    "Ağayev Rəşad",
    "aydın Elçin",
    "Eyvazov Fuad",
    "Əliyev Orxan",
    "Əliyeva Səbinə",
    "Hüseynov Kamran",
    "Xəlilov Tural",
    "ılğım Nərmin",
    "Ismayılov Elşən",
    "ibrahimov Vüqar",
    "İbrahimova Günel",
    "Kərimov Anar",
    "Quliyev Samir",
]


def test_the_people_list_stays_in_azerbaijani_order_read_from_either_end(
    db: Database, make: Factory
) -> None:
    for name in reversed(NAMES):
        make.create("person", full_name=name)
    gone = make.create("person", full_name="Abbasov Deleted")
    store.delete(db, "person", gone["id"])
    total = query.count(db, "person")
    assert total == len(NAMES)
    every = [r["full_name"] for r in query.search_sorted(db, "person", limit=100)]
    assert every == NAMES
    # Pages as the list reads them, the later ones from the end (Ctrl+End).
    pages = [
        r["full_name"]
        for offset in range(0, total, 4)
        for r in query.search_sorted(db, "person", limit=4, offset=offset, total=total)
    ]
    assert pages == NAMES
    down = [r["full_name"] for r in query.search_sorted(db, "person", descending=True, limit=3)]
    assert down == ["Quliyev Samir", "Kərimov Anar", "İbrahimova Günel"]
    bin = query.search_sorted(db, "person", query.Filter(deleted_only=True))
    assert [r["full_name"] for r in bin] == ["Abbasov Deleted"]


def test_people_sorted_by_village_come_in_the_order_the_join_gave(
    db: Database, make: Factory
) -> None:
    """Read village by village, the list is what sorting every row by its
    village's title gave: Azerbaijani order, ties (two villages of one name, in
    two districts) by the person's id, no village first, a deleted village by
    its name; in pages from either end, and reversed."""
    names = ["Zəyəm", "Ağdam", "Aydınkənd", "Əhmədli", "Ismayıllı", "İsmayıllı", "Ağdam"]
    districts = ["AZ-AGS", "AZ-AGC", "AZ-BAR", "AZ-FUZ", "AZ-ISM", "AZ-ISM", "AZ-AGM"]
    villages = [
        make.create("village", name=n, district=d)["id"]
        for n, d in zip(names, districts, strict=True)
    ]
    for i in range(40):
        make.create("person", full_name=f"Person {i}", village_id=villages[i % len(villages)])
    for i in range(3):
        make.create("person", full_name=f"Nowhere {i}", village_id=None)
    store.delete(db, "village", villages[3])
    rtype = records.get("person")
    total = query.count(db, "person")
    for descending in (False, True):
        joined = query.page_ids(
            rtype, query.Filter(), order_by="village_id", descending=descending
        ).limit(100)
        with db.connect() as conn:
            expected = list(conn.execute(joined).scalars())
        assert len(expected) == total == 43
        pages = [
            r["id"]
            for offset in range(0, total, 6)
            for r in query.search_sorted(
                db,
                "person",
                order_by="village_id",
                descending=descending,
                limit=6,
                offset=offset,
                total=total,
            )
        ]
        assert pages == expected
    first = query.search_sorted(db, "person", order_by="village_id", limit=5)
    assert [r["village_id"] for r in first[:3]] == [None, None, None]
    assert {r["village_id"] for r in first[3:]} <= {villages[1], villages[6]}  # Ağdam, twice


def test_visits_sorted_by_person_come_in_the_order_the_join_gave(
    db: Database, make: Factory
) -> None:
    """Read person by person in title order, the visits are what sorting every
    visit by its person's title gave: name in Azerbaijani order, then birth year,
    ties (two people of one name and year) by the visit's id, a visit naming
    nobody first; in pages from either end, and reversed."""
    people = [
        make.create("person", full_name=name, birth_year=year)["id"]
        for name, year in [
            ("Əliyev Orxan", 1980),
            ("Əliyev Orxan", 1980),
            ("Əliyev Orxan", 1975),
            ("Ağayev Rəşad", 1990),
            ("Aydın Elçin", 1960),
            ("Eyvazov Fuad", 1971),
        ]
    ]
    visits = [make.create("home_visit", person_id=people[i % len(people)])["id"] for i in range(31)]
    store.delete(db, "home_visit", visits[0])
    with db.transaction() as conn:  # as an old revision may have left two
        conn.exec_driver_sql(
            "UPDATE home_visit SET person_id = NULL WHERE id IN (?, ?)", (visits[1], visits[2])
        )
    rtype = records.get("home_visit")
    total = query.count(db, "home_visit")
    assert total == 30
    for descending in (False, True):
        joined = query.page_ids(
            rtype, query.Filter(), order_by="person_id", descending=descending
        ).limit(100)
        with db.connect() as conn:
            expected = list(conn.execute(joined).scalars())
        for size in (4, 7):
            pages = [
                r["id"]
                for offset in range(0, total, size)
                for r in query.search_sorted(
                    db,
                    "home_visit",
                    order_by="person_id",
                    descending=descending,
                    limit=size,
                    offset=offset,
                    total=total,
                )
            ]
            assert pages == expected
    first = query.search_sorted(db, "home_visit", order_by="person_id", limit=3)
    assert [r["person_id"] for r in first] == [None, None, people[3]]  # then Ağayev


def test_people_sorted_by_a_choice_come_in_the_order_of_its_labels(
    db: Database, make: Factory
) -> None:
    """Read a label at a time, the list is what sorting every row by the label
    shown gave: Azerbaijani order of the labels, a code without a label by
    itself, none first, ties by id."""
    codes = ["idp", "returnee", "host", "resident"]
    for i in range(23):
        make.create("person", full_name=f"Person {i}", displacement=codes[i % len(codes)])
    with db.transaction() as conn:  # as an old revision may have left two
        conn.exec_driver_sql(
            "UPDATE person SET displacement = NULL WHERE full_name IN ('Person 0', 'Person 5')"
        )
    labels = {"idp": "Məcburi köçkün", "returnee": "Qayıdan", "host": "Ev sahibi"}  # no resident
    rtype = records.get("person")
    total = query.count(db, "person")
    for descending in (False, True):
        by_case = query.page_ids(
            rtype,
            query.Filter(),
            order_by="displacement",
            descending=descending,
            labels=labels,
        ).limit(100)
        with db.connect() as conn:
            expected = list(conn.execute(by_case).scalars())
        pages = [
            r["id"]
            for offset in range(0, total, 5)
            for r in query.search_sorted(
                db,
                "person",
                order_by="displacement",
                descending=descending,
                labels=labels,
                limit=5,
                offset=offset,
                total=total,
            )
        ]
        assert pages == expected
    shown = [
        r["displacement"]
        for r in query.search_sorted(db, "person", order_by="displacement", labels=labels, limit=30)
    ]
    # None, Ev sahibi, Qayıdan (q after k, before l), Məcburi köçkün, resident.
    assert [c for i, c in enumerate(shown) if i == 0 or shown[i - 1] != c] == [
        None,
        "host",
        "returnee",
        "idp",
        "resident",
    ]


@pytest.mark.parametrize("column", ["full_name", "village_id", "displacement", "birth_year"])
def test_a_page_past_the_end_is_empty_whatever_the_sort(
    db: Database, make: Factory, column: str
) -> None:
    for i in range(3):
        make.create("person", full_name=f"Person {i}")
    labels = {"idp": "Məcburi köçkün"}
    for offset in (3, 10):
        page = query.search_sorted(
            db, "person", order_by=column, labels=labels, limit=5, offset=offset, total=3
        )
        assert page == []
