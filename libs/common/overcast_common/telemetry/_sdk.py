"""The parts of tracing that build on the OpenTelemetry SDK, imported only when tracing is on.

Overcast's own spans are :class:`LightSpan`\\ s made by a ``recording.Recorder`` (compiled), not the SDK's
``Span``: the SDK validates and copies every attribute through locks and runs the sampler's full protocol,
~25-50 µs a span on the reference box, which would cost the gateway path more than the 15 % budget. A light
span is an ``opentelemetry.trace.Span`` (it is made current in the OTel context, so any OTel code nested in a
call sees it as its parent) that holds plain values; when it ends it becomes an SDK ``ReadableSpan`` handed to
the same ``BatchSpanProcessor`` and exporters as SDK spans. Our attribute values are always ``str`` or
``int``, so nothing needs cleaning. Bound for the in-process sink (embedded X-Ray), the ended light span
itself goes to the processor: it has every field the sink reads (``telemetry.sink``), so an SDK span built
only to be read back field by field is not built.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult
from opentelemetry.sdk.trace.id_generator import RandomIdGenerator
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode
from opentelemetry.util import types

from overcast_common.telemetry import sink
from overcast_common.telemetry.recording import Recorder, XRayDefaultRule
from overcast_common.telemetry.tracecontext import new_trace_id

__all__ = ["LightSpan", "Recorder", "SinkExporter", "XRayDefaultRule", "XRayIdGenerator"]

_UNSET = Status(StatusCode.UNSET)  # immutable: one for every span that never sets its status


class XRayIdGenerator(RandomIdGenerator):
    """Trace ids with the epoch second in front (valid X-Ray ids), for spans made with the SDK's tracer."""

    def generate_trace_id(self) -> int:
        return new_trace_id()

    def is_trace_id_random(self) -> bool:
        return False


class LightSpan(trace.Span):
    """A recording span of plain values (see the module docstring). Events and links are not kept.

    Once ended it reads like an SDK ``ReadableSpan`` for what a sink uses (``name``, ``context``,
    ``parent``, ``kind``, ``attributes``, ``status``, ``start_time``, ``end_time``, ``events``, ``links``,
    ``resource``, ``instrumentation_scope``); :meth:`readable` makes the SDK span itself."""

    events: tuple[()] = ()
    links: tuple[()] = ()
    end_time: int | None = None

    def __init__(
        self,
        recorder: Recorder,
        name: str,
        context: SpanContext,
        parent: SpanContext | None,
        kind: SpanKind,
        attributes: dict[str, Any],
    ) -> None:
        self.recorder = recorder
        self.name = name
        self.context = context
        self.parent = parent
        self.kind = kind
        self.attributes = attributes
        self.status = _UNSET
        self.start_time = time.time_ns()
        self.ended = False

    @property
    def resource(self) -> Resource:
        return self.recorder._resource

    @property
    def instrumentation_scope(self) -> InstrumentationScope:
        return self.recorder._scope

    def readable(self) -> ReadableSpan:
        """The SDK span of this (ended) light span, for exporters that encode SDK spans."""
        return ReadableSpan(
            self.name,
            self.context,
            self.parent,
            self.recorder._resource,
            self.attributes,
            kind=self.kind,
            status=self.status,
            start_time=self.start_time,
            end_time=self.end_time,
            instrumentation_scope=self.recorder._scope,
        )

    def end(self, end_time: int | None = None) -> None:
        if not self.ended:
            self.ended = True
            self.recorder.finish(self, end_time or time.time_ns())

    def get_span_context(self) -> SpanContext:
        return self.context

    def set_attributes(self, attributes: Mapping[str, types.AnyValue]) -> None:
        if not self.ended:
            self.attributes.update(attributes)

    def set_attribute(self, key: str, value: types.AnyValue) -> None:
        if not self.ended:
            self.attributes[key] = value

    def add_event(self, name: str, attributes: types.Attributes = None, timestamp: int | None = None) -> None:
        return None

    def update_name(self, name: str) -> None:
        if not self.ended:
            self.name = name

    def is_recording(self) -> bool:
        return not self.ended

    def set_status(self, status: Status | StatusCode, description: str | None = None) -> None:
        if not self.ended:
            self.status = status if isinstance(status, Status) else Status(status, description)

    def record_exception(
        self,
        exception: BaseException,
        attributes: types.Attributes = None,
        timestamp: int | None = None,
        escaped: bool = False,
    ) -> None:
        self.set_attribute("error.type", type(exception).__qualname__)


class SinkExporter(SpanExporter):
    """Hands each batch to the sinks registered in ``telemetry.sink``; drops it when there are none."""

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        sink.deliver(spans)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True
