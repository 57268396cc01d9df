"""Schema only through Alembic: upgrades keep data, models and migrations agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from fieldkit import query, store
from fieldkit.storage import migrate
from fieldkit.storage.database import Database, make_engine
from fieldkit.workspace import open_database
from tests.databases import connect as connect_db
from tests.databases import unlocked
from tests.factories import Factory


def at_revision(path: Path, revision: str) -> Database:
    """A database created at an older schema revision, as an old fieldkit left it."""
    key = unlocked(path)
    db = Database(path=path, engine=make_engine(path, key.key), lock=None, unlocked=key)
    migrate.upgrade(db, None, target=revision)
    return db


def downgraded(db: Database, revision: str) -> None:
    """Take a database filled by today's code back to an older schema (Alembic's
    downgrades), as an older fieldkit would have left it."""
    from alembic import command

    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    db.engine.dispose()


@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning"
)
def test_models_and_migrations_do_not_drift(db: Database) -> None:
    # The lists' sort indexes are not on the models (SQLAlchemy cannot reflect an
    # expression index on SQLite, so Alembic cannot compare them): they are held to
    # the declarations by tests/core/test_sort_indexes.py instead.
    sorting = {ix.name for ix in query.sort_indexes()}

    def compared(name: str | None, kind: str, _parent: object) -> bool:
        return not (kind == "index" and name in sorting)

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": compared}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_upgrading_an_old_database_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = at_revision(path, "head")
    from fieldkit import districts

    districts.ensure(old)
    old.device_id = "11111111-1111-1111-1111-111111111111"
    made = Factory(old)
    visit = made.create("home_visit")
    session = made.create("awareness_session")
    store.update(old, "person", made.person_id(), {"household_size": 7})
    downgraded(old, "0001")
    assert connect_db(path).execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0001",
    )

    with open_database(path) as db:
        assert connect_db(path).execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head(),
        )
        # Child rows survive the rebuild of their parent tables (foreign keys were off).
        assert store.get(db, "home_visit", visit["id"])["person_id"] == made.person_id()
        assert store.get(db, "awareness_session", session["id"])["girls"] == 12
        assert store.get(db, "person", made.person_id())["household_size"] == 7
        assert [h.version for h in store.history(db, "person", made.person_id())] == [1, 2]
        assert query.count(db, "district") == 78
        with db.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # The new constraint is live.
        with pytest.raises(Exception, match="CHECK constraint failed"), db.transaction() as conn:
            conn.exec_driver_sql("UPDATE person SET version = 0")
    backups = list((tmp_path / "backups").glob("old-*-before-*.db"))
    assert len(backups) == 1
    copy = connect_db(backups[0], key_of=path)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT count(*) FROM home_visit").fetchone() == (1,)


def test_a_failed_upgrade_keeps_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    old = at_revision(path, "head")
    from fieldkit import districts

    districts.ensure(old)
    downgraded(old, "0001")
    key = unlocked(path)
    old = Database(path=path, engine=make_engine(path, key.key), lock=None, unlocked=key)
    # A dangling reference an old version let through: the upgrade must not hide it.
    with old.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(
            "INSERT INTO village (id, version, created_at, updated_at, device_id, deleted, search_key, name, district)"
            " VALUES ('v1', 1, '2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:00.000000Z', 'd', 0, '', 'X', 'AZ-NOPE')"
        )
    old.engine.dispose()
    with pytest.raises(Exception, match="would break 1 references"):
        open_database(path)
    assert connect_db(path).execute("SELECT version_num FROM alembic_version").fetchone() == (
        "0001",
    )
    assert connect_db(path).execute("SELECT name FROM village").fetchall() == [("X",)]


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    """Opening a database at the head does not import Alembic: the head it
    compares with is read from the scripts' text, and must be Alembic's."""
    assert migrate.head_from_files() == migrate.head()
