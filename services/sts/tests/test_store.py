"""Contract tests of the STS store, on SQLite (embedded) and on a real PostgreSQL (cluster)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from overcast_common.config import Settings
from overcast_common.storage.migrations import current_revision, head_revision, migrations_path, schema_drift
from overcast_common.testing.postgres_server import (
    SQL_BACKENDS,
    PostgresServer,
    shared_postgres_server,
    sql_settings,
)
from overcast_sts.store import SessionCredentials, StsStore
from overcast_sts.store.sql import MIGRATIONS, SqlStsStore, metadata
from sqlalchemy import text

Opener = Callable[[], Awaitable[SqlStsStore]]
"""Opens the store on this test's database; calling it again is a restart (same data)."""

NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


def session(key: str, expiration: datetime = NOW) -> SessionCredentials:
    return SessionCredentials(
        key,
        "secret-" + key,
        "token-" + key,
        expiration,
        "000000000000",
        "arn:aws:iam::000000000000:root",
        "Root",
        "000000000000",
    )


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    return shared_postgres_server()


@pytest.fixture(params=SQL_BACKENDS)
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    settings = sql_settings(request.param, tmp_path)
    return lambda: SqlStsStore.open(settings)


@pytest.fixture
async def store(opener: Opener) -> AsyncIterator[SqlStsStore]:
    s = await opener()
    yield s
    await s.close()


async def test_put_then_get(store: StsStore) -> None:
    await store.put_session(session("ASIAONE"))
    assert await store.get_session("ASIAONE") == session("ASIAONE")
    assert await store.get_session("ASIATWO") is None


async def test_put_again_replaces(store: StsStore) -> None:
    await store.put_session(session("ASIAONE"))
    await store.put_session(session("ASIAONE", NOW + timedelta(hours=1)))
    got = await store.get_session("ASIAONE")
    assert got is not None and got.expiration == NOW + timedelta(hours=1)


async def test_expiration_keeps_its_instant_and_zone(store: StsStore) -> None:
    moment = datetime(2030, 1, 1, 14, 0, 0, 123456, tzinfo=UTC)
    await store.put_session(session("ASIAONE", moment))
    got = await store.get_session("ASIAONE")
    assert got is not None and got.expiration == moment and got.expiration.utcoffset() == timedelta(0)


async def test_delete_expired(store: StsStore) -> None:
    await store.put_session(session("ASIAOLD", NOW - timedelta(seconds=1)))
    await store.put_session(session("ASIANEW", NOW + timedelta(seconds=1)))
    assert await store.delete_expired(NOW) == 1
    assert await store.get_session("ASIAOLD") is None
    assert await store.get_session("ASIANEW") is not None


async def test_reset_forgets_everything(store: StsStore) -> None:
    await store.put_session(session("ASIAONE"))
    await store.reset()
    assert await store.get_session("ASIAONE") is None


async def test_state_outlives_a_restart(opener: Opener) -> None:
    first = await opener()
    await first.put_session(session("ASIAONE"))
    await first.close()
    second = await opener()  # a new engine on the same database; migrations run again (no-op)
    try:
        assert await second.get_session("ASIAONE") == session("ASIAONE")
        assert await current_revision(second.db) == head_revision(migrations_path(MIGRATIONS))
    finally:
        await second.close()


async def test_migrations_create_exactly_the_declared_tables(store: SqlStsStore) -> None:
    assert await schema_drift(store.db, metadata) == []


async def test_a_corrupt_principal_type_is_reported(store: SqlStsStore) -> None:
    await store.put_session(session("ASIAONE"))
    async with store.db.write() as conn:
        await conn.execute(text("UPDATE sessions SET principal_type = 'Alien'"))
    with pytest.raises(ValueError, match="Alien"):
        await store.get_session("ASIAONE")


async def test_embedded_default_lives_under_the_data_dir(tmp_path: Path) -> None:
    store = await SqlStsStore.open(Settings(data_dir=tmp_path))
    await store.close()
    assert (tmp_path / "sts" / "metadata.db").is_file()


async def test_cluster_mode_uses_the_sts_schema(postgres_server: PostgresServer, tmp_path: Path) -> None:
    url = postgres_server.create_database()
    store = await SqlStsStore.open(Settings(data_dir=tmp_path, database_url=url))
    await store.close()
    tables = postgres_server.psql(
        "SELECT table_schema || '.' || table_name FROM information_schema.tables"
        " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
        url.rsplit("/", 1)[1],
    )
    assert tables.split() == ["sts.alembic_version", "sts.sessions"]
    assert not (tmp_path / "sts").exists()  # nothing written locally in cluster mode
