"""The VALUE FORM as protobuf ``Value`` messages, losslessly, with bodies replaced by stream ids.

Each Python type maps to exactly one ``Value`` kind, so decoding gives back the same type: ``bytes`` (also
from ``bytearray``/``memoryview``) vs ``str``, ``bool`` vs ``int``, ``int`` of any size (``big_int_value``
beyond int64), ``float`` bit for bit (``-0.0``, ``nan``, ``inf``), ``Decimal`` by its string, ``datetime``
to the microsecond with its UTC offset (or naivety), ``None``, lists (tuples become lists), and dicts with
string keys in their order. An absent member is simply a missing key. A ``BodyStream`` (any async
iterator) is handed to ``export_stream``, which returns the id it will be sent under; the receiver's
``import_stream`` turns that id back into a ``BodyStream``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from overcast_common._generated.overcast.dispatch.v1 import dispatch_pb2 as pb
from overcast_common.http import BodyStream

ExportStream = Callable[[BodyStream], int]
ImportStream = Callable[[int], BodyStream]

_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _no_streams_out(stream: BodyStream) -> int:
    raise TypeError("a BodyStream cannot be sent here (only in params and results)")


def _no_streams_in(stream_id: int) -> BodyStream:
    raise ValueError("unexpected stream reference")


def encode_map(values: Mapping[str, Any], out: pb.Map, export_stream: ExportStream = _no_streams_out) -> None:
    entries = out.entries
    for key, value in values.items():
        if not isinstance(key, str):
            raise TypeError(f"map keys must be str, not {type(key).__name__}")
        entry = entries.add()
        entry.key = key
        encode_value(value, entry.value, export_stream)


def encode_value(value: Any, out: pb.Value, export_stream: ExportStream = _no_streams_out) -> None:
    # most frequent kinds first; bool before int (bool is an int)
    if isinstance(value, str):
        out.string_value = value
    elif isinstance(value, dict):
        out.map_value.SetInParent()  # an empty map is still a map, not an unset value
        encode_map(value, out.map_value, export_stream)
    elif isinstance(value, bool):
        out.bool_value = value
    elif isinstance(value, int):
        if _INT64_MIN <= value <= _INT64_MAX:
            out.int_value = value
        else:
            out.big_int_value = str(int(value))
    elif isinstance(value, list | tuple):
        items = out.list_value.items
        out.list_value.SetInParent()
        for item in value:
            encode_value(item, items.add(), export_stream)
    elif isinstance(value, bytes | bytearray | memoryview):
        out.bytes_value = bytes(value)
    elif isinstance(value, datetime):
        _encode_timestamp(value, out.timestamp_value)
    elif isinstance(value, float):
        out.double_value = value
    elif value is None:
        out.null_value.SetInParent()
    elif isinstance(value, Decimal):
        out.decimal_value = str(value)
    elif isinstance(value, Mapping):
        out.map_value.SetInParent()
        encode_map(value, out.map_value, export_stream)
    elif isinstance(value, AsyncIterator):
        out.stream_id = export_stream(value)
    else:
        raise TypeError(f"cannot dispatch a value of type {type(value).__name__}")


def _encode_timestamp(value: datetime, out: pb.Timestamp) -> None:
    offset = value.utcoffset()
    if offset is None:
        out.naive = True
        value = value.replace(tzinfo=UTC)
    else:
        out.utc_offset_seconds = int(offset.total_seconds())
    delta = value - _EPOCH
    out.seconds = delta.days * 86400 + delta.seconds
    out.nanos = delta.microseconds * 1000


def decode_map(message: pb.Map, import_stream: ImportStream = _no_streams_in) -> dict[str, Any]:
    return {entry.key: decode_value(entry.value, import_stream) for entry in message.entries}


def decode_value(message: pb.Value, import_stream: ImportStream = _no_streams_in) -> Any:
    kind = message.WhichOneof("kind")
    if kind == "string_value":
        return message.string_value
    if kind == "map_value":
        return decode_map(message.map_value, import_stream)
    if kind == "int_value":
        return message.int_value
    if kind == "bool_value":
        return message.bool_value
    if kind == "list_value":
        return [decode_value(item, import_stream) for item in message.list_value.items]
    if kind == "bytes_value":
        return message.bytes_value
    if kind == "timestamp_value":
        return _decode_timestamp(message.timestamp_value)
    if kind == "double_value":
        return message.double_value
    if kind == "null_value":
        return None
    if kind == "decimal_value":
        return Decimal(message.decimal_value)
    if kind == "big_int_value":
        return int(message.big_int_value)
    if kind == "stream_id":
        return import_stream(message.stream_id)
    raise ValueError(f"Value without a kind ({kind!r})")


def _decode_timestamp(message: pb.Timestamp) -> datetime:
    instant = _EPOCH + timedelta(seconds=message.seconds, microseconds=message.nanos // 1000)
    if message.naive:
        return instant.replace(tzinfo=None)
    if message.utc_offset_seconds == 0:
        return instant
    return instant.astimezone(timezone(timedelta(seconds=message.utc_offset_seconds)))
