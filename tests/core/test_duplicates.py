"""Likely duplicate people are flagged with a score across spellings and scripts."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit import duplicates, query, store
from fieldkit.duplicates import name_key
from fieldkit.sync import keys
from tests.factories import Factory


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Məmmədov Rəşad", "Mammadov Rashad"),
        ("Məmmədov Rəşad", "Мамедов Рашад"),
        ("Əliyev Elşən", "Алиев Эльшан"),
        ("Hüseynova Səbinə", "Гусейнова Сабина"),
        ("Orxan Quliyev", "Кулиев Орхан"),
        # The search fold's soft vowels (я, ю after a consonant: ə, ü) hold here too.
        ("Gülnarə Məmmədova", "Гюльнара Мамедова"),
        ("Ləman Əliyeva", "Ляман Алиева"),
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
        "consent_given": True,
        "consent_date": "2025-01-10",
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


def test_one_surname_a_letter_apart_is_another_family_not_a_duplicate(
    db: Any, make: Factory
) -> None:
    base = make.values("person") | {"sex": "male", "birth_year": 1975}
    ali = store.create(db, "person", base | {"full_name": "Əli Əliyev"})
    store.create(db, "person", base | {"full_name": "Əli Vəliyev"})  # another surname
    same = store.create(db, "person", base | {"full_name": "Ali Aliyev", "birth_year": 1976})
    [pair] = duplicates.find(db)
    assert (pair.a, pair.b) == tuple(sorted((ali["id"], same["id"])))
    # A reviewer who lowers the threshold still sees the other family, scored low.
    low = {(c.name_a, c.name_b): c for c in duplicates.find(db, threshold=60)}
    other = low.get(("Əli Əliyev", "Əli Vəliyev")) or low[("Əli Vəliyev", "Əli Əliyev")]
    assert other.score < 85 and other.reasons[0] == "names 74% alike"


# Figures reached on the labelled set when the scoring was written (tuning part:
# precision 0.991, recall 1.000; held-back part: 1.000 and 1.000), less a margin
# of about one pair, so a change that costs real pairs or lets false ones in fails.
FLOOR = {"tune": (0.98, 0.98), "held": (0.97, 0.97), "all": (0.98, 0.98)}


def test_precision_and_recall_on_the_labelled_pairs(db: Any) -> None:
    from benchmarks.bench_duplicates import add_people, load_pairs, measure

    pairs = load_pairs()
    assert len(pairs) >= 150 and {p.part for p in pairs} == {"tune", "held"}
    counts, wrong = measure(db, pairs, add_people(db, pairs))
    said = "; ".join(f"line {p.line} {p.a.name} / {p.b.name}" for p, _flagged in wrong)
    for part, (precision, recall) in FLOOR.items():
        assert counts[part].precision >= precision, f"{part}: {counts[part]}; wrong: {said}"
        assert counts[part].recall >= recall, f"{part}: {counts[part]}; wrong: {said}"


def test_deleted_people_are_not_candidates(db: Any, make: Factory) -> None:
    base = make.values("person")
    a = store.create(db, "person", base)
    store.create(db, "person", base | {"full_name": "Sabina Ismayilova"})
    store.delete(db, "person", a["id"])
    assert duplicates.find(db) == []


def test_a_reviewed_pair_merges_into_one_and_both_ids_resolve(
    db: Any, make: Factory, tmp_path: Any
) -> None:
    from fieldkit import check
    from fieldkit.sync.workbook import export_workbook, import_workbooks
    from fieldkit.workspace import open_database

    keep = make.create("person", full_name="Məmmədov Rəşad")
    drop = make.create("person", full_name="Мамедов Рашад")
    visit = store.create(db, "home_visit", make.values("home_visit") | {"person_id": drop["id"]})
    aid = store.create(
        db,
        "livelihood_assistance",
        make.values("livelihood_assistance") | {"person_id": drop["id"]},
    )
    done = duplicates.merge_people(db, keep["id"], drop["id"], "same passport number")
    assert done.moved == {"home_visit": 1, "livelihood_assistance": 1}
    assert store.get(db, "home_visit", visit["id"])["person_id"] == keep["id"]
    assert store.get(db, "livelihood_assistance", aid["id"])["person_id"] == keep["id"]
    assert store.get(db, "person", drop["id"])["deleted"] is True  # a tombstone, history kept
    assert [h.version for h in store.history(db, "home_visit", visit["id"])] == [1, 2]
    # The merged-away id leads to the survivor: one merge record, found by either name.
    link = (drop["id"], keep["id"], "same passport number")
    for name in ("Мамедов", "Məmmədov", ""):
        found = query.search(db, "person_merge", query.Filter(text=name))
        assert [(m["merged_id"], m["survivor_id"], m["reason"]) for m in found] == [link]
    assert check.run(db).ok
    with pytest.raises(ValueError, match="no live person"):
        duplicates.merge_people(db, keep["id"], drop["id"])

    # The merge travels to HQ with the next export: both ids resolve there too.
    out = export_workbook(db, tmp_path / "out.xlsx").path
    with open_database(tmp_path / "hq.db") as hq:
        keys.enrol(hq, db.device_id, "Laptop", keys.public_key(db))
        assert import_workbooks(hq, [out]).applied
        [merge] = query.search(hq, "person_merge")
        assert (merge["merged_id"], merge["survivor_id"]) == (drop["id"], keep["id"])
        assert store.get(hq, "home_visit", visit["id"])["person_id"] == keep["id"]
