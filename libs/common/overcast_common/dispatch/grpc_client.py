"""Cluster mode, gateway side: each call is one ``Invoke`` stream to the service's address."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Mapping
from typing import Any

import grpc

from overcast_common._generated.grpc.health.v1 import health_pb2
from overcast_common._generated.overcast.dispatch.v1 import dispatch_pb2 as pb
from overcast_common.context import RequestContext
from overcast_common.dispatch.grpc_server import CHANNEL_OPTIONS, INVOKE_METHOD
from overcast_common.dispatch.health import HEALTH_SERVICE
from overcast_common.dispatch.interface import INTERNAL_FAILURE_MESSAGE, Params
from overcast_common.dispatch.messages import decode_error, encode_context
from overcast_common.dispatch.streams import Link
from overcast_common.dispatch.values import decode_map, encode_map
from overcast_common.errors import InternalFailure, ServiceError, ServiceUnavailable
from overcast_common.telemetry.spans import dispatch_client

logger = logging.getLogger("overcast.dispatch")

CLIENT_OPTIONS = [
    *CHANNEL_OPTIONS,
    # a restarted service is found again quickly, not after gRPC's default backoff of up to 2 minutes
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 1000),
    # a fresh channel must mean a fresh connection attempt, not the shared subchannel still in backoff
    ("grpc.use_local_subchannel_pool", 1),
]

PEER_GONE_CODES = frozenset(
    {
        grpc.StatusCode.UNAVAILABLE,  # connection refused, reset or closed
        # grpc.aio's own status for a write that fails because the stream died under it ("Internal error
        # from Core", replacing the real status): the call frame was being sent as the service went away
        grpc.StatusCode.INTERNAL,
        grpc.StatusCode.CANCELLED,  # the peer reset the stream (a local cancel raises CancelledError)
        grpc.StatusCode.UNKNOWN,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.ABORTED,
    }
)
"""gRPC statuses that mean the call was lost on the way (the service never sends its errors as a gRPC
status: they travel in the result frame). The others (INVALID_ARGUMENT, UNIMPLEMENTED...) are a mismatch
between gateway and service that no retry mends: those stay ``InternalFailure``."""
RETIRE_GRACE_S = 30.0
"""How long calls still running on a replaced channel may finish (a 20 s long poll) before it is closed;
closing cancels them."""


class _Channel:
    """One open channel to an address, its ``Invoke`` callable and its in-flight limit."""

    def __init__(self, address: str, max_in_flight: int) -> None:
        self.slots = asyncio.Semaphore(max_in_flight)
        self.channel = grpc.aio.insecure_channel(address, options=CLIENT_OPTIONS)
        self.invoke = self.channel.stream_stream(
            INVOKE_METHOD,
            request_serializer=pb.InvokeFrame.SerializeToString,
            response_deserializer=pb.InvokeFrame.FromString,
        )


class GrpcDispatcher:
    """Sends each call to ``addresses[context.service]`` (``"host:port"``); channels stay open between calls.

    A service that cannot be reached, or goes away during a call, gives ``ServiceUnavailable`` (503, which
    SDKs retry) however the call broke: before the call frame was sent, after it (the call may have been
    applied: as on AWS, a 5xx never says it was not; the client's retry and the operation's idempotency
    token deal with it), or with the service ending the call without a result. After UNAVAILABLE the channel
    is replaced, so the first call after the service is back connects afresh instead of waiting out gRPC's
    reconnect backoff.

    At most ``max_in_flight`` calls (a call with a body lasts until the body is read) run at once per address;
    more wait their turn. grpc-core fails a share of the calls with INTERNAL when a few thousand Invoke
    streams start at once (seen with 3000, on one or several connections), so the burst is kept below that.
    """

    def __init__(self, addresses: Mapping[str, str], *, max_in_flight: int = 512) -> None:
        self._addresses = dict(addresses)
        self._max_in_flight = max_in_flight
        self._channels: dict[str, _Channel] = {}
        self._background: set[asyncio.Task[None]] = set()

    async def invoke(self, context: RequestContext, params: Params) -> Params:
        address = self._addresses.get(context.service)
        if address is None:
            raise ServiceUnavailable(f"Service {context.service!r} is not available.")
        with dispatch_client(context, address) as traced:  # the trace crosses in context.traceparent
            return await self._invoke(address, traced, params)

    async def _invoke(self, address: str, context: RequestContext, params: Params) -> Params:
        channel = self._channels.get(address)
        if channel is None:
            channel = self._channels[address] = _Channel(address, self._max_in_flight)
        await channel.slots.acquire()
        in_background = False
        try:
            call = channel.invoke()
            link = Link(call.write, on_abandoned=call.cancel)
            try:
                outcome = await self._call(call, link, context, params)
            except grpc.aio.AioRpcError as exc:
                await link.close()
                raise self._translate(exc, context, address, channel) from None
            except BaseException as exc:
                lost = _cancelled_under_us(exc, call)
                call.cancel()
                await link.close()
                if lost:
                    raise ServiceUnavailable(f"Service {context.service!r} is unavailable.") from None
                raise
            if link.has_incoming:  # bodies in the result: keep serving the call while they are read
                self._spawn(self._finish(call, link, channel))
                in_background = True
            else:
                await self._finish(call, link)
            if isinstance(outcome, ServiceError):
                raise outcome
            return outcome
        finally:
            if not in_background:
                channel.slots.release()

    async def _call(
        self, call: Any, link: Link, context: RequestContext, params: Params
    ) -> Params | ServiceError:
        frame = pb.InvokeFrame()
        encode_context(context, frame.call.context)
        encode_map(params, frame.call.params, link.export_stream)
        await link.send(frame)
        result = await self._read_result(call, link)
        if result.HasField("error"):
            return decode_error(result.error)
        return decode_map(result.value, link.import_stream)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def close(self) -> None:
        """Cancel calls still serving bodies and close every channel."""
        tasks = list(self._background)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for channel in self._channels.values():
            await channel.channel.close()
        self._channels.clear()

    @staticmethod
    async def _read_result(call: Any, link: Link) -> pb.Result:
        while True:
            frame = await call.read()
            if frame is grpc.aio.EOF:  # status OK but no result: the service was going away
                raise ServiceUnavailable("The service ended the call without an answer.")
            if not await link.dispatch(frame):
                if frame.WhichOneof("kind") != "result":
                    raise InternalFailure(INTERNAL_FAILURE_MESSAGE)
                result: pb.Result = frame.result
                return result

    @staticmethod
    async def _finish(call: Any, link: Link, channel: _Channel | None = None) -> None:
        """Serve the call's remaining frames until the service ends it (it does once its bodies are sent).

        ``channel``: release its slot when done (calls that went on in the background)."""
        error: ServiceError | None = None
        half_closed = False
        try:
            while (frame := await call.read()) is not grpc.aio.EOF:
                await link.dispatch(frame)
                if not half_closed and not link.has_incoming and not link.has_outgoing:
                    # every body has its End: tell the service, which ends the call only then; a pull
                    # written after the service ended the call would fail it (INTERNAL) and lose the
                    # frames still unread, the last chunks and End of a body among them
                    half_closed = True
                    with contextlib.suppress(Exception):
                        await call.done_writing()
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.CANCELLED:
                error = ServiceUnavailable("The service went away while sending the body.")
        except asyncio.CancelledError as exc:
            if not _cancelled_under_us(exc, call):
                raise
            # the channel was retired under the call: the result is already out, only bodies are failed
            error = ServiceUnavailable("The service went away while sending the body.")
        finally:
            await link.close(error)
            if channel is not None:
                channel.slots.release()

    def _translate(self, exc: Any, context: RequestContext, address: str, channel: _Channel) -> ServiceError:
        code = exc.code()
        if code in PEER_GONE_CODES:
            logger.warning(
                "dispatch: %s at %s is unavailable: %s %s", context.service, address, code, exc.details()
            )
            if code == grpc.StatusCode.UNAVAILABLE and self._channels.get(address) is channel:
                del self._channels[address]
                self._spawn(channel.channel.close(grace=RETIRE_GRACE_S))
            return ServiceUnavailable(f"Service {context.service!r} is unavailable.")
        logger.error(
            "dispatch: %s.%s at %s failed: %s %s",
            context.service,
            context.operation,
            address,
            exc.code(),
            exc.details(),
        )
        return InternalFailure(INTERNAL_FAILURE_MESSAGE)


def _cancelled_under_us(exc: BaseException, call: Any) -> bool:
    """A ``CancelledError`` from a call its channel cancelled (retired after a failure), not from a
    cancellation of the task awaiting it: the call was lost, nobody asked to stop."""
    if not isinstance(exc, asyncio.CancelledError) or not call.cancelled():
        return False
    task = asyncio.current_task()
    return task is not None and not task.cancelling()


async def check_health(address: str, service: str = "", timeout: float = 1.0) -> str:
    """The ``grpc.health.v1`` status name (``SERVING``, ``NOT_SERVING``...) of ``service`` at ``address``;
    ``UNAVAILABLE`` when nothing answers. For readiness waits (``overcast cluster up``) and tests."""
    async with grpc.aio.insecure_channel(address) as channel:
        check = channel.unary_unary(
            f"/{HEALTH_SERVICE}/Check",
            request_serializer=health_pb2.HealthCheckRequest.SerializeToString,
            response_deserializer=health_pb2.HealthCheckResponse.FromString,
        )
        try:
            response = await check(health_pb2.HealthCheckRequest(service=service), timeout=timeout)
        except grpc.aio.AioRpcError as exc:
            with contextlib.suppress(Exception):
                if exc.code() == grpc.StatusCode.NOT_FOUND:
                    return "SERVICE_UNKNOWN"
            return "UNAVAILABLE"
        name: str = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
        return name
