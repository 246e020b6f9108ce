"""Interleaved comparison: every server up at once, one awsbench run per server per scenario per round.

The host under the bench VM changes speed by up to 1.8x from one second to the next (a fixed Python
loop pinned to one vCPU takes 270-490 ms of process CPU, box idle), so running server A's whole
scenario list, then B's, gives each server a different host phase. Here every server is started up front
(each pinned to ``--server-cpus``, own port, own data dir), then

    for round in range(repeat): for scenario: for server (order rotated):
        host-speed probe (fixed loop on the server CPUs) ; one awsbench run (--server-pid, --repeat 1)

so the runs of one round and scenario are adjacent in time and their ratio is a same-phase comparison.
``run.py`` and ``run_cluster.py`` supply how each server starts (a ``Running``); this module owns the loop,
the per-server JSON (awsbench's shape: ``results[scenario]`` with ``runs`` and ``median``) and the
same-round comparison table.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from proctree import parse_cpus, spawn_pinned, stop_tree, tree_rss_mib

# ~0.1-0.2 s of process CPU on the reference box; the pure-Python loop the host noise was measured with
SPEED_LOOP = (
    "import time\nt = time.process_time()\ns = 0\nfor i in range(750000):\n    s += i * i % 7\n"
    "print(round(1000 * (time.process_time() - t), 1))\n"
)
OVERCAST_PREFIX = "overcast"


@dataclass
class Running:
    """A started server. ``proc.pid`` is what awsbench watches (``--server-pid``: it sums the pid's whole
    process tree, so a broker or cluster started under it counts as the server)."""

    name: str
    endpoint: str
    proc: subprocess.Popen[bytes]
    cold_start: dict[str, Any]
    mem_idle: dict[str, Any]
    stop: Callable[[], list[str]]  # returns what the tree still had listening afterwards
    around_run: Callable[[str], AbstractContextManager[None]] | None = None  # per awsbench run (scenario)
    extra: dict[str, Any] = field(default_factory=dict)  # merged into <server>.json


def port_free(port: int) -> bool:
    """Bindable without SO_REUSEADDR, as ``overcast cluster up`` checks: not even a TIME_WAIT left by the
    previous run's server on it."""
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def pick_port(wanted: int) -> int:
    if port_free(wanted):
        return wanted
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def first_answer_s(port: int, proc: subprocess.Popen[bytes], t0: float, timeout: float = 180.0) -> float:
    """Seconds from ``t0`` until the port gives an HTTP response (any status: SigV4-enforcing servers
    answer an unsigned GET with 403)."""
    deadline = t0 + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
            s.settimeout(30)
            if s.recv(5) == b"HTTP/":
                return round(time.monotonic() - t0, 3)
        time.sleep(0.02)
    raise RuntimeError(f"no HTTP answer on port {port} within {timeout:.0f} s")


def spawn(
    name: str,
    argv: list[str],
    env: dict[str, str],
    cpus: str,
    data_dir: Path,
    log: Path,
    port: int,
    settle: float,
) -> Running:
    """Start one server pinned to ``cpus``, time its first answer, read its idle RSS ``settle`` s later."""
    pinned = parse_cpus(cpus)
    print(f"\n== start {name} on port {port}, CPUs {cpus}: {' '.join(argv)}", flush=True)
    t0 = time.monotonic()
    proc = spawn_pinned(argv, log, pinned, cwd=data_dir, env=env)

    def stop() -> list[str]:
        left = stop_tree(proc, signal.SIGINT)
        shutil.rmtree(data_dir, ignore_errors=True)
        return left

    try:
        cold = first_answer_s(port, proc, t0)
        time.sleep(settle)
        idle = tree_rss_mib(proc.pid)
    except BaseException:
        stop()
        raise
    print(f"   {name}: first answer after {cold} s, idle RSS {idle} MiB (after {settle} s)", flush=True)
    return Running(
        name=name,
        endpoint=f"http://127.0.0.1:{port}",
        proc=proc,
        cold_start={"first_answer_s": cold},
        mem_idle={"rss_mib": idle, "settle_s": settle},
        stop=stop,
    )


def host_speed_ms(cpus: str) -> float | None:
    """Process-CPU ms of a fixed pure-Python loop on ``cpus``: the host's speed right now (lower = faster)."""
    pinned = parse_cpus(cpus)
    done = subprocess.run(
        [sys.executable, "-c", SPEED_LOOP],
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.sched_setaffinity(0, pinned),
    )
    try:
        return float(done.stdout)
    except ValueError:
        return None


def rotated(names: list[str], by: int) -> list[str]:
    k = by % len(names)
    return names[k:] + names[:k]


