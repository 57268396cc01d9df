"""Backups the user asks for, and restoring one.

A backup is a consistent copy made through SQLite's backup API
(:func:`backup`) into the ``backups`` folder beside the database, encrypted
with the database's own key (so the key file beside the database opens every
backup, and a changed passphrase changes nothing here).
Restoring replaces the database file with a chosen backup, but first backs up
what it replaces, so a restore can itself be undone. Undoing an import restores
the backup the import made, through the same :func:`restore`; both replace the
live file only through :func:`fieldkit.storage.files.replace_durably` (synced to
disk, then renamed, then the folder synced).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from fieldkit.storage import cipher, paths
from fieldkit.storage import database as dbmod
from fieldkit.storage.files import replace_durably


def backup(path: Path, reason: str, key: bytes) -> Path:
    """A consistent copy through SQLite's backup API, in the backups folder.

    Written under a temporary name and renamed when complete, so a full disk or
    a killed process never leaves a partial backup that looks like a real one.
    """
    real = Path(path).resolve()  # named after the real file, beside it
    folder = paths.backup_dir(real)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{real.stem}-{stamp}-{reason}.db"
    partial = folder / f".{target.name}.partial"
    try:
        cipher.create_private(partial)
        src = cipher.connect(real, key)
        try:
            # The copy keeps the database's page size (4 KiB for one made before 16 KiB).
            page_size = int(src.execute("PRAGMA page_size").fetchone()[0])
            dst = cipher.connect(partial, key, page_size=page_size)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        replace_durably(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def restore(db_path: Path, backup_file: Path, key: bytes) -> Path:
    """Put *backup_file* in place of the (closed) database at *db_path*.

    Returns the backup of what was replaced. The chosen file is checked to be a
    fieldkit database that *key* opens first
    (:func:`fieldkit.storage.database.inspect_file`); a plaintext one (from before
    encryption) is encrypted on the way in. The copy goes to a temporary name and
    is renamed, so a failure leaves the database as it was.
    """
    backup_file = Path(backup_file)
    if dbmod.inspect_file(backup_file, key) is None:  # NotADatabase for anything else
        raise dbmod.NotADatabase(f"{backup_file} is an empty database")
    kept = backup(db_path, "before-restore", key)
    live = Path(db_path).resolve()  # through a symbolic link: the real file is replaced
    tmp = live.with_name(live.name + ".restoring")
    try:
        cipher.create_private(tmp)
        shutil.copyfile(backup_file, tmp)
        if cipher.is_plaintext(tmp):
            cipher.encrypt_plaintext(tmp, key)
        conn = cipher.connect(tmp, key)  # fold any WAL of the copy into the file
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


def encrypt_plaintext_backups(db_path: Path, key: bytes) -> None:
    """After a database is encrypted: every plaintext backup beside it encrypted
    with the same key, or removed where it cannot be read (a partial copy); a
    plaintext file is overwritten before it is removed (:func:`cipher.discard`)."""
    folder = paths.backup_dir(db_path)
    if not folder.is_dir():
        return
    folder.chmod(0o700)
    for file in sorted(folder.iterdir()):
        if not file.is_file() or not cipher.is_plaintext(file):
            continue
        if file.name.startswith("."):  # a copy a crash interrupted, or a name left by one
            cipher.discard_leftover(file)
            continue
        try:
            cipher.encrypt_plaintext(file, key)
        except cipher.Error:
            cipher.discard(file)
