"""Run the gateway under uvicorn until SIGINT/SIGTERM (`overcast serve`, `python -m overcast_gateway`)."""

from __future__ import annotations

import logging
import signal

from overcast_common.config import Settings
from overcast_common.logs import configure_logging, flush_logs

log = logging.getLogger("overcast")


def run(settings: Settings) -> int:
    """Serve until stopped; returns the process exit status (0 after a clean stop)."""
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
    log.info(
        "starting overcast",
        extra={
            "fields": {
                "host": settings.host,
                "port": settings.port,
                "data_dir": str(settings.data_dir),
                "services": list(settings.services),
                "remote": dict(settings.service_addresses),
            }
        },
    )
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
