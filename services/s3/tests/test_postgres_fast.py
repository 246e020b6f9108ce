"""The PostgreSQL hot path (``store.postgres_fast``): rows it writes read the same through SQLAlchemy and
back, in few round trips."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import asyncpg  # type: ignore[import-untyped]
import pytest
from overcast_common.testing.postgres_server import sql_settings
from overcast_s3.errors import PreconditionFailed
from overcast_s3.store import NULL_VERSION, Bucket, ObjectVersion, Segment
from overcast_s3.store.sql import SqlS3Store

NOW = datetime(2026, 11, 28, 12, 0, 5, 123456, tzinfo=UTC)


def version(key: str, version_id: str = NULL_VERSION, blob: str = "b0") -> ObjectVersion:
    return ObjectVersion(
        "bkt", key, version_id, NOW, "000000000000", size=3, etag="e", segments=[Segment(blob, 3)],
        headers={"ContentType": "text/plain"}, metadata={"a": "b"}, tags={"t": "1"},
        checksum={"CRC32": "rfPzYw=="}, extras={"x": [1, 2]},
    )  # fmt: skip


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlS3Store]:
    s = await SqlS3Store.open(sql_settings("postgresql", tmp_path))
    await s.create_bucket(Bucket("bkt", "000000000000", "us-east-1", NOW))
    yield s
    await s.close()


async def test_fast_rows_read_the_same_through_sqlalchemy(store: SqlS3Store) -> None:
    assert store._pg is not None
    await store.put_version(version("k/é", "v1"), keep_null=True)
    fast = await store.get_version("bkt", "k/é")
    listed = await store.list_versions("bkt", prefix="", after_key="", after_sequence=None, limit=10)
    assert fast == listed[0]
    assert fast is not None and fast.last_modified == NOW and fast.last_modified.tzinfo == UTC
    assert fast.metadata == {"a": "b"} and fast.extras == {"x": [1, 2]} and fast.is_latest
    assert await store.get_version("bkt", "k/é", "v1") == fast
    # replacing the null version frees its blob; deleting the latest (SQLAlchemy) promotes the next
    await store.put_version(version("k", blob="old"), keep_null=False)
    assert await store.put_version(version("k", blob="new"), keep_null=False) == ["old"]
    await store.put_version(version("k", "v2", blob="v2"), keep_null=True)
    gone, _ = await store.delete_version("bkt", "k", "v2")
    assert gone is not None
    latest = await store.get_version("bkt", "k")
    assert latest is not None and latest.version_id == NULL_VERSION and latest.blob_ids == ["new"]
    everything = await store.list_versions("bkt", prefix="k", after_key="", after_sequence=None, limit=10)
    assert [v.is_latest for v in everything if v.key == "k"] == [True]


async def test_buckets_and_configs_read_fresh_and_missing_buckets_refuse_writes(store: SqlS3Store) -> None:
    found = await store.get_bucket("bkt")
    assert found == Bucket("bkt", "000000000000", "us-east-1", NOW)
    await store.set_versioning("bkt", "Enabled")  # through SQLAlchemy: no stale copy anywhere
    assert (await store.get_bucket("bkt") or found).versioning == "Enabled"
    assert await store.get_bucket("nope") is None
    assert await store.get_config("bkt", "cors") is None
    await store.put_config("bkt", "cors", {"CORSRules": [{"AllowedMethods": ["GET"], "MaxAgeSeconds": 5}]})
    assert await store.get_config("bkt", "cors") == {
        "CORSRules": [{"AllowedMethods": ["GET"], "MaxAgeSeconds": 5}]
    }
    await store.put_config("bkt", "cors", None)
    assert await store.get_config("bkt", "cors") is None
    with pytest.raises(KeyError):
        await store.put_version(ObjectVersion("nope", "k", NULL_VERSION, NOW, "0"), keep_null=False)


async def test_naive_and_offset_times(store: SqlS3Store) -> None:
    with pytest.raises(ValueError):
        await store.put_version(
            ObjectVersion("bkt", "k", NULL_VERSION, NOW.replace(tzinfo=None), "0"), keep_null=False
        )
    plus_two = NOW.astimezone(timezone(timedelta(hours=2)))
    await store.put_version(ObjectVersion("bkt", "k", NULL_VERSION, plus_two, "0"), keep_null=False)
    got = await store.get_version("bkt", "k")
    assert got is not None and got.last_modified == NOW and got.last_modified.tzinfo == UTC


async def test_precondition_sees_the_current_version_and_can_refuse(store: SqlS3Store) -> None:
    await store.put_version(version("k", blob="first"), keep_null=False)
    seen: list[ObjectVersion | None] = []

    def refuse(current: ObjectVersion | None) -> None:
        seen.append(current)
        raise PreconditionFailed()

    with pytest.raises(PreconditionFailed):
        await store.put_version(version("k", blob="second"), keep_null=False, precondition=refuse)
    assert seen[0] is not None and seen[0].blob_ids == ["first"]
    latest = await store.get_version("bkt", "k")
    assert latest is not None and latest.blob_ids == ["first"]  # rolled back whole


async def test_concurrent_puts_of_one_key_leave_one_latest(store: SqlS3Store) -> None:
    await asyncio.gather(
        *(store.put_version(version("hot", f"v{i}", blob=f"b{i}"), keep_null=True) for i in range(20))
    )
    rows = await store.list_versions("bkt", prefix="hot", after_key="", after_sequence=None, limit=100)
    assert len(rows) == 20 and sum(r.is_latest for r in rows) == 1


async def test_connections_killed_by_the_server_are_replaced_without_a_failed_call(store: SqlS3Store) -> None:
    await store.put_version(version("k", blob="before"), keep_null=False)
    await store.get_version("bkt", "k")  # the pool holds idle connections now
    dsn = store.db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    admin = await asyncpg.connect(dsn)
    try:  # as a PostgreSQL restart does to every session
        killed = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    finally:
        await admin.close()
    assert killed >= 1
    await asyncio.sleep(0.2)  # the loop sees the sockets close
    assert await store.get_bucket("bkt") is not None
    assert await store.put_version(version("k", blob="after"), keep_null=False) == ["before"]
