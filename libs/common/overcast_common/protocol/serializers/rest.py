"""The REST protocols, ``rest-json`` and ``rest-xml``: members bound to the status code, headers and payload.

The status comes from a ``statusCode`` member or the operation's ``http.responseCode``; ``header`` and
``headers`` (prefix map) members become response headers; a ``payload`` member is the whole body (a blob or
string raw, streamed when given as a ``BodyStream``); otherwise the remaining members form the JSON object
or the XML document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, NamedTuple

from botocore.model import OperationModel, ServiceModel, Shape, StructureShape

from ...errors import ServiceError
from ...http import BodyStream, Headers, HttpResponse
from ..rest_plans import output_plan
from ._common import (
    as_bytes,
    default_namespace,
    error_fields,
    error_shape,
    fault_name,
    header_writer,
    host_id,
    is_s3,
    message_member,
    request_id_headers,
)
from ._document import DocumentBuilder
from ._xml import XML_DECLARATION, XmlWriter, escape_attr, escape_text
from .eventstream import CONTENT_TYPE as EVENT_STREAM_TYPE
from .eventstream import event_body
from .s3_names import S3_NAMESPACE, s3_root_element

JSON_TYPE = "application/json"
XML_TYPE = "application/xml"


def _is_stream(value: Any) -> bool:
    return hasattr(value, "__aiter__")


class _HeaderMember(NamedTuple):
    position: int
    """The member's position in the structure (headers go out in the model's order)."""
    location: str
    """``header``, ``headers`` (prefix map) or ``statusCode``."""
    wire: str
    """The header name (a ``headers`` map's prefix)."""
    text: Callable[[Any], str]
    """The value's header text (``header_value`` for this member's shape)."""
    skip_empty: bool
    """A list: an empty one sends no header."""


_HEADER_PLAN = "_overcast_rest_header_plan"


def _header_plan(shape: StructureShape) -> dict[str, _HeaderMember]:
    plan: dict[str, _HeaderMember] | None = shape.__dict__.get(_HEADER_PLAN)
    if plan is None:
        plan = {
            name: _HeaderMember(index, location, wire, header_writer(member), member.type_name == "list")
            for name, (index, location, member, wire) in output_plan(shape).items()
        }
        shape.__dict__[_HEADER_PLAN] = plan
    return plan


def _bind_non_body(shape: StructureShape, value: Mapping[str, Any], headers: Headers) -> int | None:
    """Writes header members into ``headers``; returns the ``statusCode`` member, if set."""
    plan = _header_plan(shape)
    if not plan:
        return None
    # the result's own keys, then bound in the model's member order (the response's header order)
    bound = [(found, item) for name, item in value.items() if (found := plan.get(name)) is not None]
    if len(bound) > 1:
        bound.sort(key=_member_index)
    status = None
    pairs: list[tuple[str, str]] = []
    for (_, location, wire, text, skip_empty), item in bound:
        if item is None:
            continue
        if location == "header":
            if skip_empty and not item:
                continue
            pairs.append((wire, text(item)))
        elif location == "headers":
            pairs.extend((f"{wire}{key}", str(val)) for key, val in item.items())
        else:
            status = int(item)
    headers.set_many(pairs)
    return status


def _member_index(bound: tuple[_HeaderMember, Any]) -> int:
    return bound[0].position


_HAS_BODY = "_overcast_has_body_members"


def _has_body_members(shape: StructureShape) -> bool:
    """Whether any member goes in the body; kept on the shape (S3's outputs have dozens of members)."""
    found: bool | None = shape.__dict__.get(_HAS_BODY)
    if found is None:
        found = shape.__dict__[_HAS_BODY] = any(
            not m.serialization.get("location") for m in shape.members.values()
        )
    return found


class RestSerializer:
    def __init__(self, protocol: str) -> None:
        self.protocol = protocol
        self._xml = protocol == "rest-xml"
        self._json = DocumentBuilder("json", skip_located=True)
        self._writer = XmlWriter(skip_located=True)

    # --- responses ------------------------------------------------------------------------------

    def response(self, operation: OperationModel, result: Mapping[str, Any], request_id: str) -> HttpResponse:
        model = operation.service_model
        headers = Headers(request_id_headers(self.protocol, model, request_id))
        status = int(operation.http.get("responseCode", 200))
        shape = operation.output_shape
        response = HttpResponse(status, headers)
        if shape is None:
            return response
        bound_status = _bind_non_body(shape, result, headers)
        if bound_status is not None:
            response.status_code = bound_status
        elif is_s3(model) and operation.name == "GetObject" and "ContentRange" in result:
            # ranged and part-number GETs answer 206; the model has no member for the status
            response.status_code = 206
        if is_s3(model) and operation.name == "GetBucketLocation":
            return self._bucket_location(response, result)
        payload = shape.serialization.get("payload")
        if payload:
            self._payload(response, model, shape.members[payload], payload, result.get(payload))
        elif _has_body_members(shape):
            self._set_document(response, model, shape, result, self._root_name(operation, shape))
        return response

    def _payload(
        self, response: HttpResponse, model: ServiceModel, member: Shape, name: str, value: Any
    ) -> None:
        if member.serialization.get("eventstream"):
            assert isinstance(member, StructureShape)
            response.headers.set("Content-Type", EVENT_STREAM_TYPE)
            response.stream = event_body(member, value, self._event_body)
            return
        if member.type_name in ("blob", "string"):
            default_type = "application/octet-stream" if member.type_name == "blob" else "text/plain"
            if value is not None:
                if "Content-Type" not in response.headers:
                    response.headers.add("Content-Type", default_type)
                if _is_stream(value):
                    stream: BodyStream = value
                    response.stream = stream
                else:
                    response.body = as_bytes(value)
            return
        if value is None:
            return
        if member.type_name == "structure" and member.is_document_type:
            self._content_type(response, JSON_TYPE)
            response.body = json.dumps(self._json.value(member, value), separators=(",", ":")).encode()
            return
        assert isinstance(member, StructureShape)
        self._set_document(response, model, member, value, member.serialization.get("name") or member.name)

    def _event_body(self, shape: StructureShape, value: Mapping[str, Any]) -> tuple[bytes, str]:
        if not self._xml:
            return json.dumps(self._json.structure(shape, value), separators=(",", ":")).encode(), JSON_TYPE
        out: list[str] = []
        self._writer.element(out, str(shape.serialization.get("name") or shape.name), shape, value)
        return "".join(out).encode("utf-8"), "text/xml"

    def _set_document(
        self,
        response: HttpResponse,
        model: ServiceModel,
        shape: StructureShape,
        value: Mapping[str, Any],
        root: str,
    ) -> None:
        if not self._xml:
            self._content_type(response, JSON_TYPE)
            body = self._json.structure(shape, value)
            response.body = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            return
        self._content_type(response, XML_TYPE)
        out = [XML_DECLARATION]
        attrs = [("xmlns", rest_xml_namespace(model))]
        self._writer.element(out, root, shape, value, attrs)
        response.body = "".join(out).encode("utf-8")

    def _bucket_location(self, response: HttpResponse, result: Mapping[str, Any]) -> HttpResponse:
        # S3 answers GetBucketLocation with a bare text element; botocore has a handler just for it
        self._content_type(response, XML_TYPE)
        region = result.get("LocationConstraint") or ""
        element = f'<LocationConstraint xmlns="{S3_NAMESPACE}">{escape_text(region)}</LocationConstraint>'
        response.body = (XML_DECLARATION + element).encode()
        return response

    @staticmethod
    def _content_type(response: HttpResponse, value: str) -> None:
        if "Content-Type" not in response.headers:
            response.headers.set("Content-Type", value)

    @staticmethod
    def _root_name(operation: OperationModel, shape: StructureShape) -> str:
        if is_s3(operation.service_model):
            return s3_root_element(operation.name, shape.name)
        return str(shape.serialization.get("name") or shape.name)

    # --- errors ---------------------------------------------------------------------------------

    def error(
        self, model: ServiceModel, operation: OperationModel | None, error: ServiceError, request_id: str
    ) -> HttpResponse:
        shape = error_shape(model, operation, error.code)
        headers = Headers(request_id_headers(self.protocol, model, request_id))
        fields = error_fields(error, shape)
        if shape is not None:
            _bind_non_body(shape, fields, headers)
        for name, value in error.headers.items():
            headers.set(name, value)
        response = HttpResponse(error.status_code, headers)
        if self._xml:
            self._content_type(response, XML_TYPE)
            response.body = self._xml_error(model, error, shape, fields, request_id).encode("utf-8")
        else:
            headers.set("X-Amzn-ErrorType", error.code)
            self._content_type(response, JSON_TYPE)
            body: dict[str, Any] = {}
            for name, value in fields.items():
                member = shape.members.get(name) if shape is not None else None
                if member is None:
                    body[name] = value
                elif not member.serialization.get("location"):
                    body[member.serialization.get("name", name)] = self._json.value(member, value)
            body[message_member(shape) or "message"] = error.message
            response.body = json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=str).encode()
        return response

    def _xml_error(
        self,
        model: ServiceModel,
        error: ServiceError,
        shape: StructureShape | None,
        fields: Mapping[str, Any],
        request_id: str,
    ) -> str:
        out = [XML_DECLARATION]
        s3 = is_s3(model)
        out.append(
            "<Error>" if s3 else f'<ErrorResponse xmlns="{escape_attr(rest_xml_namespace(model))}"><Error>'
        )
        if not s3:
            out.append(f"<Type>{fault_name(error, shape)}</Type>")
        out.append(f"<Code>{escape_text(error.code)}</Code><Message>{escape_text(error.message)}</Message>")
        reserved = {"Code", "Message", "Type", "RequestId", "HostId"}
        for name, value in fields.items():
            member = shape.members.get(name) if shape is not None else None
            if member is None:
                if name not in reserved:
                    out.append(f"<{name}>{escape_text(str(value))}</{name}>")
            elif (
                not member.serialization.get("location")
                and (member.serialization.get("name") or name) not in reserved
            ):
                self._writer.member(out, name, member, value)
        if s3:
            out.append(
                f"<RequestId>{escape_text(request_id)}</RequestId><HostId>{host_id(request_id)}</HostId></Error>"
            )
        else:
            out.append(f"</Error><RequestId>{escape_text(request_id)}</RequestId></ErrorResponse>")
        return "".join(out)


@cache
def rest_xml_namespace(model: ServiceModel) -> str:
    """S3's namespace, else the first ``xmlNamespace`` the model declares, else AWS's URI pattern."""
    if is_s3(model):
        return S3_NAMESPACE
    namespace = model.metadata.get("xmlNamespace")
    if isinstance(namespace, str) and namespace:
        return namespace
    for name in model.operation_names:
        shape = model.operation_model(name).input_shape
        if shape is None:
            continue
        candidates = [shape, *shape.members.values()]
        for candidate in candidates:
            ns = candidate.serialization.get("xmlNamespace")
            if isinstance(ns, Mapping) and ns.get("uri") and not ns.get("prefix"):
                return str(ns["uri"])
    return default_namespace(model)
