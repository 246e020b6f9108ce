"""Embedded mode: the gateway calls each service's handler directly, in the same event loop."""

from __future__ import annotations

from collections.abc import Mapping

from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Handler, Params, run_handler
from overcast_common.errors import ServiceUnavailable


class InProcessDispatcher:
    """Calls ``handlers[context.service]`` with the very objects it is given (no copy, no encoding).

    Bodies (``BodyStream``) pass through as the same iterator. The error rules are the gRPC transport's:
    ``ServiceError`` as raised, anything else ``InternalFailure``, an unknown service ``ServiceUnavailable``.
    """

    def __init__(self, handlers: Mapping[str, Handler]) -> None:
        self._handlers = handlers

    async def invoke(self, context: RequestContext, params: Params) -> Params:
        handler = self._handlers.get(context.service)
        if handler is None:
            raise ServiceUnavailable(f"Service {context.service!r} is not available.")
        return await run_handler(handler, context, params)

    async def close(self) -> None:
        return None
