"""The Kinesis provider on real storage: records, iterators, resharding, limits, errors, restarts."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from botocore.model import StructureShape
from overcast_common.api.kinesis import (
    ExpiredIteratorException,
    InvalidArgumentException,
    LimitExceededException,
    ProvisionedThroughputExceededException,
    ResourceInUseException,
    ResourceNotFoundException,
    ValidationException,
)
from overcast_common.context import RequestContext
from overcast_common.protocol.models import operation_model
from overcast_common.protocol.serializers.eventstream import event_body, json_body
from overcast_kinesis import ids, throttle
from overcast_kinesis.provider import KinesisProvider, ProviderSettings
from overcast_kinesis.validation import validate

from .conftest import FAST, Opener, context


async def make(provider: KinesisProvider, ctx: RequestContext, name: str = "s", shards: int = 1) -> None:
    await provider.create_stream(ctx, stream_name=name, shard_count=shards)


async def read_all(provider: KinesisProvider, ctx: RequestContext, name: str, shard: str) -> dict[str, Any]:
    it = await provider.get_shard_iterator(
        ctx, stream_name=name, shard_id=shard, shard_iterator_type="TRIM_HORIZON"
    )
    records: list[dict[str, Any]] = []
    iterator: str | None = it["ShardIterator"]
    last: dict[str, Any] = {}
    while iterator is not None:
        last = dict(await provider.get_records(ctx, shard_iterator=iterator))
        records += last["Records"]
        iterator = last.get("NextShardIterator")
        if not last["Records"] and last["MillisBehindLatest"] == 0 and iterator is not None:
            break
    return {"records": records, "last": last}


# --- ids ------------------------------------------------------------------------------------------------


def test_hash_key_is_md5_of_the_partition_key() -> None:
    assert ids.hash_key("user") == int(hashlib.md5(b"user").hexdigest(), 16)


def test_uniform_ranges_cover_the_space() -> None:
    ranges = ids.uniform_ranges(3)
    assert ranges[0][0] == 0 and ranges[-1][1] == ids.MAX_HASH_KEY
    assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(ranges))
    assert ids.uniform_ranges(2)[1][0] == 170141183460469231731687303715884105728  # AWS's split point


def test_sequence_numbers_sort_as_numbers_and_round_trip() -> None:
    numbers = [ids.sequence_number(3, p, 1234) for p in (0, 1, 9, 10, 10**12)]
    assert all(len(n) == 56 for n in numbers)
    assert sorted(numbers, key=int) == numbers == sorted(numbers)
    assert ids.parse_sequence_number(numbers[2]) == ids.Sequence(3, 9, 1234)
    assert ids.parse_sequence_number("12") is None


def test_iterators_round_trip_and_reject_forgeries() -> None:
    it = ids.Iterator("00112233aabbccdd", 5, 42, 1_700_000_000_000)
    encoded = ids.encode_iterator(it)
    assert ids.decode_iterator(encoded) == it
    assert ids.decode_iterator(encoded[:-4] + "AAAA") is None
    assert ids.decode_iterator("not base64!") is None


def test_validation_messages_are_aws_shaped() -> None:
    with pytest.raises(ValidationException) as info:
        validate("CreateStream", {"StreamName": "bad name!", "ShardCount": 0})
    assert str(info.value).startswith("2 validation errors detected: ")
    assert (
        "Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular "
        in str(info.value)
    )
    assert (
        "at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1"
        in str(info.value)
    )


# --- records --------------------------------------------------------------------------------------------


async def test_put_and_get_on_both_backends(any_provider: KinesisProvider, ctx: RequestContext) -> None:
    p = any_provider
    await make(p, ctx, shards=2)
    sent: dict[str, list[tuple[str, bytes]]] = {}
    for i in range(20):
        r = await p.put_record(ctx, stream_name="s", data=f"r{i}".encode(), partition_key=f"k{i}")
        sent.setdefault(r["ShardId"], []).append((r["SequenceNumber"], f"r{i}".encode()))
    batch = await p.put_records(
        ctx, stream_name="s", records=[{"Data": f"b{i}".encode(), "PartitionKey": f"k{i}"} for i in range(10)]
    )
    assert batch["FailedRecordCount"] == 0
    for i, entry in enumerate(batch["Records"]):
        sent.setdefault(entry["ShardId"], []).append((entry["SequenceNumber"], f"b{i}".encode()))
    for shard_id, expected in sent.items():
        got = await read_all(p, ctx, "s", shard_id)
        assert [(r["SequenceNumber"], r["Data"]) for r in got["records"]] == expected
        assert all(r["PartitionKey"].startswith("k") for r in got["records"])


async def test_routing_follows_the_md5_hash(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx, shards=4)
    ranges = ids.uniform_ranges(4)
    for key in ("a", "user", "zzz", "42"):
        r = await provider.put_record(ctx, stream_name="s", data=b"x", partition_key=key)
        expected = next(i for i, (lo, hi) in enumerate(ranges) if lo <= ids.hash_key(key) <= hi)
        assert r["ShardId"] == ids.shard_id(expected)


async def test_get_records_limit_and_millis_behind(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    for i in range(5):
        await provider.put_record(ctx, stream_name="s", data=bytes([i]), partition_key="k")
    it = await provider.get_shard_iterator(
        ctx, stream_name="s", shard_id="shardId-000000000000", shard_iterator_type="TRIM_HORIZON"
    )
    first = await provider.get_records(ctx, shard_iterator=it["ShardIterator"], limit=2)
    assert [r["Data"] for r in first["Records"]] == [b"\x00", b"\x01"]
    assert first["MillisBehindLatest"] >= 0
    rest = await provider.get_records(ctx, shard_iterator=first["NextShardIterator"])
    assert [r["Data"] for r in rest["Records"]] == [b"\x02", b"\x03", b"\x04"]
    assert rest["MillisBehindLatest"] == 0
    empty = await provider.get_records(ctx, shard_iterator=rest["NextShardIterator"])
    assert empty["Records"] == [] and "NextShardIterator" in empty


async def test_iterators_expire(opener: Opener, ctx: RequestContext) -> None:
    provider = await opener(ProviderSettings(status_delay_ms=0, throughput_limits=False, iterator_ttl_ms=50))
    await make(provider, ctx)
    it = await provider.get_shard_iterator(
        ctx, stream_name="s", shard_id="shardId-000000000000", shard_iterator_type="LATEST"
    )
    await asyncio.sleep(0.1)
    with pytest.raises(ExpiredIteratorException, match="Iterator expired"):
        await provider.get_records(ctx, shard_iterator=it["ShardIterator"])


async def test_record_limits(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    with pytest.raises(ValidationException, match="less than or equal to 1048576"):
        await provider.put_record(ctx, stream_name="s", data=b"x" * (1 << 20 | 1), partition_key="k")
    with pytest.raises(ValidationException, match="partitionKey"):
        await provider.put_record(ctx, stream_name="s", data=b"x", partition_key="k" * 257)
    with pytest.raises(ValidationException, match="records"):
        await provider.put_records(ctx, stream_name="s", records=[{"Data": b"", "PartitionKey": "k"}] * 501)
    with pytest.raises(InvalidArgumentException, match="5 MB"):
        await provider.put_records(
            ctx, stream_name="s", records=[{"Data": b"x" * (1 << 20), "PartitionKey": "k"}] * 6
        )
    with pytest.raises(InvalidArgumentException, match="ExplicitHashKey"):
        await provider.put_record(
            ctx, stream_name="s", data=b"x", partition_key="k", explicit_hash_key=str(1 << 128)
        )


async def test_throughput_limits_per_shard(
    opener: Opener, ctx: RequestContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the limits count per clock second: one frozen second, so a slow host cannot spread the calls over two
    monkeypatch.setattr(throttle, "time", SimpleNamespace(monotonic=lambda: 1000.5))
    provider = await opener(ProviderSettings(status_delay_ms=0, throughput_limits=True))
    await make(provider, ctx)
    # 1 MiB/s in: one full-size record fits, the second in the same second does not
    big = b"x" * ((1 << 20) - 1)
    failures = 0
    for _ in range(2):
        try:
            await provider.put_record(ctx, stream_name="s", data=big, partition_key="k")
        except ProvisionedThroughputExceededException as exc:
            assert "Rate exceeded for shard shardId-000000000000 in stream s" in str(exc)
            failures += 1
    assert failures >= 1
    batch = await provider.put_records(
        ctx, stream_name="s", records=[{"Data": b"y", "PartitionKey": "k"}] * 3
    )
    codes = {r.get("ErrorCode") for r in batch["Records"]}
    assert batch["FailedRecordCount"] >= 1 and "ProvisionedThroughputExceededException" in codes
    # 5 GetRecords a second
    it = await provider.get_shard_iterator(
        ctx, stream_name="s", shard_id="shardId-000000000000", shard_iterator_type="LATEST"
    )
    with pytest.raises(ProvisionedThroughputExceededException):
        for _ in range(7):
            await provider.get_records(ctx, shard_iterator=it["ShardIterator"])


async def test_status_moves_from_creating_to_active(opener: Opener, ctx: RequestContext) -> None:
    provider = await opener(ProviderSettings(status_delay_ms=150, throughput_limits=False))
    await make(provider, ctx)
    summary = await provider.describe_stream_summary(ctx, stream_name="s")
    assert summary["StreamDescriptionSummary"]["StreamStatus"] == "CREATING"
    with pytest.raises(ResourceNotFoundException):
        await provider.put_record(ctx, stream_name="s", data=b"x", partition_key="k")
    await asyncio.sleep(0.2)
    summary = await provider.describe_stream_summary(ctx, stream_name="s")
    assert summary["StreamDescriptionSummary"]["StreamStatus"] == "ACTIVE"
    await provider.split_shard(
        ctx, stream_name="s", shard_to_split="shardId-000000000000", new_starting_hash_key="5"
    )
    assert (await provider.describe_stream(ctx, stream_name="s"))["StreamDescription"][
        "StreamStatus"
    ] == "UPDATING"
    with pytest.raises(ResourceInUseException):
        await provider.split_shard(
            ctx, stream_name="s", shard_to_split="shardId-000000000001", new_starting_hash_key="2"
        )


# --- resharding -----------------------------------------------------------------------------------------


async def test_split_and_merge_lineage_and_child_shards(
    any_provider: KinesisProvider, ctx: RequestContext
) -> None:
    p = any_provider
    await make(p, ctx)
    for i in range(5):
        await p.put_record(ctx, stream_name="s", data=f"a{i}".encode(), partition_key=str(i))
    half = str(1 << 127)
    await p.split_shard(
        ctx, stream_name="s", shard_to_split="shardId-000000000000", new_starting_hash_key=half
    )
    parent = await read_all(p, ctx, "s", "shardId-000000000000")
    assert [r["Data"] for r in parent["records"]] == [f"a{i}".encode() for i in range(5)]
    assert "NextShardIterator" not in parent["last"]
    assert [c["ShardId"] for c in parent["last"]["ChildShards"]] == [
        "shardId-000000000001",
        "shardId-000000000002",
    ]
    assert parent["last"]["ChildShards"][1]["HashKeyRange"]["StartingHashKey"] == half
    await p.merge_shards(
        ctx,
        stream_name="s",
        shard_to_merge="shardId-000000000001",
        adjacent_shard_to_merge="shardId-000000000002",
    )
    shards = (await p.list_shards(ctx, stream_name="s"))["Shards"]
    merged = shards[-1]
    assert merged["ParentShardId"] == "shardId-000000000001"
    assert merged["AdjacentParentShardId"] == "shardId-000000000002"
    assert merged["HashKeyRange"] == {"StartingHashKey": "0", "EndingHashKey": str(ids.MAX_HASH_KEY)}
    closed = shards[0]["SequenceNumberRange"]
    assert int(closed["EndingSequenceNumber"]) > int(closed["StartingSequenceNumber"])
    with pytest.raises(InvalidArgumentException, match="not eligible"):
        await p.split_shard(
            ctx, stream_name="s", shard_to_split="shardId-000000000000", new_starting_hash_key="9"
        )


async def test_reshard_errors(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx, shards=3)
    with pytest.raises(InvalidArgumentException, match="adjacent"):
        await provider.merge_shards(
            ctx,
            stream_name="s",
            shard_to_merge="shardId-000000000000",
            adjacent_shard_to_merge="shardId-000000000002",
        )
    with pytest.raises(InvalidArgumentException, match="NewStartingHashKey"):
        await provider.split_shard(
            ctx, stream_name="s", shard_to_split="shardId-000000000000", new_starting_hash_key="0"
        )
    with pytest.raises(ResourceNotFoundException):
        await provider.split_shard(
            ctx, stream_name="s", shard_to_split="shardId-000000000009", new_starting_hash_key="5"
        )
    with pytest.raises(InvalidArgumentException, match="between half and double"):
        await provider.update_shard_count(
            ctx, stream_name="s", target_shard_count=7, scaling_type="UNIFORM_SCALING"
        )


async def test_uniform_scaling_keeps_lineage_readable(provider: KinesisProvider, ctx: RequestContext) -> None:
    """5 -> 3 -> 6: every shard has at most two parents, and a reader that finishes parents first
    gets every record once, each partition key's records in order."""
    await make(provider, ctx, shards=5)
    written: dict[str, list[bytes]] = {}

    async def put(phase: str) -> None:
        for i in range(40):
            data = f"{phase}-{i}".encode()
            await provider.put_record(ctx, stream_name="s", data=data, partition_key=f"k{i}")
            written.setdefault(f"k{i}", []).append(data)

    await put("a")
    await provider.update_shard_count(
        ctx, stream_name="s", target_shard_count=3, scaling_type="UNIFORM_SCALING"
    )
    await put("b")
    await provider.update_shard_count(
        ctx, stream_name="s", target_shard_count=6, scaling_type="UNIFORM_SCALING"
    )
    await put("c")
    shards = {s["ShardId"]: s for s in (await provider.list_shards(ctx, stream_name="s"))["Shards"]}
    open_ranges = [
        (int(s["HashKeyRange"]["StartingHashKey"]), int(s["HashKeyRange"]["EndingHashKey"]))
        for s in (await provider.list_shards(ctx, stream_name="s", shard_filter={"Type": "AT_LATEST"}))[
            "Shards"
        ]
    ]
    assert sorted(open_ranges) == ids.uniform_ranges(6)
    done: set[str] = set()
    got: dict[str, list[bytes]] = {}
    while len(done) < len(shards):
        ready = [
            sid
            for sid, shard in shards.items()
            if sid not in done
            and all(shard.get(k) in done for k in ("ParentShardId", "AdjacentParentShardId") if shard.get(k))
        ]
        assert ready
        for sid in ready:
            for record in (await read_all(provider, ctx, "s", sid))["records"]:
                got.setdefault(record["PartitionKey"], []).append(record["Data"])
            done.add(sid)
    assert got == written


