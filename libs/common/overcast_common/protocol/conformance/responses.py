"""Response half of the codec proof: our serializer writes, botocore's own response parser reads.

``check_response``: a representative output (``shapegen.generate``) is serialized with
``serialize_response`` and parsed with ``botocore.parsers.create_parser(protocol)`` from the dict botocore's
endpoint builds out of an HTTP response (a ``StreamingBody`` for streaming outputs); the parse must equal
the value. ``check_errors``: every modeled error of the operation, with generated fields, serialized with
``serialize_error`` and parsed the way botocore's endpoint does (generic error parse, then the modeled
shape found by ``Error.Code``); code, message, status, request id and modeled fields must come back.

Event-stream outputs get one of each event their stream can carry, read back through botocore's
``EventStream``. Only what is genuinely lossy on the wire is normalised:

- an empty list/map may read back absent (flattened XML and header lists have no empty form);
- json-cbor dates are whole milliseconds (the Java SDK's tag-1 form);
- botocore decodes a non-streaming blob payload as UTF-8 text, so the generated one is text;
- two members sharing one wire name (S3's deprecated ``Event``) both read the one value sent;
- a header map with an empty prefix also reads the protocol's own headers;
- an event-stream response's ``Content-Type`` member reads back as the event-stream type;
- an error member bound to ``x-amzn-ErrorType`` or written as XML ``<Code>`` reads back as the code.

``KNOWN_EXCEPTIONS`` lists every operation not expected to pass, with the reason (copied to
``docs/protocol-coverage.md``); it is empty today.
"""

from __future__ import annotations

import asyncio
import datetime
import io
import math
from collections.abc import Iterator, Mapping
from functools import cache
from types import SimpleNamespace
from typing import Any

from botocore.awsrequest import HeadersDict
from botocore.handlers import parse_get_bucket_location
from botocore.model import OperationModel, ServiceModel, Shape, StructureShape
from botocore.parsers import RpcV2CBORParser, create_parser
from botocore.response import StreamingBody
from botocore.utils import parse_timestamp

from overcast_common.context import Protocol
from overcast_common.errors import ServiceError
from overcast_common.http import BodyStream, HttpResponse
from overcast_common.protocol.models import service_model
from overcast_common.protocol.serializers import serialize_error, serialize_response
from overcast_common.protocol.serializers._common import message_member
from overcast_common.protocol.serializers.query_compat import legacy_query_code, query_model

from .shapegen import generate

REQUEST_ID = "c0ffee00-0000-4000-8000-000000000001"

KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {}
"""(service, operation) -> why its response round trip is not expected to pass (all protocols)."""


def response_protocols(service: str) -> list[Protocol]:
    """The protocols a client may call ``service`` in (shared with the request half)."""
    from .requests import request_protocols

    return request_protocols(service)


def known_exception(service: str, operation: str) -> str | None:
    if (service, operation) in KNOWN_EXCEPTIONS:
        return KNOWN_EXCEPTIONS[(service, operation)]
    return None


# --- responses -------------------------------------------------------------------------------------


def check_response(service: str, operation: str, protocol: Protocol) -> str | None:
    """None when ``operation``'s generated output survives our serializer and botocore's parser."""
    op = service_model(service).operation_model(operation)
    shape = op.output_shape
    value: dict[str, Any] = generate(shape, seed=operation) if shape is not None else {}
    value = _wire_safe_output(op, value)
    if shape is not None and shape.event_stream_name:
        value[shape.event_stream_name] = _events(shape.members[shape.event_stream_name])
    expected = (
        _event_stream_content_type(shape, value) if shape is not None and shape.event_stream_name else value
    )
    try:
        http = serialize_response(op, protocol, value, REQUEST_ID)
    except Exception as exc:
        return f"serialize failed: {type(exc).__name__}: {exc}"
    try:
        parsed = botocore_parse(op, protocol, http)
    except Exception as exc:
        return f"botocore could not parse: {type(exc).__name__}: {exc}"
    metadata = parsed.pop("ResponseMetadata", {})
    # botocore's rpc-v2 parser reports the request id only for operations with an output shape
    if metadata.get("RequestId", metadata.get("HTTPHeaders", {}).get("x-amzn-requestid")) != REQUEST_ID:
        return f"request id not found (ResponseMetadata={metadata!r:.100})"
    _read_streams(op, parsed)
    if shape is not None and shape.event_stream_name in parsed:
        try:
            parsed[shape.event_stream_name] = list(parsed[shape.event_stream_name])
        except Exception as exc:
            return f"botocore could not read the event stream: {type(exc).__name__}: {exc}"
    if shape is not None:
        _drop_wire_aliases(shape, value, parsed)
        _drop_foreign_headers(shape, value, parsed)
    return difference(_expected_output(op, protocol, expected), parsed, "")


