"""A stolen laptop: after a day's real work, and after processes killed mid-import and
mid-export, nothing under the data folders or the temporary folder gives away a
person's name or the database key.

Everything runs as the volunteer would run it: the command line in real
processes, with ``TMPDIR`` pointed at a folder of the test's own, so that every
temporary file anything makes (SQLite, openpyxl, Python's tempfile) lands where
the test can read it afterwards, byte by byte, as a thief would.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from fieldkit import accounts
from fieldkit.workspace import open_database
from tests.core.test_cli import fieldkit
from tests.factories import Factory

KNOWN = "Zərifə Qəhrəmanova"  # a person the test saves, and then looks for everywhere
AS_XML = KNOWN.encode("ascii", "xmlcharrefreplace")  # Z&#601;rif&#601; ...: sheet XML

pytestmark = pytest.mark.slow


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return fieldkit(*args, env=env)


def killed_at(env: dict[str, str], delay: float, *args: str) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "fieldkit", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def leaks(folders: list[Path], secrets: dict[str, bytes]) -> list[str]:
    """Every (file, what) where a secret's bytes appear in a file under *folders*."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                found += [f"{path}: {what}" for what, raw in secrets.items() if raw in data]
    return found


def test_nothing_readable_is_left_after_work_and_after_kills(tmp_path: Path) -> None:
    temp, laptop_dir, hq_dir, usb = (tmp_path / n for n in ("tmp", "laptop", "hq", "usb"))
    for folder in (temp, usb):
        folder.mkdir()
    env = dict(os.environ, TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    laptop, hq = laptop_dir / "fieldkit.db", hq_dir / "fieldkit.db"
    password = tmp_path / "bundle-password.txt"
    password.write_text("Laçın-2025 bundle password\n")

    assert cli(env, "--db", str(laptop), "demo", "--records", "4000").returncode == 0
    with open_database(laptop) as db:
        Factory(db).create("person", full_name=KNOWN)
        key = db.key
    out = cli(env, "--db", str(laptop), "keys", "list")
    fingerprint = re.search(r"this laptop's key: (.+)", out.stdout)
    assert fingerprint, out.stdout + out.stderr
    bundle = usb / "laptop.fkb"
    done = cli(env, "--db", str(laptop), "export", str(bundle), "--password-file", str(password))
    assert done.returncode == 0, done.stderr
    assert cli(env, "--db", str(hq), "demo", "--records", "10").returncode == 0
    imported = cli(
        env,
        "--db",
        str(hq),
        "import",
        str(bundle),
        "--password-file",
        str(password),
        "--enrol",
        fingerprint.group(1).strip(),
    )
    assert imported.returncode == 0, imported.stderr
    assert (
        cli(env, "--db", str(laptop), "report", "--out", str(usb / "report.xlsx")).returncode == 0
    )
    plain = usb / "plain.xlsx"  # the laptop's own plain export, which goes to the stick
    assert cli(env, "--db", str(laptop), "export", str(plain)).returncode == 0

    # Killed at random points while importing (into HQ) and exporting (a bundle and a workbook).
    rng = random.Random(13)
    started = time.perf_counter()
    assert cli(env, "--db", str(laptop), "export", str(usb / "timed.fkb")).returncode == 0
    span = time.perf_counter() - started
    for i in range(4):
        killed_at(
            env,
            rng.uniform(0.2, span),
            "--db",
            str(hq),
            "import",
            str(plain),
            str(bundle),
            "--password-file",
            str(password),
        )
        killed_at(
            env,
            rng.uniform(0.2, span),
            "--db",
            str(laptop),
            "export",
            str(usb / f"killed{i}.fkb"),
            "--password-file",
            str(password),
        )
        killed_at(
            env,
            rng.uniform(0.3 * span, span),
            "--db",
            str(laptop),
            "export",
            str(usb / f"k{i}.xlsx"),
        )

    hq_key = accounts.unlock(hq, None, may_create=False).key
    secrets = {
        "the known name": KNOWN.encode(),
        "the name in UTF-16": KNOWN.encode("utf-16-le"),
        "the name as XML writes it": AS_XML,
        "the laptop's key": key,
        "the laptop's key in hex": key.hex().encode(),
        "the laptop's key in HEX": key.hex().upper().encode(),
        "HQ's key": hq_key,
        "HQ's key in hex": hq_key.hex().encode(),
    }
    with open_database(laptop) as db, db.connect() as conn:  # everyone's, not only one name
        everyone = [n for (n,) in conn.exec_driver_sql("SELECT full_name FROM person")]
    for name in random.Random(5).sample(everyone, 150):
        secrets[name] = name.encode()
        secrets[f"{name} as XML writes it"] = name.encode("ascii", "xmlcharrefreplace")
    assert leaks([laptop_dir, hq_dir, temp], secrets) == []
    # What is looked for was there to leak: the plain export on the stick carries it.
    with zipfile.ZipFile(plain) as book:
        assert any(AS_XML in book.read(n) for n in book.namelist())
    with open_database(hq) as db:  # and the work is all there
        with db.connect() as conn:
            found = conn.exec_driver_sql(
                "SELECT count(*) FROM person WHERE full_name = ?", (KNOWN,)
            ).scalar()
        assert found == 1
