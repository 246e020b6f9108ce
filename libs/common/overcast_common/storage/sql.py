"""A service's metadata database: one SQLAlchemy async engine, SQLite embedded, PostgreSQL in cluster.

    db = await open_database(settings, "sts", migrations_path("overcast_sts.migrations"))
    async with db.write() as conn:            # a transaction that writes
        await conn.execute(sessions.insert().values(...))
    async with db.read() as conn:             # a consistent read
        row = (await conn.execute(select(sessions))).first()
    await db.close()

Where the data goes (``Settings.database_url``, ``OVERCAST_DATABASE_URL``):

- unset: ``sqlite+aiosqlite:///<data dir>/<service>/metadata.db``, one file per service, in WAL mode
  with foreign keys on;
- ``postgresql+asyncpg://…``: every service in its own **schema** (named after the service) of one
  shared database. A schema rather than a table prefix because it isolates everything a service
  owns — tables, indexes, sequences, constraint names and Alembic's version table — with no naming
  discipline in service code; the same table definitions serve both dialects; and an operator can
  back up (``pg_dump -n sqs``), grant or drop one service's metadata with one statement. The schema
  is put first and alone on each connection's ``search_path``, so unqualified names resolve in it.

``{service}`` in the URL is replaced by the service name (a database per service on PostgreSQL, a
file per service on SQLite: SQLite URLs must contain it, since services' tables would collide in one
file).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from sqlalchemy import create_engine as _create_sync_engine
from sqlalchemy import event, exc, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from overcast_common.config import ConfigError, Settings

Dialect = Literal["sqlite", "postgresql"]
_T = TypeVar("_T")

METADATA_FILE = "metadata.db"
_SERVICE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")  # a PostgreSQL identifier that needs no quoting
SQLITE_BEGIN_OPTION = "overcast_sqlite_begin"
SQLITE_BUSY_TIMEOUT_S = 30.0
"""How long a SQLite writer waits for another's lock before "database is locked"."""
POOL_RECYCLE_S = 1800
"""Pooled PostgreSQL connections older than this are replaced at checkout, so one that a middlebox
forgot without telling either end is not kept forever (SQLAlchemy's "optimistic" companion setting)."""


def database_url(settings: Settings, service: str) -> str:
    """The SQLAlchemy URL of ``service``'s metadata database under ``settings``."""
    _check_service(service)
    if settings.database_url is None:
        path = settings.service_data_dir(service) / METADATA_FILE
        return f"sqlite+aiosqlite:///{path.absolute()}"
    url = settings.database_url
    if url.startswith("sqlite") and "{service}" not in url:
        raise ConfigError(
            "OVERCAST_DATABASE_URL: a SQLite URL must contain {service} (one file per service), "
            f"got {url!r}"
        )
    return url.replace("{service}", service)


def dialect_of(url: str | URL) -> Dialect:
    name = make_url(url).get_backend_name()
    if name not in ("sqlite", "postgresql"):
        raise ConfigError(f"OVERCAST_DATABASE_URL: unsupported database {name!r} (sqlite or postgresql)")
    return "sqlite" if name == "sqlite" else "postgresql"


def create_engine(url: str | URL, service: str, **engine_args: Any) -> AsyncEngine:
    """An async engine for ``service``: SQLite with WAL, foreign keys, a busy timeout and real
    transactions; PostgreSQL with the service's schema as ``search_path`` and UTC session time.
    ``engine_args`` go to SQLAlchemy's ``create_async_engine`` (pool sizes, ``echo``…)."""
    _check_service(service)
    url = make_url(url)
    if dialect_of(url) == "sqlite":
        connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_S, **engine_args.pop("connect_args", {})}
        engine = _create_async_engine(url, connect_args=connect_args, **engine_args)
        _configure_sqlite(engine)
        return engine
    server_settings = {"search_path": service, "timezone": "UTC"}
    connect_args = {"server_settings": server_settings, **engine_args.pop("connect_args", {})}
    engine_args.setdefault("pool_recycle", POOL_RECYCLE_S)
    engine = _create_async_engine(url, connect_args=connect_args, **engine_args)
    event.listen(engine.sync_engine.pool, "checkout", _replace_if_closed)
    return engine


