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

# first match from the leaf upward decides which pipeline stage a sample is charged to
STAGES: list[tuple[str, str]] = [
    ("logging (JSON log line per request)", r"/logging/|overcast_common/logs\.py"),
    ("SigV4 verification", r"overcast_common/sigv4/|overcast_common/identity\.py"),
    ("codec: routing", r"protocol/rout|overcast_gateway/wire\.py:detect"),
    ("codec: request parser", r"protocol/parsers/"),
    ("codec: response serializer", r"protocol/serializers/"),
    ("botocore model access", r"/botocore/"),
    (
        "dispatch (in-process)",
        r"overcast_common/dispatch/|overcast_common/service\.py|overcast_common/authz\.py",
    ),
    ("SQS store (SQLite)", r"overcast_sqs/store/"),
    ("SQS provider", r"overcast_sqs/"),
    ("gateway pipeline + ASGI glue", r"overcast_gateway/|overcast_common/(http|context|errors)\.py"),
    ("uvicorn + httptools", r"/uvicorn/|/httptools/"),
    ("asyncio/uvloop event loop", r"/asyncio/|/uvloop/|<module>|threading\.py"),
]


def frames(stack: str) -> list[str]:
    return stack.split(";")


def func_key(frame: str) -> str:
    """``fn (path/to/file.py:123)`` -> ``fn (shortpath.py)``: one row per function, not per line."""
    m = re.match(r"(.*) \((.*?)(?::\d+)?\)$", frame)
    if not m:
        return frame
    fn, path = m.groups()
    for marker in ("site-packages/", "/python3.11/", "/work/main/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{fn} ({path})"


def stage_of(stack: list[str]) -> str:
    for frame in reversed(stack):
        for name, pattern in STAGES:
            if re.search(pattern, frame):
                return name
    return "other"


def summarise(raw: Path, top: int = 30) -> str:
    samples: list[tuple[list[str], int]] = []
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            # drop the thread/process root frames py-spy adds
            samples.append(
                ([f for f in frames(stack) if not f.startswith(("process ", "thread "))], int(count))
            )
    total = sum(c for _, c in samples)
    if not total:
        return "no samples\n"
    self_t: collections.Counter[str] = collections.Counter()
    cum_t: collections.Counter[str] = collections.Counter()
    stage_t: collections.Counter[str] = collections.Counter()
    for stack, count in samples:
        if not stack:
            continue
        self_t[func_key(stack[-1])] += count
        for key in {func_key(f) for f in stack}:
            cum_t[key] += count
        stage_t[stage_of(stack)] += count

    def table(title: str, counter: collections.Counter[str], n: int) -> list[str]:
        rows = [f"### {title}", "", "| % of samples | samples | function (file) |", "|---:|---:|---|"]
        for key, c in counter.most_common(n):
            rows.append(f"| {100 * c / total:.1f} | {c} | `{key}` |")
        return [*rows, ""]

    out = [f"{total} samples from `{raw}`", ""]
    out += table(
        "By stage (each sample charged to the innermost stage on its stack)", stage_t, len(STAGES) + 1
    )
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
    p.add_argument("--summarise", type=Path, help="only summarise an existing collapsed-stack file")
    args = p.parse_args()
    if args.summarise:
        print(summarise(args.summarise))
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
    text = summarise(raw)
    (args.out / "profile.md").write_text(text)
    print(text)
    print(f"\nfiles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
