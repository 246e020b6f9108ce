"""The gateway: one pure-ASGI app that runs every request through ``PIPELINE``, top to bottom.

Each step reads and fills one ``Exchange`` (the request, its ``RequestContext`` and what earlier
steps found) and either returns ``None`` (go on) or an ``HttpResponse`` (answer now). A step is a
coroutine function when it may wait, a plain function otherwise (one coroutine less per request). A step that
raises ``ServiceError`` is answered with that AWS error in the caller's protocol; any other
exception becomes ``InternalFailure`` (500) with the traceback in the log, never on the wire.
Request-id, ``X-Amzn-Trace-Id`` and CORS headers and the one JSON log line per request are added on the
way out; ``trace_call`` opens the call's span (``overcast_common.telemetry``) and ``handle`` ends it.

Steps are plain functions over the exchange rather than nested ASGI middleware because every one
of them needs the parsed request; the app itself is pure ASGI (no ``BaseHTTPMiddleware``), so
``contextvars`` (and OpenTelemetry context) flow through untouched.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any

from botocore.model import ServiceModel
from overcast_common.config import Settings
from overcast_common.context import Protocol as WireProtocol
from overcast_common.context import RequestContext
from overcast_common.errors import InternalFailure, ServiceError
from overcast_common.http import Headers, HttpRequest, HttpResponse
from overcast_common.identity import (
    ChainedCredentials,
    CredentialProvider,
    StaticCredentials,
    root_credential,
)
from overcast_common.ids import uuid4_str
from overcast_common.logs import FastLog
from overcast_common.telemetry import configure_telemetry, configured, shutdown_telemetry
from overcast_common.telemetry.spans import ApiCall, end_api_call, start_api_call

from overcast_gateway import s3_web
from overcast_gateway.asgi import (
    ClientDisconnected,
    CompleteBody,
    Message,
    Receive,
    Scope,
    Send,
    buffer_body,
    request_from_scope,
    send_response,
)
from overcast_gateway.audit import Auditor
from overcast_gateway.services import ServiceRegistry
from overcast_gateway.wire import Auth, Route, Wire

log = logging.getLogger("overcast.gateway")
access_log = FastLog("overcast.gateway")


@dataclass(slots=True, init=False)  # its own __init__: compiled, where the generated one runs interpreted
class Exchange:
    """One request on its way through the pipeline."""

    request: HttpRequest
    context: RequestContext
    started: float = field(default_factory=time.perf_counter)
    service_model: ServiceModel | None = None
    route: Route | None = None
    route_error: ServiceError | None = None
    """Why operation detection failed; raised only after authentication, as AWS orders its errors."""
    auth: Auth | None = None
    params: dict[str, Any] = field(default_factory=dict)
    trace: ApiCall | None = None
    """The call's span and the ``X-Amzn-Trace-Id`` to return (internal routes and preflights have none)."""
    error_code: str | None = None
    result: dict[str, Any] | None = None
    """The service's answer; with ``error``, what the audit step records (CloudTrail)."""
    error: ServiceError | None = None

    def __init__(
        self,
        request: HttpRequest,
        context: RequestContext,
        started: float | None = None,
        service_model: ServiceModel | None = None,
        route: Route | None = None,
        route_error: ServiceError | None = None,
        auth: Auth | None = None,
        params: dict[str, Any] | None = None,
        trace: ApiCall | None = None,
        error_code: str | None = None,
        result: dict[str, Any] | None = None,
        error: ServiceError | None = None,
    ) -> None:
        self.request = request
        self.context = context
        self.started = time.perf_counter() if started is None else started
        self.service_model = service_model
        self.route = route
        self.route_error = route_error
        self.auth = auth
        self.params = {} if params is None else params
        self.trace = trace
        self.error_code = error_code
        self.result = result
        self.error = error


Step = Callable[["Gateway", Exchange], Awaitable[HttpResponse | None] | HttpResponse | None]


# --- the steps, in the order they run ---------------------------------------------------------


