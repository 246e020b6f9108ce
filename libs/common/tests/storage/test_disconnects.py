"""A pooled PostgreSQL connection that the server ended must not fail the next unit of work, and
checking for that must cost no round trip (it used to be ``pool_pre_ping``: three per checkout)."""

from __future__ import annotations

import asyncio
import re
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from overcast_common.storage import Database, open_database
from overcast_common.testing.postgres_server import PostgresServer
from sqlalchemy import Connection, text

PID = text("SELECT pg_backend_pid()")


@pytest.fixture
async def pg(postgres_server: PostgresServer) -> AsyncIterator[Database]:
    db = await open_database(postgres_server.create_database(), "svc")
    await db.run(lambda c: c.execute(text("CREATE SCHEMA svc")), write=True)
    await db.run(lambda c: c.execute(text("CREATE TABLE counter (n int)")), write=True)
    await db.run(lambda c: c.execute(text("INSERT INTO counter VALUES (0)")), write=True)
    yield db
    await db.close()


async def backend_pid(db: Database) -> int:
    return int(await db.run(lambda c: c.execute(PID).scalar_one()))


def terminate(server: PostgresServer, pid: int) -> None:
    assert server.psql(f"SELECT pg_terminate_backend({pid})").strip() == "t"


async def test_a_connection_ended_while_pooled_is_replaced(
    pg: Database, postgres_server: PostgresServer
) -> None:
    pid = await backend_pid(pg)
    terminate(postgres_server, pid)
    await asyncio.sleep(0.1)  # the event loop sees the socket close
    runs = 0

    def work(conn: Connection) -> int:
        nonlocal runs
        runs += 1
        return int(conn.execute(PID).scalar_one())

    assert await pg.run(work) != pid
    assert runs == 1  # replaced at checkout, not by a retry


async def test_a_connection_that_dies_unseen_is_retried_once(
    pg: Database, postgres_server: PostgresServer
) -> None:
    pid = await backend_pid(pg)
    terminate(postgres_server, pid)  # blocks the loop: the checkout below cannot know yet
    runs = 0

    def increment(conn: Connection) -> int:
        nonlocal runs
        runs += 1
        conn.execute(text("UPDATE counter SET n = n + 1"))
        return int(conn.execute(text("SELECT n FROM counter")).scalar_one())

    assert await pg.run(increment, write=True) == 1  # once in the database
    assert runs == 2
    assert await backend_pid(pg) != pid


async def test_other_errors_are_not_retried(pg: Database) -> None:
    runs = 0

    def bad(conn: Connection) -> None:
        nonlocal runs
        runs += 1
        conn.execute(text("SELECT * FROM missing"))

    with pytest.raises(Exception, match="missing"):
        await pg.run(bad)
    assert runs == 1


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    base = Path(tempfile.mkdtemp(prefix="overcast-pg-restart-"))
    server = PostgresServer(data_dir=base)
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


async def test_a_postgresql_restart_fails_no_call(own_server: PostgresServer) -> None:
    db = await open_database(own_server.create_database(), "svc")
    try:
        # two pooled connections, both ended by the restart
        async with db.read() as a, db.read() as b:
            pids = {(await a.execute(PID)).scalar_one(), (await b.execute(PID)).scalar_one()}
        own_server.stop()
        own_server.start()
        assert own_server.port and own_server.accepts_connections()
        for _ in range(4):
            assert await backend_pid(db) not in pids
    finally:
        await db.close()


async def test_a_pooled_unit_of_work_sends_no_ping(pg: Database, postgres_server: PostgresServer) -> None:
    """``log_statement=all``: BEGIN, the statement and COMMIT, nothing else (a ping was BEGIN; ROLLBACK
    around an empty query)."""
    name = str(pg.engine.url.database)
    postgres_server.psql(f"ALTER DATABASE \"{name}\" SET log_statement = 'all'")
    await pg.engine.dispose()  # new connections take the setting
    await backend_pid(pg)
    start = postgres_server.log_path.stat().st_size
    for _ in range(5):
        await pg.run(lambda c: c.execute(text("SELECT n FROM counter /* probe */")).scalar_one())
    await asyncio.sleep(0.2)  # the server's log is written asynchronously to us
    with postgres_server.log_path.open("rb") as log:
        log.seek(start)
        lines = log.read().decode(errors="replace").splitlines()
    # only this test's database logs statements
    statements = [
        re.sub(r".*LOG:\s+", "", line) for line in lines if re.search(r"LOG:\s+(statement|execute)", line)
    ]
    assert len(statements) == 15, statements
    assert not [s for s in statements if "ROLLBACK" in s]
