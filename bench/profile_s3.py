"""cProfile of the event-loop thread under S3 load, in one process (gateway + S3 + a raw HTTP client).

The server is built as ``overcast serve`` builds it (tracing, auditing and fsync on) and listens on
loopback; pre-signed requests are sent ``--concurrency`` at a time from the same loop. The profile's
clock is the main thread's CPU time, so other tenants' load and worker threads' I/O waits do not show;
the client's own functions (``exchange``, ``drive``) are in it and easy to skip.

    .venv/bin/python bench/profile_s3.py [--scenario s3-put-4k|s3-get-4k|s3-put-1m] [--requests 3000]
        [--sort tottime|cumtime] [--top 45] [--out FILE.prof]
    .venv/bin/python bench/profile_s3.py --pieces     # no cProfile: loop-thread CPU µs/op per piece

``--pieces`` wraps the request path's steps (routing, parsing, SigV4, serializing, the S3 handler) in
thread-CPU timers instead of profiling, so the figures carry no profiler overhead.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inproc import start_gateway
from overcast_common.config import Settings
from s3_cpu import drive, requests_for, signed

PIECES: dict[str, float] = {}


def _timed(name: str, fn: Any) -> Any:
    if asyncio.iscoroutinefunction(fn):

        async def timed_async(*a: Any, **k: Any) -> Any:
            # only for steps that do not really suspend: an await would count other tasks' CPU
            t0 = time.thread_time()
            try:
                return await fn(*a, **k)
            finally:
                PIECES[name] = PIECES.get(name, 0.0) + time.thread_time() - t0

        return timed_async

    def timed(*a: Any, **k: Any) -> Any:
        t0 = time.thread_time()
        try:
            return fn(*a, **k)
        finally:
            PIECES[name] = PIECES.get(name, 0.0) + time.thread_time() - t0

    return timed


def instrument() -> None:
    from overcast_common import sigv4
    from overcast_common.protocol import parsers, router, serializers
    from overcast_common.protocol.parsers import rest as rest_parser
    from overcast_common.protocol.serializers import rest as rest_serializer

    router.detect_service = _timed("route: detect_service", router.detect_service)
    router.detect_operation = _timed("route: detect_operation", router.detect_operation)
    parsers.parse_request = _timed("codec: parse_request", parsers.parse_request)
    rest_parser._located_members = _timed("  of which rest _located_members", rest_parser._located_members)
    serializers.serialize_response = _timed("codec: serialize_response", serializers.serialize_response)
    rest_serializer._bind_non_body = _timed("  of which rest _bind_non_body", rest_serializer._bind_non_body)
    sigv4.authenticate = _timed("sigv4: authenticate (sync part)", sigv4.authenticate)


async def main(args: argparse.Namespace) -> int:
    data = Path(tempfile.mkdtemp(prefix="profile-s3-"))
    for name in ("OVERCAST_XRAY_OTLP_HTTP_PORT", "OVERCAST_XRAY_OTLP_GRPC_PORT", "OVERCAST_XRAY_DAEMON_PORT"):
        os.environ.setdefault(name, "0")
    settings = Settings(data_dir=data, log_level="WARNING")
    logging.getLogger("overcast").setLevel(logging.WARNING)
    if args.pieces:
        instrument()
    port, close_server = await start_gateway(settings)
    try:
        await drive(port, [signed("PUT", port, "/s3cpu")], 1)
        body = os.urandom(4096)
        await drive(port, [signed("PUT", port, f"/s3cpu/pre{i}", body) for i in range(64)], 4)
        n = args.requests
        reqs = requests_for(args.scenario, port, "s3cpu", n + 300, 0, args.concurrency)
        await drive(port, reqs[:300], args.concurrency)
        profile = cProfile.Profile(time.thread_time)
        PIECES.clear()
        cpu0 = time.thread_time()
        if not args.pieces:
            profile.enable()
        await drive(port, reqs[300:], args.concurrency)
        profile.disable()
        cpu = (time.thread_time() - cpu0) * 1e6 / n
        print(f"{args.scenario}: {cpu:.0f} µs/op of loop-thread CPU (client included)", file=sys.stderr)
        if args.pieces:
            for name, seconds in PIECES.items():
                print(f"{seconds * 1e6 / n:8.1f} µs/op  {name}")
            return 0
        if args.out:
            profile.dump_stats(args.out)
        stats = pstats.Stats(profile)
        stats.sort_stats(args.sort).print_stats(args.top)
    finally:
        await close_server()
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "--scenario", default="s3-put-4k", choices=["s3-put-4k", "s3-get-4k", "s3-head-4k", "s3-put-1m"]
    )
    p.add_argument("--requests", type=int, default=3000)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--sort", default="tottime")
    p.add_argument("--top", type=int, default=45)
    p.add_argument("--out")
    p.add_argument("--pieces", action="store_true")
    import uvloop

    sys.exit(uvloop.run(main(p.parse_args())))
