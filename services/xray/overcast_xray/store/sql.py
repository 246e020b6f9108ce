"""The X-Ray store on SQL: SQLite when embedded, PostgreSQL in cluster mode, one adapter for both.

Tables are declared here for queries and created by the revisions in ``overcast_xray/migrations``; a
test (``schema_drift``) proves the two agree on both dialects. Segment documents are kept as the JSON
text that was accepted; reads parse them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from overcast_common.config import Settings
from overcast_common.loop_slices import in_slices
from overcast_common.storage import Database, JsonDocument, UtcDateTime, delete_all, open_database, upsert
from overcast_common.storage.migrations import migrations_path
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Double,
    Index,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    exists,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from overcast_xray.ids import plausible_epoch, trace_id_epoch
from overcast_xray.segments import SegmentRecord
from overcast_xray.store import (
    GroupRecord,
    PolicyRecord,
    RuleRecord,
    StatisticRecord,
    TimeRangeKind,
    TraceRow,
)

SERVICE = "xray"
MIGRATIONS = "overcast_xray.migrations"
CHUNK = 500

metadata = MetaData()


def _scope() -> list[Column[str]]:
    return [
        Column("account_id", String(12), primary_key=True),
        Column("region", String(32), primary_key=True),
    ]


traces = Table(
    "traces",
    metadata,
    *_scope(),
    Column("trace_id", String(35), primary_key=True),
    Column("start_time", Double(), nullable=False),
    Column("end_time", Double(), nullable=False),
    Column("id_time", Double(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    Index("traces_by_start", "account_id", "region", "start_time", "trace_id"),
    Index("traces_by_id_time", "account_id", "region", "id_time"),
    Index("traces_by_update", "updated_at"),
)
segments = Table(
    "segments",
    metadata,
    *_scope(),
    Column("trace_id", String(35), primary_key=True),
    Column("segment_id", String(16), primary_key=True),
    Column("parent_id", String(16), nullable=True),
    Column("independent", Boolean(), nullable=False),
    Column("name", String(200), nullable=False),
    Column("start_time", Double(), nullable=False),
    Column("end_time", Double(), nullable=True),
    Column("document", Text(), nullable=False),
)
sampling_rules = Table(
    "sampling_rules",
    metadata,
    *_scope(),
    Column("rule_name", String(64), primary_key=True),
    Column("rule", JsonDocument(), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("modified_at", UtcDateTime(), nullable=False),
)
sampling_statistics = Table(
    "sampling_statistics",
    metadata,
    *_scope(),
    Column("rule_name", String(64), primary_key=True),
    Column("client_id", String(64), primary_key=True),
    Column("timestamp", UtcDateTime(), nullable=False),
    Column("request_count", BigInteger(), nullable=False),
    Column("sampled_count", BigInteger(), nullable=False),
    Column("borrow_count", BigInteger(), nullable=False),
)
groups = Table(
    "groups",
    metadata,
    *_scope(),
    Column("group_name", String(32), primary_key=True),
    Column("group_arn", String(400), nullable=False),
    Column("filter_expression", Text(), nullable=True),
    Column("insights", JsonDocument(), nullable=True),
)
tags = Table(
    "tags",
    metadata,
    Column("resource_arn", String(1011), primary_key=True),
    Column("tag_key", String(128), primary_key=True),
    Column("tag_value", String(256), nullable=False),
)
resource_policies = Table(
    "resource_policies",
    metadata,
    *_scope(),
    Column("policy_name", String(128), primary_key=True),
    Column("document", Text(), nullable=False),
    Column("revision_id", String(128), nullable=False),
    Column("last_updated", UtcDateTime(), nullable=False),
)
settings_table = Table(
    "settings",
    metadata,
    *_scope(),
    Column("name", String(64), primary_key=True),
    Column("value", JsonDocument(), nullable=False),
)


def _insert(dialect: str, table: Table) -> Any:
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


_UPSERTS: dict[str, tuple[Any, Any]] = {}
_COMPILED: dict[int, tuple[str, list[tuple[str, Any]]]] = {}
"""Keyed by the id of a statement in ``_UPSERTS`` (built once per dialect, never freed)."""


def _upserts(dialect: str) -> tuple[Any, Any]:
    """The segment and trace upserts of ``put_segments``, built once per dialect."""
    found = _UPSERTS.get(dialect)
    if found is not None:
        return found
    seg = _insert(dialect, segments)
    segment_statement = seg.on_conflict_do_update(
        index_elements=["account_id", "region", "trace_id", "segment_id"],
        set_={
            c: seg.excluded[c]
            for c in ("parent_id", "independent", "name", "start_time", "end_time", "document")
        },
        # a late in-progress copy never replaces the completed segment
        where=or_(seg.excluded.end_time.is_not(None), segments.c.end_time.is_(None)),
    )
    tr = _insert(dialect, traces)
    trace_statement = tr.on_conflict_do_update(
        index_elements=["account_id", "region", "trace_id"],
        set_={
            "start_time": case(
                (tr.excluded.start_time < traces.c.start_time, tr.excluded.start_time),
                else_=traces.c.start_time,
            ),
            "end_time": case(
                (tr.excluded.end_time > traces.c.end_time, tr.excluded.end_time), else_=traces.c.end_time
            ),
            "updated_at": tr.excluded.updated_at,
        },
    )
    _UPSERTS[dialect] = (segment_statement, trace_statement)
    return segment_statement, trace_statement


ROW_CHUNK = 32
"""Segment rows built per event-loop turn before a SQLite write (~20 µs each, documents as JSON): 64 made
steps of up to ~1 ms that requests in flight waited through (``bench/loop_stalls.py``)."""


_Plan = tuple[str, list[tuple[str, Any]]]


def _plan(conn: Connection, statement: Any) -> _Plan:
    """``statement`` compiled for the stdlib driver's ``executemany``: SQL text, and each parameter's
    name and bind processor (e.g. ``UtcDateTime``'s) in order; compiled once, on first use."""
    plan = _COMPILED.get(id(statement))
    if plan is None:
        compiled = statement.compile(dialect=conn.dialect)
        processors = compiled._bind_processors
        plan = (str(compiled), [(name, processors.get(name)) for name in compiled.positiontup])
        _COMPILED[id(statement)] = plan
    return plan


def _values(order: list[tuple[str, Any]], row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(p(row[n]) if p is not None else row[n] for n, p in order)


_SEGMENT_COLUMNS = [
    "account_id", "region", "trace_id", "segment_id", "parent_id", "independent", "name", "start_time",
    "end_time", "document",
]  # fmt: skip
_TRACE_COLUMNS = ["account_id", "region", "trace_id", "start_time", "end_time", "id_time", "updated_at"]
_PARENT, _END = _SEGMENT_COLUMNS.index("parent_id"), _SEGMENT_COLUMNS.index("end_time")
_NULL_VARIANTS: dict[tuple[str, tuple[int, ...]], str] = {}
_WITHOUT = {
    nulls: itemgetter(*(i for i in range(len(_SEGMENT_COLUMNS)) if i not in nulls))
    for nulls in ((_PARENT,), (_END,), (_PARENT, _END))
}
"""A segment row without the values at those positions (in C: a generator per row cost ~3 µs)."""


def _with_nulls(sql: str, positions: tuple[int, ...]) -> str:
    """``sql`` with the parameters at ``positions`` written as ``NULL``: the stdlib driver binds a ``None``
    through its adapter lookup (a failed ``__conform__`` attribute lookup each, ~3 k instructions)."""
    key = (sql, positions)
    found = _NULL_VARIANTS.get(key)
    if found is None:
        parts = sql.split("?")
        assert len(parts) == len(_SEGMENT_COLUMNS) + 1, sql  # qmark style, no "?" but the parameters
        found = parts[0] + "".join(
            ("NULL" if i in positions else "?") + part for i, part in enumerate(parts[1:])
        )
        _NULL_VARIANTS[key] = found
    return found


def _by_nulls(sql: str, rows: list[tuple[Any, ...]]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Segment rows grouped by which of parent_id and end_time are None, each group with its own SQL and
    without those values (rows are unique by key, so the groups' order does not matter)."""
    groups: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        nulls = (
            (() if row[_END] is not None else (_END,))
            if row[_PARENT] is not None
            else ((_PARENT,) if row[_END] is not None else (_PARENT, _END))
        )
        if nulls:
            row = _WITHOUT[nulls](row)
        groups.setdefault(nulls, []).append(row)
    return [(_with_nulls(sql, nulls) if nulls else sql, part) for nulls, part in groups.items()]


def _executemany(conn: Connection, sql: str, values: list[tuple[Any, ...]]) -> None:
    """The stdlib driver's ``executemany`` on the transaction's own connection: C all the way, the GIL
    let go while SQLite works, so it can run on a worker thread without holding up the event loop."""
    if not values:
        return
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


class SqlXrayStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    async def open(cls, target: Settings | str | Path) -> SqlXrayStore:
        """Open (and migrate) the store: from settings (``OVERCAST_DATABASE_URL`` or the data
        directory), a SQLAlchemy URL, or the path of a SQLite file."""
        if isinstance(target, Path):
            target = f"sqlite+aiosqlite:///{target.absolute()}"
        return cls(await open_database(target, SERVICE, migrations_path(MIGRATIONS)))

    # --- traces -------------------------------------------------------------------------------------

    async def put_segments(
        self, account_id: str, region: str, records: Sequence[SegmentRecord], received_at: datetime
    ) -> None:
        if not records:
            return
        segment_statement, trace_statement = _upserts(self.db.dialect)
        latest: dict[tuple[str, str], SegmentRecord] = {}
        for record in records:  # one row per key: a statement may not update a row twice
            key = (record.trace_id, record.id)
            previous = latest.get(key)
            if previous is None or previous.end_time is None or record.end_time is not None:
                latest[key] = record
        spans: dict[str, list[float]] = {}
        for record in latest.values():
            span = spans.setdefault(record.trace_id, [record.start_time, record.last_time])
            span[0], span[1] = min(span[0], record.start_time), max(span[1], record.last_time)
        now = time.time()
        trace_rows: list[dict[str, Any]] = [
            {
                "account_id": account_id,
                "region": region,
                "trace_id": trace_id,
                "start_time": start,
                "end_time": end,
                "id_time": float(epoch) if plausible_epoch(epoch := trace_id_epoch(trace_id), now) else start,
                "updated_at": received_at,
            }
            for trace_id, (start, end) in spans.items()
        ]

        def segment_row(r: SegmentRecord) -> dict[str, Any]:
            return {
                "account_id": account_id,
                "region": region,
                "trace_id": r.trace_id,
                "segment_id": r.id,
                "parent_id": r.parent_id,
                "independent": r.independent,
                "name": r.name,
                "start_time": r.start_time,
                "end_time": r.end_time,
                "document": r.to_json(),
            }

        if self.db.dialect != "sqlite":
            segment_rows = [segment_row(r) for r in latest.values()]

            def write(conn: Connection) -> None:
                conn.execute(segment_statement, segment_rows)  # executemany: one transaction per batch
                conn.execute(trace_statement, trace_rows)

            await self.db.run(write, write=True)
            return

        # SQLite: the rows (documents as JSON, bind processors applied) are built here on the event loop,
        # ROW_CHUNK per turn; the worker thread only runs the driver's executemany, which lets go of the
        # GIL. Python work on that thread would hold the GIL against the loop (see ``in_slices``).
        def plans(conn: Connection) -> tuple[_Plan, _Plan]:
            return _plan(conn, segment_statement), _plan(conn, trace_statement)

        known = [_COMPILED.get(id(segment_statement)), _COMPILED.get(id(trace_statement))]
        # the first write compiles them on the thread, for its connection's dialect
        segment_plan, trace_plan = (known[0], known[1]) if known[0] and known[1] else await self.db.run(plans)
        segment_sql, segment_order = segment_plan
        trace_sql, trace_order = trace_plan
        segment_values: list[tuple[Any, ...]] = []
        if [n for n, _ in segment_order] == _SEGMENT_COLUMNS:
            # the values as the bind processors would make them (Boolean → int, Double → float), directly
            async for part in in_slices(list(latest.values()), ROW_CHUNK):
                segment_values += [
                    (
                        account_id,
                        region,
                        r.trace_id,
                        r.id,
                        r.parent_id,
                        int(r.independent),
                        r.name,
                        float(r.start_time),
                        None if r.end_time is None else float(r.end_time),
                        r.to_json(),
                    )
                    for r in part
                ]
            segment_writes = _by_nulls(segment_sql, segment_values)
        else:
            async for part in in_slices(list(latest.values()), ROW_CHUNK):
                segment_values += [_values(segment_order, segment_row(r)) for r in part]
            segment_writes = [(segment_sql, segment_values)]
        if [n for n, _ in trace_order] == _TRACE_COLUMNS:
            updated_at = _values(trace_order[-1:], trace_rows[0])[0]  # the same for every row
            trace_values = [
                (
                    account_id,
                    region,
                    row["trace_id"],
                    float(row["start_time"]),
                    float(row["end_time"]),
                    float(row["id_time"]),
                    updated_at,
                )
                for row in trace_rows
            ]
        else:
            trace_values = [_values(trace_order, row) for row in trace_rows]

        def write_sqlite(conn: Connection) -> None:
            for sql, values in segment_writes:
                _executemany(conn, sql, values)
            _executemany(conn, trace_sql, trace_values)

        await self.db.run(write_sqlite, write=True)

    async def find_traces(
        self,
        account_id: str,
        region: str,
        kind: TimeRangeKind,
        start: float,
        end: float,
        *,
        after: tuple[float, str] | None = None,
        limit: int = 1000,
    ) -> list[TraceRow]:
        where = [traces.c.account_id == account_id, traces.c.region == region]
        if kind == "TraceId":
            where += [traces.c.id_time >= start, traces.c.id_time <= end]
        else:
            where += [traces.c.start_time <= end, traces.c.end_time >= start]
        if after is not None:
            where.append(
                or_(
                    traces.c.start_time > after[0],
                    and_(traces.c.start_time == after[0], traces.c.trace_id > after[1]),
                )
            )
        query = select(traces).where(*where).order_by(traces.c.start_time, traces.c.trace_id).limit(limit)
        rows = await self.db.run(lambda conn: conn.execute(query).mappings().all())
        return [TraceRow(r["trace_id"], r["start_time"], r["end_time"], r["id_time"]) for r in rows]

    async def get_segments(
        self, account_id: str, region: str, trace_ids: Sequence[str]
    ) -> dict[str, list[SegmentRecord]]:
        wanted = list(dict.fromkeys(trace_ids))

        def read(conn: Connection) -> list[Any]:
            found: list[Any] = []
            for i in range(0, len(wanted), CHUNK):
                query = (
                    select(segments)
                    .where(
                        segments.c.account_id == account_id,
                        segments.c.region == region,
                        segments.c.trace_id.in_(wanted[i : i + CHUNK]),
                    )
                    .order_by(segments.c.trace_id, segments.c.start_time, segments.c.segment_id)
                )
                found.extend(conn.execute(query).mappings().all())
            return found

        result: dict[str, list[SegmentRecord]] = {}
        for r in await self.db.run(read):
            result.setdefault(r["trace_id"], []).append(
                SegmentRecord(
                    trace_id=r["trace_id"],
                    id=r["segment_id"],
                    name=r["name"],
                    start_time=r["start_time"],
                    end_time=r["end_time"],
                    parent_id=r["parent_id"],
                    independent=bool(r["independent"]),
                    document=json.loads(r["document"]),
                )
            )
        return result

    async def delete_traces_before(self, cutoff: datetime) -> int:
        old = traces.c.updated_at < cutoff
        owned = exists().where(
            traces.c.account_id == segments.c.account_id,
            traces.c.region == segments.c.region,
            traces.c.trace_id == segments.c.trace_id,
            old,
        )

        def delete(conn: Connection) -> int:
            conn.execute(segments.delete().where(owned))
            return int(conn.execute(traces.delete().where(old)).rowcount)

        return await self.db.run(delete, write=True)

    # --- sampling -----------------------------------------------------------------------------------

    async def list_rules(self, account_id: str, region: str) -> list[RuleRecord]:
        query = select(sampling_rules).where(
            sampling_rules.c.account_id == account_id, sampling_rules.c.region == region
        )
        rows = await self.db.run(lambda conn: conn.execute(query).mappings().all())
        return [RuleRecord(r["rule"], r["created_at"], r["modified_at"]) for r in rows]

    async def put_rule(self, account_id: str, region: str, record: RuleRecord) -> None:
        row = {
            "account_id": account_id,
            "region": region,
            "rule_name": record.name,
            "rule": record.rule,
            "created_at": record.created_at,
            "modified_at": record.modified_at,
        }
        statement = upsert(self.db.dialect, sampling_rules, row, key=("account_id", "region", "rule_name"))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def delete_rule(self, account_id: str, region: str, name: str) -> bool:
        t = sampling_rules
        statement = t.delete().where(
            t.c.account_id == account_id, t.c.region == region, t.c.rule_name == name
        )
        s = sampling_statistics
        stats = s.delete().where(s.c.account_id == account_id, s.c.region == region, s.c.rule_name == name)

        def delete(conn: Connection) -> bool:
            conn.execute(stats)
            return bool(conn.execute(statement).rowcount)

        return await self.db.run(delete, write=True)

    async def add_statistics(self, account_id: str, region: str, stats: Sequence[StatisticRecord]) -> None:
        if not stats:
            return
        merged: dict[tuple[str, str], StatisticRecord] = {}
        for s in stats:
            key = (s.rule_name, s.client_id)
            if key in merged:
                p = merged[key]
                s = StatisticRecord(
                    s.rule_name,
                    s.client_id,
                    max(p.timestamp, s.timestamp),
                    p.request_count + s.request_count,
                    p.sampled_count + s.sampled_count,
                    p.borrow_count + s.borrow_count,
                )
            merged[key] = s
        rows = [
            {
                "account_id": account_id,
                "region": region,
                "rule_name": s.rule_name,
                "client_id": s.client_id,
                "timestamp": s.timestamp,
                "request_count": s.request_count,
                "sampled_count": s.sampled_count,
                "borrow_count": s.borrow_count,
            }
            for s in merged.values()
        ]
        t = sampling_statistics
        ins = _insert(self.db.dialect, t)
        statement = ins.on_conflict_do_update(
            index_elements=["account_id", "region", "rule_name", "client_id"],
            set_={
                "timestamp": case(
                    (ins.excluded.timestamp > t.c.timestamp, ins.excluded.timestamp), else_=t.c.timestamp
                ),
                "request_count": t.c.request_count + ins.excluded.request_count,
                "sampled_count": t.c.sampled_count + ins.excluded.sampled_count,
                "borrow_count": t.c.borrow_count + ins.excluded.borrow_count,
            },
        )
        await self.db.run(lambda conn: conn.execute(statement, rows), write=True)

    async def list_statistics(self, account_id: str, region: str) -> list[StatisticRecord]:
        t = sampling_statistics
        query = select(t).where(t.c.account_id == account_id, t.c.region == region).order_by(t.c.rule_name)
        rows = await self.db.run(lambda conn: conn.execute(query).mappings().all())
        return [
            StatisticRecord(
                r["rule_name"],
                r["client_id"],
                r["timestamp"],
                r["request_count"],
                r["sampled_count"],
                r["borrow_count"],
            )
            for r in rows
        ]

    # --- groups -------------------------------------------------------------------------------------

    async def put_group(self, account_id: str, region: str, group: GroupRecord) -> None:
        row = {
            "account_id": account_id,
            "region": region,
            "group_name": group.name,
            "group_arn": group.arn,
            "filter_expression": group.filter_expression,
            "insights": group.insights,
        }
        statement = upsert(self.db.dialect, groups, row, key=("account_id", "region", "group_name"))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def get_group(self, account_id: str, region: str, name: str) -> GroupRecord | None:
        query = select(groups).where(
            groups.c.account_id == account_id, groups.c.region == region, groups.c.group_name == name
        )
        row = await self.db.run(lambda conn: conn.execute(query).mappings().first())
        return None if row is None else _group(row)

    async def list_groups(self, account_id: str, region: str) -> list[GroupRecord]:
        query = (
            select(groups)
            .where(groups.c.account_id == account_id, groups.c.region == region)
            .order_by(groups.c.group_name)
        )
        rows = await self.db.run(lambda conn: conn.execute(query).mappings().all())
        return [_group(r) for r in rows]

    async def delete_group(self, account_id: str, region: str, name: str) -> bool:
        statement = groups.delete().where(
            groups.c.account_id == account_id, groups.c.region == region, groups.c.group_name == name
        )
        return await self.db.run(lambda conn: bool(conn.execute(statement).rowcount), write=True)

    # --- tags ---------------------------------------------------------------------------------------

    async def get_tags(self, arn: str) -> dict[str, str]:
        query = select(tags).where(tags.c.resource_arn == arn).order_by(tags.c.tag_key)
        rows = await self.db.run(lambda conn: conn.execute(query).mappings().all())
        return {r["tag_key"]: r["tag_value"] for r in rows}

    async def tag(self, arn: str, new: Mapping[str, str]) -> None:
        if not new:
            return
        rows = [{"resource_arn": arn, "tag_key": k, "tag_value": v} for k, v in new.items()]
        ins = _insert(self.db.dialect, tags)
        statement = ins.on_conflict_do_update(
            index_elements=["resource_arn", "tag_key"], set_={"tag_value": ins.excluded.tag_value}
        )
        await self.db.run(lambda conn: conn.execute(statement, rows), write=True)

    async def untag(self, arn: str, keys: Sequence[str] | None = None) -> None:
        statement = tags.delete().where(tags.c.resource_arn == arn)
        if keys is not None:
            statement = statement.where(tags.c.tag_key.in_(list(keys)))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    # --- resource policies and settings -------------------------------------------------------------

    async def list_policies(self, account_id: str, region: str) -> list[PolicyRecord]:
        t = resource_policies
        query = select(t).where(t.c.account_id == account_id, t.c.region == region).order_by(t.c.policy_name)
        rows = await self.db.run(lambda conn: conn.execute(query).mappings().all())
        return [
            PolicyRecord(r["policy_name"], r["document"], r["revision_id"], r["last_updated"]) for r in rows
        ]

    async def put_policy(self, account_id: str, region: str, policy: PolicyRecord) -> None:
        row = {
            "account_id": account_id,
            "region": region,
            "policy_name": policy.name,
            "document": policy.document,
            "revision_id": policy.revision_id,
            "last_updated": policy.last_updated,
        }
        statement = upsert(
            self.db.dialect, resource_policies, row, key=("account_id", "region", "policy_name")
        )
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def delete_policy(self, account_id: str, region: str, name: str) -> bool:
        t = resource_policies
        statement = t.delete().where(
            t.c.account_id == account_id, t.c.region == region, t.c.policy_name == name
        )
        return await self.db.run(lambda conn: bool(conn.execute(statement).rowcount), write=True)

    async def get_setting(self, account_id: str, region: str, name: str) -> Any | None:
        t = settings_table
        query = select(t.c.value).where(t.c.account_id == account_id, t.c.region == region, t.c.name == name)
        return await self.db.run(lambda conn: conn.execute(query).scalar())

    async def put_setting(self, account_id: str, region: str, name: str, value: Any) -> None:
        row = {"account_id": account_id, "region": region, "name": name, "value": value}
        statement = upsert(self.db.dialect, settings_table, row, key=("account_id", "region", "name"))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def reset(self) -> None:
        await self.db.run(lambda conn: delete_all(conn, metadata), write=True)

    async def close(self) -> None:
        await self.db.close()


def _group(row: Any) -> GroupRecord:
    return GroupRecord(row["group_name"], row["group_arn"], row["filter_expression"], row["insights"])
