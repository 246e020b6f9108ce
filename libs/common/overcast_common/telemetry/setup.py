"""Tracing set-up, once per process: ``configure_telemetry(service_name, settings)``.

Every process calls it at start (the gateway — ``overcast serve`` or ``python -m overcast_gateway`` — from
``Gateway.start``, each service process from ``servicehost.run``). Until it is called, and always with
``OTEL_SDK_DISABLED=true``, tracing is off: the helpers in ``spans`` check one flag and do nothing else.

Spans leave through a ``BatchSpanProcessor`` (a bounded queue, ``OTEL_BSP_MAX_QUEUE_SIZE``, default 2048;
spans are dropped when it is full, never waited for; to the in-process sink in batches of
``SINK_EXPORT_BATCH``) to:

- ``OTEL_EXPORTER_OTLP_ENDPOINT`` over OTLP (``OTEL_EXPORTER_OTLP_PROTOCOL``: ``grpc`` or
  ``http/protobuf``), when set;
- otherwise the in-process sink of the X-Ray service (``telemetry.sink``), which drops them if X-Ray does
  not run in this process.

Sampling: a caller's decision (``Sampled=0|1``, the ``traceparent`` flag) is always obeyed; a call that
arrives without one follows X-Ray's default rule, the first call of each second and 5 % of the rest, as
AWS services do (``recording.XRayDefaultRule``). ``OTEL_TRACES_SAMPLER`` replaces that with the SDK's sampler
of that name (``parentbased_always_on``: record every call). New trace ids carry the epoch second in
their top 32 bits so they are valid X-Ray trace ids.
"""

from __future__ import annotations

import gc
import logging
import os
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from opentelemetry import trace

from overcast_common.config import Settings

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter

    from overcast_common.telemetry.recording import Recorder

log = logging.getLogger("overcast.telemetry")

TRACER_NAME = "overcast"


@dataclass
class Telemetry:
    """The process's tracing state. ``enabled`` is the one flag hot paths check."""

    enabled: bool
    service_name: str
    tracer: trace.Tracer
    """The SDK's tracer, for code that wants full OTel spans (events, links)."""
    provider: TracerProvider | None = None
    recorder: Recorder | None = None
    """Makes Overcast's own (light) spans; None when tracing is off."""

    def shutdown(self) -> None:
        """Export what is queued (bounded by the exporter's timeout) and stop the worker thread."""
        if self.provider is not None:
            self.provider.shutdown()
            self.provider = None


DISABLED = Telemetry(False, "", trace.NoOpTracer())
_active: Telemetry = DISABLED
_configured = False


def active() -> Telemetry:
    return _active


def configured() -> bool:
    """True once ``configure_telemetry`` ran in this process (disabled counts)."""
    return _configured


def configure_telemetry(
    service_name: str, settings: Settings, *, exporter: SpanExporter | None = None, batch: bool = True
) -> Telemetry:
    """Set this process's tracing up (replacing any earlier set-up) and return it.

    ``exporter`` replaces the configured destination (tests pass an in-memory one, with ``batch=False``
    to see spans as soon as they end)."""
    global _active, _configured
    previous, _configured = _active, True
    _active = DISABLED if settings.otel_sdk_disabled else _build(service_name, settings, exporter, batch)
    if previous is not _active:
        previous.shutdown()
    log.info(
        "tracing configured",
        extra={
            "fields": {
                "service": service_name,
                "enabled": _active.enabled,
                "exporter": _describe(settings, exporter) if _active.enabled else None,
            }
        },
    )
    return _active


_heap_frozen = False


def freeze_startup_heap() -> None:
    """Move everything alive now into the collector's permanent generation, once per process, on the first
    call a process serves (the gateway's ``trace_call`` step, a service's first dispatched call).

    Start-up leaves ~130,000 long-lived container objects (botocore models, SQLAlchemy, the services);
    every full collection walks all of them again — ~80 ms each, ~15 µs a request at SendMessage rates.
    Short-lived per-call objects (spans, records, dicts) make those collections come round; frozen, the
    start-up heap is no longer scanned, and young collections come 14x less often. ``OVERCAST_GC_FREEZE=off``
    keeps the default behaviour."""
    global _heap_frozen
    if _heap_frozen:
        return
    _heap_frozen = True
    if os.environ.get("OVERCAST_GC_FREEZE", "on").strip().lower() in ("off", "0", "false", "no"):
        return
    gc.freeze()
    # Each in-flight request keeps ~50 objects alive across its awaits (an fsync, a peer call): with 16 in
    # flight the default 700-allocation threshold ran a collection every ~17 S3 PUTs (≈ 25 µs a request).
    gc.set_threshold(10_000, 10, 10)


