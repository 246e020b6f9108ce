"""The contract every ``Log`` adapter passes: SQLite (a temp file) and Kafka (a real Tansu broker)."""

from __future__ import annotations

import asyncio
import time

import pytest
from overcast_common.log import Log, Message, TopicExists, UnknownPartition, UnknownTopic
from overcast_common.log.port import now_ms

from .conftest import Opener


def msg(value: str, key: str | None = None, **headers: bytes) -> Message:
    return Message(value.encode(), None if key is None else key.encode(), tuple(headers.items()))


async def read_all(log: Log, topic: str, partition: int = 0, offset: int = 0) -> list[tuple[int, bytes]]:
    out: list[tuple[int, bytes]] = []
    while True:
        result = await log.read(topic, partition, offset, max_records=100)
        out += [(r.offset, r.value) for r in result.records]
        if result.next_offset >= result.end_offset:
            return out
        offset = result.next_offset


async def test_topics_are_created_described_listed_and_deleted(log: Log) -> None:
    assert await log.create_topic("orders", partitions=3, retention_ms=86_400_000) is True
    assert await log.create_topic("orders", partitions=3) is False
    with pytest.raises(TopicExists):
        await log.create_topic("orders", partitions=2)
    await log.create_topic("orders-b")
    info = await log.describe_topic("orders")
    assert info is not None
    assert (info.name, info.partitions, info.retention_ms) == ("orders", 3, 86_400_000)
    assert await log.describe_topic("nope") is None
    assert await log.list_topics() == ["orders", "orders-b"]
    assert await log.list_topics("orders-") == ["orders-b"]
    await log.delete_topic("orders")
    assert await log.list_topics() == ["orders-b"]
    with pytest.raises(UnknownTopic):
        await log.delete_topic("orders")
    with pytest.raises(ValueError):
        await log.create_topic("bad name/with slash")


async def test_unknown_topics_and_partitions_are_errors(log: Log) -> None:
    await log.create_topic("t", partitions=2)
    with pytest.raises(UnknownTopic):
        await log.append("missing", 0, msg("x"))
    with pytest.raises(UnknownTopic):
        await log.read("missing", 0, 0)
    with pytest.raises(UnknownPartition):
        await log.append("t", 2, msg("x"))
    with pytest.raises(UnknownPartition):
        await log.read("t", 5, 0)
    with pytest.raises(UnknownPartition):
        await log.latest_offset("t", -1)


async def test_appends_get_dense_offsets_and_timestamps_that_never_decrease(log: Log) -> None:
    await log.create_topic("s", partitions=2)
    before = now_ms()
    appended = [await log.append("s", 0, msg(f"v{i}", key=f"k{i}", h=b"\x00\xff")) for i in range(5)]
    assert [a.offset for a in appended] == [0, 1, 2, 3, 4]
    assert all(a.partition == 0 for a in appended)
    stamps = [a.timestamp_ms for a in appended]
    assert stamps == sorted(stamps) and before - 5 <= stamps[0] <= now_ms() + 5
    other = await log.append("s", 1, msg("p1"))
    assert other.offset == 0  # partitions count independently

    result = await log.read("s", 0, 0)
    assert [(r.offset, r.value, r.key, r.headers) for r in result.records] == [
        (i, f"v{i}".encode(), f"k{i}".encode(), (("h", b"\x00\xff"),)) for i in range(5)
    ]
    assert [r.timestamp_ms for r in result.records] == stamps
    assert (result.next_offset, result.end_offset) == (5, 5)
    assert (await log.earliest_offset("s", 0), await log.latest_offset("s", 0)) == (0, 5)
    assert (await log.earliest_offset("s", 1), await log.latest_offset("s", 1)) == (0, 1)


async def test_batch_append_is_ordered_and_consecutive(log: Log) -> None:
    await log.create_topic("b")
    await log.append("b", 0, msg("first"))
    appended = await log.append_batch("b", 0, [msg(f"b{i}") for i in range(50)])
    assert [a.offset for a in appended] == list(range(1, 51))
    assert await log.append_batch("b", 0, []) == []
    assert await read_all(log, "b") == [(0, b"first")] + [(i + 1, f"b{i}".encode()) for i in range(50)]
    assert await log.latest_offset("b", 0) == 51


