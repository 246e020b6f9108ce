"""Micro-benchmark of the SQS store adapters and of the provider, in one process, same run.

.venv/bin/python services/sqs/bench_store.py [N] [--stores sqlite,redis] [--concurrency 1,16] [--repeat 3]

Per store and concurrency (coroutines in flight, as the server has requests in flight):

- ``store send`` / ``store recv+del``: µs per ``send`` of one message, and per ``receive`` (1 message)
  + ``delete`` of it, on the store alone;
- ``provider send`` / ``provider recv+del``: the same through ``ServiceHandler`` (dispatch, provider
  validation, MD5s, ids, queue URL parsing, the store), without HTTP or the codec.

Wall-clock µs per op (best of ``--repeat``); the Redis figures include redis-server's own work (a
separate process, possibly on the other core). ``--clock cpu``: this process's CPU µs per op instead
(what a busy shared machine inflates least; Redis's own work left out). Redis runs on a throwaway ``redis-server`` on a free port.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

from overcast_common.authz import AllowRoot
from overcast_common.context import Principal, RequestContext
from overcast_common.service import ServiceHandler
from overcast_common.testing.redis_server import RedisServer
from overcast_sqs.provider import ProviderSettings, SqsProvider
from overcast_sqs.store import NewMessage, Queue, QueueKey, ReceiptRef, ReceiveRequest, SqsStore
from overcast_sqs.store.sqlite import SqliteSqsStore

BODY = "x" * 256
CLOCK = time.perf_counter
"""``--clock cpu``: ``time.process_time`` (this process's CPU, every thread; redis-server's not counted)."""


async def _timed(n: int, concurrency: int, op: Callable[[], Awaitable[None]]) -> float:
    """µs per op for ``n`` ops, ``concurrency`` coroutines each running its share in a loop."""

    async def worker(count: int) -> None:
        for _ in range(count):
            await op()

    share, extra = divmod(n, concurrency)
    started = CLOCK()
    await asyncio.gather(*(worker(share + (i < extra)) for i in range(concurrency)))
    return (CLOCK() - started) / n * 1e6


async def _store_ops(store: SqsStore, n: int, concurrency: int) -> tuple[float, float]:
    key = QueueKey("000000000000", "us-east-1", f"bench-{uuid.uuid4().hex[:8]}")
    await store.create_queue(Queue(key, {}, {}, 0, 0))
    now = int(time.time() * 1000)

    async def send() -> None:
        await store.send(key, [NewMessage(uuid.uuid4().hex, BODY, "", "AIDA")], now)

    async def receive_delete() -> None:
        result = await store.receive(key, ReceiveRequest(now_ms=now, max_messages=1, visibility_ms=30_000))
        assert result is not None and result.messages
        m = result.messages[0]
        await store.delete(key, [ReceiptRef(m.message_id, m.receipt_token)])

    return await _timed(n, concurrency, send), await _timed(n, concurrency, receive_delete)


def _context(operation: str) -> RequestContext:
    return RequestContext(
        request_id="r",
        service="sqs",
        operation=operation,
        protocol="json",
        host="localhost:4566",
        principal=Principal(
            account_id="000000000000",
            arn="arn:aws:iam::000000000000:root",
            principal_id="000000000000",
            access_key_id="test",
        ),
    )


async def _provider_ops(store: SqsStore, n: int, concurrency: int) -> tuple[float, float]:
    handler = ServiceHandler(SqsProvider(store, settings=ProviderSettings(strict_timing=False)), AllowRoot())
    name = f"bench-{uuid.uuid4().hex[:8]}"
    created = await handler(_context("CreateQueue"), {"QueueName": name})
    url = created["QueueUrl"]
    sending, receiving, deleting = (
        _context("SendMessage"),
        _context("ReceiveMessage"),
        _context("DeleteMessage"),
    )

    async def send() -> None:
        await handler(sending, {"QueueUrl": url, "MessageBody": BODY})

    async def receive_delete() -> None:
        got: dict[str, Any] = await handler(receiving, {"QueueUrl": url, "MaxNumberOfMessages": 1})
        [message] = got["Messages"]
        await handler(deleting, {"QueueUrl": url, "ReceiptHandle": message["ReceiptHandle"]})

    return await _timed(n, concurrency, send), await _timed(n, concurrency, receive_delete)


@contextlib.contextmanager
def _redis() -> Iterator[str]:
    with RedisServer() as server:
        yield server.url


async def _open(kind: str, where: Path, redis_url: str | None) -> SqsStore:
    if kind == "sqlite":
        return await SqliteSqsStore.open(where / "sqs.sqlite3")
    from overcast_sqs.store.redis_store import RedisSqsStore

    assert redis_url is not None
    store = await RedisSqsStore.open(redis_url, namespace=f"bench{uuid.uuid4().hex[:8]}")
    return store


async def main(n: int, stores: list[str], concurrencies: list[int], repeat: int) -> None:
    with contextlib.ExitStack() as stack:
        redis_url = stack.enter_context(_redis()) if "redis" in stores else None
        clock = "wall clock" if CLOCK is time.perf_counter else "this process's CPU"
        print(f"n={n}, best of {repeat}; µs per op ({clock})")
        print("| store | in flight | store send | store recv+del | provider send | provider recv+del |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind in stores:
            for concurrency in concurrencies:
                best = [float("inf")] * 4
                for _ in range(repeat):
                    with tempfile.TemporaryDirectory() as tmp:
                        store = await _open(kind, Path(tmp), redis_url)
                        try:
                            figures = (
                                *await _store_ops(store, n, concurrency),
                                *await _provider_ops(store, n, concurrency),
                            )
                        finally:
                            await store.close()
                    best = [min(b, f) for b, f in zip(best, figures, strict=True)]
                cells = " | ".join(f"{b:.1f}" for b in best)
                print(f"| {kind} | {concurrency} | {cells} |", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--stores", default="sqlite,redis")
    parser.add_argument("--concurrency", default="1,16")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    args = parser.parse_args()
    if args.clock == "cpu":
        CLOCK = time.process_time
    asyncio.run(
        main(args.n, args.stores.split(","), [int(c) for c in args.concurrency.split(",")], args.repeat)
    )
