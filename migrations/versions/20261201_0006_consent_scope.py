"""consent scope: what a person's consent covers (record; share with HQ; share with partners)

The column is added empty. A person whose consent is ticked and whose scope is
empty reads as "share with HQ" (fieldkit.consent.LEGACY): that is what the
consent asked before (its help said "to record and share these data with
HQ"). The scope is not written into existing rows: a row is its revision
graph's state (``fieldkit check``), and rewriting revisions would change the
content addresses every laptop and HQ share.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # noqa: F401  (autogenerate may render its types)
from alembic import op

import fieldkit.storage.types  # noqa: F401  (Money, UTCDateTime)

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consent_scope", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("consent_scope")
