"""The core under faults: killed mid-write, a full disk, an old database with real data."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from fieldkit import check, query, store
from fieldkit.storage import migrate
from fieldkit.workspace import open_database
from tests.databases import connect as connect_db
from tests.databases import copy_db
from tests.faults.conftest import fieldkit

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-0001.db"


def counts(path: Path) -> dict[str, int]:
    conn = connect_db(path)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "person",
                "home_visit",
                "awareness_session",
                "livelihood_assistance",
                "revision",
            )
        }
    finally:
        conn.close()


def test_killing_demo_at_random_points_leaves_all_or_nothing(tmp_path: Path) -> None:
    base = tmp_path / "base.db"
    assert fieldkit("--db", str(base), "demo", "--records", "200").returncode == 0
    before = counts(base)
    # How long an uninterrupted run takes, so kills land before, during and after the commit.
    full = tmp_path / "full.db"
    copy_db(base, full)
    started = time.perf_counter()
    assert fieldkit("--db", str(full), "demo", "--records", "6000").returncode == 0
    span = time.perf_counter() - started
    after = counts(full)
    rng = random.Random(7)
    outcomes = set()
    for i in range(6):
        target = tmp_path / f"kill{i}.db"
        copy_db(base, target)
        proc = subprocess.Popen(
            [sys.executable, "-m", "fieldkit", "--db", str(target), "demo", "--records", "6000"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.1, span * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        checked = fieldkit("--db", str(target), "check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        got = counts(target)
        assert got in (before, after), got
        outcomes.add("all" if got == after else "nothing")
    assert "nothing" in outcomes  # at least one kill landed mid-run


def test_a_full_disk_during_demo_is_a_clear_error_and_loses_nothing(small_disk: Path) -> None:
    db = small_disk / "field.db"
    assert fieldkit("--db", str(db), "demo", "--records", "50").returncode == 0
    before = counts(db)
    out = fieldkit("--db", str(db), "demo", "--records", "20000")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "fieldkit: the database refused the write (database or disk is full); the unfinished step was rolled back"
    ]
    assert counts(db) == before
    assert fieldkit("--db", str(db), "check").returncode == 0


def test_a_full_disk_while_writing_a_report_leaves_no_partial_file(
    small_disk: Path, tmp_path: Path
) -> None:
    db = tmp_path / "big.db"
    assert fieldkit("--db", str(db), "demo", "--records", "400").returncode == 0
    filler = small_disk / "filler"
    room = os.statvfs(small_disk)
    filler.write_bytes(b"\0" * (room.f_bavail * room.f_frsize - 8 * 1024))  # leave 8 KB
    out = fieldkit("--db", str(db), "report", "--out", str(small_disk / "report.xlsx"))
    assert out.returncode != 0
    assert "No space left on device" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert not (small_disk / "report.xlsx").exists()
    assert [p.name for p in small_disk.iterdir()] == ["filler"]  # no temporary file left


def test_the_first_released_schema_with_real_data_upgrades_intact(tmp_path: Path) -> None:
    path = tmp_path / "field.db"
    shutil.copyfile(FIXTURE, path)
    old = counts(path)
    conn = connect_db(path)
    names = dict(conn.execute("SELECT id, full_name FROM person"))
    conn.close()
    with open_database(path) as db:
        report = check.run(db)
        assert report.ok, report.problems
        assert counts(path) == old
        assert {
            r["id"]: r["full_name"]
            for r in query.search(db, "person", query.Filter(include_deleted=True), limit=10_000)
        } == names
        assert query.count(db, "person", query.Filter(deleted_only=True)) == 1
        edited = [r for r in query.search(db, "person", limit=10_000) if r["version"] == 2]
        assert len(edited) == 1 and edited[0]["household_size"] == 8
        assert [h.version for h in store.history(db, "person", edited[0]["id"])] == [1, 2]
        assert db.setting("volunteer_name") == "Aynur Məmmədova"
        assert (
            db.device_id == "0f1e2d3c-4b5a-4697-8877-665544332211"
        )  # the laptop keeps its identity
    conn = connect_db(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head(),)
    conn.close()
    assert len(list((tmp_path / "backups").glob("field-*.db"))) == 1
