"""Accounts on a shared laptop: who unlocks the database, and HQ's way back in.

Each person has an account: a name and a passphrase that unwraps the
database's key (:mod:`fieldkit.storage.keyfile`). The first unlock of a laptop
creates its first account (and encrypts a database from before encryption);
further accounts are added by someone already unlocked, since only they hold
the key to wrap. The unlocked account's name is the author of every revision
saved until the database is closed or locked.

HQ's recovery key: HQ keeps an X25519 private key; the laptop keeps the
database key sealed to its public key (:func:`add_recovery`: done when the
laptop joins HQ, with the key HQ's signed join bundle carries, or by hand with
``fieldkit account add-recovery``). With the private key :func:`recover` sets a
new passphrase; nothing is lost.

Passphrases for commands come from a prompt, ``--passphrase-file`` or
``FIELDKIT_PASSPHRASE_FILE`` (:func:`from_environment`; tests and CI).
"""

from __future__ import annotations

import base64
import binascii
import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fieldkit.storage import cipher, keyfile
from fieldkit.storage.database import StorageError
from fieldkit.storage.keyfile import KeyFile, KeyFileError, Refused, Unlocked, WrongPassphrase

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE_FILE"
ACCOUNT_ENV = "FIELDKIT_ACCOUNT"

__all__ = ["Credentials", "KeyFileError", "Locked", "Refused", "Unlocked", "WrongPassphrase"]


class Locked(StorageError):
    """No passphrase was given where one is needed."""


@dataclass(frozen=True)
class Credentials:
    """What a person types: an account (None: the only one, or a new one) and a passphrase."""

    account: str | None
    passphrase: str = field(repr=False)


def names(db_path: Path) -> list[str]:
    """The accounts of the database at *db_path* (empty: the first unlock creates one)."""
    keys = KeyFile.load(db_path)
    return keys.names() if keys is not None else []


def default_name() -> str:
    """The name of a first account nobody named: the computer login."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account): still a name
        return "fieldkit"


def read_passphrase_file(path: Path | str) -> str:
    """The file's first line (its line ending dropped): the passphrase."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise Locked(f"cannot read the passphrase file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise Locked(f"the passphrase file {path} is not UTF-8 text") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise Locked(f"the passphrase file {path} is empty")
    return lines[0]


def from_environment() -> Credentials:
    """Credentials from ``FIELDKIT_PASSPHRASE_FILE`` (and ``FIELDKIT_ACCOUNT``), or refuse."""
    file = os.environ.get(PASSPHRASE_ENV)
    if not file:
        raise Locked(
            "the data are locked: give the passphrase (at the prompt, with "
            f"--passphrase-file FILE or ${PASSPHRASE_ENV})"
        )
    return Credentials(os.environ.get(ACCOUNT_ENV) or None, read_passphrase_file(file))


def unlock(db_path: Path, access: Credentials | Unlocked | None, *, may_create: bool) -> Unlocked:
    """The database key for *access*; on a laptop without accounts (*may_create*), the
    first account is made with a new random key and the key file written."""
    if isinstance(access, Unlocked):
        return access
    if access is None:
        access = from_environment()
    keys = KeyFile.load(db_path)
    if keys is None or not keys.accounts:
        if not may_create:
            raise KeyFileError(f"{keyfile.path_for(db_path)} holds no account to unlock with")
        keys = keys or KeyFile.new(db_path)
        key = cipher.new_key()
        name = keys.wrap(access.account or default_name(), access.passphrase, key)
        keys.save()
        return Unlocked(account=name, key=key)
    if access.account is not None:
        return keys.unwrap(access.account, access.passphrase)
    if len(keys.accounts) > 1:
        raise Locked(f"this laptop has several accounts ({', '.join(keys.names())}): say which one")
    return keys.unwrap(next(iter(keys.accounts)), access.passphrase)


def _keys(db_path: Path) -> KeyFile:
    keys = KeyFile.load(db_path)
    if keys is None:
        raise KeyFileError(f"{db_path} has no key file beside it")
    return keys


def add_account(db_path: Path, unlocked: Unlocked, name: str, passphrase: str) -> str:
    """A new account for another person on this laptop, by someone already unlocked."""
    keys = _keys(db_path)
    existing = keys.find(name)
    if existing is not None:
        raise keyfile.Refused(f"there is already an account {existing!r}", "exists", name=existing)
    added = keys.wrap(name, passphrase, unlocked.key)
    keys.save()
    return added


def change_passphrase(db_path: Path, unlocked: Unlocked, passphrase: str) -> None:
    keys = _keys(db_path)
    keys.wrap(unlocked.account, passphrase, unlocked.key)
    keys.save()


def remove_account(db_path: Path, name: str) -> None:
    keys = _keys(db_path)
    keys.remove(name)
    keys.save()


# --- HQ's recovery key -------------------------------------------------------


def new_recovery_key() -> tuple[str, str]:
    """A new HQ recovery key pair: (private, public), each base64 text."""
    private = X25519PrivateKey.generate()
    return (
        base64.b64encode(private.private_bytes_raw()).decode("ascii"),
        base64.b64encode(private.public_key().public_bytes_raw()).decode("ascii"),
    )


def _raw(text: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise KeyFileError(f"that is not a fieldkit {what} (32 bytes in base64)")
    return raw


def recovery_public(text: str) -> str:
    """*text* as a recovery public key (base64 of 32 bytes), or a one-line refusal."""
    return base64.b64encode(_raw(text, "recovery public key")).decode("ascii")


HQ_JOIN = "hq-join"  # a recovery key that came signed in HQ's join bundle


def add_recovery(
    db_path: Path, unlocked: Unlocked, public_key: str, *, from_join: bool = False
) -> bool:
    """Seal the database key to HQ's recovery *public_key* (base64), so HQ can
    let a person back in; whether it was not sealed to that key already.

    *from_join*: the key came in HQ's join bundle (:func:`fieldkit.sync.join.join`);
    it replaces the one an earlier join bundle brought, so a laptop follows HQ
    when HQ changes its recovery key. Keys added by hand stay.
    """
    keys = _keys(db_path)
    public = recovery_public(public_key)
    new = all(r.get("public_key") != public for r in keys.recovery)
    keys.seal(
        X25519PublicKey.from_public_bytes(base64.b64decode(public)),
        unlocked.key,
        origin=HQ_JOIN if from_join else None,
    )
    keys.save()
    return new


@dataclass(frozen=True)
class RecoveryKey:
    """A recovery public key this laptop's database key is sealed to."""

    public_key: str
    from_join: bool  # it came in HQ's join bundle (else added by hand)


def recovery_keys(db_path: Path) -> list[RecoveryKey]:
    keys = KeyFile.load(db_path)
    if keys is None:
        return []
    return [
        RecoveryKey(str(r["public_key"]), r.get("origin") == HQ_JOIN)
        for r in keys.recovery
        if isinstance(r, dict) and isinstance(r.get("public_key"), str)
    ]


def recovery_public_keys(db_path: Path) -> list[str]:
    return [r.public_key for r in recovery_keys(db_path)]


def recover(db_path: Path, private_key: str, name: str, passphrase: str) -> Unlocked:
    """With HQ's recovery *private_key* (base64), give account *name* (new or
    existing) the new *passphrase*. The database key is unchanged: nothing is lost."""
    keys = _keys(db_path)
    private = X25519PrivateKey.from_private_bytes(_raw(private_key, "recovery private key"))
    key = keys.unseal(private)
    stored = keys.wrap(name, passphrase, key)
    keys.save()
    return Unlocked(account=stored, key=key)