def awsbench_argv(
    args: Any, py: Path, awsbench: Path, srv: Running, scenario: str, out_json: Path, repeat: int = 1
) -> list[str]:
    """awsbench against an already running server (``--server-pid``: it counts that process tree)."""
    return [
        str(py), str(awsbench),
        "--label", srv.name,
        "--endpoint", srv.endpoint,
        "--server-pid", str(srv.proc.pid),
        "--client-cpus", args.client_cpus,
        "--scenarios", scenario,
        "--duration", str(args.duration),
        "--warmup", str(args.warmup),
        "--concurrency", str(args.concurrency),
        "--repeat", str(repeat),
        "--quiet-gate", str(args.quiet_gate),
        "--json-out", str(out_json),
    ]  # fmt: skip


def awsbench_once(
    args: Any, py: Path, awsbench: Path, srv: Running, scenario: str, out_json: Path
) -> dict[str, Any]:
    argv = awsbench_argv(args, py, awsbench, srv, scenario, out_json)
    out_json.unlink(missing_ok=True)
    with srv.around_run(scenario) if srv.around_run else contextlib.nullcontext():
        done = subprocess.run(argv, stdout=subprocess.PIPE, text=True)
    # its per-scenario line; not the JSON and memory lines it repeats for every one-run call
    for line in done.stdout.splitlines():
        if not line.startswith("JSON ") and "memory after runs" not in line:
            print(line, flush=True)
    try:
        runs: list[dict[str, Any]] = json.loads(out_json.read_text())["results"][scenario]["runs"]
        return runs[0]
    except (OSError, ValueError, KeyError, IndexError):
        return {"scenario": scenario, "fatal": f"awsbench exited {done.returncode} without a result"}


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """awsbench's ``summarize`` (each metric's median over the good runs), plus the host probe's."""
    good = [r for r in runs if "fatal" not in r and r.get("ops")]
    med: dict[str, Any] = {}
    for k in (
        "ops_per_s",
        "p50_ms",
        "p99_ms",
        "mean_ms",
        "server_cpu_pct",
        "client_cpu_pct",
        "other_cpu_pct",
        "requests_per_s",
        "host_speed_ms",
    ):
        vals = [r[k] for r in good if r.get(k) is not None]
        med[k] = round(statistics.median(vals), 2) if vals else None
    waits = [r["quiet_gate"]["background_cpu_pct"] for r in runs if "quiet_gate" in r]
    med["gate_background_cpu_pct"] = waits or None
    med["errors"] = sum(r.get("errors", 0) for r in runs)
    med["runs_ok"] = len(good)
    med["verify_ok"] = all(r.get("verify", {}).get("ok") for r in good) and bool(good)
    warns = [r["verify"]["warn"] for r in good if r.get("verify", {}).get("warn")]
    if warns:
        med["verify_warn"] = f"{len(warns)}/{len(good)} runs: {warns[0]}"
    med["ops_per_s_runs"] = [r.get("ops_per_s") for r in runs]
    if fatal := [r["fatal"] for r in runs if "fatal" in r]:
        med["fatal"] = fatal[0]
    return med


def cpu_us_per_op(run: dict[str, Any]) -> float | None:
    """Server CPU µs per op in awsbench's measuring window (srv_cpu is % of one core over the window)."""
    pct, ops, elapsed = run.get("server_cpu_pct"), run.get("ops"), run.get("elapsed_s")
    if pct is None or not ops or not elapsed or "fatal" in run:
        return None
    return float(pct) / 100 * float(elapsed) / int(ops) * 1e6


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def run_interleaved(
    args: Any,
    names: list[str],
    start: Callable[[str, int], Running],
    py: Path,
    awsbench: Path,
    header: Callable[[str], None] = lambda _: None,
) -> dict[str, Path]:
    """Start every server, run the rounds, stop everything; write and return ``<server>.json`` per server."""
    scenarios = [s for s in args.scenarios.split(",") if s]
    (args.out / "runs").mkdir(exist_ok=True)
    signal.signal(signal.SIGTERM, _interrupt)  # e.g. `timeout`: still stop the servers (own sessions)
    running: dict[str, Running] = {}
    runs: dict[str, dict[str, list[dict[str, Any]]]] = {n: {s: [] for s in scenarios} for n in names}
    docs: dict[str, dict[str, Any]] = {}
    try:
        for i, name in enumerate(names):
            running[name] = start(name, pick_port(args.port + i))
        for rnd in range(args.repeat):
            for k, scenario in enumerate(scenarios):
                # rotated per round and scenario, so nobody always runs first (or right after a given one)
                for slot, name in enumerate(rotated(names, rnd + k)):
                    srv = running[name]
                    stamp = {"round": rnd, "slot": slot, "started": time.strftime("%H:%M:%S")}
                    if srv.proc.poll() is not None:
                        runs[name][scenario].append(
                            {"scenario": scenario, **stamp, "fatal": f"server exited {srv.proc.returncode}"}
                        )
                        continue
                    speed = host_speed_ms(args.server_cpus)
                    header(f"round {rnd + 1}/{args.repeat} {scenario} {name} (host probe {speed} ms)")
                    out_json = args.out / "runs" / f"{name}.{scenario}.r{rnd}.json"
                    run = awsbench_once(args, py, awsbench, srv, scenario, out_json)
                    runs[name][scenario].append({**run, **stamp, "host_speed_ms": speed})
        for name, srv in running.items():
            docs[name] = {"mem_after": {"rss_mib": tree_rss_mib(srv.proc.pid)}}
    finally:
        for name, srv in running.items():
            left = srv.stop()
            docs.setdefault(name, {})["server_exit_code"] = srv.proc.returncode
            if left:
                docs[name]["left_listening"] = left
                print(f"!! {name} left listeners behind: {left}", flush=True)
    paths: dict[str, Path] = {}
    for name, srv in running.items():
        doc = {
            "label": name,
            "endpoint": srv.endpoint,
            "mode": "interleaved",
            "server_cpus": args.server_cpus,
            "repeat": args.repeat,
            "cold_start": srv.cold_start,
            "mem_idle": srv.mem_idle,
            **docs.get(name, {}),
            "results": {s: {"median": summarize(r), "runs": r} for s, r in runs[name].items()},
            **srv.extra,
        }
        paths[name] = args.out / f"{name}.json"
        paths[name].write_text(json.dumps(doc, indent=1, default=str))
    return paths


