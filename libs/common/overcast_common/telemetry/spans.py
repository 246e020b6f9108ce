"""The spans Overcast makes, as small helpers: one per place a span starts.

- :func:`start_api_call` / :func:`end_api_call`: the gateway's SERVER span for one AWS API call, continuing
  the caller's trace (``traceparent`` or ``X-Amzn-Trace-Id``) and giving the ``X-Amzn-Trace-Id`` to return;
- :func:`dispatch_client` / :func:`dispatch_server`: the two ends of a gRPC dispatch; the trace crosses in
  ``RequestContext.traceparent``, which the dispatch protocol already carries;
- :func:`backend_span` and the class decorator :func:`traced_backend`: CLIENT spans for Redis, SQL, Kafka
  calls with the semantic-convention attributes (``db.system``, ``db.operation``, ``peer.service``).

Every helper first checks ``active().enabled`` (one attribute read) and does nothing more when tracing is
off. Backend spans are made only inside a recording span, so background jobs (sweepers, long-poll
wake-ups) do not start traces of their own and unsampled calls cost almost nothing.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import random
from collections.abc import Callable, Collection, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeVar

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import NonRecordingSpan, SpanContext, SpanKind, Status, StatusCode, TraceFlags

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.telemetry import _context as _ctx
from overcast_common.telemetry.setup import active, freeze_startup_heap
from overcast_common.telemetry.tracecontext import (
    AmznTraceHeader,
    format_amzn_trace_id,
    format_both,
    format_traceparent,
    new_trace_id,
    parse_amzn_trace_id,
    parse_traceparent,
)

if TYPE_CHECKING:
    from overcast_common.telemetry.recording import Recorder

T = TypeVar("T")

DISPATCH_RPC_SERVICE = "overcast.dispatch.v1.Dispatcher"
DISPATCH_SPAN = f"{DISPATCH_RPC_SERVICE}/Invoke"
_SAMPLED = TraceFlags(TraceFlags.SAMPLED)
_NOT_SAMPLED = TraceFlags(TraceFlags.DEFAULT)
_getrandbits: Final = random.getrandbits  # the module's generator (``random.seed`` reseeds it)


# --- the gateway's span per API call -------------------------------------------------------------------


@dataclass(slots=True, init=False)  # compiled, a dataclass's generated __init__ would run interpreted
class ApiCall:
    """One API call's trace as the gateway holds it between :func:`start_api_call` and :func:`end_api_call`."""

    response_header: str
    """``X-Amzn-Trace-Id`` to return: the caller's ``Root``, this call's span as ``Parent``, ``Sampled``, and
    the caller's other fields (``Self``, ``Lineage``) as received."""
    traceparent: str | None
    """W3C form of this call's span (what services continue from); the caller's header when tracing is off."""
    trace_header: str | None
    """``X-Amzn-Trace-Id`` form for services to propagate (SQS ``AWSTraceHeader``): set only when the
    caller sent trace context, as AWS sets ``AWSTraceHeader`` only for traced calls."""
    span: trace.Span | None = None
    token: object | None = None

    def __init__(
        self,
        response_header: str,
        traceparent: str | None,
        trace_header: str | None,
        span: trace.Span | None = None,
        token: object | None = None,
    ) -> None:
        self.response_header = response_header
        self.traceparent = traceparent
        self.trace_header = trace_header
        self.span = span
        self.token = token


