"""How traces reach the store besides ``PutTraceSegments``: the OTLP receiver (gRPC and HTTP), the X-Ray
daemon's UDP port, and the in-process sink of Overcast's own spans. All of them end in
:class:`Ingestor`, which validates documents as ``PutTraceSegments`` does and writes them in batches."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from overcast_xray.segments import SegmentRecord
from overcast_xray.store import XrayStore

log = logging.getLogger("overcast.xray")

BATCH = 1000
LINGER_S = 0.25
"""How long submitted segments wait for company: one transaction per 250 ms instead of one per span
batch keeps the store off the event loop's critical path (Overcast's own spans arrive a few at a time)."""
QUEUE_LIMIT = 100_000
"""Segments waiting to be written; beyond it, fire-and-forget sources (UDP, the sink) drop, as the
daemon drops when its buffers are full."""


class Ingestor:
    """Writes segments for one account and region (the account of the Overcast that receives them)."""

    def __init__(self, store: XrayStore, account_id: str, region: str) -> None:
        self.store = store
        self.account_id = account_id
        self.region = region
        self.accepted = 0
        self.rejected = 0
        self.dropped = 0
        self._queue: asyncio.Queue[list[SegmentRecord]] = asyncio.Queue()
        self._queued = 0
        self._writer: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._flushing = 0

    async def write(self, records: Sequence[SegmentRecord]) -> None:
        """Store now (the OTLP receiver acknowledges only what is stored)."""
        if records:
            await self.store.put_segments(self.account_id, self.region, records, datetime.now(UTC))
            self.accepted += len(records)

    def submit(self, records: list[SegmentRecord]) -> None:
        """Store soon, batched with others (UDP datagrams, the in-process sink); never blocks."""
        if not records:
            return
        if self._queued + len(records) > QUEUE_LIMIT:
            self.dropped += len(records)
            return
        self._queued += len(records)
        self._queue.put_nowait(records)
        if self._queued >= BATCH:
            self._wake.set()
        if self._writer is None:
            self._writer = asyncio.get_running_loop().create_task(self._drain())

    async def flush(self) -> None:
        """Wait until everything submitted so far is stored (without waiting out the linger)."""
        self._flushing += 1
        self._wake.set()
        try:
            await self._queue.join()
        finally:
            self._flushing -= 1

    async def _drain(self) -> None:
        while True:
            batch = await self._queue.get()
            taken = 1
            if not self._flushing and self._queued < BATCH:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), LINGER_S)
            self._wake.clear()
            batch = list(batch)  # the submitter's list stays untouched
            while len(batch) < BATCH and not self._queue.empty():
                batch.extend(self._queue.get_nowait())
                taken += 1
            try:
                await self.write(batch)
            except Exception:
                log.exception("xray: storing %d segments failed", len(batch))
                self.dropped += len(batch)
            finally:
                self._queued -= len(batch)
                for _ in range(taken):
                    self._queue.task_done()
            await asyncio.sleep(0)  # let requests run between chunks of a backlog

    async def close(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.flush(), timeout=5)
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
            self._writer = None
