"""sessions: the temporary credentials GetSessionToken issued."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from overcast_common.storage import UtcDateTime

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("access_key_id", sa.String(128), primary_key=True),
        sa.Column("secret_access_key", sa.String(128), nullable=False),
        sa.Column("session_token", sa.Text(), nullable=False),
        sa.Column("expiration", UtcDateTime(), nullable=False),
        sa.Column("account_id", sa.String(12), nullable=False),
        sa.Column("arn", sa.String(2048), nullable=False),
        sa.Column("principal_type", sa.String(32), nullable=False),
        sa.Column("principal_id", sa.String(256), nullable=False),
    )
    op.create_index("sessions_by_expiration", "sessions", ["expiration"])


def downgrade() -> None:
    op.drop_table("sessions")
