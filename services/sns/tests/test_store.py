"""Contract tests of the SNS metadata store, on SQLite (embedded) and on a real PostgreSQL (cluster)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from overcast_common.storage.migrations import schema_drift
from overcast_common.testing.postgres_server import (
    SQL_BACKENDS,
    sql_settings,
)
from overcast_sns.store import Entity
from overcast_sns.store.sql import SqlSnsStore, metadata

Opener = Callable[[], Awaitable[SqlSnsStore]]

TOPIC = "arn:aws:sns:us-east-1:000000000000:t"


@pytest.fixture(params=SQL_BACKENDS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    settings = sql_settings(request.param, tmp_path)
    return lambda: SqlSnsStore.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlSnsStore]:
    s = await opener()
    yield s
    await s.close()


def topic(name: str, account: str = "000000000000", region: str = "us-east-1") -> Entity:
    return Entity(f"arn:aws:sns:{region}:{account}:{name}", "topic", account, region, "", {"name": name})


async def test_schema_matches_migrations(store: SqlSnsStore) -> None:
    assert await schema_drift(store.db, metadata) == []


async def test_put_get_replace_delete(store: SqlSnsStore) -> None:
    await store.put(topic("a"))
    got = await store.get(topic("a").arn)
    assert got is not None and got.doc == {"name": "a"} and got.seq > 0
    replaced = topic("a")
    replaced.doc = {"name": "a", "x": 1}
    await store.put(replaced)
    again = await store.get(replaced.arn)
    assert again is not None and again.doc["x"] == 1 and again.seq == got.seq  # keeps its place
    assert await store.delete(replaced.arn) is True
    assert await store.delete(replaced.arn) is False
    assert await store.get(replaced.arn) is None


async def test_listing_scopes_and_pages(store: SqlSnsStore) -> None:
    for i in range(5):
        await store.put(topic(f"t{i}"))
    await store.put(topic("other", account="111111111111"))
    await store.put(topic("west", region="us-west-2"))
    first = await store.list_entities("topic", account_id="000000000000", region="us-east-1", limit=3)
    assert [e.doc["name"] for e in first] == ["t0", "t1", "t2"]
    rest = await store.list_entities(
        "topic", account_id="000000000000", region="us-east-1", after=first[-1].seq, limit=3
    )
    assert [e.doc["name"] for e in rest] == ["t3", "t4"]


async def test_children_by_parent(store: SqlSnsStore) -> None:
    for i in range(3):
        await store.put(Entity(f"{TOPIC}:{i}", "subscription", "000000000000", "us-east-1", TOPIC, {"i": i}))
    assert [e.doc["i"] for e in await store.list_entities("subscription", parent=TOPIC)] == [0, 1, 2]
    assert await store.delete_children(TOPIC) == 3
    assert await store.list_entities("subscription", parent=TOPIC) == []


async def test_dedup_window(store: SqlSnsStore) -> None:
    assert await store.remember_dedup("k", 1_000, 300_000, {"MessageId": "m1"}) is None
    assert await store.remember_dedup("k", 2_000, 300_000, {"MessageId": "m2"}) == {"MessageId": "m1"}
    # after the window the id may be used again
    assert await store.remember_dedup("k", 302_000, 300_000, {"MessageId": "m3"}) is None
    assert await store.find_dedup("k", 302_001) == {"MessageId": "m3"}
    assert await store.find_dedup("k", 602_000) is None  # expired
    assert await store.find_dedup("other", 302_001) is None


async def test_outbox_and_restart_and_reset(opener: Opener) -> None:
    store = await opener()
    await store.add_outbox("000000000000", "us-east-1", {"Message": "one"})
    await store.add_outbox("111111111111", "us-east-1", {"Message": "two"})
    await store.put(topic("kept"))
    await store.close()
    store = await opener()  # a restart keeps everything
    try:
        assert [m["Message"] for m in await store.list_outbox()] == ["one", "two"]
        assert [m["Message"] for m in await store.list_outbox("111111111111")] == ["two"]
        assert await store.get(topic("kept").arn) is not None
        await store.reset()
        assert await store.list_outbox() == []
        assert await store.get(topic("kept").arn) is None
    finally:
        await store.close()
