"""Kinesis Data Streams through the whole pipe: boto3 (JSON), the AWS CLI, CBOR (the Java SDK/KCL path),
enhanced fan-out's event stream, resharding, and durability across ``kill -9``.

Streams take ``OVERCAST_KINESIS_STATUS_DELAY_MS`` (500 ms by default) to become ACTIVE; ``wait_active``
polls DescribeStreamSummary as a client would (boto3's waiter polls every 10 s, too slow for a test).
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shlex
import signal
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import botocore.auth
import botocore.awsrequest
import botocore.credentials
import cbor2
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError, EventStreamError

from .conftest import REGION, AwsCli, ClientFactory

MAX_HASH = (1 << 128) - 1


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="module")
def kinesis(client_factory: ClientFactory) -> Iterator[Any]:
    # AWS's per-shard limits are on (5 GetRecords a second): retry throttling as SDK users do
    client = client_factory("kinesis", config=Config(retries={"max_attempts": 8, "mode": "standard"}))
    yield client
    client.close()


def wait_active(kinesis: Any, name: str, timeout: float = 20.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        summary: dict[str, Any] = kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]
        if summary["StreamStatus"] == "ACTIVE":
            return summary
        assert time.monotonic() < deadline, f"stream {name} still {summary['StreamStatus']}"
        time.sleep(0.1)


def new_stream(kinesis: Any, shards: int = 1, prefix: str = "stream") -> str:
    name = unique(prefix)
    kinesis.create_stream(StreamName=name, ShardCount=shards)
    wait_active(kinesis, name)
    return name


def read_shard(kinesis: Any, name: str, shard_id: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every record of a shard from TRIM_HORIZON, until the shard ends (closed) or the tip is reached;
    also the last GetRecords response (ChildShards for a closed shard)."""
    iterator = kinesis.get_shard_iterator(
        StreamName=name, ShardId=shard_id, ShardIteratorType="TRIM_HORIZON"
    )["ShardIterator"]
    records: list[dict[str, Any]] = []
    while True:
        response = kinesis.get_records(ShardIterator=iterator, Limit=1000)
        records += response["Records"]
        iterator = response.get("NextShardIterator")
        if iterator is None or (not response["Records"] and response["MillisBehindLatest"] == 0):
            return records, response


# --- the seed's commands, verbatim ------------------------------------------------------------------


SEED_PUT = (
    'aws kinesis put-record --stream-name test --partition-key user --data "user sign up" '
    "--cli-binary-format raw-in-base64-out"
)
SEED_ITERATOR = (
    "aws kinesis get-shard-iterator --stream-name test --shard-id shardId-000000000000 "
    "--shard-iterator-type TRIM_HORIZON"
)
SEED_GET = "aws kinesis get-records --shard-iterator {iterator}"


def cli_args(command: str, cli: AwsCli) -> list[str]:
    """The seed's command line, as given, for this CLI (the ``aws`` word is the binary itself)."""
    args = shlex.split(command)[1:]
    if cli.name == "awscli-v1" and "--cli-binary-format" in args:
        # CLI v2 base64-decodes blob arguments unless told `raw-in-base64-out`; v1 always takes them
        # raw and rejects the option it does not know: same request without it
        at = args.index("--cli-binary-format")
        del args[at : at + 2]
    return args


def test_seed_cli_commands(aws: AwsCli, kinesis: Any) -> None:
    with pytest.raises(ClientError):
        kinesis.describe_stream_summary(StreamName="test")
    created = aws("kinesis", "create-stream", "--stream-name", "test", "--shard-count", "1")
    assert created.returncode == 0, created.stderr
    wait_active(kinesis, "test")
    try:
        put = aws(*cli_args(SEED_PUT, aws))
        assert put.returncode == 0, put.stderr
        answer = json.loads(put.stdout)
        assert answer["ShardId"] == "shardId-000000000000"
        iterator = aws(*cli_args(SEED_ITERATOR, aws))
        assert iterator.returncode == 0, iterator.stderr
        shard_iterator = json.loads(iterator.stdout)["ShardIterator"]
        got = aws(*cli_args(SEED_GET.format(iterator=shard_iterator), aws))
        assert got.returncode == 0, got.stderr
        answer_records = json.loads(got.stdout)
        records = answer_records["Records"]
        assert len(records) == 1
        assert base64.b64decode(records[0]["Data"]) == b"user sign up"
        assert records[0]["PartitionKey"] == "user"
        assert records[0]["SequenceNumber"] == answer["SequenceNumber"]
        assert answer_records["NextShardIterator"] and answer_records["MillisBehindLatest"] == 0
    finally:
        kinesis.delete_stream(StreamName="test")


