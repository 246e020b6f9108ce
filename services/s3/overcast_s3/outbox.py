"""A small durable outbox: work an acknowledged request promised (an event to deliver, a version to
replicate) is written to a file before the response goes out and done in the background after it.

An entry may name a ``not_before`` time (epoch seconds) to run no earlier. Each entry is one JSON file under ``<data dir>/s3/outbox/`` (temp file + rename, fsynced unless
``fsync`` is off), named by time so a restart replays leftovers in order. Workers run the entries
with retries and a backoff; a file is deleted when its entry is done or has used its attempts, so a
``kill -9`` loses nothing that was acknowledged (at worst an entry runs twice).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("overcast.s3.outbox")

Runner = Callable[[dict[str, Any], bool], Awaitable[None]]
"""``run(entry, last_attempt)``: raises to retry (the final attempt handles its own failure)."""

ATTEMPTS = 8
"""About 25 s of retries: enough for a peer still starting after a restart."""
BACKOFF_S = 0.2
MAX_BACKOFF_S = 10.0


class Outbox:
    def __init__(self, root: Path, run: Runner, *, fsync: bool = True, workers: int = 4) -> None:
        self.root = root
        self.run = run
        self.fsync = fsync
        self.workers = workers
        self.root.mkdir(parents=True, exist_ok=True)
        self._queue: asyncio.Queue[tuple[Path, dict[str, Any], int]] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._pending = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def start(self) -> None:
        leftovers = await asyncio.to_thread(self._leftovers)
        for path, entry in leftovers:
            self._enqueue(path, entry, 0)
        self._tasks = [asyncio.create_task(self._work()) for _ in range(self.workers)]

    async def put(self, entry: dict[str, Any]) -> None:
        """Durably records ``entry``, then queues it; returns before it runs."""
        path = await asyncio.to_thread(self._write, entry)
        self._enqueue(path, entry, 0)

    async def drain(self, timeout: float = 10.0) -> None:
        """Waits until every queued entry has run (tests, shutdown)."""
        await asyncio.wait_for(self._idle.wait(), timeout)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    def _enqueue(self, path: Path, entry: dict[str, Any], attempt: int) -> None:
        self._pending += 1
        self._idle.clear()
        self._queue.put_nowait((path, entry, attempt))

    def _done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self._idle.set()

    async def _work(self) -> None:
        while True:
            path, entry, attempt = await self._queue.get()
            wait = float(entry.get("not_before", 0)) - time.time()
            if wait > 0:  # scheduled work (a restore completing): back in the queue when due
                asyncio.get_running_loop().call_later(wait, self._queue.put_nowait, (path, entry, attempt))
                continue
            last = attempt + 1 >= ATTEMPTS
            try:
                await self.run(entry, last)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not last:
                    delay = min(MAX_BACKOFF_S, BACKOFF_S * 2**attempt)
                    log.info("s3 outbox entry %s failed (%s), retrying in %.1fs", path.name, exc, delay)
                    # still pending: ``drain`` waits for the retry too
                    asyncio.get_running_loop().call_later(
                        delay, self._queue.put_nowait, (path, entry, attempt + 1)
                    )
                    continue
                log.warning("s3 outbox entry %s dropped after %d attempts: %s", path.name, ATTEMPTS, exc)
            await asyncio.to_thread(path.unlink, True)
            self._done()

    def _write(self, entry: dict[str, Any]) -> Path:
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex}.json"
        temp = self.root / f".{name}"
        with temp.open("w", encoding="utf-8") as file:
            json.dump(entry, file, separators=(",", ":"))
            file.flush()
            if self.fsync:
                os.fsync(file.fileno())
        target = self.root / name
        os.replace(temp, target)
        return target

    def _leftovers(self) -> list[tuple[Path, dict[str, Any]]]:
        found: list[tuple[Path, dict[str, Any]]] = []
        for path in sorted(self.root.iterdir()):
            if path.name.startswith("."):
                path.unlink(missing_ok=True)  # a write a crash interrupted: never acknowledged
                continue
            try:
                found.append((path, json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError):
                path.unlink(missing_ok=True)
        return found
