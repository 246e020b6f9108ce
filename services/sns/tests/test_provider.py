"""The provider through its dispatch handler, as the gateway calls it (SQLite store and log, fake SQS)."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.log.sqlite import SqliteLog
from overcast_common.peers import Peers
from overcast_common.service import ServiceHandler
from overcast_sns.embedded import SnsHandler
from overcast_sns.provider import SnsProvider
from overcast_sns.signing import Signer
from overcast_sns.store.sql import SqlSnsStore

Call = Any


@pytest.fixture
async def call(tmp_path: Path) -> AsyncIterator[Call]:
    store = await SqlSnsStore.open(Settings(data_dir=tmp_path))
    log = await SqliteLog.open(tmp_path / "log")
    peers = Peers(environ={})
    sent: list[dict[str, Any]] = []

    async def sqs(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        sent.append(params)
        return {"MessageId": "m"}

    peers.register("sqs", sqs)
    provider = SnsProvider(store, log, Signer.load_or_create(tmp_path / "keys"), peers, partitions=2)
    await provider.start()
    handler = SnsHandler(provider, ServiceHandler(provider, AllowRoot()))

    async def run(operation: str, account: str = "000000000000", **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="r", service="sns", operation=operation, account_id=account, host="gw:1"
        )
        return await handler(context, params)

    run.sent = sent  # type: ignore[attr-defined]
    yield run
    await provider.close()
    await log.close()
    await store.close()


async def error(call: Call, operation: str, **params: Any) -> tuple[str, str]:
    with pytest.raises(ServiceError) as caught:
        await call(operation, **params)
    return caught.value.code, caught.value.message


async def test_create_topic_is_idempotent_and_conflicts_are_refused(call: Call) -> None:
    arn = (await call("CreateTopic", Name="t", Attributes={"DisplayName": "d"}))["TopicArn"]
    assert arn == "arn:aws:sns:us-east-1:000000000000:t"
    assert (await call("CreateTopic", Name="t", Attributes={"DisplayName": "d"}))["TopicArn"] == arn
    assert await error(call, "CreateTopic", Name="t", Attributes={"DisplayName": "other"}) == (
        "InvalidParameter",
        "Invalid parameter: Attributes Reason: Topic already exists with different attributes",
    )
    assert (await error(call, "CreateTopic", Name="t.fifo"))[1] == "Invalid parameter: Topic Name"
    assert (await error(call, "CreateTopic", Name="x", Attributes={"FifoTopic": "true"}))[1].startswith(
        "Invalid parameter: Fifo Topic names must end with .fifo"
    )
    assert (
        await error(call, "SetTopicAttributes", TopicArn=arn, AttributeName="Bogus", AttributeValue="1")
    ) == (
        "InvalidParameter",
        "Invalid parameter: AttributeName",
    )


async def test_list_topics_pages_by_100(call: Call) -> None:
    for i in range(105):
        await call("CreateTopic", Name=f"t{i:03d}")
    first = await call("ListTopics")
    assert len(first["Topics"]) == 100
    second = await call("ListTopics", NextToken=first["NextToken"])
    assert [t["TopicArn"].rsplit(":", 1)[1] for t in second["Topics"]] == [f"t{i}" for i in range(100, 105)]
    assert "NextToken" not in second
    assert (await call("ListTopics", account="111111111111"))["Topics"] == []


async def test_fifo_publish_sequence_numbers_and_deduplication(call: Call) -> None:
    arn = (await call("CreateTopic", Name="f.fifo", Attributes={"FifoTopic": "true"}))["TopicArn"]
    assert (await error(call, "Publish", TopicArn=arn, Message="m", MessageGroupId="g"))[1] == (
        "Invalid parameter: The topic should either have ContentBasedDeduplication enabled or "
        "MessageDeduplicationId provided explicitly"
    )
    first = await call("Publish", TopicArn=arn, Message="m", MessageGroupId="g", MessageDeduplicationId="d1")
    second = await call("Publish", TopicArn=arn, Message="m", MessageGroupId="g", MessageDeduplicationId="d2")
    again = await call("Publish", TopicArn=arn, Message="m", MessageGroupId="g", MessageDeduplicationId="d1")
    assert again == {"MessageId": first["MessageId"], "SequenceNumber": first["SequenceNumber"]}
    assert int(second["SequenceNumber"]) > int(first["SequenceNumber"])
    # the same id published concurrently: one publish, every caller gets its answer
    racing = await asyncio.gather(
        *(
            call("Publish", TopicArn=arn, Message="m", MessageGroupId="g", MessageDeduplicationId="d3")
            for _ in range(5)
        )
    )
    assert len({r["MessageId"] for r in racing}) == 1
    assert len(first["SequenceNumber"]) == 20
    standard = (await call("CreateTopic", Name="s"))["TopicArn"]
    assert (await error(call, "Publish", TopicArn=standard, Message="m", MessageDeduplicationId="d"))[
        1
    ].startswith("Invalid parameter: MessageDeduplicationId")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"Message": "x", "Subject": "a\nb"}, ("InvalidParameter", "Invalid parameter: Subject")),
        ({"Message": "x" * 262_145}, ("InvalidParameter", "Invalid parameter: Message too long")),
        (
            {"Message": "x", "MessageStructure": "xml"},
            ("InvalidParameter", "Invalid parameter: MessageStructure"),
        ),
        (
            {"Message": "{", "MessageStructure": "json"},
            ("InvalidParameter", "Invalid parameter: Message Structure - JSON message body failed to parse"),
        ),
        (
            {"Message": "x", "MessageAttributes": {"a": {"DataType": "Blob", "StringValue": "1"}}},
            (
                "ParameterValueInvalid",
                "The message attribute 'a' has an invalid message attribute type, the set of supported type "
                "prefixes is Binary, Number, and String.",
            ),
        ),
        (
            {"Message": "x", "MessageAttributes": {"a": {"DataType": "Number", "StringValue": "one"}}},
            (
                "ParameterValueInvalid",
                "An error occurred while trying to parse the value of message attribute 'a' of type 'Number'. "
                "Value: 'one'.",
            ),
        ),
    ],
)
async def test_publish_validation(call: Call, params: dict[str, Any], expected: tuple[str, str]) -> None:
    arn = (await call("CreateTopic", Name="v"))["TopicArn"]
    assert await error(call, "Publish", TopicArn=arn, **params) == expected


async def test_subscriptions_confirmation_and_attributes(call: Call) -> None:
    arn = (await call("CreateTopic", Name="s"))["TopicArn"]
    pending = await call("Subscribe", TopicArn=arn, Protocol="email", Endpoint="a@example.com")
    assert pending["SubscriptionArn"] == "pending confirmation"
    (listed,) = (await call("ListSubscriptionsByTopic", TopicArn=arn))["Subscriptions"]
    assert listed["SubscriptionArn"] == "PendingConfirmation"
    queue = "arn:aws:sqs:us-east-1:000000000000:q"
    sub = (await call("Subscribe", TopicArn=arn, Protocol="sqs", Endpoint=queue))["SubscriptionArn"]
    assert (await call("Subscribe", TopicArn=arn, Protocol="sqs", Endpoint=queue))["SubscriptionArn"] == sub
    await call(
        "SetSubscriptionAttributes",
        SubscriptionArn=sub,
        AttributeName="RawMessageDelivery",
        AttributeValue="true",
    )
    await call(
        "SetSubscriptionAttributes",
        SubscriptionArn=sub,
        AttributeName="FilterPolicy",
        AttributeValue=json.dumps({"a": ["b"]}),
    )
    attributes = (await call("GetSubscriptionAttributes", SubscriptionArn=sub))["Attributes"]
    assert attributes["RawMessageDelivery"] == "true"
    assert attributes["FilterPolicyScope"] == "MessageAttributes"
    assert attributes["PendingConfirmation"] == "false"
    assert await error(
        call, "SetSubscriptionAttributes", SubscriptionArn=sub, AttributeName="Nope", AttributeValue="1"
    ) == ("InvalidParameter", "Invalid parameter: AttributeName")
    assert (
        await error(
            call,
            "SetSubscriptionAttributes",
            SubscriptionArn=sub,
            AttributeName="FilterPolicy",
            AttributeValue="{",
        )
    )[1] == "Invalid parameter: FilterPolicy: failed to parse JSON."
    assert (
        await error(
            call,
            "Subscribe",
            TopicArn=arn,
            Protocol="sqs",
            Endpoint=queue,
            Attributes={"RawMessageDelivery": "maybe"},
        )
    )[1] == (
        "Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [maybe]. Must be true or false."
    )
    await call("Unsubscribe", SubscriptionArn=sub)
    await call("Unsubscribe", SubscriptionArn=sub)  # idempotent
    assert (await error(call, "Unsubscribe", SubscriptionArn=arn)) == (
        "InvalidParameter",
        "Invalid parameter: SubscriptionId",
    )
    assert (await error(call, "Unsubscribe", SubscriptionArn="nope"))[1] == (
        "Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1"
    )
    assert (await error(call, "GetSubscriptionAttributes", SubscriptionArn=sub))[0] == "NotFound"
    topic_attributes = (await call("GetTopicAttributes", TopicArn=arn))["Attributes"]
    assert (
        topic_attributes["SubscriptionsPending"] == "1" and topic_attributes["SubscriptionsConfirmed"] == "0"
    )


async def test_cross_account_queue_needs_confirmation_unless_its_owner_subscribes(call: Call) -> None:
    arn = (await call("CreateTopic", Name="x"))["TopicArn"]
    foreign = "arn:aws:sqs:us-east-1:222222222222:theirs"
    assert (await call("Subscribe", TopicArn=arn, Protocol="sqs", Endpoint=foreign))["SubscriptionArn"] == (
        "pending confirmation"
    )
    owned = await call(
        "Subscribe", account="222222222222", TopicArn=arn, Protocol="sqs", Endpoint=foreign + "2"
    )
    assert owned["SubscriptionArn"].startswith(arn + ":")


async def test_internal_operations(call: Call) -> None:
    certificate = await call("overcast:GetSigningCertificate")
    assert certificate["Certificate"].startswith("-----BEGIN CERTIFICATE-----")
    await call("overcast:OptOutPhoneNumber", PhoneNumber="+15555550123")
    assert (await call("CheckIfPhoneNumberIsOptedOut", phoneNumber="+15555550123"))["isOptedOut"] is True
    assert (await call("ListPhoneNumbersOptedOut"))["phoneNumbers"] == ["+15555550123"]
    await call("OptInPhoneNumber", phoneNumber="+15555550123")
    assert (await call("ListPhoneNumbersOptedOut"))["phoneNumbers"] == []
    await call("CreateSMSSandboxPhoneNumber", PhoneNumber="+15555550124")
    (sms,) = (await call("overcast:GetOutbox"))["Messages"]
    code = sms["Message"].rsplit(" ", 1)[1]
    assert (
        await error(call, "VerifySMSSandboxPhoneNumber", PhoneNumber="+15555550124", OneTimePassword="x")
    )[0] == ("VerificationException")
    await call("VerifySMSSandboxPhoneNumber", PhoneNumber="+15555550124", OneTimePassword=code)
    numbers = (await call("ListSMSSandboxPhoneNumbers"))["PhoneNumbers"]
    assert numbers == [{"PhoneNumber": "+15555550124", "Status": "Verified"}]


async def test_aws_edge_rules(call: Call) -> None:
    arn = (await call("CreateTopic", Name="edge"))["TopicArn"]
    west = arn.replace("us-east-1", "us-west-2")
    assert await error(call, "GetTopicAttributes", TopicArn=west) == (
        "InvalidParameter",
        "Invalid parameter: TopicArn",
    )
    # non-string values of a MessageStructure=json message are ignored; "default" is still required
    message = json.dumps({"default": "d", "sqs": {"not": "a string"}})
    assert (await call("Publish", TopicArn=arn, Message=message, MessageStructure="json"))["MessageId"]
    assert (
        await error(call, "Publish", TopicArn=arn, Message=json.dumps({"sqs": "x"}), MessageStructure="json")
    )[1] == "Invalid parameter: Message Structure - No default entry in JSON message body"
    tags = [{"Key": "a", "Value": "1"}, {"Key": "a", "Value": "2"}]
    assert (await error(call, "TagResource", ResourceArn=arn, Tags=tags))[1] == (
        "Invalid parameter: Duplicated keys are not allowed."
    )
    bad_name = {"bad..name": {"DataType": "String", "StringValue": "v"}}
    assert (await error(call, "Publish", TopicArn=arn, Message="m", MessageAttributes=bad_name)) == (
        "ParameterValueInvalid",
        "Message attribute name can not have successive '.' character.",
    )
    wrong_field = {"n": {"DataType": "Binary", "StringValue": "v"}}
    assert (await error(call, "Publish", TopicArn=arn, Message="m", MessageAttributes=wrong_field))[1] == (
        "The message attribute 'n' with type 'Binary' must use field 'Binary'."
    )
    missing = "arn:aws:sns:us-east-1:000000000000:endpoint/GCM/app/00000000-0000-0000-0000-000000000000"
    assert (await error(call, "Publish", TargetArn=missing, Message="m"))[1] == (
        "Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified"
    )
    await call("DeleteTopic", TopicArn=arn)
    await call("DeleteTopic", TopicArn=arn)  # idempotent


async def test_concurrent_publishes_share_one_read_of_an_expired_topic(tmp_path: Path) -> None:
    """Publishes that find the cached topic expired wait for one store read, not one each; a change
    made meanwhile is not hidden by a read that started before it."""
    store = await SqlSnsStore.open(Settings(data_dir=tmp_path))
    log = await SqliteLog.open(tmp_path / "log")
    provider = SnsProvider(store, log, Signer.load_or_create(tmp_path / "keys"), Peers(environ={}))
    await provider.start()
    handler = SnsHandler(provider, ServiceHandler(provider, AllowRoot()))
    context = RequestContext(request_id="r", service="sns", operation="CreateTopic", host="gw:1")
    try:
        arn = (await handler(context, {"Name": "t"}))["TopicArn"]
        reads = 0
        get = store.get

        async def counting_get(key: str) -> Any:
            nonlocal reads
            reads += 1
            await asyncio.sleep(0.01)
            return await get(key)

        store.get = counting_get  # type: ignore[method-assign]
        provider.forget_caches()
        publish = dataclasses.replace(context, operation="Publish")
        answers = await asyncio.gather(
            *(handler(publish, {"TopicArn": arn, "Message": f"m{i}"}) for i in range(10))
        )
        assert len({a["MessageId"] for a in answers}) == 10
        assert reads == 1
        # a change during a read: the read's (older) answer is not cached
        provider.forget_caches()
        load = asyncio.ensure_future(provider._cached_topic(arn))
        await asyncio.sleep(0.001)
        assert reads == 2  # the read is under way
        provider._invalidate(arn)
        await load
        assert arn not in provider._topics
    finally:
        await provider.close()
        await log.close()
        await store.close()
