"""FastLog: the same JSON line as logging's, buffered and written together a moment later, never lost."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from overcast_common import fastlog, logs
from overcast_common.logs import FastLog, flush_logs
from overcast_common.testing.log_capture import captured_logs


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    with captured_logs() as out:
        yield out


def own_root() -> None:
    """As in a real process: our handler alone on the root (pytest adds its capture handlers per test)."""
    assert logs._handler is not None
    logging.getLogger().handlers[:] = [logs._handler]


def lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_line_has_logging_format_and_fields(stream: io.StringIO) -> None:
    own_root()
    FastLog("overcast.test").info("request", {"status": 200, "message": "ignored", "path": "/"})
    (line,) = lines(stream)
    assert {k: line[k] for k in ("level", "logger", "message", "status", "path")} == {
        "level": "INFO",
        "logger": "overcast.test",
        "message": "request",
        "status": 200,
        "path": "/",
    }
    stamp = datetime.fromisoformat(str(line["time"]))
    assert stamp.tzinfo is not None and abs((datetime.now(UTC) - stamp).total_seconds()) < 5
    assert str(line["time"]).endswith("+00:00") and len(str(line["time"])) == 29


async def test_lines_are_written_together_shortly_after_in_order(stream: io.StringIO) -> None:
    own_root()
    log = FastLog("overcast.test")
    log.info("a", {})
    log.info("b", {})
    assert stream.getvalue() == ""  # still buffered
    logging.getLogger("overcast.test").warning("c")  # another record flushes what came first
    log.info("d", {})
    await asyncio.sleep(0)
    assert [line["message"] for line in lines(stream)] == ["a", "b", "c"]  # d waits for lines to join it
    await asyncio.sleep(fastlog.FLUSH_AFTER_S * 2)
    assert [line["message"] for line in lines(stream)] == ["a", "b", "c", "d"]


async def test_a_full_buffer_is_written_at_once(stream: io.StringIO) -> None:
    own_root()
    log = FastLog("overcast.test")
    for n in range(fastlog.MAX_BUFFERED):
        log.info(str(n), {})
    assert len(lines(stream)) == fastlog.MAX_BUFFERED


async def test_flush_logs_writes_what_is_pending(stream: io.StringIO) -> None:
    own_root()
    FastLog("overcast.test").info("pending", {})
    flush_logs()
    assert [line["message"] for line in lines(stream)] == ["pending"]


def test_a_loop_closed_with_lines_pending_does_not_strand_later_lines(stream: io.StringIO) -> None:
    own_root()
    log = FastLog("overcast.test")

    async def write(message: str) -> None:
        log.info(message, {})

    loop = asyncio.new_event_loop()
    loop.run_until_complete(write("first"))
    loop.close()  # may close before its flush callback ran
    asyncio.run(write("second"))
    flush_logs()
    assert [line["message"] for line in lines(stream)] == ["first", "second"]


def test_level_is_respected(stream: io.StringIO) -> None:
    own_root()
    logging.getLogger().setLevel(logging.WARNING)
    FastLog("overcast.test").info("quiet", {})
    flush_logs()
    assert stream.getvalue() == ""


def test_without_configure_logging_lines_go_through_logging(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="overcast.test"):
        FastLog("overcast.test").info("request", {"status": 201})
    (record,) = [r for r in caplog.records if r.name == "overcast.test"]
    assert record.getMessage() == "request" and record.fields == {"status": 201}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "fields",
    [
        {"request_id": "r-1", "account": None, "status": 200, "latency_ms": 1.25, "path": "/"},
        {"path": '/k\u00e9y "quoted"\n\u2603', "status": 503, "latency_ms": 0.1},
    ],
)
def test_info_json_writes_the_line_info_writes(stream: io.StringIO, fields: dict[str, object]) -> None:
    own_root()
    log = FastLog("overcast.test")
    assert log.direct()
    log.info("request", fields)
    fragment = "".join(f",{json.dumps(k)}:{json.dumps(v)}" for k, v in fields.items())
    log.info_json("request", fragment)
    flush_logs()
    first, second = stream.getvalue().splitlines()
    # byte for byte, but for the time stamp (same format, taken a moment later)
    assert first[:9] == second[:9] and first[38:] == second[38:]
    assert len(json.loads(second)["time"]) == 29


def test_direct_is_false_when_logging_owns_the_lines(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="overcast.test"):
        assert not FastLog("overcast.test").direct()
