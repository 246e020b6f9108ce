"""Contract tests of the CloudTrail store, on SQLite (embedded) and on a real PostgreSQL (cluster)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from overcast_cloudtrail.store import EventQuery, NewEvent, TrailRecord
from overcast_cloudtrail.store.sql import SqlCloudtrailStore, metadata
from overcast_common.storage.migrations import schema_drift
from overcast_common.testing.postgres_server import (
    SQL_BACKENDS,
    sql_settings,
)

Opener = Callable[[], Awaitable[SqlCloudtrailStore]]
NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
ACCOUNT = "000000000000"


def event(n: int, *, at: datetime = NOW, name: str = "CreateQueue", **overrides: object) -> NewEvent:
    fields: dict[str, object] = {
        "event_id": f"id-{n}",
        "account_id": ACCOUNT,
        "region": "us-east-1",
        "event_time": at,
        "event_name": name,
        "event_source": "sqs.amazonaws.com",
        "username": "root",
        "read_only": False,
        "access_key_id": "test",
        "category": "Management",
        "document": f'{{"n":{n}}}',
        "resources": (("AWS::SQS::Queue", f"q{n}"),),
    }
    fields.update(overrides)
    return NewEvent(**fields)  # type: ignore[arg-type]


def query(**overrides: object) -> EventQuery:
    fields: dict[str, object] = {
        "account_id": ACCOUNT,
        "region": "us-east-1",
        "start": NOW - timedelta(days=1),
        "end": NOW + timedelta(days=1),
    }
    fields.update(overrides)
    return EventQuery(**fields)  # type: ignore[arg-type]


@pytest.fixture(params=SQL_BACKENDS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    settings = sql_settings(request.param, tmp_path)
    return lambda: SqlCloudtrailStore.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlCloudtrailStore]:
    s = await opener()
    yield s
    await s.close()


async def test_schema_matches_the_migrations(store: SqlCloudtrailStore) -> None:
    assert await schema_drift(store.db, metadata) == []


async def test_put_and_lookup_newest_first_with_ties_by_insertion(store: SqlCloudtrailStore) -> None:
    assert await store.put_events([event(1), event(2), event(3, at=NOW - timedelta(seconds=5))]) == 3
    found = await store.lookup(query())
    assert [e.event_id for e in found] == ["id-2", "id-1", "id-3"]
    assert found[0].document == '{"n":2}' and found[0].resources == (("AWS::SQS::Queue", "q2"),)
    assert found[0].event_time == NOW and found[0].read_only is False


async def test_duplicates_are_skipped(store: SqlCloudtrailStore) -> None:
    assert await store.put_events([event(1)]) == 1
    assert await store.put_events([event(1), event(2)]) == 1
    assert len(await store.lookup(query())) == 2


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("EventId", "id-2", ["id-2"]),
        ("EventName", "DeleteQueue", ["id-2"]),
        ("ReadOnly", "true", ["id-3"]),
        ("ReadOnly", "false", ["id-2", "id-1"]),
        ("Username", "alice", ["id-3"]),
        ("EventSource", "sts.amazonaws.com", ["id-3"]),
        ("AccessKeyId", "AKIAALICE", ["id-3"]),
        ("ResourceType", "AWS::SQS::Queue", ["id-2", "id-1"]),
        ("ResourceName", "q1", ["id-1"]),
    ],
)
async def test_every_lookup_attribute(
    store: SqlCloudtrailStore, key: str, value: str, expected: list[str]
) -> None:
    await store.put_events(
        [
            event(1),
            event(2, name="DeleteQueue"),
            event(
                3,
                name="GetCallerIdentity",
                event_source="sts.amazonaws.com",
                username="alice",
                read_only=True,
                access_key_id="AKIAALICE",
                resources=(),
                at=NOW - timedelta(seconds=1),
            ),
        ]
    )
    found = await store.lookup(query(attribute=(key, value)))
    assert [e.event_id for e in found] == expected


async def test_scoping_time_range_category_and_paging(store: SqlCloudtrailStore) -> None:
    await store.put_events(
        [
            event(1, at=NOW - timedelta(hours=3)),
            event(2, at=NOW - timedelta(hours=2)),
            event(3, at=NOW - timedelta(hours=1)),
            event(4, account_id="111111111111"),
            event(5, region="eu-west-1"),
            event(6, category="Data"),
        ]
    )
    assert [e.event_id for e in await store.lookup(query())] == ["id-3", "id-2", "id-1"]
    window = query(start=NOW - timedelta(hours=2), end=NOW - timedelta(hours=1))
    assert [e.event_id for e in await store.lookup(window)] == ["id-3", "id-2"]
    assert [e.event_id for e in await store.lookup(query(category="Data"))] == ["id-6"]
    first = await store.lookup(query(limit=2))
    rest = await store.lookup(query(limit=2, before=(first[-1].event_time, first[-1].seq)))
    assert [e.event_id for e in first + rest] == ["id-3", "id-2", "id-1"]


async def test_retention_deletes_old_events_and_their_resources(store: SqlCloudtrailStore) -> None:
    await store.put_events([event(1, at=NOW - timedelta(days=91)), event(2, at=NOW - timedelta(days=89))])
    assert await store.delete_before(NOW - timedelta(days=90)) == 1
    assert [e.event_id for e in await store.lookup(query(start=NOW - timedelta(days=100)))] == ["id-2"]
    assert await store.lookup(query(attribute=("ResourceName", "q1"), start=NOW - timedelta(days=100))) == []


async def test_events_after_and_last_seq(store: SqlCloudtrailStore) -> None:
    assert await store.last_seq() == 0
    await store.put_events([event(1), event(2), event(3)])
    everything = await store.events_after(0, 10)
    assert [e.event_id for e in everything] == ["id-1", "id-2", "id-3"]
    assert [e.event_id for e in await store.events_after(everything[0].seq, 1)] == ["id-2"]
    assert await store.last_seq() == everything[-1].seq


async def test_trails_and_restart(opener: Opener) -> None:
    store = await opener()
    await store.put_trail(TrailRecord(ACCOUNT, "t1", "us-east-1", {"Trail": {"Name": "t1"}, "Cursor": 3}))
    await store.put_trail(TrailRecord("111111111111", "t2", "us-west-2", {"Trail": {"Name": "t2"}}))
    await store.put_events([event(1)])
    await store.close()
    store = await opener()  # a restart keeps everything
    try:
        got = await store.get_trail(ACCOUNT, "t1")
        assert got is not None and got.document == {"Trail": {"Name": "t1"}, "Cursor": 3}
        assert [t.name for t in await store.list_trails(ACCOUNT)] == ["t1"]
        assert [t.name for t in await store.list_trails()] == ["t1", "t2"]
        assert len(await store.lookup(query())) == 1
        assert await store.delete_trail(ACCOUNT, "t1") is True
        assert await store.delete_trail(ACCOUNT, "t1") is False
        await store.reset()
        assert await store.list_trails() == [] and await store.lookup(query()) == []
    finally:
        await store.close()
