"""What the status bar says: records not yet exported and the last export.

A record is "not yet exported" when it was saved (created, edited, deleted or
restored) after the most recent ``exchange`` row of kind ``export``. Both
questions are answered by indexed columns (``exchange.at``, ``updated_at``).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from fieldkit import records, store
from fieldkit.records import Exchange
from fieldkit.storage.database import Database
from fieldkit.sync.workbook.writer import last_export_seq

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
    """Field-work records saved on this laptop since the last export reached
    (a local sequence number, so a corrected clock hides nothing). Records
    received from HQ or other laptops do not count: they are not this laptop's
    work to hand in. *since* is kept for callers that show it; it decides nothing."""
    revs = store.REVISIONS
    types = [r.name for r in records.record_types(reference=False)]
    with db.connect() as conn:
        mark = last_export_seq(conn)
        # One pass over the revisions saved since (the primary key's range), not one per type.
        saved = (
            sa.select(revs.c.record_type, revs.c.record_id)
            .where(revs.c.seq > mark, revs.c.source.is_(None), revs.c.record_type.in_(types))
            .distinct()
            .subquery()
        )
        return int(conn.execute(sa.select(sa.func.count()).select_from(saved)).scalar_one())
