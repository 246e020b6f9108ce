"""Profile Overcast under SQS load with py-spy, then say where the server's time goes.

Starts ``overcast serve`` pinned to CPU 0, attaches ``py-spy record`` (raw/collapsed stacks) and drives
``awsbench.py`` load from CPU 1. Writes ``profile.txt`` (collapsed stacks: speedscope.app and
flamegraph.pl read them as they are), ``profile.md`` (stage/self/cumulative tables) and ``bench.json``.

    python3 bench/profile_sqs.py                       # sqs-send, 20 s
    python3 bench/profile_sqs.py --scenario sqs-roundtrip
    python3 bench/profile_sqs.py --summarise /tmp/overcast-bench/profile/profile.txt
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run_sqs import REPO, ensure_venv, find_awsbench

# Which part of the request path a sample is charged to: walking from the leaf toward the root, the
# first frame whose file matches. So stdlib leaves (uuid, json, hmac, sqlite3 calls) count for the
# Overcast code that called them, and uvicorn's own callbacks count for uvicorn.
STAGES: list[tuple[str, str]] = [
    ("logging (JSON line per request)", r"^logging/|overcast_common/logs\.py"),
    ("telemetry (OpenTelemetry spans, export)", r"overcast_common/telemetry/|^opentelemetry/|_internal/"),
    ("audit (CloudTrail event)", r"overcast_gateway/audit\.py|overcast_cloudtrail/|^sqlalchemy/"),
    ("SigV4 verification", r"overcast_common/sigv4/|overcast_common/identity\.py"),
    ("codec: routing", r"overcast_common/protocol/rout"),
    ("codec: request parser", r"overcast_common/protocol/parsers/"),
    ("codec: response serializer", r"overcast_common/protocol/serializers/"),
    ("botocore model objects", r"^botocore/"),
    ("dispatch + provider binding", r"overcast_common/(dispatch/|service\.py|authz\.py)"),
    ("SQS store (SQLite)", r"overcast_sqs/store/"),
    ("SQS provider", r"overcast_sqs/"),
    ("gateway pipeline + ASGI glue", r"overcast_gateway/|overcast_common/(http|context|errors)\.py"),
    ("uvicorn (httptools protocol, ASGI cycle)", r"^uvicorn/|^httptools/"),
    ("uvloop C code (sockets, callbacks)", r"^asyncio/runners\.py"),
]
# threads parked in a blocking C call that py-spy still reports as active
IDLE_LEAVES = re.compile(
    r"_connection_worker_thread \(aiosqlite/core\.py:59\)"  # SimpleQueue.get
    r"|_worker \(concurrent/futures/thread\.py:81\)"  # executor thread waiting for work
    r"|^Thread\.run \(threading\.py:\d+\)$"  # a thread parked inside a C extension's loop
    r"|Condition\.wait \(threading\.py"
)
# the gateway's own frames: the frame called from one of these is the pipeline step
STEP_PARENTS = ("Gateway.run (", "Gateway.handle (")


def frames(stack: str) -> list[str]:
    return stack.split(";")


def path_of(frame: str) -> str:
    m = re.search(r"\((.*?)(?::\d+)?\)$", frame)
    return m.group(1) if m else ""


def func_key(frame: str) -> str:
    """``fn (path/to/file.py:123)`` -> ``fn (path/to/file.py)``: one row per function, not per line."""
    m = re.match(r"(.*) \((.*?)(?::\d+)?\)$", frame)
    return f"{m.group(1)} ({m.group(2)})" if m else frame


def stage_of(stack: list[str]) -> str:
    for frame in reversed(stack):
        path = path_of(frame)
        for name, pattern in STAGES:
            if re.search(pattern, path):
                return name
    return "other"


def step_of(stack: list[str]) -> str:
    """The pipeline step (or uvicorn, outside the app) a sample belongs to."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].startswith(STEP_PARENTS) and i + 1 < len(stack):
            return func_key(stack[i + 1])
    return "outside Gateway.handle (uvicorn, uvloop)"


