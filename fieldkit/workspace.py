"""Opening a database ready for work: locked, unlocked, looked at, upgraded, reference data.

Order matters. The single-writer lock first; then a read-only look at the file
(is it SQLite? a fieldkit database? which schema?) so a foreign or newer file
is refused without a byte changed, and before any key is made for it; then the
unlock (:mod:`fieldkit.accounts`: one scrypt derivation, or the first account
made), and a database from before encryption is encrypted, its backups too;
only then the engine (which switches the file to WAL), the schema upgrade
(backup first) and the shipped districts. This is the one place storage and the
record layer meet.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa

from fieldkit import accounts, districts
from fieldkit.accounts import Credentials, Unlocked
from fieldkit.storage import backups, cipher, database, keyfile, migrate, paths
from fieldkit.storage.database import Database


def open_database(
    path: Path | str | None = None,
    access: Credentials | Unlocked | None = None,
    *,
    upgrade: bool = True,
) -> Database:
    """Open (creating, encrypting or upgrading as needed) the database at *path*.

    *access* is what unlocks it: a person's credentials, a key already unlocked
    (reopening after a restore), or None for ``FIELDKIT_PASSPHRASE_FILE``.
    """
    path = Path(path) if path is not None else paths.default_db()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.parent.resolve() == paths.data_dir().resolve():
            path.parent.chmod(0o700)  # the user data folder: nobody else's to look into
    except OSError as exc:
        raise database.StorageError(
            f"cannot create the folder for {path}: {exc.strerror}"
        ) from None
    if path.is_dir():
        raise database.StorageError(f"{path} is a folder, not a database file")
    try:
        lock = database.lock(path)
    except OSError as exc:
        raise database.StorageError(f"cannot write beside {path}: {exc.strerror}") from None
    try:
        unlocked = _unlock(path, access)
        current = database.inspect_file(path, unlocked.key)
        migrate.refuse_unknown(path, current)
        engine = database.make_engine(path, unlocked.key)
        db = database.Database(path=path, engine=engine, lock=lock, unlocked=unlocked)
        try:
            if upgrade:
                migrate.upgrade(db, current)
                districts.ensure(db)
            db.device_id = _ensure_device(db)
        except BaseException:
            engine.dispose()
            raise
    except cipher.Error as exc:
        lock.release()
        raise database.StorageError(f"cannot open {path}: {exc}") from None
    except sa.exc.OperationalError as exc:
        lock.release()
        raise database.StorageError(f"cannot open {path}: {exc.orig}") from None
    except BaseException:
        lock.release()
        raise
    return db


def _unlock(path: Path, access: Credentials | Unlocked | None) -> Unlocked:
    """The key for *path*; a plaintext database (from before encryption) is
    looked at first, then encrypted with the new key, its backups too."""
    cipher.clear_leftovers(path)  # what a crash during an encryption left
    exists = path.exists() and path.stat().st_size > 0
    plaintext = exists and cipher.is_plaintext(path)
    given_key = isinstance(access, Unlocked)  # a backup opened with its database's key
    if exists and not plaintext and not given_key and keyfile.KeyFile.load(path) is None:
        raise database.NotADatabase(
            f"{path} is not a fieldkit database (not an SQLite file, and no key file beside it)"
        )
    if plaintext:  # refused untouched, before a key is made for it
        migrate.refuse_unknown(path, database.inspect_file(path))
    unlocked = accounts.unlock(path, access, may_create=not exists or plaintext)
    if plaintext:
        cipher.encrypt_plaintext(path, unlocked.key)
        backups.encrypt_plaintext_backups(path, unlocked.key)
    elif not exists:
        cipher.create_private(path)
    cipher.private_file(path)
    return unlocked


def _ensure_device(db: Database) -> str:
    device = db.setting("device_id")
    if device is None:
        device = str(uuid.uuid4())
        db.set_setting("device_id", device)
    return device
