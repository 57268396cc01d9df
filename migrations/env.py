"""Alembic environment for fieldkit (SQLite, batch mode).

The app passes its own connection in ``config.attributes["connection"]``
(fieldkit.storage.migrate). From the command line (``alembic revision --autogenerate``)
a database is given with ``-x db=PATH``; a scratch one is used otherwise.
"""

from __future__ import annotations

import tempfile
from logging.config import fileConfig
from pathlib import Path

from alembic import context
from sqlmodel import SQLModel

import fieldkit.records  # noqa: F401  (registers every table on the metadata)
from fieldkit.storage.database import make_engine

config = context.config
# Only configure logging from an ini file when there is one: otherwise this
# would reset the app's own logging every time the app upgrades a database.
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = SQLModel.metadata


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    db = context.get_x_argument(as_dictionary=True).get("db")
    path = Path(db) if db else Path(tempfile.mkdtemp()) / "scratch.db"
    engine = make_engine(path)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("fieldkit migrations run online only (SQLite batch mode)")
run_migrations_online()
