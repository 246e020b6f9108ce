"""Requests signed by botocore itself (and a real boto3 client) verify."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from botocore.config import Config
from overcast_common.errors import ServiceError
from overcast_common.http import HttpRequest
from overcast_common.identity import StaticCredentials
from overcast_common.sigv4 import authenticate, checksums
from overcast_common.sigv4.canonical import signing_key
from overcast_common.sigv4.testing import (
    presigned_request,
    seed_signature,
    signed_chunks,
    signed_request,
    signing_context,
    to_http_request,
    unsigned_chunks,
)

EP = "http://localhost:4566"
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}


async def _drain(request: HttpRequest) -> bytes:
    assert request.stream is not None
    return b"".join([p async for p in request.stream])


async def _pieces(data: bytes, step: int) -> AsyncIterator[bytes]:
    for i in range(0, len(data), step):
        yield data[i : i + step]


@pytest.mark.parametrize(
    ("service", "method", "url", "body", "headers"),
    [
        ("sts", "POST", f"{EP}/", b"Action=GetCallerIdentity&Version=2011-06-15", FORM),
        ("sqs", "POST", f"{EP}/", b'{"QueueName":"q"}', {"X-Amz-Target": "AmazonSQS.CreateQueue"}),
        ("dynamodb", "POST", f"{EP}/", b"{}", {"X-Amz-Target": "DynamoDB_20120810.ListTables"}),
        ("lambda", "GET", f"{EP}/2015-03-31/functions/my%20fn/configuration?Qualifier=%24LATEST", b"", {}),
        ("logs", "POST", "http://logs.us-west-2.localhost.localstack.cloud:4566/", b"{}", {}),
        ("sts", "GET", f"{EP}//a/./b/../c?Action=GetCallerIdentity&Version=2011-06-15&x=a%20b+c", b"", {}),
        ("s3", "PUT", f"{EP}/bucket/dir//a%20b/%2E%2E/%C3%A9+%21%2A?tagging", b"<Tagging/>", {}),
        ("s3", "GET", f"{EP}/bucket?list-type=2&prefix=a%2Fb&encoding-type=url", b"", {}),
        (
            "s3",
            "GET",
            "http://bucket.s3.localhost.localstack.cloud:4566/key.txt",
            b"",
            {"Range": "bytes=0-9"},
        ),
    ],
)
async def test_header_signed_requests_verify(
    creds: StaticCredentials, service: str, method: str, url: str, body: bytes, headers: dict[str, str]
) -> None:
    request = signed_request(method, url, service=service, region="eu-west-1", body=body, headers=headers)
    result = await authenticate(request, service=service, credentials=creds)
    assert result.verified and result.region == "eu-west-1" and result.signing_name == service
    assert result.principal is not None and result.principal.arn == "arn:aws:iam::000000000000:root"


@pytest.mark.parametrize(
    ("service", "url"),
    [
        ("s3", f"{EP}/bucket/some%20key?versionId=v%2F1&response-content-type=text%2Fplain"),
        ("s3", "http://bucket.localhost:4566/a/b/c"),
        ("sts", f"{EP}/?Action=GetCallerIdentity&Version=2011-06-15"),
    ],
)
async def test_presigned_urls_verify(creds: StaticCredentials, service: str, url: str) -> None:
    request = presigned_request("GET", url, service=service, expires=600)
    result = await authenticate(request, service=service, credentials=creds)
    assert result.verified and result.principal is not None


async def test_session_token_in_header_and_query(creds: StaticCredentials) -> None:
    for request in (
        signed_request(
            "GET",
            f"{EP}/bucket",
            service="s3",
            access_key="ASIATEMP",
            secret_key="temp-secret",
            token="the-token",
        ),
        presigned_request(
            "GET",
            f"{EP}/bucket/k",
            service="s3",
            access_key="ASIATEMP",
            secret_key="temp-secret",
            token="the-token",
        ),
        signed_request(
            "POST",
            f"{EP}/",
            service="sts",
            body=b"Action=GetCallerIdentity&Version=2011-06-15",
            headers=FORM,
            access_key="ASIATEMP",
            secret_key="temp-secret",
            token="the-token",
        ),
    ):
        service = "sts" if request.body else "s3"
        result = await authenticate(request, service=service, credentials=creds)
        assert result.verified and result.principal is not None
        assert result.principal.session_token == "the-token" and result.principal.access_key_id == "ASIATEMP"


async def test_other_known_account(creds: StaticCredentials) -> None:
    request = signed_request(
        "GET", f"{EP}/", service="s3", access_key="AKIAOTHERACCOUNT", secret_key="other-secret"
    )
    result = await authenticate(request, service="s3", credentials=creds)
    assert result.principal is not None and result.principal.account_id == "111111111111"


async def test_unknown_keys_accepted_unchecked(creds: StaticCredentials) -> None:
    request = signed_request(
        "POST",
        f"{EP}/",
        service="sts",
        access_key="123456789012",
        secret_key="anything",
        body=b"Action=GetCallerIdentity&Version=2011-06-15",
        headers=FORM,
    )
    result = await authenticate(request, service="sts", credentials=creds)
    assert not result.verified and result.principal is not None
    assert result.principal.account_id == "123456789012" and not result.principal.verified
    request = signed_request("GET", f"{EP}/b", service="s3", access_key="AKIAFAKE", secret_key="x")
    result = await authenticate(request, service="s3", credentials=creds, default_account="222222222222")
    assert result.principal is not None and result.principal.arn == "arn:aws:iam::222222222222:root"


async def test_unknown_keys_skip_the_clock_but_not_presigned_expiry(creds: StaticCredentials) -> None:
    from datetime import UTC, datetime, timedelta

    later = datetime.now(UTC) + timedelta(hours=2)
    request = signed_request("GET", f"{EP}/b", service="s3", access_key="AKIAFROZEN", secret_key="x")
    assert not (await authenticate(request, service="s3", credentials=creds, now=later)).verified
    request = presigned_request(
        "GET", f"{EP}/b/k", service="s3", access_key="AKIAFROZEN", secret_key="x", expires=60
    )
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service="s3", credentials=creds, now=later)
    assert err.value.message == "Request has expired"


async def test_anonymous_s3_and_opt_in_anonymous(creds: StaticCredentials) -> None:
    request = to_http_request("GET", f"{EP}/public-bucket/key", [])
    result = await authenticate(request, service="s3", credentials=creds)
    assert result.principal is None and not result.verified
    request = to_http_request("POST", f"{EP}/", [], b"Action=AssumeRoleWithWebIdentity")
    result = await authenticate(request, service="sts", credentials=creds, allow_anonymous=True)
    assert result.principal is None


async def test_s3_signed_payload_streamed(creds: StaticCredentials) -> None:
    data = b"x" * 100_000
    request = signed_request("PUT", f"{EP}/bucket/key", service="s3", body=data)
    request.body, request.stream = b"", _pieces(data, 8000)
    await authenticate(request, service="s3", credentials=creds)
    assert await _drain(request) == data


@pytest.mark.parametrize("algo", checksums.ALGORITHMS)
@pytest.mark.parametrize("trailer", [False, True])
async def test_generated_signed_streaming_bodies(creds: StaticCredentials, algo: str, trailer: bool) -> None:
    data = bytes(range(256)) * 100  # 25600 bytes: chunks of 8192, 8192, 8192, 1024
    name = f"x-amz-checksum-{algo}"
    sha = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" + ("-TRAILER" if trailer else "")
    headers = {"Content-Encoding": "aws-chunked", "x-amz-decoded-content-length": str(len(data))}
    if trailer:
        headers["x-amz-trailer"] = name
    request = signed_request("PUT", f"{EP}/bucket/obj", service="s3", headers=headers, payload=sha)
    amz_date, scope = signing_context(request)
    body = signed_chunks(
        data,
        8192,
        key=signing_key("test", amz_date[:8], "us-east-1", "s3"),
        amz_date=amz_date,
        scope=scope,
        seed=seed_signature(request),
        trailers={name: checksums.checksum_b64(algo, data)} if trailer else None,
    )
    request.stream = _pieces(body, 5000)
    await authenticate(request, service="s3", credentials=creds)
    assert await _drain(request) == data


@pytest.mark.parametrize("algo", checksums.ALGORITHMS)
async def test_generated_unsigned_trailer_bodies(creds: StaticCredentials, algo: str) -> None:
    data = b"hello trailing checksum " * 1000
    name = f"x-amz-checksum-{algo}"
    request = signed_request(
        "PUT",
        f"{EP}/bucket/obj",
        service="s3",
        payload="STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        headers={
            "Content-Encoding": "gzip,aws-chunked",
            "x-amz-trailer": name,
            "x-amz-decoded-content-length": str(len(data)),
        },
    )
    request.body = unsigned_chunks(data, 10_000, {name: checksums.checksum_b64(algo, data)})
    await authenticate(request, service="s3", credentials=creds)
    assert request.body == data and request.headers["content-encoding"] == "gzip"


def _capture_put(endpoint: str, **params: Any) -> Any:
    """A real boto3 client's PutObject, stopped just before it would hit the network."""
    session = boto3.session.Session(
        aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    client = session.client(
        "s3",
        endpoint_url=endpoint,
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 0}),
    )
    captured: dict[str, Any] = {}

    class _Raw:
        def stream(self, **_: Any) -> Any:
            return iter([b""])

    def before_send(request: Any, **_: Any) -> AWSResponse:
        captured["request"] = request
        return AWSResponse(request.url, 200, {"ETag": '"x"'}, _Raw())

    client.meta.events.register("before-send.s3.PutObject", before_send)
    client.put_object(Bucket="bucket", Key="dir/my key+é.txt", **params)
    return captured["request"]


