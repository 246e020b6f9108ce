"""Run the gateway under uvicorn until SIGINT/SIGTERM (`overcast serve`, `python -m overcast_gateway`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from typing import TYPE_CHECKING

from overcast_common import compiled
from overcast_common.config import Settings
from overcast_common.logs import configure_logging, flush_logs

if TYPE_CHECKING:
    from overcast_gateway.pipeline import Gateway

log = logging.getLogger("overcast")


def run(settings: Settings) -> int:
    """Serve until stopped; returns the process exit status (0 after a clean stop).

    The gateway's own HTTP server (``httpserver``) by default; ``OVERCAST_HTTP_SERVER=uvicorn`` serves
    the same ASGI app under uvicorn instead (a fallback while the own server is new)."""
    if os.environ.get("OVERCAST_HTTP_SERVER", "").lower() == "uvicorn":
        return run_uvicorn(settings)
    import uvloop

    from overcast_gateway.pipeline import Gateway
    from overcast_gateway.services import ServiceRegistry

    configure_logging(settings.log_level)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = Gateway(settings, ServiceRegistry(settings))
    _log_start(settings)
    try:
        return uvloop.run(_serve(app, settings))
    finally:
        flush_logs()


async def _serve(app: Gateway, settings: Settings) -> int:
    from overcast_gateway.httpserver import serve

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def stopped(sig: signal.Signals) -> None:
        if not stop.is_set():
            log.info("overcast stopped", extra={"fields": {"signal": sig.name}})
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopped, sig)
    try:
        await app.start()
    except Exception:
        log.exception("startup failed")
        with contextlib.suppress(Exception):
            await app.stop()
        return 1
    try:
        await serve(app.respond, settings.host, settings.port, stop, graceful_s=10)
    except OSError:
        log.exception("could not listen", extra={"fields": {"host": settings.host, "port": settings.port}})
        return 1
    finally:
        await app.stop()
    return 0


def _log_start(settings: Settings) -> None:
    log.info(
        "starting overcast",
        extra={
            "fields": {
                "host": settings.host,
                "port": settings.port,
                "data_dir": str(settings.data_dir),
                "services": list(settings.services),
                "remote": dict(settings.service_addresses),
                "python": compiled.status,  # mypyc-compiled hot modules or interpreted, and why
            }
        },
    )


def run_uvicorn(settings: Settings) -> int:
    """The same gateway as an ASGI app under uvicorn."""
    import uvicorn

    from overcast_gateway.coalesce import CoalescingHttpToolsProtocol
    from overcast_gateway.pipeline import Gateway
    from overcast_gateway.services import ServiceRegistry

    configure_logging(settings.log_level)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = Gateway(settings, ServiceRegistry(settings))
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        loop="uvloop",
        http=CoalescingHttpToolsProtocol,  # httptools, one socket write per response
        lifespan="on",
        access_log=False,  # the gateway logs one JSON line per request itself
        # no X-Forwarded-* rewriting layer per request (the gateway is the edge), no "server: uvicorn";
        # Date stays (AWS sends it; uvicorn formats it once a second)
        proxy_headers=False,
        server_header=False,
        log_config=None,
        timeout_graceful_shutdown=10,
    )
    _log_start(settings)
    server = uvicorn.Server(config)
    # uvicorn drains in-flight requests and runs lifespan shutdown on SIGINT/SIGTERM, then re-raises
    # the signal to whatever handler was installed before it; ours makes that a clean exit (status 0,
    # no KeyboardInterrupt traceback on Ctrl-C)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stopped_by_signal)
    try:
        server.run()
    finally:
        flush_logs()
    return 0 if server.started else 1


def _stopped_by_signal(signum: int, frame: object) -> None:
    log.info("overcast stopped", extra={"fields": {"signal": signal.Signals(signum).name}})
