"""Event-stream outputs (``application/vnd.amazon.eventstream``): Kinesis SubscribeToShard, Lambda
InvokeWithResponseStream, S3 SelectObjectContent...

VALUE FORM of an event-stream member: an iterable or async iterable of events, each ``{EventName: {...}}``
exactly as botocore's ``EventStream`` yields them. The response body becomes a ``BodyStream`` of binary
messages (prelude, typed headers, payload, CRC32s), one per event; RPC protocols open with the
``initial-response`` event carrying the output's other members.

Across the gRPC dispatch (cluster mode) a result can only carry an async iterator of *bytes* (a body), so
a provider whose events must cross it wraps them with ``framed_events``: each event as a length-prefixed
CBOR frame (lossless for the VALUE FORM: bytes, tz-aware datetimes, big ints). ``event_body`` accepts
either form and unframes bytes chunks, however the transport split them.
"""

from __future__ import annotations

import binascii
import datetime
import json
import struct
from collections.abc import AsyncIterable, AsyncIterator, Callable, Mapping
from typing import Any

import cbor2
from botocore.model import Shape, StructureShape

from ._common import as_bytes, epoch_millis

CONTENT_TYPE = "application/vnd.amazon.eventstream"

BodyEncoder = Callable[[StructureShape, Mapping[str, Any]], tuple[bytes, str]]
"""Writes an event structure as the protocol's body: (bytes, content type)."""


def encode_message(headers: list[tuple[str, int, Any]], payload: bytes) -> bytes:
    """One event-stream message; ``headers`` are (name, wire type, value)."""
    encoded = b"".join(_header(name, kind, value) for name, kind, value in headers)
    total = 12 + len(encoded) + len(payload) + 4
    prelude = struct.pack(">II", total, len(encoded))
    prelude += struct.pack(">I", binascii.crc32(prelude))
    message = prelude + encoded + payload
    return message + struct.pack(">I", binascii.crc32(message))


def _header(name: str, kind: int, value: Any) -> bytes:
    raw_name = name.encode("utf-8")
    head = struct.pack(">B", len(raw_name)) + raw_name + struct.pack(">B", kind)
    if kind in (0, 1):
        return head
    if kind == 2:
        return head + struct.pack(">b", value)
    if kind == 3:
        return head + struct.pack(">h", value)
    if kind == 4:
        return head + struct.pack(">i", value)
    if kind in (5, 8):
        return head + struct.pack(">q", value)
    data = value if kind == 6 else str(value).encode("utf-8")
    return head + struct.pack(">H", len(data)) + data


def _typed_header(shape: Shape, value: Any) -> tuple[int, Any]:
    kind = shape.type_name
    if kind == "boolean":
        return (0 if value else 1), None
    if kind == "byte":
        return 2, int(value)
    if kind == "short":
        return 3, int(value)
    if kind == "integer":
        return 4, int(value)
    if kind == "long":
        return 5, int(value)
    if kind == "blob":
        return 6, as_bytes(value)
    if kind == "timestamp" and isinstance(value, datetime.datetime):
        return 8, epoch_millis(value)
    return 7, str(value)


def event_message(
    event_shape: StructureShape, name: str, value: Mapping[str, Any], body: BodyEncoder
) -> bytes:
    headers: list[tuple[str, int, Any]] = [(":message-type", 7, "event"), (":event-type", 7, name)]
    if event_shape.metadata.get("exception"):
        # a modeled error ends the stream as AWS sends it: botocore raises it as EventStreamError
        headers = [(":message-type", 7, "exception"), (":exception-type", 7, name)]
    payload = b""
    content_type: str | None = None
    rest: dict[str, Any] = {}
    for member_name, member in event_shape.members.items():
        item = value.get(member_name)
        if item is None:
            continue
        if member.serialization.get("eventheader"):
            kind, typed = _typed_header(member, item)
            headers.append((member_name, kind, typed))
        elif member.serialization.get("eventpayload"):
            if member.type_name == "blob":
                payload, content_type = as_bytes(item), "application/octet-stream"
            elif member.type_name == "string":
                payload, content_type = str(item).encode("utf-8"), "text/plain"
            else:
                assert isinstance(member, StructureShape)
                payload, content_type = body(member, item)
        else:
            rest[member_name] = item
    if content_type is None:
        payload, content_type = body(event_shape, rest)
    if content_type:
        headers.append((":content-type", 7, content_type))
    return encode_message(headers, payload)


def initial_response(payload: bytes, content_type: str) -> bytes:
    return encode_message(
        [
            (":message-type", 7, "event"),
            (":event-type", 7, "initial-response"),
            (":content-type", 7, content_type),
        ],
        payload,
    )


async def event_body(
    stream_shape: StructureShape, events: Any, body: BodyEncoder, first: bytes | None = None
) -> AsyncIterator[bytes]:
    """The response body: ``first`` (the initial response), then one message per event."""
    if first is not None:
        yield first
    if events is None:
        return
    if hasattr(events, "__aiter__"):
        frames = _Unframer()
        async for event in events:
            if isinstance(event, bytes | bytearray | memoryview):
                for decoded in frames.feed(event):
                    yield _event(stream_shape, decoded, body)
            else:
                yield _event(stream_shape, event, body)
    else:
        for event in events:
            yield _event(stream_shape, event, body)


async def framed_events(events: AsyncIterable[Mapping[str, Any]]) -> AsyncIterator[bytes]:
    """Events as a byte stream that crosses the dispatch transports: 4-byte length + CBOR, per event."""
    try:
        async for event in events:
            frame = cbor2.dumps(dict(event), timezone=datetime.UTC)
            yield struct.pack(">I", len(frame)) + frame
    finally:
        aclose = getattr(events, "aclose", None)
        if aclose is not None:
            await aclose()  # the source's own cleanup runs now, not when it is garbage-collected


class _Unframer:
    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes | bytearray | memoryview) -> list[Mapping[str, Any]]:
        self._buffer += chunk
        out: list[Mapping[str, Any]] = []
        while len(self._buffer) >= 4:
            (size,) = struct.unpack_from(">I", self._buffer)
            if len(self._buffer) < 4 + size:
                break
            out.append(cbor2.loads(bytes(self._buffer[4 : 4 + size])))
            del self._buffer[: 4 + size]
        return out


def _event(stream_shape: StructureShape, event: Mapping[str, Any], body: BodyEncoder) -> bytes:
    ((name, value),) = event.items()
    member = stream_shape.members[name]
    assert isinstance(member, StructureShape)
    return event_message(member, name, value, body)


def json_body(builder: Any) -> BodyEncoder:
    def encode(shape: StructureShape, value: Mapping[str, Any]) -> tuple[bytes, str]:
        data = json.dumps(builder.structure(shape, value), separators=(",", ":"), ensure_ascii=False)
        return data.encode("utf-8"), "application/json"

    return encode
