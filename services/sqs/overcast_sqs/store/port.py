"""The SQS store port: queues and their messages, independent of where they are kept.

Adapters:

- ``sqlite.SqliteSqsStore``: embedded mode, one SQLite file under ``<data dir>/sqs/``;
- ``redis_store.RedisSqsStore``: cluster mode, Redis, atomic steps as Lua scripts.

Every adapter passes the contract suite in ``services/sqs/tests/store_contract.py``.

Division of labour
------------------
The **provider** owns everything AWS-visible: validation, error messages, defaults, attribute
parsing, MD5s, receipt-handle and URL formats, ARNs. It reads the queue record (``get_queue``) and
passes the store explicit, already-computed parameters (delays and visibility in milliseconds,
the dead-letter target, FIFO dedup scope...). The store never parses an attribute string.

The **store** owns every step that must be atomic with respect to other consumers, possibly in
other processes: send (with FIFO deduplication and sequence numbers), receive-and-hide (with
visibility, delay, FIFO group blocking, receive counting and the dead-letter move), delete and
visibility changes by receipt, purge, a move task's step together with its count, and the wake-up
of long pollers. Each method below is one atomic step: no other call observes it half done
(SQLite: one transaction; Redis: one Lua script).

Time
----
Every method that depends on time takes ``now_ms`` (epoch milliseconds, UTC) from the provider's
clock; adapters never read the wall clock for semantics (tests drive time). Durations are
milliseconds. A message is *visible* when ``visible_at_ms <= now_ms``.

Message states, derived from two fields (``visible_at_ms``, ``receive_count``):

- visible:   ``visible_at_ms <= now_ms``
- in flight: ``visible_at_ms >  now_ms`` and ``receive_count > 0`` (received, hidden)
- delayed:   ``visible_at_ms >  now_ms`` and ``receive_count == 0`` (DelaySeconds not over)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol


class QueueKey(NamedTuple):
    """A queue's identity: queues are scoped by account, then region, then name. A named tuple: every
    request looks queues up by it, and a tuple hashes in C where a dataclass calls its ``__hash__``."""

    account_id: str
    region: str
    name: str
    """``my-queue`` or ``my-queue.fifo``; the ``.fifo`` suffix is part of the name."""


@dataclass(frozen=True, slots=True)
class Queue:
    """One queue's configuration, as the provider wrote it. Opaque to the store."""

    key: QueueKey
    attributes: Mapping[str, str]
    """Settable attributes by their AWS names (``VisibilityTimeout``: ``"30"``, ``Policy``: JSON, ...),
    defaults already filled in by the provider. Read-only attributes (``QueueArn``, counts,
    timestamps) are computed by the provider and never stored here."""
    tags: Mapping[str, str]
    created_ms: int
    last_modified_ms: int
    """Last change of ``attributes`` (tags do not count, as in AWS)."""


@dataclass(slots=True)
class NewMessage:
    """A message to enqueue, fully prepared by the provider. Treat it as immutable: it is not frozen
    only because one is built per message sent, and a frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` call per field) costs four times a plain one's."""

    message_id: str
    """Unique within the queue (the provider uses a UUID)."""
    body: str
    payload: str
    """Everything else the provider must give back on receive (message attributes, their MD5s,
    system attributes such as ``AWSTraceHeader``), encoded by the provider. Opaque to the store."""
    sender_id: str
    delay_ms: int = 0
    """The message becomes visible at ``now_ms + delay_ms``."""
    group_id: str | None = None
    """FIFO ``MessageGroupId`` (standard queues may also carry one; it has no effect there)."""
    dedup_id: str | None = None
    """FIFO: the effective deduplication id (explicit, or the body's SHA-256 when content-based).
    ``None`` on standard queues: no deduplication."""


