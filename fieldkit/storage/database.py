"""The database file: one writer (a lock), WAL, and a read-only look before anything.

:func:`inspect_file` answers "is it SQLite? a fieldkit database? which schema?"
without changing a byte, so a foreign or newer file can be refused untouched;
:func:`make_engine` is only called after that, since it switches the file to WAL.
Opening for work (lock, look, upgrade, reference data) is
:func:`fieldkit.workspace.open_database`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from filelock import FileLock, Timeout

from fieldkit.storage import cipher

if TYPE_CHECKING:
    from fieldkit.storage.keyfile import Unlocked

SQLITE_MAGIC = cipher.SQLITE_MAGIC
CACHE_KIB = 65536  # each connection's page cache (see _configure)


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
    unlocked: Unlocked
    device_id: str = ""

    @property
    def key(self) -> bytes:
        """The database key (for backups made and restored with the same key)."""
        return self.unlocked.key

    @property
    def account(self) -> str:
        """Who unlocked it: the author of every revision saved now."""
        return self.unlocked.account

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


def _configure(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so DDL and SAVEPOINTs
    # are transactional too (pysqlite otherwise auto-commits before DDL).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # the data are irreplaceable and small
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA temp_store=MEMORY")  # sorts and temporary tables never touch disk
    # Pages kept decrypted, up to 64 MiB a connection (SQLite's build default: 8 MiB).
    # Every page read from the file is decrypted and authenticated again; an export or
    # a check at 100,000 records re-reads pages that 8 MiB cannot hold, and pays for it.
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.close()


def make_engine(path: Path, key: bytes) -> sa.Engine:
    """An engine on the encrypted file: SQLAlchemy's ``sqlite+pysqlcipher`` dialect
    (``sqlcipher3``) sends the raw key first on every connection, then the file's
    page size (:mod:`.cipher`: 16 KiB for a database made now), found once here."""
    url = sa.engine.URL.create(
        "sqlite+pysqlcipher", password=cipher.raw_key(key), database=str(path)
    )
    engine = sa.create_engine(
        url,
        connect_args={"check_same_thread": False},
        poolclass=sa.pool.QueuePool,  # the dialect's default keeps one connection per thread
    )
    page_size = cipher.page_size_of(path, key)

    def page_size_first(dbapi_conn: Any, _record: Any) -> None:
        # After the dialect's key, before anything reads a page (_configure's WAL switch).
        dbapi_conn.execute(f"PRAGMA cipher_page_size = {page_size}")

    sa.event.listen(engine, "connect", page_size_first)
    sa.event.listen(engine, "connect", _configure)
    sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def inspect_file(path: Path, key: bytes | None = None) -> str | None:
    """The schema revision of an existing file, without changing it.

    ``None`` for an empty/new database. With *key*, the file is read as an
    encrypted database; without, as a plaintext one (from before encryption).
    Raises :class:`NotADatabase` for anything that is not a fieldkit database,
    or that *key* does not open.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if key is None and not cipher.is_plaintext(path):
        raise NotADatabase(f"{path} is not a fieldkit database (not an SQLite file)")
    try:
        conn = cipher.connect(path, None if cipher.is_plaintext(path) else key, readonly=True)
    except cipher.DatabaseError as exc:
        if key is not None and not cipher.is_plaintext(path):
            raise NotADatabase(
                f"{path} cannot be opened with this laptop's key "
                "(not a fieldkit database, or made on another laptop)"
            ) from None
        raise NotADatabase(f"{path} cannot be read as a database: {exc}") from None
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not names:
            return None
        if "alembic_version" not in names:
            raise NotADatabase(f"{path} is an SQLite file but not a fieldkit database")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.DatabaseError as exc:
        raise NotADatabase(f"{path} cannot be read as a database: {exc}") from None
    finally:
        conn.close()
    return str(row[0]) if row else None


def lock(path: Path) -> FileLock:
    """The single-writer lock beside *path*; refuses at once if another process holds it.

    Taken beside the real file (symbolic links and ``..`` resolved), so two
    processes naming the same database differently still exclude each other.
    """
    lock = FileLock(str(Path(path).resolve()) + ".lock", timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseLocked(
            f"{path} is already open in another fieldkit window or command; close that first"
        ) from None
    return lock
