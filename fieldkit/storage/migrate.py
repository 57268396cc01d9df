"""Schema changes, only through Alembic; a backup before any upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from fieldkit.storage import paths
from fieldkit.storage.backups import backup
from fieldkit.storage.database import NewerDatabase, StorageError

if TYPE_CHECKING:
    from fieldkit.storage.database import Database


def alembic_config() -> Config:
    """Built in code: the app must not depend on an ini file or reset logging."""
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    heads = script().get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def known(revision: str) -> bool:
    try:
        return script().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def refuse_unknown(path: Path, current: str | None) -> None:
    if current is not None and not known(current):
        raise NewerDatabase(
            f"{path} was made by a newer fieldkit (schema {current}); "
            f"this version knows up to {head()}: update fieldkit to open it"
        )


def upgrade(db: Database, current: str | None, target: str = "head") -> Path | None:
    """Bring the schema to *target*; returns the backup made first, if any.

    Foreign keys are off during the upgrade: Alembic's batch mode rebuilds
    tables, and with them on, dropping the old table would cascade-delete
    child rows. The whole upgrade is one transaction and must end with
    ``PRAGMA foreign_key_check`` empty, or nothing of it is kept.
    """
    copy = None
    wanted = head() if target == "head" else target
    if current != wanted:
        if current is not None:
            copy = backup(db.path, f"before-{wanted}", db.key)
        cfg = alembic_config()
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")  # only effective outside a transaction
            try:
                # Begun here, so Alembic joins it instead of committing on its own.
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, target)
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise StorageError(
                            f"upgrading {db.path} would break {len(problems)} references "
                            f"(first: {tuple(problems[0])}); nothing was changed"
                        )
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
    return copy
