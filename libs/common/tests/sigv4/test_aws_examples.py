"""AWS's own published vectors for chunked uploads (S3 API reference, "Signature Calculations for the
Authorization Header: Transferring Payload in Multiple Chunks" and "... Including Trailing Headers")."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from overcast_common.errors import SignatureDoesNotMatch
from overcast_common.http import Headers, HttpRequest
from overcast_common.identity import StaticCredentials, root_credential
from overcast_common.sigv4 import authenticate

AKID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
WHEN = datetime(2013, 5, 24, 0, 5, tzinfo=UTC)
CREDS = StaticCredentials([root_credential("123456789012", AKID, SECRET)])

SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9"
CHUNK_SIGS = (
    "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
    "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
    "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
)
TRAILER_SEED = "106e2a8a18243abcf37539882f36619c00e2dfc72633413f02d3b74544bfeb8e"
TRAILER_CHUNK_SIGS = (
    "b474d8862b1487a5145d686f57f013e54db672cee1c953b3010fb58501ef5aa2",
    "1c1344b170168f8e65b41376b44b20fe354e373826ccbbe2c1d40a8cae51e5c7",
    "2ca2aba2005185cf7159c6277faf83795951dd77a3a99e6e65d5c9f85863f992",
)
TRAILER_SIG = "d81f82fc3505edab99d459891051a732e8730629a2e4a59689829ca17fe2e435"
DATA = b"a" * 66560


def _body(sigs: tuple[str, str, str], trailer: bytes = b"") -> bytes:
    return (
        f"10000;chunk-signature={sigs[0]}\r\n".encode()
        + b"a" * 65536
        + b"\r\n"
        + f"400;chunk-signature={sigs[1]}\r\n".encode()
        + b"a" * 1024
        + b"\r\n"
        + f"0;chunk-signature={sigs[2]}\r\n".encode()
        + trailer
        + b"\r\n"
    )


def _request(trailer: bool) -> HttpRequest:
    if trailer:
        signed = (
            "content-encoding;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;"
            "x-amz-storage-class;x-amz-trailer"
        )
        seed, sha = TRAILER_SEED, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"
        extra = [("x-amz-trailer", "x-amz-checksum-crc32c")]
    else:
        signed = (
            "content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;"
            "x-amz-decoded-content-length;x-amz-storage-class"
        )
        seed, sha = SEED, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
        extra = [("Content-Length", "66824")]
    headers = Headers(
        [
            ("Host", "s3.amazonaws.com"),
            ("x-amz-date", "20130524T000000Z"),
            ("x-amz-storage-class", "REDUCED_REDUNDANCY"),
            (
                "Authorization",
                f"AWS4-HMAC-SHA256 Credential={AKID}/20130524/us-east-1/s3/aws4_request,"
                f"SignedHeaders={signed},Signature={seed}",
            ),
            ("x-amz-content-sha256", sha),
            ("Content-Encoding", "aws-chunked"),
            ("x-amz-decoded-content-length", "66560"),
            *extra,
        ]
    )
    return HttpRequest("PUT", "/examplebucket/chunkObject.txt", headers=headers)


async def _pieces(data: bytes, step: int) -> AsyncIterator[bytes]:
    for i in range(0, len(data), step):
        yield data[i : i + step]


async def _drain(request: HttpRequest) -> bytes:
    assert request.stream is not None
    return b"".join([p async for p in request.stream])


@pytest.mark.parametrize("step", [1 << 20, 65536, 4096, 7, 1])
async def test_documented_chunked_upload_verifies_streaming(step: int) -> None:
    request = _request(trailer=False)
    body = _body(CHUNK_SIGS)
    assert len(body) == 66824  # the documented Content-Length
    request.stream = _pieces(body, step)
    result = await authenticate(request, service="s3", credentials=CREDS, now=WHEN)
    assert result.verified and result.principal is not None
    assert result.principal.account_id == "123456789012" and result.region == "us-east-1"
    assert await _drain(request) == DATA
    assert request.headers["content-length"] == "66560"
    assert "content-encoding" not in request.headers  # aws-chunked was the only coding


async def test_documented_chunked_upload_given_as_bytes() -> None:
    request = _request(trailer=False)
    request.body = _body(CHUNK_SIGS)
    await authenticate(request, service="s3", credentials=CREDS, now=WHEN)
    assert request.stream is None and request.body == DATA


@pytest.mark.parametrize("step", [1 << 20, 4096, 3])
async def test_documented_trailer_upload_verifies(step: int) -> None:
    request = _request(trailer=True)
    trailer = f"x-amz-checksum-crc32c:sOO8/Q==\r\nx-amz-trailer-signature:{TRAILER_SIG}\r\n".encode()
    request.stream = _pieces(_body(TRAILER_CHUNK_SIGS, trailer), step)
    await authenticate(request, service="s3", credentials=CREDS, now=WHEN)
    assert await _drain(request) == DATA
    assert request.stream.trailers == {"x-amz-checksum-crc32c": "sOO8/Q=="}  # type: ignore[union-attr]


async def test_documented_upload_with_the_other_seed_fails_on_the_first_chunk() -> None:
    request = _request(trailer=False)
    request.stream = _pieces(_body(TRAILER_CHUNK_SIGS), 4096)
    with pytest.raises(SignatureDoesNotMatch):
        await authenticate(request, service="s3", credentials=CREDS, now=WHEN)
        await _drain(request)


async def test_documented_seed_signature_checked_before_any_chunk() -> None:
    request = _request(trailer=False)
    request.headers.set("x-amz-storage-class", "STANDARD")
    request.body = _body(CHUNK_SIGS)
    with pytest.raises(SignatureDoesNotMatch) as err:
        await authenticate(request, service="s3", credentials=CREDS, now=WHEN)
    assert err.value.fields["AWSAccessKeyId"] == AKID
    assert "x-amz-storage-class:STANDARD" in str(err.value.fields["CanonicalRequest"])
