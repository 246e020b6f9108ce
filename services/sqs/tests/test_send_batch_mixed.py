"""SendMessageBatch with body-only entries (the inline way) mixed with every other kind (``_prepare``):
results in entry order, the MD5s and ids SQS gives back, and what a receive returns."""

from __future__ import annotations

import hashlib
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
from overcast_sqs.checksums import md5_of_attributes
from overcast_sqs.provider import ProviderSettings, SqsProvider, _check_batch
from overcast_sqs.store.sqlite import SqliteSqsStore

ACCOUNT = "000000000000"


@pytest.fixture
async def call(tmp_path: Path) -> AsyncIterator[Any]:
    store = await SqliteSqsStore.open(tmp_path / "sqs.sqlite3")
    provider = SqsProvider(store, settings=ProviderSettings(strict_timing=False, queue_url_host=""))
    handler = ServiceHandler(provider, AllowRoot())

    async def invoke(operation: str, *, peer: bool = False, trace: str | None = None, **params: Any) -> Any:
        context = RequestContext(
            request_id="r",
            service="sqs",
            operation=operation,
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
            host="localhost:4566",
            trace_header=trace,
            extra={PEER_MARK: "sns"} if peer else {},
        )
        return await handler(context, params)

    yield invoke
    await provider.close()
    await store.close()


async def receive_all(call: Any, url: str) -> list[dict[str, Any]]:
    got: list[dict[str, Any]] = []
    while batch := (
        await call(
            "ReceiveMessage",
            QueueUrl=url,
            MaxNumberOfMessages=10,
            MessageAttributeNames=["All"],
            MessageSystemAttributeNames=["All"],
        )
    ).get("Messages"):
        got += batch
    return got


async def test_mixed_entries_keep_order_md5s_and_failures(call: Any) -> None:
    url = (await call("CreateQueue", QueueName="mixed", Attributes={"MaximumMessageSize": "1024"}))[
        "QueueUrl"
    ]
    attributes = {"color": {"DataType": "String", "StringValue": "red"}}
    entries = [
        {"Id": "plain", "MessageBody": "hello"},
        {"Id": "attrs", "MessageBody": "with attributes", "MessageAttributes": attributes},
        {"Id": "bad", "MessageBody": "bell\x07"},
        {"Id": "big", "MessageBody": "x" * 2000},
        {"Id": "unicode", "MessageBody": "héllo wörld ✓"},
        {"Id": "delayed", "MessageBody": "later", "DelaySeconds": 0},
        {"Id": "empty", "MessageBody": ""},
        {"Id": "tab", "MessageBody": "a\tb\r\nc"},
    ]
    result = await call("SendMessageBatch", peer=True, QueueUrl=url, Entries=entries)
    assert [s["Id"] for s in result["Successful"]] == ["plain", "attrs", "unicode", "delayed", "tab"]
    for item in result["Successful"]:
        body = next(e["MessageBody"] for e in entries if e["Id"] == item["Id"])
        assert item["MD5OfMessageBody"] == hashlib.md5(body.encode()).hexdigest()
        assert list(item)[:3] == ["Id", "MessageId", "MD5OfMessageBody"]
    attrs = next(s for s in result["Successful"] if s["Id"] == "attrs")
    assert attrs["MD5OfMessageAttributes"] == md5_of_attributes(attributes)
    assert [(f["Id"], f["Code"]) for f in result["Failed"]] == [
        ("bad", "InvalidMessageContents"),
        ("big", "InvalidParameterValue"),
        ("empty", "MissingParameter"),
    ]
    got = {m["MessageId"]: m for m in await receive_all(call, url)}
    assert {s["MessageId"] for s in result["Successful"]} == set(got)
    for item in result["Successful"]:
        message = got[item["MessageId"]]
        assert message["MD5OfBody"] == item["MD5OfMessageBody"]
        assert message["Attributes"]["SenderId"] == ACCOUNT
    assert got[attrs["MessageId"]]["MessageAttributes"]["color"]["StringValue"] == "red"


async def test_trace_header_and_queue_delay_apply_to_body_only_entries(call: Any) -> None:
    url = (await call("CreateQueue", QueueName="traced"))["QueueUrl"]
    trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"
    entries = [{"Id": str(i), "MessageBody": f"m{i}"} for i in range(20)]
    result = await call("SendMessageBatch", peer=True, trace=trace, QueueUrl=url, Entries=entries)
    assert [s["Id"] for s in result["Successful"]] == [str(i) for i in range(20)]
    got = await receive_all(call, url)
    assert sorted(m["Body"] for m in got) == sorted(f"m{i}" for i in range(20))
    assert {m["Attributes"]["AWSTraceHeader"] for m in got} == {trace}
    delayed = (await call("CreateQueue", QueueName="delayed", Attributes={"DelaySeconds": "60"}))["QueueUrl"]
    await call("SendMessageBatch", QueueUrl=delayed, Entries=[{"Id": "a", "MessageBody": "x"}])
    counts = (await call("GetQueueAttributes", QueueUrl=delayed, AttributeNames=["All"]))["Attributes"]
    assert counts["ApproximateNumberOfMessagesDelayed"] == "1"


async def test_fifo_batches_keep_sequence_numbers_and_duplicates(call: Any) -> None:
    url = (await call("CreateQueue", QueueName="q.fifo", Attributes={"FifoQueue": "true"}))["QueueUrl"]
    entries = [
        {"Id": "a", "MessageBody": "1", "MessageGroupId": "g", "MessageDeduplicationId": "d1"},
        {"Id": "b", "MessageBody": "2", "MessageGroupId": "g", "MessageDeduplicationId": "d2"},
    ]
    first = await call("SendMessageBatch", QueueUrl=url, Entries=entries)
    again = await call("SendMessageBatch", QueueUrl=url, Entries=entries)
    assert [s["MessageId"] for s in again["Successful"]] == [s["MessageId"] for s in first["Successful"]]
    numbers = [int(s["SequenceNumber"]) for s in first["Successful"]]
    assert numbers == sorted(numbers) and len(set(numbers)) == 2


@pytest.mark.parametrize(
    ("ids", "code"),
    [
        (["a", "b", "a"], "BatchEntryIdsNotDistinct"),
        (["a", "b c"], "InvalidBatchEntryId"),
        (["a", "x" * 81], "InvalidBatchEntryId"),
        (["", "a"], "InvalidBatchEntryId"),
        (["a", "b", "a", "c d"], "BatchEntryIdsNotDistinct"),  # the first problem in entry order
        (["a", "c d", "a"], "InvalidBatchEntryId"),
        (["a\nb"], "InvalidBatchEntryId"),  # not two well-formed ids joined
        (["x", "a\nb", "y"], "InvalidBatchEntryId"),
        (["a\n", "b"], "InvalidBatchEntryId"),  # AWS: alphanumerics, hyphens, underscores only
        (["a", "b\n"], "InvalidBatchEntryId"),
    ],
)
def test_batch_ids_checked_in_entry_order(ids: list[str], code: str) -> None:
    with pytest.raises(ServiceError) as caught:
        _check_batch([{"Id": i} for i in ids], "SendMessageBatchRequestEntry", 500)
    assert caught.value.code == code


def test_batch_ids_that_pass() -> None:
    _check_batch([{"Id": i} for i in ("a", "B-1", "c_2", "x" * 80)], "SendMessageBatchRequestEntry", 10)
