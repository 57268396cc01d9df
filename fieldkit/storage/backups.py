"""Backups the user asks for, and restoring one.

A backup is a consistent copy made through SQLite's backup API
(:func:`backup`) into the ``backups`` folder beside the database.
Restoring replaces the database file with a chosen backup, but first backs up
what it replaces, so a restore can itself be undone. Undoing an import restores
the backup the import made, through the same :func:`restore`; both replace the
live file only through :func:`fieldkit.storage.files.replace_durably` (synced to
disk, then renamed, then the folder synced).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from fieldkit.storage import database as dbmod
from fieldkit.storage import paths
from fieldkit.storage.files import replace_durably


def backup(path: Path, reason: str) -> Path:
    """A consistent copy through SQLite's backup API, in the backups folder.

    Written under a temporary name and renamed when complete, so a full disk or
    a killed process never leaves a partial backup that looks like a real one.
    """
    real = Path(path).resolve()  # named after the real file, beside it
    folder = paths.backup_dir(real)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{real.stem}-{stamp}-{reason}.db"
    partial = folder / f".{target.name}.partial"
    try:
        src = sqlite3.connect(str(real))
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        replace_durably(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def restore(db_path: Path, backup_file: Path) -> Path:
    """Put *backup_file* in place of the (closed) database at *db_path*.

    Returns the backup of what was replaced. The chosen file is checked to be a
    fieldkit database first (:func:`fieldkit.storage.database.inspect_file`); the copy goes to
    a temporary name and is renamed, so a failure leaves the database as it was.
    """
    backup_file = Path(backup_file)
    dbmod.inspect_file(backup_file)  # raises NotADatabase for anything else
    if dbmod.inspect_file(backup_file) is None:
        raise dbmod.NotADatabase(f"{backup_file} is an empty database")
    kept = backup(db_path, "before-restore")
    live = Path(db_path).resolve()  # through a symbolic link: the real file is replaced
    tmp = live.with_name(live.name + ".restoring")
    try:
        shutil.copyfile(backup_file, tmp)
        conn = sqlite3.connect(str(tmp))  # fold any WAL of the copy into the file
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
            Path(str(live) + suffix).unlink(missing_ok=True)
        replace_durably(tmp, live)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return kept