@dataclass(frozen=True, slots=True)
class FifoSend:
    """Deduplication rules of a FIFO queue, passed with every send to it."""

    dedup_window_ms: int = 300_000
    """A message whose dedup id was accepted less than this long ago is not enqueued again."""
    per_group: bool = False
    """``DeduplicationScope=messageGroup``: dedup ids are unique per ``(group_id, dedup_id)``
    instead of per queue."""


@dataclass(slots=True)
class SendOutcome:
    """What became of one sent message. Not frozen, as ``NewMessage`` (one per message sent)."""

    message_id: str
    """The id of the enqueued message; for a FIFO duplicate, the id of the original message."""
    sequence_number: int | None
    """FIFO: strictly increasing per queue (a duplicate gets the original's); None on standard."""
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A message as ``receive`` returns it (already hidden, counters already updated)."""

    message_id: str
    body: str
    payload: str
    sender_id: str
    sent_ms: int
    """When it was first enqueued (kept when moved to a dead-letter queue; retention counts from it)."""
    receive_count: int
    """Including this receive."""
    first_receive_ms: int
    """``now_ms`` of its first receive."""
    receipt_token: str
    """Opaque, new on every receive, unique per (queue, message); ``[A-Za-z0-9_-]``, ≤ 64 chars.
    The provider wraps it with ``message_id`` into the receipt handle."""
    group_id: str | None = None
    dedup_id: str | None = None
    sequence_number: int | None = None
    dead_letter_source: QueueKey | None = None
    """Set on messages the store moved into a dead-letter queue: the queue they came from."""


@dataclass(frozen=True, slots=True)
class DeadLetterTarget:
    """A source queue's ``RedrivePolicy``, resolved by the provider."""

    key: QueueKey
    """The dead-letter queue. If it does not exist, messages are delivered as if there were no policy."""
    max_receive_count: int


@dataclass(frozen=True, slots=True)
class ReceiveRequest:
    now_ms: int
    max_messages: int
    """1-10."""
    visibility_ms: int
    """Received messages stay hidden until ``now_ms + visibility_ms`` (0: visible again at once)."""
    fifo: bool = False
    retention_ms: int | None = None
    """Messages with ``sent_ms + retention_ms <= now_ms`` are deleted, never delivered."""
    dead_letter: DeadLetterTarget | None = None
    attempt_id: str | None = None
    """FIFO ``ReceiveRequestAttemptId``: see ``SqsStore.receive``."""
    attempt_window_ms: int = 300_000


@dataclass(frozen=True, slots=True)
class ReceiveResult:
    messages: list[StoredMessage]
    next_visible_ms: int | None = None
    """The earliest ``visible_at_ms`` later than ``now_ms`` of any message left in the queue, or None.
    A long poll that got nothing waits until then at the latest: delays and visibility timeouts
    ending are not signalled (see ``listen``), this tells the poller when to look again."""


@dataclass(frozen=True, slots=True)
class ReceiptRef:
    """What a receipt handle names: one receive of one message."""

    message_id: str
    receipt_token: str


HandleStatus = Literal["ok", "stale", "missing", "not_in_flight"]
"""Outcome of an operation by receipt:

- ``ok``: done;
- ``stale``: the message exists but was received again since (the token is not its latest);
  nothing changed;
- ``missing``: no message with this id in the queue (deleted, expired, moved, purged);
- ``not_in_flight``: ``change_visibility`` only: the token is current but the message is visible.
"""


@dataclass(frozen=True, slots=True)
class MessageCounts:
    visible: int
    in_flight: int
    delayed: int


@dataclass(frozen=True, slots=True)
class MoveTask:
    """One ``StartMessageMoveTask``, as ``ListMessageMoveTasks`` reports it. Opaque to the store, but for
    ``source_arn``, ``status`` and ``moved`` (see ``SqsStore.move``)."""

    task_handle: str
    source_arn: str
    """The source queue's ARN, ``arn:<partition>:sqs:<region>:<account>:<name>``: a task belongs to that
    queue, and an adapter may keep it beside the queue (Redis: in its slot, so that ``move`` and the
    count are one script)."""
    destination_arn: str | None
    max_per_second: int | None
    status: str
    """RUNNING, COMPLETED, CANCELLING, CANCELLED or FAILED."""
    moved: int
    to_move: int
    started_ms: int
    failure_reason: str | None = None


