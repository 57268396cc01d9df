"""Encryption at rest: what a person who takes the laptop finds, and how its owners get in.

Every database here is a real SQLCipher file; "what a thief sees" is read with
SQLite's own module and with the raw bytes, as they would.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from fieldkit import accounts, query, store
from fieldkit.accounts import Credentials
from fieldkit.storage import backups, cipher, keyfile, paths
from fieldkit.storage.database import NotADatabase
from fieldkit.workspace import open_database
from tests.conftest import PASSPHRASE
from tests.core.test_cli import fieldkit
from tests.factories import Factory

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-0001.db"
NAME_IN_FIXTURE = "Aynur Məmmədova"  # the volunteer of the released schema's fixture


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def every_byte_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_a_new_database_is_unreadable_without_the_key_and_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_ENV, str(data))
    with open_database(data / "fieldkit.db") as db:
        person = Factory(db).create("person", full_name="Gülnarə Hüseynova")
        key = db.key
        with db.connect() as conn:  # the WAL is there, encrypted too
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
    assert person["full_name"] == "Gülnarə Hüseynova"
    path = data / "fieldkit.db"
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM setting").fetchall()
    everything = every_byte_under(data)
    assert (
        "Hüseynova".encode() not in everything and "Hüseynova".encode("utf-16-le") not in everything
    )
    assert key not in everything and key.hex().encode() not in everything
    assert key.hex().upper().encode() not in everything
    assert mode(data) == 0o700
    assert mode(path) == 0o600 and mode(keyfile.path_for(path)) == 0o600


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(db_path: Path) -> None:
    before = db_path.read_bytes(), keyfile.path_for(db_path).read_bytes()
    with pytest.raises(accounts.WrongPassphrase, match=r"^wrong passphrase for '.+'$"):
        open_database(db_path, Credentials(None, "not the passphrase"))
    assert (db_path.read_bytes(), keyfile.path_for(db_path).read_bytes()) == before
    open_database(db_path).close()  # and the lock was let go


def test_an_encrypted_file_without_its_key_file_is_refused_untouched(db_path: Path) -> None:
    keyfile.path_for(db_path).unlink()
    before = db_path.read_bytes()
    with pytest.raises(NotADatabase, match="no key file beside it"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert not keyfile.path_for(db_path).exists()  # no new key was made for it


def test_a_plaintext_database_and_its_backups_are_encrypted_on_first_unlock(
    tmp_path: Path,
) -> None:
    path = tmp_path / "field.db"
    shutil.copyfile(FIXTURE, path)
    (tmp_path / "backups").mkdir()
    old_backup = tmp_path / "backups" / "field-20250101T000000000000Z-manual.db"
    shutil.copyfile(FIXTURE, old_backup)
    partial = tmp_path / "backups" / ".field-x.db.partial"
    shutil.copyfile(FIXTURE, partial)
    plain = sqlite3.connect(path)
    names = dict(plain.execute("SELECT id, full_name FROM person"))
    plain.close()
    assert NAME_IN_FIXTURE.encode() in path.read_bytes()

    with open_database(path, Credentials("Aynur", PASSPHRASE)) as db:
        assert db.account == "Aynur"
        assert {
            r["id"]: r["full_name"]
            for r in query.search(db, "person", query.Filter(include_deleted=True), limit=10_000)
        } == names
        key = db.key
    everything = every_byte_under(tmp_path)
    assert NAME_IN_FIXTURE.encode() not in everything
    for name in list(names.values())[:20]:
        assert name.encode() not in everything
    assert not partial.exists()
    assert not any(cipher.is_plaintext(p) for p in tmp_path.rglob("*.db"))
    # The old backup is kept, encrypted with the same key; the upgrade's own backup too.
    made = sorted((tmp_path / "backups").glob("field-*.db"))
    assert old_backup in made and len(made) == 2
    conn = cipher.connect(old_backup, key)
    assert dict(conn.execute("SELECT id, full_name FROM person")) == names
    conn.close()
    assert mode(old_backup) == 0o600 and mode(path) == 0o600
    with open_database(path, Credentials("Aynur", PASSPHRASE)) as again:  # and it opens again
        assert query.count(again, "person", query.Filter(include_deleted=True)) == len(names)


def test_every_account_unlocks_the_same_data_and_authors_its_revisions(db: Any) -> None:
    first = db.account
    accounts.add_account(db.path, db.unlocked, "Rəşad Əliyev", "his own passphrase")
    made = Factory(db).create("person", full_name="Nigar Quliyeva")
    path = db.path
    db.close()
    with pytest.raises(accounts.Locked, match="several accounts"):
        open_database(path)
    with open_database(path, Credentials("rəşad əliyev", "his own passphrase")) as his:
        assert his.account == "Rəşad Əliyev"
        store.update(his, "person", made["id"], {"phone": "+994 50 123 45 67"})
        authors = [h.author for h in store.history(his, "person", made["id"])]
    assert authors == [first, "Rəşad Əliyev"]
    with pytest.raises(accounts.WrongPassphrase):
        open_database(path, Credentials("Rəşad Əliyev", PASSPHRASE))
    assert sorted(accounts.names(path)) == sorted([first, "Rəşad Əliyev"])


def test_a_short_passphrase_or_a_second_account_of_one_name_is_refused(db: Any) -> None:
    with pytest.raises(keyfile.KeyFileError, match="at least 8 characters"):
        accounts.add_account(db.path, db.unlocked, "Elvin", "short")
    with pytest.raises(keyfile.KeyFileError, match="already an account"):
        accounts.add_account(db.path, db.unlocked, db.account.upper(), "long enough passphrase")


def test_hq_recovery_sets_a_new_passphrase_and_loses_nothing(db: Any) -> None:
    private, public = accounts.new_recovery_key()
    accounts.add_recovery(db.path, db.unlocked, public)
    made = Factory(db).create("person", full_name="Səbinə İsmayılova")
    path, name = db.path, db.account
    db.close()
    stored = json.loads(keyfile.path_for(path).read_text())
    assert [r["public_key"] for r in stored["recovery"]] == [public]
    assert private not in keyfile.path_for(path).read_text()

    _other_private, _ = accounts.new_recovery_key()
    with pytest.raises(keyfile.KeyFileError, match="no copy of the key for this recovery key"):
        accounts.recover(path, _other_private, name, "a brand new passphrase")
    accounts.recover(path, private, name, "a brand new passphrase")
    with pytest.raises(accounts.WrongPassphrase):
        open_database(path, Credentials(name, PASSPHRASE))
    with open_database(path, Credentials(name, "a brand new passphrase")) as again:
        assert store.get(again, "person", made["id"])["full_name"] == "Səbinə İsmayılova"


def test_backups_are_encrypted_with_the_database_key_and_restore(db: Any) -> None:
    Factory(db).create("person", full_name="Kamran Rzayev")
    saved = backups.backup(db.path, "manual", db.key)
    assert not cipher.is_plaintext(saved) and b"Rzayev" not in saved.read_bytes()
    assert mode(saved) == 0o600 and mode(saved.parent) == 0o700
    Factory(db).create("person", full_name="Later Person")
    path, unlocked = db.path, db.unlocked
    db.close()
    backups.restore(path, saved, unlocked.key)
    with open_database(path) as again:
        assert query.count(again, "person") == 1


def test_a_backup_made_with_another_key_is_refused(db: Any, template_db: Path) -> None:
    other = cipher.new_key()
    stranger = db.path.parent / "stranger.db"
    conn = cipher.connect(stranger, other)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabase, match="cannot be opened with this laptop's key"):
        backups.restore(db.path, stranger, db.key)


def run(*args: str, env: dict[str, str], stdin: Any = subprocess.DEVNULL) -> Any:
    return fieldkit(*args, env=env, stdin=stdin)


def test_the_cli_refuses_in_one_line_without_a_passphrase_and_no_terminal(db_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != accounts.PASSPHRASE_ENV}
    out = run("--db", str(db_path), "check", env=env)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "fieldkit: the data are locked and there is no terminal to ask for the passphrase: "
        "give --passphrase-file FILE or set FIELDKIT_PASSPHRASE_FILE"
    ]
    given = run(
        "--db",
        str(db_path),
        "--passphrase-file",
        os.environ[accounts.PASSPHRASE_ENV],
        "check",
        env=env,
    )
    assert given.returncode == 0, given.stderr


def test_recover_from_the_command_line_with_hq_key(db: Any, tmp_path: Path) -> None:
    env = dict(os.environ)
    hq_key = tmp_path / "hq-recovery.key"
    made = run("recovery-key", "new", str(hq_key), env=env)
    assert made.returncode == 0, made.stderr
    assert mode(hq_key) == 0o600
    public = made.stdout.strip().split()[-1]
    path = db.path
    db.close()
    added = run("--db", str(path), "account", "add-recovery", public, env=env)
    assert added.returncode == 0, added.stderr
    new = tmp_path / "new-passphrase.txt"
    new.write_text("remembered this time\n")
    forgot = {k: v for k, v in env.items() if k != accounts.PASSPHRASE_ENV}
    out = run(
        "--db",
        str(path),
        "recover",
        "--recovery-key",
        str(hq_key),
        "--new-passphrase-file",
        str(new),
        env=forgot,
    )
    assert out.returncode == 0, out.stderr
    assert "every record is kept" in out.stdout
    checked = run("--db", str(path), "--passphrase-file", str(new), "check", env=forgot)
    assert checked.returncode == 0 and "no problems found" in checked.stdout
    old = run("--db", str(path), "check", env=env)
    assert old.returncode == 2 and old.stderr.startswith("fieldkit: wrong passphrase for")


def test_a_migrated_plaintext_database_is_overwritten_in_place_not_only_freed(
    tmp_path: Path,
) -> None:
    """Second names (hard links) kept to the plaintext file and its WAL before the
    first unlock see their very blocks overwritten: the known names are gone from
    those inodes, while the encrypted database holds everything, the WAL's last
    write included. A plaintext backup is overwritten the same way."""
    path = tmp_path / "field.db"
    shutil.copyfile(FIXTURE, path)
    # A WAL still holding a write, as a laptop switched off mid-work leaves it.
    wal_name = "Xəyalə Nəbiyeva"
    staging = tmp_path / "staging"
    staging.mkdir()
    shutil.copyfile(FIXTURE, staging / "field.db")
    writer = sqlite3.connect(staging / "field.db")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO setting (key, value) VALUES ('probe', ?)", (wal_name,))
    writer.commit()
    shutil.copyfile(staging / "field.db", path)
    shutil.copyfile(staging / "field.db-wal", Path(f"{path}-wal"))
    writer.close()
    shutil.rmtree(staging)
    assert wal_name.encode() in Path(f"{path}-wal").read_bytes()
    backup_file = tmp_path / "backups" / "field-20250101T000000000000Z-manual.db"
    backup_file.parent.mkdir()
    shutil.copyfile(FIXTURE, backup_file)

    kept = tmp_path / "kept"
    kept.mkdir()
    os.link(path, kept / "db")
    os.link(f"{path}-wal", kept / "wal")
    os.link(backup_file, kept / "backup")
    sizes = {p.name: p.stat().st_size for p in kept.iterdir()}

    with open_database(path, Credentials("Aynur", PASSPHRASE)) as db:
        assert db.setting("probe") == wal_name  # nothing of the WAL was lost
    for linked in kept.iterdir():  # the same inodes, the same length: zeros now
        data = linked.read_bytes()
        assert len(data) == sizes[linked.name], linked.name
        assert NAME_IN_FIXTURE.encode() not in data and wal_name.encode() not in data
        assert data == bytes(len(data)), linked.name
    everything = every_byte_under(tmp_path)
    assert NAME_IN_FIXTURE.encode() not in everything and wal_name.encode() not in everything
    assert not [p.name for p in tmp_path.rglob(f"*{cipher.SIDE_SUFFIX}")]


def test_a_crash_during_the_migration_leaves_no_plaintext_name_behind(tmp_path: Path) -> None:
    """The second name encrypt_plaintext gives the plaintext file, left by a crash:
    removed at the next open, overwritten when it no longer names the database
    (the encrypted copy was in place), only unlinked while it still does."""
    path = tmp_path / "field.db"
    shutil.copyfile(FIXTURE, path)
    side = tmp_path / f".field.db{cipher.SIDE_SUFFIX}"
    os.link(path, side)  # killed before the encrypted copy was in place
    with open_database(path, Credentials("Aynur", PASSPHRASE)) as db:
        assert query.count(db, "person", query.Filter(include_deleted=True)) > 0
    assert not side.exists()
    # Killed after it: the old plaintext under the second name, the database encrypted.
    shutil.copyfile(FIXTURE, side)
    kept = tmp_path / "kept"
    os.link(side, kept)
    with open_database(path, Credentials("Aynur", PASSPHRASE)):
        pass
    assert not side.exists() and kept.read_bytes() == bytes(kept.stat().st_size)
