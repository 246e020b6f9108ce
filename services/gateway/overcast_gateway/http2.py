"""HTTP/2 cleartext (h2c) for the gateway's own server: each stream becomes the ``HttpRequest`` an
HTTP/1.1 request would, answered by the same ``respond`` (SigV4, routing, tracing, audit, request log).

A connection starts as HTTP/1.1 (``httpserver.HttpProtocol``); it is handed over here when its first
bytes are the HTTP/2 preface (prior knowledge: the AWS Java SDK's Netty client, httpx with
``http2=True`` and ``http1=False``), or after an ``Upgrade: h2c`` request (RFC 7540 §3.2; curl
``--http2``), which becomes stream 1. The HTTP/1.1 parser raises on both, so recognising them costs the
HTTP/1.1 path nothing. The gateway serves no TLS, so there is no ALPN ``h2``.

Frames are parsed and written by the ``h2`` package (sans-IO); this module maps its events to tasks:
request bodies stream to the handler and are acknowledged (WINDOW_UPDATE) as it consumes them, response
bodies wait for the peer's flow-control window and the transport's write buffer, RST_STREAM ends the
stream's reads and writes with ``ClientDisconnected`` (and cancels a response stream waiting for its
next event, such as a SubscribeToShard subscription); shutdown refuses new streams, lets open ones
finish, then sends GOAWAY.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import operator
import re
import time
from collections.abc import Awaitable, Sequence
from email.utils import formatdate
from typing import TYPE_CHECKING

import h2.config
import h2.connection
import h2.events
import h2.exceptions
import h2.settings
from h2.errors import ErrorCodes
from hyperframe.frame import Frame, RstStreamFrame
from overcast_common.http import Headers, HttpRequest, HttpResponse

from overcast_gateway.asgi import BODYLESS_STATUSES, ClientDisconnected, CompleteBody
from overcast_gateway.http2_hpack import FastDecoder, FastEncoder

if TYPE_CHECKING:
    from overcast_gateway.httpserver import HttpProtocol, ServerState

log = logging.getLogger("overcast.gateway")

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
MAX_CONCURRENT_STREAMS = 128
STREAM_WINDOW = 1024 * 1024
"""What a client may send on one stream before the handler reads it (HTTP/1.1 pauses at 256 KiB)."""
CONNECTION_WINDOW = 8 * 1024 * 1024

_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te"}
)
"""HTTP/1.1 connection headers, forbidden on HTTP/2 (RFC 9113 §8.2.2)."""
_CONNECTION_HEADERS = frozenset(
    {b"connection", b"proxy-connection", b"keep-alive", b"transfer-encoding", b"upgrade"}
)
_PSEUDO_HEADERS = frozenset({b":method", b":scheme", b":authority", b":path", b":status", b":protocol"})
_FIELD_NAME = re.compile(rb"[!-9;-@\[-~]+")
"""A field name (RFC 9113 §8.2.1): visible ASCII, no upper case, no colon (a pseudo-header's leading one
aside)."""
_value = operator.itemgetter(1)
_good_names: set[bytes] = set()
"""Field names found valid: most come again on every request (bounded)."""
_SWITCHING = b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n"


class _Date:
    second = -1
    value = b""

    @classmethod
    def now(cls) -> bytes:
        now = int(time.time())
        if now != cls.second:
            cls.second, cls.value = now, formatdate(now, usegmt=True).encode("ascii")
        return cls.value


def malformed(headers: Sequence[tuple[bytes, bytes]], trailers: bool) -> str | None:
    """Why a request's header block (or its trailers) is malformed, or None: the checks of h2's inbound
    validation (``h2.utilities.validate_headers``, RFC 9113 §8.2-8.3), done here in one pass (h2's take
    several generators and a Python loop over every byte)."""
    if headers:
        # no value may hold NUL, CR or LF, nor start or end with white space (RFC 9113 §8.2.1): checked on
        # all values at once, joined by LF (which none may hold, so a value's LF shows in the count)
        values = b"\n".join(map(_value, headers))
        if (
            b"\0" in values
            or b"\r" in values
            or values.count(b"\n") != len(headers) - 1
            or values.startswith((b" ", b"\t"))
            or values.endswith((b" ", b"\t"))
            or b"\n " in values
            or b"\n\t" in values
            or b" \n" in values
            or b"\t\n" in values
        ):
            return "illegal character in a header value"
    pseudo: dict[bytes, bytes] = {}
    regular = False
    hosts = 0
    host = b""
    for name, value in headers:
        if name not in _good_names:
            if _FIELD_NAME.fullmatch(name, 1 if name[:1] == b":" else 0) is None:
                return f"illegal header name {name!r}"
            if len(_good_names) < 1024:
                _good_names.add(name)
        if name[0] == 0x3A:  # a pseudo-header
            if trailers or regular or name in pseudo or name not in _PSEUDO_HEADERS:
                return f"pseudo-header {name!r} misplaced, repeated or unknown"
            pseudo[name] = value
        else:
            regular = True
            if name in _CONNECTION_HEADERS or (name == b"te" and value.lower() != b"trailers"):
                return f"connection-specific header {name!r}"
            if name == b"host":
                hosts += 1
                host = value
    if trailers:
        return None
    method = pseudo.get(b":method")
    if method is None:
        return "no :method"
    if method == b"CONNECT" and b":protocol" not in pseudo:
        if b":scheme" in pseudo or b":path" in pseudo:
            return "CONNECT with :scheme or :path"
    elif b":scheme" not in pseudo or b":path" not in pseudo:
        return "no :scheme or :path"
    if b":status" in pseudo or (b":protocol" in pseudo and method != b"CONNECT"):
        return ":status or :protocol in a request"
    authority = pseudo.get(b":authority")
    if (
        hosts > 1
        or (authority is None and not hosts)
        or (authority is not None and hosts and authority != host)
    ):
        return "no host, several, or one that is not :authority"
    if pseudo.get(b":path") == b"":
        return "empty :path"
    return None


def take_over_preface(http1: HttpProtocol, data: bytes) -> bool:
    """After the HTTP/1.1 parser stopped on ``PRI * HTTP/2.0``: serve the connection as HTTP/2 if that was
    the preface of an idle connection. ``data`` is the chunk that completed it (earlier chunks held only
    preface bytes)."""
    if http1.parser.get_method() != b"PRI" or http1.busy():
        return False
    k = preface_tail(data)
    if not k:
        return False
    conn = Http2Connection(http1.state, *http1.hand_over())
    conn.start(PREFACE + data[k:])
    return True


def preface_tail(data: bytes) -> int:
    """How many of ``data``'s first bytes end the preface (the chunk that completed it holds its last k
    bytes, then frames); 0 if it does not start with any."""
    # a frame starts with a zero byte (its length is below 2^16 for any size a server allows), which no
    # preface byte is, so the longest match is the right one
    return next((k for k in range(min(len(PREFACE), len(data)), 0, -1) if data[:k] == PREFACE[-k:]), 0)


def take_over_upgrade(http1: HttpProtocol, data: bytes, offset: int) -> bool:
    """After the HTTP/1.1 parser stopped on an Upgrade request whose head ends at ``data[offset]``: switch
    to HTTP/2 if it asked for ``h2c`` with settings and nothing is in flight before it. The parser stops
    before the body: one of ``Content-Length`` comes next, then HTTP/2 (RFC 7540 §3.2); a chunked body or
    ``Expect: 100-continue`` keeps today's 400."""
    request = http1.upgrade_candidate()
    if request is None:
        return False
    headers = request.headers
    settings = headers.get("http2-settings")
    if headers.get("upgrade", "").strip().lower() != "h2c" or settings is None:
        return False
    if "transfer-encoding" in headers or "expect" in headers:
        return False
    length = headers.get("content-length", "0").strip()
    if not length.isdigit():
        return False
    transport, client_ip = http1.hand_over()
    transport.write(_SWITCHING)
    conn = Http2Connection(http1.state, transport, client_ip)
    conn.start_upgraded(settings.encode("latin-1"), request, int(length), data[offset:])
    return True


