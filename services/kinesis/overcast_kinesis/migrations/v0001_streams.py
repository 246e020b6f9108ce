"""streams, consumers, resource policies and account settings."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from overcast_common.storage import JsonDocument

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "streams",
        sa.Column("uid", sa.String(16), primary_key=True),
        sa.Column("account_id", sa.String(12), nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("doc", JsonDocument(), nullable=False),
    )
    op.create_index("streams_by_name", "streams", ["account_id", "region", "name"], unique=True)
    op.create_table(
        "consumers",
        sa.Column("arn", sa.String(2048), primary_key=True),
        sa.Column("stream_uid", sa.String(16), nullable=False),
        sa.Column("doc", JsonDocument(), nullable=False),
    )
    op.create_index("consumers_by_stream", "consumers", ["stream_uid"])
    op.create_table(
        "policies",
        sa.Column("arn", sa.String(2048), primary_key=True),
        sa.Column("policy", sa.Text(), nullable=False),
    )
    op.create_table(
        "account_settings",
        sa.Column("account_id", sa.String(12), primary_key=True),
        sa.Column("region", sa.String(32), primary_key=True),
        sa.Column("doc", JsonDocument(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("account_settings")
    op.drop_table("policies")
    op.drop_table("consumers")
    op.drop_table("streams")
