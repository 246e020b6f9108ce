"""Throughput/latency of Overcast in cluster mode (Kafka = Tansu, Redis, PostgreSQL, one process per service)
next to the embedded server, ministack and moto_server, same run: issue 7's "on the embedded log and on Kafka".

``overcast cluster`` is started by this script (through a small holder process, see ``hold``) with every
process - gateway, services *and* the backends - pinned to CPU 0 (affinity is inherited from the holder;
``--backend-cpus`` moves Tansu, Redis and PostgreSQL elsewhere), the load on CPU 1, then the shared harness
(``awsbench.py``) drives it with ``--server-pid <holder>``: awsbench sums the CPU of that pid's whole
process tree, so *server CPU* for the cluster is everything the cluster runs, in the harness's own
measuring window. By default the cluster is one more server in ``run.py``'s interleaved rounds (see
``interleave.py``: all servers up at once, one awsbench run per server per scenario per round, order
rotated); ``--sequential`` runs it and then each other server for its whole scenario list, as before. A
per-process split (gateway, each service, each backend) is read from /proc around every awsbench call
(setup, load and verification; summed per scenario over rounds) and reported as shares. The other servers
run exactly as ``bench/run.py`` runs them (its helpers, imported). Zero loss is awsbench's verification
(kinesis-put reads every shard back; sns-publish-to-sqs drains both queues).

    python3 bench/run_cluster.py                   # 4 servers x kinesis-put, sns-publish-to-sqs, sqs-send, s3-put-4k
    python3 bench/run_cluster.py --servers overcast-cluster --scenarios kinesis-put --duration 5 --repeat 1

Results in ``--out``: ``<server>.json`` (awsbench's shape; the cluster's plus ``cluster`` with the
per-process split), logs, and ``summary.md`` (``run.py``'s tables plus the split).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import interleave
from proctree import children, parse_cpus, pin_all_threads, spawn_pinned, stop_tree, tree_cpu_s, tree_rss_mib

# bench/ is not a package: run.py beside this file is importable as a script's neighbour (as run_sqs.py does)
from run import (
    COMPETITORS,
    KAFKA_EMBEDDED,
    REPO,
    SERVERS,
    add_mode_flags,
    ensure_venv,
    find_awsbench,
    machine,
    overcast_revision,
    run_one,
    spawn_command,
    start_server,
    summary,
    versions,
)

CLUSTER = "overcast-cluster"
ALL_SERVERS = (CLUSTER, KAFKA_EMBEDDED, *SERVERS)
SCENARIOS = ("kinesis-put", "sns-publish-to-sqs", "sqs-send", "s3-put-4k")
READY_FILE = "holder-ready"
BACKENDS = ("kafka", "redis", "postgres")


# --- the cluster, held by one process so awsbench can watch its tree -------------------------------


def hold(data_dir: Path, port: int, services: str | None) -> int:
    """Run by the project's venv: ``overcast cluster up`` as a library call (so the Overcast processes get
    the bench settings through ``extra_env``), then wait for SIGTERM and take it down."""
    from overcast.cluster import Cluster, ClusterConfig
    from overcast.cluster.env import is_address_like

    # the settings run.py gives the embedded server, and the caller's OVERCAST_* tuning (log level, HTTP
    # server...): cluster processes get a clean environment otherwise
    _, bench_env = spawn_command("overcast", port, Path("/nonexistent"), data_dir)
    given = {k: v for k, v in os.environ.items() if k.startswith("OVERCAST_") and not is_address_like(k)}
    config = ClusterConfig(data_dir, port=port, extra_env={**given, **bench_env})
    config.log_level = os.environ.get("OVERCAST_LOG_LEVEL", "INFO").upper()
    if services:
        config.services = tuple(s for s in services.split(",") if s)
    cluster = Cluster(data_dir)
    stopping = False

    def on_term(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    try:
        seconds = cluster.up(config)
        (data_dir / READY_FILE).write_text(json.dumps({"up_s": seconds, "endpoint": cluster.endpoint}))
        while not stopping:
            time.sleep(0.2)
    finally:
        cluster.down(grace=5.0)
        # the state is throwaway (run.py's servers get temporary directories too); the logs are kept
        if (data_dir / "logs").is_dir():
            shutil.copytree(data_dir / "logs", data_dir.parent / "cluster-logs", dirs_exist_ok=True)
        cluster.down(purge=True)
    return 0


def _gateway_ok(endpoint: str) -> bool:
    try:
        with urllib.request.urlopen(f"{endpoint}/_overcast/health", timeout=2) as r:
            return int(r.status) == 200
    except OSError:
        return False


def _processes(data_dir: Path) -> list[dict[str, Any]]:
    procs: list[dict[str, Any]] = json.loads((data_dir / "cluster.json").read_text())["processes"]
    return procs


def _cpu_by_process(data_dir: Path) -> dict[str, float]:
    kids = children()
    return {p["name"]: tree_cpu_s(p["pid"], kids) for p in _processes(data_dir)}


def start_cluster(args: argparse.Namespace, port: int) -> interleave.Running:
    """The cluster under its holder, pinned, up and settled; ``around_run`` records each process's CPU over
    every awsbench call (summed per scenario over rounds) into ``extra["cluster"]``."""
    data_dir = args.out / "cluster-data"
    log = args.out / f"{CLUSTER}.log"
    server_cpus = parse_cpus(args.server_cpus)
    command = [
        str(REPO / ".venv/bin/python"), __file__, "hold",
        "--data-dir", str(data_dir), "--port", str(port),
    ]  # fmt: skip
    if args.services:
        command += ["--services", args.services]
    print(f"\n== {CLUSTER}: {' '.join(command)} (CPUs {args.server_cpus})", flush=True)
    began = time.monotonic()
    holder = spawn_pinned(command, log, server_cpus)  # the whole cluster inherits the affinity

    def stop() -> list[str]:
        # the holder takes the cluster down on SIGTERM (`cluster down`, then purge): give it time
        return stop_tree(holder, signal.SIGTERM, grace=120)

    cluster: dict[str, Any] = {"per_scenario": {}}
    try:
        ready = data_dir / READY_FILE
        while not ready.exists():
            if holder.poll() is not None:
                sys.exit(f"overcast cluster did not start; see {log} and {args.out / 'cluster-logs'}")
            if time.monotonic() - began > 300:
                sys.exit(f"overcast cluster not up in 300 s; see {log}")
            time.sleep(0.1)
        endpoint = json.loads(ready.read_text())["endpoint"]
        while not _gateway_ok(endpoint):
            time.sleep(0.05)
        cold = {"first_ok_s": round(time.monotonic() - began, 3)}
        if args.backend_cpus and args.backend_cpus != args.server_cpus:
            kids = children()
            for p in _processes(data_dir):
                if p["name"] in BACKENDS:
                    pin_all_threads(p["pid"], parse_cpus(args.backend_cpus), kids)
        procs = _processes(data_dir)
        cluster["processes"] = {p["name"]: p["pid"] for p in procs}
        cluster["backend_cpus"] = args.backend_cpus or args.server_cpus
        time.sleep(args.idle_settle)
        kids = children()
        idle = {"rss_mib": tree_rss_mib(holder.pid, kids)}
        cluster["idle_rss_mib"] = {p["name"]: tree_rss_mib(p["pid"], kids) for p in procs}
    except BaseException:
        stop()
        raise

    @contextlib.contextmanager
    def around_run(scenario: str) -> Iterator[None]:
        before = _cpu_by_process(data_dir)
        yield
        after = _cpu_by_process(data_dir)
        cut = cluster["per_scenario"].setdefault(scenario, {"cpu_s": {}, "share_pct": {}})
        for name, cpu in before.items():
            cut["cpu_s"][name] = round(cut["cpu_s"].get(name, 0.0) + after.get(name, 0.0) - cpu, 3)
        total = sum(cut["cpu_s"].values()) or 1.0
        cut["share_pct"] = {k: round(100 * v / total, 1) for k, v in cut["cpu_s"].items()}

    return interleave.Running(
        name=CLUSTER,
        endpoint=endpoint,
        proc=holder,
        cold_start=cold,
        mem_idle=idle,
        stop=stop,
        around_run=around_run,
        extra={"cluster": cluster},
    )


def run_cluster(args: argparse.Namespace, py: Path, awsbench: Path, port: int) -> Path:
    """Sequential mode: the cluster's whole scenario list, ``--repeat`` runs each, then down."""
    srv = start_cluster(args, port)
    assert srv.around_run is not None
    result: dict[str, Any] = {
        "label": CLUSTER, "mode": "sequential", "results": {},
        "cold_start": srv.cold_start, "mem_idle": srv.mem_idle,
    }  # fmt: skip
    try:
        for scenario in args.scenarios.split(","):
            out_json = args.out / f"{CLUSTER}.{scenario}.json"
            argv = interleave.awsbench_argv(args, py, awsbench, srv, scenario, out_json, repeat=args.repeat)
            with srv.around_run(scenario):
                subprocess.run(argv, check=True)
            result["results"].update(json.loads(out_json.read_text())["results"])
        result["mem_after"] = {"rss_mib": tree_rss_mib(srv.proc.pid)}
    finally:
        if left := srv.stop():
            result["left_listening"] = left
    result.update(srv.extra)
    path: Path = args.out / f"{CLUSTER}.json"
    path.write_text(json.dumps(result, indent=1))
    return path