class _H2Connection(h2.connection.H2Connection):
    """h2's connection with faster HPACK coders (``http2_hpack``: response headers go out as plain
    literals, as hpack's pure-Python Huffman coder costs more CPU than the few bytes it saves on a local
    link) and without the per-frame ``repr`` h2 builds for a trace log line even when nothing logs it."""

    def __init__(self, config: h2.config.H2Configuration) -> None:
        super().__init__(config)
        decoder = FastDecoder()
        decoder.max_header_list_size = self.decoder.max_header_list_size
        self.decoder = decoder
        self.encoder = FastEncoder()

    def _receive_frame(self, frame: Frame) -> list[h2.events.Event]:
        # h2.connection.H2Connection._receive_frame (h2 4.x) less its ``logger.trace(repr(frame))``
        events: list[h2.events.Event]
        try:
            frames, events = self._frame_dispatch_table[frame.__class__](frame)
        except h2.exceptions.StreamClosedError as e:
            if self._stream_is_closed_by_reset(e.stream_id):
                f = RstStreamFrame(e.stream_id)
                f.error_code = e.error_code
                self._prepare_for_sending([f])
                events = e._events
            else:
                raise
        except h2.exceptions.StreamIDTooLowError as e:
            if self._stream_is_closed_by_reset(e.stream_id):
                f = RstStreamFrame(e.stream_id)
                f.error_code = ErrorCodes.STREAM_CLOSED
                self._prepare_for_sending([f])
                events = []
            elif self._stream_is_closed_by_end(e.stream_id):
                raise h2.exceptions.StreamClosedError(e.stream_id) from e
            else:
                raise
        else:
            self._prepare_for_sending(frames)
        return events


