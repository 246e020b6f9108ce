"""In-process wake-ups for readers waiting on a partition: an append sets the partition's event.

A reader takes its ticket *before* it reads, so an append that lands between its read and its wait
still wakes it; each notify hands out a fresh event for the next round. ``read_waiting`` is the one
wait-for-data loop both adapters run for ``Log.read(..., wait_ms=...)``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from overcast_common.log.port import ReadResult


class Wakeups:
    def __init__(self) -> None:
        self._events: dict[tuple[str, int], asyncio.Event] = {}

    def ticket(self, topic: str, partition: int) -> asyncio.Event:
        return self._events.setdefault((topic, partition), asyncio.Event())

    def notify(self, topic: str, partition: int) -> None:
        event = self._events.pop((topic, partition), None)
        if event is not None:
            event.set()

    def notify_topic(self, topic: str) -> None:
        for key in [k for k in self._events if k[0] == topic]:
            self.notify(*key)


async def read_waiting(
    wakeups: Wakeups,
    topic: str,
    partition: int,
    wait_ms: int,
    read_once: Callable[[], Awaitable[ReadResult]],
    closed: Callable[[], bool],
    before_wait: Callable[[ReadResult, float], None] | None = None,
) -> ReadResult:
    """Read; if nothing came back and the reader is at the end, wait (up to ``wait_ms`` in all) for
    an append to wake it and read again. ``before_wait(result, remaining_s)`` runs before each wait
    (Kafka starts its long-poll fetch for appends by other processes there)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_ms / 1000
    while True:
        ticket = wakeups.ticket(topic, partition)
        result = await read_once()
        remaining = deadline - loop.time()
        if result.records or remaining <= 0 or result.next_offset < result.end_offset or closed():
            return result
        if before_wait is not None:
            before_wait(result, remaining)
        # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancel that lands as it times out
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(remaining):
                await ticket.wait()
        if closed():
            return result
