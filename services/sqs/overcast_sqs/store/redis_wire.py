"""The SQS store's hot path to Redis: one connection, every command of an event-loop turn in one write.

redis-py spent ~30 µs of Python per message step (argument encoding one by one, a pipeline object,
a connection checkout, a timeout context, an extra loop turn to gather the steps of a turn). Here a
step costs a ``hiredis.pack_command`` (C), a future and a share of one ``write``: replies come back
in order on the one connection and are parsed by ``hiredis.Reader`` (C) in ``data_received``.

Commands are pipelined the way Redis answers them: in order. A caller cancelled while waiting
leaves its future in the queue; its reply is read and dropped, so every later reply still meets
its own caller. A lost connection fails every waiting call with ``ConnectionError``; the next call
connects again (and runs the URL's ``AUTH``/``SELECT`` first).
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, cast

import hiredis
from redis._parsers.base import BaseParser
from redis.asyncio.connection import SSLConnection, UnixDomainSocketConnection, parse_url

Arg = str | int | bytes
# hiredis's stub types the argument as a 1-tuple; it takes a command's whole tuple
_pack = cast(Callable[[tuple[Arg, ...]], bytes], hiredis.pack_command)
_error = cast(Callable[[str], Exception], BaseParser.parse_error)  # untyped in redis-py
_CONNECT_TIMEOUT_S = 10.0


class RedisWire:
    """Pipelined commands on one connection to the Redis at ``url`` (``redis://``, ``rediss://``, ``unix://``)."""

    def __init__(self, url: str) -> None:
        options = parse_url(url)
        self._path: str | None = options.get("path")
        self._host: str = options.get("host", "localhost")
        self._port: int = int(options.get("port", 6379))
        self._tls = options.get("connection_class") is SSLConnection
        self._tls_options = {k: v for k, v in options.items() if k.startswith("ssl_")}
        if options.get("connection_class") not in (None, SSLConnection, UnixDomainSocketConnection):
            raise ValueError(f"unsupported Redis URL {url!r}")
        self._hello: list[tuple[Arg, ...]] = []
        password = options.get("password")
        if password is not None:
            username = options.get("username")
            self._hello.append(("AUTH", password) if username is None else ("AUTH", username, password))
        if int(options.get("db") or 0):
            self._hello.append(("SELECT", int(options["db"])))
        self._conn: _Connection | None = None
        self._connecting: asyncio.Future[_Connection] | None = None

    async def call(self, *args: Arg) -> Any:
        """Send one command; its reply (str for strings: replies are decoded as UTF-8).

        An error reply raises redis-py's exception for it (``NoScriptError``, ``ResponseError``...)."""
        conn = self._conn
        if conn is None or conn.lost is not None:
            conn = await self._connect()
        return await conn.request(_pack(args))

    def submit(self, args: Sequence[Arg]) -> asyncio.Future[Any]:
        """``call`` from a callback: the reply's future (a task's, while there is no connection yet)."""
        conn = self._conn
        if conn is None or conn.lost is not None:
            return asyncio.ensure_future(self.call(*args))
        return conn.request(_pack(tuple(args)))

    async def _connect(self) -> _Connection:
        if self._connecting is None:  # one connect at a time: the callers of a turn share it
            self._connecting = asyncio.ensure_future(asyncio.wait_for(self._open(), _CONNECT_TIMEOUT_S))
        connecting = self._connecting
        try:
            return await asyncio.shield(connecting)
        finally:
            if self._connecting is connecting and connecting.done():
                self._connecting = None

    async def _open(self) -> _Connection:
        loop = asyncio.get_running_loop()
        if self._path is not None:
            _, conn = await loop.create_unix_connection(_Connection, self._path)
        else:
            context = _tls_context(self._tls_options) if self._tls else None
            _, conn = await loop.create_connection(_Connection, self._host, self._port, ssl=context)
        try:
            for command in self._hello:
                await conn.request(_pack(command))
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._transport: asyncio.Transport | None = None
        self._reader = hiredis.Reader(encoding="utf-8")
        self._waiting: deque[asyncio.Future[Any]] = deque()
        self._out: list[bytes] = []
        self.lost: Exception | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's transports don't subclass asyncio's

    def request(self, packed: bytes) -> asyncio.Future[Any]:
        if self.lost is not None:
            raise self.lost
        waiter: asyncio.Future[Any] = self._loop.create_future()
        self._waiting.append(waiter)
        if not self._out:  # first command of this turn: write them all once the turn's steps are queued
            self._loop.call_soon(self._flush)
        self._out.append(packed)
        return waiter

    def _flush(self) -> None:
        out, self._out = self._out, []
        if self._transport is not None and self.lost is None:
            self._transport.write(out[0] if len(out) == 1 else b"".join(out))

    def data_received(self, data: bytes) -> None:
        reader, waiting = self._reader, self._waiting
        try:
            reader.feed(data)
            while (reply := reader.gets()) is not False:
                waiter = waiting.popleft()
                if waiter.done():  # its caller was cancelled
                    continue
                if isinstance(reply, hiredis.ReplyError):
                    waiter.set_exception(_error(str(reply)))
                else:
                    waiter.set_result(reply)
        except Exception as exc:  # a protocol error or a reply nobody asked for: this connection is done
            self._fail(ConnectionError(f"Redis connection unusable: {exc!r}"))
            self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(ConnectionError(f"Redis connection lost: {exc!r}" if exc else "Redis connection closed"))

    def _fail(self, error: Exception) -> None:
        if self.lost is None:
            self.lost = error
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_exception(error)

    def close(self) -> None:
        if self.lost is None:
            self.lost = ConnectionError("Redis connection closed")
        if self._transport is not None:
            self._transport.close()


def _tls_context(options: dict[str, Any]) -> ssl.SSLContext:
    """``rediss://``: verified TLS, or as the URL's ``ssl_cert_reqs``/``ssl_ca_certs`` say (as redis-py)."""
    context = ssl.create_default_context(cafile=options.get("ssl_ca_certs"))
    if str(options.get("ssl_cert_reqs", "required")).lower() in ("none", "0", str(ssl.CERT_NONE)):
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
