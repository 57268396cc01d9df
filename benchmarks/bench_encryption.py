"""What encryption at rest costs: the same work on the same rows, on a SQLCipher
database (fieldkit as it runs) and on a plaintext one (the same engine settings,
no key), in the same process and run; the ratio is encrypted / plaintext.

It runs on ``BENCH_ENCRYPTION_RECORDS`` records (default 10,000, a few minutes);
the issue's figure is at 100,000:
``BENCH_ENCRYPTION_RECORDS=100000 python -m benchmarks.run --only encryption``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.common import Result


def _plain_engine(path: Path) -> sa.Engine:
    """fieldkit's engine without the key: the same pragmas and page size, plain SQLite
    (sqlcipher3's own)."""
    from sqlcipher3 import dbapi2

    from fieldkit.storage import cipher, database

    engine = sa.create_engine(
        f"sqlite:///{path}",
        module=dbapi2,  # the same SQLite build as the encrypted side, never given a key
        connect_args={"check_same_thread": False},
        poolclass=sa.pool.QueuePool,
    )
    # The page size fieldkit gives a new database (cipher.PAGE_SIZE), so that only the
    # encryption differs: set before the first table, as SQLCipher's cipher_page_size is.
    sa.event.listen(
        engine,
        "connect",
        lambda dbapi_conn, _record: dbapi_conn.execute(f"PRAGMA page_size = {cipher.PAGE_SIZE}"),
    )
    sa.event.listen(engine, "connect", database._configure)
    sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _databases(workdir: Path) -> dict[str, Any]:
    from fieldkit import districts
    from fieldkit.accounts import Credentials
    from fieldkit.storage import migrate
    from fieldkit.storage.database import Database
    from fieldkit.storage.keyfile import Unlocked
    from fieldkit.workspace import open_database

    encrypted = open_database(
        workdir / "encrypted.db", Credentials("bench", "benchmark passphrase")
    )
    path = workdir / "plain.db"
    plain = Database(
        path=path, engine=_plain_engine(path), lock=None, unlocked=Unlocked("bench", b"\0" * 32)
    )
    migrate.upgrade(plain, None)
    districts.ensure(plain)
    plain.device_id = encrypted.device_id
    return {"encrypted": encrypted, "plaintext": plain}


def _timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def run(records: int, workdir: Path) -> list[Result]:
    from fieldkit import check, demo, query
    from fieldkit.sync.workbook import export_workbook

    n = int(os.environ.get("BENCH_ENCRYPTION_RECORDS", "10000"))
    dbs = _databases(workdir)
    steps: list[tuple[str, Callable[[Any], Any], str]] = [
        (f"demo fill, {n} records", lambda db: demo.fill(db, n, seed=11), "validated writes"),
        (
            "full export (workbook)",
            lambda db: export_workbook(db, workdir / f"{db.path.stem}.xlsx", kind="bench"),
            "every record read",
        ),
        (
            "search 'məmmədov', 20 pages of 50",
            lambda db: [
                query.search(db, "person", query.Filter(text="məmmədov"), limit=50, offset=50 * i)
                for i in range(20)
            ],
            "indexed search, paged",
        ),
        (
            "full scan of the revision table",
            lambda db: db.connect().exec_driver_sql("SELECT * FROM revision").fetchall(),
            "raw SQL, every page decrypted",
        ),
        ("check (integrity + every history)", lambda db: check.run(db), "reads everything"),
    ]
    out = []
    try:
        for i, (name, work, note) in enumerate(steps):
            # Reads: the best of three, the two sides taking turns, so neither gains
            # from the other's warm cache; the fill (a write) runs once per side.
            seconds = {label: float("inf") for label in dbs}
            for turn in range(1 if i == 0 else 3):
                for label in sorted(dbs, reverse=bool(turn % 2)):
                    db = dbs[label]
                    took = _timed(lambda db=db, work=work: work(db))  # type: ignore[misc]
                    seconds[label] = min(seconds[label], took)
            out.append(
                Result(
                    f"encrypted: {name}",
                    seconds["encrypted"],
                    "the same on a plaintext database",
                    seconds["plaintext"],
                    None,
                    note,
                )
            )
    finally:
        for db in dbs.values():
            db.close()
    return out
