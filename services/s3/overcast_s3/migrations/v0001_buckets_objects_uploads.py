"""buckets, their configuration documents, object versions, multipart uploads and parts."""

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
        "buckets",
        sa.Column("name", sa.String(63), primary_key=True),
        sa.Column("account_id", sa.String(12), nullable=False),
        sa.Column("region", sa.String(32), nullable=False),
        sa.Column("created", UtcDateTime(), nullable=False),
        sa.Column("versioning", sa.String(16), nullable=True),
        sa.Column("object_lock", sa.Boolean(), nullable=False),
    )
    op.create_index("buckets_by_account", "buckets", ["account_id", "name"])
    op.create_table(
        "bucket_configs",
        sa.Column(
            "bucket", sa.String(63), sa.ForeignKey("buckets.name", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("document", JsonDocument(), nullable=False),
    )
    op.create_table(
        "versions",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("bucket", sa.String(63), sa.ForeignKey("buckets.name"), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("version_id", sa.String(64), nullable=False),
        sa.Column("is_latest", sa.Boolean(), nullable=False),
        sa.Column("delete_marker", sa.Boolean(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("etag", sa.String(64), nullable=False),
        sa.Column("last_modified", UtcDateTime(), nullable=False),
        sa.Column("owner", sa.String(12), nullable=False),
        sa.Column("storage_class", sa.String(32), nullable=False),
        sa.Column("headers", JsonDocument(), nullable=False),
        sa.Column("user_metadata", JsonDocument(), nullable=False),
        sa.Column("checksum", JsonDocument(), nullable=False),
        sa.Column("tags", JsonDocument(), nullable=False),
        sa.Column("segments", JsonDocument(), nullable=False),
        sa.Column("parts", JsonDocument(), nullable=False),
    )
    op.create_index("versions_by_key", "versions", ["bucket", "key", "seq"])
    op.create_index("versions_by_id", "versions", ["bucket", "key", "version_id"], unique=True)
    op.create_table(
        "uploads",
        sa.Column("upload_id", sa.String(128), primary_key=True),
        sa.Column("bucket", sa.String(63), sa.ForeignKey("buckets.name"), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("initiated", UtcDateTime(), nullable=False),
        sa.Column("owner", sa.String(12), nullable=False),
        sa.Column("storage_class", sa.String(32), nullable=False),
        sa.Column("headers", JsonDocument(), nullable=False),
        sa.Column("user_metadata", JsonDocument(), nullable=False),
        sa.Column("tags", JsonDocument(), nullable=False),
        sa.Column("checksum_algorithm", sa.String(16), nullable=True),
        sa.Column("checksum_type", sa.String(16), nullable=True),
    )
    op.create_index("uploads_by_key", "uploads", ["bucket", "key", "upload_id"])
    op.create_table(
        "parts",
        sa.Column(
            "upload_id",
            sa.String(128),
            sa.ForeignKey("uploads.upload_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("number", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("etag", sa.String(64), nullable=False),
        sa.Column("last_modified", UtcDateTime(), nullable=False),
        sa.Column("blob_id", sa.String(64), nullable=False),
        sa.Column("checksum", JsonDocument(), nullable=False),
    )


def downgrade() -> None:
    for table in ("parts", "uploads", "versions", "bucket_configs", "buckets"):
        op.drop_table(table)
