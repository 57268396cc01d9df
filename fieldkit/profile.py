"""The volunteer's profile, and the staff member it makes them.

A home visit needs its visitor and a session its facilitator, both staff
members; on a fresh laptop, before any file from HQ, the only staff member who
can be known is the volunteer. So saving the profile keeps a Staff record for
them (created once, renamed with the profile), and forms take it, and the
profile's district, as the values a new record starts with.

The profile itself lives in the ``setting`` table; ``staff_id`` ties it to the
staff record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit import store
from fieldkit.records import Setting
from fieldkit.storage.database import Database

DEFAULT_ROLE = "volunteer"


def needs_first_run(db: Database) -> bool:
    return not db.setting("volunteer_name")


def save(db: Database, values: Mapping[str, str]) -> store.Change | None:
    """Write the profile; make the volunteer a staff member, or keep theirs current.

    Returns the change to the staff list (None if it is unchanged), for the
    writer to announce. A staff record deleted since, or one this laptop no
    longer has, is replaced by a new one rather than brought back.
    """
    staff_id = db.setting("staff_id")
    current = store.get(db, "staff", staff_id) if staff_id else None
    with db.transaction() as conn:
        name = (values.get("volunteer_name") or "").strip()
        change: store.Change | None = None
        if name and (current is None or current["deleted"]):
            created = store.create(
                db,
                "staff",
                {
                    "full_name": name,
                    "role": DEFAULT_ROLE,
                    "district": values.get("district") or None,
                },
                conn=conn,
            )
            staff_id = created["id"]
            change = store.Change("staff", "created", (staff_id,))
        elif name and current is not None and current["full_name"] != name:
            _saved, change = store.update(
                db, "staff", current["id"], {"full_name": name}, conn=conn
            )
        settings = dict(values) | ({"staff_id": staff_id} if staff_id else {})
        table = Setting.__table__  # type: ignore[attr-defined]
        conn.execute(table.delete().where(table.c.key.in_(list(settings))))
        conn.execute(table.insert(), [{"key": k, "value": v} for k, v in settings.items()])
    return change


def defaults(db: Database) -> dict[str, Any]:
    """What a new record's references start as: ``{"staff": id, "district": code}``
    for whichever of them the profile knows (and the staff member still exists)."""
    found: dict[str, Any] = {}
    staff_id = db.setting("staff_id")
    staff = store.get(db, "staff", staff_id) if staff_id else None
    if staff is not None and not staff["deleted"]:
        found["staff"] = staff_id
    district = db.setting("district")
    if district:
        found["district"] = district
    return found
