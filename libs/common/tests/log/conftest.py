from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from overcast_common.log import Log
from overcast_common.log.kafka import KafkaLog
from overcast_common.log.sqlite import SqliteLog
from overcast_common.testing.kafka_server import KafkaServer, shared_kafka_server

Opener = Callable[[], Awaitable[Log]]


@pytest.fixture(scope="session")
def kafka_server() -> KafkaServer:
    return shared_kafka_server()


@pytest.fixture(params=["sqlite", "kafka"])
async def opener(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Opener]:
    """Opens another adapter on the same storage: the SQLite file in ``tmp_path``, or the shared
    Tansu broker under a topic prefix of this test's own."""
    opened: list[Log] = []
    if request.param == "sqlite":

        async def open_log() -> Log:
            opened.append(await SqliteLog.open(tmp_path, trim_interval_s=None))
            return opened[-1]

    else:
        server: KafkaServer = request.getfixturevalue("kafka_server")
        prefix = f"t{uuid.uuid4().hex[:12]}."

        async def open_log() -> Log:
            opened.append(await KafkaLog.open(server.bootstrap_servers, prefix=prefix, long_poll_ms=500))
            return opened[-1]

    yield open_log
    for log in opened:
        await log.close()


@pytest.fixture
async def log(opener: Opener) -> Log:
    return await opener()
