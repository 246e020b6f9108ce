"""The ``query`` and ``ec2`` protocols: form-encoded ``Action=...&Version=...`` requests.

Keys are dotted paths (``Attribute.1.Name``). The form is read once into its top-level keys: a scalar
member is one dict lookup by the key its plan names (``query_plans``); only a list, map or structure
member whose prefix occurs has its keys split into a tree, which is then walked. Lists are
``.member.N`` (query) or ``.N`` (ec2 and flattened query lists); maps are ``.entry.N.key`` /
``.entry.N.value`` (or ``.N.key`` when flattened).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from botocore.model import ListShape, MapShape, OperationModel, Shape, StructureShape

from overcast_common.context import Protocol
from overcast_common.http import HttpRequest

from ..query_plans import input_plan
from . import _values
from ._values import DecodeError, malformed
from .query_compat import legacy_names

_FORM = "application/x-www-form-urlencoded"
_NO_NAMES: Mapping[str, str] = {}
_NO_ENTRIES: tuple[tuple[str, str], ...] = ()


class _Node:
    __slots__ = ("children", "value")

    def __init__(self, value: str | None = None) -> None:
        self.value = value
        self.children: dict[str, _Node] = {}


def form_pairs(text: str) -> list[tuple[str, str]]:
    """``parse_qsl(text, keep_blank_values=True)``, without its per-field calls for plain fields."""
    pairs: list[tuple[str, str]] = []
    if not text:
        return pairs
    for field in text.split("&"):
        if not field:
            continue
        name, _, value = field.partition("=")
        if "+" in name:
            name = name.replace("+", " ")
        if "%" in name:
            name = percent_decoded(name)
        if "+" in value:
            value = value.replace("+", " ")
        if "%" in value:
            value = percent_decoded(value)
        pairs.append((name, value))
    return pairs


_HEX_DIGITS = "0123456789ABCDEFabcdef"
_ESCAPES = {a + b: chr(int(a + b, 16)) for a in _HEX_DIGITS for b in _HEX_DIGITS}
"""``%xx`` -> the byte it stands for, as a Latin-1 character (``unquote_to_bytes``'s table, in text)."""


def percent_decoded(text: str) -> str:
    """``urllib.parse.unquote(text)`` to the character; for ASCII text (all a client sends) without its
    regex split and bytes round trip: escaped bytes are collected as Latin-1 characters, then read as
    UTF-8 (invalid sequences replaced, as ``unquote`` does)."""
    if not text.isascii():
        return unquote(text)
    pieces = text.split("%")
    out = [pieces[0]]
    for piece in pieces[1:]:
        char = _ESCAPES.get(piece[:2])
        if char is None:
            out.append("%")
            out.append(piece)
        else:
            out.append(char)
            out.append(piece[2:])
    decoded = "".join(out)
    return decoded if decoded.isascii() else decoded.encode("latin-1").decode("utf-8", "replace")


def _read_form(
    protocol: Protocol, request: HttpRequest
) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Top-level key -> its value, and top-level key -> its dotted sub-keys (rest, value) in order."""
    pairs = form_pairs(request.query_string)
    content_type = request.headers.get("content-type", "")
    if request.body and (not content_type or content_type.lower().startswith(_FORM)):
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise malformed(protocol, "request body is not valid UTF-8") from exc
        pairs += form_pairs(text)
    flat: dict[str, str] = {}
    nested: dict[str, list[tuple[str, str]]] = {}
    for key, value in pairs:
        head, dot, rest = key.partition(".")
        if dot:
            entries = nested.get(head)
            if entries is None:
                nested[head] = [(rest, value)]
            else:
                entries.append((rest, value))
        else:
            flat[key] = value
    return flat, nested


def _subtree(value: str | None, entries: Iterable[tuple[str, str]]) -> _Node:
    root = _Node(value)
    for rest, item in entries:
        node = root
        for part in rest.split("."):
            child = node.children.get(part)
            if child is None:
                child = node.children[part] = _Node()
            node = child
        node.value = item
    return root


def parse_query(operation: OperationModel, protocol: Protocol, request: HttpRequest) -> dict[str, Any]:
    flat, nested = _read_form(protocol, request)
    shape = operation.input_shape
    if shape is None:
        return {}
    ec2 = protocol == "ec2"
    legacy = legacy_names(operation) if protocol == "query" else _NO_NAMES
    result: dict[str, Any] = {}
    walker: _Walker | None = None
    try:
        for member in input_plan(shape, ec2):
            key = member.key
            if key not in flat and key not in nested:
                alias = legacy.get(member.name)
                if alias is None or (alias not in flat and alias not in nested):
                    continue
                key = alias
            if member.scalar:
                text = flat.get(key) or ""
                result[member.name] = (
                    text if member.kind == "string" else _values.scalar_from_text(member.shape, text)
                )
                continue
            if walker is None:
                walker = _Walker(ec2, legacy)
            node = _subtree(flat.get(key), nested.get(key, _NO_ENTRIES))
            result[member.name] = walker.value(member.shape, node)
    except DecodeError as exc:
        raise malformed(protocol, str(exc)) from exc
    return result


class _Walker:
    def __init__(self, ec2: bool, legacy: Mapping[str, str]) -> None:
        self._ec2 = ec2
        self._legacy = legacy

    def value(self, shape: Shape, node: _Node) -> Any:
        kind = shape.type_name
        if kind == "string":
            return node.value or ""
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
        children = node.children
        for member in input_plan(shape, self._ec2):
            child = children.get(member.key)
            if child is None:
                alias = self._legacy.get(member.name)
                if alias is None:
                    continue
                child = children.get(alias)
                if child is None:
                    continue
            result[member.name] = self.value(member.shape, child)
        return result

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
