"""A service that goes away during a call is ``ServiceUnavailable`` (503), never ``InternalFailure`` (500).

Each test puts a real gRPC server behind a TCP proxy that the test cuts (resets both connections, as the
kernel does for a process killed with ``kill -9``) at one precise point of the call, or runs a server that
ends the call in a given way. A 500 is left only for a mismatch between gateway and service that no retry
mends (INVALID_ARGUMENT, UNIMPLEMENTED).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
import pytest
from overcast_common._generated.overcast.dispatch.v1 import dispatch_pb2 as pb
from overcast_common.context import RequestContext
from overcast_common.dispatch import GrpcDispatcher, GrpcServer, serve_grpc
from overcast_common.dispatch.grpc_server import DISPATCH_SERVICE
from overcast_common.dispatch.interface import Params
from overcast_common.errors import InternalFailure, ServiceError, ServiceUnavailable
from overcast_common.protocol.models import service_model
from overcast_common.protocol.serializers import serialize_error

CALL_FRAME_BYTES = 8 * 1024 * 1024
"""Far more than HTTP/2's initial stream window (64 KiB): while the proxy holds the upload, writing the
call frame cannot finish, so the cut lands mid-write."""
HELD_BEFORE_CUT = 32 * 1024


def ctx(operation: str) -> RequestContext:
    return RequestContext(request_id="req-1", service="test", operation=operation)


def assert_service_unavailable(error: BaseException) -> None:
    """503 ``ServiceUnavailable``, a server fault, in the shape an AWS SDK reads (SQS's JSON protocol)."""
    assert isinstance(error, ServiceUnavailable), repr(error)
    assert (error.code, error.status_code, error.sender_fault) == ("ServiceUnavailable", 503, False)
    response = serialize_error(service_model("sqs"), None, "json", error, "req-1")
    assert response.status_code == 503
    assert b'"ServiceUnavailable"' in response.body


class CutProxy:
    """TCP proxy in front of a server; ``cut()`` resets every connection, ``hold()`` stops the upload."""

    def __init__(self, target_port: int) -> None:
        self._target = target_port
        self._links: list[tuple[asyncio.StreamWriter, asyncio.StreamWriter]] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._holding = False
        self.held = 0
        self.reset_on_accept = False
        self.port = 0

    async def __aenter__(self) -> CutProxy:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.cut()
        self._server.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def hold(self) -> None:
        """From now on the client's bytes are read and dropped: the server gets nothing, grants no window."""
        self._holding = True

    def cut(self) -> None:
        for client, upstream in self._links:
            _reset(client)
            _reset(upstream)
        self._links.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.reset_on_accept:
            _reset(writer)
            return
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._target)
        self._links.append((writer, up_writer))
        for task in (self._pipe(reader, up_writer, upload=True), self._pipe(up_reader, writer, upload=False)):
            running = asyncio.create_task(task)
            self._tasks.add(running)
            running.add_done_callback(self._tasks.discard)

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, upload: bool
    ) -> None:
        with contextlib.suppress(OSError):
            while data := await reader.read(65536):
                if upload and self._holding:
                    self.held += len(data)
                    continue
                writer.write(data)
                await writer.drain()


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST, not FIN: what the peer of a killed process with unread data sees."""
    sock = writer.get_extra_info("socket")
    if sock is not None and sock.fileno() >= 0:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class Service:
    """The handler behind the proxy: ``Echo`` answers, ``Hang`` never does, ``Download`` sends one chunk of
    its body and then hangs; ``reached`` is set once the call is in the handler (or its body)."""

    def __init__(self) -> None:
        self.reached = asyncio.Event()

    async def __call__(self, context: RequestContext, params: Params) -> Params:
        if context.operation == "Hang":
            self.reached.set()
            await asyncio.sleep(3600)
        if context.operation == "Download":
            return {"Body": self._body()}
        return {"echo": sorted(params)}

    async def _body(self) -> AsyncIterator[bytes]:
        yield b"x" * 1024
        self.reached.set()
        await asyncio.sleep(3600)


@pytest.fixture
async def service() -> AsyncIterator[tuple[Service, GrpcServer]]:
    handler = Service()
    server = await serve_grpc({"test": handler}, "127.0.0.1", 0)
    yield handler, server
    await server.stop(0)


@pytest.fixture
async def proxied(
    service: tuple[Service, GrpcServer],
) -> AsyncIterator[tuple[Service, CutProxy, GrpcDispatcher]]:
    handler, server = service
    async with CutProxy(server.port) as proxy:
        dispatcher = GrpcDispatcher({"test": f"127.0.0.1:{proxy.port}"})
        try:
            assert await dispatcher.invoke(ctx("Echo"), {"warm": 1}) == {"echo": ["warm"]}
            yield handler, proxy, dispatcher
        finally:
            await dispatcher.close()


async def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.005)


# --- the service goes away at each point of a call -------------------------------------------------------


async def test_gone_before_the_first_frame(service: tuple[Service, GrpcServer]) -> None:
    _, server = service
    async with CutProxy(server.port) as proxy:
        proxy.reset_on_accept = True  # accepted, then reset before a single HTTP/2 frame
        dispatcher = GrpcDispatcher({"test": f"127.0.0.1:{proxy.port}"})
        try:
            with pytest.raises(ServiceError) as raised:
                await dispatcher.invoke(ctx("Echo"), {})
        finally:
            await dispatcher.close()
    assert_service_unavailable(raised.value)


async def test_gone_while_the_call_frame_is_being_written(
    proxied: tuple[Service, CutProxy, GrpcDispatcher],
) -> None:
    """The CI 500: a write that fails because the stream died under it is INTERNAL "Internal error from
    Core" in grpc.aio (it replaces the real UNAVAILABLE), which became InternalFailure."""
    _, proxy, dispatcher = proxied
    proxy.hold()
    call = asyncio.create_task(dispatcher.invoke(ctx("Echo"), {"big": b"x" * CALL_FRAME_BYTES}))
    await wait_until(lambda: proxy.held >= HELD_BEFORE_CUT)
    assert not call.done()  # flow control: the frame cannot be written whole while nothing reaches the server
    proxy.cut()
    with pytest.raises(ServiceError) as raised:
        await call
    assert_service_unavailable(raised.value)


