"""Validation errors with AWS's codes, statuses and wording; the message size limit (1 MiB since 2025)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import Protocol, RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.service import ServiceHandler
from overcast_sqs.provider import ProviderSettings, SqsProvider
from overcast_sqs.store.sqlite import SqliteSqsStore

ACCOUNT = "000000000000"


class Caller:
    def __init__(self, provider: SqsProvider) -> None:
        self.handler = ServiceHandler(provider, AllowRoot())

    async def __call__(self, operation: str, protocol: Protocol = "json", **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="r",
            service="sqs",
            operation=operation,
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
            host="localhost:4566",
            protocol=protocol,
        )
        return await self.handler(context, params)

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value

    async def queue(self, name: str, **attributes: str) -> str:
        return str((await self("CreateQueue", QueueName=name, Attributes=attributes))["QueueUrl"])


async def open_caller(path: Path, settings: ProviderSettings) -> tuple[Caller, SqsProvider]:
    provider = SqsProvider(await SqliteSqsStore.open(path), settings=settings)
    return Caller(provider), provider


@pytest.fixture
async def call(tmp_path: Path) -> AsyncIterator[Caller]:
    caller, provider = await open_caller(tmp_path / "sqs.sqlite3", ProviderSettings(queue_url_host=""))
    yield caller
    await provider.close()
    await provider.store.close()


# --- CreateQueue / SetQueueAttributes -------------------------------------------------------------


async def test_a_fifo_name_needs_the_fifo_attribute(call: Caller) -> None:
    err = await call.error("CreateQueue", QueueName="orders.fifo")
    assert (err.code, err.message) == (
        "InvalidParameterValueException",
        "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length",
    )
    err = await call.error("CreateQueue", QueueName="orders", Attributes={"FifoQueue": "true"})
    assert err.message == (
        "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must "
        "end with .fifo suffix and be 1 to 80 in length."
    )
    assert await call.queue("x" * 75 + ".fifo", FifoQueue="true")  # .fifo counts toward the 80
    err = await call.error("CreateQueue", QueueName="x" * 76 + ".fifo", Attributes={"FifoQueue": "true"})
    assert err.code == "InvalidParameterValueException"
    url = await call.queue("plain", FifoQueue="false")
    attributes = (await call("GetQueueAttributes", QueueUrl=url, AttributeNames=["All"]))["Attributes"]
    assert "FifoQueue" not in attributes


async def test_the_queue_type_cannot_change(call: Caller) -> None:
    standard = await call.queue("std")
    err = await call.error("SetQueueAttributes", QueueUrl=standard, Attributes={"FifoQueue": "true"})
    assert (err.code, err.message) == ("InvalidAttributeName", "Unknown Attribute FifoQueue.")
    fifo = await call.queue("f.fifo", FifoQueue="true")
    err = await call.error("SetQueueAttributes", QueueUrl=fifo, Attributes={"FifoQueue": "false"})
    assert (err.code, err.message) == (
        "InvalidAttributeValue",
        "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.",
    )
    await call("SetQueueAttributes", QueueUrl=fifo, Attributes={"FifoQueue": "true"})  # no change: fine


async def test_permissions_as_aws_writes_them(call: Caller) -> None:
    url = await call.queue("perm")
    await call(
        "AddPermission", QueueUrl=url, Label="l1", AWSAccountIds=["111122223333"], Actions=["SendMessage"]
    )
    policy = json.loads(
        (await call("GetQueueAttributes", QueueUrl=url, AttributeNames=["Policy"]))["Attributes"]["Policy"]
    )
    assert list(policy) == ["Version", "Id", "Statement"] and policy["Version"] == "2008-10-17"
    assert policy["Id"].endswith(":perm/SQSDefaultPolicy")
    err = await call.error("RemovePermission", QueueUrl=url, Label="l2")
    assert err.message == "Value l2 for parameter Label is invalid. Reason: can't find label."


# --- QueueDoesNotExist --------------------------------------------------------------------------------


async def test_queue_does_not_exist_is_worded_per_protocol(call: Caller) -> None:
    for protocol, message in (
        ("json", "The specified queue does not exist."),
        ("query", "The specified queue does not exist for this wsdl version."),
    ):
        with pytest.raises(ServiceError) as caught:
            await call("GetQueueUrl", protocol=protocol, QueueName="nope")  # type: ignore[arg-type]
        assert (caught.value.code, caught.value.status_code, caught.value.message) == (
            "QueueDoesNotExist",
            400,
            message,
        )


# --- sending --------------------------------------------------------------------------------------


async def test_message_attribute_and_fifo_id_errors(call: Caller) -> None:
    url = await call.queue("send")
    err = await call.error(
        "SendMessage",
        QueueUrl=url,
        MessageBody="x",
        MessageAttributes={"Empty": {"DataType": "String", "StringValue": ""}},
    )
    assert err.message == "Message (user) attribute 'Empty' must contain a non-empty value of type 'String'."
    fifo = await call.queue("ids.fifo", FifoQueue="true")
    err = await call.error(
        "SendMessage", QueueUrl=fifo, MessageBody="x", MessageGroupId="g", MessageDeduplicationId="d" * 129
    )
    assert err.message == (
        f"Value {'d' * 129} for parameter MessageDeduplicationId is invalid. Reason: MessageDeduplicationId "
        "can only include alphanumeric and punctuation characters. 1 to 128 in length."
    )
    err = await call.error(
        "SendMessage", QueueUrl=fifo, MessageBody="x", MessageGroupId="a b", MessageDeduplicationId="d"
    )
    assert err.code == "InvalidParameterValueException" and "parameter MessageGroupId" in err.message
    err = await call.error("SendMessage", QueueUrl=fifo, MessageBody="x", MessageGroupId="g", DelaySeconds=2)
    assert err.message == (
        "Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not "
        "valid for this queue type."
    )


async def test_fifo_batches_without_group_or_dedup_id_fail_as_a_whole(call: Caller) -> None:
    fifo = await call.queue("b.fifo", FifoQueue="true")
    ok = {"Id": "ok", "MessageBody": "x", "MessageGroupId": "g", "MessageDeduplicationId": "d"}
    err = await call.error(
        "SendMessageBatch",
        QueueUrl=fifo,
        Entries=[ok, {"Id": "b", "MessageBody": "y", "MessageDeduplicationId": "e"}],
    )
    assert (err.code, err.message) == (
        "InvalidParameterValueException",
        "The request must contain the parameter MessageGroupId.",
    )
    err = await call.error(
        "SendMessageBatch",
        QueueUrl=fifo,
        Entries=[ok, {"Id": "b", "MessageBody": "y", "MessageGroupId": "g"}],
    )
    assert err.message == (
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided "
        "explicitly"
    )


async def test_a_fifo_queue_refuses_an_outdated_receipt_handle(call: Caller) -> None:
    fifo = await call.queue(
        "r.fifo", FifoQueue="true", ContentBasedDeduplication="true", VisibilityTimeout="0"
    )
    await call("SendMessage", QueueUrl=fifo, MessageBody="x", MessageGroupId="g")
    old = (await call("ReceiveMessage", QueueUrl=fifo))["Messages"][0]["ReceiptHandle"]
    new = (await call("ReceiveMessage", QueueUrl=fifo, VisibilityTimeout=30))["Messages"][0]["ReceiptHandle"]
    err = await call.error("DeleteMessage", QueueUrl=fifo, ReceiptHandle=old)
    assert (
        err.message
        == f"Value {old} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired."
    )
    batch = await call(
        "DeleteMessageBatch",
        QueueUrl=fifo,
        Entries=[{"Id": "old", "ReceiptHandle": old}, {"Id": "new", "ReceiptHandle": new}],
    )
    assert batch["Successful"] == [{"Id": "new"}] and batch["Failed"][0]["Code"] == "InvalidParameterValue"
    # standard queues accept it (and delete nothing)
    standard = await call.queue("s", VisibilityTimeout="0")
    await call("SendMessage", QueueUrl=standard, MessageBody="x")
    old = (await call("ReceiveMessage", QueueUrl=standard))["Messages"][0]["ReceiptHandle"]
    await call("ReceiveMessage", QueueUrl=standard)
    await call("DeleteMessage", QueueUrl=standard, ReceiptHandle=old)


# --- the message size limit -----------------------------------------------------------------------------


async def test_the_limit_is_one_mebibyte_by_default(call: Caller) -> None:
    url = await call.queue("big")
    attributes = (await call("GetQueueAttributes", QueueUrl=url, AttributeNames=["MaximumMessageSize"]))[
        "Attributes"
    ]
    assert attributes == {"MaximumMessageSize": "1048576"}
    await call("SendMessage", QueueUrl=url, MessageBody="x" * 1_048_576)
    err = await call.error(
        "SendMessage",
        QueueUrl=url,
        MessageBody="x" * 1_048_570,
        MessageAttributes={"a": {"DataType": "String", "StringValue": "y"}},
    )
    assert (
        err.message
        == "One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes."
    )
    err = await call.error("SetQueueAttributes", QueueUrl=url, Attributes={"MaximumMessageSize": "1048577"})
    assert (err.code, err.message) == (
        "InvalidAttributeValue",
        "Invalid value for the parameter MaximumMessageSize.",
    )
    await call("SetQueueAttributes", QueueUrl=url, Attributes={"MaximumMessageSize": "1024"})
    err = await call.error("SendMessage", QueueUrl=url, MessageBody="x" * 1025)
    assert (
        err.message == "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes."
    )


async def test_a_batch_may_carry_one_mebibyte_in_all(call: Caller) -> None:
    url = await call.queue("batch")
    fits = [{"Id": str(i), "MessageBody": "x" * 104_857} for i in range(10)]  # 1,048,570 bytes
    assert len((await call("SendMessageBatch", QueueUrl=url, Entries=fits))["Successful"]) == 10
    over = [*fits[:9], {"Id": "9", "MessageBody": "x" * 104_864}]
    err = await call.error("SendMessageBatch", QueueUrl=url, Entries=over)
    assert (err.code, err.message) == (
        "BatchRequestTooLong",
        "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.",
    )


async def test_the_limit_is_configurable(tmp_path: Path) -> None:
    settings = ProviderSettings.from_env({"OVERCAST_SQS_MAX_MESSAGE_SIZE": "262144"})
    assert settings.max_message_size == 262_144
    caller, provider = await open_caller(tmp_path / "sqs.sqlite3", settings)
    try:
        url = await caller.queue("legacy")
        got = await caller("GetQueueAttributes", QueueUrl=url, AttributeNames=["MaximumMessageSize"])
        assert got["Attributes"]["MaximumMessageSize"] == "262144"
        err = await caller.error("SendMessage", QueueUrl=url, MessageBody="x" * 262_145)
        assert err.message.endswith("Message must be shorter than 262144 bytes.")
        err = await caller.error(
            "SetQueueAttributes", QueueUrl=url, Attributes={"MaximumMessageSize": "262145"}
        )
        assert err.code == "InvalidAttributeValue"
    finally:
        await provider.close()
        await provider.store.close()
    with pytest.raises(ValueError, match="OVERCAST_SQS_MAX_MESSAGE_SIZE"):
        ProviderSettings.from_env({"OVERCAST_SQS_MAX_MESSAGE_SIZE": "2000000"})


async def test_a_fifo_handle_expires_with_its_visibility_timeout(call: Caller) -> None:
    # AWS refuses a FIFO handle once its visibility timeout ran out, even before anyone received the
    # message again, and the message stays
    fifo = await call.queue("e.fifo", FifoQueue="true", ContentBasedDeduplication="true")
    await call("SendMessage", QueueUrl=fifo, MessageBody="x", MessageGroupId="g")
    handle = (await call("ReceiveMessage", QueueUrl=fifo, VisibilityTimeout=0))["Messages"][0][
        "ReceiptHandle"
    ]
    err = await call.error("DeleteMessage", QueueUrl=fifo, ReceiptHandle=handle)
    assert err.message.endswith("Reason: The receipt handle has expired.")
    assert [m["Body"] for m in (await call("ReceiveMessage", QueueUrl=fifo))["Messages"]] == ["x"]
