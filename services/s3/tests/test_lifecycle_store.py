"""Contract tests of the store queries the background work uses (SQLite and PostgreSQL), and the
orphan-blob sweeper on a real blob directory."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from overcast_common.testing.postgres_server import (
    SQL_BACKENDS,
    sql_settings,
)
from overcast_s3 import sweeper
from overcast_s3.blobs import FileBlobStore
from overcast_s3.store import Bucket, ObjectVersion, Part, Segment, Upload
from overcast_s3.store.sql import SqlS3Store

Opener = Callable[[], Awaitable[SqlS3Store]]
NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(params=SQL_BACKENDS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    settings = sql_settings(request.param, tmp_path)
    return lambda: SqlS3Store.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlS3Store]:
    s = await opener()
    await s.create_bucket(Bucket("one", "000000000000", "us-east-1", NOW))
    await s.create_bucket(Bucket("two", "111122223333", "eu-west-1", NOW))
    yield s
    await s.close()


def version(key: str, blob: str, version_id: str = "null") -> ObjectVersion:
    return ObjectVersion(
        "one", key, version_id, NOW, "000000000000", size=1, etag="e", segments=[Segment(blob, 1)]
    )


async def test_buckets_with_config_spans_accounts(store: SqlS3Store) -> None:
    assert await store.buckets_with_config("lifecycle") == []
    await store.put_config("two", "lifecycle", {"Rules": []})
    await store.put_config("one", "lifecycle", {"Rules": []})
    await store.put_config("one", "tagging", {"a": "b"})
    assert [b.name for b in await store.buckets_with_config("lifecycle")] == ["one", "two"]
    assert [b.account_id for b in await store.buckets_with_config("lifecycle")] == [
        "000000000000",
        "111122223333",
    ]
    await store.put_config("two", "lifecycle", None)
    assert [b.name for b in await store.buckets_with_config("lifecycle")] == ["one"]


async def test_set_storage_class(store: SqlS3Store) -> None:
    await store.put_version(version("k", "b1"), keep_null=False)
    assert await store.set_storage_class("one", "k", "null", "GLACIER")
    found = await store.get_version("one", "k")
    assert found is not None and found.storage_class == "GLACIER"
    assert not await store.set_storage_class("one", "missing", "null", "GLACIER")


async def test_referenced_blob_ids(store: SqlS3Store) -> None:
    await store.put_version(version("k", "b1"), keep_null=False)
    await store.create_upload(Upload("u1", "one", "k2", NOW, "000000000000"))
    await store.put_part(Part("u1", 1, 1, "e", NOW, "p1"))
    assert await store.referenced_blob_ids() == {"b1", "p1"}


async def test_sweeper_deletes_only_old_unreferenced_blobs(tmp_path: Path) -> None:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    try:
        await store.create_bucket(Bucket("one", "000000000000", "us-east-1", NOW))
        blobs = FileBlobStore(tmp_path / "blobs", fsync=False)

        async def body() -> AsyncIterator[bytes]:
            yield b"data"

        kept, _ = await blobs.write(body())
        orphan, _ = await blobs.write(body())
        young, _ = await blobs.write(body())
        await store.put_version(version("k", kept), keep_null=False)
        old = time.time() - 7200
        for blob_id in (kept, orphan):
            os.utime(blobs.path(blob_id), (old, old))
        assert await sweeper.sweep(tmp_path / "blobs", store, grace_s=3600) == 1
        assert blobs.path(kept).exists() and blobs.path(young).exists()
        assert not blobs.path(orphan).exists()
    finally:
        await store.close()


async def test_sweeper_deletes_old_unreferenced_small_blobs(tmp_path: Path) -> None:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    blobs = FileBlobStore(tmp_path / "blobs", fsync=False)
    try:
        await store.create_bucket(Bucket("one", "000000000000", "us-east-1", NOW))
        await blobs.small.put("kept", b"k")
        await blobs.small.put("orphan", b"o")
        await store.put_version(version("k", "kept"), keep_null=False)
        assert await sweeper.sweep(tmp_path / "blobs", store, grace_s=3600, small=blobs.small) == 0  # young
        assert await sweeper.sweep(tmp_path / "blobs", store, grace_s=-1, small=blobs.small) == 1
        assert blobs.small.get("kept") == b"k" and blobs.small.get("orphan") is None
    finally:
        blobs.close()
        await store.close()
