"""Opening a database ready for work: locked, looked at, upgraded, reference data in place.

Order matters. The single-writer lock first; then a read-only look at the file
(is it SQLite? a fieldkit database? which schema?) so a foreign or newer file
is refused without a byte changed; only then the engine (which switches the
file to WAL), the schema upgrade (backup first) and the shipped districts.
This is the one place storage and the record layer meet.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import sqlalchemy as sa

from fieldkit import districts
from fieldkit.storage import database, migrate, paths
from fieldkit.storage.database import Database


def open_database(path: Path | str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at *path*."""
    path = Path(path) if path is not None else paths.default_db()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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
        current = database.inspect_file(path)
        migrate.refuse_unknown(path, current)
        engine = database.make_engine(path)
        db = database.Database(path=path, engine=engine, lock=lock)
        try:
            if upgrade:
                migrate.upgrade(db, current)
                districts.ensure(db)
            db.device_id = _ensure_device(db)
        except BaseException:
            engine.dispose()
            raise
    except sqlite3.OperationalError as exc:
        lock.release()
        raise database.StorageError(f"cannot open {path}: {exc}") from None
    except sa.exc.OperationalError as exc:
        lock.release()
        raise database.StorageError(f"cannot open {path}: {exc.orig}") from None
    except BaseException:
        lock.release()
        raise
    return db


def _ensure_device(db: Database) -> str:
    device = db.setting("device_id")
    if device is None:
        device = str(uuid.uuid4())
        db.set_setting("device_id", device)
    return device
