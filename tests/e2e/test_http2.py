"""HTTP/2 cleartext against the running endpoint, as the AWS Java SDK's Netty client speaks it: prior
knowledge (the connection opens with the HTTP/2 preface), every request signed with SigV4 over
``:authority``. httpx with ``http1=False`` is the client; boto3 sets up what is not under test."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import time
import uuid
import zlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import boto3
import botocore.auth
import botocore.awsrequest
import botocore.credentials
import httpx
import pytest
from botocore.eventstream import EventStreamBuffer

from .conftest import REGION, ClientFactory, Server

CREDENTIALS = botocore.credentials.Credentials("test", "test")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade"}


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def signed(
    method: str, url: str, service: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> dict[str, str]:
    """The headers botocore's SigV4 signer adds (S3's signs the payload hash, as the SDKs do on http)."""
    request = botocore.awsrequest.AWSRequest(method=method, url=url, data=body, headers=headers or {})
    signer = botocore.auth.S3SigV4Auth if service == "s3" else botocore.auth.SigV4Auth
    signer(CREDENTIALS, service, REGION).add_auth(request)
    return dict(request.headers.items())


@pytest.fixture
async def h2(endpoint: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(http1=False, http2=True, base_url=endpoint, timeout=30) as client:
        yield client


async def json_call(
    client: httpx.AsyncClient, target: str, service: str, body: dict[str, Any], version: str = "1.0"
) -> httpx.Response:
    data = json.dumps(body).encode()
    headers = {"Content-Type": f"application/x-amz-json-{version}", "X-Amz-Target": target}
    url = f"{client.base_url}/"
    response = await client.post("/", content=data, headers=signed("POST", url, service, data, headers))
    assert response.http_version == "HTTP/2"
    assert not HOP_BY_HOP & set(response.headers.keys())
    return response


async def test_signed_sqs_json_calls_over_http2(h2: httpx.AsyncClient) -> None:
    created = await json_call(h2, "AmazonSQS.CreateQueue", "sqs", {"QueueName": unique("h2")})
    assert created.status_code == 200, created.text
    queue_url = created.json()["QueueUrl"]
    sends = [
        json_call(h2, "AmazonSQS.SendMessage", "sqs", {"QueueUrl": queue_url, "MessageBody": f"m{i}"})
        for i in range(5)
    ]
    for sent in await asyncio.gather(*sends):  # concurrent streams on one connection
        assert sent.status_code == 200 and "MessageId" in sent.json()
    received = await json_call(
        h2, "AmazonSQS.ReceiveMessage", "sqs", {"QueueUrl": queue_url, "MaxNumberOfMessages": 10}
    )
    assert sorted(m["Body"] for m in received.json()["Messages"]) == [f"m{i}" for i in range(5)]
    # a wrong signature is refused exactly as over HTTP/1.1
    data = json.dumps({"QueueUrl": queue_url, "MessageBody": "x"}).encode()
    headers = {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AmazonSQS.SendMessage"}
    forged = signed("POST", f"{h2.base_url}/", "sqs", data, headers)
    refused = await h2.post("/", content=data + b" ", headers=forged)
    assert refused.status_code == 403 and refused.json()["__type"].endswith("SignatureDoesNotMatch")


async def test_s3_put_and_get_of_1_mib_over_http2(
    h2: httpx.AsyncClient, client_factory: ClientFactory
) -> None:
    bucket = unique("h2")
    client_factory("s3").create_bucket(Bucket=bucket)
    body = hashlib.sha256(b"seed").digest() * (1024 * 1024 // 32)
    url = f"{h2.base_url}/{bucket}/big.bin"
    put = await h2.put(url, content=body, headers=signed("PUT", url, "s3", body))
    assert put.status_code == 200, put.text
    assert put.headers["etag"] == f'"{hashlib.md5(body).hexdigest()}"'
    got = await h2.get(url, headers=signed("GET", url, "s3"))
    assert got.status_code == 200 and got.http_version == "HTTP/2"
    assert got.headers["content-length"] == str(len(body)) and got.content == body
    head = await h2.head(url, headers=signed("HEAD", url, "s3"))
    assert (
        head.status_code == 200 and head.headers["content-length"] == str(len(body)) and head.content == b""
    )
    # aws-chunked with a CRC32 trailer, streamed in 64 KiB pieces (what newer SDKs send for uploads)
    chunked_url = f"{h2.base_url}/{bucket}/chunked.bin"
    encoded = aws_chunked(body, 65536)
    headers = {
        "Content-Encoding": "aws-chunked",
        "Content-Length": str(len(encoded)),
        "X-Amz-Decoded-Content-Length": str(len(body)),
        "X-Amz-Trailer": "x-amz-checksum-crc32",
        "X-Amz-Sdk-Checksum-Algorithm": "CRC32",
    }
    request = botocore.awsrequest.AWSRequest(method="PUT", url=chunked_url, headers=headers)
    request.context["checksum"] = {"request_algorithm": {"in": "trailer", "algorithm": "crc32"}}
    botocore.auth.S3SigV4Auth(CREDENTIALS, "s3", REGION).add_auth(request)

    async def pieces() -> AsyncIterator[bytes]:
        for start in range(0, len(encoded), 65536):
            yield encoded[start : start + 65536]

    put = await h2.put(chunked_url, content=pieces(), headers=dict(request.headers.items()))
    assert put.status_code == 200, put.text
    assert request.headers["X-Amz-Content-SHA256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
    got = await h2.get(chunked_url, headers=signed("GET", chunked_url, "s3"))
    assert got.content == body
    missing = f"{h2.base_url}/{bucket}/missing"
    absent = await h2.get(missing, headers=signed("GET", missing, "s3"))
    assert absent.status_code == 404 and b"<Code>NoSuchKey</Code>" in absent.content


async def test_subscribe_to_shard_streams_records_put_after_subscribing(
    h2: httpx.AsyncClient, client_factory: ClientFactory
) -> None:
    kinesis = client_factory("kinesis")
    name = unique("h2")
    kinesis.create_stream(StreamName=name, ShardCount=1)
    arn = await wait_for(
        lambda: kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"],
        lambda s: s["StreamStatus"] == "ACTIVE",
    )
    consumer = kinesis.register_stream_consumer(StreamARN=arn["StreamARN"], ConsumerName="h2")["Consumer"]
    await wait_for(
        lambda: kinesis.describe_stream_consumer(ConsumerARN=consumer["ConsumerARN"])["ConsumerDescription"],
        lambda c: c["ConsumerStatus"] == "ACTIVE",
    )
    subscribe = {
        "ConsumerARN": consumer["ConsumerARN"],
        "ShardId": "shardId-000000000000",
        "StartingPosition": {"Type": "LATEST"},
    }
    data = json.dumps(subscribe).encode()
    headers = {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "Kinesis_20131202.SubscribeToShard",
    }
    request = h2.build_request(
        "POST", "/", content=data, headers=signed("POST", f"{h2.base_url}/", "kinesis", data, headers)
    )
    response = await h2.send(request, stream=True)
    try:
        assert response.status_code == 200 and response.http_version == "HTTP/2"
        assert response.headers["content-type"] == "application/vnd.amazon.eventstream"
        events = event_stream(response)
        first = await asyncio.wait_for(anext(events), 10)  # the first event comes at once, empty
        assert first["Records"] == [] and first["ContinuationSequenceNumber"]
        for i in range(3):  # put on the same connection while the subscription's stream stays open
            put = await json_call(
                h2,
                "Kinesis_20131202.PutRecord",
                "kinesis",
                {"StreamName": name, "Data": b64(f"rec-{i}"), "PartitionKey": "k"},
                "1.1",
            )
            assert put.status_code == 200, put.text
        got: list[str] = []
        while len(got) < 3:
            event = await asyncio.wait_for(anext(events), 10)  # as each record is produced, not at the end
            got += [r["Data"] for r in event["Records"]]
            assert event["ContinuationSequenceNumber"]
        assert got == [b64(f"rec-{i}") for i in range(3)]
    finally:
        await response.aclose()  # RST_STREAM: the subscription ends on the server
    kinesis.delete_stream(StreamName=name, EnforceConsumerDeletion=True)


def aws_chunked(body: bytes, size: int) -> bytes:
    """``body`` in aws-chunked encoding with an unsigned CRC32 trailer."""
    out = bytearray()
    for start in range(0, len(body), size):
        piece = body[start : start + size]
        out += b"%x\r\n%b\r\n" % (len(piece), piece)
    crc = base64.b64encode(zlib.crc32(body).to_bytes(4, "big"))
    out += b"0\r\nx-amz-checksum-crc32:%b\r\n\r\n" % crc
    return bytes(out)


async def test_a_subscription_ends_its_http2_stream_cleanly_when_its_time_is_up(
    launch: Callable[..., Server], tmp_path: Path
) -> None:
    server = launch(tmp_path / "data", env={"OVERCAST_KINESIS_SUBSCRIPTION_S": "2"})
    kinesis = boto3.session.Session().client(
        "kinesis",
        endpoint_url=server.url,
        region_name=REGION,
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    kinesis.create_stream(StreamName="short", ShardCount=1)
    arn = await wait_for(
        lambda: kinesis.describe_stream_summary(StreamName="short")["StreamDescriptionSummary"],
        lambda s: s["StreamStatus"] == "ACTIVE",
    )
    consumer = kinesis.register_stream_consumer(StreamARN=arn["StreamARN"], ConsumerName="c")["Consumer"]
    await wait_for(
        lambda: kinesis.describe_stream_consumer(ConsumerARN=consumer["ConsumerARN"])["ConsumerDescription"],
        lambda c: c["ConsumerStatus"] == "ACTIVE",
    )
    body = {
        "ConsumerARN": consumer["ConsumerARN"],
        "ShardId": "shardId-000000000000",
        "StartingPosition": {"Type": "TRIM_HORIZON"},
    }
    async with httpx.AsyncClient(http1=False, http2=True, base_url=server.url, timeout=30) as h2:
        data = json.dumps(body).encode()
        headers = {
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": "Kinesis_20131202.SubscribeToShard",
        }
        signed_headers = signed("POST", f"{server.url}/", "kinesis", data, headers)
        began = time.monotonic()
        async with h2.stream("POST", "/", content=data, headers=signed_headers) as response:
            assert response.status_code == 200
            events = [event async for event in event_stream(response)]  # to the stream's END_STREAM
        assert 1.5 < time.monotonic() - began < 15 and events and all(e["Records"] == [] for e in events)
        # the connection is still good for the next call
        again = await json_call(h2, "Kinesis_20131202.ListStreams", "kinesis", {}, "1.1")
        assert again.status_code == 200 and "short" in again.json()["StreamNames"]
    kinesis.close()


async def event_stream(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    """SubscribeToShardEvent payloads, decoded from the event-stream frames as DATA frames arrive."""
    buffer = EventStreamBuffer()
    async for chunk in response.aiter_raw():
        buffer.add_data(chunk)
        for message in buffer:
            headers = message.headers
            assert headers[":message-type"] == "event", message.payload
            if headers[":event-type"] == "SubscribeToShardEvent":
                payload: dict[str, Any] = json.loads(message.payload)
                yield payload


async def wait_for(fetch: Any, done: Any, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value):
            return value
        assert time.monotonic() < deadline, value
        await asyncio.sleep(0.1)