async def test_gone_after_the_call_reached_the_service(
    proxied: tuple[Service, CutProxy, GrpcDispatcher],
) -> None:
    """The call may have been applied: still 503 (as on AWS, a 5xx never says it was not; the SDK retries
    and the operation's idempotency token, e.g. a FIFO deduplication id, makes the retry safe)."""
    handler, proxy, dispatcher = proxied
    call = asyncio.create_task(dispatcher.invoke(ctx("Hang"), {}))
    await asyncio.wait_for(handler.reached.wait(), 5)
    proxy.cut()
    with pytest.raises(ServiceError) as raised:
        await call
    assert_service_unavailable(raised.value)


async def test_gone_mid_body(proxied: tuple[Service, CutProxy, GrpcDispatcher]) -> None:
    """The status line went out with the result: the body's reader gets the 503 error (the gateway cuts the
    response short, which is all HTTP allows once the head is sent)."""
    handler, proxy, dispatcher = proxied
    body = (await dispatcher.invoke(ctx("Download"), {}))["Body"]
    assert await body.__anext__() == b"x" * 1024
    await asyncio.wait_for(handler.reached.wait(), 5)
    proxy.cut()
    with pytest.raises(ServiceError) as raised:
        async for _ in body:
            pass
    assert_service_unavailable(raised.value)


async def test_next_call_after_the_cut_works(proxied: tuple[Service, CutProxy, GrpcDispatcher]) -> None:
    handler, proxy, dispatcher = proxied
    call = asyncio.create_task(dispatcher.invoke(ctx("Hang"), {}))
    await asyncio.wait_for(handler.reached.wait(), 5)
    proxy.cut()
    with pytest.raises(ServiceUnavailable):
        await call
    assert await dispatcher.invoke(ctx("Echo"), {"again": 1}) == {"echo": ["again"]}