def start_api_call(traceparent: str | None, amzn_trace_id: str | None, method: str = "") -> ApiCall:
    """Start the SERVER span of one call (made current) from the caller's trace headers."""
    freeze_startup_heap()  # the gateway's first call: start-up is over
    amzn = parse_amzn_trace_id(amzn_trace_id) if amzn_trace_id else None
    recorder = active().recorder
    if recorder is None:
        return ApiCall(amzn_trace_id or _untraced_header(traceparent), traceparent, amzn_trace_id)
    if recorder.default_sampling:
        trace_id, parent_id, sampled, caller_traced = _decision(traceparent, amzn, recorder)
        if not sampled:
            # most calls: nothing is recorded, so no span objects and no OTel context; backend spans see
            # no recording span, and gRPC dispatch continues from the unsampled traceparent
            span_id = _getrandbits(64) or 1
            header, traceparent = format_both(trace_id, span_id, False, amzn.extra if amzn else ())
            return ApiCall(header, traceparent, header if caller_traced else None)
        forced: int | None
        decided: bool | None
        if parent_id is None:
            parent, forced, decided = otel_context.Context(), trace_id, True
        else:
            remote = SpanContext(trace_id, parent_id, True, _SAMPLED)
            parent = trace.set_span_in_context(NonRecordingSpan(remote), otel_context.Context())
            forced = decided = None
    else:
        parent, forced, decided, caller_traced = _parent_context(traceparent, amzn, recorder)
    attributes: dict[str, str | int] = {"rpc.system": "aws-api"}
    if method:
        attributes["http.method"] = method
    span = recorder.start("AWS API call", SpanKind.SERVER, attributes, parent, forced, decided)
    token = _ctx.attach(_ctx.with_span(span, parent))
    sc = span.get_span_context()
    header, traceparent = format_both(
        sc.trace_id, sc.span_id, sc.trace_flags.sampled, amzn.extra if amzn else ()
    )
    return ApiCall(header, traceparent, header if caller_traced else None, span, token)


def end_api_call(
    call: ApiCall, context: RequestContext, status: int, error_code: str | None, rpc_service: str = ""
) -> None:
    """Name the span after the operation, record the outcome, end it and leave its context."""
    span = call.span
    if span is None:
        return
    if call.token is not None:
        _ctx.detach(call.token)  # type: ignore[arg-type]
        call.token = None
    if span.is_recording():
        service = rpc_service or context.service
        if context.operation:
            span.update_name(f"{service}.{context.operation}")
        attributes: dict[str, str | int] = {
            "aws.account_id": context.account_id,
            "aws.region": context.region,
            "aws.request_id": context.request_id,
            "http.status_code": status,
        }
        if service:
            attributes["rpc.service"] = service
        if context.operation:
            attributes["rpc.method"] = context.operation
        if error_code:
            attributes["aws.error_code"] = error_code
        span.set_attributes(attributes)
        if status >= 500:
            span.set_status(Status(StatusCode.ERROR, error_code or str(status)))
    span.end()


def _parent_context(
    traceparent: str | None, amzn: AmznTraceHeader | None, recorder: Recorder
) -> tuple[otel_context.Context, int | None, bool | None, bool]:
    """(parent context, trace id a new root must take, the caller's decision for such a root, whether the
    caller sent trace context at all)."""
    incoming = parse_traceparent(traceparent) if traceparent else None
    if incoming is not None:
        trace_id, span_id, sampled = incoming.trace_id, incoming.span_id, incoming.sampled
    elif amzn is not None and amzn.trace_id:
        if amzn.span_id is None:  # a Root without Parent: a root span in the caller's trace
            return otel_context.Context(), amzn.trace_id, amzn.sampled, True
        trace_id, span_id = amzn.trace_id, amzn.span_id
        # no Sampled (or "?") leaves the decision to us
        sampled = amzn.sampled if amzn.sampled is not None else recorder.sample_root()
    else:
        return otel_context.Context(), None, None, False
    remote = SpanContext(trace_id, span_id, True, _SAMPLED if sampled else _NOT_SAMPLED)
    return trace.set_span_in_context(NonRecordingSpan(remote), otel_context.Context()), None, None, True


