"""A long list in Azerbaijani order: the first, a middle and the last page of the
people sorted by name (the list's default), read as the list reads them
(``query.search_sorted`` with the total known, so a page past the middle is
read from the end), with the sort index (migration 0008) and, in the same run,
without it (the sort key computed for every row at each page read, as before).

``BENCH_SORTING_PEOPLE`` people (default 50,000; the issue's figure is 1,000,000):
the first ``BENCH_SORTING_MADE`` (default 20,000) are made by ``store.bulk_create``
from the demo generator (validated, with revisions and search keys), the rest are
SQL copies of those rows under new ids (no revisions of their own: only the list
reads them), which fills a million in under a minute instead of about ten.
Also timed: the count a list makes once per refresh; the people sorted by
village (counted per village, read village by village) and the home visits sorted
by person (``BENCH_SORTING_VISITS`` visits, default 0: none; read person by
person), each against the join they were sorted by before, in the same run.

On 2 cores under other work (2 Dec 2026), a million people and a million visits:
the people by name 0.009 / 0.026 / 0.009 s a page (first / middle / last) against
32 / 36 / 34 s without the index; by village about 0.22 s against 2.8-3.3 s; visits
by person 0.013 / 3.9 / 0.010 s against 22-27 s (the middle page walks half the
people, one index look-up each).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import Result

PAGE = 200  # ui/records/model.py's page


def _best(work: Callable[[], Any], times: int = 3) -> float:
    """The median of *times* runs (the first warms the cache)."""
    runs = []
    for _ in range(times):
        start = time.perf_counter()
        work()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _copy(conn: Any, table: str, made: int, wanted: int, changed: dict[str, str]) -> None:
    """Copy the *made* rows of *table* under new ids until it holds *wanted*;
    *changed*: column → SQL giving the copy's value instead."""
    columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
    picked = ", ".join(changed.get(c, c) for c in columns)
    # Its indexes are built again once the rows are in, as CREATE INDEX sorts
    # (faster than a million inserts at random places); the database ends the same.
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL",
        (table,),
    ).all()
    for name, _ in indexes:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    while (have := conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()) < wanted:
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picked} FROM {table}"
            f" WHERE rowid <= {made} LIMIT {min(made, wanted - have)}"
        )
    for _, sql in indexes:
        conn.exec_driver_sql(sql)


def fill(db: Any, people: int, made: int, visits: int) -> None:
    from fieldkit import demo, store

    d = demo.Demo(1, date(2026, 12, 1))
    when = datetime(2026, 12, 1, tzinfo=UTC)
    made = min(made, people)
    with db.transaction() as conn:
        # A million rows at random places in a dozen indexes: a page cache of
        # 1 GB while filling (SQLite's default is 2 MB), the default again after.
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql("PRAGMA cache_size = -1048576")
        vrows = d.villages()
        vids = [d.uid() for _ in vrows]
        store.bulk_create(db, "village", vrows, when=when, ids=vids, conn=conn)
        villages = list(zip(vids, [v["district"] for v in vrows], strict=True))
        staff = d.staff(20)
        sids = [d.uid() for _ in staff]
        store.bulk_create(db, "staff", staff, when=when, ids=sids, conn=conn)
        pids: list[str] = []
        for i in range(0, made, 5000):
            rows = [d.person(villages) for _ in range(min(5000, made - i))]
            pids += [d.uid() for _ in rows]
            store.bulk_create(db, "person", rows, when=when, ids=pids[-len(rows) :], conn=conn)
        new_id = "lower(hex(randomblob(16)))"
        _copy(conn, "person", made, people, {"id": new_id})
        if visits:
            real = min(visits, made)
            for i in range(0, real, 5000):
                rows = [
                    d.visit(d.rng.choice(pids), d.rng.choice(sids))
                    for _ in range(min(5000, real - i))
                ]
                store.bulk_create(db, "home_visit", rows, when=when, conn=conn)
            # Each copy visits someone among all the people, copies included.
            anyone = (
                f"(SELECT id FROM person WHERE rowid = abs(random() % {people}) + 1"
                " + 0 * home_visit.rowid)"
            )
            _copy(conn, "home_visit", real, visits, {"id": new_id, "person_id": anyone})
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


