"""CloudTrail end to end: calls through the gateway show up in event history, with the caller's identity.

Runs against embedded and cluster mode (embedded, the gateway hands audit batches to CloudTrail, which
appends them to its SQLite event log; in cluster mode the gateway appends them to CloudTrail's Kafka
topic). Auditing is asynchronous, so lookups poll briefly. Trails deliver gzip log files into a real
Overcast S3 bucket.
"""

from __future__ import annotations

import gzip
import json
import re
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
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


def test_trail_lifecycle(cloudtrail: Any, client_factory: Any) -> None:
    name = f"trail-{uuid.uuid4().hex[:8]}"
    bucket = f"ct-trail-{uuid.uuid4().hex[:8]}"
    with pytest.raises(ClientError) as err:
        cloudtrail.create_trail(Name=name, S3BucketName=bucket)
    assert err.value.response["Error"]["Code"] == "S3BucketDoesNotExistException"
    client_factory("s3").create_bucket(Bucket=bucket)
    created = cloudtrail.create_trail(Name=name, S3BucketName=bucket)
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


def test_data_events_only_for_trails_that_ask(cloudtrail: Any, sqs: Any, client_factory: Any) -> None:
    s3 = client_factory("s3")
    tag = uuid.uuid4().hex[:8]
    bucket, logs, trail = f"ct-data-{tag}", f"ct-logs-{tag}", f"ct-data-{tag}"
    s3.create_bucket(Bucket=bucket)
    s3.create_bucket(Bucket=logs)
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
    records = [r for key in log_files(s3, logs) for r in log_records(s3, logs, key)]
    sends = [r for r in records if r["eventName"] == "SendMessage"]
    puts = [r for r in records if r["eventName"] == "PutObject"]
    assert len(sends) == 1 and sends[0]["eventCategory"] == "Data" and sends[0]["managementEvent"] is False
    assert sends[0]["resources"][0]["type"] == "AWS::SQS::Queue"
    assert len(puts) == 1 and puts[0]["resources"][0]["ARN"] == f"arn:aws:s3:::{bucket}/k.txt"
    # management events are still logged (the first selector)
    assert any(r["eventName"] == "PutEventSelectors" for r in records)


def log_files(s3: Any, bucket: str) -> list[str]:
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return [o["Key"] for page in pages for o in page.get("Contents", ())]


def log_records(s3: Any, bucket: str, key: str) -> list[dict[str, Any]]:
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    records: list[dict[str, Any]] = json.loads(gzip.decompress(body))["Records"]
    return records


KEY = re.compile(
    r"^(?P<prefix>.+/)?AWSLogs/(?P<account>\d{12})/CloudTrail/(?P<region>[a-z0-9-]+)/\d{4}/\d{2}/\d{2}/"
    r"(?P=account)_CloudTrail_(?P=region)_\d{8}T\d{4}Z_[A-Za-z0-9]{16}\.json\.gz$"
)


