"""Request parsers: an HTTP request in any AWS protocol -> the operation's input in the VALUE FORM.

One entry point, ``parse_request``; one module per protocol family (``query``, ``rpc``, ``rest``).
Parsers only decode: required members, ranges and patterns are the provider's to validate.
Input that cannot be decoded raises the protocol's typed client error (``SerializationException``
for JSON/CBOR, ``MalformedQueryString`` for query/ec2, ``MalformedXML``/``InvalidRequest`` for XML).
"""

from __future__ import annotations

from typing import Any

from botocore.model import OperationModel

from overcast_common.context import Protocol
from overcast_common.http import HttpRequest

from ._values import InvalidRequest, MalformedQueryString, MalformedXML, malformed
from .query import parse_query
from .rest import parse_rest
from .rpc import parse_rpc

__all__ = ["InvalidRequest", "MalformedQueryString", "MalformedXML", "parse_request"]

_INPUT_FAULTS = (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError, UnicodeError)


def parse_request(
    operation: OperationModel, protocol: Protocol, request: HttpRequest, uri_params: dict[str, str]
) -> dict[str, Any]:
    """The input of ``operation`` as botocore's own parsed form; ``protocol`` is the caller's.

    ``uri_params`` are the REST URI labels (decoded) the router matched, keyed by label name.
    """
    try:
        if protocol in ("query", "ec2"):
            return parse_query(operation, protocol, request)
        if protocol in ("rest-json", "rest-xml"):
            return parse_rest(operation, protocol, request, uri_params)
        return parse_rpc(operation, protocol, request)
    except _INPUT_FAULTS as exc:
        # whatever slipped past the protocol's own checks is still the client's malformed input
        raise malformed(protocol, f"could not decode the request: {type(exc).__name__}") from exc
