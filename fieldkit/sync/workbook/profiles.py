"""Export profiles: what a workbook carries, for whom.

* ``full`` — every record, for HQ (the default).
* ``pseudonymised`` — for donors and partners: names become stable pseudonyms
  (the same person gets the same pseudonym in every export of this database),
  phones and free-text notes are removed; districts, dates and counts stay.
  Such a workbook is refused by every import: it can never pass for a full one.
* ``assignment`` — HQ → field: the reference data of one district and the
  families assigned there, for a laptop to import.

A profile is plain data the writer consults: which record types, which rows,
and how a row's content is changed on its way out.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from fieldkit import records
from fieldkit.declare import Kind, RecordType
from fieldkit.storage.database import Database

IMPORTABLE = ("full", "assignment")
Transform = Callable[
    [RecordType, str, list[Any]], list[Any]
]  # (type, record id, content) -> content


@dataclass(frozen=True)
class Profile:
    name: str
    types: tuple[str, ...] | None = None  # None: every record type
    rows: Callable[[RecordType], sa.ColumnElement[bool] | None] | None = None
    transform: Transform | None = None
    district: str | None = None

    def includes(self, rtype: RecordType) -> bool:
        return self.types is None or rtype.name in self.types


FULL = Profile("full")

# Fields that name or reach a person, by record type; everything else stays.
NAMES = {"person": ("full_name",), "staff": ("full_name",)}
REMOVED_KINDS = (Kind.PHONE, Kind.NOTE)


def _secret(db: Database) -> bytes:
    key = db.setting("pseudonym_key")
    if key is None:
        key = secrets.token_hex(32)
        db.set_setting("pseudonym_key", key)
    return bytes.fromhex(key)


def pseudonymised(db: Database) -> Profile:
    secret = _secret(db)

    def transform(rtype: RecordType, record_id: str, content: list[Any]) -> list[Any]:
        out = list(content)
        for i, spec in enumerate(rtype.fields):
            if spec.name in NAMES.get(rtype.name, ()):
                digest = (
                    hmac.new(secret, record_id.encode(), hashlib.sha256).hexdigest()[:8].upper()
                )
                out[i] = f"{'P' if rtype.name == 'person' else 'S'}-{digest}"
            elif spec.kind in REMOVED_KINDS or spec.name == "hazard_location":
                out[i] = None
        return out

    return Profile("pseudonymised", transform=transform)


def assignment(district: str) -> Profile:
    """Reference data for *district* and the families assigned there."""

    def rows(rtype: RecordType) -> sa.ColumnElement[bool] | None:
        t = rtype.table
        if rtype.name == "district":
            return None  # all 78: the laptop's forms offer every district
        if rtype.name == "person":
            return t.c.district == district
        if rtype.name == "village":  # the district's, and any its families live in
            people = records.get("person").table
            lived = sa.select(people.c.village_id).where(people.c.district == district)
            return sa.or_(t.c.district == district, t.c.id.in_(lived))
        if rtype.name == "staff":
            return sa.or_(t.c.district == district, t.c.district.is_(None))
        return None

    return Profile(
        "assignment",
        types=("district", "village", "staff", "choice_item", "person"),
        rows=rows,
        district=district,
    )
