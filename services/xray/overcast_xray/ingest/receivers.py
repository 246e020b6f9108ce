"""The listeners that feed the Ingestor: OTLP over gRPC (``TraceService/Export``) and HTTP
(``POST /v1/traces``, protobuf or JSON), and the X-Ray daemon's port (UDP segment datagrams, plus the
TCP side SDKs ask for sampling rules and targets, as the real daemon proxies them to the API).

Ports come from the environment: ``OVERCAST_XRAY_OTLP_GRPC_PORT`` (4317), ``OVERCAST_XRAY_OTLP_HTTP_PORT``
(4318), ``OVERCAST_XRAY_DAEMON_PORT`` (2000); ``0`` picks a free port, ``-1``/``off`` disables. A default
port that is already taken (another Overcast, a real collector) is skipped with a warning; a port asked
for explicitly that cannot be bound fails the start.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Handler
from overcast_common.errors import InternalFailure, ServiceError
from overcast_common.http import Headers, HttpRequest, HttpResponse
from overcast_common.identity import root_principal

from overcast_xray.ingest import Ingestor
from overcast_xray.ingest.httpserver import start_http
from overcast_xray.ingest.otlp import Options, convert, request_from_json
from overcast_xray.provider import validate_documents

log = logging.getLogger("overcast.xray")

PORTS = {
    "otlp_grpc": ("OVERCAST_XRAY_OTLP_GRPC_PORT", 4317),
    "otlp_http": ("OVERCAST_XRAY_OTLP_HTTP_PORT", 4318),
    "daemon": ("OVERCAST_XRAY_DAEMON_PORT", 2000),
}
UDP_BUFFER_BYTES = 4 * 1024 * 1024


class ListenerConfigError(ValueError):
    pass


@dataclass(frozen=True)
class PortChoice:
    port: int | None
    """None: disabled."""
    explicit: bool


def port_choices(environ: Mapping[str, str] | None = None) -> dict[str, PortChoice]:
    env = os.environ if environ is None else environ
    out = {}
    for name, (var, default) in PORTS.items():
        raw = env.get(var, "").strip().lower()
        if not raw:
            out[name] = PortChoice(default, False)
        elif raw in ("-1", "off", "false", "disabled", "none"):
            out[name] = PortChoice(None, True)
        else:
            try:
                port = int(raw)
            except ValueError:
                raise ListenerConfigError(f"{var} must be a port number, 0 or off; got {raw!r}") from None
            if not 0 <= port <= 65535:
                raise ListenerConfigError(f"{var} out of range: {port}")
            out[name] = PortChoice(port, True)
    return out


@dataclass
class Receivers:
    """The running listeners; ``ports`` says where each one listens (absent: not running)."""

    ports: dict[str, int] = field(default_factory=dict)
    _closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def close(self) -> None:
        for close in reversed(self._closers):
            with contextlib.suppress(Exception):
                await close()
        self._closers.clear()


async def start_receivers(
    ingestor: Ingestor,
    handler: Handler,
    host: str,
    *,
    environ: Mapping[str, str] | None = None,
) -> Receivers:
    env = os.environ if environ is None else environ
    choices = port_choices(env)
    options = Options.from_env(env.get("OVERCAST_XRAY_INDEXED_ATTRIBUTES"))
    receivers = Receivers()
    starters: dict[str, Callable[[int], Awaitable[tuple[int, Callable[[], Awaitable[None]]]]]] = {
        "otlp_grpc": lambda port: _start_grpc(ingestor, options, host, port),
        "otlp_http": lambda port: _start_otlp_http(ingestor, options, host, port),
        "daemon": lambda port: _start_daemon(ingestor, handler, host, port),
    }
    try:
        for name, choice in choices.items():
            if choice.port is None:
                continue
            try:
                bound, close = await starters[name](choice.port)
            except OSError as exc:
                if choice.explicit:
                    raise
                log.warning(
                    "xray listener not started: port busy",
                    extra={"fields": {"listener": name, "port": choice.port, "error": str(exc)}},
                )
                continue
            receivers.ports[name] = bound
            receivers._closers.append(close)
    except BaseException:
        await receivers.close()
        raise
    log.info("xray listeners", extra={"fields": {"host": host, **receivers.ports}})
    return receivers


# --- OTLP/gRPC --------------------------------------------------------------------------------------


async def _start_grpc(
    ingestor: Ingestor, options: Options, host: str, port: int
) -> tuple[int, Callable[[], Awaitable[None]]]:
    import grpc
    from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc

    class TraceService(trace_service_pb2_grpc.TraceServiceServicer):
        async def Export(self, request: Any, context: Any) -> Any:
            records, rejected = convert(request, options)
            await ingestor.write(records)
            ingestor.rejected += rejected
            response = trace_service_pb2.ExportTraceServiceResponse()
            if rejected:
                response.partial_success.rejected_spans = rejected
                response.partial_success.error_message = f"{rejected} spans could not be converted"
            return response

    # no SO_REUSEPORT: a second process must fail to bind a taken port, not share it silently
    server = grpc.aio.server(options=[("grpc.so_reuseport", 0)])
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(TraceService(), server)  # type: ignore[no-untyped-call]
    try:
        bound = server.add_insecure_port(f"{host}:{port}")
    except RuntimeError as exc:
        raise OSError(f"cannot bind {host}:{port}: {exc}") from exc
    if bound == 0:
        raise OSError(f"cannot bind {host}:{port}")
    await server.start()

    async def close() -> None:
        await server.stop(1.0)

    return bound, close


# --- OTLP/HTTP --------------------------------------------------------------------------------------


def otlp_http_app(ingestor: Ingestor, options: Options) -> Callable[[HttpRequest], Awaitable[HttpResponse]]:
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
        ExportTraceServiceRequest,
        ExportTraceServiceResponse,
    )

    async def app(request: HttpRequest) -> HttpResponse:
        if request.path.rstrip("/") != "/v1/traces":
            return _text(404, "not found")
        if request.method != "POST":
            return _text(405, "method not allowed")
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        as_json = ctype == "application/json"
        if ctype not in ("application/x-protobuf", "application/protobuf", "application/json"):
            return _text(415, f"unsupported content type {ctype!r}")
        try:
            if as_json:
                export = request_from_json(request.body)
            else:
                export = ExportTraceServiceRequest()
                export.ParseFromString(request.body)
        except Exception as exc:  # undecodable input is the sender's problem, answered with 400
            return _text(400, f"cannot decode the OTLP request: {type(exc).__name__}")
        records, rejected = convert(export, options)
        await ingestor.write(records)
        ingestor.rejected += rejected
        if as_json:
            body: dict[str, Any] = {}
            if rejected:
                body["partialSuccess"] = {"rejectedSpans": str(rejected)}
            return HttpResponse(
                200, Headers([("content-type", "application/json")]), json.dumps(body).encode()
            )
        response = ExportTraceServiceResponse()
        if rejected:
            response.partial_success.rejected_spans = rejected
        return HttpResponse(
            200, Headers([("content-type", "application/x-protobuf")]), response.SerializeToString()
        )

    return app


async def _start_otlp_http(
    ingestor: Ingestor, options: Options, host: str, port: int
) -> tuple[int, Callable[[], Awaitable[None]]]:
    server = await start_http(otlp_http_app(ingestor, options), host, port)
    return _server_port(server), _closer(server)


# --- the daemon: UDP segments, TCP sampling proxy ---------------------------------------------------


class DaemonProtocol(asyncio.DatagramProtocol):
    """``{"format": "json", "version": 1}\\n<segment document>`` per datagram, as the SDKs emit."""

    def __init__(self, ingestor: Ingestor) -> None:
        self.ingestor = ingestor

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        header, sep, body = data.partition(b"\n")
        try:
            parsed = json.loads(header)
        except ValueError:
            parsed = None
        if not sep or not isinstance(parsed, dict) or parsed.get("format") != "json":
            self.ingestor.rejected += 1
            return
        records, unprocessed = validate_documents([body.decode("utf-8", "replace")])
        self.ingestor.rejected += len(unprocessed)
        self.ingestor.submit(records)


def daemon_app(
    handler: Handler, account_id: str, region: str
) -> Callable[[HttpRequest], Awaitable[HttpResponse]]:
    """The X-Ray API (rest-json) unsigned on the daemon's TCP port: what SDKs call for sampling."""
    from overcast_common.protocol.models import service_model
    from overcast_common.protocol.parsers import parse_request
    from overcast_common.protocol.router import detect_operation
    from overcast_common.protocol.serializers import serialize_error, serialize_response

    model = service_model("xray")

    async def app(request: HttpRequest) -> HttpResponse:
        request_id = str(uuid.uuid4())
        operation = None
        try:
            route = detect_operation("xray", request)
            operation = route.operation
            params = parse_request(operation, "rest-json", request, dict(route.uri_params))
            context = RequestContext(
                request_id=request_id,
                service="xray",
                operation=operation.name,
                protocol="rest-json",
                region=region,
                account_id=account_id,
                principal=root_principal(account_id),
            )
            result = await handler(context, params)
            return serialize_response(operation, "rest-json", result, request_id)
        except ServiceError as err:
            return serialize_error(model, operation, "rest-json", err, request_id)
        except Exception:
            log.exception("xray daemon proxy call failed")
            return serialize_error(
                model, operation, "rest-json", InternalFailure("internal error"), request_id
            )

    return app


