"""The coordinator's merge enrols senders one at a time (issue 12): ``--enrol
FINGERPRINT``, once per sender, enrols only the sender whose key has that
fingerprint; every other unknown sender's file is left out with its fingerprint
printed, to compare and give next time. No blanket enrolment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldkit.sync import bundle, keys, transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db, own_device
from tests.factories import Factory


def fieldkit(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def sent(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two volunteers' laptops, unknown at HQ, each sending one family in a bundle."""
    folder = tmp_path_factory.mktemp("sent")
    out: dict[str, Any] = {}
    for name, family in (("a", "Rəşad Məmmədov"), ("b", "Günel Əliyeva")):
        path = folder / f"{name}.db"
        copy_db(template_db, path)
        own_device(path)  # each laptop is its own device (copies share one id)
        with open_database(path) as db:
            db.set_setting("device_name", f"Laptop {name.upper()}")
            Factory(db).create("person", full_name=family, village_id=None)
            out[name] = {
                "file": transfer.export(db, folder / f"volunteer-{name}.fkb").path,
                "fp": bundle.fingerprint(keys.public_key(db)),
                "device": db.device_id,
                "family": family,
            }
    return out


@pytest.fixture
def hq(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hq.db"
    copy_db(template_db, path)
    return path


def families(master: Path) -> list[str]:
    ws = load_workbook(master, read_only=True)["person"]
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    return sorted(r[header.index("full_name")] for r in ws.iter_rows(min_row=3, values_only=True))


def enrolled(hq: Path) -> list[str]:
    with open_database(hq) as db:
        return [e.device_id for e in keys.enrolled(db)]


def test_enrol_only_the_sender_whose_fingerprint_is_given(
    sent: dict[str, Any], hq: Path, tmp_path: Path
) -> None:
    a, b = sent["a"], sent["b"]
    master = tmp_path / "master.xlsx"
    files = (a["file"], b["file"])

    # Nobody named: both files left out, each with its sender's fingerprint.
    out = fieldkit("--db", hq, "merge", *files, "--out", master)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    for s, name in ((a, "Laptop A"), (b, "Laptop B")):
        (line,) = [x for x in out.stderr.splitlines() if x.startswith(f"left out {s['file'].name}")]
        assert f"comes from {name}, who is not enrolled here" in line
        assert s["fp"] in line and f'--enrol "{s["fp"]}"' in line
    assert "no file can be merged" in out.stderr
    assert not master.exists() and enrolled(hq) == []

    # A's fingerprint, typed as a person reads it (lower case, no spaces): A only.
    typed = a["fp"].lower().replace(" ", "")
    out = fieldkit("--db", hq, "merge", *files, "--out", master, "--enrol", typed)
    assert out.returncode == 0, out.stderr
    assert "left out: 1 of 2 files" in out.stdout
    (line,) = [x for x in out.stderr.splitlines() if x.startswith("left out ")]
    assert line.startswith(f"left out {b['file'].name}: ") and b["fp"] in line
    assert families(master) == [a["family"]]
    assert enrolled(hq) == [a["device"]]

    # B's fingerprint mistyped (one group swapped for A's): still left out, not enrolled.
    wrong = " ".join(b["fp"].split()[:-1] + a["fp"].split()[-1:])
    out = fieldkit("--db", hq, "merge", *files, "--out", master, "--enrol", wrong)
    assert out.returncode == 0, out.stderr
    assert f"left out {b['file'].name}: " in out.stderr and b["fp"] in out.stderr
    assert enrolled(hq) == [a["device"]]

    # Now B's, as shown: B joins; A, enrolled before, needs nothing.
    out = fieldkit("--db", hq, "merge", *files, "--out", master, "--enrol", b["fp"])
    assert out.returncode == 0, out.stderr
    assert "left out" not in out.stdout + out.stderr
    assert families(master) == sorted([a["family"], b["family"]])
    assert sorted(enrolled(hq)) == sorted([a["device"], b["device"]])


def test_several_senders_enrolled_in_one_merge_and_no_blanket_form(
    sent: dict[str, Any], hq: Path, tmp_path: Path
) -> None:
    a, b = sent["a"], sent["b"]
    master = tmp_path / "master.xlsx"
    blanket = fieldkit("--db", hq, "merge", a["file"], "--out", master, "--enrol")
    assert blanket.returncode == 2 and "--enrol: expected one argument" in blanket.stderr
    out = fieldkit(
        "--db", hq, "merge", a["file"], b["file"], "--out", master,
        "--enrol", a["fp"], "--enrol", b["fp"],
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert families(master) == sorted([a["family"], b["family"]])
    assert sorted(enrolled(hq)) == sorted([a["device"], b["device"]])
