"""The durable log's port: what Kinesis, SNS, Firehose and CloudTrail's event stream may ask of it.

A log holds **topics**; a topic has a fixed number of **partitions**, chosen when it is created (Kafka
brokers such as Tansu cannot add partitions later, so a Kinesis shard is a topic of its own and
resharding creates new topics). Within a partition, records get dense offsets 0, 1, 2, ... in append
order and a timestamp in milliseconds that never decreases; ``(partition, offset)`` is all a service
needs to derive its own identifiers (a Kinesis sequence number encodes the shard and the offset).

Timestamps are the **append time stamped by the log** (the adapter's clock when the record is handed
to storage, clamped so it never goes backwards within a partition), not a time the caller supplies:
Kinesis' ``ApproximateArrivalTimestamp`` and ``AT_TIMESTAMP`` iterators rest on it.

Retention: a topic may have ``retention_ms``; records older than that are never returned again (reads
skip them, ``earliest_offset`` moves past them) and storage reclaims them eventually. ``trim`` applies
it now; shortening a topic's retention trims at once, so lengthening it again resurrects nothing that
was already trimmed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

NAME_PATTERN = re.compile(r"^[A-Za-z0-9._-]{1,200}$")
"""Topic and group names: Kafka's topic alphabet, short enough for a prefix to fit in its 249."""

MAX_PARTITIONS = 1024


class LogError(Exception):
    """Base of the log's errors."""


class UnknownTopic(LogError, KeyError):
    def __init__(self, topic: str) -> None:
        super().__init__(topic)
        self.topic = topic

    def __str__(self) -> str:
        return f"no such topic: {self.topic!r}"


class UnknownPartition(LogError, KeyError):
    def __init__(self, topic: str, partition: int) -> None:
        super().__init__(topic, partition)
        self.topic, self.partition = topic, partition

    def __str__(self) -> str:
        return f"topic {self.topic!r} has no partition {self.partition}"


class TopicExists(LogError):
    """``create_topic`` on an existing topic with a different partition count."""


@dataclass(frozen=True, slots=True)
class Message:
    """A record to append. ``headers`` carry small per-record fields a service needs back verbatim
    (Kinesis' explicit hash key, SNS message attributes' digest...)."""

    value: bytes
    key: bytes | None = None
    headers: tuple[tuple[str, bytes], ...] = ()

    @property
    def size(self) -> int:
        return record_size(self.value, self.key, self.headers)


@dataclass(frozen=True, slots=True)
class Appended:
    partition: int
    offset: int
    timestamp_ms: int


@dataclass(frozen=True, slots=True)
class Record:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    value: bytes
    key: bytes | None = None
    headers: tuple[tuple[str, bytes], ...] = ()

    @property
    def size(self) -> int:
        return record_size(self.value, self.key, self.headers)


@dataclass(frozen=True, slots=True)
class ReadResult:
    records: list[Record]
    next_offset: int
    """Where the next read continues: one past the last record returned, or the start offset (moved
    up to ``earliest_offset`` when the records asked for were trimmed) when nothing came back."""
    end_offset: int
    """The partition's end (one past its last record) when this read ran: ``next_offset ==
    end_offset`` means the reader is at the tip (Kinesis ``MillisBehindLatest`` = 0)."""


@dataclass(frozen=True, slots=True)
class TopicInfo:
    name: str
    partitions: int
    retention_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Trimmed:
    """What ``trim`` did to one partition: records below ``earliest_offset`` are gone."""

    topic: str
    partition: int
    earliest_offset: int


