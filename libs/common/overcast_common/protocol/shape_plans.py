"""Per-structure facts the codec needs on every call, worked out once per botocore shape object.

botocore builds a structure's member shapes once (``members`` is a cached property) but each
``serialization`` lookup and name choice is repeated per value; the plan keeps them in one tuple,
stored on the shape itself so it lives exactly as long as the model does.
"""

from __future__ import annotations

from typing import NamedTuple

from botocore.model import Shape, StructureShape

_PLAN = "_overcast_member_plan"
SCALAR_TYPES = frozenset(
    {"string", "integer", "long", "short", "byte", "biginteger", "float", "double", "bigdecimal"}
    | {"boolean", "blob", "timestamp"}
)
"""Shape types whose value is one text on the wire."""


class Member(NamedTuple):
    name: str
    """The member name (the VALUE FORM key)."""
    shape: Shape
    wire_name: str
    """``locationName`` when the model gives one, else the member name."""
    location: str | None
    """``header``, ``uri``, ``querystring``, ``headers``, ``statusCode``; None for body members."""
    kind: str
    """The member shape's ``type_name`` (the decoders pass strings through without a call)."""


def members(shape: StructureShape) -> tuple[Member, ...]:
    plan: tuple[Member, ...] | None = shape.__dict__.get(_PLAN)
    if plan is None:
        plan = tuple(
            Member(
                name,
                member,
                _wire_name(member, name),
                member.serialization.get("location") or None,
                member.type_name,
            )
            for name, member in shape.members.items()
        )
        shape.__dict__[_PLAN] = plan
    return plan


def _wire_name(shape: Shape, default: str) -> str:
    name = shape.serialization.get("name")
    return name if isinstance(name, str) else default
