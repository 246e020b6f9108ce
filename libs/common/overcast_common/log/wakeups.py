"""In-process wake-ups for readers waiting on a partition: an append sets the partition's event.

A reader takes its ticket *before* it reads, so an append that lands between its read and its wait
still wakes it; each notify hands out a fresh event for the next round.
"""

from __future__ import annotations

import asyncio


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