# --- records with boto3 -----------------------------------------------------------------------------


def test_put_and_read_in_order_per_shard(kinesis: Any) -> None:
    name = new_stream(kinesis, shards=2)
    sent: dict[str, list[tuple[str, bytes]]] = {}
    for i in range(40):
        data = f"record-{i}".encode()
        r = kinesis.put_record(StreamName=name, Data=data, PartitionKey=f"key-{i % 7}")
        sent.setdefault(r["ShardId"], []).append((r["SequenceNumber"], data))
    batch = kinesis.put_records(
        StreamName=name,
        Records=[{"Data": f"batch-{i}".encode(), "PartitionKey": f"key-{i % 7}"} for i in range(20)],
    )
    assert batch["FailedRecordCount"] == 0
    for i, entry in enumerate(batch["Records"]):
        sent.setdefault(entry["ShardId"], []).append((entry["SequenceNumber"], f"batch-{i}".encode()))
    assert set(sent) == {"shardId-000000000000", "shardId-000000000001"}
    for shard_id, expected in sent.items():
        records, _ = read_shard(kinesis, name, shard_id)
        assert [(r["SequenceNumber"], r["Data"]) for r in records] == expected
        numbers = [int(r["SequenceNumber"]) for r in records]
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    kinesis.delete_stream(StreamName=name)


def test_explicit_hash_key_routes_and_iterator_types(kinesis: Any) -> None:
    name = new_stream(kinesis, shards=2)
    low = kinesis.put_record(StreamName=name, Data=b"a", PartitionKey="k", ExplicitHashKey="0")
    high = kinesis.put_record(StreamName=name, Data=b"b", PartitionKey="k", ExplicitHashKey=str(MAX_HASH))
    assert (low["ShardId"], high["ShardId"]) == ("shardId-000000000000", "shardId-000000000001")
    second = kinesis.put_record(StreamName=name, Data=b"c", PartitionKey="k", ExplicitHashKey="1")

    def first_data(kind: str, **extra: Any) -> list[bytes]:
        it = kinesis.get_shard_iterator(
            StreamName=name, ShardId="shardId-000000000000", ShardIteratorType=kind, **extra
        )["ShardIterator"]
        return [r["Data"] for r in kinesis.get_records(ShardIterator=it)["Records"]]

    assert first_data("TRIM_HORIZON") == [b"a", b"c"]
    assert first_data("AT_SEQUENCE_NUMBER", StartingSequenceNumber=low["SequenceNumber"]) == [b"a", b"c"]
    assert first_data("AFTER_SEQUENCE_NUMBER", StartingSequenceNumber=low["SequenceNumber"]) == [b"c"]
    assert first_data("AFTER_SEQUENCE_NUMBER", StartingSequenceNumber=second["SequenceNumber"]) == []
    assert first_data("LATEST") == []
    assert first_data("AT_TIMESTAMP", Timestamp=datetime.now(UTC) - timedelta(minutes=1)) == [b"a", b"c"]
    assert first_data("AT_TIMESTAMP", Timestamp=datetime.now(UTC) + timedelta(minutes=1)) == []
    with pytest.raises(ClientError) as info:
        first_data("AT_SEQUENCE_NUMBER", StartingSequenceNumber=high["SequenceNumber"])
    assert info.value.response["Error"]["Code"] == "InvalidArgumentException"
    kinesis.delete_stream(StreamName=name)


def test_errors_are_aws_shaped(kinesis: Any) -> None:
    with pytest.raises(ClientError) as info:
        kinesis.put_record(StreamName=unique("missing"), Data=b"x", PartitionKey="k")
    error = info.value.response
    assert error["Error"]["Code"] == "ResourceNotFoundException"
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert "under account 000000000000 not found" in error["Error"]["Message"]
    with pytest.raises(ClientError) as info:
        kinesis.get_records(ShardIterator="bm90IGFuIGl0ZXJhdG9y")
    assert info.value.response["Error"]["Code"] == "InvalidArgumentException"
    name = new_stream(kinesis)
    with pytest.raises(ClientError) as info:
        kinesis.create_stream(StreamName=name, ShardCount=1)
    assert info.value.response["Error"]["Code"] == "ResourceInUseException"
    with pytest.raises(ClientError) as info:
        kinesis.increase_stream_retention_period(StreamName=name, RetentionPeriodHours=9000)
    assert info.value.response["Error"]["Code"] == "InvalidArgumentException"
    kinesis.delete_stream(StreamName=name)


# --- resharding ---------------------------------------------------------------------------------------


