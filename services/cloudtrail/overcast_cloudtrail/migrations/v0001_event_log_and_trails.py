"""events (the event log), event_resources (what lookups by resource use) and trails."""

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
        "events",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("event_id", sa.String(64), nullable=False, unique=True),
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("event_time", UtcDateTime(), nullable=False),
        sa.Column("event_name", sa.String(128), nullable=False),
        sa.Column("event_source", sa.String(128), nullable=False),
        sa.Column("username", sa.String(256), nullable=False),
        sa.Column("read_only", sa.Boolean(), nullable=False),
        sa.Column("access_key_id", sa.String(128), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
    )
    op.create_index("events_by_time", "events", ["account_id", "region", "category", "event_time"])
    op.create_index("events_by_name", "events", ["event_name"])
    op.create_index("events_by_source", "events", ["event_source"])
    op.create_index("events_by_username", "events", ["username"])
    op.create_index("events_by_access_key", "events", ["access_key_id"])
    op.create_index("events_by_expiry", "events", ["event_time"])
    op.create_table(
        "event_resources",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("events.seq", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("resource_type", sa.String(128), primary_key=True),
        sa.Column("resource_name", sa.String(2048), primary_key=True),
    )
    op.create_index("event_resources_by_type", "event_resources", ["resource_type"])
    op.create_index("event_resources_by_name", "event_resources", ["resource_name"])
    op.create_table(
        "trails",
        sa.Column("account_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(128), primary_key=True),
        sa.Column("home_region", sa.String(32), nullable=False),
        sa.Column("document", JsonDocument(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("trails")
    op.drop_table("event_resources")
    op.drop_table("events")
