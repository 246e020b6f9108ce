"""The serializers' entry points' bodies, compiled (``compiled.MODULES``: the package's ``__init__`` cannot
be, and ``serialize_response`` runs on every request): the protocol family's serializer for the caller's
protocol."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from botocore.model import OperationModel, ServiceModel

from ...context import Protocol
from ...errors import ServiceError
from ...http import HttpResponse
from .json_rpc import RpcSerializer
from .query import (
    serialize_ec2_error,
    serialize_ec2_response,
    serialize_query_error,
    serialize_query_response,
)
from .rest import RestSerializer

_RPC: Final[dict[str, RpcSerializer]] = {
    p: RpcSerializer(p) for p in ("json", "json-cbor", "smithy-rpc-v2-cbor")
}
_REST: Final[dict[str, RestSerializer]] = {p: RestSerializer(p) for p in ("rest-json", "rest-xml")}


def serialize_response(
    operation: OperationModel, protocol: Protocol, result: Mapping[str, Any], request_id: str
) -> HttpResponse:
    """The HTTP response for a successful call whose output is ``result`` (botocore's parsed form)."""
    if protocol == "query":
        return serialize_query_response(operation, result, request_id)
    if protocol == "ec2":
        return serialize_ec2_response(operation, result, request_id)
    if protocol in _REST:
        return _REST[protocol].response(operation, result, request_id)
    return _RPC[protocol].response(operation, result, request_id)


def serialize_error(
    service_model: ServiceModel,
    operation: OperationModel | None,
    protocol: Protocol,
    error: ServiceError,
    request_id: str,
) -> HttpResponse:
    """The HTTP response for ``error``: its status, and its code, message and modeled fields in the
    protocol's error shape. ``operation`` is None when the request never resolved to one."""
    if protocol == "query":
        return serialize_query_error(service_model, operation, error, request_id)
    if protocol == "ec2":
        return serialize_ec2_error(service_model, operation, error, request_id)
    if protocol in _REST:
        return _REST[protocol].error(service_model, operation, error, request_id)
    return _RPC[protocol].error(service_model, operation, error, request_id)
