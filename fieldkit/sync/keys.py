"""This laptop's signing key and the senders it has enrolled.

Each laptop makes its own Ed25519 key the first time it needs one. HQ enrols a
volunteer's public key (compared by its fingerprint over the phone, or taken on
first use with an explicit ``--enrol``); from then on a bundle claiming to come
from that device must be signed with that key. HQ can *revoke* a key (a stolen
laptop): files it signed are refused from then on, and it can never be enrolled
again; decided by the key, not by any date a file claims. Kept in the ``setting``
table: ``signing_key``, one ``enrolled:<device id>`` entry per sender and one
``revoked:<public key>`` entry per revoked key (apart from the enrolment, so that
enrolling another key for the device never drops a revocation).

A laptop *joins* one HQ (:func:`join`, the ``hq`` entry) and learns HQ's
revocations from the bundles HQ signs (:func:`learn_revoked`): a key revoked at
HQ is refused on the laptop from its next HQ bundle on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa

from fieldkit.records import Setting
from fieldkit.storage.database import Database
from fieldkit.storage.types import utc_text, utcnow
from fieldkit.sync import bundle

PREFIX = "enrolled:"
REVOKED = "revoked:"
HQ = "hq"  # the HQ this laptop joined: its device id, name and public key
EXCHANGE = "exchange_key"  # this machine's X25519 key, which bundles to it are encrypted to
HQ_EXCHANGE = "hq_exchange_key"  # the joined HQ's exchange public key (from its bundles)
SETTINGS: sa.Table = Setting.__table__  # type: ignore[attr-defined]


class KeyRefused(ValueError):
    """No such key, or a key that cannot be used: the message says which, in one line."""


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    name: str
    public_key: str
    enrolled_at: str
    revoked_at: str | None = None

    @property
    def fingerprint(self) -> str:
        return bundle.fingerprint(self.public_key)


def same_fingerprint(given: str, fp: str) -> bool:
    """*given* as a person types it (any case, spaces or none) is fingerprint *fp*."""

    def norm(text: str) -> str:
        return "".join(c for c in text.upper() if c.isalnum())

    return norm(given) == norm(fp)


def private_key(db: Database) -> str:
    """This laptop's signing key, made on first use."""
    key = db.setting("signing_key")
    if key is None:
        key = bundle.new_private_key()
        db.set_setting("signing_key", key)
    return key


def public_key(db: Database) -> str:
    return bundle.public_key(private_key(db))


def exchange_public(db: Database) -> str:
    """This machine's exchange public key (X25519, base64), made on first use: HQ's
    bundles carry it, and laptops encrypt their bundles for HQ to it."""
    key = db.setting(EXCHANGE)
    if key is None:
        key = bundle.new_exchange_key()
        db.set_setting(EXCHANGE, key)
    return bundle.exchange_public(key)


def exchange_keys(db: Database) -> list[str]:
    """The exchange private keys this machine holds (none made by asking)."""
    key = db.setting(EXCHANGE)
    return [key] if key else []


def hq_exchange(db: Database) -> str | None:
    """The exchange public key of the HQ this laptop joined, once one of HQ's
    bundles carried it: what an export for HQ is encrypted to."""
    return db.setting(HQ_EXCHANGE) if hq(db) is not None else None


def learn_hq_exchange(db: Database, public: str) -> bool:
    """Keep HQ's exchange public key (from a bundle signed by the HQ joined, the
    caller checked); True if it is new or changed."""
    if db.setting(HQ_EXCHANGE) == public:
        return False
    db.set_setting(HQ_EXCHANGE, public)
    return True


def enrol(db: Database, device_id: str, name: str, key: str) -> Enrolled:
    """Record *key* as the one device *device_id* signs with (replacing any other)."""
    if key in revoked(db):
        raise KeyRefused(
            f"the key {bundle.fingerprint(key)} was revoked here; it cannot be enrolled"
        )
    entry = Enrolled(device_id, name, key, utc_text(utcnow()))
    fields = {k: v for k, v in entry.__dict__.items() if k != "revoked_at"}
    db.set_setting(PREFIX + device_id, json.dumps(fields, ensure_ascii=False))
    return entry


def _entries(db: Database, prefix: str) -> list[dict[str, str]]:
    with db.connect() as conn:
        rows = conn.execute(
            sa.select(SETTINGS.c.value)
            .where(SETTINGS.c.key.startswith(prefix))
            .order_by(SETTINGS.c.key)
        ).scalars()
        return [json.loads(v) for v in rows]


