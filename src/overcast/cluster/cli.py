"""``overcast cluster up|down|status|logs``: argument parsing and output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from overcast_common import compiled

from overcast.cluster.supervisor import Cluster, ClusterConfig, ClusterError


def add_cluster_parser(commands: Any) -> None:
    cluster = commands.add_parser("cluster", help="run the cluster topology on this machine (no Kubernetes)")
    actions = cluster.add_subparsers(dest="action", required=True)
    data_dir_help = "where the cluster keeps its state and logs (default: $OVERCAST_DATA_DIR/cluster or ./.overcast/cluster)"

    up = actions.add_parser("up", help="start Redis, Kafka, PostgreSQL, every service and the gateway")
    up.add_argument("--data-dir", help=data_dir_help)
    up.add_argument(
        "--port", type=int, default=4566, help="the gateway's port (default 4566; 0: any free port)"
    )
    up.add_argument("--services", help="comma-separated services (default: every installed one)")
    up.add_argument(
        "--replicas",
        action="append",
        default=[],
        metavar="SERVICE=N[,SERVICE=N]",
        help=(
            "run N processes of a service (repeatable or comma-separated), e.g. --replicas sqs=2,s3=2; "
            "s3, kinesis, sns and firehose partition their buckets / streams / topics / delivery streams"
        ),
    )
    up.add_argument("--gateways", type=int, default=1, help="gateway processes (default 1)")
    up.add_argument(
        "--log-level", type=str.upper, default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    up.add_argument(
        "--no-tracing",
        dest="tracing",
        action="store_false",
        help="OpenTelemetry off in every process (default: spans go to the X-Ray service over OTLP)",
    )

    down = actions.add_parser("down", help="stop everything `up` started")
    down.add_argument("--data-dir", help=data_dir_help)
    down.add_argument("--grace", type=float, default=10.0, help="seconds between SIGTERM and SIGKILL")
    down.add_argument("--purge", action="store_true", help="also delete all state (data, logs, database)")

    status = actions.add_parser("status", help="each process: pid, port, healthy or not")
    status.add_argument("--data-dir", help=data_dir_help)
    status.add_argument("--json", action="store_true", help="machine-readable output")

    logs = actions.add_parser("logs", help="a process's log (all when no name)")
    logs.add_argument("name", nargs="?")
    logs.add_argument("-f", "--follow", action="store_true")
    logs.add_argument("--data-dir", help=data_dir_help)


def run_cluster_command(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir or Path(os.environ.get("OVERCAST_DATA_DIR") or ".overcast") / "cluster")
    cluster = Cluster(data_dir)
    try:
        if args.action == "up":
            return _up(cluster, args)
        if args.action == "down":
            stopped = cluster.down(args.grace, purge=args.purge)
            print(f"stopped {len(stopped)} processes" + (f": {', '.join(stopped)}" if stopped else ""))
            return 0
        if args.action == "status":
            return _status(cluster, as_json=args.json)
        cluster.logs(args.name, follow=args.follow)
        return 0
    except ClusterError as exc:
        print(f"overcast cluster: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _up(cluster: Cluster, args: argparse.Namespace) -> int:
    replicas = {}
    for item in (part for given in args.replicas for part in given.split(",") if part.strip()):
        name, _, count = item.partition("=")
        count = count.strip()
        if not count.isdigit() or int(count) < 1:
            print(f"overcast cluster: --replicas wants SERVICE=N, got {item!r}", file=sys.stderr)
            return 2
        replicas[name.strip().lower()] = int(count)
    config = ClusterConfig(cluster.data_dir, port=args.port, replicas=replicas, gateways=args.gateways)
    config.log_level = args.log_level
    config.tracing = args.tracing
    if args.services:
        config.services = tuple(s.strip().lower() for s in args.services.split(",") if s.strip())
    seconds = cluster.up(config)
    print(f"overcast cluster is up in {seconds:.1f}s: {cluster.endpoint}")
    for endpoint in cluster.endpoints[1:]:
        print(f"  another gateway: {endpoint}")
    for proc in cluster.procs:
        for listener, port in (proc.extra.get("listeners") or {}).items():
            print(f"  {proc.name} {listener}: 127.0.0.1:{port}")
    print(f"  state and logs: {cluster.data_dir}")
    print(f"  python: {compiled.status}")  # what this checkout's processes run (mypyc-compiled or not)
    return 0


def _status(cluster: Cluster, *, as_json: bool) -> int:
    rows = cluster.status()
    if as_json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print(f"no cluster in {cluster.data_dir}")
    else:
        print(f"{'NAME':<12} {'KIND':<8} {'PID':>8} {'PORT':>6} {'HEALTH':>6}  {'STATE':<9} OTHER PORTS")
        for r in rows:
            pid = r["pid"] or "-"
            health = r["health_port"] or "-"
            listeners = " ".join(f"{k}={v}" for k, v in (r["listeners"] or {}).items())
            line = f"{r['name']:<12} {r['kind']:<8} {pid:>8} {r['port']:>6} {health:>6}  {r['state']:<9}"
            print(f"{line} {listeners}".rstrip())
    return 0 if rows and all(r["state"] == "healthy" for r in rows) else 1
