"""list sort indexes: each list's sort key held in an index, so a page is read, not sorted

A list sorted by a text column orders by its Azerbaijani sort key
(fieldkit.text.collate.az_order), an expression SQLite computed for every
matching row at each page read: about 9 s a page at a million people. An index
on the very same expression (SQLite uses it only for an identical one, strings
literal) after ``deleted`` (which every list fixes) and before ``id`` (ties)
serves ``ORDER BY`` directly; so does one on any other column a list shows (a
date, a number), and on a choice's code (read a label at a time). A column
naming reference data (a person's village) gets one on itself: its list counts
the rows per village and reads a page village by village, in title order. A
column naming a person (a visit's) too, and the person's title gets one: that
list reads the people in title order and each one's visits.

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

# (table, what it sorts, its columns: (name, in Azerbaijani order)) as
# fieldkit.query.sort_indexes() gives them on this revision.
INDEXES = (
    ("district", "code", (("deleted", False), ("code", True), ("id", False))),
    ("district", "name", (("deleted", False), ("name", True), ("id", False))),
    ("district", "kind", (("deleted", False), ("kind", False), ("id", False))),
    ("village", "name", (("deleted", False), ("name", True), ("id", False))),
    ("village", "district", (("deleted", False), ("district", False), ("id", False))),
    ("staff", "full_name", (("deleted", False), ("full_name", True), ("id", False))),
    ("staff", "role", (("deleted", False), ("role", False), ("id", False))),
    ("staff", "district", (("deleted", False), ("district", False), ("id", False))),
    ("choice_item", "list_name", (("deleted", False), ("list_name", True), ("id", False))),
    ("choice_item", "code", (("deleted", False), ("code", True), ("id", False))),
    ("choice_item", "label", (("deleted", False), ("label", True), ("id", False))),
    ("person", "full_name", (("deleted", False), ("full_name", True), ("id", False))),
    ("person", "sex", (("deleted", False), ("sex", False), ("id", False))),
    ("person", "birth_year", (("deleted", False), ("birth_year", False), ("id", False))),
    ("person", "district", (("deleted", False), ("district", False), ("id", False))),
    ("person", "village_id", (("deleted", False), ("village_id", False), ("id", False))),
    ("person", "displacement", (("deleted", False), ("displacement", False), ("id", False))),
    ("person", "vulnerability", (("deleted", False), ("vulnerability", False), ("id", False))),
    ("person", "consent_scope", (("deleted", False), ("consent_scope", False), ("id", False))),
    ("home_visit", "person_id", (("deleted", False), ("person_id", False), ("id", False))),
    ("home_visit", "visit_date", (("deleted", False), ("visit_date", False), ("id", False))),
    ("home_visit", "visitor_id", (("deleted", False), ("visitor_id", False), ("id", False))),
    ("home_visit", "purpose", (("deleted", False), ("purpose", False), ("id", False))),
    ("home_visit", "follow_up_due", (("deleted", False), ("follow_up_due", False), ("id", False))),
    (
        "awareness_session",
        "session_date",
        (("deleted", False), ("session_date", False), ("id", False)),
    ),
    ("awareness_session", "district", (("deleted", False), ("district", False), ("id", False))),
    ("awareness_session", "village_id", (("deleted", False), ("village_id", False), ("id", False))),
    (
        "awareness_session",
        "facilitator_id",
        (("deleted", False), ("facilitator_id", False), ("id", False)),
    ),
    ("awareness_session", "audience", (("deleted", False), ("audience", False), ("id", False))),
    ("awareness_session", "girls", (("deleted", False), ("girls", False), ("id", False))),
    ("awareness_session", "boys", (("deleted", False), ("boys", False), ("id", False))),
    ("awareness_session", "women", (("deleted", False), ("women", False), ("id", False))),
    ("awareness_session", "men", (("deleted", False), ("men", False), ("id", False))),
    (
        "livelihood_assistance",
        "person_id",
        (("deleted", False), ("person_id", False), ("id", False)),
    ),
    (
        "livelihood_assistance",
        "assistance_type",
        (("deleted", False), ("assistance_type", False), ("id", False)),
    ),
    ("livelihood_assistance", "items", (("deleted", False), ("items", True), ("id", False))),
    ("livelihood_assistance", "value", (("deleted", False), ("value", False), ("id", False))),
    ("livelihood_assistance", "currency", (("deleted", False), ("currency", False), ("id", False))),
    ("livelihood_assistance", "status", (("deleted", False), ("status", False), ("id", False))),
    (
        "livelihood_assistance",
        "delivery_date",
        (("deleted", False), ("delivery_date", False), ("id", False)),
    ),
    ("person_merge", "merged_id", (("deleted", False), ("merged_id", False), ("id", False))),
    ("person_merge", "survivor_id", (("deleted", False), ("survivor_id", False), ("id", False))),
    ("person", "title", (("full_name", True), ("birth_year", False), ("id", False))),
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


def upgrade() -> None:
    for table, what, keys in INDEXES:
        columns = ", ".join(_az_order(c) if alphabetical else c for c, alphabetical in keys)
        op.execute(f"CREATE INDEX ix_{table}_sort_{what} ON {table} ({columns})")


def downgrade() -> None:
    for table, what, _ in reversed(INDEXES):
        op.execute(f"DROP INDEX ix_{table}_sort_{what}")
