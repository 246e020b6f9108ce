"""Tests: Overcast's log lines captured in a string, as a process writes them."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from overcast_common import logs


@contextmanager
def captured_logs(level: str = "INFO") -> Iterator[io.StringIO]:
    """Logging configured as ``overcast serve`` does, into the yielded stream; the root logger's handlers
    and level, and ``logs``' handler, are put back afterwards (after a flush)."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    out = io.StringIO()
    logs.configure_logging(level, out)
    try:
        yield out
    finally:
        logs.flush_logs()
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        logs._handler = None
