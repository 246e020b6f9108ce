"""Server CPU µs per S3 op (s3-put-4k, s3-get-4k, s3-put-1m, s3-head-4k) through the whole server.

Starts ``overcast serve`` (defaults: tracing, auditing, fsync on), pinned to CPU 0, and drives it from
this process (CPU 1) with pre-signed raw HTTP/1.1 requests over keep-alive connections. The figure is
the server process's utime+stime (all threads, from ``/proc/<pid>/stat``) per request, which other
tenants on a shared box disturb far less than ops/s; per-thread shares say where it went (event loop,
SQLite worker, file-I/O workers). ``--py-spy`` also records the server's stacks during the measured
window and prints where the samples went.

    .venv/bin/python bench/s3_cpu.py [--scenarios s3-put-4k,s3-get-4k,s3-put-1m] [--requests 3000]
        [--concurrency 16] [--rounds 3] [--overcast-tree DIR] [--py-spy OUT.txt]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rawhttp import exchange, raw_request

REPO = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")


def signed(method: str, port: int, path: str, body: bytes = b"") -> bytes:
    return raw_request(method, f"http://127.0.0.1:{port}{path}", body, {}, "s3")


async def drive(port: int, requests: list[bytes], concurrency: int) -> list[float]:
    conns = [await asyncio.open_connection("127.0.0.1", port, limit=4 << 20) for _ in range(concurrency)]
    todo = iter(requests)
    latencies: list[float] = []

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for data in todo:
            t0 = time.perf_counter()
            await exchange(reader, writer, data)
            latencies.append(time.perf_counter() - t0)

    await asyncio.gather(*(worker(r, w) for r, w in conns))
    for _, w in conns:
        w.close()
    return latencies


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds per thread (``name/tid``)."""
    out: collections.Counter[str] = collections.Counter()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[f"{name}/{task.name}"] += (int(fields[11]) + int(fields[12])) / TICK
    return dict(out)


def process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def requests_for(scenario: str, port: int, bucket: str, n: int, round_: int, concurrency: int) -> list[bytes]:
    if scenario == "s3-put-4k":
        body = os.urandom(4096)
        return [signed("PUT", port, f"/{bucket}/r{round_}/k{i}", body) for i in range(n)]
    if scenario == "s3-put-1m":
        body = os.urandom(1 << 20)
        # the harness's shape: each worker cycles over 16 keys (so every PUT after the first 16 overwrites)
        keys = [signed("PUT", port, f"/{bucket}/big{i}", body) for i in range(16 * concurrency)]
        return [keys[i % len(keys)] for i in range(n)]
    method = "HEAD" if scenario == "s3-head-4k" else "GET"
    return [signed(method, port, f"/{bucket}/pre{i % 64}") for i in range(n)]


async def run(args: argparse.Namespace) -> int:
    data = Path(tempfile.mkdtemp(prefix="s3-cpu-"))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = dict(os.environ)
    env.update({"OVERCAST_XRAY_OTLP_HTTP_PORT": "0", "OVERCAST_XRAY_OTLP_GRPC_PORT": "0"})
    env.update({"OVERCAST_XRAY_DAEMON_PORT": "0", "OVERCAST_LOG_LEVEL": "WARNING"})
    if args.overcast_tree:
        tree = Path(args.overcast_tree)
        paths = [tree / "src", tree / "libs/common", *sorted(tree.glob("services/*"))]
        env["PYTHONPATH"] = os.pathsep.join(str(p) for p in paths if p.is_dir())
    cmd = ["taskset", "-c", args.server_cpus, str(REPO / ".venv/bin/python"), "-m", "overcast", "serve"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    log = open(data / "server.log", "wb")  # noqa: SIM115
    server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    os.sched_setaffinity(0, {int(c) for c in args.client_cpus.split(",")})
    try:
        for _ in range(600):
            try:
                await drive(port, [signed("PUT", port, "/s3cpu")], 1)
                break
            except (OSError, RuntimeError, asyncio.IncompleteReadError):
                await asyncio.sleep(0.1)
        else:
            print((data / "server.log").read_text()[-3000:], file=sys.stderr)
            return 1
        body = os.urandom(4096)
        await drive(port, [signed("PUT", port, f"/s3cpu/pre{i}", body) for i in range(64)], 4)
        for scenario in args.scenarios.split(","):
            per_op: list[float] = []
            for round_ in range(args.rounds):
                n = args.requests if "1m" not in scenario else max(200, args.requests // 8)
                reqs = requests_for(scenario, port, "s3cpu", n + args.warmup, round_, args.concurrency)
                await drive(port, reqs[: args.warmup], args.concurrency)
                spy = None
                if args.py_spy and round_ == args.rounds - 1:
                    spy_bin = args.py_spy_bin
                    out = f"{args.py_spy}.{scenario}.txt"
                    spy = subprocess.Popen(
                        ["taskset", "-c", args.client_cpus, spy_bin, "record", "--format", "raw",
                         "--rate", "200", "--nonblocking", "--threads", "-p", str(server.pid), "-o", out],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    )  # fmt: skip
                    await asyncio.sleep(1.5)
                threads0, cpu0, wall0 = thread_cpu(server.pid), process_cpu(server.pid), time.perf_counter()
                lat = await drive(port, reqs[args.warmup :], args.concurrency)
                cpu1, wall1, threads1 = process_cpu(server.pid), time.perf_counter(), thread_cpu(server.pid)
                if spy is not None:
                    spy.send_signal(2)
                    spy.wait(30)
                us = (cpu1 - cpu0) * 1e6 / n
                per_op.append(us)
                lat.sort()
                shares = {k: (threads1.get(k, 0) - threads0.get(k, 0)) * 1e6 / n for k in threads1}
                top = ", ".join(
                    f"{k} {v:.0f}" for k, v in sorted(shares.items(), key=lambda x: -x[1]) if v >= 5
                )
                print(
                    f"{scenario} round {round_}: {us:7.1f} µs/op server CPU, {n / (wall1 - wall0):6.0f} ops/s,"
                    f" p50 {lat[len(lat) // 2] * 1e3:.2f} ms p99 {lat[int(len(lat) * 0.99)] * 1e3:.2f} ms"
                    f" [threads µs/op: {top}]",
                    file=sys.stderr,
                    flush=True,
                )
            print(f"{scenario}: median {statistics.median(per_op):.1f} µs/op server CPU "
                  f"(runs {', '.join(f'{v:.0f}' for v in per_op)})", flush=True)  # fmt: skip
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        if args.keep:
            print(f"data dir: {data}", file=sys.stderr)
        else:
            subprocess.run(["rm", "-rf", str(data)], check=False)
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scenarios", default="s3-put-4k,s3-get-4k,s3-put-1m")
    p.add_argument("--requests", type=int, default=3000)
    p.add_argument("--warmup", type=int, default=300)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--server-cpus", default="0")
    p.add_argument("--client-cpus", default="1")
    p.add_argument("--overcast-tree", help="run another checkout's packages on this venv")
    p.add_argument("--py-spy", help="prefix for py-spy raw stacks of the last round of each scenario")
    p.add_argument("--py-spy-bin", default="/tmp/overcast-bench/venv/bin/py-spy")
    p.add_argument("--keep", action="store_true")
    import uvloop

    sys.exit(uvloop.run(run(p.parse_args())))
