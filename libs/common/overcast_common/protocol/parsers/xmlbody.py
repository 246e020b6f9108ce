"""Decode a rest-xml request body (an ElementTree element) against a botocore shape.

Namespaces are ignored (tags and attributes are matched by local name); ``xmlAttribute`` members
come from attributes; flattened lists and maps repeat the member's element instead of wrapping it.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

from botocore.model import ListShape, MapShape, Shape, StructureShape

from . import _values
from ._values import DecodeError


def parse_xml(body: bytes) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise DecodeError(f"The XML you provided was not well-formed: {exc}") from exc


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag.split(":")[-1]


def decode(shape: Shape, node: ElementTree.Element) -> Any:
    kind = shape.type_name
    if kind == "structure":
        assert isinstance(shape, StructureShape)
        return structure(shape, node)
    if kind == "list":
        assert isinstance(shape, ListShape)
        return [decode(shape.member, child) for child in node]
    if kind == "map":
        assert isinstance(shape, MapShape)
        return _map_entries(shape, list(node))
    return _values.scalar_from_text(shape, node.text or "")


def structure(shape: StructureShape, node: ElementTree.Element, *, body_only: bool = False) -> dict[str, Any]:
    children: dict[str, list[ElementTree.Element]] = {}
    for child in node:
        children.setdefault(local(child.tag), []).append(child)
    attributes = {local(key): value for key, value in node.attrib.items()}
    result: dict[str, Any] = {}
    consumed: set[str] = set()
    for name, member in shape.members.items():
        if body_only and member.serialization.get("location"):
            continue
        xml_name = _values.member_name(member, name)
        # two members may share an element name (S3's deprecated ``Event`` beside ``Events``): the
        # first one in the model owns it
        if xml_name in consumed:
            continue
        consumed.add(xml_name)
        if member.serialization.get("xmlAttribute"):
            if local(xml_name) in attributes:
                result[name] = _values.scalar_from_text(member, attributes[local(xml_name)])
            continue
        found = children.get(xml_name)
        if not found:
            continue
        if member.serialization.get("flattened") and member.type_name == "list":
            assert isinstance(member, ListShape)
            result[name] = [decode(member.member, child) for child in found]
        elif member.serialization.get("flattened") and member.type_name == "map":
            assert isinstance(member, MapShape)
            result[name] = _map_entries(member, found, flattened=True)
        else:
            result[name] = decode(member, found[0])
    return result


def _map_entries(
    shape: MapShape, entries: list[ElementTree.Element], *, flattened: bool = False
) -> dict[Any, Any]:
    key_name = _values.member_name(shape.key, "key")
    value_name = _values.member_name(shape.value, "value")
    result: dict[Any, Any] = {}
    for entry in entries:
        if not flattened and local(entry.tag) != "entry":
            continue
        parts = {local(child.tag): child for child in entry}
        key_node = parts.get(key_name)
        if key_node is None:
            raise DecodeError(f"map entry without <{key_name}>")
        value_node = parts.get(value_name)
        value = decode(shape.value, value_node) if value_node is not None else None
        result[_values.scalar_from_text(shape.key, key_node.text or "")] = value
    return result
