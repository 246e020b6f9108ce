"""Micro-benchmark of a store adapter: µs per send and per receive+delete (no HTTP, no provider).

.venv/bin/python services/sqs/bench_store.py [N]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

from overcast_sqs.store import NewMessage, Queue, QueueKey, ReceiptRef, ReceiveRequest
from overcast_sqs.store.sqlite import SqliteSqsStore


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqliteSqsStore.open(Path(tmp) / "sqs.sqlite3")
        key = QueueKey("000000000000", "us-east-1", "bench")
        await store.create_queue(Queue(key, {}, {}, 0, 0))
        body = "x" * 200
        now = int(time.time() * 1000)
        started = time.perf_counter()
        for _ in range(n):
            await store.send(key, [NewMessage(uuid.uuid4().hex, body, "{}", "AIDA")], now)
        send_us = (time.perf_counter() - started) / n * 1e6
        started = time.perf_counter()
        for _ in range(n):
            result = await store.receive(
                key, ReceiveRequest(now_ms=now, max_messages=1, visibility_ms=30_000)
            )
            assert result is not None and result.messages
            m = result.messages[0]
            await store.delete(key, [ReceiptRef(m.message_id, m.receipt_token)])
        rd_us = (time.perf_counter() - started) / n * 1e6
        await store.close()
    print(f"sqlite: send {send_us:.1f} µs/op, receive+delete {rd_us:.1f} µs/op (n={n})")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
