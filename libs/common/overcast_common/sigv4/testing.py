"""Builds signed requests the way real clients do, for tests of anything behind SigV4.

Signing is botocore's own (``SigV4Auth``, ``S3SigV4Auth``, ``SigV4QueryAuth``, ``S3SigV4QueryAuth``);
aws-chunked bodies are framed per the S3 SigV4 streaming spec. Results are ``HttpRequest`` values
exactly as the gateway would build them from the wire (raw path and query, ``Host`` header).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from botocore.auth import S3SigV4Auth, S3SigV4QueryAuth, SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from overcast_common.http import Headers, HttpRequest
from overcast_common.sigv4.canonical import EMPTY_SHA256


def host_of(url: str) -> str:
    """The ``Host`` header an HTTP client sends for ``url`` (default ports left out, like botocore)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port is not None and parts.port != {"http": 80, "https": 443}.get(parts.scheme):
        host = f"{host}:{parts.port}"
    return host


def to_http_request(
    method: str, url: str, headers: Iterable[tuple[str, str | bytes]], body: bytes = b""
) -> HttpRequest:
    """``HttpRequest`` for what an HTTP client would send (botocore's prepared headers may be bytes)."""
    parts = urlsplit(url)
    pairs = [(k, v.decode("utf-8") if isinstance(v, bytes) else v) for k, v in headers]
    if not any(k.lower() == "host" for k, _ in pairs):
        pairs.insert(0, ("Host", host_of(url)))
    return HttpRequest(
        method=method,
        path=parts.path or "/",
        query_string=parts.query,
        headers=Headers(pairs),
        body=body,
        scheme=parts.scheme or "http",
    )


class _FixedPayloadS3Auth(S3SigV4Auth):  # type: ignore[misc]
    """S3SigV4Auth with the ``x-amz-content-sha256`` value chosen by the caller (streaming modes)."""

    def __init__(self, credentials: Credentials, service: str, region: str, payload: str) -> None:
        super().__init__(credentials, service, region)
        self._payload = payload

    def payload(self, request: Any) -> str:
        return self._payload


def signed_request(
    method: str,
    url: str,
    *,
    service: str,
    region: str = "us-east-1",
    body: bytes = b"",
    headers: Mapping[str, str] | None = None,
    access_key: str = "test",
    secret_key: str = "test",
    token: str | None = None,
    payload: str | None = None,
) -> HttpRequest:
    """A request signed in the ``Authorization`` header; S3 rules when ``service == "s3"``.

    ``payload`` forces the ``x-amz-content-sha256`` value (S3 only: ``UNSIGNED-PAYLOAD``,
    ``STREAMING-...``); ``body`` is then sent as given.
    """
    creds = Credentials(access_key, secret_key, token)
    aws = AWSRequest(method=method, url=url, data=body, headers=dict(headers or {}))
    signer: SigV4Auth
    if service == "s3":
        signer = (
            _FixedPayloadS3Auth(creds, service, region, payload)
            if payload
            else S3SigV4Auth(creds, service, region)
        )
    else:
        signer = SigV4Auth(creds, service, region)
    signer.add_auth(aws)
    return to_http_request(method, aws.url, aws.headers.items(), body)


def presigned_request(
    method: str,
    url: str,
    *,
    service: str,
    region: str = "us-east-1",
    expires: int = 3600,
    access_key: str = "test",
    secret_key: str = "test",
    token: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> HttpRequest:
    """A presigned-URL request (``X-Amz-*`` query parameters); S3 rules when ``service == "s3"``."""
    creds = Credentials(access_key, secret_key, token)
    aws = AWSRequest(method=method, url=url, headers=dict(headers or {}))
    cls = S3SigV4QueryAuth if service == "s3" else SigV4QueryAuth
    cls(creds, service, region, expires=expires).add_auth(aws)
    return to_http_request(method, aws.url, aws.headers.items())


def seed_signature(request: HttpRequest) -> str:
    return request.headers["authorization"].rsplit("Signature=", 1)[1].strip()


def signing_context(request: HttpRequest) -> tuple[str, str]:
    """``(amz_date, scope)`` of a header-signed request."""
    credential = request.headers["authorization"].split("Credential=", 1)[1].split(",", 1)[0]
    return request.headers["x-amz-date"], credential.split("/", 1)[1]


def signed_chunks(
    data: bytes,
    chunk_size: int,
    *,
    key: bytes,
    amz_date: str,
    scope: str,
    seed: str,
    trailers: Mapping[str, str] | None = None,
) -> bytes:
    """An ``STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]`` body: signed chunks chained from ``seed``,
    a signed zero-length chunk, then (with ``trailers``) the trailing headers and their signature."""
    out = bytearray()
    previous = seed

    def sign(piece: bytes) -> str:
        nonlocal previous
        to_sign = (
            f"AWS4-HMAC-SHA256-PAYLOAD\n{amz_date}\n{scope}\n{previous}\n{EMPTY_SHA256}\n"
            f"{hashlib.sha256(piece).hexdigest()}"
        )
        previous = hmac.digest(key, to_sign.encode(), "sha256").hex()
        return previous

    for offset in range(0, len(data), chunk_size):
        piece = data[offset : offset + chunk_size]
        out += f"{len(piece):x};chunk-signature={sign(piece)}\r\n".encode() + piece + b"\r\n"
    out += f"0;chunk-signature={sign(b'')}\r\n".encode()
    if trailers is not None:
        canonical = "".join(f"{k}:{v}\n" for k, v in trailers.items())
        to_sign = (
            f"AWS4-HMAC-SHA256-TRAILER\n{amz_date}\n{scope}\n{previous}\n"
            f"{hashlib.sha256(canonical.encode()).hexdigest()}"
        )
        signature = hmac.digest(key, to_sign.encode(), "sha256").hex()
        out += "".join(f"{k}:{v}\r\n" for k, v in trailers.items()).encode()
        out += f"x-amz-trailer-signature:{signature}\r\n".encode()
    out += b"\r\n"
    return bytes(out)


def unsigned_chunks(data: bytes, chunk_size: int, trailers: Mapping[str, str] | None = None) -> bytes:
    """A ``STREAMING-UNSIGNED-PAYLOAD-TRAILER`` body, framed as botocore's ``AwsChunkedWrapper`` does."""
    out = bytearray()
    for offset in range(0, len(data), chunk_size):
        piece = data[offset : offset + chunk_size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    out += b"0\r\n"
    out += "".join(f"{k}:{v}\r\n" for k, v in (trailers or {}).items()).encode()
    out += b"\r\n"
    return bytes(out)
