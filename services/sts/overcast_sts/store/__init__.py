"""The STS store port: what STS remembers, independent of where it is kept.

STS state is small: the temporary credentials ``GetSessionToken`` issued, so SigV4 can verify
requests signed with them (and ``GetCallerIdentity`` can say whose they are). One adapter,
``sql.SqlStsStore`` (SQLAlchemy Core, schema by the Alembic revisions in ``overcast_sts/migrations``),
serves both modes: SQLite under the data directory when embedded, the service's schema in the shared
PostgreSQL in cluster mode (``OVERCAST_DATABASE_URL``; ``docs/storage.md``).

It passes the same contract tests on both (``services/sts/tests/test_store.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

PrincipalType = Literal["Root", "IAMUser", "AssumedRole", "Anonymous"]
"""As ``overcast_common.context.Principal.principal_type``."""


@dataclass(frozen=True)
class SessionCredentials:
    """One set of temporary credentials and the principal they act as."""

    access_key_id: str
    """``ASIA…``: the key id clients sign with."""
    secret_access_key: str
    session_token: str
    """What clients send as ``X-Amz-Security-Token``."""
    expiration: datetime
    """tz-aware UTC; the credentials are refused after it."""
    account_id: str
    arn: str
    """The caller of ``GetSessionToken`` (session credentials act as who asked for them)."""
    principal_type: PrincipalType
    principal_id: str
    created: datetime | None = None
    """When the credentials were issued (None for sessions stored before it was recorded)."""
    mfa: bool = False
    """Issued with an MFA serial number and token code."""


class StsStore(Protocol):
    async def put_session(self, session: SessionCredentials) -> None: ...

    async def get_session(self, access_key_id: str) -> SessionCredentials | None:
        """The credentials issued under ``access_key_id``, expired or not; None if never issued."""
        ...

    async def delete_expired(self, now: datetime) -> int:
        """Forget credentials that expired before ``now``; returns how many."""
        ...

    async def reset(self) -> None:
        """Forget everything (``POST /_overcast/reset``)."""
        ...

    async def close(self) -> None: ...