async def test_concurrent_appenders_keep_each_ones_order_and_offsets_dense(log: Log) -> None:
    await log.create_topic("c")

    async def appender(n: int) -> list[int]:
        offsets = []
        for i in range(40):
            if i % 10 == 9:
                batch = await log.append_batch("c", 0, [msg(f"{n}:{i}.{j}") for j in range(3)])
                offsets += [a.offset for a in batch]
            else:
                offsets.append((await log.append("c", 0, msg(f"{n}:{i}"))).offset)
        return offsets

    results = await asyncio.gather(*(appender(n) for n in range(8)))
    every = sorted(o for offsets in results for o in offsets)
    assert every == list(range(len(every))) == list(range(8 * 48))
    for offsets in results:
        assert offsets == sorted(offsets)  # each appender's records land in its call order
    stored = dict(await read_all(log, "c"))
    assert len(stored) == len(every)
    for n, offsets in enumerate(results):
        values = [stored[o].decode() for o in offsets]
        assert values[0] == f"{n}:0" and all(v.startswith(f"{n}:") for v in values)
    read = await log.read("c", 0, 0, max_records=10_000)
    stamps = [r.timestamp_ms for r in read.records]
    assert stamps == sorted(stamps)


async def test_reads_honour_max_records_max_bytes_and_offsets_past_the_end(log: Log) -> None:
    await log.create_topic("r")
    await log.append_batch("r", 0, [Message(bytes([i]) * 100) for i in range(10)])
    assert [r.offset for r in (await log.read("r", 0, 3, max_records=4)).records] == [3, 4, 5, 6]
    small = await log.read("r", 0, 0, max_bytes=250)
    assert [r.offset for r in small.records] == [0, 1] and small.next_offset == 2
    one = await log.read("r", 0, 5, max_bytes=1)  # always at least one record
    assert [r.offset for r in one.records] == [5]
    past = await log.read("r", 0, 10)
    assert (past.records, past.next_offset, past.end_offset) == ([], 10, 10)


async def test_large_records_round_trip(log: Log) -> None:
    await log.create_topic("big")
    payload = bytes(range(256)) * 4096  # 1 MiB
    assert len(payload) == 1 << 20
    appended = await log.append_batch("big", 0, [Message(payload, b"k"), Message(payload[::-1])])
    assert [a.offset for a in appended] == [0, 1]
    first = await log.read("big", 0, 0, max_bytes=1)
    assert [r.value for r in first.records] == [payload]
    both = await log.read("big", 0, 0, max_bytes=3 << 20)
    assert [r.value for r in both.records] == [payload, payload[::-1]]


async def test_everything_survives_reopening(opener: Opener) -> None:
    log = await opener()
    await log.create_topic("d", partitions=2, retention_ms=3_600_000)
    await log.append_batch("d", 1, [msg(f"x{i}") for i in range(3)])
    await log.commit("workers", "d", 1, 2)
    await log.close()

    again = await opener()
    info = await again.describe_topic("d")
    assert info is not None and (info.partitions, info.retention_ms) == (2, 3_600_000)
    assert await read_all(again, "d", 1) == [(0, b"x0"), (1, b"x1"), (2, b"x2")]
    assert await again.committed("workers", "d", 1) == 2
    assert (await again.append("d", 1, msg("x3"))).offset == 3


async def test_a_waiting_read_wakes_on_append(log: Log) -> None:
    await log.create_topic("w", partitions=2)
    await log.append("w", 0, msg("old"))
    waiter = asyncio.create_task(log.read("w", 0, 1, wait_ms=10_000))
    other = asyncio.create_task(log.read("w", 1, 0, wait_ms=10_000))
    await asyncio.sleep(0.2)
    assert not waiter.done() and not other.done()
    appended_at = time.monotonic()
    await log.append("w", 0, msg("new"))
    result = await asyncio.wait_for(waiter, 5)
    assert time.monotonic() - appended_at < 0.3  # woken, not a slow poll
    assert [(r.offset, r.value) for r in result.records] == [(1, b"new")]
    assert not other.done()  # a different partition is not woken for nothing
    await log.append("w", 1, msg("p1"))
    assert [r.value for r in (await asyncio.wait_for(other, 5)).records] == [b"p1"]


async def test_a_waiting_read_times_out_empty(log: Log) -> None:
    await log.create_topic("e")
    started = time.monotonic()
    result = await log.read("e", 0, 0, wait_ms=300)
    assert 0.25 <= time.monotonic() - started < 2.0
    assert (result.records, result.next_offset, result.end_offset) == ([], 0, 0)
    await log.append("e", 0, msg("a"))
    started = time.monotonic()
    assert len((await log.read("e", 0, 0, wait_ms=5000)).records) == 1  # data there: no wait
    assert time.monotonic() - started < 0.5


