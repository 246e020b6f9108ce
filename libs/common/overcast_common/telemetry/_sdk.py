"""The parts of tracing that build on the OpenTelemetry SDK, imported only when tracing is on.

Overcast's own spans are :class:`LightSpan`\\ s made by a :class:`Recorder`, not the SDK's ``Span``: the
SDK validates and copies every attribute through locks and runs the sampler's full protocol, ~25-50 µs a
span on the reference box, which would cost the gateway path more than the 15 % budget. A light span is
an ``opentelemetry.trace.Span`` (it is made current in the OTel context, so any OTel code nested in a call
sees it as its parent) that holds plain values; when it ends it becomes an SDK ``ReadableSpan`` handed to
the same ``BatchSpanProcessor`` and exporters as SDK spans. Our attribute values are always ``str`` or
``int``, so nothing needs cleaning. Bound for the in-process sink (embedded X-Ray), the ended light span
itself goes to the processor: it has every field the sink reads (``telemetry.sink``), so an SDK span
built only to be read back field by field is not built.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Mapping, Sequence
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult
from opentelemetry.sdk.trace.id_generator import RandomIdGenerator
from opentelemetry.sdk.trace.sampling import Sampler
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import NonRecordingSpan, SpanContext, SpanKind, Status, StatusCode, TraceFlags
from opentelemetry.util import types

from overcast_common.telemetry import _context as _ctx
from overcast_common.telemetry import sink
from overcast_common.telemetry.tracecontext import new_trace_id

_SAMPLED = TraceFlags(TraceFlags.SAMPLED)
_NOT_SAMPLED = TraceFlags(TraceFlags.DEFAULT)
_UNSET = Status(StatusCode.UNSET)  # immutable: one for every span that never sets its status


class XRayIdGenerator(RandomIdGenerator):
    """Trace ids with the epoch second in front (valid X-Ray ids), for spans made with the SDK's tracer."""

    def generate_trace_id(self) -> int:
        return new_trace_id()

    def is_trace_id_random(self) -> bool:
        return False


class XRayDefaultRule:
    """X-Ray's default sampling rule for calls that arrive without a decision: the first call of every
    second, then 5 % of the rest (``reservoir`` 1, ``rate`` 0.05)."""

    def __init__(self, reservoir: int = 1, rate: float = 0.05) -> None:
        self.reservoir = reservoir
        self.rate = rate
        self._second = -1
        self._taken = 0

    def sample(self) -> bool:
        second = int(time.monotonic())
        if second != self._second:
            self._second, self._taken = second, 0
        if self._taken < self.reservoir:
            self._taken += 1
            return True
        return random.random() < self.rate


class Recorder:
    """Starts :class:`LightSpan`\\ s and hands the finished ones to ``processor``.

    Sampling: with ``OTEL_TRACES_SAMPLER`` unset, a caller's decision is obeyed and calls without one
    follow X-Ray's default rule (:class:`XRayDefaultRule`), decided inline; any ``OTEL_TRACES_SAMPLER``
    (``parentbased_always_on`` records every call) goes through the SDK's sampler."""

    def __init__(
        self,
        processor: SpanProcessor,
        resource: Resource,
        scope: InstrumentationScope,
        sampler: Sampler,
        *,
        direct: bool = False,
    ) -> None:
        """``direct``: the processor's exporter is :class:`SinkExporter`, so ended light spans are handed
        over as they are (the sink reads them like SDK spans) instead of as SDK ``ReadableSpan`` s."""
        self._processor = processor
        self._resource = resource
        self._scope = scope
        self._direct = direct
        self._sampler = sampler
        self._default_sampling = not os.environ.get("OTEL_TRACES_SAMPLER", "").strip()
        self._root_rule = XRayDefaultRule()

    @property
    def default_sampling(self) -> bool:
        """True unless ``OTEL_TRACES_SAMPLER`` replaced X-Ray's default rule with an SDK sampler."""
        return self._default_sampling

    def sample_root(self) -> bool:
        """The decision for a call whose caller left it open (``Sampled`` absent or ``?``)."""
        return not self._default_sampling or self._root_rule.sample()

    def start(
        self,
        name: str,
        kind: SpanKind,
        attributes: dict[str, Any],
        parent: Context | None = None,
        trace_id: int | None = None,
        decided: bool | None = None,
    ) -> trace.Span:
        """A span child of ``parent``'s span (default: the current one); else a root, in ``trace_id`` if
        given, sampled as ``decided`` if given (a caller's ``Root=…;Sampled=…`` without ``Parent``)."""
        parent_context = _ctx.current_span(parent).get_span_context()
        if parent_context.is_valid:
            trace_id = parent_context.trace_id
            sampled = parent_context.trace_flags.sampled
            parent_ref: SpanContext | None = parent_context
        else:
            trace_id = trace_id or new_trace_id()
            parent_ref = None
            if decided is not None:
                sampled = decided
            elif self._default_sampling:
                sampled = self._root_rule.sample()
        if not self._default_sampling and (decided is None or parent_ref is not None):
            decision = self._sampler.should_sample(parent, trace_id, name, kind, attributes)
            sampled = bool(decision.decision.is_sampled())  # type: ignore[no-untyped-call]
        context = SpanContext(
            trace_id, random.getrandbits(64) or 1, False, _SAMPLED if sampled else _NOT_SAMPLED
        )
        if not sampled:
            return NonRecordingSpan(context)
        return LightSpan(self, name, context, parent_ref, kind, attributes)

    def finish(self, span: LightSpan, end_time: int) -> None:
        span.end_time = end_time
        self._processor.on_end(span if self._direct else span.readable())  # type: ignore[arg-type]


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
