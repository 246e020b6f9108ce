"""The metadata port. The provider loads its streams once at start and writes through on each change
(one Kinesis process owns a stream's metadata: with several replicas, the stream's owner), so the port
is small: load, save, delete."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from overcast_kinesis.model import Consumer, Stream


@dataclass
class Snapshot:
    streams: list[Stream] = field(default_factory=list)
    consumers: list[Consumer] = field(default_factory=list)
    policies: dict[str, str] = field(default_factory=dict)
    """Resource ARN (stream or consumer) → policy document."""
    account_settings: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    """(account, region) → ``MinimumThroughputBillingCommitment`` state."""


class KinesisStore(Protocol):
    async def load(self) -> Snapshot: ...

    async def save_stream(self, stream: Stream) -> None:
        """Insert or replace the stream (its shards, tags and settings go with it)."""
        ...

    async def delete_stream(self, uid: str) -> None:
        """The stream, its consumers and their policies."""
        ...

    async def save_consumer(self, consumer: Consumer) -> None: ...

    async def delete_consumer(self, arn: str) -> None: ...

    async def put_policy(self, arn: str, policy: str | None) -> None:
        """Set (or, with None, remove) a resource policy."""
        ...

    async def save_account_settings(self, account: str, region: str, settings: dict[str, Any]) -> None: ...

    async def reset(self) -> None: ...

    async def close(self) -> None: ...
