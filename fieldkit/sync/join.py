"""Joining HQ (docs/trust.md, "Joining HQ"): a laptop's first step.

HQ writes its join bundle (``fieldkit hq join-bundle``, an ``hq-join`` bundle:
its key in the signed manifest, the reference data, the keys it revoked) and
reads its key fingerprint out to the volunteer. The laptop (:func:`join`)
verifies the bundle, compares the fingerprint the person was told with the key
that signed it, records HQ (:func:`fieldkit.sync.keys.join`) and imports the
reference data as any bundle is imported — signed by the HQ now joined, so its
kind's rules hold from the first file on — learning HQ's revocations with it.
A wrong fingerprint changes nothing; an import that fails takes the join back.

HQ's recovery key: HQ records its recovery public key once
(:func:`record_recovery_key`, ``fieldkit hq recovery-key``); every join bundle it
writes from then on carries it in ``recovery.json``, covered by the signature.
A laptop that joins seals its database key to it
(:func:`fieldkit.accounts.add_recovery`, once the import of the bundle is
applied, as for any join bundle of the HQ joined), so HQ can set a forgotten
passphrase; joining again (or importing) a bundle carrying a new key replaces
the old one, and a bundle carrying none leaves the laptop's as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit import accounts
from fieldkit.storage.database import Database
from fieldkit.sync import bundle, keys, kinds, transfer
from fieldkit.sync.bundle import BundleError
from fieldkit.sync.workbook import ImportResult


class JoinRefused(BundleError):
    """The join was refused; nothing was changed. One line, naming the file."""


@dataclass(frozen=True)
class Offer:
    """The HQ a join bundle offers, for a person to compare before joining."""

    file: str
    device_id: str
    name: str
    public_key: str
    fingerprint: str
    revoked: int  # how many keys it says HQ revoked
    again: bool  # this laptop joined this HQ already (its reference data refreshed)
    recovery: str | None = None  # HQ's recovery public key (base64), if the bundle has one

    @property
    def recovery_fingerprint(self) -> str | None:
        return bundle.fingerprint(self.recovery) if self.recovery else None


@dataclass(frozen=True)
class Joined:
    hq: Offer
    result: ImportResult
    learned: int  # revoked keys newly learned
    recovery_added: bool = False  # the database key newly sealed to HQ's recovery key


def offer(db: Database, path: Path | str) -> Offer:
    """Verify the join bundle at *path* and say which HQ it offers; nothing is written."""
    path = Path(path)
    opened = bundle.read(path)  # signature, manifest, checksums, limits
    kind = opened.manifest["kind"]
    if kind != kinds.HQ_JOIN:
        raise JoinRefused(
            f"{path.name} is not HQ's join bundle (it is a {kind} bundle): "
            "ask HQ for its join bundle (fieldkit hq join-bundle)"
        )
    kinds.check_content(path.name, opened)
    key, sender = opened.sender_key, opened.sender
    fp = bundle.fingerprint(key)
    if key in keys.revoked(db):
        raise JoinRefused(f"{path.name} is signed by the key {fp}, revoked here: refused")
    if key == _own_key(db) or sender["device_id"] == db.device_id:
        raise JoinRefused(f"{path.name} was written by this laptop: a laptop cannot join itself")
    current = keys.hq(db)
    if current is not None and current.public_key != key:
        raise JoinRefused(
            f"{path.name} is from another HQ ({sender['name'] or sender['device_id']}, {fp}) "
            f"than the one this laptop joined ({current.name}, {current.fingerprint}); "
            "a laptop answers to one HQ: to move to the other, export your records for "
            f"{current.name}, then join the other HQ with a new database (--db NEW.db)"
        )
    members = opened.members.get(kinds.REVOKED_MEMBER, b"[]")
    revoked = kinds.parse_revoked(f"{path.name}/{kinds.REVOKED_MEMBER}", members)
    recovery = opened.members.get(kinds.RECOVERY_MEMBER)
    return Offer(
        path.name,
        sender["device_id"],
        sender["name"],
        key,
        fp,
        len(revoked),
        current is not None,
        None
        if recovery is None
        else kinds.parse_recovery(f"{path.name}/{kinds.RECOVERY_MEMBER}", recovery),
    )


def _own_key(db: Database) -> str | None:
    """This laptop's public key, if it has one yet (asking must not make one:
    a refused join leaves the database as it was)."""
    private = db.setting("signing_key")
    return bundle.public_key(private) if private else None


def join(db: Database, path: Path | str, fingerprint: str) -> Joined:
    """Join the HQ whose join bundle is at *path*, if *fingerprint* (as the person
    typed what HQ read out) is its key's; import its reference data."""
    path = Path(path)
    hq = offer(db, path)
    if not keys.same_fingerprint(fingerprint, hq.fingerprint):
        raise JoinRefused(
            f"{hq.file} is signed by the key {hq.fingerprint}, not the {fingerprint.strip()!r} "
            "given: compare it with the fingerprint HQ reads out; nothing was changed"
        )
    before = len(keys.revoked(db))
    had = accounts.recovery_public_keys(db.path)
    if not hq.again:
        keys.join(db, hq.device_id, hq.name, hq.public_key)
    try:
        result = transfer.import_files(db, [path])
    except BaseException:
        if not hq.again:
            keys.forget_hq(db)
        raise
    if not result.applied:
        if not hq.again:
            keys.forget_hq(db)
        return Joined(hq, result, len(keys.revoked(db)) - before)
    # The import sealed the data's key to HQ's recovery key, as it does for every
    # join bundle of the HQ joined (transfer.import_files).
    added = hq.recovery is not None and hq.recovery not in had
    return Joined(hq, result, len(keys.revoked(db)) - before, added)


def record_recovery_key(db: Database, public_key: str) -> str:
    """At HQ: record HQ's recovery *public_key* (base64), carried by every join
    bundle written from now on; its fingerprint. Refused on a laptop that joined HQ."""
    hq = keys.hq(db)
    if hq is not None:
        raise JoinRefused(
            f"this laptop joined HQ {hq.name} ({hq.fingerprint}): HQ's recovery key is "
            "recorded at HQ, and comes to this laptop in HQ's join bundle"
        )
    public = accounts.recovery_public(public_key)
    db.set_setting(kinds.RECOVERY_SETTING, public)
    return bundle.fingerprint(public)


def recorded_recovery_key(db: Database) -> str | None:
    """The recovery public key HQ's join bundles carry, if HQ recorded one."""
    return db.setting(kinds.RECOVERY_SETTING) or None
