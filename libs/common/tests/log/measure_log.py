"""Throughput of both log adapters (not a test; numbers go in docs/storage.md):

.venv/bin/python libs/common/tests/log/measure_log.py
"""

from __future__ import annotations

import asyncio
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from overcast_common.log import Log, Message
from overcast_common.log.kafka import KafkaLog
from overcast_common.log.sqlite import SqliteLog
from overcast_common.testing.kafka_server import KafkaServer

RECORD = b"x" * 1024


async def measure(name: str, log: Log) -> None:
    await log.create_topic("seq")
    await log.create_topic("conc", partitions=4)
    await log.create_topic("batch")

    async def timed(label: str, count: int, fn: Callable[[], Awaitable[object]]) -> None:
        started = time.perf_counter()
        await fn()
        elapsed = time.perf_counter() - started
        print(f"{name:7} {label:42} {count / elapsed:10.0f} records/s")

    n = 2000

    async def sequential() -> None:
        for _ in range(n):
            await log.append("seq", 0, Message(RECORD))

    async def concurrent() -> None:
        async def worker(w: int) -> None:
            for _ in range(n // 64):
                await log.append("conc", w % 4, Message(RECORD))

        await asyncio.gather(*(worker(w) for w in range(64)))

    async def batched() -> None:
        for _ in range(20 * n // 500):
            await log.append_batch("batch", 0, [Message(RECORD)] * 500)

    async def read_back() -> None:
        offset = 0
        while True:
            result = await log.read("batch", 0, offset, max_records=10_000)
            if not result.records:
                return
            offset = result.next_offset

    await timed("append, one caller (1 KiB)", n, sequential)
    await timed("append, 64 concurrent callers, 4 partitions", n // 64 * 64, concurrent)
    await timed("append_batch of 500 (1 KiB)", 20 * n, batched)
    await timed("read 1 KiB records (10,000 per read)", 20 * n, read_back)
    await log.close()


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        await measure("sqlite", await SqliteLog.open(Path(tmp), trim_interval_s=None))
    with KafkaServer() as server:
        await measure(
            "kafka", await KafkaLog.open(server.bootstrap_servers, prefix=f"m{uuid.uuid4().hex[:8]}.")
        )


if __name__ == "__main__":
    asyncio.run(main())
