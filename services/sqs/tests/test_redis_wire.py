"""The Redis store's pipelined connection (``redis_wire``), against a real redis-server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import uvloop
from overcast_common.testing.redis_server import RedisServer
from overcast_sqs.store.redis_store import RedisSqsStore
from overcast_sqs.store.redis_wire import RedisWire
from redis.asyncio import Redis
from redis.exceptions import NoScriptError, ResponseError
from store_contract import NOW, Q, msg, queue, recv


@pytest.fixture(scope="module")
def server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


def test_the_message_steps_run_on_uvloop(server: RedisServer) -> None:
    # the server runs on uvloop, whose transports are not asyncio.Transport subclasses
    async def steps() -> list[str]:
        store = await RedisSqsStore.open(server.url, namespace="uvloop")
        try:
            await store.create_queue(queue(Q))
            await store.send(Q, [msg("on uvloop")], NOW)
            return [m.body for m in await recv(store, now=NOW + 1, n=10)]
        finally:
            await store.close()

    assert uvloop.run(steps()) == ["on uvloop"]


async def test_the_commands_of_a_turn_are_answered_in_order(server: RedisServer) -> None:
    wire = RedisWire(server.url)
    try:
        await wire.call("DEL", "wire:n")
        replies = await asyncio.gather(*(wire.call("INCR", "wire:n") for _ in range(100)))
        assert replies == list(range(1, 101))
    finally:
        wire.close()


async def test_a_cancelled_caller_does_not_take_the_next_callers_reply(server: RedisServer) -> None:
    wire = RedisWire(server.url)
    try:
        await wire.call("SET", "wire:a", "A")
        await wire.call("SET", "wire:b", "B")
        first = asyncio.ensure_future(wire.call("GET", "wire:a"))
        await asyncio.sleep(0)  # sent, not answered yet
        second = asyncio.ensure_future(wire.call("GET", "wire:b"))
        first.cancel()
        assert await second == "B"
        assert await wire.call("GET", "wire:a") == "A"
    finally:
        wire.close()


async def test_error_replies_raise_redis_py_exceptions(server: RedisServer) -> None:
    wire = RedisWire(server.url)
    try:
        with pytest.raises(NoScriptError):
            await wire.call("EVALSHA", "0" * 40, 0)
        with pytest.raises(ResponseError, match="unknown command"):
            await wire.call("NO-SUCH-COMMAND")
        assert await wire.call("PING") == "PONG"  # the connection goes on
    finally:
        wire.close()


async def test_the_url_password_and_database_are_used() -> None:
    with RedisServer() as own:
        admin = Redis(host=own.host, port=own.port, decode_responses=True)
        await admin.config_set("requirepass", "s3cret")
        wire = RedisWire(f"redis://:s3cret@{own.host}:{own.port}/3")
        try:
            await wire.call("SET", "wire:db", "three")
            assert await admin.execute_command("AUTH", "s3cret")
            assert await admin.execute_command("SELECT", 3)
            assert await admin.get("wire:db") == "three"
        finally:
            wire.close()
            await admin.aclose()


async def test_a_killed_connection_is_replaced(server: RedisServer) -> None:
    wire = RedisWire(server.url)
    admin = Redis(host=server.host, port=server.port, decode_responses=True)
    try:
        before = await wire.call("CLIENT", "ID")
        await admin.execute_command("CLIENT", "KILL", "ID", before)
        for _ in range(50):  # the loss may be noticed by the next call (which then fails) or before it
            try:
                after = await wire.call("CLIENT", "ID")
                break
            except ConnectionError:
                await asyncio.sleep(0.05)
        assert after != before
    finally:
        wire.close()
        await admin.aclose()
