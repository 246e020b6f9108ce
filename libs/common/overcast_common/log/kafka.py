"""The cluster log: Kafka through aiokafka, shaped to need nothing Tansu lacks.

Mapping (``docs/storage.md`` has the why):

- a log topic is the Kafka topic ``<prefix><name>``, created with its final partition count (no
  ``CreatePartitions``); replication factor as configured (1 for Tansu and the chart's one broker);
- appends: one producer, ``acks=all``, idempotence off (Tansu has no idempotent producer). Appends
  to a partition queue up in call order (timestamps stamped as they queue) and go out as one record
  batch per produce request, one request in flight per partition: what arrives meanwhile shares the
  next batch, so records land in the order of the ``append`` calls, and a batch costs one future and
  one answer however many appends it carries (``producer.send`` costs those per record);
- timestamps: CreateTime stamped by this adapter (Tansu ignores ``LogAppendTime``), never going
  backwards within a partition in this process;
- reads: raw ``Fetch`` requests on the adapter's own connection (no consumer group machinery). The
  end offset is the fetch's high watermark, and offset-for-time is a binary search over fetched
  timestamps: Tansu 0.6 answers ``ListOffsets`` wrongly for both after batched appends;
- waiting reads: this process's appends wake readers at once; appends from other processes reach
  them through one long-poll ``Fetch`` per waited partition, on a connection of its own (a parked
  fetch holds its connection). Real Kafka answers such a fetch as soon as data lands; Tansu only
  when its wait ends, so there the wake-up takes up to ``long_poll_ms``;
- consumer positions: Kafka committed offsets of group ``<prefix><group>`` (``OffsetCommit`` with
  generation -1, no membership);
- retention: the topic's ``retention.ms`` for the broker to delete data (Tansu's memory store never
  does), plus the log's own metadata kept as committed offsets of two internal groups: the
  retention each topic has now (``AlterConfigs`` is missing on Tansu) and a per-partition low-water
  mark that ``trim`` raises (instead of ``DeleteRecords``). Reads never return records below the
  mark or older than the retention.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import IncompatibleBrokerVersion, KafkaError, UnknownTopicOrPartitionError
from aiokafka.protocol.commit import OffsetCommitRequest, OffsetFetchRequest
from aiokafka.protocol.fetch import FetchRequest
from aiokafka.protocol.metadata import MetadataRequest
from aiokafka.protocol.offset import OffsetRequest
from aiokafka.record.memory_records import MemoryRecords

from overcast_common.log.port import (
    Appended,
    Clock,
    LogError,
    Message,
    ReadResult,
    Record,
    TopicExists,
    TopicInfo,
    Trimmed,
    UnknownPartition,
    UnknownTopic,
    check_name,
    check_partitions,
    check_retention,
    now_ms,
)
from overcast_common.log.wakeups import Wakeups, read_waiting

_FOREVER = 1 << 62  # "no retention" as a committed offset
_EARLIEST = -2
_LATEST = -1
_ERR_OFFSET_OUT_OF_RANGE = 1
_ERR_UNKNOWN_TOPIC = 3
_ERR_TOPIC_EXISTS = 36
_META_TTL_S = 2.0
_PRESENT_WAIT_MS = 500  # a fetch where data is answers at once; this only bounds a surprise
_MAX_REQUEST = 16 * 1024 * 1024


@dataclass
class _Topic:
    full: str
    partitions: int
    leaders: dict[int, int]
    retention_ms: int | None = None
    floors: dict[int, int] = field(default_factory=dict)
    meta_at: float = -1e9  # monotonic time retention and floors were read


@dataclass
class _Waiting:
    """One ``append_batch`` call waiting for its records to be sent."""

    messages: Sequence[Message]
    stamps: list[int]
    future: asyncio.Future[list[int]]
    offsets: list[int] = field(default_factory=list)
    sent: int = 0
    added: int = 0  # to the batch being built


@dataclass
class _Queue:
    waiting: list[_Waiting] = field(default_factory=list)
    sender: asyncio.Task[None] | None = None


@dataclass
class _Fetched:
    records: list[Record]
    high_watermark: int
    log_start: int


class KafkaLog:
    """``Log`` on a Kafka-compatible broker. ``await KafkaLog.open(bootstrap, prefix=...)``."""

    def __init__(
        self,
        bootstrap_servers: str,
        *,
        prefix: str = "overcast.",
        replication_factor: int = 1,
        long_poll_ms: int = 1000,
        client_id: str = "overcast-log",
    ) -> None:
        if prefix and not all(c.isalnum() or c in "._-" for c in prefix):
            raise ValueError(f"invalid topic prefix {prefix!r}")
        self.bootstrap_servers = bootstrap_servers
        self.prefix = prefix
        self.replication_factor = replication_factor
        self.long_poll_ms = long_poll_ms
        self.client_id = client_id
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers,
            client_id=client_id,
            acks="all",
            enable_idempotence=False,
            linger_ms=0,
            max_request_size=_MAX_REQUEST,
        )
        self._client = AIOKafkaClient(bootstrap_servers=bootstrap_servers, client_id=client_id)
        self._admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, client_id=client_id)
        self._topics: dict[str, _Topic] = {}
        self._queues: dict[tuple[str, int], _Queue] = {}
        self._clock = Clock()
        self._wakeups = Wakeups()
        self._pollers: dict[tuple[str, int], asyncio.Task[None]] = {}
        self._idle_pollers: list[AIOKafkaClient] = []
        self._coordinators: dict[str, int] = {}
        self._closed = False

    @classmethod
    async def open(cls, bootstrap_servers: str, **options: Any) -> KafkaLog:
        log = cls(bootstrap_servers, **options)
        try:
            await log._client.bootstrap()
            await log._admin.start()
            await log._producer.start()
        except BaseException:
            await log.close()
            raise
        return log

    # --- names and metadata ----------------------------------------------------------------------

    def _full(self, topic: str) -> str:
        return self.prefix + check_name(topic)

    @property
    def _retention_group(self) -> str:
        return f"{self.prefix}~log.retention"  # '~' is outside the group-name alphabet: no clash

    @property
    def _floor_group(self) -> str:
        return f"{self.prefix}~log.floor"

    async def _describe(self, full: str) -> tuple[int, dict[int, int]] | None:
        """(partition count, leaders) from the broker, without auto-creating the topic."""
        node = self._client.get_random_node()
        response = await self._client.send(node, MetadataRequest([full], allow_auto_topic_creation=False))
        for entry in response.topics:
            error, name = entry[0], entry[1]
            partitions = next(item for item in entry[2:] if isinstance(item, list))  # field order varies
            if name != full:
                continue
            if error == _ERR_UNKNOWN_TOPIC or not partitions:
                return None
            if error:
                raise LogError(f"metadata for {full!r}: Kafka error {error}")
            return len(partitions), {p[1]: p[2] for p in partitions}
        return None

    async def _topic(self, topic: str, *, fresh_meta: bool = False, meta: bool = True) -> _Topic:
        """The topic's partitions and leaders; with ``meta``, its retention and floors as well (read
        again every ``_META_TTL_S``: appends and positions do not need them)."""
        full = self._full(topic)
        state = self._topics.get(topic)
        if state is None:
            found = await self._describe(full)
            if found is None:
                raise UnknownTopic(topic)
            state = self._topics[topic] = _Topic(full, found[0], found[1])
        if fresh_meta or (meta and time.monotonic() - state.meta_at > _META_TTL_S):
            await self._load_meta(topic, state)
        return state

    async def _load_meta(self, topic: str, state: _Topic) -> None:
        parts = list(range(state.partitions))
        retention = await self._fetch_committed(self._retention_group, state.full, [0])
        floors = await self._fetch_committed(self._floor_group, state.full, parts)
        stored = retention.get(0)
        if stored is None:  # created elsewhere without our metadata: the broker's config
            state.retention_ms = await self._broker_retention(state.full)
        else:
            state.retention_ms = None if stored >= _FOREVER else stored
        state.floors = {p: floors.get(p) or 0 for p in parts}
        state.meta_at = time.monotonic()

    async def _broker_retention(self, full: str) -> int | None:
        try:
            responses = await self._admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, full)])
        except (KafkaError, IncompatibleBrokerVersion):
            return None
        for response in responses:
            for resource in response.resources:
                for entry in resource[4]:
                    if entry[0] == "retention.ms":
                        value = int(entry[1])
                        return value if value > 0 else None
        return None

    def _check_partition(self, topic: str, state: _Topic, partition: int) -> None:
        if not 0 <= partition < state.partitions:
            raise UnknownPartition(topic, partition)

    # --- topics ----------------------------------------------------------------------------------

    async def create_topic(self, topic: str, *, partitions: int = 1, retention_ms: int | None = None) -> bool:
        full = self._full(topic)
        check_partitions(partitions)
        check_retention(retention_ms)
        configs = {"retention.ms": str(retention_ms or -1)}
        response = await self._admin.create_topics(
            [NewTopic(full, partitions, self.replication_factor, topic_configs=configs)]
        )
        error, message = response.topic_errors[0][1], response.topic_errors[0][2]
        if error == _ERR_TOPIC_EXISTS:
            found = await self._describe(full)
            if found is not None and found[0] != partitions:
                raise TopicExists(f"topic {topic!r} exists with {found[0]} partitions, not {partitions}")
            return False
        if error:
            raise LogError(f"creating {full!r}: Kafka error {error} {message}")
        found = None
        for _ in range(100):  # metadata can trail creation on a real cluster
            found = await self._describe(full)
            if found is not None:
                break
            await asyncio.sleep(0.05)
        if found is None:
            raise LogError(f"topic {full!r} created but not visible in metadata")
        # reset what a deleted topic of the same name may have left in the internal groups
        await self._commit(
            self._retention_group, full, {0: _FOREVER if retention_ms is None else retention_ms}
        )
        await self._commit(self._floor_group, full, dict.fromkeys(range(partitions), 0))
        self._topics[topic] = _Topic(full, found[0], found[1])
        return True

    async def delete_topic(self, topic: str) -> None:
        full = self._full(topic)
        response = await self._admin.delete_topics([full])
        error = response.topic_error_codes[0][1]
        self._topics.pop(topic, None)
        self._clock.forget(topic)
        self._wakeups.notify_topic(topic)
        if error == _ERR_UNKNOWN_TOPIC:
            raise UnknownTopic(topic)
        if error:
            raise LogError(f"deleting {full!r}: Kafka error {error}")

    async def describe_topic(self, topic: str) -> TopicInfo | None:
        try:
            state = await self._topic(topic, fresh_meta=True)
        except UnknownTopic:
            return None
        return TopicInfo(topic, state.partitions, state.retention_ms)

    async def list_topics(self, prefix: str = "") -> list[str]:
        node = self._client.get_random_node()
        response = await self._client.send(node, MetadataRequest(None))
        names = [entry[1] for entry in response.topics if entry[1].startswith(self.prefix + prefix)]
        return sorted(name[len(self.prefix) :] for name in names)

    async def set_retention(self, topic: str, retention_ms: int | None) -> None:
        check_retention(retention_ms)
        state = await self._topic(topic)
        await self._commit(
            self._retention_group, state.full, {0: _FOREVER if retention_ms is None else retention_ms}
        )
        state.retention_ms = retention_ms
        # real Kafka: let the broker delete on the new schedule too; Tansu has no AlterConfigs
        resource = ConfigResource(
            ConfigResourceType.TOPIC, state.full, {"retention.ms": str(retention_ms or -1)}
        )
        with contextlib.suppress(KafkaError, IncompatibleBrokerVersion):
            await self._admin.alter_configs([resource])
        await self.trim(topic)

    # --- appends ---------------------------------------------------------------------------------

    async def append(self, topic: str, partition: int, message: Message) -> Appended:
        # ``append_batch`` for one record to a known partition, written out (SNS appends one per
        # Publish): no coroutine for the cached metadata, no lists built for a single record
        state = self._topics.get(topic)
        queue = self._queues.get((topic, partition))
        if state is None or queue is None or not 0 <= partition < state.partitions:
            return (await self.append_batch(topic, partition, [message]))[0]
        stamp = self._clock.stamp(topic, partition)
        try:
            offsets = await self._queue_up(topic, partition, state, queue, (message,), [stamp])
        except UnknownTopicOrPartitionError as exc:
            self._topics.pop(topic, None)
            raise UnknownTopic(topic) from exc
        return Appended(partition, offsets[0], stamp)

    async def append_batch(self, topic: str, partition: int, messages: Sequence[Message]) -> list[Appended]:
        if not messages:
            return []
        state = await self._topic(topic, meta=False)
        self._check_partition(topic, state, partition)
        key = (topic, partition)
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = _Queue()
        stamps = [self._clock.stamp(topic, partition) for _ in messages]
        try:
            offsets = await self._queue_up(topic, partition, state, queue, messages, stamps)
        except UnknownTopicOrPartitionError as exc:
            self._topics.pop(topic, None)
            raise UnknownTopic(topic) from exc
        return [Appended(partition, offset, ts) for offset, ts in zip(offsets, stamps, strict=True)]

    def _queue_up(
        self,
        topic: str,
        partition: int,
        state: _Topic,
        queue: _Queue,
        messages: Sequence[Message],
        stamps: list[int],
    ) -> asyncio.Future[list[int]]:
        """Queue ``messages`` for the partition's sender (started if idle); the future gets their offsets."""
        waiting = _Waiting(messages, stamps, asyncio.get_running_loop().create_future())
        queue.waiting.append(waiting)
        if queue.sender is None:
            queue.sender = asyncio.create_task(self._send_queued(topic, partition, state.full, queue))
        return waiting.future

    async def _send_queued(self, topic: str, partition: int, full: str, queue: _Queue) -> None:
        """Send what waits for one partition, one record batch (one produce request) at a time:
        appends that arrive while a batch is in flight share the next one, in call order."""
        try:
            while queue.waiting:
                builder = self._producer.create_batch()
                batch: list[_Waiting] = []
                added = 0
                for waiting in queue.waiting:
                    while waiting.sent + waiting.added < len(waiting.messages):
                        message = waiting.messages[waiting.sent + waiting.added]
                        fits = builder.append(
                            timestamp=waiting.stamps[waiting.sent + waiting.added],
                            key=message.key,
                            value=message.value,
                            headers=list(message.headers),
                        )
                        if fits is None:
                            break  # the batch is full (its first record always fits)
                        waiting.added += 1
                        added += 1
                    if waiting.added:
                        batch.append(waiting)
                    if waiting.sent + waiting.added < len(waiting.messages):
                        break  # the rest goes in the next batch
                try:
                    metadata = await (await self._producer.send_batch(builder, full, partition=partition))
                except Exception as error:
                    for waiting in batch:  # whatever of them was sent before stays (never atomic)
                        queue.waiting.remove(waiting)
                        if not waiting.future.done():
                            waiting.future.set_exception(error)
                    continue
                finally:
                    self._wakeups.notify(topic, partition)
                offset = metadata.offset
                for waiting in batch:
                    waiting.offsets += range(offset, offset + waiting.added)
                    offset += waiting.added
                    waiting.sent += waiting.added
                    waiting.added = 0
                    if waiting.sent == len(waiting.messages):
                        queue.waiting.remove(waiting)
                        if not waiting.future.done():
                            waiting.future.set_result(waiting.offsets)
        finally:
            queue.sender = None
            for waiting in queue.waiting:  # cancelled (the log is closing)
                if not waiting.future.done():
                    waiting.future.set_exception(LogError("the log was closed before the append"))
            queue.waiting.clear()

    # --- fetching --------------------------------------------------------------------------------

    async def _fetch(
        self,
        state: _Topic,
        topic: str,
        partition: int,
        offset: int,
        *,
        max_bytes: int,
        client: AIOKafkaClient | None = None,
        max_wait_ms: int = _PRESENT_WAIT_MS,
        min_bytes: int = 1,
        since: int | None = None,
    ) -> _Fetched:
        """One ``Fetch`` at ``offset``. Only fetch where data is (below the end) unless waiting on
        purpose: Tansu holds a fetch at the end for its whole ``max_wait``, and answers a short wait
        with nothing even when data is there; with data there it answers at once."""
        client = client or self._client
        leader = state.leaders.get(partition, -1)
        if client.cluster.broker_metadata(leader) is None:
            await client.force_metadata_update()
        request = FetchRequest(
            max_wait_ms,
            min_bytes,
            max(max_bytes, 1),
            0,
            [(state.full, [(partition, offset, max(max_bytes, 1))])],
        )
        response = await client.send(leader, request)
        for _, partitions in response.topics:
            for entry in partitions:
                if entry[0] != partition:
                    continue
                error, high_watermark = entry[1], entry[2]
                if error == _ERR_UNKNOWN_TOPIC:
                    self._topics.pop(topic, None)
                    raise UnknownTopic(topic)
                if error == _ERR_OFFSET_OUT_OF_RANGE:
                    start = await self._list_offset(state, partition, _EARLIEST)
                    end = await self._list_offset(state, partition, _LATEST)
                    return _Fetched([], max(end, start), start)
                if error:
                    raise LogError(f"fetching {state.full}[{partition}]: Kafka error {error}")
                log_start = entry[4] if response.API_VERSION >= 5 and len(entry) > 5 else 0
                return _Fetched(
                    self._decode(topic, partition, offset if since is None else since, entry[-1]),
                    high_watermark,
                    max(log_start, 0),
                )
        raise LogError(f"fetching {state.full}[{partition}]: no answer for the partition: {response}")

    @staticmethod
    def _decode(topic: str, partition: int, offset: int, raw: bytes | None) -> list[Record]:
        out: list[Record] = []
        if not raw:
            return out
        records = MemoryRecords(raw)
        while records.has_next():
            batch = records.next_batch()
            if batch is None:
                break
            if getattr(batch, "is_control_batch", False):
                continue
            for record in batch:
                if record.offset < offset:  # a fetch answers from the start of the batch
                    continue
                headers = tuple((k, bytes(v)) for k, v in (record.headers or ()))
                out.append(
                    Record(topic, partition, record.offset, record.timestamp, bytes(record.value or b""),
                           None if record.key is None else bytes(record.key), headers)
                )  # fmt: skip
        return out

    async def _list_offset(self, state: _Topic, partition: int, which: int) -> int:
        leader = state.leaders.get(partition, -1)
        response = await self._client.send(leader, OffsetRequest(-1, 0, [(state.full, [(partition, which)])]))
        for _, partitions in response.topics:
            for entry in partitions:
                if entry[0] == partition and not entry[1]:
                    return int(entry[-1])
        raise LogError(f"ListOffsets for {state.full}[{partition}] failed: {response}")

    async def _end(self, state: _Topic, topic: str, partition: int) -> int:
        return (await self._probe(state, topic, partition, None, 1))[1].high_watermark

    async def _probe(
        self, state: _Topic, topic: str, partition: int, start: int | None, max_bytes: int
    ) -> tuple[int, _Fetched]:
        """Fetch from ``start`` (None: just learn the end) without ever parking at the end.

        Tansu's ``ListOffsets(latest)`` answers one past the *first* record of the last batch, so
        it is a lower bound of the end (exact on Kafka): below it a fetch finds data; at or above
        it, fetching the last batch (which exists) yields the true end as its high watermark, and
        whatever of ``start`` on that batch holds."""
        latest = await self._list_offset(state, partition, _LATEST)
        if latest <= 0:
            return latest, _Fetched([], 0, 0)
        at = start if start is not None and start < latest else latest - 1
        since = at if start is None else start
        return latest, await self._fetch(state, topic, partition, at, max_bytes=max_bytes, since=since)

    async def _first_at_or_after(
        self, state: _Topic, topic: str, partition: int, ts: int, low: int, high: int
    ) -> int:
        """Binary search over [low, high) for the first record with timestamp >= ``ts``."""
        while low < high:
            mid = (low + high) // 2
            fetched = await self._fetch(state, topic, partition, mid, max_bytes=1)
            first = next((r for r in fetched.records if r.offset >= mid), None)
            if first is None or first.offset >= high or first.timestamp_ms >= ts:
                high = mid
            else:
                low = first.offset + 1
        return low

    def _cutoff(self, state: _Topic) -> int:
        return 0 if state.retention_ms is None else now_ms() - state.retention_ms

    # --- reads -----------------------------------------------------------------------------------

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
        return await read_waiting(
            self._wakeups,
            topic,
            partition,
            wait_ms,
            lambda: self._read_once(topic, partition, offset, max_records, max_bytes),
            lambda: self._closed,
            lambda result, remaining: self._ensure_poller(
                topic, partition, result.end_offset, int(remaining * 1000)
            ),
        )

    async def _read_once(
        self, topic: str, partition: int, offset: int, max_records: int, max_bytes: int
    ) -> ReadResult:
        state = await self._topic(topic)
        self._check_partition(topic, state, partition)
        start = max(offset, state.floors.get(partition, 0))
        _, fetched = await self._probe(state, topic, partition, start, max_bytes)
        end = fetched.high_watermark
        if start < fetched.log_start:  # the broker deleted what was asked for
            start = min(fetched.log_start, end)
            fetched = await self._fetch_below(state, topic, partition, start, end, max_bytes)
        cutoff = self._cutoff(state)
        if cutoff and fetched.records and fetched.records[0].timestamp_ms < cutoff:
            start = await self._first_at_or_after(state, topic, partition, cutoff, start, end)
            fetched = await self._fetch_below(state, topic, partition, start, end, max_bytes)
        records: list[Record] = []
        size = 0
        for record in fetched.records:
            if record.timestamp_ms < cutoff:
                continue
            if len(records) >= max_records or (records and size + record.size > max_bytes):
                break
            records.append(record)
            size += record.size
        next_offset = records[-1].offset + 1 if records else min(start, max(end, offset))
        return ReadResult(records, next_offset, end)

    async def _fetch_below(
        self, state: _Topic, topic: str, partition: int, start: int, end: int, max_bytes: int
    ) -> _Fetched:
        if start >= end:
            return _Fetched([], end, start)
        return await self._fetch(state, topic, partition, start, max_bytes=max_bytes)

    def _ensure_poller(self, topic: str, partition: int, end: int, remaining_ms: int) -> None:
        """One long-poll fetch per waited partition, shared by its waiters; when it returns (data
        or timeout) they all wake and read again."""
        key = (topic, partition)
        if key in self._pollers:
            return
        wait_ms = max(1, min(remaining_ms, self.long_poll_ms))
        self._pollers[key] = asyncio.create_task(self._poll(topic, partition, end, wait_ms))

    async def _poll(self, topic: str, partition: int, end: int, wait_ms: int) -> None:
        key = (topic, partition)
        client: AIOKafkaClient | None = None
        try:
            state = await self._topic(topic)
            if self._idle_pollers:
                client = self._idle_pollers.pop()
            else:
                client = AIOKafkaClient(bootstrap_servers=self.bootstrap_servers, client_id=self.client_id)
                await client.bootstrap()
            await self._fetch(
                state, topic, partition, end, max_bytes=1, client=client, max_wait_ms=wait_ms, min_bytes=1
            )
        except (KafkaError, LogError, OSError):
            await asyncio.sleep(min(wait_ms, 100) / 1000)  # the next read reports the error
        finally:
            self._pollers.pop(key, None)
            if client is not None:
                if self._closed:
                    await client.close()
                else:
                    self._idle_pollers.append(client)
            self._wakeups.notify(topic, partition)

    async def earliest_offset(self, topic: str, partition: int) -> int:
        state = await self._topic(topic)
        self._check_partition(topic, state, partition)
        start = max(await self._list_offset(state, partition, _EARLIEST), state.floors.get(partition, 0))
        end = await self._end(state, topic, partition)
        start = min(start, end)
        cutoff = self._cutoff(state)
        if cutoff:
            start = await self._first_at_or_after(state, topic, partition, cutoff, start, end)
        return start

    async def latest_offset(self, topic: str, partition: int) -> int:
        state = await self._topic(topic)
        self._check_partition(topic, state, partition)
        return await self._end(state, topic, partition)

    async def offset_for_time(self, topic: str, partition: int, timestamp_ms: int) -> int:
        low = await self.earliest_offset(topic, partition)
        state = await self._topic(topic)
        end = await self._end(state, topic, partition)
        return await self._first_at_or_after(state, topic, partition, timestamp_ms, low, end)

    # --- positions -------------------------------------------------------------------------------

    async def _coordinator(self, group: str) -> int:
        if group not in self._coordinators:
            self._coordinators[group] = await self._client.coordinator_lookup(0, group)
        return self._coordinators[group]

    async def _commit(self, group: str, full: str, offsets: dict[int, int]) -> None:
        node = await self._coordinator(group)
        request = OffsetCommitRequest(group, -1, "", -1, [(full, [(p, o, "") for p, o in offsets.items()])])
        response = await self._client.send(node, request)
        for _, partitions in response.topics:
            for partition, error in partitions:
                if error:
                    self._coordinators.pop(group, None)
                    raise LogError(f"committing {group}/{full}[{partition}]: Kafka error {error}")

    async def _fetch_committed(self, group: str, full: str, partitions: list[int]) -> dict[int, int | None]:
        node = await self._coordinator(group)
        response = await self._client.send(node, OffsetFetchRequest(group, [(full, partitions)]))
        out: dict[int, int | None] = {}
        for _, entries in response.topics:
            for entry in entries:
                partition, offset = entry[0], entry[1]
                out[partition] = None if offset < 0 else int(offset)
        return out

    async def commit(self, group: str, topic: str, partition: int, offset: int) -> None:
        check_name(group, "group")
        state = await self._topic(topic, meta=False)
        self._check_partition(topic, state, partition)
        await self._commit(self.prefix + group, state.full, {partition: offset})

    async def committed(self, group: str, topic: str, partition: int) -> int | None:
        check_name(group, "group")
        state = await self._topic(topic, meta=False)
        self._check_partition(topic, state, partition)
        return (await self._fetch_committed(self.prefix + group, state.full, [partition])).get(partition)

    # --- retention -------------------------------------------------------------------------------

    async def trim(self, topic: str | None = None) -> list[Trimmed]:
        names = [topic] if topic is not None else await self.list_topics()
        done: list[Trimmed] = []
        for name in names:
            state = await self._topic(name, fresh_meta=True)
            cutoff = self._cutoff(state)
            if not cutoff:
                continue
            raised: dict[int, int] = {}
            for partition in range(state.partitions):
                floor = state.floors.get(partition, 0)
                end = await self._end(state, name, partition)
                first = await self._first_at_or_after(state, name, partition, cutoff, min(floor, end), end)
                if first > floor:
                    raised[partition] = first
                done.append(Trimmed(name, partition, max(first, floor)))
            if raised:
                await self._commit(self._floor_group, state.full, raised)
                state.floors.update(raised)
        return done

    # --- lifecycle -------------------------------------------------------------------------------

    async def close(self) -> None:
        self._closed = True
        for task in list(self._pollers.values()):
            task.cancel()
        for task in list(self._pollers.values()):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for topic, partition in list(self._wakeups._events):
            self._wakeups.notify(topic, partition)
        with contextlib.suppress(Exception):
            await self._producer.stop()  # sends what was handed to it
        senders = [queue.sender for queue in self._queues.values() if queue.sender is not None]
        for task in senders:
            task.cancel()
        for task in senders:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        with contextlib.suppress(Exception):
            await self._admin.close()
        for client in [self._client, *self._idle_pollers]:
            with contextlib.suppress(Exception):
                await client.close()
        self._idle_pollers.clear()
