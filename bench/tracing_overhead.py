"""Tracing and auditing overhead on the gateway path: CPU µs per SQS SendMessage, four ways, one process.

The gateway (real pipeline, SigV4, codec), SQS (SQLite store), X-Ray and CloudTrail run in this process,
as ``overcast serve`` runs them; requests are fed straight to the ASGI app, so the number is the server's
own CPU per call, without HTTP parsing or a client. It is this process's CPU time (utime + stime of all
threads, so the span exporter's worker and SQLite's threads count), which other tenants of a shared
machine do not inflate the way they inflate wall time; blocks of requests alternate between the modes
so any drift hits all alike.

    .venv/bin/python bench/tracing_overhead.py [--requests 3000] [--rounds 5] [--sampler always_on]

Modes: ``both off`` (``OTEL_SDK_DISABLED``, auditing off), ``tracing off`` (auditing on), ``audit off``
(tracing on, the embedded X-Ray ingesting every recorded span), ``all on`` (what ``make run`` does).
``--sampler default``: X-Ray's default rule for calls without a decision (first call each second, then
5 %); ``always_on``: every call recorded (``OTEL_TRACES_SAMPLER=parentbased_always_on``), the worst case.
``--via http``: raw request bytes through the gateway's own HTTP server (``httpserver.HttpProtocol`` on
an in-memory transport), the path ``overcast serve`` takes, instead of ASGI messages straight to the app.
``--trace-header 1`` / ``0``: every request carries ``X-Amzn-Trace-Id: Root=…;Sampled=1`` / ``=0`` (a
traced client; ``1`` records every call whatever the sampler). ``--sample-rate 1``: X-Ray's default rule
sampling every call (the cost of one sampled call, deterministic under callgrind).

Contention on a shared box makes even CPU time drift by ±30 % between blocks; for a deterministic
comparison count instructions instead: ``--only MODE`` runs one mode, and the difference between two
request counts under callgrind is the per-request cost (``bench/tracing_callgrind.sh``).
Auditing: SendMessage is a data event, recorded only while a trail asks for it (``--data-trail``
creates one that does, so every send is audited and delivered as AWS would).
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
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from counting import pin_background
from overcast_cloudtrail import eventlog
from overcast_common.config import Settings
from overcast_common.telemetry import active, configure_telemetry, shutdown_telemetry, sink
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry
from overcast_xray import ingest as xray_ingest

HOST = "localhost:4566"


def signed(
    operation: str, body: dict[str, Any], service: str = "sqs"
) -> tuple[list[tuple[bytes, bytes]], bytes]:
    target, version = {
        "sqs": ("AmazonSQS", "1.0"),
        "cloudtrail": ("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101", "1.1"),
    }[service]
    request = AWSRequest(
        "POST",
        f"http://{HOST}/",
        data=json.dumps(body).encode(),
        headers={
            "X-Amz-Target": f"{target}.{operation}",
            "Content-Type": f"application/x-amz-json-{version}",
        },
    )
    SigV4Auth(Credentials("test", "test"), service, "us-east-1").add_auth(request)
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

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message.get("body"):
            chunks.append(message["body"])

    await app(scope, receive, send)
    return status, b"".join(chunks)


class _Transport:
    """An in-memory transport for ``HttpProtocol``: what the server writes is kept, nothing else happens."""

    def __init__(self) -> None:
        self.written: list[bytes] = []

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return ("127.0.0.1", 50000) if name == "peername" else default

    def write(self, data: bytes) -> None:
        self.written.append(data)

    def is_closing(self) -> bool:
        return False

    def close(self) -> None:
        pass

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


class HttpFeed:
    """The gateway's own HTTP server (``overcast_gateway.httpserver``) on one keep-alive connection fed raw
    request bytes in memory: the path ``overcast serve`` takes, minus the socket syscalls."""

    def __init__(self, app: Gateway) -> None:
        from overcast_gateway.httpserver import HttpProtocol, ServerState

        self.transport = _Transport()
        self.protocol = HttpProtocol(ServerState(app.respond))
        self.protocol.connection_made(self.transport)  # type: ignore[arg-type]

    async def call(self, raw: bytes) -> tuple[int, bytes]:
        self.transport.written.clear()
        self.protocol.data_received(raw)
        task = self.protocol._task
        if task is not None:
            await task
        out = b"".join(self.transport.written)
        head, _, body = out.partition(b"\r\n\r\n")
        return int(head.split(b" ", 2)[1]), body


def raw_http(headers: list[tuple[bytes, bytes]], body: bytes) -> bytes:
    lines = [b"POST / HTTP/1.1", b"Content-Length: %d" % len(body)]
    lines += [k + b": " + v for k, v in headers if k != b"content-length"]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


MODES = {
    "both off": (False, False),
    "tracing off": (False, True),
    "audit off": (True, False),
    "all on": (True, True),
}


async def main(
    requests: int,
    rounds: int,
    *,
    header: str,
    data_trail: bool,
    only: str = "",
    via: str = "asgi",
    sample_rate: float | None = None,
    xray_linger: float | None = None,
) -> dict[str, list[float]]:
    data = Path(tempfile.mkdtemp(prefix="trace-bench-"))
    # X-Ray's listeners on free ports: never clash with an Overcast already running
    for port in ("OVERCAST_XRAY_OTLP_HTTP_PORT", "OVERCAST_XRAY_OTLP_GRPC_PORT", "OVERCAST_XRAY_DAEMON_PORT"):
        os.environ.setdefault(port, "0")
    os.environ["OVERCAST_AUDIT"] = "on"
    if only:  # counting instructions: keep wall-clock-driven background work out of the per-request count
        pin_background()
    if xray_linger is not None:
        xray_ingest.LINGER_S = xray_linger
    services = ("sqs", "xray", "cloudtrail", "s3") if data_trail else ("sqs", "xray", "cloudtrail")
    settings = Settings(data_dir=data, services=services, log_level="WARNING")
    import logging

    logging.getLogger("overcast").setLevel(logging.WARNING)
    configure_telemetry("overcast", Settings(otel_sdk_disabled=True))
    app = Gateway(settings, ServiceRegistry(settings))
    await app.start()
    [xray_sink] = sink._sinks  # the X-Ray service's; plugged in only while tracing is on
    sink._sinks.clear()
    if only:
        app.audit.interval = 3600.0  # batches ship when full (500) and at the flush after the block
    status, body = await call(app, *signed("CreateQueue", {"QueueName": "bench"}))
    assert status == 200, body
    url = json.loads(body)["QueueUrl"]
    if data_trail:
        from overcast_common.peers import peers

        await peers.call("s3", "CreateBucket", {"Bucket": "bench-trail"}, account_id="000000000000",
                         region="us-east-1", caller="bench")  # fmt: skip
        for operation, params in (
            ("CreateTrail", {"Name": "bench", "S3BucketName": "bench-trail"}),
            ("StartLogging", {"Name": "bench"}),
            ("PutEventSelectors", {"TrailName": "bench", "AdvancedEventSelectors": [
                {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                    {"Field": "resources.type", "Equals": ["AWS::SQS::Queue"]}]}]}),
        ):  # fmt: skip
            status, body = await call(app, *signed(operation, params, "cloudtrail"))
            assert status == 200, body
        await asyncio.sleep(1.5)  # the audit step learns which data events the trail wants
    send = signed("SendMessage", {"QueueUrl": url, "MessageBody": "x" * 256})
    if header:
        trace = f"Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled={header}"
        send = ([*send[0], (b"x-amzn-trace-id", trace.encode())], send[1])
    modes = {only: MODES[only]} if only else MODES
    results: dict[str, list[float]] = {mode: [] for mode in modes}
    if via == "http":
        feed, raw = HttpFeed(app), raw_http(*send)

        async def send_one() -> tuple[int, bytes]:
            return await feed.call(raw)
    else:

        async def send_one() -> tuple[int, bytes]:
            return await call(app, *send)

    for _ in range(200):  # warm up caches and the router
        status, _body = await send_one()
        assert status == 200, _body
    for _ in range(rounds):
        for mode, (tracing, auditing) in modes.items():
            unregister = sink.register(xray_sink) if tracing else None
            configure_telemetry("overcast", Settings(otel_sdk_disabled=not tracing))
            recorder = active().recorder
            if only and recorder is not None:
                # X-Ray's rule records the first call of each second: under callgrind (~50x slower) that
                # would be one call in a few; at real speed it is one in thousands. Keep the 5 % only.
                recorder._root_rule.reservoir = 0
            if sample_rate is not None and recorder is not None:
                recorder._root_rule.rate = sample_rate  # X-Ray's rule with another rate: 1 samples every call
            app.audit.enabled = auditing
            started = time.process_time()
            for _ in range(requests):
                status, _body = await send_one()
                assert status == 200
            elapsed = time.process_time() - started
            shutdown_telemetry()  # the batch worker's export work lands in this mode's time too
            await app.audit.flush()  # and the audit drain's
            await asyncio.sleep(0.4)  # and X-Ray's / CloudTrail's stores of what they were handed
            elapsed_all = time.process_time() - started
            if unregister:
                unregister()
            results[mode].append(elapsed_all / requests * 1e6)
            print(
                f"{mode:12} {elapsed / requests * 1e6:7.1f} µs CPU/request ({elapsed_all / requests * 1e6:.1f} with flush)",
                file=sys.stderr,
            )
    print(f"audit: {app.audit.stats}", file=sys.stderr)
    xray = app.services._entries["xray"].embedded
    print(
        f"xray segments stored: {getattr(getattr(xray, 'ingestor', None), 'accepted', '?')}", file=sys.stderr
    )
    eventlog.WAIT_MS = 500  # the indexer's read in flight is then cancelled after 2.5 s, not waited out
    await app.stop()
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sampler", choices=("default", "always_on"), default="default")
    parser.add_argument(
        "--trace-header", choices=("", "0", "1"), default="", help="send X-Amzn-Trace-Id with Sampled=0/1"
    )
    parser.add_argument("--only", choices=("", *MODES), default="", help="one mode (for callgrind)")
    parser.add_argument(
        "--sample-rate",
        type=float,
        default=None,
        help="X-Ray's default rule with this rate instead of 0.05 (1: every call sampled, decided as "
        "the default rule decides, unlike --sampler always_on which goes through the SDK's sampler)",
    )
    parser.add_argument(
        "--xray-linger",
        type=float,
        default=None,
        help="seconds X-Ray's ingestor waits for a full batch (--only: 60); under callgrind a long one "
        "(with OTEL_BSP_SCHEDULE_DELAY long too) makes batches count-triggered, so counts repeat",
    )
    parser.add_argument("--data-trail", action="store_true")
    parser.add_argument(
        "--via",
        choices=("asgi", "http"),
        default="asgi",
        help="asgi: scope/receive/send straight to the app; http: raw bytes through the gateway's own HTTP "
        "server (what `overcast serve` runs), in memory",
    )
    args = parser.parse_args()
    if args.sampler == "always_on":
        os.environ["OTEL_TRACES_SAMPLER"] = "parentbased_always_on"
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    out = asyncio.run(
        main(
            args.requests,
            args.rounds,
            header=args.trace_header,
            data_trail=args.data_trail,
            only=args.only,
            via=args.via,
            sample_rate=args.sample_rate,
            xray_linger=args.xray_linger,
        )
    )
    base = statistics.median(out.get("both off") or next(iter(out.values())))
    for mode, values in out.items():
        median = statistics.median(values)
        print(
            f"{mode:12} median {median:7.1f} µs CPU/request  (+{median - base:5.1f} µs, {100 * (median / base - 1):+.1f} %)"
        )
