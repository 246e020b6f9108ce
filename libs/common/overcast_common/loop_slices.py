"""CPU-bound Python work on the event loop, a slice at a time.

    async for part in in_slices(spans, 32):
        records += convert(part)      # ≤ 32 items of work per loop turn; requests run in between

Why on the loop and not on a worker thread: a thread running Python holds the GIL for up to the
interpreter's switch interval (5 ms) each time the loop lets go of it (every SQLite call, every
``os.urandom``), so a 20-ms batch converted there stalled every request in flight by 5 ms several
times in a row (docs/performance.md). On the loop, in slices of about a millisecond, the loop's
other tasks run between slices instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import TypeVar

_T = TypeVar("_T")


async def in_slices(items: Sequence[_T], size: int) -> AsyncIterator[Sequence[_T]]:
    """``items`` in consecutive slices of ``size`` (the last may be shorter), in order, letting the
    event loop run its other ready tasks between two slices (not before the first or after the last)."""
    if size < 1:
        raise ValueError(f"slice size must be positive, got {size}")
    for start in range(0, len(items), size):
        if start:
            await asyncio.sleep(0)
        yield items[start : start + size]
