"""The live database as the operating system sees it (issue 12, cases 8 and 9): one
writer whatever path names the file, and a replacement that reaches the disk before
it takes the live file's place."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from fieldkit import demo
from fieldkit.cli.main import main
from fieldkit.storage import backups
from fieldkit.sync import coordinator, transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db, unlocked


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HOLD = (
    "import sys\n"
    "from fieldkit.workspace import open_database\n"
    "db = open_database(sys.argv[1])\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
    "db.close()\n"
)


@pytest.fixture
def workbook(template_db: Path, tmp_path: Path) -> Path:
    """A laptop's real export, something to import."""
    laptop = tmp_path / "laptop.db"
    copy_db(template_db, laptop)
    with open_database(laptop) as db:
        demo.fill(db, 20, seed=3)
        return transfer.export(db, tmp_path / "records.xlsx").path


@pytest.mark.parametrize("held_by", ["link", "real"])
def test_the_lock_holds_through_a_symbolic_link(
    db_path: Path, tmp_path: Path, workbook: Path, held_by: str
) -> None:
    link = tmp_path / "elsewhere" / "same.db"
    link.parent.mkdir()
    link.symlink_to(db_path)
    held, other = (link, db_path) if held_by == "link" else (db_path, link)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(held)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = digest(db_path)
        out = subprocess.run(
            [sys.executable, "-m", "fieldkit", "--db", str(other), "import", str(workbook)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 2, out.stdout + out.stderr
        assert "already open in another fieldkit window or command" in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
        assert digest(db_path) == before
    finally:
        holder.communicate("", timeout=60)
    assert holder.returncode == 0
    # Released: the other name imports now.
    out = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--db", str(other), "import", str(workbook)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert link.is_symlink()


class DiskLog:
    """Every os.fsync and os.replace of this process, by the real path involved."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, str]] = []
        real_fsync, real_replace = os.fsync, os.replace

        def fsync(fd: Any) -> None:
            fd = fd if isinstance(fd, int) else fd.fileno()
            self.events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
            real_fsync(fd)

        def replace(src: Any, dst: Any, **kw: Any) -> None:
            self.events.append(("replace", f"{os.path.realpath(src)} -> {dst}"))
            real_replace(src, dst, **kw)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)

    def replaced_onto(self, live: Path) -> list[int]:
        return [
            i
            for i, (kind, what) in enumerate(self.events)
            if kind == "replace" and what.endswith(f" -> {live}")
        ]

    def assert_durable(self, live: Path) -> None:
        """Each replacement of *live*: its new file synced before, the folder after."""
        onto = self.replaced_onto(live)
        assert onto, self.events
        for i in onto:
            new = self.events[i][1].split(" -> ")[0]
            assert ("fsync", new) in self.events[:i], self.events
            assert ("fsync", str(live.parent)) in self.events[i + 1 :], self.events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc to name the fds")
def test_restore_syncs_the_new_file_and_its_folder_before_and_after_replacing(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = unlocked(db_path).key
    saved = backups.backup(db_path, "manual", key)
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    log = DiskLog(monkeypatch)
    backups.restore(link, saved, key)
    log.assert_durable(db_path)  # the real file, not the link, was replaced
    assert link.is_symlink() and digest(db_path) == digest(saved)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc to name the fds")
def test_undo_import_syncs_the_database_it_puts_back(
    db_path: Path, workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cli(*argv: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--db", str(db_path), *argv])
        return code, out.getvalue() + err.getvalue()

    code, text = cli("import", str(workbook))
    assert code == 0, text
    with open_database(db_path) as db:
        row = coordinator.imports(db)[0]
    log = DiskLog(monkeypatch)
    code, text = cli("undo-import", str(row.id))
    assert code == 0 and "undid the import" in text, text
    log.assert_durable(db_path.resolve())