async def test_update_shard_count_and_shard_filters(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx, shards=2)
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    out = await provider.update_shard_count(
        ctx, stream_name="s", target_shard_count=4, scaling_type="UNIFORM_SCALING"
    )
    assert out["CurrentShardCount"] == 2 and out["TargetShardCount"] == 4
    listing = (await provider.list_shards(ctx, stream_name="s"))["Shards"]
    assert len(listing) == 6
    children = listing[2:]
    assert [c["ParentShardId"] for c in children] == [ids.shard_id(0)] * 2 + [ids.shard_id(1)] * 2

    async def listed(**flt: Any) -> list[str]:
        return [
            s["ShardId"]
            for s in (await provider.list_shards(ctx, stream_name="s", shard_filter=flt))["Shards"]  # type: ignore[arg-type]
        ]

    assert await listed(Type="AT_LATEST") == [ids.shard_id(i) for i in range(2, 6)]
    assert await listed(Type="AT_TRIM_HORIZON") == [ids.shard_id(0), ids.shard_id(1)]
    assert await listed(Type="FROM_TRIM_HORIZON") == [ids.shard_id(i) for i in range(6)]
    assert await listed(Type="AT_TIMESTAMP", Timestamp=before) == [ids.shard_id(0), ids.shard_id(1)]
    assert await listed(Type="AFTER_SHARD_ID", ShardId=ids.shard_id(3)) == [ids.shard_id(4), ids.shard_id(5)]
    page = await provider.list_shards(ctx, stream_name="s", max_results=4)
    assert len(page["Shards"]) == 4 and "NextToken" in page
    rest = await provider.list_shards(ctx, next_token=page["NextToken"], max_results=4)
    assert [s["ShardId"] for s in rest["Shards"]] == [
        ids.shard_id(4),
        ids.shard_id(5),
    ] and "NextToken" not in rest
    with pytest.raises(InvalidArgumentException):
        await provider.list_shards(ctx, stream_name="s", next_token=page["NextToken"])