def _decision(
    traceparent: str | None, amzn: AmznTraceHeader | None, recorder: Recorder
) -> tuple[int, int | None, bool, bool]:
    """Default sampling: (trace id, the caller's span id or None for a root, sampled, whether the caller
    sent trace context) — the same decisions ``_parent_context`` and ``Recorder.start`` make, without
    building OTel objects."""
    incoming = parse_traceparent(traceparent) if traceparent else None
    if incoming is not None:
        return incoming.trace_id, incoming.span_id, incoming.sampled, True
    if amzn is not None and (trace_id := amzn.trace_id):
        sampled = amzn.sampled if amzn.sampled is not None else recorder.sample_root()
        return trace_id, amzn.span_id, sampled, True
    return new_trace_id(), None, recorder.sample_root(), False


def _untraced_header(traceparent: str | None) -> str:
    # tracing off: still answer with a trace id, the caller's if it sent a W3C one
    incoming = parse_traceparent(traceparent) if traceparent else None
    if incoming is not None:
        return format_amzn_trace_id(incoming.trace_id, incoming.span_id, incoming.sampled)
    return format_amzn_trace_id(new_trace_id(), None, None)


# --- dispatch: gateway (client) and service (server) ends -------------------------------------------


@contextmanager
def dispatch_client(context: RequestContext, address: str) -> Iterator[RequestContext]:
    """CLIENT span around one gRPC dispatch; yields the context to send (its ``traceparent`` is this span)."""
    recorder = active().recorder
    if recorder is None or _unsampled(context):
        yield context
        return
    attributes = _dispatch_attributes(context)
    attributes["peer.service"] = f"overcast-{context.service}"
    attributes["server.address"] = address
    with _span(recorder, SpanKind.CLIENT, attributes, None) as span:
        yield _continued(context, span)


@contextmanager
def dispatch_server(context: RequestContext) -> Iterator[RequestContext]:
    """SERVER span around one dispatched call, child of the caller's ``traceparent``; yields the context the
    handler gets (its ``traceparent`` now names this span, for calls the service makes in turn)."""
    freeze_startup_heap()
    recorder = active().recorder
    if recorder is None:
        yield context
        return
    incoming = parse_traceparent(context.traceparent) if context.traceparent else None
    parent = otel_context.Context()
    if incoming is not None:
        flags = _SAMPLED if incoming.sampled else _NOT_SAMPLED
        remote = SpanContext(incoming.trace_id, incoming.span_id, True, flags)
        parent = trace.set_span_in_context(NonRecordingSpan(remote), parent)
    with _span(recorder, SpanKind.SERVER, _dispatch_attributes(context), parent) as span:
        yield _continued(context, span)


def _unsampled(context: RequestContext) -> bool:
    """A call inside an unsampled trace: no span is current (the gateway makes none for it) and the
    context's ``traceparent`` says not sampled; the callee continues that decision from it."""
    if context.traceparent is None or _ctx.recording():
        return False
    incoming = parse_traceparent(context.traceparent)
    return incoming is not None and not incoming.sampled


def _dispatch_attributes(context: RequestContext) -> dict[str, Any]:
    return {
        "rpc.system": "grpc",
        "rpc.service": DISPATCH_RPC_SERVICE,
        "rpc.method": "Invoke",
        "aws.service": context.service,
        "aws.operation": context.operation,
        "aws.request_id": context.request_id,
    }


def _continued(context: RequestContext, span: trace.Span) -> RequestContext:
    sc = span.get_span_context()
    if not sc.is_valid:
        return context
    return dataclasses.replace(
        context, traceparent=format_traceparent(sc.trace_id, sc.span_id, sc.trace_flags.sampled)
    )


@contextmanager
def _span(
    recorder: Recorder,
    kind: SpanKind,
    attributes: dict[str, Any],
    parent: otel_context.Context | None,
    name: str = DISPATCH_SPAN,
) -> Iterator[trace.Span]:
    span = recorder.start(name, kind, attributes, parent)
    token = _ctx.attach(_ctx.with_span(span, parent))
    try:
        yield span
    except ServiceError as err:
        _record_service_error(span, err)
        raise
    except BaseException as exc:
        span.set_attribute("error.type", type(exc).__qualname__)
        span.set_status(Status(StatusCode.ERROR, type(exc).__qualname__))
        raise
    finally:
        _ctx.detach(token)
        span.end()


