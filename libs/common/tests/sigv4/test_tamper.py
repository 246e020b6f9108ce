"""Every tampered request is rejected with the code and status AWS answers with."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import pytest
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
STS_BODY = b"Action=GetCallerIdentity&Version=2011-06-15"
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "X-Amz-Meta-Note": "hello"}


def sts(**kw: object) -> HttpRequest:
    return signed_request("POST", f"{EP}/", service="sts", body=STS_BODY, headers=FORM, **kw)  # type: ignore[arg-type]


def s3_put(**kw: object) -> HttpRequest:
    return signed_request(
        "PUT",
        f"{EP}/bucket/key?tagging",
        service="s3",
        body=b"<Tagging/>",
        headers={"Content-Type": "text/xml", "x-amz-meta-a": "b"},
        **kw,  # type: ignore[arg-type]
    )


def s3_presigned(**kw: object) -> HttpRequest:
    return presigned_request("GET", f"{EP}/bucket/key?versionId=v1", service="s3", **kw)  # type: ignore[arg-type]


def sts_presigned(**kw: object) -> HttpRequest:
    return presigned_request("GET", f"{EP}/?Action=GetCallerIdentity&Version=2011-06-15", service="sts", **kw)  # type: ignore[arg-type]


def set_header(name: str, value: str) -> Callable[[HttpRequest], None]:
    return lambda r: r.headers.set(name, value)


def edit_auth(old: str, new: str) -> Callable[[HttpRequest], None]:
    def edit(r: HttpRequest) -> None:
        r.headers.set("Authorization", r.headers["authorization"].replace(old, new, 1))

    return edit


def edit_query(old: str, new: str) -> Callable[[HttpRequest], None]:
    def edit(r: HttpRequest) -> None:
        assert old in r.query_string
        r.query_string = r.query_string.replace(old, new, 1)

    return edit


def shift_date(seconds: int) -> Callable[[HttpRequest], None]:
    def edit(r: HttpRequest) -> None:
        t = datetime.strptime(r.headers["x-amz-date"], "%Y%m%dT%H%M%SZ") + timedelta(seconds=seconds)
        r.headers.set("X-Amz-Date", t.strftime("%Y%m%dT%H%M%SZ"))

    return edit


def flip_body_byte(r: HttpRequest) -> None:
    r.body = r.body[:-1] + bytes([r.body[-1] ^ 1])


def drop_signed_header(name: str) -> Callable[[HttpRequest], None]:
    def edit(r: HttpRequest) -> None:
        assert name in r.headers["authorization"]
        r.headers.remove(name)

    return edit


def nothing(r: HttpRequest) -> None:
    pass


LATER = timedelta(minutes=16)

CASES: list[
    tuple[str, Callable[[], HttpRequest], str, Callable[[HttpRequest], None], timedelta, str, int]
] = [
    # name, build, service, tamper, clock offset, code, status
    ("sts body byte", sts, "sts", flip_body_byte, timedelta(), "SignatureDoesNotMatch", 403),
    ("s3 body byte", s3_put, "s3", flip_body_byte, timedelta(), "XAmzContentSHA256Mismatch", 400),
    (
        "sts header value",
        sts,
        "sts",
        set_header("X-Amz-Meta-Note", "bye"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "s3 header value",
        s3_put,
        "s3",
        set_header("x-amz-meta-a", "c"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "sts signed header dropped",
        sts,
        "sts",
        drop_signed_header("content-type"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "s3 signed header dropped",
        s3_put,
        "s3",
        drop_signed_header("x-amz-meta-a"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    ("s3 query value", s3_put, "s3", edit_query("tagging", "acl"), timedelta(), "SignatureDoesNotMatch", 403),
    (
        "s3 presigned query value",
        s3_presigned,
        "s3",
        edit_query("versionId=v1", "versionId=v2"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "sts presigned query value",
        sts_presigned,
        "sts",
        edit_query("Version=2011-06-15", "Version=2011-06-16"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    ("sts date", sts, "sts", shift_date(1), timedelta(), "SignatureDoesNotMatch", 403),
    ("s3 date", s3_put, "s3", shift_date(-1), timedelta(), "SignatureDoesNotMatch", 403),
    ("sts clock skew", sts, "sts", nothing, LATER, "SignatureDoesNotMatch", 403),
    ("s3 clock skew", s3_put, "s3", nothing, LATER, "RequestTimeTooSkewed", 403),
    ("s3 clock skew ahead", s3_put, "s3", nothing, -LATER, "RequestTimeTooSkewed", 403),
    (
        "dynamodb clock skew",
        lambda: signed_request("POST", f"{EP}/", service="dynamodb", body=b"{}"),
        "dynamodb",
        nothing,
        LATER,
        "InvalidSignatureException",
        400,
    ),
    (
        "sts region",
        sts,
        "sts",
        edit_auth("/us-east-1/", "/us-west-2/"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "s3 region",
        s3_put,
        "s3",
        edit_auth("/us-east-1/", "/eu-west-1/"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    ("sts service", sts, "sts", edit_auth("/sts/", "/iam/"), timedelta(), "SignatureDoesNotMatch", 403),
    (
        "s3 service",
        s3_put,
        "s3",
        edit_auth("/s3/", "/sts/"),
        timedelta(),
        "AuthorizationHeaderMalformed",
        400,
    ),
    (
        "sts key id, other known key",
        sts,
        "sts",
        edit_auth("=test/", "=AKIAOTHERACCOUNT/"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "s3 key id, other known key",
        s3_put,
        "s3",
        edit_auth("=test/", "=AKIAOTHERACCOUNT/"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "sts secret",
        lambda: sts(secret_key="wrong"),
        "sts",
        nothing,
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "s3 secret",
        lambda: s3_put(secret_key="wrong"),
        "s3",
        nothing,
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "s3 presigned secret",
        lambda: s3_presigned(secret_key="wrong"),
        "s3",
        nothing,
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "dynamodb secret",
        lambda: signed_request("POST", f"{EP}/", service="dynamodb", body=b"{}", secret_key="x"),
        "dynamodb",
        nothing,
        timedelta(),
        "InvalidSignatureException",
        400,
    ),
    (
        "lambda secret",
        lambda: signed_request("GET", f"{EP}/2015-03-31/functions", service="lambda", secret_key="x"),
        "lambda",
        nothing,
        timedelta(),
        "InvalidSignatureException",
        403,
    ),
    (
        "sts token wrong",
        lambda: sts(access_key="ASIATEMP", secret_key="temp-secret", token="forged"),
        "sts",
        nothing,
        timedelta(),
        "InvalidClientTokenId",
        403,
    ),
    (
        "sts token missing",
        lambda: sts(access_key="ASIATEMP", secret_key="temp-secret"),
        "sts",
        nothing,
        timedelta(),
        "InvalidClientTokenId",
        403,
    ),
    (
        "s3 token wrong",
        lambda: s3_put(access_key="ASIATEMP", secret_key="temp-secret", token="forged"),
        "s3",
        nothing,
        timedelta(),
        "InvalidToken",
        400,
    ),
    (
        "s3 presigned token wrong",
        lambda: s3_presigned(access_key="ASIATEMP", secret_key="temp-secret", token="forged"),
        "s3",
        nothing,
        timedelta(),
        "InvalidToken",
        400,
    ),
    (
        "sts token on long-term key",
        lambda: sts(token="extra"),
        "sts",
        nothing,
        timedelta(),
        "InvalidClientTokenId",
        403,
    ),
    (
        "sts token expired",
        lambda: sts(access_key="ASIAOLD", secret_key="old-secret", token="old-token"),
        "sts",
        nothing,
        timedelta(),
        "ExpiredToken",
        400,
    ),
    (
        "s3 token expired",
        lambda: s3_put(access_key="ASIAOLD", secret_key="old-secret", token="old-token"),
        "s3",
        nothing,
        timedelta(),
        "ExpiredToken",
        400,
    ),
    (
        "s3 presigned expired",
        lambda: s3_presigned(expires=60),
        "s3",
        nothing,
        timedelta(seconds=61),
        "AccessDenied",
        403,
    ),
    (
        "sts presigned expired",
        lambda: sts_presigned(expires=60),
        "sts",
        nothing,
        timedelta(seconds=61),
        "RequestExpired",
        400,
    ),
    (
        "s3 presigned expires too long",
        lambda: s3_presigned(expires=604801),
        "s3",
        nothing,
        timedelta(),
        "AuthorizationQueryParametersError",
        400,
    ),
    (
        "s3 presigned signature",
        s3_presigned,
        "s3",
        edit_query("X-Amz-Signature=", "X-Amz-Signature=0"),
        timedelta(),
        "SignatureDoesNotMatch",
        403,
    ),
]


@pytest.mark.parametrize(
    ("build", "service", "tamper", "offset", "code", "status"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
async def test_tampered_request_rejected(
    creds: StaticCredentials,
    build: Callable[[], HttpRequest],
    service: str,
    tamper: Callable[[HttpRequest], None],
    offset: timedelta,
    code: str,
    status: int,
) -> None:
    request = build()
    # the untouched request verifies at the same instant (so the failure below is the tamper's)
    now = datetime.now(UTC)
    if tamper is not nothing and not offset:
        await authenticate(build(), service=service, credentials=creds, now=now)
    tamper(request)
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service=service, credentials=creds, now=now + offset)
    assert (err.value.code, err.value.status_code) == (code, status), err.value


@pytest.mark.parametrize(
    ("service", "code", "status"),
    [
        ("sts", "InvalidClientTokenId", 403),
        ("s3", "InvalidAccessKeyId", 403),
        ("sqs", "InvalidClientTokenId", 403),
        ("dynamodb", "UnrecognizedClientException", 400),
        ("lambda", "UnrecognizedClientException", 403),
        ("ec2", "AuthFailure", 401),
    ],
)
async def test_unknown_key_rejected_by_policy(
    creds: StaticCredentials, service: str, code: str, status: int
) -> None:
    request = signed_request(
        "POST", f"{EP}/", service=service, access_key="AKIANOBODY", secret_key="x", body=b"{}"
    )
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service=service, credentials=creds, unknown_keys="reject")
    assert (err.value.code, err.value.status_code) == (code, status)
    if service == "s3":
        assert err.value.fields["AWSAccessKeyId"] == "AKIANOBODY"
        assert err.value.message == "The AWS Access Key Id you provided does not exist in our records."


@pytest.mark.parametrize(
    ("service", "code", "status"),
    [
        ("sts", "MissingAuthenticationToken", 403),
        ("dynamodb", "MissingAuthenticationTokenException", 400),
        ("lambda", "MissingAuthenticationTokenException", 403),
    ],
)
async def test_unsigned_request_to_non_s3(
    creds: StaticCredentials, service: str, code: str, status: int
) -> None:
    with pytest.raises(ServiceError) as err:
        await authenticate(
            to_http_request("POST", f"{EP}/", [], STS_BODY), service=service, credentials=creds
        )
    assert (err.value.code, err.value.status_code) == (code, status)
    assert err.value.message == "Request is missing Authentication Token"


async def test_incomplete_signature_messages(creds: StaticCredentials) -> None:
    request = to_http_request(
        "POST", f"{EP}/", [("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/x")], STS_BODY
    )
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service="sts", credentials=creds)
    assert (err.value.code, err.value.status_code) == ("IncompleteSignature", 400)
    assert err.value.message == (
        "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' "
        "parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
        "Authorization=AWS4-HMAC-SHA256 Credential=AKID/x"
    )
    request = sts()
    request.headers.set(
        "Authorization", request.headers["authorization"].replace("Credential=", "Credential ")
    )
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service="dynamodb", credentials=creds)
    assert err.value.code == "IncompleteSignatureException"
    assert "not a valid key=value pair (missing equal-sign) in Authorization header" in err.value.message
    request = sts()
    request.headers.set("Authorization", request.headers["authorization"].replace("/aws4_request", ""))
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service="sts", credentials=creds)
    assert err.value.message.startswith("Credential must have exactly 5 slash-delimited elements")


async def test_skew_message_as_sts_words_it(creds: StaticCredentials) -> None:
    request = sts()
    now = datetime.strptime(request.headers["x-amz-date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) + LATER
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service="sts", credentials=creds, now=now)
    date = request.headers["x-amz-date"]
    bound = (now - timedelta(minutes=15)).strftime("%Y%m%dT%H%M%SZ")
    server = now.strftime("%Y%m%dT%H%M%SZ")
    assert err.value.message == f"Signature expired: {date} is now earlier than {bound} ({server} - 15 min.)"


async def test_expired_presigned_s3_fields(creds: StaticCredentials) -> None:
    request = s3_presigned(expires=10)
    with pytest.raises(ServiceError) as err:
        await authenticate(
            request, service="s3", credentials=creds, now=datetime.now(UTC) + timedelta(minutes=1)
        )
    assert err.value.message == "Request has expired"
    assert err.value.fields["X-Amz-Expires"] == "10" and "ServerTime" in err.value.fields


# --- streaming bodies ---------------------------------------------------------------------------

DATA = bytes(range(256)) * 96  # 24576 bytes = 3 chunks of 8192


async def _pieces(data: bytes, step: int = 3000) -> AsyncIterator[bytes]:
    for i in range(0, len(data), step):
        yield data[i : i + step]


def _signed_stream(
    trailer: dict[str, str] | None, chunk: int = 8192, data: bytes = DATA, declared_length: int | None = None
) -> tuple[HttpRequest, bytes]:
    length = len(data) if declared_length is None else declared_length
    headers = {"Content-Encoding": "aws-chunked", "x-amz-decoded-content-length": str(length)}
    payload = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
    if trailer is not None:
        headers["x-amz-trailer"] = ",".join(trailer)
        payload += "-TRAILER"
    request = signed_request("PUT", f"{EP}/bucket/obj", service="s3", headers=headers, payload=payload)
    amz_date, scope = signing_context(request)
    body = signed_chunks(
        data,
        chunk,
        key=signing_key("test", amz_date[:8], "us-east-1", "s3"),
        amz_date=amz_date,
        scope=scope,
        seed=seed_signature(request),
        trailers=trailer,
    )
    return request, body


def _unsigned_stream(trailer: dict[str, str], chunk: int = 8192) -> tuple[HttpRequest, bytes]:
    request = signed_request(
        "PUT",
        f"{EP}/bucket/obj",
        service="s3",
        payload="STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        headers={
            "Content-Encoding": "aws-chunked",
            "x-amz-trailer": ",".join(trailer),
            "x-amz-decoded-content-length": str(len(DATA)),
        },
    )
    return request, unsigned_chunks(DATA, chunk, trailer)


def _flip(body: bytes, at: int) -> bytes:
    return body[:at] + bytes([body[at] ^ 1]) + body[at + 1 :]


def _swap_first_chunks(body: bytes) -> bytes:
    frame = len(b"2000;chunk-signature=") + 64 + 2 + 8192 + 2
    return body[frame : 2 * frame] + body[:frame] + body[2 * frame :]


CRC = {"x-amz-checksum-crc32": checksums.checksum_b64("crc32", DATA)}
BAD_CRC = {"x-amz-checksum-crc32": checksums.checksum_b64("crc32", DATA + b"!")}

STREAM_CASES: list[
    tuple[str, Callable[[], tuple[HttpRequest, bytes]], Callable[[bytes], bytes], str, int]
] = [
    ("chunk byte", lambda: _signed_stream(None), lambda b: _flip(b, 9000), "SignatureDoesNotMatch", 403),
    (
        "chunk byte in the last chunk",
        lambda: _signed_stream(None),
        lambda b: _flip(b, len(b) - 200),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "chunk signature",
        lambda: _signed_stream(None),
        lambda b: b.replace(b"chunk-signature=", b"chunk-signature=0", 1),
        "SignatureDoesNotMatch",
        403,
    ),
    ("chunks swapped", lambda: _signed_stream(None), _swap_first_chunks, "SignatureDoesNotMatch", 403),
    (
        "trailer value (signed)",
        lambda: _signed_stream(CRC),
        lambda b: b.replace(CRC["x-amz-checksum-crc32"].encode(), BAD_CRC["x-amz-checksum-crc32"].encode()),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "trailer signature",
        lambda: _signed_stream(CRC),
        lambda b: b.replace(b"x-amz-trailer-signature:", b"x-amz-trailer-signature:0"),
        "SignatureDoesNotMatch",
        403,
    ),
    (
        "trailer checksum (signed, wrong from the client)",
        lambda: _signed_stream(BAD_CRC),
        lambda b: b,
        "BadDigest",
        400,
    ),
    (
        "trailer checksum (unsigned)",
        lambda: _unsigned_stream(CRC),
        lambda b: b.replace(CRC["x-amz-checksum-crc32"].encode(), BAD_CRC["x-amz-checksum-crc32"].encode()),
        "BadDigest",
        400,
    ),
    ("unsigned chunk byte", lambda: _unsigned_stream(CRC), lambda b: _flip(b, 100), "BadDigest", 400),
    (
        "trailer checksum not base64",
        lambda: _unsigned_stream(CRC),
        lambda b: b.replace(CRC["x-amz-checksum-crc32"].encode(), b"!!!!!!!!"),
        "InvalidRequest",
        400,
    ),
    (
        "trailer missing",
        lambda: _unsigned_stream(CRC),
        lambda b: b[: b.index(b"x-amz-checksum")] + b"\r\n",
        "MalformedTrailerError",
        400,
    ),
    ("truncated body", lambda: _signed_stream(None), lambda b: b[:10000], "IncompleteBody", 400),
    ("small chunk", lambda: _signed_stream(None, chunk=4096), lambda b: b, "InvalidChunkSizeError", 400),
]


@pytest.mark.parametrize(
    ("build", "tamper", "code", "status"), [c[1:] for c in STREAM_CASES], ids=[c[0] for c in STREAM_CASES]
)
@pytest.mark.parametrize("as_stream", [True, False], ids=["streamed", "bytes"])
async def test_tampered_stream_rejected(
    creds: StaticCredentials,
    build: Callable[[], tuple[HttpRequest, bytes]],
    tamper: Callable[[bytes], bytes],
    code: str,
    status: int,
    as_stream: bool,
) -> None:
    request, body = build()
    body = tamper(body)
    if as_stream:
        request.stream = _pieces(body)
    else:
        request.body = body
    received = bytearray()
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service="s3", credentials=creds)
        assert request.stream is not None
        async for piece in request.stream:
            received += piece
    assert (err.value.code, err.value.status_code) == (code, status), err.value
    assert len(received) < len(DATA)  # the consumer never got a complete, unverified body


@pytest.mark.parametrize("declared", [len(DATA) + 1, len(DATA) - 1])
async def test_decoded_length_mismatch(creds: StaticCredentials, declared: int) -> None:
    request, body = _signed_stream(None, declared_length=declared)
    request.body = body
    with pytest.raises(ServiceError) as err:
        await authenticate(request, service="s3", credentials=creds)
    assert (err.value.code, err.value.status_code) == ("IncompleteBody", 400)


async def test_unknown_key_streams_are_decoded_unchecked(creds: StaticCredentials) -> None:
    request, body = _signed_stream(CRC)
    request.headers.set("Authorization", request.headers["authorization"].replace("=test/", "=AKIAFAKE/"))
    request.stream = _pieces(_flip(body, 9000).replace(b"chunk-signature=", b"chunk-signature=0"))
    result = await authenticate(request, service="s3", credentials=creds)
    assert not result.verified
    with pytest.raises(ServiceError) as err:  # the checksum still guards the bytes
        async for _ in request.stream:  # type: ignore[union-attr]
            pass
    assert err.value.code == "BadDigest"
