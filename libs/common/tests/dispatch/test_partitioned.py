"""Partitioned dispatch: a bucket's owner among S3 replicas, and the dispatcher that routes to it."""

from __future__ import annotations

from collections import Counter

import pytest
from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Params
from overcast_common.dispatch.partitioned import Partition, PartitionedDispatcher, owner, partition_key
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
    assert key_of is not None and partition_key("sqs") is None
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