def _replace_if_closed(_dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
    """A pooled connection the server ended while it sat idle (a restart, ``pg_terminate_backend``,
    ``idle_session_timeout``) is replaced before use, at no round trip: the event loop saw its socket
    close, and asyncpg's ``is_closed()`` says so (asyncpg's own pool checks the same on acquire).
    This replaces ``pool_pre_ping``, whose BEGIN, empty query and ROLLBACK cost three round trips on
    every checkout. The rare connection that dies unseen is handled by ``Database.run``'s retry."""
    driver = record.driver_connection
    if driver is not None and driver.is_closed():
        raise exc.DisconnectionError("the server closed this pooled connection")


def _configure_sqlite(engine: AsyncEngine | Engine) -> None:
    target = engine.sync_engine if isinstance(engine, AsyncEngine) else engine

    @event.listens_for(target, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # take transaction control away from sqlite3's legacy mode (which skips BEGIN before a
        # SELECT and before DDL), so reads are repeatable and migrations are atomic
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across process crashes
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(target, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get(SQLITE_BEGIN_OPTION, "BEGIN"))


@dataclass
class Database:
    """One service's metadata database: the engine plus transactions that do the right thing on
    both dialects."""

    engine: AsyncEngine
    service: str
    sessions: async_sessionmaker[AsyncSession] = field(init=False)
    """ORM sessions (``async with db.sessions() as s``) for services that prefer the ORM."""

    _sqlite_engine: Engine | None = field(init=False, default=None)
    _sqlite_threads: ThreadPoolExecutor | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> Dialect:
        return dialect_of(self.engine.url)

    @property
    def schema(self) -> str | None:
        """The PostgreSQL schema the service's tables live in; None on SQLite (a file per service)."""
        return self.service if self.dialect == "postgresql" else None

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        """A transaction for reads (a consistent snapshot on both dialects)."""
        async with self.engine.connect() as conn, conn.begin():
            yield conn

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        """A transaction that writes. On SQLite it takes the write lock up front (``BEGIN
        IMMEDIATE``): a deferred transaction that read first could not upgrade to a writer once
        another connection had committed, and would fail instead of waiting."""
        async with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                await conn.execution_options(**{SQLITE_BEGIN_OPTION: "BEGIN IMMEDIATE"})
            async with conn.begin():
                yield conn

    async def run(self, work: Callable[[Connection], _T], *, write: bool = False) -> _T:
        """Run ``work`` — a plain function over a (sync) ``Connection`` — as one transaction and
        return its result: the fast path for stores. PostgreSQL runs it on the async engine
        (``run_sync``: each statement awaited on the event loop). SQLite runs it whole on a worker
        thread with the same engine settings: one thread hop per transaction, where the aiosqlite
        path of ``read()``/``write()`` pays several per statement (~10x slower per query).

        On PostgreSQL, when the connection turns out dead while ``work`` runs (the server went away
        after checkout, or before the event loop saw it go), ``work`` runs once more on a fresh
        connection: nothing of the first attempt was committed, since PostgreSQL drops an open
        transaction with its connection. A failed COMMIT is not retried (it may have landed). So
        ``work`` may run twice: it should touch nothing but ``conn``."""
        if self.dialect == "postgresql":
            for retry in (True, False):
                dead = False
                try:
                    async with self.write() if write else self.read() as conn:
                        try:
                            return await conn.run_sync(work)
                        except exc.DBAPIError as error:
                            dead = error.connection_invalidated
                            raise
                except exc.DBAPIError:
                    if not (retry and dead):
                        raise
            raise AssertionError("unreachable")
        if self._sqlite_engine is None or self._sqlite_threads is None:
            url = self.engine.url.set(drivername="sqlite")
            self._sqlite_engine = _create_sync_engine(
                url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False}
            )
            _configure_sqlite(self._sqlite_engine)
            self._sqlite_threads = ThreadPoolExecutor(4, thread_name_prefix=f"{self.service}-sqlite")
        engine = self._sqlite_engine

        def transaction() -> _T:
            with engine.connect() as conn:
                if write:
                    conn.execution_options(**{SQLITE_BEGIN_OPTION: "BEGIN IMMEDIATE"})
                with conn.begin():
                    return work(conn)

        return await asyncio.get_running_loop().run_in_executor(self._sqlite_threads, transaction)

    async def close(self) -> None:
        if self._sqlite_threads is not None:
            self._sqlite_threads.shutdown(wait=True)
        if self._sqlite_engine is not None:
            self._sqlite_engine.dispose()
        await self.engine.dispose()


async def open_database(
    target: Settings | str,
    service: str,
    migrations: Path | None = None,
    *,
    wait_s: float = 30.0,
    **engine_args: Any,
) -> Database:
    """Open ``service``'s database (from settings, or a URL), wait up to ``wait_s`` for it to accept
    connections (PostgreSQL may still be starting next to us), and bring its schema to the newest
    migration in ``migrations`` when given."""
    url = database_url(target, service) if isinstance(target, Settings) else target
    db = Database(create_engine(url, service, **engine_args), service)
    try:
        await wait_until_reachable(db.engine, wait_s)
        if migrations is not None:
            from overcast_common.storage.migrations import upgrade  # alembic only when migrating

            await upgrade(db, migrations)
    except BaseException:
        await db.close()
        raise
    return db


async def wait_until_reachable(engine: AsyncEngine, wait_s: float) -> None:
    deadline = time.monotonic() + wait_s
    delay = 0.05
    while True:
        try:
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return
        except (OSError, exc.DBAPIError) as error:
            if time.monotonic() + delay > deadline:
                raise ConnectionError(
                    f"metadata database {engine.url.render_as_string(hide_password=True)} "
                    f"unreachable for {wait_s:.0f}s: {error}"
                ) from error
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)


def _check_service(service: str) -> None:
    if not _SERVICE_NAME.match(service):
        raise ValueError(f"not a usable service name for a schema: {service!r}")