async def _start_daemon(
    ingestor: Ingestor, handler: Handler, host: str, port: int
) -> tuple[int, Callable[[], Awaitable[None]]]:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: DaemonProtocol(ingestor), local_addr=(host, port)
    )
    bound = int(transport.get_extra_info("sockname")[1])
    sock = transport.get_extra_info("socket")
    with contextlib.suppress(OSError):  # room for bursts while the loop is busy (the kernel may cap it)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, UDP_BUFFER_BYTES)
    tcp: asyncio.Server | None = None
    try:
        tcp = await start_http(daemon_app(handler, ingestor.account_id, ingestor.region), host, bound)
    except OSError as exc:
        log.warning(
            "xray daemon: no TCP sampling endpoint (port busy)",
            extra={"fields": {"port": bound, "error": str(exc)}},
        )

    async def close() -> None:
        transport.close()
        if tcp is not None:
            await _closer(tcp)()

    return bound, close


def _server_port(server: asyncio.Server) -> int:
    return int(server.sockets[0].getsockname()[1])


def _closer(server: asyncio.Server) -> Callable[[], Awaitable[None]]:
    async def close() -> None:
        server.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(server.wait_closed(), 2)

    return close


def _text(status: int, text: str) -> HttpResponse:
    return HttpResponse(status, Headers([("content-type", "text/plain")]), text.encode())
