"""HTTP/2 on the gateway's own server, frame by frame: a raw ``h2`` client against ``httpserver.serve``."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import h2.config
import h2.connection
import h2.events
import h2.settings
import pytest
from h2.errors import ErrorCodes
from overcast_common.http import Headers, HttpRequest, HttpResponse
from overcast_gateway import http2, httpserver
from overcast_gateway.asgi import ClientDisconnected, buffer_body
from overcast_gateway.httpserver import serve

Write = Callable[[HttpResponse, bool], Awaitable[None] | None]
seen: list[HttpRequest] = []
outcomes: dict[str, str] = {}
"""Request path -> how the app saw the request end (for resets and disconnects)."""
active = 0
peak = 0


async def put(write: Write, response: HttpResponse, head: bool) -> None:
    written = write(response, head)
    if written is not None:
        await written


async def app(request: HttpRequest, write: Write) -> None:
    global active, peak
    seen.append(request)
    path = request.path
    head = request.method == "HEAD"
    if path == "/events":  # an event stream: one event now, the next never comes

        async def events() -> AsyncIterator[bytes]:
            try:
                yield b"event-1"
                await asyncio.sleep(3600)
                yield b"never"
            finally:
                outcomes[path] = "closed"

        try:
            await put(
                write, HttpResponse(200, Headers([("Content-Type", "x/events")]), stream=events()), head
            )
        except ClientDisconnected:
            outcomes[path + ":write"] = "disconnected"
        return
    if path == "/big":

        async def big() -> AsyncIterator[bytes]:
            for i in range(64):
                yield bytes([i]) * 65536

        await put(
            write, HttpResponse(200, Headers([("Content-Length", str(64 * 65536))]), stream=big()), head
        )
        return
    if path == "/big-whole":
        await put(write, HttpResponse(200, Headers(), b"w" * 300_000), head)
        return
    if path in ("/204", "/304"):
        await put(write, HttpResponse(int(path[1:]), Headers([("ETag", '"e"')]), b"ignored"), head)
        return
    if path == "/hop-by-hop":
        hop = Headers(
            [("Connection", "close"), ("Keep-Alive", "5"), ("Transfer-Encoding", "chunked"), ("X-A", "1")]
        )
        await put(write, HttpResponse(200, hop, b"ok"), head)
        return
    if path == "/fail-mid-stream":

        async def failing() -> AsyncIterator[bytes]:
            yield b"partial"
            raise RuntimeError("disk went away")

        await put(write, HttpResponse(200, Headers([("Content-Length", "100")]), stream=failing()), head)
        return
    if path == "/no-answer":
        return
    if path == "/ignore-body":
        await put(write, HttpResponse(200, Headers(), b"ignored"), head)
        return
    if path == "/slow":
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.3)
        active -= 1
    if path == "/upload":  # reads the body chunk by chunk, as an S3 upload does
        digest = hashlib.md5()
        size = 0
        assert request.stream is not None
        async for chunk in request.stream:
            digest.update(chunk)
            size += len(chunk)
            await asyncio.sleep(0)
        await put(write, HttpResponse(200, Headers(), f"{size}:{digest.hexdigest()}".encode()), head)
        return
    await buffer_body(request)
    reply = f"{request.method} {path}?{request.query_string} host={request.host}:".encode() + request.body
    await put(write, HttpResponse(200, Headers([("Content-Type", "text/plain")]), reply), head)


@pytest.fixture
async def server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[int]:
    global active, peak
    seen.clear()
    outcomes.clear()
    active = peak = 0
    port, stop, task = await start()
    yield port
    stop.set()
    await asyncio.wait_for(task, 10)


async def start(
    keep_alive_s: float = httpserver.KEEP_ALIVE_S,
) -> tuple[int, asyncio.Event, asyncio.Task[None]]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    stop = asyncio.Event()
    ready = asyncio.Event()
    task = asyncio.create_task(
        serve(app, "127.0.0.1", port, stop, graceful_s=2, started=ready.set, keep_alive_s=keep_alive_s)
    )
    await asyncio.wait_for(ready.wait(), 5)
    return port, stop, task


async def closed(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(Exception):
        await writer.wait_closed()


class Client:
    """A raw HTTP/2 client: frames out, events in, flow control by hand."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, auto_ack: bool) -> None:
        self.reader, self.writer = reader, writer
        self.conn = h2.connection.H2Connection(
            h2.config.H2Configuration(client_side=True, header_encoding=None)
        )
        self.auto_ack = auto_ack
        self.events: list[h2.events.Event] = []
        self.data: dict[int, bytearray] = {}
        self.headers: dict[int, dict[bytes, bytes]] = {}
        self.ended: set[int] = set()
        self.closed = False

    @classmethod
    async def connect(cls, port: int, *, auto_ack: bool = True, preface: bool = True) -> Client:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        client = cls(reader, writer, auto_ack=auto_ack)
        if preface:
            client.conn.initiate_connection()
            client.flush()
        return client

    def flush(self) -> None:
        data = self.conn.data_to_send()
        if data:
            self.writer.write(data)

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: list[tuple[str, str]] | None = None
    ) -> int:
        sid = self.conn.get_next_available_stream_id()
        pseudo = [(":method", method), (":path", path), (":scheme", "http"), (":authority", "example:4566")]
        self.conn.send_headers(sid, pseudo + (headers or []), end_stream=body is None)
        self.flush()
        return sid

    async def read_once(self) -> None:
        data = await asyncio.wait_for(self.reader.read(65536), 5)
        if not data:
            self.closed = True
            return
        for event in self.conn.receive_data(data):
            self.events.append(event)
            if isinstance(event, h2.events.ResponseReceived):
                self.headers[event.stream_id] = dict(event.headers)
            elif isinstance(event, h2.events.DataReceived):
                self.data.setdefault(event.stream_id, bytearray()).extend(event.data)
                if self.auto_ack:
                    self.conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
            elif isinstance(event, h2.events.StreamEnded):
                self.ended.add(event.stream_id)
        self.flush()

    async def until(self, done: Callable[[], bool]) -> None:
        while not done():
            assert not self.closed, "the server closed the connection"
            await self.read_once()

    async def send_body(self, sid: int, body: bytes) -> None:
        """All of ``body`` as DATA frames, waiting for window as the server grants it."""
        view = memoryview(body)
        while view:
            room = min(self.conn.local_flow_control_window(sid), self.conn.max_outbound_frame_size, len(view))
            if room <= 0:
                await self.read_once()
                continue
            self.conn.send_data(sid, view[:room].tobytes(), end_stream=room == len(view))
            view = view[room:]
            self.flush()
            await self.writer.drain()

    async def response(self, sid: int) -> tuple[dict[bytes, bytes], bytes]:
        await self.until(lambda: sid in self.ended)
        return self.headers[sid], bytes(self.data.get(sid, b""))

    async def close(self) -> None:
        await closed(self.writer)