class _Body(CompleteBody):
    """A stream's request body, fed by DATA frames; what the handler consumes is handed back to the client
    as flow-control window (stream id 0: the HTTP/1.1 body of an upgrade request, outside flow control)."""

    __slots__ = ("_chunks", "_conn", "_expect_continue", "_sid", "_waiter", "discard", "done", "lost")

    def __init__(self, conn: Http2Connection, sid: int, expect_continue: bool = False) -> None:
        self._conn = conn
        self._sid = sid
        self._expect_continue = expect_continue
        self._chunks: collections.deque[bytes] = collections.deque()
        self._waiter: asyncio.Future[None] | None = None
        self.done = False
        self.lost = False
        self.discard = False

    def feed(self, data: bytes, flow_controlled: int) -> None:
        if self.discard:
            self._conn.acknowledge(self._sid, flow_controlled)
            return
        if flow_controlled > len(data):  # padding: nobody consumes it
            self._conn.acknowledge(self._sid, flow_controlled - len(data))
        if data:
            self._chunks.append(data)
            self._wake()

    def finish(self) -> None:
        self.done = True
        self._wake()

    def connection_lost(self) -> None:
        self.lost = True
        self._wake()

    def take_all(self) -> bytes | None:
        if not self.done or self.discard:
            return None
        chunks = self._chunks
        body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        self._conn.acknowledge(self._sid, len(body))
        return body

    def stop(self) -> None:
        """The handler is finished: acknowledge and drop what is buffered and whatever still arrives."""
        self.discard = True
        self._conn.acknowledge(self._sid, sum(map(len, self._chunks)))
        self._chunks.clear()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def __aiter__(self) -> _Body:
        return self

    async def __anext__(self) -> bytes:
        while True:
            if self._chunks:
                chunk = self._chunks.popleft()
                self._conn.acknowledge(self._sid, len(chunk))
                return chunk
            if self.done:
                raise StopAsyncIteration
            if self.lost:
                raise ClientDisconnected
            if self._expect_continue:  # the client waits for a 100 before it sends the body
                self._expect_continue = False
                self._conn.send_continue(self._sid)
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None


