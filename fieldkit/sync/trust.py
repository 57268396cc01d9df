"""Who signed an exchange file, and which revisions it may bring (DESIGN.md, "Trust").

One path decides for bundles and workbooks alike (:func:`signer`): the key that
signed the file is checked against this machine's own key, the HQ it joined and
the senders it enrolled, before anything else of the file is believed.

Its *standing* then says what the file may add (:meth:`Signer.may_bring`):

* ``own`` — signed with this machine's key (its own export, corrected in a
  spreadsheet and brought back): everything it carries came from here.
* ``hq`` — signed by the HQ this laptop joined: HQ relays every device's revisions.
* ``enrolled`` — a sender enrolled here: its own revisions, and merges of
  revisions (checked by recomputing them, :func:`fieldkit.store.merge_of`).
* ``unknown`` — signed by a key nobody enrolled here, and ``unsigned`` — no
  signature (a plain workbook, or one from a fieldkit before signatures): only
  spreadsheet edits to records already known here, which become the importer's
  own revisions. ``legacy`` is an unsigned format-1 workbook accepted whole by
  an explicit choice (``--accept-unsigned``) while a fleet upgrades.

A revision the file may not bring is *withheld*: never its content, only its
address when a revision the file may bring descends from it (a stub). Decided by
keys and signatures alone, never by a date a file states.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldkit.revisions import MERGE_DEVICE
from fieldkit.storage.database import Database
from fieldkit.sync.bundle import BundleError, fingerprint

OWN, HQ, ENROLLED, UNKNOWN, UNSIGNED, LEGACY = (
    "own",
    "hq",
    "enrolled",
    "unknown",
    "unsigned",
    "legacy",
)
RELAYS = (OWN, HQ, LEGACY)  # standings whose files may carry any device's revisions


class Refused(BundleError):
    """A file whose signer is refused here (a revoked key, or a key that is not the
    one this device signs with): the message says which, in one line."""


class NotEnrolled(Refused):
    """The signer is unknown here: a person must compare the fingerprint and enrol it."""

    def __init__(self, message: str, device_id: str, name: str, fingerprint: str) -> None:
        super().__init__(message)
        self.device_id = device_id
        self.name = name
        self.fingerprint = fingerprint


def sign(private_b64: str, message: bytes) -> str:
    """An Ed25519 signature of *message*, base64."""
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return base64.b64encode(key.sign(message)).decode()


def verify(public_b64: object, signature_b64: object, message: bytes) -> bool:
    """Whether *signature_b64* is *public_b64*'s signature of *message*; False for
    anything malformed (never an exception: the values come from a file)."""
    try:
        if not isinstance(public_b64, str) or not isinstance(signature_b64, str):
            return False
        raw_key = base64.b64decode(public_b64, validate=True)
        raw_sig = base64.b64decode(signature_b64, validate=True)
        if len(raw_key) != 32 or len(raw_sig) != 64:
            return False
        # One spelling per value: base64 with other padding bits decodes alike.
        if base64.b64encode(raw_sig).decode() != signature_b64:
            return False
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_sig, message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class Signer:
    """Who signed a file, as this machine knows them."""

    standing: str
    device_id: str = ""
    name: str = ""
    public_key: str = ""
    fingerprint: str = ""

    @property
    def relays(self) -> bool:
        return self.standing in RELAYS

    @property
    def vouched(self) -> bool:
        """Whether the file may bring revisions at all (not only spreadsheet edits)."""
        return self.standing in (*RELAYS, ENROLLED)

    def may_bring(self, device_id: str, workbook_device: Callable[[str], str]) -> bool:
        """Whether a revision made by *device_id* is accepted from this file.

        *workbook_device* maps an exporting device to the device id that format 1
        gave edits made in its workbooks."""
        if self.relays:
            return True
        if self.standing != ENROLLED:
            return False
        return device_id in (self.device_id, MERGE_DEVICE, workbook_device(self.device_id))

    def describe(self) -> str:
        """How a person is told who signed the file."""
        who = self.name or self.device_id
        if self.standing == OWN:
            return "signed by this laptop"
        if self.standing == HQ:
            return f"signed by HQ ({self.fingerprint})"
        if self.standing == ENROLLED:
            return f"signed by {who} ({self.fingerprint})"
        if self.standing == UNKNOWN:
            return f"signed by {who}, not enrolled here ({self.fingerprint})"
        if self.standing == LEGACY:
            return "not signed (an older fieldkit); accepted whole as asked"
        return "not signed"


UNSIGNED_SIGNER = Signer(UNSIGNED)


def signer(
    db: Database,
    file: str,
    device_id: str,
    name: str,
    public_b64: str,
    may_enrol: Callable[[str], bool],
    *,
    strict: bool = False,
) -> Signer:
    """The standing of the key *public_b64* (its signature already verified),
    which a file named *file* says is device *device_id* called *name*.

    *may_enrol* says whether a person asked to enrol the sender whose key has
    that fingerprint (the sender is then ``enrolled``; :func:`fieldkit.sync.keys.enrol`
    records it once the import is applied). *strict*: an unknown signer is
    refused (:class:`NotEnrolled`) rather than given ``unknown`` standing.
    """
    from fieldkit.sync import keys

    # One spelling per key (base64 with other padding bits decodes to the same
    # bytes), so a revoked or enrolled key is recognised however it is written.
    public_b64 = base64.b64encode(base64.b64decode(public_b64)).decode()
    fp = fingerprint(public_b64)
    who = name or device_id
    revoked = keys.revoked(db)
    if public_b64 in revoked:
        raise Refused(
            f"{file} is signed by the key {fp}, revoked here on {revoked[public_b64][:10]}: "
            "files it signs are refused"
        )
    if public_b64 == keys.public_key(db):
        if device_id != db.device_id:
            raise Refused(f"{file} is signed with this laptop's key but names another device")
        return Signer(OWN, device_id, name, public_b64, fp)
    if device_id == db.device_id:
        raise Refused(
            f"{file}: bad signature — it names this laptop but is not signed with its key"
        )
    hq = keys.hq(db)
    if hq is not None and device_id == hq.device_id:
        if public_b64 != hq.public_key:
            raise Refused(f"{file}: bad signature — it names HQ but is not signed with HQ's key")
        return Signer(HQ, device_id, name or hq.name, public_b64, fp)
    known = keys.trusted(db)
    if device_id in known:
        if known[device_id] != public_b64:
            raise Refused(
                f"{file}: bad signature — signed by a key that is not the enrolled key of {who}"
            )
        return Signer(ENROLLED, device_id, name, public_b64, fp)
    if may_enrol(fp):
        return Signer(ENROLLED, device_id, name, public_b64, fp)
    if strict:
        raise NotEnrolled(
            f"{file} comes from {who}, who is not enrolled here; check the key fingerprint "
            f'{fp} with them and import again enrolling it (--enrol "{fp}" on the command line)',
            device_id,
            name,
            fp,
        )
    return Signer(UNKNOWN, device_id, name, public_b64, fp)
