"""CloudTrail end to end: calls through the gateway show up in event history, with the caller's identity.

Runs against embedded and cluster mode (in cluster mode the gateway ships audit batches to the
cloudtrail process over gRPC dispatch). Auditing is asynchronous, so lookups poll briefly.
"""

from __future__ import annotations

import gzip
import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from botocore.exceptions import ClientError

ACCOUNT = "000000000000"

WAIT_S = 10.0
SELECTION_S = 1.5
"""A trail change reaches the gateway's audit filter within about a second."""


@pytest.fixture(scope="module")
def cloudtrail(client_factory: Any) -> Any:
    return client_factory("cloudtrail")


@pytest.fixture(scope="module")
def sqs(client_factory: Any) -> Any:
    return client_factory("sqs")


def eventually(find: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    deadline = time.monotonic() + WAIT_S
    while True:
        found = find()
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def events_named(cloudtrail: Any, name: str, match: str) -> list[dict[str, Any]]:
    pages = cloudtrail.get_paginator("lookup_events").paginate(
        LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": name}]
    )
    return [e for page in pages for e in page["Events"] if match in e["CloudTrailEvent"]]


def test_cli_finds_create_queue_with_the_callers_identity(aws: Any, sqs: Any) -> None:
    name = f"ct-{uuid.uuid4().hex[:12]}"
    url = sqs.create_queue(QueueName=name)["QueueUrl"]

    def find() -> list[dict[str, Any]]:
        run = aws(
            "cloudtrail",
            "lookup-events",
            "--lookup-attributes",
            "AttributeKey=EventName,AttributeValue=CreateQueue",
        )
        assert run.returncode == 0, run.stderr
        return [e for e in json.loads(run.stdout)["Events"] if name in e["CloudTrailEvent"]]

    [event] = eventually(find)
    assert event["EventName"] == "CreateQueue"
    assert event["EventSource"] == "sqs.amazonaws.com"
    assert event["ReadOnly"] == "false"
    assert event["Username"] == "root"
    assert event["AccessKeyId"] == "test"
    assert {"ResourceType": "AWS::SQS::Queue", "ResourceName": url} in event["Resources"]
    record = json.loads(event["CloudTrailEvent"])
    assert record["eventVersion"] == "1.11"
    assert record["userIdentity"] == {
        "type": "Root",
        "principalId": ACCOUNT,
        "arn": f"arn:aws:iam::{ACCOUNT}:root",
        "accountId": ACCOUNT,
        "accessKeyId": "test",
    }
    assert record["eventSource"] == "sqs.amazonaws.com"
    assert record["awsRegion"] == "us-east-1"
    assert record["requestParameters"]["queueName"] == name
    assert record["responseElements"] == {"queueUrl": url}
    assert record["eventType"] == "AwsApiCall"
    assert record["managementEvent"] is True
    assert record["eventCategory"] == "Management"
    assert record["recipientAccountId"] == ACCOUNT
    assert record["readOnly"] is False
    assert record["eventTime"].endswith("Z") and len(record["eventTime"]) == 20
    assert record["eventID"] == event["EventId"]


def test_errors_carry_their_code(cloudtrail: Any, sqs: Any) -> None:
    missing = f"ct-missing-{uuid.uuid4().hex[:8]}"
    with pytest.raises(ClientError):
        sqs.get_queue_url(QueueName=missing)
    [event] = eventually(lambda: events_named(cloudtrail, "GetQueueUrl", missing))
    record = json.loads(event["CloudTrailEvent"])
    assert record["errorCode"] == "QueueDoesNotExist"
    assert record["errorMessage"]
    assert record["responseElements"] is None
    assert record["readOnly"] is True


def test_sensitive_members_are_hidden(cloudtrail: Any, sts: Any) -> None:
    sts.get_session_token(DurationSeconds=900)
    [event, *_] = eventually(lambda: events_named(cloudtrail, "GetSessionToken", "GetSessionToken"))
    record = json.loads(event["CloudTrailEvent"])
    assert record["eventSource"] == "sts.amazonaws.com"
    assert record["requestParameters"] == {"durationSeconds": 900}
    credentials = record["responseElements"]["credentials"] if record["responseElements"] else None
    # AWS marks GetSessionToken read-only, so it records no response; either way no secret may appear
    assert credentials is None or credentials["secretAccessKey"] == "HIDDEN_DUE_TO_SECURITY_REASONS"
    assert 'secretAccessKey":"' not in event["CloudTrailEvent"].replace("HIDDEN_DUE_TO_SECURITY_REASONS", "")


def test_message_bodies_are_not_recorded_and_data_events_stay_out_of_history(
    cloudtrail: Any, sqs: Any
) -> None:
    url = sqs.create_queue(QueueName=f"ct-body-{uuid.uuid4().hex[:8]}")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="top secret body")
    eventually(lambda: events_named(cloudtrail, "CreateQueue", url))
    # SendMessage is a data event: trails may log it, event history (management events) does not show it
    assert events_named(cloudtrail, "SendMessage", url) == []


