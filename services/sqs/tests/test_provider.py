"""SqsProvider through its dispatch handler, as the gateway calls it, on the SQLite store."""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.peers import PEER_MARK
from overcast_common.service import ServiceHandler
from overcast_sqs.provider import ProviderSettings, SqsProvider
from overcast_sqs.store.sqlite import SqliteSqsStore

ACCOUNT = "000000000000"


class Clock:
    def __init__(self) -> None:
        self.ms = 1_900_000_000_000

    def __call__(self) -> int:
        return self.ms


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def provider(tmp_path: Path, clock: Clock) -> AsyncIterator[SqsProvider]:
    store = await SqliteSqsStore.open(tmp_path / "sqs.sqlite3")
    p = SqsProvider(store, clock=clock, settings=ProviderSettings(strict_timing=True, queue_url_host=""))
    yield p
    await p.close()
    await store.close()


@pytest.fixture
def call(provider: SqsProvider) -> Any:
    handler = ServiceHandler(provider, AllowRoot())

    async def invoke(operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="r",
            service="sqs",
            operation=operation,
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
            host="localhost:4566",
        )
        return await handler(context, params)

    return invoke


async def error(coro: Any) -> ServiceError:
    with pytest.raises(ServiceError) as caught:
        await coro
    return caught.value


async def make(call: Any, name: str, **attributes: str) -> str:
    result = await call("CreateQueue", QueueName=name, Attributes=attributes)
    url: str = result["QueueUrl"]
    return url


# --- queues -------------------------------------------------------------------------------------


async def test_create_get_list_delete(call: Any, clock: Clock) -> None:
    url = await make(call, "jobs")
    assert url == "http://localhost:4566/000000000000/jobs"
    assert await call("CreateQueue", QueueName="jobs") == {"QueueUrl": url}  # idempotent
    assert (await call("GetQueueUrl", QueueName="jobs"))["QueueUrl"] == url
    await make(call, "jobs-2")
    await make(call, "other")
    listed = await call("ListQueues", QueueNamePrefix="jobs")
    assert listed == {"QueueUrls": [url, url + "-2"]}
    first = await call("ListQueues", MaxResults=2)
    assert len(first["QueueUrls"]) == 2 and "NextToken" in first
    rest = await call("ListQueues", MaxResults=2, NextToken=first["NextToken"])
    assert rest == {"QueueUrls": ["http://localhost:4566/000000000000/other"]}
    await call("DeleteQueue", QueueUrl=url)
    err = await error(call("GetQueueUrl", QueueName="jobs"))
    assert (err.code, err.message) == ("QueueDoesNotExist", "The specified queue does not exist.")
    assert getattr(err, "query_code", None) == "AWS.SimpleQueueService.NonExistentQueue"
    err = await error(call("CreateQueue", QueueName="jobs"))
    assert err.code == "QueueDeletedRecently"
    clock.ms += 60_000
    await make(call, "jobs")


async def test_create_with_different_attributes_is_queue_name_exists(call: Any) -> None:
    await make(call, "q", VisibilityTimeout="10")
    err = await error(call("CreateQueue", QueueName="q", Attributes={"VisibilityTimeout": "20"}))
    assert err.code == "QueueNameExists"
    assert err.message.endswith("different value for attribute VisibilityTimeout")


@pytest.mark.parametrize(
    ("name", "attributes", "code"),
    [
        ("bad name", {}, "InvalidParameterValueException"),
        ("x" * 81, {}, "InvalidParameterValueException"),
        ("plain", {"FifoQueue": "true"}, "InvalidParameterValueException"),
        ("q", {"VisibilityTimeout": "43201"}, "InvalidAttributeValue"),
        ("q", {"DelaySeconds": "abc"}, "InvalidAttributeValue"),
        ("q", {"Nope": "1"}, "InvalidAttributeName"),
        ("q", {"ContentBasedDeduplication": "true"}, "InvalidAttributeName"),
    ],
)
async def test_create_validation(call: Any, name: str, attributes: dict[str, str], code: str) -> None:
    assert (await error(call("CreateQueue", QueueName=name, Attributes=attributes))).code == code


