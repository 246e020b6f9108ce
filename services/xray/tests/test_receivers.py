"""The ingest paths with real clients: the OpenTelemetry SDK's OTLP exporters (gRPC, HTTP protobuf,
JSON), the AWS X-Ray SDK for Python over the daemon's UDP port, the daemon's TCP sampling endpoint, the
in-process sink; and the listeners' port rules."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import botocore.session
import httpx
import pytest
from botocore import UNSIGNED
from botocore.config import Config
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_xray.embedded import XrayService, start
from overcast_xray.ingest.receivers import ListenerConfigError, PortChoice, port_choices

FREE_PORTS = {
    "OVERCAST_XRAY_OTLP_GRPC_PORT": "0",
    "OVERCAST_XRAY_OTLP_HTTP_PORT": "0",
    "OVERCAST_XRAY_DAEMON_PORT": "0",
}


@pytest.fixture
async def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[XrayService]:
    for key, value in FREE_PORTS.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("OVERCAST_XRAY_INDEXED_ATTRIBUTES", "customer,order.id")
    svc = await start(Settings(data_dir=tmp_path))
    yield svc
    await svc.close()


async def call(svc: XrayService, operation: str, **params: Any) -> dict[str, Any]:
    await svc.ingestor.flush()
    context = RequestContext(request_id="r", service="xray", operation=operation, protocol="rest-json")
    return await svc.handler(context, params)


def window() -> dict[str, datetime]:
    now = datetime.now(UTC)
    return {"StartTime": now - timedelta(minutes=5), "EndTime": now + timedelta(minutes=1)}


def otel_app(exporter: Any) -> str:
    """A tiny instrumented app: a server span calling a backend over HTTP; returns the X-Ray trace id."""
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.trace import SpanKind, Status, StatusCode

    provider = TracerProvider(
        resource=Resource.create({"service.name": "checkout", "cloud.platform": "aws_ecs"})
    )
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("test")
    with tracer.start_as_current_span(
        "POST /orders",
        kind=SpanKind.SERVER,
        attributes={
            "http.request.method": "POST",
            "url.full": "http://shop/orders",
            "http.response.status_code": 201,
            "customer": "alice",
        },
    ) as root:
        with tracer.start_as_current_span(
            "GET",
            kind=SpanKind.CLIENT,
            attributes={
                "http.request.method": "GET",
                "url.full": "http://inventory:8080/stock",
                "http.response.status_code": 503,
            },
        ) as client:
            client.set_status(Status(StatusCode.ERROR, "backend down"))
        with tracer.start_as_current_span(
            "SQS.SendMessage",
            kind=SpanKind.CLIENT,
            attributes={
                "rpc.system": "aws-api",
                "rpc.service": "SQS",
                "rpc.method": "SendMessage",
                "aws.region": "us-east-1",
            },
        ):
            pass
        trace_id = format(root.get_span_context().trace_id, "032x")
    provider.shutdown()
    return f"1-{trace_id[:8]}-{trace_id[8:]}"


async def check_otel_trace(svc: XrayService, trace_id: str) -> None:
    summaries = (
        await call(svc, "GetTraceSummaries", **window(), FilterExpression='annotation.customer = "alice"')
    )["TraceSummaries"]
    assert [s["Id"] for s in summaries] == [trace_id]
    summary = summaries[0]
    assert (
        summary["EntryPoint"]["Name"] == "checkout" and summary["EntryPoint"]["Type"] == "AWS::ECS::Container"
    )
    assert summary["Http"]["HttpStatus"] == 201 and summary["HasFault"] is True
    segments = (await call(svc, "BatchGetTraces", TraceIds=[trace_id]))["Traces"][0]["Segments"]
    assert len(segments) == 1
    root = json.loads(segments[0]["Document"])
    subs = {s["name"]: s for s in root["subsegments"]}
    assert subs["inventory:8080"]["namespace"] == "remote" and subs["inventory:8080"]["fault"] is True
    assert subs["inventory:8080"]["cause"]["exceptions"][0]["message"] == "backend down"
    assert subs["SQS"]["namespace"] == "aws" and subs["SQS"]["aws"]["operation"] == "SendMessage"
    assert root["annotations"] == {"customer": "alice"}
    graph = (await call(svc, "GetServiceGraph", **window()))["Services"]
    names = {s.get("Name", "client"): s for s in graph}
    assert [graph[e["ReferenceId"]]["Name"] for e in names["client"]["Edges"]] == ["checkout"]
    assert {graph[e["ReferenceId"]]["Name"] for e in names["checkout"]["Edges"]} == {"inventory:8080", "SQS"}


async def test_otlp_grpc(service: XrayService) -> None:
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

    exporter = OTLPSpanExporter(endpoint=f"http://127.0.0.1:{service.ports['otlp_grpc']}", insecure=True)
    await check_otel_trace(service, await asyncio.to_thread(otel_app, exporter))


async def test_otlp_http_protobuf(service: XrayService) -> None:
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    exporter = OTLPSpanExporter(endpoint=f"http://127.0.0.1:{service.ports['otlp_http']}/v1/traces")
    await check_otel_trace(service, await asyncio.to_thread(otel_app, exporter))


async def test_otlp_http_json_and_errors(service: XrayService) -> None:
    url = f"http://127.0.0.1:{service.ports['otlp_http']}/v1/traces"
    trace_hex, now_ns = "5759e988bd862e3fe1be46a994272793", int(datetime.now(UTC).timestamp() * 1e9)
    body = {
        "resourceSpans": [
            {
                "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "json-app"}}]},
                "scopeSpans": [
                    {
                        "spans": [
                            {
                                "traceId": trace_hex,
                                "spanId": "53995c3f42cd8ad8",
                                "name": "GET /",
                                "kind": 2,
                                "startTimeUnixNano": str(now_ns),
                                "endTimeUnixNano": str(now_ns + 10**7),
                            }
                        ]
                    }
                ],
            }
        ]
    }
    async with httpx.AsyncClient() as client:
        ok = await client.post(url, json=body)
        assert ok.status_code == 200 and ok.json() == {}
        assert (
            await client.post(url, content=b"junk", headers={"content-type": "application/x-protobuf"})
        ).status_code == 400
        assert (
            await client.post(url, content=b"x", headers={"content-type": "text/plain"})
        ).status_code == 415
        assert (await client.get(url)).status_code == 405
    traces = (await call(service, "BatchGetTraces", TraceIds=["1-5759e988-bd862e3fe1be46a994272793"]))[
        "Traces"
    ]
    assert json.loads(traces[0]["Segments"][0]["Document"])["name"] == "json-app"


async def test_xray_sdk_over_udp(service: XrayService) -> None:
    from aws_xray_sdk.core import xray_recorder
    from aws_xray_sdk.core.emitters.udp_emitter import UDPEmitter

    def app() -> str:
        xray_recorder.emitter._socket.close()
        xray_recorder.emitter = UDPEmitter()  # the recorder is global: a fresh socket for this app
        xray_recorder.configure(
            daemon_address=f"127.0.0.1:{service.ports['daemon']}",
            sampling=False,
            context_missing="LOG_ERROR",
            service="legacy",
        )
        segment = xray_recorder.begin_segment("legacy")
        segment.put_http_meta("url", "http://legacy/pay")
        segment.put_http_meta("status", 200)
        xray_recorder.put_annotation("customer", "bob")
        with xray_recorder.in_subsegment("db") as sub:
            sub.namespace = "remote"
        xray_recorder.end_segment()
        xray_recorder.emitter._socket.close()  # the SDK never closes its UDP socket
        return str(segment.trace_id)

    trace_id = await asyncio.to_thread(app)
    for _ in range(50):  # UDP is fire-and-forget: wait for the datagram to be stored
        await asyncio.sleep(0.02)
        summaries = (
            await call(
                service, "GetTraceSummaries", **window(), FilterExpression='annotation.customer = "bob"'
            )
        )["TraceSummaries"]
        if summaries:
            break
    assert [s["Id"] for s in summaries] == [trace_id]
    graph = (await call(service, "GetServiceGraph", **window()))["Services"]
    by_name = {s.get("Name", "client"): s for s in graph}
    assert [graph[e["ReferenceId"]]["Name"] for e in by_name["client"]["Edges"]] == ["legacy"]
    assert [graph[e["ReferenceId"]]["Name"] for e in by_name["legacy"]["Edges"]] == ["db"]


async def test_daemon_datagram_rules(service: XrayService) -> None:
    port = service.ports["daemon"]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(b'{"format": "json", "version": 1}\n{"name": "x"}', ("127.0.0.1", port))
        sock.sendto(b"no header", ("127.0.0.1", port))
    for _ in range(50):
        await asyncio.sleep(0.01)
        if service.ingestor.rejected >= 2:
            break
    assert service.ingestor.rejected == 2 and service.ingestor.accepted == 0


async def test_daemon_tcp_serves_sampling_as_the_sdks_ask(service: XrayService) -> None:
    def sdk_calls() -> tuple[dict[str, Any], dict[str, Any]]:
        # what aws_xray_sdk's ServiceConnector does: an unsigned botocore client on the daemon address
        client = botocore.session.get_session().create_client(
            "xray",
            region_name="us-west-2",
            endpoint_url=f"http://127.0.0.1:{service.ports['daemon']}",
            config=Config(signature_version=UNSIGNED),
        )
        rules = client.get_sampling_rules()
        now = datetime.now(UTC)
        targets = client.get_sampling_targets(
            SamplingStatisticsDocuments=[
                {
                    "RuleName": "Default",
                    "ClientID": "0" * 24,
                    "Timestamp": now,
                    "RequestCount": 3,
                    "SampledCount": 1,
                    "BorrowCount": 0,
                }
            ]
        )
        return rules, targets

    rules, targets = await asyncio.to_thread(sdk_calls)
    assert rules["SamplingRuleRecords"][0]["SamplingRule"]["RuleName"] == "Default"
    doc = targets["SamplingTargetDocuments"][0]
    assert doc["ReservoirQuota"] == 1 and doc["FixedRate"] == 0.05 and doc["Interval"] == 10


async def test_own_spans_arrive_through_the_sink(service: XrayService) -> None:
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.trace import SpanKind
    from overcast_common.telemetry import sink

    provider = TracerProvider(resource=Resource.create({"service.name": "overcast-gateway"}))
    with provider.get_tracer("t").start_as_current_span("SQS.CreateQueue", kind=SpanKind.SERVER) as span:
        pass
    await asyncio.to_thread(sink.deliver, [span])  # as the exporter's worker thread does
    for _ in range(50):  # the ingestor batches sink writes on a timer (ingest.LINGER_S)
        await asyncio.sleep(0.02)
        summaries = (
            await call(
                service, "GetTraceSummaries", **window(), FilterExpression='service("overcast-gateway")'
            )
        )["TraceSummaries"]
        if summaries:
            break
    assert len(summaries) == 1


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield int(taken.getsockname()[1])


async def test_busy_default_port_is_skipped(
    tmp_path: Path, busy_port: int, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(
        "overcast_xray.ingest.receivers.PORTS",
        {
            "otlp_http": ("OVERCAST_XRAY_OTLP_HTTP_PORT", busy_port),
            "otlp_grpc": ("OVERCAST_XRAY_OTLP_GRPC_PORT", busy_port),
        },
    )
    monkeypatch.delenv("OVERCAST_XRAY_OTLP_HTTP_PORT", raising=False)
    monkeypatch.delenv("OVERCAST_XRAY_OTLP_GRPC_PORT", raising=False)
    svc = await start(Settings(data_dir=tmp_path))
    try:
        assert svc.ports == {}
        assert "port busy" in caplog.text
    finally:
        await svc.close()
    monkeypatch.setenv("OVERCAST_XRAY_OTLP_HTTP_PORT", str(busy_port))  # asked for explicitly: fail loud
    with pytest.raises(OSError):
        await start(Settings(data_dir=tmp_path))


def test_port_choices() -> None:
    choices = port_choices({"OVERCAST_XRAY_OTLP_GRPC_PORT": "off", "OVERCAST_XRAY_DAEMON_PORT": "0"})
    assert choices == {
        "otlp_grpc": PortChoice(None, True),
        "otlp_http": PortChoice(4318, False),
        "daemon": PortChoice(0, True),
    }
    assert port_choices({"OVERCAST_XRAY_OTLP_HTTP_PORT": "-1"})["otlp_http"].port is None
    with pytest.raises(ListenerConfigError):
        port_choices({"OVERCAST_XRAY_DAEMON_PORT": "two thousand"})


async def test_sink_spans_are_converted_on_the_loop_in_slices(
    service: XrayService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exporter's thread only hands spans over: converting there would hold the GIL against the event
    loop in 5-ms slices. The loop converts ``ingest.CHUNK`` spans per turn, letting requests run between."""
    import threading

    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.trace import SpanKind
    from overcast_common.telemetry import sink
    from overcast_xray import embedded, ingest

    loop_thread = threading.get_ident()
    calls: list[tuple[int, int, int]] = []  # (thread, spans, turns of the other task so far)
    turns = 0
    real = embedded.convert_sdk_spans

    def spy(spans: Any, options: Any) -> Any:
        calls.append((threading.get_ident(), len(spans), turns))
        return real(spans, options)

    monkeypatch.setattr(embedded, "convert_sdk_spans", spy)
    if service._unregister_sink is not None:  # the service's own sink, replaced by one with the spy
        service._unregister_sink()
        service._unregister_sink = None
    unregister = embedded.register_sink(service.ingestor, embedded.Options())
    assert unregister is not None
    try:
        provider = TracerProvider(resource=Resource.create({"service.name": "sliced"}))
        spans = []
        for i in range(ingest.CHUNK * 3 + 1):
            with provider.get_tracer("t").start_as_current_span(f"op{i}", kind=SpanKind.SERVER) as span:
                pass
            spans.append(span)

        async def other() -> None:
            nonlocal turns
            while True:
                turns += 1
                await asyncio.sleep(0)

        ticker = asyncio.create_task(other())
        await asyncio.to_thread(sink.deliver, spans)  # as the exporter's worker thread does
        await asyncio.sleep(0.05)
        await service.ingestor.flush()
        ticker.cancel()
    finally:
        unregister()
    assert [n for _, n, _ in calls] == [ingest.CHUNK] * 3 + [1]
    assert {thread for thread, _, _ in calls} == {loop_thread}
    assert len({seen for _, _, seen in calls}) == len(calls)  # the other task ran between slices
    assert service.ingestor.accepted >= len(spans)
