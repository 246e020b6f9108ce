"""Kinesis metadata as the provider holds it: streams with their shards, and consumers.

Everything here is plain data; the store persists it (``store/``) and the provider keeps the
current state in memory, so routing a record to its shard costs no storage round trip.
"""

from __future__ import annotations

import bisect
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from overcast_kinesis import ids


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Shard:
    index: int
    start_hash: int
    end_hash: int
    created_ms: int
    parent: int | None = None
    adjacent_parent: int | None = None
    closed_ms: int | None = None
    end_position: int | None = None
    """For a closed shard: how many records the log held when it closed (its last sequence position)."""

    @property
    def id(self) -> str:
        return ids.shard_id(self.index)

    @property
    def is_open(self) -> bool:
        return self.closed_ms is None

    def covers(self, start: int, end: int) -> bool:
        return self.start_hash <= end and start <= self.end_hash

    def to_doc(self) -> dict[str, Any]:
        doc = asdict(self)
        doc["start_hash"], doc["end_hash"] = str(self.start_hash), str(self.end_hash)
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Shard:
        return cls(**{**doc, "start_hash": int(doc["start_hash"]), "end_hash": int(doc["end_hash"])})


@dataclass
class Stream:
    uid: str
    """16 hex digits, unique per incarnation: names the stream's log topics and its iterators."""
    account: str
    region: str
    name: str
    arn: str
    created_ms: int
    salt: int
    mode: str = "PROVISIONED"
    status: str = "CREATING"
    ready_at_ms: int = 0
    """When ``status`` (CREATING / UPDATING) turns ACTIVE."""
    retention_hours: int = 24
    encryption_type: str = "NONE"
    key_id: str | None = None
    shard_metrics: list[str] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)
    max_record_size_kib: int = 1024
    warm_throughput_mibps: int | None = None
    next_index: int = 0
    shards: list[Shard] = field(default_factory=list)
    # routing table over the open shards, rebuilt when shards change
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _open: list[Shard] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self._open = sorted((s for s in self.shards if s.is_open), key=lambda s: s.start_hash)
        self._starts = [s.start_hash for s in self._open]

    def current_status(self, now: int | None = None) -> str:
        if self.status != "ACTIVE" and (now if now is not None else now_ms()) >= self.ready_at_ms:
            self.status = "ACTIVE"
        return self.status

    def route(self, hash_key: int) -> Shard:
        return self._open[bisect.bisect_right(self._starts, hash_key) - 1]

    @property
    def open_shards(self) -> list[Shard]:
        return self._open

    def shard(self, index: int) -> Shard | None:
        for s in self.shards:
            if s.index == index:
                return s
        return None

    def topic(self, index: int) -> str:
        return f"{self.uid}.{index}"

    @property
    def retention_ms(self) -> int:
        return self.retention_hours * 3600 * 1000

    def new_shard(
        self, start: int, end: int, created_ms: int, parent: int | None = None, adjacent: int | None = None
    ) -> Shard:
        shard = Shard(self.next_index, start, end, created_ms, parent, adjacent)
        self.next_index += 1
        self.shards.append(shard)
        return shard

    def to_doc(self) -> dict[str, Any]:
        return {
            "arn": self.arn,
            "created_ms": self.created_ms,
            "salt": self.salt,
            "mode": self.mode,
            "status": self.status,
            "ready_at_ms": self.ready_at_ms,
            "retention_hours": self.retention_hours,
            "encryption_type": self.encryption_type,
            "key_id": self.key_id,
            "shard_metrics": list(self.shard_metrics),
            "tags": dict(self.tags),
            "max_record_size_kib": self.max_record_size_kib,
            "warm_throughput_mibps": self.warm_throughput_mibps,
            "next_index": self.next_index,
            "shards": [s.to_doc() for s in self.shards],
        }

    @classmethod
    def from_doc(cls, uid: str, account: str, region: str, name: str, doc: dict[str, Any]) -> Stream:
        fields = dict(doc)
        shards = [Shard.from_doc(s) for s in fields.pop("shards")]
        return cls(uid=uid, account=account, region=region, name=name, shards=shards, **fields)


@dataclass
class Consumer:
    arn: str
    stream_uid: str
    name: str
    created_ms: int
    status: str = "CREATING"
    ready_at_ms: int = 0
    tags: dict[str, str] = field(default_factory=dict)

    def current_status(self, now: int | None = None) -> str:
        if self.status == "CREATING" and (now if now is not None else now_ms()) >= self.ready_at_ms:
            self.status = "ACTIVE"
        return self.status

    def to_doc(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "created_ms": self.created_ms,
            "status": self.status,
            "ready_at_ms": self.ready_at_ms,
            "tags": dict(self.tags),
        }

    @classmethod
    def from_doc(cls, arn: str, stream_uid: str, doc: dict[str, Any]) -> Consumer:
        return cls(arn=arn, stream_uid=stream_uid, **doc)