class _Stream:
    __slots__ = ("answered", "body", "id", "reset", "task", "waiting_event", "window")

    def __init__(self, sid: int, body: _Body | None) -> None:
        self.id = sid
        self.body = body
        self.task: asyncio.Task[None] | None = None
        self.reset = False
        """The client reset the stream or the connection is gone: reads and writes end."""
        self.window: asyncio.Future[None] | None = None
        """Set while a response write waits for flow-control window."""
        self.waiting_event = False
        """True while the response writer waits for its body iterator's next chunk (cancellable then)."""
        self.answered = False
        """END_STREAM has gone out with the response's last frame."""


class Http2Connection(asyncio.Protocol):
    """One HTTP/2 connection: a task per stream, all answered through ``state.respond``."""

    def __init__(self, state: ServerState, transport: asyncio.Transport, client_ip: str) -> None:
        self.state = state
        self.loop = asyncio.get_running_loop()
        self.transport = transport
        self.client_ip = client_ip
        # response headers are built clean by ``_head`` (lower-case, no connection headers): checking and
        # normalising them again in h2 is pure cost; what clients send is still validated
        config = h2.config.H2Configuration(
            client_side=False,
            header_encoding=None,
            validate_outbound_headers=False,
            normalize_outbound_headers=False,
            # checked by ``malformed`` instead, at a fraction of the cost
            validate_inbound_headers=False,
        )
        self.conn = _H2Connection(config)
        self.conn.local_settings = h2.settings.Settings(
            client=False,
            initial_values={
                h2.settings.SettingCodes.MAX_CONCURRENT_STREAMS: MAX_CONCURRENT_STREAMS,
                h2.settings.SettingCodes.INITIAL_WINDOW_SIZE: STREAM_WINDOW,
                h2.settings.SettingCodes.ENABLE_PUSH: 0,
            },
        )
        self.streams: dict[int, _Stream] = {}
        self._closed = False
        self._goaway_sent = False
        self._write_paused = False
        self._drained: asyncio.Future[None] | None = None
        self._idle: asyncio.TimerHandle | None = None
        self._idle_since: float | None = None
        self._upgrade_body: _Body | None = None
        self._upgrade_left = 0
        """Bytes of the upgrade request's HTTP/1.1 body still to come before the client's preface."""

    # --- connection ---------------------------------------------------------------------------

    def start(self, received: bytes) -> None:
        self._begin()
        self.conn.initiate_connection()
        self._grow_connection_window()
        self.data_received(received)

    def start_upgraded(self, settings: bytes, request: HttpRequest, length: int, received: bytes) -> None:
        self._begin()
        try:
            self.conn.initiate_upgrade_connection(settings)
        except Exception:  # an HTTP2-Settings header that does not decode
            self.close()
            return
        self._grow_connection_window()
        self._flush()
        body = _Body(self, 0) if length else None
        request.body, request.stream = b"", body
        self._upgrade_body, self._upgrade_left = body, length
        self._open(_Stream(1, body), request)
        if received:
            self.data_received(received)

    def _begin(self) -> None:
        self.state.connections.add(self)
        self.transport.set_protocol(self)
        self._arm_idle()  # a client that never opens a stream is closed like an idle one

    def _grow_connection_window(self) -> None:
        self.conn.increment_flow_control_window(CONNECTION_WINDOW - self.conn.inbound_flow_control_window)

    def connection_lost(self, exc: Exception | None) -> None:
        self._closed = True
        self.state.connections.discard(self)
        if self._idle is not None:
            self._idle.cancel()
        for stream in list(self.streams.values()):
            self._end_io(stream)
        drained = self._drained
        if drained is not None and not drained.done():
            drained.set_result(None)

    def busy(self) -> bool:
        return bool(self.streams)

    def shut_down(self) -> None:
        """Close now if idle, else once the open streams are answered (new ones are refused meanwhile).

        GOAWAY goes out with the close, not before: h2-based clients (httpx) drop every open stream on
        GOAWAY, while REFUSED_STREAM tells any client that the request was not processed and may be retried.
        """
        if not self.streams:
            self.close()

    def close(self) -> None:
        self._goaway()
        if not self.transport.is_closing():
            self.transport.close()

    def _goaway(self) -> None:
        if self._goaway_sent or self._closed:
            return
        self._goaway_sent = True
        with contextlib.suppress(h2.exceptions.ProtocolError):
            self.conn.close_connection(ErrorCodes.NO_ERROR)
        self._flush()

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        drained = self._drained
        if drained is not None and not drained.done():
            drained.set_result(None)

    def _flush(self) -> None:
        data = self.conn.data_to_send()
        if data and not self._closed:
            self.transport.write(data)

    def _arm_idle(self) -> None:
        self._idle_since = self.loop.time()
        if self._idle is None:
            self._idle = self.loop.call_at(self._idle_since + self.state.keep_alive_s, self._idle_check)

    def _idle_check(self) -> None:
        self._idle = None
        since = self._idle_since
        if since is None or self._closed or self.streams:
            return
        deadline = since + self.state.keep_alive_s
        if self.loop.time() >= deadline:
            self.close()
        else:
            self._idle = self.loop.call_at(deadline, self._idle_check)

    # --- frames in ----------------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        if self._upgrade_left:
            data = self._upgrade_body_received(data)
            if not data:
                return
        try:
            events = self.conn.receive_data(data)
        except h2.exceptions.ProtocolError as error:
            # h2 has queued a GOAWAY with the matching error code: send it and hang up
            log.debug("http/2 protocol error", extra={"fields": {"error": repr(error)}})
            self._goaway_sent = True
            self._flush()
            self.transport.close()
            return
        except Exception:
            log.exception("http/2 frame handling failed")
            self._abort(ErrorCodes.INTERNAL_ERROR)
            return
        for event in events:
            if isinstance(event, h2.events.DataReceived):
                self._data(event)
            elif isinstance(event, h2.events.RequestReceived):
                reason = malformed(event.headers, False)
                if reason is not None:
                    self._malformed(reason)
                    return
                self._request(event)
            elif isinstance(event, h2.events.TrailersReceived):
                reason = malformed(event.headers, True)
                if reason is not None:
                    self._malformed(reason)
                    return
            elif isinstance(event, h2.events.StreamEnded):
                stream = self.streams.get(event.stream_id)
                if stream is not None and stream.body is not None:
                    stream.body.finish()
            elif isinstance(event, h2.events.WindowUpdated):
                self._window_opened(event.stream_id)
            elif isinstance(event, h2.events.RemoteSettingsChanged):
                self._window_opened(0)  # INITIAL_WINDOW_SIZE may have grown every stream's window
            elif isinstance(event, h2.events.StreamReset):
                stream = self.streams.get(event.stream_id)
                if stream is not None:
                    self._end_io(stream)
            elif isinstance(event, h2.events.ConnectionTerminated):
                # the client's GOAWAY: no new streams come; close once the open ones are answered
                self._goaway_sent = True
                if not self.streams:
                    self.transport.close()
        self._flush()

    def _malformed(self, reason: str) -> None:
        """A malformed header block: a connection error, as h2's own validation makes it."""
        log.debug("http/2 protocol error", extra={"fields": {"error": reason}})
        self.conn.close_connection(ErrorCodes.PROTOCOL_ERROR)
        self._goaway_sent = True
        self._flush()
        self.transport.close()

    def _upgrade_body_received(self, data: bytes) -> bytes:
        body = self._upgrade_body
        assert body is not None
        n = min(self._upgrade_left, len(data))
        body.feed(data[:n], n)
        self._upgrade_left -= n
        if not self._upgrade_left:
            body.finish()
            self._upgrade_body = None
        return data[n:]

    def _abort(self, code: ErrorCodes) -> None:
        if not self._goaway_sent:
            self._goaway_sent = True
            with contextlib.suppress(Exception):
                self.conn.close_connection(code)
                self._flush()
        self.transport.close()

    def _request(self, event: h2.events.RequestReceived) -> None:
        sid = event.stream_id
        if self._goaway_sent or self.state.shutting_down:
            self.conn.reset_stream(sid, ErrorCodes.REFUSED_STREAM)  # the client may retry it elsewhere
            return
        method = path = authority = b""
        scheme = b"http"
        raw: list[tuple[bytes, bytes]] = []
        has_host = expect = False
        for name, value in event.headers:
            if name[:1] == b":":
                if name == b":method":
                    method = value
                elif name == b":path":
                    path = value
                elif name == b":authority":
                    authority = value
                elif name == b":scheme":
                    scheme = value
            else:
                if name == b"host":
                    has_host = True
                elif name == b"expect":
                    expect = value.lower() == b"100-continue"
                raw.append((name, value))
        if not path or method == b"CONNECT":
            self.conn.reset_stream(sid, ErrorCodes.PROTOCOL_ERROR)
            return
        if authority and not has_host:
            raw.insert(0, (b"host", authority))  # SigV4 signs the host as the client saw it
        stream = _Stream(sid, None if event.stream_ended else _Body(self, sid, expect))
        target, _, query = path.partition(b"?")
        request = HttpRequest(
            method=method.decode("latin-1"),
            path=target.decode("latin-1"),
            query_string=query.decode("latin-1"),
            headers=Headers.from_latin1(raw),
            stream=stream.body,
            scheme=scheme.decode("latin-1"),
            client_ip=self.client_ip,
        )
        self._open(stream, request)

    def _open(self, stream: _Stream, request: HttpRequest) -> None:
        self._idle_since = None
        self.streams[stream.id] = stream
        stream.task = self.loop.create_task(self._answer(stream, request))

    def _data(self, event: h2.events.DataReceived) -> None:
        stream = self.streams.get(event.stream_id)
        size = event.flow_controlled_length
        if stream is None or stream.body is None:
            self.acknowledge(event.stream_id, size)  # answered already: the rest is dropped
            return
        stream.body.feed(event.data, size)

    def acknowledge(self, sid: int, size: int) -> None:
        """Hand ``size`` consumed bytes back to the client as window (h2 sends WINDOW_UPDATE in batches)."""
        if size and sid and not self._closed:
            self.conn.acknowledge_received_data(size, sid)
            self._flush()

    def send_continue(self, sid: int) -> None:
        if not self._closed:
            with contextlib.suppress(h2.exceptions.ProtocolError):
                self.conn.send_headers(sid, [(b":status", b"100")])
            self._flush()

    def _window_opened(self, sid: int) -> None:
        streams = self.streams.values() if sid == 0 else filter(None, (self.streams.get(sid),))
        for stream in streams:
            waiter = stream.window
            if waiter is not None and not waiter.done():
                waiter.set_result(None)

    def _end_io(self, stream: _Stream) -> None:
        """The stream can no longer be answered: wake its reader and writer, which raise ClientDisconnected."""
        stream.reset = True
        if stream.body is not None:
            stream.body.connection_lost()
        waiter = stream.window
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if stream.waiting_event and stream.task is not None:
            stream.task.cancel()  # e.g. an event stream between events: nobody will read the next one

    # --- answering ----------------------------------------------------------------------------

    async def _answer(self, stream: _Stream, request: HttpRequest) -> None:
        try:
            await self.state.respond(request, lambda response, head: self._write(stream, response, head))
        except asyncio.CancelledError:
            if not stream.reset:
                raise
        except Exception:
            pass  # the pipeline answers every error itself; this is a streamed body failing mid-way
        finally:
            if not stream.answered and not stream.reset and not self._closed:
                # cut short (a failed stream, a write that gave up): tell the client, free the stream
                with contextlib.suppress(h2.exceptions.ProtocolError):
                    self.conn.reset_stream(stream.id, ErrorCodes.INTERNAL_ERROR)
                self._flush()
            if stream.body is not None and not stream.body.done:
                stream.body.stop()
            self.streams.pop(stream.id, None)
            if not self.streams and not self._closed:
                if self._goaway_sent or self.state.shutting_down:
                    self.close()
                else:
                    self._arm_idle()

    def _head(self, response: HttpResponse) -> list[tuple[bytes, bytes]]:
        headers = [(b":status", b"%d" % response.status_code)]
        for name, value in response.headers.items_raw():
            low = name.lower()
            if low not in _HOP_BY_HOP:
                headers.append((low.encode("latin-1"), value.encode("latin-1")))
        if "date" not in response.headers:
            headers.append((b"date", _Date.now()))
        return headers

    def _write(self, stream: _Stream, response: HttpResponse, head: bool) -> Awaitable[None] | None:
        if response.stream is not None:
            return self._write_streamed(stream, response, head)
        if stream.reset or self._closed:
            raise ClientDisconnected
        headers = response.headers
        if response.status_code in BODYLESS_STATUSES:
            head = True
            headers.remove("content-length")
        elif not head and "content-length" not in headers:
            headers.add("Content-Length", str(len(response.body)))
        body = b"" if head else response.body
        self.conn.send_headers(stream.id, self._head(response), end_stream=not body)
        stream.answered = not body
        if body:
            sent = self._send_now(stream, body, True)
            if sent < len(body):
                self._flush()
                return self._send_rest(stream, memoryview(body)[sent:])
        self._flush()
        return None

    def _send_now(self, stream: _Stream, data: bytes | memoryview, end: bool) -> int:
        """Send as much of ``data`` as the flow-control windows allow (END_STREAM with its last byte when
        ``end``); returns how much went."""
        conn = self.conn
        size = len(data)
        sent = 0
        frame = conn.max_outbound_frame_size
        while sent < size:
            room = min(conn.local_flow_control_window(stream.id), frame, size - sent)
            if room <= 0:
                break
            sent += room
            last = end and sent == size
            conn.send_data(stream.id, data[sent - room : sent], end_stream=last)
            stream.answered = last
        return sent

    async def _send_rest(self, stream: _Stream, data: memoryview, end: bool = True) -> None:
        while data:
            await self._wait_window(stream)
            sent = self._send_now(stream, data, end)
            data = data[sent:]
            self._flush()
        if self._write_paused:
            await self._drain()

    async def _wait_window(self, stream: _Stream) -> None:
        while not stream.reset and not self._closed:
            if self.conn.local_flow_control_window(stream.id) > 0:
                return
            stream.window = self.loop.create_future()
            try:
                await stream.window
            finally:
                stream.window = None
        raise ClientDisconnected

    async def _write_streamed(self, stream: _Stream, response: HttpResponse, head: bool) -> None:
        body = response.stream
        assert body is not None
        if head or response.status_code in BODYLESS_STATUSES:
            await _close(body)
            response.stream = None
            self._write(stream, response, True)
            return
        if stream.reset or self._closed:
            await _close(body)
            raise ClientDisconnected
        self.conn.send_headers(stream.id, self._head(response))
        self._flush()
        iterator = aiter(body)
        try:
            while True:
                stream.waiting_event = True
                try:
                    chunk = await anext(iterator)
                except StopAsyncIteration:
                    break
                finally:
                    stream.waiting_event = False
                if stream.reset or self._closed:
                    raise ClientDisconnected
                if not chunk:
                    continue
                sent = self._send_now(stream, chunk, False)
                self._flush()
                if sent < len(chunk):
                    await self._send_rest(stream, memoryview(chunk)[sent:], False)
                elif self._write_paused:
                    await self._drain()
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if not stream.reset or task is None:
                raise
            task.uncancel()  # cancelled by the client's RST_STREAM: a disconnect, as HTTP/1.1 reports it
            await _close(body)
            raise ClientDisconnected from None
        except ClientDisconnected:
            await _close(body)
            raise
        if stream.reset or self._closed:
            raise ClientDisconnected
        self.conn.end_stream(stream.id)
        stream.answered = True
        self._flush()

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
        with contextlib.suppress(Exception):
            await aclose()
