"""Micro-benchmark of the shared request path: µs per call of each piece every AWS call pays.

A botocore-signed SQS ``SendMessage`` (JSON protocol, as boto3 sends it) goes through each piece the
gateway runs, in process, with no network and no service behind it:

    .venv/bin/python bench/request_path.py            # best of 5 rounds of 2,000 calls per piece

Pieces: building ``Headers`` from ASGI's raw pairs, ``Headers.get`` (hit and miss), service and
operation detection, SigV4 verification, the JSON parser and serializer, the request id and the
access-log line. Numbers are best-of-rounds (the least disturbed by other tenants of the machine).
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from overcast_common.http import Headers, HttpRequest
from overcast_common.identity import StaticCredentials
from overcast_common.protocol import models, parsers, router, serializers
from overcast_common.sigv4 import authenticate
from overcast_common.sigv4.testing import signed_request

QUEUE_URL = "http://127.0.0.1:4566/000000000000/bench"


def send_message_request() -> HttpRequest:
    body = json.dumps({"QueueUrl": QUEUE_URL, "MessageBody": "x" * 64}).encode()
    headers = {
        "X-Amz-Target": "AmazonSQS.SendMessage",
        "Content-Type": "application/x-amz-json-1.0",
        "User-Agent": "Boto3/1.40.0 md/Botocore#1.40.0 ua/2.1 os/linux lang/python#3.11 cfg/retry-mode#legacy",
        "x-amz-query-mode": "true",
        "amz-sdk-invocation-id": "3c4b1e5e-6a0e-4c7c-9f59-6a1b1bd0c0a1",
        "amz-sdk-request": "attempt=1",
        "Content-Length": str(len(body)),
        "Accept-Encoding": "identity",
    }
    return signed_request("POST", "http://127.0.0.1:4566/", service="sqs", body=body, headers=headers)


def timed(fn: Callable[[], Any], n: int = 2000, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - start) / n)
    return best * 1e6


def main() -> None:
    request = send_message_request()
    raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in request.headers.items_raw()]
    creds = StaticCredentials()
    loop = asyncio.new_event_loop()
    router.warm_up(["sqs"])
    service = router.detect_service(request)
    route = router.detect_operation("sqs", request)
    params = parsers.parse_request(route.operation, route.protocol, request, {})
    result = {
        "MD5OfMessageBody": "0123456789abcdef0123456789abcdef",
        "MessageId": "5fea7756-0ea4-451a-a703-a558b933e274",
    }
    assert service == "sqs" and params["QueueUrl"] == QUEUE_URL
    models.service_model("sqs")

    def headers_from_asgi() -> None:
        Headers([(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw])

    def verify() -> None:
        loop.run_until_complete(authenticate(request, service="sqs", credentials=creds))

    def fresh() -> HttpRequest:
        headers = Headers([(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw])
        return HttpRequest("POST", "/", headers=headers, body=request.body)

    async def whole_path(n: int) -> None:
        # what every call pays, on a new request each time (no index or cache left from the last)
        for _ in range(n):
            r = fresh()
            router.detect_service(r)
            found = router.detect_operation("sqs", r)
            await authenticate(r, service="sqs", credentials=creds)
            parsers.parse_request(found.operation, found.protocol, r, {})
            serializers.serialize_response(found.operation, found.protocol, result, "rid")

    results: dict[str, float] = {
        "Headers from ASGI pairs": timed(headers_from_asgi),
        "Headers.get x5 (3 hits, 2 misses), fresh Headers": timed(
            lambda: _lookups(Headers(request.headers.items_raw()))
        ),
        "detect_service": timed(lambda: router.detect_service(request)),
        "detect_operation": timed(lambda: router.detect_operation("sqs", request)),
        "SigV4 authenticate (incl. loop.run_until_complete)": timed(verify),
        "loop.run_until_complete (baseline to subtract)": timed(lambda: loop.run_until_complete(_noop())),
        "parse_request (json)": timed(
            lambda: parsers.parse_request(route.operation, route.protocol, request, {})
        ),
        "serialize_response (json)": timed(
            lambda: serializers.serialize_response(route.operation, route.protocol, result, "rid")
        ),
    }
    results["whole path: headers, route, SigV4, parse, serialize"] = (
        min(_timed_async(loop, whole_path) for _ in range(5)) * 1e6
    )
    results.update(_gateway_pieces())
    width = max(map(len, results))
    for name, us in results.items():
        print(f"{name:<{width}}  {us:8.2f} µs")


def _timed_async(loop: asyncio.AbstractEventLoop, run: Callable[[int], Any], n: int = 2000) -> float:
    start = time.perf_counter()
    loop.run_until_complete(run(n))
    return (time.perf_counter() - start) / n


def _lookups(headers: Headers) -> None:
    headers.get("host", "")
    headers.get("user-agent", "")
    headers.get("x-amzn-trace-id")
    headers.get("traceparent")
    headers.get("content-type", "")


async def _noop() -> None:
    return None


def _gateway_pieces() -> dict[str, float]:
    """Request id and log line, if the gateway is importable (it is in the project venv)."""
    try:
        from overcast_gateway import pipeline
    except ImportError:
        return {}
    out: dict[str, float] = {}
    new_id = getattr(pipeline, "new_request_id", None)
    if new_id is not None:
        out["request id"] = timed(new_id)
    else:
        import uuid

        out["request id"] = timed(lambda: str(uuid.uuid4()))
    sink = io.StringIO()
    saved = sys.stderr
    try:
        from overcast_common.logs import configure_logging

        sys.stderr = sink
        configure_logging("INFO", sink)
        ex = _exchange(pipeline)
        out["log_request (one line)"] = timed(lambda: pipeline.log_request(ex, 200))
        flush = getattr(pipeline, "flush_request_log", None)
        if flush is not None:
            flush()
    finally:
        sys.stderr = saved
    return out


def _exchange(pipeline: Any) -> Any:
    from overcast_common.context import RequestContext

    ctx = RequestContext(request_id="5fea7756-0ea4-451a-a703-a558b933e274", region="us-east-1")
    ctx.account_id, ctx.service, ctx.operation = "000000000000", "sqs", "SendMessage"
    ex = pipeline.Exchange(send_message_request(), ctx)
    ex.auth = object()
    return ex


if __name__ == "__main__":
    main()