def cluster_summary(path: Path) -> str:
    """Per scenario, each process's share of the cluster's CPU (whole awsbench call) and the server CPU
    µs/op split by those shares."""
    data = json.loads(path.read_text())
    split = data["cluster"]["per_scenario"]
    if not split:
        return ""
    names = list(data["cluster"]["processes"])
    lines = [
        "",
        f"{CLUSTER}: each process's share of the cluster's CPU over each scenario's awsbench call (setup, "
        "load, verification), and the median server CPU µs/op (whole cluster, awsbench's window) split by "
        f"those shares; backends on CPU {data['cluster']['backend_cpus']}",
        "",
        "| scenario | total µs/op | " + " | ".join(names) + " |",
        "|---|---:|" + "---:|" * len(names),
    ]
    for scenario, cut in split.items():
        runs = data["results"].get(scenario, {}).get("runs", [])
        per_op = sorted(v for r in runs if (v := interleave.cpu_us_per_op(r)) is not None)
        us = per_op[len(per_op) // 2] if per_op else 0.0
        cells = [
            f"{cut['share_pct'].get(n, 0):.0f}% ({us * cut['share_pct'].get(n, 0) / 100:,.0f})" for n in names
        ]
        lines.append(f"| {scenario} | {us:,.0f} | " + " | ".join(cells) + " |")
    idle = data["cluster"].get("idle_rss_mib") or {}
    lines += ["", "idle RSS MiB: " + ", ".join(f"{k} {v}" for k, v in idle.items())]
    return "\n".join(lines) + "\n"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "hold":
        h = argparse.ArgumentParser(prog="run_cluster.py hold")
        h.add_argument("--data-dir", type=Path, required=True)
        h.add_argument("--port", type=int, required=True)
        h.add_argument("--services")
        a = h.parse_args(sys.argv[2:])
        return hold(a.data_dir.resolve(), a.port, a.services)

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--servers", default=",".join(ALL_SERVERS), help="comma-separated subset of %(default)s")
    p.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated awsbench scenarios")
    p.add_argument("--duration", type=float, default=10)
    p.add_argument("--warmup", type=float, default=1)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--quiet-gate", type=float, default=30, help="max background CPU %% of one core")
    p.add_argument("--server-cpus", default="0", help="every server process (the whole cluster)")
    p.add_argument("--backend-cpus", help="Tansu, Redis and PostgreSQL (default: --server-cpus)")
    p.add_argument("--client-cpus", default="1")
    p.add_argument("--services", help="the cluster's services (default: every installed one, as `up`)")
    p.add_argument("--port", type=int, default=5620, help="each server gets port+i (a free one if taken)")
    add_mode_flags(p)
    p.add_argument("--venv", type=Path, default=Path("/tmp/overcast-bench/venv"))
    p.add_argument("--out", type=Path, help="default /tmp/overcast-bench/cluster-<timestamp>")
    p.add_argument("--awsbench", help="path to awsbench.py (default ../shared/bench/awsbench.py)")
    p.add_argument("--competitors", nargs="*", default=COMPETITORS)
    args = p.parse_args()
    args.overcast_tree = REPO  # run_one's embedded server: this working tree
    servers = [s for s in args.servers.split(",") if s]
    if unknown := set(servers) - set(ALL_SERVERS):
        p.error(f"unknown servers: {sorted(unknown)}")
    args.out = (args.out or Path(f"/tmp/overcast-bench/cluster-{time.strftime('%Y%m%d-%H%M%S')}")).resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    args.venv.parent.mkdir(parents=True, exist_ok=True)

    awsbench = find_awsbench(args.awsbench)
    py = ensure_venv(args.venv, args.competitors)
    meta: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "versions": {"bench venv": versions(py), "overcast venv": versions(REPO / ".venv/bin/python")},
        "overcast": overcast_revision(REPO),
    }
    results: dict[str, Path] = {}
    if args.sequential:
        for i, server in enumerate(servers):
            port = interleave.pick_port(args.port + i)
            results[server] = (
                run_cluster(args, py, awsbench, port)
                if server == CLUSTER
                else run_one(args, server, py, awsbench, port)
            )
    else:

        def start(server: str, port: int) -> interleave.Running:
            return start_cluster(args, port) if server == CLUSTER else start_server(args, server, port)

        results = interleave.run_interleaved(args, servers, start, py, awsbench, interleave.print_header)
    text = summary(args, results, meta)
    if CLUSTER in results:
        text += cluster_summary(results[CLUSTER])
    (args.out / "summary.md").write_text(text)
    print("\n" + text + f"\nresults in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