async def test_queue_url_forms_are_all_accepted(call: Any) -> None:
    await make(call, "forms")
    await call("SendMessage", QueueUrl="http://localhost:4566/000000000000/forms", MessageBody="a")
    await call(
        "SendMessage", QueueUrl="https://sqs.us-east-1.amazonaws.com/000000000000/forms", MessageBody="b"
    )
    await call("SendMessage", QueueUrl="http://elsewhere:1234/000000000000/forms", MessageBody="c")
    await call("SendMessage", QueueUrl="/000000000000/forms", MessageBody="d")
    err = await error(
        call(
            "SendMessage", QueueUrl="https://sqs.eu-west-1.amazonaws.com/000000000000/forms", MessageBody="x"
        )
    )
    assert err.code == "QueueDoesNotExist"  # another region's queue
    attrs = await call("GetQueueAttributes", QueueUrl="/000000000000/forms", AttributeNames=["All"])
    assert attrs["Attributes"]["ApproximateNumberOfMessages"] == "4"


async def test_attributes_all_and_set(call: Any, clock: Clock) -> None:
    url = await make(call, "attrs", DelaySeconds="5")
    got = (await call("GetQueueAttributes", QueueUrl=url, AttributeNames=["All"]))["Attributes"]
    assert got["DelaySeconds"] == "5" and got["VisibilityTimeout"] == "30"
    assert got["QueueArn"] == "arn:aws:sqs:us-east-1:000000000000:attrs"
    assert got["CreatedTimestamp"] == str(clock.ms // 1000)
    assert got["ApproximateNumberOfMessages"] == "0"
    clock.ms += 5_000
    await call("SetQueueAttributes", QueueUrl=url, Attributes={"VisibilityTimeout": "60"})
    got = await call(
        "GetQueueAttributes", QueueUrl=url, AttributeNames=["VisibilityTimeout", "LastModifiedTimestamp"]
    )
    assert got == {"Attributes": {"LastModifiedTimestamp": str(clock.ms // 1000), "VisibilityTimeout": "60"}}
    err = await error(call("GetQueueAttributes", QueueUrl=url, AttributeNames=["Bogus"]))
    assert (err.code, err.message) == ("InvalidAttributeName", "Unknown Attribute Bogus.")
    assert await call("GetQueueAttributes", QueueUrl=url) == {}


async def test_tags_and_permissions(call: Any) -> None:
    url = await call("CreateQueue", QueueName="t", tags={"a": "1"})
    url = url["QueueUrl"]
    await call("TagQueue", QueueUrl=url, Tags={"b": "2"})
    await call("UntagQueue", QueueUrl=url, TagKeys=["a"])
    assert await call("ListQueueTags", QueueUrl=url) == {"Tags": {"b": "2"}}
    await call(
        "AddPermission", QueueUrl=url, Label="l1", AWSAccountIds=["111122223333"], Actions=["SendMessage"]
    )
    err = await error(
        call(
            "AddPermission", QueueUrl=url, Label="l1", AWSAccountIds=["111122223333"], Actions=["SendMessage"]
        )
    )
    assert err.code == "InvalidParameterValueException"
    policy = json.loads(
        (await call("GetQueueAttributes", QueueUrl=url, AttributeNames=["Policy"]))["Attributes"]["Policy"]
    )
    assert policy["Statement"][0]["Sid"] == "l1" and policy["Statement"][0]["Action"] == "SQS:SendMessage"
    await call("RemovePermission", QueueUrl=url, Label="l1")
    assert await call("GetQueueAttributes", QueueUrl=url, AttributeNames=["Policy"]) == {"Attributes": {}}


# --- messages -----------------------------------------------------------------------------------


async def test_send_receive_md5s_match_aws(call: Any) -> None:
    url = await make(call, "m")
    attributes = {
        "PostalCode": {"DataType": "String", "StringValue": "ABC123"},
        "City": {"DataType": "String", "StringValue": "Any City"},
    }
    sent = await call("SendMessage", QueueUrl=url, MessageBody="hello", MessageAttributes=attributes)
    assert sent["MD5OfMessageBody"] == "5d41402abc4b2a76b9719d911017c592"
    assert sent["MD5OfMessageAttributes"] == "9424c491ff2bbec06ecbc9d226bc3ae7"  # AWS's documented example
    got = await call(
        "ReceiveMessage",
        QueueUrl=url,
        MessageAttributeNames=["PostalCode"],
        MessageSystemAttributeNames=["All"],
    )
    [m] = got["Messages"]
    assert m["Body"] == "hello" and m["MD5OfBody"] == sent["MD5OfMessageBody"]
    assert m["MessageAttributes"] == {"PostalCode": {"DataType": "String", "StringValue": "ABC123"}}
    assert m["MD5OfMessageAttributes"] == "b8e89563a83b6381835710c1e088e74f"  # AWS's example for that subset
    assert m["Attributes"]["ApproximateReceiveCount"] == "1" and m["Attributes"]["SenderId"] == ACCOUNT
    await call("DeleteMessage", QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    assert await call("ReceiveMessage", QueueUrl=url) == {}


async def test_binary_attributes_and_trace_header(call: Any) -> None:
    url = await make(call, "bin")
    sent = await call(
        "SendMessage",
        QueueUrl=url,
        MessageBody="b",
        MessageAttributes={"blob": {"DataType": "Binary", "BinaryValue": b"\x00\x01"}},
        MessageSystemAttributes={"AWSTraceHeader": {"DataType": "String", "StringValue": "Root=1-abc"}},
    )
    assert "MD5OfMessageSystemAttributes" in sent
    [m] = (await call("ReceiveMessage", QueueUrl=url, MessageAttributeNames=["All"], AttributeNames=["All"]))[
        "Messages"
    ]
    assert m["MessageAttributes"]["blob"]["BinaryValue"] == b"\x00\x01"
    assert m["Attributes"]["AWSTraceHeader"] == "Root=1-abc"


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"MessageBody": ""}, "MissingRequiredParameterException"),
        ({"MessageBody": "x" * 1_048_577}, "InvalidParameterValueException"),
        ({"MessageBody": "\x00"}, "InvalidMessageContents"),
        ({"MessageBody": "x", "DelaySeconds": 901}, "InvalidParameterValueException"),
        ({"MessageBody": "x", "MessageDeduplicationId": "d"}, "InvalidParameterValueException"),
        (
            {"MessageBody": "x", "MessageAttributes": {"a": {"DataType": "Number", "StringValue": "x"}}},
            "InvalidParameterValueException",
        ),
        (
            {"MessageBody": "x", "MessageAttributes": {"a": {"DataType": "Weird", "StringValue": "x"}}},
            "InvalidParameterValueException",
        ),
    ],
)
async def test_send_validation(call: Any, params: dict[str, Any], code: str) -> None:
    url = await make(call, "v")
    assert (await error(call("SendMessage", QueueUrl=url, **params))).code == code


async def test_receive_validation_and_bad_receipts(call: Any) -> None:
    url = await make(call, "r")
    err = await error(call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=11))
    assert (
        err.message
        == "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided."
    )
    assert (
        await error(call("ReceiveMessage", QueueUrl=url, WaitTimeSeconds=21))
    ).code == "InvalidParameterValueException"
    err = await error(call("DeleteMessage", QueueUrl=url, ReceiptHandle="garbage"))
    assert err.code == "ReceiptHandleIsInvalid"


