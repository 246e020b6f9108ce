"""Shape-driven XML writing shared by the query, ec2 and rest-xml serializers.

Element names follow botocore's XML rules: a member's ``locationName`` (else its name); lists wrap their
items in ``member`` (``item`` for EC2) unless ``flattened``; maps write ``entry/key/value`` unless
``flattened``; ``xmlAttribute`` members become attributes; ``xmlNamespace`` traits become ``xmlns``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from botocore.model import ListShape, MapShape, Shape, StructureShape

from ..shape_plans import SCALAR_TYPES
from ._common import ISO8601, scalar_text

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def escape_text(text: str) -> str:
    # \r would be normalised to \n by every XML parser, so it travels as a character reference.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attr(text: str) -> str:
    return escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def namespace_attr(namespace: Any) -> tuple[str, str] | None:
    """``xmlns``/``xmlns:prefix`` for an ``xmlNamespace`` trait (a URI string or ``{prefix, uri}``)."""
    if isinstance(namespace, str):
        return ("xmlns", namespace)
    if isinstance(namespace, Mapping) and namespace.get("uri"):
        prefix = namespace.get("prefix")
        return (f"xmlns:{prefix}" if prefix else "xmlns", str(namespace["uri"]))
    return None


class XmlWriter:
    """Appends XML text for shaped values to ``out``."""

    def __init__(self, *, list_item: str = "member", skip_located: bool = False) -> None:
        self._list_item = list_item
        # rest-xml: members bound to headers/status are not written into the body
        self._skip_located = skip_located

    # --- public ---------------------------------------------------------------------------------

    def element(
        self, out: list[str], tag: str, shape: Shape, value: Any, attrs: list[tuple[str, str]] | None = None
    ) -> None:
        """``<tag ...>value</tag>`` for a value of any shape."""
        attrs = list(attrs or [])
        kind = shape.type_name
        if kind == "structure":
            assert isinstance(shape, StructureShape)
            ns = namespace_attr(shape.serialization.get("xmlNamespace"))
            if ns and ns[0] not in {a for a, _ in attrs}:
                attrs.append(ns)
            attrs.extend(self._attributes(shape, value, {a for a, _ in attrs}))
            out.append(_open(tag, attrs))
            self.members(out, shape, value)
        elif kind == "list":
            assert isinstance(shape, ListShape)
            out.append(_open(tag, attrs))
            item_tag = shape.member.serialization.get("name") or self._list_item
            for item in value:
                self.element(out, item_tag, shape.member, item)
        elif kind == "map":
            assert isinstance(shape, MapShape)
            out.append(_open(tag, attrs))
            for key, item in value.items():
                out.append("<entry>")
                self._map_pair(out, shape, key, item)
                out.append("</entry>")
        else:
            text = escape_text(scalar_text(shape, value, ISO8601))
            if not text:
                out.append(_open(tag, attrs, empty=True))
                return
            out.append(_open(tag, attrs))
            out.append(text)
        out.append(f"</{tag}>")

    def members(self, out: list[str], shape: StructureShape, value: Mapping[str, Any]) -> None:
        """The child elements of a structure (attributes excluded); plain scalars straight from the plan."""
        for member in _body_plan(shape):
            item = value.get(member.name)
            if item is None or (member.located and self._skip_located):
                continue
            tag = member.tag
            if not tag:
                self.member(out, member.name, member.shape, item)
                continue
            text = escape_text(
                item if member.string and type(item) is str else scalar_text(member.shape, item, ISO8601)
            )
            out.append(f"<{tag}>{text}</{tag}>" if text else f"<{tag} />")

    def member(self, out: list[str], name: str, member: Shape, value: Any) -> None:
        ser = member.serialization
        if member.type_name == "list" and ser.get("flattened"):
            assert isinstance(member, ListShape)
            tag = member.member.serialization.get("name") or ser.get("name") or name
            for item in value:
                self.element(out, tag, member.member, item)
        elif member.type_name == "map" and ser.get("flattened"):
            assert isinstance(member, MapShape)
            tag = ser.get("name") or name
            for key, item in value.items():
                out.append(f"<{tag}>")
                self._map_pair(out, member, key, item)
                out.append(f"</{tag}>")
        else:
            self.element(out, ser.get("name") or name, member, value)

    # --- internals ------------------------------------------------------------------------------

    def _map_pair(self, out: list[str], shape: MapShape, key: Any, item: Any) -> None:
        self.element(out, shape.key.serialization.get("name") or "key", shape.key, key)
        self.element(out, shape.value.serialization.get("name") or "value", shape.value, item)

    def _attributes(
        self, shape: StructureShape, value: Mapping[str, Any], declared_already: set[str]
    ) -> list[tuple[str, str]]:
        attrs: list[tuple[str, str]] = []
        for name, member in shape.members.items():
            if not member.serialization.get("xmlAttribute") or value.get(name) is None:
                continue
            attr_name = member.serialization.get("name") or name
            prefix = attr_name.split(":", 1)[0] if ":" in attr_name else None
            if prefix and prefix != "xml":
                ns = namespace_attr(
                    member.serialization.get("xmlNamespace") or shape.serialization.get("xmlNamespace")
                )
                declared = f"xmlns:{prefix}"
                if not (ns and ns[0] == declared):
                    ns = (declared, _KNOWN_PREFIXES.get(prefix, f"urn:overcast:{prefix}"))
                if declared not in declared_already:
                    declared_already.add(declared)
                    attrs.append(ns)
            attrs.append((attr_name, scalar_text(member, value[name], ISO8601)))
        return attrs


_KNOWN_PREFIXES = {"xsi": "http://www.w3.org/2001/XMLSchema-instance"}


class _BodyMember(NamedTuple):
    name: str
    shape: Shape
    tag: str
    """The element name of a plain scalar; empty for anything ``member`` writes."""
    string: bool
    """A string scalar: its text is the value itself."""
    located: bool
    """Bound to a header, the URI or the status (rest-xml leaves it out of the body)."""


_BODY_PLAN = "_overcast_xml_body_plan"


def _body_plan(shape: StructureShape) -> tuple[_BodyMember, ...]:
    """The members a body may write for ``shape``, in model order (attributes and event members
    dropped), worked out once and stored on the shape (as ``shape_plans`` does)."""
    plan: tuple[_BodyMember, ...] | None = shape.__dict__.get(_BODY_PLAN)
    if plan is None:
        plan = tuple(
            _BodyMember(
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


def _open(tag: str, attrs: list[tuple[str, str]], *, empty: bool = False) -> str:
    rendered = "".join(f' {name}="{escape_attr(val)}"' for name, val in attrs)
    return f"<{tag}{rendered}{' /' if empty else ''}>"
