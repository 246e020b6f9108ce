"""The gateway's HTTP/1.1 server: httptools parsing on the event loop, straight into the pipeline.

uvicorn turns each request into ASGI messages (a scope dict, ``receive``/``send`` coroutines, a
request-response cycle object) that the gateway then turns back into ``HttpRequest`` and
``HttpResponse``; for a small AWS call that round trip costs more CPU than SigV4. This protocol
builds the ``HttpRequest`` from the parser's callbacks, runs ``Gateway.respond`` and writes status
line, headers and body with one ``transport.write``.

Kept from uvicorn: keep-alive with an idle timeout, pipelined requests answered in order, chunked
and ``Expect: 100-continue`` request bodies streamed with read back-pressure, streamed responses
(chunked unless sized) with write back-pressure, no body on HEAD/204/304, ``Date`` on every
response, 400 for a malformed request, graceful shutdown (in-flight requests finish, idle
connections close). ``OVERCAST_HTTP_SERVER=uvicorn`` runs the gateway under uvicorn instead.

A connection that opens with the HTTP/2 preface, or upgrades with ``Upgrade: h2c``, is handed to
``overcast_gateway.http2``; the parser raises on both, so HTTP/1.1 requests pay nothing for it.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from http import HTTPStatus
from typing import ClassVar, Protocol, cast

import httptools
from overcast_common.http import Headers, HttpRequest, HttpResponse

from overcast_gateway.asgi import BODYLESS_STATUSES, ClientDisconnected, CompleteBody

log = logging.getLogger("overcast.gateway")

Write = Callable[[HttpResponse, bool], Awaitable[None] | None]
"""Writes a response (``head``: without its body); returns what to await when it must wait, else None."""
Respond = Callable[[HttpRequest, Write], Awaitable[None]]

KEEP_ALIVE_S = 5.0
"""Idle keep-alive connections close after this long (uvicorn's default)."""
BODY_HIGH_WATER = 256 * 1024
"""Stop reading the socket while this much request body waits for the handler."""
MAX_PIPELINED = 16
"""Stop reading while this many parsed requests wait behind the one being answered."""

_STATUS_LINES: dict[int, bytes] = {}
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


def _status_line(status: int) -> bytes:
    line = _STATUS_LINES.get(status)
    if line is None:
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = ""
        line = _STATUS_LINES[status] = f"HTTP/1.1 {status} {phrase}\r\n".encode("latin-1")
    return line


class _Clock:
    """The ``Date`` header line, formatted once a second."""

    second: ClassVar[int] = -1
    line: ClassVar[str] = ""

    @classmethod
    def date_line(cls) -> str:
        now = int(time.time())
        if now != cls.second:
            cls.second, cls.line = now, f"Date: {formatdate(now, usegmt=True)}\r\n"
        return cls.line


class Connection(Protocol):
    """An open client connection, HTTP/1.1 (``HttpProtocol``) or HTTP/2 (``http2.Http2Connection``)."""

    def busy(self) -> bool: ...
    def shut_down(self) -> None: ...
    def close(self) -> None: ...


class ServerState:
    """What every connection of one listening server shares."""

    def __init__(self, respond: Respond, keep_alive_s: float = KEEP_ALIVE_S) -> None:
        self.respond = respond
        self.keep_alive_s = keep_alive_s
        self.connections: set[Connection] = set()
        self.shutting_down = False

    def busy(self) -> bool:
        return any(c.busy() for c in self.connections)

    def shut_down(self) -> None:
        """Close idle connections now; busy ones close after their current response."""
        self.shutting_down = True
        for conn in list(self.connections):
            conn.shut_down()

    def close_all(self) -> None:
        for conn in list(self.connections):
            conn.close()


class RequestBody(CompleteBody):
    """A request body as an async iterator of chunks (the request's ``stream``), fed by the parser."""

    __slots__ = ("_buffered", "_chunks", "_conn", "_expect_continue", "_waiter", "discard", "done", "lost")

    def __init__(self, conn: HttpProtocol, expect_continue: bool) -> None:
        self._conn = conn
        self._chunks: collections.deque[bytes] = collections.deque()
        self._buffered = 0
        self._waiter: asyncio.Future[None] | None = None
        self._expect_continue = expect_continue
        self.done = False
        self.lost = False
        self.discard = False
        """The handler is finished: drop the rest of the body as it arrives (keep-alive goes on)."""

    def feed(self, data: bytes) -> None:
        if self.discard:
            return
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered > BODY_HIGH_WATER:
            self._conn.pause_reading()
        if self._waiter is not None:
            self._wake()

    def finish(self) -> None:
        self.done = True
        if self._waiter is not None:
            self._wake()

    def connection_lost(self) -> None:
        self.lost = True
        self._wake()

    @property
    def awaiting_continue(self) -> bool:
        """The client asked ``Expect: 100-continue`` and was not told to send: it may never send the body."""
        return self._expect_continue and not self.done

    def take_all(self) -> bytes | None:
        # a small body usually arrives with its headers: join it without iterating
        if not self.done or self.discard:
            return None
        chunks = self._chunks
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        self._buffered = 0
        self._conn.resume_reading()
        return body

    def stop(self) -> None:
        self.discard = True
        self._chunks.clear()
        self._buffered = 0
        self._conn.resume_reading()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def __aiter__(self) -> RequestBody:
        return self

    async def __anext__(self) -> bytes:
        while True:
            if self._chunks:
                chunk = self._chunks.popleft()
                self._buffered -= len(chunk)
                if self._buffered <= BODY_HIGH_WATER // 4:
                    self._conn.resume_reading()
                return chunk
            if self.done:
                raise StopAsyncIteration
            if self.lost:
                raise ClientDisconnected
            if self._expect_continue:
                self._expect_continue = False
                self._conn.write_continue()
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None


class HttpProtocol(asyncio.Protocol):
    """One client connection: parse, answer in order, keep alive."""

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.loop = asyncio.get_running_loop()
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.client_ip = "127.0.0.1"
        self._url = b""
        self._headers: list[tuple[bytes, bytes]] = []
        """The request's headers as the parser hands them over, decoded once all have arrived."""
        self._body: RequestBody | None = None
        """The body the parser is filling (of the newest parsed request)."""
        self._pending: collections.deque[tuple[HttpRequest, RequestBody | None, bool]] = collections.deque()
        self._task: asyncio.Task[None] | None = None
        self._idle: asyncio.TimerHandle | None = None
        self._idle_at = 0.0
        """When the armed idle timer fires."""
        self._idle_since: float | None = None
        """When the connection last became idle; None while a request is being read or answered."""
        self._reading_paused = False
        self._write_paused = False
        self._drained: asyncio.Future[None] | None = None
        self._closed = False
        self._keep_alive = True
        self._answering: RequestBody | None = None
        """The body of the request being answered."""

    # --- connection ---------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not an asyncio.Transport subclass
        peer = transport.get_extra_info("peername")
        if isinstance(peer, tuple) and peer:
            self.client_ip = str(peer[0])
        self.state.connections.add(self)
        self._arm_idle()

    def connection_lost(self, exc: Exception | None) -> None:
        self._closed = True
        self.state.connections.discard(self)
        if self._idle is not None:
            self._idle.cancel()
        for _, body, _ in self._pending:
            if body is not None:
                body.connection_lost()
        if self._body is not None:
            self._body.connection_lost()
        drained = self._drained
        if drained is not None and not drained.done():
            drained.set_result(None)

    def busy(self) -> bool:
        return self._task is not None or bool(self._pending)

    def close(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()

    def shut_down(self) -> None:
        if not self.busy():
            self.close()  # a busy one closes after its current response

    def hand_over(self) -> tuple[asyncio.Transport, str]:
        """Stop serving this connection (it goes on as HTTP/2): its transport and the client's address."""
        assert self.transport is not None
        self._closed = True
        self.state.connections.discard(self)
        if self._idle is not None:
            self._idle.cancel()
        return self.transport, self.client_ip

    def upgrade_candidate(self) -> HttpRequest | None:
        """The request that stopped the parser with ``Upgrade``, if it can switch protocols: the only one
        pending, nothing answered ahead of it (its body, if any, is still unread)."""
        if self._task is not None or len(self._pending) != 1:
            return None
        return self._pending[0][0]

    def pause_reading(self) -> None:
        if not self._reading_paused and self.transport is not None and not self._closed:
            self._reading_paused = True
            self.transport.pause_reading()

    def resume_reading(self) -> None:
        if self._reading_paused and self.transport is not None and not self._closed:
            self._reading_paused = False
            self.transport.resume_reading()

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        drained = self._drained
        if drained is not None and not drained.done():
            drained.set_result(None)

    def _arm_idle(self) -> None:
        # one timer per keep-alive period rather than one per request: it checks on firing whether
        # the connection really stayed idle that long, and re-arms for the rest if not
        now = self.loop.time()
        self._idle_since = now
        deadline = now + self.state.keep_alive_s
        if self._idle is not None:
            if self._idle_at <= deadline:
                return
            self._idle.cancel()
        self._idle_at = deadline
        self._idle = self.loop.call_at(deadline, self._idle_check)

    def _idle_check(self) -> None:
        self._idle = None
        since = self._idle_since
        if since is None or self._closed or self.busy():
            return  # not idle: the end of the request in progress re-arms
        deadline = since + self.state.keep_alive_s
        if self.loop.time() >= deadline:
            self.close()
        else:
            self._idle_at = deadline
            self._idle = self.loop.call_at(deadline, self._idle_check)

    # --- parsing ------------------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        self._idle_since = None
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade as upgrade:
            from overcast_gateway import http2

            if not http2.take_over_upgrade(self, data, upgrade.args[0]):
                self._reject(b"upgrades are not supported")
            return
        except httptools.HttpParserError:
            from overcast_gateway import http2  # the parser stops on the HTTP/2 preface

            if not http2.take_over_preface(self, data):
                self._reject(b"malformed HTTP request")
            return
        if self._task is None:
            self._start_next()

    def on_message_begin(self) -> None:
        self._url = b""
        self._headers = []

    def on_url(self, url: bytes) -> None:
        self._url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name, value))

    def on_headers_complete(self) -> None:
        parser = self.parser
        headers = Headers.from_latin1(self._headers)
        index = headers.index()
        length = index.get("content-length")
        body: RequestBody | None = None
        if "transfer-encoding" in index or (length is not None and length[0].strip() not in ("", "0")):
            expect = index.get("expect")
            body = RequestBody(self, expect is not None and expect[0].lower() == "100-continue")
        url = self._url
        if not url.startswith(b"/") and url != b"*":  # absolute form (a proxy-style request line)
            parsed = httptools.parse_url(url)
            path, query = parsed.path or b"/", parsed.query or b""
        else:
            path, _, query = url.partition(b"?")
        request = HttpRequest(
            method=parser.get_method().decode("latin-1"),
            path=path.decode("latin-1"),
            query_string=query.decode("latin-1"),
            headers=headers,
            stream=body,
            client_ip=self.client_ip,
        )
        self._body = body
        self._pending.append((request, body, parser.should_keep_alive()))
        if len(self._pending) > MAX_PIPELINED:
            self.pause_reading()

    def on_body(self, data: bytes) -> None:
        if self._body is not None:
            self._body.feed(data)

    def on_message_complete(self) -> None:
        if self._body is not None:
            self._body.finish()
            self._body = None

    def _reject(self, reason: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            if self._task is None:  # mid-response there is no way to answer: just close
                self.transport.write(
                    _status_line(400)
                    + b"Content-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                    + b"Content-Length: %d\r\n\r\n" % len(reason)
                    + reason
                )
            self.transport.close()

    # --- answering ----------------------------------------------------------------------------

    def _start_next(self) -> None:
        if not self._pending or self._closed:
            return
        if self._reading_paused and len(self._pending) <= MAX_PIPELINED and self._body is None:
            self.resume_reading()
        request, body, keep_alive = self._pending.popleft()
        self._task = self.loop.create_task(self._answer(request, body, keep_alive))

    async def _answer(self, request: HttpRequest, body: RequestBody | None, keep_alive: bool) -> None:
        self._keep_alive = keep_alive and not self.state.shutting_down
        self._answering = body
        try:
            await self.state.respond(request, self._write_response)
        except Exception:
            # the pipeline answers every error itself; this is a streamed body failing mid-way
            self._task = None
            self.close()
            return
        finally:
            if body is not None and not body.done:
                body.stop()  # the handler did not read it all: drop the rest, keep the connection
        self._task = None
        if self._closed:
            return
        if not self._keep_alive or (self.state.shutting_down and not self._pending):
            self.close()
        elif self._pending:
            self._start_next()
        else:
            self._arm_idle()

    def write_continue(self) -> None:
        if self.transport is not None and not self._closed:
            self.transport.write(_CONTINUE)

    def _write_response(self, response: HttpResponse, head: bool) -> Awaitable[None] | None:
        # a whole body in memory (every AWS API answer but S3 downloads) is written now, with no
        # coroutine; a streamed one returns the coroutine that writes it
        if response.stream is not None:
            return self._write_streamed(response, head)
        transport = self.transport
        if transport is None or self._closed:
            raise ClientDisconnected
        headers = response.headers
        if response.status_code in BODYLESS_STATUSES:
            head = True
            headers.remove("content-length")
        if not head and "content-length" not in headers:
            headers.add("Content-Length", str(len(response.body)))  # absent: add is set, less the search
        head_bytes = self._head(response, chunked=False)
        transport.write(head_bytes if head else head_bytes + response.body)
        return None

    def _head(self, response: HttpResponse, *, chunked: bool) -> bytes:
        """Status line and headers (``Date``, and ``Connection: close`` when this response ends the
        connection) as bytes."""
        tail = _Clock.date_line()
        if chunked:
            tail += "Transfer-Encoding: chunked\r\n"
        if self.state.shutting_down:
            self._keep_alive = False
        answering = self._answering
        if answering is not None and answering.awaiting_continue:
            # answered before "100 Continue": the client may send the body or not (RFC 9110 §10.1.1),
            # so the connection cannot tell where the next request starts — close it, as uvicorn does
            self._keep_alive = False
        if not self._keep_alive:
            tail += "Connection: close\r\n"
        head = f"{response.headers.wire_block()}{tail}\r\n".encode("latin-1")
        return _status_line(response.status_code) + head

    async def _write_streamed(self, response: HttpResponse, head: bool) -> None:
        transport = self.transport
        if transport is None or self._closed:
            raise ClientDisconnected
        stream = response.stream
        assert stream is not None
        if head or response.status_code in BODYLESS_STATUSES:
            # no body goes out: the stream is closed unread, the head written as a whole body's is
            await _close(stream)
            response.stream = None
            self._write_response(response, True)
            return
        chunked = "content-length" not in response.headers
        head_bytes = self._head(response, chunked=chunked)
        transport.write(head_bytes)
        async for chunk in stream:
            if not chunk:
                continue
            if self._closed:
                await _close(stream)
                raise ClientDisconnected
            if chunked:
                transport.write(b"%x\r\n%b\r\n" % (len(chunk), chunk))
            else:
                transport.write(chunk)
            if self._write_paused:
                await self._drain()
        if chunked and not self._closed:
            transport.write(b"0\r\n\r\n")

    async def _drain(self) -> None:
        while self._write_paused and not self._closed:
            self._drained = self.loop.create_future()
            try:
                await self._drained
            finally:
                self._drained = None
        if self._closed:
            raise ClientDisconnected


async def _close(stream: object) -> None:
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        await aclose()


async def serve(
    respond: Respond,
    host: str,
    port: int,
    stop: asyncio.Event,
    *,
    graceful_s: float = 10.0,
    started: Callable[[], None] | None = None,
    keep_alive_s: float = KEEP_ALIVE_S,
) -> None:
    """Serve until ``stop`` is set, then let in-flight requests finish (at most ``graceful_s``)."""
    loop = asyncio.get_running_loop()
    state = ServerState(respond, keep_alive_s)
    server = await loop.create_server(
        lambda: HttpProtocol(state), host, port, reuse_address=True, backlog=2048
    )
    if started is not None:
        started()
    try:
        await stop.wait()
    finally:
        server.close()
        state.shut_down()
        deadline = loop.time() + graceful_s
        while state.busy() and loop.time() < deadline:
            await asyncio.sleep(0.05)
        state.close_all()
        await server.wait_closed()