def _event_stream_content_type(shape: StructureShape, value: dict[str, Any]) -> dict[str, Any]:
    """An event-stream response's Content-Type is the event-stream type, whatever a member bound to it says
    (Lambda's ``ResponseStreamContentType``), as Lambda answers."""
    for name, member in shape.members.items():
        if member.serialization.get("location") == "header" and member.serialization.get(
            "name", ""
        ).lower() == ("content-type"):
            value = {**value, name: "application/vnd.amazon.eventstream"}
    return value


def _events(stream: StructureShape) -> list[dict[str, Any]]:
    """One of each (non-error) event the stream can carry."""
    return [
        {name: generate(member, seed=name)}
        for name, member in stream.members.items()
        if not member.metadata.get("exception")
    ]


def _wire_safe_output(op: OperationModel, value: dict[str, Any]) -> dict[str, Any]:
    """botocore decodes a non-streaming blob payload as UTF-8 text, so it must be text to be read back."""
    payload = _payload_member(op)
    if payload is not None and value.get(payload[0]) is not None:
        name, member = payload
        if member.type_name == "blob" and not member.serialization.get("streaming"):
            value = {**value, name: f"payload-{name}".encode()}
    return value


def _payload_member(op: OperationModel) -> tuple[str, Shape] | None:
    shape = op.output_shape
    if shape is None or "payload" not in shape.serialization:
        return None
    name = shape.serialization["payload"]
    return name, shape.members[name]


def _read_streams(op: OperationModel, parsed: dict[str, Any]) -> None:
    payload = _payload_member(op)
    if payload is None:
        return
    name, member = payload
    if isinstance(parsed.get(name), StreamingBody):
        parsed[name] = parsed[name].read()
    elif member.type_name == "blob" and isinstance(parsed.get(name), str):
        parsed[name] = parsed[name].encode("utf-8")


def _drop_wire_aliases(shape: Shape, expected: Any, actual: Any) -> None:
    """Members sharing one wire name (S3's deprecated ``Event`` beside ``Events``) both read the one value
    that was sent; the generator sets only the first, so the alias read back is not a difference."""
    if isinstance(shape, StructureShape) and isinstance(expected, dict) and isinstance(actual, dict):
        wire = {name: m.serialization.get("name", name) for name, m in shape.members.items()}
        sent = {wire[k] for k in expected if k in wire}
        for key in list(actual):
            if key not in expected and key in wire and wire[key] in sent:
                del actual[key]
            elif key in expected and key in shape.members:
                _drop_wire_aliases(shape.members[key], expected[key], actual[key])
    elif shape.type_name == "list" and isinstance(expected, list) and isinstance(actual, list):
        for left, right in zip(expected, actual, strict=False):
            _drop_wire_aliases(shape.member, left, right)
    elif shape.type_name == "map" and isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() & actual.keys():
            _drop_wire_aliases(shape.value, expected[key], actual[key])


def _drop_foreign_headers(shape: StructureShape, expected: dict[str, Any], actual: dict[str, Any]) -> None:
    """A header map with an empty prefix reads every response header, the protocol's own included."""
    for name, member in shape.members.items():
        if member.serialization.get("location") == "headers" and not member.serialization.get("name"):
            sent = {k.lower() for k in expected.get(name, {})}
            if isinstance(actual.get(name), dict):
                actual[name] = {k: v for k, v in actual[name].items() if k.lower() in sent}


def _expected_output(op: OperationModel, protocol: Protocol, value: Any) -> Any:
    expected = value
    if protocol == "json-cbor":
        expected = _truncate_timestamps(expected, milliseconds=True)
    return expected


def _truncate_timestamps(value: Any, *, milliseconds: bool) -> Any:
    if isinstance(value, dict):
        return {k: _truncate_timestamps(v, milliseconds=milliseconds) for k, v in value.items()}
    if isinstance(value, list):
        return [_truncate_timestamps(v, milliseconds=milliseconds) for v in value]
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=value.microsecond // 1000 * 1000 if milliseconds else 0)
    return value


# --- errors ----------------------------------------------------------------------------------------


