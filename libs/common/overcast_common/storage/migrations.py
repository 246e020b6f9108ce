"""Alembic migrations, run by the service itself when it starts: no ``alembic.ini``, no ``env.py``.

A service keeps its revisions as plain Alembic revision files in a package of its own
(``overcast_<name>/migrations/v0001_<what>.py``: ``revision``, ``down_revision``, ``upgrade()``)
and opens its database with ``open_database(settings, name, migrations_path("overcast_<name>.migrations"))``,
which calls :func:`upgrade`:

- the version table (``alembic_version``) lives in the service's own namespace — its schema on
  PostgreSQL, its file on SQLite — so services migrate independently;
- the whole upgrade is one transaction (PostgreSQL and SQLite both have transactional DDL): a
  crash half-way leaves the previous revision intact;
- replicas starting together are safe: on PostgreSQL the upgrade runs under a session-level
  ``pg_advisory_lock`` keyed by the service, so one replica migrates and the others wait, then see
  the head and do nothing; on SQLite the transaction starts with ``BEGIN IMMEDIATE``, which
  serializes writers the same way;
- an already-current database costs one query (restarts are cheap); a database newer than the code
  (a rollback of the service) fails loudly instead of running against a schema it does not know.
"""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, exc, text
from sqlalchemy.engine import Connection

from overcast_common.storage.sql import SQLITE_BEGIN_OPTION, Database

VERSION_TABLE = "alembic_version"


def migrations_path(package: str) -> Path:
    """The directory of the package that holds a service's revision files."""
    module = importlib.import_module(package)
    if module.__file__ is None:
        raise ValueError(f"{package} is not a regular package (no __init__.py)")
    return Path(module.__file__).parent


def scripts(path: Path) -> ScriptDirectory:
    return ScriptDirectory(str(path), version_locations=[str(path)])


def head_revision(path: Path) -> str | None:
    return scripts(path).get_current_head()


def advisory_lock_key(service: str) -> int:
    """A stable signed 64-bit key per service (``pg_advisory_lock`` takes a bigint)."""
    digest = hashlib.sha256(f"overcast-migrations:{service}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


async def upgrade(db: Database, path: Path) -> str | None:
    """Bring ``db`` to the newest revision under ``path``; returns the revision it is at."""
    async with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            await conn.execution_options(**{SQLITE_BEGIN_OPTION: "BEGIN IMMEDIATE"})
        revision: str | None = await conn.run_sync(_upgrade, db.service, db.schema, path)
        return revision


def _upgrade(conn: Connection, service: str, schema: str | None, path: Path) -> str | None:
    if schema is None:
        with conn.begin():
            return _run_migrations(conn, schema, path)
    key = advisory_lock_key(service)
    conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
    conn.commit()  # the lock is the session's: it outlives the transactions below
    try:
        with conn.begin():
            conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            return _run_migrations(conn, schema, path)
    finally:
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            conn.commit()
        except exc.DBAPIError:
            pass  # the connection is gone, and the lock with it; keep the original error


def _run_migrations(conn: Connection, schema: str | None, path: Path) -> str | None:
    script = scripts(path)

    def to_heads(revision: Any, _context: MigrationContext) -> Any:
        return script._upgrade_revs("heads", revision)  # what `alembic upgrade heads` runs

    with EnvironmentContext(Config(), script, fn=to_heads, destination_rev="heads") as env:
        env.configure(
            connection=conn,
            version_table=VERSION_TABLE,
            version_table_schema=schema,
            render_as_batch=schema is None,  # SQLite alters tables by copying them
        )
        with env.begin_transaction():  # joins the caller's transaction
            env.run_migrations()
        return env.get_context().get_current_revision()


async def current_revision(db: Database) -> str | None:
    """The revision ``db`` is at (None before the first migration)."""

    def read(conn: Connection) -> str | None:
        context = MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE, "version_table_schema": db.schema}
        )
        return context.get_current_revision()

    async with db.read() as conn:
        revision: str | None = await conn.run_sync(read)
        return revision


async def schema_drift(db: Database, metadata: MetaData) -> list[Any]:
    """What differs between the migrated database and the tables the code declares (Alembic's
    autogenerate diff); empty when the migrations and the code agree. Tests assert it is empty."""

    def compare(conn: Connection) -> list[Any]:
        context = MigrationContext.configure(
            conn,
            opts={
                "version_table": VERSION_TABLE,
                "version_table_schema": db.schema,
                "compare_type": True,
                "include_name": lambda name, kind, _parent: kind != "table" or name != VERSION_TABLE,
            },
        )
        return list(compare_metadata(context, metadata))

    async with db.read() as conn:
        diff: list[Any] = await conn.run_sync(compare)
        return diff
