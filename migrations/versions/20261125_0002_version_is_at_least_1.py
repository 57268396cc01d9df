"""version is at least 1 on every synced record

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

A batch rebuild of every synced table, parents (person, staff, village,
district) included: run with foreign keys off, as fieldkit.storage.migrate does.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED = (
    "district",
    "village",
    "staff",
    "choice_item",
    "person",
    "home_visit",
    "awareness_session",
    "livelihood_assistance",
)


def upgrade() -> None:
    for table in SYNCED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.create_check_constraint("version_positive", "version >= 1")


def downgrade() -> None:
    for table in SYNCED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint("version_positive", type_="check")
