"""The Firehose store port: delivery streams' metadata, independent of where it is kept.

Records in flight are not here: they sit in the durable log (``overcast_common.log``), one topic per
delivery stream (``DeliveryStream.topic``), until the delivery worker commits past them. One adapter,
``sql.SqlFirehoseStore`` (SQLAlchemy Core, revisions in ``overcast_firehose/migrations``), serves both
modes: SQLite under the data directory embedded, the ``firehose`` schema of PostgreSQL in cluster mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol


@dataclass
class DeliveryStream:
    """One delivery stream as Firehose remembers it."""

    account_id: str
    region: str
    name: str
    arn: str
    stream_type: str
    """``DirectPut`` | ``KinesisStreamAsSource``."""
    incarnation: str
    """Distinguishes a re-created stream of the same name (its log topic and positions are new)."""
    created: datetime
    updated: datetime
    version_id: int
    destination_kind: str
    """The configuration member the destination came from, without ``Configuration``:
    ``ExtendedS3Destination`` (S3 destinations are kept in this form), ``HttpEndpointDestination``..."""
    destination: dict[str, Any]
    """The destination's configuration in request form (``<kind>Configuration``), updates applied."""
    source: dict[str, Any] = field(default_factory=dict)
    """``KinesisStreamSourceConfiguration`` plus ``DeliveryStartTimestamp`` (epoch seconds) or empty."""
    encryption: dict[str, Any] = field(default_factory=dict)
    """``DeliveryStreamEncryptionConfiguration`` as described (``Status``, ``KeyType``, ``KeyARN``)."""
    tags: dict[str, str] = field(default_factory=dict)
    """Tag key → value, in the order they were added."""

    @property
    def topic(self) -> str:
        return f"{self.account_id}.{self.region}.{self.name}.{self.incarnation}"

    @property
    def destination_id(self) -> str:
        return "destinationId-000000000001"


class FirehoseStore(Protocol):
    async def create(self, stream: DeliveryStream) -> bool:
        """Insert; False (nothing written) when the account and region have a stream of that name."""
        ...

    async def get(self, account_id: str, region: str, name: str) -> DeliveryStream | None: ...

    async def save(self, stream: DeliveryStream) -> None:
        """Replace the stream's mutable fields (version, destination, encryption, tags, timestamps)."""
        ...

    async def delete(self, account_id: str, region: str, name: str) -> bool: ...

    async def list_names(self, account_id: str, region: str, stream_type: str | None = None) -> list[str]:
        """Names in the account and region, sorted, optionally of one type."""
        ...

    async def all(self) -> list[DeliveryStream]:
        """Every stream of every account and region (the delivery workers start from this)."""
        ...

    async def get_checkpoint(self, stream_arn: str, incarnation: str, shard_id: str) -> str | None:
        """A Kinesis source's last sequence number copied from ``shard_id``, or None."""
        ...

    async def set_checkpoint(
        self, stream_arn: str, incarnation: str, shard_id: str, sequence: str
    ) -> None: ...

    async def reset(self) -> None: ...

    async def close(self) -> None: ...
