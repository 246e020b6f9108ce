"""The ``query`` and ``ec2`` protocols: form-encoded ``Action=...&Version=...`` requests.

Keys are dotted paths (``Attribute.1.Name``); they are split into a tree once, then the input shape
is walked over it. Lists are ``.member.N`` (query) or ``.N`` (ec2 and flattened query lists); maps
are ``.entry.N.key`` / ``.entry.N.value`` (or ``.N.key`` when flattened).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from botocore.model import ListShape, MapShape, OperationModel, Shape, StructureShape

from overcast_common.context import Protocol
from overcast_common.http import HttpRequest

from . import _values
from ._values import DecodeError, malformed
from .query_compat import legacy_names

_FORM = "application/x-www-form-urlencoded"


@dataclass
class _Node:
    value: str | None = None
    children: dict[str, _Node] = field(default_factory=dict)


def parse_query(operation: OperationModel, protocol: Protocol, request: HttpRequest) -> dict[str, Any]:
    pairs = request.query_items()
    content_type = request.headers.get("content-type", "")
    if request.body and (not content_type or content_type.lower().startswith(_FORM)):
        try:
            pairs += parse_qsl(request.body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError as exc:
            raise malformed(protocol, "request body is not valid UTF-8") from exc
    root = _Node()
    for key, value in pairs:
        node = root
        for part in key.split("."):
            node = node.children.setdefault(part, _Node())
        node.value = value
    shape = operation.input_shape
    if shape is None:
        return {}
    walker = _Walker(protocol == "ec2", legacy_names(operation) if protocol == "query" else {})
    try:
        return walker.structure(shape, root)
    except DecodeError as exc:
        raise malformed(protocol, str(exc)) from exc


class _Walker:
    def __init__(self, ec2: bool, legacy: dict[str, str]) -> None:
        self._ec2 = ec2
        self._legacy = legacy

    def _name(self, shape: Shape, default: str) -> str:
        if self._ec2:
            query_name = shape.serialization.get("queryName")
            if query_name:
                return str(query_name)
            name = shape.serialization.get("name")
            return str(name[0].upper() + name[1:]) if name else default
        return _values.member_name(shape, default)

    def value(self, shape: Shape, node: _Node) -> Any:
        kind = shape.type_name
        if kind == "structure":
            assert isinstance(shape, StructureShape)
            return self.structure(shape, node)
        if kind == "list":
            assert isinstance(shape, ListShape)
            return self.list(shape, node)
        if kind == "map":
            assert isinstance(shape, MapShape)
            return self.map(shape, node)
        return _values.scalar_from_text(shape, node.value or "")

    def structure(self, shape: StructureShape, node: _Node) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, member in shape.members.items():
            child = self._member_node(name, member, node)
            if child is None:
                continue
            result[name] = self.value(member, child)
        return result

    def _member_node(self, name: str, member: Shape, node: _Node) -> _Node | None:
        key = self._name(member, name)
        if not self._ec2 and member.type_name == "list" and member.serialization.get("flattened"):
            assert isinstance(member, ListShape)
            key = _values.member_name(member.member, key) if member.member.serialization.get("name") else key
        child = node.children.get(key)
        if child is None and name in self._legacy:
            child = node.children.get(self._legacy[name])
        return child

    def list(self, shape: ListShape, node: _Node) -> list[Any]:
        items = node
        if not self._ec2 and not shape.serialization.get("flattened") and not _indexed(node):
            items = node.children.get(_values.member_name(shape.member, "member"), _Node())
        return [self.value(shape.member, child) for child in _ordered(items)]

    def map(self, shape: MapShape, node: _Node) -> dict[Any, Any]:
        entries = node
        if not shape.serialization.get("flattened") and not _indexed(node):
            entries = node.children.get("entry", _Node())
        key_name = _values.member_name(shape.key, "key")
        value_name = _values.member_name(shape.value, "value")
        result: dict[Any, Any] = {}
        for entry in _ordered(entries):
            key_node = entry.children.get(key_name) or entry.children.get("Name") or entry.children.get("Key")
            if key_node is None:
                raise DecodeError(f"map entry without {key_name}")
            value_node = entry.children.get(value_name) or entry.children.get("Value") or _Node()
            result[self.value(shape.key, key_node)] = self.value(shape.value, value_node)
        return result


def _indexed(node: _Node) -> bool:
    """True when the node's children are list indexes (``Foo.1``); legacy clients flatten lists."""
    return bool(node.children) and all(key.isdigit() for key in node.children)


def _ordered(node: _Node) -> list[_Node]:
    indexed = [(int(key), child) for key, child in node.children.items() if key.isdigit()]
    return [child for _, child in sorted(indexed, key=lambda pair: pair[0])]
