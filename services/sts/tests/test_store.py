"""Contract tests every STS store adapter passes (only the embedded one exists so far)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from overcast_sts.store import SessionCredentials, StsStore
from overcast_sts.store.sqlite import SqliteStsStore

Opener = Callable[[Path], Awaitable[StsStore]]
ADAPTERS: dict[str, Opener] = {"sqlite": lambda d: SqliteStsStore.open(d / "sts.sqlite3")}

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


@pytest.fixture(params=sorted(ADAPTERS))
async def opener(request: pytest.FixtureRequest) -> Opener:
    return ADAPTERS[request.param]


@pytest.fixture
async def store(opener: Opener, tmp_path: Path) -> AsyncIterator[StsStore]:
    s = await opener(tmp_path)
    yield s
    await s.close()


async def test_put_then_get(store: StsStore) -> None:
    await store.put_session(session("ASIAONE"))
    assert await store.get_session("ASIAONE") == session("ASIAONE")
    assert await store.get_session("ASIATWO") is None


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


async def test_state_outlives_a_restart(opener: Opener, tmp_path: Path) -> None:
    first = await opener(tmp_path)
    await first.put_session(session("ASIAONE"))
    await first.close()
    second = await opener(tmp_path)
    try:
        assert await second.get_session("ASIAONE") == session("ASIAONE")
    finally:
        await second.close()
