"""sessions.created and sessions.mfa: CloudTrail's sessionContext.attributes (creationDate,
mfaAuthenticated) for calls made with the session's keys."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from overcast_common.storage import UtcDateTime

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("created", UtcDateTime(), nullable=True))
    op.add_column("sessions", sa.Column("mfa", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("sessions", "mfa")
    op.drop_column("sessions", "created")
