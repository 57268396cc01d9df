"""Report figures equal totals computed independently from a fixed data set."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldkit import store
from fieldkit.reports import figures as reports
from fieldkit.reports import workbook as report_xlsx
from tests.factories import Factory

DISTRICTS = ["AZ-LAC", "AZ-FUZ", "AZ-AGM"]
PURPOSES = ["psychosocial", "needs_assessment", "missing_accompaniment"]
TYPES = ["beekeeping", "poultry", "cash_grant"]


@pytest.fixture
def data(db: Any, make: Factory) -> dict[str, Any]:
    rng = random.Random(42)
    staff = make.staff_id()
    people = []
    for i in range(30):
        d = DISTRICTS[i % 3]
        pid = store.create(
            db,
            "person",
            {
                "full_name": f"Person {i}",
                "sex": "female" if i % 2 else "male",
                "district": d,
                "displacement": "returnee",
                "consent_given": True,
                "consent_date": "2025-01-10",
                "disability": i % 5 == 0,
                "household_size": 1 + i % 4,
            },
        )["id"]
        people.append((pid, d, i))
    sessions, visits, aid = [], [], []
    for _ in range(40):
        s = {
            "session_date": date(2025, rng.randint(1, 4), rng.randint(1, 28)),
            "district": rng.choice(DISTRICTS),
            "facilitator_id": staff,
            "audience": "community",
            "girls": rng.randint(0, 9),
            "boys": rng.randint(0, 9),
            "women": rng.randint(0, 9),
            "men": rng.randint(1, 9),
            "with_disability": rng.randint(0, 1),
        }
        sessions.append(s)
    for _ in range(60):
        pid, d, _i = rng.choice(people)
        when = date(2025, rng.randint(1, 4), rng.randint(1, 28))
        v = {
            "person_id": pid,
            "visit_date": when,
            "visitor_id": staff,
            "purpose": rng.choice(PURPOSES),
            "follow_up_due": when + timedelta(days=20) if rng.random() < 0.4 else None,
        }
        visits.append((v, d))
    for _ in range(45):
        pid, d, _i = rng.choice(people)
        status = rng.choice(["planned", "delivered", "followed_up"])
        a = {
            "person_id": pid,
            "assistance_type": rng.choice(TYPES),
            "status": status,
            "value": Decimal(rng.randint(100, 2000)) + Decimal("0.25"),
            "currency": "AZN",
            "delivery_date": None
            if status == "planned"
            else date(2025, rng.randint(1, 4), rng.randint(1, 28)),
            "follow_up_outcome": "running" if status == "followed_up" else None,
        }
        aid.append((a, d))
    store.bulk_create(db, "awareness_session", sessions)
    store.bulk_create(db, "home_visit", [v for v, _ in visits])
    store.bulk_create(db, "livelihood_assistance", [a for a, _ in aid])
    # A deleted session must not count.
    gone = store.create(db, "awareness_session", sessions[0] | {"girls": 500})
    store.delete(db, "awareness_session", gone["id"])
    return {"sessions": sessions, "visits": visits, "aid": aid, "people": people}


def in_period(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


def test_figures_match_hand_computed_totals(db: Any, data: dict[str, Any]) -> None:
    start, end = date(2025, 2, 1), date(2025, 3, 31)
    report = reports.build(db, date_from=start, date_to=end)

    # Sessions: totals per (month, district).
    expect: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s in data["sessions"]:
        if in_period(s["session_date"], start, end):
            key = (s["session_date"].strftime("%Y-%m"), s["district"])
            expect[key].update(
                {
                    "sessions": 1,
                    **{k: s[k] for k in ("girls", "boys", "women", "men", "with_disability")},
                }
            )
    got = {(r["month"], r["district"]): r for r in report.table("sessions").as_dicts()}
    assert set(got) == set(expect)
    for key, c in expect.items():
        row = got[key]
        for k in ("sessions", "girls", "boys", "women", "men", "with_disability"):
            assert row[k] == c[k], (key, k)
        assert row["total"] == c["girls"] + c["boys"] + c["women"] + c["men"]

    # Visits by purpose.
    vexp: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    households: dict[tuple[str, str], set[str]] = defaultdict(set)
    for v, d in data["visits"]:
        if in_period(v["visit_date"], start, end):
            key = (v["visit_date"].strftime("%Y-%m"), d)
            vexp[key].update({"visits": 1, f"purpose_{v['purpose']}": 1})
            households[key].add(v["person_id"])
    vgot = {(r["month"], r["district"]): r for r in report.table("visits").as_dicts()}
    assert set(vgot) == set(vexp)
    for key, c in vexp.items():
        assert vgot[key]["visits"] == c["visits"]
        assert vgot[key]["households"] == len(households[key])
        for p in PURPOSES:
            assert vgot[key][f"purpose_{p}"] == c[f"purpose_{p}"]

    # Assistance delivered by type: count, people, value.
    aexp: dict[tuple[str, str, str], list[Any]] = {}
    for a, d in data["aid"]:
        if a["status"] != "planned" and in_period(a["delivery_date"], start, end):
            key = (a["delivery_date"].strftime("%Y-%m"), d, a["assistance_type"])
            acc = aexp.setdefault(key, [0, set(), Decimal(0)])
            acc[0] += 1
            acc[1].add(a["person_id"])
            acc[2] += a["value"]
    agot = {
        (r["month"], r["district"], r["type"]): r for r in report.table("assistance").as_dicts()
    }
    assert set(agot) == set(aexp)
    for key, (n, ppl, value) in aexp.items():
        assert (agot[key]["items"], agot[key]["people"], agot[key]["value_azn"]) == (
            n,
            len(ppl),
            value,
        )

    # People reached, each once, per district.
    reached: dict[str, set[str]] = defaultdict(set)
    for v, d in data["visits"]:
        if in_period(v["visit_date"], start, end):
            reached[d].add(v["person_id"])
    for a, d in data["aid"]:
        if a["status"] != "planned" and in_period(a["delivery_date"], start, end):
            reached[d].add(a["person_id"])
    rgot = {r["district"]: r["people"] for r in report.table("reached").as_dicts()}
    assert rgot == {d: len(ids) for d, ids in reached.items()}


def test_overdue_follow_ups(db: Any, data: dict[str, Any]) -> None:
    as_of = date(2025, 3, 15)
    report = reports.build(db, date_to=as_of)
    expected = set()
    for v, _d in data["visits"]:
        due = v["follow_up_due"]
        if due and due < as_of:
            later = any(
                o["person_id"] == v["person_id"] and o["visit_date"] > v["visit_date"]
                for o, _ in data["visits"]
            )
            if not later:
                expected.add((v["person_id"], v["visit_date"]))
    got = {(r["visit_id"], r["visit_date"]) for r in report.table("overdue").as_dicts()}
    assert len(got) == len(expected)
    assert {d for _, d in got} == {d for _, d in expected}


def test_district_filter_and_bad_district(db: Any, data: dict[str, Any]) -> None:
    report = reports.build(db, district="AZ-FUZ")
    assert {r["district"] for r in report.table("sessions").as_dicts()} <= {"AZ-FUZ"}
    assert {r["district"] for r in report.table("reached").as_dicts()} == {"AZ-FUZ"}
    with pytest.raises(ValueError, match="no district"):
        reports.build(db, district="AZ-NONE")


def test_workbook_has_hxl_tags_charts_and_the_same_figures(
    db: Any, data: dict[str, Any], tmp_path: Path
) -> None:
    report = reports.build(db)
    out = report_xlsx.write(report, tmp_path / "report.xlsx")
    wb = load_workbook(out)
    assert {
        "About",
        "Sessions",
        "Home visits",
        "Assistance",
        "People reached",
        "Sessions by month",
    } <= set(wb.sheetnames)
    ws = wb["Sessions"]
    assert [c.value for c in ws[2]][:5] == [
        "#date+month",
        "#adm1+code",
        "#adm1+name",
        "#activity+num",
        "#reached+f+children",
    ]
    girls = sum(r["girls"] for r in report.table("sessions").as_dicts())
    figures = list(ws.iter_rows(min_row=3, values_only=True))
    *data_rows, blank, total = figures
    assert sum(row[4] for row in data_rows) == girls
    assert set(blank) == {None} and total[0] == "Total" and total[4] == girls
    assert girls == sum(s["girls"] for s in data["sessions"])  # the deleted one is not counted
    for sheet in wb.sheetnames[1:]:  # a totals row on every sheet of figures
        if wb[sheet].max_row > 2:
            assert wb[sheet].cell(wb[sheet].max_row, 1).value == "Total", sheet
    by_type = list(wb["Assistance by type"].iter_rows(min_row=3, values_only=True))
    assert by_type[-1][2] == pytest.approx(sum(row[2] for row in by_type[:-2]))
    assert len(wb["Sessions by month"]._charts) == 1
    assert len(wb["Assistance by type"]._charts) == 1
    assert not list(tmp_path.glob(".report-*"))  # no temporary file left behind


def test_every_table_has_a_totals_row_that_counts_nobody_twice(
    db: Any, data: dict[str, Any]
) -> None:
    report = reports.build(db)
    for table in report.tables:
        totals = dict(zip([c.key for c in table.columns], table.totals(), strict=True))
        for column in table.columns:
            if column.total == "sum":
                assert totals[column.key] == sum(r[column.key] for r in table.as_dicts())
    visits = dict(
        zip(
            [c.key for c in report.table("visits").columns],
            report.table("visits").totals(),
            strict=True,
        )
    )
    assert visits["households"] is None  # a family visited in two months is one household
    assert visits["visits"] == sum(r["visits"] for r in report.table("visits").as_dicts())
    overdue = report.table("overdue")
    assert dict(zip([c.key for c in overdue.columns], overdue.totals(), strict=True))[
        "person"
    ] == len(overdue.rows)
