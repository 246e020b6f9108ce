"""Representative values for any botocore shape, in the VALUE FORM.

``generate(shape)`` builds a deterministic value that exercises every member of a shape: nested
structures, two-item lists, two-entry maps, blobs, whole-second UTC timestamps (they round-trip in
iso8601, rfc822 and epoch seconds alike), enums, length bounds, unions (exactly one member) and
documents. Both halves of the codec proof use it: request inputs and response outputs.

Values stay inside what every wire can carry: header and host-label strings are plain ASCII
tokens, floats are exactly representable in float32 (CBOR ``float``), ints honour ``min``/``max``.
Event-stream members are omitted (see ``EVENT_STREAM_REASON``).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StructureShape

EVENT_STREAM_REASON = "event-stream members are not generated (they are not a request/response value)"
SPECIAL = " é/&=+%<"
MAX_DEPTH = 7
WIDE_DEPTH = 4
TIMESTAMP = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
DOCUMENT: dict[str, Any] = {
    "name": "doc",
    "count": 2,
    "enabled": True,
    "tags": ["a", "b"],
    "nested": {"k": "v"},
}


def generate(shape: Shape, *, seed: str = "") -> Any:
    """A deterministic representative value of ``shape`` (for a structure: every member set)."""
    return _Generator(seed).value(shape, "", (), 0)


def is_event_stream(shape: Shape) -> bool:
    return bool(shape.type_name == "structure" and shape.serialization.get("eventstream"))


def _pick(seed: str, salt: str, count: int) -> int:
    digest = hashlib.sha256(f"{seed}/{salt}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % count


class _Generator:
    def __init__(self, seed: str) -> None:
        self._seed = seed
        self._counter = 0
        self._plain = 0

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    def value(self, shape: Shape, hint: str, stack: tuple[str, ...], depth: int) -> Any:
        kind = shape.type_name
        if kind == "structure":
            assert isinstance(shape, StructureShape)
            return self._structure(shape, stack, depth)
        if kind == "list":
            assert isinstance(shape, ListShape)
            return [
                self.value(shape.member, hint, stack, depth + 1) for _ in range(self._count(shape, depth))
            ]
        if kind == "map":
            assert isinstance(shape, MapShape)
            return self._map(shape, hint, stack, depth)
        if kind == "string":
            return self._string(shape, hint)
        if kind in ("integer", "long", "short", "byte"):
            return self._integer(shape)
        if kind in ("float", "double"):
            return self._float(shape)
        if kind == "boolean":
            return True
        if kind == "blob":
            return b"blob\x00\xff-" + str(self._next()).encode()
        if kind == "timestamp":
            return TIMESTAMP + datetime.timedelta(seconds=self._next())
        if kind == "bigdecimal":
            return 1.5
        if kind == "biginteger":
            return 12
        raise ValueError(f"unknown shape type {kind!r} ({shape.name})")

    def _structure(self, shape: StructureShape, stack: tuple[str, ...], depth: int) -> Any:
        if shape.is_document_type:
            return dict(DOCUMENT)
        result: dict[str, Any] = {}
        required = set(shape.required_members)
        recursive = shape.name in stack or depth >= MAX_DEPTH
        inner = (*stack, shape.name)
        members = list(shape.members.items())
        if shape.is_tagged_union and members:
            members = [members[_pick(self._seed, shape.name, len(members))]]
            # a union member that recurses into itself would never end; prefer one that does not
            if recursive:
                safe = [
                    (name, member)
                    for name, member in shape.members.items()
                    if member.type_name not in ("list", "map") and member.name not in inner
                ]
                members = safe[:1] or members
        wire_names: set[str] = set()
        for name, member in members:
            if is_event_stream(member):
                continue
            # members sharing a wire name (S3's deprecated ``Event`` beside ``Events``) cannot both
            # be sent; keep the first
            wire = member.serialization.get("name", name)
            if wire in wire_names and not member.serialization.get("location"):
                continue
            wire_names.add(wire)
            if recursive and name not in required and not shape.is_tagged_union:
                continue
            # below a recursion point only required members, and lists/maps at their minimum size
            result[name] = self._member(
                member, name, inner, max(depth + 1, MAX_DEPTH) if recursive else depth + 1
            )
        return result

    def _member(self, member: Shape, name: str, stack: tuple[str, ...], depth: int) -> Any:
        if member.serialization.get("location") in ("header", "headers") or member.serialization.get(
            "hostLabel"
        ):
            # HTTP header values and host names carry plain ASCII tokens only
            self._plain += 1
            try:
                return self._member_value(member, name, stack, depth)
            finally:
                self._plain -= 1
        return self._member_value(member, name, stack, depth)

    def _member_value(self, member: Shape, name: str, stack: tuple[str, ...], depth: int) -> Any:
        if member.type_name == "string" and member.serialization.get("jsonvalue"):
            # a jsonvalue header carries any JSON value; in a body it is a JSON string
            document = {"member": name, "values": [1, 2]}
            return document if member.serialization.get("location") else json.dumps(document)
        return self.value(member, name, stack, depth)

    @staticmethod
    def _count(shape: Shape, depth: int) -> int:
        """Two items near the top exercise list/map encoding; one deeper keeps values small; past
        the depth limit only the model's minimum (which ends recursion)."""
        low = int(shape.metadata.get("min", 0) or 0)
        high = int(shape.metadata.get("max", 0) or 0)
        if depth > MAX_DEPTH + 20:
            return 0
        count = low if depth >= MAX_DEPTH else max(low, 2 if depth <= WIDE_DEPTH else 1)
        return min(count, high) if high else count

    def _map(self, shape: MapShape, hint: str, stack: tuple[str, ...], depth: int) -> dict[Any, Any]:
        key_shape = shape.key
        count = self._count(shape, depth)
        enum = list(key_shape.enum) if key_shape.type_name == "string" else []
        if enum:
            keys: list[Any] = enum[:count]
        elif key_shape.type_name == "string":
            keys = [self._string(key_shape, "key") for _ in range(count)]
        else:
            keys = [self.value(key_shape, "key", stack, depth + 1) for _ in range(count)]
        return {key: self.value(shape.value, hint, stack, depth + 1) for key in keys}

    def _string(self, shape: Shape, hint: str) -> str:
        enum = list(shape.enum)
        if enum:
            return str(enum[_pick(self._seed, f"{shape.name}/{self._next()}", len(enum))])
        base = f"{(hint or shape.name or 'v')[:12].lower()}{self._next()}"
        if not self._plain:
            # characters every wire must escape: URI labels, query strings, XML and JSON text
            base += SPECIAL
        low = int(shape.metadata.get("min", 0) or 0)
        high = int(shape.metadata.get("max", 0) or 0)
        if len(base) < low:
            base = base + "x" * (low - len(base))
        if high and len(base) > high:
            base = base[-high:] if high > 1 else base[-1]
        return base

    def _integer(self, shape: Shape) -> int:
        low = shape.metadata.get("min")
        high = shape.metadata.get("max")
        value = 7 + self._next() % 5
        if low is not None and value < low:
            value = int(low)
        if high is not None and value > high:
            value = int(high)
        return value

    def _float(self, shape: Shape) -> float:
        low = shape.metadata.get("min")
        high = shape.metadata.get("max")
        value = 2.5
        if low is not None and value < low:
            value = float(low)
        if high is not None and value > high:
            value = float(high)
        return value
