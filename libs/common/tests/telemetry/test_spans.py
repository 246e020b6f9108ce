"""The span helpers: the API call span and its headers, backend spans, sampling decisions."""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.telemetry import active, configure_telemetry, shutdown_telemetry
from overcast_common.telemetry.spans import (
    backend_span,
    dispatch_client,
    end_api_call,
    start_api_call,
    traced_backend,
)
from overcast_common.telemetry.tracecontext import (
    format_amzn_trace_id,
    format_traceparent,
    new_trace_id,
    parse_amzn_trace_id,
    parse_traceparent,
)

ROOT = "1-5759e988-bd862e3fe1be46a994272793"
TRACE_ID = 0x5759E988BD862E3FE1BE46A994272793


def ctx(**kw: Any) -> RequestContext:
    context = RequestContext(
        "req-1", service="sqs", operation="SendMessage", region="eu-west-1", account_id="123456789012"
    )
    return dataclasses.replace(context, **kw)


@traced_backend("redis", skip=("cached",))
class Store:
    def __init__(self) -> None:
        self.calls = 0

    async def send(self, n: int) -> int:
        self.calls += 1
        with backend_span("redis", "evalsha", **{"db.statement": "SEND"}):
            pass
        return n * 2

    async def fail(self) -> None:
        raise ConnectionError("redis gone")

    async def cached(self) -> int:
        return 1

    def sync(self) -> int:
        return 2


