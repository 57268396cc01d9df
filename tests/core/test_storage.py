"""Opening databases: pragmas, one writer, refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldkit.storage import paths
from fieldkit.storage.database import DatabaseLocked, NewerDatabase, NotADatabase, StorageError
from fieldkit.workspace import open_database
from tests.databases import connect as connect_db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_protect_the_data(db: Any) -> None:
    with db.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_second_process_is_refused_clearly(db: Any, db_path: Path) -> None:
    code = (
        "import sys; from fieldkit.workspace import open_database; from fieldkit.storage.database import DatabaseLocked\n"
        "try:\n    open_database(sys.argv[1])\nexcept DatabaseLocked as e:\n    print(e); sys.exit(3)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True)
    assert out.returncode == 3, out.stderr
    assert "already open in another fieldkit" in out.stdout
    with pytest.raises(DatabaseLocked):  # and a second open in the same process too
        open_database(db_path)


def test_the_lock_is_released_on_close(db_path: Path) -> None:
    open_database(db_path).close()
    open_database(db_path).close()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    fake = tmp_path / "notes.db"
    fake.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    before = digest(fake)
    with pytest.raises(NotADatabase, match="not a fieldkit database"):
        open_database(fake)
    assert digest(fake) == before


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(NotADatabase, match="not a fieldkit database"):
        open_database(other)
    assert digest(other) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_a_database_from_a_newer_fieldkit_is_refused_untouched(db_path: Path) -> None:
    conn = connect_db(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerDatabase, match="newer fieldkit"):
        open_database(db_path)
    assert digest(db_path) == before


def test_default_location_comes_from_env_or_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "x.db"))
    assert paths.default_db() == tmp_path / "x.db"
    monkeypatch.delenv(paths.DB_ENV)
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    from platformdirs import user_data_path

    assert paths.default_db() == user_data_path("fieldkit", appauthor=False) / "fieldkit.db"


def test_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot create the folder"):
        open_database(blocker / "sub" / "f.db")
    with pytest.raises(StorageError, match="is a folder"):
        open_database(tmp_path)
