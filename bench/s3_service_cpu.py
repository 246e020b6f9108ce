"""CPU µs per S3 operation in the S3 service alone (no HTTP, no gateway): the S3 share of a request.

Builds S3 as ``overcast serve`` embeds it (SQLite metadata, blob files, fsync on, access log and
anonymous-access guard wrapped around the handler) and calls the handler with already-parsed params,
``--concurrency`` at a time. The figure is process CPU time (all threads: SQLite, blob writers) per
op, best of ``--rounds``.

    .venv/bin/python bench/s3_service_cpu.py [--requests 3000] [--rounds 3] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.identity import root_principal
from overcast_s3 import embedded

ACCOUNT = "000000000000"


def context(operation: str) -> RequestContext:
    return RequestContext(
        request_id="r", service="s3", operation=operation, protocol="rest-xml", account_id=ACCOUNT,
        region="us-east-1", principal=root_principal(ACCOUNT, "test"),
    )  # fmt: skip


async def one_chunk(body: bytes) -> AsyncIterator[bytes]:
    yield body


async def run(args: argparse.Namespace) -> int:
    data = Path(tempfile.mkdtemp(prefix="s3-service-cpu-"))
    service = await embedded.start(Settings(data_dir=data, log_level="WARNING"))
    handler = service.handler
    try:
        await handler(context("CreateBucket"), {"Bucket": "cpu"})
        small, big = os.urandom(4096), os.urandom(1 << 20)
        for i in range(64):
            await handler(context("PutObject"), {"Bucket": "cpu", "Key": f"pre{i}", "Body": one_chunk(small)})

        def put(i: int, body: bytes, keys: int | None) -> tuple[str, dict[str, Any]]:
            key = f"k{i}" if keys is None else f"big{i % keys}"
            params = {"Bucket": "cpu", "Key": key, "Body": one_chunk(body), "ContentLength": len(body)}
            return "PutObject", params

        scenarios = {
            "s3-put-4k": lambda i: put(i, small, None),
            "s3-get-4k": lambda i: ("GetObject", {"Bucket": "cpu", "Key": f"pre{i % 64}"}),
            "s3-head-4k": lambda i: ("HeadObject", {"Bucket": "cpu", "Key": f"pre{i % 64}"}),
            "s3-put-1m": lambda i: put(i, big, 16 * args.concurrency),
        }
        for name in args.scenarios.split(","):
            make = scenarios[name]
            n = args.requests if "1m" not in name else max(100, args.requests // 10)
            best = float("inf")
            for round_ in range(args.rounds):
                todo = iter(range(round_ * n, (round_ + 1) * n))

                async def worker(todo: Iterator[int] = todo, make: Callable[[int], Any] = make) -> None:
                    for i in todo:
                        operation, params = make(i)
                        result = await handler(context(operation), params)
                        body = result.get("Body")
                        if body is not None and not isinstance(body, bytes):
                            async for _ in body:
                                pass

                cpu0 = time.process_time()
                await asyncio.gather(*(worker() for _ in range(args.concurrency)))
                best = min(best, (time.process_time() - cpu0) * 1e6 / n)
            print(f"{name}: {best:.0f} µs/op S3 service CPU (best of {args.rounds})", flush=True)
    finally:
        await service.close()
        close = getattr(service.blobs, "close", None)  # an older tree's store has none
        if close is not None:
            close()
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scenarios", default="s3-put-4k,s3-get-4k,s3-head-4k,s3-put-1m")
    p.add_argument("--requests", type=int, default=3000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=16)
    import uvloop

    sys.exit(uvloop.run(run(p.parse_args())))
