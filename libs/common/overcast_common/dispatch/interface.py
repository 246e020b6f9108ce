"""The dispatch contract: what a service runs for each call, and what the gateway calls to reach it."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from overcast_common.context import RequestContext
from overcast_common.errors import InternalFailure, ServiceError

Params = dict[str, Any]
"""Operation input or output in the VALUE FORM (see ``overcast_common.protocol``)."""

logger = logging.getLogger("overcast.dispatch")

INTERNAL_FAILURE_MESSAGE = "We encountered an internal error. Please try again."


class Handler(Protocol):
    """The service side: what a service process runs for each call."""

    async def __call__(self, context: RequestContext, params: Params) -> Params: ...


class Dispatcher(Protocol):
    """The gateway side: runs ``context.operation`` of ``context.service`` with ``params``.

    Raises the ``ServiceError`` the handler raised (same code, status, fields, headers), ``InternalFailure``
    for anything else the handler raised, ``ServiceUnavailable`` when the service cannot be reached.
    """

    async def invoke(self, context: RequestContext, params: Params) -> Params: ...

    async def close(self) -> None: ...


async def run_handler(handler: Handler, context: RequestContext, params: Params) -> Params:
    """Run one call with the error rules both transports share.

    AWS errors pass through untouched; any other exception is logged with its traceback here, on the
    service side, and replaced by a generic ``InternalFailure`` so no internals reach a client.
    """
    try:
        result = await handler(context, params)
    except ServiceError:
        raise
    except Exception as exc:
        logger.exception(
            "unhandled error in %s.%s (request %s)", context.service, context.operation, context.request_id
        )
        raise InternalFailure(INTERNAL_FAILURE_MESSAGE) from exc
    if not isinstance(result, dict):
        logger.error(
            "%s.%s returned %s instead of a dict (request %s)",
            context.service,
            context.operation,
            type(result).__name__,
            context.request_id,
        )
        raise InternalFailure(INTERNAL_FAILURE_MESSAGE)
    return result
