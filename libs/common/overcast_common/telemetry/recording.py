"""The sampling rule and the :class:`Recorder` that starts Overcast's own spans, compiled (``compiled.py``).

Every call the gateway serves asks the recorder for a sampling decision; with X-Ray's default rule most
calls are decided here and record nothing, so this module is on every call's path and is compiled with
mypyc. It imports only OpenTelemetry's API: the SDK (the span processor, ``LightSpan``, the sampler) is
handed in by ``setup`` when tracing is on, so ``OTEL_SDK_DISABLED`` processes still never import it.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import NonRecordingSpan, SpanContext, SpanKind, TraceFlags

from overcast_common.telemetry import _context as _ctx
from overcast_common.telemetry.tracecontext import new_trace_id

if TYPE_CHECKING:
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import SpanProcessor
    from opentelemetry.sdk.trace.sampling import Sampler
    from opentelemetry.sdk.util.instrumentation import InstrumentationScope

_SAMPLED = TraceFlags(TraceFlags.SAMPLED)
_NOT_SAMPLED = TraceFlags(TraceFlags.DEFAULT)
# the module's generator (``random.seed`` reseeds it), looked up once
_random: Final = random.random
_getrandbits: Final = random.getrandbits

SpanFactory = Callable[..., trace.Span]
"""What makes a recording span: ``_sdk.LightSpan`` (recorder, name, context, parent, kind, attributes)."""


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
        return _random() < self.rate


class Recorder:
    """Starts recording spans (``_sdk.LightSpan``) and hands the finished ones to ``processor``.

    Sampling: with ``OTEL_TRACES_SAMPLER`` unset, a caller's decision is obeyed and calls without one
    follow X-Ray's default rule (:class:`XRayDefaultRule`), decided inline; any ``OTEL_TRACES_SAMPLER``
    (``parentbased_always_on`` records every call) goes through the SDK's sampler."""

    def __init__(
        self,
        processor: SpanProcessor,
        resource: Resource,
        scope: InstrumentationScope,
        sampler: Sampler,
        span_type: SpanFactory,
        *,
        direct: bool = False,
    ) -> None:
        """``direct``: the processor's exporter is ``_sdk.SinkExporter``, so ended light spans are handed
        over as they are (the sink reads them like SDK spans) instead of as SDK ``ReadableSpan`` s."""
        self._processor = processor
        self._resource = resource
        self._scope = scope
        self._direct = direct
        self._sampler = sampler
        self._span_type = span_type
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
        sampled = False
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
        context = SpanContext(trace_id, _getrandbits(64) or 1, False, _SAMPLED if sampled else _NOT_SAMPLED)
        if not sampled:
            return NonRecordingSpan(context)
        return self._span_type(self, name, context, parent_ref, kind, attributes)

    def finish(self, span: Any, end_time: int) -> None:
        """Hand an ended ``_sdk.LightSpan`` to the processor (its ``end`` calls this)."""
        span.end_time = end_time
        self._processor.on_end(span if self._direct else span.readable())