@runtime_checkable
class Log(Protocol):
    """One durable, partitioned, append-only log. Every method is safe to call concurrently."""

    async def create_topic(self, topic: str, *, partitions: int = 1, retention_ms: int | None = None) -> bool:
        """Create ``topic`` (True), or find it already there with the same partition count (False;
        its retention is left as it is). A different partition count raises ``TopicExists``."""
        ...

    async def delete_topic(self, topic: str) -> None:
        """Delete the topic and its records (``UnknownTopic`` if absent). Consumer positions on it
        are undefined afterwards: give a re-created topic a new name (an incarnation suffix) or
        commit positions anew."""
        ...

    async def describe_topic(self, topic: str) -> TopicInfo | None: ...

    async def list_topics(self, prefix: str = "") -> list[str]: ...

    async def set_retention(self, topic: str, retention_ms: int | None) -> None:
        """Change how long records stay readable (None: forever). Shortening trims at once."""
        ...

    def append(self, topic: str, partition: int, message: Message) -> Awaitable[Appended]:
        """Append one record; once awaited, the record is durable and readable. (An awaitable rather than
        a coroutine function, so an adapter can hand back a bare future: one coroutine less per append;
        wrap it in ``asyncio.ensure_future`` for a task, not ``create_task``.)"""
        ...

    async def append_batch(self, topic: str, partition: int, messages: Sequence[Message]) -> list[Appended]:
        """Append records in order to one partition; their offsets are consecutive unless another
        appender interleaves (never guaranteed atomic: a failure may leave a prefix appended)."""
        ...

    async def read(
        self,
        topic: str,
        partition: int,
        offset: int,
        *,
        max_records: int = 1000,
        max_bytes: int = 10 * 1024 * 1024,
        wait_ms: int = 0,
    ) -> ReadResult:
        """Records from ``offset`` on (from ``earliest_offset`` if ``offset`` was trimmed), at most
        ``max_records`` and about ``max_bytes`` (always at least one record when any is there, however
        large). With ``wait_ms`` > 0 and nothing to return, waits up to that long for an append and
        returns as soon as one lands (woken, not polled)."""
        ...

    async def earliest_offset(self, topic: str, partition: int) -> int:
        """The first readable offset (== ``latest_offset`` when the partition is empty)."""
        ...

    async def latest_offset(self, topic: str, partition: int) -> int:
        """One past the last record: the offset the next append gets."""
        ...

    async def offset_for_time(self, topic: str, partition: int, timestamp_ms: int) -> int:
        """The first readable offset whose timestamp is >= ``timestamp_ms`` (``latest_offset`` if
        none is): Kinesis ``AT_TIMESTAMP``."""
        ...

    async def commit(self, group: str, topic: str, partition: int, offset: int) -> None:
        """Store ``group``'s position in a partition: the next offset it will read."""
        ...

    async def committed(self, group: str, topic: str, partition: int) -> int | None:
        """``group``'s stored position, or None if it never committed one."""
        ...

    async def trim(self, topic: str | None = None) -> list[Trimmed]:
        """Apply retention now to ``topic`` (every topic if None)."""
        ...

    async def close(self) -> None: ...


def check_name(name: str, what: str = "topic") -> str:
    if not NAME_PATTERN.match(name):
        raise ValueError(f"invalid {what} name {name!r}: 1-200 characters of A-Z a-z 0-9 . _ -")
    return name


def check_partitions(partitions: int) -> int:
    if not 1 <= partitions <= MAX_PARTITIONS:
        raise ValueError(f"partitions must be 1..{MAX_PARTITIONS}, got {partitions}")
    return partitions


def check_retention(retention_ms: int | None) -> int | None:
    if retention_ms is not None and retention_ms <= 0:
        raise ValueError(f"retention_ms must be positive or None, got {retention_ms}")
    return retention_ms


def record_size(value: bytes, key: bytes | None, headers: tuple[tuple[str, bytes], ...]) -> int:
    return len(value) + (len(key) if key else 0) + sum(len(k) + len(v) for k, v in headers)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Clock:
    """Per-partition append clock: wall time in ms, never going backwards within a partition."""

    last: dict[tuple[str, int], int] = field(default_factory=dict)

    def stamp(self, topic: str, partition: int, floor: int = 0) -> int:
        key = (topic, partition)
        ts = max(now_ms(), self.last.get(key, 0), floor)
        self.last[key] = ts
        return ts

    def forget(self, topic: str) -> None:
        for key in [k for k in self.last if k[0] == topic]:
            del self.last[key]
