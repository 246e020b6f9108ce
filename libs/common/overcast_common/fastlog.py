"""The hot half of ``logs``: the line per request, compiled with mypyc (``compiled.MODULES``).

``FastLog`` writes ``JsonFormatter``'s line with one JSON encode and no ``LogRecord``/``Formatter``/
``Handler`` machinery, into a ``_LineBuffer`` written at most ``FLUSH_AFTER_S`` after its first line.
Nothing here subclasses a ``logging`` class (mypyc's classes may not derive from interpreted ones): the
handler, the formatter and ``configure_logging`` stay in interpreted ``logs``, which re-exports these
names and tells this module which handler owns the root logger (``route``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final, TextIO

RESERVED: Final = ("time", "level", "logger", "message")
encode: Final[Callable[[object], str]] = json.JSONEncoder(separators=(",", ":"), default=str).encode
MAX_BUFFERED: Final = 512
"""Lines held before a write even within ``FLUSH_AFTER_S`` (bounds memory under a burst)."""
FLUSH_AFTER_S: Final = 0.05
"""Buffered lines are written at most this long after the first of them: under load one write carries many
requests' lines, not one write per loop turn; any other record, ``flush_logs`` and
exit write them at once, so the stream keeps its order and loses nothing on a clean stop."""


class _Clock:
    """``isoformat(timespec="milliseconds")`` of a UTC timestamp, formatting the seconds once per second."""

    def __init__(self) -> None:
        self._second = -1
        self._prefix = ""

    def iso(self, t: float) -> str:
        second = int(t)
        if second != self._second:
            self._prefix = datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%S")
            self._second = second
        return self._prefix + _MILLIS[min(int((t - second) * 1000), 999)]


_MILLIS: Final = tuple(f".{ms:03d}+00:00" for ms in range(1000))
"""The time stamp's tail for each millisecond (a format spec per line costs more than the rest of it)."""


clock: Final = _Clock()


class _LineBuffer:
    """Lines waiting to be written together."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._lines: list[str] = []
        self._flush_on: asyncio.AbstractEventLoop | None = None

    def write(self, line: str) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop in this thread: nothing would flush it later
            self._write(line + "\n")
            return
        self._lines.append(line)
        if len(self._lines) >= MAX_BUFFERED:
            self.flush()
        elif self._flush_on is not loop:
            # one timer for the lines of the next moment; a loop that closed with a flush pending gets a
            # new one here
            self._flush_on = loop
            loop.call_later(FLUSH_AFTER_S, self.flush)

    def flush(self) -> None:
        self._flush_on = None
        if self._lines:
            lines, self._lines = self._lines, []
            self._write("\n".join(lines) + "\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stderr must not fail a request
            pass


class _Route:
    """The handler ``configure_logging`` installed (``logs._JsonHandler``, held as a plain object) and its
    buffer: lines go straight to the buffer while that handler alone is on the root logger."""

    def __init__(self) -> None:
        self.handler: object | None = None
        self.buffer: _LineBuffer | None = None


route: Final = _Route()


def direct_buffer() -> _LineBuffer | None:
    """The buffer ``FastLog`` writes to, or ``None`` when its lines must go through ``logging``."""
    handler = route.handler
    if handler is None:
        return None
    root_handlers = logging.root.handlers
    if len(root_handlers) != 1 or root_handlers[0] is not handler:
        return None
    return route.buffer


class FastLog:
    """INFO lines of one logger for hot paths, in ``JsonFormatter``'s format.

    Through the buffer when ``configure_logging`` owns the root handler; otherwise (tests with
    ``caplog``, programs that configure logging themselves) through ``logging`` as usual.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.logger = logging.getLogger(name)
        self._heads: dict[str, tuple[str, str]] = {}

    def direct(self) -> bool:
        """True when lines go straight to ``configure_logging``'s buffer: then ``info_json`` may be used
        (once ``logger.isEnabledFor(INFO)``); otherwise ``info`` (which goes through ``logging``)."""
        return direct_buffer() is not None

    def info_json(self, message: str, fields_json: str) -> None:
        """Write the line ``info(message, fields)`` writes, given its fields already encoded as
        ``,"key":value`` pairs (compact JSON, ASCII only, none of the reserved keys); only when INFO is
        on and ``direct()`` said so. Saves a dict and the encoder per line on the hottest path."""
        heads = self._heads.get(message)
        if heads is None:
            heads = self._heads[message] = (
                '{"time":"',
                f'","level":"INFO","logger":{encode(self.name)},"message":{encode(message)}',
            )
        buffer = route.buffer
        assert buffer is not None
        buffer.write(f"{heads[0]}{clock.iso(time.time())}{heads[1]}{fields_json}}}")

    def info(self, message: str, fields: dict[str, Any]) -> None:
        if not self.logger.isEnabledFor(logging.INFO):
            return
        buffer = direct_buffer()
        if buffer is None:
            self.logger.info(message, extra={"fields": fields})
            return
        line: dict[str, Any] = {
            "time": clock.iso(time.time()),
            "level": "INFO",
            "logger": self.name,
            "message": message,
        }
        for key, value in fields.items():
            if key not in RESERVED:
                line[key] = value
        buffer.write(encode(line))