def test_consumer_reads_everything_after_split_and_merge(kinesis: Any) -> None:
    """A KCL-style reader: parents before children, every record once, in order within each shard."""
    name = new_stream(kinesis, shards=1, prefix="reshard")
    written: list[bytes] = []

    def put(count: int, phase: str) -> None:
        for i in range(count):
            data = f"{phase}-{i}".encode()
            kinesis.put_record(StreamName=name, Data=data, PartitionKey=f"pk-{i}")
            written.append(data)

    put(30, "before")
    kinesis.split_shard(
        StreamName=name, ShardToSplit="shardId-000000000000", NewStartingHashKey=str(1 << 127)
    )
    put(30, "split")
    wait_active(kinesis, name)
    kinesis.merge_shards(
        StreamName=name, ShardToMerge="shardId-000000000001", AdjacentShardToMerge="shardId-000000000002"
    )
    put(30, "merged")
    wait_active(kinesis, name)

    shards = {s["ShardId"]: s for s in kinesis.list_shards(StreamName=name)["Shards"]}
    assert set(shards) == {f"shardId-00000000000{i}" for i in range(4)}
    assert shards["shardId-000000000001"]["ParentShardId"] == "shardId-000000000000"
    assert shards["shardId-000000000002"]["ParentShardId"] == "shardId-000000000000"
    assert shards["shardId-000000000003"]["ParentShardId"] == "shardId-000000000001"
    assert shards["shardId-000000000003"]["AdjacentParentShardId"] == "shardId-000000000002"
    assert shards["shardId-000000000001"]["HashKeyRange"]["EndingHashKey"] == str((1 << 127) - 1)
    assert "EndingSequenceNumber" in shards["shardId-000000000000"]["SequenceNumberRange"]
    open_now = kinesis.list_shards(StreamName=name, ShardFilter={"Type": "AT_LATEST"})["Shards"]
    assert [s["ShardId"] for s in open_now] == ["shardId-000000000003"]

    done: set[str] = set()
    read: list[bytes] = []
    pending = list(shards)
    while pending:
        ready = [
            s
            for s in pending
            if all(
                p in done or p not in shards
                for p in (shards[s].get("ParentShardId"), shards[s].get("AdjacentParentShardId"))
                if p
            )
        ]
        assert ready, "lineage must always leave a shard to read"
        for shard_id in ready:
            records, last = read_shard(kinesis, name, shard_id)
            numbers = [int(r["SequenceNumber"]) for r in records]
            assert numbers == sorted(numbers)
            read += [r["Data"] for r in records]
            if shard_id != "shardId-000000000003":
                assert "NextShardIterator" not in last and last["ChildShards"], shard_id
            done.add(shard_id)
            pending.remove(shard_id)
    assert sorted(read) == sorted(written) and len(read) == len(written)
    # records of one partition key come out in the order they were written
    for i in range(30):
        mine = [d for d in read if d.endswith(f"-{i}".encode())]
        assert mine == [f"{phase}-{i}".encode() for phase in ("before", "split", "merged")]
    kinesis.delete_stream(StreamName=name)


def test_update_shard_count_uniform(kinesis: Any) -> None:
    name = new_stream(kinesis, shards=2)
    answer = kinesis.update_shard_count(StreamName=name, TargetShardCount=3, ScalingType="UNIFORM_SCALING")
    assert (answer["CurrentShardCount"], answer["TargetShardCount"]) == (2, 3)
    summary = wait_active(kinesis, name)
    assert summary["OpenShardCount"] == 3
    open_shards = kinesis.list_shards(StreamName=name, ShardFilter={"Type": "AT_LATEST"})["Shards"]
    ranges = sorted(
        (int(s["HashKeyRange"]["StartingHashKey"]), int(s["HashKeyRange"]["EndingHashKey"]))
        for s in open_shards
    )
    assert ranges[0][0] == 0 and ranges[-1][1] == MAX_HASH
    assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(ranges))
    kinesis.delete_stream(StreamName=name)


# --- management ---------------------------------------------------------------------------------------


