"""``parse_request``'s body, compiled (``compiled.MODULES``: the package's ``__init__`` cannot be, and this
runs on every request): the protocol family's parser, and the fault net that turns whatever slipped past
it into the protocol's malformed-input error."""

from __future__ import annotations

from typing import Any, Final

from botocore.model import OperationModel

from overcast_common.context import Protocol
from overcast_common.http import HttpRequest

from ._values import malformed
from .query import parse_query
from .rest import parse_rest
from .rpc import parse_rpc

_INPUT_FAULTS: Final = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    RecursionError,
    UnicodeError,
)


def parse_request(
    operation: OperationModel, protocol: Protocol, request: HttpRequest, uri_params: dict[str, str]
) -> dict[str, Any]:
    """The input of ``operation`` as botocore's own parsed form; ``protocol`` is the caller's.

    ``uri_params`` are the REST URI labels (decoded) the router matched, keyed by label name.
    """
    try:
        if protocol == "query" or protocol == "ec2":
            return parse_query(operation, protocol, request)
        if protocol == "rest-json" or protocol == "rest-xml":
            return parse_rest(operation, protocol, request, uri_params)
        return parse_rpc(operation, protocol, request)
    except _INPUT_FAULTS as exc:
        # whatever slipped past the protocol's own checks is still the client's malformed input
        raise malformed(protocol, f"could not decode the request: {type(exc).__name__}") from exc
