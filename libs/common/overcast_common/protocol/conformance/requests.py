"""Request half of the codec proof: botocore's own serializer writes a request, our parser reads it.

For each operation a representative input (``shapegen.generate``) is serialized with
``botocore.serialize.create_serializer(protocol)``, prepared exactly as botocore prepares requests
for the wire (endpoint ``http://localhost:4566``), turned into our ``HttpRequest`` and parsed with
``parse_request``. The parsed value must equal the input. ``KNOWN_EXCEPTIONS`` lists every
operation that may not pass, with the reason (copied to ``docs/protocol-coverage.md``).
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlsplit

import botocore.serialize
import cbor2
from botocore.awsrequest import AWSPreparedRequest, create_request_object, prepare_request_dict
from botocore.model import ListShape, MapShape, OperationModel, Shape, StructureShape

from overcast_common.context import Protocol
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol import router
from overcast_common.protocol.models import service_model
from overcast_common.protocol.parsers import parse_request

from .shapegen import generate

ENDPOINT = "http://localhost:4566"

EVENT_STREAM_INPUT = "input is an event stream (HTTP/2 bidirectional); botocore cannot send it"

KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("bedrock-runtime", "InvokeModelWithBidirectionalStream"): EVENT_STREAM_INPUT,
    ("connecthealth", "StartMedicalScribeListeningSession"): EVENT_STREAM_INPUT,
    ("lexv2-runtime", "StartConversation"): EVENT_STREAM_INPUT,
    ("polly", "StartSpeechSynthesisStream"): EVENT_STREAM_INPUT,
    ("qbusiness", "Chat"): EVENT_STREAM_INPUT,
}
"""(service, operation) -> why its request round trip is not expected to pass. The parser passes an
event-stream payload through as the raw body/stream; decoding its frames is the service's job."""

_EXTRA_PROTOCOLS: dict[str, list[Protocol]] = {
    # SQS's model is json, but older SDKs (and AWS itself) still speak its query protocol.
    "sqs": ["query"],
    # the Java SDK and the KCL send Kinesis's json protocol with a CBOR body
    "kinesis": ["json-cbor"],
}
_BOTOCORE_PROTOCOLS = ("query", "ec2", "json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor")


def request_protocols(service: str) -> list[Protocol]:
    """Every protocol a client may use to call ``service`` (the model's first)."""
    metadata = service_model(service).metadata
    found: list[Protocol] = [cast(Protocol, metadata["protocol"])]
    for name in [*metadata.get("protocols", []), *_EXTRA_PROTOCOLS.get(service, [])]:
        if name not in found and (name in _BOTOCORE_PROTOCOLS or name == "json-cbor"):
            found.append(cast(Protocol, name))
    return found


@dataclass
class RequestCoverage:
    """Round-trip results: passed/total per protocol and per service, and every failure's reason."""

    by_protocol: dict[str, list[int]] = field(default_factory=dict)
    by_service: dict[str, list[int]] = field(default_factory=dict)
    failures: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def add(self, service: str, operation: str, protocol: str, reason: str | None) -> None:
        for counts in (
            self.by_protocol.setdefault(protocol, [0, 0]),
            self.by_service.setdefault(service, [0, 0]),
        ):
            counts[0] += reason is None
            counts[1] += 1
        if reason is not None:
            self.failures[(service, operation, protocol)] = reason


def run_requests(services: list[str]) -> RequestCoverage:
    """Every operation of ``services`` in every protocol each service speaks."""
    coverage = RequestCoverage()
    for service in services:
        model = service_model(service)
        for protocol in request_protocols(service):
            for operation in model.operation_names:
                coverage.add(
                    service, operation, protocol, check_request_protocol(service, operation, protocol)
                )
    return coverage


def check_request(service: str, operation: str) -> str | None:
    """None when every protocol of ``service`` round-trips ``operation``'s input; else why not."""
    for protocol in request_protocols(service):
        reason = check_request_protocol(service, operation, protocol)
        if reason is not None:
            return f"{protocol}: {reason}"
    return None


