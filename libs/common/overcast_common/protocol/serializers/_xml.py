"""Shape-driven XML writing shared by the query, ec2 and rest-xml serializers.

Element names follow botocore's XML rules: a member's ``locationName`` (else its name); lists wrap their
items in ``member`` (``item`` for EC2) unless ``flattened``; maps write ``entry/key/value`` unless
``flattened``; ``xmlAttribute`` members become attributes; ``xmlNamespace`` traits become ``xmlns``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StructureShape

from ._common import ISO8601, scalar_text
from ._xml_text import XML_DECLARATION, escape_attr, escape_text, write_members

__all__ = ["XML_DECLARATION", "XmlWriter", "escape_attr", "escape_text", "namespace_attr"]


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
        write_members(self, out, shape, value, self._skip_located)

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


def _open(tag: str, attrs: list[tuple[str, str]], *, empty: bool = False) -> str:
    rendered = "".join(f' {name}="{escape_attr(val)}"' for name, val in attrs)
    return f"<{tag}{rendered}{' /' if empty else ''}>"
