"""Partitioned dispatch: a bucket's owner among S3 replicas, and the dispatcher that routes to it."""

from __future__ import annotations

from collections import Counter

import pytest
from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Params
from overcast_common.dispatch.partitioned import (
    Partition,
    PartitionedDispatcher,
    keyed_token,
    owner,
    partition_key,
    token_body,
    token_key,
)
from overcast_common.errors import ServiceUnavailable
from overcast_common.peers import Peers

KEYS = [f"bucket-{i}" for i in range(3000)]


def test_owner_is_stable_balanced_and_moves_few_keys_when_a_replica_is_added() -> None:
    assert owner("anything", 1) == 0 and owner("anything", 0) == 0
    three = {k: owner(k, 3) for k in KEYS}
    assert three == {k: owner(k, 3) for k in KEYS}  # a pure function
    counts = Counter(three.values())
    assert set(counts) == {0, 1, 2} and min(counts.values()) > len(KEYS) / 3 * 0.85
    four = {k: owner(k, 4) for k in KEYS}
    moved = [k for k in KEYS if four[k] != three[k]]
    assert all(four[k] == 3 for k in moved)  # only to the new replica
    assert 0.18 < len(moved) / len(KEYS) < 0.32  # about a quarter


def test_partition_from_env() -> None:
    env = {"OVERCAST_SERVICE_ADDRESS_S3": "a:1,b:2,c:3", "OVERCAST_REPLICA_INDEX": "2"}
    part = Partition.from_env("s3", env)
    assert part == Partition(2, 3)
    assert [k for k in KEYS if part.owns(k)] == [k for k in KEYS if owner(k, 3) == 2]
    assert Partition.from_env("s3", {}).owns("x")  # embedded: everything
    assert Partition.from_env(
        "s3", {"OVERCAST_SERVICE_ADDRESS_S3": "a:1", "OVERCAST_REPLICA_INDEX": "0"}
    ) == (Partition())
    with pytest.raises(ValueError, match="has 3 replicas"):
        Partition.from_env("s3", {**env, "OVERCAST_REPLICA_INDEX": "3"})


class Replica:
    def __init__(self, name: str, up: bool = True) -> None:
        self.name, self.up, self.calls = name, up, 0

    async def invoke(self, context: RequestContext, params: Params) -> Params:
        self.calls += 1
        if not self.up:
            raise ServiceUnavailable(f"{self.name} is down")
        return {"replica": self.name}

    async def close(self) -> None:
        pass


def context() -> RequestContext:
    return RequestContext(request_id="r", service="s3", operation="GetObject", region="us-east-1")


async def test_calls_go_to_the_owner_and_keyless_calls_to_any_live_replica() -> None:
    replicas = [Replica("r0"), Replica("r1")]
    key_of = partition_key("s3")
    assert key_of is not None and partition_key("sqs") is None and partition_key("sts") is None
    dispatcher = PartitionedDispatcher(["a:1", "b:2"], replicas, key_of)
    for key in KEYS[:50]:
        got = await dispatcher.invoke(context(), {"Bucket": key, "Key": "k"})
        assert got == {"replica": f"r{owner(key, 2)}"}
    replicas[1].up = False
    on1 = next(k for k in KEYS if owner(k, 2) == 1)
    with pytest.raises(ServiceUnavailable):
        await dispatcher.invoke(context(), {"Bucket": on1})
    for _ in range(4):  # ListBuckets: the dead replica is skipped
        assert await dispatcher.invoke(context(), {}) == {"replica": "r0"}


def test_peers_partition_s3_but_not_the_others() -> None:
    peers = Peers(
        {
            "OVERCAST_SERVICE_ADDRESS_S3": "127.0.0.1:1,127.0.0.1:2",
            "OVERCAST_SERVICE_ADDRESS_SQS": "127.0.0.1:3,127.0.0.1:4",
        }
    )
    assert isinstance(peers.dispatcher("s3"), PartitionedDispatcher)
    assert peers.dispatcher("s3") is peers.dispatcher("s3")
    assert not isinstance(peers.dispatcher("sqs"), PartitionedDispatcher)


