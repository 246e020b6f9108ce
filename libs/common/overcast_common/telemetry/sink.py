"""The in-process seam between tracing and Overcast's own X-Ray service (embedded mode).

When no ``OTEL_EXPORTER_OTLP_ENDPOINT`` is configured, every process exports its finished spans to
:class:`SinkExporter`, which hands each batch to the sinks registered here. In embedded mode the X-Ray
service runs in the same process and registers one at start::

    from overcast_common.telemetry import sink

    unregister = sink.register(on_spans)  # on_spans(spans: Sequence[ReadableSpan]) -> None
    ...
    unregister()  # on close

(the SDK is imported only when tracing is on; registering imports nothing heavy.) Rules for a sink:

- it is called from the span processor's **worker thread**, never from the event loop: keep it short
  and thread-safe (e.g. ``loop.call_soon_threadsafe(queue.put_nowait, list(spans))``);
- it receives OpenTelemetry SDK ``ReadableSpan`` objects (trace/span ids, parent, kind, name, times,
  attributes, status, events, ``resource``) and, for Overcast's own spans, ended ``_sdk.LightSpan`` s,
  which have the same fields (``attributes`` a plain dict; no events or links) without the cost of an
  SDK span; :func:`to_otlp` turns a batch into the very ``ExportTraceServiceRequest`` an OTLP receiver
  gets, so one conversion path serves both;
- an exception it raises is logged and the batch is dropped for that sink (tracing never fails a call).

``SinkExporter`` (in ``telemetry._sdk``) is the exporter side. With no sink registered (X-Ray not running in this process) spans are dropped. In cluster mode the
chart and ``overcast cluster`` point ``OTEL_EXPORTER_OTLP_ENDPOINT`` at the X-Ray service's OTLP port.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import ReadableSpan

Sink = Callable[[Sequence["ReadableSpan"]], None]

log = logging.getLogger("overcast.telemetry")
_sinks: list[Sink] = []
_lock = threading.Lock()


def register(sink: Sink) -> Callable[[], None]:
    """Receive every finished span of this process from now on; returns the function that stops it."""
    with _lock:
        _sinks.append(sink)

    def unregister() -> None:
        with _lock:
            if sink in _sinks:
                _sinks.remove(sink)

    return unregister


def registered() -> bool:
    return bool(_sinks)


def deliver(spans: Sequence[ReadableSpan]) -> None:
    """Hand one batch to every registered sink (the exporter's worker thread calls this)."""
    with _lock:
        sinks = list(_sinks)
    for sink in sinks:
        try:
            sink(spans)
        except Exception:
            log.exception("trace sink failed; %d spans dropped for it", len(spans))


def to_otlp(spans: Sequence[ReadableSpan]) -> Any:
    """The batch as an OTLP ``ExportTraceServiceRequest`` (``opentelemetry.proto``)."""
    from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans

    return encode_spans([s.readable() if hasattr(s, "readable") else s for s in spans])
