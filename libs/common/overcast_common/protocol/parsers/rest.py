"""The REST protocols (``rest-json``, ``rest-xml``): members bound to the URI, query string, headers
and body, as each member's ``location`` says; the body is JSON or XML, or the raw payload member.
"""

from __future__ import annotations

import json
from typing import Any

from botocore.model import ListShape, MapShape, OperationModel, Shape, StructureShape

from overcast_common.context import Protocol
from overcast_common.http import HttpRequest

from ..rest_plans import input_plan
from . import _values, xmlbody
from ._values import DecodeError, malformed
from .tree import TreeDecoder

_JSON = TreeDecoder(binary=False)


def parse_rest(
    operation: OperationModel, protocol: Protocol, request: HttpRequest, uri_params: dict[str, str]
) -> dict[str, Any]:
    shape = operation.input_shape
    if shape is None:
        return {}
    assert isinstance(shape, StructureShape)
    try:
        result = _located_members(operation, shape, request, uri_params)
    except DecodeError as exc:
        raise malformed(protocol, str(exc)) from exc
    try:
        result.update(_body_members(shape, protocol, request))
    except DecodeError as exc:
        raise malformed(protocol, str(exc), xml=True) from exc
    return result


def _located_members(
    operation: OperationModel, shape: StructureShape, request: HttpRequest, uri_params: dict[str, str]
) -> dict[str, Any]:
    plan = input_plan(operation, shape)
    # (member index, name, kind, member, raw): gathered in the request's order, decoded in the
    # model's, so the result's order and the first decode error are the model's
    pending: list[tuple[int, str, int, Shape, Any]] = []
    for index, name, member, wire in plan.uri:
        if wire in uri_params:
            pending.append((index, name, _URI, member, uri_params[wire]))
    query = request.query_items()
    if query:
        keys = {key for key, _ in query}
        for index, name, member, wire in plan.query:
            if wire in keys:
                pending.append((index, name, _QUERY, member, wire))
        for index, name, member, wire in plan.query_maps:
            pending.append((index, name, _QUERY, member, wire))
    if plan.headers:
        for low, values in request.headers.index().items():
            for index, name, member, _ in plan.headers.get(low, ()):
                pending.append(
                    (index, name, _HEADER, member, values[0] if len(values) == 1 else ",".join(values))
                )
    for index, name, member, prefix in plan.prefixes:
        found = {
            key[len(prefix) :]: value.strip()
            for key, value in request.headers.items_raw()
            if key.lower().startswith(prefix)
        }
        if found:
            pending.append((index, name, _AS_IS, member, found))
    if len(pending) > 1:
        pending.sort(key=_first)
    result: dict[str, Any] = {}
    for _, name, kind, member, raw in pending:
        if kind == _HEADER:
            result[name] = _header_member(member, raw)
        elif kind == _URI:
            result[name] = _values.scalar_from_text(member, raw)
        elif kind == _QUERY:
            value = _query_member(member, raw, query, plan.claimed)
            if value is not None:
                result[name] = value
        else:
            result[name] = raw
    return result


_URI, _QUERY, _HEADER, _AS_IS = range(4)


def _first(item: tuple[int, str, int, Shape, Any]) -> int:
    return item[0]


def _query_member(member: Shape, wire: str, query: list[tuple[str, str]], claimed: frozenset[str]) -> Any:
    if member.type_name == "map":
        assert isinstance(member, MapShape)
        values: dict[str, Any] = {}
        for key, value in query:
            if key in claimed:
                continue
            if member.value.type_name == "list":
                values.setdefault(key, []).append(value)
            else:
                values.setdefault(key, value)
        return values or None
    found = [value for key, value in query if key == wire]
    if not found:
        return None
    if member.type_name == "list":
        assert isinstance(member, ListShape)
        return [_values.scalar_from_text(member.member, value) for value in found]
    return _values.scalar_from_text(member, found[0])


def _header_member(member: Shape, raw: str) -> Any:
    text = raw.strip()
    if member.type_name == "string" and member.serialization.get("jsonvalue"):
        return _values.decode_json_value(text)
    if member.type_name == "list":
        assert isinstance(member, ListShape)
        return [_values.scalar_from_text(member.member, item) for item in split_header_list(text)]
    return _values.scalar_from_text(member, text)


def split_header_list(text: str) -> list[str]:
    """Split a comma-separated header list; items with commas or quotes arrive double-quoted."""
    if not text.strip():
        return []
    items: list[str] = []
    index, length = 0, len(text)
    while index <= length:
        while index < length and text[index] in " \t":
            index += 1
        if index < length and text[index] == '"':
            chars: list[str] = []
            index += 1
            while index < length and text[index] != '"':
                if text[index] == "\\" and index + 1 < length:
                    index += 1
                chars.append(text[index])
                index += 1
            items.append("".join(chars))
            comma = text.find(",", index)
            index = length + 1 if comma < 0 else comma + 1
        else:
            comma = text.find(",", index)
            end = length if comma < 0 else comma
            items.append(text[index:end].strip())
            index = end + 1
    return items


def _body_members(shape: StructureShape, protocol: Protocol, request: HttpRequest) -> dict[str, Any]:
    payload = shape.serialization.get("payload")
    if payload:
        member = shape.members[payload]
        value = _payload_member(member, protocol, request)
        return {} if value is None else {payload: value}
    if not request.body or not any("location" not in m.serialization for m in shape.members.values()):
        return {}
    if protocol == "rest-xml":
        return xmlbody.structure(shape, xmlbody.parse_xml(request.body), body_only=True)
    return _JSON.structure(shape, _load_json(request.body), body_only=True)


def _payload_member(member: Shape, protocol: Protocol, request: HttpRequest) -> Any:
    if member.type_name == "blob":
        if request.stream is not None:
            return request.stream
        if request.body or member.serialization.get("streaming") or member.metadata.get("requiresLength"):
            return request.body
        return None
    if member.type_name == "string":
        if request.stream is not None:
            return request.stream
        try:
            return request.body.decode("utf-8") if request.body else None
        except UnicodeDecodeError as exc:
            raise DecodeError("payload is not valid UTF-8") from exc
    if not request.body:
        return None
    if protocol == "rest-xml":
        root = xmlbody.parse_xml(request.body)
        # the schema names the root (``<Tagging>``): another root is a document AWS does not validate
        expected = member.serialization.get("name")
        if expected and xmlbody.local(root.tag) != expected:
            raise DecodeError(f"root element <{xmlbody.local(root.tag)}> where <{expected}> belongs")
        return xmlbody.decode(member, root)
    return _JSON.value(member, _load_json(request.body))


def _load_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DecodeError(f"Invalid JSON body: {exc}") from exc
