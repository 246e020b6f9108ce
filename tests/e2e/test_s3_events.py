"""S3 background work end to end, in both modes: event notifications landing in SQS (and through SNS)
with AWS's exact JSON, lifecycle expiration on a sped-up clock, replication between two versioned
buckets, a legal hold blocking a delete, the restore flow — and durability: ``kill -9`` during a
multipart upload, restart, resume and complete (or abort); versions and delete markers survive.

The feature tests need server settings (a one-second lifecycle "day", a three-second restore), so they
start an Overcast of their own with those variables: ``overcast serve`` embedded, or the whole
cluster (``OVERCAST_E2E_TARGET=cluster``, the variables reach the S3 process). They skip against an
external ``OVERCAST_ENDPOINT``. The kill -9 test uses ``launch`` (embedded), as the SQS one does.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

REGION = "us-east-1"
ACCOUNT = "000000000000"
FEATURE_ENV = {
    "OVERCAST_S3_LIFECYCLE_DAY_SECONDS": "1",
    "OVERCAST_S3_LIFECYCLE_INTERVAL_SECONDS": "0.5",
    "OVERCAST_S3_RESTORE_SECONDS": "3",
}
MIB = 1024 * 1024


def client(url: str, service: str) -> Any:
    return boto3.session.Session().client(
        service,
        endpoint_url=url,
        region_name=REGION,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _healthy(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_overcast/health", timeout=1):
                return
        except urllib.error.HTTPError as error:
            error.close()  # its socket
            time.sleep(0.05)
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"{url} not healthy")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if os.environ.get("OVERCAST_ENDPOINT"):
        pytest.skip("needs server settings of its own; OVERCAST_ENDPOINT is set")
    root = tmp_path_factory.mktemp("s3-events")
    if os.environ.get("OVERCAST_E2E_TARGET", "embedded").strip().lower() == "cluster":
        from overcast.cluster import Cluster, ClusterConfig

        cluster = Cluster(root / "cluster")
        try:
            cluster.up(ClusterConfig(root / "cluster", port=0, extra_env=FEATURE_ENV))
            yield cluster.endpoint
        finally:
            cluster.down(purge=True)
        return
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OVERCAST_")}
    env.update(FEATURE_ENV, PYTHONUNBUFFERED="1")
    with (root / "server.log").open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "overcast", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--data-dir", str(root / "data")],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _healthy(url, time.monotonic() + 30)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def s3(endpoint: str) -> Any:
    return client(endpoint, "s3")


@pytest.fixture(scope="module")
def sqs(endpoint: str) -> Any:
    return client(endpoint, "sqs")


def until(check: Callable[[], Any], timeout: float = 15.0, every: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(every)


def receive(sqs: Any, url: str, count: int, timeout: float = 15.0) -> list[dict[str, Any]]:
    got: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while len(got) < count and time.monotonic() < deadline:
        for message in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get(
            "Messages", []
        ):
            got.append(json.loads(message["Body"]))
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return got


# --- event notifications ----------------------------------------------------------------------


def s3_may_publish(action: str, arn: str) -> str:
    """The destination policy AWS's guide tells users to set for S3 event notifications."""
    statement = {
        "Effect": "Allow",
        "Principal": {"Service": "s3.amazonaws.com"},
        "Action": action,
        "Resource": arn,
        "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT}},
    }
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


