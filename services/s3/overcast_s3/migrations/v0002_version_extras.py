"""versions.extras: per-version state beyond the core record (ACL, legal hold, retention, SSE-C key
digest, restore status, replication status), one JSON document so new per-object features need no
new column; uploads.extras likewise (SSE-C and ACL given at CreateMultipartUpload)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from overcast_common.storage import JsonDocument

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("versions", sa.Column("extras", JsonDocument(), nullable=False, server_default="{}"))
    op.add_column("uploads", sa.Column("extras", JsonDocument(), nullable=False, server_default="{}"))


def downgrade() -> None:
    op.drop_column("uploads", "extras")
    op.drop_column("versions", "extras")
