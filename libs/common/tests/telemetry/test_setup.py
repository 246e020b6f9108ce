"""configure_telemetry: on, off, where spans go, and the in-process sink seam."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as GrpcExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter as HttpExporter
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from overcast_common.config import ConfigError, Settings
from overcast_common.context import RequestContext
from overcast_common.telemetry import active, configure_telemetry, shutdown_telemetry, sink
from overcast_common.telemetry._sdk import SinkExporter
from overcast_common.telemetry.setup import SINK_EXPORT_BATCH, _export_batch, _exporter
from overcast_common.telemetry.spans import backend_span, end_api_call, start_api_call
from overcast_common.telemetry.tracecontext import parse_amzn_trace_id


@pytest.fixture(autouse=True)
def _off_after() -> Iterator[None]:
    yield
    shutdown_telemetry()


def test_settings_read_the_standard_variables() -> None:
    settings = Settings.from_env(
        {
            "OTEL_SDK_DISABLED": "TRUE",
            "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4317",
            "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc",
        }
    )
    assert settings.otel_sdk_disabled is True
    assert settings.otel_exporter_otlp_endpoint == "http://collector:4317"
    assert settings.otel_exporter_otlp_protocol == "grpc"
    defaults = Settings.from_env({})
    assert defaults.otel_sdk_disabled is False
    assert defaults.otel_exporter_otlp_endpoint is None
    assert defaults.otel_exporter_otlp_protocol == "grpc"
    with pytest.raises(ConfigError, match="OTEL_EXPORTER_OTLP_PROTOCOL"):
        Settings.from_env({"OTEL_EXPORTER_OTLP_PROTOCOL": "http/json"})


def test_exporter_follows_the_settings() -> None:
    assert isinstance(_exporter(Settings()), SinkExporter)
    grpc_exporter = _exporter(Settings(otel_exporter_otlp_endpoint="http://x:4317"))
    assert isinstance(grpc_exporter, GrpcExporter)
    http_exporter = _exporter(
        Settings(otel_exporter_otlp_endpoint="http://x:4318/", otel_exporter_otlp_protocol="http/protobuf")
    )
    assert isinstance(http_exporter, HttpExporter)
    assert http_exporter._endpoint == "http://x:4318/v1/traces"
    grpc_exporter.shutdown()
    http_exporter.shutdown()


def test_disabled_produces_nothing_and_still_answers_a_trace_id() -> None:
    exporter = InMemorySpanExporter()
    telemetry = configure_telemetry(
        "overcast", Settings(otel_sdk_disabled=True), exporter=exporter, batch=False
    )
    assert not telemetry.enabled and not active().enabled
    call = start_api_call(None, "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
    with backend_span("redis", "send") as span:
        assert span is None
    end_api_call(call, RequestContext("rid", service="sqs", operation="SendMessage"), 200, None)
    assert exporter.get_finished_spans() == ()
    assert call.response_header == "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"  # echoed
    assert call.trace_header == "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"
    fresh = start_api_call("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", None)
    assert (
        fresh.response_header == "Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=00f067aa0ba902b7;Sampled=1"
    )
    assert start_api_call(None, None).response_header.startswith("Root=1-")


def test_nothing_is_traced_before_set_up() -> None:
    shutdown_telemetry()
    assert not active().enabled
    call = start_api_call(None, None)
    assert call.span is None


def test_the_sink_receives_spans_from_the_worker_thread() -> None:
    received: list[tuple[str, str]] = []
    threads: list[str] = []
    done = threading.Event()

    def on_spans(spans: Sequence[ReadableSpan]) -> None:
        threads.append(threading.current_thread().name)
        received.extend((s.name, s.resource.attributes["service.name"]) for s in spans)  # type: ignore[misc]
        done.set()

    unregister = sink.register(on_spans)
    try:
        configure_telemetry("overcast-sqs", Settings())  # no endpoint: the in-process sink, batched
        call = start_api_call(None, None, "POST")
        end_api_call(call, RequestContext("rid", service="sqs", operation="SendMessage"), 200, None, "SQS")
        shutdown_telemetry()  # flushes the batch
        assert done.wait(5)
    finally:
        unregister()
    assert received == [("SQS.SendMessage", "overcast-sqs")]
    assert threads and threads[0] != threading.main_thread().name


def test_a_failing_sink_does_not_stop_the_others() -> None:
    got: list[int] = []

    def broken(spans: Sequence[Any]) -> None:
        raise RuntimeError("boom")

    stop_broken = sink.register(broken)
    stop_good = sink.register(lambda spans: got.append(len(spans)))
    try:
        sink.deliver([object(), object()])  # type: ignore[list-item]
    finally:
        stop_broken()
        stop_good()
    assert got == [2]
    assert not sink.registered()


def test_to_otlp_gives_the_receiver_s_message(spans: InMemorySpanExporter) -> None:
    call = start_api_call(None, None)
    end_api_call(call, RequestContext("rid", service="sqs", operation="SendMessage"), 200, None, "SQS")
    request = sink.to_otlp(spans.get_finished_spans())
    assert type(request).__name__ == "ExportTraceServiceRequest"
    [resource_spans] = request.resource_spans
    [scope_spans] = resource_spans.scope_spans
    assert [s.name for s in scope_spans.spans] == ["SQS.SendMessage"]


def test_a_configured_sampler_is_obeyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_TRACES_SAMPLER", "always_off")
    exporter = InMemorySpanExporter()
    configure_telemetry("overcast", Settings(), exporter=exporter, batch=False)
    call = start_api_call(None, None)
    end_api_call(call, RequestContext("rid", service="sqs", operation="SendMessage"), 200, None)
    assert exporter.get_finished_spans() == ()
    assert parse_amzn_trace_id(call.response_header).sampled is False


def test_default_sampling_is_x_ray_s_rule_unless_the_caller_decided(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OTEL_TRACES_SAMPLER", raising=False)
    exporter = InMemorySpanExporter()
    configure_telemetry("overcast", Settings(), exporter=exporter, batch=False)
    context = RequestContext("rid", service="sqs", operation="SendMessage")
    for _ in range(100):
        end_api_call(start_api_call(None, None), context, 200, None)
    undecided = 0
    # the first call of a second, then ~5 % of the rest: 100 calls record ~6, never most of them
    assert 1 <= len(exporter.get_finished_spans()) <= 30
    exporter.clear()
    root = "Root=1-5759e988-bd862e3fe1be46a994272793"
    for _ in range(20):  # the caller's decision always wins
        end_api_call(start_api_call(None, f"{root};Parent=53995c3f42cd8ad8;Sampled=1"), context, 200, None)
        end_api_call(start_api_call(None, f"{root};Sampled=1"), context, 200, None)
        end_api_call(
            start_api_call("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", None),
            context,
            200,
            None,
        )
        call = start_api_call(None, f"{root};Parent=53995c3f42cd8ad8")
        undecided += parse_amzn_trace_id(call.response_header).sampled is True
        end_api_call(call, context, 200, None)
    assert len(exporter.get_finished_spans()) == 60 + undecided
    assert undecided <= 15  # an open decision follows the rule too


def test_the_sink_gets_light_spans_and_other_exporters_sdk_spans(spans: InMemorySpanExporter) -> None:
    call = start_api_call(None, None, "POST")
    end_api_call(call, RequestContext("rid", service="sqs", operation="SendMessage"), 200, None, "SQS")
    [exported] = spans.get_finished_spans()
    assert isinstance(exported, ReadableSpan)  # an exporter that encodes SDK spans gets SDK spans
    got: list[Any] = []
    unregister = sink.register(got.extend)
    try:
        configure_telemetry("overcast-sqs", Settings())
        call = start_api_call(None, None, "POST")
        end_api_call(call, RequestContext("rid", service="sqs", operation="SendMessage"), 200, None, "SQS")
        shutdown_telemetry()
    finally:
        unregister()
    [light] = got
    assert not isinstance(light, ReadableSpan)
    sdk = light.readable()
    for field in ("name", "context", "parent", "kind", "status", "start_time", "end_time", "resource"):
        assert getattr(light, field) == getattr(sdk, field), field
    assert dict(light.attributes) == dict(sdk.attributes)
    assert sdk.end_time is not None and sdk.end_time >= sdk.start_time
    assert light.instrumentation_scope == sdk.instrumentation_scope
    assert list(light.events) == list(sdk.events) == []


def _traced_calls(n: int) -> None:
    for i in range(n):
        call = start_api_call(None, None, "POST")
        end_api_call(
            call, RequestContext(f"rid{i}", service="sqs", operation="SendMessage"), 200, None, "SQS"
        )


def test_the_sink_gets_small_batches_as_they_fill(monkeypatch: pytest.MonkeyPatch) -> None:
    """Embedded X-Ray converts each batch on the event loop: ``SINK_EXPORT_BATCH`` at a time, as soon as
    that many are queued (not after the 5-s schedule delay, 512 at a time), and none lost."""
    monkeypatch.setenv("OTEL_TRACES_SAMPLER", "parentbased_always_on")
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "60000")
    batches: list[int] = []
    filled = threading.Event()

    def on_spans(spans: Sequence[Any]) -> None:
        batches.append(len(spans))
        if sum(batches) >= SINK_EXPORT_BATCH:
            filled.set()

    unregister = sink.register(on_spans)
    try:
        configure_telemetry("overcast-sqs", Settings())
        _traced_calls(SINK_EXPORT_BATCH + 4)
        assert filled.wait(5), batches  # count-triggered: long before the schedule delay
        shutdown_telemetry()  # the last 4 leave at shutdown
    finally:
        unregister()
    assert batches == [SINK_EXPORT_BATCH, 4]


def test_the_sdk_s_batch_size_variable_still_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_TRACES_SAMPLER", "parentbased_always_on")
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "60000")
    monkeypatch.setenv("OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "512")
    batches: list[int] = []
    unregister = sink.register(lambda spans: batches.append(len(spans)))
    try:
        configure_telemetry("overcast-sqs", Settings())
        _traced_calls(20)
        shutdown_telemetry()
    finally:
        unregister()
    assert batches == [20]


def test_export_batch_fits_the_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    sink_exporter = SinkExporter()
    assert _export_batch(sink_exporter, SinkExporter) == SINK_EXPORT_BATCH
    assert _export_batch(InMemorySpanExporter(), SinkExporter) is None  # other exporters: the SDK's 512
    monkeypatch.setenv("OTEL_BSP_MAX_QUEUE_SIZE", "4")
    assert _export_batch(sink_exporter, SinkExporter) == 4
    monkeypatch.setenv("OTEL_BSP_MAX_QUEUE_SIZE", "lots")
    assert _export_batch(sink_exporter, SinkExporter) == SINK_EXPORT_BATCH