def revoked(db: Database) -> dict[str, str]:
    """Revoked public key → when it was revoked here."""
    return {e["public_key"]: e["revoked_at"] for e in _entries(db, REVOKED)}


def enrolled(db: Database) -> list[Enrolled]:
    """Every sender enrolled here, revoked ones included (with ``revoked_at``)."""
    gone = revoked(db)
    out = []
    for e in _entries(db, PREFIX):
        fields = {k: e[k] for k in ("device_id", "name", "public_key", "enrolled_at")}
        out.append(Enrolled(**fields, revoked_at=gone.get(fields["public_key"])))
    return out


def trusted(db: Database) -> dict[str, str]:
    """Device id → public key of the senders enrolled and not revoked, for
    :func:`fieldkit.sync.bundle.read`."""
    return {e.device_id: e.public_key for e in enrolled(db) if e.revoked_at is None}


@dataclass(frozen=True)
class Revocation:
    """A revoked key as HQ's bundles list it (``revoked.json``)."""

    public_key: str
    device_id: str
    revoked_at: str


def revocations(db: Database) -> list[Revocation]:
    """Every key revoked here (by hand or learned from HQ), oldest key first."""
    return [
        Revocation(e["public_key"], e.get("device_id", ""), e["revoked_at"])
        for e in _entries(db, REVOKED)
    ]


def learn_revoked(db: Database, learned: list[Revocation]) -> int:
    """Revoke here the keys HQ revoked (its bundle's ``revoked.json``, its signature
    checked by the caller): files they sign are refused from now on. Keys revoked
    here already are left as they are. Returns how many were new, in one transaction."""
    known = revoked(db)
    new = {r.public_key: r for r in learned if r.public_key not in known}
    if not new:
        return 0
    with db.transaction() as conn:
        for key, r in new.items():
            record = {**r.__dict__, "learned_from": "hq"}
            conn.execute(SETTINGS.delete().where(SETTINGS.c.key == REVOKED + key))
            conn.execute(
                SETTINGS.insert().values(
                    key=REVOKED + key, value=json.dumps(record, ensure_ascii=False)
                )
            )
    return len(new)


def revoke(db: Database, fingerprint: str) -> Enrolled:
    """Revoke the enrolled key with this *fingerprint*: files it signs are refused
    from now on. Revoking a revoked key again changes nothing."""
    matches = [e for e in enrolled(db) if same_fingerprint(fingerprint, e.fingerprint)]
    if not matches:
        raise KeyRefused(f"no sender enrolled here has the key fingerprint {fingerprint}")
    entry = matches[0]
    if entry.revoked_at is not None:
        return entry
    at = utc_text(utcnow())
    record = {"public_key": entry.public_key, "device_id": entry.device_id, "revoked_at": at}
    db.set_setting(REVOKED + entry.public_key, json.dumps(record, ensure_ascii=False))
    return Enrolled(entry.device_id, entry.name, entry.public_key, entry.enrolled_at, at)


def hq(db: Database) -> Enrolled | None:
    """The HQ this laptop joined (:func:`join`), or None: HQ itself, or a laptop
    that has not joined yet."""
    raw = db.setting(HQ)
    if not raw:
        return None
    e = json.loads(raw)
    return Enrolled(e["device_id"], e["name"], e["public_key"], e["enrolled_at"])


def join(db: Database, device_id: str, name: str, key: str) -> Enrolled:
    """Record *key* as the key of the HQ this laptop answers to: from now on files
    signed by it relay every device's revisions here, and HQ → field bundles are
    accepted from it alone."""
    if key in revoked(db):
        raise KeyRefused(f"the key {bundle.fingerprint(key)} was revoked here; it cannot be HQ's")
    if device_id == db.device_id or key == public_key(db):
        raise KeyRefused("this is this laptop's own key: a laptop cannot join itself")
    entry = Enrolled(device_id, name, key, utc_text(utcnow()))
    fields = {k: v for k, v in entry.__dict__.items() if k != "revoked_at"}
    db.set_setting(HQ, json.dumps(fields, ensure_ascii=False))
    return entry


def forget_hq(db: Database) -> None:
    """Take back a :func:`join` whose reference data could not be imported."""
    with db.transaction() as conn:
        conn.execute(SETTINGS.delete().where(SETTINGS.c.key.in_((HQ, HQ_EXCHANGE))))