def test_pagination_newest_first(cloudtrail: Any, sqs: Any) -> None:
    prefix = f"ct-page-{uuid.uuid4().hex[:8]}"
    for i in range(5):
        sqs.create_queue(QueueName=f"{prefix}-{i}")
    eventually(lambda: events_named(cloudtrail, "CreateQueue", f"{prefix}-4"))
    seen: list[str] = []
    token = None
    while True:
        kwargs: dict[str, Any] = {
            "LookupAttributes": [{"AttributeKey": "EventName", "AttributeValue": "CreateQueue"}],
            "MaxResults": 2,
        }
        if token:
            kwargs["NextToken"] = token
        page = cloudtrail.lookup_events(**kwargs)
        assert len(page["Events"]) <= 2
        seen += [json.loads(e["CloudTrailEvent"])["requestParameters"]["queueName"] for e in page["Events"]]
        token = page.get("NextToken")
        if not token:
            break
    mine = [n for n in seen if n.startswith(prefix)]
    assert mine == [f"{prefix}-{i}" for i in reversed(range(5))]


def test_lookup_validation(cloudtrail: Any) -> None:
    with pytest.raises(ClientError) as err:
        cloudtrail.lookup_events(MaxResults=51)
    assert err.value.response["Error"]["Code"] == "InvalidMaxResultsException"
    with pytest.raises(ClientError) as err:
        cloudtrail.lookup_events(
            LookupAttributes=[
                {"AttributeKey": "EventName", "AttributeValue": "A"},
                {"AttributeKey": "Username", "AttributeValue": "B"},
            ]
        )
    assert err.value.response["Error"]["Code"] == "InvalidLookupAttributesException"


def test_trail_lifecycle(cloudtrail: Any) -> None:
    name = f"trail-{uuid.uuid4().hex[:8]}"
    created = cloudtrail.create_trail(Name=name, S3BucketName="my-trail-bucket")
    assert created["TrailARN"] == f"arn:aws:cloudtrail:us-east-1:{ACCOUNT}:trail/{name}"
    assert cloudtrail.get_trail_status(Name=name)["IsLogging"] is False
    cloudtrail.start_logging(Name=name)
    assert cloudtrail.get_trail_status(Name=name)["IsLogging"] is True
    selectors = cloudtrail.put_event_selectors(
        TrailName=name,
        EventSelectors=[
            {
                "ReadWriteType": "WriteOnly",
                "IncludeManagementEvents": True,
                "DataResources": [{"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::bucket/"]}],
            }
        ],
    )
    assert selectors["EventSelectors"][0]["DataResources"][0]["Type"] == "AWS::S3::Object"
    assert cloudtrail.get_trail(Name=name)["Trail"]["HasCustomEventSelectors"] is True
    assert name in [t["Name"] for t in cloudtrail.list_trails()["Trails"]]
    cloudtrail.stop_logging(Name=name)
    cloudtrail.delete_trail(Name=name)
    with pytest.raises(ClientError) as err:
        cloudtrail.get_trail(Name=name)
    assert err.value.response["Error"]["Code"] == "TrailNotFoundException"


def test_data_events_only_for_trails_that_ask(
    cloudtrail: Any, sqs: Any, client_factory: Any, server: Any
) -> None:
    s3 = client_factory("s3")
    tag = uuid.uuid4().hex[:8]
    bucket, logs, trail = f"ct-data-{tag}", f"ct-logs-{tag}", f"ct-data-{tag}"
    s3.create_bucket(Bucket=bucket)
    url = sqs.create_queue(QueueName=f"ct-data-{tag}")["QueueUrl"]
    cloudtrail.create_trail(Name=trail, S3BucketName=logs)
    try:
        cloudtrail.start_logging(Name=trail)
        cloudtrail.put_event_selectors(
            TrailName=trail,
            AdvancedEventSelectors=[
                {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]},
                *(
                    {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                        {"Field": "resources.type", "Equals": [kind]}]}
                    for kind in ("AWS::SQS::Queue", "AWS::S3::Object")
                ),
            ],
        )  # fmt: skip
        time.sleep(SELECTION_S)
        sqs.send_message(QueueUrl=url, MessageBody="logged")
        s3.put_object(Bucket=bucket, Key="k.txt", Body=b"x")
        eventually(lambda: events_named(cloudtrail, "PutEventSelectors", trail))
        time.sleep(1.0)  # audit batches ship every 200 ms
        cloudtrail.stop_logging(Name=trail)  # delivers what the trail logged
    finally:
        cloudtrail.delete_trail(Name=trail)
    # data events never show in event history
    assert events_named(cloudtrail, "SendMessage", url) == []
    if server.data_dir is None:
        pytest.skip("log files are local to the server (S3 delivery: issue 6); its data dir is unknown")
    files = [f for d in server.data_dir.rglob(logs) if d.is_dir() for f in d.rglob("*.json.gz")]
    records = [r for f in files for r in json.loads(gzip.decompress(f.read_bytes()))["Records"]]
    sends = [r for r in records if r["eventName"] == "SendMessage"]
    puts = [r for r in records if r["eventName"] == "PutObject"]
    assert len(sends) == 1 and sends[0]["eventCategory"] == "Data" and sends[0]["managementEvent"] is False
    assert sends[0]["resources"][0]["type"] == "AWS::SQS::Queue"
    assert len(puts) == 1 and puts[0]["resources"][0]["ARN"] == f"arn:aws:s3:::{bucket}/k.txt"
    # management events are still logged (the first selector)
    assert any(r["eventName"] == "PutEventSelectors" for r in records)
