"""One socket write per response: held writes join the next, and nothing is ever held back for good."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn
from overcast_gateway.coalesce import CoalescingHttpToolsProtocol, CoalescingTransport


class FakeTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: Any) -> None:
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_write_buffer_size(self) -> int:
        return 0


async def test_head_and_body_in_one_turn_are_one_write() -> None:
    fake = FakeTransport()
    t = CoalescingTransport(fake, asyncio.get_running_loop())
    t.write(b"HTTP/1.1 200 OK\r\n\r\n")
    t.write(b"body")
    assert fake.writes == [b"HTTP/1.1 200 OK\r\n\r\nbody"]
    await asyncio.sleep(0)
    assert fake.writes == [b"HTTP/1.1 200 OK\r\n\r\nbody"]


async def test_a_lone_write_goes_out_at_the_end_of_the_turn_and_before_close() -> None:
    fake = FakeTransport()
    t = CoalescingTransport(fake, asyncio.get_running_loop())
    t.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    assert fake.writes == [] and t.get_write_buffer_size() > 0
    await asyncio.sleep(0)
    assert fake.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]
    t.write(b"last")
    t.close()
    assert fake.writes[-1] == b"last" and fake.closed


@pytest.fixture
async def server() -> AsyncIterator[int]:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["path"] == "/stream":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            for part in (b"a", b"b", b"c"):
                await send({"type": "http.response.body", "body": part, "more_body": True})
                await asyncio.sleep(0.01)
            await send({"type": "http.response.body", "body": b""})
            return
        reply = scope["path"].encode() + b":" + body
        headers = [(b"content-length", str(len(reply)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": reply})

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, http=CoalescingHttpToolsProtocol, log_config=None, lifespan="off")
    srv = uvicorn.Server(config)
    task = asyncio.create_task(srv.serve(sockets=[sock]))
    while not srv.started:
        await asyncio.sleep(0.01)
    yield port
    srv.should_exit = True
    await task
    with contextlib.suppress(OSError):
        sock.close()


async def _read_until(reader: asyncio.StreamReader, marker: bytes, count: int) -> bytes:
    data = b""
    while data.count(marker) < count:
        chunk = await asyncio.wait_for(reader.read(65536), 5)
        assert chunk, data
        data += chunk
    return data


async def test_pipelined_keep_alive_requests_are_answered_in_order(server: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    writer.write(
        b"POST /one HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\n1"
        b"POST /two HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n"
        b"GET /three HTTP/1.1\r\nHost: x\r\n\r\n"
    )
    data = await _read_until(reader, b"HTTP/1.1 200 OK", 3)
    data += await _read_until(reader, b"/three:", 1) if b"/three:" not in data else b""
    assert data.index(b"/one:1") < data.index(b"/two:abc") < data.index(b"/three:")
    writer.close()
    await writer.wait_closed()


async def test_streamed_response_arrives_whole(server: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server)
    writer.write(b"GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
    data = await _read_until(reader, b"0\r\n\r\n", 1)
    assert data.startswith(b"HTTP/1.1 200 OK") and b"transfer-encoding: chunked" in data
    assert data.endswith(b"1\r\na\r\n1\r\nb\r\n1\r\nc\r\n0\r\n\r\n")
    writer.close()
    await writer.wait_closed()
