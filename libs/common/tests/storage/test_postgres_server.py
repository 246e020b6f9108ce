"""The throwaway PostgreSQL the tests run against: real, reachable, never skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from overcast_common.testing import postgres_server as module
from overcast_common.testing.postgres_server import PostgresServer, PostgresServerError


def test_shared_server_accepts_connections(postgres_server: PostgresServer) -> None:
    assert postgres_server.accepts_connections()
    assert postgres_server is module.shared_postgres_server()  # one server per test process
    assert postgres_server.psql("SHOW fsync").strip() == "off"
    assert postgres_server.psql("SHOW listen_addresses").strip() == "127.0.0.1"
    print(f"PostgreSQL fixture started in {postgres_server.started_in_s:.2f}s")


def test_server_does_not_run_as_root(postgres_server: PostgresServer) -> None:
    # initdb and postgres refuse root: as root, the helper runs them as the postgres user
    pid = int((postgres_server.data_dir / "postmaster.pid").read_text().split()[0])
    assert os.stat(f"/proc/{pid}").st_uid != 0


def test_create_database_gives_a_fresh_one(postgres_server: PostgresServer) -> None:
    first, second = postgres_server.create_database(), postgres_server.create_database()
    assert first != second and first.startswith("postgresql+asyncpg://postgres@127.0.0.1:")
    name = first.rsplit("/", 1)[1]
    assert postgres_server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'").strip() == "1"


def test_missing_postgresql_is_an_error_not_a_skip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OVERCAST_POSTGRES_BINDIR", str(tmp_path))
    monkeypatch.setattr(module.glob, "glob", lambda _pattern: [])
    monkeypatch.setattr(module.shutil, "which", lambda _name: None)
    with pytest.raises(PostgresServerError, match="apt-get install postgresql"):
        PostgresServer()
