"""Bundles (``.fkb``): one file carrying workbooks safely on a USB stick or by e-mail.

A bundle is a zip holding ``manifest.json``, its Ed25519 signature
``manifest.sig`` and the payload: the member files under ``data/``, or one
encrypted ``payload.bin`` (AES-256-GCM, the manifest as associated data) whose
key is either derived from a password by scrypt, or agreed with a recipient's
X25519 public key (HQ's exchange key: an ephemeral X25519 key and HKDF-SHA256),
so that only the machine holding that private key opens it and no password has
to travel beside the stick. The manifest lists every member with its size
and SHA-256, so the signature covers every byte of the data.

Opening a bundle checks everything before anything is applied, and never reads
more than bounded amounts whatever the file claims (see :data:`LIMITS`). Each
refusal is a :class:`BundleError` with one clear sentence.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldkit.storage.files import atomic_write

FORMAT = "fieldkit-bundle"
FORMAT_VERSION = 1
KINDS = ("field-to-hq", "hq-to-field", "hq-join")  # docs/trust.md, "Bundle kinds"
# scrypt cost: about 0.1 s and 64 MB on a modest laptop; stored in the manifest
# so a later version can raise it and still open old bundles.
SCRYPT = {"n": 2**16, "r": 8, "p": 1}
# The only costs a reader derives with: the file must not choose how much memory
# and time opening it takes. A later version that raises the cost adds its set here.
ACCEPTED_SCRYPT: tuple[Mapping[str, int], ...] = (SCRYPT,)
SALT_BYTES, NONCE_BYTES = 16, 12
CREATED = "%Y-%m-%dT%H:%M:%SZ"
TEXT_MAX = 200  # any one string of the sender (device id, name)


@dataclass(frozen=True)
class Limits:
    # A 100,000-record workbook is about 15 MB: these leave room for years of data.
    bundle_bytes: int = 200 * 1024**2  # the file itself
    members: int = 64
    member_bytes: int = 200 * 1024**2  # any one member, uncompressed
    total_bytes: int = 256 * 1024**2  # all members, uncompressed
    manifest_bytes: int = 1024**2
    ratio: int = 200  # uncompressed / compressed: beyond this it is a zip bomb


LIMITS = Limits()


class BundleError(ValueError):
    """A bundle was refused; the message says why, in one sentence."""


class WrongPassword(BundleError):
    """The password does not open the bundle (or the encrypted part is damaged)."""


@dataclass(frozen=True)
class Opened:
    manifest: dict[str, Any]
    members: dict[str, bytes]  # name → content, every checksum verified
    sender_key: str  # base64 public key that signed it

    @property
    def sender(self) -> dict[str, Any]:
        return dict(self.manifest.get("sender", {}))


# --- keys -----------------------------------------------------------------------


def new_private_key() -> str:
    """A new Ed25519 key for this laptop, as base64 of its 32 raw bytes."""
    raw = Ed25519PrivateKey.generate().private_bytes_raw()
    return base64.b64encode(raw).decode()


def public_key(private_b64: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return base64.b64encode(key.public_key().public_bytes_raw()).decode()


def fingerprint(public_b64: str) -> str:
    """A short, readable form of a public key for a person to compare by phone."""
    digest = hashlib.sha256(base64.b64decode(public_b64)).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


# --- writing --------------------------------------------------------------------


def _derive(password: bytes, salt: bytes, params: Mapping[str, int]) -> bytes:
    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(
        password
    )


AGREED = "x25519-hkdf-sha256"  # the kdf of a bundle encrypted to a recipient's key
_AGREED_INFO = b"fieldkit-bundle/1 x25519"


def new_exchange_key() -> str:
    """A new X25519 private key (base64): what a bundle is encrypted to."""
    return base64.b64encode(X25519PrivateKey.generate().private_bytes_raw()).decode()


def exchange_public(private_b64: str) -> str:
    private = X25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def _agreed(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    """The payload key from an X25519 agreement, bound to both public keys."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_AGREED_INFO + ephemeral + recipient
    ).derive(shared)


