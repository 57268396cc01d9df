"""list sort indexes: each list's sort key held in an index, so a page is read, not sorted

A list sorted by a text column orders by its Azerbaijani sort key
(fieldkit.text.collate.az_order), an expression SQLite computed for every
matching row at each page read: about 9 s a page at a million people. An index
on the very same expression (SQLite uses it only for an identical one, strings
literal) after ``deleted`` (which every list fixes) and before ``id`` (ties)
serves ``ORDER BY`` directly; the dated lists get one on their date. A column
naming reference data (a person's village) gets one on itself: its list counts
the rows per village and reads a page village by village, in title order.

The indexes are what fieldkit.query.sort_indexes() derives from the
declarations today, written out here as a migration must be: frozen, so a
database upgraded through this revision has what a new one gets.
tests/core/test_sort_indexes.py holds a migrated database to that function
(the names, and each list's query plan using its index), so a field or letter
added to the declarations or to az_order without a migration fails there.

SQLAlchemy cannot reflect an expression index on SQLite, so Alembic's batch
mode, rebuilding a table, would silently drop one: a later migration that
rebuilds one of these tables must create its indexes again (the test above
says so if it does not).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlmodel.sql.sqltypes  # noqa: F401  (autogenerate may render its types)
from alembic import op

import fieldkit.storage.types  # noqa: F401  (Money, UTCDateTime)

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, in Azerbaijani order) as fieldkit.query.sort_indexes() gave them.
INDEXES = (
    ("district", "code", True),
    ("district", "name", True),
    ("village", "name", True),
    ("village", "district", False),
    ("staff", "full_name", True),
    ("staff", "district", False),
    ("choice_item", "list_name", True),
    ("choice_item", "code", True),
    ("choice_item", "label", True),
    ("person", "full_name", True),
    ("person", "district", False),
    ("person", "village_id", False),
    ("home_visit", "visit_date", False),
    ("home_visit", "visitor_id", False),
    ("awareness_session", "session_date", False),
    ("awareness_session", "district", False),
    ("awareness_session", "village_id", False),
    ("awareness_session", "facilitator_id", False),
    ("livelihood_assistance", "items", True),
    ("livelihood_assistance", "delivery_date", False),
)

# fieldkit.text.collate as of this revision: letters out of ASCII order moved
# after the ASCII letter they follow.
AFTER = "\x7f"
MOVED = (
    ("ç", "c" + AFTER), ("Ç", "c" + AFTER),
    ("ə", "e" + AFTER), ("Ə", "e" + AFTER), ("ǝ", "e" + AFTER), ("Ǝ", "e" + AFTER),
    ("ğ", "g" + AFTER), ("Ğ", "g" + AFTER),
    ("x", "h" + AFTER),
    ("ı", "h" + AFTER + AFTER),
    ("q", "k" + AFTER),
    ("ö", "o" + AFTER), ("Ö", "o" + AFTER),
    ("ş", "s" + AFTER), ("Ş", "s" + AFTER),
    ("ü", "u" + AFTER), ("Ü", "u" + AFTER),
)  # fmt: skip


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _az_order(column: str) -> str:
    expr = f"lower(replace(replace(coalesce({column}, ''), 'İ', 'i'), 'I', 'ı'))"
    for letter, moved in MOVED:
        expr = f"replace({expr}, {_quoted(letter)}, {_quoted(moved)})"
    return expr


def _name(table: str, column: str) -> str:
    return f"ix_{table}_sort_{column}"


def upgrade() -> None:
    for table, column, alphabetical in INDEXES:
        key = _az_order(column) if alphabetical else column
        op.execute(f"CREATE INDEX {_name(table, column)} ON {table} (deleted, {key}, id)")


def downgrade() -> None:
    for table, column, _ in reversed(INDEXES):
        op.execute(f"DROP INDEX {_name(table, column)}")
