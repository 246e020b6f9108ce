"""The sink reads an ended SDK span's attributes from the dict inside ``BoundedAttributes`` (no Python call
per key); if an SDK upgrade moves it, these fail rather than the sink silently taking the slow path."""

from __future__ import annotations

from collections.abc import Sequence

from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from overcast_xray.ingest.otlp import _frozen, view_of_sdk


class _Keep(SpanExporter):
    def __init__(self) -> None:
        self.spans: list[ReadableSpan] = []

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        self.spans.extend(spans)
        return SpanExportResult.SUCCESS


def test_ended_span_attributes_are_read_from_the_frozen_dict() -> None:
    kept = _Keep()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(kept))
    with provider.get_tracer("t").start_as_current_span("op", attributes={"a": 1, "t": (1, 2)}) as span:
        span.set_attribute("b", b"\x01")
        span.add_event("exception", {"exception.type": "E"})
    [ended] = kept.spans
    assert _frozen(getattr(ended, "_attributes", None)) == {"a": 1, "t": (1, 2), "b": b"\x01"}
    assert _frozen(ended.events[0].attributes) == {"exception.type": "E"}
    view = view_of_sdk(ended)
    assert view.attributes == {"a": 1, "t": [1, 2], "b": "AQ=="}
    assert view.events[0].attributes == {"exception.type": "E"}
    provider.shutdown()
