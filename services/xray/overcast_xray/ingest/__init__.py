"""How traces reach the store besides ``PutTraceSegments``: the OTLP receiver (gRPC and HTTP), the X-Ray
daemon's UDP port, and the in-process sink of Overcast's own spans. All of them end in
:class:`Ingestor`, which validates documents as ``PutTraceSegments`` does and writes them in batches.

Embedded, the ingestor shares the event loop (and the GIL) with the requests being served, so its
Python work runs on the loop in slices of ``CHUNK`` spans (about a millisecond), yielding between
them. It is not moved to a worker thread on purpose (``overcast_common.loop_slices`` says why): a
512-span export batch converted there (~20 ms of CPU) stalled every request in flight by 5 ms several
times in a row: the p99 of SendMessage with tracing on."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from overcast_common.loop_slices import in_slices

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
CHUNK = 32
"""Spans converted per event-loop turn (~40 µs each): the loop is never held much over a millisecond."""

Converter = Callable[[Sequence[Any]], tuple[list[SegmentRecord], int]]
"""Spans (in whatever form a source hands them over) → (segment records, how many were rejected)."""


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
        self._spans: deque[tuple[Sequence[Any], Converter]] = deque()
        self._spans_queued = 0
        self._converter: asyncio.Task[None] | None = None

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

    def submit_spans(self, spans: Sequence[Any], convert: Converter) -> None:
        """Convert (on the event loop, ``CHUNK`` spans per turn) and store soon; never blocks. For the
        in-process sink, whose spans arrive from the span processor's thread by ``call_soon_threadsafe``."""
        if not spans:
            return
        if self._queued + self._spans_queued + len(spans) > QUEUE_LIMIT:
            self.dropped += len(spans)
            return
        self._spans.append((spans, convert))
        self._spans_queued += len(spans)
        if self._converter is None:
            self._converter = asyncio.get_running_loop().create_task(self._convert())

    async def _convert(self) -> None:
        try:
            while self._spans:
                spans, convert = self._spans.popleft()
                async for part in in_slices(spans, CHUNK):
                    try:
                        records, rejected = convert(part)
                    except Exception:
                        log.exception("xray: converting %d spans failed", len(part))
                        records, rejected = [], len(part)
                    self._spans_queued -= len(part)
                    self.rejected += rejected
                    self.submit(records)
                await asyncio.sleep(0)  # and between one batch's last slice and the next batch's first
        finally:
            self._converter = None

    async def flush(self) -> None:
        """Wait until everything submitted so far is stored (without waiting out the linger)."""
        self._flushing += 1
        self._wake.set()
        try:
            while self._converter is not None:
                await asyncio.shield(self._converter)
            self._wake.set()
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
        if self._writer is not None or self._converter is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.flush(), timeout=5)
            for task in (self._converter, self._writer):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            self._converter = self._writer = None
