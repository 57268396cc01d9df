"""The key file beside the database: its key, wrapped once per account and once for HQ.

``fieldkit.db`` is encrypted with a random 256-bit key (:mod:`.cipher`). That key
is never stored in the clear; ``fieldkit.db.keys`` (JSON, 0600, read before the
database can be opened) holds it *wrapped*:

- per account: AES-256-GCM under a key derived from the account's passphrase by
  scrypt (the bundles' fixed cost, about 0.1 s; the name is the associated data,
  so an entry cannot be moved to another name). Unlocking derives once.
- per HQ recovery key: a sealed box to HQ's X25519 public key (an ephemeral
  X25519 key, HKDF-SHA256, AES-256-GCM). Only HQ's private key opens it; with it
  a forgotten passphrase is replaced and nothing is lost. One that came in HQ's
  join bundle is marked ``"origin": "hq-join"`` (the next one replaces it).

Every rewrite is atomic (:func:`fieldkit.storage.files.replace_durably`), so a
crash leaves the old or the new file whole, never one without the key.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fieldkit.storage import cipher
from fieldkit.storage.database import StorageError
from fieldkit.storage.files import replace_durably

FORMAT = "fieldkit-keys"
VERSION = 1
SUFFIX = ".keys"
# The cost of every new wrap: fieldkit's fixed scrypt parameters (the same as
# the bundles'); stored with each wrap so that a later version can raise it.
SCRYPT: dict[str, int] = {"n": 2**16, "r": 8, "p": 1}
# A key file must not choose how much memory and time unlocking takes: at most
# 2**17 (128 MiB), r = 8, p = 1.
MAX_LOG2_N = 17
PASSPHRASE_MIN = 8
NAME_MAX = 100
RECOVERY_INFO = b"fieldkit-recovery-v1"


class KeyFileError(StorageError):
    """The key file is missing, damaged or refuses what was asked; one line."""


class WrongPassphrase(KeyFileError):
    pass


class Refused(KeyFileError):
    """A name or passphrase the account rules refuse; ``rule`` and ``limit`` let a
    screen say the same in its own language (the rules themselves live here only)."""

    def __init__(self, message: str, rule: str, limit: int = 0, name: str = "") -> None:
        super().__init__(message)
        self.rule = rule  # "short", "no-name", "long-name", "exists"
        self.limit = limit
        self.name = name


@dataclass(frozen=True)
class Unlocked:
    """A database key and the account that unlocked it (the author of every revision)."""

    account: str
    key: bytes = field(repr=False)


def path_for(db_path: Path) -> Path:
    return Path(str(Path(db_path).resolve()) + SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name:
        raise Refused("an account needs a name", "no-name")
    if len(name) > NAME_MAX:
        raise Refused(f"an account name is at most {NAME_MAX} characters", "long-name", NAME_MAX)
    return name


def _kek(passphrase: str, salt: bytes, cost: dict[str, int]) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=cost["n"], r=cost["r"], p=cost["p"]).derive(secret)


def _aad(name: str) -> bytes:
    return b"fieldkit-account:" + name.encode("utf-8")


@dataclass
class KeyFile:
    """The parsed key file: wrapped keys by account name, and the recovery wraps."""

    path: Path
    accounts: dict[str, dict[str, Any]]
    recovery: list[dict[str, str]]

    @classmethod
    def load(cls, db_path: Path) -> KeyFile | None:
        """The key file beside *db_path*, or None when there is none yet."""
        path = path_for(db_path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyFileError(f"cannot read the key file {path}: {exc.strerror}") from None
        try:
            data = json.loads(raw[: 1024**2])
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("not a fieldkit key file")
            accounts = data["accounts"]
            recovery = data["recovery"]
            if not isinstance(accounts, dict) or not isinstance(recovery, list):
                raise ValueError("damaged")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise KeyFileError(f"{path} is damaged or not a fieldkit key file") from None
        return cls(path=path, accounts=accounts, recovery=recovery)

    @classmethod
    def new(cls, db_path: Path) -> KeyFile:
        return cls(path=path_for(db_path), accounts={}, recovery=[])

    def names(self) -> list[str]:
        return sorted(self.accounts, key=str.casefold)

    def find(self, name: str) -> str | None:
        """The stored spelling of *name* (compared without case), or None."""
        wanted = clean_name(name).casefold()
        return next((n for n in self.accounts if n.casefold() == wanted), None)

    # --- wrapping ------------------------------------------------------------

    def wrap(self, name: str, passphrase: str, key: bytes) -> str:
        """Keep *key* for *name* under *passphrase* (replacing that account's wrap)."""
        name = clean_name(name)
        if len(passphrase) < PASSPHRASE_MIN:
            raise Refused(
                f"a passphrase needs at least {PASSPHRASE_MIN} characters", "short", PASSPHRASE_MIN
            )
        existing = self.find(name)
        if existing is not None:
            name = existing
        salt, nonce = os.urandom(16), os.urandom(12)
        cost = dict(SCRYPT)
        wrapped = AESGCM(_kek(passphrase, salt, cost)).encrypt(nonce, key, _aad(name))
        self.accounts[name] = {
            "kdf": "scrypt",
            **cost,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }
        return name

    def unwrap(self, name: str, passphrase: str) -> Unlocked:
        """The database key, if *passphrase* is *name*'s: one scrypt derivation."""
        stored = self.find(name)
        if stored is None:
            known = ", ".join(self.names()) or "none"
            raise KeyFileError(f"there is no account {name!r} on this laptop (accounts: {known})")
        entry = self.accounts[stored]
        try:
            cost = {k: int(entry[k]) for k in ("n", "r", "p")}
            if (
                entry.get("kdf") != "scrypt"
                or cost["r"] != 8
                or cost["p"] != 1
                or cost["n"] < 2
                or cost["n"] & (cost["n"] - 1)
                or cost["n"] > 2**MAX_LOG2_N
            ):
                raise ValueError("cost")
            salt, nonce, wrapped = (_unb64(entry[k]) for k in ("salt", "nonce", "wrapped"))
            kek = _kek(passphrase, salt, cost)
        except (ValueError, KeyError, TypeError):
            raise KeyFileError(f"{self.path}: the entry of {stored!r} is damaged") from None
        try:
            key = AESGCM(kek).decrypt(nonce, wrapped, _aad(stored))
        except InvalidTag:
            raise WrongPassphrase(f"wrong passphrase for {stored!r}") from None
        return Unlocked(account=stored, key=key)

    def remove(self, name: str) -> None:
        stored = self.find(name)
        if stored is None:
            raise KeyFileError(f"there is no account {name!r} on this laptop")
        if len(self.accounts) == 1 and not self.recovery:
            raise KeyFileError("the last account cannot be removed: nobody could unlock the data")
        del self.accounts[stored]

    def seal(self, public_key: X25519PublicKey, key: bytes, *, origin: str | None = None) -> None:
        """Keep *key* sealed to HQ's recovery *public_key* (once per public key).

        *origin* ``"hq-join"``: the key came signed in HQ's join bundle; it takes
        the place of the one an earlier join bundle brought (HQ changed its
        recovery key), while keys added by hand are kept.
        """
        raw_public = public_key.public_bytes_raw()
        self.recovery = [
            r
            for r in self.recovery
            if r.get("public_key") != _b64(raw_public)
            and (origin is None or r.get("origin") != origin)
        ]
        ephemeral = X25519PrivateKey.generate()
        eph_public = ephemeral.public_key().public_bytes_raw()
        box = _box_key(ephemeral.exchange(public_key), eph_public, raw_public)
        entry = {
            "public_key": _b64(raw_public),
            "ephemeral": _b64(eph_public),
            "wrapped": _b64(AESGCM(box).encrypt(bytes(12), key, RECOVERY_INFO)),
        }
        if origin is not None:
            entry["origin"] = origin
        self.recovery.append(entry)

    def unseal(self, private_key: X25519PrivateKey) -> bytes:
        """The database key, opened with HQ's recovery *private_key*."""
        raw_public = private_key.public_key().public_bytes_raw()
        entry = next((r for r in self.recovery if r.get("public_key") == _b64(raw_public)), None)
        if entry is None:
            raise KeyFileError(
                f"{self.path} holds no copy of the key for this recovery key "
                "(it was never added on this laptop, or HQ's later join bundle replaced it)"
            )
        try:
            eph_public = _unb64(entry["ephemeral"])
            box = _box_key(
                private_key.exchange(X25519PublicKey.from_public_bytes(eph_public)),
                eph_public,
                raw_public,
            )
            return AESGCM(box).decrypt(bytes(12), _unb64(entry["wrapped"]), RECOVERY_INFO)
        except (ValueError, KeyError, InvalidTag):
            raise KeyFileError(f"{self.path}: the recovery entry is damaged") from None

    # --- writing -------------------------------------------------------------

    def save(self) -> None:
        """Write atomically (synced, renamed, folder synced), readable by the owner only."""
        data = {
            "format": FORMAT,
            "version": VERSION,
            "accounts": self.accounts,
            "recovery": self.recovery,
        }
        fd, tmp = tempfile.mkstemp(prefix=".fieldkit-keys-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1, sort_keys=True)
            cipher.private_file(Path(tmp))
            replace_durably(Path(tmp), self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _box_key(shared: bytes, eph_public: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=RECOVERY_INFO + eph_public + recipient
    ).derive(shared)
