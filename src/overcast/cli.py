"""The ``overcast`` command.

``overcast serve`` runs the gateway and every service in one process (embedded mode), state under
the data directory. Flags override ``OVERCAST_*`` environment variables, which override defaults.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence

from overcast_common.config import ConfigError, Settings
from overcast_common.logs import configure_logging

log = logging.getLogger("overcast")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        settings = Settings.from_env().override(
            host=args.host,
            port=args.port,
            data_dir=args.data_dir,
            log_level=args.log_level,
            services=args.services,
            unknown_keys=args.unknown_keys,
        )
    except ConfigError as exc:
        print(f"overcast: {exc}", file=sys.stderr)
        return 2
    return serve(settings)


def serve(settings: Settings) -> int:
    import uvicorn
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
        http="httptools",
        lifespan="on",
        access_log=False,  # the gateway logs one JSON line per request itself
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
            }
        },
    )
    server = uvicorn.Server(config)
    # uvicorn drains in-flight requests and runs lifespan shutdown on SIGINT/SIGTERM, then re-raises
    # the signal to whatever handler was installed before it; ours makes that a clean exit (status 0,
    # no KeyboardInterrupt traceback on Ctrl-C)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stopped_by_signal)
    server.run()
    return 0 if server.started else 1


def _stopped_by_signal(signum: int, frame: object) -> None:
    log.info("overcast stopped", extra={"fields": {"signal": signal.Signals(signum).name}})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="overcast", description="The whole AWS sky on your own machine.")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="run the gateway and all services in one process")
    serve.add_argument("--host", help="interface to listen on (OVERCAST_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (OVERCAST_PORT, default 4566)")
    serve.add_argument("--data-dir", help="where state is kept (OVERCAST_DATA_DIR, default ./.overcast)")
    serve.add_argument("--services", help="comma-separated services to run (OVERCAST_SERVICES, default all)")
    serve.add_argument(
        "--unknown-keys",
        choices=["accept", "reject"],
        help="access keys Overcast never issued (OVERCAST_UNKNOWN_KEYS, default accept)",
    )
    serve.add_argument(
        "--log-level",
        type=str.upper,
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="OVERCAST_LOG_LEVEL, default INFO",
    )
    return parser
