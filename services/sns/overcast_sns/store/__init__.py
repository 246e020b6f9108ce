"""The SNS metadata store port: JSON documents keyed by ARN, the FIFO deduplication window, the outbox.

Every SNS resource is an ``Entity``: topics, subscriptions, platform applications and endpoints, and
the per-account SMS settings. They share one shape (ARN, kind, owner account and region, a parent —
the topic of a subscription, the application of an endpoint — and a document), so one table and a
handful of queries serve them all; ``seq`` orders listings and is what pagination tokens carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

Kind = Literal["topic", "subscription", "application", "endpoint", "sms"]


@dataclass
class Entity:
    arn: str
    kind: Kind
    account_id: str
    region: str
    parent: str
    doc: dict[str, Any]
    seq: int = 0


class SnsStore(Protocol):
    async def put(self, entity: Entity) -> None:
        """Create or replace (by ARN); a replaced entity keeps its place in listings."""
        ...

    async def get(self, arn: str) -> Entity | None: ...

    async def delete(self, arn: str) -> bool: ...

    async def delete_children(self, parent: str) -> int: ...

    async def list_entities(
        self,
        kind: Kind,
        *,
        account_id: str | None = None,
        region: str | None = None,
        parent: str | None = None,
        after: int = 0,
        limit: int = 100,
    ) -> list[Entity]:
        """In ``seq`` order, those with ``seq > after``."""
        ...

    async def remember_dedup(
        self, key: str, now_ms: int, window_ms: int, doc: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Record ``key`` for ``window_ms``; if it is already recorded and not expired, return its
        document instead (the publish is a duplicate)."""
        ...

    async def find_dedup(self, key: str, now_ms: int) -> dict[str, Any] | None:
        """The document recorded for ``key`` if its window has not ended."""
        ...

    async def add_outbox(self, account_id: str, region: str, doc: dict[str, Any]) -> None: ...

    async def list_outbox(
        self, account_id: str | None = None, region: str | None = None
    ) -> list[dict[str, Any]]: ...

    async def reset(self) -> None: ...

    async def close(self) -> None: ...