def assign_request_id(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    context = ex.context
    context.request_id = new_request_id()
    request = ex.request
    index = request.headers.index()  # one dict lookup per header (what ``Headers.get`` does, less the calls)
    context.host = _header(index, "host") or ""
    context.user_agent = _header(index, "user-agent") or ""
    context.trace_header = _header(index, "x-amzn-trace-id")
    context.traceparent = _header(index, "traceparent")
    context.source_ip = request.client_ip
    # policy conditions aws:SecureTransport and aws:Referer; absent means http / no Referer
    if request.scheme != "http":
        context.extra["scheme"] = request.scheme
    if (referer := _header(index, "referer")) is not None:
        context.extra["referer"] = referer
    return None


def _header(index: dict[str, list[str]], name: str) -> str | None:
    """``Headers.get`` on the lower-cased index: repeated values joined with ``","``."""
    values = index.get(name)
    if values is None:
        return None
    return values[0] if len(values) == 1 else ",".join(values)


def answer_cors_preflight(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    # browsers send preflights unsigned; answer them before anything asks for a signature
    headers = ex.request.headers
    if ex.request.method != "OPTIONS" or "origin" not in headers:
        return None
    if "access-control-request-method" not in headers:
        return None
    return HttpResponse(
        200,
        Headers(
            [
                ("Access-Control-Allow-Methods", CORS_METHODS),
                ("Access-Control-Allow-Headers", headers.get("access-control-request-headers", "*")),
                ("Access-Control-Max-Age", "86400"),
            ]
        ),
    )


def serve_internal_routes(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | None:
    # a plain function for the common case: no coroutine per request that is not for /_overcast/
    if not ex.request.path.startswith(INTERNAL_PREFIX):
        return None
    return _internal_route(gw, ex)


async def _internal_route(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    path = ex.request.path.split("?", 1)[0]
    if not path.startswith(INTERNAL_PREFIX):
        return None
    route = (ex.request.method, path[len(INTERNAL_PREFIX) :].rstrip("/"))
    if route in (("GET", "health"), ("HEAD", "health")):
        return _json(200, {"status": "running", "version": VERSION, "services": dict(gw.services.health())})
    if route == ("POST", "reset"):
        return _json(200, {"reset": await gw.services.reset()})
    if route[1].startswith("sns/") and route[0] in ("GET", "POST"):
        return await _sns_route(gw, ex, route[1][len("sns/") :])
    return _json(404, {"error": f"no internal route {route[0]} {path}"})


SNS_ROUTES = {
    "outbox": "overcast:GetOutbox",
    "SimpleNotificationService.pem": "overcast:GetSigningCertificate",
    "confirm": "overcast:ConfirmSubscription",
    "unsubscribe": "overcast:Unsubscribe",
}
"""``/_overcast/sns/<name>`` → the SNS service's internal operation (``overcast_sns.embedded``); the
``SubscribeURL``, ``UnsubscribeURL`` and ``SigningCertURL`` in SNS messages point here."""


async def _sns_route(gw: Gateway, ex: Exchange, name: str) -> HttpResponse:
    operation = SNS_ROUTES.get(name)
    dispatcher = gw.services.dispatcher("sns")
    if operation is None or dispatcher is None:
        return _json(404, {"error": f"no internal route {ex.request.method} /_overcast/sns/{name}"})
    query = dict(ex.request.query_items())
    params = {k: v for k, v in query.items() if k in ("TopicArn", "Token", "SubscriptionArn")}
    if name == "outbox":
        params = {"AccountId": query.get("account", ""), "Region": query.get("region", "")}
    context = RequestContext(
        request_id=ex.context.request_id,
        service="sns",
        operation=operation,
        protocol="query",
        host=ex.context.host,
        source_ip=ex.context.source_ip,
    )
    try:
        result = await dispatcher.invoke(context, params)
    except ServiceError as error:
        # the URL a subscriber fetches answers like AWS's own (a query-protocol XML error)
        model = gw.wire.service_model("sns")
        aws_op = "Unsubscribe" if name == "unsubscribe" else "ConfirmSubscription"
        return gw.wire.serialize_error(
            model, model.operation_model(aws_op), "query", error, context.request_id
        )
    if name == "outbox":
        return _json(200, {"messages": result.get("Messages", [])})
    if name == "SimpleNotificationService.pem":
        pem = str(result.get("Certificate", "")).encode()
        return HttpResponse(200, Headers([("Content-Type", "application/x-x509-ca-cert")]), pem)
    model = gw.wire.service_model("sns")
    aws_op = "Unsubscribe" if name == "unsubscribe" else "ConfirmSubscription"
    return gw.wire.serialize_response(model.operation_model(aws_op), "query", result, context.request_id)


def trace_call(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    # the span continues the caller's trace; services continue ours through the context
    context = ex.context  # assign_request_id put the caller's trace headers there
    ex.trace = trace = start_api_call(context.traceparent, context.trace_header, ex.request.method)
    context.traceparent = trace.traceparent
    context.trace_header = trace.trace_header
    return None


def detect_service(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | HttpResponse | None:
    request = ex.request
    if request.method == "POST" and "x-www-form-urlencoded" in (
        _header(request.headers.index(), "content-type") or ""
    ):
        # a query-protocol call may name its action only in the body (always small); unsigned, that
        # is the only way to tell it from an anonymous S3 request
        return _buffer_then_detect_service(gw, ex)
    return _detect_service(gw, ex)


async def _buffer_then_detect_service(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    await buffer_body(ex.request)
    return _detect_service(gw, ex)


def _detect_service(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    request = ex.request
    service = gw.wire.detect_service(request)
    if service is None:
        raise UnknownService(
            "Overcast could not tell which AWS service this request is for "
            "(no credential scope, X-Amz-Target, or known host or path)"
        )
    ex.context.service = service
    ex.service_model = gw.wire.service_model(service)
    state = gw.services.state(service)
    if state is None:
        raise ServiceNotRunning(
            f"Overcast does not run '{service}' (running: {', '.join(gw.services.health()) or 'none'})"
        )
    if gw.services.dispatcher(service) is None:
        raise ServiceUnavailableNow(f"Service '{service}' is {state}")
    return None


def detect_operation_and_read_body(
    gw: Gateway, ex: Exchange
) -> Awaitable[HttpResponse | None] | HttpResponse | None:
    # REST operations are known from method, path and headers alone; S3 uploads must then stay
    # streams. Query and JSON-RPC calls may name their operation in the body: read it first.
    request = ex.request
    try:
        route = gw.wire.detect_operation(ex.context.service, request)
    except ServiceError as err:
        route, ex.route_error = None, err
    stream = request.stream
    if stream is not None and (route is None or not route.operation.has_streaming_input):
        # a small body has usually arrived with the headers: no coroutine to wait for it then
        # (``asgi.take_complete_body``, here in compiled code: every request with a body passes)
        whole = stream.take_all() if isinstance(stream, CompleteBody) else None
        if whole is None:
            return _read_body_then_route(gw, ex, route)
        request.body, request.stream = whole, None
        if route is None:
            route = _route_again(gw, ex)
    _set_route(ex, route)
    return None


async def _read_body_then_route(gw: Gateway, ex: Exchange, route: Route | None) -> HttpResponse | None:
    await buffer_body(ex.request)
    _set_route(ex, _route_again(gw, ex) if route is None else route)
    return None


def _route_again(gw: Gateway, ex: Exchange) -> Route | None:
    try:
        route, ex.route_error = gw.wire.detect_operation(ex.context.service, ex.request), None
    except ServiceError as err:
        ex.route_error = err
        return None
    return route


def _set_route(ex: Exchange, route: Route | None) -> None:
    ex.route = route
    if route is not None:
        ex.context.protocol = route.protocol
        ex.context.operation = route.operation.name
    return None


async def authenticate(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    # a few operations are served unsigned (sts:AssumeRoleWithWebIdentity); the model says which
    unsigned_ok = ex.route is not None and ex.route.operation.auth_type == "none"
    ex.auth = await gw.wire.authenticate(
        ex.request,
        service=ex.context.service,
        credentials=gw.credentials,
        unknown_keys=gw.settings.unknown_keys,
        default_account=gw.settings.default_account_id,
        allow_anonymous=True if unsigned_ok else None,
        default_region=gw.settings.default_region,
    )
    return None


def set_account_and_region(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    assert ex.auth is not None
    principal = ex.auth.principal
    ex.context.principal = principal
    ex.context.account_id = principal.account_id if principal else gw.settings.default_account_id
    ex.context.region = ex.auth.region or gw.settings.default_region
    if principal is not None and not ex.auth.verified:
        log.info(
            "signature not checked: access key unknown to Overcast",
            extra={
                "fields": {
                    "request_id": ex.context.request_id,
                    "access_key_id": principal.access_key_id,
                    "account": principal.account_id,
                }
            },
        )
    return None


def parse_request(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    if ex.route is None:
        raise ex.route_error or InternalFailure("operation detection found nothing")
    ex.params = gw.wire.parse_request(ex.route.operation, ex.route.protocol, ex.request, ex.route.uri_params)
    return None


async def dispatch(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    assert ex.route is not None
    dispatcher = gw.services.dispatcher(ex.context.service)
    if dispatcher is None:
        raise ServiceUnavailableNow(f"Service '{ex.context.service}' stopped")
    result = ex.result = await dispatcher.invoke(ex.context, ex.params)
    return gw.wire.serialize_response(ex.route.operation, ex.route.protocol, result, ex.context.request_id)


# S3's browser steps: every request passes them, so the test that lets all others through at once is here,
# compiled (``s3_web`` stays interpreted); the requests they are for go on to ``s3_web``.


def s3_website(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | None:
    request = ex.request
    if request.path.startswith(s3_web.WEBSITE_PREFIX) or "s3-website" in (
        _header(request.headers.index(), "host") or ""
    ):
        return s3_web.serve_s3_website(gw, ex)
    return None


def s3_preflight(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | None:
    if ex.request.method != "OPTIONS":
        return None
    return s3_web.answer_s3_preflight(gw, ex)


def s3_post_upload(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | None:
    if ex.request.method != "POST" or ex.context.service != s3_web.SERVICE:
        return None
    return s3_web.accept_s3_post_upload(gw, ex)


PIPELINE: tuple[Step, ...] = (
    assign_request_id,
    s3_website,
    s3_preflight,  # a bucket's CORS rules answer its preflights, not the default below
    answer_cors_preflight,
    serve_internal_routes,
    trace_call,
    detect_service,
    s3_post_upload,
    detect_operation_and_read_body,
    authenticate,
    set_account_and_region,
    parse_request,
    dispatch,
)


# --- on the way out -----------------------------------------------------------------------------


def add_request_id_and_trace(ex: Exchange, response: HttpResponse) -> None:
    rid = ex.context.request_id
    pairs = [("x-amzn-RequestId", rid), ("x-amz-request-id", rid)]
    if ex.trace is not None:
        pairs.append(("X-Amzn-Trace-Id", ex.trace.response_header))
    response.headers.set_many(pairs)


def end_trace(ex: Exchange, status: int) -> None:
    if ex.trace is not None and ex.trace.span is not None:  # an unsampled call has no span to end
        service_id = ex.service_model.metadata.get("serviceId", "") if ex.service_model is not None else ""
        end_api_call(ex.trace, ex.context, status, ex.error_code, service_id)


def add_cors_headers(ex: Exchange, response: HttpResponse) -> None:
    # S3 bucket CORS rules replace this permissive default once S3 lands
    origin = ex.request.headers.get("origin")
    if not origin:
        return
    response.headers.set("Access-Control-Allow-Origin", origin)
    response.headers.set("Access-Control-Allow-Credentials", "true")
    response.headers.set("Access-Control-Expose-Headers", CORS_EXPOSE_HEADERS)
    response.headers.add("Vary", "Origin")


def log_request(ex: Exchange, status: int) -> None:
    # FastLog: the same JSON line as log.info, without a LogRecord per request, written in batches;
    # straight to its buffer, the fields are formatted here as the JSON encoder would write them
    if not access_log.logger.isEnabledFor(logging.INFO):
        return
    if not access_log.direct():
        access_log.info("request", request_log_fields(ex, status))
        return
    context = ex.context
    request = ex.request
    service, operation = context.service, context.operation
    # the float's repr from integers: round(x, 2) and repr each run the decimal conversion. No format
    # specs in these f-strings: mypyc builds one without them in place, one with them through str.format
    # for every piece
    hundredths = _latency_hundredths(ex)
    whole, cents = divmod(hundredths, 100)
    if cents % 10 == 0:
        latency = f"{whole}.{cents // 10}"
    else:
        latency = f"{whole}.0{cents}" if cents < 10 else f"{whole}.{cents}"
    access_log.info_json(
        "request",
        f',"request_id":{_json_str(context.request_id)}'
        f',"account":{_quoted(context.account_id) if ex.auth else "null"}'
        f',"service":{_quoted(service) if service else "null"}'
        f',"operation":{_quoted(operation) if operation else "null"}'
        f',"method":{_quoted(request.method)},"path":{_quoted(request.path)}'
        f',"status":{status},"latency_ms":{latency}',
    )


def request_log_fields(ex: Exchange, status: int) -> dict[str, Any]:
    """The fields of the line per request (what ``log_request`` writes)."""
    return {
        "request_id": ex.context.request_id,
        "account": ex.context.account_id if ex.auth else None,
        "service": ex.context.service or None,
        "operation": ex.context.operation or None,
        "method": ex.request.method,
        "path": ex.request.path,
        "status": status,
        "latency_ms": _latency_hundredths(ex) / 100,
    }


def _latency_hundredths(ex: Exchange) -> int:
    """The request's latency in hundredths of a millisecond (the line's ``latency_ms``, two decimals)."""
    return round((time.perf_counter() - ex.started) * 100_000)


_json_str: Callable[[str], str] = json.encoder.encode_basestring_ascii
"""A JSON string as ``json.dumps`` writes it (ASCII only): what ``FastLog`` lines use."""

_QUOTED: dict[str, str] = {}
_QUOTED_KEPT = 1024
"""At most this many short strings are remembered (paths may be made up without end)."""


def _quoted(text: str) -> str:
    """``_json_str(text)``, remembered: accounts, services, operations, methods and most paths repeat."""
    quoted = _QUOTED.get(text)
    if quoted is None:
        quoted = _json_str(text)
        if len(_QUOTED) < _QUOTED_KEPT and len(text) <= 200:
            _QUOTED[text] = quoted
    return quoted


new_request_id = uuid4_str
"""AWS request ids are random version-4 UUID strings."""


# --- the ASGI app ---------------------------------------------------------------------------------


class Gateway:
    """The ASGI app: ``uvicorn.run(Gateway(settings, services))``."""

    def __init__(
        self,
        settings: Settings,
        services: ServiceRegistry,
        wire: Wire | None = None,
        steps: tuple[Step, ...] = PIPELINE,
    ) -> None:
        self.settings = settings
        self.services = services
        self.wire = wire or Wire.default()
        self.steps = steps
        self.root_keys = StaticCredentials(
            [
                root_credential(
                    settings.default_account_id,
                    settings.default_access_key_id,
                    settings.default_secret_access_key,
                )
            ]
        )
        self.credentials: CredentialProvider = self.root_keys
        self.audit = Auditor(services)
        self._owns_telemetry = False

    async def start(self) -> None:
        """Start the services, then trust the keys they issue (STS session keys, IAM access keys)."""
        if not configured():  # a test (or an embedding program) may have set tracing up already
            name = "overcast-gateway" if self.settings.service_addresses else "overcast"
            configure_telemetry(name, self.settings)
            self._owns_telemetry = True
        await self.services.start()
        self.credentials = ChainedCredentials(self.root_keys, *self.services.credential_providers())
        self.audit.start()

    async def stop(self) -> None:
        await self.audit.close()  # ship what is queued while CloudTrail still runs
        await self.services.close()
        if self._owns_telemetry:
            shutdown_telemetry()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.handle(scope, receive, send)
        elif scope["type"] == "lifespan":
            await self.lifespan(receive, send)
        else:  # websockets: no AWS API Overcast serves uses them
            await send({"type": "websocket.close", "code": 1003})

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def write(response: HttpResponse, head: bool) -> None:
            await send_response(send, response, head=head)

        await self.respond(request_from_scope(scope, receive), write)

    async def respond(
        self, request: HttpRequest, write: Callable[[HttpResponse, bool], Awaitable[None] | None]
    ) -> None:
        """Answer one request through ``write(response, head)``; the ASGI app and the gateway's own
        HTTP server (``overcast_gateway.httpserver``, no ASGI messages in between) both end here."""
        ex = Exchange(
            request,
            RequestContext(
                request_id="",
                region=self.settings.default_region,
                account_id=self.settings.default_account_id,
            ),
        )
        status = 500
        try:
            response = await self.run(ex)
            add_request_id_and_trace(ex, response)
            # both CORS steps answer only requests with an Origin
            if "origin" in request.headers and not await s3_web.bucket_cors_headers(self, ex, response):
                add_cors_headers(ex, response)
            status = response.status_code
            written = write(response, request.method == "HEAD")
            if written is not None:  # the gateway's own server writes whole bodies without a coroutine
                await written
        except ClientDisconnected:
            status = 499
        except asyncio.CancelledError:
            # the connection's task was cancelled (client gone, server stopping): no answer went out
            status = 499
            raise
        except Exception:
            # a streamed body failed after the status line went out: all we can do is cut it short
            log.exception("response stream failed", extra={"fields": {"request_id": ex.context.request_id}})
            raise
        finally:
            end_trace(ex, status)
            self.audit.record(ex)
            log_request(ex, status)

    @property
    def steps(self) -> tuple[Step, ...]:
        return self._steps

    @steps.setter
    def steps(self, steps: tuple[Step, ...]) -> None:
        self._steps = steps
        self._runnable = tuple((step, inspect.iscoroutinefunction(step)) for step in steps)

    async def run(self, ex: Exchange) -> HttpResponse:
        try:
            for step, waits in self._runnable:
                response = step(self, ex)
                if waits or (response is not None and not isinstance(response, HttpResponse)):
                    response = await response  # type: ignore[misc]
                if response is not None:
                    return response
            raise InternalFailure("the pipeline produced no response")
        except ClientDisconnected:
            raise
        except ServiceError as err:
            ex.error_code = err.code
            return self.error_response(ex, err)
        except Exception:
            ex.error_code = "InternalFailure"
            log.exception("unexpected error", extra={"fields": {"request_id": ex.context.request_id}})
            return self.error_response(
                ex, InternalFailure("We encountered an internal error. Please try again.")
            )

    def error_response(self, ex: Exchange, err: ServiceError) -> HttpResponse:
        ex.error = err
        model, protocol = self.error_model_and_protocol(ex)
        operation = ex.route.operation if ex.route is not None else None
        try:
            return self.wire.serialize_error(model, operation, protocol, err, ex.context.request_id)
        except Exception:
            log.exception("error serializer failed", extra={"fields": {"request_id": ex.context.request_id}})
            return _json(500, {"__type": "InternalFailure", "message": "internal error"})

    def error_model_and_protocol(self, ex: Exchange) -> tuple[ServiceModel, WireProtocol]:
        if ex.service_model is not None:
            if ex.route is not None:
                return ex.service_model, ex.route.protocol
            return ex.service_model, self.wire.caller_protocol(ex.context.service, ex.request)
        # no service claimed the request: answer in the form it looks like it expects
        headers = ex.request.headers
        looks_json = "x-amz-target" in headers or "json" in headers.get("content-type", "")
        return self.wire.service_model(FALLBACK_SERVICE), "json" if looks_json else "query"

    async def lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message: Message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.start()
                except Exception as exc:
                    log.exception("startup failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.stop()
                await send({"type": "lifespan.shutdown.complete"})
                return


# --- errors the gateway itself raises, and small constants ----------------------------------------


class UnknownService(ServiceError):
    code = "UnknownService"
    status_code = 400
    sender_fault = True


class ServiceNotRunning(ServiceError):
    """A real AWS service Overcast does not run (not built yet, or left out of OVERCAST_SERVICES).

    501 on purpose: SDKs retry 500/502/503/504, and retrying cannot help here.
    """

    code = "NotImplemented"
    status_code = 501


class ServiceUnavailableNow(ServiceError):
    code = "ServiceUnavailable"
    status_code = 503


INTERNAL_PREFIX = "/_overcast/"
FALLBACK_SERVICE = "sts"
"""Whose model frames errors for requests no service claims (a plain query/JSON error body)."""
CORS_METHODS = "GET, PUT, POST, DELETE, HEAD, PATCH, OPTIONS"
CORS_EXPOSE_HEADERS = ", ".join(
    [
        "x-amz-request-id",
        "x-amzn-RequestId",
        "x-amz-id-2",
        "ETag",
        "x-amz-version-id",
        "x-amz-delete-marker",
        "x-amz-server-side-encryption",
        "Content-Length",
        "Content-Type",
        "Date",
        "Last-Modified",
    ]
)
VERSION = version("overcast-gateway")


def _json(status: int, body: dict[str, Any]) -> HttpResponse:
    return HttpResponse(status, Headers([("Content-Type", "application/json")]), json.dumps(body).encode())