def check_errors(service: str, operation: str, protocol: Protocol) -> str | None:
    """None when every modeled error of ``operation`` reads back through botocore as it was raised."""
    model = service_model(service)
    op = model.operation_model(operation)
    for shape in op.error_shapes:
        reason = _check_error_once(service, protocol, shape.name)
        if reason is not None:
            return f"{shape.name}: {reason}"
    return None


@cache
def _check_error_once(service: str, protocol: Protocol, shape_name: str) -> str | None:
    # an error shape serializes the same for every operation that lists it: check it once
    model = service_model(service)
    shape = model.shape_for(shape_name)
    assert isinstance(shape, StructureShape)
    return check_error(model, None, protocol, shape)


def check_error(
    model: ServiceModel, op: OperationModel | None, protocol: Protocol, shape: StructureShape
) -> str | None:
    fields: dict[str, Any] = generate(shape, seed=shape.name)
    message = str(fields.pop(message_member(shape) or "message", "") or f"{shape.name} happened")
    meta = shape.metadata.get("error", {})
    code = str(shape.error_code)
    status = int(meta.get("httpStatusCode", 400))
    error = ServiceError(
        message, code=code, status_code=status, sender_fault=bool(meta.get("senderFault", status < 500))
    )
    error.fields = dict(fields)  # members may be called ``code`` or ``message``: not keyword-safe
    fields = _error_fields_as_sent(shape, protocol, code, fields)
    try:
        http = serialize_error(model, op, protocol, error, REQUEST_ID)
    except Exception as exc:
        return f"serialize failed: {type(exc).__name__}: {exc}"
    try:
        parsed = botocore_parse_error(model, op, protocol, http)
    except Exception as exc:
        return f"botocore could not parse: {type(exc).__name__}: {exc}"
    found = parsed.get("Error", {})
    legacy = legacy_query_code(model.service_name, shape.name)
    if found.get("Code") != code and not (legacy and found.get("Code") == legacy):
        return f"Error.Code {found.get('Code')!r} != {code!r}"
    if found.get("Message") != message:
        return f"Error.Message {found.get('Message')!r:.60} != {message!r:.60}"
    metadata = parsed.get("ResponseMetadata", {})
    if metadata.get("HTTPStatusCode") != status:
        return f"status {metadata.get('HTTPStatusCode')} != {status}"
    if metadata.get("RequestId") != REQUEST_ID:
        return f"request id not found (ResponseMetadata={metadata!r:.100})"
    modeled = {k: v for k, v in parsed.items() if k not in ("Error", "ResponseMetadata")}
    # the message member is the error message, checked above as Error.Message
    surfaced_message = modeled.pop(message_member(shape) or "message", message)
    if surfaced_message != message:
        return f"message member {surfaced_message!r:.60} != {message!r:.60}"
    expected = _expected_output(op, protocol, fields) if op is not None else fields
    return difference(expected, modeled, "")


def _error_fields_as_sent(
    shape: StructureShape, protocol: Protocol, code: str, fields: dict[str, Any]
) -> dict[str, Any]:
    """Members the protocol's own error envelope overrides read back as the envelope's value: one bound to
    the ``x-amzn-ErrorType`` header, or written as XML ``<Code>``, is the error code."""
    expected = dict(fields)
    for name, member in shape.members.items():
        wire = member.serialization.get("name", name)
        location = member.serialization.get("location")
        if (location == "header" and wire.lower() == "x-amzn-errortype" and name in expected) or (
            protocol in ("query", "ec2", "rest-xml") and not location and wire == "Code" and name in expected
        ):
            expected[name] = code
    return expected


# --- botocore's side -------------------------------------------------------------------------------


def _collect(stream: BodyStream) -> bytes:
    async def read() -> bytes:
        return b"".join([chunk async for chunk in stream])

    return asyncio.run(read())


def _response_dict(op: OperationModel | None, http: HttpResponse) -> dict[str, Any]:
    """What botocore's endpoint hands its parser (``convert_to_response_dict``)."""
    headers = HeadersDict()
    for name in http.headers:
        headers[name] = http.headers[name]
    body = _collect(http.stream) if http.stream is not None else http.body
    response: dict[str, Any] = {
        "headers": headers,
        "status_code": http.status_code,
        "context": {"operation_name": op.name if op is not None else ""},
        "body": body,
    }
    if op is not None and http.status_code < 300 and op.has_event_stream_output:
        response["body"] = _RawStream(body)
    elif op is not None and http.status_code < 300 and op.has_streaming_output:
        response["body"] = StreamingBody(io.BytesIO(body), len(body))
    return response


