"""Event notifications through the provider: AWS's validation, the test event, the exact event JSON
delivered (through the durable outbox) to an SQS peer, and the outbox surviving a restart."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.peers import peers
from overcast_common.service import ServiceHandler
from overcast_s3.background import Background
from overcast_s3.blobs import FileBlobStore
from overcast_s3.features import FeatureSettings
from overcast_s3.outbox import Outbox
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store

ACCOUNT = "000000000000"
QUEUE_ARN = f"arn:aws:sqs:us-east-1:{ACCOUNT}:events"
S3_MAY_SEND = {
    "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sqs:SendMessage",
         "Resource": QUEUE_ARN}
    ]
}  # fmt: skip


class FakeSqs:
    """An SQS peer with one queue, ``events``, that records what it is sent."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if context.operation == "GetQueueUrl":
            if params["QueueName"] != "events":
                raise ServiceError("The specified queue does not exist.", code="QueueDoesNotExist")
            return {"QueueUrl": f"http://sqs/{params['QueueOwnerAWSAccountId']}/events"}
        if context.operation == "GetQueueAttributes":  # the queue policy lets S3 send, as users must set
            return {"Attributes": {"Policy": json.dumps(S3_MAY_SEND)}}
        assert context.operation == "SendMessage"
        self.sent.append(
            {"url": params["QueueUrl"], "body": json.loads(params["MessageBody"]), "ctx": context}
        )
        return {"MessageId": "m"}


class Client:
    def __init__(self, provider: S3Provider) -> None:
        self.provider = provider
        self.handler = ServiceHandler(provider, AllowRoot())

    async def __call__(self, operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="REQ1",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=ACCOUNT,
            region="us-east-1",
            principal=root_principal(ACCOUNT, "test"),
            source_ip="10.0.0.9",
        )
        return await self.handler(context, params)

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value

    async def drain(self) -> None:
        assert self.provider.outbox is not None
        await self.provider.outbox.drain()


@pytest.fixture
async def sqs() -> AsyncIterator[FakeSqs]:
    fake = FakeSqs()
    peers.register("sqs", fake)
    yield fake
    peers.unregister("sqs")


@pytest.fixture
async def s3(tmp_path: Path, sqs: FakeSqs) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    provider = S3Provider(store, FileBlobStore(tmp_path / "s3" / "blobs", fsync=False))
    background = Background(provider, store, tmp_path / "s3", fsync=False, settings=FeatureSettings())
    await background.start()
    client = Client(provider)
    await client("CreateBucket", Bucket="bkt")
    yield client
    await background.close()
    await store.close()


def queue_config(events: list[str], prefix: str | None = None, suffix: str | None = None) -> dict[str, Any]:
    config: dict[str, Any] = {"Id": "cfg", "QueueArn": QUEUE_ARN, "Events": events}
    rules = [{"Name": "prefix", "Value": prefix}] if prefix is not None else []
    rules += [{"Name": "suffix", "Value": suffix}] if suffix is not None else []
    if rules:
        config["Filter"] = {"Key": {"FilterRules": rules}}
    return config


async def test_unknown_destination_is_refused_as_aws_does(s3: Client) -> None:
    missing = f"arn:aws:sqs:us-east-1:{ACCOUNT}:nope"
    config = {"QueueConfigurations": [{"QueueArn": missing, "Events": ["s3:ObjectCreated:*"]}]}
    err = await s3.error("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)
    assert (err.code, err.status_code) == ("InvalidArgument", 400)
    assert err.message == "Unable to validate the following destination configurations"
    assert err.fields == {"ArgumentName1": missing, "ArgumentValue1": "The destination queue does not exist"}


@pytest.mark.parametrize(
    ("first", "second", "overlaps"),
    [
        (queue_config(["s3:ObjectCreated:*"]), queue_config(["s3:ObjectCreated:Put"]), True),
        (queue_config(["s3:ObjectCreated:*"], "a"), queue_config(["s3:ObjectCreated:Put"], "ab"), True),
        (queue_config(["s3:ObjectCreated:*"], "a"), queue_config(["s3:ObjectCreated:Put"], "b"), False),
        (
            queue_config(["s3:ObjectCreated:*"], None, ".jpg"),
            queue_config(["s3:ObjectCreated:Put"], None, ".png"),
            False,
        ),
        (queue_config(["s3:ObjectCreated:*"]), queue_config(["s3:ObjectRemoved:*"]), False),
    ],
)
async def test_overlapping_filters_for_the_same_event_are_refused(
    s3: Client, first: dict[str, Any], second: dict[str, Any], overlaps: bool
) -> None:
    config = {"QueueConfigurations": [first, {**second, "Id": "other"}]}
    if overlaps:
        err = await s3.error(
            "PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config
        )
        assert err.code == "InvalidArgument"
        assert err.message.startswith("Configurations overlap.")
    else:
        await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)


