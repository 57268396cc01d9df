"""erasure flag: a revision that erases a person is marked as such, and the mark travels

Until now a revision made by ``fieldkit erase`` was told apart by its
``source`` being "erasure". ``source`` says where a revision came from (a file's
name, or nothing for one made here), and an import may replace it with another
sighting's, so the mark could be lost, and an erasure received from another
machine could not carry it at all. The mark is now a column of its own; the
revisions marked by their source get it, and their source becomes what it
always meant: made here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # noqa: F401  (autogenerate may render its types)
from alembic import op

import fieldkit.storage.types  # noqa: F401  (Money, UTCDateTime)

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("erasure", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.get_bind().execute(
        sa.text("UPDATE revision SET erasure = :yes, source = NULL WHERE source = 'erasure'"),
        {"yes": True},
    )
    op.create_index(
        "ix_revision_erasure",
        "revision",
        ["record_type", "record_id"],
        sqlite_where=sa.text("erasure IS 1"),
        postgresql_where=sa.text("erasure IS true"),
    )


def downgrade() -> None:
    op.drop_index("ix_revision_erasure", table_name="revision")
    op.get_bind().execute(
        sa.text("UPDATE revision SET source = 'erasure' WHERE erasure = :yes"), {"yes": True}
    )
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.drop_column("erasure")