class _RawStream:
    """The urllib3 response botocore's ``EventStream`` reads event-stream bodies from."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self) -> Iterator[bytes]:
        # in small pieces, so message framing across chunk boundaries is exercised too
        for start in range(0, len(self._data), 7):
            yield self._data[start : start + 7]

    def close(self) -> None:
        pass


def _parser(protocol: Protocol) -> Any:
    if protocol == "json-cbor":
        # botocore has no parser for it: the rpc-v2 CBOR reader with the Java SDK's millisecond dates
        return RpcV2CBORParser(timestamp_parser=lambda value: parse_timestamp(value / 1000))
    return create_parser(protocol)


def _reading_model(model: ServiceModel, protocol: Protocol) -> ServiceModel:
    """The model a client of ``protocol`` reads with (old SDKs' query model for SQS)."""
    return query_model(model) if protocol == "query" else model


def botocore_parse(op: OperationModel, protocol: Protocol, http: HttpResponse) -> dict[str, Any]:
    reading = _reading_model(op.service_model, protocol).operation_model(op.name)
    response = _response_dict(reading, http)
    parsed: dict[str, Any] = _parser(protocol).parse(response, reading.output_shape)
    if op.service_model.service_name == "s3" and op.name == "GetBucketLocation":
        parse_get_bucket_location(parsed, SimpleNamespace(raw=True, content=response["body"]))
    return parsed


def botocore_parse_error(
    model: ServiceModel, op: OperationModel | None, protocol: Protocol, http: HttpResponse
) -> dict[str, Any]:
    reading_model = _reading_model(model, protocol)
    reading = reading_model.operation_model(op.name) if op is not None else None
    response = _response_dict(reading, http)
    parser = _parser(protocol)
    parsed: dict[str, Any] = parser.parse(response, reading.output_shape if reading is not None else None)
    error = parsed.get("Error", {})
    # botocore's endpoint finds the modeled shape by Error.Code; SQS's by QueryErrorCode (its handler)
    shape = reading_model.shape_for_error_code(error.get("Code")) or reading_model.shape_for_error_code(
        error.get("QueryErrorCode")
    )
    if shape is not None:
        parsed.update(parser.parse(response, shape))
    return parsed


# --- numbers for docs/protocol-coverage.md ------------------------------------------------------------


def coverage(services: list[str] | None = None) -> dict[Protocol, dict[str, tuple[int, int]]]:
    """(passed, total) operations per protocol and service; an operation passes when both its output and
    every modeled error round-trip."""
    from overcast_common.protocol.models import available_services

    table: dict[Protocol, dict[str, tuple[int, int]]] = {}
    for service in services or list(available_services()):
        operations = service_model(service).operation_names
        for protocol in response_protocols(service):
            passed = sum(
                1
                for operation in operations
                if check_response(service, operation, protocol) is None
                and check_errors(service, operation, protocol) is None
            )
            table.setdefault(protocol, {})[service] = (passed, len(operations))
    return table


# --- comparison ------------------------------------------------------------------------------------


def difference(expected: Any, actual: Any, path: str) -> str | None:
    """The first place where ``actual`` differs from ``expected`` (None when equal).

    An empty list or map may be absent: flattened XML collections and header lists have no empty form.
    """
    if isinstance(expected, Mapping) and isinstance(actual, Mapping):
        for key in expected.keys() | actual.keys():
            if key not in actual:
                if expected[key] in ([], {}):
                    continue
                return f"{path}.{key} missing"
            if key not in expected:
                return f"{path}.{key} unexpected ({actual[key]!r:.60})"
            found = difference(expected[key], actual[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{path}: {len(actual)} items, expected {len(expected)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            found = difference(left, right, f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(expected, float) and isinstance(actual, float | int):
        return None if math.isclose(expected, actual, rel_tol=1e-6) else f"{path}: {actual!r} != {expected!r}"
    if isinstance(expected, datetime.datetime) and isinstance(actual, datetime.datetime):
        return (
            None
            if expected == actual and actual.tzinfo is not None
            else f"{path}: {actual!r} != {expected!r}"
        )
    if type(expected) is not type(actual) or expected != actual:
        return f"{path}: {actual!r:.80} != {expected!r:.80}"
    return None


__all__ = [
    "KNOWN_EXCEPTIONS",
    "check_error",
    "check_errors",
    "check_response",
    "coverage",
    "known_exception",
    "response_protocols",
]