def _record_service_error(span: trace.Span, err: ServiceError) -> None:
    span.set_attribute("aws.error_code", err.code)
    if err.status_code >= 500:
        span.set_status(Status(StatusCode.ERROR, err.code))


# --- backends: Redis, SQL, Kafka ------------------------------------------------------------------------


@contextmanager
def backend_span(
    system: str, operation: str, *, peer_service: str | None = None, **attributes: str | int
) -> Iterator[trace.Span | None]:
    """CLIENT span for one backend call (``db.system`` = ``redis``, ``sqlite``, ``postgresql``, ``kafka``…),
    made only inside a recording span. Yields the span (or None) for extra attributes."""
    recorder = active().recorder
    if recorder is None or not _ctx.recording():
        yield None
        return
    attrs: dict[str, str | int] = {
        "db.system": system,
        "db.operation": operation,
        "peer.service": peer_service or system,
        **attributes,
    }
    span = recorder.start(f"{system} {operation}", SpanKind.CLIENT, attrs)
    token = _ctx.attach(_ctx.with_span(span))
    try:
        yield span
    except BaseException as exc:
        span.set_attribute("error.type", type(exc).__qualname__)
        span.set_status(Status(StatusCode.ERROR, type(exc).__qualname__))
        raise
    finally:
        _ctx.detach(token)
        span.end()


C = TypeVar("C", bound=type)


def traced_backend(
    system: str, *, peer_service: str | None = None, skip: Collection[str] = (), **attributes: str | int
) -> Callable[[C], C]:
    """Class decorator: every public ``async def`` of a store becomes a :func:`backend_span` named after it.

    ``@traced_backend("redis", skip=("get_queue",))`` on ``class RedisSqsStore`` makes ``store.send(...)``
    a ``redis send`` CLIENT span with ``db.operation=send``. Class methods, static methods, ``close`` and
    the methods in ``skip`` (served from memory: a span would cost more than the call) are left alone."""

    def decorate(cls: C) -> C:
        for name, member in list(vars(cls).items()):
            if name.startswith("_") or name == "close" or name in skip:
                continue
            if not inspect.iscoroutinefunction(member):
                continue
            setattr(cls, name, _traced_method(member, system, name, peer_service, attributes))
        return cls

    return decorate


def _traced_method(
    method: Callable[..., Coroutine[Any, Any, T]],
    system: str,
    operation: str,
    peer_service: str | None,
    extra: dict[str, str | int],
) -> Callable[..., Coroutine[Any, Any, T]]:
    attrs: dict[str, str | int] = {
        "db.system": system,
        "db.operation": operation,
        "peer.service": peer_service or system,
        **extra,
    }
    name = f"{system} {operation}"

    @functools.wraps(method)
    def traced(*args: Any, **kwargs: Any) -> Coroutine[Any, Any, T]:
        # a plain function: outside a recording span (most calls) the caller awaits the method's own
        # coroutine, with no wrapping coroutine in between
        recorder = active().recorder
        if recorder is None or not _ctx.recording():
            return method(*args, **kwargs)
        return recorded(recorder, args, kwargs)

    async def recorded(recorder: Recorder, args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
        span = recorder.start(name, SpanKind.CLIENT, dict(attrs))
        token = _ctx.attach(_ctx.with_span(span))
        try:
            return await method(*args, **kwargs)
        except BaseException as exc:
            span.set_attribute("error.type", type(exc).__qualname__)
            span.set_status(Status(StatusCode.ERROR, type(exc).__qualname__))
            raise
        finally:
            _ctx.detach(token)
            span.end()

    return traced