def shutdown_telemetry() -> None:
    """Flush and stop tracing (process exit); tracing is off, and not configured, afterwards."""
    global _active, _configured
    previous, _active, _configured = _active, DISABLED, False
    previous.shutdown()


def _build(service_name: str, settings: Settings, exporter: SpanExporter | None, batch: bool) -> Telemetry:
    # the SDK is imported only when tracing is on: OTEL_SDK_DISABLED processes never pay for it
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
    from opentelemetry.sdk.util.instrumentation import InstrumentationScope

    from overcast_common.telemetry._sdk import LightSpan, SinkExporter, XRayIdGenerator
    from overcast_common.telemetry.recording import Recorder

    resource = Resource.create(
        {
            "service.name": service_name,
            "service.namespace": "overcast",
            "service.version": _version(),
        }
    )
    provider = TracerProvider(resource=resource, id_generator=XRayIdGenerator(), shutdown_on_exit=False)
    chosen = exporter or _exporter(settings)
    processor = (
        BatchSpanProcessor(chosen, max_export_batch_size=_export_batch(chosen, SinkExporter))
        if batch
        else SimpleSpanProcessor(chosen)
    )
    provider.add_span_processor(processor)
    recorder = Recorder(
        processor,
        resource,
        InstrumentationScope(TRACER_NAME, _version()),
        provider.sampler,
        LightSpan,
        direct=isinstance(chosen, SinkExporter),
    )
    return Telemetry(True, service_name, provider.get_tracer(TRACER_NAME), provider, recorder)


SINK_EXPORT_BATCH = 16
"""Spans per export to the in-process sink, unless ``OTEL_BSP_MAX_EXPORT_BATCH_SIZE`` is set. Embedded
X-Ray converts what it is handed on the event loop (~40 µs a span): the SDK's 512-span batches (one
every second or two under SendMessage load) came as ~20 ms of conversion in back-to-back ~1.3-ms slices
that every request in flight waited through, nearly all of the loop-CPU excess of the slowest 1 % of
requests (``bench/loop_stalls.py``). Exported as soon as 16 are queued, the same work comes in ~0.6-ms
pieces spread over time. Each export has a fixed cost (a worker wake-up, a loop wake-up, a convert
call; callgrind, every call traced: +23k instructions a call at 16, +43k at 8, +7k at 32, of ~1M), so
not smaller. The queue, its bound and the schedule delay stay the SDK's."""


def _export_batch(exporter: SpanExporter, sink_type: type[SpanExporter]) -> int | None:
    """``BatchSpanProcessor``'s ``max_export_batch_size`` for ``exporter``: small for the in-process
    sink, the SDK's own choice (None: the variable, else 512) otherwise."""
    if not isinstance(exporter, sink_type) or os.environ.get("OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "").strip():
        return None
    try:
        queue = int(os.environ.get("OTEL_BSP_MAX_QUEUE_SIZE", "") or 2048)
    except ValueError:
        queue = 2048  # the SDK falls back to its default too
    return max(1, min(SINK_EXPORT_BATCH, queue))  # the SDK refuses a batch larger than its queue


def _exporter(settings: Settings) -> SpanExporter:
    endpoint = settings.otel_exporter_otlp_endpoint
    if not endpoint:
        from overcast_common.telemetry._sdk import SinkExporter

        return SinkExporter()
    if settings.otel_exporter_otlp_protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as GrpcExporter

        return GrpcExporter(endpoint=endpoint, insecure=not endpoint.startswith("https://"))
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter as HttpExporter

    # the base endpoint gets the signal path appended, as the spec says for OTEL_EXPORTER_OTLP_ENDPOINT
    return HttpExporter(endpoint=endpoint.rstrip("/") + "/v1/traces")


def _describe(settings: Settings, exporter: SpanExporter | None) -> str:
    if exporter is not None:
        return type(exporter).__name__
    if settings.otel_exporter_otlp_endpoint:
        return f"otlp {settings.otel_exporter_otlp_protocol} {settings.otel_exporter_otlp_endpoint}"
    return "in-process sink"


def _version() -> str:
    try:
        return version("overcast-common")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
        return "0"
