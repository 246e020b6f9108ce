"""The provider through its dispatch handler, as the gateway calls it: ingest, lookup, retention, trails, delivery."""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from overcast_cloudtrail.embedded import CloudtrailHandler
from overcast_cloudtrail.ingest import AUDIT_OPERATION
from overcast_cloudtrail.provider import CloudtrailProvider
from overcast_cloudtrail.store.sql import SqlCloudtrailStore
from overcast_common.api.cloudtrail import S3BucketDoesNotExistException
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import ServiceHandler

ACCOUNT = "000000000000"


class MemoryS3:
    """The delivery port over a dict: ``objects[bucket][key] = body``; buckets in ``objects`` exist."""

    def __init__(self) -> None:
        self.objects: dict[str, dict[str, bytes]] = {"bucket": {}}

    async def check_bucket(self, account_id: str, region: str, bucket: str, prefix: str | None) -> None:
        if bucket not in self.objects:
            raise S3BucketDoesNotExistException(f"S3 bucket {bucket} does not exist!")

    async def deliver(self, account_id: str, region: str, bucket: str, key: str, body: bytes) -> None:
        if bucket not in self.objects:
            raise NoSuchBucketError()
        self.objects[bucket][key] = body


class NoSuchBucketError(Exception):
    code = "NoSuchBucket"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def s3() -> MemoryS3:
    return MemoryS3()


@pytest.fixture
async def provider(tmp_path: Path, clock: Clock, s3: MemoryS3) -> AsyncIterator[CloudtrailProvider]:
    store = await SqlCloudtrailStore.open(tmp_path / "ct.db")
    yield CloudtrailProvider(store, s3, clock=clock)
    await store.close()


@pytest.fixture
def call(provider: CloudtrailProvider) -> Any:
    handler = CloudtrailHandler(provider, ServiceHandler(provider, AllowRoot()))

    async def run(operation: str, region: str = "us-east-1", **params: Any) -> dict[str, Any]:
        context = RequestContext("r", service="cloudtrail", operation=operation, region=region)
        return await handler(context, params)

    return run


def record(n: int, at: datetime, name: str = "CreateQueue", **extra: Any) -> str:
    event = {
        "eventVersion": "1.11",
        "userIdentity": {
            "type": "Root",
            "principalId": ACCOUNT,
            "arn": f"arn:aws:iam::{ACCOUNT}:root",
            "accountId": ACCOUNT,
            "accessKeyId": "test",
        },
        "eventTime": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "eventSource": "sqs.amazonaws.com",
        "eventName": name,
        "awsRegion": "us-east-1",
        "requestParameters": {"queueName": f"q{n}"},
        "responseElements": {"queueUrl": f"http://h/{ACCOUNT}/q{n}"},
        "eventID": f"id-{n}",
        "readOnly": False,
        "eventType": "AwsApiCall",
        "managementEvent": True,
        "recipientAccountId": ACCOUNT,
        "eventCategory": "Management",
    }
    event.update(extra)
    return json.dumps(event)


async def test_ingest_then_lookup_returns_the_record_as_stored(call: Any, clock: Clock) -> None:
    documents = [record(1, clock.now), "not json", record(2, clock.now)]
    assert await call(AUDIT_OPERATION, Events=documents) == {"Stored": 2, "Selection": []}
    found = await call(
        "LookupEvents",
        LookupAttributes=[{"AttributeKey": "ResourceName", "AttributeValue": f"http://h/{ACCOUNT}/q1"}],
    )
    [event] = found["Events"]
    assert event["CloudTrailEvent"] == documents[0]
    assert event["Resources"] == [
        {"ResourceType": "AWS::SQS::Queue", "ResourceName": f"http://h/{ACCOUNT}/q1"}
    ]
    assert event["Username"] == "root" and event["ReadOnly"] == "false"
    assert (await call("LookupEvents", region="eu-west-1"))["Events"] == []  # history is per region


