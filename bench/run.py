"""Throughput/latency: Overcast (embedded, SQLite stores) vs ministack vs moto_server, same run.

Default (interleaved, see ``interleave.py``): every selected server is started up front, each pinned to
``--server-cpus`` on its own port and data dir; then for each round, scenario and server (order rotated)
a host-speed probe and ONE awsbench run (``--server-pid``), so the servers' runs of a round are adjacent
in time on this noisy host and their ratio is a same-phase comparison. ``--sequential`` is the old mode:
each server in turn started by the shared harness (``awsbench.py --spawn``) for its whole scenario list.
The load is pinned to ``--client-cpus``. The competitors live in a throwaway venv under /tmp (never in the
project's venv). Results: one JSON per server and ``summary.md`` in ``--out``.

    python3 bench/run.py                      # all three, every scenario below, 10 s x 3 rounds
    python3 bench/run.py --servers overcast --scenarios s3-put-4k,s3-get-4k --duration 5 --repeat 1

Scenarios (awsbench's names): sqs-send, sqs-roundtrip, s3-put-4k, s3-get-4k, s3-put-1m, kinesis-put,
sns-publish-to-sqs. ``bench/run_sqs.py`` is this script with the SQS scenarios as its default.
``--servers overcast-kafka`` adds the embedded server with its durable log on a Tansu broker (Kinesis, SNS,
CloudTrail and Firehose on Kafka), the broker's CPU counted with the server's. ``--servers overcast-redis``
adds it with SQS on a redis-server (the cluster's store), Redis's CPU counted with the server's.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import interleave
import proctree

REPO = Path(__file__).resolve().parent.parent
# pinned so a re-run measures the same competitors; override with --competitors
COMPETITORS = ["ministack==1.5.33", "moto[server]==5.2.5"]
HARNESS_DEPS = ["aiohttp", "psutil", "uvloop", "botocore", "py-spy"]
KAFKA_EMBEDDED = "overcast-kafka"
REDIS_EMBEDDED = "overcast-redis"
SERVERS = ("overcast", "ministack", "moto")
KNOWN_SERVERS = (*SERVERS, KAFKA_EMBEDDED, REDIS_EMBEDDED)
SCENARIOS = (
    "sqs-send",
    "sqs-roundtrip",
    "s3-put-4k",
    "s3-get-4k",
    "s3-put-1m",
    "kinesis-put",
    "sns-publish-to-sqs",
)
VERSIONS_OF = (
    "ministack",
    "moto",
    "botocore",
    "aiohttp",
    "uvloop",
    "uvicorn",
    "httptools",
    "hypercorn",
    "flask",
)


def find_awsbench(explicit: str | None) -> Path:
    candidates = [explicit] if explicit else []
    candidates += [os.environ.get("AWSBENCH", ""), str(REPO.parent / "shared/bench/awsbench.py")]
    candidates.append("/work/shared/bench/awsbench.py")
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    sys.exit("awsbench.py not found: pass --awsbench or set AWSBENCH")


def ensure_venv(venv: Path, competitors: list[str]) -> Path:
    py = venv / "bin/python"
    stamp = venv / ".overcast-bench-installed"
    wanted = " ".join(competitors + HARNESS_DEPS)
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if not stamp.exists() or stamp.read_text() != wanted:
        subprocess.run([str(py), "-m", "pip", "install", "-q", *competitors, *HARNESS_DEPS], check=True)
        stamp.write_text(wanted)
    return py


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def tansu_binary() -> str:
    """The Kafka-compatible broker ``overcast cluster`` runs (from the project's venv)."""
    found = subprocess.run(
        [str(REPO / ".venv/bin/python"), "-c", "from overcast.cluster.backends import tansu_binary as t; print(t())"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return found.stdout.strip()


def spawn_command(
    server: str, port: int, venv: Path, data_dir: Path, tree: Path = REPO
) -> tuple[str, dict[str, str]]:
    """The command line awsbench spawns, and the extra environment it needs."""
    if server == "overcast":
        py = REPO / ".venv/bin/python"
        cmd = f"{py} -m overcast serve --host 127.0.0.1 --port {port} --data-dir {data_dir}"
        # the harness re-creates queues every run; AWS's 60-s name-reuse rule would refuse that
        # and its kinesis-put load (and read-back) exceeds AWS's per-shard limits on a 2-shard stream
        env = {"OVERCAST_SQS_STRICT_TIMING": "0", "OVERCAST_KINESIS_THROUGHPUT_LIMITS": "off"}
        if tree != REPO:
            # another checkout (e.g. `git archive HEAD`) on the same venv: its packages shadow the editable ones
            env["PYTHONPATH"] = os.pathsep.join(
                str(p)
                for p in [tree / "src", tree / "libs/common", *sorted(tree.glob("services/*"))]
                if p.is_dir()
            )
        return cmd, env
    if server == KAFKA_EMBEDDED:
        # the same embedded server with its durable log on Kafka (a Tansu broker started first, a child
        # of the spawned shell, so awsbench's server CPU covers both): issue 7's "on Kafka"
        cmd, env = spawn_command("overcast", port, venv, data_dir, tree)
        broker_port = free_port()
        listener = f"tcp://127.0.0.1:{broker_port}"
        script = (
            f"{tansu_binary()} broker --listener-url {listener} --advertised-listener-url {listener}"
            f" --storage-engine memory://tansu/ > {data_dir}/tansu.log 2>&1 &"
            f" for i in $(seq 100); do (echo > /dev/tcp/127.0.0.1/{broker_port}) 2>/dev/null && break;"
            f" sleep 0.1; done; exec {cmd}"
        )
        env["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] = f"127.0.0.1:{broker_port}"
        return f"bash -c {shlex.quote(script)}", env
    if server == REDIS_EMBEDDED:
        # the same embedded server with SQS on Redis (issue 3's "the Redis store no slower"): a
        # redis-server as the cluster runs it (AOF, fsync every second), a child of the spawned shell on
        # the server's CPUs, so awsbench's server CPU covers both
        cmd, env = spawn_command("overcast", port, venv, data_dir, tree)
        redis_port = free_port()
        binary = (
            os.environ.get("OVERCAST_REDIS_SERVER") or shutil.which("redis-server") or "/usr/bin/redis-server"
        )
        script = (
            f"{binary} --bind 127.0.0.1 --port {redis_port} --dir {data_dir} --appendonly yes"
            f" --appendfsync everysec --save '' --protected-mode no > {data_dir}/redis.log 2>&1 &"
            f" for i in $(seq 100); do (echo > /dev/tcp/127.0.0.1/{redis_port}) 2>/dev/null && break;"
            f" sleep 0.1; done; exec {cmd}"
        )
        env["OVERCAST_SQS_STORE"] = "redis"
        env["OVERCAST_SQS_REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
        return f"bash -c {shlex.quote(script)}", env
    if server == "ministack":
        return f"{venv}/bin/ministack", {"GATEWAY_PORT": str(port), "BIND_HOST": "127.0.0.1"}
    if server == "moto":
        return f"{venv}/bin/moto_server -H 127.0.0.1 -p {port}", {}
    raise ValueError(server)


def versions(py: Path) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, sys\n"
        "out = {'python': sys.version.split()[0]}\n"
        "for d in sys.argv[1:]:\n"
        "    try: out[d] = m.version(d)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([str(py), "-c", code, *VERSIONS_OF], check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout))


def overcast_revision(tree: Path) -> str:
    if tree != REPO:
        return f"source tree {tree}"
    git = ["git", "-C", str(REPO)]
    head = subprocess.run(
        [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True).stdout
    return f"{head}{' + uncommitted changes' if dirty.strip() else ''}"


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with contextlib.suppress(OSError, ValueError, IndexError):
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    kernel = os.uname().release
    return f"{os.cpu_count()} CPUs ({model}), {mem_kb / 1048576:.1f} GiB RAM, Linux {kernel}"


def run_one(args: argparse.Namespace, server: str, py: Path, awsbench: Path, port: int) -> Path:
    out: Path = args.out / f"{server}.json"
    with tempfile.TemporaryDirectory(prefix=f"{server}-data-", dir=args.out) as data:
        cmd, extra_env = spawn_command(server, port, args.venv, Path(data), args.overcast_tree)
        argv = [
            str(py), str(awsbench),
            "--label", server,
            "--endpoint", f"http://127.0.0.1:{port}",
            "--spawn", cmd,
            "--server-cpus", args.server_cpus,
            "--client-cpus", args.client_cpus,
            "--scenarios", args.scenarios,
            "--duration", str(args.duration),
            "--warmup", str(args.warmup),
            "--concurrency", str(args.concurrency),
            "--repeat", str(args.repeat),
            "--quiet-gate", str(args.quiet_gate),
            "--server-log", str(args.out / f"{server}.log"),
            "--json-out", str(out),
        ]  # fmt: skip
        print(f"\n== {server}: {cmd}", flush=True)
        subprocess.run(argv, check=True, env={**os.environ, **extra_env}, cwd=data)
    return out


def start_server(args: argparse.Namespace, server: str, port: int) -> interleave.Running:
    """One of run.py's servers, started as ``spawn_command`` says (interleaved mode)."""
    data = Path(tempfile.mkdtemp(prefix=f"{server}-data-", dir=args.out))
    cmd, extra_env = spawn_command(server, port, args.venv, data, args.overcast_tree)
    # a Kafka broker, if any, is started by the server's shell: a child of the pid awsbench watches
    running = interleave.spawn(
        server,
        shlex.split(cmd),
        {**os.environ, **extra_env},
        args.server_cpus,
        data,
        args.out / f"{server}.log",
        port,
        args.idle_settle,
    )
    if server == KAFKA_EMBEDDED:
        split: dict[str, list[dict[str, float]]] = {}
        running.around_run = lambda scenario: _kafka_split(running.proc.pid, split.setdefault(scenario, []))
        running.extra["kafka_cpu_s"] = split
    return running


@contextlib.contextmanager
def _kafka_split(pid: int, runs: list[dict[str, float]]) -> Iterator[None]:
    """The server's and the broker's CPU over one awsbench call (setup, load, drain, cleanup: wider than
    awsbench's measuring window), one entry per round: awsbench only sees their sum. ``broker_s`` is
    everything under the server but itself: the broker (and any child it reaped, none today)."""
    server, tree = proctree.own_cpu_s(pid), proctree.tree_cpu_s(pid)
    yield
    server, tree = proctree.own_cpu_s(pid) - server, proctree.tree_cpu_s(pid) - tree
    runs.append({"server_s": round(server, 2), "broker_s": round(tree - server, 2)})


def _runs_cell(runs: list[dict[str, object]]) -> str:
    """Per run: ops/s, then the host probe (interleaved) and the background CPU, so a noisy run shows."""
    cells = []
    for r in runs:
        if "fatal" in r:
            cells.append("FAIL")
            continue
        probe = f"{r['host_speed_ms']:.0f} ms, " if r.get("host_speed_ms") else ""
        cells.append(f"{r['ops_per_s']:.0f} ({probe}{r['other_cpu_pct']:.0f}%)")
    return ", ".join(cells)


def summary(args: argparse.Namespace, results: dict[str, Path], meta: dict[str, object]) -> str:
    mode = "sequential" if getattr(args, "sequential", False) else "interleaved"
    lines = [
        f"date: {meta['date']}  ",
        f"machine: {meta['machine']}  ",
        f"overcast: {meta['overcast']}  ",
        f"versions: {json.dumps(meta['versions'])}  ",
        f"settings: duration={args.duration}s warmup={args.warmup}s concurrency={args.concurrency} "
        f"repeat={args.repeat} server CPU {args.server_cpus}, client CPU {args.client_cpus}, "
        f"quiet gate {args.quiet_gate}%, mode {mode}",
        "",
        "| server | scenario | ops/s (median) | runs (host probe ms, other_cpu) | p50 ms | p99 ms | errors | verify "
        "| srv_cpu | server CPU µs/op | cli_cpu | other_cpu |",
        "|---|---|---:|---|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    starts = ["", "| server | cold start s | idle RSS MiB | RSS after runs MiB |", "|---|---:|---:|---:|"]
    for server, path in results.items():
        data = json.loads(path.read_text())
        for scenario, res in data["results"].items():
            m = res["median"]
            if not m.get("runs_ok"):
                lines.append(f"| {server} | {scenario} | FAILED: {str(m.get('fatal'))[:80]} |")
                continue
            # server CPU per op moves less with other tenants' load than ops/s does
            cpu_us = sorted(v for r in res["runs"] if (v := interleave.cpu_us_per_op(r)) is not None)
            cpu = f"{cpu_us[len(cpu_us) // 2]:,.0f}" if cpu_us else "-"
            lines.append(
                f"| {server} | {scenario} | {m['ops_per_s']:,.0f} | {_runs_cell(res['runs'])} | "
                f"{m['p50_ms']:.2f} | {m['p99_ms']:.2f} | {m['errors']} | {'ok' if m['verify_ok'] else 'FAIL'} | "
                f"{m['server_cpu_pct']:.0f}% | {cpu} | {m['client_cpu_pct']:.0f}% | {m['other_cpu_pct']:.0f}% |"
            )
        # awsbench's spawn: first signed call answered 200; interleaved: first HTTP answer, any status
        cold_start = data.get("cold_start") or {}
        cold = cold_start.get("first_ok_s", cold_start.get("first_answer_s"))
        idle = (data.get("mem_idle") or {}).get("rss_mib")
        after = (data.get("mem_after") or {}).get("rss_mib")
        starts.append(f"| {server} | {cold} | {idle} | {after} |")
    text = "\n".join(lines + starts + _kafka_split_lines(results)) + "\n"
    return text + interleave.comparison(results, getattr(args, "ratio_base", "ministack"))


def _kafka_split_lines(results: dict[str, Path]) -> list[str]:
    """The overcast-kafka runs' CPU, server and broker apart, round by round (whole awsbench calls)."""
    path = results.get(KAFKA_EMBEDDED)
    split = json.loads(path.read_text()).get("kafka_cpu_s") if path else None
    if not split:
        return []
    out = ["", f"{KAFKA_EMBEDDED} CPU s per awsbench call (setup to cleanup), server + broker, by round:", ""]
    for scenario, runs in split.items():
        cells = [f"{r['server_s']:.1f} + {r['broker_s']:.1f}" for r in runs]
        out.append(f"- {scenario}: {', '.join(cells)}")
    return out


def add_mode_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--sequential",
        action="store_true",
        help="old mode: one server at a time, its whole scenario list (awsbench --spawn)",
    )
    p.add_argument(
        "--ratio-base",
        default="ministack",
        help="interleaved summary: each Overcast variant's same-round ratio to this server (%(default)s)",
    )
    p.add_argument("--idle-settle", type=float, default=3.0, help="s from first answer to idle RSS reading")


def main(scenarios: tuple[str, ...] = SCENARIOS) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--servers", default=",".join(SERVERS), help="comma-separated subset of %(default)s")
    p.add_argument("--scenarios", default=",".join(scenarios), help="comma-separated awsbench scenarios")
    p.add_argument("--duration", type=float, default=10)
    p.add_argument("--warmup", type=float, default=1)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--repeat", type=int, default=3, help="rounds (interleaved) or runs per scenario")
    p.add_argument("--quiet-gate", type=float, default=30, help="max background CPU %% of one core")
    p.add_argument("--server-cpus", default="0")
    p.add_argument("--client-cpus", default="1")
    p.add_argument("--port", type=int, default=5610, help="each server gets port+i (a free one if taken)")
    add_mode_flags(p)
    p.add_argument("--venv", type=Path, default=Path("/tmp/overcast-bench/venv"))
    p.add_argument("--out", type=Path, help="default /tmp/overcast-bench/sqs-<timestamp>")
    p.add_argument("--awsbench", help="path to awsbench.py (default ../shared/bench/awsbench.py)")
    p.add_argument("--competitors", nargs="*", default=COMPETITORS)
    p.add_argument(
        "--overcast-tree",
        type=Path,
        default=REPO,
        help="run Overcast from this source tree on the repo's venv (default: the working tree)",
    )
    args = p.parse_args()
    servers = [s for s in args.servers.split(",") if s]
    if unknown := set(servers) - set(KNOWN_SERVERS):
        p.error(f"unknown servers: {sorted(unknown)}")
    args.out = args.out or Path(f"/tmp/overcast-bench/run-{time.strftime('%Y%m%d-%H%M%S')}")
    args.out.mkdir(parents=True, exist_ok=True)
    args.venv.parent.mkdir(parents=True, exist_ok=True)

    awsbench = find_awsbench(args.awsbench)
    py = ensure_venv(args.venv, args.competitors)
    meta: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "versions": {"bench venv": versions(py), "overcast venv": versions(REPO / ".venv/bin/python")},
        "overcast": overcast_revision(args.overcast_tree),
    }
    if args.sequential:
        results = {
            s: run_one(args, s, py, awsbench, interleave.pick_port(args.port + i))
            for i, s in enumerate(servers)
        }
    else:
        results = interleave.run_interleaved(
            args, servers, lambda s, port: start_server(args, s, port), py, awsbench, interleave.print_header
        )
    text = summary(args, results, meta)
    (args.out / "summary.md").write_text(text)
    print("\n" + text + f"\nresults in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
