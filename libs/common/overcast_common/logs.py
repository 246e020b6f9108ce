"""JSON logging: one object per line on stderr, for every Overcast process.

Structured fields go in ``extra={"fields": {...}}``; they become top-level keys of the line::

    log.info("request", extra={"fields": {"request_id": rid, "status": 200}})

Hot paths (the gateway's line per request) use ``FastLog`` instead: the same line, built with one
JSON encode and no ``LogRecord``/``Formatter``/``Handler`` machinery, buffered and written in one
``write`` for all lines of the next ``fastlog.FLUSH_AFTER_S``. Other records flush the buffer before
they are written, so the stream keeps its order, and ``flush_logs`` (also run at exit) writes whatever
is left.

``FastLog`` and its buffer live in ``fastlog`` (compiled with mypyc); the handler and formatter stay
here, interpreted: they subclass ``logging``'s classes, which a mypyc class may not do.
"""

from __future__ import annotations

import atexit
import logging
import sys
from typing import Any, TextIO

from overcast_common import fastlog
from overcast_common.fastlog import FastLog, _LineBuffer

__all__ = ["FastLog", "JsonFormatter", "configure_logging", "flush_logs"]

_RESERVED = fastlog.RESERVED
_encode = fastlog.encode
_clock = fastlog.clock


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


class _JsonHandler(logging.StreamHandler):  # type: ignore[type-arg]
    def __init__(self, buffer: _LineBuffer) -> None:
        super().__init__(buffer.stream)
        self.buffer = buffer

    def emit(self, record: logging.LogRecord) -> None:
        self.buffer.flush()  # buffered lines came first
        super().emit(record)


_handler: _JsonHandler | None = None


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
    # FastLog writes straight to this handler's buffer while the handler alone is on the root
    fastlog.route.handler, fastlog.route.buffer = handler, handler.buffer
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    # botocore logs every model load at DEBUG; keep it out unless asked for explicitly
    logging.getLogger("botocore").setLevel(max(logging.INFO, logging.getLevelName(level)))
