"""What only the Kafka adapter has: other processes' appends, the broker fixture, Tansu's quirks."""

from __future__ import annotations

import asyncio
import time
import uuid

from overcast_common.log import Message
from overcast_common.log.kafka import KafkaLog
from overcast_common.testing.kafka_server import KafkaServer, metadata_answered


async def test_a_waiting_read_wakes_on_another_instances_append(kafka_server: KafkaServer) -> None:
    prefix = f"x{uuid.uuid4().hex[:12]}."
    reader = await KafkaLog.open(kafka_server.bootstrap_servers, prefix=prefix, long_poll_ms=300)
    writer = await KafkaLog.open(kafka_server.bootstrap_servers, prefix=prefix)
    try:
        await writer.create_topic("cross")
        waiting = asyncio.create_task(reader.read("cross", 0, 0, wait_ms=10_000))
        await asyncio.sleep(0.5)
        assert not waiting.done()
        appended_at = time.monotonic()
        await writer.append("cross", 0, Message(b"hello"))
        result = await asyncio.wait_for(waiting, 5)
        # the broker's long poll, not the local wake-up: Tansu answers when its wait (300 ms) ends
        assert time.monotonic() - appended_at < 1.5
        assert [r.value for r in result.records] == [b"hello"]
    finally:
        await reader.close()
        await writer.close()


async def test_batched_appends_report_the_true_end_despite_tansus_list_offsets(
    kafka_server: KafkaServer,
) -> None:
    log = await KafkaLog.open(kafka_server.bootstrap_servers, prefix=f"y{uuid.uuid4().hex[:12]}.")
    try:
        await log.create_topic("ends")
        # concurrent appends share record batches
        await asyncio.gather(*(log.append("ends", 0, Message(b"%d" % i)) for i in range(30)))
        assert await log.latest_offset("ends", 0) == 30
        assert (await log.read("ends", 0, 29)).end_offset == 30
    finally:
        await log.close()


async def test_topics_do_not_leak_between_prefixes(kafka_server: KafkaServer) -> None:
    one = await KafkaLog.open(kafka_server.bootstrap_servers, prefix=f"a{uuid.uuid4().hex[:12]}.")
    two = await KafkaLog.open(kafka_server.bootstrap_servers, prefix=f"b{uuid.uuid4().hex[:12]}.")
    try:
        await one.create_topic("same")
        assert await two.describe_topic("same") is None
        assert await two.list_topics() == []
    finally:
        await one.close()
        await two.close()


def test_the_fixture_broker_answers_metadata_and_stops() -> None:
    with KafkaServer() as server:
        assert metadata_answered(server.host, server.port)
        port = server.port
    assert not metadata_answered("127.0.0.1", port)


async def test_queued_appends_share_batches_in_call_order(kafka_server: KafkaServer) -> None:
    """Appends that wait while a batch is in flight go out together, in call order; an append larger
    than one record batch spans several; a cancelled caller does not disturb the others."""
    log = await KafkaLog.open(kafka_server.bootstrap_servers, prefix=f"q{uuid.uuid4().hex[:12]}.")
    try:
        await log.create_topic("queued")
        big = [
            Message(b"big-%d-" % i + b"x" * 1000, key=b"k", headers=(("h", b"%d" % i),)) for i in range(40)
        ]
        small = [asyncio.create_task(log.append("queued", 0, Message(b"small-%d" % i))) for i in range(10)]
        batch = asyncio.create_task(log.append_batch("queued", 0, big))
        small += [
            asyncio.create_task(log.append("queued", 0, Message(b"small-%d" % i))) for i in range(10, 20)
        ]
        cancelled = asyncio.create_task(log.append("queued", 0, Message(b"cancelled")))
        await asyncio.sleep(0)
        cancelled.cancel()
        done = await asyncio.gather(*small)
        appended = [*done[:10], *(await batch), *done[10:]]
        assert [a.offset for a in appended] == list(range(60))  # nothing interleaved, dense, in call order
        stamps = [a.timestamp_ms for a in appended]
        assert stamps == sorted(stamps)
        records = (await log.read("queued", 0, 0, max_records=200)).records
        assert [r.value for r in records[:60]] == [
            *(b"small-%d" % i for i in range(10)),
            *(m.value for m in big),
            *(b"small-%d" % i for i in range(10, 20)),
        ]
        assert records[10].key == b"k" and records[12].headers == (("h", b"2"),)
        assert [r.timestamp_ms for r in records[:60]] == stamps
    finally:
        await log.close()