async def test_a_large_batch_in_one_write(call: Any, provider: CloudtrailProvider, clock: Clock) -> None:
    documents = [record(n, clock.now + timedelta(seconds=n // 100)) for n in range(250)]
    documents[7] = documents[7].replace(clock.now.strftime("%Y-%m-%dT%H:%M:%SZ"), "2030-01-01 12:00:00")
    documents.append(documents[3])  # the same eventID twice: stored once
    assert (await call(AUDIT_OPERATION, Events=documents))["Stored"] == 249
    stored = await provider.store.events_after(0, 1000)
    assert [e.event_id for e in stored] == [f"id-{n}" for n in range(250) if n != 7]
    assert [e.seq for e in stored] == sorted({e.seq for e in stored})
    assert stored[-1].resources == (("AWS::SQS::Queue", f"http://h/{ACCOUNT}/q249"),)
    clock.now += timedelta(seconds=5)
    window = await call(
        "LookupEvents", StartTime=clock.now - timedelta(seconds=3), EndTime=clock.now - timedelta(seconds=3)
    )  # whole seconds on both sides: the stored times compare as AWS's do
    assert {json.loads(e["CloudTrailEvent"])["eventID"] for e in window["Events"]} == {
        f"id-{n}" for n in range(200, 250)
    }


async def test_retention_sweep_with_a_moving_clock(
    call: Any, provider: CloudtrailProvider, clock: Clock
) -> None:
    await call(AUDIT_OPERATION, Events=[record(1, clock.now), record(2, clock.now + timedelta(days=10))])
    clock.now += timedelta(days=95)
    assert await provider.sweep() == 1
    clock.now -= timedelta(days=80)  # look from a time when both would be in range
    assert [e["EventId"] for e in (await call("LookupEvents"))["Events"]] == ["id-2"]


async def test_lookup_errors(call: Any) -> None:
    for params, code in [
        ({"MaxResults": 0}, "InvalidMaxResultsException"),
        (
            {"LookupAttributes": [{"AttributeKey": "Nope", "AttributeValue": "x"}]},
            "InvalidLookupAttributesException",
        ),
        (
            {"StartTime": datetime(2030, 2, 1, tzinfo=UTC), "EndTime": datetime(2030, 1, 1, tzinfo=UTC)},
            "InvalidTimeRangeException",
        ),
        ({"NextToken": "garbage!"}, "InvalidNextTokenException"),
        ({"EventCategory": "management"}, "InvalidEventCategoryException"),
    ]:
        with pytest.raises(ServiceError) as err:
            await call("LookupEvents", **params)
        assert err.value.code == code, params


async def test_trail_errors(call: Any) -> None:
    cases = [
        ("CreateTrail", {"Name": "ab", "S3BucketName": "bucket"}, "InvalidTrailNameException"),
        ("CreateTrail", {"Name": "a--b", "S3BucketName": "bucket"}, "InvalidTrailNameException"),
        ("CreateTrail", {"Name": "good", "S3BucketName": "Bad_Bucket"}, "InvalidS3BucketNameException"),
        ("GetTrail", {"Name": "missing"}, "TrailNotFoundException"),
        ("GetTrail", {"Name": "arn:aws:cloudtrail:x"}, "CloudTrailARNInvalidException"),
        ("GetEventDataStore", {"EventDataStore": "eds"}, "EventDataStoreNotFoundException"),
        ("CreateEventDataStore", {"Name": "eds"}, "UnsupportedOperationException"),
    ]
    for operation, params, code in cases:
        with pytest.raises(ServiceError) as err:
            await call(operation, **params)
        assert err.value.code == code, (operation, params)
    await call("CreateTrail", Name="trail1", S3BucketName="bucket")
    with pytest.raises(ServiceError) as err:
        await call("CreateTrail", Name="trail1", S3BucketName="bucket")
    assert err.value.code == "TrailAlreadyExistsException"
    with pytest.raises(ServiceError) as err:
        await call("DeleteTrail", region="eu-west-1", Name="trail1")
    assert err.value.code == "TrailNotFoundException"  # a single-region trail is not seen elsewhere
    with pytest.raises(ServiceError) as err:
        await call("GetInsightSelectors", TrailName="trail1")
    assert err.value.code == "InsightNotEnabledException"
    assert (await call("ListEventDataStores"))["EventDataStores"] == []


async def test_trail_settings_tags_and_selectors(call: Any) -> None:
    arn = f"arn:aws:cloudtrail:us-east-1:{ACCOUNT}:trail/trail1"
    created = await call(
        "CreateTrail",
        Name="trail1",
        S3BucketName="bucket",
        IsMultiRegionTrail=True,
        TagsList=[{"Key": "k", "Value": "v"}],
    )
    assert created["TrailARN"] == arn and created["IsMultiRegionTrail"] is True
    assert (await call("GetTrail", region="eu-west-1", Name=arn))["Trail"]["HomeRegion"] == "us-east-1"
    with pytest.raises(ServiceError) as err:
        await call("UpdateTrail", region="eu-west-1", Name="trail1", S3KeyPrefix="p")
    assert err.value.code == "InvalidHomeRegionException"
    updated = await call("UpdateTrail", Name="trail1", S3KeyPrefix="logs", SnsTopicName="topic")
    assert (
        updated["S3KeyPrefix"] == "logs"
        and updated["SnsTopicARN"] == f"arn:aws:sns:us-east-1:{ACCOUNT}:topic"
    )
    await call("AddTags", ResourceId=arn, TagsList=[{"Key": "k2", "Value": "v2"}])
    await call("RemoveTags", ResourceId=arn, TagsList=[{"Key": "k"}])
    assert (await call("ListTags", ResourceIdList=[arn]))["ResourceTagList"] == [
        {"ResourceId": arn, "TagsList": [{"Key": "k2", "Value": "v2"}]}
    ]
    default = await call("GetEventSelectors", TrailName="trail1")
    assert default["EventSelectors"][0]["ReadWriteType"] == "All"
    advanced = [{"Name": "s3", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                                  {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]}]  # fmt: skip
    assert (await call("PutEventSelectors", TrailName="trail1", AdvancedEventSelectors=advanced))[
        "AdvancedEventSelectors"
    ] == advanced
    with pytest.raises(ServiceError) as err:
        await call(
            "PutEventSelectors",
            TrailName="trail1",
            EventSelectors=[{"DataResources": [{"Type": "AWS::SQS::Queue", "Values": []}]}],
        )
    assert err.value.code == "InvalidEventSelectorsException"
    insights = await call(
        "PutInsightSelectors", TrailName="trail1", InsightSelectors=[{"InsightType": "ApiCallRateInsight"}]
    )
    assert insights["InsightSelectors"] == [{"InsightType": "ApiCallRateInsight"}]
    assert (await call("DescribeTrails", region="eu-west-1"))["trailList"][0]["HasInsightSelectors"] is True
    assert (await call("DescribeTrails", region="eu-west-1", includeShadowTrails=False))["trailList"] == []


async def test_delivery_writes_gzip_log_files_by_selectors(
    call: Any, provider: CloudtrailProvider, clock: Clock, s3: MemoryS3
) -> None:
    await call(AUDIT_OPERATION, Events=[record(0, clock.now)])  # before logging starts: not delivered
    with pytest.raises(ServiceError) as err:
        await call("CreateTrail", Name="trail1", S3BucketName="no-such-bucket")
    assert err.value.code == "S3BucketDoesNotExistException"
    await call("CreateTrail", Name="trail1", S3BucketName="bucket", S3KeyPrefix="pre")
    await call("StartLogging", Name="trail1")
    s3_event = {"eventCategory": "Data", "managementEvent": False, "eventSource": "s3.amazonaws.com",
                "resources": [{"type": "AWS::S3::Object", "ARN": "arn:aws:s3:::bucket/logs/x"},
                              {"type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::bucket"}]}  # fmt: skip
    other = {**s3_event, "resources": [{"type": "AWS::S3::Object", "ARN": "arn:aws:s3:::bucket2/logs/x"}]}
    await call(AUDIT_OPERATION, Events=[
        record(1, clock.now), record(2, clock.now, "ListQueues", readOnly=True), record(3, clock.now, "PutObject", **s3_event),
        record(4, clock.now, "PutObject", **other),
    ])  # fmt: skip
    await call("PutEventSelectors", TrailName="trail1", EventSelectors=[{
        "ReadWriteType": "WriteOnly", "DataResources": [{"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::bucket"]}],
    }])  # fmt: skip
    assert await provider.deliver() == 1
    [(key, body)] = s3.objects["bucket"].items()
    folder, name = key.rsplit("/", 1)
    assert folder == f"pre/AWSLogs/{ACCOUNT}/CloudTrail/us-east-1/2030/01/01"
    assert name.startswith(f"{ACCOUNT}_CloudTrail_us-east-1_20300101T1200Z_") and name.endswith(".json.gz")
    assert len(name.removesuffix(".json.gz").rsplit("_", 1)[1]) == 16
    records = json.loads(gzip.decompress(body))["Records"]
    # write-only: ListQueues is left out; "arn:aws:s3:::bucket" selects that bucket, not "bucket2"
    assert [r["eventID"] for r in records] == ["id-1", "id-3"]
    status = await call("GetTrailStatus", Name="trail1")
    assert status["IsLogging"] is True and status["LatestDeliveryTime"] == clock.now
    assert "LatestDeliveryError" not in status
    assert await provider.deliver() == 0  # nothing new
    del s3.objects["bucket"]  # the bucket went away: the trail says why, and retries later
    await call(AUDIT_OPERATION, Events=[record(5, clock.now)])
    assert await provider.deliver() == 0
    assert (await call("GetTrailStatus", Name="trail1"))["LatestDeliveryError"] == "NoSuchBucket"
    s3.objects["bucket"] = {}
    assert await provider.deliver() == 1
    assert "LatestDeliveryError" not in await call("GetTrailStatus", Name="trail1")
    await call("StopLogging", Name="trail1")
    assert (await call("GetTrailStatus", Name="trail1"))["IsLogging"] is False


async def test_a_trail_change_during_a_selection_read_is_not_cached_over(
    call: Any, provider: CloudtrailProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    await call("CreateTrail", Name="trail1", S3BucketName="bucket")
    await call("StartLogging", Name="trail1")
    assert await provider.audit_selection() == []
    provider._selection = None  # expired: the next ask reads the store
    reading, release = asyncio.Event(), asyncio.Event()
    list_trails = provider.store.list_trails

    async def slow_list_trails() -> Any:
        trails = await list_trails()  # the trails before PutEventSelectors lands
        reading.set()
        await release.wait()
        return trails

    monkeypatch.setattr(provider.store, "list_trails", slow_list_trails)
    asking = asyncio.create_task(provider.audit_selection())
    await reading.wait()
    monkeypatch.setattr(provider.store, "list_trails", list_trails)
    sqs_data = [{"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                    {"Field": "resources.type", "Equals": ["AWS::SQS::Queue"]}]}]  # fmt: skip
    await call("PutEventSelectors", TrailName="trail1", AdvancedEventSelectors=sqs_data)
    release.set()
    await asking
    # the read that began before the change may not be kept as the selection for the next second
    assert any(rule["Type"] == "AWS::SQS::Queue" for rule in await provider.audit_selection())
