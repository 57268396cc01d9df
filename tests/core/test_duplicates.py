"""Likely duplicate people are flagged with a score across spellings and scripts."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit import duplicates, store
from fieldkit.duplicates import name_key
from tests.factories import Factory


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Məmmədov Rəşad", "Mammadov Rashad"),
        ("Məmmədov Rəşad", "Мамедов Рашад"),
        ("Əliyev Elşən", "Алиев Эльшан"),
        ("Hüseynova Səbinə", "Гусейнова Сабина"),
        ("Orxan Quliyev", "Кулиев Орхан"),
    ],
)
def test_spelling_variants_and_transliterations_meet(a: str, b: str) -> None:
    assert sorted(name_key(a).split()) == sorted(name_key(b).split())


def test_flags_pairs_with_a_score_and_never_merges(db: Any, make: Factory) -> None:
    village = make.village_id()
    base = {
        "sex": "male",
        "district": "AZ-LAC",
        "village_id": village,
        "displacement": "returnee",
        "consent_given": False,
        "birth_year": 1975,
    }
    a = store.create(db, "person", base | {"full_name": "Məmmədov Rəşad"})
    b = store.create(db, "person", base | {"full_name": "Мамедов Рашад", "birth_year": 1976})
    store.create(db, "person", base | {"full_name": "Məmmədov Elnur"})  # a brother, not a duplicate
    store.create(
        db, "person", base | {"full_name": "Məmmədov Rəşad", "district": "AZ-FUZ"}
    )  # elsewhere
    found = duplicates.find(db)
    assert [(c.a, c.b) for c in found] == [tuple(sorted((a["id"], b["id"])))]
    assert found[0].score >= 85 and "same village" in found[0].reasons
    assert store.get(db, "person", a["id"])["deleted"] is False  # nothing merged
    assert store.get(db, "person", b["id"])["deleted"] is False


def test_deleted_people_are_not_candidates(db: Any, make: Factory) -> None:
    base = make.values("person")
    a = store.create(db, "person", base)
    store.create(db, "person", base | {"full_name": "Sabina Ismayilova"})
    store.delete(db, "person", a["id"])
    assert duplicates.find(db) == []