# --- retention, restart, limits ---------------------------------------------------------------------------


async def test_retention_bounds_and_expiry(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    with pytest.raises(InvalidArgumentException, match="Minimum allowed retention period is 24 hours"):
        await provider.decrease_stream_retention_period(ctx, stream_name="s", retention_period_hours=23)
    with pytest.raises(InvalidArgumentException, match="too long"):
        await provider.increase_stream_retention_period(ctx, stream_name="s", retention_period_hours=8761)
    await provider.increase_stream_retention_period(ctx, stream_name="s", retention_period_hours=8760)
    info = await provider.log.describe_topic(provider._streams[("000000000000", "us-east-1", "s")].topic(0))
    assert info is not None and info.retention_ms == 8760 * 3600 * 1000
    with pytest.raises(InvalidArgumentException, match="can not be shorter"):
        await provider.increase_stream_retention_period(ctx, stream_name="s", retention_period_hours=48)
    await provider.decrease_stream_retention_period(ctx, stream_name="s", retention_period_hours=24)
    # expiry is the log's: a record older than the topic's retention is never returned again
    await provider.put_record(ctx, stream_name="s", data=b"old", partition_key="k")
    stream = provider._streams[("000000000000", "us-east-1", "s")]
    await provider.log.set_retention(stream.topic(0), 1)
    await asyncio.sleep(0.01)
    assert (await read_all(provider, ctx, "s", "shardId-000000000000"))["records"] == []


async def test_closed_shards_expire_with_retention(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    await provider.put_record(ctx, stream_name="s", data=b"x", partition_key="k")
    await provider.split_shard(
        ctx, stream_name="s", shard_to_split="shardId-000000000000", new_starting_hash_key="5"
    )
    assert await provider.expire_shards() == 0
    stream = provider._streams[("000000000000", "us-east-1", "s")]
    stream.shards[0].closed_ms = 1  # closed long before the 24-hour horizon
    assert await provider.expire_shards() == 1
    listed = [s["ShardId"] for s in (await provider.list_shards(ctx, stream_name="s"))["Shards"]]
    assert listed == [ids.shard_id(1), ids.shard_id(2)]
    assert sorted(await provider.log.list_topics()) == [stream.topic(1), stream.topic(2)]
    children = (await provider.describe_stream(ctx, stream_name="s"))["StreamDescription"]["Shards"]
    assert children[0]["ParentShardId"] == ids.shard_id(0)


async def test_state_survives_a_restart(opener: Opener, ctx: RequestContext) -> None:
    first = await opener()
    await make(first, ctx, shards=2)
    await first.add_tags_to_stream(ctx, stream_name="s", tags={"team": "data"})
    r = await first.put_record(ctx, stream_name="s", data=b"kept", partition_key="k")
    await first.split_shard(
        ctx, stream_name="s", shard_to_split="shardId-000000000000", new_starting_hash_key="7"
    )
    arn = (await first.describe_stream_summary(ctx, stream_name="s"))["StreamDescriptionSummary"]["StreamARN"]
    consumer = (await first.register_stream_consumer(ctx, stream_arn=arn, consumer_name="c"))["Consumer"]
    second = await opener()
    summary = (await second.describe_stream_summary(ctx, stream_name="s"))["StreamDescriptionSummary"]
    assert summary["OpenShardCount"] == 3 and summary["ConsumerCount"] == 1
    assert (await second.list_tags_for_stream(ctx, stream_name="s"))["Tags"] == [
        {"Key": "team", "Value": "data"}
    ]
    it = await second.get_shard_iterator(
        ctx, stream_name="s", shard_id=r["ShardId"], shard_iterator_type="AT_SEQUENCE_NUMBER",
        starting_sequence_number=r["SequenceNumber"],
    )  # fmt: skip
    got = await second.get_records(ctx, shard_iterator=it["ShardIterator"])
    assert got["Records"][0]["Data"] == b"kept"
    assert (await second.describe_stream_consumer(ctx, consumer_arn=consumer["ConsumerARN"]))[
        "ConsumerDescription"
    ]["ConsumerName"] == "c"


async def test_shard_limit_and_describe_limits(opener: Opener, ctx: RequestContext) -> None:
    provider = await opener(ProviderSettings(status_delay_ms=0, throughput_limits=False, shard_limit=5))
    await make(provider, ctx, "a", 3)
    with pytest.raises(LimitExceededException, match="shard limit"):
        await make(provider, ctx, "b", 3)
    limits = await provider.describe_limits(ctx)
    assert limits["ShardLimit"] == 5 and limits["OpenShardCount"] == 3
    other = context(account="111111111111")
    await make(provider, other, "a", 3)  # limits and names are per account
    assert (await provider.list_streams(ctx))["StreamNames"] == ["a"]


async def test_names_and_arns_address_the_same_stream(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s"
    r = await provider.put_record(ctx, stream_arn=arn, data=b"x", partition_key="k")
    assert r["ShardId"] == "shardId-000000000000"
    with pytest.raises(ResourceNotFoundException, match="Stream t under account 000000000000 not found"):
        await provider.describe_stream_summary(
            ctx, stream_arn="arn:aws:kinesis:us-east-1:000000000000:stream/t"
        )
    with pytest.raises(ValidationException):
        await provider.describe_stream_summary(ctx, stream_name="no spaces")
    assert provider.resource_arns(ctx, "PutRecord", {"StreamName": "s"}) == [arn]


async def test_delete_stream_with_consumers(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s"
    await provider.register_stream_consumer(ctx, stream_arn=arn, consumer_name="c")
    with pytest.raises(ResourceInUseException):
        await provider.register_stream_consumer(ctx, stream_arn=arn, consumer_name="c")
    with pytest.raises(ResourceInUseException):
        await provider.delete_stream(ctx, stream_name="s")
    await provider.delete_stream(ctx, stream_name="s", enforce_consumer_deletion=True)
    assert await provider.log.list_topics() == []
    await make(provider, ctx)  # the name is free again, with new topics
    assert (await provider.list_stream_consumers(ctx, stream_arn=arn))["Consumers"] == []


async def test_account_settings_and_policies(provider: KinesisProvider, ctx: RequestContext) -> None:
    assert (await provider.describe_account_settings(ctx))["MinimumThroughputBillingCommitment"][
        "Status"
    ] == "DISABLED"
    enabled = await provider.update_account_settings(
        ctx, minimum_throughput_billing_commitment={"Status": "ENABLED"}
    )
    assert enabled["MinimumThroughputBillingCommitment"]["Status"] == "ENABLED"
    ended = await provider.update_account_settings(
        ctx, minimum_throughput_billing_commitment={"Status": "DISABLED"}
    )
    assert ended["MinimumThroughputBillingCommitment"]["Status"] == "ENABLED_UNTIL_EARLIEST_ALLOWED_END"
    await make(provider, ctx)
    arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s"
    with pytest.raises(InvalidArgumentException):
        await provider.put_resource_policy(ctx, resource_arn=arn, policy="not json")
    await provider.put_resource_policy(ctx, resource_arn=arn, policy='{"Statement": []}')
    assert (await provider.get_resource_policy(ctx, resource_arn=arn))["Policy"] == '{"Statement": []}'
    await provider.delete_resource_policy(ctx, resource_arn=arn)
    assert (await provider.get_resource_policy(ctx, resource_arn=arn))["Policy"] == "{}"


# --- enhanced fan-out -------------------------------------------------------------------------------------


async def test_subscribe_events_survive_the_codec_in_chunks(
    provider: KinesisProvider, ctx: RequestContext
) -> None:
    """The framed event stream, split into arbitrary chunks (as gRPC dispatch may), still serializes to
    one event-stream message per event."""
    await make(provider, ctx)
    arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s"
    consumer = (await provider.register_stream_consumer(ctx, stream_arn=arn, consumer_name="c"))["Consumer"]
    for i in range(3):
        await provider.put_record(ctx, stream_name="s", data=f"e{i}".encode(), partition_key="k")
    out = await provider.subscribe_to_shard(
        ctx, consumer_arn=consumer["ConsumerARN"], shard_id="shardId-000000000000",
        starting_position={"Type": "TRIM_HORIZON"},
    )  # fmt: skip
    frames: Any = out["EventStream"]
    first: bytes = await frames.__anext__()

    async def chunked() -> Any:
        for i in range(0, len(first), 7):
            yield first[i : i + 7]

    shape = operation_model("kinesis", "SubscribeToShard").output_shape
    assert isinstance(shape, StructureShape)
    stream_shape = shape.members["EventStream"]
    assert isinstance(stream_shape, StructureShape)
    encoded = [m async for m in event_body(stream_shape, chunked(), json_body(_Builder()))]
    assert len(encoded) == 1 and b"SubscribeToShardEvent" in encoded[0] and b"ZTA=" in encoded[0]
    with pytest.raises(ResourceInUseException):
        await provider.subscribe_to_shard(
            ctx, consumer_arn=consumer["ConsumerARN"], shard_id="shardId-000000000000",
            starting_position={"Type": "LATEST"},
        )  # fmt: skip
    await frames.aclose()
    assert provider._subscriptions == {}


class _Builder:
    """A minimal JSON document builder for the test (the real one is the json serializer's)."""

    def structure(self, shape: StructureShape, value: Any) -> Any:
        import base64

        def plain(v: Any) -> Any:
            if isinstance(v, bytes):
                return base64.b64encode(v).decode()
            if isinstance(v, datetime):
                return v.timestamp()
            if isinstance(v, dict):
                return {k: plain(x) for k, x in v.items()}
            if isinstance(v, list):
                return [plain(x) for x in v]
            return v

        return plain(value)


async def test_subscription_ends_with_child_shards(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    arn = "arn:aws:kinesis:us-east-1:000000000000:stream/s"
    consumer = (await provider.register_stream_consumer(ctx, stream_arn=arn, consumer_name="c"))["Consumer"]
    await provider.put_record(ctx, stream_name="s", data=b"last", partition_key="k")
    await provider.split_shard(
        ctx, stream_name="s", shard_to_split="shardId-000000000000", new_starting_hash_key="9"
    )
    events = provider._events(
        provider._streams[("000000000000", "us-east-1", "s")],
        provider._streams[("000000000000", "us-east-1", "s")].shards[0],
        0,
        (consumer["ConsumerARN"], 0),
    )
    seen = [e async for e in events]
    assert len(seen) == 1
    event = seen[0]["SubscribeToShardEvent"]
    assert [r["Data"] for r in event["Records"]] == [b"last"]
    assert [c["ShardId"] for c in event["ChildShards"]] == [ids.shard_id(1), ids.shard_id(2)]


async def test_at_timestamp_iterator(provider: KinesisProvider, ctx: RequestContext) -> None:
    await make(provider, ctx)
    await provider.put_record(ctx, stream_name="s", data=b"early", partition_key="k")
    await asyncio.sleep(0.02)
    middle = datetime.now(UTC)
    await asyncio.sleep(0.02)
    await provider.put_record(ctx, stream_name="s", data=b"late", partition_key="k")
    it = await provider.get_shard_iterator(
        ctx, stream_name="s", shard_id="0", shard_iterator_type="AT_TIMESTAMP", timestamp=middle
    )
    got = await provider.get_records(ctx, shard_iterator=it["ShardIterator"])
    assert [r["Data"] for r in got["Records"]] == [b"late"]
    future = middle + timedelta(hours=1)
    it = await provider.get_shard_iterator(
        ctx, stream_name="s", shard_id="0", shard_iterator_type="AT_TIMESTAMP", timestamp=future
    )
    assert (await provider.get_records(ctx, shard_iterator=it["ShardIterator"]))["Records"] == []


def test_fast_settings_are_fast() -> None:
    assert FAST.status_delay_ms == 0 and not FAST.throughput_limits