# --- the same-round table -------------------------------------------------------------------------


def _by_round(
    runs: list[dict[str, Any]], metric: Callable[[dict[str, Any]], float | None]
) -> dict[int, float]:
    out: dict[int, float] = {}
    for r in runs:
        if "round" in r and "fatal" not in r and (v := metric(r)):
            out[int(r["round"])] = v
    return out


def _spread(values: list[float], fmt: str) -> str:
    if not values:
        return "-"
    mid = format(statistics.median(values), fmt)
    return mid if len(values) == 1 else f"{mid} ({min(values):{fmt}}-{max(values):{fmt}})"


def comparison(results: dict[str, Path], base: str) -> str:
    """Per scenario: median ops/s of each server, and each Overcast variant ÷ ``base`` computed per round
    (runs of one round are adjacent in time), median (min-max) over rounds."""
    data = {name: json.loads(path.read_text()) for name, path in results.items()}
    if not any(d.get("mode") == "interleaved" for d in data.values()):
        return ""
    names = list(data)
    ratios = [n for n in names if n.startswith(OVERCAST_PREFIX) and n != base] if base in data else []
    scenarios: list[str] = []
    for d in data.values():
        scenarios += [s for s in d["results"] if s not in scenarios]
    head = ["scenario", *(f"{n} ops/s" for n in names)]
    head += [f"{n} ÷ {base} ops/s" for n in ratios] + [f"{base} ÷ {n} CPU µs/op" for n in ratios]
    head.append("host probe ms")
    lines = [
        "",
        "Same-round comparison (interleaved): each round runs every server on the scenario back to back, "
        "order rotated, each run right after a host-speed probe (a fixed Python loop on the server CPUs: "
        "process-CPU ms, lower = faster host). Ratios are computed per round, then median (min-max) over "
        f"rounds; the CPU ratio is >1 when {base} spends more server CPU per op.",
        "",
        "| " + " | ".join(head) + " |",
        "|---|" + "---:|" * (len(head) - 1),
    ]
    for scenario in scenarios:
        runs = {n: data[n]["results"].get(scenario, {}).get("runs", []) for n in names}
        cells = [scenario]
        for n in names:
            ops = (data[n]["results"].get(scenario, {}).get("median") or {}).get("ops_per_s")
            cells.append(f"{ops:,.0f}" if ops else "-")
        for metric, inverse in ((lambda r: r.get("ops_per_s"), False), (cpu_us_per_op, True)):
            b = _by_round(runs.get(base, []), metric)
            for n in ratios:
                mine = _by_round(runs[n], metric)
                same = [
                    (b[r] / mine[r]) if inverse else (mine[r] / b[r]) for r in sorted(mine.keys() & b.keys())
                ]
                cells.append(_spread(same, ".2f"))
        probes = [float(r["host_speed_ms"]) for rs in runs.values() for r in rs if r.get("host_speed_ms")]
        cells.append(f"{min(probes):.0f}-{max(probes):.0f}" if probes else "-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def print_header(text: str) -> None:
    print(f"\n== {text}", flush=True)
