"""Whose follow-ups the Due screen lists by default: the visits the unlocked
account recorded, and those recorded on this laptop before accounts existed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from fieldkit import query, records, store
from fieldkit.records import Revision
from tests.factories import Factory

TODAY = date.today()


def test_own_follow_ups_are_those_first_saved_by_the_account_or_before_accounts_here(
    db: Any, make: Factory
) -> None:
    def visit(name: str) -> str:
        person = make.create("person", full_name=name)["id"]
        return make.create(
            "home_visit",
            person_id=person,
            visit_date=TODAY - timedelta(days=9),
            follow_up_due=TODAY - timedelta(days=2),
        )["id"]

    mine, before_accounts, elsewhere, hers = (
        visit(n) for n in ("Gülnarə Həsənova", "Rəşad Quliyev", "Elnur Məmmədov", "Nigar Abbasova")
    )
    revisions = Revision.__table__  # type: ignore[attr-defined]
    with db.transaction() as conn:  # as a database from before accounts, or another laptop's
        for record, author, device in (
            (before_accounts, None, db.device_id),
            (elsewhere, None, "7c0e6d1e-4b0a-4a43-9d55-4f3b1d2a9e10"),
            (hers, "Leyla Həsənova", db.device_id),
        ):
            conn.execute(
                sa.update(revisions)
                .where(revisions.c.record_id == record)
                .values(author=author, device_id=device)
            )
    store.update(db, "home_visit", hers, {"notes": "rescheduled by me"})  # still hers

    own = query.Own(db.account, db.device_id)
    shown = query.follow_ups(db, TODAY, own=own)
    assert {r["id"] for r in shown} == {mine, before_accounts}
    assert query.follow_up_counts(db, TODAY, TODAY, own=own) == (2, 0, 0)
    everyone = {r["id"]: r["recorded_by"] for r in query.follow_ups(db, TODAY)}
    assert everyone == {
        mine: db.account,
        before_accounts: None,
        elsewhere: None,
        hers: "Leyla Həsənova",
    }


def test_whether_a_later_visit_settles_a_follow_up_is_looked_up_by_the_family(db: Any) -> None:
    """Each due visit's "no later visit to the family" is found off the visits'
    person index, never by reading the later visits of every family (the plan
    SQLite chose by itself with the visit-date sort index: 105 s to count the
    Due list at 100,000 records)."""
    Factory(db).create("home_visit", follow_up_due=date.today())
    v = records.get("home_visit").table
    stmt = sa.select(sa.func.count()).select_from(v).where(query.no_later_visit(v))
    with db.connect() as conn:
        sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    later = [step for step in plan if step.startswith("SEARCH later")]
    assert later and all("person_id=?" in step for step in later), plan
    assert not any("visit_date" in step for step in later), plan
