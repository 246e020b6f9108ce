"""The line per request: written straight to the log buffer, byte for byte the line ``FastLog.info`` writes."""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator

import pytest
from overcast_common import logs
from overcast_common.context import RequestContext
from overcast_common.http import HttpRequest
from overcast_common.logs import flush_logs
from overcast_common.testing.log_capture import captured_logs
from overcast_gateway import pipeline
from overcast_gateway.pipeline import Exchange, log_request, request_log_fields


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    with captured_logs() as out:
        assert logs._handler is not None
        logging.getLogger().handlers[:] = [
            logs._handler
        ]  # as in a real process: our handler alone on the root
        yield out


def exchange(path: str, *, authenticated: bool, service: str, operation: str) -> Exchange:
    context = RequestContext(request_id="6f1c2b4e-0000-4000-8000-000000000001", account_id="123456789012")
    context.service, context.operation = service, operation
    ex = Exchange(HttpRequest("PUT", path), context)
    ex.auth = object() if authenticated else None  # type: ignore[assignment]
    return ex


@pytest.mark.parametrize(
    ("path", "authenticated", "service", "operation", "status"),
    [
        ("/", True, "sqs", "SendMessage", 200),
        ('/b\u00fccket/k\u00e9y "q"\\\u2603\x01', False, "", "", 403),
        ("/_overcast/health", False, "s3", "", 499),
    ],
)
def test_direct_line_is_the_fields_line(
    stream: io.StringIO,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    authenticated: bool,
    service: str,
    operation: str,
    status: int,
) -> None:
    ex = exchange(path, authenticated=authenticated, service=service, operation=operation)
    monkeypatch.setattr(time, "perf_counter", lambda: ex.started + 0.0123456)
    log_request(ex, status)  # straight to the buffer
    pipeline.access_log.info("request", request_log_fields(ex, status))  # through the dict and encoder
    flush_logs()
    direct, encoded = stream.getvalue().splitlines()
    assert direct[:9] == encoded[:9] and direct[38:] == encoded[38:]  # all but the time stamp's value
    assert '"latency_ms":12.35}' in direct


def test_through_logging_when_it_owns_the_lines(caplog: pytest.LogCaptureFixture) -> None:
    ex = exchange("/", authenticated=True, service="sqs", operation="SendMessage")
    with caplog.at_level(logging.INFO, logger="overcast.gateway"):
        log_request(ex, 200)
    (record,) = [r for r in caplog.records if r.getMessage() == "request"]
    assert record.fields["operation"] == "SendMessage"  # type: ignore[attr-defined]
    assert record.fields["account"] == "123456789012"  # type: ignore[attr-defined]