def test_notifications_land_in_sqs_with_aws_json(s3: Any, sqs: Any) -> None:
    s3.create_bucket(Bucket="events-src")
    url = sqs.create_queue(QueueName="s3-events")["QueueUrl"]
    arn = f"arn:aws:sqs:{REGION}:{ACCOUNT}:s3-events"
    # S3 checks that the queue policy lets it send (as real users must set it)
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": s3_may_publish("sqs:SendMessage", arn)})
    with pytest.raises(ClientError) as caught:
        s3.put_bucket_notification_configuration(
            Bucket="events-src",
            NotificationConfiguration={
                "QueueConfigurations": [{"QueueArn": arn + "-missing", "Events": ["s3:ObjectCreated:*"]}]
            },
        )
    assert caught.value.response["Error"]["Code"] == "InvalidArgument"
    assert (
        caught.value.response["Error"]["Message"]
        == "Unable to validate the following destination configurations"
    )
    s3.put_bucket_notification_configuration(
        Bucket="events-src",
        NotificationConfiguration={
            "QueueConfigurations": [
                {
                    "Id": "to-queue",
                    "QueueArn": arn,
                    "Events": ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"],
                    "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "in/"}]}},
                }
            ]
        },
    )
    config = s3.get_bucket_notification_configuration(Bucket="events-src")["QueueConfigurations"][0]
    assert config["Id"] == "to-queue" and config["Filter"]["Key"]["FilterRules"] == [
        {"Name": "Prefix", "Value": "in/"}
    ]
    (test_event,) = receive(sqs, url, 1)
    assert test_event["Event"] == "s3:TestEvent" and test_event["Bucket"] == "events-src"

    put = s3.put_object(Bucket="events-src", Key="in/a b.txt", Body=b"hello")
    s3.put_object(Bucket="events-src", Key="out/ignored.txt", Body=b"x")
    s3.delete_object(Bucket="events-src", Key="in/a b.txt")
    created, removed = receive(sqs, url, 2)
    record = created["Records"][0]
    assert record["eventVersion"] == "2.1" and record["eventSource"] == "aws:s3"
    assert record["awsRegion"] == REGION and record["eventName"] == "ObjectCreated:Put"
    assert set(record) == {
        "eventVersion", "eventSource", "awsRegion", "eventTime", "eventName", "userIdentity",
        "requestParameters", "responseElements", "s3",
    }  # fmt: skip
    assert set(record["responseElements"]) == {"x-amz-request-id", "x-amz-id-2"}
    assert record["s3"]["configurationId"] == "to-queue"
    assert record["s3"]["bucket"]["name"] == "events-src"
    assert record["s3"]["bucket"]["arn"] == "arn:aws:s3:::events-src"
    obj = record["s3"]["object"]
    assert obj["key"] == "in/a+b.txt" and obj["size"] == 5 and obj["eTag"] == put["ETag"].strip('"')
    assert "sequencer" in obj
    assert removed["Records"][0]["eventName"] == "ObjectRemoved:Delete"
    assert receive(sqs, url, 1, timeout=1.5) == []  # the out/ key was filtered


def test_notifications_through_sns(s3: Any, sqs: Any, endpoint: str) -> None:
    sns = client(endpoint, "sns")
    topic = sns.create_topic(Name="s3-topic")["TopicArn"]
    url = sqs.create_queue(QueueName="s3-via-sns")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(
        TopicArn=topic, Protocol="sqs", Endpoint=queue_arn, Attributes={"RawMessageDelivery": "true"}
    )
    s3.create_bucket(Bucket="events-sns")
    sns.set_topic_attributes(
        TopicArn=topic, AttributeName="Policy", AttributeValue=s3_may_publish("sns:Publish", topic)
    )
    s3.put_bucket_notification_configuration(
        Bucket="events-sns",
        NotificationConfiguration={
            "TopicConfigurations": [{"TopicArn": topic, "Events": ["s3:ObjectCreated:Put"]}]
        },
    )
    s3.put_object(Bucket="events-sns", Key="k", Body=b"x")
    bodies = receive(sqs, url, 2)
    assert bodies[0]["Event"] == "s3:TestEvent"
    assert bodies[1]["Records"][0]["eventName"] == "ObjectCreated:Put"


# --- lifecycle, replication, object lock, restore -----------------------------------------------


def test_lifecycle_expires_objects_on_the_fast_clock(s3: Any) -> None:
    s3.create_bucket(Bucket="lifecycle-e2e")
    s3.put_bucket_lifecycle_configuration(
        Bucket="lifecycle-e2e",
        LifecycleConfiguration={
            "Rules": [
                {"ID": "tmp", "Status": "Enabled", "Filter": {"Prefix": "tmp/"}, "Expiration": {"Days": 1}}
            ]
        },
    )
    put = s3.put_object(Bucket="lifecycle-e2e", Key="tmp/x", Body=b"x")
    assert 'rule-id="tmp"' in put["Expiration"]
    s3.put_object(Bucket="lifecycle-e2e", Key="keep/y", Body=b"y")
    until(
        lambda: (
            [o["Key"] for o in s3.list_objects_v2(Bucket="lifecycle-e2e").get("Contents", [])] == ["keep/y"]
        )
    )