def _from_prepared(prepared: Any) -> HttpRequest:
    body = prepared.body
    raw = body.read() if hasattr(body, "read") else (body or b"")
    return to_http_request(prepared.method, prepared.url, prepared.headers.items(), bytes(raw))


@pytest.mark.parametrize("algo", [None, "SHA1", "SHA256", "CRC32"])
async def test_boto3_put_object_over_https_sends_unsigned_trailer(
    creds: StaticCredentials, algo: str | None
) -> None:
    data = b"0123456789" * 3000
    extra = {"ChecksumAlgorithm": algo} if algo else {}
    prepared = _capture_put("https://localhost:4566", Body=data, **extra)
    request = _from_prepared(prepared)
    assert request.headers["x-amz-content-sha256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
    assert request.headers["x-amz-trailer"] == f"x-amz-checksum-{(algo or 'crc32').lower()}"
    request.stream, request.body = _pieces(request.body, 1000), b""
    result = await authenticate(request, service="s3", credentials=creds)
    assert result.verified
    assert await _drain(request) == data


async def test_boto3_put_object_over_http_signs_the_payload(creds: StaticCredentials) -> None:
    data = b"plain http upload"
    prepared = _capture_put("http://localhost:4566", Body=data, Metadata={"k": "v"})
    request = _from_prepared(prepared)
    sha = request.headers["x-amz-content-sha256"]
    assert len(sha) == 64 and "x-amz-checksum-crc32" in request.headers
    result = await authenticate(request, service="s3", credentials=creds)
    assert result.verified and request.body == data
