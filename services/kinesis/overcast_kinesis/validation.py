"""Input constraints from botocore's kinesis model, reported as AWS reports them.

The codec only decodes (``overcast_common.protocol.parsers``); lengths, ranges, patterns, enums and
required members are checked here, once per call, and all failures go into one ``ValidationException``
worded like AWS's: ``1 validation error detected: Value 'x' at 'streamName' failed to satisfy
constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StructureShape
from overcast_common.api.kinesis import KinesisApi, ValidationException
from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Handler
from overcast_common.protocol.models import operation_model


def validate(operation: str, params: Mapping[str, Any]) -> None:
    shape = operation_model("kinesis", operation).input_shape
    if shape is None:
        return
    problems: list[str] = []
    _structure(shape, params, "", problems)
    if problems:
        count = len(problems)
        noun = "error" if count == 1 else "errors"
        raise ValidationException(f"{count} validation {noun} detected: " + "; ".join(problems))


def _camel(name: str) -> str:
    return name[:1].lower() + name[1:]


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _structure(shape: StructureShape, value: Mapping[str, Any], prefix: str, out: list[str]) -> None:
    required = shape.required_members
    for name, member in shape.members.items():
        path = f"{prefix}{_camel(name)}"
        item = value.get(name)
        if item is None:
            if name in required:
                out.append(f"Value null at '{path}' failed to satisfy constraint: Member must not be null")
            continue
        _value(member, item, path, out)


def _value(shape: Shape, value: Any, path: str, out: list[str]) -> None:
    kind = shape.type_name
    meta = shape.metadata
    if kind == "structure":
        assert isinstance(shape, StructureShape)
        if isinstance(value, Mapping):
            _structure(shape, value, f"{path}.", out)
        return
    if kind == "string":
        _length(value, len(value), meta, path, out)
        if "pattern" in meta and not _pattern(meta["pattern"]).fullmatch(value):
            out.append(
                f"Value '{value}' at '{path}' failed to satisfy constraint: "
                f"Member must satisfy regular expression pattern: {meta['pattern']}"
            )
        if shape.enum and value not in shape.enum:
            out.append(
                f"Value '{value}' at '{path}' failed to satisfy constraint: "
                f"Member must satisfy enum value set: [{', '.join(shape.enum)}]"
            )
    elif kind == "blob":
        _length("<binary>", len(value), meta, path, out)
    elif kind in ("integer", "long"):
        if "min" in meta and value < meta["min"]:
            out.append(
                f"Value '{value}' at '{path}' failed to satisfy constraint: "
                f"Member must have value greater than or equal to {meta['min']}"
            )
        if "max" in meta and value > meta["max"]:
            out.append(
                f"Value '{value}' at '{path}' failed to satisfy constraint: "
                f"Member must have value less than or equal to {meta['max']}"
            )
    elif kind == "list":
        assert isinstance(shape, ListShape)
        _length(value, len(value), meta, path, out)
        for i, item in enumerate(value, 1):
            if item is not None:
                _value(shape.member, item, f"{path}.{i}.member", out)
    elif kind == "map":
        assert isinstance(shape, MapShape)
        _length(value, len(value), meta, path, out)
        for key, item in value.items():
            _value(shape.key, key, f"{path}.key", out)
            if item is not None:
                _value(shape.value, item, f"{path}.{key}.value", out)


def _length(shown: Any, size: int, meta: Mapping[str, Any], path: str, out: list[str]) -> None:
    if "min" in meta and size < meta["min"]:
        out.append(
            f"Value '{shown}' at '{path}' failed to satisfy constraint: "
            f"Member must have length greater than or equal to {meta['min']}"
        )
    if "max" in meta and size > meta["max"]:
        out.append(
            f"Value '{shown}' at '{path}' failed to satisfy constraint: "
            f"Member must have length less than or equal to {meta['max']}"
        )


class RequiredMembersFirst:
    """The service's dispatch handler: a call missing a required member is answered with the model's
    ``ValidationException`` before it reaches a provider method, whose typed signature cannot take it."""

    def __init__(self, api: Handler) -> None:
        self.api = api

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        operation = context.operation
        if operation in KinesisApi.operations:
            shape = operation_model("kinesis", operation).input_shape
            if shape is not None and any(params.get(m) is None for m in shape.required_members):
                validate(operation, params)
        return await self.api(context, params)
