"""SQLCipher 4: the database file, its WAL and every backup encrypted with one random key.

The key is 256 random bits given to SQLCipher as a raw key (``PRAGMA key =
"x'…'"``), so opening a connection costs no key derivation: the slow step, scrypt
over a person's passphrase, happens once per unlock in
:mod:`fieldkit.storage.keyfile`, which keeps the key wrapped beside the
database. SQLCipher encrypts every page, the WAL's pages with the same key, and
its temporary files with a throw-away key; ``temp_store`` is kept in memory anyway.

A database from before encryption (SQLite's plain magic) is encrypted once with
:func:`encrypt_plaintext`: ``sqlcipher_export`` into a new file beside it, synced,
then renamed over it; the plaintext file and its WAL are then overwritten in
place and removed (:func:`discard`, best effort: see its note).

Page size: a database made now has 16 KiB pages (:data:`PAGE_SIZE`, SQLite's and
SQLCipher's page size alike); every page read is decrypted and its HMAC checked,
and a quarter as many pages cut what a full scan pays for that by about a half
(the same AES-256 and HMAC-SHA512, the same protection). The page size is not
written anywhere readable (the whole file is ciphertext), so a database made
before, with SQLCipher's default of 4 KiB (:data:`LEGACY_PAGE_SIZE`), is told
apart by trying: its first page authenticates under one size only.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import sqlcipher3
from sqlcipher3 import dbapi2

from fieldkit.storage.files import replace_durably

KEY_BYTES = 32
PAGE_SIZE = 16384  # databases made now (and backups of them)
LEGACY_PAGE_SIZE = 4096  # SQLCipher 4's default: databases made before 16 KiB pages
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


def connect(
    path: Path, key: bytes | None, *, readonly: bool = False, page_size: int | None = None
) -> Connection:
    """A DB-API connection to *path* opened with *key* (``None``: a plaintext file).

    Checked at once, so a wrong key is a ``DatabaseError`` ("file is not a
    database") here rather than at the first real query. *page_size*: the
    encrypted file's page size if known; else a new or empty file gets
    :data:`PAGE_SIZE` and an existing one the size it was made with.
    """
    sizes = [page_size] if page_size else _sizes_to_try(path)
    if key is None or len(sizes) == 1:
        return _connect(path, key, readonly, sizes[0])
    try:  # a database made now, or else one from before 16 KiB pages
        with _quiet():  # SQLCipher would log the expected failure to stderr
            return _connect(path, key, readonly, sizes[0])
    except DatabaseError:
        return _connect(path, key, readonly, sizes[1])


def _sizes_to_try(path: Path) -> list[int]:
    """The page sizes *path* can have, the likelier first. A new or empty file
    gets 16 KiB (the switch to WAL writes the first page to the file itself,
    never only to the log). A file that is no multiple of 16 KiB is likelier to
    have the legacy 4 KiB, but may be a 16 KiB database whose checkpoint a full
    disk cut short (a write that got only part of a page out): its pages are
    whole in the write-ahead log, so both sizes are tried, never one alone."""
    try:
        size = Path(path).stat().st_size
    except FileNotFoundError:
        size = 0
    if size == 0:
        return [PAGE_SIZE]
    if size % PAGE_SIZE:
        return [LEGACY_PAGE_SIZE, PAGE_SIZE]
    return [PAGE_SIZE, LEGACY_PAGE_SIZE]


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """SQLCipher's own log (process-wide) off for a moment, then as it was."""
    probe = sqlcipher3.connect(":memory:")
    try:
        level = str(probe.execute("PRAGMA cipher_log_level").fetchone()[0])
        probe.execute("PRAGMA cipher_log_level = NONE")
        try:
            yield
        finally:
            probe.execute(f"PRAGMA cipher_log_level = {level}")
    finally:
        probe.close()


def _connect(path: Path, key: bytes | None, readonly: bool, page_size: int) -> Connection:
    if readonly:
        conn = sqlcipher3.connect(
            f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    else:
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        if key is not None:
            conn.execute(f'PRAGMA key = "{raw_key(key)}"')
            conn.execute(f"PRAGMA cipher_page_size = {int(page_size)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return cast(Connection, conn)


def page_size_of(path: Path, key: bytes) -> int:
    """The page size of the encrypted database at *path* (:data:`PAGE_SIZE` for a new one)."""
    conn = connect(path, key, readonly=Path(path).exists() and Path(path).stat().st_size > 0)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def private_file(path: Path) -> None:
    """Readable by its owner only (0600); where modes mean nothing (Windows), nothing to do."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def encrypt_plaintext(path: Path, key: bytes) -> None:
    """Encrypt the plaintext database at *path* with *key*, replacing it atomically.

    The encrypted copy is written under a temporary name beside it, synced, and
    renamed over the original, so a crash leaves either the old file or the new
    one whole. The plaintext file and its WAL are each given a second name
    first (a hard link, :func:`_retiring`), so that once the encrypted copy is
    in place their content is still reachable to be overwritten in place
    (:func:`discard`) rather than only freed by the rename and by SQLite
    deleting the WAL.
    """
    path = Path(path)
    clear_leftovers(path)
    new = path.with_name(path.name + ".encrypting")
    new.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(new) + suffix).unlink(missing_ok=True)
    wal = Path(str(path) + "-wal")
    held = [side for side in (_retiring(path), _retiring(wal)) if side is not None]
    conn = sqlcipher3.connect(str(path))
    try:
        # The WAL folded into the file first (not truncated: its blocks are
        # overwritten below, through the second name).
        conn.execute("PRAGMA wal_checkpoint(FULL)")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(new), raw_key(key)))
        conn.execute(f"PRAGMA encrypted.cipher_page_size = {PAGE_SIZE}")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    except BaseException:
        conn.close()
        new.unlink(missing_ok=True)
        for side in held:
            side.unlink(missing_ok=True)  # second names of files still in use
        raise
    conn.close()  # SQLite folds the WAL into the file and deletes it (one name of two)
    private_file(new)
    Path(str(path) + "-shm").unlink(missing_ok=True)  # an index, no content
    replace_durably(new, path)
    discard(wal)  # if SQLite left it
    for side in held:
        discard(side)


SIDE_SUFFIX = ".retiring"


def _side(path: Path) -> Path:
    return path.with_name(f".{path.name}{SIDE_SUFFIX}")


def _retiring(path: Path) -> Path | None:
    """A second name (a hard link) for the plaintext file *path*, kept until its
    content has been overwritten; None where there is no file or no hard links
    (FAT, some network shares): there its blocks are only freed."""
    side = _side(path)
    try:
        os.link(path, side)
    except FileNotFoundError:
        return None
    except OSError:
        return None
    return side


def clear_leftovers(path: Path) -> None:
    """Second names :func:`encrypt_plaintext` gave the database at *path* and its
    WAL, left by a crash (:func:`discard_leftover`)."""
    for live in (Path(path), Path(str(path) + "-wal")):
        side = _side(live)
        if side.exists():
            discard_leftover(side)


def discard_leftover(side: Path) -> None:
    """A file a crash left behind: overwritten and removed (:func:`discard`), but
    only removed while it is the second name of a file still in use (a crash
    before the encrypted copy was in place: the plaintext is still the data)."""
    side = Path(side)
    name = side.name
    if name.startswith(".") and name.endswith(SIDE_SUFFIX):
        live = side.with_name(name[1 : -len(SIDE_SUFFIX)])
        try:
            if live.exists() and os.path.samefile(side, live):
                side.unlink(missing_ok=True)
                return
        except OSError:
            pass
    discard(side)


def discard(path: Path) -> None:
    """Remove a plaintext file for good, best effort: zeros over its whole
    length, written in place and synced, then the name removed.

    In place means over the same blocks on a disk that rewrites in place (a
    hard disk, ext4 or NTFS without snapshots). An SSD's controller and a
    copy-on-write file system (btrfs, ZFS, APFS) write the zeros elsewhere and
    may keep the old blocks until they are reused: no program can promise more
    there (docs/data-protection.md). A second name of the file (a hard link)
    sees the zeros too.
    """
    path = Path(path)
    try:
        with path.open("r+b") as fh:
            left = os.fstat(fh.fileno()).st_size
            zeros = bytes(min(left, 1 << 20))
            while left > 0:
                left -= fh.write(zeros[: min(left, len(zeros))])
            fh.flush()
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass  # read-only or vanished: removing it is still better than keeping it
    path.unlink(missing_ok=True)


def create_private(path: Path) -> None:
    """An empty file readable by its owner only, for SQLite to fill: its WAL and
    shared-memory files take the same mode."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
