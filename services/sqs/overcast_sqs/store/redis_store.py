"""Cluster SQS store: Redis, every port method one Lua script (one ``EVALSHA``, one round trip).

Key layout and Redis Cluster
----------------------------
Every key of a queue lives under ``P = <ns>{<account>:<region>}:q:<name>`` (the message hashes, the
visibility index, FIFO group lists, dedup records, receive attempts: see ``redis_lua``), next to
the region's queue registry ``<ns>{<account>:<region>}:queues`` and tombstones ``...:deleted``. The
hash tag is the **account and region**, not the queue: all queues of one account+region share a
slot, so every step that touches two queues is still one atomic script on one node:

- ``receive``'s dead-letter move (a message leaves the source and enters the DLQ in the same
  script that hides the other picked messages), and ``move`` (redrive tasks);
- AWS itself requires a dead-letter queue and a move task's destination to be in the same account
  and region as the source, so nothing the API allows ever crosses slots.

Considered and rejected: a hash tag per queue plus a two-step, idempotent DLQ move (an "outbox"
in the source's slot, drained into the DLQ by a second script). It spreads one account's queues
across nodes, but a crash between the steps leaves dead letters in neither queue until something
drains the outbox, FIFO DLQ sequence numbers are assigned late, and every receive pays for outbox
checks. One slot per account+region keeps a queue's steps exactly atomic; the price is that one
account+region's traffic lands on one Redis node (an emulator's cluster spreads load by account).
Scripts derive per-message keys (``P:m:<id>``, ``P:g:<group>``) from the declared ``P``; they hash
to the same slot, which Redis Cluster accepts. A cross-region DLQ (which AWS rejects) would work
on a single Redis and fail with ``CROSSSLOT`` on a cluster.

Move tasks live in their source queue's slot too (``<ns>{<account>:<region>}:tasks``, found from the
task's ``source_arn``), so that ``move`` adds a step's count to its task in the script that moves the
messages. Tasks written by earlier versions under the global ``<ns>{tasks}`` are moved there by ``start``.

A task's claim (see ``claim_move_task``) is in ``<ns>{<account>:<region>}:tasks:claims`` (handle ->
``"<owner> <until ms>"``), in the same slot as the task, so that one script checks both.

Global key: ``<ns>{regions}`` (set of account/region pairs, for ``list_queues()`` of everything).
``create_queue`` adds to ``{regions}`` before the creating script: the set is only ever a superset of
the regions that have queues, so it needs no atomicity.

Long polling
------------
Scripts ``PUBLISH`` to the channel ``P`` whenever a message may have become receivable (send of a
non-delayed message, visibility set to 0, dead-letter move, ``move``). Each store instance keeps
one pub/sub connection shared by all its pollers; ``listen`` returns only after Redis acknowledged
the ``SUBSCRIBE``, so a send from any process after that is never missed. A poller wakes within a
pub/sub hop (well under a millisecond locally). If the pub/sub connection drops, every poller is
woken (they re-check) and redis-py resubscribes.

Pipelining
----------
The message steps (``send``, ``receive``, ``delete``, ``change_visibility``) go to Redis on their own
connection (``redis_wire``): every step started in the same event-loop turn leaves in one write, and
the replies come back in order on that connection. Each is still its own ``EVALSHA``, atomic on its
own, except sends, which gather into one ``SEND`` call per queue (``_SendBatch``): those of one loop
turn, and those that arrive while the queue's previous ``SEND`` is at Redis (group commit: under load
the calls grow instead of queueing up). On a standard queue a call writes each index once for all its
messages (a ``redis.call`` costs more than an element). Scripts are called by SHA directly; if Redis lost them (restarted), they
are loaded again and the step retried. Everything else (queues, tasks, pub/sub) goes through
redis-py.

Queue cache
------------
``get_queue`` runs on every request, so queue records are cached per store instance and kept
exact by the same pub/sub connection: every script that changes a queue publishes its key on
``<ns>:queue-changes``, every instance evicts it. A writer evicts its own entry synchronously
(read-your-writes in one process); another process sees the change after one pub/sub hop. While
the pub/sub connection is down the cache is off.

Durability
----------
All state is in Redis: an acknowledged send survives any restart of the SQS process. Surviving a
restart of *Redis* is Redis's configuration: ``appendonly yes`` with ``appendfsync everysec``
(acknowledged writes reach the OS before the reply, so they survive ``kill -9`` of redis-server;
an OS crash can lose up to a second) or ``always`` (fsync per write). The Helm chart should set it.

Time and ordering
-----------------
No script reads the clock: ``now_ms`` comes from the provider. "Oldest first" on standard queues
is by (visible_at, insertion order), in ``move`` by insertion order (as the SQLite adapter).
FIFO: one receive takes as many messages as it can from the group with the oldest receivable head
before moving on to the next group, as AWS documents ("first attempts to return as many messages
with the same message group ID as possible"); the SQLite adapter interleaves groups by sequence
number instead. Either way the returned list is in sequence order; both are within the port.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import re
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import asdict
from typing import Any

from overcast_common.telemetry.spans import traced_backend
from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.commands.core import AsyncScript
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError

from overcast_sqs.store import redis_lua
from overcast_sqs.store.port import (
    FifoSend,
    HandleStatus,
    MessageCounts,
    MoveStep,
    MoveTask,
    NewMessage,
    Queue,
    QueueKey,
    ReceiptRef,
    ReceiveRequest,
    ReceiveResult,
    SendOutcome,
    Signal,
    StoredMessage,
)
from overcast_sqs.store.redis_wire import RedisWire

_STATUS: tuple[HandleStatus, ...] = ("ok", "stale", "missing", "not_in_flight")
_REGION_TAG = re.compile(r"\{([^:{}]*):([^{}]*)\}$")
_SUBSCRIBE_TIMEOUT_S = 10.0
_CACHE_MAX = 10_000
_FIELDS_PER_MESSAGE = 13


class _Signal:
    def __init__(self) -> None:
        self.event = asyncio.Event()

    def fire(self, _data: str) -> None:
        self.event.set()

    async def wait(self, timeout: float) -> bool:
        if not self.event.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.event.wait(), timeout)
        if self.event.is_set():
            self.event.clear()
            return True
        return False


class _Channel:
    __slots__ = ("callbacks", "ready")

    def __init__(self, ready: asyncio.Future[None]) -> None:
        self.callbacks: set[Callable[[str], None]] = set()
        self.ready = ready


class _Subscriber:
    """One pub/sub connection shared by every subscription of a store instance.

    ``add`` returns once Redis acknowledged the SUBSCRIBE. (Un)subscribe commands are serialised by a
    lock so their order on the wire matches the order of the bookkeeping changes."""

    def __init__(self, client: Redis, on_disconnect: Callable[[], None]) -> None:
        self._pubsub: PubSub = client.pubsub()
        self._on_disconnect = on_disconnect
        self._channels: dict[str, _Channel] = {}
        self._acks: dict[str, deque[asyncio.Future[None]]] = {}
        self._lock = asyncio.Lock()
        self._reader: asyncio.Task[None] | None = None

    async def add(self, channel: str, callback: Callable[[str], None]) -> None:
        async with self._lock:
            entry = self._channels.get(channel)
            if entry is None:
                entry = self._channels[channel] = _Channel(asyncio.get_running_loop().create_future())
                self._acks.setdefault(channel, deque()).append(entry.ready)
                await self._pubsub.subscribe(channel)
                if self._reader is None:
                    self._reader = asyncio.create_task(self._read())
            entry.callbacks.add(callback)
        try:
            await asyncio.wait_for(asyncio.shield(entry.ready), _SUBSCRIBE_TIMEOUT_S)
        except BaseException:
            await self.remove(channel, callback)
            raise

    async def remove(self, channel: str, callback: Callable[[str], None]) -> None:
        async with self._lock:
            entry = self._channels.get(channel)
            if entry is None:
                return
            entry.callbacks.discard(callback)
            if not entry.callbacks:
                del self._channels[channel]
                await self._pubsub.unsubscribe(channel)

    async def _read(self) -> None:
        while True:
            try:
                message = await self._pubsub.get_message(timeout=None)
            except asyncio.CancelledError:
                raise
            except Exception:  # connection lost: redis-py reconnects and resubscribes on the next read
                self._on_disconnect()
                self._broadcast()
                await asyncio.sleep(0.1)  # back off while Redis is unreachable
                continue
            if message is None:
                continue
            kind, channel = message["type"], message["channel"]
            if kind == "message":
                entry = self._channels.get(channel)
                if entry is not None:
                    for callback in list(entry.callbacks):
                        callback(message["data"])
            elif kind == "subscribe":
                waiters = self._acks.get(channel)
                if waiters:
                    ready = waiters.popleft()
                    if not waiters:
                        del self._acks[channel]
                    if not ready.done():
                        ready.set_result(None)
                else:  # resubscribed after a reconnect: anything may have happened meanwhile
                    self._broadcast(channel)

    def _broadcast(self, channel: str | None = None) -> None:
        for name, entry in list(self._channels.items()):
            if channel is None or name == channel:
                for callback in list(entry.callbacks):
                    callback("")

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        await self._pubsub.aclose()  # type: ignore[no-untyped-call]


class _SendBatch:
    """Sends to one queue started in one event-loop turn: one ``SEND`` script call for all of them.

    Atomic as one, which the sends' callers can't tell from one after the other: each gets its own
    outcomes, in order, and a FIFO send later in the batch deduplicates against an earlier one."""

    __slots__ = ("args", "fifo", "key", "waiters")

    def __init__(self, key: QueueKey, fifo: FifoSend | None) -> None:
        self.key, self.fifo = key, fifo
        self.args: list[str | int] = [
            key.name,
            0 if fifo is None else 1,
            0 if fifo is None else fifo.dedup_window_ms,
            1 if fifo is not None and fifo.per_group else 0,
        ]
        self.waiters: list[tuple[asyncio.Future[list[SendOutcome] | None], int]] = []

    def add(self, messages: Sequence[NewMessage], now_ms: int) -> asyncio.Future[list[SendOutcome] | None]:
        args = self.args
        for m in messages:
            args += (
                m.message_id,
                m.body,
                m.payload,
                m.sender_id,
                m.delay_ms,
                m.group_id or "",
                m.dedup_id or "",
                now_ms,
            )
        waiter: asyncio.Future[list[SendOutcome] | None] = asyncio.get_running_loop().create_future()
        self.waiters.append((waiter, len(messages)))
        return waiter

    def settle(self, sent: asyncio.Future[Any]) -> None:
        if sent.cancelled():
            failure: BaseException | None = ConnectionError("Redis send cancelled")
        else:
            failure = sent.exception()
        if failure is not None:
            for waiter, _ in self.waiters:
                if not waiter.done():
                    waiter.set_exception(failure)
            return
        raw = sent.result()
        args, at = self.args, 4  # each message's 8 arguments follow the 4 of the batch
        for waiter, count in self.waiters:
            if waiter.done() or raw is None:
                if not waiter.done():
                    waiter.set_result(None)
            elif isinstance(raw, int):  # a standard queue: every message enqueued under its own id
                waiter.set_result(
                    [SendOutcome(str(args[i]), None, False) for i in range(at, at + 8 * count, 8)]
                )
            else:
                first = (at - 4) // 8 * 3
                outcomes = []
                for i in range(first, first + 3 * count, 3):
                    seq = raw[i + 1]
                    outcomes.append(SendOutcome(raw[i], int(seq) if seq != "" else None, bool(raw[i + 2])))
                waiter.set_result(outcomes)
            at += 8 * count


@traced_backend("redis", skip=("get_queue",))
class RedisSqsStore:
    """The SQS store port on Redis (see the module docstring). Open with ``RedisSqsStore.open``."""

    def __init__(self, url: str, namespace: str = "overcast") -> None:
        if any(c in namespace for c in "{}*?[]\\"):
            raise ValueError(f"invalid Redis namespace {namespace!r}")
        # a pooled connection Redis dropped (a restart) fails its next command: retry that on a new one
        self._r = client = Redis.from_url(url, decode_responses=True, retry_on_error=[RedisConnectionError])
        self._wire = RedisWire(url)
        self._ns = namespace
        self._regions_key = f"{namespace}{{regions}}"
        self._legacy_tasks_key = f"{namespace}{{tasks}}"
        self._changes_channel = f"{namespace}:queue-changes"
        self._scripts: dict[str, AsyncScript] = {
            name: client.register_script(getattr(redis_lua, name))
            for name in (
                "CREATE_QUEUE",
                "UPDATE_QUEUE",
                "DELETE_QUEUE",
                "SEND",
                "RECEIVE",
                "DELETE",
                "CHANGE_VISIBILITY",
                "PURGE",
                "COUNT",
                "DEAD_LETTER_SOURCES",
                "EXPIRE",
                "MOVE",
                "PUT_MOVE_TASK",
                "SET_MOVE_TASK_STATUS",
            )
        }
        self._send = self._scripts["SEND"]
        self._receive = self._scripts["RECEIVE"]
        self._delete = self._scripts["DELETE"]
        self._change_visibility = self._scripts["CHANGE_VISIBILITY"]
        self._scripts["CLAIM_MOVE_TASK"] = client.register_script(redis_lua.CLAIM_MOVE_TASK)
        self._sends: dict[tuple[QueueKey, FifoSend | None], _SendBatch] = {}
        self._sending: set[tuple[QueueKey, FifoSend | None]] = set()
        self._cache: dict[QueueKey, Queue] = {}
        self._cache_generation = 0
        self._cache_on = False
        self._subscriber = _Subscriber(client, self._cache_off)

    @classmethod
    async def open(cls, url: str, *, namespace: str = "overcast") -> RedisSqsStore:
        """Connect to ``url`` (``redis://host:port/db``), load the scripts, start cache invalidation."""
        store = cls(url, namespace)
        try:
            await store.start()
        except BaseException:
            await store.close()
            raise
        return store

    async def start(self) -> None:
        pipe = self._r.pipeline(transaction=False)
        for script in self._scripts.values():
            pipe.script_load(script.script)
        await pipe.execute()
        await self._adopt_legacy_tasks()
        await self._subscriber.add(self._changes_channel, self._queue_changed)
        self._cache_on = True

    async def _adopt_legacy_tasks(self) -> None:
        """Move task records of the global ``<ns>{tasks}`` hash (earlier versions) beside their source
        queues. Idempotent: processes starting together may both do it."""
        for handle, raw in (await self._r.hgetall(self._legacy_tasks_key)).items():
            keys = self._task_keys(_decode_task(_text(raw))[1].source_arn)
            if keys is not None:
                await self._r.hsetnx(keys[0], handle, raw)
            await self._r.hdel(self._legacy_tasks_key, handle)

    # --- keys -----------------------------------------------------------------------------------

    def _region(self, key: QueueKey) -> str:
        return f"{self._ns}{{{key.account_id}:{key.region}}}"

    def _keys(self, key: QueueKey) -> list[str]:
        """``[registry, queue prefix]``: the KEYS every queue script gets."""
        region = self._region(key)
        return [f"{region}:queues", f"{region}:q:{key.name}"]

    def _task_keys(self, source_arn: str) -> list[str] | None:
        """``[tasks hash, order counter]`` of the region in ``arn:<partition>:sqs:<region>:<account>:<name>``
        (None if ``source_arn`` is not of that form)."""
        parts = source_arn.split(":")
        if len(parts) != 6 or parts[0] != "arn":
            return None
        tasks = f"{self._ns}{{{parts[4]}:{parts[3]}}}:tasks"
        return [tasks, f"{tasks}:n"]

    def _source_key(self, region_prefix: str, name: str) -> QueueKey:
        match = _REGION_TAG.search(region_prefix)
        if match is None:
            raise ValueError(f"not a region prefix: {region_prefix!r}")
        return QueueKey(match.group(1), match.group(2), name)

    # --- queue cache ----------------------------------------------------------------------------

    def _queue_changed(self, data: str) -> None:
        self._cache_generation += 1
        if not data:
            self._cache.clear()
            self._cache_on = True  # (re)subscribed: from now on every change is heard
            return
        account, region, name = data.split("\n")
        self._cache.pop(QueueKey(account, region, name), None)

    def _cache_off(self) -> None:
        self._cache_on = False
        self._cache_generation += 1
        self._cache.clear()

    def _evict(self, key: QueueKey) -> None:
        self._cache_generation += 1
        self._cache.pop(key, None)

    def _change_note(self, key: QueueKey) -> str:
        return f"{key.account_id}\n{key.region}\n{key.name}"

    # --- queues ---------------------------------------------------------------------------------

    async def create_queue(self, queue: Queue) -> tuple[Queue, bool]:
        key = queue.key
        region = self._region(key)
        await self._r.sadd(self._regions_key, f"{key.account_id}\n{key.region}")
        record = json.dumps(
            {
                "a": dict(queue.attributes),
                "t": dict(queue.tags),
                "c": str(queue.created_ms),
                "m": str(queue.last_modified_ms),
            }
        )
        created, stored = await self._scripts["CREATE_QUEUE"](
            keys=[f"{region}:queues", f"{region}:q:{key.name}", f"{region}:deleted"],
            args=[key.name, record, self._changes_channel, self._change_note(key)],
        )
        self._evict(key)
        return _decode_queue(key, stored), bool(created)

    def cached_queue(self, key: QueueKey) -> Queue | None:
        return self._cache.get(key)

    async def get_queue(self, key: QueueKey) -> Queue | None:
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        generation = self._cache_generation
        raw = await self._r.hget(f"{self._region(key)}:queues", key.name)
        if raw is None:
            return None
        queue = _decode_queue(key, _text(raw))
        if self._cache_on and generation == self._cache_generation:  # no change heard meanwhile
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            self._cache[key] = queue
        return queue

    async def list_queues(
        self, account_id: str | None = None, region: str | None = None, prefix: str = ""
    ) -> list[Queue]:
        if account_id is not None and region is not None:
            pairs = [(account_id, region)]
        else:
            pairs = []
            for member in await self._r.smembers(self._regions_key):
                a, r = _text(member).split("\n")
                if (account_id is None or a == account_id) and (region is None or r == region):
                    pairs.append((a, r))
        pipe = self._r.pipeline(transaction=False)
        for a, r in pairs:
            pipe.hgetall(f"{self._ns}{{{a}:{r}}}:queues")
        found = [
            _decode_queue(QueueKey(a, r, name), raw)
            for (a, r), records in zip(pairs, await pipe.execute(), strict=True)
            for name, raw in records.items()
            if name.startswith(prefix)
        ]
        return sorted(found, key=lambda q: (q.key.account_id, q.key.region, q.key.name))

    async def update_queue(
        self,
        key: QueueKey,
        now_ms: int,
        *,
        attributes: Mapping[str, str | None] | None = None,
        tags: Mapping[str, str | None] | None = None,
    ) -> Queue | None:
        raw = await self._scripts["UPDATE_QUEUE"](
            keys=self._keys(key),
            args=[
                key.name,
                now_ms,
                "" if attributes is None else json.dumps(dict(attributes)),
                "" if tags is None else json.dumps(dict(tags)),
                self._changes_channel,
                self._change_note(key),
            ],
        )
        self._evict(key)
        return None if raw is None else _decode_queue(key, raw)

    async def delete_queue(self, key: QueueKey, now_ms: int) -> bool:
        region = self._region(key)
        deleted = await self._scripts["DELETE_QUEUE"](
            keys=[f"{region}:queues", f"{region}:q:{key.name}", f"{region}:deleted"],
            args=[key.name, now_ms, self._changes_channel, self._change_note(key)],
        )
        self._evict(key)
        return bool(deleted)

    async def deleted_at(self, key: QueueKey) -> int | None:
        raw = await self._r.hget(f"{self._region(key)}:deleted", key.name)
        return None if raw is None else int(raw)

    # --- messages -------------------------------------------------------------------------------

    async def send(
        self, key: QueueKey, messages: Sequence[NewMessage], now_ms: int, fifo: FifoSend | None = None
    ) -> list[SendOutcome] | None:
        # group commit: sends to a queue gather in one SEND call (_SendBatch) while the queue's previous
        # call is at Redis, or for the rest of the loop turn when none is
        group = (key, fifo)
        batch = self._sends.get(group)
        if batch is None:
            batch = self._sends[group] = _SendBatch(key, fifo)
            if group not in self._sending:
                asyncio.get_running_loop().call_soon(self._send_batch, group)
        return await batch.add(messages, now_ms)

    def _send_batch(self, group: tuple[QueueKey, FifoSend | None]) -> None:
        batch = self._sends.pop(group)
        self._sending.add(group)
        keys = self._keys(batch.key)

        def settled(sent: asyncio.Future[Any]) -> None:
            batch.settle(sent)
            self._sending.discard(group)
            if group in self._sends:  # gathered meanwhile
                self._send_batch(group)

        def done(sent: asyncio.Future[Any]) -> None:
            failure = None if sent.cancelled() else sent.exception()
            if isinstance(failure, NoScriptError):  # Redis lost its scripts: _eval loads them, retries
                retry = asyncio.ensure_future(self._eval(self._send, keys, batch.args))
                retry.add_done_callback(settled)
            else:
                settled(sent)

        try:
            sent = self._wire.submit(["EVALSHA", self._send.sha, 2, *keys, *batch.args])
        except Exception as exc:  # not even sent (an argument Redis can't take): every sender hears it
            sent = asyncio.get_running_loop().create_future()
            sent.set_exception(exc)
        sent.add_done_callback(done)

    async def receive(self, key: QueueKey, request: ReceiveRequest) -> ReceiveResult | None:
        dl = request.dead_letter
        dl_keys = ["", ""] if dl is None else self._keys(dl.key)
        raw = await self._eval(
            self._receive,
            self._keys(key),
            [
                key.name,
                request.now_ms,
                request.max_messages,
                request.visibility_ms,
                -1 if request.retention_ms is None else request.retention_ms,
                dl_keys[0],
                dl_keys[1],
                "" if dl is None else dl.key.name,
                0 if dl is None else dl.max_receive_count,
                request.attempt_id or "",
                request.attempt_window_ms,
                base64.urlsafe_b64encode(os.urandom(9)).decode(),
                self._region(key),
            ],
        )
        if raw is None:
            return None
        messages = []
        for i in range(1, len(raw), _FIELDS_PER_MESSAGE):
            mid, body, payload, sender, sent, count, first, token, group, dedup, seq, dl_region, dl_name = (
                raw[i : i + _FIELDS_PER_MESSAGE]
            )
            messages.append(
                StoredMessage(
                    message_id=mid,
                    body=body,
                    payload=payload,
                    sender_id=sender,
                    sent_ms=int(sent),
                    receive_count=int(count),
                    first_receive_ms=int(first),
                    receipt_token=token,
                    group_id=group or None,
                    dedup_id=dedup or None,
                    sequence_number=int(seq) if seq != "" else None,
                    dead_letter_source=self._source_key(dl_region, dl_name) if dl_region else None,
                )
            )
        next_visible = int(raw[0])
        return ReceiveResult(messages, None if next_visible < 0 else next_visible)

    async def delete(
        self, key: QueueKey, refs: Sequence[ReceiptRef], now_ms: int | None = None
    ) -> list[HandleStatus] | None:
        # -1: no in-flight check (the script applies it to FIFO queues only)
        args: list[str | int] = [key.name, -1 if now_ms is None else now_ms]
        for ref in refs:
            args += (ref.message_id, ref.receipt_token)
        raw = await self._eval(self._delete, self._keys(key), args)
        return None if raw is None else [_STATUS[code] for code in raw]

    async def change_visibility(
        self, key: QueueKey, changes: Sequence[tuple[ReceiptRef, int]], now_ms: int
    ) -> list[HandleStatus] | None:
        args: list[str | int] = [key.name, now_ms]
        for ref, visibility_ms in changes:
            args += (ref.message_id, ref.receipt_token, visibility_ms)
        raw = await self._eval(self._change_visibility, self._keys(key), args)
        return None if raw is None else [_STATUS[code] for code in raw]

    async def purge(self, key: QueueKey, now_ms: int, min_interval_ms: int) -> bool | None:
        raw = await self._scripts["PURGE"](keys=self._keys(key), args=[key.name, now_ms, min_interval_ms])
        return None if raw is None else bool(raw)

    async def count(self, key: QueueKey, now_ms: int) -> MessageCounts | None:
        raw = await self._scripts["COUNT"](keys=self._keys(key), args=[key.name, now_ms])
        return None if raw is None else MessageCounts(int(raw[0]), int(raw[1]), int(raw[2]))

    async def dead_letter_sources(
        self, key: QueueKey, now_ms: int, limit: int = 1_000
    ) -> set[QueueKey | None]:
        raw = await self._scripts["DEAD_LETTER_SOURCES"](keys=self._keys(key), args=[key.name, now_ms, limit])
        items = [_text(item) for item in raw]  # region prefix, name; '' for a message without a source
        return {
            self._source_key(region, name) if region else None
            for region, name in zip(items[::2], items[1::2], strict=True)
        }

    async def expire(self, key: QueueKey, sent_before_ms: int) -> int:
        return int(await self._scripts["EXPIRE"](keys=self._keys(key), args=[key.name, sent_before_ms]))

    async def move(
        self, source: QueueKey, destination: QueueKey | None, limit: int, now_ms: int, task_handle: str
    ) -> MoveStep | None:
        to = ["", ""] if destination is None else self._keys(destination)
        region = self._region(source)  # the tasks hash: the source's slot (see the module docstring)
        raw = await self._scripts["MOVE"](
            keys=[*self._keys(source), f"{region}:tasks"],
            args=[
                source.name,
                now_ms,
                max(limit, 0),
                to[0],
                to[1],
                "" if destination is None else destination.name,
                task_handle,
            ],
        )
        return None if raw is None else MoveStep(int(raw[0]), int(raw[1]))

    async def _eval(self, script: AsyncScript, keys: list[str], args: list[str | int]) -> Any:
        try:
            return await self._wire.call("EVALSHA", script.sha, len(keys), *keys, *args)
        except NoScriptError:  # Redis restarted without its scripts: load them again, retry once
            await self._wire.call("SCRIPT", "LOAD", str(script.script))
            return await self._wire.call("EVALSHA", script.sha, len(keys), *keys, *args)

    def listen(self, key: QueueKey) -> AbstractAsyncContextManager[Signal]:
        return self._listen(key)

    @contextlib.asynccontextmanager
    async def _listen(self, key: QueueKey) -> AsyncIterator[Signal]:
        signal = _Signal()
        channel, fire = self._keys(key)[1], signal.fire
        await self._subscriber.add(channel, fire)
        try:
            yield signal
        finally:
            await self._subscriber.remove(channel, fire)

    # --- move tasks -----------------------------------------------------------------------------

    async def put_move_task(self, task: MoveTask, *, unless_active: bool = False) -> bool:
        keys = self._task_keys(task.source_arn)
        if keys is None:
            raise ValueError(f"not a queue ARN: {task.source_arn!r}")
        only_source = task.source_arn if unless_active else ""
        wrote = await self._scripts["PUT_MOVE_TASK"](
            keys=keys, args=[task.task_handle, json.dumps(asdict(task)), only_source]
        )
        return bool(wrote)

    async def get_move_task(self, source_arn: str, task_handle: str) -> MoveTask | None:
        keys = self._task_keys(source_arn)
        raw = None if keys is None else await self._r.hget(keys[0], task_handle)
        task = None if raw is None else _decode_task(_text(raw))[1]
        return task if task is not None and task.source_arn == source_arn else None

    async def list_move_tasks(self, source_arn: str) -> list[MoveTask]:
        keys = self._task_keys(source_arn)
        if keys is None:
            return []
        tasks = [_decode_task(_text(raw)) for raw in (await self._r.hgetall(keys[0])).values()]
        mine = [(order, task) for order, task in tasks if task.source_arn == source_arn]
        mine.sort(key=lambda entry: (entry[1].started_ms, entry[0]), reverse=True)
        return [task for _, task in mine]

    async def set_move_task_status(
        self,
        source_arn: str,
        task_handle: str,
        status: str,
        *,
        expected: Sequence[str],
        failure_reason: str | None = None,
    ) -> MoveTask | None:
        keys = self._task_keys(source_arn)
        if keys is None:
            return None
        flag, reason = ("0", "") if failure_reason is None else ("1", failure_reason)
        raw = await self._scripts["SET_MOVE_TASK_STATUS"](
            keys=keys[:1], args=[task_handle, source_arn, status, flag, reason, *expected]
        )
        return None if raw is None else _decode_task(_text(raw))[1]

    async def claim_move_task(
        self, source_arn: str, task_handle: str, owner: str, now_ms: int, until_ms: int
    ) -> bool:
        keys = self._task_keys(source_arn)
        if keys is None:
            return False
        claimed = await self._scripts["CLAIM_MOVE_TASK"](
            keys=[keys[0], f"{keys[0]}:claims"], args=[task_handle, source_arn, owner, now_ms, until_ms]
        )
        return bool(claimed)

    async def running_move_tasks(self) -> list[MoveTask]:
        pipe = self._r.pipeline(transaction=False)
        for member in await self._r.smembers(self._regions_key):
            account, region = _text(member).split("\n")
            pipe.hvals(f"{self._ns}{{{account}:{region}}}:tasks")
        return [
            task
            for records in await pipe.execute()
            for raw in records
            if (task := _decode_task(_text(raw))[1]).status in ("RUNNING", "CANCELLING")
        ]

    # --- lifecycle ------------------------------------------------------------------------------

    async def reset(self) -> None:
        batch: list[Any] = []
        async for name in self._r.scan_iter(match=f"{self._ns}{{*", count=1000):
            batch.append(name)
            if len(batch) >= 1000:
                await self._r.unlink(*batch)
                batch = []
        if batch:
            await self._r.unlink(*batch)
        self._cache_generation += 1
        self._cache.clear()
        await self._r.publish(self._changes_channel, "")

    async def close(self) -> None:
        await self._subscriber.close()
        self._wire.close()
        await self._r.aclose()


def _text(value: str | bytes) -> str:
    """The client decodes responses (``decode_responses=True``); this narrows redis-py's types."""
    return value if isinstance(value, str) else value.decode()


def _decode_queue(key: QueueKey, raw: str) -> Queue:
    record = json.loads(raw)
    return Queue(key, record["a"], record["t"], int(record["c"]), int(record["m"]))


def _decode_task(raw: str) -> tuple[int, MoveTask]:
    order, _, task = raw.partition(" ")
    return int(order), MoveTask(**json.loads(task))
