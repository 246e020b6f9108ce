"""S3 across replicas, unit level: background writes into a bucket another replica owns land on that
replica's volume. Two providers stand for two replicas: one metadata store (shared, as PostgreSQL is in
a cluster), a blob store each (their volumes), and ``peers`` routing S3 calls to a bucket's owner."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.dispatch.partitioned import Partition, owner
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.peers import PEER_MARK, peers
from overcast_s3 import partitions, replication
from overcast_s3.access import guard_anonymous
from overcast_s3.access_log import AccessLog
from overcast_s3.background import Background
from overcast_s3.blobs import FileBlobStore
from overcast_s3.features import FeatureSettings
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import S3Handler

ACCOUNT = "000000000000"
NAMES = [f"bucket-{i}" for i in range(16)]
ON = {i: [b for b in NAMES if owner(b, 2) == i] for i in (0, 1)}
SRC, DST = ON[0][0], ON[1][0]  # the source on replica 0, the destination on replica 1
LOCAL_DST = ON[0][1]  # a destination replica 0 owns itself
BIG = bytes(range(256)) * 1024  # 256 KiB: a blob file of its own (small bodies share small.db)
ENABLED = {"Status": "Enabled"}


@dataclass
class Replica:
    provider: S3Provider
    blobs: FileBlobStore
    log: AccessLog
    handler: Any

    async def __call__(self, operation: str, **params: Any) -> Any:
        context = RequestContext(
            request_id="r",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=ACCOUNT,
            region="us-east-1",
            principal=root_principal(ACCOUNT, "test"),
        )
        return await self.handler(context, params)

    async def holds(self, blob_id: str) -> bool:
        try:
            async for _ in self.blobs.read(blob_id):
                pass
        except FileNotFoundError:
            return False
        return True


@pytest.fixture
async def replicas(tmp_path: Path) -> AsyncIterator[list[Replica]]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    made: list[Replica] = []
    backgrounds: list[Background] = []
    for index in (0, 1):
        root = tmp_path / f"replica{index}" / "s3"
        blobs = FileBlobStore(root / "blobs", fsync=False)
        provider = S3Provider(store, blobs)
        provider.partition = Partition(index, 2)
        background = Background(provider, store, root, fsync=False, settings=FeatureSettings())
        await background.start()
        backgrounds.append(background)
        log = AccessLog(provider, interval=3600)
        handler = log.wrap(
            partitions.serve_peer_writes(
                guard_anonymous(S3Handler(provider, AllowRoot()), provider), provider
            )
        )
        made.append(Replica(provider, blobs, log, handler))

    async def routed(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        # what the PartitionedDispatcher in ``peers`` does in a cluster
        handler: Any = made[owner(params["Bucket"], 2)].handler
        result: dict[str, Any] = await handler(context, params)
        return result

    peers.register("s3", routed)
    yield made
    peers.unregister("s3")
    for background in backgrounds:
        await background.close()
    await store.close()


async def read(result: dict[str, Any]) -> bytes:
    return b"".join([chunk async for chunk in result["Body"]])


async def versioned(replica: Replica, *names: str) -> None:
    for name in names:
        await replica("CreateBucket", Bucket=name)
        await replica("PutBucketVersioning", Bucket=name, VersioningConfiguration=ENABLED)


def replicate_to(target: str) -> dict[str, Any]:
    rule = {
        "ID": "all",
        "Priority": 1,
        "Status": "Enabled",
        "Filter": {},
        "DeleteMarkerReplication": ENABLED,
        "Destination": {"Bucket": f"arn:aws:s3:::{target}"},
    }
    return {"Role": f"arn:aws:iam::{ACCOUNT}:role/r", "Rules": [rule]}


async def test_a_replica_is_written_by_the_destinations_owner(replicas: list[Replica]) -> None:
    r0, r1 = replicas
    await versioned(r0, SRC, DST)
    await r0("PutBucketReplication", Bucket=SRC, ReplicationConfiguration=replicate_to(DST))
    put = await r0("PutObject", Bucket=SRC, Key="big.bin", Body=BIG, Metadata={"m": "1"})
    small = await r0("PutObject", Bucket=SRC, Key="small.txt", Body=b"tiny")
    assert r0.provider.outbox is not None
    await r0.provider.outbox.drain()

    for key, body, written in (("big.bin", BIG, put), ("small.txt", b"tiny", small)):
        got = await r1("GetObject", Bucket=DST, Key=key)
        assert await read(got) == body
        assert got["VersionId"] == written["VersionId"] and got["ReplicationStatus"] == "REPLICA"
        head = await r0("HeadObject", Bucket=SRC, Key=key)
        assert head["ReplicationStatus"] == "COMPLETED"
        stored = await r1.provider.store.get_version(DST, key, written["VersionId"])
        assert stored is not None
        # the bytes are on the owner's volume, not on the source replica's
        assert [await r.holds(s.blob_id) for s in stored.segments for r in (r1, r0)] == [True, False]
    assert (await r1("HeadObject", Bucket=DST, Key="big.bin"))["Metadata"] == {"m": "1"}

    # the outbox may run an entry twice: no second version, nothing sent again
    for _ in range(2):
        assert await replication.replicate(
            r0.provider.store, r0.blobs, SRC, "big.bin", put["VersionId"], replicate_to(DST)["Rules"][0],
            r0.provider.partition.owns,
        )  # fmt: skip
    listed = await r1("ListObjectVersions", Bucket=DST, Prefix="big.bin")
    assert [v["VersionId"] for v in listed["Versions"]] == [put["VersionId"]]

    # delete markers cross replicas too (no bytes)
    deleted = await r0("DeleteObject", Bucket=SRC, Key="small.txt")
    await r0.provider.outbox.drain()
    listed = await r1("ListObjectVersions", Bucket=DST, Prefix="small.txt")
    assert [m["VersionId"] for m in listed["DeleteMarkers"]] == [deleted["VersionId"]]


async def test_the_owner_writes_a_replica_once_and_in_the_sources_order(replicas: list[Replica]) -> None:
    r0, r1 = replicas
    await versioned(r0, SRC, DST)
    rule = replicate_to(DST)["Rules"][0]
    await r0.provider.store.put_config(SRC, "replication", replicate_to(DST))  # no outbox entries
    first = await r0("PutObject", Bucket=SRC, Key="k", Body=b"one")
    second = await r0("PutObject", Bucket=SRC, Key="k", Body=BIG)
    for put in (first, second):
        await r0.provider.store.set_extras(SRC, "k", put["VersionId"], {"replication_status": "PENDING"})
    # the newer copy runs first: the older PENDING one is sent before it
    entry = {"kind": "replicate", "bucket": SRC, "key": "k", "version_id": second["VersionId"], "rule": rule}
    await r0.provider.run_outbox_entry(entry, False)
    listed = await r1("ListObjectVersions", Bucket=DST)
    assert [(v["VersionId"], v["IsLatest"]) for v in listed["Versions"]] == [
        (second["VersionId"], True),
        (first["VersionId"], False),
    ]
    assert await read(await r1("GetObject", Bucket=DST, Key="k")) == BIG

    # the owner checks for the version id itself (a retry racing a first attempt): written once
    params = {"Bucket": DST, "Key": "k", "SourceBucket": SRC, "VersionId": first["VersionId"]}
    again = await partitions.call_owner(
        partitions.PUT_REPLICA, {**params, "Body": partitions.chunks(b"one")}, account_id=ACCOUNT,
        region="us-east-1",
    )  # fmt: skip
    assert again == {"Written": False}
    assert len((await r1("ListObjectVersions", Bucket=DST))["Versions"]) == 2


async def test_a_destination_this_replica_owns_is_written_locally(
    replicas: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    r0, _ = replicas
    await versioned(r0, SRC, LOCAL_DST)
    await r0("PutBucketReplication", Bucket=SRC, ReplicationConfiguration=replicate_to(LOCAL_DST))

    async def no_peer(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a local destination needs no peer call")

    monkeypatch.setattr(peers, "call", no_peer)
    put = await r0("PutObject", Bucket=SRC, Key="k", Body=BIG)
    assert r0.provider.outbox is not None
    await r0.provider.outbox.drain()
    stored = await r0.provider.store.get_version(LOCAL_DST, "k", put["VersionId"])
    assert stored is not None and await r0.holds(stored.segments[0].blob_id)


async def test_access_logs_are_delivered_by_the_target_buckets_owner(replicas: list[Replica]) -> None:
    r0, r1 = replicas
    source, target = SRC, DST
    await r0("CreateBucket", Bucket=source)
    await r1("CreateBucket", Bucket=target)
    delivery = {
        "Effect": "Allow",
        "Principal": {"Service": "logging.s3.amazonaws.com"},
        "Action": "s3:PutObject",
        "Resource": f"arn:aws:s3:::{target}/*",
    }
    await r1("PutBucketPolicy", Bucket=target, Policy=json.dumps({"Statement": [delivery]}))
    status = {"LoggingEnabled": {"TargetBucket": target, "TargetPrefix": "logs/"}}
    await r0("PutBucketLogging", Bucket=source, BucketLoggingStatus=status)
    await r0("PutObject", Bucket=source, Key="a.txt", Body=b"hello")
    await read(await r0("GetObject", Bucket=source, Key="a.txt"))
    assert await r0.log.flush() == 1
    listed = await r1("ListObjectsV2", Bucket=target, Prefix="logs/")
    assert len(listed["Contents"]) == 1
    key = listed["Contents"][0]["Key"]
    text = (await read(await r1("GetObject", Bucket=target, Key=key))).decode()
    assert " REST.GET.OBJECT a.txt " in text and " REST.PUT.OBJECT a.txt " in text
    stored = await r1.provider.store.get_version(target, key)
    assert stored is not None and stored.owner == ACCOUNT
    assert stored.headers["ServerSideEncryption"] == "AES256"
    assert [await r.holds(stored.segments[0].blob_id) for r in (r1, r0)] == [True, False]
    # the delivery itself is not a logged request
    assert await r1.log.flush() == 0


async def test_a_failed_delivery_is_tried_again_at_the_next_flush(
    replicas: list[Replica], monkeypatch: pytest.MonkeyPatch
) -> None:
    r0, r1 = replicas
    await r0("CreateBucket", Bucket=SRC)
    await r1("CreateBucket", Bucket=DST)
    await r1(
        "PutBucketOwnershipControls",
        Bucket=DST,
        OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    )
    await r1("PutBucketAcl", Bucket=DST, ACL="log-delivery-write")
    await r0(
        "PutBucketLogging",
        Bucket=SRC,
        BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": DST, "TargetPrefix": ""}},
    )
    await r0("HeadBucket", Bucket=SRC)
    real_call = peers.call

    async def down(*args: Any, **kwargs: Any) -> Any:
        raise ServiceError("unavailable", code="ServiceUnavailable", status_code=503)

    monkeypatch.setattr(peers, "call", down)
    assert await r0.log.flush() == 0
    monkeypatch.setattr(peers, "call", real_call)
    await r0("HeadBucket", Bucket=SRC)
    assert await r0.log.flush() == 1
    listed = await r1("ListObjectsV2", Bucket=DST)
    text = (await read(await r1("GetObject", Bucket=DST, Key=listed["Contents"][0]["Key"]))).decode()
    assert text.count(" REST.HEAD.BUCKET ") == 2  # the held record and the new one, in one object


async def test_only_another_s3_replica_may_call_the_internal_writes(replicas: list[Replica]) -> None:
    r0, r1 = replicas
    await versioned(r0, SRC, DST)
    for operation in partitions.PEER_WRITES:
        for extra in ({}, {PEER_MARK: "sns"}):
            context = RequestContext(
                request_id="r", service="s3", operation=operation, account_id=ACCOUNT, extra=extra
            )
            with pytest.raises(ServiceError) as caught:
                await r1.handler(context, {"Bucket": DST, "Key": "k", "Body": b"x"})
            assert caught.value.code == "AccessDenied"
    assert (await r1("ListObjectsV2", Bucket=DST))["KeyCount"] == 0