def test_replication_between_versioned_buckets(s3: Any) -> None:
    for name in ("repl-src", "repl-dst"):
        s3.create_bucket(Bucket=name)
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    s3.create_bucket(Bucket="repl-unversioned")
    rule = {
        "ID": "all",
        "Priority": 1,
        "Status": "Enabled",
        "Filter": {"Prefix": ""},
        "DeleteMarkerReplication": {"Status": "Enabled"},
        "Destination": {"Bucket": "arn:aws:s3:::repl-dst"},
    }
    role = f"arn:aws:iam::{ACCOUNT}:role/r"
    with pytest.raises(ClientError) as caught:
        s3.put_bucket_replication(
            Bucket="repl-unversioned", ReplicationConfiguration={"Role": role, "Rules": [rule]}
        )
    assert caught.value.response["Error"]["Code"] == "InvalidRequest"
    s3.put_bucket_replication(Bucket="repl-src", ReplicationConfiguration={"Role": role, "Rules": [rule]})
    put = s3.put_object(Bucket="repl-src", Key="doc", Body=b"replicate me")
    until(lambda: s3.head_object(Bucket="repl-src", Key="doc").get("ReplicationStatus") == "COMPLETED")
    replica = s3.get_object(Bucket="repl-dst", Key="doc")
    assert replica["ReplicationStatus"] == "REPLICA"
    assert replica["VersionId"] == put["VersionId"]
    assert replica["Body"].read() == b"replicate me"
    marker = s3.delete_object(Bucket="repl-src", Key="doc")

    def marker_replicated() -> bool:
        markers = s3.list_object_versions(Bucket="repl-dst").get("DeleteMarkers", [])
        return [m["VersionId"] for m in markers] == [marker["VersionId"]]

    until(marker_replicated)


def test_legal_hold_blocks_delete(s3: Any) -> None:
    s3.create_bucket(Bucket="locked-e2e", ObjectLockEnabledForBucket=True)
    put = s3.put_object(Bucket="locked-e2e", Key="k", Body=b"x", ObjectLockLegalHoldStatus="ON")
    assert s3.head_object(Bucket="locked-e2e", Key="k")["ObjectLockLegalHoldStatus"] == "ON"
    with pytest.raises(ClientError) as caught:
        s3.delete_object(Bucket="locked-e2e", Key="k", VersionId=put["VersionId"])
    assert caught.value.response["Error"]["Code"] == "AccessDenied"
    s3.put_object_legal_hold(
        Bucket="locked-e2e", Key="k", VersionId=put["VersionId"], LegalHold={"Status": "OFF"}
    )
    s3.delete_object(Bucket="locked-e2e", Key="k", VersionId=put["VersionId"])


def test_restore_flow(s3: Any) -> None:
    s3.create_bucket(Bucket="archive-e2e")
    s3.put_object(Bucket="archive-e2e", Key="cold", Body=b"frozen", StorageClass="GLACIER")
    with pytest.raises(ClientError) as caught:
        s3.get_object(Bucket="archive-e2e", Key="cold")
    assert caught.value.response["Error"]["Code"] == "InvalidObjectState"
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    s3.restore_object(Bucket="archive-e2e", Key="cold", RestoreRequest={"Days": 30})
    assert s3.head_object(Bucket="archive-e2e", Key="cold")["Restore"] == 'ongoing-request="true"'
    with pytest.raises(ClientError) as caught:
        s3.restore_object(Bucket="archive-e2e", Key="cold", RestoreRequest={"Days": 30})
    assert caught.value.response["Error"]["Code"] == "RestoreAlreadyInProgress"
    until(
        lambda: (
            'ongoing-request="false"' in s3.head_object(Bucket="archive-e2e", Key="cold").get("Restore", "")
        )
    )
    assert s3.get_object(Bucket="archive-e2e", Key="cold")["Body"].read() == b"frozen"


