"""The CloudTrail store on SQL: SQLite when embedded, PostgreSQL in cluster mode, one adapter for both.

Tables are declared here for queries and created by the revisions in ``overcast_cloudtrail/migrations``;
a test (``schema_drift``) proves the two agree on both dialects.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
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
    Connection,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    exists,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from overcast_cloudtrail.store import EventQuery, NewEvent, StoredEvent, TrailRecord

SERVICE = "cloudtrail"
MIGRATIONS = "overcast_cloudtrail.migrations"

_Seq = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements only INTEGER PRIMARY KEY

metadata = MetaData()
events = Table(
    "events",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("event_id", String(64), nullable=False, unique=True),
    Column("account_id", String(32), nullable=False),
    Column("region", String(32), nullable=False),
    Column("event_time", UtcDateTime(), nullable=False),
    Column("event_name", String(128), nullable=False),
    Column("event_source", String(128), nullable=False),
    Column("username", String(256), nullable=False),
    Column("read_only", Boolean(), nullable=False),
    Column("access_key_id", String(128), nullable=False),
    Column("category", String(16), nullable=False),
    Column("document", Text(), nullable=False),
    Index("events_by_time", "account_id", "region", "category", "event_time"),
    Index("events_by_name", "event_name"),
    Index("events_by_source", "event_source"),
    Index("events_by_username", "username"),
    Index("events_by_access_key", "access_key_id"),
    Index("events_by_expiry", "event_time"),
)
event_resources = Table(
    "event_resources",
    metadata,
    Column("seq", _Seq, ForeignKey("events.seq", ondelete="CASCADE"), primary_key=True),
    Column("resource_type", String(128), primary_key=True),
    Column("resource_name", String(2048), primary_key=True),
    Index("event_resources_by_type", "resource_type"),
    Index("event_resources_by_name", "resource_name"),
)
trails = Table(
    "trails",
    metadata,
    Column("account_id", String(32), primary_key=True),
    Column("name", String(128), primary_key=True),
    Column("home_region", String(32), nullable=False),
    Column("document", JsonDocument(), nullable=False),
)

_EVENT_COLUMNS = (
    "event_id",
    "account_id",
    "region",
    "event_time",
    "event_name",
    "event_source",
    "username",
    "read_only",
    "access_key_id",
    "category",
    "document",
)


class SqlCloudtrailStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    async def open(cls, target: Settings | str | Path) -> SqlCloudtrailStore:
        """Open (and migrate): from settings, a SQLAlchemy URL, or the path of a SQLite file."""
        if isinstance(target, Path):
            target = f"sqlite+aiosqlite:///{target.absolute()}"
        return cls(await open_database(target, SERVICE, migrations_path(MIGRATIONS)))

    # --- the event log -------------------------------------------------------------------------

    async def put_events(self, batch: Sequence[NewEvent]) -> int:
        if not batch:
            return 0
        if self.db.dialect == "sqlite":
            return await self._put_sqlite(batch)

        def work(conn: Connection) -> int:
            fresh = _fresh(batch, _known_ids(conn, [e.event_id for e in batch]))
            if not fresh:
                return 0
            rows = [{c: getattr(e, c) for c in _EVENT_COLUMNS} for e in fresh]
            returned = conn.execute(insert(events).returning(events.c.seq, events.c.event_id), rows).all()
            by_id = {e.event_id: e for e in fresh}
            links = [
                {"seq": seq, "resource_type": kind, "resource_name": name}
                for seq, event_id in returned
                for kind, name in dict.fromkeys(by_id[event_id].resources)
            ]
            if links:
                conn.execute(insert(event_resources), links)
            return len(rows)

        return await self.db.run(work, write=True)

    async def _put_sqlite(self, batch: Sequence[NewEvent]) -> int:
        """The batch through the stdlib driver's ``executemany`` (SQLAlchemy's per-row parameter
        processing costs more than the insert itself). The rows are built here, on the event loop,
        ``ROW_CHUNK`` events per turn (``in_slices`` says why not on SQLite's worker thread); the thread
        only runs SQL, which lets go of the GIL."""
        times: dict[datetime, str] = {}  # a batch spans a few seconds: format each once
        rows: list[tuple[Any, ...]] = []
        links: list[tuple[str, str]] = []
        link_counts: list[int] = []
        async for part in in_slices(batch, ROW_CHUNK):
            for e in part:
                at = times.get(e.event_time)
                if at is None:
                    at = times[e.event_time] = e.event_time.astimezone(UTC).strftime(_SQLITE_DATETIME)
                rows.append(
                    (e.event_id, e.account_id, e.region, at, e.event_name, e.event_source, e.username,
                     int(e.read_only), e.access_key_id, e.category, e.document)
                )  # fmt: skip
                resources = dict.fromkeys(e.resources)
                links.extend(resources)
                link_counts.append(len(resources))
        return await self.db.run(lambda conn: _insert_sqlite(conn, rows, links, link_counts), write=True)

    async def lookup(self, query: EventQuery) -> list[StoredEvent]:
        conditions: list[ColumnElement[bool]] = [
            events.c.account_id == query.account_id,
            events.c.region == query.region,
            events.c.category == query.category,
            events.c.event_time >= query.start,
            events.c.event_time <= query.end,
        ]
        if query.attribute is not None:
            conditions.append(_attribute_condition(*query.attribute))
        if query.before is not None:
            at, seq = query.before
            conditions.append(
                or_(events.c.event_time < at, and_(events.c.event_time == at, events.c.seq < seq))
            )
        statement = (
            select(events)
            .where(*conditions)
            .order_by(events.c.event_time.desc(), events.c.seq.desc())
            .limit(query.limit)
        )
        return await self.db.run(lambda conn: _with_resources(conn, conn.execute(statement).mappings().all()))

    async def events_after(self, seq: int, limit: int) -> list[StoredEvent]:
        statement = select(events).where(events.c.seq > seq).order_by(events.c.seq).limit(limit)
        return await self.db.run(lambda conn: _with_resources(conn, conn.execute(statement).mappings().all()))

    async def last_seq(self) -> int:
        value = await self.db.run(lambda conn: conn.execute(select(func.max(events.c.seq))).scalar())
        return int(value or 0)

    async def delete_before(self, cutoff: datetime) -> int:
        def work(conn: Connection) -> int:
            old = select(events.c.seq).where(events.c.event_time < cutoff).scalar_subquery()
            # explicit, rather than trusting every connection to enforce ON DELETE CASCADE
            conn.execute(event_resources.delete().where(event_resources.c.seq.in_(old)))
            return int(conn.execute(events.delete().where(events.c.event_time < cutoff)).rowcount)

        return await self.db.run(work, write=True)

    # --- trails ----------------------------------------------------------------------------------

    async def put_trail(self, trail: TrailRecord) -> None:
        row = {
            "account_id": trail.account_id,
            "name": trail.name,
            "home_region": trail.home_region,
            "document": trail.document,
        }
        statement = upsert(self.db.dialect, trails, row, key=("account_id", "name"))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def get_trail(self, account_id: str, name: str) -> TrailRecord | None:
        query = select(trails).where(trails.c.account_id == account_id, trails.c.name == name)
        row = await self.db.run(lambda conn: conn.execute(query).mappings().first())
        return None if row is None else _trail(row)

    async def list_trails(self, account_id: str | None = None) -> list[TrailRecord]:
        query = select(trails).order_by(trails.c.account_id, trails.c.name)
        if account_id is not None:
            query = query.where(trails.c.account_id == account_id)
        rows = await self.db.run(lambda conn: conn.execute(query).mappings().all())
        return [_trail(row) for row in rows]

    async def delete_trail(self, account_id: str, name: str) -> bool:
        statement = trails.delete().where(trails.c.account_id == account_id, trails.c.name == name)
        return bool(await self.db.run(lambda conn: conn.execute(statement).rowcount, write=True))

    async def reset(self) -> None:
        await self.db.run(lambda conn: delete_all(conn, metadata), write=True)

    async def close(self) -> None:
        await self.db.close()


_ID_CHUNK = 500  # bound parameters per IN (...) list
ROW_CHUNK = 100
"""Events made into rows per event-loop turn (a few µs each)."""


def _known_ids(conn: Connection, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        known.update(conn.execute(select(events.c.event_id).where(events.c.event_id.in_(chunk))).scalars())
    return known


def _fresh(batch: Sequence[NewEvent], known: set[str]) -> list[NewEvent]:
    fresh: dict[str, NewEvent] = {}
    for e in batch:
        if e.event_id not in known:
            fresh.setdefault(e.event_id, e)
    return list(fresh.values())


_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
"""How SQLAlchemy's SQLite ``DATETIME`` stores a (naive UTC) value: what ``UtcDateTime`` lookups compare."""
_INSERT_EVENT = f"INSERT INTO events (seq, {', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' * (len(_EVENT_COLUMNS) + 1))})"
_INSERT_LINK = "INSERT INTO event_resources (seq, resource_type, resource_name) VALUES (?, ?, ?)"


def _insert_sqlite(
    conn: Connection, rows: list[tuple[Any, ...]], links: list[tuple[str, str]], link_counts: list[int]
) -> int:
    """Insert the rows (``_EVENT_COLUMNS`` order) whose event id is new, each with its ``link_counts[i]``
    resources (consecutive in ``links``). ``seq`` is assigned here, as SQLite would (max + 1: the
    transaction holds the write lock), so the resources need no ``RETURNING`` (which ``executemany``
    cannot do). SQL through the driver's cursor only: no Python per row beyond a tuple."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        known: set[str] = set()
        for start in range(0, len(rows), _ID_CHUNK):
            ids = [row[0] for row in rows[start : start + _ID_CHUNK]]
            marks = ",".join("?" * len(ids))
            known.update(
                r[0] for r in cursor.execute(f"SELECT event_id FROM events WHERE event_id IN ({marks})", ids)
            )
        (top,) = cursor.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()
        fresh: list[tuple[Any, ...]] = []
        fresh_links: list[tuple[int, str, str]] = []
        at = 0
        for row, count in zip(rows, link_counts, strict=True):
            if row[0] not in known:
                known.add(row[0])  # the first of a batch's duplicates wins
                top += 1
                fresh.append((top, *row))
                fresh_links.extend((top, kind, name) for kind, name in links[at : at + count])
            at += count
        if fresh:
            cursor.executemany(_INSERT_EVENT, fresh)
        if fresh_links:
            cursor.executemany(_INSERT_LINK, fresh_links)
    finally:
        cursor.close()
    return len(fresh)


def _attribute_condition(key: str, value: str) -> ColumnElement[bool]:
    if key == "ReadOnly":
        return events.c.read_only == (value.lower() == "true")
    if key in ("ResourceType", "ResourceName"):
        column = event_resources.c.resource_type if key == "ResourceType" else event_resources.c.resource_name
        return exists().where(event_resources.c.seq == events.c.seq, column == value)
    column = {
        "EventId": events.c.event_id,
        "EventName": events.c.event_name,
        "Username": events.c.username,
        "EventSource": events.c.event_source,
        "AccessKeyId": events.c.access_key_id,
    }[key]
    return column == value


def _with_resources(conn: Connection, rows: Sequence[Any]) -> list[StoredEvent]:
    seqs = [row["seq"] for row in rows]
    found: dict[int, list[tuple[str, str]]] = {}
    if seqs:
        links = conn.execute(
            select(event_resources).where(event_resources.c.seq.in_(seqs)).order_by(event_resources.c.seq)
        ).mappings()
        for link in links:
            found.setdefault(link["seq"], []).append((link["resource_type"], link["resource_name"]))
    return [
        StoredEvent(
            **{c: row[c] for c in _EVENT_COLUMNS}, resources=tuple(found.get(row["seq"], ())), seq=row["seq"]
        )
        for row in rows
    ]


def _trail(row: Any) -> TrailRecord:
    return TrailRecord(row["account_id"], row["name"], row["home_region"], dict(row["document"]))
