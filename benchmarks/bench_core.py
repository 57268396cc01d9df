"""Bulk writes: ``fieldkit demo`` (validation + revisions + search keys) against
raw sqlite3 ``executemany`` of the same number of rows, in the same run."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result


def run(records: int, workdir: Path) -> list[Result]:
    db = workdir / "demo.db"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "fieldkit", "--db", str(db), "demo", "--records", str(records)],
        check=True,
        capture_output=True,
    )
    demo_s = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    # Baseline: the same rows (all columns, as stored) written with executemany, no app logic.
    from fieldkit import accounts
    from fieldkit.storage import cipher

    conn = cipher.connect(db, accounts.unlock(db, None, may_create=False).key)
    tables = ["person", "home_visit", "awareness_session", "livelihood_assistance", "revision"]
    data = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    schema = {
        t: conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (t,)).fetchone()[0]
        for t in tables
    }
    conn.close()
    raw = sqlite3.connect(workdir / "raw.db")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    for t in tables:
        raw.execute(schema[t].replace("CONSTRAINT fk_", "CONSTRAINT xfk_"))
    start = time.perf_counter()
    with raw:
        for t in tables:
            rows = data[t]
            if rows:
                marks = ",".join("?" * len(rows[0]))
                raw.executemany(f"INSERT INTO {t} VALUES ({marks})", rows)
    raw_s = time.perf_counter() - start
    raw.close()

    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "fieldkit", "--db", str(db), "check"],
        check=True,
        capture_output=True,
    )
    check_s = time.perf_counter() - start
    return [
        Result(
            f"demo --records {records}",
            demo_s,
            "sqlite3 executemany of the same rows",
            raw_s,
            peak,
            "includes interpreter start and schema creation",
        ),
        Result(
            f"check on {records} records",
            check_s,
            "—",
            None,
            None,
            "integrity_check + history/fingerprint of every record",
        ),
    ]
