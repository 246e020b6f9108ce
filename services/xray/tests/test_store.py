"""Contract tests of the X-Ray store, on SQLite (embedded) and on a real PostgreSQL (cluster)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from overcast_common.storage.migrations import schema_drift
from overcast_common.testing.postgres_server import (
    SQL_BACKENDS,
    sql_settings,
)
from overcast_xray.segments import parse_document
from overcast_xray.store import GroupRecord, PolicyRecord, RuleRecord, StatisticRecord
from overcast_xray.store.sql import SqlXrayStore, metadata

from .conftest import segment, text

Opener = Callable[[], Awaitable[SqlXrayStore]]
A, R = "000000000000", "us-east-1"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture(params=SQL_BACKENDS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    settings = sql_settings(request.param, tmp_path)
    return lambda: SqlXrayStore.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlXrayStore]:
    s = await opener()
    yield s
    await s.close()


async def test_schema_matches_the_migrations(store: SqlXrayStore) -> None:
    assert await schema_drift(store.db, metadata) == []


async def test_segments_index_and_replace(store: SqlXrayStore) -> None:
    first = segment("web", start=NOW.timestamp() - 10)
    later = segment(
        "api", trace_id=first["trace_id"], start=NOW.timestamp() - 5, duration=2, parent_id=first["id"]
    )
    await store.put_segments(A, R, [parse_document(text(first))], NOW)
    await store.put_segments(A, R, [parse_document(text(later)), parse_document(text(later))], NOW)
    rows = await store.find_traces(A, R, "Event", NOW.timestamp() - 60, NOW.timestamp())
    assert [r.trace_id for r in rows] == [first["trace_id"]]
    assert rows[0].start_time == first["start_time"] and rows[0].end_time == later["end_time"]
    assert rows[0].id_time == float(int(first["start_time"]))
    got = await store.get_segments(A, R, [first["trace_id"]])
    assert [s.name for s in got[first["trace_id"]]] == ["web", "api"]
    assert got[first["trace_id"]][1].document == later
    assert await store.find_traces(A, R, "Event", NOW.timestamp() + 10, NOW.timestamp() + 20) == []
    assert await store.find_traces("111122223333", R, "Event", 0, NOW.timestamp()) == []


async def test_keyset_pages(store: SqlXrayStore) -> None:
    docs = [parse_document(text(segment(f"s{i}", start=NOW.timestamp() - 100 + i))) for i in range(5)]
    await store.put_segments(A, R, docs, NOW)
    first = await store.find_traces(A, R, "Event", 0, NOW.timestamp(), limit=3)
    rest = await store.find_traces(
        A, R, "Event", 0, NOW.timestamp(), after=(first[-1].start_time, first[-1].trace_id)
    )
    assert [r.trace_id for r in first + rest] == [d.trace_id for d in docs]


async def test_restart_keeps_everything_and_retention_deletes(opener: Opener) -> None:
    store = await opener()
    doc = parse_document(text(segment()))
    await store.put_segments(A, R, [doc], NOW - timedelta(days=31))
    await store.put_rule(A, R, RuleRecord({"RuleName": "r", "Priority": 1}, NOW, NOW))
    await store.close()
    store = await opener()
    try:
        assert (await store.list_rules(A, R))[0].rule == {"RuleName": "r", "Priority": 1}
        assert list(await store.get_segments(A, R, [doc.trace_id])) == [doc.trace_id]
        assert await store.delete_traces_before(NOW - timedelta(days=30)) == 1
        assert await store.get_segments(A, R, [doc.trace_id]) == {}
    finally:
        await store.close()


async def test_rules_statistics_groups_tags_policies_settings(store: SqlXrayStore) -> None:
    await store.put_rule(A, R, RuleRecord({"RuleName": "r", "FixedRate": 0.1}, NOW, NOW))
    await store.put_rule(
        A, R, RuleRecord({"RuleName": "r", "FixedRate": 0.2}, NOW, NOW + timedelta(seconds=1))
    )
    assert [(r.rule["FixedRate"], r.modified_at) for r in await store.list_rules(A, R)] == [
        (0.2, NOW + timedelta(seconds=1))
    ]
    stat = StatisticRecord("r", "c1", NOW, 10, 2, 1)
    await store.add_statistics(A, R, [stat, stat])
    await store.add_statistics(A, R, [StatisticRecord("r", "c1", NOW + timedelta(seconds=5), 1, 1, 0)])
    assert await store.list_statistics(A, R) == [
        StatisticRecord("r", "c1", NOW + timedelta(seconds=5), 21, 5, 2)
    ]
    assert await store.delete_rule(A, R, "r") and not await store.delete_rule(A, R, "r")
    assert await store.list_statistics(A, R) == []

    group = GroupRecord("g", "arn:g", "fault", {"InsightsEnabled": True})
    await store.put_group(A, R, group)
    assert await store.get_group(A, R, "g") == group and await store.list_groups(A, R) == [group]
    assert await store.delete_group(A, R, "g") and await store.get_group(A, R, "g") is None

    await store.tag("arn:x", {"a": "1", "b": "2"})
    await store.tag("arn:x", {"a": "3"})
    await store.untag("arn:x", ["b"])
    assert await store.get_tags("arn:x") == {"a": "3"}
    await store.untag("arn:x")
    assert await store.get_tags("arn:x") == {}

    policy = PolicyRecord("p", "{}", "1", NOW)
    await store.put_policy(A, R, policy)
    assert await store.list_policies(A, R) == [policy]
    assert await store.delete_policy(A, R, "p") and await store.list_policies(A, R) == []

    await store.put_setting(A, R, "encryption", {"Type": "KMS"})
    assert await store.get_setting(A, R, "encryption") == {"Type": "KMS"}
    assert await store.get_setting(A, "eu-west-1", "encryption") is None
    await store.reset()
    assert await store.get_setting(A, R, "encryption") is None


async def test_one_batch_mixes_roots_children_and_in_progress(store: SqlXrayStore) -> None:
    # SQLite writes each NULL pattern (parent_id, end_time) with its own statement: all four in one batch
    start = NOW.timestamp() - 10
    root = segment("web", start=start)
    child = segment("api", trace_id=root["trace_id"], start=start + 1, parent_id=root["id"])
    open_root = segment("worker", start=start + 2)
    open_child = segment("db", trace_id=open_root["trace_id"], start=start + 3, parent_id=open_root["id"])
    for doc in (open_root, open_child):
        del doc["end_time"]
        doc["in_progress"] = True
    docs = [root, child, open_root, open_child]
    await store.put_segments(A, R, [parse_document(text(d)) for d in docs], NOW)
    done = dict(open_child, end_time=start + 4)
    del done["in_progress"]
    # the completed copy replaces the in-progress one; a late in-progress copy of `child` does not
    late = {k: v for k, v in child.items() if k != "end_time"} | {"in_progress": True}
    await store.put_segments(A, R, [parse_document(text(done)), parse_document(text(late))], NOW)
    got = await store.get_segments(A, R, [root["trace_id"], open_root["trace_id"]])
    records = {r.id: r for rs in got.values() for r in rs}
    assert {i: (r.parent_id, r.end_time, r.document) for i, r in records.items()} == {
        root["id"]: (None, root["end_time"], root),
        child["id"]: (root["id"], child["end_time"], child),
        open_root["id"]: (None, None, open_root),
        open_child["id"]: (open_root["id"], start + 4, done),
    }
