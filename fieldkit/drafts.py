"""Unsaved forms, kept in the ``draft`` table so a crash loses nothing.

A form writes its values here as the user types (``save``); saving or
cancelling the form removes the draft (``discard``). On start the app lists what
is left (``pending``) and offers it back. Values are stored as JSON text exactly
as the form holds them; they are validated only when the record is saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from fieldkit.records import Draft as DraftRow
from fieldkit.storage.database import Database
from fieldkit.storage.types import utcnow

TABLE: sa.Table = DraftRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Draft:
    key: str
    record_type: str
    record_id: str | None
    base_version: int | None
    values: dict[str, Any]
    saved_at: datetime


def key_for(record_type: str, record_id: str | None) -> str:
    """``new:person`` for a new record, ``edit:person:<id>`` for an edit."""
    return f"edit:{record_type}:{record_id}" if record_id else f"new:{record_type}"


def save(
    db: Database,
    record_type: str,
    values: dict[str, Any],
    *,
    record_id: str | None = None,
    base_version: int | None = None,
) -> str:
    """Store (or replace) the draft of one form; returns its key."""
    key = key_for(record_type, record_id)
    row = {
        "key": key,
        "record_type": record_type,
        "record_id": record_id,
        "base_version": base_version,
        "content": json.dumps(values, ensure_ascii=False, sort_keys=True, default=str),
        "saved_at": utcnow(),
    }
    with db.transaction() as conn:
        conn.execute(TABLE.delete().where(TABLE.c.key == key))
        conn.execute(TABLE.insert().values(row))
    return key


def discard(db: Database, key: str) -> None:
    with db.transaction() as conn:
        conn.execute(TABLE.delete().where(TABLE.c.key == key))


def pending(db: Database) -> list[Draft]:
    """Every draft left behind, oldest first."""
    with db.connect() as conn:
        rows = conn.execute(sa.select(TABLE).order_by(TABLE.c.saved_at)).all()
    return [
        Draft(r.key, r.record_type, r.record_id, r.base_version, json.loads(r.content), r.saved_at)
        for r in rows
    ]
