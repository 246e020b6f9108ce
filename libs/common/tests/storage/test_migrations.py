"""Alembic at service start: applies on an empty database, is a no-op on restart, is atomic, and
replicas starting together on PostgreSQL do not race (advisory lock)."""

from __future__ import annotations

import asyncio
import textwrap
import time
from pathlib import Path

import pytest
from overcast_common.storage import open_database
from overcast_common.storage.migrations import (
    advisory_lock_key,
    current_revision,
    head_revision,
    schema_drift,
    upgrade,
)
from overcast_common.testing.postgres_server import PostgresServer
from sqlalchemy import Column, Integer, MetaData, String, Table, text

REVISIONS = {
    "v0001_things": '''
        """things"""
        import sqlalchemy as sa
        from alembic import op

        revision = "0001"
        down_revision = None

        def upgrade():
            if op.get_bind().dialect.name == "postgresql":
                op.execute("SELECT pg_sleep(0.2)")  # widen the window a racing replica would hit
            things = op.create_table("things", sa.Column("id", sa.String(32), primary_key=True))
            op.create_table("runs", sa.Column("n", sa.Integer, primary_key=True, autoincrement=True))
            op.bulk_insert(things, [{"id": "seeded"}])
            op.execute("INSERT INTO runs DEFAULT VALUES")
    ''',
    "v0002_size": '''
        """things get a size"""
        import sqlalchemy as sa
        from alembic import op

        revision = "0002"
        down_revision = "0001"

        def upgrade():
            with op.batch_alter_table("things") as batch:
                batch.add_column(sa.Column("size", sa.Integer, nullable=False, server_default="0"))
    ''',
    "v0003_broken": '''
        """fails half-way: nothing of it may remain"""
        import sqlalchemy as sa
        from alembic import op

        revision = "0003"
        down_revision = "0002"

        def upgrade():
            op.create_table("half", sa.Column("id", sa.Integer, primary_key=True))
            op.execute("INSERT INTO things (id, size) VALUES ('half-way', 1)")
            raise RuntimeError("migration 0003 failed")
    ''',
}

meta_at_0002 = MetaData()
Table(
    "things",
    meta_at_0002,
    Column("id", String(32), primary_key=True),
    Column("size", Integer(), nullable=False, server_default="0"),
)
Table("runs", meta_at_0002, Column("n", Integer(), primary_key=True, autoincrement=True))


def revisions(root: Path, *names: str) -> Path:
    """A migrations directory holding the named revision files."""
    root.mkdir(parents=True, exist_ok=True)
    for name in names:
        (root / f"{name}.py").write_text(textwrap.dedent(REVISIONS[name]))
    return root


def for_service(url: str, service: str = "svc") -> str:
    return url.replace("{service}", service)


async def rows(url: str, query: str, service: str = "svc") -> list[tuple[object, ...]]:
    db = await open_database(for_service(url, service), service)
    try:
        async with db.read() as conn:
            return [tuple(r) for r in await conn.execute(text(query))]
    finally:
        await db.close()


async def test_applies_on_an_empty_database_and_is_a_noop_on_restart(url: str, tmp_path: Path) -> None:
    path = revisions(tmp_path / "m", "v0001_things", "v0002_size")
    assert head_revision(path) == "0002"
    db = await open_database(for_service(url), "svc", path)
    try:
        assert await current_revision(db) == "0002"
        assert await schema_drift(db, meta_at_0002) == []
        async with db.write() as conn:
            await conn.execute(text("INSERT INTO things (id, size) VALUES ('mine', 3)"))
    finally:
        await db.close()
    for _ in range(2):  # restarts: same revision, seed not re-run, data kept
        db = await open_database(for_service(url), "svc", path)
        await db.close()
    assert await rows(url, "SELECT id, size FROM things ORDER BY id") == [("mine", 3), ("seeded", 0)]
    assert await rows(url, "SELECT count(*) FROM runs") == [(1,)]


