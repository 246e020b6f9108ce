"""Helpers every protocol serializer shares: scalar formatting, error-shape lookup, request-id headers."""

from __future__ import annotations

import base64
import datetime
import json
import math
from collections.abc import Callable, Mapping
from functools import cache, partial
from typing import Any

from botocore.model import OperationModel, ServiceModel, Shape, StructureShape

from ...errors import ServiceError
from .query_compat import legacy_query_code

ISO8601 = "iso8601"
RFC822 = "rfc822"
EPOCH = "unixTimestamp"


def timestamp_format(shape: Shape, default: str) -> str:
    """The member's (or shape's) ``timestampFormat`` trait, else the protocol's default for its location."""
    fmt = shape.serialization.get("timestampFormat")
    return str(fmt) if fmt else default


def _utc(value: datetime.datetime) -> datetime.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC)


def iso8601(value: datetime.datetime) -> str:
    """AWS writes milliseconds (``2024-01-02T03:04:05.000Z``); finer precision is kept when present."""
    value = _utc(value)
    frac = (
        f".{value.microsecond // 1000:03d}" if value.microsecond % 1000 == 0 else f".{value.microsecond:06d}"
    )
    return value.strftime("%Y-%m-%dT%H:%M:%S") + frac + "Z"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc822(value: datetime.datetime) -> str:
    """``email.utils.format_datetime(value, usegmt=True)``'s text, built directly (S3 sends one in every
    GET and HEAD: the general function costs several µs)."""
    v = _utc(value)
    return (
        f"{_DAYS[v.weekday()]}, {v.day:02d} {_MONTHS[v.month - 1]} {v.year:04d} "
        f"{v.hour:02d}:{v.minute:02d}:{v.second:02d} GMT"
    )


def epoch_seconds(value: datetime.datetime) -> int | float:
    value = _utc(value)
    seconds = int(value.replace(microsecond=0).timestamp())
    if value.microsecond == 0:
        return seconds
    return seconds + value.microsecond / 1_000_000


def epoch_millis(value: datetime.datetime) -> int:
    value = _utc(value)
    return int(value.replace(microsecond=0).timestamp()) * 1000 + value.microsecond // 1000


def format_timestamp(value: datetime.datetime, fmt: str) -> str | int | float:
    if fmt == ISO8601:
        return iso8601(value)
    if fmt == RFC822:
        return rfc822(value)
    return epoch_seconds(value)


def timestamp_text(value: datetime.datetime, fmt: str) -> str:
    formatted = format_timestamp(value, fmt)
    return formatted if isinstance(formatted, str) else repr(formatted)


def float_text(value: float) -> str:
    """Text of a float as AWS writes it (``NaN``/``Infinity`` spelled out, as Smithy requires)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(float(value))


def scalar_text(shape: Shape, value: Any, timestamp_default: str) -> str:
    """The text form of a scalar in XML bodies and HTTP headers."""
    kind = shape.type_name
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "timestamp":
        if isinstance(value, datetime.datetime):
            return timestamp_text(value, timestamp_format(shape, timestamp_default))
        return str(value)
    if kind == "blob":
        return base64.b64encode(as_bytes(value)).decode("ascii")
    if kind in ("float", "double"):
        return float_text(float(value))
    if kind in ("integer", "long", "short", "byte", "biginteger"):
        return str(int(value))
    return str(value)


def as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return str(value).encode("utf-8")


def header_value(shape: Shape, value: Any) -> str:
    """One HTTP header value of a ``location: header`` member (rest protocols)."""
    if shape.type_name == "list":
        return ",".join(header_value(shape.member, item) for item in value)
    if shape.type_name == "string" and shape.serialization.get("jsonvalue"):
        return base64.b64encode(json.dumps(value, separators=(",", ":")).encode()).decode("ascii")
    return scalar_text(shape, value, RFC822)


def header_writer(shape: Shape) -> Callable[[Any], str]:
    """``lambda value: header_value(shape, value)``, with the shape's type looked at once: plans keep
    one per header member, so a response's headers cost a call each."""
    kind = shape.type_name
    if kind in ("string", "character") and not shape.serialization.get("jsonvalue"):
        return _string_text
    if kind in ("integer", "long", "short", "byte", "biginteger"):
        return _integer_text
    if kind == "boolean":
        return _boolean_text
    if kind == "timestamp" and timestamp_format(shape, RFC822) == RFC822:
        return _rfc822_text
    return partial(header_value, shape)