async def test_visibility_timeout_and_change(call: Any, clock: Clock) -> None:
    url = await make(call, "vis", VisibilityTimeout="10")
    await call("SendMessage", QueueUrl=url, MessageBody="x")
    [m] = (await call("ReceiveMessage", QueueUrl=url))["Messages"]
    assert await call("ReceiveMessage", QueueUrl=url) == {}
    clock.ms += 10_000
    [again] = (await call("ReceiveMessage", QueueUrl=url, VisibilityTimeout=100))["Messages"]
    err = await error(
        call("ChangeMessageVisibility", QueueUrl=url, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0)
    )
    assert err.code == "InvalidParameterValueException"  # outdated handle
    await call(
        "ChangeMessageVisibility", QueueUrl=url, ReceiptHandle=again["ReceiptHandle"], VisibilityTimeout=0
    )
    assert len((await call("ReceiveMessage", QueueUrl=url))["Messages"]) == 1


async def test_delay_seconds(call: Any, clock: Clock) -> None:
    url = await make(call, "delayed", DelaySeconds="3")
    await call("SendMessage", QueueUrl=url, MessageBody="queue-delay")
    await call("SendMessage", QueueUrl=url, MessageBody="no-delay", DelaySeconds=0)
    assert [
        m["Body"] for m in (await call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=10))["Messages"]
    ] == ["no-delay"]
    counts = (await call("GetQueueAttributes", QueueUrl=url, AttributeNames=["All"]))["Attributes"]
    assert counts["ApproximateNumberOfMessagesDelayed"] == "1"
    clock.ms += 3_000
    assert [m["Body"] for m in (await call("ReceiveMessage", QueueUrl=url))["Messages"]] == ["queue-delay"]


