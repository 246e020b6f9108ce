"""Cluster mode, service side: a ``grpc.aio`` server for ``overcast.dispatch.v1.Dispatcher`` and health."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
from collections.abc import Mapping
from typing import Any

import grpc

from overcast_common._generated.overcast.dispatch.v1 import dispatch_pb2 as pb
from overcast_common.context import RequestContext
from overcast_common.dispatch.health import HealthService
from overcast_common.dispatch.interface import INTERNAL_FAILURE_MESSAGE, Handler, Params, run_handler
from overcast_common.dispatch.messages import decode_context, encode_error
from overcast_common.dispatch.streams import Link
from overcast_common.dispatch.values import decode_map, encode_map
from overcast_common.errors import InternalFailure, ServiceError, ServiceUnavailable
from overcast_common.telemetry.spans import dispatch_server

logger = logging.getLogger("overcast.dispatch")

DISPATCH_SERVICE = "overcast.dispatch.v1.Dispatcher"
INVOKE_METHOD = f"/{DISPATCH_SERVICE}/Invoke"
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
"""Non-streaming params can be big (a 6 MB Lambda payload, a 16 MB DynamoDB batch); bodies are chunked."""
CHANNEL_OPTIONS = [
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
]


class GrpcServer:
    """A started dispatch server; ``port`` is the bound port (useful when asked for port 0)."""

    def __init__(self, server: Any, port: int, health: HealthService) -> None:
        self._server = server
        self.port = port
        self.health = health

    async def stop(self, grace: float | None = None) -> None:
        """Report NOT_SERVING, then stop (in-flight calls get ``grace`` seconds to finish)."""
        self.health.shutdown()
        await self._server.stop(grace)

    async def wait_for_termination(self) -> None:
        await self._server.wait_for_termination()


async def serve_grpc(handlers: Mapping[str, Handler], host: str, port: int) -> GrpcServer:
    """Start a server that runs ``handlers[context.service]`` for each call, plus ``grpc.health.v1``."""
    # no SO_REUSEPORT (gRPC's default): a second process on a taken port must fail to start, not share the
    # port with the first, which would get a share of the calls meant for it (another cluster's process)
    server = grpc.aio.server(options=[*CHANNEL_OPTIONS, ("grpc.so_reuseport", 0)])
    servicer = _DispatchServicer(handlers)
    health = HealthService([DISPATCH_SERVICE, *handlers])
    invoke = grpc.stream_stream_rpc_method_handler(
        servicer.invoke,
        request_deserializer=pb.InvokeFrame.FromString,
        response_serializer=pb.InvokeFrame.SerializeToString,
    )
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(DISPATCH_SERVICE, {"Invoke": invoke}), health.rpc_handler())
    )
    address = f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"
    try:
        bound = server.add_insecure_port(address)
    except RuntimeError:  # grpc.aio raises where the sync server returns 0
        bound = 0
    if not bound:
        raise OSError(errno.EADDRINUSE, f"cannot listen on {address} (address already in use?)")
    await server.start()
    logger.info("dispatch server listening on %s (%s)", address, ", ".join(sorted(handlers)))
    return GrpcServer(server, bound, health)


LINGER_S = 5.0
"""How long a call whose bodies are all sent stays open for the caller's half-close."""


class _DispatchServicer:
    def __init__(self, handlers: Mapping[str, Handler]) -> None:
        self._handlers = handlers

    async def invoke(self, request_iterator: Any, rpc: Any) -> None:
        link = Link(rpc.write)
        first = await rpc.read()
        if first is grpc.aio.EOF or first.WhichOneof("kind") != "call":
            await rpc.abort(grpc.StatusCode.INVALID_ARGUMENT, "the first frame must be a call")
            return  # abort raises; this is for the reader
        try:
            context = decode_context(first.call.context)
            params = decode_map(first.call.params, link.import_stream)
        except Exception:
            logger.exception("dispatch: cannot decode a call")
            await link.close()
            await rpc.abort(grpc.StatusCode.INVALID_ARGUMENT, "malformed call")
            return
        # frames from the gateway only matter while bodies flow: its bodies in params, ours in the result
        reader = asyncio.create_task(self._read(rpc, link)) if link.has_incoming else None
        try:
            await link.send(await self._result_frame(link, context, params))
            if link.has_outgoing:
                reader = reader or asyncio.create_task(self._read(rpc, link))
                bodies_sent = asyncio.create_task(link.wait_outgoing_done())
                await asyncio.wait((reader, bodies_sent), return_when=asyncio.FIRST_COMPLETED)
                bodies_sent.cancel()
                # the caller half-closes once it has every body's End (its pulls may still be on the way
                # until then); a caller that dropped a body early is waited for a little only
                await asyncio.wait((reader,), timeout=LINGER_S)
        finally:
            if reader is not None:
                reader.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await reader
            await link.close()

    async def _result_frame(self, link: Link, context: RequestContext, params: Params) -> pb.InvokeFrame:
        frame = pb.InvokeFrame()
        try:
            handler = self._handlers.get(context.service)
            if handler is None:
                raise ServiceUnavailable(f"Service {context.service!r} is not available.")
            with dispatch_server(context) as traced:  # child of the gateway's span (context.traceparent)
                result = await run_handler(handler, traced, params)
            try:
                frame.result.value.SetInParent()  # an empty result ({}) must still be a result frame
                encode_map(result, frame.result.value, link.export_stream)
            except Exception as exc:
                await link.discard_outgoing()
                logger.exception(
                    "%s.%s returned a value that cannot be sent", context.service, context.operation
                )
                raise InternalFailure(INTERNAL_FAILURE_MESSAGE) from exc
        except ServiceError as error:
            frame = pb.InvokeFrame()
            encode_error(error, frame.result.error)
        return frame

    @staticmethod
    async def _read(rpc: Any, link: Link) -> None:
        while True:
            frame = await rpc.read()
            if frame is grpc.aio.EOF:
                return
            await link.dispatch(frame)
