"""The OpenTelemetry context calls a span makes (current span, whether it records, a context with a span,
attach, detach), straight on the context variable behind OTel's default runtime context; compiled
(``compiled.py``).

Each API call goes through two to four Python layers (``get_current_span`` → ``get_value`` →
``get_current`` → the runtime context's ``get_current``): about a kilo-instruction apiece, several per
sampled call and one per backend call of every call, sampled or not. Same values, same variable: code
using the OTel API sees exactly what it would. With another runtime context configured
(``OTEL_PYTHON_CONTEXT``), every call goes through the API.
"""

from __future__ import annotations

from contextvars import ContextVar, Token

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import _RUNTIME_CONTEXT
from opentelemetry.context.context import Context
from opentelemetry.context.contextvars_context import ContextVarsRuntimeContext
from opentelemetry.trace.propagation import _SPAN_KEY
from opentelemetry.trace.span import INVALID_SPAN

_VAR: ContextVar[Context] | None = (
    _RUNTIME_CONTEXT._current_context if type(_RUNTIME_CONTEXT) is ContextVarsRuntimeContext else None
)


def current_span(context: Context | None = None) -> trace.Span:
    """``trace.get_current_span(context)``."""
    if _VAR is None:
        return trace.get_current_span(context)
    span = (_VAR.get() if context is None else context).get(_SPAN_KEY)
    return span if isinstance(span, trace.Span) else INVALID_SPAN


def recording() -> bool:
    """``trace.get_current_span().is_recording()``: asked on every backend call of every call, nearly
    always outside any span (unsampled calls make none current), answered then without a span object."""
    if _VAR is None:
        return trace.get_current_span().is_recording()
    span = _VAR.get().get(_SPAN_KEY)
    if span is None:  # nothing current: INVALID_SPAN, which never records
        return False
    return isinstance(span, trace.Span) and span.is_recording()


def with_span(span: trace.Span, context: Context | None = None) -> Context:
    """``trace.set_span_in_context(span, context)``."""
    if _VAR is None:
        return trace.set_span_in_context(span, context)
    values = dict(_VAR.get() if context is None else context)
    values[_SPAN_KEY] = span
    return Context(values)


def attach(context: Context) -> Token[Context]:
    """``opentelemetry.context.attach(context)``."""
    return otel_context.attach(context) if _VAR is None else _VAR.set(context)


def detach(token: Token[Context]) -> None:
    """``opentelemetry.context.detach(token)``; a token of another context is logged, not raised."""
    if _VAR is None:
        otel_context.detach(token)
        return
    try:
        _VAR.reset(token)
    except Exception:  # as the API does: log it (once more, through the API) and carry on
        otel_context.detach(token)
