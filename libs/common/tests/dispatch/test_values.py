"""Value, context and error encoding details that the transport-level contract suite does not pin down."""

from __future__ import annotations

import dataclasses
import enum
import math
from collections import OrderedDict
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from overcast_common._generated.overcast.dispatch.v1 import dispatch_pb2 as pb
from overcast_common.context import Principal, RequestContext
from overcast_common.dispatch.messages import decode_context, decode_error, encode_context, encode_error
from overcast_common.dispatch.values import decode_map, decode_value, encode_map, encode_value
from overcast_common.errors import ServiceError


def round_trip(value: Any) -> Any:
    message = pb.Value()
    encode_value(value, message)
    return decode_value(pb.Value.FromString(message.SerializeToString()))


class Color(enum.IntEnum):
    RED = 7


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (bytearray(b"ab"), b"ab"),
        (memoryview(b"cd"), b"cd"),
        ((1, (2,)), [1, [2]]),
        (OrderedDict([("b", 1), ("a", 2)]), {"b": 1, "a": 2}),
        (Color.RED, 7),
    ],
)
def test_near_value_form_types_are_normalised(value: Any, expected: Any) -> None:
    got = round_trip(value)
    assert got == expected
    assert type(got) is type(expected)


@pytest.mark.parametrize("value", [{1, 2}, object(), date(2024, 1, 1), 1j])
def test_values_outside_the_value_form_are_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        encode_value(value, pb.Value())


def test_map_keys_must_be_strings() -> None:
    with pytest.raises(TypeError):
        encode_map({1: "x"}, pb.Map())  # type: ignore[dict-item]


@pytest.mark.parametrize(
    "value",
    [
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2024, 3, 10, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
        datetime(2024, 3, 10, 1, 2, 3, 4),
    ],
)
def test_timestamp_extremes(value: datetime) -> None:
    got = round_trip(value)
    assert got == value
    assert got.utcoffset() == value.utcoffset()


def test_floats_bit_for_bit() -> None:
    for value in (-0.0, 0.0, math.inf, -math.inf, 1e308, 5e-324, 0.1):
        got = round_trip(value)
        assert math.copysign(1, got) == math.copysign(1, value)
        assert got == value
    assert math.isnan(round_trip(math.nan))


def test_streams_only_where_a_link_is_given() -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"x"

    stream = body()
    with pytest.raises(TypeError):
        encode_value(stream, pb.Value())
    exported: list[object] = []
    message = pb.Map()
    encode_map({"Body": stream}, message, lambda s: exported.append(s) or 41)
    assert exported == [stream]
    assert message.entries[0].value.stream_id == 41
    assert decode_map(message, lambda i: f"stream {i}") == {"Body": "stream 41"}  # type: ignore[arg-type,return-value]
    with pytest.raises(ValueError):
        decode_map(message)


def test_every_context_field_is_on_the_wire() -> None:
    # a new RequestContext/Principal attribute must be added to dispatch.proto and messages.py too
    assert [f.name for f in dataclasses.fields(RequestContext)] == [
        "request_id", "service", "operation", "protocol", "region", "account_id", "principal",
        "trace_header", "traceparent", "user_agent", "source_ip", "host", "extra",
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(Principal)] == [
        "account_id", "arn", "principal_type", "principal_id", "access_key_id", "session_token", "verified",
        "session_created", "mfa_authenticated",
    ]  # fmt: skip
    context = RequestContext(
        request_id="1", service="s3", operation="PutObject", protocol="smithy-rpc-v2-cbor", region="r",
        account_id="a", principal=Principal("a", "arn", "IAMUser", "pid", "AKIA", None, False),
        trace_header="", traceparent="", user_agent="ua", source_ip="::1", host="h", extra={"x": "y"},
    )  # fmt: skip
    message = pb.RequestContext()
    encode_context(context, message)
    assert decode_context(pb.RequestContext.FromString(message.SerializeToString())) == context
    issued = datetime(2026, 11, 28, 20, 1, 2, 345678, tzinfo=UTC)
    assert context.principal is not None
    context.principal = dataclasses.replace(context.principal, session_created=issued, mfa_authenticated=True)
    message = pb.RequestContext()
    encode_context(context, message)
    assert decode_context(pb.RequestContext.FromString(message.SerializeToString())) == context


def test_error_of_a_class_the_receiver_does_not_know() -> None:
    message = pb.Error()
    encode_error(ServiceError("m", code="Custom", status_code=418, sender_fault=True, Field=b"\x00"), message)
    message.type = "some.service.errors:CustomError"
    error = decode_error(message)
    assert type(error) is ServiceError
    assert (error.code, error.status_code, error.sender_fault, error.message) == ("Custom", 418, True, "m")
    assert error.fields == {"Field": b"\x00"}
