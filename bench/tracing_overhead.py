"""Tracing overhead on the gateway path: µs per SQS SendMessage with tracing off vs on, in one process.

The gateway (real pipeline, SigV4, codec) and SQS (SQLite store) run in this process; requests are
fed straight to the ASGI app, so the number is the server's own CPU per call, without HTTP parsing or
a client. It is measured as this process's CPU time (all threads, so the span exporter's worker counts),
which other tenants of a shared machine do not inflate the way they inflate wall time; blocks of
requests alternate between the modes so any drift hits all alike.

    .venv/bin/python bench/tracing_overhead.py [--requests 3000] [--rounds 7]

Modes: ``off`` (OTEL_SDK_DISABLED), ``on`` (spans batched to the in-process sink, nobody listening:
the cost of making and queueing spans), ``on+xray`` (the embedded X-Ray service listens on the sink and
turns every span into a stored segment, in this process, as ``overcast serve`` does).
For the throughput through the full server, run ``../shared/bench/awsbench.py`` (see docs/performance.md).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from overcast_common.config import Settings
from overcast_common.telemetry import configure_telemetry, shutdown_telemetry, sink
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry

HOST = "localhost:4566"


def signed(operation: str, body: dict[str, Any]) -> tuple[list[tuple[bytes, bytes]], bytes]:
    request = AWSRequest(
        "POST",
        f"http://{HOST}/",
        data=json.dumps(body).encode(),
        headers={"X-Amz-Target": f"AmazonSQS.{operation}", "Content-Type": "application/x-amz-json-1.0"},
    )
    SigV4Auth(Credentials("test", "test"), "sqs", "us-east-1").add_auth(request)
    headers = [(k.lower().encode(), v.encode()) for k, v in request.headers.items()]
    headers.append((b"host", HOST.encode()))
    assert isinstance(request.body, bytes)
    return headers, request.body


async def call(app: Gateway, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, bytes]:
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "raw_path": b"/",
        "query_string": b"",
        "headers": headers,
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message.get("body"):
            chunks.append(message["body"])

    await app(scope, receive, send)
    return status, b"".join(chunks)


async def main(requests: int, rounds: int) -> dict[str, list[float]]:
    data = Path(tempfile.mkdtemp(prefix="trace-bench-"))
    # X-Ray's listeners on free ports: never clash with an Overcast already running
    for port in ("OVERCAST_XRAY_OTLP_HTTP_PORT", "OVERCAST_XRAY_OTLP_GRPC_PORT", "OVERCAST_XRAY_DAEMON_PORT"):
        os.environ.setdefault(port, "0")
    settings = Settings(data_dir=data, services=("sqs", "xray"), log_level="WARNING")
    import logging

    logging.getLogger("overcast").setLevel(logging.WARNING)
    configure_telemetry("overcast", Settings(otel_sdk_disabled=True))
    app = Gateway(settings, ServiceRegistry(settings))
    await app.start()
    [xray_sink] = sink._sinks  # the X-Ray service's; plugged in only for the on+xray mode
    sink._sinks.clear()
    status, body = await call(app, *signed("CreateQueue", {"QueueName": "bench"}))
    assert status == 200, body
    url = json.loads(body)["QueueUrl"]
    send = signed("SendMessage", {"QueueUrl": url, "MessageBody": "x" * 256})
    results: dict[str, list[float]] = {"off": [], "on": [], "on+xray": []}
    for _ in range(200):  # warm up caches and the router
        await call(app, *send)
    for _ in range(rounds):
        for mode in results:
            unregister = sink.register(xray_sink) if mode == "on+xray" else None
            configure_telemetry("overcast", Settings(otel_sdk_disabled=mode == "off"))
            started = time.process_time()
            for _ in range(requests):
                status, _body = await call(app, *send)
                assert status == 200
            elapsed = time.process_time() - started
            shutdown_telemetry()  # the batch worker's export work lands in this mode's time too
            await asyncio.sleep(0.05)  # and X-Ray's stores of what it was handed
            elapsed_all = time.process_time() - started
            if unregister:
                unregister()
            results[mode].append(elapsed_all / requests * 1e6)
            print(
                f"{mode:8} {elapsed / requests * 1e6:7.1f} µs CPU/request ({elapsed_all / requests * 1e6:.1f} with flush)",
                file=sys.stderr,
            )
    await app.stop()
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    out = asyncio.run(main(args.requests, args.rounds))
    base = statistics.median(out["off"])
    for mode, values in out.items():
        median = statistics.median(values)
        print(
            f"{mode:8} median {median:7.1f} µs CPU/request  (+{median - base:5.1f} µs, {100 * (median / base - 1):+.1f} %)"
        )
