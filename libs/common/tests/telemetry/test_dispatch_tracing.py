"""The trace crosses a gRPC dispatch: CLIENT span at the gateway, SERVER span in the service, one trace."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from overcast_common.context import RequestContext
from overcast_common.dispatch import GrpcDispatcher, GrpcServer, InProcessDispatcher, serve_grpc
from overcast_common.errors import ServiceError
from overcast_common.telemetry.spans import backend_span, end_api_call, start_api_call
from overcast_common.telemetry.tracecontext import parse_traceparent

seen: list[RequestContext] = []


async def handler(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
    seen.append(context)
    with backend_span("redis", "evalsha"):
        pass
    if context.operation == "Fail":
        raise ServiceError("no", code="Throttling", status_code=503)
    return {"ok": True}


@pytest.fixture
async def server() -> AsyncIterator[GrpcServer]:
    srv = await serve_grpc({"sqs": handler}, "127.0.0.1", 0)
    yield srv
    await srv.stop(0)


async def test_client_and_server_spans_share_the_trace(
    server: GrpcServer, spans: InMemorySpanExporter
) -> None:
    seen.clear()
    dispatcher = GrpcDispatcher({"sqs": f"127.0.0.1:{server.port}"})
    context = RequestContext("req-9", service="sqs", operation="SendMessage")
    try:
        call = start_api_call(None, None)
        context.traceparent = call.traceparent
        assert await dispatcher.invoke(context, {}) == {"ok": True}
        end_api_call(call, context, 200, None)
    finally:
        await dispatcher.close()
    by_kind = {(s.kind, s.name): s for s in spans.get_finished_spans()}
    api = by_kind[(SpanKind.SERVER, "sqs.SendMessage")]
    client = by_kind[(SpanKind.CLIENT, "overcast.dispatch.v1.Dispatcher/Invoke")]
    server_span = by_kind[(SpanKind.SERVER, "overcast.dispatch.v1.Dispatcher/Invoke")]
    redis = by_kind[(SpanKind.CLIENT, "redis evalsha")]
    trace_id = api.context.trace_id
    assert {s.context.trace_id for s in (client, server_span, redis)} == {trace_id}
    assert client.parent is not None and client.parent.span_id == api.context.span_id
    assert server_span.parent is not None and server_span.parent.span_id == client.context.span_id
    assert server_span.parent.is_remote
    assert redis.parent is not None and redis.parent.span_id == server_span.context.span_id
    assert dict(client.attributes or {})["peer.service"] == "overcast-sqs"
    assert dict(server_span.attributes or {})["aws.operation"] == "SendMessage"
    # the handler sees the service span as the current trace position (for calls it makes in turn)
    [handled] = seen
    incoming = parse_traceparent(handled.traceparent or "")
    assert incoming is not None and incoming.span_id == server_span.context.span_id
    assert context.traceparent == call.traceparent  # the caller's context object is not changed


async def test_service_errors_are_on_both_spans(server: GrpcServer, spans: InMemorySpanExporter) -> None:
    dispatcher = GrpcDispatcher({"sqs": f"127.0.0.1:{server.port}"})
    try:
        with pytest.raises(ServiceError):
            await dispatcher.invoke(RequestContext("r", service="sqs", operation="Fail"), {})
    finally:
        await dispatcher.close()
    dispatch_spans = [s for s in spans.get_finished_spans() if s.name.startswith("overcast.dispatch")]
    assert len(dispatch_spans) == 2
    for span in dispatch_spans:
        assert dict(span.attributes or {})["aws.error_code"] == "Throttling"
        assert span.status.status_code == StatusCode.ERROR


async def test_in_process_dispatch_adds_no_span(spans: InMemorySpanExporter) -> None:
    # embedded mode: the service runs inside the gateway's span; its backend spans hang off it directly
    call = start_api_call(None, None)
    context = RequestContext("r", service="sqs", operation="SendMessage", traceparent=call.traceparent)
    await InProcessDispatcher({"sqs": handler}).invoke(context, {})
    end_api_call(call, context, 200, None)
    redis, api = spans.get_finished_spans()
    assert (redis.name, api.name) == ("redis evalsha", "sqs.SendMessage")
    assert redis.parent is not None and redis.parent.span_id == api.context.span_id
