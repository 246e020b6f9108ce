"""Contract tests of the S3 metadata store, on SQLite (embedded) and on a real PostgreSQL (cluster)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from overcast_common.storage.migrations import schema_drift
from overcast_common.testing.postgres_server import (
    SQL_BACKENDS,
    sql_settings,
)
from overcast_s3.store import NULL_VERSION, Bucket, ObjectVersion, Part, Segment, Upload
from overcast_s3.store.sql import SqlS3Store, metadata, successor

Opener = Callable[[], Awaitable[SqlS3Store]]
NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(params=SQL_BACKENDS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    settings = sql_settings(request.param, tmp_path)
    return lambda: SqlS3Store.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlS3Store]:
    s = await opener()
    await s.create_bucket(Bucket("bkt", "000000000000", "us-east-1", NOW))
    yield s
    await s.close()


def version(
    key: str, version_id: str = NULL_VERSION, *, blob: str = "b0", marker: bool = False
) -> ObjectVersion:
    return ObjectVersion(
        bucket="bkt",
        key=key,
        version_id=version_id,
        last_modified=NOW,
        owner="000000000000",
        delete_marker=marker,
        size=0 if marker else 3,
        etag="" if marker else "abc",
        segments=[] if marker else [Segment(blob, 3)],
        metadata={"m": "v"},
        checksum={"algorithm": "CRC32", "value": "AAAAAA==", "type": "FULL_OBJECT"},
    )


async def test_migrations_create_exactly_the_declared_tables(store: SqlS3Store) -> None:
    assert await schema_drift(store.db, metadata) == []


async def test_bucket_names_are_global(store: SqlS3Store) -> None:
    existing = await store.create_bucket(Bucket("bkt", "111122223333", "eu-west-1", NOW))
    assert existing is not None and existing.account_id == "000000000000"
    assert [b.name for b in await store.list_buckets("000000000000")] == ["bkt"]
    assert await store.list_buckets("111122223333") == []


async def test_null_version_is_replaced_and_its_blobs_freed(store: SqlS3Store) -> None:
    assert await store.put_version(version("k", blob="b1"), keep_null=False) == []
    assert await store.put_version(version("k", blob="b2"), keep_null=False) == ["b1"]
    got = await store.get_version("bkt", "k")
    assert got is not None and got.blob_ids == ["b2"] and got.metadata == {"m": "v"}
    assert got.checksum["algorithm"] == "CRC32"


async def test_versions_newest_first_and_delete_promotes_the_next(store: SqlS3Store) -> None:
    await store.put_version(version("k", "v1", blob="b1"), keep_null=True)
    await store.put_version(version("k", "v2", blob="b2"), keep_null=True)
    await store.put_version(version("k", "dm", marker=True), keep_null=True)
    listed = await store.list_versions("bkt", prefix="", after_key="", after_sequence=None, limit=10)
    assert [(v.version_id, v.is_latest) for v in listed] == [("dm", True), ("v2", False), ("v1", False)]
    assert await store.list_latest("bkt", prefix="", after="", limit=10) == []  # latest is a marker
    gone, freed = await store.delete_version("bkt", "k", "dm")
    assert gone is not None and gone.delete_marker and freed == []
    latest = await store.get_version("bkt", "k")
    assert latest is not None and latest.version_id == "v2"
    after_v2 = await store.list_versions(
        "bkt", prefix="", after_key="k", after_sequence=latest.sequence, limit=10
    )
    assert [v.version_id for v in after_v2] == ["v1"]


async def test_keys_list_in_utf8_byte_order_with_prefix_ranges(store: SqlS3Store) -> None:
    keys = ["a", "b", "Z", "é", "a/b", "a/c", "\uffff", "日本", "😀"]
    for key in keys:
        await store.put_version(version(key), keep_null=False)
    listed = [v.key for v in await store.list_latest("bkt", prefix="", after="", limit=100)]
    assert listed == sorted(keys, key=lambda k: k.encode())
    assert [v.key for v in await store.list_latest("bkt", prefix="a/", after="", limit=100)] == ["a/b", "a/c"]
    assert [v.key for v in await store.list_latest("bkt", prefix="", after="b", limit=2)] == ["é", "日本"]
    assert successor("a\xff") is not None


async def test_precondition_runs_inside_the_write(store: SqlS3Store) -> None:
    await store.put_version(version("k"), keep_null=False)

    def refuse(current: ObjectVersion | None) -> None:
        assert current is not None
        raise RuntimeError("refused")

    with pytest.raises(RuntimeError):
        await store.put_version(version("k", blob="new"), keep_null=False, precondition=refuse)
    got = await store.get_version("bkt", "k")
    assert got is not None and got.blob_ids == ["b0"]


async def test_bucket_not_empty_until_versions_and_uploads_go(store: SqlS3Store) -> None:
    await store.put_version(version("k"), keep_null=False)
    assert not await store.delete_bucket("bkt")
    await store.delete_version("bkt", "k", NULL_VERSION)
    await store.create_upload(Upload("u1", "bkt", "k", NOW, "000000000000"))
    assert not await store.delete_bucket("bkt")
    assert await store.delete_upload("u1") == []
    await store.put_config("bkt", "tagging", {"a": "b"})
    assert await store.delete_bucket("bkt")
    assert await store.get_bucket("bkt") is None


async def test_multipart_parts_replace_and_complete(store: SqlS3Store) -> None:
    await store.create_upload(Upload("u1", "bkt", "k", NOW, "000000000000", checksum_algorithm="CRC32"))
    part = Part("u1", 1, 5, "e1", NOW, "p1", {"ChecksumCRC32": "x"})
    assert await store.put_part(part) == []
    assert await store.put_part(Part("u1", 1, 5, "e1b", NOW, "p1b")) == ["p1"]
    await store.put_part(Part("u1", 2, 5, "e2", NOW, "p2"))
    assert [p.number for p in await store.list_parts("u1", after=1)] == [2]
    final = version("k", blob="p1b")
    freed = await store.complete_upload("u1", final, ["p1b"], keep_null=False)
    assert freed == ["p2"]
    assert await store.get_upload("u1") is None
    with pytest.raises(KeyError):
        await store.put_part(Part("u1", 3, 5, "e3", NOW, "p3"))
    with pytest.raises(KeyError):
        await store.complete_upload("u1", final, [], keep_null=False)


async def test_uploads_list_by_key_then_id(store: SqlS3Store) -> None:
    for upload_id, key in (("u2", "b"), ("u1", "a"), ("u3", "b")):
        await store.create_upload(Upload(upload_id, "bkt", key, NOW, "000000000000"))
    listed = await store.list_uploads("bkt", prefix="", after_key="a", after_upload_id="u1", limit=10)
    assert [(u.key, u.upload_id) for u in listed] == [("b", "u2"), ("b", "u3")]


async def test_state_outlives_a_restart(opener: Opener) -> None:
    first = await opener()
    await first.create_bucket(Bucket("bkt", "000000000000", "us-east-1", NOW, versioning="Enabled"))
    await first.put_version(version("k", "v1"), keep_null=True)
    await first.close()
    second = await opener()
    try:
        bucket = await second.get_bucket("bkt")
        assert bucket is not None and bucket.versioning == "Enabled"
        got = await second.get_version("bkt", "k", "v1")
        assert got is not None and got.segments == [Segment("b0", 3)]
    finally:
        await second.close()


async def test_reset_forgets_everything(store: SqlS3Store) -> None:
    await store.put_version(version("k"), keep_null=False)
    await store.reset()
    assert await store.get_bucket("bkt") is None