async def test_offset_for_time(log: Log) -> None:
    await log.create_topic("tm")
    stamps = []
    for i in range(6):
        stamps.append((await log.append("tm", 0, msg(f"{i}"))).timestamp_ms)
        await asyncio.sleep(0.005)
    assert await log.offset_for_time("tm", 0, 0) == 0
    for i, ts in enumerate(stamps):
        assert await log.offset_for_time("tm", 0, ts) == stamps.index(ts) <= i
    assert await log.offset_for_time("tm", 0, stamps[-1] + 1) == 6
    assert await log.offset_for_time("tm", 0, now_ms() + 60_000) == 6


async def test_consumer_positions(log: Log) -> None:
    await log.create_topic("p", partitions=2)
    assert await log.committed("g1", "p", 0) is None
    await log.commit("g1", "p", 0, 7)
    await log.commit("g1", "p", 1, 3)
    await log.commit("g2", "p", 0, 1)
    await log.commit("g1", "p", 0, 9)
    assert await log.committed("g1", "p", 0) == 9
    assert await log.committed("g1", "p", 1) == 3
    assert await log.committed("g2", "p", 0) == 1
    assert await log.committed("g2", "p", 1) is None
    with pytest.raises(UnknownTopic):
        await log.commit("g1", "nope", 0, 1)


async def test_retention_hides_then_trims_old_records(opener: Opener) -> None:
    log = await opener()
    await log.create_topic("ret", partitions=1, retention_ms=400)
    await log.create_topic("keep")
    await log.append_batch("ret", 0, [msg(f"old{i}") for i in range(3)])
    await log.append("keep", 0, msg("forever"))
    await asyncio.sleep(0.5)
    await log.append_batch("ret", 0, [msg("new0"), msg("new1")])

    assert await read_all(log, "ret") == [(3, b"new0"), (4, b"new1")]
    assert await log.earliest_offset("ret", 0) == 3
    assert await log.offset_for_time("ret", 0, 0) == 3
    trimmed = await log.trim("ret")
    assert [(t.topic, t.partition, t.earliest_offset) for t in trimmed] == [("ret", 0, 3)]
    # lengthening retention again brings nothing trimmed back, also for another adapter instance
    await log.set_retention("ret", None)
    assert await read_all(log, "ret") == [(3, b"new0"), (4, b"new1")]
    again = await opener()
    assert await read_all(again, "ret") == [(3, b"new0"), (4, b"new1")]
    assert await again.earliest_offset("ret", 0) == 3
    assert (await again.append("ret", 0, msg("next"))).offset == 5  # offsets stay dense
    assert await read_all(again, "keep") == [(0, b"forever")]


async def test_shortening_retention_applies_at_once(log: Log) -> None:
    await log.create_topic("short")
    await log.append_batch("short", 0, [msg("a"), msg("b")])
    await asyncio.sleep(0.3)
    await log.append("short", 0, msg("c"))
    await log.set_retention("short", 200)
    info = await log.describe_topic("short")
    assert info is not None and info.retention_ms == 200
    assert await read_all(log, "short") == [(2, b"c")]
    assert await log.earliest_offset("short", 0) == 2


async def test_a_deleted_topic_comes_back_empty(log: Log) -> None:
    await log.create_topic("again", retention_ms=1000)
    await log.append_batch("again", 0, [msg("1"), msg("2")])
    await log.delete_topic("again")
    with pytest.raises(UnknownTopic):
        await log.read("again", 0, 0)
    await log.create_topic("again")
    assert await read_all(log, "again") == []
    assert (await log.append("again", 0, msg("fresh"))).offset == 0
    info = await log.describe_topic("again")
    assert info is not None and info.retention_ms is None


async def test_reads_over_many_batches_and_at_the_tip_answer_promptly(log: Log) -> None:
    await log.create_topic("many")
    for _ in range(6):
        await log.append_batch("many", 0, [Message(b"v" * 1024)] * 500)
    first = await log.read("many", 0, 0, max_records=10_000)
    assert first.records and first.records[0].offset == 0 and first.end_offset == 3000
    assert [o for o, _ in await read_all(log, "many")] == list(range(3000))
    started = time.monotonic()
    tip = await log.read("many", 0, 3000)  # no wait asked: no parking at the end
    assert (tip.records, tip.next_offset) == ([], 3000)
    assert time.monotonic() - started < 0.1
