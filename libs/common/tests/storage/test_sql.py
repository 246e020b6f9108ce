"""Engines, URLs, transactions and column types: the same behaviour on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from overcast_common.config import ConfigError, Settings
from overcast_common.storage import Database, JsonDocument, UtcDateTime, delete_all, open_database, upsert
from overcast_common.storage.sql import database_url
from overcast_common.testing.postgres_server import PostgresServer
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import StatementError

meta = MetaData()
items = Table(
    "items",
    meta,
    Column("id", String(32), primary_key=True),
    Column("at", UtcDateTime(), nullable=True),
    Column("doc", JsonDocument(), nullable=True),
    Column("n", Integer(), nullable=False, default=0),
)
children = Table(
    "children",
    meta,
    Column("id", Integer(), primary_key=True),
    Column("item", String(32), ForeignKey("items.id"), nullable=False),
)


async def create_tables(db: Database) -> None:
    async with db.write() as conn:
        await conn.run_sync(meta.create_all)


# --- URLs -----------------------------------------------------------------------------------------


def test_embedded_default_is_one_sqlite_file_per_service(tmp_path: Path) -> None:
    url = database_url(Settings(data_dir=tmp_path), "sts")
    assert url == f"sqlite+aiosqlite:///{tmp_path}/sts/metadata.db"
    assert (tmp_path / "sts").is_dir()


def test_database_url_comes_from_the_environment() -> None:
    settings = Settings.from_env({"OVERCAST_DATABASE_URL": "postgresql+asyncpg://u@db:5432/overcast"})
    assert database_url(settings, "sqs") == "postgresql+asyncpg://u@db:5432/overcast"
    per_service = Settings(database_url="postgresql+asyncpg://u@db/{service}")
    assert database_url(per_service, "sqs") == "postgresql+asyncpg://u@db/sqs"


def test_sqlite_url_without_a_service_placeholder_is_refused() -> None:
    with pytest.raises(ConfigError, match="service"):
        database_url(Settings(database_url="sqlite+aiosqlite:////tmp/all.db"), "sts")


async def test_unsupported_database_is_refused() -> None:
    with pytest.raises(ConfigError, match="mysql"):
        await open_database("mysql+aiomysql://u@h/d", "sts")


async def test_unreachable_database_fails_after_waiting(postgres_server: PostgresServer) -> None:
    from overcast_common.testing.postgres_server import free_port

    with pytest.raises(ConnectionError, match="unreachable"):
        await open_database(f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/x", "sts", wait_s=0.3)


# --- engines ----------------------------------------------------------------------------------------


async def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = await open_database(Settings(data_dir=tmp_path), "svc")
    try:
        async with db.read() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        assert db.schema is None and (tmp_path / "svc" / "metadata.db").exists()
    finally:
        await db.close()


async def test_postgresql_puts_each_service_in_its_own_schema(postgres_server: PostgresServer) -> None:
    url = postgres_server.create_database()
    one, two = await open_database(url, "one"), await open_database(url, "two")
    try:
        for db in (one, two):
            assert db.schema == db.service
            async with db.write() as conn:
                await conn.execute(text(f"CREATE SCHEMA {db.service}"))
            await create_tables(db)  # same table names in both services
            async with db.write() as conn:
                await conn.execute(items.insert().values(id=f"from-{db.service}"))
        for db in (one, two):
            async with db.read() as conn:
                assert (await conn.execute(select(items.c.id))).scalars().all() == [f"from-{db.service}"]
        schemas = postgres_server.psql(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'items' ORDER BY 1",
            url.rsplit("/", 1)[1],
        )
        assert schemas.split() == ["one", "two"]
    finally:
        await one.close()
        await two.close()


async def test_foreign_keys_are_enforced(db: Database) -> None:
    await prepare(db)
    with pytest.raises(Exception, match=r"(?i)foreign key"):
        async with db.write() as conn:
            await conn.execute(children.insert().values(id=1, item="nobody"))


# --- column types -------------------------------------------------------------------------------------


async def prepare(db: Database) -> None:
    if db.schema is not None:
        async with db.write() as conn:
            await conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {db.schema}"))
    await create_tables(db)


async def test_timestamps_come_back_as_the_same_utc_instant(db: Database) -> None:
    await prepare(db)
    plus_two = datetime(2030, 1, 1, 14, 0, 0, 123456, tzinfo=timezone(timedelta(hours=2)))
    async with db.write() as conn:
        await conn.execute(items.insert().values(id="a", at=plus_two))
    async with db.read() as conn:
        got = (await conn.execute(select(items.c.at))).scalar_one()
    assert got == plus_two and got.tzinfo is UTC and got.hour == 12


async def test_timestamps_compare_and_sort_as_instants(db: Database) -> None:
    await prepare(db)
    base = datetime(2030, 1, 1, tzinfo=UTC)
    moments = {"late": base + timedelta(days=400), "early": base + timedelta(microseconds=1), "mid": base}
    async with db.write() as conn:
        for key, at in moments.items():
            # a +05:00 zone on input: order must follow the instant, not the local wall clock
            await conn.execute(items.insert().values(id=key, at=at.astimezone(timezone(timedelta(hours=5)))))
    async with db.read() as conn:
        ordered = (await conn.execute(select(items.c.id).order_by(items.c.at))).scalars().all()
        before = (
            await conn.execute(select(items.c.id).where(items.c.at < base + timedelta(days=1)))
        ).scalars()
        assert ordered == ["mid", "early", "late"]
        assert sorted(before) == ["early", "mid"]


async def test_naive_timestamps_are_refused(db: Database) -> None:
    await prepare(db)
    with pytest.raises(StatementError, match="naive"):
        async with db.write() as conn:
            await conn.execute(items.insert().values(id="a", at=datetime(2030, 1, 1)))


async def test_json_documents_round_trip(db: Database) -> None:
    await prepare(db)
    doc = {"Policy": {"Statement": [{"Effect": "Allow", "n": 1.5, "ok": True, "none": None}]}, "ü": "✓"}
    async with db.write() as conn:
        await conn.execute(items.insert().values(id="a", doc=doc))
        await conn.execute(items.insert().values(id="b", doc=None))
    async with db.read() as conn:
        rows = {r.id: r.doc for r in await conn.execute(select(items.c.id, items.c.doc))}
    assert rows == {"a": doc, "b": None}
    if db.dialect == "postgresql":
        async with db.read() as conn:
            kind = await conn.execute(text("SELECT pg_typeof(doc)::text FROM items WHERE id = 'a'"))
            assert kind.scalar() == "jsonb"


async def test_upsert_inserts_then_updates(db: Database) -> None:
    await prepare(db)
    for n in (1, 2):
        async with db.write() as conn:
            await conn.execute(upsert(db.dialect, items, {"id": "a", "n": n, "doc": {"v": n}}, key=("id",)))
    async with db.write() as conn:
        await conn.execute(upsert(db.dialect, items, {"id": "a"}, key=("id",)))  # key only: no-op
    async with db.read() as conn:
        assert (await conn.execute(select(items.c.n, items.c.doc))).all() == [(2, {"v": 2})]


async def test_delete_all_empties_children_before_parents(db: Database) -> None:
    await prepare(db)
    async with db.write() as conn:
        await conn.execute(items.insert().values(id="a"))
        await conn.execute(children.insert().values(id=1, item="a"))
    await db.run(lambda conn: delete_all(conn, meta), write=True)
    async with db.read() as conn:
        assert (await conn.execute(select(items))).all() == []


async def test_concurrent_read_modify_write_transactions_all_land(db: Database) -> None:
    """SQLite's deferred BEGIN fails a reader-turned-writer once another commits; write() takes
    the lock first, so all twenty increments land (PostgreSQL: SELECT … FOR UPDATE)."""
    await prepare(db)
    async with db.write() as conn:
        await conn.execute(items.insert().values(id="counter", n=0))

    async def increment() -> None:
        async with db.write() as conn:
            query = select(items.c.n).where(items.c.id == "counter")
            if db.dialect == "postgresql":
                query = query.with_for_update()
            n = (await conn.execute(query)).scalar_one()
            await asyncio.sleep(0)  # let the others interleave
            await conn.execute(items.update().where(items.c.id == "counter").values(n=n + 1))

    await asyncio.gather(*(increment() for _ in range(20)))
    async with db.read() as conn:
        assert (await conn.execute(select(items.c.n))).scalar_one() == 20


async def test_orm_sessions_use_the_same_engine(db: Database) -> None:
    await prepare(db)
    async with db.sessions() as session, session.begin():
        await session.execute(items.insert().values(id="via-session"))
    async with db.read() as conn:
        assert (await conn.execute(select(items.c.id))).scalars().all() == ["via-session"]


# --- run(): a transaction function, the stores' fast path ------------------------------------------


async def test_run_returns_the_result_and_commits_writes(db: Database) -> None:
    await prepare(db)
    at = datetime(2030, 1, 1, tzinfo=UTC)
    await db.run(lambda conn: conn.execute(items.insert().values(id="a", at=at, doc=[1])), write=True)
    got = await db.run(lambda conn: conn.execute(select(items.c.at, items.c.doc)).one())
    assert tuple(got) == (at, [1])
    async with db.read() as conn:  # visible to the async path too: same database
        assert (await conn.execute(select(items.c.id))).scalars().all() == ["a"]


async def test_run_rolls_back_when_the_function_raises(db: Database) -> None:
    await prepare(db)

    def half_then_fail(conn: Connection) -> None:
        conn.execute(items.insert().values(id="half"))
        raise LookupError("stop")

    with pytest.raises(LookupError):
        await db.run(half_then_fail, write=True)
    assert await db.run(lambda conn: conn.execute(select(items.c.id)).all()) == []


async def test_concurrent_run_writers_serialize(db: Database) -> None:
    await prepare(db)
    await db.run(lambda conn: conn.execute(items.insert().values(id="counter", n=0)), write=True)

    def increment(conn: Connection) -> None:
        query = select(items.c.n).where(items.c.id == "counter")
        if db.dialect == "postgresql":
            query = query.with_for_update()
        n = conn.execute(query).scalar_one()
        conn.execute(items.update().where(items.c.id == "counter").values(n=n + 1))

    await asyncio.gather(*(db.run(increment, write=True) for _ in range(20)))
    assert await db.run(lambda conn: conn.execute(select(items.c.n)).scalar_one()) == 20
