"""Delivery workers on a real SQLite log with fake peers: batching, order, retries, dead letters, the
committed position (at-least-once) and HTTP retry schedules; signatures and the served certificate."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.log import Message
from overcast_common.log.sqlite import SqliteLog
from overcast_common.peers import Peers
from overcast_sns.delivery import (
    GROUP,
    LOG_TOPIC,
    DeliveryWorkers,
    SubscriptionView,
    TopicView,
    retry_delays,
)
from overcast_sns.filters import validate
from overcast_sns.messages import Published
from overcast_sns.signing import Signer, canonical_string, verify

TOPIC = "arn:aws:sns:us-east-1:000000000000:t"
QUEUE = "arn:aws:sqs:us-east-1:222222222222:q"
DLQ = "arn:aws:sqs:us-east-1:222222222222:dead"


class FakeSqs:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, Any]]] = []
        self.failures: list[ServiceError] = []

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if self.failures and params["QueueUrl"].endswith("/q"):
            raise self.failures.pop(0)
        self.calls.append((context.operation, context.account_id, params))
        if context.operation == "SendMessageBatch":
            return {
                "Successful": [{"Id": e["Id"], "MessageId": "m"} for e in params["Entries"]],
                "Failed": [],
            }
        return {"MessageId": "m"}

    def bodies(self, queue: str = "q") -> list[str]:
        out: list[str] = []
        for operation, _, params in self.calls:
            if not params["QueueUrl"].endswith(f"/{queue}"):
                continue
            if operation == "SendMessageBatch":
                out += [e["MessageBody"] for e in params["Entries"]]
            else:
                out.append(params["MessageBody"])
        return out


class FakeDirectory:
    def __init__(self, subscriptions: list[SubscriptionView]) -> None:
        self.subscriptions = subscriptions
        self.outbox: list[dict[str, Any]] = []

    async def topic_view(self, arn: str) -> TopicView | None:
        return TopicView(arn, "000000000000", "us-east-1", False, "1", None)

    async def subscriptions_of(self, topic_arn: str) -> list[SubscriptionView]:
        return self.subscriptions

    async def record_outbox(self, account_id: str, region: str, doc: dict[str, Any]) -> None:
        self.outbox.append(doc)


def sub(protocol: str = "sqs", endpoint: str = QUEUE, **kw: Any) -> SubscriptionView:
    values: dict[str, Any] = {
        "arn": f"{TOPIC}:00000000-0000-0000-0000-00000000000{len(protocol) % 10}",
        "protocol": protocol,
        "endpoint": endpoint,
        "owner": "000000000000",
        "raw": True,
        "filter": None,
        "dead_letter_arn": None,
        "delivery_policy": None,
        "role_arn": None,
    }
    values.update(kw)
    return SubscriptionView(**values)


def published(i: int, **kw: Any) -> Message:
    return Message(
        Published(TOPIC, f"id-{i}", f"message {i}", "2030-01-01T00:00:00.000Z", "http://gw", **kw).encode()
    )


@pytest.fixture
async def log(tmp_path: Path) -> AsyncIterator[SqliteLog]:
    log = await SqliteLog.open(tmp_path)
    yield log
    await log.close()


@pytest.fixture(scope="module")
def signer(tmp_path_factory: pytest.TempPathFactory) -> Signer:
    return Signer.load_or_create(tmp_path_factory.mktemp("signing"))


async def no_sleep(_: float) -> None:
    await asyncio.sleep(0)


def workers(
    log: SqliteLog, directory: FakeDirectory, signer: Signer, sqs: FakeSqs, **kw: Any
) -> DeliveryWorkers:
    peers = Peers(environ={})
    peers.register("sqs", sqs)
    return DeliveryWorkers(log, directory, signer, peers, partitions=1, sleep=no_sleep, **kw)


async def wait_until(check: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached"
        await asyncio.sleep(0.01)


async def test_batches_in_order_as_the_queue_owner(log: SqliteLog, signer: Signer) -> None:
    sqs = FakeSqs()
    w = workers(log, FakeDirectory([sub()]), signer, sqs)
    await w.start()
    try:
        await log.append_batch(LOG_TOPIC, 0, [published(i) for i in range(25)])
        await wait_until(lambda: len(sqs.bodies()) == 25)
        assert sqs.bodies() == [f"message {i}" for i in range(25)]
        assert [len(p["Entries"]) for op, _, p in sqs.calls if op == "SendMessageBatch"] == [25]  # a peer's
        assert {account for _, account, _ in sqs.calls} == {"222222222222"}
        await wait_until(lambda: w._committed[0] == 25)
        assert await log.committed(GROUP, LOG_TOPIC, 0) == 25
    finally:
        await w.close()


async def test_an_sqs_taking_only_10_a_batch_gets_batches_of_10(log: SqliteLog, signer: Signer) -> None:
    sqs = FakeSqs()
    sqs.failures = [
        ServiceError(
            "Maximum number of entries per request are 10. You have sent 25.",
            code="TooManyEntriesInBatchRequest",
            status_code=400,
        )
    ]
    w = workers(log, FakeDirectory([sub(dead_letter_arn=DLQ)]), signer, sqs)
    await w.start()
    try:
        await log.append_batch(LOG_TOPIC, 0, [published(i) for i in range(25)])
        await wait_until(lambda: w._committed[0] == 25)
        assert sqs.bodies() == [f"message {i}" for i in range(25)] and sqs.bodies("dead") == []
        assert [len(p["Entries"]) for op, _, p in sqs.calls if op == "SendMessageBatch"] == [10, 10, 5]
    finally:
        await w.close()


async def test_filters_envelopes_and_signatures(log: SqliteLog, signer: Signer) -> None:
    sqs = FakeSqs()
    policy = validate(json.dumps({"k": ["yes"]}), "MessageAttributes", subscribe=True)
    directory = FakeDirectory([sub(raw=False, filter=policy)])
    w = workers(log, directory, signer, sqs)
    await w.start()
    try:
        yes = {"k": {"DataType": "String", "StringValue": "yes"}}
        no = {"k": {"DataType": "String", "StringValue": "no"}}
        await log.append_batch(LOG_TOPIC, 0, [published(1, attributes=yes), published(2, attributes=no)])
        await wait_until(lambda: w._committed[0] == 2)
        (body,) = sqs.bodies()
        envelope = json.loads(body)
        assert list(envelope)[:5] == ["Type", "MessageId", "TopicArn", "Message", "Timestamp"]
        assert envelope["Message"] == "message 1"
        assert verify(envelope, signer.cert_pem)
    finally:
        await w.close()


async def test_transient_errors_retry_permanent_ones_dead_letter(log: SqliteLog, signer: Signer) -> None:
    sqs = FakeSqs()
    sqs.failures = [ServiceError("busy", code="ServiceUnavailable", status_code=503)]
    w = workers(log, FakeDirectory([sub(dead_letter_arn=DLQ)]), signer, sqs)
    await w.start()
    try:
        await log.append(LOG_TOPIC, 0, published(1))
        await wait_until(lambda: sqs.bodies() == ["message 1"])
        assert sqs.bodies("dead") == []
        sqs.failures = [ServiceError("gone", code="AWS.SimpleQueueService.NonExistentQueue", status_code=400)]
        await log.append(LOG_TOPIC, 0, published(2))
        await wait_until(lambda: sqs.bodies("dead") == ["message 2"])
        (dead,) = [p for op, _, p in sqs.calls if p["QueueUrl"].endswith("/dead")]
        assert (
            dead["MessageAttributes"]["ErrorCode"]["StringValue"] == "AWS.SimpleQueueService.NonExistentQueue"
        )
    finally:
        await w.close()


async def test_restart_replays_what_was_not_committed(log: SqliteLog, signer: Signer) -> None:
    """A worker that dies mid-fan-out (here: its SQS call never returns) committed nothing; the next
    one delivers everything from the committed position (at-least-once)."""
    hang = asyncio.Event()

    class HangingSqs(FakeSqs):
        async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
            await hang.wait()
            return await super().__call__(context, params)

    first = workers(log, FakeDirectory([sub()]), signer, HangingSqs())
    await first.start()
    await log.append_batch(LOG_TOPIC, 0, [published(i) for i in range(3)])
    await asyncio.sleep(0.2)
    await first.close()  # "crash": nothing delivered, nothing committed
    assert await log.committed(GROUP, LOG_TOPIC, 0) in (None, 0)
    sqs = FakeSqs()
    second = workers(log, FakeDirectory([sub()]), signer, sqs)
    await second.start()
    try:
        await wait_until(lambda: sqs.bodies() == [f"message {i}" for i in range(3)])
    finally:
        await second.close()


async def test_http_position_waits_for_retries(log: SqliteLog, signer: Signer) -> None:
    attempts: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(500 if len(attempts) < 3 else 200)

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    policy = {"healthyRetryPolicy": {"minDelayTarget": 1, "maxDelayTarget": 1, "numRetries": 3}}
    directory = FakeDirectory([sub("http", "http://hook.example/x", raw=False, delivery_policy=policy)])
    w = workers(log, directory, signer, FakeSqs(), http_client=client)
    await w.start()
    try:
        await log.append(LOG_TOPIC, 0, published(1))
        await wait_until(lambda: len(attempts) == 3)
        await wait_until(lambda: w._committed[0] == 1)
        headers = attempts[-1].headers
        assert headers["x-amz-sns-message-type"] == "Notification"
        assert headers["x-amz-sns-topic-arn"] == TOPIC
        assert json.loads(attempts[-1].content)["Message"] == "message 1"
    finally:
        await w.close()


async def test_outbox_protocols(log: SqliteLog, signer: Signer) -> None:
    directory = FakeDirectory(
        [sub("email", "a@example.com", raw=False), sub("email-json", "b@example.com", raw=False)]
    )
    w = workers(log, directory, signer, FakeSqs())
    await w.start()
    try:
        await log.append(LOG_TOPIC, 0, published(1, subject="S"))
        await wait_until(lambda: len(directory.outbox) == 2)
        by_protocol = {m["Protocol"]: m for m in directory.outbox}
        assert by_protocol["email"]["Message"] == "message 1"
        assert json.loads(by_protocol["email-json"]["Message"])["Subject"] == "S"
    finally:
        await w.close()


def test_retry_delays_follow_the_policy() -> None:
    assert retry_delays(None, None) == [20.0, 20.0, 20.0]
    policy = {
        "healthyRetryPolicy": {
            "minDelayTarget": 1,
            "maxDelayTarget": 9,
            "numRetries": 6,
            "numNoDelayRetries": 1,
            "numMinDelayRetries": 1,
            "numMaxDelayRetries": 1,
            "backoffFunction": "linear",
        }
    }
    assert retry_delays(policy, None) == [0.0, 1.0, 3.0, 5.0, 7.0, 9.0]


def test_signatures_v1_and_v2_and_the_kept_certificate(tmp_path: Path) -> None:
    signer = Signer.load_or_create(tmp_path)
    message = {"Type": "Notification", "MessageId": "m", "TopicArn": TOPIC, "Message": "hi", "Timestamp": "t"}
    assert (
        canonical_string(message)
        == b"Message\nhi\nMessageId\nm\nTimestamp\nt\nTopicArn\n" + TOPIC.encode() + b"\nType\nNotification\n"
    )
    for version in ("1", "2"):
        signed = {**message, "SignatureVersion": version, "Signature": signer.sign(message, version)}
        assert verify(signed, signer.cert_pem)
        assert not verify({**signed, "Message": "other"}, signer.cert_pem)
    assert Signer.load_or_create(tmp_path).cert_pem == signer.cert_pem  # created once, kept


async def test_clean_stop_commits_what_was_delivered(log: SqliteLog, signer: Signer) -> None:
    sqs = FakeSqs()
    w = workers(log, FakeDirectory([sub()]), signer, sqs)
    await w.start()
    await log.append_batch(LOG_TOPIC, 0, [published(i) for i in range(25)])
    await wait_until(lambda: len(sqs.bodies()) == 25)
    await w.close()
    assert await log.committed(GROUP, LOG_TOPIC, 0) == 25
    again = FakeSqs()
    second = workers(log, FakeDirectory([sub()]), signer, again)
    await second.start()
    try:
        await log.append(LOG_TOPIC, 0, published(25))
        await wait_until(lambda: again.bodies() == ["message 25"])  # nothing replayed
    finally:
        await second.close()


async def test_clean_stop_keeps_unfinished_http_retries(log: SqliteLog, signer: Signer) -> None:
    attempts: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(500)

    async def slow_retries(delay: float) -> None:
        if delay >= 1:
            await asyncio.Event().wait()  # the retry is still waiting when the service stops
        await asyncio.sleep(0)

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    policy = {"healthyRetryPolicy": {"minDelayTarget": 5, "maxDelayTarget": 5, "numRetries": 3}}
    directory = FakeDirectory([sub("http", "http://hook.example/x", raw=False, delivery_policy=policy)])
    peers = Peers(environ={})
    w = DeliveryWorkers(log, directory, signer, peers, partitions=1, sleep=slow_retries, http_client=client)
    await w.start()
    await log.append_batch(LOG_TOPIC, 0, [published(0)])
    await wait_until(lambda: len(attempts) == 1)
    await asyncio.sleep(0.1)
    await w.close()
    assert await log.committed(GROUP, LOG_TOPIC, 0) in (None, 0)  # redelivered after a restart


def memo(i: int, text: str | None = None) -> Published:
    return Published(TOPIC, f"id-{i}", text or f"message {i}", "2030-01-01T00:00:00.000Z", "http://gw")


class CountingLog(SqliteLog):
    reads = 0

    async def read(self, *args: Any, **kw: Any) -> Any:
        type(self).reads += 1
        return await super().read(*args, **kw)


async def test_appends_of_this_process_are_delivered_from_memory(tmp_path: Path, signer: Signer) -> None:
    """What Publish hands over after the append is delivered without reading the log back; the log is
    read for what memory does not hold (a record handed over late, or appended elsewhere)."""
    log = await CountingLog.open(tmp_path)
    sqs = FakeSqs()
    w = workers(log, FakeDirectory([sub()]), signer, sqs)
    await w.start()
    try:
        await wait_until(lambda: w._delivered[0] == 0)
        await asyncio.sleep(0.05)  # the worker's first read found the log empty
        reads = CountingLog.reads
        for i in range(30):
            appended = await log.append(LOG_TOPIC, 0, published(i))
            # a body the log does not hold shows which copy was delivered
            w.appended(0, appended.offset, memo(i, f"memory {i}"), 100)
        await wait_until(lambda: len(sqs.bodies()) == 30)
        assert sqs.bodies() == [f"memory {i}" for i in range(30)]
        assert CountingLog.reads == reads
        # offset 30 is never handed over (another process appended it): the log has it
        await log.append(LOG_TOPIC, 0, published(30))
        for i in (31, 32):
            appended = await log.append(LOG_TOPIC, 0, published(i))
            w.appended(0, appended.offset, memo(i, f"memory {i}"), 100)
        await wait_until(lambda: len(sqs.bodies()) == 33)
        # 30 from the log (and 31 too if the read found it there), then memory again; in order
        assert sqs.bodies()[30] == "message 30"
        assert [body.split()[1] for body in sqs.bodies()[30:]] == ["30", "31", "32"]
        # read from the log: dropped (a hand-off that lost the race with the read, at the next take)
        await wait_until(lambda: not w._recent[0].items and w._recent[0].size == 0)
        # nothing handed over at all: the idle worker reads the log within WAIT_MS
        await log.append(LOG_TOPIC, 0, published(33))
        await wait_until(lambda: len(sqs.bodies()) == 34)
        await wait_until(lambda: w._committed[0] == 34)
    finally:
        await w.close()
        await log.close()


async def test_hand_off_past_its_bound_falls_back_to_the_log(
    log: SqliteLog, signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("overcast_sns.delivery.RECENT_RECORDS", 3)
    hang = asyncio.Event()

    class SlowSqs(FakeSqs):
        async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
            await hang.wait()
            return await super().__call__(context, params)

    sqs = SlowSqs()
    w = workers(log, FakeDirectory([sub()]), signer, sqs)
    await w.start()
    try:
        await wait_until(lambda: w._delivered[0] == 0)
        await asyncio.sleep(0.05)
        first = await log.append(LOG_TOPIC, 0, published(0))
        w.appended(0, first.offset, memo(0), 100)
        await asyncio.sleep(0.05)  # the worker hangs delivering record 0
        for i in range(1, 8):
            appended = await log.append(LOG_TOPIC, 0, published(i))
            w.appended(0, appended.offset, memo(i), 100)
        assert sorted(w._recent[0].items) == [1, 2, 3]  # the rest stays in the log only
        hang.set()
        await wait_until(lambda: len(sqs.bodies()) == 8)
        assert sqs.bodies() == [f"message {i}" for i in range(8)]
    finally:
        await w.close()


async def test_an_idle_partition_reads_the_log_ever_less_often(
    tmp_path: Path, signer: Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Idle reads back off from WAIT_MS to IDLE_WAIT_MS; a record nobody handed over still arrives."""
    monkeypatch.setattr("overcast_sns.delivery.WAIT_MS", 20)
    monkeypatch.setattr("overcast_sns.delivery.IDLE_WAIT_MS", 160)
    log = await CountingLog.open(tmp_path)
    sqs = FakeSqs()
    w = workers(log, FakeDirectory([sub()]), signer, sqs)
    await w.start()
    try:
        await wait_until(lambda: w._delivered[0] == 0)
        reads = CountingLog.reads
        await asyncio.sleep(1.0)
        # every 20 ms would be ~50 reads; backing off to 160 ms: 20, 40, 80, then ~5 of 160
        assert CountingLog.reads - reads <= 12
        await log.append(LOG_TOPIC, 0, published(0))  # appended elsewhere: only the log has it
        await wait_until(lambda: len(sqs.bodies()) == 1, timeout=1.0)
    finally:
        await w.close()
        await log.close()
