"""The CloudTrail store port: the event log and the trails, independent of where they are kept.

One adapter, ``sql.SqlCloudtrailStore`` (SQLAlchemy Core, schema by the Alembic revisions in
``overcast_cloudtrail/migrations``), serves both modes: SQLite under ``<data dir>/cloudtrail/`` when
embedded, the ``cloudtrail`` schema of the shared PostgreSQL in cluster mode (``docs/storage.md``).
Both run the same contract tests (``services/cloudtrail/tests/test_store.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

LookupKey = Literal[
    "EventId",
    "EventName",
    "ReadOnly",
    "Username",
    "ResourceType",
    "ResourceName",
    "EventSource",
    "AccessKeyId",
]


@dataclass(frozen=True)
class NewEvent:
    """One CloudTrail record and the columns lookups filter on."""

    event_id: str
    account_id: str
    """``recipientAccountId``: whose event history shows it."""
    region: str
    event_time: datetime
    event_name: str
    event_source: str
    username: str
    read_only: bool
    access_key_id: str
    category: str
    """``Management`` or ``Data``."""
    document: str
    """The record, exactly as received (``CloudTrailEvent``)."""
    resources: tuple[tuple[str, str], ...] = ()
    """``(ResourceType, ResourceName)`` pairs."""


@dataclass(frozen=True)
class StoredEvent(NewEvent):
    seq: int = 0
    """Insertion order: ties in ``event_time`` are ordered by it, and trails deliver from it."""


@dataclass(frozen=True)
class EventQuery:
    account_id: str
    region: str
    start: datetime
    end: datetime
    """Inclusive bounds on ``event_time``."""
    category: str = "Management"
    attribute: tuple[LookupKey, str] | None = None
    limit: int = 50
    before: tuple[datetime, int] | None = None
    """Pagination: only events older than this ``(event_time, seq)`` (newest first)."""


@dataclass
class TrailRecord:
    """One trail and everything about it, kept as one document (the provider owns its shape)."""

    account_id: str
    name: str
    home_region: str
    document: dict[str, Any] = field(default_factory=dict)


class CloudtrailStore(Protocol):
    async def put_events(self, events: Sequence[NewEvent]) -> int:
        """Append events; ones whose ``event_id`` is already stored are skipped. Returns how many were new."""
        ...

    async def lookup(self, query: EventQuery) -> list[StoredEvent]:
        """Events matching ``query``, newest first (``event_time``, then ``seq``, descending)."""
        ...

    async def events_after(self, seq: int, limit: int) -> list[StoredEvent]:
        """Events with ``seq`` above ``seq``, oldest first (trail delivery)."""
        ...

    async def last_seq(self) -> int:
        """The newest event's ``seq``; 0 when the log is empty."""
        ...

    async def delete_before(self, cutoff: datetime) -> int:
        """Retention: delete events older than ``cutoff``; returns how many."""
        ...

    async def put_trail(self, trail: TrailRecord) -> None: ...

    async def get_trail(self, account_id: str, name: str) -> TrailRecord | None: ...

    async def list_trails(self, account_id: str | None = None) -> list[TrailRecord]:
        """The account's trails (every account's when None), by name."""
        ...

    async def delete_trail(self, account_id: str, name: str) -> bool: ...

    async def reset(self) -> None:
        """Forget everything (``POST /_overcast/reset``)."""
        ...

    async def close(self) -> None: ...
