from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from overcast_common.storage import Database, open_database
from overcast_common.testing.postgres_server import PostgresServer, shared_postgres_server


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    return shared_postgres_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each dialect (SQLite: a file with ``{service}`` in its name)."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path}/{{service}}.db"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


@pytest.fixture
async def db(url: str) -> AsyncIterator[Database]:
    database = await open_database(url.replace("{service}", "svc"), "svc")
    yield database
    await database.close()
