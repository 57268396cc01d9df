"""This laptop's signing key and the senders it has enrolled.

Each laptop makes its own Ed25519 key the first time it needs one. HQ enrols a
volunteer's public key (compared by its fingerprint over the phone, or taken on
first use with an explicit ``--enrol``); from then on a bundle claiming to come
from that device must be signed with that key. Kept in the ``setting`` table:
``signing_key`` and one ``enrolled:<device id>`` entry per sender.
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
SETTINGS: sa.Table = Setting.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    name: str
    public_key: str
    enrolled_at: str

    @property
    def fingerprint(self) -> str:
        return bundle.fingerprint(self.public_key)


def private_key(db: Database) -> str:
    """This laptop's signing key, made on first use."""
    key = db.setting("signing_key")
    if key is None:
        key = bundle.new_private_key()
        db.set_setting("signing_key", key)
    return key


def public_key(db: Database) -> str:
    return bundle.public_key(private_key(db))


def enrol(db: Database, device_id: str, name: str, key: str) -> Enrolled:
    """Record *key* as the one device *device_id* signs with (replacing any other)."""
    entry = Enrolled(device_id, name, key, utc_text(utcnow()))
    db.set_setting(PREFIX + device_id, json.dumps(entry.__dict__, ensure_ascii=False))
    return entry


def enrolled(db: Database) -> list[Enrolled]:
    with db.connect() as conn:
        rows = conn.execute(
            sa.select(SETTINGS.c.value)
            .where(SETTINGS.c.key.startswith(PREFIX))
            .order_by(SETTINGS.c.key)
        ).scalars()
        return [Enrolled(**json.loads(v)) for v in rows]


def trusted(db: Database) -> dict[str, str]:
    """Device id → public key, for :func:`fieldkit.sync.bundle.read`."""
    return {e.device_id: e.public_key for e in enrolled(db)}
