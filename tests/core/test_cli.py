"""The command line as a coordinator or script uses it: real processes, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldkit import __version__
from tests.databases import connect as connect_db


def fieldkit(
    *args: str, env: dict[str, str] | None = None, stdin: Any = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    """The real command line, in a process of its own (no terminal unless *stdin* is given)."""
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        stdin=stdin,
    )


def dump(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every table but the settings; this laptop's device id reads ``<this laptop>``
    (demo records are the laptop's own: the same seed gives the same records,
    each laptop's)."""
    conn = connect_db(path)
    [device] = conn.execute("SELECT value FROM setting WHERE key = 'device_id'").fetchone()
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    ]
    out = []
    for t in tables:
        if t in ("setting",):
            continue  # the laptop's own identity differs by design
        cols = "saved_at" if t == "revision" else None
        rows = conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
        if cols:  # when this laptop stored the revision, not part of the content
            idx = [d[0] for d in conn.execute(f"SELECT * FROM {t} LIMIT 0").description].index(
                "saved_at"
            )
            rows = [r[:idx] + r[idx + 1 :] for r in rows]
        rows = [tuple("<this laptop>" if v == device else v for v in r) for r in rows]
        out.append((t, rows))
    conn.close()
    return out


def test_version() -> None:
    out = fieldkit("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"fieldkit {__version__}"


def test_demo_then_check_and_same_seed_same_content(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    made = fieldkit("--db", str(a), "demo", "--records", "2000", "--seed", "7")
    assert made.returncode == 0, made.stderr
    assert "added 2067 records" in made.stdout
    checked = fieldkit("--db", str(a), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no problems found" in checked.stdout
    assert "person                        700" in checked.stdout
    assert fieldkit("--db", str(b), "demo", "--records", "2000", "--seed", "7").returncode == 0
    assert dump(a) == dump(b)
    c = tmp_path / "c.db"
    assert fieldkit("--db", str(c), "demo", "--records", "2000", "--seed", "8").returncode == 0
    assert dump(a) != dump(c)


def test_db_from_the_environment(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, FIELDKIT_DB=str(tmp_path / "env.db"))
    assert fieldkit("demo", "--records", "10", env=env).returncode == 0
    assert (tmp_path / "env.db").exists()


def test_check_finds_a_broken_history(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    assert fieldkit("--db", str(db), "demo", "--records", "50").returncode == 0
    conn = connect_db(db)
    conn.execute("UPDATE person SET full_name = 'Edited behind the app' WHERE rowid = 1")
    conn.commit()
    conn.close()
    out = fieldkit("--db", str(db), "check")
    assert out.returncode == 1
    assert "is not the state its history gives" in out.stdout
    assert "stale search key" in out.stdout
    # A revision rewritten behind the app no longer matches its own address.
    conn = connect_db(db)
    conn.execute(
        "UPDATE revision SET content = replace(content, '\"sex\"', '\"sex\" ')"
        " WHERE record_type = 'person' AND seq = (SELECT min(seq) FROM revision"
        " WHERE record_type = 'person')"
    )
    conn.commit()
    conn.close()
    out = fieldkit("--db", str(db), "check")
    assert "revisions whose content does not match their fingerprint" in out.stdout


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("text", "is not a fieldkit database"),
        ("newer", "was made by a newer fieldkit"),
        ("unwritable", "cannot create the folder"),
    ],
)
def test_refused_databases_give_one_line_and_non_zero(
    tmp_path: Path, setup: str, message: str
) -> None:
    target = tmp_path / "x.db"
    if setup == "text":
        target.write_text("hello, this is not a database\n" * 10)
    elif setup == "newer":
        assert fieldkit("--db", str(target), "demo", "--records", "5").returncode == 0
        conn = connect_db(target)
        conn.execute("UPDATE alembic_version SET version_num='ffff'")
        conn.commit()
        conn.close()
    else:
        (tmp_path / "blocker").write_text("")
        target = tmp_path / "blocker" / "x.db"
    out = fieldkit("--db", str(target), "check")
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], out.stderr


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    out = fieldkit("--db", str(tmp_path / "z.db"), "demo", "--records", "0")
    assert out.returncode == 1 and "at least 1" in out.stderr
