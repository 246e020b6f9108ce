"""The delivery engine on a real SQLite log with S3 faked through ``peers``: buffering by size and by
interval, redelivery after a crash from the last commit, retries while S3 fails, and the Kinesis
source reader against a fake Kinesis."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.log.sqlite import SqliteLog
from overcast_common.peers import peers
from overcast_common.service import ServiceHandler
from overcast_firehose.engine import DeliveryEngine
from overcast_firehose.provider import FirehoseProvider
from overcast_firehose.settings import FirehoseSettings
from overcast_firehose.store.sql import SqlFirehoseStore

ROLE = "arn:aws:iam::000000000000:role/r"


@dataclass
class FakeS3:
    objects: dict[str, bytes] = field(default_factory=dict)
    failures: int = 0

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        assert context.operation == "PutObject" and context.extra["overcast-peer"] == "firehose"
        if self.failures:
            self.failures -= 1
            raise ServiceError("The specified bucket does not exist", code="NoSuchBucket", status_code=404)
        self.objects[params["Key"]] = params["Body"]
        return {"ETag": '"x"'}


@dataclass
class Firehose:
    provider: FirehoseProvider
    engine: DeliveryEngine
    log: SqliteLog
    store: SqlFirehoseStore

    async def call(self, operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(request_id="r", service="firehose", operation=operation)
        return await ServiceHandler(self.provider, AllowRoot())(context, params)

    closed: bool = False

    async def close(self) -> None:
        self.closed = True
        await self.engine.close()
        await self.log.close()
        await self.store.close()


async def open_firehose(tmp_path: Path, **options: Any) -> Firehose:
    store = await SqlFirehoseStore.open(Settings(data_dir=tmp_path))
    log = await SqliteLog.open(tmp_path / "log")
    settings = FirehoseSettings(retry_base_s=0.05, kinesis_poll_s=0.05, **options)
    engine = DeliveryEngine(log, settings)
    provider = FirehoseProvider(store, log, engine, settings)
    await provider.resume()
    return Firehose(provider, engine, log, store)


@pytest.fixture
async def opener(tmp_path: Path) -> AsyncIterator[Any]:
    """``await opener(**options)``: Firehose on this test's data; every one still open is closed after
    the test, so a failing assertion cannot leave workers running."""
    opened: list[Firehose] = []

    async def open_(**options: Any) -> Firehose:
        fh = await open_firehose(tmp_path, **options)
        opened.append(fh)
        return fh

    yield open_
    for fh in opened:
        if not fh.closed:
            await fh.close()


@pytest.fixture
async def s3() -> AsyncIterator[FakeS3]:
    fake = FakeS3()
    peers.register("s3", fake)
    yield fake
    peers.unregister("s3")


async def until(condition: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


def destination(size_mb: int = 1, interval: int = 900) -> dict[str, Any]:
    return {
        "RoleARN": ROLE,
        "BucketARN": "arn:aws:s3:::bucket",
        "BufferingHints": {"SizeInMBs": size_mb, "IntervalInSeconds": interval},
    }


async def test_a_full_buffer_flushes_before_the_interval(opener: Any, s3: FakeS3) -> None:
    fh = await opener()
    await fh.call(
        "CreateDeliveryStream", DeliveryStreamName="s", ExtendedS3DestinationConfiguration=destination()
    )
    big = [b"a" * 600_000, b"b" * 600_000]
    await fh.call("PutRecordBatch", DeliveryStreamName="s", Records=[{"Data": d} for d in big])
    await until(lambda: len(s3.objects) == 1)
    assert list(s3.objects.values()) == [big[0]]  # 1 MiB holds one of them; the other waits
    await asyncio.sleep(0.3)
    assert len(s3.objects) == 1
    await fh.close()


async def test_a_crash_before_the_flush_redelivers_from_the_last_commit(opener: Any, s3: FakeS3) -> None:
    fh = await opener()
    await fh.call(
        "CreateDeliveryStream", DeliveryStreamName="s", ExtendedS3DestinationConfiguration=destination()
    )
    for i in range(5):
        await fh.call("PutRecord", DeliveryStreamName="s", Record={"Data": f"{i};".encode()})
    await asyncio.sleep(0.2)
    assert s3.objects == {}
    await fh.close()  # as good as a crash: nothing was committed

    fh = await opener(max_interval_s=0.1)
    await until(lambda: len(s3.objects) == 1)
    [(key, data)] = s3.objects.items()
    assert data == b"0;1;2;3;4;" and key.startswith(datetime.now().strftime("%Y/"))
    await fh.close()

    fh = await opener(max_interval_s=0.1)  # committed: not delivered again
    await asyncio.sleep(0.4)
    assert len(s3.objects) == 1
    await fh.close()


async def test_s3_failures_are_retried_until_delivered(opener: Any, s3: FakeS3) -> None:
    s3.failures = 3
    fh = await opener()
    await fh.call(
        "CreateDeliveryStream",
        DeliveryStreamName="s",
        ExtendedS3DestinationConfiguration=destination(interval=0),
    )
    await fh.call("PutRecord", DeliveryStreamName="s", Record={"Data": b"kept"})
    await until(lambda: len(s3.objects) == 1)
    assert list(s3.objects.values()) == [b"kept"] and s3.failures == 0
    await fh.close()


async def test_update_destination_applies_to_the_next_batch(opener: Any, s3: FakeS3) -> None:
    fh = await opener()
    await fh.call(
        "CreateDeliveryStream", DeliveryStreamName="s", ExtendedS3DestinationConfiguration=destination()
    )
    await fh.call("PutRecord", DeliveryStreamName="s", Record={"Data": b"x"})
    await fh.call(
        "UpdateDestination",
        DeliveryStreamName="s",
        CurrentDeliveryStreamVersionId="1",
        DestinationId="destinationId-000000000001",
        ExtendedS3DestinationUpdate={"Prefix": "new/", "BufferingHints": {"IntervalInSeconds": 0}},
    )
    await until(lambda: len(s3.objects) == 1)
    [key] = s3.objects
    assert key.startswith("new/") and "/s-2-" in key  # the version in the name is the new one
    await fh.close()


@dataclass
class FakeKinesis:
    """Two shards; shard 0 closes after its records (a null NextShardIterator)."""

    records: dict[str, list[bytes]]
    reads: list[str] = field(default_factory=list)

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        op = context.operation
        if op == "DescribeStreamSummary":
            return {"StreamDescriptionSummary": {"StreamARN": params["StreamARN"]}}
        if op == "ListShards":
            return {"Shards": [{"ShardId": s} for s in self.records]}
        if op == "GetShardIterator":
            assert params["ShardIteratorType"] in ("AT_TIMESTAMP", "AFTER_SEQUENCE_NUMBER")
            start = int(params.get("StartingSequenceNumber", "-1")) + 1
            return {"ShardIterator": f"{params['ShardId']}|{start}"}
        if op == "GetRecords":
            shard, start = params["ShardIterator"].split("|")
            self.reads.append(shard)
            data = self.records[shard][int(start) :]
            records = [{"Data": d, "SequenceNumber": str(int(start) + i)} for i, d in enumerate(data)]
            following = None if shard.endswith("0") else f"{shard}|{int(start) + len(data)}"
            return {"Records": records, "NextShardIterator": following, "MillisBehindLatest": 0}
        raise AssertionError(op)


async def test_kinesis_source_follows_every_shard(opener: Any, s3: FakeS3) -> None:
    kinesis = FakeKinesis({"shardId-000000000000": [b"a", b"b"], "shardId-000000000001": [b"c"]})
    peers.register("kinesis", kinesis)
    try:
        fh = await opener()
        await fh.call(
            "CreateDeliveryStream",
            DeliveryStreamName="k",
            DeliveryStreamType="KinesisStreamAsSource",
            KinesisStreamSourceConfiguration={
                "KinesisStreamARN": "arn:aws:kinesis:us-east-1:000000000000:stream/src",
                "RoleARN": ROLE,
            },
            ExtendedS3DestinationConfiguration=destination(interval=0),
        )
        await until(lambda: sorted(b"".join(s3.objects.values())) == sorted(b"abc"))
        kinesis.records["shardId-000000000001"].append(b"d")
        await until(lambda: b"d" in b"".join(s3.objects.values()))
        assert kinesis.reads.count("shardId-000000000000") == 1  # closed after one read
        await fh.close()
    finally:
        peers.unregister("kinesis")


async def test_creating_then_active(opener: Any, s3: FakeS3) -> None:
    fh = await opener(creating_s=0.3)
    await fh.call(
        "CreateDeliveryStream", DeliveryStreamName="s", ExtendedS3DestinationConfiguration=destination()
    )
    described = await fh.call("DescribeDeliveryStream", DeliveryStreamName="s")
    assert described["DeliveryStreamDescription"]["DeliveryStreamStatus"] == "CREATING"
    with pytest.raises(ServiceError) as exc:
        await fh.call("PutRecord", DeliveryStreamName="s", Record={"Data": b"x"})
    assert exc.value.code == "ResourceNotFoundException"
    with pytest.raises(ServiceError) as exc:
        await fh.call("DeleteDeliveryStream", DeliveryStreamName="s")
    assert exc.value.code == "ResourceInUseException"
    await asyncio.sleep(0.35)
    described = await fh.call("DescribeDeliveryStream", DeliveryStreamName="s")
    assert described["DeliveryStreamDescription"]["DeliveryStreamStatus"] == "ACTIVE"
    await fh.call("PutRecord", DeliveryStreamName="s", Record={"Data": b"x"})
    await fh.close()


async def test_identical_update_keeps_the_version_and_rules_apply(opener: Any, s3: FakeS3) -> None:
    fh = await opener()
    await fh.call(
        "CreateDeliveryStream", DeliveryStreamName="s", ExtendedS3DestinationConfiguration=destination()
    )
    same = {"BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 900}}
    update = {"DeliveryStreamName": "s", "DestinationId": "destinationId-000000000001"}
    await fh.call(
        "UpdateDestination", CurrentDeliveryStreamVersionId="1", ExtendedS3DestinationUpdate=same, **update
    )
    described = await fh.call("DescribeDeliveryStream", DeliveryStreamName="s")
    assert described["DeliveryStreamDescription"]["VersionId"] == "1"
    assert "LastUpdateTimestamp" not in described["DeliveryStreamDescription"]
    two_lambdas = {
        "Enabled": True,
        "Processors": [
            {
                "Type": "Lambda",
                "Parameters": [{"ParameterName": "LambdaArn", "ParameterValue": "arn:aws:lambda:x"}],
            }
        ]
        * 2,
    }
    with pytest.raises(ServiceError) as exc:
        await fh.call(
            "UpdateDestination",
            CurrentDeliveryStreamVersionId="1",
            ExtendedS3DestinationUpdate={"ProcessingConfiguration": two_lambdas},
            **update,
        )
    assert exc.value.code == "InvalidArgumentException"
    with pytest.raises(ServiceError) as exc:
        await fh.call(
            "UpdateDestination",
            CurrentDeliveryStreamVersionId="1",
            DestinationId="destinationId-000000000002",
            DeliveryStreamName="s",
            ExtendedS3DestinationUpdate=same,
        )
    assert exc.value.code == "InvalidArgumentException"
    await fh.close()


async def test_decompressing_streams_only_take_records_from_cloudwatch_logs(opener: Any, s3: FakeS3) -> None:
    fh = await opener()
    processing = {
        "Enabled": True,
        "Processors": [
            {
                "Type": "Decompression",
                "Parameters": [{"ParameterName": "CompressionFormat", "ParameterValue": "GZIP"}],
            }
        ],
    }
    await fh.call(
        "CreateDeliveryStream",
        DeliveryStreamName="logs",
        ExtendedS3DestinationConfiguration={**destination(), "ProcessingConfiguration": processing},
    )
    with pytest.raises(ServiceError) as exc:
        await fh.call("PutRecord", DeliveryStreamName="logs", Record={"Data": b"x"})
    assert exc.value.code == "InvalidSourceException"
    result = (
        await peers.call(
            "firehose",
            "PutRecord",
            {"DeliveryStreamName": "logs", "Record": {"Data": b"x"}},
            account_id="000000000000",
            region="us-east-1",
            caller="logs",
        )
        if peers.available("firehose")
        else None
    )
    assert result is None or "RecordId" in result
    await fh.close()


async def test_unreachable_destinations_back_up_to_s3(opener: Any, s3: FakeS3) -> None:
    fh = await opener()
    backup = {"RoleARN": ROLE, "BucketARN": "arn:aws:s3:::bucket", "Prefix": "splunk/"}
    await fh.call(
        "CreateDeliveryStream",
        DeliveryStreamName="splunk",
        SplunkDestinationConfiguration={
            "HECEndpoint": "https://splunk.example.com:8088",
            "HECEndpointType": "Raw",
            "HECToken": "token",
            "S3Configuration": backup,
            "S3BackupMode": "AllEvents",
            "BufferingHints": {"IntervalInSeconds": 0, "SizeInMBs": 1},
        },
    )
    await fh.call(
        "CreateDeliveryStream",
        DeliveryStreamName="redshift",
        RedshiftDestinationConfiguration={
            "RoleARN": ROLE,
            "ClusterJDBCURL": "jdbc:redshift://c1.abc.us-east-1.redshift.amazonaws.com:5439/db",
            "CopyCommand": {"DataTableName": "t"},
            "Username": "u",
            "Password": "password1",
            "S3Configuration": {**backup, "Prefix": "redshift/", "BufferingHints": {"IntervalInSeconds": 0}},
        },
    )
    described = await fh.call("DescribeDeliveryStream", DeliveryStreamName="splunk")
    splunk = described["DeliveryStreamDescription"]["Destinations"][0]["SplunkDestinationDescription"]
    assert splunk["HECEndpoint"] == "https://splunk.example.com:8088"
    assert splunk["S3DestinationDescription"]["Prefix"] == "splunk/"
    await fh.call("PutRecord", DeliveryStreamName="splunk", Record={"Data": b"event"})
    await fh.call("PutRecord", DeliveryStreamName="redshift", Record={"Data": b"row"})
    await until(lambda: len(s3.objects) == 3)
    failed = [v for k, v in s3.objects.items() if k.startswith("splunk/splunk-failed/")]
    assert len(failed) == 1 and json.loads(failed[0])["errorCode"] == "Splunk.DestinationUnavailable"
    assert [v for k, v in s3.objects.items() if k.startswith("splunk/2")] == [b"event"]  # AllEvents
    assert [v for k, v in s3.objects.items() if k.startswith("redshift/2")] == [b"row"]  # COPY's input


async def test_embedded_service_reset_forgets_streams_and_buffers(tmp_path: Path) -> None:
    from overcast_firehose.embedded import start

    service = await start(Settings(data_dir=tmp_path))
    try:

        def context(operation: str) -> RequestContext:
            return RequestContext(request_id="r", service="firehose", operation=operation)

        create = {"DeliveryStreamName": "a", "ExtendedS3DestinationConfiguration": destination()}
        await service.handler(context("CreateDeliveryStream"), create)
        await service.handler(context("PutRecord"), {"DeliveryStreamName": "a", "Record": {"Data": b"x"}})
        await service.reset()
        listed = await service.handler(context("ListDeliveryStreams"), {})
        assert listed["DeliveryStreamNames"] == [] and service.engine.workers == {}
        with pytest.raises(ServiceError) as exc:
            await service.handler(context("PutRecord"), {"DeliveryStreamName": "a", "Record": {"Data": b"x"}})
        assert exc.value.code == "ResourceNotFoundException"
        assert await service.log.list_topics() == []
    finally:
        await service.close()