def summarise(raw: Path, top: int = 30, us_per_request: float | None = None) -> str:
    samples: list[tuple[list[str], int]] = []
    idle = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        if IDLE_LEAVES.search(stack.rsplit(";", 1)[-1]):
            idle += int(count)
            continue
        samples.append((frames(stack), int(count)))
    total = sum(c for _, c in samples)
    if not total:
        return "no samples\n"
    self_t: collections.Counter[str] = collections.Counter()
    cum_t: collections.Counter[str] = collections.Counter()
    stage_t: collections.Counter[str] = collections.Counter()
    step_t: collections.Counter[str] = collections.Counter()
    for stack, count in samples:
        self_t[func_key(stack[-1])] += count
        for key in {func_key(f) for f in stack}:
            cum_t[key] += count
        stage_t[stage_of(stack)] += count
        step_t[step_of(stack)] += count

    def table(title: str, counter: collections.Counter[str], n: int) -> list[str]:
        us_head = " µs/request |" if us_per_request else ""
        rows = [
            f"### {title}",
            "",
            f"| % of busy samples |{us_head} what |",
            "|---:|" + ("---:|" if us_head else "") + "---|",
        ]
        for key, c in counter.most_common(n):
            us = f" {us_per_request * c / total:.0f} |" if us_per_request else ""
            rows.append(f"| {100 * c / total:.1f} |{us} `{key}` |")
        return [*rows, ""]

    out = [f"{total} busy samples from `{raw}` ({idle} samples of idle threads left out)", ""]
    if us_per_request:
        out += [f"µs/request: that share of {us_per_request:.0f} µs of server CPU per request", ""]
    out += table(
        "By stage (each sample charged to the innermost stage on its stack)", stage_t, len(STAGES) + 1
    )
    out += table("By pipeline step (cumulative)", step_t, 20)
    out += table(f"Top {top} self (leaf) functions", self_t, top)
    out += table(f"Top {top} cumulative (function anywhere on the stack)", cum_t, top)
    return "\n".join(out)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    sys.exit(f"overcast did not listen on {port} within {timeout}s")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scenario", default="sqs-send")
    p.add_argument("--duration", type=float, default=20)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    p.add_argument("--log-level", default=None, help="OVERCAST_LOG_LEVEL for the profiled server")
    p.add_argument("--venv", type=Path, default=Path("/tmp/overcast-bench/venv"))
    p.add_argument("--out", type=Path, default=Path("/tmp/overcast-bench/profile"))
    p.add_argument("--awsbench")
    p.add_argument(
        "--us-per-request",
        type=float,
        help="server CPU µs per request from a clean run_sqs.py run (srv_cpu %% x 10^4 / ops/s); adds a µs column",
    )
    p.add_argument("--summarise", type=Path, help="only summarise an existing collapsed-stack file")
    args = p.parse_args()
    if args.summarise:
        print(summarise(args.summarise, us_per_request=args.us_per_request))
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    py = ensure_venv(args.venv, [])  # py-spy and the harness deps only
    awsbench = find_awsbench(args.awsbench)
    port = free_port()
    env = {**os.environ, "OVERCAST_SQS_STRICT_TIMING": "0"}
    if args.log_level:
        env["OVERCAST_LOG_LEVEL"] = args.log_level
    with tempfile.TemporaryDirectory(prefix="overcast-data-", dir=args.out) as data:
        cmd = ["taskset", "-c", "0", str(REPO / ".venv/bin/python"), "-m", "overcast", "serve"]
        cmd += ["--host", "127.0.0.1", "--port", str(port), "--data-dir", data]
        with open(args.out / "server.log", "w") as log:
            server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_ready(port)
            raw = args.out / "profile.txt"
            spy_common = ["--pid", str(server.pid), "--rate", str(args.rate)]
            spy_common += ["--duration", str(int(args.duration))]
            # py-spy runs on the client core so its sampling does not steal the server's CPU
            spy_cmd = ["taskset", "-c", "1", str(args.venv / "bin/py-spy"), "record", "--format", "raw"]
            spy = subprocess.Popen([*spy_cmd, "-o", str(raw), *spy_common])
            bench = [str(py), str(awsbench), "--endpoint", f"http://127.0.0.1:{port}"]
            bench += ["--server-pid", str(server.pid), "--client-cpus", "1", "--scenarios", args.scenario]
            bench += ["--duration", str(args.duration), "--warmup", "0", "--repeat", "1"]
            bench += ["--concurrency", str(args.concurrency), "--json-out", str(args.out / "bench.json")]
            subprocess.run(bench, check=True)
            spy.wait(timeout=60)
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    text = summarise(raw, us_per_request=args.us_per_request)
    (args.out / "profile.md").write_text(text)
    print(text)
    print(f"\nfiles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
