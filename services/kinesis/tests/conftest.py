"""Fixtures: a provider on real storage. ``provider`` runs on the embedded backends (SQLite metadata, SQLite
log); ``any_provider`` also on the cluster ones (PostgreSQL metadata, Kafka log on a Tansu broker)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.log import Log
from overcast_common.log.kafka import KafkaLog
from overcast_common.log.sqlite import SqliteLog
from overcast_common.testing.kafka_server import KafkaServer, shared_kafka_server
from overcast_common.testing.postgres_server import PostgresServer, shared_postgres_server
from overcast_kinesis.provider import KinesisProvider, ProviderSettings
from overcast_kinesis.store.sql import SqlKinesisStore

FAST = ProviderSettings(status_delay_ms=0, throughput_limits=False)

Opener = Callable[..., Awaitable[KinesisProvider]]
"""Opens a provider on this test's storage; calling it again is a restart (same data)."""


@pytest.fixture(scope="session")
def postgres_server() -> PostgresServer:
    return shared_postgres_server()


@pytest.fixture(scope="session")
def kafka_server() -> KafkaServer:
    return shared_kafka_server()


def context(operation: str = "", account: str = "000000000000", region: str = "us-east-1") -> RequestContext:
    return RequestContext(request_id="test", service="kinesis", operation=operation, account_id=account,
                          region=region)  # fmt: skip


@pytest.fixture
def ctx() -> RequestContext:
    return context()


async def _opener(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> AsyncIterator[Opener]:
    opened: list[tuple[KinesisProvider, SqlKinesisStore, Log]] = []
    prefix = f"t{uuid.uuid4().hex[:12]}."
    settings = Settings(data_dir=tmp_path)
    if backend == "cluster":
        pg: PostgresServer = request.getfixturevalue("postgres_server")
        settings = Settings(data_dir=tmp_path, database_url=pg.create_database())

    async def open_provider(provider_settings: ProviderSettings = FAST) -> KinesisProvider:
        store = await SqlKinesisStore.open(settings)
        log: Log
        if backend == "cluster":
            kafka: KafkaServer = request.getfixturevalue("kafka_server")
            log = await KafkaLog.open(kafka.bootstrap_servers, prefix=prefix, long_poll_ms=200)
        else:
            log = await SqliteLog.open(tmp_path / "kinesis", trim_interval_s=None)
        provider = KinesisProvider(store, log, provider_settings)
        await provider.load()
        opened.append((provider, store, log))
        return provider

    yield open_provider
    for provider, store, log in opened:
        await provider.close()
        await log.close()
        await store.close()


@pytest.fixture
async def opener(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Opener]:
    async for value in _opener(request, tmp_path, "embedded"):
        yield value


@pytest.fixture
async def provider(opener: Opener) -> KinesisProvider:
    return await opener()


@pytest.fixture(params=["embedded", "cluster"])
async def any_provider(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[KinesisProvider]:
    async for open_provider in _opener(request, tmp_path, request.param):
        yield await open_provider()
