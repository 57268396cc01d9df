"""Bundles (``.fkb``): one file carrying workbooks safely on a USB stick or by e-mail.

A bundle is a zip holding ``manifest.json``, its Ed25519 signature
``manifest.sig`` and the payload: the member files under ``data/``, or, when a
password is given, one ``payload.bin`` (AES-256-GCM with a key derived by scrypt,
the manifest as associated data). The manifest lists every member with its size
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
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from fieldkit.storage.files import atomic_write

FORMAT = "fieldkit-bundle"
FORMAT_VERSION = 1
KINDS = ("field-to-hq", "hq-to-field")
# scrypt cost: about 0.1 s and 64 MB on a modest laptop; stored in the manifest
# so a later version can raise it and still open old bundles.
SCRYPT = {"n": 2**16, "r": 8, "p": 1}


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
) -> Path:
    """Write a signed (and optionally encrypted) bundle atomically."""
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
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "members": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in members.items()
        ],
        "encryption": None,
    }
    payload: dict[str, bytes] = {}
    if password:
        salt, nonce = os.urandom(16), os.urandom(12)
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


def read(
    path: Path,
    *,
    password: str | None = None,
    trusted: Mapping[str, str] | None = None,
) -> Opened:
    """Open and verify a bundle; returns its members. Nothing is applied here.

    *trusted* maps enrolled device ids to their public keys: when given, the
    sender must be enrolled and the bundle signed with that key.
    """
    path = Path(path)
    try:
        return _verified(path, password, trusted)
    except _DAMAGED as exc:
        reason = (str(exc) or type(exc).__name__).splitlines()[0][:160]
        raise BundleError(f"{path.name} is damaged or truncated ({reason})") from None


def _verified(path: Path, password: str | None, trusted: Mapping[str, str] | None) -> Opened:
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
    body = _read(z, infos["manifest.json"], LIMITS.manifest_bytes, "the manifest")
    try:
        manifest = json.loads(body)
        assert isinstance(manifest, dict)
    except (ValueError, AssertionError):
        raise BundleError(f"{what}: the manifest is not valid JSON") from None
    if manifest.get("format") != FORMAT:
        raise BundleError(f"{what} is not a fieldkit bundle (format {manifest.get('format')!r})")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BundleError(
            f"{what} was made by a newer fieldkit (bundle format {version}); update fieldkit to open it"
        )
    # The signature first: nothing else in the manifest is believed before it checks out.
    try:
        sig = base64.b64decode(
            _read(z, infos["manifest.sig"], 1024, "the signature"), validate=True
        )
        key_b64 = str(manifest["public_key"])
        Ed25519PublicKey.from_public_bytes(base64.b64decode(key_b64)).verify(sig, body)
    except (InvalidSignature, ValueError, KeyError, TypeError):
        raise BundleError(
            f"{what}: bad signature — the bundle was altered after it was signed"
        ) from None
    sender = manifest.get("sender") or {}
    if trusted is not None:
        device = str(sender.get("device_id"))
        if device not in trusted:
            raise BundleError(f"{what} comes from device {device}, which is not enrolled here")
        if trusted[device] != key_b64:
            raise BundleError(
                f"{what}: bad signature — signed by a key that is not the enrolled key of device {device}"
            )
    listed = {m["name"]: m for m in manifest.get("members", [])}
    enc = manifest.get("encryption")
    if enc:
        if not password:
            raise BundleError(f"{what} is encrypted: a password is needed")
        if "payload.bin" not in infos:
            raise BundleError(f"{what} is damaged: the encrypted payload is missing")
        blob = _read(z, infos["payload.bin"], LIMITS.total_bytes, "the payload")
        try:
            params = {k: int(enc[k]) for k in ("n", "r", "p")}
            if params["n"] > 2**20 or params["r"] > 16 or params["p"] > 4:
                raise BundleError(f"{what}: encryption parameters beyond sane limits")
            key = _derive(password.encode(), base64.b64decode(enc["salt"]), params)
            inner = AESGCM(key).decrypt(base64.b64decode(enc["nonce"]), blob, body)
        except InvalidTag:
            raise WrongPassword(f"{what}: wrong password, or the bundle is damaged") from None
        except (KeyError, ValueError, TypeError):
            raise BundleError(f"{what}: the encryption header is damaged") from None
        iz = _open_zip(inner, what)
        iinfos = _members(iz, what)
        content = {n: _read(iz, i, LIMITS.member_bytes, n) for n, i in iinfos.items()}
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
            content[name] = _read(z, info, LIMITS.member_bytes, name)
    if set(content) != set(listed):
        raise BundleError(f"{what}: its members do not match its manifest")
    for name, blob in content.items():
        if hashlib.sha256(blob).hexdigest() != listed[name].get("sha256"):
            raise BundleError(f"{what}: checksum of {name} does not match — damaged or altered")
    return Opened(manifest=manifest, members=content, sender_key=key_b64)
