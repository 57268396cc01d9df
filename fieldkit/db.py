"""Opening the database: one writer, WAL, migrations with a backup first.

Order matters here. A file is first inspected read-only (is it SQLite? is it a
fieldkit database? which schema?) so that a foreign or newer file is refused
without a single byte changed; only then is the engine created, which switches
the file to WAL.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from filelock import FileLock, Timeout

from fieldkit import paths

SQLITE_MAGIC = b"SQLite format 3\x00"


class StorageError(Exception):
    """A database cannot be opened or used; the message is for the user, one line."""


class DatabaseLocked(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


class NotADatabase(StorageError):
    pass


@dataclass
class Database:
    """An open fieldkit database. Use as a context manager or call :meth:`close`."""

    path: Path
    engine: sa.Engine
    lock: FileLock | None
    device_id: str = ""
    settings_cache: dict[str, str] = field(default_factory=dict)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """One atomic write: everything inside commits together or not at all."""
        with self.engine.begin() as conn:
            yield conn

    def connect(self) -> sa.Connection:
        return self.engine.connect()

    def setting(self, key: str, default: str | None = None) -> str | None:
        from fieldkit.records import Setting

        t = Setting.__table__  # type: ignore[attr-defined]
        with self.engine.connect() as conn:
            value = conn.execute(sa.select(t.c.value).where(t.c.key == key)).scalar()
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        from fieldkit.records import Setting

        t = Setting.__table__  # type: ignore[attr-defined]
        with self.transaction() as conn:
            conn.execute(t.delete().where(t.c.key == key))
            conn.execute(t.insert().values(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so DDL and SAVEPOINTs
    # are transactional too (pysqlite otherwise auto-commits before DDL).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # the data are irreplaceable and small
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> sa.Engine:
    engine = sa.create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    sa.event.listen(engine, "connect", _configure)
    sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing file, without changing it.

    ``None`` for an empty/new database. Raises :class:`NotADatabase` for anything
    that is not a fieldkit SQLite database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise NotADatabase(f"{path} is not a fieldkit database (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not names:
                return None
            if "alembic_version" not in names:
                raise NotADatabase(f"{path} is an SQLite file but not a fieldkit database")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(f"{path} cannot be read as a database: {exc}") from None
    return row[0] if row else None


def backup(path: Path, reason: str) -> Path:
    """A consistent copy through SQLite's backup API, in the backups folder.

    Written under a temporary name and renamed when complete, so a full disk or
    a killed process never leaves a partial backup that looks like a real one.
    """
    folder = paths.backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.db"
    partial = folder / f".{target.name}.partial"
    try:
        src = sqlite3.connect(str(path))
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _acquire(path: Path) -> FileLock:
    lock = FileLock(str(path) + ".lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseLocked(
            f"{path} is already open in another fieldkit window or command; close that first"
        ) from None
    return lock


def open_database(path: Path | str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at *path*."""
    from fieldkit import migrate as migrations

    path = Path(path) if path is not None else paths.default_db()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the folder for {path}: {exc.strerror}") from None
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a database file")
    try:
        lock = _acquire(path)
    except OSError as exc:
        raise StorageError(f"cannot write beside {path}: {exc.strerror}") from None
    try:
        current = inspect_file(path)
        migrations.refuse_unknown(path, current)
        engine = make_engine(path)
        db = Database(path=path, engine=engine, lock=lock)
        try:
            if migrate:
                migrations.upgrade(db, current)
            db.device_id = _ensure_device(db)
        except BaseException:
            engine.dispose()
            raise
    except sqlite3.OperationalError as exc:
        lock.release()
        raise StorageError(f"cannot open {path}: {exc}") from None
    except sa.exc.OperationalError as exc:
        lock.release()
        raise StorageError(f"cannot open {path}: {exc.orig}") from None
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
