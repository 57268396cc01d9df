"""Column types SQLite lacks: exact money and timezone-aware UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import sqlalchemy as sa

CENT = Decimal("0.01")


class Money(sa.types.TypeDecorator[Decimal]):
    """An amount with two decimals, stored exactly as integer minor units (qəpik).

    SQLite has no decimal type; SQLAlchemy's ``Numeric`` would go through float.
    """

    impl = sa.Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> int | None:
        if value is None:
            return None
        amount = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_EVEN)
        return int(amount * 100)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENT)


def utc_text(moment: datetime) -> str:
    """The stored form: ISO 8601 UTC with microseconds, so text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp stored as fixed-width ISO text."""

    impl = sa.String(27)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return utc_text(parse_utc(value))
        return utc_text(value)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return parse_utc(value)


def utcnow() -> datetime:
    return datetime.now(UTC)