async def test_api_call_span_attributes(spans: InMemorySpanExporter) -> None:
    call = start_api_call(None, None, "POST")
    end_api_call(call, ctx(), 200, None, "SQS")
    [span] = spans.get_finished_spans()
    assert span.name == "SQS.SendMessage"
    assert span.kind == SpanKind.SERVER
    assert span.parent is None
    assert dict(span.attributes or {}) == {
        "rpc.system": "aws-api",
        "http.method": "POST",
        "rpc.service": "SQS",
        "rpc.method": "SendMessage",
        "aws.account_id": "123456789012",
        "aws.region": "eu-west-1",
        "aws.request_id": "req-1",
        "http.status_code": 200,
    }
    assert span.status.status_code == StatusCode.UNSET
    # a new trace: an X-Ray-valid id, returned with this span as Parent
    header = parse_amzn_trace_id(call.response_header)
    assert header.trace_id == span.context.trace_id
    assert header.span_id == span.context.span_id and header.sampled is True
    assert span.start_time is not None and abs((span.context.trace_id >> 96) - span.start_time // 10**9) <= 1
    assert call.traceparent == f"00-{span.context.trace_id:032x}-{span.context.span_id:016x}-01"
    assert call.trace_header is None  # the caller sent no trace: nothing for SQS to stamp


async def test_errors_are_recorded(spans: InMemorySpanExporter) -> None:
    end_api_call(start_api_call(None, None), ctx(), 400, "QueueDoesNotExist", "SQS")
    end_api_call(start_api_call(None, None), ctx(), 500, "InternalFailure", "SQS")
    client, server = spans.get_finished_spans()
    assert client.attributes is not None and client.attributes["aws.error_code"] == "QueueDoesNotExist"
    assert client.status.status_code == StatusCode.UNSET  # a client error is not the server's fault
    assert server.attributes is not None and server.attributes["http.status_code"] == 500
    assert server.status.status_code == StatusCode.ERROR and server.status.description == "InternalFailure"


async def test_incoming_amzn_trace_id_is_continued(spans: InMemorySpanExporter) -> None:
    call = start_api_call(None, f"Root={ROOT};Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:1")
    end_api_call(call, ctx(), 200, None)
    [span] = spans.get_finished_spans()
    assert span.context.trace_id == TRACE_ID
    assert span.parent is not None and span.parent.span_id == 0x53995C3F42CD8AD8 and span.parent.is_remote
    header = parse_amzn_trace_id(call.response_header)
    assert header.root == ROOT and header.parent == f"{span.context.span_id:016x}" and header.sampled
    assert header.extra == (("Lineage", "a87bd80c:1"),)
    assert call.trace_header == call.response_header  # a traced call: SQS stamps AWSTraceHeader


async def test_root_without_parent_keeps_the_trace_id(spans: InMemorySpanExporter) -> None:
    call = start_api_call(None, f"Root={ROOT}")
    end_api_call(call, ctx(), 200, None)
    [span] = spans.get_finished_spans()
    assert span.context.trace_id == TRACE_ID and span.parent is None
    assert parse_amzn_trace_id(call.response_header).root == ROOT


async def test_traceparent_is_continued(spans: InMemorySpanExporter) -> None:
    call = start_api_call("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", None)
    end_api_call(call, ctx(), 200, None)
    [span] = spans.get_finished_spans()
    assert span.context.trace_id == 0x4BF92F3577B34DA6A3CE929D0E0E4736
    assert span.parent is not None and span.parent.span_id == 0x00F067AA0BA902B7
    assert parse_amzn_trace_id(call.response_header).root == "1-4bf92f35-77b34da6a3ce929d0e0e4736"


@pytest.mark.parametrize(
    ("traceparent", "amzn"),
    [
        (None, f"Root={ROOT};Parent=53995c3f42cd8ad8;Sampled=0"),
        (None, f"Root={ROOT};Sampled=0"),
        ("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", None),
    ],
)
async def test_unsampled_callers_are_not_recorded(
    spans: InMemorySpanExporter, traceparent: str | None, amzn: str | None
) -> None:
    call = start_api_call(traceparent, amzn)
    assert await Store().send(1) == 2  # no backend span under an unsampled call either
    end_api_call(call, ctx(), 200, None)
    assert spans.get_finished_spans() == ()
    header = parse_amzn_trace_id(call.response_header)
    assert header.sampled is False and header.parent is not None
    if amzn:
        assert header.root == ROOT


async def test_backend_spans_are_children_of_the_call(spans: InMemorySpanExporter) -> None:
    store = Store()
    call = start_api_call(None, None)
    assert await store.send(21) == 42
    assert await store.cached() == 1 and store.sync() == 2
    with pytest.raises(ConnectionError):
        await store.fail()
    end_api_call(call, ctx(), 200, None)
    evalsha, send, fail, api = spans.get_finished_spans()
    assert api.name == "sqs.SendMessage"
    assert send.name == "redis send" and send.kind == SpanKind.CLIENT
    assert dict(send.attributes or {}) == {
        "db.system": "redis",
        "db.operation": "send",
        "peer.service": "redis",
    }
    assert send.parent is not None and send.parent.span_id == api.context.span_id
    assert evalsha.parent is not None and evalsha.parent.span_id == send.context.span_id
    assert evalsha.attributes is not None and evalsha.attributes["db.statement"] == "SEND"
    assert fail.status.status_code == StatusCode.ERROR
    assert fail.attributes is not None and fail.attributes["error.type"] == "ConnectionError"
    assert Store.send.__name__ == "send"


async def test_no_backend_span_outside_a_call(spans: InMemorySpanExporter) -> None:
    # a background job (the retention sweeper) must not start traces of its own
    assert await Store().send(1) == 2
    assert spans.get_finished_spans() == ()


@pytest.fixture
def default_sampled(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    """Tracing with X-Ray's default rule (no ``OTEL_TRACES_SAMPLER``): the fast unsampled path."""
    monkeypatch.delenv("OTEL_TRACES_SAMPLER", raising=False)
    exporter = InMemorySpanExporter()
    configure_telemetry("overcast-test", Settings(), exporter=exporter, batch=False)
    try:
        yield exporter
    finally:
        shutdown_telemetry()


async def test_default_sampling_records_nothing_for_unsampled_calls(
    default_sampled: InMemorySpanExporter,
) -> None:
    call = start_api_call(None, f"Root={ROOT};Parent=53995c3f42cd8ad8;Sampled=0;Lineage=a:1")
    assert call.span is None and trace.get_current_span() is trace.INVALID_SPAN
    assert await Store().send(1) == 2
    with dispatch_client(ctx(traceparent=call.traceparent or ""), "127.0.0.1:1") as sent:
        assert sent.traceparent == call.traceparent  # the callee continues the unsampled decision
    end_api_call(call, ctx(), 200, None)
    assert default_sampled.get_finished_spans() == ()
    header = parse_amzn_trace_id(call.response_header)
    assert header.root == ROOT and header.sampled is False and header.extra == (("Lineage", "a:1"),)
    assert header.parent is not None and header.parent != "53995c3f42cd8ad8"
    assert call.trace_header == call.response_header
    incoming = parse_traceparent(call.traceparent or "")
    assert incoming is not None and incoming.trace_id == TRACE_ID and not incoming.sampled
    assert incoming.span_id == int(header.parent, 16)


async def test_default_sampling_obeys_callers_and_the_rule(default_sampled: InMemorySpanExporter) -> None:
    recorder = active().recorder
    assert recorder is not None and recorder.default_sampling
    call = start_api_call(None, f"Root={ROOT};Parent=53995c3f42cd8ad8;Sampled=1")
    end_api_call(call, ctx(), 200, None)
    call = start_api_call(None, f"Root={ROOT};Sampled=1")  # a root span in the caller's trace
    end_api_call(call, ctx(), 200, None)
    child, root = default_sampled.get_finished_spans()
    assert child.parent is not None and child.parent.span_id == 0x53995C3F42CD8AD8
    assert child.context.trace_id == TRACE_ID == root.context.trace_id and root.parent is None
    default_sampled.clear()
    rule = recorder._root_rule
    rule.reservoir, rule.rate, rule._second = 1, 0.0, -1
    first, second = start_api_call(None, None), start_api_call(None, None)
    assert first.span is not None and second.span is None  # the reservoir's one call a second, no more
    assert first.trace_header is None and second.trace_header is None  # the caller sent no context
    end_api_call(second, ctx(), 200, None)
    end_api_call(first, ctx(), 200, None)
    assert [s.name for s in default_sampled.get_finished_spans()] == ["sqs.SendMessage"]


async def test_unsampled_new_roots_answer_as_the_formatters_do(default_sampled: InMemorySpanExporter) -> None:
    recorder = active().recorder
    assert recorder is not None
    rule = recorder._root_rule
    rule.reservoir, rule.rate = 0, 0.0
    for _ in range(50):
        call = start_api_call(None, None)
        assert call.span is None and call.trace_header is None
        incoming = parse_traceparent(call.traceparent or "")
        assert incoming is not None and not incoming.sampled
        assert call.traceparent == format_traceparent(incoming.trace_id, incoming.span_id, False)
        assert call.response_header == format_amzn_trace_id(incoming.trace_id, incoming.span_id, False)
    assert default_sampled.get_finished_spans() == ()


async def test_unsampled_new_roots_take_the_ids_new_trace_id_would(
    default_sampled: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the same random draws, in the same order, as new_trace_id + the rule + a span id: a seeded run
    # samples the same calls as before
    recorder = active().recorder
    assert recorder is not None
    recorder._root_rule.reservoir, recorder._root_rule.rate = 0, 0.0
    now = 1_764_000_000.5
    monkeypatch.setattr(time, "time", lambda: now)
    random.seed(11)
    trace_id = new_trace_id(now)
    random.random()  # the rule's draw
    span_id = random.getrandbits(64) or 1
    random.seed(11)
    call = start_api_call(None, None)
    assert call.traceparent == format_traceparent(trace_id, span_id, False)
    assert call.response_header == format_amzn_trace_id(trace_id, span_id, False)
