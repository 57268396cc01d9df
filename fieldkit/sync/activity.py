"""What the status bar says: records not yet exported and the last export.

A record is "not yet exported" when it was saved (created, edited, deleted or
restored) after the most recent ``exchange`` row of kind ``export``. Both
questions are answered by indexed columns (``exchange.at``, ``updated_at``).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from fieldkit import records
from fieldkit.records import Exchange
from fieldkit.storage.database import Database

EXCHANGE: sa.Table = Exchange.__table__  # type: ignore[attr-defined]


def last_export(db: Database) -> datetime | None:
    """When this database last exported (undone exports do not count)."""
    stmt = sa.select(sa.func.max(EXCHANGE.c.at)).where(
        EXCHANGE.c.kind == "export", EXCHANGE.c.undone_at.is_(None)
    )
    with db.connect() as conn:
        value = conn.execute(stmt).scalar()
    if isinstance(value, str):  # max() bypasses the column type on SQLite
        value = datetime.fromisoformat(value)
    return value


def unexported(db: Database, since: datetime | None = None) -> int:
    """Field-work records saved after *since* (all of them when never exported)."""
    total = 0
    with db.connect() as conn:
        for rtype in records.record_types(reference=False):
            t = rtype.table
            stmt = sa.select(sa.func.count()).select_from(t)
            if since is not None:
                stmt = stmt.where(t.c.updated_at > since)
            total += int(conn.execute(stmt).scalar_one())
    return total
