"""CPU µs per request through the whole HTTP stack, uvicorn vs the gateway's own server, one process.

The gateway and every service run in this process as ``overcast serve`` runs them (defaults: tracing
and auditing on, SQLite stores); each HTTP server in turn listens on loopback and a minimal keep-alive
client in the same process sends ``--concurrency`` pre-signed requests at a time. The figure is this
process's CPU time (all threads) per request: server + client, the client's share being the same for
both servers, so the *difference* is the server's. Rounds alternate the servers so drift hits both.
Other tenants inflate wall time far more than CPU time; on a busy box compare medians of many rounds.

    .venv/bin/python bench/request_cpu.py [--scenario sqs-send|s3-put-4k|s3-get-4k] [--requests 4000]
        [--rounds 5] [--servers own,uvicorn]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import uvicorn
from overcast_common.config import Settings
from overcast_gateway.coalesce import CoalescingHttpToolsProtocol
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry
from rawhttp import exchange, raw_request


async def drive(port: int, requests: list[bytes], concurrency: int, total: int) -> None:
    conns = [await asyncio.open_connection("127.0.0.1", port) for _ in range(concurrency)]
    counter = iter(range(total))

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for i in counter:
            await exchange(reader, writer, requests[i % len(requests)])

    await asyncio.gather(*(worker(r, w) for r, w in conns))
    for _, w in conns:
        w.close()


@contextlib.asynccontextmanager
async def listening(kind: str, app: Gateway):  # type: ignore[no-untyped-def]
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    if kind == "uvicorn":
        config = uvicorn.Config(
            app, http=CoalescingHttpToolsProtocol, log_config=None, lifespan="off", access_log=False,
            proxy_headers=False, server_header=False,
        )  # fmt: skip
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            await asyncio.sleep(0.01)
        try:
            yield port
        finally:
            server.should_exit = True
            await task
    else:
        from overcast_gateway.httpserver import serve  # absent from trees older than the own server

        sock.close()
        stop = asyncio.Event()
        ready = asyncio.Event()
        task = asyncio.create_task(serve(app.respond, "127.0.0.1", port, stop, started=ready.set))
        await ready.wait()
        try:
            yield port
        finally:
            stop.set()
            await task


async def setup(app: Gateway, scenario: str, base: str) -> list[bytes]:
    port_holder: list[bytes] = []
    del port_holder
    if scenario.startswith("sqs"):
        create = raw_request(
            "POST", f"{base}/", json.dumps({"QueueName": "cpu"}).encode(),
            {"X-Amz-Target": "AmazonSQS.CreateQueue", "Content-Type": "application/x-amz-json-1.0"}, "sqs",
        )  # fmt: skip
        send = {"QueueUrl": f"{base}/000000000000/cpu", "MessageBody": "x" * 256}
        return [
            create,
            raw_request(
                "POST", f"{base}/", json.dumps(send).encode(),
                {"X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0"}, "sqs",
            ),
        ]  # fmt: skip
    body = os.urandom(4096)
    puts = [raw_request("PUT", f"{base}/cpu-bucket/k{i}", body, {}, "s3") for i in range(64)]
    make = raw_request("PUT", f"{base}/cpu-bucket", b"", {}, "s3")
    if scenario == "s3-put-4k":
        return [make, *puts]
    return [make, *puts, *(raw_request("GET", f"{base}/cpu-bucket/k{i}", b"", {}, "s3") for i in range(64))]


async def main(args: argparse.Namespace) -> int:
    data = Path(tempfile.mkdtemp(prefix="request-cpu-"))
    for port in ("OVERCAST_XRAY_OTLP_HTTP_PORT", "OVERCAST_XRAY_OTLP_GRPC_PORT", "OVERCAST_XRAY_DAEMON_PORT"):
        os.environ.setdefault(port, "0")
    os.environ.setdefault("OVERCAST_SQS_STRICT_TIMING", "0")
    settings = Settings(data_dir=data, log_level="WARNING")
    logging.getLogger("overcast").setLevel(logging.WARNING)
    app = Gateway(settings, ServiceRegistry(settings))
    await app.start()
    servers = [s for s in args.servers.split(",") if s]
    results: dict[str, list[float]] = {s: [] for s in servers}
    try:
        first = True
        for _ in range(args.rounds):
            for kind in servers:
                async with listening(kind, app) as port:
                    base = f"http://127.0.0.1:{port}"
                    reqs = await setup(app, args.scenario, base)
                    if first:  # create the queue / bucket (and objects) once
                        await drive(port, reqs[:1], 1, 1)
                        if args.scenario == "s3-get-4k":
                            await drive(port, reqs[1:65], 4, 64)
                        first = False
                    work = reqs[1:] if args.scenario != "s3-get-4k" else reqs[65:]
                    await drive(port, work, args.concurrency, 200)  # warm-up
                    cpu0 = time.process_time()
                    await drive(port, work, args.concurrency, args.requests)
                    results[kind].append((time.process_time() - cpu0) * 1e6 / args.requests)
                print(f"{kind:8s} {results[kind][-1]:7.1f} µs/request", file=sys.stderr, flush=True)
    finally:
        await app.stop()
    for kind, values in results.items():
        print(f"{args.scenario} {kind}: median {statistics.median(values):.1f} µs/request (server + client), "
              f"runs {', '.join(f'{v:.0f}' for v in values)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--scenario", default="sqs-send", choices=["sqs-send", "s3-put-4k", "s3-get-4k"])
    p.add_argument("--requests", type=int, default=4000)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--servers", default="own,uvicorn")
    try:
        import uvloop

        sys.exit(uvloop.run(main(p.parse_args())))
    except ImportError:
        sys.exit(asyncio.run(main(p.parse_args())))
