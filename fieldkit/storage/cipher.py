"""SQLCipher 4: the database file, its WAL and every backup encrypted with one random key.

The key is 256 random bits given to SQLCipher as a raw key (``PRAGMA key =
"x'…'"``), so opening a connection costs no key derivation: the slow step, scrypt
over a person's passphrase, happens once per unlock in
:mod:`fieldkit.storage.keyfile`, which keeps the key wrapped beside the
database. SQLCipher encrypts every page, the WAL's pages with the same key, and
its temporary files with a throw-away key; ``temp_store`` is kept in memory anyway.

A database from before encryption (SQLite's plain magic) is encrypted once with
:func:`encrypt_plaintext`: ``sqlcipher_export`` into a new file beside it, synced,
then renamed over it.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path
from typing import cast

import sqlcipher3
from sqlcipher3 import dbapi2

from fieldkit.storage.files import replace_durably

KEY_BYTES = 32
SQLITE_MAGIC = b"SQLite format 3\x00"
Error = dbapi2.Error
DatabaseError = dbapi2.DatabaseError
Connection = sqlite3.Connection  # for the type checker: sqlcipher3's has the same API


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def raw_key(key: bytes) -> str:
    """The key as SQLCipher's raw-key literal (no passphrase derivation)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"x'{key.hex()}'"


def is_plaintext(path: Path) -> bool:
    """Whether the file starts with SQLite's own magic (an unencrypted database)."""
    with Path(path).open("rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def connect(path: Path, key: bytes | None, *, readonly: bool = False) -> Connection:
    """A DB-API connection to *path* opened with *key* (``None``: a plaintext file).

    Checked at once, so a wrong key is a ``DatabaseError`` ("file is not a
    database") here rather than at the first real query.
    """
    if readonly:
        conn = sqlcipher3.connect(
            f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    else:
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        if key is not None:
            conn.execute(f'PRAGMA key = "{raw_key(key)}"')
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return cast(Connection, conn)


def private_file(path: Path) -> None:
    """Readable by its owner only (0600); where modes mean nothing (Windows), nothing to do."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def encrypt_plaintext(path: Path, key: bytes) -> None:
    """Encrypt the plaintext database at *path* with *key*, replacing it atomically.

    Its WAL is folded into it first, so nothing is left behind in ``-wal``; the
    encrypted copy is written under a temporary name beside it, synced, and
    renamed over the original, so a crash leaves either the old file or the new
    one whole. (The old file's blocks are freed, not overwritten: on flash
    storage nothing can promise more.)
    """
    path = Path(path)
    new = path.with_name(path.name + ".encrypting")
    new.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(new) + suffix).unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(new), raw_key(key)))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    except BaseException:
        conn.close()
        new.unlink(missing_ok=True)
        raise
    conn.close()
    private_file(new)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    replace_durably(new, path)


def create_private(path: Path) -> None:
    """An empty file readable by its owner only, for SQLite to fill: its WAL and
    shared-memory files take the same mode."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
