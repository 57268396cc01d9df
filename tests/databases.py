"""Copying test databases: an encrypted database travels with its key file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any


def copy_db(source: Path, target: Path) -> Path:
    """A copy of a database with its key file (without it the copy cannot be opened)."""
    from fieldkit.storage import keyfile

    shutil.copyfile(source, target)
    shutil.copyfile(keyfile.path_for(source), keyfile.path_for(target))
    return target


def unlocked(path: Path) -> Any:
    """The key of a test database (made on first use), unlocked with the suite's passphrase."""
    from fieldkit import accounts

    return accounts.unlock(path, None, may_create=True)


def connect(path: Path, key_of: Path | None = None) -> Any:
    """A raw connection to a test database as SQLite's own module gives one, for
    looking at or damaging it behind the app: decrypted with its key, or with the
    key of the database *key_of* (a backup); a plaintext file is opened as it is."""
    from fieldkit.storage import cipher, keyfile

    if Path(path).exists() and cipher.is_plaintext(path):
        return cipher.connect(path, None)
    owner = key_of or path
    if not keyfile.path_for(owner).exists():
        raise FileNotFoundError(f"{owner} has no key file: it cannot be opened")
    return cipher.connect(path, unlocked(owner).key)


def own_device(path: Path) -> Path:
    """Make the database at *path* (a copy of another) a device of its own: a new
    device id and, made on first use, its own signing key. Copies of one
    database are otherwise one laptop, the same id and the same key."""
    import uuid

    conn = connect(path)
    conn.execute("UPDATE setting SET value = ? WHERE key = 'device_id'", (str(uuid.uuid4()),))
    conn.execute("DELETE FROM setting WHERE key = 'signing_key'")
    conn.commit()
    conn.close()
    return path


def enrol_each_other(*machines: Any) -> None:
    """Enrol every one of *machines* (open databases, each its own device) at every
    other, as HQ enrols each laptop: each then accepts the others' own revisions."""
    from fieldkit.sync import keys

    for receiver in machines:
        for sender in machines:
            if sender is not receiver:
                name = sender.setting("device_name") or sender.device_id
                keys.enrol(receiver, sender.device_id, name, keys.public_key(sender))


def machines(template: Path, folder: Path, names: tuple[str, ...]) -> dict[str, Any]:
    """Copies of *template*, each its own device (:func:`own_device`), open and
    enrolled at each other (:func:`enrol_each_other`): name -> database. The
    caller closes them."""
    from fieldkit.workspace import open_database

    opened = {}
    for name in names:
        (folder / name).mkdir()
        path = own_device(copy_db(template, folder / name / "f.db"))
        opened[name] = open_database(path)
    enrol_each_other(*opened.values())
    return opened
