"""Export profiles: what a workbook carries, for whom.

* ``full`` — for HQ: every record of every person whose consent covers HQ
  (:func:`for_hq`). People whose consent covers only recording here, and what
  refers to them, stay on this laptop: kept, listed, reported, edited, never in
  an export for HQ. :data:`FULL` carries everything, for HQ's own copies (a
  merge's master file).
* ``pseudonymised`` — for a partner or donor, named as the recipient: derived
  from each field's ``personal=`` declaration (:mod:`.pseudonymise`), people
  whose consent covers partners only, k-anonymity over the quasi-identifiers
  (:mod:`fieldkit.anonymity`), reported on the about sheet. Such a workbook is
  refused by every import: it can never pass for a full one.
* ``assignment`` — HQ → field: the reference data of one district and the
  families assigned there, for a laptop to import.

A profile is plain data the writer consults: which record types, which rows,
how a row is changed on its way out (or left out), and what the about sheet
says of it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from fieldkit import anonymity, consent, records
from fieldkit.declare import RecordType
from fieldkit.storage.database import Database
from fieldkit.sync.workbook.pseudonymise import Pseudonymiser, recipient_key

IMPORTABLE = ("full", "assignment")
# (type, row as the writer reads it: id, version, created, updated, device,
# deleted, then the content) -> the row to write, or None to leave it out
Transform = Callable[[RecordType, Sequence[Any]], Sequence[Any] | None]


@dataclass(frozen=True)
class Profile:
    name: str
    types: tuple[str, ...] | None = None  # None: every record type
    rows: Callable[[RecordType], sa.ColumnElement[bool] | None] | None = None
    transform: Transform | None = None
    district: str | None = None
    recipient: str | None = None
    anonymous: bool = False  # the about sheet names no laptop and no volunteer
    about: Callable[[], list[tuple[str, Any]]] | None = None  # more rows for the about sheet

    def includes(self, rtype: RecordType) -> bool:
        return self.types is None or rtype.name in self.types


FULL = Profile("full")


def for_hq() -> Profile:
    """The full export for HQ: everyone whose consent covers sharing with HQ."""
    return Profile("full", rows=lambda rtype: consent.clause(rtype, consent.HQ))


def _secret(db: Database) -> bytes:
    key = db.setting("pseudonym_key")
    if key is None:
        key = secrets.token_hex(32)
        db.set_setting("pseudonym_key", key)
    return bytes.fromhex(key)


def pseudonymised(db: Database, recipient: str, k: int = anonymity.DEFAULT_K) -> Profile:
    """The export for *recipient* (a partner or donor), k-anonymous over the
    quasi-identifiers of every record type about a person."""
    if k < 2:
        raise ValueError(
            f"k is the least number of people sharing a combination: 2 or more, not {k}"
        )
    maker = Pseudonymiser(recipient_key(_secret(db), recipient), k)
    with db.connect() as conn:
        maker.prepare(conn)
    return Profile(
        "pseudonymised",
        rows=maker.rows,
        transform=maker.row,
        recipient=" ".join(recipient.split()),
        anonymous=True,
        about=maker.about,
    )


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