def _inner_zip(members: Mapping[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _check_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or not name or name.startswith("/"):
        raise BundleError(f"member name {name!r} would escape the bundle folder")
    return name


def write(
    path: Path,
    members: Mapping[str, bytes],
    *,
    kind: str,
    sender: Mapping[str, Any],
    private_key: str,
    password: str | None = None,
    recipient: str | None = None,
) -> Path:
    """Write a signed bundle atomically: encrypted with *password*, or to the
    X25519 public key *recipient* (base64), or not at all."""
    if password and recipient:
        raise ValueError("a bundle is encrypted with a password or to a recipient, not both")
    if kind not in KINDS:
        raise ValueError(f"unknown bundle kind {kind!r}")
    for name in members:
        _check_name(name)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "sender": dict(sender),
        "public_key": public_key(private_key),
        "created": datetime.now(UTC).strftime(CREATED),
        "members": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in members.items()
        ],
        "encryption": None,
    }
    try:
        _check_manifest(manifest)  # never write what a reader refuses
    except _Malformed as exc:
        raise ValueError(f"cannot write this bundle: {exc}") from None
    payload: dict[str, bytes] = {}
    if password:
        salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
        manifest["encryption"] = {
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            **SCRYPT,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
        }
        body = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()
        key = _derive(password.encode(), salt, SCRYPT)
        payload["payload.bin"] = AESGCM(key).encrypt(nonce, _inner_zip(members), body)
    elif recipient:
        to = base64.b64decode(recipient, validate=True)
        ephemeral = X25519PrivateKey.generate()
        mine = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        nonce = os.urandom(NONCE_BYTES)
        manifest["encryption"] = {
            "cipher": "AES-256-GCM",
            "kdf": AGREED,
            "recipient": base64.b64encode(to).decode(),
            "ephemeral": base64.b64encode(mine).decode(),
            "nonce": base64.b64encode(nonce).decode(),
        }
        body = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()
        key = _agreed(ephemeral.exchange(X25519PublicKey.from_public_bytes(to)), mine, to)
        payload["payload.bin"] = AESGCM(key).encrypt(nonce, _inner_zip(members), body)
    else:
        body = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()
        payload = {f"data/{n}": d for n, d in members.items()}
    signer = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    signature = signer.sign(body)
    path = Path(path)
    with (
        atomic_write(path, prefix=".bundle-") as fh,
        zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        z.writestr("manifest.json", body)
        z.writestr("manifest.sig", base64.b64encode(signature))
        for name, data in payload.items():
            z.writestr(name, data)
    return path


# --- reading --------------------------------------------------------------------


def _read(z: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, what: str) -> bytes:
    """Read one member, never more than *cap* bytes whatever its header says."""
    if info.file_size > cap:
        raise BundleError(f"{what} claims {info.file_size:,} bytes, more than the {cap:,} allowed")
    if info.compress_size and info.file_size / info.compress_size > LIMITS.ratio:
        raise BundleError(
            f"{what} expands {info.file_size // info.compress_size}-fold: refused as a zip bomb"
        )
    out = bytearray()
    with z.open(info) as fh:
        while chunk := fh.read(1 << 20):
            out += chunk
            if len(out) > cap or len(out) > info.file_size:
                raise BundleError(
                    f"{what} holds more than its header declares: refused as a zip bomb"
                )
    return bytes(out)


def _open_zip(data: bytes | Path, what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BundleError(
            f"{what} is not a fieldkit bundle (damaged, truncated or not a zip file)"
        ) from None


def _members(z: zipfile.ZipFile, what: str) -> dict[str, zipfile.ZipInfo]:
    infos = z.infolist()
    if len(infos) > LIMITS.members:
        raise BundleError(
            f"{what} has {len(infos)} members, more than the {LIMITS.members} allowed"
        )
    total = sum(i.file_size for i in infos)
    if total > LIMITS.total_bytes:
        raise BundleError(
            f"{what} would unpack to {total:,} bytes, more than the {LIMITS.total_bytes:,} allowed"
        )
    found: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        _check_name(info.filename)
        if info.filename in found:
            raise BundleError(f"{what} holds {info.filename!r} twice")
        found[info.filename] = info
    return found


# What the zip and zlib modules raise for a damaged file (a flipped bit in a
# compressed member, a header that disagrees with the directory, a cut file).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)


SenderCheck = Callable[[Mapping[str, str], str], None]
ManifestCheck = Callable[[Mapping[str, Any]], None]


def read(
    path: Path,
    *,
    password: str | None = None,
    trusted: Mapping[str, str] | None = None,
    check_sender: SenderCheck | None = None,
    check_manifest: ManifestCheck | None = None,
    exchange_keys: Sequence[str] = (),
) -> Opened:
    """Open and verify a bundle; returns its members. Nothing is applied here.

    *trusted* maps enrolled device ids to their public keys: when given, the
    sender must be enrolled and the bundle signed with that key. *check_sender*
    is called with the sender and its base64 public key once the signature and
    the manifest check out, before any password is tried (key derivation costs
    memory and time: it is never spent on a sender who is refused anyway); it
    refuses by raising :class:`BundleError`. *check_manifest*, the same, is
    given the whole verified manifest (its kind, sender and key).
    *exchange_keys*: the X25519 private keys (base64) this machine holds, for a
    bundle encrypted to a recipient's key.
    """
    path = Path(path)
    try:
        return _verified(path, password, trusted, check_sender, check_manifest, exchange_keys)
    except _DAMAGED as exc:
        reason = (str(exc) or type(exc).__name__).splitlines()[0][:160]
        raise BundleError(f"{path.name} is damaged or truncated ({reason})") from None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class _Malformed(Exception):
    def __init__(self, field: str, wanted: str) -> None:
        super().__init__(f"{field} must be {wanted}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any, field: str, *, empty: bool = False, most: int = TEXT_MAX) -> str:
    if not isinstance(value, str) or (not value and not empty) or len(value) > most:
        raise _Malformed(field, f"{'' if empty else 'non-empty '}text of at most {most} characters")
    return value


def _b64(value: Any, field: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != size:
        raise _Malformed(field, f"base64 of {size} bytes")
    return raw


def _keys(value: Any, field: str, required: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Malformed(field, "an object")
    missing, unknown = required - set(value), set(value) - required
    if missing:
        raise _Malformed(f"{field}.{sorted(missing)[0]}", "present")
    if unknown:
        raise _Malformed(f"{field}.{_short(sorted(unknown)[0])}", "absent (not part of the format)")
    return value


MANIFEST_KEYS = {
    "format",
    "format_version",
    "kind",
    "sender",
    "public_key",
    "created",
    "members",
    "encryption",
}
ENCRYPTION_KEYS = {"cipher", "kdf", "n", "r", "p", "salt", "nonce"}
AGREED_KEYS = {"cipher", "kdf", "recipient", "ephemeral", "nonce"}


def _check_manifest(manifest: dict[str, Any]) -> None:
    """Every field of a (signed) manifest has the type and range the format gives it.

    Raises :class:`_Malformed` naming the first field that does not.
    """
    _keys(manifest, "manifest", MANIFEST_KEYS)
    if manifest["kind"] not in KINDS:
        raise _Malformed("kind", " or ".join(KINDS))
    sender = _keys(manifest["sender"], "sender", {"device_id", "name"})
    _text(sender["device_id"], "sender.device_id")
    _text(sender["name"], "sender.name", empty=True)
    _b64(manifest["public_key"], "public_key", 32)
    created = manifest["created"]
    try:
        datetime.strptime(created, CREATED)
    except (TypeError, ValueError):
        raise _Malformed("created", "a UTC time like 2025-06-30T14:05:00Z") from None
    members = manifest["members"]
    if not isinstance(members, list) or len(members) > LIMITS.members:
        raise _Malformed("members", f"a list of at most {LIMITS.members} members")
    names: set[str] = set()
    for i, member in enumerate(members):
        field = f"members[{i}]"
        _keys(member, field, {"name", "size", "sha256"})
        name = _text(member["name"], f"{field}.name", most=255)
        try:
            _check_name(name)
        except BundleError:
            raise _Malformed(f"{field}.name", "a relative file name inside the bundle") from None
        if name in names:
            raise _Malformed(f"{field}.name", "a name no other member has")
        names.add(name)
        size = member["size"]
        if not _is_int(size) or not 0 <= size <= LIMITS.member_bytes:
            raise _Malformed(f"{field}.size", f"a whole number from 0 to {LIMITS.member_bytes}")
        digest = member["sha256"]
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise _Malformed(f"{field}.sha256", "64 lowercase hex digits")
    enc = manifest["encryption"]
    if enc is None:
        return
    if isinstance(enc, dict) and enc.get("kdf") == AGREED:
        _keys(enc, "encryption", AGREED_KEYS)
        if enc["cipher"] != "AES-256-GCM":
            raise _Malformed("encryption", f"AES-256-GCM with scrypt or {AGREED}")
        _b64(enc["recipient"], "encryption.recipient", 32)
        _b64(enc["ephemeral"], "encryption.ephemeral", 32)
        _b64(enc["nonce"], "encryption.nonce", NONCE_BYTES)
        return
    _keys(enc, "encryption", ENCRYPTION_KEYS)
    if enc["cipher"] != "AES-256-GCM" or enc["kdf"] != "scrypt":
        raise _Malformed("encryption", f"AES-256-GCM with scrypt or {AGREED}")
    params = {k: enc[k] for k in ("n", "r", "p")}
    if not all(_is_int(v) for v in params.values()) or params not in ACCEPTED_SCRYPT:
        accepted = "; ".join(", ".join(f"{k}={v}" for k, v in a.items()) for a in ACCEPTED_SCRYPT)
        raise _Malformed("encryption n, r, p", f"a cost fieldkit writes ({accepted})")
    _b64(enc["salt"], "encryption.salt", SALT_BYTES)
    _b64(enc["nonce"], "encryption.nonce", NONCE_BYTES)


def _verified(
    path: Path,
    password: str | None,
    trusted: Mapping[str, str] | None,
    check_sender: SenderCheck | None,
    check_manifest: ManifestCheck | None = None,
    exchange_keys: Sequence[str] = (),
) -> Opened:
    what = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError(f"cannot read {what}: {exc.strerror}") from None
    if size > LIMITS.bundle_bytes:
        raise BundleError(
            f"{what} is {size:,} bytes, more than the {LIMITS.bundle_bytes:,} allowed"
        )
    z = _open_zip(path, what)
    infos = _members(z, what)
    if "manifest.json" not in infos or "manifest.sig" not in infos:
        raise BundleError(f"{what} is not a fieldkit bundle (no signed manifest)")
    body = _read(z, infos["manifest.json"], LIMITS.manifest_bytes, f"{what}: the manifest")
    try:
        manifest = json.loads(body)
    except (ValueError, RecursionError):
        manifest = None
    if not isinstance(manifest, dict):
        raise BundleError(f"{what}: the manifest is not valid JSON") from None
    if manifest.get("format") != FORMAT:
        raise BundleError(
            f"{what} is not a fieldkit bundle (format {_short(manifest.get('format'))})"
        )
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BundleError(
            f"{what}: the manifest is malformed (format_version must be a whole number from 1)"
        )
    if version > FORMAT_VERSION:
        raise BundleError(
            f"{what} was made by a newer fieldkit (bundle format {_short(version)}); update fieldkit to open it"
        )
    # The signature first: nothing else in the manifest is believed before it checks out.
    key_b64 = manifest.get("public_key")
    try:
        sig = base64.b64decode(
            _read(z, infos["manifest.sig"], 1024, f"{what}: the signature"), validate=True
        )
        if not isinstance(key_b64, str):
            raise TypeError
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key_b64, validate=True)).verify(
            sig, body
        )
    except (InvalidSignature, ValueError, TypeError):
        raise BundleError(
            f"{what}: bad signature — the bundle was altered after it was signed"
        ) from None
    try:
        _check_manifest(manifest)
    except _Malformed as exc:
        raise BundleError(f"{what}: the manifest is malformed ({exc})") from None
    sender: dict[str, str] = manifest["sender"]
    if trusted is not None:
        device = sender["device_id"]
        if device not in trusted:
            raise BundleError(f"{what} comes from device {device}, which is not enrolled here")
        if trusted[device] != key_b64:
            raise BundleError(
                f"{what}: bad signature — signed by a key that is not the enrolled key of device {device}"
            )
    if check_sender is not None:
        check_sender(dict(sender), key_b64)
    if check_manifest is not None:
        check_manifest(manifest)
    listed = {m["name"]: m for m in manifest["members"]}
    enc = manifest["encryption"]
    if enc is not None:
        agreed = enc["kdf"] == AGREED
        private = _exchange_key_for(enc, exchange_keys) if agreed else None
        if agreed and private is None:
            raise BundleError(
                f"{what} is encrypted to another machine's key "
                f"({fingerprint(enc['recipient'])}): only that machine (HQ) can open it"
            )
        if not agreed and not password:
            raise BundleError(f"{what} is encrypted: a password is needed")
        if "payload.bin" not in infos:
            raise BundleError(f"{what} is damaged: the encrypted payload is missing")
        extra = set(infos) - {"manifest.json", "manifest.sig", "payload.bin"}
        if extra:
            raise BundleError(
                f"{what} holds members its manifest does not list: {', '.join(sorted(extra))}"
            )
        blob = _read(z, infos["payload.bin"], LIMITS.total_bytes, f"{what}: the payload")
        if private is not None:
            ephemeral = base64.b64decode(enc["ephemeral"])
            recipient = base64.b64decode(enc["recipient"])
            try:
                shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
            except ValueError:  # a low-order point: no key can come of it
                raise BundleError(f"{what}: the encryption's ephemeral key is invalid") from None
            key = _agreed(shared, ephemeral, recipient)
        else:
            assert password
            params = {k: enc[k] for k in ("n", "r", "p")}
            key = _derive(password.encode(), base64.b64decode(enc["salt"]), params)
        try:
            inner = AESGCM(key).decrypt(base64.b64decode(enc["nonce"]), blob, body)
        except InvalidTag:
            if private is not None:
                raise BundleError(f"{what}: the encrypted payload is damaged") from None
            raise WrongPassword(f"{what}: wrong password, or the bundle is damaged") from None
        iz = _open_zip(inner, what)
        iinfos = _members(iz, what)
        content = {n: _read(iz, i, LIMITS.member_bytes, f"{what}: {n}") for n, i in iinfos.items()}
    else:
        extra = set(infos) - {"manifest.json", "manifest.sig"} - {f"data/{n}" for n in listed}
        if extra:
            raise BundleError(
                f"{what} holds members its manifest does not list: {', '.join(sorted(extra))}"
            )
        content = {}
        for name in listed:
            info = infos.get(f"data/{name}")
            if info is None:
                raise BundleError(f"{what} is truncated: {name} is missing")
            content[name] = _read(z, info, LIMITS.member_bytes, f"{what}: {name}")
    if set(content) != set(listed):
        raise BundleError(f"{what}: its members do not match its manifest")
    for name, blob in content.items():
        if (
            len(blob) != listed[name]["size"]
            or hashlib.sha256(blob).hexdigest() != listed[name]["sha256"]
        ):
            raise BundleError(f"{what}: checksum of {name} does not match — damaged or altered")
    return Opened(manifest=manifest, members=content, sender_key=key_b64)


def _exchange_key_for(enc: Mapping[str, Any], held: Sequence[str]) -> X25519PrivateKey | None:
    """The private key among *held* whose public key the bundle was encrypted to."""
    for private_b64 in held:
        if exchange_public(private_b64) == enc["recipient"]:
            return X25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return None
