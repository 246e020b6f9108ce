"""Event-loop stalls of ``overcast serve`` under SendMessage load, in CPU time (robust to a shared host).

The gateway and every service run in this process as ``overcast serve`` runs them (tracing, auditing,
the request log, SQLite stores; ``Settings.from_env``), on asyncio's own loop rather than uvloop's so
that every callback passes through ``asyncio.events.Handle._run``, which is wrapped here. A client
*process* (pinned to the other CPU; this one is pinned to CPU 0, as the bench pins the server) sends
``--concurrency`` pre-signed SendMessage requests in a closed loop, optionally capped at ``--rate``/s.
Reported, per 10,000 requests:

- every callback whose *thread CPU time* (``time.thread_time``) is >= ``--threshold-ms``, with what it
  was (the callback, or for a task step the coroutine and where it was suspended before and after the
  step; mypyc-compiled coroutines show as ``@ done``), and the GC time inside it;
- each request's latency on the loop thread's CPU clock (from the ``select`` that found its connection
  readable to its response's ``transport.write``): other tenants of the host stretch wall time, not
  this. p50/p99/p99.9 of it, and which callbacks >= ``LOOP_STALLS_ATTRIBUTE_MS`` (0.25) ran inside the
  windows of the slowest 1 % of requests vs the middle 10 % (CPU ms per request): the tail's sources;
- callbacks that spent >= 2x the threshold off CPU (blocked, waiting for the GIL, or preempted: gaps of
  exactly 4/8 ms are the host's scheduler ticks);
- every garbage collection (``gc.callbacks``: generation, CPU ms, thread), spans exported to the
  in-process sink, and the CPU seconds of each thread of the process.

    .venv/bin/python bench/loop_stalls.py [--requests 20000] [--concurrency 16] [--threshold-ms 1]
        [--rate 0] [--top 25] [--json out.json] [--sample] [--patch MODULE:NAME=VALUE]

``--sample`` samples the loop thread's stack inside long callbacks (a short GIL switch interval: for
where, not for numbers; samples gather at calls that release the GIL). ``--patch`` sets a module
constant before start, for experiments. The bench's own records are kept as columns (arrays), never as
a tuple per row: those survived, and every gen-0 collection under load was theirs.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import collections
import dataclasses
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import CoroutineType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rawhttp import exchange, raw_request

# --- the client (a separate process) ---------------------------------------------------------------


async def _client(port: int, concurrency: int, total: int, rate: float) -> None:
    base = f"http://127.0.0.1:{port}"
    send = raw_request(
        "POST", f"{base}/", json.dumps({"QueueUrl": f"{base}/000000000000/stalls", "MessageBody": "x" * 256}).encode(),
        {"X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0"}, "sqs",
    )  # fmt: skip
    conns = [await asyncio.open_connection("127.0.0.1", port) for _ in range(concurrency)]
    counter = iter(range(total))
    latencies: list[float] = []
    start = time.perf_counter()

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for i in counter:
            if rate:
                delay = start + i / rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            t0 = time.perf_counter()
            await exchange(reader, writer, send)
            latencies.append(time.perf_counter() - t0)

    await asyncio.gather(*(worker(r, w) for r, w in conns))
    wall = time.perf_counter() - start
    for _, w in conns:
        w.close()
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    print(json.dumps({"ops": total / wall, "p50_ms": q[49] * 1e3, "p99_ms": q[98] * 1e3}), flush=True)


def client_main(args: argparse.Namespace) -> int:
    if hasattr(os, "sched_setaffinity") and os.cpu_count() and os.cpu_count() > 1:  # type: ignore[operator]
        os.sched_setaffinity(0, {1})
    asyncio.run(_client(args.port, args.concurrency, args.requests, args.rate))
    return 0


# --- the server side: instrumentation ------------------------------------------------------------


class Columns:
    """Rows of floats (and optionally one string each) stored as columns: appending creates no GC-tracked
    object."""

    def __init__(self, floats: int, *, text: bool = False) -> None:
        self.columns = [array.array("d") for _ in range(floats)]
        self.text: list[str] | None = [] if text else None

    def add(self, *values: float, text: str = "") -> None:
        for column, value in zip(self.columns, values, strict=True):
            column.append(value)
        if self.text is not None:
            self.text.append(text)

    def __len__(self) -> int:
        return len(self.columns[0])

    def rows(self) -> list[tuple[Any, ...]]:
        if self.text is None:
            return list(zip(*self.columns, strict=True))
        return list(zip(*self.columns, self.text, strict=True))


class Stalls:
    def __init__(self, threshold_s: float) -> None:
        self.threshold = threshold_s
        self.records: list[tuple[str, float, float]] = []  # (what, cpu s, gc cpu s inside)
        self.offcpu: list[tuple[str, float, float]] = []  # (what, wall s, cpu s): blocked inside a callback
        self.latencies: list[float] = []  # per request, in loop-thread CPU s (see ``install_latency``)
        # per request: (arrival, answer) on the loop's CPU clock. The per-request and per-callback records are
        # columns (arrays, strings): a tuple per row is a GC-tracked object that survives, so the collector
        # would run for the bench's own records (it did: every gen-0 collection seen under load was theirs)
        self.windows = Columns(2)
        # callbacks >= ``attribute``: (start, cpu, what, wall start)
        self.timeline = Columns(3, text=True)
        self.attribute = float(os.environ.get("LOOP_STALLS_ATTRIBUTE_MS", "0.25")) / 1e3
        self.samples: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        self._current: list[str] | None = None  # stacks sampled during the running callback (--sample)
        self._started = 0.0
        self._arrived: dict[int, float] = {}
        self.gcs: list[tuple[int, float, int, str]] = []  # (generation, cpu s, collected, thread)
        self.callbacks = 0
        self.loop_cpu = 0.0
        self.active = False
        self._gc_start = 0.0
        self._gc_in_handle = 0.0

    def install(self) -> None:
        stalls = self
        original = asyncio.events.Handle._run

        def _run(handle: asyncio.events.Handle) -> None:
            if not stalls.active:
                original(handle)
                return
            before = _where(handle)
            stalls._gc_in_handle = 0.0
            stalls._current = []
            w0 = stalls._started = time.perf_counter()
            t0 = time.thread_time()
            original(handle)
            cpu = time.thread_time() - t0
            wall = time.perf_counter() - w0
            stalls.callbacks += 1
            stalls.loop_cpu += cpu
            sampled, stalls._current = stalls._current, None
            if cpu >= stalls.attribute:
                after = _where(handle)
                what = before if before == after else f"{before} -> {after}"
                stalls.timeline.add(t0, cpu, w0, text=what)
                if sampled:
                    stalls.samples[re.sub(r" at 0x[0-9a-f]+", "", what)].update(sampled)
            if cpu >= stalls.threshold or wall - cpu >= 2 * stalls.threshold:
                after = _where(handle)
                what = before if before == after else f"{before} -> {after}"
                if cpu >= stalls.threshold:
                    stalls.records.append((what, cpu, stalls._gc_in_handle))
                if wall - cpu >= 2 * stalls.threshold:
                    stalls.offcpu.append((what, wall, cpu))

        asyncio.events.Handle._run = _run  # type: ignore[method-assign]
        gc.callbacks.append(self._on_gc)

    def start_sampler(self, every_s: float = 0.0002) -> None:
        """A thread that samples the loop thread's Python stack while one callback has run for longer
        than ``attribute`` (wall): where the long callbacks spend their time. Perturbs the timing (a
        short GIL switch interval): for attribution, not for numbers."""
        main = threading.get_ident()
        sys.setswitchinterval(every_s / 2)

        def sample() -> None:
            while True:
                time.sleep(every_s)
                current = self._current
                if current is None or time.perf_counter() - self._started < self.attribute:
                    continue
                frame = sys._current_frames().get(main)
                stack = []
                while frame is not None and len(stack) < 6:
                    code = frame.f_code
                    if "asyncio" not in code.co_filename and "loop_stalls" not in code.co_filename:
                        stack.append(f"{Path(code.co_filename).stem}.{code.co_qualname}:{frame.f_lineno}")
                    frame = frame.f_back
                current.append(" < ".join(stack[:4]))

        threading.Thread(target=sample, name="stall-sampler", daemon=True).start()

    def install_latency(self, loop: asyncio.AbstractEventLoop) -> None:
        """Each request's latency in the loop thread's CPU clock, which only advances while the loop
        works: from the ``select`` that found its connection readable to the response's
        ``transport.write`` (closed-loop clients: one request in flight per connection). Other
        tenants of the host stretch wall time, not this."""
        from asyncio.selector_events import _SelectorSocketTransport

        stalls = self
        process = loop._process_events  # type: ignore[attr-defined]

        def _process_events(event_list: list[Any]) -> None:
            if stalls.active:
                now = time.thread_time()
                for key, mask in event_list:
                    if mask & 1:  # EVENT_READ
                        stalls._arrived.setdefault(key.fd, now)
            process(event_list)

        loop._process_events = _process_events  # type: ignore[attr-defined]
        write = _SelectorSocketTransport.write

        def _write(transport: Any, data: Any) -> None:
            arrived = stalls._arrived.pop(transport._sock_fd, None)
            if arrived is not None and stalls.active:
                now = time.thread_time()
                stalls.latencies.append(now - arrived)
                stalls.windows.add(arrived, now)
            write(transport, data)

        _SelectorSocketTransport.write = _write  # type: ignore[method-assign]

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_start = time.thread_time()
            return
        cpu = time.thread_time() - self._gc_start
        self._gc_in_handle += cpu
        if self.active:
            self.gcs.append((info["generation"], cpu, info["collected"], threading.current_thread().name))


def _tail_attribution(stalls: Stalls, top: int) -> None:
    """Which big callbacks ran while the slowest 1 % of requests waited, vs while median ones did:
    CPU ms per request inside its window, per kind of callback."""
    import bisect
    import re

    if len(stalls.windows) < 200:
        return
    order = sorted(stalls.windows.rows(), key=lambda w: w[1] - w[0])
    n = len(order)
    tail = order[int(n * 0.99) :]
    middle = order[int(n * 0.45) : int(n * 0.55)]
    timeline = sorted((t, cpu, what) for t, cpu, _, what in stalls.timeline.rows())
    starts = [t for t, _, _ in timeline]

    def kind(what: str) -> str:
        return re.sub(r" at 0x[0-9a-f]+", "", what)

    def per_request(windows: list[tuple[float, float]]) -> dict[str, float]:
        sums: dict[str, float] = collections.defaultdict(float)
        for a, b in windows:
            i = bisect.bisect_left(starts, a - 0.05)
            while i < len(timeline) and timeline[i][0] < b:
                t, cpu, what = timeline[i]
                overlap = min(b, t + cpu) - max(a, t)
                if overlap > 0:
                    sums[kind(what)] += overlap
                i += 1
        return {k: v / len(windows) for k, v in sums.items()}

    hot, usual = per_request(tail), per_request(middle)
    print(
        f"\nslowest 1 % of requests (loop-CPU latency >= {(order[int(n * 0.99)][1] - order[int(n * 0.99)][0]) * 1e3:.2f} ms)"
        f" vs the middle 10 %: CPU ms per request of callbacks >= {stalls.attribute * 1e3:.2f} ms inside its window"
    )
    print(f"{'tail':>7} {'middle':>7}  what")
    for what in sorted(hot, key=lambda k: -(hot[k] - usual.get(k, 0.0)))[:top]:
        print(f"{hot[what] * 1e3:7.3f} {usual.get(what, 0.0) * 1e3:7.3f}  {what}")


def _frames(coro: Any) -> list[str]:
    out = []
    while coro is not None:
        frame = (
            getattr(coro, "cr_frame", None)
            or getattr(coro, "gi_frame", None)
            or getattr(coro, "ag_frame", None)
        )
        if frame is None:
            break
        code = frame.f_code
        out.append(f"{Path(code.co_filename).stem}.{code.co_qualname}:{frame.f_lineno}")
        coro = (
            getattr(coro, "cr_await", None)
            or getattr(coro, "gi_yieldfrom", None)
            or getattr(coro, "ag_await", None)
        )
    return out


def _where(handle: asyncio.events.Handle) -> str:
    callback = handle._callback  # type: ignore[attr-defined]
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        frames = _frames(owner.get_coro())
        coro = owner.get_coro()
        name = getattr(coro, "__qualname__", repr(coro)) if isinstance(coro, CoroutineType) else repr(coro)
        return f"task {name} @ {' > '.join(frames[-3:]) or 'done'}"
    name = getattr(callback, "__qualname__", None) or repr(callback)
    module = getattr(callback, "__module__", None) or ""
    return f"{module.rsplit('.', 1)[-1]}.{name}"


def thread_cpu() -> dict[str, float]:
    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, float] = collections.defaultdict(float)
    tick = os.sysconf("SC_CLK_TCK")
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tid = int(task.name)
        name = names.get(tid) or (task / "comm").read_text().strip()
        # group the executor pools' numbered threads
        out[name.split("_")[0] if name.startswith("ThreadPoolExecutor") else name] += (
            int(fields[11]) + int(fields[12])
        ) / tick
    return out


# --- the server ---------------------------------------------------------------------------------


async def server_main(args: argparse.Namespace) -> dict[str, Any]:
    from inproc import start_gateway
    from overcast_common import compiled
    from overcast_common.config import Settings
    from overcast_common.logs import configure_logging

    data = Path(tempfile.mkdtemp(prefix="loop-stalls-"))
    for port_var in (
        "OVERCAST_XRAY_OTLP_HTTP_PORT",
        "OVERCAST_XRAY_OTLP_GRPC_PORT",
        "OVERCAST_XRAY_DAEMON_PORT",
    ):
        os.environ.setdefault(port_var, "0")
    os.environ.setdefault("OVERCAST_SQS_STRICT_TIMING", "0")
    log_file = open(data / "server.log", "w")  # noqa: SIM115 - lives as long as the run
    configure_logging("INFO", log_file)  # as `overcast serve`: a JSON line per request
    settings = dataclasses.replace(Settings.from_env(), data_dir=data)  # as `overcast serve` (OTEL_*, ...)
    port, close_server = await start_gateway(settings)
    STALLS.install_latency(asyncio.get_running_loop())
    create = raw_request(
        "POST", f"http://127.0.0.1:{port}/", json.dumps({"QueueName": "stalls"}).encode(),
        {"X-Amz-Target": "AmazonSQS.CreateQueue", "Content-Type": "application/x-amz-json-1.0"}, "sqs",
    )  # fmt: skip
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await exchange(reader, writer, create)
    writer.close()

    async def run_client(requests: int) -> dict[str, Any]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--client", "--port", str(port), "--requests", str(requests),
            "--concurrency", str(args.concurrency), "--rate", str(args.rate),
            stdout=subprocess.PIPE,
        )  # fmt: skip
        out, _ = await proc.communicate()
        return json.loads(out.decode().strip().splitlines()[-1])

    from overcast_common.telemetry import sink

    batches: list[int] = []
    sink.register(
        lambda spans: batches.append(len(spans)) if STALLS.active else None
    )  # runs on the worker thread
    await run_client(min(2000, args.requests))  # warm-up: first-call costs, the start-up heap frozen
    stalls = STALLS
    cpu0 = thread_cpu()
    stalls.active = True
    result = await run_client(args.requests)
    stalls.active = False
    cpu1 = thread_cpu()
    await close_server()
    result["threads_cpu_s"] = {
        k: round(cpu1[k] - cpu0.get(k, 0.0), 3) for k in cpu1 if cpu1[k] - cpu0.get(k, 0.0) > 0.005
    }
    result["compiled"] = compiled.status
    result["span_batches"] = len(batches)
    result["spans"] = sum(batches)
    return result


STALLS = Stalls(0.001)


def report(args: argparse.Namespace, result: dict[str, Any]) -> None:
    stalls = STALLS
    per10k = 10_000 / args.requests
    print(f"compiled: {result['compiled']}")
    print(
        f"{args.requests} SendMessage, concurrency {args.concurrency}: {result['ops']:.0f}/s wall, "
        f"p50 {result['p50_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms (client-side, wall)"
    )
    print(
        f"loop: {stalls.callbacks} callbacks, {stalls.loop_cpu * 1e6 / args.requests:.0f} µs CPU/request; "
        f"threads CPU s: {result['threads_cpu_s']}"
    )
    print(
        f"spans exported to the in-process sink: {result['spans'] * per10k:.0f} per 10k requests in "
        f"{result['span_batches'] * per10k:.1f} batches"
    )
    if len(stalls.latencies) > 100:
        q = statistics.quantiles(stalls.latencies, n=1000)
        p50, p99, p999 = q[499], q[989], q[998]
        print(
            f"request latency in loop-thread CPU time ({len(stalls.latencies)} requests): p50 {p50 * 1e3:.2f} ms, "
            f"p99 {p99 * 1e3:.2f} ms, p99.9 {p999 * 1e3:.2f} ms, p99/p50 {p99 / p50:.2f}"
        )
    _tail_attribution(stalls, args.top)
    groups: dict[str, list[float]] = collections.defaultdict(list)
    for what, cpu, _ in stalls.records:
        groups[re.sub(r" at 0x[0-9a-f]+", "", what)].append(cpu)
    total = sum(cpu for _, cpu, _ in stalls.records)
    print(
        f"\ncallbacks >= {args.threshold_ms} ms CPU: {len(stalls.records) * per10k:.1f} per 10k requests, "
        f"{total * 1e3 * per10k:.0f} ms CPU per 10k; of which GC inside: "
        f"{sum(g for _, _, g in stalls.records) * 1e3 * per10k:.0f} ms"
    )
    print(f"{'per 10k':>8} {'median ms':>9} {'max ms':>7}  what")
    for what, cpus in sorted(groups.items(), key=lambda kv: -sum(kv[1]))[: args.top]:
        print(
            f"{len(cpus) * per10k:8.1f} {statistics.median(cpus) * 1e3:9.2f} {max(cpus) * 1e3:7.2f}  {what}"
        )
    off: dict[str, list[float]] = collections.defaultdict(list)
    for what, wall, cpu in stalls.offcpu:
        off[re.sub(r" at 0x[0-9a-f]+", "", what)].append(wall - cpu)
    print(f"\ncallbacks off CPU >= {2 * args.threshold_ms} ms inside (blocked, GIL, or preempted by the host): "
          f"{len(stalls.offcpu) * per10k:.1f} per 10k")  # fmt: skip
    for what, gaps in sorted(off.items(), key=lambda kv: -sum(kv[1]))[: args.top]:
        print(
            f"{len(gaps) * per10k:8.1f} {statistics.median(gaps) * 1e3:9.2f} {max(gaps) * 1e3:7.2f}  {what}"
        )
    if stalls.samples:
        print("\nstack samples inside callbacks >= the attribution threshold (innermost first):")
        for what, counter in sorted(stalls.samples.items(), key=lambda kv: -sum(kv[1].values()))[:8]:
            print(f"  {sum(counter.values())} samples: {what}")
            for stack, n in counter.most_common(8):
                print(f"    {n:5d}  {stack}")
    by_gen: dict[tuple[int, str], list[float]] = collections.defaultdict(list)
    for gen, cpu, _collected, thread in stalls.gcs:
        by_gen[(gen, thread)].append(cpu)
    print(f"\ngarbage collections ({gc.get_threshold()=}, frozen {gc.get_freeze_count()}):")
    print(f"{'per 10k':>8} {'median ms':>9} {'max ms':>7}  generation, thread")
    for (gen, thread), cpus in sorted(by_gen.items()):
        print(
            f"{len(cpus) * per10k:8.1f} {statistics.median(cpus) * 1e3:9.2f} {max(cpus) * 1e3:7.2f}  gen {gen}, {thread}"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    **result,
                    "requests": args.requests,
                    "stalls": [[w, c, g] for w, c, g in stalls.records],
                    "gcs": stalls.gcs,
                    "offcpu": stalls.offcpu,
                    "latencies": stalls.latencies,
                    "windows": list(stalls.windows.rows()),
                    "timeline": [(t, c, what, w0) for t, c, w0, what in stalls.timeline.rows()],
                },
                indent=1,
            )
        )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=20_000)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument(
        "--rate", type=float, default=0.0, help="requests/s cap (0: closed loop, as fast as served)"
    )
    p.add_argument("--threshold-ms", type=float, default=1.0)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--json", default="")
    p.add_argument(
        "--sample", action="store_true", help="sample the stacks of long callbacks (perturbs timing)"
    )
    p.add_argument(
        "--patch", action="append", default=[], metavar="MODULE:NAME=VALUE",
        help="set a module constant before start (experiments), e.g. overcast_sqs.store.sqlite:_CHECKPOINT_EVERY_S=3600",
    )  # fmt: skip
    p.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.client:
        return client_main(args)
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {0})  # as the bench pins the server to one core
    for patch in args.patch:
        import ast
        import importlib

        target, value = patch.split("=", 1)
        module, name = target.split(":")
        setattr(importlib.import_module(module), name, ast.literal_eval(value))
    STALLS.threshold = args.threshold_ms / 1e3
    STALLS.install()
    if args.sample:
        STALLS.start_sampler()
    result = asyncio.run(server_main(args))
    report(args, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
