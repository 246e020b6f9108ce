"""Identifiers AWS hands out (request ids, message ids, event ids): random version-4 UUID strings."""

from __future__ import annotations

import os
import threading

_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}
_POOL_BYTES = 4096
"""Random bytes fetched at once: ``os.urandom`` releases the GIL, and a worker thread that takes it then
holds it for a whole switch interval (5 ms), so one call per UUID showed up in the loop's p99."""

_lock = threading.Lock()
_ready: list[str] = []
"""Formatted ids not handed out yet, 16 bytes of the pool each; taken from the end (``list.pop`` is atomic,
so threads need the lock only to refill)."""


def _forget_pool() -> None:
    _ready.clear()  # a forked child must never hand out its parent's next ids


os.register_at_fork(after_in_child=_forget_pool)


def _refill() -> None:
    with _lock:
        if _ready:
            return  # another thread refilled first
        pool = os.urandom(_POOL_BYTES).hex()
        variant = _VARIANT
        _ready.extend(
            [
                f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[h[16]]}{h[17:20]}-{h[20:]}"
                for h in [pool[i : i + 32] for i in range(0, len(pool), 32)]
            ]
        )


def uuid4_str() -> str:
    """``str(uuid.uuid4())`` without building the ``UUID`` object (about 5x cheaper; on every request)."""
    while True:
        try:
            return _ready.pop()
        except IndexError:
            _refill()
