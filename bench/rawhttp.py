"""Raw HTTP/1.1 for the CPU benches: SigV4-signed requests as bytes (botocore signs them) and a minimal
keep-alive exchange, so the client's own cost stays small and the same for every server."""

from __future__ import annotations

import asyncio
import hashlib

from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def raw_request(method: str, url: str, body: bytes, headers: dict[str, str], service: str) -> bytes:
    request = AWSRequest(method, url, data=body, headers=headers)
    if service == "s3":
        request.headers["X-Amz-Content-SHA256"] = hashlib.sha256(body).hexdigest()
        S3SigV4Auth(Credentials("test", "test"), "s3", "us-east-1").add_auth(request)
    else:
        SigV4Auth(Credentials("test", "test"), service, "us-east-1").add_auth(request)
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in request.headers.items() if k.lower() not in ("host", "content-length")]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, data: bytes) -> bytes:
    writer.write(data)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    body = await reader.readexactly(length) if length else b""
    if status >= 300:
        raise RuntimeError(f"{status}: {body[:300]!r}")
    return body
