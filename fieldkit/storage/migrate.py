"""Schema changes, only through Alembic; a backup before any upgrade."""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.storage import paths
from fieldkit.storage.backups import backup
from fieldkit.storage.database import NewerDatabase, StorageError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from fieldkit.storage.database import Database

# Alembic is imported only to change a schema (or to name a revision it has to
# look up): every start opens a database already at the head, and importing
# Alembic and loading its scripts for that took a fifth of a second.


def alembic_config() -> Config:
    """Built in code: the app must not depend on an ini file or reset logging."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def head_from_files() -> str | None:
    """The head revision as the migration scripts state it (``revision`` and
    ``down_revision``, read as text, not run); None when that is not plain (a
    merge, no scripts in a frozen build), and then Alembic is asked."""
    named: set[str] = set()
    below: set[str] = set()
    for file in sorted((paths.migrations_dir() / "versions").glob("*.py")):
        found: dict[str, object] = {}
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            target: ast.expr
            if isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                found[target.id] = value.value
        revision, down = found.get("revision"), found.get("down_revision", ...)
        if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
            return None
        named.add(revision)
        if down is not None:
            below.add(down)
    heads = named - below
    return heads.pop() if len(heads) == 1 else None


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
    if current is not None and current == head_from_files():
        return  # the usual case: no need for Alembic
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
    wanted = (head_from_files() or head()) if target == "head" else target
    if current != wanted:
        from alembic import command

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
