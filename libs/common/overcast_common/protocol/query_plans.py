"""Per-shape facts the query/ec2 parser needs on every call, worked out once per botocore shape.

The plan names, per structure member, the form key it is written under (``locationName``, EC2's
``queryName``, a flattened list's item name) and whether it is a scalar, so a request's flat form keys
map straight onto members (the XML writer keeps its own per-shape plan: ``serializers._xml``).
Plans are stored on the shape object itself (as ``shape_plans`` does), so they live as long as the model.
"""

from __future__ import annotations

from typing import NamedTuple

from botocore.model import ListShape, Shape, StructureShape

from .shape_plans import SCALAR_TYPES, members

_INPUT_PLAN = "_overcast_query_input_plan"
_EC2_INPUT_PLAN = "_overcast_ec2_input_plan"


class InputMember(NamedTuple):
    name: str
    shape: Shape
    key: str
    """The form key segment the member is written under."""
    scalar: bool
    kind: str


def input_plan(shape: StructureShape, ec2: bool) -> tuple[InputMember, ...]:
    attr = _EC2_INPUT_PLAN if ec2 else _INPUT_PLAN
    plan: tuple[InputMember, ...] | None = shape.__dict__.get(attr)
    if plan is None:
        plan = tuple(
            InputMember(
                m.name, m.shape, _key(m.shape, m.name, m.wire_name, ec2), _scalar(m.shape), m.shape.type_name
            )
            for m in members(shape)
        )
        shape.__dict__[attr] = plan
    return plan


def _scalar(shape: Shape) -> bool:
    return shape.type_name in SCALAR_TYPES


def _key(member: Shape, name: str, wire_name: str, ec2: bool) -> str:
    if ec2:
        query_name = member.serialization.get("queryName")
        if query_name:
            return str(query_name)
        located = member.serialization.get("name")
        return str(located[0].upper() + located[1:]) if located else name
    key = wire_name
    if member.type_name == "list" and member.serialization.get("flattened"):
        assert isinstance(member, ListShape)
        item_name = member.member.serialization.get("name")
        if isinstance(item_name, str) and item_name:
            key = item_name
    return key
