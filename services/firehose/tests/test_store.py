"""Contract tests of the Firehose store, on SQLite (embedded) and on a real PostgreSQL (cluster)."""

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
from overcast_firehose.store import DeliveryStream
from overcast_firehose.store.sql import SqlFirehoseStore, metadata

Opener = Callable[[], Awaitable[SqlFirehoseStore]]
NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


def stream(name: str, *, account: str = "000000000000", stream_type: str = "DirectPut") -> DeliveryStream:
    return DeliveryStream(
        account_id=account,
        region="us-east-1",
        name=name,
        arn=f"arn:aws:firehose:us-east-1:{account}:deliverystream/{name}",
        stream_type=stream_type,
        incarnation="00112233aabbccdd",
        created=NOW,
        updated=NOW,
        version_id=1,
        destination_kind="ExtendedS3Destination",
        destination={"BucketARN": "arn:aws:s3:::b", "RoleARN": "r", "BufferingHints": {"SizeInMBs": 1}},
        tags={"z": "1", "a": "2"},
    )


@pytest.fixture(params=SQL_BACKENDS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    settings = sql_settings(request.param, tmp_path)
    return lambda: SqlFirehoseStore.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlFirehoseStore]:
    s = await opener()
    yield s
    await s.close()


async def test_schema_matches_the_migrations(store: SqlFirehoseStore) -> None:
    assert await schema_drift(store.db, metadata) == []


async def test_create_get_save_delete(store: SqlFirehoseStore) -> None:
    assert await store.create(stream("one"))
    assert not await store.create(stream("one"))  # the name is taken in that account and region
    assert await store.create(stream("one", account="111111111111"))
    got = await store.get("000000000000", "us-east-1", "one")
    assert got == stream("one")
    assert list(got.tags) == ["z", "a"]  # tag order survives (jsonb would sort an object's keys)
    got.version_id = 2
    got.destination = {"BucketARN": "arn:aws:s3:::c"}
    got.encryption = {"Status": "ENABLED", "KeyType": "AWS_OWNED_CMK"}
    await store.save(got)
    assert await store.get("000000000000", "us-east-1", "one") == got
    assert await store.delete("000000000000", "us-east-1", "one")
    assert not await store.delete("000000000000", "us-east-1", "one")
    assert await store.get("000000000000", "us-east-1", "one") is None


async def test_listing_and_restart(opener: Opener) -> None:
    store = await opener()
    for name in ("b", "a", "c"):
        await store.create(stream(name, stream_type="KinesisStreamAsSource" if name == "c" else "DirectPut"))
    await store.set_checkpoint("arn", "inc", "shardId-000000000000", "49")
    await store.set_checkpoint("arn", "inc", "shardId-000000000000", "50")
    await store.close()
    store = await opener()  # a restart keeps everything
    assert await store.list_names("000000000000", "us-east-1") == ["a", "b", "c"]
    assert await store.list_names("000000000000", "us-east-1", "DirectPut") == ["a", "b"]
    assert await store.list_names("000000000000", "eu-west-1") == []
    assert {s.name for s in await store.all()} == {"a", "b", "c"}
    assert await store.get_checkpoint("arn", "inc", "shardId-000000000000") == "50"
    assert await store.get_checkpoint("arn", "other", "shardId-000000000000") is None
    await store.reset()
    assert await store.all() == []
    await store.close()