async def test_batches(call: Any) -> None:
    url = await make(call, "batch")
    result = await call(
        "SendMessageBatch",
        QueueUrl=url,
        Entries=[
            {"Id": "a", "MessageBody": "1"},
            {"Id": "b", "MessageBody": ""},
            {"Id": "c", "MessageBody": "3"},
        ],
    )
    assert [s["Id"] for s in result["Successful"]] == ["a", "c"]
    assert result["Failed"] == [
        {
            "Id": "b",
            "SenderFault": True,
            "Code": "MissingParameter",
            "Message": "The request must contain the parameter MessageBody.",
        }
    ]
    assert (await error(call("SendMessageBatch", QueueUrl=url, Entries=[]))).code == "EmptyBatchRequest"
    many = [{"Id": str(i), "MessageBody": "x"} for i in range(11)]
    assert (
        await error(call("SendMessageBatch", QueueUrl=url, Entries=many))
    ).code == "TooManyEntriesInBatchRequest"
    dup = [{"Id": "x", "MessageBody": "1"}, {"Id": "x", "MessageBody": "2"}]
    assert (
        await error(call("SendMessageBatch", QueueUrl=url, Entries=dup))
    ).code == "BatchEntryIdsNotDistinct"
    big = [{"Id": str(i), "MessageBody": "x" * 110_000} for i in range(10)]  # > 1 MiB in all
    assert (await error(call("SendMessageBatch", QueueUrl=url, Entries=big))).code == "BatchRequestTooLong"
    got = (await call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=10))["Messages"]
    changed = await call(
        "ChangeMessageVisibilityBatch",
        QueueUrl=url,
        Entries=[
            {"Id": f"e{i}", "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0}
            for i, m in enumerate(got)
        ],
    )
    assert len(changed["Successful"]) == 2 and changed["Failed"] == []
    got = (await call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=10))["Messages"]
    deleted = await call(
        "DeleteMessageBatch",
        QueueUrl=url,
        Entries=[{"Id": f"e{i}", "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)]
        + [{"Id": "bad", "ReceiptHandle": "nope"}],
    )
    assert len(deleted["Successful"]) == 2 and deleted["Failed"][0]["Code"] == "ReceiptHandleIsInvalid"


async def test_purge_once_a_minute(call: Any, clock: Clock) -> None:
    url = await make(call, "p")
    await call("SendMessage", QueueUrl=url, MessageBody="x")
    await call("PurgeQueue", QueueUrl=url)
    assert await call("ReceiveMessage", QueueUrl=url) == {}
    err = await error(call("PurgeQueue", QueueUrl=url))
    assert (err.code, err.status_code) == ("PurgeQueueInProgress", 403)
    clock.ms += 60_000
    await call("PurgeQueue", QueueUrl=url)


# --- FIFO -----------------------------------------------------------------------------------------


async def test_fifo_rules(call: Any, clock: Clock) -> None:
    url = await make(call, "f.fifo", FifoQueue="true")
    err = await error(call("SendMessage", QueueUrl=url, MessageBody="x", MessageDeduplicationId="d"))
    assert err.message == "The request must contain the parameter MessageGroupId."
    err = await error(call("SendMessage", QueueUrl=url, MessageBody="x", MessageGroupId="g"))
    assert err.code == "InvalidParameterValueException"  # no dedup id, no content-based dedup
    first = await call(
        "SendMessage", QueueUrl=url, MessageBody="1", MessageGroupId="g", MessageDeduplicationId="a"
    )
    dup = await call(
        "SendMessage", QueueUrl=url, MessageBody="1", MessageGroupId="g", MessageDeduplicationId="a"
    )
    assert dup["MessageId"] == first["MessageId"] and len(first["SequenceNumber"]) == 20
    await call("SendMessage", QueueUrl=url, MessageBody="2", MessageGroupId="g", MessageDeduplicationId="b")
    got = (await call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=["All"]))[
        "Messages"
    ]
    assert [m["Body"] for m in got] == ["1", "2"]
    assert (
        got[0]["Attributes"]["MessageGroupId"] == "g"
        and got[0]["Attributes"]["MessageDeduplicationId"] == "a"
    )
    assert got[0]["Attributes"]["SequenceNumber"] == first["SequenceNumber"]


async def test_fifo_content_based_dedup(call: Any) -> None:
    url = await make(call, "c.fifo", FifoQueue="true", ContentBasedDeduplication="true")
    a = await call("SendMessage", QueueUrl=url, MessageBody="same", MessageGroupId="g")
    b = await call("SendMessage", QueueUrl=url, MessageBody="same", MessageGroupId="g")
    assert a["MessageId"] == b["MessageId"]


async def test_fifo_receive_request_attempt_id(call: Any) -> None:
    url = await make(call, "a.fifo", FifoQueue="true", ContentBasedDeduplication="true")
    await call("SendMessage", QueueUrl=url, MessageBody="x", MessageGroupId="g")
    first = await call("ReceiveMessage", QueueUrl=url, ReceiveRequestAttemptId="try-1")
    again = await call("ReceiveMessage", QueueUrl=url, ReceiveRequestAttemptId="try-1")
    assert first == again and first["Messages"]


# --- dead letters and moves ---------------------------------------------------------------------------


async def test_redrive_to_dead_letter_queue_and_back(call: Any, clock: Clock) -> None:
    dlq = await make(call, "dead")
    dlq_arn = "arn:aws:sqs:us-east-1:000000000000:dead"
    src = await make(
        call,
        "src",
        VisibilityTimeout="0",
        RedrivePolicy=json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "2"}),
    )
    policy = (await call("GetQueueAttributes", QueueUrl=src, AttributeNames=["RedrivePolicy"]))["Attributes"]
    assert json.loads(policy["RedrivePolicy"]) == {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 2}
    assert await call("ListDeadLetterSourceQueues", QueueUrl=dlq) == {"queueUrls": [src]}
    await call("SendMessage", QueueUrl=src, MessageBody="poison")
    for _ in range(2):
        assert len((await call("ReceiveMessage", QueueUrl=src))["Messages"]) == 1
    assert await call("ReceiveMessage", QueueUrl=src) == {}
    [dead] = (await call("ReceiveMessage", QueueUrl=dlq, AttributeNames=["All"], VisibilityTimeout=0))[
        "Messages"
    ]
    assert dead["Body"] == "poison"
    assert dead["Attributes"]["DeadLetterQueueSourceArn"] == "arn:aws:sqs:us-east-1:000000000000:src"
    err = await error(call("StartMessageMoveTask", SourceArn="arn:aws:sqs:us-east-1:000000000000:src"))
    assert err.code == "InvalidParameterValueException"
    task = await call("StartMessageMoveTask", SourceArn=dlq_arn)
    for _ in range(100):
        tasks = (await call("ListMessageMoveTasks", SourceArn=dlq_arn))["Results"]
        if tasks[0]["Status"] == "COMPLETED":
            break
        await asyncio.sleep(0.01)
    assert tasks[0]["Status"] == "COMPLETED" and tasks[0]["ApproximateNumberOfMessagesMoved"] == 1
    assert (
        await error(call("CancelMessageMoveTask", TaskHandle=task["TaskHandle"]))
    ).code == "FailedPrecondition"
    [back] = (await call("ReceiveMessage", QueueUrl=src))["Messages"]
    assert back["Body"] == "poison"