class MoveStep(NamedTuple):
    """What one ``SqsStore.move`` step did."""

    moved: int
    """Messages moved by this step."""
    total: int
    """The task's ``moved`` count after this step, this step included."""


class Signal(Protocol):
    """A long poller's subscription to one queue (see ``SqsStore.listen``)."""

    async def wait(self, timeout: float) -> bool:
        """Return True as soon as the queue was signalled since the subscription opened or since the
        previous ``wait`` returned True; False after ``timeout`` seconds without a signal.
        Must wake within milliseconds of the signalling call, in whichever process it ran."""
        ...


class SqsStore(Protocol):
    # --- queues ---------------------------------------------------------------------------------

    async def create_queue(self, queue: Queue) -> tuple[Queue, bool]:
        """Atomically create ``queue`` unless its key exists. Returns ``(the stored queue, created)``:
        ``(queue, True)`` when created, ``(existing, False)`` otherwise (the provider compares
        attributes to decide between success and ``QueueNameExists``). Creating clears any
        deletion record of the key (see ``deleted_at``)."""
        ...

    async def get_queue(self, key: QueueKey) -> Queue | None:
        """Called on every request: adapters should make it cheap (the SQLite adapter caches)."""
        ...

    def cached_queue(self, key: QueueKey) -> Queue | None:
        """What ``get_queue`` would answer when the adapter knows it without I/O, else None (then ask
        ``get_queue``): the provider's per-request lookup without a coroutine."""
        ...

    async def list_queues(
        self, account_id: str | None = None, region: str | None = None, prefix: str = ""
    ) -> list[Queue]:
        """Queues whose name starts with ``prefix``, sorted by (account, region, name). ``None``
        account or region means all (the retention sweeper lists every queue)."""
        ...

    async def update_queue(
        self,
        key: QueueKey,
        now_ms: int,
        *,
        attributes: Mapping[str, str | None] | None = None,
        tags: Mapping[str, str | None] | None = None,
    ) -> Queue | None:
        """Merge ``attributes`` and ``tags`` into the queue (a ``None`` value removes that name) in one
        atomic step; ``last_modified_ms`` becomes ``now_ms`` if ``attributes`` was given. Returns
        the updated queue, or None if it does not exist."""
        ...

    async def delete_queue(self, key: QueueKey, now_ms: int) -> bool:
        """Delete the queue with all its messages, dedup records, receive attempts and purge record,
        and remember ``now_ms`` as its deletion time. False if it did not exist. Receipts of its
        messages are ``missing`` from then on, even if a queue of the same name is created again."""
        ...

    async def deleted_at(self, key: QueueKey) -> int | None:
        """When a queue with this key was last deleted (None: never, or re-created since)."""
        ...

    # --- messages -------------------------------------------------------------------------------

    async def send(
        self, key: QueueKey, messages: Sequence[NewMessage], now_ms: int, fifo: FifoSend | None = None
    ) -> list[SendOutcome] | None:
        """Enqueue ``messages`` in order, atomically (a batch is all or nothing), with
        ``sent_ms = now_ms``, ``receive_count = 0``, visible at ``now_ms + delay_ms``.

        With ``fifo``: each message gets the queue's next sequence number (strictly increasing,
        never reused, even across deletes), and a message whose dedup id (scoped per queue, or
        per group when ``fifo.per_group``) was accepted within ``fifo.dedup_window_ms`` before
        ``now_ms`` is not enqueued: its outcome repeats the original's id and sequence number with
        ``duplicate=True``. Duplicates within one batch dedupe against earlier entries.

        Signals the queue's listeners if any message is visible at once. Returns None if the
        queue does not exist."""
        ...

    async def receive(self, key: QueueKey, request: ReceiveRequest) -> ReceiveResult | None:
        """Atomically pick up to ``max_messages`` visible messages and hide them. None if no queue.

        Per picked message: ``receive_count += 1``, ``first_receive_ms`` set on the first receive,
        a new ``receipt_token``, ``visible_at_ms = now_ms + visibility_ms``.

        - Retention: messages with ``sent_ms + retention_ms <= now_ms`` are deleted, not delivered.
        - Dead letters: with ``dead_letter``, a visible message whose ``receive_count`` already
          reached ``max_receive_count`` is moved instead of delivered (in the same atomic step):
          deleted here, enqueued in the dead-letter queue visible at once with the same id, body,
          payload, sender, group and ``sent_ms``, ``receive_count`` 0, ``dead_letter_source`` =
          ``key``, a new sequence number there if that queue is FIFO (no dedup check); the
          dead-letter queue's listeners are signalled.
        - Standard queues: any visible messages; adapters should prefer the oldest.
        - FIFO (``fifo=True``): messages in sequence order; a group with a message in flight is
          blocked entirely; within a group, take messages in order and stop at the first one not
          visible (never skip ahead inside a group). Several messages of one group may be returned.
        - ``attempt_id`` (FIFO): the first receive with an id records which messages (and tokens) it
          returned, for ``attempt_window_ms``. A repeat within the window returns those same messages
          with the same tokens and changes nothing, provided every one is still in flight under
          that token; otherwise it is a fresh receive (recorded anew under the id).
        """
        ...

    async def delete(
        self, key: QueueKey, refs: Sequence[ReceiptRef], now_ms: int | None = None
    ) -> list[HandleStatus] | None:
        """Delete each message whose latest token is the ref's (visible or not): ``ok``; else
        ``stale`` / ``missing``. One status per ref, in order. None if no queue.

        FIFO queues with ``now_ms``: a handle is valid only while its message is in flight (AWS: "The
        receipt handle has expired" once the visibility timeout ran out), so a message visible again
        at ``now_ms`` is not deleted and its ref is ``stale``. Standard queues ignore ``now_ms``."""
        ...

    async def change_visibility(
        self, key: QueueKey, changes: Sequence[tuple[ReceiptRef, int]], now_ms: int
    ) -> list[HandleStatus] | None:
        """For each ``(ref, visibility_ms)``: if the token is the message's latest and the message is
        in flight, set ``visible_at_ms = now_ms + visibility_ms`` (``ok``; signals listeners when
        ``visibility_ms == 0``); ``not_in_flight`` if it is visible; else ``stale`` / ``missing``.
        None if no queue."""
        ...

    async def purge(self, key: QueueKey, now_ms: int, min_interval_ms: int) -> bool | None:
        """Delete every message of the queue unless the previous purge was less than
        ``min_interval_ms`` ago (then change nothing and return False). None if no queue."""
        ...

    async def count(self, key: QueueKey, now_ms: int) -> MessageCounts | None:
        """How many messages are visible / in flight / delayed (see the module docstring)."""
        ...

    async def expire(self, key: QueueKey, sent_before_ms: int) -> int:
        """Delete the queue's messages with ``sent_ms < sent_before_ms`` (retention); how many."""
        ...

    async def move(
        self, source: QueueKey, destination: QueueKey | None, limit: int, now_ms: int, task_handle: str
    ) -> MoveStep | None:
        """A step of the move task ``task_handle`` of ``source``: atomically move up to ``limit`` visible
        messages of ``source``, oldest first, to ``destination`` or, when it is None, to each message's
        ``dead_letter_source`` (messages without one, or whose queue no longer exists, stay), and add
        how many moved to the task's ``moved`` in the same atomic step. A crash leaves either both
        or neither, so a resumed task's count is exact.

        Only the count changes: a status written meanwhile (a cancel, from any process) stays. A task
        that does not exist or is not ``RUNNING`` moves nothing and gets None: a step after a cancel
        was recorded never moves a message. Returns ``MoveStep(0, the task's count)`` if ``source``
        does not exist.

        Moved messages keep id, body, payload, sender, group and ``sent_ms``; ``receive_count`` 0,
        visible at once, a new sequence number if the destination is FIFO, ``dead_letter_source``
        cleared. Signals each destination.

        FIFO ``source`` (a FIFO DLQ redriven to its FIFO source): order within a group is kept, as
        ``receive`` keeps it: a group stops at its first message that is not visible or cannot be
        moved, and later messages of that group stay too (other groups go on)."""
        ...

    async def dead_letter_sources(
        self, key: QueueKey, now_ms: int, limit: int = 1_000
    ) -> set[QueueKey | None]:
        """The ``dead_letter_source`` of up to ``limit`` of the queue's oldest visible messages (None
        for a message without one): why a redrive to the original sources left messages behind."""
        ...

    def listen(self, key: QueueKey) -> AbstractAsyncContextManager[Signal]:
        """Subscribe to the queue's "a message may have become receivable" signal, raised by
        ``send``, ``change_visibility`` to 0, and moves into the queue (``receive``'s dead-letter
        move, ``move``), from any process sharing the store. A long poll opens the subscription
        *before* its first receive attempt, so a send in between is never missed. No polling
        loops: SQLite signals in process (asyncio), Redis through pub/sub or a blocking pop."""
        ...

    # --- move tasks -----------------------------------------------------------------------------

    async def put_move_task(self, task: MoveTask, *, unless_active: bool = False) -> bool:
        """Insert or replace by ``task_handle`` (``StartMessageMoveTask``) and return whether it wrote.
        With ``unless_active``, write only if no task of ``task.source_arn`` is RUNNING or CANCELLING,
        checked in the same atomic step as the write: of concurrent starts for one source (in this
        process or in another sharing the store) exactly one writes, so a source has at most one
        active task. Without it, write always (True). A running task changes only through ``move``
        (its count) and ``set_move_task_status``, one field each, so that writers from stale reads
        never undo each other."""
        ...

    async def get_move_task(self, source_arn: str, task_handle: str) -> MoveTask | None:
        """The task ``task_handle`` of the source queue ``source_arn`` (None if there is none)."""
        ...

    async def list_move_tasks(self, source_arn: str) -> list[MoveTask]:
        """Tasks of this source, most recently started first."""
        ...

    async def set_move_task_status(
        self,
        source_arn: str,
        task_handle: str,
        status: str,
        *,
        expected: Sequence[str],
        failure_reason: str | None = None,
    ) -> MoveTask | None:
        """Atomically set the task's ``status`` and ``failure_reason`` (nothing else) if its status is
        one of ``expected``, and return the task so changed; None (nothing changed) if there is no
        such task or its status is not expected."""
        ...

    async def claim_move_task(
        self, source_arn: str, task_handle: str, owner: str, now_ms: int, until_ms: int
    ) -> bool:
        """The lease that makes one process of many run a task (cluster mode: every SQS process resumes
        every RUNNING task it finds). Atomically: if the task exists and is ``RUNNING``, and its claim
        is absent, expired (``until < now_ms``) or ``owner``'s, set the claim to ``(owner, until_ms)``
        and return True; else change nothing (but may forget the claim of a task no longer RUNNING)
        and return False. The holder renews it before each step; ``until_ms`` in the past releases
        it at once."""
        ...

    async def running_move_tasks(self) -> list[MoveTask]:
        """Every ``RUNNING`` or ``CANCELLING`` task of every queue, any order: what a process resumes."""
        ...

    # --- lifecycle ------------------------------------------------------------------------------

    async def reset(self) -> None:
        """Forget everything, every account and region (``POST /_overcast/reset``)."""
        ...

    async def close(self) -> None: ...
