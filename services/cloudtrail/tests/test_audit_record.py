"""The gateway's audit step: records exactly as CloudTrail writes them, and a queue that never blocks a call."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from overcast_cloudtrail.ingest import AUDIT_OPERATION as SERVICE_SIDE_OPERATION
from overcast_common.context import Principal, RequestContext
from overcast_common.errors import ServiceError
from overcast_common.http import HttpRequest
from overcast_common.protocol.models import service_model
from overcast_gateway.audit import (
    AUDIT_OPERATION,
    HIDDEN,
    Auditor,
    Call,
    build_event,
    encode_call,
    event_source,
    is_read_only,
)
from overcast_gateway.pipeline import Exchange

ACCOUNT = "000000000000"


def call(service: str, operation: str, params: dict[str, Any], result: Any = None, **kw: Any) -> Call:
    context = RequestContext(
        request_id="req-1",
        service=service,
        operation=operation,
        region="eu-west-1",
        account_id=ACCOUNT,
        principal=kw.pop(
            "principal", Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:root", "Root", ACCOUNT, "test")
        ),
        user_agent="aws-cli/1.0",
        source_ip="10.1.2.3",
    )
    op = service_model(service).operation_model(operation)
    return Call(context, op, params, result, kw.pop("error", None), 1_900_000_000.7)


def test_the_internal_operation_names_agree() -> None:
    assert AUDIT_OPERATION == SERVICE_SIDE_OPERATION


def test_a_management_event() -> None:
    url = f"http://localhost/{ACCOUNT}/q"
    event = build_event(
        call("sqs", "CreateQueue", {"QueueName": "q", "Attributes": {"DelaySeconds": "5"}}, {"QueueUrl": url})
    )
    assert list(event) == [
        "eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress",
        "userAgent", "requestParameters", "responseElements", "requestID", "eventID", "readOnly", "eventType",
        "managementEvent", "recipientAccountId", "eventCategory",
    ]  # fmt: skip
    assert event["eventTime"] == "2030-03-17T17:46:40Z"
    assert event["requestParameters"] == {"queueName": "q", "attributes": {"DelaySeconds": "5"}}
    assert event["responseElements"] == {"queueUrl": url}
    assert event["sourceIPAddress"] == "10.1.2.3" and event["userAgent"] == "aws-cli/1.0"
    assert event["awsRegion"] == "eu-west-1" and event["requestID"] == "req-1"
    assert event["readOnly"] is False and event["managementEvent"] is True


def test_errors_read_only_and_no_response() -> None:
    error = ServiceError("The specified queue does not exist.", code="QueueDoesNotExist")
    event = build_event(call("sqs", "GetQueueUrl", {"QueueName": "nope"}, error=error))
    assert event["errorCode"] == "QueueDoesNotExist"
    assert event["errorMessage"] == "The specified queue does not exist."
    assert event["responseElements"] is None and event["readOnly"] is True
    assert list(event).index("errorCode") == list(event).index("userAgent") + 1


def test_sensitive_members_hidden_and_bodies_left_out() -> None:
    key = {"UserName": "bob", "AccessKeyId": "AKIA1", "Status": "Active", "SecretAccessKey": "s3cr3t"}
    event = build_event(
        call("sts", "AssumeRole", {"RoleArn": "arn:aws:iam::1:role/r", "RoleSessionName": "s"})
    )
    assert event["readOnly"] is True  # AWS's classification, not the name's
    event = build_event(call("iam", "CreateAccessKey", {"UserName": "bob"}, {"AccessKey": key}))
    assert event["responseElements"]["accessKey"]["secretAccessKey"] == HIDDEN
    assert event["responseElements"]["accessKey"]["accessKeyId"] == "AKIA1"
    assert "s3cr3t" not in json.dumps(event)
    sent = build_event(
        call("sqs", "SendMessage", {"QueueUrl": f"http://h/{ACCOUNT}/q", "MessageBody": "secret"})
    )
    assert "secret" not in json.dumps(sent)
    assert sent["eventCategory"] == "Data" and sent["managementEvent"] is False
    assert sent["resources"] == [
        {"accountId": ACCOUNT, "type": "AWS::SQS::Queue", "ARN": f"arn:aws:sqs:eu-west-1:{ACCOUNT}:q"}
    ]


def test_identities() -> None:
    role = Principal(
        ACCOUNT, f"arn:aws:sts::{ACCOUNT}:assumed-role/Admin/me", "AssumedRole", "AROAX:me", "ASIA2", "tok"
    )
    identity = build_event(call("sqs", "ListQueues", {}, principal=role))["userIdentity"]
    assert identity["sessionContext"]["sessionIssuer"] == {
        "type": "Role",
        "principalId": "AROAX",
        "arn": f"arn:aws:iam::{ACCOUNT}:role/Admin",
        "accountId": ACCOUNT,
        "userName": "Admin",
    }
    user = Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:user/alice", "IAMUser", "AIDAX", "AKIA3")
    assert build_event(call("sqs", "ListQueues", {}, principal=user))["userIdentity"]["userName"] == "alice"


def test_session_credentials_carry_their_creation_date_and_mfa() -> None:
    """``sessionContext.attributes`` as AWS writes them for AssumedRole and GetSessionToken callers."""
    created = datetime(2030, 3, 17, 17, 46, 40, 123456, tzinfo=UTC)
    role = Principal(ACCOUNT, f"arn:aws:sts::{ACCOUNT}:assumed-role/Admin/me", "AssumedRole", "AROAX:me",
                     "ASIA2", "tok", session_created=created)  # fmt: skip
    attributes = build_event(call("sqs", "ListQueues", {}, principal=role))["userIdentity"]["sessionContext"][
        "attributes"
    ]
    assert list(attributes.items()) == [
        ("creationDate", "2030-03-17T17:46:40Z"),
        ("mfaAuthenticated", "false"),
    ]
    user = Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:user/alice", "IAMUser", "AIDAX", "ASIA3", "tok",
                     session_created=created, mfa_authenticated=True)  # fmt: skip
    [first, second] = [encode_call(call("sqs", "ListQueues", {}, principal=p)) for p in (user, role)]
    identity = json.loads(first)["userIdentity"]
    assert identity["sessionContext"] == {
        "sessionIssuer": {},
        "webIdFederationData": {},
        "attributes": {"creationDate": "2030-03-17T17:46:40Z", "mfaAuthenticated": "true"},
    }
    # the cached record head follows the session: a later session of the same key gets its own date
    later = Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:user/alice", "IAMUser", "AIDAX", "ASIA3", "tok",
                      session_created=created.replace(hour=18), mfa_authenticated=True)  # fmt: skip
    again = json.loads(encode_call(call("sqs", "ListQueues", {}, principal=later)))["userIdentity"]
    assert again["sessionContext"]["attributes"]["creationDate"] == "2030-03-17T18:46:40Z"
    long_term = json.loads(second)["userIdentity"]
    assert long_term["type"] == "AssumedRole"
    root = Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:root", "Root", ACCOUNT, "test")
    assert "sessionContext" not in build_event(call("sqs", "ListQueues", {}, principal=root))["userIdentity"]


def test_event_sources_and_classification() -> None:
    assert event_source("cloudwatch", service_model("cloudwatch").signing_name) == "monitoring.amazonaws.com"
    assert event_source("dynamodbstreams", "dynamodb") == "dynamodb.amazonaws.com"
    assert is_read_only("kms", "Decrypt") and is_read_only("s3", "HeadObject")
    assert not is_read_only("sqs", "DeleteQueue")


class FakeDispatcher:
    def __init__(self, delay: float = 0.0, fail: bool = False) -> None:
        self.batches: list[list[str]] = []
        self.delay, self.fail = delay, fail

    async def invoke(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        assert context.operation == AUDIT_OPERATION
        await asyncio.sleep(self.delay)
        if self.fail:
            raise ConnectionError("down")
        self.batches.append(params["Events"])
        return {}

    async def close(self) -> None:
        return None


class FakeServices:
    def __init__(self, dispatcher: FakeDispatcher | None) -> None:
        self.d = dispatcher

    def dispatcher(self, name: str) -> Any:
        return self.d

    def state(self, name: str) -> Any:
        return "running" if self.d else None


def exchange(n: int) -> Any:
    c = call("sqs", "CreateQueue", {"QueueName": f"q{n}"}, {"QueueUrl": f"u{n}"})
    # a real Exchange: the gateway's audit module may be compiled (make install), which checks its type
    return Exchange(HttpRequest(method="POST", path="/"), c.context, route=SimpleNamespace(operation=c.operation),
                    auth=SimpleNamespace(), params=c.params, result=c.result, error=None)  # fmt: skip


async def test_the_queue_batches_and_ships() -> None:
    dispatcher = FakeDispatcher()
    auditor = Auditor(FakeServices(dispatcher), enabled=True)
    auditor.start()
    for n in range(20):
        auditor.record(exchange(n))
    await auditor.close()
    shipped = [json.loads(e) for batch in dispatcher.batches for e in batch]
    assert [e["requestParameters"]["queueName"] for e in shipped] == [f"q{n}" for n in range(20)]
    assert len(dispatcher.batches) < 20 and auditor.stats.shipped == 20


async def test_a_full_queue_drops_and_counts_without_waiting() -> None:
    auditor = Auditor(FakeServices(FakeDispatcher(delay=0.05)), enabled=True, capacity=5)
    auditor.start()
    for n in range(50):
        auditor.record(exchange(n))  # synchronous: cannot wait by construction
    assert auditor.stats.dropped_full == 45
    await auditor.close()


async def test_an_unreachable_cloudtrail_loses_events_not_calls() -> None:
    auditor = Auditor(FakeServices(FakeDispatcher(fail=True)), enabled=True)
    auditor.start()
    auditor.record(exchange(1))
    await auditor.close()
    assert auditor.stats.dropped_failed == 1


async def test_off_without_cloudtrail_and_for_unauthenticated_calls() -> None:
    auditor = Auditor(FakeServices(None), enabled=True)
    auditor.start()
    assert auditor.enabled is False
    on = Auditor(FakeServices(FakeDispatcher()), enabled=True)
    on.start()
    ex = exchange(1)
    ex.auth = None
    on.record(ex)
    assert on.stats.recorded == 0
    await on.close()


async def test_a_batch_ships_when_full_or_after_the_interval() -> None:
    dispatcher = FakeDispatcher()
    auditor = Auditor(FakeServices(dispatcher), enabled=True, batch_size=10, interval=0.2)
    auditor.start()
    for n in range(25):
        auditor.record(exchange(n))
    await asyncio.sleep(0.05)  # two full batches go at once; the rest waits for the interval
    assert [len(b) for b in dispatcher.batches] == [10, 10]
    await asyncio.sleep(0.3)
    assert [len(b) for b in dispatcher.batches] == [10, 10, 5]
    await auditor.close()


async def test_close_ships_everything_recorded() -> None:
    dispatcher = FakeDispatcher(delay=0.01)
    auditor = Auditor(FakeServices(dispatcher), enabled=True, batch_size=7, interval=60.0)
    auditor.start()
    for n in range(100):
        auditor.record(exchange(n))
        if n % 30 == 0:
            await asyncio.sleep(0)
    await auditor.close()  # long before the 60-s tick
    shipped = [json.loads(e)["requestParameters"]["queueName"] for b in dispatcher.batches for e in b]
    assert shipped == [f"q{n}" for n in range(100)] and auditor.stats.shipped == 100


def test_event_ids_are_random_version_4_uuids() -> None:
    from overcast_gateway.audit import event_id

    ids = {event_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(uuid.UUID(i).version == 4 and uuid.UUID(i).variant == uuid.RFC_4122 for i in ids)
    assert all(str(uuid.UUID(i)) == i for i in ids)


def test_cached_parts_follow_the_caller_and_the_clock() -> None:
    root = build_event(call("sqs", "CreateQueue", {"QueueName": "q"}))
    user = Principal(ACCOUNT, f"arn:aws:iam::{ACCOUNT}:user/bob", "IAMUser", "AIDA1", "AKIA2")
    bob = build_event(call("sqs", "CreateQueue", {"QueueName": "q"}, principal=user))
    assert root["userIdentity"]["type"] == "Root" and bob["userIdentity"]["userName"] == "bob"
    assert bob["userIdentity"]["accessKeyId"] == "AKIA2"
    later = call("sqs", "CreateQueue", {"QueueName": "q"})
    later.at += 61
    assert build_event(later)["eventTime"] == "2030-03-17T17:47:41Z"


def test_the_shipped_json_is_the_record() -> None:
    from overcast_gateway.audit import encode_call

    role = Principal(
        ACCOUNT, f"arn:aws:sts::{ACCOUNT}:assumed-role/r/s", "AssumedRole", "AROA1:s", "ASIA1", "t"
    )
    calls = [
        call("sqs", "CreateQueue", {"QueueName": 'q\u00e9"x'}, {"QueueUrl": "u"}),
        call(
            "sqs",
            "SendMessage",
            {"QueueUrl": f"http://h/{ACCOUNT}/q", "MessageBody": "b"},
            {"MessageId": "m"},
        ),
        call(
            "sqs",
            "GetQueueUrl",
            {"QueueName": "n"},
            error=ServiceError("gone \u2603", code="QueueDoesNotExist"),
        ),
        call("sts", "GetCallerIdentity", {}, {"Account": ACCOUNT}, principal=role),
        call("sqs", "ListQueues", {}, principal=Principal(ACCOUNT, "", "Anonymous")),
    ]
    calls[-1].context.user_agent = ""
    for c in calls:
        shipped = json.loads(encode_call(c))
        built = build_event(c)
        assert list(shipped) == list(built)
        assert uuid.UUID(shipped.pop("eventID")) and built.pop("eventID")
        assert shipped == built
