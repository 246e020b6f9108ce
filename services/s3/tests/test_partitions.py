"""S3 across replicas, unit level: background work only over owned buckets; copy sources on another
replica read through ``peers`` (a streamed, ranged GetObject to the owner)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.dispatch.partitioned import Partition, owner
from overcast_common.identity import root_principal
from overcast_common.peers import peers
from overcast_common.service import ServiceHandler
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store

ACCOUNT = "000000000000"
NAMES = [f"bucket-{i}" for i in range(12)]
MINE = [b for b in NAMES if owner(b, 2) == 0]
THEIRS = [b for b in NAMES if owner(b, 2) == 1]


@pytest.fixture
async def provider(tmp_path: Path) -> AsyncIterator[S3Provider]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    provider = S3Provider(store, FileBlobStore(tmp_path / "blobs", fsync=False))
    yield provider
    await store.close()


async def call(provider: S3Provider, operation: str, **params: Any) -> dict[str, Any]:
    context = RequestContext(
        request_id="r",
        service="s3",
        operation=operation,
        protocol="rest-xml",
        account_id=ACCOUNT,
        region="us-east-1",
        principal=root_principal(ACCOUNT, "test"),
    )
    return await ServiceHandler(provider, AllowRoot())(context, params)


async def test_lifecycle_runs_only_over_owned_buckets(provider: S3Provider) -> None:
    assert MINE and THEIRS
    config = {"Rules": [{"ID": "r", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}
    for name in (MINE[0], THEIRS[0]):
        await call(provider, "CreateBucket", Bucket=name)
        await call(provider, "PutObject", Bucket=name, Key="old", Body=b"x")
        await call(provider, "PutBucketLifecycleConfiguration", Bucket=name, LifecycleConfiguration=config)
    provider.clock = lambda: datetime(2100, 1, 1, tzinfo=UTC)  # long expired
    provider.partition = Partition(0, 2)
    assert await provider.lifecycle_pass() == 1
    assert (await call(provider, "ListObjectsV2", Bucket=MINE[0]))["KeyCount"] == 0
    assert [o["Key"] for o in (await call(provider, "ListObjectsV2", Bucket=THEIRS[0]))["Contents"]] == [
        "old"
    ]


async def test_a_copy_source_on_another_replica_is_read_from_its_owner(
    provider: S3Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = THEIRS[0], MINE[0]
    for name in (source, target):
        await call(provider, "CreateBucket", Bucket=name)
    data = bytes(range(256)) * 4096  # 1 MiB
    await call(provider, "PutObject", Bucket=source, Key="src", Body=data)
    provider.partition = Partition(0, 2)
    asked: list[dict[str, Any]] = []

    async def owner_get(service: str, operation: str, params: dict[str, Any], **kw: Any) -> dict[str, Any]:
        asked.append({"service": service, "operation": operation, **params, "caller": kw["caller"]})
        start, _, end = params.get("Range", f"bytes=0-{len(data) - 1}")[6:].partition("-")

        async def body() -> AsyncIterator[bytes]:
            piece = data[int(start) : int(end) + 1]
            for i in range(0, len(piece), 100_000):
                yield piece[i : i + 100_000]

        return {"Body": body()}

    monkeypatch.setattr(peers, "call", owner_get)
    await call(provider, "CopyObject", Bucket=target, Key="copy", CopySource=f"{source}/src")
    got = await call(provider, "GetObject", Bucket=target, Key="copy")
    assert b"".join([c async for c in got["Body"]]) == data
    assert asked[0]["service"] == "s3" and asked[0]["operation"] == "GetObject"
    assert (asked[0]["Bucket"], asked[0]["Key"], asked[0]["caller"]) == (source, "src", "s3")
    assert "Range" not in asked[0]  # the whole object
    upload = (await call(provider, "CreateMultipartUpload", Bucket=target, Key="part"))["UploadId"]
    await call(
        provider, "UploadPartCopy", Bucket=target, Key="part", UploadId=upload, PartNumber=1,
        CopySource=f"{source}/src", CopySourceRange="bytes=10-99",
    )  # fmt: skip
    assert asked[1]["Range"] == "bytes=10-99"
    parts = await call(provider, "ListParts", Bucket=target, Key="part", UploadId=upload)
    assert parts["Parts"][0]["Size"] == 90
    # a source this replica owns is read locally
    asked.clear()
    await call(provider, "CopyObject", Bucket=target, Key="again", CopySource=f"{target}/copy")
    assert asked == []
