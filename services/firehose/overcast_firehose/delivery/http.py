"""Delivery to an HTTP endpoint in Firehose's request format (protocol version 1.0).

``POST <Url>`` with ``Content-Type: application/json``, ``X-Amz-Firehose-Protocol-Version: 1.0``,
``X-Amz-Firehose-Request-Id`` (kept across retries), ``X-Amz-Firehose-Source-Arn``,
``X-Amz-Firehose-Access-Key`` (when configured), ``X-Amz-Firehose-Common-Attributes``
(``{"commonAttributes": {...}}``) and ``Content-Encoding: gzip`` when ``RequestConfiguration``
asks; body ``{"requestId", "timestamp", "records": [{"data": <base64>}]}``. Success is a 200 whose JSON
body echoes the ``requestId``; anything else is retried, with back-off, until
``RetryOptions.DurationInSeconds`` (default 300) has passed since the first attempt.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from overcast_firehose.records import Failed, Item
from overcast_firehose.store import DeliveryStream

TIMEOUT_S = 180.0  # AWS gives an endpoint three minutes
MAX_BACKOFF_S = 30.0


@dataclass
class Outcome:
    delivered: bool
    attempts: int
    error_code: str = ""
    error_message: str = ""


def request(
    stream: DeliveryStream, config: dict[str, Any], records: list[bytes], request_id: str
) -> tuple[dict[str, str], bytes]:
    body = json.dumps(
        {
            "requestId": request_id,
            "timestamp": int(time.time() * 1000),
            "records": [{"data": base64.b64encode(data).decode()} for data in records],
        },
        separators=(",", ":"),
    ).encode()
    endpoint = config.get("EndpointConfiguration", {})
    settings = config.get("RequestConfiguration") or {}
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Amazon Kinesis Data Firehose Agent/1.0",
        "X-Amz-Firehose-Protocol-Version": "1.0",
        "X-Amz-Firehose-Request-Id": request_id,
        "X-Amz-Firehose-Source-Arn": stream.arn,
    }
    if endpoint.get("AccessKey"):
        headers["X-Amz-Firehose-Access-Key"] = endpoint["AccessKey"]
    attributes = settings.get("CommonAttributes") or []
    if attributes:
        common = {a["AttributeName"]: a["AttributeValue"] for a in attributes}
        headers["X-Amz-Firehose-Common-Attributes"] = json.dumps({"commonAttributes": common})
    if settings.get("ContentEncoding") == "GZIP":
        headers["Content-Encoding"] = "gzip"
        body = gzip.compress(body)
    return headers, body


async def post(
    client: httpx.AsyncClient,
    stream: DeliveryStream,
    config: dict[str, Any],
    records: list[bytes],
    *,
    retry_base_s: float = 1.0,
) -> Outcome:
    request_id = str(uuid.uuid4())
    url = config["EndpointConfiguration"]["Url"]
    duration = float((config.get("RetryOptions") or {}).get("DurationInSeconds", 300))
    started = time.monotonic()
    attempts = 0
    backoff = retry_base_s
    code, message = "", ""
    while True:
        attempts += 1
        headers, body = request(stream, config, records, request_id)
        try:
            response = await client.post(url, content=body, headers=headers, timeout=TIMEOUT_S)
        except httpx.TimeoutException as exc:
            code, message = "HttpEndpoint.RequestTimeout", f"Request to {url} timed out: {exc}"
        except httpx.HTTPError as exc:
            code, message = "HttpEndpoint.DestinationException", f"Could not connect to {url}: {exc}"
        else:
            code, message = _judge(response, request_id)
            if not code:
                return Outcome(True, attempts)
        remaining = duration - (time.monotonic() - started)
        if remaining <= 0:
            return Outcome(False, attempts, code, message)
        await asyncio.sleep(min(backoff, remaining, MAX_BACKOFF_S))
        backoff = min(backoff * 2, MAX_BACKOFF_S)


def _judge(response: httpx.Response, request_id: str) -> tuple[str, str]:
    """("", "") for success, else AWS's error code and message for the response."""
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if response.status_code != 200:
        detail = answer.get("errorMessage") if isinstance(answer, dict) else response.text[:512]
        return (
            "HttpEndpoint.ResponseFailure",
            f"The response received from the endpoint had status code {response.status_code}: {detail}",
        )
    if not isinstance(answer, dict) or answer.get("requestId") != request_id:
        return (
            "HttpEndpoint.InvalidResponseFromDestination",
            "The response received from the specified endpoint is invalid. Contact the owner of the endpoint to resolve the issue.",
        )
    return "", ""


def failures(items: list[Item], outcome: Outcome, url: str) -> list[Failed]:
    ended = int(time.time() * 1000)
    return [
        Failed(
            item,
            outcome.error_code,
            outcome.error_message,
            outcome.attempts,
            ended,
            {"EndpointUrl": url},
            "http-endpoint-failed",
        )
        for item in items
    ]
