"""Contract tests every SQS store adapter passes (see ``overcast_sqs/store/port.py``).

``test_store.py`` runs them (``from store_contract import *``). To add an adapter, register an
opener in ``ADAPTERS``: ``async (location) -> SqsStore``. Opening twice with the same ``location``
must reach the same data (that is how the restart test reopens), and every opener must hand back
an empty store (call ``reset()`` first if the backend is shared between tests).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from overcast_sqs.store import (
    DeadLetterTarget,
    FifoSend,
    MoveTask,
    NewMessage,
    Queue,
    QueueKey,
    ReceiptRef,
    ReceiveRequest,
    SqsStore,
    StoredMessage,
)
from overcast_sqs.store.port import MoveStep
from overcast_sqs.store.sqlite import SqliteSqsStore

Opener = Callable[[Path], Awaitable[SqsStore]]


async def _open_sqlite(location: Path) -> SqsStore:
    return await SqliteSqsStore.open(location / "sqs.sqlite3")


ADAPTERS: dict[str, Opener] = {"sqlite": _open_sqlite}

NOW = 1_900_000_000_000
Q = QueueKey("000000000000", "us-east-1", "q")
F = QueueKey("000000000000", "us-east-1", "f.fifo")
DLQ = QueueKey("000000000000", "us-east-1", "dlq")


@pytest.fixture(params=sorted(ADAPTERS))
def opener(request: pytest.FixtureRequest) -> Opener:
    return ADAPTERS[request.param]


@pytest.fixture
async def store(opener: Opener, tmp_path: Path) -> AsyncIterator[SqsStore]:
    s = await opener(tmp_path)
    try:
        for key in (Q, F, DLQ):
            await s.create_queue(queue(key))
        yield s
    finally:
        await s.close()


def queue(key: QueueKey, **attributes: str) -> Queue:
    return Queue(key, attributes, {}, NOW, NOW)


def msg(
    body: str = "hi", *, delay_ms: int = 0, group: str | None = None, dedup: str | None = None
) -> NewMessage:
    return NewMessage(uuid.uuid4().hex, body, '{"a":1}', "AIDA", delay_ms, group, dedup)


def rr(now: int = NOW, n: int = 10, vis: int = 30_000, **kw: object) -> ReceiveRequest:
    return ReceiveRequest(now_ms=now, max_messages=n, visibility_ms=vis, **kw)  # type: ignore[arg-type]


async def recv(store: SqsStore, key: QueueKey = Q, **kw: object) -> list[StoredMessage]:
    result = await store.receive(key, rr(**kw))  # type: ignore[arg-type]
    assert result is not None
    return result.messages


def ref(m: StoredMessage) -> ReceiptRef:
    return ReceiptRef(m.message_id, m.receipt_token)


def arn(key: QueueKey) -> str:
    return f"arn:aws:sqs:{key.region}:{key.account_id}:{key.name}"


def task(handle: str, source: QueueKey = DLQ, status: str = "RUNNING", moved: int = 0) -> MoveTask:
    return MoveTask(handle, arn(source), None, None, status, moved, 10, NOW)


async def move(store: SqsStore, source: QueueKey, destination: QueueKey | None, limit: int, now: int) -> int:
    """One step of a new RUNNING task of ``source``: how many messages it moved."""
    handle = uuid.uuid4().hex
    await store.put_move_task(task(handle, source))
    step = await store.move(source, destination, limit, now, handle)
    assert step is not None and step.total == step.moved
    return step.moved


# --- queues -------------------------------------------------------------------------------------


async def test_create_is_create_if_absent(store: SqsStore) -> None:
    other = Queue(Q, {"VisibilityTimeout": "5"}, {}, NOW + 1, NOW + 1)
    got, created = await store.create_queue(other)
    assert not created and got.created_ms == NOW and dict(got.attributes) == {}
    fresh = Queue(QueueKey("000000000000", "us-east-1", "new"), {"A": "1"}, {"t": "v"}, NOW, NOW)
    got, created = await store.create_queue(fresh)
    assert created and got == fresh
    assert await store.get_queue(fresh.key) == fresh


async def test_queues_are_scoped_by_account_and_region(store: SqsStore) -> None:
    await store.create_queue(queue(QueueKey("111111111111", "us-east-1", "q")))
    await store.create_queue(queue(QueueKey("000000000000", "eu-west-1", "q")))
    names = [q.key.name for q in await store.list_queues("000000000000", "us-east-1")]
    assert names == ["dlq", "f.fifo", "q"]
    assert [q.key.name for q in await store.list_queues("000000000000", "us-east-1", "d")] == ["dlq"]
    assert len(await store.list_queues()) == 5
    assert await store.get_queue(QueueKey("111111111111", "eu-west-1", "q")) is None


async def test_update_queue_merges_and_removes(store: SqsStore) -> None:
    updated = await store.update_queue(Q, NOW + 5, attributes={"A": "1", "B": "2"}, tags={"x": "1"})
    assert updated is not None and dict(updated.attributes) == {"A": "1", "B": "2"}
    assert updated.last_modified_ms == NOW + 5 and dict(updated.tags) == {"x": "1"}
    updated = await store.update_queue(Q, NOW + 9, attributes={"A": None}, tags={"x": None, "y": "2"})
    assert updated is not None and dict(updated.attributes) == {"B": "2"} and dict(updated.tags) == {"y": "2"}
    tagged = await store.update_queue(Q, NOW + 20, tags={"z": "3"})
    assert tagged is not None and tagged.last_modified_ms == NOW + 9  # tags do not touch it
    assert await store.get_queue(Q) == tagged
    assert await store.update_queue(QueueKey("0", "r", "nope"), NOW, tags={"a": "b"}) is None


async def test_delete_queue_drops_messages_and_remembers(store: SqsStore) -> None:
    await store.send(Q, [msg()], NOW)
    assert await store.deleted_at(Q) is None
    assert await store.delete_queue(Q, NOW + 7)
    assert not await store.delete_queue(Q, NOW + 8)
    assert await store.get_queue(Q) is None and await store.deleted_at(Q) == NOW + 7
    assert await store.send(Q, [msg()], NOW) is None
    assert await store.receive(Q, rr()) is None
    await store.create_queue(queue(Q))
    assert await store.deleted_at(Q) is None
    assert await recv(store) == []


async def test_cached_queue_answers_as_get_queue_or_not_at_all(store: SqsStore) -> None:
    fetched = await store.get_queue(Q)
    assert store.cached_queue(Q) in (None, fetched)
    updated = await store.update_queue(Q, NOW + 5, attributes={"A": "1"})
    assert store.cached_queue(Q) in (None, updated)
    assert await store.get_queue(Q) == updated
    assert await store.delete_queue(Q, NOW + 7)
    assert store.cached_queue(Q) is None and store.cached_queue(QueueKey("0", "r", "nope")) is None


# --- send / receive -----------------------------------------------------------------------------


async def test_send_then_receive_returns_everything_sent(store: SqsStore) -> None:
    sent = NewMessage("id-1", "body ✓", "payload", "AIDASENDER", 0, None, None)
    [outcome] = await store.send(Q, [sent], NOW) or []
    assert outcome.message_id == "id-1" and outcome.sequence_number is None and not outcome.duplicate
    [got] = await recv(store, now=NOW + 3)
    assert (got.message_id, got.body, got.payload, got.sender_id) == (
        "id-1",
        "body ✓",
        "payload",
        "AIDASENDER",
    )
    assert (got.sent_ms, got.receive_count, got.first_receive_ms) == (NOW, 1, NOW + 3)
    assert got.receipt_token and got.dead_letter_source is None


async def test_received_messages_are_hidden_until_visibility_ends(store: SqsStore) -> None:
    await store.send(Q, [msg()], NOW)
    [first] = await recv(store, vis=10_000)
    assert await recv(store, now=NOW + 9_999) == []
    [again] = await recv(store, now=NOW + 10_000)
    assert again.message_id == first.message_id and again.receive_count == 2
    assert again.receipt_token != first.receipt_token and again.first_receive_ms == NOW


async def test_receive_respects_max_and_prefers_oldest(store: SqsStore) -> None:
    sent = [msg(str(i)) for i in range(15)]
    for m in sent:
        await store.send(Q, [m], NOW)
    first = await recv(store, n=10)
    assert [m.body for m in first] == [str(i) for i in range(10)]
    assert [m.body for m in await recv(store, n=10)] == [str(i) for i in range(10, 15)]


async def test_delay_hides_until_due_and_reports_next_visible(store: SqsStore) -> None:
    await store.send(Q, [msg("late", delay_ms=5_000)], NOW)
    result = await store.receive(Q, rr())
    assert result is not None and result.messages == [] and result.next_visible_ms == NOW + 5_000
    counts = await store.count(Q, NOW)
    assert counts is not None and (counts.visible, counts.in_flight, counts.delayed) == (0, 0, 1)
    [m] = await recv(store, now=NOW + 5_000)
    assert m.body == "late"
    counts = await store.count(Q, NOW + 5_000)
    assert counts is not None and (counts.visible, counts.in_flight, counts.delayed) == (0, 1, 0)


async def test_retention_deletes_instead_of_delivering(store: SqsStore) -> None:
    await store.send(Q, [msg("old")], NOW)
    await store.send(Q, [msg("new")], NOW + 1_000)
    assert [m.body for m in await recv(store, now=NOW + 60_000, retention_ms=60_000)] == ["new"]
    counts = await store.count(Q, NOW + 60_000)
    assert counts is not None and counts.visible + counts.in_flight + counts.delayed == 1


async def test_expire_deletes_old_messages(store: SqsStore) -> None:
    await store.send(Q, [msg("old")], NOW)
    await store.send(Q, [msg("new")], NOW + 10)
    assert await store.expire(Q, NOW + 5) == 1
    assert [m.body for m in await recv(store, now=NOW + 10)] == ["new"]


# --- delete / visibility ------------------------------------------------------------------------


async def test_delete_by_latest_receipt_only(store: SqsStore) -> None:
    await store.send(Q, [msg()], NOW)
    [first] = await recv(store, vis=0)
    [second] = await recv(store)
    assert await store.delete(Q, [ref(first)]) == ["stale"]
    assert await store.delete(Q, [ref(second), ref(second)]) == ["ok", "missing"]
    assert await recv(store, now=NOW + 100_000) == []
    assert await store.delete(QueueKey("0", "r", "nope"), [ref(second)]) is None


async def test_delete_after_visibility_expired_still_works(store: SqsStore) -> None:
    await store.send(Q, [msg()], NOW)
    [m] = await recv(store, vis=1)
    assert await store.delete(Q, [ref(m)]) == ["ok"]


async def test_change_visibility(store: SqsStore) -> None:
    await store.send(Q, [msg()], NOW)
    [m] = await recv(store, vis=30_000)
    assert await store.change_visibility(Q, [(ref(m), 60_000)], NOW + 1_000) == ["ok"]
    assert await recv(store, now=NOW + 60_999) == []
    assert await store.change_visibility(Q, [(ref(m), 0)], NOW + 2_000) == ["ok"]
    assert await store.change_visibility(Q, [(ref(m), 10)], NOW + 2_000) == ["not_in_flight"]
    [again] = await recv(store, now=NOW + 2_000)
    assert await store.change_visibility(Q, [(ref(m), 10)], NOW + 2_000) == ["stale"]
    await store.delete(Q, [ref(again)])
    assert await store.change_visibility(Q, [(ref(again), 10)], NOW + 2_000) == ["missing"]


async def test_purge_once_per_interval(store: SqsStore) -> None:
    await store.send(Q, [msg(), msg("later", delay_ms=9_000)], NOW)
    assert await store.purge(Q, NOW, 60_000) is True
    assert await recv(store, now=NOW + 10_000) == []
    await store.send(Q, [msg()], NOW)
    assert await store.purge(Q, NOW + 59_999, 60_000) is False
    assert len(await recv(store)) == 1
    assert await store.purge(Q, NOW + 60_000, 60_000) is True
    assert await store.purge(QueueKey("0", "r", "nope"), NOW, 0) is None


# --- dead letters and moves ---------------------------------------------------------------------


async def test_max_receive_count_moves_to_the_dead_letter_queue(store: SqsStore) -> None:
    dl = DeadLetterTarget(DLQ, 2)
    [out] = await store.send(Q, [msg("doomed")], NOW) or []
    for expected_count in (1, 2):
        [m] = await recv(store, vis=0, dead_letter=dl)
        assert m.receive_count == expected_count
    assert await recv(store, vis=0, dead_letter=dl) == []
    [dead] = await recv(store, DLQ, now=NOW + 1)
    assert (dead.message_id, dead.body, dead.sent_ms) == (out.message_id, "doomed", NOW)
    assert dead.receive_count == 1 and dead.dead_letter_source == Q


async def test_missing_dead_letter_queue_means_no_redrive(store: SqsStore) -> None:
    dl = DeadLetterTarget(QueueKey("000000000000", "us-east-1", "gone"), 1)
    await store.send(Q, [msg()], NOW)
    for count in (1, 2, 3):
        [m] = await recv(store, vis=0, dead_letter=dl)
        assert m.receive_count == count


async def test_move_back_to_source_and_to_a_destination(store: SqsStore) -> None:
    dl = DeadLetterTarget(DLQ, 1)
    await store.send(Q, [msg("a"), msg("b"), msg("c")], NOW)
    await recv(store, vis=0, dead_letter=dl)
    assert await recv(store, vis=0, dead_letter=dl) == []
    other = QueueKey("000000000000", "us-east-1", "other")
    await store.create_queue(queue(other))
    assert await move(store, DLQ, None, 2, NOW) == 2
    assert await move(store, DLQ, other, 10, NOW) == 1
    assert await move(store, DLQ, None, 10, NOW) == 0
    back = await recv(store, now=NOW + 1)
    assert sorted(m.body for m in back) == ["a", "b"] and all(m.receive_count == 1 for m in back)
    assert [m.body for m in await recv(store, other)] == ["c"]


async def test_dead_letter_sources_of_visible_messages(store: SqsStore) -> None:
    dl = DeadLetterTarget(DLQ, 1)
    await store.send(Q, [msg("a")], NOW)
    await recv(store, vis=0, dead_letter=dl)
    assert await recv(store, dead_letter=dl) == []  # moved to the DLQ
    await store.send(DLQ, [msg("direct")], NOW)
    assert await store.dead_letter_sources(DLQ, NOW) == {Q, None}
    assert await store.dead_letter_sources(DLQ, NOW, limit=1) == {Q}
    assert await store.dead_letter_sources(QueueKey("0", "r", "nope"), NOW) == set()


async def test_fifo_move_keeps_the_order_within_each_group(store: SqsStore) -> None:
    fdlq = QueueKey("000000000000", "us-east-1", "fdlq.fifo")
    await store.create_queue(queue(fdlq))
    dl, fifo = DeadLetterTarget(fdlq, 1), FifoSend()
    sends = [("a1", "a"), ("b1", "b"), ("a2", "a"), ("c1", "c"), ("a3", "a"), ("b2", "b")]
    await store.send(F, [msg(body, group=g, dedup=body) for body, g in sends], NOW, fifo)
    assert len(await recv(store, F, vis=0, fifo=True, dead_letter=dl)) == 6
    assert await recv(store, F, vis=0, fifo=True, dead_letter=dl) == []  # all dead-lettered, in order
    [held] = await recv(store, fdlq, n=1, vis=60_000, fifo=True)  # a1 in flight in the DLQ
    assert held.body == "a1"
    # group a waits for a1; b and c move (oldest first), within the limit
    assert await move(store, fdlq, None, 2, NOW) == 2
    assert await move(store, fdlq, None, 10, NOW) == 1
    assert await move(store, fdlq, None, 10, NOW) == 0
    await store.change_visibility(fdlq, [(ref(held), 0)], NOW)
    assert await move(store, fdlq, None, 10, NOW) == 3
    back = await recv(store, F, now=NOW + 1, fifo=True)
    assert [m.body for m in back] == ["b1", "c1", "b2", "a1", "a2", "a3"]
    assert [m.sequence_number for m in back] == sorted(m.sequence_number or 0 for m in back)


async def test_fifo_move_leaves_a_group_behind_its_unplaceable_message(store: SqsStore) -> None:
    fdlq = QueueKey("000000000000", "us-east-1", "fdlq.fifo")
    await store.create_queue(queue(fdlq))
    dl, fifo = DeadLetterTarget(fdlq, 1), FifoSend()
    await store.send(fdlq, [msg("direct", group="g", dedup="d0")], NOW, fifo)  # no source to go back to
    await store.send(F, [msg("g1", group="g", dedup="d1"), msg("h1", group="h", dedup="d2")], NOW, fifo)
    await recv(store, F, vis=0, fifo=True, dead_letter=dl)
    await recv(store, F, vis=0, fifo=True, dead_letter=dl)
    assert await move(store, fdlq, None, 10, NOW) == 1  # h1 only: g1 stays behind "direct"
    assert [m.body for m in await recv(store, F, now=NOW + 1, fifo=True)] == ["h1"]


# --- FIFO -------------------------------------------------------------------------------------------


async def test_fifo_sequence_numbers_increase(store: SqsStore) -> None:
    fifo = FifoSend()
    outcomes = await store.send(F, [msg(group="g", dedup=str(i)) for i in range(3)], NOW, fifo) or []
    seqs = [o.sequence_number for o in outcomes]
    assert all(s is not None for s in seqs) and seqs == sorted(s or 0 for s in seqs) and len(set(seqs)) == 3
    [later] = await store.send(F, [msg(group="h", dedup="x")], NOW, fifo) or []
    assert later.sequence_number is not None and later.sequence_number > max(s or 0 for s in seqs)


async def test_fifo_dedup_window(store: SqsStore) -> None:
    fifo = FifoSend(dedup_window_ms=300_000)
    [first] = await store.send(F, [msg("one", group="g", dedup="d")], NOW, fifo) or []
    [dup] = await store.send(F, [msg("two", group="g", dedup="d")], NOW + 299_999, fifo) or []
    assert dup.duplicate and (dup.message_id, dup.sequence_number) == (
        first.message_id,
        first.sequence_number,
    )
    batch = await store.send(F, [msg("x", group="g", dedup="e"), msg("y", group="g", dedup="e")], NOW, fifo)
    assert batch is not None and [o.duplicate for o in batch] == [False, True]
    [fresh] = await store.send(F, [msg("three", group="g", dedup="d")], NOW + 300_000, fifo) or []
    assert not fresh.duplicate and fresh.message_id != first.message_id
    bodies = [m.body for m in await recv(store, F, now=NOW + 300_000, fifo=True)]
    assert bodies == ["one", "x", "three"]


async def test_fifo_dedup_scope_per_group(store: SqsStore) -> None:
    fifo = FifoSend(per_group=True)
    out = await store.send(F, [msg("a", group="g1", dedup="d"), msg("b", group="g2", dedup="d")], NOW, fifo)
    assert out is not None and [o.duplicate for o in out] == [False, False]
    [dup] = await store.send(F, [msg("c", group="g1", dedup="d")], NOW, fifo) or []
    assert dup.duplicate


async def test_sends_started_together_each_get_their_own_outcomes(store: SqsStore) -> None:
    # an adapter may write the sends of one event-loop turn together (Redis: one script call)
    batches = [[msg(f"s{i}-{j}", delay_ms=1_000 * (i % 2)) for j in range(i % 3 + 1)] for i in range(6)]
    outcomes = await asyncio.gather(*(store.send(Q, batch, NOW + i) for i, batch in enumerate(batches)))
    for batch, outcome in zip(batches, outcomes, strict=True):
        assert outcome is not None
        assert [(o.message_id, o.sequence_number, o.duplicate) for o in outcome] == [
            (m.message_id, None, False) for m in batch
        ]
    now_visible = sorted(m.body for m in await recv(store, now=NOW + 10))
    assert now_visible == sorted(m.body for i, batch in enumerate(batches) if i % 2 == 0 for m in batch)
    later = sorted(m.body for m in await recv(store, now=NOW + 1_010))
    assert later == sorted(m.body for i, batch in enumerate(batches) if i % 2 for m in batch)
    missing = QueueKey("000000000000", "us-east-1", "never-created")
    assert await asyncio.gather(store.send(missing, [msg()], NOW), store.send(missing, [msg()], NOW)) == [
        None,
        None,
    ]


async def test_fifo_sends_started_together_deduplicate_in_order(store: SqsStore) -> None:
    fifo = FifoSend()
    sends = [[msg(f"b{i}", group="g", dedup="same" if i % 2 else f"own{i}")] for i in range(6)]
    outcomes = await asyncio.gather(*(store.send(F, batch, NOW, fifo) for batch in sends))
    flat = [o for outcome in outcomes for o in outcome or []]
    assert [o.duplicate for o in flat] == [False, False, False, True, False, True]
    assert flat[3].message_id == flat[5].message_id == sends[1][0].message_id
    seqs = [o.sequence_number or 0 for o in flat if not o.duplicate]
    assert seqs == sorted(seqs) and len(set(seqs)) == 4
    bodies = [m.body for m in await recv(store, F, now=NOW + 1, fifo=True)]
    assert bodies == ["b0", "b1", "b2", "b4"]


async def test_fifo_group_blocked_while_in_flight(store: SqsStore) -> None:
    fifo = FifoSend()
    sends = [msg(f"{g}{i}", group=g, dedup=f"{g}{i}") for i in range(3) for g in ("a", "b")]
    await store.send(F, sends, NOW, fifo)
    first = await recv(store, F, n=1, fifo=True)
    assert [m.body for m in first] == ["a0"]
    second = await recv(store, F, n=10, fifo=True)  # group a is blocked: only b, in order
    assert [m.body for m in second] == ["b0", "b1", "b2"]
    assert await recv(store, F, fifo=True) == []
    await store.delete(F, [ref(first[0])])
    assert [m.body for m in await recv(store, F, fifo=True)] == ["a1", "a2"]


async def test_fifo_handle_expires_with_its_visibility_timeout(store: SqsStore) -> None:
    await store.send(F, [msg("0", group="g", dedup="0"), msg("1", group="h", dedup="1")], NOW, FifoSend())
    first, second = await recv(store, F, n=2, vis=1_000, fifo=True)
    assert await store.delete(F, [ref(first)], NOW + 999) == ["ok"]  # still in flight
    # visibility ran out (not received again): the handle is no longer valid and deletes nothing
    assert await store.delete(F, [ref(second)], NOW + 1_000) == ["stale"]
    assert [m.body for m in await recv(store, F, now=NOW + 1_000, fifo=True)] == ["1"]
    # a standard queue's handle still deletes after its visibility timeout
    await store.send(Q, [msg()], NOW)
    [m] = await recv(store, vis=1)
    assert await store.delete(Q, [ref(m)], NOW + 10) == ["ok"]


async def test_fifo_visibility_timeout_returns_the_group_in_order(store: SqsStore) -> None:
    await store.send(F, [msg(str(i), group="g", dedup=str(i)) for i in range(3)], NOW, FifoSend())
    assert [m.body for m in await recv(store, F, n=2, vis=1_000, fifo=True)] == ["0", "1"]
    assert await recv(store, F, now=NOW + 999, fifo=True) == []
    assert [m.body for m in await recv(store, F, now=NOW + 1_000, fifo=True)] == ["0", "1", "2"]


async def test_fifo_delayed_head_blocks_its_group(store: SqsStore) -> None:
    fifo = FifoSend()
    await store.send(F, [msg("late", group="g", dedup="1", delay_ms=5_000)], NOW, fifo)
    await store.send(F, [msg("now", group="g", dedup="2")], NOW, fifo)
    assert await recv(store, F, fifo=True) == []
    assert [m.body for m in await recv(store, F, now=NOW + 5_000, fifo=True)] == ["late", "now"]


async def test_fifo_receive_attempt_id_repeats_the_same_messages(store: SqsStore) -> None:
    await store.send(F, [msg(str(i), group="g", dedup=str(i)) for i in range(2)], NOW, FifoSend())
    first = await recv(store, F, fifo=True, attempt_id="att")
    again = await recv(store, F, now=NOW + 10, fifo=True, attempt_id="att")
    assert [(m.message_id, m.receipt_token, m.receive_count) for m in again] == [
        (m.message_id, m.receipt_token, m.receive_count) for m in first
    ]
    assert await recv(store, F, now=NOW + 10, fifo=True, attempt_id="other") == []


async def test_fifo_dead_letter_keeps_group_and_gets_a_sequence_number(store: SqsStore) -> None:
    fdlq = QueueKey("000000000000", "us-east-1", "dlq.fifo")
    await store.create_queue(queue(fdlq))
    await store.send(F, [msg("x", group="g", dedup="1")], NOW, FifoSend())
    dl = DeadLetterTarget(fdlq, 1)
    await recv(store, F, vis=0, fifo=True, dead_letter=dl)
    assert await recv(store, F, vis=0, fifo=True, dead_letter=dl) == []
    [dead] = await recv(store, fdlq, fifo=True)
    assert dead.group_id == "g" and dead.sequence_number is not None and dead.dead_letter_source == F


# --- long polling -------------------------------------------------------------------------------


async def test_listen_wakes_on_send(store: SqsStore) -> None:
    async with store.listen(Q) as signal:
        assert await signal.wait(0.01) is False
        started = time.monotonic()
        asyncio.get_running_loop().call_later(
            0.05, lambda: asyncio.ensure_future(store.send(Q, [msg()], NOW))
        )
        assert await signal.wait(5) is True
        assert time.monotonic() - started < 1


async def test_listen_does_not_miss_a_send_before_wait(store: SqsStore) -> None:
    async with store.listen(Q) as signal:
        await store.send(Q, [msg()], NOW)
        assert await signal.wait(1) is True
        assert await signal.wait(0.01) is False


async def test_listen_ignores_delayed_sends_and_other_queues(store: SqsStore) -> None:
    async with store.listen(Q) as signal:
        await store.send(Q, [msg(delay_ms=1_000)], NOW)
        await store.send(DLQ, [msg()], NOW)
        assert await signal.wait(0.05) is False


async def test_listen_wakes_on_visibility_zero(store: SqsStore) -> None:
    await store.send(Q, [msg()], NOW)
    [m] = await recv(store)
    async with store.listen(Q) as signal:
        await store.change_visibility(Q, [(ref(m), 0)], NOW)
        assert await signal.wait(1) is True


# --- move tasks, reset, restart -----------------------------------------------------------------


async def test_move_tasks_round_trip(store: SqsStore) -> None:
    src, dst = arn(DLQ), arn(Q)
    older = MoveTask("h1", src, None, None, "COMPLETED", 3, 3, NOW)
    newer = MoveTask("h2", src, dst, 5, "RUNNING", 0, 10, NOW + 1)
    await store.put_move_task(older)
    await store.put_move_task(newer)
    await store.put_move_task(MoveTask("h3", arn(Q), None, None, "RUNNING", 0, 1, NOW))
    await store.put_move_task(
        MoveTask("h4", arn(QueueKey("1", "eu-west-1", "dlq")), None, None, "RUNNING", 0, 1, NOW)
    )
    assert await store.list_move_tasks(src) == [newer, older]
    done = MoveTask("h2", src, dst, 5, "COMPLETED", 10, 10, NOW + 1)
    await store.put_move_task(done)
    assert await store.get_move_task(src, "h2") == done
    assert await store.get_move_task(src, "nope") is None
    assert await store.get_move_task(arn(Q), "h2") is None  # another source's task


async def test_put_unless_active_writes_only_while_the_source_has_no_active_task(store: SqsStore) -> None:
    for status in ("COMPLETED", "CANCELLED", "FAILED"):
        await store.put_move_task(task(status, status=status))
    await store.put_move_task(task("elsewhere", Q))  # another source's active task does not count
    assert await store.put_move_task(task("h1"), unless_active=True) is True
    assert await store.get_move_task(arn(DLQ), "h1") == task("h1")
    for status in ("RUNNING", "CANCELLING"):
        await store.set_move_task_status(arn(DLQ), "h1", status, expected=("RUNNING", "CANCELLING"))
        assert await store.put_move_task(task("h2"), unless_active=True) is False
        assert await store.get_move_task(arn(DLQ), "h2") is None  # nothing written
    assert len(await store.list_move_tasks(arn(DLQ))) == 4
    await store.set_move_task_status(arn(DLQ), "h1", "CANCELLED", expected=("CANCELLING",))
    assert await store.put_move_task(task("h2"), unless_active=True) is True
    assert await store.put_move_task(task("h3")) is True  # without the flag: a plain write, as before
    running = {t.task_handle for t in await store.list_move_tasks(arn(DLQ)) if t.status == "RUNNING"}
    assert running == {"h2", "h3"}


async def test_concurrent_puts_unless_active_write_one_task(store: SqsStore) -> None:
    wrote = await asyncio.gather(*(store.put_move_task(task(f"h{i}"), unless_active=True) for i in range(8)))
    assert wrote.count(True) == 1
    [written] = await store.list_move_tasks(arn(DLQ))
    assert written.task_handle == f"h{wrote.index(True)}"


async def _dead_letters(store: SqsStore, bodies: list[str]) -> None:
    """``bodies`` in the DLQ, each with Q as its source."""
    await store.send(Q, [msg(b) for b in bodies], NOW)
    while await recv(store, vis=0, dead_letter=DeadLetterTarget(DLQ, 1)):
        pass  # received once, moved at the next receive
    counts = await store.count(DLQ, NOW)
    assert counts is not None and counts.visible == len(bodies)


async def test_a_move_step_adds_its_count_to_its_task(store: SqsStore) -> None:
    await _dead_letters(store, ["a", "b", "c"])
    await store.put_move_task(task("h", moved=5))  # resumed with 5 moved before
    assert await store.move(DLQ, None, 2, NOW, "h") == MoveStep(2, 7)
    assert await store.get_move_task(arn(DLQ), "h") == task("h", moved=7)  # only the count changed
    assert await store.move(DLQ, None, 10, NOW, "h") == MoveStep(1, 8)
    assert await store.move(DLQ, None, 10, NOW, "h") == MoveStep(0, 8)
    assert sorted(m.body for m in await recv(store, now=NOW + 1)) == ["a", "b", "c"]
    gone = QueueKey("000000000000", "us-east-1", "gone")
    await store.put_move_task(task("g", gone, moved=4))
    assert await store.move(gone, None, 10, NOW, "g") == MoveStep(0, 4)  # no source: nothing to move


async def test_a_step_moves_nothing_once_its_task_is_not_running(store: SqsStore) -> None:
    await _dead_letters(store, ["a", "b"])
    await store.put_move_task(task("h"))
    assert await store.move(DLQ, None, 1, NOW, "h") == MoveStep(1, 1)
    cancelling = await store.set_move_task_status(arn(DLQ), "h", "CANCELLING", expected=("RUNNING",))
    assert cancelling == task("h", status="CANCELLING", moved=1)  # the count the step wrote stays
    assert await store.move(DLQ, None, 10, NOW, "h") is None  # a cancel was recorded: nothing moves
    assert await store.move(DLQ, None, 10, NOW, "nope") is None  # no such task
    counts = await store.count(DLQ, NOW)
    assert counts is not None and counts.visible == 1
    assert await store.get_move_task(arn(DLQ), "h") == task("h", status="CANCELLING", moved=1)


async def test_a_status_changes_only_from_an_expected_one(store: SqsStore) -> None:
    await _dead_letters(store, ["a", "b"])
    await store.put_move_task(task("h"))
    assert await store.move(DLQ, None, 2, NOW, "h") == MoveStep(2, 2)
    assert await store.set_move_task_status(arn(DLQ), "h", "CANCELLED", expected=("CANCELLING",)) is None
    assert await store.get_move_task(arn(DLQ), "h") == task("h", moved=2)  # unchanged
    failed = await store.set_move_task_status(
        arn(DLQ), "h", "FAILED", expected=("RUNNING", "CANCELLING"), failure_reason="Why"
    )
    assert failed == MoveTask("h", arn(DLQ), None, None, "FAILED", 2, 10, NOW, "Why")
    assert await store.get_move_task(arn(DLQ), "h") == failed
    again = await store.set_move_task_status(arn(DLQ), "h", "CANCELLED", expected=("FAILED",))
    assert again == task("h", status="CANCELLED", moved=2)  # no reason given: none kept
    assert await store.set_move_task_status(arn(Q), "h", "RUNNING", expected=("CANCELLED",)) is None
    assert await store.set_move_task_status(arn(DLQ), "nope", "RUNNING", expected=("CANCELLED",)) is None


async def test_concurrent_steps_and_a_cancel_lose_no_count(store: SqsStore) -> None:
    await _dead_letters(store, [f"m{i}" for i in range(40)])
    await store.put_move_task(task("h"))

    async def step() -> int:
        got = await store.move(DLQ, None, 3, NOW, "h")
        return 0 if got is None else got.moved

    async def cancel() -> None:
        await store.set_move_task_status(arn(DLQ), "h", "CANCELLING", expected=("RUNNING",))

    first, _, last = await asyncio.gather(
        asyncio.gather(*(step() for _ in range(5))), cancel(), asyncio.gather(*(step() for _ in range(5)))
    )
    steps = [*first, *last]
    final = await store.get_move_task(arn(DLQ), "h")
    assert final is not None and final.status == "CANCELLING"
    counts = await store.count(Q, NOW)
    assert counts is not None and final.moved == sum(steps) == counts.visible


async def test_state_outlives_a_restart(opener: Opener, tmp_path: Path) -> None:
    first = await opener(tmp_path)
    await first.create_queue(queue(Q, VisibilityTimeout="7"))
    await first.create_queue(queue(F))
    await first.send(Q, [msg("kept")], NOW)
    await first.send(F, [msg("f1", group="g", dedup="d")], NOW, FifoSend())
    other = QueueKey("000000000000", "us-east-1", "other")
    for key in (DLQ, other):
        await first.create_queue(queue(key))
    await first.send(DLQ, [msg("dead")], NOW)
    await first.put_move_task(task("h", moved=1))
    assert await first.move(DLQ, other, 10, NOW, "h") == MoveStep(1, 2)
    await first.close()
    second = await opener(tmp_path)
    try:
        got = await second.get_queue(Q)
        assert got is not None and dict(got.attributes) == {"VisibilityTimeout": "7"}
        assert [m.body for m in await recv(second)] == ["kept"]
        [dup] = await second.send(F, [msg("f1", group="g", dedup="d")], NOW + 1, FifoSend()) or []
        assert dup.duplicate  # dedup records survive too
        assert await second.get_move_task(arn(DLQ), "h") == task("h", moved=2)  # and a step's count
    finally:
        await second.close()


# --- concurrency (the acceptance, at the store level) -----------------------------------


async def test_eight_consumers_drain_ten_thousand_exactly_once(store: SqsStore) -> None:
    total = 10_000
    for start in range(0, total, 10):
        await store.send(Q, [msg(str(i)) for i in range(start, start + 10)], NOW)
    seen: dict[str, int] = defaultdict(int)

    async def consumer() -> None:
        idle = 0
        while idle < 3:
            got = await recv(store, now=NOW + 1, vis=600_000)  # nothing times out during the test
            if not got:
                idle += 1
                await asyncio.sleep(0)
                continue
            idle = 0
            for m in got:
                seen[m.body] += 1
            assert await store.delete(Q, [ref(m) for m in got]) == ["ok"] * len(got)

    await asyncio.gather(*(consumer() for _ in range(8)))
    assert len(seen) == total and set(seen.values()) == {1}


async def test_fifo_twenty_groups_four_consumers_keep_order(store: SqsStore) -> None:
    groups, per_group = 20, 50
    fifo = FifoSend()
    for i in range(per_group):
        await store.send(F, [msg(f"{g}:{i}", group=f"g{g}", dedup=f"{g}:{i}") for g in range(10)], NOW, fifo)
        await store.send(
            F, [msg(f"{g}:{i}", group=f"g{g}", dedup=f"{g}:{i}") for g in range(10, 20)], NOW, fifo
        )
    order: dict[str, list[int]] = defaultdict(list)
    lock = asyncio.Lock()

    async def consumer() -> None:
        idle = 0
        while idle < 5:
            got = await recv(store, F, now=NOW + 1, vis=600_000, fifo=True)
            if not got:
                idle += 1
                await asyncio.sleep(0)
                continue
            idle = 0
            async with lock:  # record before deleting: the next of the group can't be seen earlier
                for m in got:
                    group, index = m.body.split(":")
                    order[group].append(int(index))
            await asyncio.sleep(0)
            assert await store.delete(F, [ref(m) for m in got]) == ["ok"] * len(got)

    await asyncio.gather(*(consumer() for _ in range(4)))
    assert len(order) == groups
    assert all(indexes == list(range(per_group)) for indexes in order.values())


# --- move task claims (one process of many runs a task) ---------------------------------------------


async def test_a_claim_is_held_until_it_expires_or_its_owner_releases_it(store: SqsStore) -> None:
    await store.put_move_task(task("h"))
    claim = store.claim_move_task
    assert await claim(arn(DLQ), "h", "a", NOW, NOW + 100) is True
    assert await claim(arn(DLQ), "h", "b", NOW + 50, NOW + 150) is False
    assert await claim(arn(DLQ), "h", "a", NOW + 50, NOW + 150) is True  # renewed by its owner
    assert await claim(arn(DLQ), "h", "b", NOW + 150, NOW + 250) is False  # held through ``until``
    assert await claim(arn(DLQ), "h", "b", NOW + 151, NOW + 251) is True  # expired: anyone's
    assert await claim(arn(DLQ), "h", "a", NOW + 200, NOW + 300) is False
    assert await claim(arn(DLQ), "h", "b", NOW + 200, NOW + 199) is True  # released: ``until`` is past
    assert await claim(arn(DLQ), "h", "a", NOW + 200, NOW + 300) is True
    assert await store.get_move_task(arn(DLQ), "h") == task("h")  # the task itself is untouched


async def test_only_a_running_task_of_that_source_can_be_claimed(store: SqsStore) -> None:
    await store.put_move_task(task("h"))
    assert await store.claim_move_task(arn(DLQ), "nope", "a", NOW, NOW + 100) is False
    assert await store.claim_move_task(arn(Q), "h", "a", NOW, NOW + 100) is False  # another source's
    assert await store.claim_move_task(arn(DLQ), "h", "a", NOW, NOW + 100) is True
    await store.set_move_task_status(arn(DLQ), "h", "CANCELLING", expected=("RUNNING",))
    assert await store.claim_move_task(arn(DLQ), "h", "a", NOW, NOW + 100) is False  # even its owner
    for status in ("CANCELLED", "COMPLETED", "FAILED"):
        await store.put_move_task(task("d", status=status))
        assert await store.claim_move_task(arn(DLQ), "d", "a", NOW, NOW + 100) is False


async def test_a_claim_made_before_a_restart_still_holds(opener: Opener, tmp_path: Path) -> None:
    first = await opener(tmp_path)
    await first.create_queue(queue(DLQ))
    await first.put_move_task(task("h"))
    assert await first.claim_move_task(arn(DLQ), "h", "a", NOW, NOW + 100) is True
    await first.close()
    second = await opener(tmp_path)
    try:
        assert await second.claim_move_task(arn(DLQ), "h", "b", NOW + 50, NOW + 150) is False
        assert await second.claim_move_task(arn(DLQ), "h", "b", NOW + 101, NOW + 201) is True
    finally:
        await second.close()


async def test_of_concurrent_claims_exactly_one_wins(store: SqsStore) -> None:
    await store.put_move_task(task("h"))
    won = await asyncio.gather(
        *(store.claim_move_task(arn(DLQ), "h", f"owner{i}", NOW, NOW + 100) for i in range(10))
    )
    assert sorted(won) == [False] * 9 + [True]


async def test_running_move_tasks_are_those_of_every_queue_left_to_run_or_settle(store: SqsStore) -> None:
    elsewhere = QueueKey("111111111111", "eu-west-1", "dlq")
    await store.create_queue(queue(elsewhere))
    assert await store.running_move_tasks() == []
    tasks = [
        task("r1"),
        task("c1", status="CANCELLING"),
        task("done", status="COMPLETED"),
        task("gone", status="CANCELLED"),
        task("bad", status="FAILED"),
        task("r2", Q),
        task("r3", elsewhere),
    ]
    for t in tasks:
        await store.put_move_task(t)
    running = await store.running_move_tasks()
    assert sorted(running, key=lambda t: t.task_handle) == [tasks[1], tasks[0], tasks[5], tasks[6]]
    await store.set_move_task_status(arn(DLQ), "r1", "COMPLETED", expected=("RUNNING",))
    assert sorted(t.task_handle for t in await store.running_move_tasks()) == ["c1", "r2", "r3"]
