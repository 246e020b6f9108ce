"""Run one service as its own process (cluster mode): ``python -m overcast_<name>``, ``overcast service <name>``.

The process serves, on ``OVERCAST_HOST``:

- gRPC on ``OVERCAST_PORT``: ``overcast.dispatch.v1`` (the API calls), ``grpc.health.v1`` and
  ``overcast.control.v1`` (describe, reset, credential lookup: ``overcast_common.control``);
- HTTP on ``OVERCAST_HEALTH_PORT`` (default 8080; ``0`` picks a free port): ``GET /ready`` (200 while
  serving, 503 while starting or draining), ``GET /live`` (200 while the event loop answers), both also
  as ``/health/ready`` and ``/health/live``, and ``GET /metrics`` (Prometheus text: calls and latency
  per operation and outcome).

The service itself is the package's ``embedded.start(settings)``: the very object embedded mode runs in
the gateway's process, so both modes run the same code. SIGTERM (what Kubernetes sends) and Ctrl-C
turn readiness off, let in-flight calls finish (``GRACE_SECONDS``), then close the service's stores.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import signal
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Protocol

from overcast_common import compiled
from overcast_common.config import ConfigError, Settings
from overcast_common.context import RequestContext
from overcast_common.control import ANY_KEY, Description, control_rpc_handler
from overcast_common.dispatch.interface import Handler, Params
from overcast_common.errors import ServiceError, ServiceUnavailable
from overcast_common.identity import Credential, CredentialProvider
from overcast_common.logs import configure_logging
from overcast_common.telemetry import configure_telemetry, shutdown_telemetry

log = logging.getLogger("overcast.servicehost")

GRACE_SECONDS = 10.0
DEFAULT_HEALTH_PORT = 8080
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class HostedService(Protocol):
    """What a package's ``embedded.start(settings)`` returns (as the gateway's ``EmbeddedService``)."""

    @property
    def handler(self) -> Handler: ...

    @property
    def credentials(self) -> CredentialProvider | None: ...

    async def reset(self) -> None: ...

    async def close(self) -> None: ...


ServiceStarter = Callable[[Settings], Awaitable[HostedService]]


def health_port(environ: dict[str, str] | None = None) -> int:
    value = (os.environ if environ is None else environ).get("OVERCAST_HEALTH_PORT", "").strip()
    if not value:
        return DEFAULT_HEALTH_PORT
    try:
        port = int(value)
    except ValueError:
        raise ConfigError(f"OVERCAST_HEALTH_PORT must be a port number, got {value!r}") from None
    if not 0 <= port <= 65535:
        raise ConfigError(f"OVERCAST_HEALTH_PORT out of range: {port}")
    return port


# --- metrics ----------------------------------------------------------------------------------------


@dataclass
class _Series:
    count: int = 0
    total: float = 0.0
    buckets: list[int] = field(default_factory=lambda: [0] * len(LATENCY_BUCKETS))


class Metrics:
    """Calls and latency per (service, operation, outcome); ``outcome`` is ``ok`` or the AWS error code."""

    def __init__(self) -> None:
        self.started = time.time()
        self._series: dict[tuple[str, str, str], _Series] = {}

    def observe(self, service: str, operation: str, outcome: str, seconds: float) -> None:
        series = self._series.setdefault((service, operation, outcome), _Series())
        series.count += 1
        series.total += seconds
        for i, bound in enumerate(LATENCY_BUCKETS):
            if seconds <= bound:
                series.buckets[i] += 1

    def count(self, service: str, operation: str, outcome: str = "ok") -> int:
        series = self._series.get((service, operation, outcome))
        return series.count if series else 0

    def render(self) -> str:
        """The Prometheus text exposition format (version 0.0.4)."""
        lines = [
            "# HELP overcast_process_start_time_seconds Start time of the process since the Unix epoch.",
            "# TYPE overcast_process_start_time_seconds gauge",
            f"overcast_process_start_time_seconds {self.started:.3f}",
            "# HELP overcast_requests_total AWS API calls handled, by operation and outcome.",
            "# TYPE overcast_requests_total counter",
        ]
        items = sorted(self._series.items())
        for (service, operation, outcome), s in items:
            lines.append(f"overcast_requests_total{{{_labels(service, operation, outcome)}}} {s.count}")
        lines += [
            "# HELP overcast_request_duration_seconds Time to handle one AWS API call in the service.",
            "# TYPE overcast_request_duration_seconds histogram",
        ]
        for (service, operation, outcome), s in items:
            labels = _labels(service, operation, outcome)
            for bound, n in zip(LATENCY_BUCKETS, s.buckets, strict=True):
                lines.append(f'overcast_request_duration_seconds_bucket{{{labels},le="{bound}"}} {n}')
            lines.append(f'overcast_request_duration_seconds_bucket{{{labels},le="+Inf"}} {s.count}')
            lines.append(f"overcast_request_duration_seconds_sum{{{labels}}} {s.total:.6f}")
            lines.append(f"overcast_request_duration_seconds_count{{{labels}}} {s.count}")
        return "\n".join(lines) + "\n"


def _labels(service: str, operation: str, outcome: str) -> str:
    def esc(v: str) -> str:
        return v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    return f'service="{esc(service)}",operation="{esc(operation)}",outcome="{esc(outcome)}"'


BACKEND_UNAVAILABLE = frozenset(
    {
        "redis.exceptions.ConnectionError",
        "redis.exceptions.TimeoutError",
        "redis.exceptions.BusyLoadingError",
        "sqlalchemy.exc.OperationalError",
        "sqlalchemy.exc.InterfaceError",
        "asyncpg.exceptions._base.InterfaceError",
        "asyncpg.exceptions.CannotConnectNowError",
        "asyncpg.exceptions.ConnectionDoesNotExistError",
        "asyncpg.exceptions.AdminShutdownError",
    }
)
"""Exceptions (by class, matched by name so no driver is imported) that mean a backend cannot be reached."""


def backend_unavailable(exc: BaseException) -> bool:
    """True when ``exc`` says a backend (Redis, PostgreSQL, Kafka) is unreachable, not that the call is bad."""
    if isinstance(exc, OSError):  # ConnectionRefusedError, ConnectionResetError, TimeoutError...
        return True
    return any(f"{cls.__module__}.{cls.__qualname__}" in BACKEND_UNAVAILABLE for cls in type(exc).__mro__)


def instrumented(handler: Handler, metrics: Metrics) -> Handler:
    """``handler`` recording each call's outcome and latency in ``metrics``.

    A backend that cannot be reached (Redis restarting, PostgreSQL failing over) is ``ServiceUnavailable``
    (503, which SDKs retry) rather than ``InternalFailure`` (500): the call may well succeed in a moment.
    """

    async def run(context: RequestContext, params: Params) -> Params:
        started = time.perf_counter()
        outcome = "InternalFailure"
        try:
            result = await handler(context, params)
            outcome = "ok"
            return result
        except ServiceError as err:
            outcome = err.code
            raise
        except Exception as exc:
            if not backend_unavailable(exc):
                raise
            outcome = "ServiceUnavailable"
            log.warning(
                "backend unavailable",
                extra={
                    "fields": {
                        "service": context.service,
                        "operation": context.operation,
                        "request_id": context.request_id,
                        "error": f"{type(exc).__name__}: {exc}",
                    }
                },
            )
            raise ServiceUnavailable("A backend of this service is unavailable. Please try again.") from exc
        finally:
            metrics.observe(context.service, context.operation, outcome, time.perf_counter() - started)

    return run


# --- the HTTP side: probes and metrics ----------------------------------------------------------------


class HttpSide:
    """A deliberately tiny HTTP/1.1 server (GET only, one request per connection): probes and scrapes."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.ready = False
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self, host: str, port: int) -> None:
        self._server = await asyncio.start_server(self._serve, host, port)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def respond(self, method: str, path: str) -> tuple[int, str, str]:
        """(status, content type, body) for one request."""
        path = path.split("?", 1)[0].rstrip("/") or "/"
        path = path.removeprefix("/health") if path in ("/health/ready", "/health/live") else path
        if method not in ("GET", "HEAD"):
            return 405, "text/plain", "method not allowed\n"
        if path == "/live":
            return 200, "text/plain", "live\n"
        if path == "/ready":
            return (200, "text/plain", "ready\n") if self.ready else (503, "text/plain", "not ready\n")
        if path == "/metrics":
            return 200, "text/plain; version=0.0.4; charset=utf-8", self.metrics.render()
        return 404, "text/plain", "not found\n"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
            method, path, *_ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
            status, ctype, text = self.respond(method, path)
            body = text.encode()
            reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}
            writer.write(
                f"HTTP/1.1 {status} {reason.get(status, '')}\r\nContent-Type: {ctype}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode("latin-1")
                + (b"" if method == "HEAD" else body)
            )
            await writer.drain()
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
            pass  # a probe that hung up or sent garbage gets nothing
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


