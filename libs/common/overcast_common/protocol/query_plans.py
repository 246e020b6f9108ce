"""Per-shape facts the query/ec2 codec needs on every call, worked out once per botocore shape.

The parser's plan names, per structure member, the form key it is written under (``locationName``,
EC2's ``queryName``, a flattened list's item name) and whether it is a scalar, so a request's flat
form keys map straight onto members; the serializer's plan holds each member's element tags.
Plans are stored on the shape object itself (as ``shape_plans`` does), so they live as long as the model.
"""

from __future__ import annotations

from typing import NamedTuple

from botocore.model import ListShape, Shape, StructureShape

from .shape_plans import members

_INPUT_PLAN = "_overcast_query_input_plan"
_EC2_INPUT_PLAN = "_overcast_ec2_input_plan"
_SCALARS = frozenset(
    {"string", "integer", "long", "short", "byte", "biginteger", "float", "double", "bigdecimal"}
    | {"boolean", "blob", "timestamp"}
)


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
    return shape.type_name in _SCALARS


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


class OutputMember(NamedTuple):
    name: str
    shape: Shape
    tag: str
    """The element name; empty when the member is not a plain scalar (the XML writer handles it)."""
    string: bool
    """A string scalar: its text is the value itself."""


def output_plan(shape: StructureShape) -> tuple[OutputMember, ...]:
    """The members an XML body writes for ``shape``, in model order (attributes and event members dropped)."""
    plan: tuple[OutputMember, ...] | None = shape.__dict__.get(_OUTPUT_PLAN)
    if plan is None:
        plan = tuple(
            OutputMember(m.name, m.shape, _tag(m.shape, m.name), m.shape.type_name == "string")
            for m in members(shape)
            if not _skipped_in_body(m.shape)
        )
        shape.__dict__[_OUTPUT_PLAN] = plan
    return plan


_OUTPUT_PLAN = "_overcast_query_output_plan"


def _tag(member: Shape, name: str) -> str:
    return str(member.serialization.get("name") or name) if _scalar(member) else ""


def _skipped_in_body(member: Shape) -> bool:
    ser = member.serialization
    if ser.get("xmlAttribute") or ser.get("eventheader") or ser.get("eventpayload"):
        return True
    return member.type_name == "structure" and bool(ser.get("eventstream"))
