"""Cluster mode, gateway side: each call is one ``Invoke`` stream to the service's address."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
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


class _Channel:
    """One open channel to an address and its ``Invoke`` callable."""

    def __init__(self, address: str) -> None:
        self.channel = grpc.aio.insecure_channel(address, options=CLIENT_OPTIONS)
        self.invoke = self.channel.stream_stream(
            INVOKE_METHOD,
            request_serializer=pb.InvokeFrame.SerializeToString,
            response_deserializer=pb.InvokeFrame.FromString,
        )


class GrpcDispatcher:
    """Sends each call to ``addresses[context.service]`` (``"host:port"``); channels stay open between calls.

    A service that cannot be reached gives ``ServiceUnavailable`` (503, which SDKs retry); the channel is then
    replaced, so the first call after the service is back connects afresh instead of waiting out gRPC's
    reconnect backoff.
    """

    def __init__(self, addresses: Mapping[str, str]) -> None:
        self._addresses = dict(addresses)
        self._channels: dict[str, _Channel] = {}
        self._background: set[asyncio.Task[None]] = set()

    async def invoke(self, context: RequestContext, params: Params) -> Params:
        address = self._addresses.get(context.service)
        if address is None:
            raise ServiceUnavailable(f"Service {context.service!r} is not available.")
        channel = self._channels.get(address)
        if channel is None:
            channel = self._channels[address] = _Channel(address)
        call = channel.invoke()
        link = Link(call.write, on_abandoned=call.cancel)
        try:
            frame = pb.InvokeFrame()
            encode_context(context, frame.call.context)
            encode_map(params, frame.call.params, link.export_stream)
            await link.send(frame)
            result = await self._read_result(call, link)
            if result.HasField("error"):
                error: ServiceError = decode_error(result.error)
                await self._finish(call, link)
                raise error
            value = decode_map(result.value, link.import_stream)
        except grpc.aio.AioRpcError as exc:
            await link.close()
            raise self._translate(exc, context, address, channel) from None
        except BaseException:
            call.cancel()
            await link.close()
            raise
        if link.has_incoming:  # bodies in the result: keep serving the call while they are read
            task = asyncio.create_task(self._finish(call, link))
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        else:
            await self._finish(call, link)
        return value

    async def close(self) -> None:
        for task in list(self._background):
            task.cancel()
        for channel in self._channels.values():
            await channel.channel.close()
        self._channels.clear()

    @staticmethod
    async def _read_result(call: Any, link: Link) -> pb.Result:
        while True:
            frame = await call.read()
            if frame is grpc.aio.EOF:
                raise InternalFailure(INTERNAL_FAILURE_MESSAGE)
            if not await link.dispatch(frame):
                if frame.WhichOneof("kind") != "result":
                    raise InternalFailure(INTERNAL_FAILURE_MESSAGE)
                result: pb.Result = frame.result
                return result

    @staticmethod
    async def _finish(call: Any, link: Link) -> None:
        """Serve the call's remaining frames until the service ends it (it does once its bodies are sent)."""
        error: ServiceError | None = None
        try:
            while (frame := await call.read()) is not grpc.aio.EOF:
                await link.dispatch(frame)
        except grpc.aio.AioRpcError as exc:
            if exc.code() != grpc.StatusCode.CANCELLED:
                error = ServiceUnavailable("The service went away while sending the body.")
        finally:
            await link.close(error)

    def _translate(self, exc: Any, context: RequestContext, address: str, channel: _Channel) -> ServiceError:
        if exc.code() == grpc.StatusCode.UNAVAILABLE:
            logger.warning("dispatch: %s at %s is unavailable: %s", context.service, address, exc.details())
            if self._channels.get(address) is channel:
                del self._channels[address]
                task = asyncio.create_task(channel.channel.close(grace=5))
                self._background.add(task)
                task.add_done_callback(self._background.discard)
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
