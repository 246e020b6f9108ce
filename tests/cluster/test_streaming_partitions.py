"""Kinesis, SNS and Firehose with two replicas each: streams, topics and delivery streams partitioned.

Each replica owns the keys rendezvous hashing gives its index (``overcast_common.dispatch.partitioned``):
the gateway and ``peers`` route every call about a key to its owner (by name, ARN, consumer or
subscription ARN, or the key inside a shard iterator / page token), and account-wide calls
(``ListStreams``, ``ListTopics``…) answer from the shared metadata on any replica. Losing one replica
makes exactly its keys answer 503.

One cluster for the module: starting it is most of the cost. The last test stops one replica of each.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cluster_helpers import client, gateway_statuses, gateway_trouble, start_cluster
from overcast_common.dispatch.partitioned import owner

from overcast.cluster import Cluster

pytestmark = pytest.mark.timeout(300)

STREAMS = [f"kin-{i}" for i in range(6)]
TOPICS = [f"top-{i}" for i in range(6)]
DELIVERY = [f"fh-{i}" for i in range(4)]
BUCKET = "fh-target"
ROLE = "arn:aws:iam::000000000000:role/firehose"
DEADLINE_S = 60.0


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    for keys in (STREAMS, TOPICS, DELIVERY):
        assert {owner(k, 2) for k in keys} == {0, 1}, "the test's keys must land on both replicas"
    started = start_cluster(
        tmp_path_factory.mktemp("streaming"),
        services=("sts", "sqs", "s3", "kinesis", "sns", "firehose"),
        replicas={"kinesis": 2, "sns": 2, "firehose": 2},
        tracing=False,
        extra_env={
            "OVERCAST_S3_FSYNC": "0",
            "OVERCAST_KINESIS_STATUS_DELAY_MS": "0",
            "OVERCAST_FIREHOSE_MAX_INTERVAL_S": "1",
            "OVERCAST_FIREHOSE_KINESIS_POLL_S": "0.2",
        },
    )
    try:
        yield started
    finally:
        started.down(grace=5, purge=True)


def test_every_replica_knows_its_index(cluster: Cluster) -> None:
    for service in ("kinesis", "sns", "firehose"):
        first, second = cluster.get(service), cluster.get(f"{service}-2")
        assert first.env["OVERCAST_REPLICA_INDEX"] == "0" and second.env["OVERCAST_REPLICA_INDEX"] == "1"


def test_kinesis_streams_on_both_replicas_work_end_to_end(cluster: Cluster) -> None:
    kinesis = client(cluster.endpoint, "kinesis")
    for name in STREAMS:
        kinesis.create_stream(StreamName=name, ShardCount=2)
    for name in STREAMS:
        arn = kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]["StreamARN"]
        sent = [f"{name}-{i}".encode() for i in range(10)]
        put = kinesis.put_records(
            StreamARN=arn, Records=[{"Data": d, "PartitionKey": d.decode()} for d in sent]
        )
        assert put["FailedRecordCount"] == 0
        # ListShards' second page names no stream: its token routes to the owner
        first = kinesis.list_shards(StreamName=name, MaxResults=1)
        shards = [first["Shards"][0]["ShardId"]]
        shards += [s["ShardId"] for s in kinesis.list_shards(NextToken=first["NextToken"])["Shards"]]
        assert len(shards) == 2
        iterators = [
            kinesis.get_shard_iterator(StreamName=name, ShardId=shard, ShardIteratorType="TRIM_HORIZON")[
                "ShardIterator"
            ]
            for shard in shards
        ]
        got: list[bytes] = []
        deadline = time.monotonic() + DEADLINE_S
        while len(got) < len(sent) and time.monotonic() < deadline:
            for n, iterator in enumerate(iterators):  # GetRecords names no stream: the iterator routes it
                page = kinesis.get_records(ShardIterator=iterator)
                got += [r["Data"] for r in page["Records"]]
                iterators[n] = page["NextShardIterator"]
            if len(got) < len(sent):
                time.sleep(0.25)  # within GetRecords' 5 calls per second per shard
        assert sorted(got) == sorted(sent), name
    # a consumer (addressed by its own ARN) lives with its stream
    on1 = next(s for s in STREAMS if owner(s, 2) == 1)
    arn = kinesis.describe_stream_summary(StreamName=on1)["StreamDescriptionSummary"]["StreamARN"]
    consumer = kinesis.register_stream_consumer(StreamARN=arn, ConsumerName="app")["Consumer"]
    described = kinesis.describe_stream_consumer(ConsumerARN=consumer["ConsumerARN"])
    assert described["ConsumerDescription"]["ConsumerName"] == "app"
    kinesis.put_resource_policy(
        ResourceARN=consumer["ConsumerARN"], Policy=json.dumps({"Version": "2012-10-17"})
    )
    assert "2012-10-17" in kinesis.get_resource_policy(ResourceARN=consumer["ConsumerARN"])["Policy"]
    # account-wide calls see every stream, whichever replica answers
    for _ in range(4):
        assert set(STREAMS) <= set(kinesis.list_streams()["StreamNames"])
        assert kinesis.describe_limits()["OpenShardCount"] >= 2 * len(STREAMS)
    with pytest.raises(ClientError) as taken:  # the owner knows the name is taken
        kinesis.create_stream(StreamName=on1, ShardCount=1)
    assert taken.value.response["Error"]["Code"] == "ResourceInUseException"


def test_sns_topics_on_both_replicas_deliver_to_sqs_exactly_once(cluster: Cluster) -> None:
    sns, sqs = client(cluster.endpoint, "sns"), client(cluster.endpoint, "sqs")
    url = sqs.create_queue(QueueName="from-topics")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    arns = {}
    for name in TOPICS:
        arns[name] = sns.create_topic(Name=name)["TopicArn"]
        sub = sns.subscribe(
            TopicArn=arns[name],
            Protocol="sqs",
            Endpoint=queue_arn,
            Attributes={"RawMessageDelivery": "true"},
            ReturnSubscriptionArn=True,
        )["SubscriptionArn"]
        # subscription ARNs route to their topic's owner
        attributes = sns.get_subscription_attributes(SubscriptionArn=sub)["Attributes"]
        assert attributes["TopicArn"] == arns[name]
    sent = set()
    for name, arn in arns.items():
        sns.publish(TopicArn=arn, Message=f"{name} one")
        sns.publish_batch(TopicArn=arn, PublishBatchRequestEntries=[{"Id": "a", "Message": f"{name} two"}])
        sent |= {f"{name} one", f"{name} two"}
    got: list[str] = []
    deadline = time.monotonic() + DEADLINE_S
    while len(got) < len(sent):
        assert time.monotonic() < deadline, f"missing {sent - set(got)}"
        for message in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get(
            "Messages", []
        ):
            got.append(message["Body"])
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    time.sleep(2)  # a second delivery (another replica consuming the same publish) would show now
    late = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
    assert sorted(got) == sorted(sent) and late == []
    for _ in range(4):  # unscoped: from the shared metadata on either replica
        assert set(arns.values()) <= {t["TopicArn"] for t in sns.list_topics()["Topics"]}
        assert len(
            [s for s in sns.list_subscriptions()["Subscriptions"] if s["Endpoint"] == queue_arn]
        ) == len(TOPICS)


def _bodies(s3: Any, prefix: str) -> bytes:
    found = b""
    for obj in s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", []):
        found += s3.get_object(Bucket=BUCKET, Key=obj["Key"])["Body"].read()
    return found


def test_firehose_streams_on_both_replicas_deliver_to_s3(cluster: Cluster) -> None:
    firehose, s3 = client(cluster.endpoint, "firehose"), client(cluster.endpoint, "s3")
    kinesis = client(cluster.endpoint, "kinesis")
    s3.create_bucket(Bucket=BUCKET)
    for name in DELIVERY:
        firehose.create_delivery_stream(
            DeliveryStreamName=name,
            ExtendedS3DestinationConfiguration={
                "RoleARN": ROLE,
                "BucketARN": f"arn:aws:s3:::{BUCKET}",
                "Prefix": f"{name}/",
                "BufferingHints": {"IntervalInSeconds": 1},
            },
        )
        firehose.put_record_batch(
            DeliveryStreamName=name, Records=[{"Data": f"<{name}-{i}>".encode()} for i in range(5)]
        )
    # a Kinesis-sourced delivery stream: its reader (on the Firehose owner) reads a stream on a Kinesis
    # replica through peers, iterators routing to the stream's owner
    source = next(s for s in STREAMS if owner(s, 2) == 1)
    arn = kinesis.describe_stream_summary(StreamName=source)["StreamDescriptionSummary"]["StreamARN"]
    firehose.create_delivery_stream(
        DeliveryStreamName="fh-from-kinesis",
        DeliveryStreamType="KinesisStreamAsSource",
        KinesisStreamSourceConfiguration={"KinesisStreamARN": arn, "RoleARN": ROLE},
        ExtendedS3DestinationConfiguration={
            "RoleARN": ROLE,
            "BucketARN": f"arn:aws:s3:::{BUCKET}",
            "Prefix": "from-kinesis/",
            "BufferingHints": {"IntervalInSeconds": 1},
        },
    )
    sent = {f"<src-{i}>".encode() for i in range(10)}
    for data in sorted(sent):
        kinesis.put_record(StreamARN=arn, Data=data, PartitionKey=data.decode())
    deadline = time.monotonic() + DEADLINE_S
    for name in DELIVERY:
        while sorted(re.findall(rb"<[^>]+>", _bodies(s3, f"{name}/"))) != sorted(
            f"<{name}-{i}>".encode() for i in range(5)
        ):
            assert time.monotonic() < deadline, f"{name}: not delivered ({_bodies(s3, f'{name}/')!r})"
            time.sleep(0.3)
    while set(re.findall(rb"<src-\d>", _bodies(s3, "from-kinesis/"))) != sent:
        assert time.monotonic() < deadline, "the Kinesis source delivered nothing"
        time.sleep(0.3)
    for _ in range(4):
        names = firehose.list_delivery_streams(Limit=100)["DeliveryStreamNames"]
        assert set(DELIVERY) | {"fh-from-kinesis"} <= set(names)


def test_one_replica_down_makes_only_its_keys_unavailable(cluster: Cluster) -> None:
    kinesis, sns = client(cluster.endpoint, "kinesis"), client(cluster.endpoint, "sns")
    firehose = client(cluster.endpoint, "firehose")
    for service in ("kinesis", "sns", "firehose"):
        cluster.kill(f"{service}-2")

    def unavailable(call: Any, **params: Any) -> None:
        with pytest.raises(ClientError) as caught:
            call(**params)
        assert caught.value.response["Error"]["Code"] == "ServiceUnavailable"
        assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 503

    topic = "arn:aws:sns:us-east-1:000000000000:{}"
    for name in STREAMS:
        if owner(name, 2) == 0:
            assert kinesis.put_record(StreamName=name, Data=b"x", PartitionKey="k")["SequenceNumber"]
        else:
            unavailable(kinesis.put_record, StreamName=name, Data=b"x", PartitionKey="k")
    for name in TOPICS:
        if owner(name, 2) == 0:
            assert sns.publish(TopicArn=topic.format(name), Message="m")["MessageId"]
        else:
            unavailable(sns.publish, TopicArn=topic.format(name), Message="m")
    for name in DELIVERY:
        if owner(name, 2) == 0:
            assert firehose.put_record(DeliveryStreamName=name, Record={"Data": b"x"})["RecordId"]
        else:
            unavailable(firehose.put_record, DeliveryStreamName=name, Record={"Data": b"x"})
    for _ in range(4):  # list calls skip the dead replica
        assert set(STREAMS) <= set(kinesis.list_streams()["StreamNames"])
        assert {topic.format(n) for n in TOPICS} <= {t["TopicArn"] for t in sns.list_topics()["Topics"]}
        assert set(DELIVERY) <= set(firehose.list_delivery_streams(Limit=100)["DeliveryStreamNames"])
    assert 500 not in gateway_statuses(cluster), gateway_trouble(cluster)