# --- the service ends the call itself, in every way gRPC allows -----------------------------------------


EndCall = Callable[[Any], Awaitable[None]]


async def _returns_without_result(rpc: Any) -> None:
    return None  # status OK, no result frame: the stream simply ends


def _aborts_with(code: grpc.StatusCode) -> EndCall:
    async def end(rpc: Any) -> None:
        await rpc.abort(code, f"ended with {code.name}")

    return end


async def _raises(rpc: Any) -> None:
    raise RuntimeError("the servicer broke")  # grpc sends UNKNOWN


@contextlib.asynccontextmanager
async def ending_server(end: EndCall) -> AsyncIterator[str]:
    """A dispatch server that reads the call frame, then ends the call with ``end`` instead of a result."""

    async def invoke(request_iterator: Any, rpc: Any) -> None:
        await rpc.read()
        await end(rpc)

    server = grpc.aio.server()
    handler = grpc.stream_stream_rpc_method_handler(
        invoke,
        request_deserializer=pb.InvokeFrame.FromString,
        response_serializer=pb.InvokeFrame.SerializeToString,
    )
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(DISPATCH_SERVICE, {"Invoke": handler}),)
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        await server.stop(0)


@pytest.mark.parametrize(
    "end",
    [
        pytest.param(_returns_without_result, id="eof-without-result"),
        pytest.param(_raises, id="servicer-raised-unknown"),
        *(
            pytest.param(_aborts_with(code), id=code.name)
            for code in (
                grpc.StatusCode.UNAVAILABLE,
                grpc.StatusCode.CANCELLED,
                grpc.StatusCode.INTERNAL,
                grpc.StatusCode.UNKNOWN,
                grpc.StatusCode.DEADLINE_EXCEEDED,
                grpc.StatusCode.ABORTED,
            )
        ),
    ],
)
async def test_call_ended_without_a_result_is_unavailable(end: EndCall) -> None:
    async with ending_server(end) as address:
        dispatcher = GrpcDispatcher({"test": address})
        try:
            with pytest.raises(ServiceError) as raised:
                await dispatcher.invoke(ctx("Echo"), {})
        finally:
            await dispatcher.close()
    assert_service_unavailable(raised.value)


@pytest.mark.parametrize("code", [grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.UNIMPLEMENTED])
async def test_a_protocol_mismatch_stays_internal_failure(code: grpc.StatusCode) -> None:
    """Our own server sends INVALID_ARGUMENT for a malformed call; UNIMPLEMENTED is a server without the
    method. A retry cannot mend either: a 500, with the gRPC status in the gateway's ERROR log."""
    async with ending_server(_aborts_with(code)) as address:
        dispatcher = GrpcDispatcher({"test": address})
        try:
            with pytest.raises(ServiceError) as raised:
                await dispatcher.invoke(ctx("Echo"), {})
        finally:
            await dispatcher.close()
    assert isinstance(raised.value, InternalFailure)
    assert raised.value.status_code == 500


# --- a channel replaced after a failure cancels the calls still on it: that is no cancellation of ours ----


async def test_call_on_a_retired_channel_is_unavailable(
    proxied: tuple[Service, CutProxy, GrpcDispatcher],
) -> None:
    handler, _, dispatcher = proxied
    call = asyncio.create_task(dispatcher.invoke(ctx("Hang"), {}))
    await asyncio.wait_for(handler.reached.wait(), 5)
    [channel] = dispatcher._channels.values()
    await channel.channel.close()  # what the end of a retired channel's grace does to its calls
    with pytest.raises(ServiceError) as raised:
        await call
    assert_service_unavailable(raised.value)


async def test_cancelling_the_caller_still_cancels(proxied: tuple[Service, CutProxy, GrpcDispatcher]) -> None:
    handler, _, dispatcher = proxied
    call = asyncio.create_task(dispatcher.invoke(ctx("Hang"), {}))
    await asyncio.wait_for(handler.reached.wait(), 5)
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