async def test_bad_event_names_and_filter_rules(s3: Client) -> None:
    err = await s3.error(
        "PutBucketNotificationConfiguration",
        Bucket="bkt",
        NotificationConfiguration={"QueueConfigurations": [queue_config(["s3:ObjectCreated:Nope"])]},
    )
    assert (err.code, err.message) == ("InvalidArgument", "The event is not supported for notifications")
    bad = queue_config(["s3:ObjectCreated:*"])
    bad["Filter"] = {"Key": {"FilterRules": [{"Name": "middle", "Value": "x"}]}}
    err = await s3.error(
        "PutBucketNotificationConfiguration",
        Bucket="bkt",
        NotificationConfiguration={"QueueConfigurations": [bad]},
    )
    assert err.message == "filter rule name must be either prefix or suffix"


async def test_configuration_sends_a_test_event_and_reads_back(s3: Client, sqs: FakeSqs) -> None:
    config = {"QueueConfigurations": [queue_config(["s3:ObjectCreated:*"], "dir/", ".txt")]}
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)
    await s3.drain()
    assert len(sqs.sent) == 1
    test = sqs.sent[0]["body"]
    assert test["Event"] == "s3:TestEvent" and test["Service"] == "Amazon S3" and test["Bucket"] == "bkt"
    assert set(test) == {"Service", "Event", "Time", "Bucket", "RequestId", "HostId"}
    assert sqs.sent[0]["ctx"].account_id == ACCOUNT  # delivered as the queue's owner
    got = await s3("GetBucketNotificationConfiguration", Bucket="bkt")
    assert got["QueueConfigurations"][0]["Filter"]["Key"]["FilterRules"] == [
        {"Name": "Prefix", "Value": "dir/"},
        {"Name": "Suffix", "Value": ".txt"},
    ]


async def test_object_events_carry_the_exact_aws_document(s3: Client, sqs: FakeSqs) -> None:
    config = {"QueueConfigurations": [queue_config(["s3:ObjectCreated:*", "s3:ObjectRemoved:*"], "dir/")]}
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)
    await s3("PutObject", Bucket="bkt", Key="dir/my file=1.txt", Body=b"hello")
    await s3("PutObject", Bucket="bkt", Key="elsewhere.txt", Body=b"filtered out")
    await s3("DeleteObject", Bucket="bkt", Key="dir/my file=1.txt")
    await s3.drain()
    bodies = [m["body"] for m in sqs.sent[1:]]
    assert len(bodies) == 2
    created = bodies[0]["Records"][0]
    assert list(created) == [
        "eventVersion", "eventSource", "awsRegion", "eventTime", "eventName", "userIdentity",
        "requestParameters", "responseElements", "s3",
    ]  # fmt: skip
    assert created["eventVersion"] == "2.1" and created["eventSource"] == "aws:s3"
    assert created["eventName"] == "ObjectCreated:Put"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", created["eventTime"])
    assert created["requestParameters"] == {"sourceIPAddress": "10.0.0.9"}
    assert created["responseElements"]["x-amz-request-id"] == "REQ1"
    s3doc = created["s3"]
    assert s3doc["s3SchemaVersion"] == "1.0" and s3doc["configurationId"] == "cfg"
    assert s3doc["bucket"]["name"] == "bkt" and s3doc["bucket"]["arn"] == "arn:aws:s3:::bkt"
    obj = s3doc["object"]
    assert obj["key"] == "dir/my+file%3D1.txt"
    assert obj["size"] == 5 and obj["eTag"] == "5d41402abc4b2a76b9719d911017c592"
    assert "versionId" not in obj  # unversioned bucket
    assert re.fullmatch(r"[0-9A-F]{18}", obj["sequencer"])
    removed = bodies[1]["Records"][0]
    assert removed["eventName"] == "ObjectRemoved:Delete"
    assert set(removed["s3"]["object"]) == {"key", "sequencer"}