def test_cli_trail_delivers_log_files_to_s3(aws: Any, client_factory: Any) -> None:
    """The AWS CLI: a trail into a real bucket (with CloudTrail's documented bucket policy), calls, and
    the gzip log file found with list-objects / get-object. ``stop-logging`` delivers what is pending."""
    tag = uuid.uuid4().hex[:8]
    bucket, trail, queue = f"ct-cli-{tag}", f"ct-cli-{tag}", f"ct-cli-{tag}"

    def cli(*args: str) -> dict[str, Any]:
        run = aws(*args)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout) if run.stdout.strip() else {}

    cli("s3api", "create-bucket", "--bucket", bucket)
    wrong = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"},
             "Action": "s3:PutObject", "Resource": f"arn:aws:s3:::{bucket}/other/*"}]}  # fmt: skip
    cli("s3api", "put-bucket-policy", "--bucket", bucket, "--policy", json.dumps(wrong))
    run = aws(
        "cloudtrail", "create-trail", "--name", trail, "--s3-bucket-name", bucket, "--s3-key-prefix", "audit"
    )
    assert run.returncode != 0 and "InsufficientS3BucketPolicyException" in run.stderr
    policy = {"Version": "2012-10-17", "Statement": [
        {"Sid": "AWSCloudTrailAclCheck", "Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"},
         "Action": "s3:GetBucketAcl", "Resource": f"arn:aws:s3:::{bucket}"},
        {"Sid": "AWSCloudTrailWrite", "Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"},
         "Action": "s3:PutObject", "Resource": f"arn:aws:s3:::{bucket}/audit/AWSLogs/{ACCOUNT}/*",
         "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}},
    ]}  # fmt: skip
    cli("s3api", "put-bucket-policy", "--bucket", bucket, "--policy", json.dumps(policy))
    created = cli(
        "cloudtrail", "create-trail", "--name", trail, "--s3-bucket-name", bucket, "--s3-key-prefix", "audit"
    )
    assert created["S3BucketName"] == bucket and created["S3KeyPrefix"] == "audit"
    cli("cloudtrail", "start-logging", "--name", trail)
    cli("sqs", "create-queue", "--queue-name", queue)
    time.sleep(SELECTION_S)  # the audit batch reaches the event log
    cli("cloudtrail", "stop-logging", "--name", trail)
    status = cli("cloudtrail", "get-trail-status", "--name", trail)
    assert status["IsLogging"] is False and "LatestDeliveryTime" in status
    assert "LatestDeliveryError" not in status
    listed = cli("s3api", "list-objects-v2", "--bucket", bucket)
    keys = [o["Key"] for o in listed["Contents"]]
    assert keys and all(
        KEY.match(k) and k.startswith(f"audit/AWSLogs/{ACCOUNT}/CloudTrail/us-east-1/") for k in keys
    )
    records = []
    for key in keys:
        target = aws.home / "log.json.gz"
        cli("s3api", "get-object", "--bucket", bucket, "--key", key, str(target))
        records += json.loads(gzip.decompress(target.read_bytes()))["Records"]
    creates = [
        r for r in records if r["eventName"] == "CreateQueue" and r["requestParameters"]["queueName"] == queue
    ]
    assert len(creates) == 1 and creates[0]["userIdentity"]["type"] == "Root"
    assert not [r for r in records if r["eventName"] == "CreateTrail"]  # before logging started
    cli("cloudtrail", "delete-trail", "--name", trail)


def test_trails_deliver_on_their_own_every_interval(launch: Callable[..., Any], tmp_path: Path) -> None:
    """Periodic delivery (``OVERCAST_CLOUDTRAIL_DELIVERY_SECONDS``; AWS: about every 5 minutes), without
    stopping the trail, on a server of this test's own."""
    server = launch(tmp_path / "data", env={"OVERCAST_CLOUDTRAIL_DELIVERY_SECONDS": "1"})
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    s3, cloudtrail, sqs = (session.client(n, endpoint_url=server.url) for n in ("s3", "cloudtrail", "sqs"))
    s3.create_bucket(Bucket="periodic-logs")
    cloudtrail.create_trail(Name="periodic", S3BucketName="periodic-logs")
    cloudtrail.start_logging(Name="periodic")
    sqs.create_queue(QueueName="periodic-queue")
    deadline = time.monotonic() + WAIT_S
    found: list[dict[str, Any]] = []
    while not found and time.monotonic() < deadline:
        time.sleep(0.5)
        records = [r for key in log_files(s3, "periodic-logs") for r in log_records(s3, "periodic-logs", key)]
        found = [r for r in records if r["eventName"] == "CreateQueue"]
    assert len(found) == 1
    status = cloudtrail.get_trail_status(Name="periodic")
    assert status["IsLogging"] is True and "LatestDeliveryTime" in status
    for _ in range(20):  # the bucket goes away (the trail may deliver once more meanwhile: retry)
        for key in log_files(s3, "periodic-logs"):
            s3.delete_object(Bucket="periodic-logs", Key=key)
        try:
            s3.delete_bucket(Bucket="periodic-logs")
            break
        except ClientError as err:
            assert err.response["Error"]["Code"] == "BucketNotEmpty"
    sqs.create_queue(QueueName="periodic-queue-2")
    deadline = time.monotonic() + WAIT_S
    while "LatestDeliveryError" not in status and time.monotonic() < deadline:
        time.sleep(0.5)
        status = cloudtrail.get_trail_status(Name="periodic")
    assert status.get("LatestDeliveryError") == "NoSuchBucket"  # the trail reports the S3 error
