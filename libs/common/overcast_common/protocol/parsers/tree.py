"""Decode a JSON or CBOR document (already loaded into Python values) against a botocore shape.

Shared by ``json``, ``rest-json`` bodies, Kinesis's CBOR form of json and ``smithy-rpc-v2-cbor``.
JSON carries blobs as base64 and timestamps as epoch seconds (or a string when ``timestampFormat``
says so); CBOR carries raw bytes and tag-1 epoch timestamps.
"""

from __future__ import annotations

import datetime
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StructureShape

from ..shape_plans import members
from . import _values
from ._values import DecodeError

# Java SDK / KCL CBOR writes epoch *milliseconds*; no epoch-seconds value AWS accepts is this large.
_MILLIS_THRESHOLD = 100_000_000_000


class TreeDecoder:
    def __init__(self, *, binary: bool, epoch_millis: bool = False) -> None:
        self._binary = binary
        self._epoch_millis = epoch_millis

    def value(self, shape: Shape, raw: Any) -> Any:
        kind = shape.type_name
        if kind == "string" and type(raw) is str:  # the most common leaf: what ``_scalar`` returns for it
            return raw
        if kind == "structure":
            assert isinstance(shape, StructureShape)
            if shape.is_document_type:
                return raw
            return self.structure(shape, raw)
        if kind == "list":
            assert isinstance(shape, ListShape)
            if not isinstance(raw, list):
                raise DecodeError(f"expected a list for {shape.name}")
            return [self.value(shape.member, item) for item in raw if item is not None]
        if kind == "map":
            assert isinstance(shape, MapShape)
            if not isinstance(raw, dict):
                raise DecodeError(f"expected an object for {shape.name}")
            return {
                self.value(shape.key, key): self.value(shape.value, item)
                for key, item in raw.items()
                if item is not None
            }
        return self._scalar(shape, raw)

    def structure(self, shape: StructureShape, raw: Any, *, body_only: bool = False) -> dict[str, Any]:
        """``body_only``: a REST input, whose header/query/uri members are not in the body."""
        if not isinstance(raw, dict):
            raise DecodeError(f"expected an object for {shape.name}")
        result: dict[str, Any] = {}
        for name, member, wire_name, location, kind in members(shape):
            if body_only and location:
                continue
            item = raw.get(wire_name)
            if item is None:
                continue
            # a string member holding a string is what ``value`` returns unchanged: skip the call
            result[name] = item if kind == "string" and type(item) is str else self.value(member, item)
        return result

    def _scalar(self, shape: Shape, raw: Any) -> Any:
        kind = shape.type_name
        if kind == "string":
            if shape.serialization.get("jsonvalue") and not isinstance(raw, str):
                return raw
            if not isinstance(raw, str):
                raise DecodeError(f"expected a string for {shape.name}")
            return raw
        if kind in _values.INTEGER_TYPES:
            if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not float(raw).is_integer():
                raise DecodeError(f"expected an integer for {shape.name}")
            return int(raw)
        if kind in _values.FLOAT_TYPES:
            if isinstance(raw, str):
                return _values.parse_float_text(raw)
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise DecodeError(f"expected a number for {shape.name}")
            return float(raw)
        if kind == "boolean":
            if not isinstance(raw, bool):
                raise DecodeError(f"expected a boolean for {shape.name}")
            return raw
        if kind == "blob":
            if isinstance(raw, (bytes, bytearray)):
                return bytes(raw)
            if isinstance(raw, str):
                return _values.decode_base64(raw)
            raise DecodeError(f"expected a blob for {shape.name}")
        if kind == "timestamp":
            return self._timestamp(raw)
        raise DecodeError(f"unsupported shape type {kind} ({shape.name})")

    def _timestamp(self, raw: Any) -> datetime.datetime:
        if (
            self._epoch_millis
            and isinstance(raw, (int, float))
            and not isinstance(raw, bool)
            and abs(raw) >= _MILLIS_THRESHOLD
        ):
            raw = raw / 1000
        return _values.parse_timestamp(raw)
