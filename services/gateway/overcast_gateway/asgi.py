"""ASGI in and out: build an ``HttpRequest`` from a scope, write an ``HttpResponse`` to ``send``.

The request body is not read here: ``request.stream`` yields it straight from ``receive`` so the
pipeline decides per operation whether to buffer it (small bodies) or pass it through (S3 uploads).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

from overcast_common.http import Headers, HttpRequest, HttpResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ClientDisconnected(Exception):
    """The client went away before sending its whole body."""


def request_from_scope(scope: Scope, receive: Receive) -> HttpRequest:
    headers = Headers([(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]])
    # raw_path keeps the client's percent-encoding, which SigV4 canonicalisation needs
    raw_path: bytes | None = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else scope["path"]
    client = scope.get("client")
    return HttpRequest(
        method=scope["method"],
        path=path,
        query_string=scope.get("query_string", b"").decode("latin-1"),
        headers=headers,
        stream=receive_stream(receive),
        scheme=scope.get("scheme", "http"),
        client_ip=client[0] if client else "127.0.0.1",
    )


async def receive_stream(receive: Receive) -> AsyncIterator[bytes]:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnected
        chunk: bytes = message.get("body", b"")
        if chunk:
            yield chunk
        if not message.get("more_body", False):
            return


class CompleteBody:
    """A request stream that can hand over its whole body at once when all of it has arrived."""

    __slots__ = ()

    def take_all(self) -> bytes | None:
        """The whole body if it has arrived (the stream is then exhausted), else None."""
        return None


def take_complete_body(request: HttpRequest) -> bool:
    """Move a body that has fully arrived into ``request.body`` without waiting; False if it has not (then
    ``buffer_body`` must wait for it)."""
    stream = request.stream
    if stream is None:
        return True
    if isinstance(stream, CompleteBody) and (whole := stream.take_all()) is not None:
        request.body, request.stream = whole, None
        return True
    return False


async def buffer_body(request: HttpRequest) -> None:
    """Read the whole (small) body into ``request.body`` and drop the stream."""
    stream = request.stream
    if stream is None:
        return
    if isinstance(stream, CompleteBody) and (whole := stream.take_all()) is not None:
        request.body, request.stream = whole, None
        return
    body = bytearray()
    async for chunk in stream:
        body += chunk
    request.body, request.stream = bytes(body), None


BODYLESS_STATUSES = frozenset({204, 304})
"""Statuses that never carry a body (RFC 9110 §6.4.1); writing one would corrupt a keep-alive connection."""


async def send_response(send: Send, response: HttpResponse, *, head: bool = False) -> None:
    headers = response.headers
    if response.status_code in BODYLESS_STATUSES:
        head = True
        headers.remove("content-length")
        if response.stream is not None:
            await _close(response.stream)
            response.stream = None
    if response.stream is None and not head and "content-length" not in headers:
        headers.set("Content-Length", str(len(response.body)))
    await send(
        {
            "type": "http.response.start",
            "status": response.status_code,
            "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items_raw()],
        }
    )
    if response.stream is None or head:
        await send({"type": "http.response.body", "body": b"" if head else response.body})
        return
    async for chunk in response.stream:
        if chunk:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


async def _close(stream: object) -> None:
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        await aclose()
