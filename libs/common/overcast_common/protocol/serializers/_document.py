"""Shaped values to JSON- or CBOR-ready Python values (json, rest-json, json-cbor, smithy-rpc-v2-cbor).

JSON: blobs base64, timestamps per ``timestampFormat`` (default epoch seconds), non-finite floats spelled
out. CBOR: blobs raw, timestamps as tag 1 epoch seconds; the Java SDK's CBOR form of the JSON protocol
(Kinesis) puts epoch *milliseconds* under tag 1, which is what AWS answers it with.
"""

from __future__ import annotations

import base64
import datetime
import math
from collections.abc import Mapping
from typing import Any, Literal

import cbor2
from botocore.model import ListShape, MapShape, Shape, StructureShape

from ..shape_plans import members
from ._common import (
    EPOCH,
    as_bytes,
    epoch_millis,
    epoch_seconds,
    float_text,
    format_timestamp,
    timestamp_format,
)

Encoding = Literal["json", "cbor", "cbor-millis"]


class DocumentBuilder:
    """Converts a value of a shape into plain dicts/lists/scalars for one body encoding."""

    def __init__(
        self, encoding: Encoding, *, serialized_names: bool = True, skip_located: bool = False
    ) -> None:
        self._encoding = encoding
        # smithy-rpc-v2-cbor keys structures by member name; the JSON protocols honour locationName
        self._serialized_names = serialized_names
        self._skip_located = skip_located

    def structure(self, shape: StructureShape, value: Mapping[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for name, member, wire_name, location, kind in members(shape):
            item = value.get(name)
            if item is None:
                continue
            if self._skip_located and location:
                continue
            # strings go out as they are (``value`` would return them unchanged): skip the call
            body[wire_name if self._serialized_names else name] = (
                item if kind == "string" else self.value(member, item)
            )
        return body

    def value(self, shape: Shape, value: Any) -> Any:
        kind = shape.type_name
        if kind == "string":  # the most common leaf: as it is
            return value
        if kind == "structure":
            assert isinstance(shape, StructureShape)
            if shape.is_document_type:
                return self._document(value)
            return self.structure(shape, value)
        if kind == "list":
            assert isinstance(shape, ListShape)
            return [None if item is None else self.value(shape.member, item) for item in value]
        if kind == "map":
            assert isinstance(shape, MapShape)
            return {
                str(key): (None if item is None else self.value(shape.value, item))
                for key, item in value.items()
            }
        if kind == "blob":
            data = as_bytes(value)
            return data if self._encoding != "json" else base64.b64encode(data).decode("ascii")
        if kind == "timestamp":
            return self._timestamp(shape, value)
        if kind in ("float", "double"):
            number = float(value)
            if self._encoding == "json" and not math.isfinite(number):
                return float_text(number)
            return number
        if kind in ("integer", "long", "short", "byte", "biginteger"):
            return int(value)
        if kind == "boolean":
            return bool(value)
        if kind == "bigdecimal":
            return float(value)
        return value

    def _timestamp(self, shape: Shape, value: Any) -> Any:
        if not isinstance(value, datetime.datetime):
            return value
        if self._encoding == "cbor":
            return cbor2.CBORTag(1, epoch_seconds(value))
        if self._encoding == "cbor-millis":
            return cbor2.CBORTag(1, epoch_millis(value))
        return format_timestamp(value, timestamp_format(shape, EPOCH))

    def _document(self, value: Any) -> Any:
        # documents are plain JSON data already; only binary leaves need a JSON-safe form
        if isinstance(value, Mapping):
            return {str(k): self._document(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self._document(v) for v in value]
        if isinstance(value, bytes) and self._encoding == "json":
            return base64.b64encode(value).decode("ascii")
        return value
