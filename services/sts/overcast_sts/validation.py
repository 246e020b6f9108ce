"""STS input constraints from botocore's model (lengths, ranges, patterns, enums), reported as AWS does:
one ``ValidationError`` listing every failure, e.g. ``1 validation error detected: Value 'x' at
'serialNumber' failed to satisfy constraint: Member must have length greater than or equal to 9``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from botocore.model import Shape
from overcast_common.errors import ValidationError
from overcast_common.protocol.models import operation_model


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def validate(operation: str, params: Mapping[str, Any]) -> None:
    """Raise ``ValidationError`` if a top-level member breaks its model constraint (STS inputs are flat)."""
    shape = operation_model("sts", operation).input_shape
    if shape is None:
        return
    problems: list[str] = []
    for name, member in shape.members.items():
        value = params.get(name)
        path = name[:1].lower() + name[1:]
        if value is None:
            if name in shape.required_members:
                problems.append(
                    f"Value null at '{path}' failed to satisfy constraint: Member must not be null"
                )
            continue
        problems += _problems(member, value, path)
    if problems:
        noun = "error" if len(problems) == 1 else "errors"
        raise ValidationError(f"{len(problems)} validation {noun} detected: " + "; ".join(problems))


def _problems(shape: Shape, value: Any, path: str) -> list[str]:
    meta = shape.metadata
    out: list[str] = []
    prefix = f"Value '{value}' at '{path}' failed to satisfy constraint: Member must"
    if isinstance(value, str):
        if "min" in meta and len(value) < meta["min"]:
            out.append(f"{prefix} have length greater than or equal to {meta['min']}")
        if "max" in meta and len(value) > meta["max"]:
            out.append(f"{prefix} have length less than or equal to {meta['max']}")
        if "pattern" in meta and not _pattern(meta["pattern"]).fullmatch(value):
            out.append(f"{prefix} satisfy regular expression pattern: {meta['pattern']}")
        if shape.enum and value not in shape.enum:
            out.append(f"{prefix} satisfy enum value set: [{', '.join(shape.enum)}]")
    elif isinstance(value, int) and not isinstance(value, bool):
        if "min" in meta and value < meta["min"]:
            out.append(f"{prefix} have value greater than or equal to {meta['min']}")
        if "max" in meta and value > meta["max"]:
            out.append(f"{prefix} have value less than or equal to {meta['max']}")
    return out
