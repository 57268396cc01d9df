"""Databases made now have 16 KiB pages (a full scan decrypts a quarter as many);
one made before, with SQLCipher's 4 KiB, still opens, and its backups keep its size."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldkit import store
from fieldkit.storage import backups, cipher, keyfile
from fieldkit.workspace import open_database
from tests.factories import Factory


def page_size(path: Path, key: bytes) -> int:
    conn = cipher.connect(path, key)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def as_made_before(db_path: Path, key: bytes, target: Path) -> Path:
    """The same database as the release before 16 KiB pages wrote it: SQLCipher 4's
    defaults (4 KiB), the same key, the same key file beside it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlcipher3.connect(str(db_path))
    conn.execute(f'PRAGMA key = "{cipher.raw_key(key)}"')
    conn.execute(f"PRAGMA cipher_page_size = {cipher.PAGE_SIZE}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute("ATTACH DATABASE ? AS old KEY ?", (str(target), cipher.raw_key(key)))
    conn.execute(f"PRAGMA old.cipher_page_size = {cipher.LEGACY_PAGE_SIZE}")
    conn.execute("SELECT sqlcipher_export('old')")
    conn.execute(f"PRAGMA old.user_version = {version}")
    conn.execute("DETACH DATABASE old")
    conn.close()
    shutil.copyfile(keyfile.path_for(db_path), keyfile.path_for(target))
    return target


def test_new_databases_have_16_kib_pages_and_old_ones_still_open(
    db: Any, make: Factory, tmp_path: Path
) -> None:
    family = make.create("person", full_name="Gülnarə Həsənova")
    assert page_size(db.path, db.key) == cipher.PAGE_SIZE == 16384
    key = db.key
    db.close()
    old = as_made_before(db.path, key, tmp_path / "old" / "fieldkit.db")
    assert page_size(old, key) == cipher.LEGACY_PAGE_SIZE

    with open_database(old) as opened:  # the key file's passphrase, the old page size
        found = store.get(opened, "person", family["id"])
        assert found is not None and found["full_name"] == "Gülnarə Həsənova"
        Factory(opened).create("person", full_name="Rəşad Quliyev")  # and it takes writes
        copy = backups.backup(opened.path, "manual", opened.key)
    assert page_size(old, key) == cipher.LEGACY_PAGE_SIZE  # never rewritten behind the user
    assert page_size(copy, key) == cipher.LEGACY_PAGE_SIZE
    kept = backups.restore(old, copy, key)
    assert page_size(kept, key) == cipher.LEGACY_PAGE_SIZE
    with open_database(old) as restored:
        found = store.get(restored, "person", family["id"])
        assert found is not None and found["full_name"] == "Gülnarə Həsənova"


def test_a_database_whose_last_page_a_full_disk_cut_short_still_opens(
    db: Any, make: Factory
) -> None:
    """A checkpoint on a full disk can leave the file's last page half written (a
    write that got only part of it out): the file is then no multiple of 16 KiB.
    Its size alone once decided "4 KiB pages", and the whole database was refused
    as made on another laptop; both sizes are tried now, and nothing is lost."""
    family = make.create("person", full_name="Gülnarə Həsənova")
    path = db.path
    db.close()
    with path.open("ab") as fh:
        fh.write(b"\0" * 4096)  # a quarter of a 16 KiB page
    assert path.stat().st_size % cipher.PAGE_SIZE
    with open_database(path) as opened:
        found = store.get(opened, "person", family["id"])
        assert found is not None and found["full_name"] == "Gülnarə Həsənova"
