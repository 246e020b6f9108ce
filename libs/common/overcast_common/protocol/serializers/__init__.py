"""Response and error serializers: the VALUE FORM back onto the wire, in the protocol the caller used.

One module per protocol family (``query``: query and ec2; ``rest``: rest-json and rest-xml; ``json_rpc``:
json, json-cbor and smithy-rpc-v2-cbor), all driven by the botocore model. The few facts the models lost
live in ``query_compat`` (SQS in query form) and ``s3_names`` (S3 document roots).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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

__all__ = ["serialize_error", "serialize_response"]

_RPC = {p: RpcSerializer(p) for p in ("json", "json-cbor", "smithy-rpc-v2-cbor")}
_REST = {p: RestSerializer(p) for p in ("rest-json", "rest-xml")}


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