# --- the control API's target ----------------------------------------------------------------------


class _Control:
    def __init__(self, name: str, service: HostedService) -> None:
        self.name = name
        self.service = service

    def describe(self) -> Description:
        credentials = self.service.credentials
        prefixes: tuple[str, ...] = ()
        if credentials is not None:
            # a provider that says which keys it issues is asked only about those (STS: "ASIA")
            prefixes = tuple(getattr(credentials, "key_prefixes", (ANY_KEY,)))
        return Description((self.name,), prefixes, version("overcast-common"))

    async def reset(self, services: Sequence[str]) -> list[str]:
        if services and self.name not in services:
            return []
        await self.service.reset()
        log.info("state reset", extra={"fields": {"service": self.name}})
        return [self.name]

    async def lookup_credential(self, access_key_id: str) -> Credential | None:
        credentials = self.service.credentials
        return None if credentials is None else await credentials.lookup(access_key_id)


# --- the process ---------------------------------------------------------------------------------


def embedded_starter(name: str) -> ServiceStarter:
    module = importlib.import_module(f"overcast_{name}.embedded")
    start: ServiceStarter = module.start
    return start


async def run(
    name: str, settings: Settings, *, http_port: int, stopping: asyncio.Event | None = None
) -> None:
    """Serve ``name`` until ``stopping`` is set (by default: until SIGTERM or SIGINT)."""
    from overcast_common.dispatch import serve_grpc

    if stopping is None:
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stopping.set)
    metrics = Metrics()
    http = HttpSide(metrics)
    await http.start(settings.host, http_port)  # first, so liveness answers while the service starts
    service = await embedded_starter(name)(settings)
    try:
        server = await serve_grpc(
            {name: instrumented(service.handler, metrics)}, settings.host, settings.port
        )
        # serve_grpc has no parameter for extra services yet; the grpc.aio server looks its handlers up per
        # call, and no call can have been served between its start and this line (no await in between)
        server._server.add_generic_rpc_handlers((control_rpc_handler(_Control(name, service)),))
        http.ready = True
        log.info(
            "service serving",
            extra={
                "fields": {
                    "service": name,
                    "host": settings.host,
                    "port": server.port,
                    "http_port": http.port,
                    "python": compiled.status,  # mypyc-compiled hot modules or interpreted, and why
                }
            },
        )
        await stopping.wait()
        http.ready = False
        log.info("service draining", extra={"fields": {"service": name, "grace_s": GRACE_SECONDS}})
        await server.stop(GRACE_SECONDS)
    finally:
        await service.close()
        await http.close()
    log.info("service stopped", extra={"fields": {"service": name}})


def main(name: str) -> int:
    """Entry point of ``python -m overcast_<name>``: settings from ``OVERCAST_*``, serve until signalled."""
    try:
        settings = Settings.from_env()
        port = health_port()
    except ConfigError as exc:
        print(f"overcast_{name}: {exc}", flush=True)
        return 2
    configure_logging(settings.log_level)
    configure_telemetry(f"overcast-{name}", settings)
    try:
        asyncio.run(run(name, settings, http_port=port))
    finally:
        shutdown_telemetry()  # export the spans still queued
    return 0
