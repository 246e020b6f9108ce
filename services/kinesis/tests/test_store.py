"""Contract tests of the metadata store, on SQLite (embedded) and on a real PostgreSQL (cluster)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from overcast_common.config import Settings
from overcast_common.storage.migrations import schema_drift
from overcast_common.testing.postgres_server import PostgresServer
from overcast_kinesis import ids
from overcast_kinesis.model import Consumer, Stream
from overcast_kinesis.store.sql import SqlKinesisStore, metadata

Opener = Callable[[], Awaitable[SqlKinesisStore]]


@pytest.fixture(params=["sqlite", "postgresql"])
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    if request.param == "sqlite":
        settings = Settings(data_dir=tmp_path)
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        settings = Settings(data_dir=tmp_path, database_url=server.create_database())
    return lambda: SqlKinesisStore.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlKinesisStore]:
    s = await opener()
    yield s
    await s.close()


def stream(name: str = "s", uid: str = "0011223344556677") -> Stream:
    s = Stream(uid, "000000000000", "us-east-1", name, ids.stream_arn("aws", "us-east-1", "000000000000", name),
               created_ms=1_700_000_000_000, salt=1_700_000_000_000_000, tags={"a": "b"})  # fmt: skip
    for lo, hi in ids.uniform_ranges(2):
        s.new_shard(lo, hi, 1_700_000_000_000)
    s.reindex()
    return s


async def test_schema_matches_the_migrations(store: SqlKinesisStore) -> None:
    assert await schema_drift(store.db, metadata) == []


async def test_streams_round_trip_with_128_bit_hash_keys(opener: Opener) -> None:
    store = await opener()
    original = stream()
    original.shards[0].closed_ms, original.shards[0].end_position = 5, 7
    await store.save_stream(original)
    original.retention_hours = 48
    await store.save_stream(original)  # replaces
    await store.close()
    reopened = await opener()
    snap = await reopened.load()
    assert len(snap.streams) == 1
    loaded = snap.streams[0]
    assert loaded.to_doc() == original.to_doc()
    assert loaded.shards[1].end_hash == ids.MAX_HASH_KEY
    assert loaded.route(ids.MAX_HASH_KEY).index == 1
    await reopened.close()


async def test_consumers_policies_settings_and_cascade(store: SqlKinesisStore) -> None:
    s = stream()
    await store.save_stream(s)
    consumer = Consumer(f"{s.arn}/consumer/c:1", s.uid, "c", 1000, tags={"x": "y"})
    await store.save_consumer(consumer)
    await store.put_policy(s.arn, '{"Statement": []}')
    await store.put_policy(consumer.arn, "{}")
    await store.save_account_settings("000000000000", "us-east-1", {"Status": "ENABLED"})
    snap = await store.load()
    assert snap.consumers == [consumer]
    assert snap.policies == {s.arn: '{"Statement": []}', consumer.arn: "{}"}
    assert snap.account_settings == {("000000000000", "us-east-1"): {"Status": "ENABLED"}}
    await store.delete_stream(s.uid)
    snap = await store.load()
    assert snap.streams == [] and snap.consumers == [] and snap.policies == {}
    await store.reset()
    assert (await store.load()).account_settings == {}