async def test_redrive_policy_validation(call: Any) -> None:
    err = await error(
        make(
            call,
            "s",
            RedrivePolicy=json.dumps(
                {"deadLetterTargetArn": "arn:aws:sqs:us-east-1:000000000000:none", "maxReceiveCount": 1}
            ),
        )
    )
    assert err.message.endswith("Reason: Dead letter target does not exist.")
    await make(call, "d")
    err = await error(
        make(
            call,
            "s",
            RedrivePolicy=json.dumps(
                {"deadLetterTargetArn": "arn:aws:sqs:us-east-1:000000000000:d", "maxReceiveCount": 0}
            ),
        )
    )
    assert err.code == "InvalidAttributeValue"


# --- long polling -------------------------------------------------------------------------------------


async def test_long_poll_wakes_the_moment_a_message_arrives(call: Any) -> None:
    url = await make(call, "lp")
    started = time.monotonic()
    poll = asyncio.create_task(call("ReceiveMessage", QueueUrl=url, WaitTimeSeconds=10))
    await asyncio.sleep(0.1)
    assert not poll.done()
    await call("SendMessage", QueueUrl=url, MessageBody="now")
    got = await asyncio.wait_for(poll, 2)
    assert got["Messages"][0]["Body"] == "now"
    assert time.monotonic() - started < 1