def test_stream_management(kinesis: Any) -> None:
    name = unique("mgmt")
    kinesis.create_stream(StreamName=name, StreamModeDetails={"StreamMode": "ON_DEMAND"}, Tags={"a": "1"})
    assert (
        kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]["StreamStatus"]
        == "CREATING"
    )
    summary = wait_active(kinesis, name)
    assert summary["OpenShardCount"] == 4 and summary["StreamModeDetails"]["StreamMode"] == "ON_DEMAND"
    arn = summary["StreamARN"]
    kinesis.add_tags_to_stream(StreamARN=arn, Tags={"b": "2"})
    kinesis.tag_resource(ResourceARN=arn, Tags={"c": "3"})
    kinesis.untag_resource(ResourceARN=arn, TagKeys=["a"])
    assert kinesis.list_tags_for_stream(StreamName=name)["Tags"] == [
        {"Key": "b", "Value": "2"},
        {"Key": "c", "Value": "3"},
    ]
    assert kinesis.list_tags_for_resource(ResourceARN=arn)["Tags"][0] == {"Key": "b", "Value": "2"}
    kinesis.increase_stream_retention_period(StreamName=name, RetentionPeriodHours=48)
    kinesis.start_stream_encryption(StreamName=name, EncryptionType="KMS", KeyId="alias/aws/kinesis")
    described = wait_active(kinesis, name)
    assert described["RetentionPeriodHours"] == 48 and described["EncryptionType"] == "KMS"
    assert kinesis.put_record(StreamName=name, Data=b"x", PartitionKey="p")["EncryptionType"] == "KMS"
    monitoring = kinesis.enable_enhanced_monitoring(StreamName=name, ShardLevelMetrics=["IncomingBytes"])
    assert monitoring["DesiredShardLevelMetrics"] == ["IncomingBytes"]
    policy = json.dumps({"Version": "2012-10-17", "Statement": []})
    kinesis.put_resource_policy(ResourceARN=arn, Policy=policy)
    assert kinesis.get_resource_policy(ResourceARN=arn)["Policy"] == policy
    kinesis.update_stream_mode(StreamARN=arn, StreamModeDetails={"StreamMode": "PROVISIONED"})
    wait_active(kinesis, name)
    names = kinesis.list_streams()["StreamNames"]
    assert name in names
    limits = kinesis.describe_limits()
    assert limits["ShardLimit"] >= limits["OpenShardCount"] >= 4
    kinesis.delete_stream(StreamName=name)
    with pytest.raises(ClientError) as info:
        kinesis.describe_stream(StreamName=name)
    assert info.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_list_streams_paginates(kinesis: Any) -> None:
    prefix = unique("page")
    names = [f"{prefix}-{i}" for i in range(3)]
    for n in names:
        kinesis.create_stream(StreamName=n, ShardCount=1)
    pages = kinesis.get_paginator("list_streams").paginate(PaginationConfig={"PageSize": 1})
    seen = [n for page in pages for n in page["StreamNames"]]
    assert [n for n in seen if n.startswith(prefix)] == names
    for n in names:
        kinesis.delete_stream(StreamName=n)


# --- enhanced fan-out -----------------------------------------------------------------------------------


def test_subscribe_to_shard_event_stream(kinesis: Any) -> None:
    name = new_stream(kinesis, shards=1, prefix="efo")
    arn = kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]["StreamARN"]
    consumer = kinesis.register_stream_consumer(StreamARN=arn, ConsumerName="reader")["Consumer"]
    deadline = time.monotonic() + 10
    while (
        kinesis.describe_stream_consumer(ConsumerARN=consumer["ConsumerARN"])["ConsumerDescription"][
            "ConsumerStatus"
        ]
        != "ACTIVE"
    ):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    for i in range(5):
        kinesis.put_record(StreamName=name, Data=f"efo-{i}".encode(), PartitionKey="k")
    response = kinesis.subscribe_to_shard(
        ConsumerARN=consumer["ConsumerARN"],
        ShardId="shardId-000000000000",
        StartingPosition={"Type": "TRIM_HORIZON"},
    )
    events = iter(response["EventStream"])
    got: list[bytes] = []
    for event in events:
        payload = event["SubscribeToShardEvent"]
        got += [r["Data"] for r in payload["Records"]]
        assert payload["ContinuationSequenceNumber"]
        if len(got) >= 5:
            break
    assert got == [f"efo-{i}".encode() for i in range(5)]
    consumers = kinesis.list_stream_consumers(StreamARN=arn)["Consumers"]
    assert [c["ConsumerName"] for c in consumers] == ["reader"]
    with pytest.raises(ClientError) as info:
        kinesis.delete_stream(StreamName=name)
    assert info.value.response["Error"]["Code"] == "ResourceInUseException"
    kinesis.delete_stream(StreamName=name, EnforceConsumerDeletion=True)
    # the live subscription ends with the modeled error, as an event-stream exception message
    with pytest.raises(EventStreamError) as ended:
        for _ in events:
            pass
    response["EventStream"].close()  # its connection, else a ResourceWarning in some later test
    assert ended.value.response["Error"]["Code"] == "ResourceNotFoundException"


