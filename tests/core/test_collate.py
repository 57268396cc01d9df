"""Lists sort in Azerbaijani alphabet order, in SQLite."""

from __future__ import annotations

from typing import Any

from fieldkit import query

# In the order an Azerbaijani reader expects (a b c ç d e ə f g ğ h x ı i j k q l …).
EXPECTED = [
    "Abbasov",
    "Ağayev",
    "Aydın",
    "Cəfərov",
    "Çingiz",
    "Eyvazov",
    "Əliyev",
    "Əlizadə",
    "Gəncəli",
    "Ğasımlı",
    "Hüseynov",
    "Xəlilov",
    "Ismayılov",
    "İbrahimov",
    "Kərimov",
    "Quliyev",
    "Ləti",
    "Orucov",
    "Özdəmir",
    "Səfərov",
    "Şirinov",
    "Tağıyev",
    "Usubov",
    "Ülvi",
    "Zeynalov",
]


def test_search_sorted_follows_the_azerbaijani_alphabet(make: Any) -> None:
    for name in reversed(EXPECTED):
        make.create("person", full_name=name)
    rows = query.search_sorted(make.db, "person", order_by="full_name", limit=100)
    assert [r["full_name"] for r in rows] == EXPECTED
    rows = query.search_sorted(make.db, "person", order_by="full_name", descending=True, limit=3)
    assert [r["full_name"] for r in rows] == ["Zeynalov", "Ülvi", "Usubov"]


def test_search_sorted_keeps_filters_and_paging(make: Any) -> None:
    for name in EXPECTED:
        make.create("person", full_name=name)
    flt = query.Filter(text="ov")
    page = query.search_sorted(make.db, "person", flt, order_by="full_name", limit=3, offset=2)
    every = [r["full_name"] for r in query.search_sorted(make.db, "person", flt, limit=100)]
    assert [r["full_name"] for r in page] == every[2:5]
    assert len(every) == query.count(make.db, "person", flt)