def _offsets(total: int) -> dict[str, int]:
    return {"first": 0, "middle": (total // 2) // PAGE * PAGE, "last": max(total - PAGE, 0)}


def _pages(
    db: Any, type_name: str, total: int, order_by: str | None = None, times: int = 3
) -> dict[str, float]:
    """The first, middle and last page as the list reads them (query.search_sorted)."""
    from fieldkit import query

    def page(offset: int) -> Callable[[], Any]:
        return lambda: query.search_sorted(
            db, type_name, order_by=order_by, limit=PAGE, offset=offset, total=total
        )

    return {where: _best(page(o), times) for where, o in _offsets(total).items()}


def _joined(db: Any, type_name: str, total: int, order_by: str) -> dict[str, float]:
    """The same pages as the join gave them before (every row joined to the record
    it names, sorted by its title), read once each: the baseline."""
    from fieldkit import query, records

    rtype = records.get(type_name)

    def page(offset: int) -> Callable[[], Any]:
        backwards = offset > total - offset - PAGE
        limit, skip = (
            (min(PAGE, total - offset), max(total - offset - PAGE, 0))
            if backwards
            else (PAGE, offset)
        )
        stmt = query.page_ids(
            rtype, query.Filter(), order_by=order_by, alphabetical=True, backwards=backwards
        )

        def read() -> Any:
            with db.connect() as conn:
                return list(conn.execute(stmt.limit(limit).offset(skip)).scalars())

        return read

    return {where: _best(page(o), 1) for where, o in _offsets(total).items()}


def run(records: int, workdir: Path) -> list[Result]:
    from fieldkit import query
    from fieldkit.workspace import open_database

    people = int(os.environ.get("BENCH_SORTING_PEOPLE", "50000"))
    made = int(os.environ.get("BENCH_SORTING_MADE", "20000"))
    visits = int(os.environ.get("BENCH_SORTING_VISITS", "0"))
    index = "ix_person_sort_full_name"
    sorts: list[tuple[str, dict[str, float], str, dict[str, float]]] = []
    with open_database(workdir / "sorting.db") as db:
        start = time.perf_counter()
        fill(db, people, made, visits)
        fill_s = time.perf_counter() - start
        total = query.count(db, "person")
        assert total == people, (total, people)
        count_s = _best(lambda: query.count(db, "person"))
        after = _pages(db, "person", total)
        sorts.append(
            (
                f"people by village, {{}} page of {people:,}",
                _pages(db, "person", total, "village_id"),
                "the join to the village, sorted by its name",
                _joined(db, "person", total, "village_id"),
            )
        )
        if visits:
            sorts.append(
                (
                    f"home visits by person, {{}} page of {visits:,}",
                    _pages(db, "home_visit", visits, "person_id"),
                    "the join to the person, sorted by name and birth year",
                    _joined(db, "home_visit", visits, "person_id"),
                )
            )
        with db.transaction() as conn:
            ddl = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = ?", (index,)
            ).scalar_one()
            conn.exec_driver_sql(f"DROP INDEX {index}")
        before = _pages(db, "person", total, times=1)
        with db.transaction() as conn:
            conn.exec_driver_sql(ddl)
    out = [
        Result(
            f"people list by name, {where} page of {people:,} ({PAGE} rows)",
            after[where],
            "the same without the sort index (key computed per row)",
            before[where],
            note="median of 3, baseline once"
            + (f"; fill {fill_s:.0f} s ({made:,} made)" if where == "first" else ""),
        )
        for where in ("first", "middle", "last")
    ]
    out.append(Result(f"people count ({people:,}), once per refresh", count_s, "—", None))
    for name, ours, baseline, theirs in sorts:
        out += [
            Result(
                name.format(where),
                ours[where],
                baseline,
                theirs[where],
                note="median of 3, baseline once",
            )
            for where in ("first", "middle", "last")
        ]
    return out
