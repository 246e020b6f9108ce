"""JSON logging: one object per line on stderr, for every Overcast process.

Structured fields go in ``extra={"fields": {...}}``; they become top-level keys of the line::

    log.info("request", extra={"fields": {"request_id": rid, "status": 200}})

Hot paths (the gateway's line per request) use ``FastLog`` instead: the same line, built with one
JSON encode and no ``LogRecord``/``Formatter``/``Handler`` machinery, buffered and written in one
``write`` per event-loop turn. Other records flush the buffer before they are written, so the
stream keeps its order, and ``flush_logs`` (also run at exit) writes whatever is left.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import logging
import sys
import time
from datetime import UTC, datetime
from typing import Any, TextIO

_RESERVED = ("time", "level", "logger", "message")
_encode = json.JSONEncoder(separators=(",", ":"), default=str).encode
_MAX_BUFFERED = 512
"""Lines held before a write even within one loop turn (bounds memory under a burst)."""


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
        return f"{self._prefix}.{int((t - second) * 1000):03d}+00:00"


_clock = _Clock()


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": _clock.iso(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update({k: v for k, v in fields.items() if k not in _RESERVED})
        if record.exc_info:
            line["traceback"] = self.formatException(record.exc_info)
        return _encode(line)


class _LineBuffer:
    """Lines waiting for the end of the current event-loop turn."""

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
        if len(self._lines) >= _MAX_BUFFERED:
            self.flush()
        elif self._flush_on is not loop:
            # one flush per loop turn; a loop that closed with a flush pending gets a new one here
            self._flush_on = loop
            loop.call_soon(self.flush)

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


class _JsonHandler(logging.StreamHandler):  # type: ignore[type-arg]
    def __init__(self, buffer: _LineBuffer) -> None:
        super().__init__(buffer.stream)
        self.buffer = buffer

    def emit(self, record: logging.LogRecord) -> None:
        self.buffer.flush()  # buffered lines came first
        super().emit(record)


_handler: _JsonHandler | None = None


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
        handler = _handler
        root_handlers = logging.root.handlers
        return handler is not None and len(root_handlers) == 1 and root_handlers[0] is handler

    def info_json(self, message: str, fields_json: str) -> None:
        """Write the line ``info(message, fields)`` writes, given its fields already encoded as
        ``,"key":value`` pairs (compact JSON, ASCII only, none of the reserved keys); only when INFO is
        on and ``direct()`` said so. Saves a dict and the encoder per line on the hottest path."""
        heads = self._heads.get(message)
        if heads is None:
            heads = self._heads[message] = (
                '{"time":"',
                f'","level":"INFO","logger":{_encode(self.name)},"message":{_encode(message)}',
            )
        assert _handler is not None
        _handler.buffer.write(f"{heads[0]}{_clock.iso(time.time())}{heads[1]}{fields_json}}}")

    def info(self, message: str, fields: dict[str, Any]) -> None:
        if not self.logger.isEnabledFor(logging.INFO):
            return
        handler = _handler
        root_handlers = logging.root.handlers
        if handler is None or len(root_handlers) != 1 or root_handlers[0] is not handler:
            self.logger.info(message, extra={"fields": fields})
            return
        line: dict[str, Any] = {
            "time": _clock.iso(time.time()),
            "level": "INFO",
            "logger": self.name,
            "message": message,
        }
        for key, value in fields.items():
            if key not in _RESERVED:
                line[key] = value
        handler.buffer.write(_encode(line))


def flush_logs() -> None:
    """Write buffered ``FastLog`` lines now (shutdown; tests)."""
    if _handler is not None:
        _handler.buffer.flush()


atexit.register(flush_logs)


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> None:
    """Send every logger (ours, uvicorn's, grpc's) through one JSON handler at ``level``."""
    global _handler
    flush_logs()
    handler = _handler = _JsonHandler(_LineBuffer(stream or sys.stderr))
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    # botocore logs every model load at DEBUG; keep it out unless asked for explicitly
    logging.getLogger("botocore").setLevel(max(logging.INFO, logging.getLevelName(level)))