async def test_long_poll_times_out_empty(call: Any) -> None:
    url = await make(call, "lp2", ReceiveMessageWaitTimeSeconds="1")
    started = time.monotonic()
    assert await call("ReceiveMessage", QueueUrl=url) == {}
    assert 0.9 < time.monotonic() - started < 2


# --- concurrency through the provider -------------------------------------------------------------------


async def test_eight_consumers_through_the_provider(call: Any) -> None:
    url = await make(call, "busy", VisibilityTimeout="600")
    total = 2_000
    for start in range(0, total, 10):
        entries = [{"Id": str(i), "MessageBody": str(i)} for i in range(start, start + 10)]
        await call("SendMessageBatch", QueueUrl=url, Entries=entries)
    seen: dict[str, int] = defaultdict(int)

    async def consumer() -> None:
        while True:
            got = (await call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0)).get(
                "Messages", []
            )
            if not got:
                return
            for m in got:
                seen[m["Body"]] += 1
            entries = [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)]
            assert not (await call("DeleteMessageBatch", QueueUrl=url, Entries=entries))["Failed"]

    await asyncio.gather(*(consumer() for _ in range(8)))
    assert len(seen) == total and set(seen.values()) == {1}


async def test_peer_services_may_send_longer_batches(provider: SqsProvider, call: Any) -> None:
    """SNS fan-out sends up to 500 entries a call; clients keep AWS's 10 (see test_batches)."""
    handler = ServiceHandler(provider, AllowRoot())

    async def peer(operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="r",
            service="sqs",
            operation=operation,
            account_id=ACCOUNT,
            principal=None,
            extra={PEER_MARK: "sns"},
        )
        return await handler(context, params)

    url = await make(call, "peer-batch")
    eleven = [{"Id": str(i), "MessageBody": f"m{i}"} for i in range(11)]
    refused = await error(call("SendMessageBatch", QueueUrl=url, Entries=eleven))
    assert (refused.code, refused.status_code, refused.message) == (
        "TooManyEntriesInBatchRequest",
        400,
        "Maximum number of entries per request are 10. You have sent 11.",
    )
    fifty = [{"Id": str(i), "MessageBody": f"m{i}"} for i in range(50)]
    result = await peer("SendMessageBatch", QueueUrl=url, Entries=fifty)
    assert len(result["Successful"]) == 50 and result["Failed"] == []
    bodies: set[str] = set()
    while got := (await call("ReceiveMessage", QueueUrl=url, MaxNumberOfMessages=10)).get("Messages"):
        bodies.update(m["Body"] for m in got)
    assert bodies == {f"m{i}" for i in range(50)}
    too_many = [{"Id": str(i), "MessageBody": "x"} for i in range(501)]
    refused = await error(peer("SendMessageBatch", QueueUrl=url, Entries=too_many))
    assert refused.message == "Maximum number of entries per request are 500. You have sent 501."
    # the batch size limit scales with the entries: 1 MiB per 10
    fits = [{"Id": str(i), "MessageBody": "x" * 110_000} for i in range(19)]
    assert len((await peer("SendMessageBatch", QueueUrl=url, Entries=fits))["Successful"]) == 19
    big = [{"Id": str(i), "MessageBody": "x" * 110_000} for i in range(20)]  # > 2 MiB
    assert (await error(peer("SendMessageBatch", QueueUrl=url, Entries=big))).code == "BatchRequestTooLong"
