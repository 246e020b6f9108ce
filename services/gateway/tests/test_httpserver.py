"""The gateway's own HTTP/1.1 server: what uvicorn did for us must still hold on the wire."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from overcast_common.http import Headers, HttpRequest, HttpResponse
from overcast_gateway import httpserver
from overcast_gateway.asgi import buffer_body
from overcast_gateway.httpserver import serve

Write = Callable[[HttpResponse, bool], Awaitable[None] | None]
seen: list[HttpRequest] = []


async def put(write: Write, response: HttpResponse, head: bool) -> None:
    # the server writes a whole body at once and returns None; a streamed one returns what to await
    written = write(response, head)
    if written is not None:
        await written


async def app(request: HttpRequest, write: Write) -> None:
    seen.append(request)
    path = request.path
    if path == "/stream":

        async def parts() -> AsyncIterator[bytes]:
            for part in (b"a", b"b", b"c"):
                yield part
                await asyncio.sleep(0.01)

        await put(write, HttpResponse(200, Headers(), stream=parts()), request.method == "HEAD")
        return
    if path == "/big":

        async def big() -> AsyncIterator[bytes]:
            for _ in range(64):
                yield b"x" * 65536

        await put(
            write, HttpResponse(200, Headers([("Content-Length", str(64 * 65536))]), stream=big()), False
        )
        return
    if path in ("/204", "/304"):
        await put(write, HttpResponse(int(path[1:]), Headers([("ETag", '"e"')]), b"ignored"), False)
        return
    if path == "/ignore-body":  # answers without reading the body
        await put(write, HttpResponse(200, Headers(), b"ignored"), False)
        return
    if path == "/fail-mid-stream":

        async def failing() -> AsyncIterator[bytes]:
            yield b"partial"
            raise RuntimeError("disk went away")

        await put(write, HttpResponse(200, Headers([("Content-Length", "100")]), stream=failing()), False)
        return
    await buffer_body(request)
    reply = f"{request.method} {path}?{request.query_string}:".encode() + request.body
    await put(
        write, HttpResponse(200, Headers([("Content-Type", "text/plain")]), reply), request.method == "HEAD"
    )


@pytest.fixture
async def server() -> AsyncIterator[int]:
    seen.clear()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    stop = asyncio.Event()
    ready = asyncio.Event()
    task = asyncio.create_task(serve(app, "127.0.0.1", port, stop, graceful_s=2, started=ready.set))
    await asyncio.wait_for(ready.wait(), 5)
    yield port
    stop.set()
    await asyncio.wait_for(task, 10)


async def _read_until(reader: asyncio.StreamReader, marker: bytes, count: int = 1) -> bytes:
    data = b""
    while data.count(marker) < count:
        chunk = await asyncio.wait_for(reader.read(65536), 5)
        assert chunk, data
        data += chunk
    return data


@contextlib.asynccontextmanager
async def connect(port: int) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        yield reader, writer
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()


async def test_request_line_headers_and_body_reach_the_app(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(
            b"POST /a%2Fb/c?x=1&y HTTP/1.1\r\nHost: h\r\nX-Two: 1\r\nx-two: 2\r\nContent-Length: 3\r\n\r\nabc"
        )
        data = await _read_until(reader, b"abc")
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"Content-Length: " + str(len(body)).encode() in head and b"\r\nDate: " in head
    assert body == b"POST /a%2Fb/c?x=1&y:abc"  # raw path: SigV4 needs the client's percent-encoding
    [request] = seen
    assert request.headers.get_all("x-two") == ["1", "2"] and request.client_ip == "127.0.0.1"


async def test_pipelined_keep_alive_requests_are_answered_in_order(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(
            b"POST /one HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\n1"
            b"POST /two HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n"
            b"GET /three HTTP/1.1\r\nHost: x\r\n\r\n"
        )
        data = await _read_until(reader, b"HTTP/1.1 200 OK", 3)
        if b"/three?:" not in data:
            data += await _read_until(reader, b"/three?:")
    assert data.index(b"/one?:1") < data.index(b"/two?:abc") < data.index(b"/three?:")


async def test_expect_100_continue_is_answered_before_the_body(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"PUT /up HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
        assert await _read_until(reader, b"\r\n\r\n") == b"HTTP/1.1 100 Continue\r\n\r\n"
        writer.write(b"body")
        assert (await _read_until(reader, b"body")).endswith(b"PUT /up?:body")


async def test_streamed_response_is_chunked_and_arrives_whole(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        data = await _read_until(reader, b"0\r\n\r\n")
        assert b"Transfer-Encoding: chunked" in data
        assert data.endswith(b"\r\n\r\n1\r\na\r\n1\r\nb\r\n1\r\nc\r\n0\r\n\r\n")
        writer.write(b"GET /after HTTP/1.1\r\nHost: x\r\n\r\n")  # the connection is still usable
        assert (await _read_until(reader, b"/after?:")).startswith(b"HTTP/1.1 200")


async def test_a_large_sized_stream_respects_back_pressure(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
        head = await _read_until(reader, b"\r\n\r\n")
        body = head.partition(b"\r\n\r\n")[2]
        await asyncio.sleep(0.2)  # the server must wait for us, not buffer 4 MiB
        while len(body) < 64 * 65536:
            chunk = await asyncio.wait_for(reader.read(1 << 20), 5)
            assert chunk
            body += chunk
        assert body == b"x" * (64 * 65536)


@pytest.mark.parametrize("status", [204, 304])
async def test_bodyless_statuses_carry_no_body_and_keep_the_connection(server: int, status: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(
            f"GET /{status} HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        )
        data = await _read_until(reader, b"/next?:")
    first, _, rest = data.partition(b"\r\n\r\n")
    assert first.startswith(f"HTTP/1.1 {status} ".encode()) and b"Content-Length" not in first
    assert rest.startswith(b"HTTP/1.1 200 OK")  # no "ignored" body in between


async def test_head_has_headers_but_no_body(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHost: x\r\n\r\n")
        data = await _read_until(reader, b"/next?:")
    assert data.count(b"HTTP/1.1 200 OK") == 2 and b"HEAD /h" not in data


async def test_an_unread_body_is_skipped_and_the_next_request_served(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"PUT /ignore-body HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n")
        await _read_until(reader, b"ignored")
        writer.write(b"hello")  # arrives after the answer: dropped, not taken for a request
        writer.write(b"GET /next HTTP/1.1\r\nHost: x\r\n\r\n")
        assert b"/next?:" in await _read_until(reader, b"/next?:")


async def test_an_answer_before_100_continue_closes_the_connection(server: int) -> None:
    # botocore then sends no body and reuses the connection: keeping it would take its next request
    # for the unread body and hang (seen: KeyTooLongError on PutObject, then 20 s for ListBuckets)
    async with connect(server) as (reader, writer):
        writer.write(
            b"PUT /ignore-body HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"
        )
        data = await asyncio.wait_for(reader.read(), 5)  # EOF: the server closed
    assert data.startswith(b"HTTP/1.1 200 OK") and b"Connection: close" in data
    assert b"100 Continue" not in data


async def test_connection_close_and_http_1_0_close_after_the_answer(server: int) -> None:
    for request in (
        b"GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /c HTTP/1.0\r\n\r\n",
    ):
        async with connect(server) as (reader, writer):
            writer.write(request)
            data = await asyncio.wait_for(reader.read(), 5)  # EOF: the server closed
            assert data.startswith(b"HTTP/1.1 200 OK") and b"Connection: close" in data


async def test_a_malformed_request_gets_400_and_a_closed_connection(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"NOT HTTP AT ALL\r\n\r\n")
        data = await asyncio.wait_for(reader.read(), 5)
    assert data.startswith(b"HTTP/1.1 400 Bad Request")


async def test_a_stream_failing_mid_way_cuts_the_connection(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"GET /fail-mid-stream HTTP/1.1\r\nHost: x\r\n\r\n")
        data = await asyncio.wait_for(reader.read(), 5)
    assert data.startswith(b"HTTP/1.1 200 OK") and data.endswith(b"partial")  # short of Content-Length


async def test_idle_keep_alive_connections_are_closed(server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
        await _read_until(reader, b"/x?:")
        [conn] = list(_connections(server))
        conn.state.keep_alive_s = 0.05
        conn._arm_idle()
        assert await asyncio.wait_for(reader.read(), 5) == b""


async def test_shutdown_lets_the_request_in_flight_finish() -> None:
    release = asyncio.Event()

    async def slow(request: HttpRequest, write: Write) -> None:
        await release.wait()
        await put(write, HttpResponse(200, Headers(), b"done"), False)

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(slow, "127.0.0.1", port, stop, graceful_s=5, started=ready.set))
    await ready.wait()
    async with connect(port) as (reader, writer):
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        await asyncio.sleep(0.05)
        stop.set()
        await asyncio.sleep(0.05)
        release.set()
        data = await asyncio.wait_for(reader.read(), 5)
    assert data.endswith(b"done") and b"Connection: close" in data
    await asyncio.wait_for(task, 5)


def _connections(port: int) -> list[httpserver.HttpProtocol]:
    import gc

    return [
        o
        for o in gc.get_objects()
        if isinstance(o, httpserver.HttpProtocol) and not o._closed and o.transport is not None
    ]


async def test_keep_alive_counts_from_the_last_answer(server: int) -> None:
    # one idle timer per keep-alive period: a connection used again within it stays open past
    # the first deadline and closes one keep-alive after its last answer
    async with connect(server) as (reader, writer):
        writer.write(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        await _read_until(reader, b"/a?:")
        [conn] = list(_connections(server))
        conn.state.keep_alive_s = 0.3
        conn._arm_idle()
        await asyncio.sleep(0.2)
        writer.write(b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        await _read_until(reader, b"/b?:")
        await asyncio.sleep(0.2)  # past the first deadline, within the second
        assert not conn._closed
        writer.write(b"GET /c HTTP/1.1\r\nHost: x\r\n\r\n")
        await _read_until(reader, b"/c?:")
        assert await asyncio.wait_for(reader.read(), 5) == b""


async def test_a_body_that_arrived_whole_is_taken_at_once(server: int) -> None:
    async with connect(server) as (reader, writer):
        writer.write(b"POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\nabcdef")
        data = await _read_until(reader, b"abcdef")
    assert data.endswith(b"POST /p?:abcdef")
    request = seen[-1]
    assert request.stream is None and request.body == b"abcdef"


async def test_take_all_waits_for_the_whole_body() -> None:
    # a real connection on a fake transport: a compiled httpserver (make install) takes no stand-in
    class Transport:
        paused = resumed = 0

        def get_extra_info(self, name: str, default: object = None) -> object:
            return default

        def pause_reading(self) -> None:
            self.paused += 1

        def resume_reading(self) -> None:
            self.resumed += 1

    transport = Transport()
    conn = httpserver.HttpProtocol(httpserver.ServerState(app))
    conn.connection_made(transport)  # type: ignore[arg-type]
    body = httpserver.RequestBody(conn, expect_continue=False)
    first = b"a" * httpserver.BODY_HIGH_WATER
    body.feed(first)
    assert body.take_all() is None and transport.paused == 0  # more may come
    body.feed(b"cd")  # past the high-water mark: reading pauses until the body is taken
    body.finish()
    assert transport.paused == 1
    assert body.take_all() == first + b"cd" and transport.resumed == 1
    conn.connection_lost(None)
