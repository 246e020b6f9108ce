"""The XML writer's per-call pieces that compile (``compiled.MODULES``): escaping and the structure
member loop. ``_xml.XmlWriter`` stays interpreted (a test subclasses it, which a compiled class
refuses) and calls in here; the query serializer calls ``write_members`` directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol

from botocore.model import Shape, StructureShape

from ..shape_plans import SCALAR_TYPES
from ._common import ISO8601, scalar_text

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def escape_text(text: str) -> str:
    # \r would be normalised to \n by every XML parser, so it travels as a character reference.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attr(text: str) -> str:
    return escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


class MemberWriter(Protocol):
    def member(self, out: list[str], name: str, member: Shape, value: Any) -> None: ...


class BodyMember(NamedTuple):
    name: str
    shape: Shape
    tag: str
    """The element name of a plain scalar; empty for anything ``member`` writes."""
    string: bool
    """A string scalar: its text is the value itself."""
    located: bool
    """Bound to a header, the URI or the status (rest-xml leaves it out of the body)."""


_BODY_PLAN = "_overcast_xml_body_plan"


def body_plan(shape: StructureShape) -> tuple[BodyMember, ...]:
    """The members a body may write for ``shape``, in model order (attributes and event members
    dropped), worked out once and stored on the shape (as ``shape_plans`` does)."""
    plan: tuple[BodyMember, ...] | None = shape.__dict__.get(_BODY_PLAN)
    if plan is None:
        plan = tuple(
            BodyMember(
                name,
                member,
                str(member.serialization.get("name") or name) if member.type_name in SCALAR_TYPES else "",
                member.type_name == "string",
                bool(member.serialization.get("location")),
            )
            for name, member in shape.members.items()
            if not _written_elsewhere(member)
        )
        shape.__dict__[_BODY_PLAN] = plan
    return plan


def _written_elsewhere(member: Shape) -> bool:
    ser = member.serialization
    if ser.get("xmlAttribute") or ser.get("eventheader") or ser.get("eventpayload"):
        return True
    return member.type_name == "structure" and bool(ser.get("eventstream"))


def write_members(
    writer: MemberWriter, out: list[str], shape: StructureShape, value: Mapping[str, Any], skip_located: bool
) -> None:
    """The child elements of a structure (attributes excluded); plain scalars straight from the plan,
    anything else through ``writer.member``."""
    for member in body_plan(shape):
        item = value.get(member.name)
        if item is None or (member.located and skip_located):
            continue
        tag = member.tag
        if not tag:
            writer.member(out, member.name, member.shape, item)
            continue
        text = escape_text(
            item if member.string and type(item) is str else scalar_text(member.shape, item, ISO8601)
        )
        out.append(f"<{tag}>{text}</{tag}>" if text else f"<{tag} />")