def check_request_protocol(service: str, operation: str, protocol: Protocol) -> str | None:
    model = service_model(service).operation_model(operation)
    if model.has_event_stream_input:
        return EVENT_STREAM_INPUT
    params = generate(model.input_shape, seed=operation) if model.input_shape is not None else {}
    try:
        request = build_request(model, protocol, params)
    except Exception as exc:
        return f"botocore could not serialize the input: {type(exc).__name__}: {exc}"
    try:
        parsed = parse_request(model, protocol, request, uri_params_for(model, request))
    except Exception as exc:
        return f"parse failed: {type(exc).__name__}: {exc}"
    expected = params
    if protocol in ("query", "ec2"):
        expected = _without_empty_containers(params, protocol)
        expected = {} if expected is _GONE else expected
    return _difference(expected, parsed, "")


_GONE = object()


def _without_empty_containers(value: Any, protocol: Protocol) -> Any:
    """query/ec2 write nothing for a structure with no members set (and ec2 nothing for an empty
    list); a list of nothing but such structures is then absent too."""
    if isinstance(value, dict):
        cleaned = {k: _without_empty_containers(v, protocol) for k, v in value.items()}
        kept = {k: v for k, v in cleaned.items() if v is not _GONE}
        return kept if kept else _GONE
    if isinstance(value, list):
        items = [_without_empty_containers(item, protocol) for item in value]
        kept_items = [item for item in items if item is not _GONE]
        if not kept_items and (items or protocol == "ec2"):
            return _GONE
        return kept_items
    return value


def build_request(operation: OperationModel, protocol: Protocol, params: dict[str, Any]) -> HttpRequest:
    """``params`` on the wire exactly as botocore would send them to ``ENDPOINT``."""
    if protocol == "json-cbor":
        request_dict = botocore.serialize.create_serializer("json").serialize_to_request(params, operation)
        request_dict["headers"]["Content-Type"] = "application/x-amz-cbor-1.1"
        request_dict["body"] = cbor2.dumps(_java_cbor(operation.input_shape, params))
    else:
        serializer = botocore.serialize.create_serializer(protocol)
        request_dict = serializer.serialize_to_request(params, operation)
    prepare_request_dict(request_dict, ENDPOINT)
    prepared: AWSPreparedRequest = create_request_object(request_dict).prepare()
    url = urlsplit(prepared.url)
    headers = Headers([(str(k), str(v)) for k, v in prepared.headers.items()])
    if "host" not in headers:
        headers.add("Host", url.netloc)
    body = prepared.body
    if body is None:
        body = b""
    elif isinstance(body, str):
        body = body.encode("utf-8")
    elif not isinstance(body, bytes):
        body = body.read()
    return HttpRequest(
        method=str(prepared.method), path=url.path or "/", query_string=url.query, headers=headers, body=body
    )


def _java_cbor(shape: Shape | None, value: Any) -> Any:
    """The value as the AWS Java SDK writes Kinesis CBOR: raw bytes and epoch-millisecond dates."""
    if shape is None:
        return {}
    if isinstance(shape, StructureShape) and not shape.is_document_type:
        return {
            shape.members[k].serialization.get("name", k): _java_cbor(shape.members[k], v)
            for k, v in value.items()
        }
    if isinstance(shape, ListShape):
        return [_java_cbor(shape.member, item) for item in value]
    if isinstance(shape, MapShape):
        return {k: _java_cbor(shape.value, v) for k, v in value.items()}
    if shape.type_name == "timestamp":
        return int(value.timestamp() * 1000)
    return value


def uri_params_for(operation: OperationModel, request: HttpRequest) -> dict[str, str]:
    """The router's label extraction; a routing miss shows up here as missing members."""
    return router.uri_params_for(operation, request) or {}


def _difference(expected: Any, actual: Any, path: str) -> str | None:
    """The first place where ``actual`` differs from ``expected`` (None when equal)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() | actual.keys():
            if key not in actual:
                return f"{path}.{key} missing"
            if key not in expected:
                return f"{path}.{key} unexpected ({actual[key]!r:.60})"
            found = _difference(expected[key], actual[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{path}: {len(actual)} items, expected {len(expected)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            found = _difference(left, right, f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(expected, float) and isinstance(actual, float):
        return None if math.isclose(expected, actual, rel_tol=1e-6) else f"{path}: {actual!r} != {expected!r}"
    if isinstance(expected, datetime.datetime) and isinstance(actual, datetime.datetime):
        same = expected.replace(microsecond=0) == actual.replace(microsecond=0) and actual.tzinfo is not None
        return None if same else f"{path}: {actual!r} != {expected!r}"
    if type(expected) is not type(actual) or expected != actual:
        return f"{path}: {actual!r:.80} != {expected!r:.80}"
    return None
