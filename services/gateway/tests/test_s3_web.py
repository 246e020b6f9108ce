"""The gateway's browser-facing S3 pieces: the streaming form reader and website endpoint detection."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from overcast_common.errors import ServiceError
from overcast_common.http import Headers, HttpRequest
from overcast_gateway.s3_web import FormReader, website_target

BOUNDARY = b"----b"


def form(*parts: tuple[str, bytes, str | None]) -> bytes:
    out = b""
    for name, value, filename in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += (
            b"--"
            + BOUNDARY
            + b"\r\nContent-Disposition: "
            + disposition.encode()
            + b"\r\n\r\n"
            + value
            + b"\r\n"
        )
    return out + b"--" + BOUNDARY + b"--\r\n"


async def pieces(data: bytes, size: int, pulled: list[int]) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        pulled.append(start)
        yield data[start : start + size]


@pytest.mark.parametrize("size", [1, 7, 4096])
async def test_fields_then_file_stream(size: int) -> None:
    payload = bytes(range(256)) * 40
    body = form(
        ("key", b"a/${filename}", None),
        ("Policy", b"abc", None),
        ("file", payload, "x.bin"),
        ("late", b"1", None),
    )
    pulled: list[int] = []
    reader = FormReader(pieces(body, size, pulled), BOUNDARY)
    assert await reader.read_fields() == {"key": "a/${filename}", "Policy": "abc"}
    assert reader.filename == "x.bin"
    read_before_file = len(pulled)
    assert read_before_file * size < len(body)  # the file has not been read yet
    received = b"".join([chunk async for chunk in reader.file_stream()])
    assert received == payload
    assert "late" not in reader.fields  # fields after the file are ignored, as S3 does


async def test_no_file_and_malformed() -> None:
    reader = FormReader(pieces(form(("key", b"k", None)), 10, []), BOUNDARY)
    assert await reader.read_fields() == {"key": "k"}
    assert reader.filename is None
    bad = FormReader(pieces(b"--" + BOUNDARY + b"\r\nnot a header line at all\r\n", 100, []), BOUNDARY)
    with pytest.raises(ServiceError) as caught:
        await bad.read_fields()
    assert caught.value.code == "MalformedPOSTRequest"


def request(host: str, path: str) -> HttpRequest:
    return HttpRequest("GET", path, headers=Headers([("Host", host)]))


def test_website_target() -> None:
    assert website_target(request("my.site.s3-website.eu-west-1.localhost:4566", "/a/b")) == (
        "my.site",
        "/a/b",
        "http://my.site.s3-website.eu-west-1.localhost:4566/",
    )
    assert website_target(request("b1.s3-website-us-east-1.amazonaws.com", "/"))[:2] == ("b1", "/")  # type: ignore[index]
    assert website_target(request("localhost:4566", "/_overcast/website/b1/x/y.html")) == (
        "b1",
        "/x/y.html",
        "http://localhost:4566/_overcast/website/b1/",
    )
    assert website_target(request("b1.s3.localhost:4566", "/x")) is None
    assert website_target(request("localhost:4566", "/_overcast/health")) is None
