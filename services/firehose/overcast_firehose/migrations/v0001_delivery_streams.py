"""delivery_streams: configuration and tags; source_checkpoints: Kinesis source positions."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from overcast_common.storage import JsonDocument, UtcDateTime

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "delivery_streams",
        sa.Column("account_id", sa.String(12), primary_key=True),
        sa.Column("region", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("arn", sa.String(256), nullable=False),
        sa.Column("stream_type", sa.String(32), nullable=False),
        sa.Column("incarnation", sa.String(32), nullable=False),
        sa.Column("created", UtcDateTime(), nullable=False),
        sa.Column("updated", UtcDateTime(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("destination_kind", sa.String(64), nullable=False),
        sa.Column("destination", JsonDocument(), nullable=False),
        sa.Column("source", JsonDocument(), nullable=False),
        sa.Column("encryption", JsonDocument(), nullable=False),
        sa.Column("tags", JsonDocument(), nullable=False),
    )
    op.create_table(
        "source_checkpoints",
        sa.Column("stream_arn", sa.String(256), primary_key=True),
        sa.Column("incarnation", sa.String(32), primary_key=True),
        sa.Column("shard_id", sa.String(128), primary_key=True),
        sa.Column("sequence_number", sa.String(128), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("source_checkpoints")
    op.drop_table("delivery_streams")
