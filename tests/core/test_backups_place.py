"""Backups sit beside the real database file, whatever name it is opened by (issue 12,
case 8's sibling): a laptop whose data folder is reached through a symbolic link
keeps its backups with its data, where a restore, an undo or a USB copy finds them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fieldkit import demo
from fieldkit.storage import backups, paths
from fieldkit.sync import transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db


def fieldkit(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_backups_go_beside_the_real_file_not_the_link(template_db: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    real = data / "fieldkit.db"
    copy_db(template_db, real)
    shortcut = tmp_path / "desktop" / "field.db"
    shortcut.parent.mkdir()
    shortcut.symlink_to(real)

    laptop = tmp_path / "laptop.db"
    copy_db(template_db, laptop)
    with open_database(laptop) as db:
        demo.fill(db, 5, seed=4)
        book = transfer.export(db, tmp_path / "records.xlsx").path

    out = fieldkit("--db", shortcut, "import", book)
    assert out.returncode == 0, out.stderr
    # The import's backup is with the data, named after the real file.
    (made,) = (data / "backups").iterdir()
    assert made.name.startswith("fieldkit-") and made.name.endswith("-before-import.db")
    assert not (shortcut.parent / "backups").exists()
    # A backup asked for by either name lands in the same folder.
    with open_database(shortcut) as opened:
        key = opened.key
    manual = backups.backup(shortcut, "manual", key)
    assert manual.parent == data / "backups" == paths.backup_dir(shortcut)
    assert paths.backup_dir(real) == paths.backup_dir(shortcut)

    # The undo, by the real name, finds the backup the import made through the link.
    listed = fieldkit("--db", real, "undo-import")
    assert listed.returncode == 0, listed.stderr
    import_id = listed.stdout.split()[0]
    out = fieldkit("--db", real, "undo-import", import_id)
    assert out.returncode == 0, out.stderr
    assert "the database is as it was before it" in out.stdout
    with open_database(real) as db:
        assert transfer.exchanges(db)[0].kind == "undo"
    assert shortcut.is_symlink()
