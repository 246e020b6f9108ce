"""Input constraints from botocore's firehose model, reported the way AWS's JSON services do::

    1 validation error detected: Value 'a b' at 'deliveryStreamName' failed to satisfy constraint:
    Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+

The codec only decodes; required members, lengths, ranges, patterns and enums are checked here, for
every member of every operation (paths are lowerCamelCase, list items ``records.1.member.data``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StructureShape
from overcast_common.protocol.models import service_model

from overcast_firehose.errors import ValidationException

MAX_REPORTED = 10

# Java's Unicode classes in the model's tag patterns, as Python's re spells them (close enough:
# \w adds the underscore the pattern allows anyway)
_JAVA_CLASSES = {r"\p{L}": r"\w", r"\p{Z}": r"\s", r"\p{N}": r"\d"}


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    for java, python in _JAVA_CLASSES.items():
        pattern = pattern.replace(java, python)
    return re.compile(pattern, re.DOTALL)


def _camel(name: str) -> str:
    return name[:1].lower() + name[1:]


def _show(value: Any, shape: Shape) -> str:
    if isinstance(value, bytes | bytearray):
        n = len(value)
        return f"java.nio.HeapByteBuffer[pos=0 lim={n} cap={n}]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_show(v, getattr(shape, "member", shape)) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={v}" for k, v in value.items()) + "}"
    return str(value)


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, value: Any, shape: Shape, path: str, constraint: str) -> None:
        if shape.serialization.get("sensitive") or shape.metadata.get("sensitive"):
            self.problems.append(f"Value at '{path}' failed to satisfy constraint: {constraint}")
        else:
            self.problems.append(
                f"Value '{_show(value, shape)}' at '{path}' failed to satisfy constraint: {constraint}"
            )

    def check(self, value: Any, shape: Shape, path: str) -> None:
        meta = shape.metadata
        if isinstance(shape, StructureShape):
            if not isinstance(value, Mapping):
                return
            for name in shape.required_members:
                if value.get(name) is None:
                    self.problems.append(
                        f"Value null at '{_join(path, name)}' failed to satisfy constraint: Member must not be null"
                    )
            for name, member in shape.members.items():
                if name in value and value[name] is not None:
                    self.check(value[name], member, _join(path, name))
            return
        if isinstance(shape, ListShape):
            if not isinstance(value, list):
                return
            self._length(value, shape, path, len(value))
            for i, item in enumerate(value, start=1):
                self.check(item, shape.member, f"{path}.{i}.member")
            return
        if isinstance(shape, MapShape):
            if isinstance(value, Mapping):
                self._length(value, shape, path, len(value))
            return
        kind = shape.type_name
        if kind == "string" and isinstance(value, str):
            if "enum" in meta and value not in meta["enum"]:
                self.fail(
                    value, shape, path, f"Member must satisfy enum value set: [{', '.join(meta['enum'])}]"
                )
                return
            self._length(value, shape, path, len(value))
            if "pattern" in meta and not _pattern(meta["pattern"]).fullmatch(value):
                self.fail(
                    value, shape, path, f"Member must satisfy regular expression pattern: {meta['pattern']}"
                )
        elif kind == "blob" and isinstance(value, bytes | bytearray):
            self._length(value, shape, path, len(value))
        elif kind in ("integer", "long") and isinstance(value, int) and not isinstance(value, bool):
            if "min" in meta and value < meta["min"]:
                self.fail(
                    value, shape, path, f"Member must have value greater than or equal to {meta['min']}"
                )
            elif "max" in meta and value > meta["max"]:
                self.fail(value, shape, path, f"Member must have value less than or equal to {meta['max']}")

    def _length(self, value: Any, shape: Shape, path: str, size: int) -> None:
        meta = shape.metadata
        if "min" in meta and size < meta["min"]:
            self.fail(value, shape, path, f"Member must have length greater than or equal to {meta['min']}")
        elif "max" in meta and size > meta["max"]:
            self.fail(value, shape, path, f"Member must have length less than or equal to {meta['max']}")


def _join(path: str, member: str) -> str:
    return f"{path}.{_camel(member)}" if path else _camel(member)


@functools.cache
def _input_shape(operation: str) -> StructureShape | None:
    shape = service_model("firehose").operation_model(operation).input_shape
    return shape if isinstance(shape, StructureShape) else None


def problems(operation: str, params: Mapping[str, Any]) -> list[str]:
    shape = _input_shape(operation)
    checker = _Checker()
    if shape is not None:
        checker.check(params, shape, "")
    return checker.problems


def validate(operation: str, params: Mapping[str, Any]) -> None:
    """Raise AWS's ``ValidationException`` when ``params`` break the model's constraints."""
    found = problems(operation, params)
    if not found:
        return
    count = len(found)
    noun = "error" if count == 1 else "errors"
    raise ValidationException(f"{count} validation {noun} detected: " + "; ".join(found[:MAX_REPORTED]))