async def test_prior_knowledge_request_reaches_the_app_with_authority_as_host(server: int) -> None:
    client = await Client.connect(server)
    sid = client.request("POST", "/a%2Fb?x=1&y", b"", [("content-type", "text/plain")])
    client.conn.send_data(sid, b"hello", end_stream=True)
    client.flush()
    headers, body = await client.response(sid)
    assert headers[b":status"] == b"200" and body == b"POST /a%2Fb?x=1&y host=example:4566:hello"
    assert headers[b"content-length"] == b"%d" % len(body) and b"date" in headers
    request = seen[0]
    assert request.headers["host"] == "example:4566" and request.headers["content-type"] == "text/plain"
    assert not any(name.startswith(":") for name in request.headers)
    await client.close()


async def test_http1_still_served_beside_http2(server: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    writer.write(b"GET /one HTTP/1.1\r\nHost: h\r\n\r\n")
    answer = await asyncio.wait_for(reader.readuntil(b"host=h:"), 5)
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    await closed(writer)


async def test_preface_split_across_reads(server: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    client = Client(reader, writer, auto_ack=True)
    client.conn.initiate_connection()
    data = client.conn.data_to_send()
    for piece in (data[:5], data[5:23], data[23:30], data[30:]):  # the preface is 24 bytes
        writer.write(piece)
        await writer.drain()
        await asyncio.sleep(0.02)
    sid = client.request("GET", "/split")
    headers, body = await client.response(sid)
    assert headers[b":status"] == b"200" and body.startswith(b"GET /split")
    await client.close()


async def test_upload_larger_than_every_window_streams_with_flow_control(server: int) -> None:
    client = await Client.connect(server)
    payload = bytes(range(256)) * (12 * 1024)  # 3 MiB: beyond the stream's 1 MiB window
    sid = client.request("PUT", "/upload", b"", [("content-length", str(len(payload)))])
    await client.send_body(sid, payload)
    _, body = await client.response(sid)
    assert body == f"{len(payload)}:{hashlib.md5(payload).hexdigest()}".encode()
    await client.close()


async def test_expect_100_continue_is_answered_when_the_body_is_read(server: int) -> None:
    client = await Client.connect(server)
    sid = client.request("PUT", "/upload", b"", [("expect", "100-continue")])
    await client.until(
        lambda: any(isinstance(e, h2.events.InformationalResponseReceived) for e in client.events)
    )
    informational = next(e for e in client.events if isinstance(e, h2.events.InformationalResponseReceived))
    assert dict(informational.headers)[b":status"] == b"100"
    await client.send_body(sid, b"payload")
    _, body = await client.response(sid)
    assert body == f"7:{hashlib.md5(b'payload').hexdigest()}".encode()
    await client.close()


async def test_response_larger_than_the_client_window_waits_for_window_updates(server: int) -> None:
    client = await Client.connect(server, auto_ack=False)
    sid = client.request("GET", "/big")
    await client.until(lambda: len(client.data.get(sid, b"")) >= 65535)
    await asyncio.sleep(0.1)
    assert len(client.data[sid]) == 65535 and sid not in client.ended  # the default window, no more
    client.auto_ack = True
    client.conn.acknowledge_received_data(65535, sid)
    client.flush()
    headers, body = await client.response(sid)
    assert headers[b"content-length"] == b"%d" % (64 * 65536)
    assert body == b"".join(bytes([i]) * 65536 for i in range(64))
    sid = client.request("GET", "/big-whole")  # a whole body above the window goes out as window opens
    _, body = await client.response(sid)
    assert body == b"w" * 300_000
    await client.close()


@pytest.mark.parametrize("path", ["/204", "/304"])
async def test_bodyless_statuses_end_with_the_headers(server: int, path: str) -> None:
    client = await Client.connect(server)
    sid = client.request("GET", path)
    headers, body = await client.response(sid)
    assert headers[b":status"] == path[1:].encode() and body == b""
    assert b"content-length" not in headers and headers[b"etag"] == b'"e"'
    assert not [e for e in client.events if isinstance(e, h2.events.DataReceived)]
    await client.close()


async def test_head_has_headers_but_no_body(server: int) -> None:
    client = await Client.connect(server)
    sid = client.request("HEAD", "/big")
    headers, body = await client.response(sid)
    assert headers[b"content-length"] == b"%d" % (64 * 65536) and body == b""
    await client.close()


async def test_http1_connection_headers_are_never_sent(server: int) -> None:
    client = await Client.connect(server)
    sid = client.request("GET", "/hop-by-hop")
    headers, body = await client.response(sid)  # h2 itself rejects a frame carrying them
    assert body == b"ok" and headers[b"x-a"] == b"1"
    assert not {b"connection", b"keep-alive", b"transfer-encoding"} & headers.keys()
    await client.close()


async def test_concurrent_streams_on_one_connection(server: int) -> None:
    client = await Client.connect(server)
    sids = [client.request("GET", "/slow", None, [("x-n", str(i))]) for i in range(8)]
    loop = asyncio.get_running_loop()
    began = loop.time()
    await client.until(lambda: all(s in client.ended for s in sids))
    assert loop.time() - began < 2.0 and peak == 8  # side by side, not one after another
    assert all(client.headers[s][b":status"] == b"200" for s in sids)
    await client.close()


async def test_rst_stream_cancels_an_event_stream_and_the_connection_goes_on(server: int) -> None:
    client = await Client.connect(server)
    sid = client.request("GET", "/events")
    await client.until(lambda: bytes(client.data.get(sid, b"")) == b"event-1")
    client.conn.reset_stream(sid, ErrorCodes.CANCEL)
    client.flush()
    for _ in range(100):
        if "/events:write" in outcomes:
            break
        await asyncio.sleep(0.01)
    assert outcomes == {"/events": "closed", "/events:write": "disconnected"}
    other = client.request("GET", "/after")
    headers, _ = await client.response(other)
    assert headers[b":status"] == b"200"
    await client.close()


@pytest.mark.parametrize("path", ["/fail-mid-stream", "/no-answer"])
async def test_a_response_cut_short_resets_the_stream_only(server: int, path: str) -> None:
    client = await Client.connect(server)
    sid = client.request("GET", path)
    await client.until(lambda: any(isinstance(e, h2.events.StreamReset) for e in client.events))
    reset = next(e for e in client.events if isinstance(e, h2.events.StreamReset))
    assert reset.stream_id == sid and reset.error_code == ErrorCodes.INTERNAL_ERROR
    other = client.request("GET", "/after")
    headers, _ = await client.response(other)
    assert headers[b":status"] == b"200"
    await client.close()


async def test_unread_body_is_dropped_and_acknowledged(server: int) -> None:
    client = await Client.connect(server)
    sid = client.request("PUT", "/ignore-body", b"")
    await client.until(lambda: sid in client.ended)  # answered before the body was sent
    with contextlib.suppress(Exception):  # the stream may be closed on our side already
        await client.send_body(sid, b"z" * 200_000)
    other = client.request("GET", "/next")
    headers, _ = await client.response(other)
    assert headers[b":status"] == b"200"
    await client.close()


async def test_shutdown_finishes_open_streams_refuses_new_ones_then_goaway() -> None:
    seen.clear()
    port, stop, task = await start()
    client = await Client.connect(port)
    sid = client.request("GET", "/slow")
    await asyncio.sleep(0.05)
    stop.set()
    await asyncio.sleep(0.05)
    late = client.request("GET", "/late")
    headers, body = await client.response(sid)
    assert headers[b":status"] == b"200" and body.startswith(b"GET /slow")
    refused = [e for e in client.events if isinstance(e, h2.events.StreamReset)]
    assert [(e.stream_id, e.error_code) for e in refused] == [(late, ErrorCodes.REFUSED_STREAM)]
    await client.until(lambda: client.closed)
    goaway = next(e for e in client.events if isinstance(e, h2.events.ConnectionTerminated))
    assert goaway.error_code == ErrorCodes.NO_ERROR and goaway.last_stream_id == late
    assert [r.path for r in seen] == ["/slow"]
    await asyncio.wait_for(task, 5)
    await client.close()


async def test_idle_http2_connections_get_goaway_and_close() -> None:
    port, stop, task = await start(keep_alive_s=0.2)
    used = await Client.connect(port)
    sid = used.request("GET", "/x")
    await used.response(sid)
    silent = await Client.connect(port)  # a preface and no stream ever
    for client in (used, silent):
        await client.until(lambda: client.closed)  # noqa: B023
        assert any(isinstance(e, h2.events.ConnectionTerminated) for e in client.events)
        await client.close()
    stop.set()
    await asyncio.wait_for(task, 5)


async def test_a_protocol_error_gets_goaway_and_the_server_goes_on(server: int) -> None:
    client = await Client.connect(server)
    client.writer.write(b"\x00\x00\x08\x07\x00\x00\x00\x00\x01")  # GOAWAY on stream 1: illegal
    await client.until(lambda: client.closed)
    goaway = [e for e in client.events if isinstance(e, h2.events.ConnectionTerminated)]
    assert goaway and goaway[0].error_code == ErrorCodes.PROTOCOL_ERROR
    await client.close()
    again = await Client.connect(server)
    sid = again.request("GET", "/still")
    headers, _ = await again.response(sid)
    assert headers[b":status"] == b"200"
    await again.close()


async def test_garbage_after_a_broken_preface_is_a_400(server: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    writer.write(b"PRI * HTTP/2.0\r\n\r\nXX\r\n\r\n")
    answer = await asyncio.wait_for(reader.read(), 5)
    assert answer.startswith(b"HTTP/1.1 400 ")
    await closed(writer)


async def test_upgrade_h2c_answers_the_request_on_stream_1(server: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    client = Client(reader, writer, auto_ack=True)
    settings = client.conn.initiate_upgrade_connection()
    assert settings is not None
    writer.write(
        b"GET /upgraded?q=1 HTTP/1.1\r\nHost: example:4566\r\nConnection: Upgrade, HTTP2-Settings\r\n"
        b"Upgrade: h2c\r\nHTTP2-Settings: " + settings + b"\r\n\r\n"
    )
    switching = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    assert switching.startswith(b"HTTP/1.1 101 ") and b"Upgrade: h2c" in switching
    client.flush()  # the client's preface and SETTINGS
    headers, body = await client.response(1)
    assert headers[b":status"] == b"200" and body == b"GET /upgraded?q=1 host=example:4566:"
    sid = client.request("GET", "/second")
    _, body = await client.response(sid)
    assert body.startswith(b"GET /second")
    await client.close()


@pytest.mark.parametrize("split", [False, True])
async def test_upgrade_h2c_with_a_body_reads_it_before_the_preface(server: int, split: bool) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    client = Client(reader, writer, auto_ack=True)
    settings = client.conn.initiate_upgrade_connection()
    assert settings is not None
    body = b"0123456789" * 1000
    head = (
        b"PUT /upload HTTP/1.1\r\nHost: h\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
        b"Content-Length: %d\r\nHTTP2-Settings: %b\r\n\r\n" % (len(body), settings)
    )
    if split:  # the body trickles in after the head, then the preface follows in the same read
        writer.write(head + body[:100])
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.write(body[100:] + client.conn.data_to_send())
    else:
        writer.write(head + body)
    switching = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
    assert switching.startswith(b"HTTP/1.1 101 ")
    client.flush()
    headers, answer = await client.response(1)
    assert headers[b":status"] == b"200" and answer == f"{len(body)}:{hashlib.md5(body).hexdigest()}".encode()
    await client.close()


async def test_other_upgrades_are_still_refused(server: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    writer.write(b"GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n")
    answer = await asyncio.wait_for(reader.read(), 5)
    assert answer.startswith(b"HTTP/1.1 400 ")
    await closed(writer)


def test_preface_tail_is_found_whatever_the_split() -> None:
    settings_frame = b"\x00\x00\x00\x04\x00\x00\x00\x00\x00"
    for k in range(1, len(http2.PREFACE) + 1):
        assert http2.preface_tail(http2.PREFACE[-k:] + settings_frame) == k
    assert http2.preface_tail(b"GET / HTTP/1.1") == 0


@pytest.mark.parametrize(
    "headers",
    [
        [
            (":method", "GET"),
            (":path", "/m"),
            (":scheme", "http"),
            (":authority", "h"),
            ("connection", "close"),
        ],
        [(":method", "GET"), (":path", "/m"), (":scheme", "http"), (":authority", "h"), ("te", "gzip")],
        [(":method", "GET"), (":path", "/m"), (":scheme", "http"), (":authority", "h"), ("X-Upper", "1")],
        [(":method", "GET"), (":path", "/m"), (":scheme", "http"), (":authority", "h"), ("x", " lead")],
        [(":method", "GET"), (":path", "/m"), ("x-a", "1"), (":scheme", "http"), (":authority", "h")],
        [(":method", "GET"), (":scheme", "http"), (":authority", "h")],
        [(":method", "GET"), (":path", "/m"), (":scheme", "http"), (":authority", "h"), ("host", "other")],
        [(":method", "GET"), (":path", ""), (":scheme", "http"), (":authority", "h")],
    ],
)
async def test_a_malformed_request_is_a_connection_error(server: int, headers: list[tuple[str, str]]) -> None:
    client = await Client.connect(server)
    client.conn.config.validate_outbound_headers = False
    client.conn.config.normalize_outbound_headers = False
    client.conn.send_headers(client.conn.get_next_available_stream_id(), headers, end_stream=True)
    client.flush()
    await client.until(lambda: client.closed)
    goaway = [e for e in client.events if isinstance(e, h2.events.ConnectionTerminated)]
    assert goaway and goaway[0].error_code == ErrorCodes.PROTOCOL_ERROR
    assert not seen
    await client.close()


async def test_malformed_trailers_are_a_connection_error_valid_ones_are_dropped(server: int) -> None:
    client = await Client.connect(server)
    client.conn.config.validate_outbound_headers = False
    sid = client.request("POST", "/echo", body=b"")
    client.conn.send_data(sid, b"body")
    client.conn.send_headers(sid, [("x-checksum", "abc")], end_stream=True)
    client.flush()
    headers, body = await client.response(sid)
    assert headers[b":status"] == b"200" and body.endswith(b":body")
    sid = client.request("POST", "/echo", body=b"")
    client.conn.send_data(sid, b"body")
    client.conn.send_headers(sid, [(":path", "/x")], end_stream=True)
    client.flush()
    await client.until(lambda: client.closed)
    goaway = [e for e in client.events if isinstance(e, h2.events.ConnectionTerminated)]
    assert goaway and goaway[0].error_code == ErrorCodes.PROTOCOL_ERROR
    await client.close()
