"""A small HTTP/1.1 server for the OTLP/HTTP receiver and the daemon's TCP side: POST bodies with
``Content-Length`` or chunked, gzip ``Content-Encoding``, keep-alive. Enough for OTLP exporters and the
X-Ray SDKs' sampling calls; not a general web server."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import zlib
from collections.abc import Awaitable, Callable
from http import HTTPStatus

from overcast_common.http import Headers, HttpRequest, HttpResponse

App = Callable[[HttpRequest], Awaitable[HttpResponse]]
MAX_BODY = 16 * 1024 * 1024
IDLE_TIMEOUT_S = 60.0


class BadRequest(Exception):
    pass


async def start_http(app: App, host: str, port: int) -> asyncio.Server:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        client_ip = str(peer[0]) if isinstance(peer, tuple) else "127.0.0.1"
        try:
            while True:
                try:
                    request, keep_alive = await asyncio.wait_for(_read(reader, client_ip), IDLE_TIMEOUT_S)
                except BadRequest as exc:
                    _write(
                        writer,
                        HttpResponse(400, Headers([("content-type", "text/plain")]), str(exc).encode()),
                        False,
                    )
                    await writer.drain()
                    return
                if request is None:
                    return
                response = await app(request)
                _write(writer, response, keep_alive)
                await writer.drain()
                if not keep_alive:
                    return
        except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    return await asyncio.start_server(serve, host, port, limit=1 << 20)


async def _read(reader: asyncio.StreamReader, client_ip: str) -> tuple[HttpRequest | None, bool]:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None, False
        raise
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, version = lines[0].split(" ", 2)
    except ValueError:
        raise BadRequest("malformed request line") from None
    headers = Headers()
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers.add(name.strip(), value.strip())
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _chunked(reader)
    else:
        length = int(headers.get("content-length", "0") or 0)
        if length > MAX_BODY:
            raise BadRequest("body too large")
        body = await reader.readexactly(length) if length else b""
    encoding = headers.get("content-encoding", "").lower()
    try:
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "deflate":
            body = zlib.decompress(body)
    except (OSError, zlib.error, EOFError):
        raise BadRequest("cannot decode the body") from None
    connection = headers.get("connection", "").lower()
    keep_alive = connection != "close" if version == "HTTP/1.1" else connection == "keep-alive"
    path, _, query = target.partition("?")
    return HttpRequest(method, path, query, headers, body, client_ip=client_ip), keep_alive


async def _chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    total = 0
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":
                pass  # trailers
            return b"".join(parts)
        total += size
        if total > MAX_BODY:
            raise BadRequest("body too large")
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


def _write(writer: asyncio.StreamWriter, response: HttpResponse, keep_alive: bool) -> None:
    reason = (
        HTTPStatus(response.status_code).phrase
        if response.status_code in HTTPStatus._value2member_map_
        else ""
    )
    head = [f"HTTP/1.1 {response.status_code} {reason}"]
    for name, value in response.headers.items_raw():
        if name.lower() not in ("content-length", "connection"):
            head.append(f"{name}: {value}")
    head.append(f"Content-Length: {len(response.body)}")
    head.append("Connection: " + ("keep-alive" if keep_alive else "close"))
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.body)
