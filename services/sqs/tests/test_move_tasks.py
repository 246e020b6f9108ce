"""Message move tasks (DLQ redrive): restart behaviour, AWS's failure reasons, FIFO order, errors."""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.service import ServiceHandler
from overcast_common.testing.redis_server import RedisServer
from overcast_sqs.provider import ProviderSettings, SqsProvider
from overcast_sqs.store import MoveTask, QueueKey, SqsStore
from overcast_sqs.store.port import MoveStep
from overcast_sqs.store.redis_store import RedisSqsStore
from overcast_sqs.store.sqlite import SqliteSqsStore

ACCOUNT = "000000000000"
SETTINGS = ProviderSettings(strict_timing=False, queue_url_host="", move_interval_s=0.02)
Call = Callable[..., Awaitable[dict[str, Any]]]


class Service:
    """A provider over a store file that can be stopped and started again, as a process would be."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store: SqsStore | None = None
        self.provider: SqsProvider | None = None

    async def start(self) -> SqsProvider:
        self.store = await SqliteSqsStore.open(self.path)
        self.provider = SqsProvider(self.store, settings=SETTINGS)
        return self.provider

    async def stop(self) -> None:
        assert self.provider is not None and self.store is not None
        await self.provider.close()
        await self.store.close()
        self.provider = self.store = None

    async def call(self, operation: str, **params: Any) -> dict[str, Any]:
        assert self.provider is not None
        context = RequestContext(
            request_id="r",
            service="sqs",
            operation=operation,
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
            host="localhost:4566",
        )
        return await ServiceHandler(self.provider, AllowRoot())(context, params)


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[Service]:
    svc = Service(tmp_path / "sqs.sqlite3")
    await svc.start()
    yield svc
    if svc.provider is not None:
        await svc.stop()


async def error(awaitable: Awaitable[Any]) -> ServiceError:
    with pytest.raises(ServiceError) as caught:
        await awaitable
    return caught.value


async def arn_of(svc: Service, url: str) -> str:
    attributes = await svc.call("GetQueueAttributes", QueueUrl=url, AttributeNames=["QueueArn"])
    return str(attributes["Attributes"]["QueueArn"])


async def source_and_dlq(svc: Service, *, fifo: bool = False) -> tuple[str, str, str]:
    """A source queue whose messages go to its DLQ on their second receive: (source, dlq, dlq arn)."""
    suffix = ".fifo" if fifo else ""
    extra = {"FifoQueue": "true"} if fifo else {}
    dlq = (await svc.call("CreateQueue", QueueName="dlq" + suffix, Attributes=extra))["QueueUrl"]
    dlq_arn = await arn_of(svc, dlq)
    redrive = json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1})
    attributes = {"VisibilityTimeout": "0", "RedrivePolicy": redrive, **extra}
    source = (await svc.call("CreateQueue", QueueName="src" + suffix, Attributes=attributes))["QueueUrl"]
    return source, dlq, dlq_arn


async def dead_letter(svc: Service, source: str, bodies: list[str], groups: list[str] | None = None) -> None:
    """Send ``bodies`` to ``source`` and receive them twice, so that all end up in its DLQ, in order."""
    for i, body in enumerate(bodies):
        extra = {"MessageGroupId": groups[i], "MessageDeduplicationId": body} if groups else {}
        await svc.call("SendMessage", QueueUrl=source, MessageBody=body, **extra)
    for _ in range(2):
        while (await svc.call("ReceiveMessage", QueueUrl=source, MaxNumberOfMessages=10)).get("Messages"):
            pass


async def task_state(svc: Service, dlq_arn: str) -> dict[str, Any]:
    results = (await svc.call("ListMessageMoveTasks", SourceArn=dlq_arn))["Results"]
    return dict(results[0])


async def wait_for(svc: Service, dlq_arn: str, check: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    deadline = time.monotonic() + 5
    while True:
        state = await task_state(svc, dlq_arn)
        if check(state):
            return state
        assert time.monotonic() < deadline, state
        await asyncio.sleep(0.01)


async def drain(svc: Service, url: str) -> list[str]:
    bodies: list[str] = []
    while got := (await svc.call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=10)).get("Messages"):
        bodies += [m["Body"] for m in got]
        for m in got:
            await svc.call("DeleteMessage", QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return bodies


# --- restart ------------------------------------------------------------------------------------


async def test_a_running_task_resumes_after_a_restart(service: Service) -> None:
    source, dlq, dlq_arn = await source_and_dlq(service)
    await dead_letter(service, source, [f"m{i}" for i in range(6)])
    await service.call("StartMessageMoveTask", SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=1)
    await wait_for(service, dlq_arn, lambda t: t["ApproximateNumberOfMessagesMoved"] >= 1)
    await service.stop()  # mid-task: the record stays RUNNING

    provider = await service.start()
    assert (await task_state(service, dlq_arn))["Status"] == "RUNNING"
    assert await provider.resume_move_tasks() == 1
    done = await wait_for(service, dlq_arn, lambda t: t["Status"] != "RUNNING")
    assert done["Status"] == "COMPLETED" and done["ApproximateNumberOfMessagesMoved"] == 6
    assert sorted(await drain(service, source)) == [f"m{i}" for i in range(6)]
    assert await drain(service, dlq) == []


async def test_a_step_that_dies_after_its_move_still_counts_it(service: Service) -> None:
    # the store's move and the step's count are one write: a process that dies right after it (before
    # the runner sees the result) loses no count, and the resumed task ends with the exact number
    source, _, dlq_arn = await source_and_dlq(service)
    await dead_letter(service, source, ["m0", "m1", "m2"])
    assert service.store is not None
    real_move, moved = service.store.move, asyncio.Event()

    async def move_then_die(
        source: QueueKey, destination: QueueKey | None, limit: int, now_ms: int, task_handle: str
    ) -> MoveStep | None:
        step = await real_move(source, destination, limit, now_ms, task_handle)
        moved.set()
        await asyncio.Event().wait()  # the process is killed here, the step's result never returned
        return step

    service.store.move = move_then_die  # type: ignore[method-assign]
    await service.call("StartMessageMoveTask", SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=1)
    await asyncio.wait_for(moved.wait(), 5)
    await service.stop()

    provider = await service.start()
    assert (await task_state(service, dlq_arn))["ApproximateNumberOfMessagesMoved"] == 1
    assert await provider.resume_move_tasks() == 1
    done = await wait_for(service, dlq_arn, lambda t: t["Status"] != "RUNNING")
    assert (done["Status"], done["ApproximateNumberOfMessagesMoved"]) == ("COMPLETED", 3)
    assert sorted(await drain(service, source)) == ["m0", "m1", "m2"]


async def test_a_cancel_from_another_process_stops_the_runner_and_keeps_the_count(service: Service) -> None:
    # two providers on one store, as two SQS processes on one Redis: the runner is in ``service``, the
    # cancel comes through ``other``, which has no runner to stop; ``service``'s next step moves nothing
    # and ends the task CANCELLED, with the count of what its steps really moved
    source, dlq, dlq_arn = await source_and_dlq(service)
    await dead_letter(service, source, [f"m{i}" for i in range(20)])
    assert service.store is not None
    other = SqsProvider(service.store, settings=SETTINGS)
    started = await service.call("StartMessageMoveTask", SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=2)
    await wait_for(service, dlq_arn, lambda t: t["ApproximateNumberOfMessagesMoved"] >= 2)
    context = RequestContext(
        request_id="r",
        service="sqs",
        operation="CancelMessageMoveTask",
        account_id=ACCOUNT,
        principal=root_principal(ACCOUNT, "test"),
        host="localhost:4566",
    )
    await ServiceHandler(other, AllowRoot())(context, {"TaskHandle": started["TaskHandle"]})
    deadline = time.monotonic() + 5
    while (state := await service.store.list_move_tasks(dlq_arn))[0].status != "CANCELLED":
        assert state[0].status == "CANCELLING" and time.monotonic() < deadline, state
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.1)  # several step intervals: nothing moves after the cancel
    moved = (await task_state(service, dlq_arn))["ApproximateNumberOfMessagesMoved"]
    assert 2 <= moved < 20
    assert len(await drain(service, source)) == moved and len(await drain(service, dlq)) == 20 - moved
    await other.close()


async def test_a_cancelling_task_whose_runner_died_is_cancelled_on_restart(service: Service) -> None:
    _, _, dlq_arn = await source_and_dlq(service)
    assert service.store is not None
    await service.store.put_move_task(MoveTask("h", dlq_arn, None, None, "CANCELLING", 2, 5, 1))
    assert service.provider is not None
    assert await service.provider.resume_move_tasks() == 0
    assert (await task_state(service, dlq_arn))["Status"] == "CANCELLED"


# --- AWS's failure reasons ------------------------------------------------------------------------


async def test_messages_sent_straight_to_the_dlq_fail_the_redrive(service: Service) -> None:
    _, dlq, dlq_arn = await source_and_dlq(service)
    await service.call("SendMessage", QueueUrl=dlq, MessageBody="direct")
    await service.call("StartMessageMoveTask", SourceArn=dlq_arn)
    state = await wait_for(service, dlq_arn, lambda t: t["Status"] != "RUNNING")
    assert (state["Status"], state["FailureReason"]) == ("FAILED", "CouldNotDetermineMessageSource")
    assert "TaskHandle" not in state
    # a custom destination is AWS's remedy
    other = (await service.call("CreateQueue", QueueName="other"))["QueueUrl"]
    await service.call("StartMessageMoveTask", SourceArn=dlq_arn, DestinationArn=await arn_of(service, other))
    assert (await wait_for(service, dlq_arn, lambda t: t["Status"] != "RUNNING"))["Status"] == "COMPLETED"
    assert await drain(service, other) == ["direct"]


async def test_a_deleted_original_source_fails_the_redrive_with_non_existent_queue(service: Service) -> None:
    # AWS's DLQ-redrive troubleshooting guide: NonExistentQueue when the source queue was deleted
    source, _, dlq_arn = await source_and_dlq(service)
    await dead_letter(service, source, ["m0", "m1", "m2"])
    await service.call("StartMessageMoveTask", SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=1)
    await service.call("DeleteQueue", QueueUrl=source)
    state = await wait_for(service, dlq_arn, lambda t: t["Status"] != "RUNNING")
    assert (state["Status"], state["FailureReason"]) == ("FAILED", "AWS.SimpleQueueService.NonExistentQueue")
    assert state["ApproximateNumberOfMessagesMoved"] <= 1


async def test_deleting_the_destination_fails_the_task(service: Service) -> None:
    source, _, dlq_arn = await source_and_dlq(service)
    await dead_letter(service, source, [f"m{i}" for i in range(5)])
    other = (await service.call("CreateQueue", QueueName="other"))["QueueUrl"]
    other_arn = await arn_of(service, other)
    await service.call(
        "StartMessageMoveTask", SourceArn=dlq_arn, DestinationArn=other_arn, MaxNumberOfMessagesPerSecond=1
    )
    await service.call("DeleteQueue", QueueUrl=other)
    state = await wait_for(service, dlq_arn, lambda t: t["Status"] != "RUNNING")
    assert state["Status"] == "FAILED"
    assert state["FailureReason"] == "AWS.SimpleQueueService.NonExistentQueue"
    assert state["ApproximateNumberOfMessagesMoved"] <= 1


# --- FIFO -----------------------------------------------------------------------------------------


async def test_fifo_dlq_redrive_keeps_the_order_of_each_group(service: Service) -> None:
    source, dlq, dlq_arn = await source_and_dlq(service, fifo=True)
    bodies = ["a1", "b1", "a2", "a3", "b2", "c1", "b3", "a4"]
    await dead_letter(service, source, bodies, groups=[b[0] for b in bodies])
    # a consumer holds a1 (the head of group a) when the redrive starts: group a must wait for it
    held = (await service.call("ReceiveMessage", QueueUrl=dlq, VisibilityTimeout=60))["Messages"][0]
    assert held["Body"] == "a1"
    await service.call("StartMessageMoveTask", SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=2)
    await wait_for(service, dlq_arn, lambda t: t["ApproximateNumberOfMessagesMoved"] == 4)
    await asyncio.sleep(0.1)
    assert (await task_state(service, dlq_arn))["Status"] == "RUNNING"  # still waiting for a1
    await service.call(
        "ChangeMessageVisibility", QueueUrl=dlq, ReceiptHandle=held["ReceiptHandle"], VisibilityTimeout=0
    )
    done = await wait_for(service, dlq_arn, lambda t: t["Status"] != "RUNNING")
    assert done["Status"] == "COMPLETED" and done["ApproximateNumberOfMessagesMoved"] == 8

    received: list[dict[str, Any]] = []
    while got := (
        await service.call(
            "ReceiveMessage",
            QueueUrl=source,
            MaxNumberOfMessages=10,
            VisibilityTimeout=60,
            AttributeNames=["All"],
        )
    ).get("Messages"):
        received += got
        for m in got:
            await service.call("DeleteMessage", QueueUrl=source, ReceiptHandle=m["ReceiptHandle"])
    for group in "abc":
        in_group = [m for m in received if m["Attributes"]["MessageGroupId"] == group]
        assert [m["Body"] for m in in_group] == [b for b in bodies if b[0] == group]
        numbers = [int(m["Attributes"]["SequenceNumber"]) for m in in_group]
        assert numbers == sorted(numbers)


# --- one active task per source, under concurrent starts --------------------------------------------


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


class RedisService(Service):
    """A provider over a shared Redis: several of them are replicas of one SQS."""

    def __init__(self, url: str, namespace: str) -> None:
        super().__init__(Path())
        self.url, self.namespace = url, namespace

    async def start(self) -> SqsProvider:
        self.store = await RedisSqsStore.open(self.url, namespace=self.namespace)
        self.provider = SqsProvider(self.store, settings=SETTINGS)
        return self.provider


def list_together(stores: list[SqsStore], monkeypatch: pytest.MonkeyPatch) -> None:
    """The next two ``list_move_tasks`` calls (of two starts) return only once both were made: both
    starts pass the early check before either writes, the window of the race."""
    parties = 2
    barrier, held = asyncio.Barrier(parties), [0]
    for store in stores:

        async def listed(source_arn: str, *, read: Any = store.list_move_tasks) -> list[MoveTask]:
            tasks: list[MoveTask] = await read(source_arn)
            if held[0] < parties:
                held[0] += 1
                await barrier.wait()
            return tasks

        monkeypatch.setattr(store, "list_move_tasks", listed)


@pytest.mark.parametrize("backend", ["sqlite, one process", "redis, two replicas"])
async def test_of_concurrent_starts_for_one_source_exactly_one_wins(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if backend.startswith("redis"):
        url, namespace = request.getfixturevalue("redis_server").url, f"t{uuid.uuid4().hex[:12]}"
        services: list[Service] = [RedisService(url, namespace), RedisService(url, namespace)]
    else:
        services = [Service(tmp_path / "sqs.sqlite3")]
    for svc in services:
        await svc.start()
    try:
        first, last = services[0], services[-1]
        source, _, dlq_arn = await source_and_dlq(first)
        await dead_letter(first, source, [f"m{i}" for i in range(3)])
        list_together([svc.store for svc in services if svc.store is not None], monkeypatch)
        start = {"SourceArn": dlq_arn, "MaxNumberOfMessagesPerSecond": 1}
        results = await asyncio.gather(
            first.call("StartMessageMoveTask", **start),
            last.call("StartMessageMoveTask", **start),
            return_exceptions=True,
        )
        [won] = [r for r in results if isinstance(r, dict)]
        [lost] = [r for r in results if isinstance(r, BaseException)]
        assert isinstance(lost, ServiceError)
        assert (lost.code, lost.status_code, lost.message) == (
            "InvalidParameterValueException",
            400,
            "There is already a task running. Only one active task is allowed for a source queue arn at a "
            "given time.",
        )
        [listed] = (await first.call("ListMessageMoveTasks", SourceArn=dlq_arn, MaxResults=10))["Results"]
        assert listed["TaskHandle"] == won["TaskHandle"]
        await first.call("CancelMessageMoveTask", TaskHandle=won["TaskHandle"])
    finally:
        for svc in services:
            await svc.stop()


# --- errors, as AWS words them ---------------------------------------------------------------------


async def test_move_task_errors(service: Service) -> None:
    source, _, dlq_arn = await source_and_dlq(service)
    missing = dlq_arn.replace(":dlq", ":nope")
    err = await error(service.call("StartMessageMoveTask", SourceArn=missing))
    assert (err.code, err.status_code) == ("ResourceNotFoundException", 404)
    assert err.message == "The resource that you specified for the SourceArn parameter doesn't exist."
    err = await error(service.call("StartMessageMoveTask", SourceArn=dlq_arn, DestinationArn=missing))
    assert err.message == "The resource that you specified for the DestinationArn parameter doesn't exist."
    err = await error(service.call("StartMessageMoveTask", SourceArn=await arn_of(service, source)))
    assert (err.code, err.message) == (
        "InvalidParameterValueException",
        "Source queue must be configured as a Dead Letter Queue.",
    )
    await dead_letter(service, source, [f"m{i}" for i in range(3)])
    first = await service.call("StartMessageMoveTask", SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=1)
    err = await error(service.call("StartMessageMoveTask", SourceArn=dlq_arn))
    assert (err.code, err.message) == (
        "InvalidParameterValueException",
        "There is already a task running. Only one active task is allowed for a source queue arn at a given "
        "time.",
    )
    err = await error(service.call("CancelMessageMoveTask", TaskHandle="not-a-handle"))
    assert (err.code, err.message) == (
        "InvalidParameterValueException",
        "Value for parameter TaskHandle is invalid.",
    )
    unknown = base64.b64encode(json.dumps({"taskId": "x", "sourceArn": dlq_arn}).encode()).decode()
    err = await error(service.call("CancelMessageMoveTask", TaskHandle=unknown))
    assert (err.code, err.status_code, err.message) == (
        "ResourceNotFoundException",
        404,
        "Task does not exist.",
    )
    gone = base64.b64encode(json.dumps({"taskId": "x", "sourceArn": missing}).encode()).decode()
    err = await error(service.call("CancelMessageMoveTask", TaskHandle=gone))
    assert err.message == "The resource that you specified for the SourceArn parameter doesn't exist."
    cancelled = await service.call("CancelMessageMoveTask", TaskHandle=first["TaskHandle"])
    assert cancelled["ApproximateNumberOfMessagesMoved"] >= 0
    assert (await task_state(service, dlq_arn))["Status"] == "CANCELLED"