# --- durability ---------------------------------------------------------------------------------


class SlowBody:
    """A part body that trickles out, so the server can be killed while it is being uploaded."""

    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, amount: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        time.sleep(0.05)
        chunk = min(self.left, 64 * 1024 if amount < 0 else min(amount, 64 * 1024))
        self.left -= chunk
        return b"s" * chunk

    def __len__(self) -> int:
        return self.left


def test_kill_9_during_multipart_upload(launch: Callable[..., Any], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    s3 = client(first.url, "s3")
    s3.create_bucket(Bucket="durable")
    s3.put_bucket_versioning(Bucket="durable", VersioningConfiguration={"Status": "Enabled"})
    v1 = s3.put_object(Bucket="durable", Key="doc", Body=b"one")["VersionId"]
    v2 = s3.put_object(Bucket="durable", Key="doc", Body=b"two")["VersionId"]
    marker = s3.delete_object(Bucket="durable", Key="doc")["VersionId"]
    s3.put_object(Bucket="durable", Key="whole", Body=b"w" * 1000)
    upload = s3.create_multipart_upload(Bucket="durable", Key="big")["UploadId"]
    doomed = s3.create_multipart_upload(Bucket="durable", Key="abandoned")["UploadId"]
    parts = [b"a" * (5 * MIB), b"b" * (5 * MIB)]
    etags = [
        s3.upload_part(Bucket="durable", Key="big", UploadId=upload, PartNumber=n, Body=body)["ETag"]
        for n, body in enumerate(parts, start=1)
    ]
    s3.upload_part(Bucket="durable", Key="abandoned", UploadId=doomed, PartNumber=1, Body=b"z")
    # a third part in flight when the server dies
    slow = threading.Thread(
        target=lambda: _ignore(
            lambda: s3.upload_part(
                Bucket="durable", Key="big", UploadId=upload, PartNumber=3, Body=SlowBody(4 * MIB)
            )
        )
    )
    slow.start()
    time.sleep(0.5)
    os.kill(first.process.pid, signal.SIGKILL)
    assert first.process.wait(10) == -signal.SIGKILL
    slow.join(30)
    assert not slow.is_alive()
    # a blob a crash left without metadata (old enough for the sweeper's grace period)
    orphan = data_dir / "s3" / "blobs" / "ff" / ("ff" + "0" * 30)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"orphan")
    os.utime(orphan, (time.time() - 7200, time.time() - 7200))

    second = launch(data_dir)
    s3 = client(second.url, "s3")
    assert s3.get_object(Bucket="durable", Key="whole")["Body"].read() == b"w" * 1000
    versions = s3.list_object_versions(Bucket="durable", Prefix="doc")
    assert [v["VersionId"] for v in versions["Versions"]] == [v2, v1]
    assert [m["VersionId"] for m in versions["DeleteMarkers"]] == [marker]
    assert s3.get_object(Bucket="durable", Key="doc", VersionId=v1)["Body"].read() == b"one"
    listed = s3.list_parts(Bucket="durable", Key="big", UploadId=upload)["Parts"]
    assert [(p["PartNumber"], p["ETag"]) for p in listed][:2] == [(1, etags[0]), (2, etags[1])]
    etags.append(
        s3.upload_part(Bucket="durable", Key="big", UploadId=upload, PartNumber=3, Body=b"c" * 10)["ETag"]
    )
    s3.complete_multipart_upload(
        Bucket="durable",
        Key="big",
        UploadId=upload,
        MultipartUpload={"Parts": [{"PartNumber": n, "ETag": e} for n, e in enumerate(etags, start=1)]},
    )
    body = s3.get_object(Bucket="durable", Key="big")["Body"].read()
    assert body == parts[0] + parts[1] + b"c" * 10
    s3.abort_multipart_upload(Bucket="durable", Key="abandoned", UploadId=doomed)
    assert "Uploads" not in s3.list_multipart_uploads(Bucket="durable")
    until(lambda: not orphan.exists(), timeout=10)


def _ignore(call: Callable[[], Any]) -> None:
    with contextlib.suppress(Exception):  # the server died under it: expected
        call()
