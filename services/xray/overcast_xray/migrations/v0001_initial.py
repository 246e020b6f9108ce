"""segments and the trace index; sampling rules and statistics; groups, tags, policies, settings."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from overcast_common.storage import JsonDocument, UtcDateTime

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _scope() -> list[sa.Column[str]]:
    return [
        sa.Column("account_id", sa.String(12), primary_key=True),
        sa.Column("region", sa.String(32), primary_key=True),
    ]


def upgrade() -> None:
    op.create_table(
        "traces",
        *_scope(),
        sa.Column("trace_id", sa.String(35), primary_key=True),
        sa.Column("start_time", sa.Double(), nullable=False),
        sa.Column("end_time", sa.Double(), nullable=False),
        sa.Column("id_time", sa.Double(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index("traces_by_start", "traces", ["account_id", "region", "start_time", "trace_id"])
    op.create_index("traces_by_id_time", "traces", ["account_id", "region", "id_time"])
    op.create_index("traces_by_update", "traces", ["updated_at"])
    op.create_table(
        "segments",
        *_scope(),
        sa.Column("trace_id", sa.String(35), primary_key=True),
        sa.Column("segment_id", sa.String(16), primary_key=True),
        sa.Column("parent_id", sa.String(16), nullable=True),
        sa.Column("independent", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("start_time", sa.Double(), nullable=False),
        sa.Column("end_time", sa.Double(), nullable=True),
        sa.Column("document", sa.Text(), nullable=False),
    )
    op.create_table(
        "sampling_rules",
        *_scope(),
        sa.Column("rule_name", sa.String(64), primary_key=True),
        sa.Column("rule", JsonDocument(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("modified_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "sampling_statistics",
        *_scope(),
        sa.Column("rule_name", sa.String(64), primary_key=True),
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("timestamp", UtcDateTime(), nullable=False),
        sa.Column("request_count", sa.BigInteger(), nullable=False),
        sa.Column("sampled_count", sa.BigInteger(), nullable=False),
        sa.Column("borrow_count", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "groups",
        *_scope(),
        sa.Column("group_name", sa.String(32), primary_key=True),
        sa.Column("group_arn", sa.String(400), nullable=False),
        sa.Column("filter_expression", sa.Text(), nullable=True),
        sa.Column("insights", JsonDocument(), nullable=True),
    )
    op.create_table(
        "tags",
        sa.Column("resource_arn", sa.String(1011), primary_key=True),
        sa.Column("tag_key", sa.String(128), primary_key=True),
        sa.Column("tag_value", sa.String(256), nullable=False),
    )
    op.create_table(
        "resource_policies",
        *_scope(),
        sa.Column("policy_name", sa.String(128), primary_key=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("revision_id", sa.String(128), nullable=False),
        sa.Column("last_updated", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "settings",
        *_scope(),
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", JsonDocument(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "settings",
        "resource_policies",
        "tags",
        "groups",
        "sampling_statistics",
        "sampling_rules",
        "segments",
        "traces",
    ):
        op.drop_table(table)