async def test_a_new_revision_applies_over_existing_data(url: str, tmp_path: Path) -> None:
    path = revisions(tmp_path / "m", "v0001_things")
    db = await open_database(for_service(url), "svc", path)
    async with db.write() as conn:
        await conn.execute(text("INSERT INTO things (id) VALUES ('old')"))
    await db.close()
    revisions(path, "v0002_size")  # the next release of the service ships one more revision
    db = await open_database(for_service(url), "svc", path)
    try:
        assert await current_revision(db) == "0002"
    finally:
        await db.close()
    assert await rows(url, "SELECT id, size FROM things ORDER BY id") == [("old", 0), ("seeded", 0)]


async def test_a_failing_revision_leaves_the_previous_one_intact(url: str, tmp_path: Path) -> None:
    path = revisions(tmp_path / "m", "v0001_things", "v0002_size")
    await (await open_database(for_service(url), "svc", path)).close()
    revisions(path, "v0003_broken")
    with pytest.raises(RuntimeError, match="0003 failed"):
        await open_database(for_service(url), "svc", path)
    db = await open_database(for_service(url), "svc")
    try:
        assert await current_revision(db) == "0002"
        assert await schema_drift(db, meta_at_0002) == []  # no "half" table, no extra row
    finally:
        await db.close()
    assert await rows(url, "SELECT id FROM things") == [("seeded",)]


async def test_a_database_newer_than_the_code_is_refused(url: str, tmp_path: Path) -> None:
    await (
        await open_database(
            for_service(url), "svc", revisions(tmp_path / "new", "v0001_things", "v0002_size")
        )
    ).close()
    with pytest.raises(Exception, match="0002"):
        await open_database(for_service(url), "svc", revisions(tmp_path / "old", "v0001_things"))


async def test_each_service_has_its_own_version_table(url: str, tmp_path: Path) -> None:
    one = revisions(tmp_path / "one", "v0001_things")
    two = revisions(tmp_path / "two", "v0001_things", "v0002_size")
    for service, path in (("one", one), ("two", two)):
        await (await open_database(for_service(url, service), service, path)).close()
    assert await rows(url, "SELECT version_num FROM alembic_version", "one") == [("0001",)]
    assert await rows(url, "SELECT version_num FROM alembic_version", "two") == [("0002",)]


async def test_replicas_starting_together_migrate_once(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.create_database()
    path = revisions(tmp_path / "m", "v0001_things", "v0002_size")
    replicas = await asyncio.gather(*(open_database(url, "svc", path) for _ in range(4)))
    try:
        for db in replicas:
            assert await current_revision(db) == "0002"
    finally:
        for db in replicas:
            await db.close()
    assert await rows(url, "SELECT count(*) FROM runs") == [(1,)]
    assert await rows(url, "SELECT id FROM things") == [("seeded",)]


async def test_upgrade_waits_for_the_advisory_lock(postgres_server: PostgresServer, tmp_path: Path) -> None:
    url = postgres_server.create_database()
    path = revisions(tmp_path / "m", "v0001_things")
    holder = await open_database(url, "svc")
    migrating = await open_database(url, "svc")
    try:
        async with holder.engine.connect() as conn:
            await conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": advisory_lock_key("svc")})
            task = asyncio.create_task(upgrade(migrating, path))
            await asyncio.sleep(0.5)
            assert not task.done()  # another replica holds the lock: this one waits
            await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": advisory_lock_key("svc")})
            began = time.monotonic()
            assert await asyncio.wait_for(task, 10) == "0001"
            assert time.monotonic() - began < 5
    finally:
        await holder.close()
        await migrating.close()


def test_lock_keys_are_stable_and_distinct() -> None:
    assert advisory_lock_key("sts") == advisory_lock_key("sts")
    assert advisory_lock_key("sts") != advisory_lock_key("sqs")
    assert -(2**63) <= advisory_lock_key("sts") < 2**63
