"""The ``overcast`` command.

``overcast serve`` runs the gateway and every service in one process (embedded mode), state under
the data directory. Flags override ``OVERCAST_*`` environment variables, which override defaults.

``overcast service <name>`` runs one service as its own process (cluster mode; as
``python -m overcast_<name>``). ``overcast cluster up|down|status|logs`` runs the whole cluster topology
on loopback (``overcast.cluster``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from overcast_common.config import ConfigError, Settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command == "cluster":
        from overcast.cluster.cli import run_cluster_command

        return run_cluster_command(args)
    if args.command == "service":
        from overcast_common.servicehost import main as run_service

        return run_service(args.name)
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
    from overcast_gateway.server import run

    return run(settings)


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
    service = commands.add_parser("service", help="run one service as its own process (cluster mode)")
    service.add_argument("name", help="the service (sts, sqs, ...); configured by OVERCAST_* variables")
    from overcast.cluster.cli import add_cluster_parser

    add_cluster_parser(commands)
    return parser
