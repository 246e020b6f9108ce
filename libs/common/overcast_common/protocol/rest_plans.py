"""Per-operation and per-shape facts the REST codec needs on every call, worked out once.

A REST input has dozens of members (S3's PutObject ~50) of which a request sends a handful; the
plans let the parser walk the request's own headers and the serializer the result's own keys, in
place of every member of the model. Each entry keeps its member's index, so work done in the
request's order can still be applied in the model's order (the order errors and headers come in).
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import parse_qsl

from botocore.model import OperationModel, Shape, StructureShape

_INPUT_PLAN = "_overcast_rest_input_plan"
_OUTPUT_PLAN = "_overcast_rest_output_plan"
# SigV4 presigned-URL parameters are never operation input, even for operations whose input has a
# catch-all query-string map (API Gateway's, for instance).
PRESIGN_KEYS = frozenset(
    {
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Signature",
        "X-Amz-Security-Token",
    }
)


class Located(NamedTuple):
    position: int
    """Position among the structure's members."""
    name: str
    shape: Shape
    wire: str


class InputPlan(NamedTuple):
    uri: tuple[Located, ...]
    query: tuple[Located, ...]
    """Non-map ``querystring`` members."""
    query_maps: tuple[Located, ...]
    headers: dict[str, tuple[Located, ...]]
    """Lower-cased header name -> its ``header`` members."""
    prefixes: tuple[Located, ...]
    """``headers`` (prefix map) members; ``wire`` is the lower-cased prefix."""
    claimed: frozenset[str]
    """Query keys no catch-all query map may take."""


def input_plan(operation: OperationModel, shape: StructureShape) -> InputPlan:
    plan: InputPlan | None = operation.__dict__.get(_INPUT_PLAN)
    if plan is None:
        plan = operation.__dict__[_INPUT_PLAN] = _input_plan(operation, shape)
    return plan


def _input_plan(operation: OperationModel, shape: StructureShape) -> InputPlan:
    claimed = set(_literal_query_keys(operation)) | PRESIGN_KEYS
    uri: list[Located] = []
    query: list[Located] = []
    query_maps: list[Located] = []
    headers: dict[str, list[Located]] = {}
    prefixes: list[Located] = []
    for index, (name, member) in enumerate(shape.members.items()):
        location = member.serialization.get("location")
        wire = member_name(member, name)
        if location == "uri":
            uri.append(Located(index, name, member, wire))
        elif location == "querystring":
            if member.type_name == "map":
                query_maps.append(Located(index, name, member, wire))
            else:
                query.append(Located(index, name, member, wire))
                claimed.add(member_name(member, ""))
        elif location == "header":
            headers.setdefault(wire.lower(), []).append(Located(index, name, member, wire))
        elif location == "headers":
            prefixes.append(Located(index, name, member, wire.lower()))
    return InputPlan(
        tuple(uri),
        tuple(query),
        tuple(query_maps),
        {key: tuple(found) for key, found in headers.items()},
        tuple(prefixes),
        frozenset(claimed),
    )


def _literal_query_keys(operation: OperationModel) -> set[str]:
    uri = str(operation.http.get("requestUri", "/"))
    if "?" not in uri:
        return set()
    return {key for key, _ in parse_qsl(uri.split("?", 1)[1], keep_blank_values=True)}


def member_name(shape: Shape, default: str) -> str:
    name = shape.serialization.get("name")
    return name if isinstance(name, str) else default


def output_plan(shape: StructureShape) -> dict[str, tuple[int, str, Shape, str]]:
    """Member name -> (index, location, shape, wire name) of every ``header``, ``headers`` and
    ``statusCode`` member (``wire`` is the header name, or the prefix of a ``headers`` map)."""
    plan: dict[str, tuple[int, str, Shape, str]] | None = shape.__dict__.get(_OUTPUT_PLAN)
    if plan is None:
        plan = {}
        for index, (name, member) in enumerate(shape.members.items()):
            location = member.serialization.get("location")
            if location == "header":
                plan[name] = (index, location, member, member.serialization.get("name", name))
            elif location == "headers":
                plan[name] = (index, location, member, member.serialization.get("name", ""))
            elif location == "statusCode":
                plan[name] = (index, location, member, name)
        shape.__dict__[_OUTPUT_PLAN] = plan
    return plan
