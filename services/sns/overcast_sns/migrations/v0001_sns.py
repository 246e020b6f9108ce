"""SNS metadata: topics, subscriptions, platform applications and endpoints, SMS settings (one
``entities`` table of JSON documents keyed by ARN), the FIFO deduplication window and the outbox."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from overcast_common.storage import JsonDocument

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("seq", SEQ, primary_key=True, autoincrement=True),
        sa.Column("arn", sa.String(1024), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("account_id", sa.String(12), nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("parent", sa.String(1024), nullable=False),
        sa.Column("doc", JsonDocument(), nullable=False),
    )
    op.create_index("entities_by_arn", "entities", ["arn"], unique=True)
    op.create_index("entities_by_scope", "entities", ["kind", "account_id", "region", "seq"])
    op.create_index("entities_by_parent", "entities", ["parent", "seq"])
    op.create_table(
        "dedup",
        sa.Column("key", sa.String(1200), primary_key=True),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.Column("doc", JsonDocument(), nullable=False),
    )
    op.create_index("dedup_by_expiry", "dedup", ["expires_ms"])
    op.create_table(
        "outbox",
        sa.Column("seq", SEQ, primary_key=True, autoincrement=True),
        sa.Column("account_id", sa.String(12), nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("doc", JsonDocument(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("outbox")
    op.drop_table("dedup")
    op.drop_table("entities")
