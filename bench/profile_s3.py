"""cProfile of the event-loop thread under S3 load, in one process (gateway + S3 + a raw HTTP client).

The server is built as ``overcast serve`` builds it (tracing, auditing and fsync on) and listens on
loopback; pre-signed requests are sent ``--concurrency`` at a time from the same loop. The profile's
clock is the main thread's CPU time, so other tenants' load and worker threads' I/O waits do not show;
the client's own functions (``exchange``, ``drive``) are in it and easy to skip.

    .venv/bin/python bench/profile_s3.py [--scenario s3-put-4k|s3-get-4k|s3-put-1m] [--requests 3000]
        [--sort tottime|cumtime] [--top 45] [--out FILE.prof]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import pstats
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s3_cpu import drive, requests_for, signed  # noqa: E402

from overcast_common.config import Settings  # noqa: E402
from overcast_gateway.httpserver import serve  # noqa: E402
from overcast_gateway.pipeline import Gateway  # noqa: E402
from overcast_gateway.services import ServiceRegistry  # noqa: E402


async def main(args: argparse.Namespace) -> int:
    data = Path(tempfile.mkdtemp(prefix="profile-s3-"))
    for name in ("OVERCAST_XRAY_OTLP_HTTP_PORT", "OVERCAST_XRAY_OTLP_GRPC_PORT", "OVERCAST_XRAY_DAEMON_PORT"):
        os.environ.setdefault(name, "0")
    settings = Settings(data_dir=data, log_level="WARNING")
    logging.getLogger("overcast").setLevel(logging.WARNING)
    app = Gateway(settings, ServiceRegistry(settings))
    await app.start()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(app.respond, "127.0.0.1", port, stop, started=ready.set))
    await ready.wait()
    try:
        await drive(port, [signed("PUT", port, "/s3cpu")], 1)
        body = os.urandom(4096)
        await drive(port, [signed("PUT", port, f"/s3cpu/pre{i}", body) for i in range(64)], 4)
        n = args.requests
        reqs = requests_for(args.scenario, port, "s3cpu", n + 300, 0, args.concurrency)
        await drive(port, reqs[:300], args.concurrency)
        profile = cProfile.Profile(time.thread_time)
        cpu0 = time.thread_time()
        profile.enable()
        await drive(port, reqs[300:], args.concurrency)
        profile.disable()
        cpu = (time.thread_time() - cpu0) * 1e6 / n
        print(f"{args.scenario}: {cpu:.0f} µs/op of loop-thread CPU (client included)", file=sys.stderr)
        if args.out:
            profile.dump_stats(args.out)
        stats = pstats.Stats(profile)
        stats.sort_stats(args.sort).print_stats(args.top)
    finally:
        stop.set()
        await task
        await app.stop()
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scenario", default="s3-put-4k", choices=["s3-put-4k", "s3-get-4k", "s3-head-4k", "s3-put-1m"])
    p.add_argument("--requests", type=int, default=3000)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--sort", default="tottime")
    p.add_argument("--top", type=int, default=45)
    p.add_argument("--out")
    import uvloop

    sys.exit(uvloop.run(main(p.parse_args())))
