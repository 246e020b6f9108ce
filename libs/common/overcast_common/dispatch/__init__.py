"""Dispatch: how the gateway hands one AWS call to the service that runs it — one interface, two transports.

The gateway holds a ``Dispatcher`` and calls ``invoke(context, params)``; ``context.service`` and
``context.operation`` say where. A service process exposes one ``Handler``
(``await handler(context, params)``).

- ``InProcessDispatcher(handlers)`` (embedded mode) calls the handler directly with the very same objects.
- ``GrpcDispatcher(addresses)`` (cluster mode) calls ``overcast.dispatch.v1.Dispatcher/Invoke`` on the
  service's ``serve_grpc(handlers, host, port)`` server, which also serves ``grpc.health.v1.Health``.

Both apply the same rules, checked by one contract suite run over both transports: a ``ServiceError`` comes
out with the same code, status, fault, message, fields and headers (on gRPC it travels *in the response*:
a gRPC status would lose the fields); any other exception is logged with its traceback where it happened
and becomes a generic ``InternalFailure``; a service that cannot be reached is ``ServiceUnavailable`` (503,
so SDKs retry) and the next call after it comes back just works.

Wire design (``proto/overcast/dispatch/v1/dispatch.proto``), and why:

- **One bidirectional stream per call** (``rpc Invoke(stream InvokeFrame) returns (stream InvokeFrame)``).
  A unary RPC cannot carry an S3 object without holding it in memory; a server-streaming one only helps
  downloads. With one bidi stream the common case is still two messages (``Call`` then ``Result``), and a
  body in either direction rides on the same call.
- **Values are a tagged union** (``Value``), not JSON or pickle: every VALUE FORM type comes back as the same
  Python type (bytes vs str, int of any size, float, Decimal, datetime with microseconds and offset, None,
  ordered maps), nothing executable crosses the wire, and the schema is readable in one place.
- **Bodies are placeholders plus pulled chunks.** A ``BodyStream`` anywhere in params or result is replaced
  by a stream id; the receiver gets a ``BodyStream`` back. The receiver *pulls* with credits (``WINDOW``
  chunks of at most ``CHUNK_SIZE`` bytes ahead), so the sender reads its source only as fast as the consumer
  reads, several bodies in one call can be read in any order without buffering, and a consumer that stops
  early cancels the sender's source. Plain gRPC flow control would give back-pressure for one body, but not
  for two read out of order, and not across a handler that passes the request body straight through.
- **The service ends the call** once its result and all the bodies it sends are finished; the gateway
  reads until then in the background, so ``invoke`` returns as soon as the result (with lazy bodies) is
  there. A result body that is dropped unread cancels the call.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from overcast_common.dispatch.in_process import InProcessDispatcher
from overcast_common.dispatch.interface import Dispatcher, Handler, Params, run_handler

if TYPE_CHECKING:
    from overcast_common.dispatch.grpc_client import GrpcDispatcher, check_health
    from overcast_common.dispatch.grpc_server import GrpcServer, serve_grpc
    from overcast_common.dispatch.streams import CHUNK_SIZE, WINDOW, RemoteBodyStream

# the gRPC side is imported on first use: embedded mode never needs grpc, and importing it costs
# ~0.3-0.5 s of start-up
_LAZY = {
    "GrpcDispatcher": "grpc_client",
    "check_health": "grpc_client",
    "GrpcServer": "grpc_server",
    "serve_grpc": "grpc_server",
    "CHUNK_SIZE": "streams",
    "WINDOW": "streams",
    "RemoteBodyStream": "streams",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)


__all__ = [
    "CHUNK_SIZE",
    "WINDOW",
    "Dispatcher",
    "GrpcDispatcher",
    "GrpcServer",
    "Handler",
    "InProcessDispatcher",
    "Params",
    "RemoteBodyStream",
    "check_health",
    "run_handler",
    "serve_grpc",
]