def test_kinesis_calls_name_their_stream_by_name_arn_consumer_or_token() -> None:
    key_of = partition_key("kinesis")
    assert key_of is not None
    arn = "arn:aws:kinesis:us-east-1:000000000000:stream/orders.v2"
    consumer = f"{arn}/consumer/app:1700000000"
    assert key_of("PutRecord", {"StreamName": "orders.v2", "Data": b"x"}) == "orders.v2"
    assert key_of("PutRecord", {"StreamARN": arn}) == "orders.v2"
    assert key_of("SubscribeToShard", {"ConsumerARN": consumer, "ShardId": "1"}) == "orders.v2"
    assert key_of("DescribeStreamConsumer", {"StreamARN": arn, "ConsumerName": "app"}) == "orders.v2"
    assert key_of("PutResourcePolicy", {"ResourceARN": consumer, "Policy": "{}"}) == "orders.v2"
    iterator = keyed_token("orders.v2", "AAEC+/8=")
    assert key_of("GetRecords", {"ShardIterator": iterator}) == "orders.v2"
    assert token_body(iterator) == "AAEC+/8=" and token_body("AAEC+/8=") == "AAEC+/8="
    assert key_of("GetRecords", {"ShardIterator": "AAEC+/8="}) is None  # not keyed: any replica
    assert key_of("ListShards", {"NextToken": keyed_token("s", "eyJ9")}) == "s"
    # unscoped: any replica answers from the shared metadata
    assert key_of("ListStreams", {"ExclusiveStartStreamName": "a", "NextToken": "YQ=="}) is None
    assert key_of("DescribeLimits", {}) is None


def test_sns_and_firehose_calls_name_their_topic_or_delivery_stream() -> None:
    sns, firehose = partition_key("sns"), partition_key("firehose")
    assert sns is not None and firehose is not None
    topic = "arn:aws:sns:us-east-1:000000000000:news.fifo"
    assert sns("CreateTopic", {"Name": "news.fifo"}) == "news.fifo"
    assert sns("Publish", {"TopicArn": topic, "Message": "m"}) == "news.fifo"
    assert sns("Publish", {"TargetArn": topic, "Message": "m"}) == "news.fifo"
    assert sns("Unsubscribe", {"SubscriptionArn": f"{topic}:0b7c2f9e-1111"}) == "news.fifo"
    assert sns("overcast:ConfirmSubscription", {"TopicArn": topic, "Token": "t"}) == "news.fifo"
    assert sns("TagResource", {"ResourceArn": topic, "Tags": []}) == "news.fifo"
    endpoint = "arn:aws:sns:us-east-1:000000000000:endpoint/GCM/app/0b7c2f9e"
    assert sns("Publish", {"TargetArn": endpoint, "Message": "m"}) is None
    assert sns("CreatePlatformApplication", {"Name": "app"}) is None
    assert sns("ListTopics", {}) is None and sns("Publish", {"PhoneNumber": "+15550100"}) is None
    assert firehose("PutRecordBatch", {"DeliveryStreamName": "ds", "Records": []}) == "ds"
    assert firehose("ListDeliveryStreams", {}) is None


@pytest.mark.parametrize("key", ["plain", "with.dots-and_ü", "x" * 128])
def test_keyed_tokens_round_trip(key: str) -> None:
    token = keyed_token(key, "body.with.dots")
    assert token_key(token) == key and token_body(token) == "body.with.dots"
    assert token_key("no-separator") is None and token_key(".x") is None


def test_partition_namespace_keeps_the_first_replicas_name() -> None:
    assert Partition().namespace("sns") == "sns" and not Partition().partitioned
    assert Partition(1, 3).namespace("sns") == "sns-2" and Partition(1, 3).partitioned
