"""Scalar decoding shared by every parser: text to the VALUE FORM, and the typed errors for bad input."""

from __future__ import annotations

import base64
import binascii
import datetime
import email.utils
import json
import math
from typing import Any

from botocore.model import Shape

from overcast_common.context import Protocol
from overcast_common.errors import ClientError, SerializationException

INTEGER_TYPES = frozenset({"integer", "long", "short", "byte", "biginteger"})
FLOAT_TYPES = frozenset({"float", "double", "bigdecimal"})
_SPECIAL_FLOATS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class MalformedQueryString(ClientError):
    code = "MalformedQueryString"


class MalformedXML(ClientError):
    code = "MalformedXML"


class InvalidRequest(ClientError):
    """S3 (and other rest-xml services) for a header or query value of the wrong type."""

    code = "InvalidRequest"


def malformed(protocol: Protocol, message: str, *, xml: bool = False) -> ClientError:
    """The error AWS returns for input it cannot decode, in the caller's protocol."""
    if protocol in ("query", "ec2"):
        return MalformedQueryString(message)
    if protocol == "rest-xml":
        return MalformedXML(message) if xml else InvalidRequest(message)
    return SerializationException(message)


class DecodeError(ValueError):
    """Raised by the helpers below; each parser turns it into its protocol's typed error."""


def parse_timestamp(value: Any) -> datetime.datetime:
    """Any timestamp form AWS accepts: epoch seconds (int/float/str), iso8601, rfc822; UTC-aware."""
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
    if isinstance(value, bool):
        raise DecodeError(f"invalid timestamp {value!r}")
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        raise DecodeError(f"invalid timestamp {value!r}")
    text = value.strip()
    try:
        return _from_epoch(float(text))
    except ValueError:
        pass
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError) as exc:
            raise DecodeError(f"invalid timestamp {value!r}") from exc
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.UTC)
    return parsed.astimezone(datetime.UTC)


def _from_epoch(seconds: float) -> datetime.datetime:
    if math.isnan(seconds) or math.isinf(seconds):
        raise DecodeError(f"invalid timestamp {seconds!r}")
    try:
        return _EPOCH + datetime.timedelta(seconds=seconds)
    except OverflowError as exc:
        raise DecodeError(f"timestamp out of range {seconds!r}") from exc


def parse_float_text(text: str) -> float:
    if text in _SPECIAL_FLOATS:
        return _SPECIAL_FLOATS[text]
    try:
        return float(text)
    except ValueError as exc:
        raise DecodeError(f"invalid number {text!r}") from exc


def parse_int_text(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError as exc:
        raise DecodeError(f"invalid integer {text!r}") from exc


def parse_bool_text(text: str) -> bool:
    low = text.strip().lower()
    if low == "true":
        return True
    if low == "false":
        return False
    raise DecodeError(f"invalid boolean {text!r}")


def decode_base64(text: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True) if text else b""
    except (binascii.Error, ValueError) as exc:
        raise DecodeError("invalid base64 blob") from exc


def decode_json_value(text: str) -> Any:
    """A ``jsonvalue`` string member carried in a header: base64 of a JSON document."""
    try:
        return json.loads(decode_base64(text))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DecodeError("invalid base64-encoded JSON header") from exc


def scalar_from_text(shape: Shape, text: str) -> Any:
    """A scalar member written as text (query, XML, URI labels, query strings, headers)."""
    kind = shape.type_name
    if kind == "string":
        return text
    if kind in INTEGER_TYPES:
        return parse_int_text(text)
    if kind in FLOAT_TYPES:
        return parse_float_text(text)
    if kind == "boolean":
        return parse_bool_text(text)
    if kind == "blob":
        return decode_base64(text)
    if kind == "timestamp":
        return parse_timestamp(text)
    raise DecodeError(f"{shape.name} ({kind}) cannot be written as text")


def member_name(shape: Shape, default: str) -> str:
    name = shape.serialization.get("name")
    return name if isinstance(name, str) else default
