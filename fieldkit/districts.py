"""The 78 ISO 3166-2:AZ subdivisions, shipped with their Azerbaijani names.

Every laptop seeds the same rows: the id is derived from the ISO code, and the
metadata is fixed, so the seeded revisions are identical everywhere and never
show up as conflicts.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

if TYPE_CHECKING:
    from fieldkit.storage.database import Database

NAMESPACE = uuid.UUID("5b0f0a2c-6f0e-4c52-9a51-3d0c1f7a2b11")
SHIPPED_DEVICE = "00000000-0000-0000-0000-000000000000"
SHIPPED_AT = datetime(2024, 1, 1, tzinfo=UTC)
SEEDED_SETTING = "districts_seeded"  # the pycountry version whose districts are all here
_KINDS = {
    "Rayon": "rayon",
    "Municipality": "municipality",
    "Autonomous republic": "autonomous_republic",
}


def district_id(code: str) -> str:
    return str(uuid.uuid5(NAMESPACE, code))


def shipped() -> list[dict[str, Any]]:
    """The districts as pycountry knows them, sorted by code."""
    import pycountry

    # pycountry annotates Database.get but not the Subdivisions override called here.
    found = pycountry.subdivisions.get(country_code="AZ")  # type: ignore[no-untyped-call]
    rows = []
    for sub in sorted(found, key=lambda s: s.code):
        # Some sources spell schwa with the look-alike U+01DD; use the real letter.
        name = sub.name.replace("ǝ", "ə").replace("Ǝ", "Ə")
        rows.append(
            {
                "code": sub.code,
                "name": name,
                "kind": _KINDS.get(sub.type, None),
                "parent_code": sub.parent_code,
            }
        )
    return rows


def _source_version() -> str | None:
    """The installed pycountry's version: the shipped list changes only with it."""
    from importlib import metadata

    try:
        return metadata.version("pycountry")
    except metadata.PackageNotFoundError:  # a frozen build without its metadata
        return None


def ensure(db: Database) -> int:
    """Insert any shipped district missing from the database; returns how many.

    Every start opens the database through here, and pycountry's list takes a
    seventh of a second to load: once a database holds this pycountry's
    districts (a setting says so), it is not looked at again."""
    from fieldkit import store
    from fieldkit.records import District

    version = _source_version()
    if version is not None and db.setting(SEEDED_SETTING) == version:
        return 0
    table = District.__table__  # type: ignore[attr-defined]
    with db.transaction() as conn:
        present = set(conn.execute(sa.select(table.c.code)).scalars())
        missing = [d for d in shipped() if d["code"] not in present]
        if missing:
            store.bulk_create(
                db,
                "district",
                missing,
                device_id=SHIPPED_DEVICE,
                when=SHIPPED_AT,
                ids=[district_id(d["code"]) for d in missing],
                conn=conn,
                shipped=True,
            )
    if version is not None:
        db.set_setting(SEEDED_SETTING, version)
    return len(missing)
