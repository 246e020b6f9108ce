"""``_context``: the OTel context calls answered straight from the context variable agree with the API."""

from __future__ import annotations

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags
from opentelemetry.trace.propagation import _SPAN_KEY
from overcast_common.telemetry import _context as _ctx


def _remote(sampled: bool) -> NonRecordingSpan:
    flags = TraceFlags(TraceFlags.SAMPLED if sampled else TraceFlags.DEFAULT)
    return NonRecordingSpan(SpanContext(0x5759E988BD862E3FE1BE46A994272793, 0x53995C3F42CD8AD8, True, flags))


class _Recording(NonRecordingSpan):
    def is_recording(self) -> bool:
        return True


def test_recording_is_what_the_current_span_says() -> None:
    assert _ctx.recording() is False and trace.get_current_span() is trace.INVALID_SPAN
    for span, records in ((_remote(True), False), (_remote(False), False), (_Recording(_remote(True).get_span_context()), True)):  # fmt: skip
        token = _ctx.attach(_ctx.with_span(span))
        try:
            assert _ctx.recording() is records is trace.get_current_span().is_recording()
            assert _ctx.current_span() is span is trace.get_current_span()
        finally:
            _ctx.detach(token)
    assert _ctx.recording() is False


def test_a_value_that_is_no_span_does_not_record() -> None:
    token = otel_context.attach(otel_context.set_value(_SPAN_KEY, "not a span"))
    try:
        assert trace.get_current_span() is trace.INVALID_SPAN
        assert _ctx.current_span() is trace.INVALID_SPAN
        assert _ctx.recording() is False
    finally:
        otel_context.detach(token)