async def test_versioned_and_multipart_event_names(s3: Client, sqs: FakeSqs) -> None:
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration={"Status": "Enabled"})
    config = {"QueueConfigurations": [queue_config(["s3:ObjectCreated:*", "s3:ObjectRemoved:*"])]}
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)
    upload = await s3("CreateMultipartUpload", Bucket="bkt", Key="big")
    part = await s3(
        "UploadPart", Bucket="bkt", Key="big", UploadId=upload["UploadId"], PartNumber=1, Body=b"x"
    )
    done = await s3(
        "CompleteMultipartUpload",
        Bucket="bkt",
        Key="big",
        UploadId=upload["UploadId"],
        MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": part["ETag"]}]},
    )
    marker = await s3("DeleteObject", Bucket="bkt", Key="big")
    await s3.drain()
    records = [m["body"]["Records"][0] for m in sqs.sent[1:]]
    assert [r["eventName"] for r in records] == [
        "ObjectCreated:CompleteMultipartUpload",
        "ObjectRemoved:DeleteMarkerCreated",
    ]
    assert records[0]["s3"]["object"]["versionId"] == done["VersionId"]
    assert records[0]["s3"]["object"]["eTag"].endswith("-1")
    assert records[1]["s3"]["object"]["versionId"] == marker["VersionId"]
    assert records[0]["s3"]["object"]["sequencer"] < records[1]["s3"]["object"]["sequencer"]


async def test_outbox_replays_what_a_crash_left(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    async def broken(entry: dict[str, Any], last: bool) -> None:
        await asyncio.sleep(3600)  # never finishes: the "crash" comes first

    first = Outbox(tmp_path / "outbox", broken, fsync=False)
    await first.start()
    await first.put({"n": 1})
    await first.put({"n": 2})
    await first.close()

    async def working(entry: dict[str, Any], last: bool) -> None:
        seen.append(entry)

    second = Outbox(tmp_path / "outbox", working, fsync=False)
    await second.start()
    await second.drain()
    await second.close()
    assert sorted(e["n"] for e in seen) == [1, 2]
    assert list((tmp_path / "outbox").iterdir()) == []


async def test_outbox_retries_then_gives_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import overcast_s3.outbox as outbox_module

    monkeypatch.setattr(outbox_module, "BACKOFF_S", 0.001)
    calls: list[bool] = []

    async def flaky(entry: dict[str, Any], last: bool) -> None:
        calls.append(last)
        raise RuntimeError("peer down")

    box = Outbox(tmp_path / "outbox", flaky, fsync=False)
    await box.start()
    await box.put({"n": 1})
    await box.drain()
    await box.close()
    assert calls == [False] * (outbox_module.ATTEMPTS - 1) + [True]
    assert list((tmp_path / "outbox").iterdir()) == []


async def test_restore_events_post_then_completed(s3: Client, sqs: FakeSqs) -> None:
    s3.provider.feature_settings = FeatureSettings(restore_s=0.2)
    config = {"QueueConfigurations": [queue_config(["s3:ObjectRestore:*"])]}
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)
    await s3("PutObject", Bucket="bkt", Key="cold", Body=b"frozen", StorageClass="GLACIER")
    await s3("RestoreObject", Bucket="bkt", Key="cold", RestoreRequest={"Days": 1})
    await s3.drain()
    records = [m["body"]["Records"][0] for m in sqs.sent[1:]]
    assert [r["eventName"] for r in records] == ["ObjectRestore:Post", "ObjectRestore:Completed"]
    assert records[0]["s3"]["object"]["size"] == 6
    restored = records[1]["glacierEventData"]["restoreEventData"]
    assert restored["lifecycleRestoreStorageClass"] == "GLACIER"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", restored["lifecycleRestorationExpiryTime"])


async def test_tagging_events(s3: Client, sqs: FakeSqs) -> None:
    config = {"QueueConfigurations": [queue_config(["s3:ObjectTagging:*"])]}
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"x")
    await s3("PutObjectTagging", Bucket="bkt", Key="k", Tagging={"TagSet": [{"Key": "a", "Value": "b"}]})
    await s3("DeleteObjectTagging", Bucket="bkt", Key="k")
    await s3.drain()
    names = [m["body"]["Records"][0]["eventName"] for m in sqs.sent[1:]]
    assert names == ["ObjectTagging:Put", "ObjectTagging:Delete"]