# --- CBOR: what the Java SDK and the KCL send ----------------------------------------------------------


def cbor_call(endpoint: str, operation: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = botocore.awsrequest.AWSRequest(
        method="POST",
        url=endpoint + "/",
        data=cbor2.dumps(body),
        headers={
            "Content-Type": "application/x-amz-cbor-1.1",
            "X-Amz-Target": f"Kinesis_20131202.{operation}",
        },
    )
    botocore.auth.SigV4Auth(botocore.credentials.Credentials("test", "test"), "kinesis", REGION).add_auth(
        request
    )
    prepared = urllib.request.Request(
        endpoint + "/", data=request.body, headers=dict(request.headers.items()), method="POST"
    )
    try:
        with urllib.request.urlopen(prepared, timeout=10) as answer:
            assert answer.headers["Content-Type"] == "application/x-amz-cbor-1.1"
            return answer.status, cbor_loads(answer.read())
    except urllib.error.HTTPError as error:
        with error:  # closes its socket
            return error.code, cbor_loads(error.read())


def cbor_loads(body: bytes) -> dict[str, Any]:
    # AWS's CBOR timestamps are tag 1 holding epoch *milliseconds* (the Java SDK's reading); cbor2 reads
    # tag 1 as seconds, so the tag is dropped to get the raw number
    loaded: dict[str, Any] = cbor2.loads(body.replace(b"\xc1\x1b", b"\x1b"))
    return loaded


def test_cbor_put_and_get(kinesis: Any, endpoint: str) -> None:
    name = new_stream(kinesis)
    status, put = cbor_call(
        endpoint, "PutRecord", {"StreamName": name, "Data": b"\x00cbor\xff", "PartitionKey": "j"}
    )
    assert status == 200 and put["ShardId"] == "shardId-000000000000"
    status, it = cbor_call(
        endpoint,
        "GetShardIterator",
        {"StreamName": name, "ShardId": "shardId-000000000000", "ShardIteratorType": "TRIM_HORIZON"},
    )
    assert status == 200
    status, records = cbor_call(endpoint, "GetRecords", {"ShardIterator": it["ShardIterator"]})
    assert status == 200
    (record,) = records["Records"]
    assert record["Data"] == b"\x00cbor\xff" and record["SequenceNumber"] == put["SequenceNumber"]
    arrival_ms = record["ApproximateArrivalTimestamp"]
    assert abs(arrival_ms - time.time() * 1000) < 60_000
    status, error = cbor_call(endpoint, "DescribeStream", {"StreamName": unique("nope")})
    assert status == 400 and error["__type"] == "ResourceNotFoundException"
    kinesis.delete_stream(StreamName=name)


# --- durability -------------------------------------------------------------------------------------


def test_acknowledged_records_survive_kill_9(launch: Callable[..., Any], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir, env={"OVERCAST_KINESIS_THROUGHPUT_LIMITS": "off"})

    def client(url: str) -> Any:
        return boto3.session.Session().client(
            "kinesis",
            endpoint_url=url,
            region_name=REGION,
            aws_access_key_id="test",
            aws_secret_access_key="test",
            config=Config(retries={"max_attempts": 1, "mode": "standard"}),
        )

    kin = client(first.url)
    kin.create_stream(StreamName="durable", ShardCount=2)
    wait_active(kin, "durable")
    acknowledged: dict[str, bytes] = {}
    for i in range(200):
        r = kin.put_record(StreamName="durable", Data=f"d-{i}".encode(), PartitionKey=str(i))
        acknowledged[r["SequenceNumber"]] = f"d-{i}".encode()
    batch = kin.put_records(
        StreamName="durable",
        Records=[{"Data": f"b-{i}".encode(), "PartitionKey": str(i)} for i in range(100)],
    )
    for i, entry in enumerate(batch["Records"]):
        acknowledged[entry["SequenceNumber"]] = f"b-{i}".encode()
    kin.split_shard(
        StreamName="durable", ShardToSplit="shardId-000000000000", NewStartingHashKey=str(1 << 126)
    )

    os.kill(first.process.pid, signal.SIGKILL)
    assert first.process.wait(10) == -signal.SIGKILL

    second = launch(data_dir)
    kin = client(second.url)
    shards = kin.list_shards(StreamName="durable")["Shards"]
    assert len(shards) == 4
    found: dict[str, bytes] = {}
    for shard in shards:
        records, _ = read_shard(kin, "durable", shard["ShardId"])
        found.update({r["SequenceNumber"]: r["Data"] for r in records})
    assert found == acknowledged