def _string_text(value: Any) -> str:
    return value if type(value) is str else str(value)


def _integer_text(value: Any) -> str:
    return str(int(value))


def _boolean_text(value: Any) -> str:
    return "true" if value else "false"


def _rfc822_text(value: Any) -> str:
    return rfc822(value) if isinstance(value, datetime.datetime) else str(value)


def present(result: Mapping[str, Any], name: str) -> bool:
    return name in result and result[name] is not None


def request_id_headers(protocol: str, service_model: ServiceModel, request_id: str) -> list[tuple[str, str]]:
    """Request-id headers as AWS sends them: S3 its own pair, every other service ``x-amzn-RequestId``."""
    if protocol == "rest-xml" and is_s3(service_model):
        return [("x-amz-request-id", request_id), ("x-amz-id-2", host_id(request_id))]
    return [("x-amzn-RequestId", request_id)]


def host_id(request_id: str) -> str:
    return base64.b64encode(f"overcast/{request_id}".encode()).decode("ascii")


def is_s3(service_model: ServiceModel) -> bool:
    return bool(service_model.service_name == "s3")


def default_namespace(model: ServiceModel) -> str:
    """The XML namespace AWS uses when the model names none."""
    prefix = model.metadata.get("endpointPrefix", model.service_name)
    return f"https://{prefix}.amazonaws.com/doc/{model.api_version}/"


# --- errors ----------------------------------------------------------------------------------------


@cache
def _error_index(service_model: ServiceModel) -> dict[str, StructureShape]:
    index: dict[str, StructureShape] = {}
    for shape in service_model.error_shapes:
        index.setdefault(shape.name, shape)
        index[shape.error_code] = shape
        legacy = legacy_query_code(service_model.service_name, shape.name)
        if legacy:
            index.setdefault(legacy, shape)
    return index


def error_shape(
    service_model: ServiceModel, operation: OperationModel | None, code: str
) -> StructureShape | None:
    """The modeled error shape for ``code`` (its modeled code or its shape name), if any."""
    if operation is not None:
        for shape in operation.error_shapes:
            if code in (shape.error_code, shape.name):
                return shape
    return _error_index(service_model).get(code)


def sender_fault(error: ServiceError, shape: StructureShape | None) -> bool:
    if error.sender_fault:
        return True
    if shape is not None and shape.metadata.get("error", {}).get("senderFault"):
        return True
    return 400 <= error.status_code < 500


def fault_name(error: ServiceError, shape: StructureShape | None) -> str:
    return "Sender" if sender_fault(error, shape) else "Receiver"


def message_member(shape: StructureShape | None) -> str | None:
    """The error shape's own message member (``message`` or ``Message``), which carries the error message."""
    if shape is None:
        return None
    for name in shape.members:
        if name.lower() == "message":
            return str(name)
    return None


def error_fields(error: ServiceError, shape: StructureShape | None) -> dict[str, Any]:
    """The error's extra fields, minus the message member (it is written from ``error.message``)."""
    skip = message_member(shape)
    return {k: v for k, v in error.fields.items() if v is not None and k != skip}


def query_error_code(service_model: ServiceModel, error: ServiceError, shape: StructureShape | None) -> str:
    """The code a query-protocol client expects (SQS's legacy ``AWS.SimpleQueueService.*`` names)."""
    if error.query_code:
        return error.query_code
    if shape is not None:
        legacy = legacy_query_code(service_model.service_name, shape.name)
        if legacy and error.code in (shape.name, shape.error_code):
            return legacy
    return error.code


def type_name(error: ServiceError, shape: StructureShape | None) -> str:
    """``__type`` of JSON/CBOR errors: the shape name (query-compatible codes travel in a header)."""
    return str(shape.name) if shape is not None else error.code


def is_query_compatible(service_model: ServiceModel) -> bool:
    return "awsQueryCompatible" in service_model.metadata
