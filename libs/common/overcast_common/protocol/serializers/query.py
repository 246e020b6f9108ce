"""The ``query`` and ``ec2`` protocols: XML answers to form-encoded requests.

query: ``<OpResponse xmlns><OpResult>…</OpResult><ResponseMetadata><RequestId/></ResponseMetadata>``;
errors ``<ErrorResponse><Error><Type/><Code/><Message/>…</Error><RequestId/></ErrorResponse>``.
ec2: ``<OpResponse xmlns><requestId/>…members…</OpResponse>``; errors
``<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from botocore.model import OperationModel, ServiceModel, StructureShape

from ...errors import ServiceError
from ...http import Headers, HttpResponse
from ._common import default_namespace, error_fields, error_shape, fault_name, query_error_code
from ._xml import XML_DECLARATION, XmlWriter, escape_text
from .query_compat import query_model

CONTENT_TYPE = "text/xml"


def xml_namespace(model: ServiceModel) -> str:
    """The model's ``xmlNamespace``, else the URI AWS uses for the API version."""
    namespace = model.metadata.get("xmlNamespace")
    ec2 = model.metadata.get("protocol") == "ec2"
    if isinstance(namespace, str) and namespace:
        # EC2's model omits the trailing slash its responses carry
        return namespace + "/" if ec2 and not namespace.endswith("/") else namespace
    if ec2:
        return f"http://ec2.amazonaws.com/doc/{model.api_version}/"
    return default_namespace(model)


def _headers(request_id: str) -> Headers:
    return Headers([("Content-Type", CONTENT_TYPE), ("x-amzn-RequestId", request_id)])


def serialize_query_response(
    operation: OperationModel, result: Mapping[str, Any], request_id: str
) -> HttpResponse:
    model = query_model(operation.service_model)
    op = model.operation_model(operation.name)
    name = op.name
    out = [XML_DECLARATION, f'<{name}Response xmlns="{escape_text(xml_namespace(model))}">']
    shape = op.output_shape
    if shape is not None:
        writer = XmlWriter()
        wrapper = shape.serialization.get("resultWrapper")
        if wrapper:
            out.append(f"<{wrapper}>")
            writer.members(out, shape, result)
            out.append(f"</{wrapper}>")
        else:
            writer.members(out, shape, result)
    out.append(f"<ResponseMetadata><RequestId>{escape_text(request_id)}</RequestId></ResponseMetadata>")
    out.append(f"</{name}Response>")
    return HttpResponse(200, _headers(request_id), "".join(out).encode("utf-8"))


def serialize_ec2_response(
    operation: OperationModel, result: Mapping[str, Any], request_id: str
) -> HttpResponse:
    name = operation.name
    model = operation.service_model
    out = [XML_DECLARATION, f'<{name}Response xmlns="{escape_text(xml_namespace(model))}">']
    out.append(f"<requestId>{escape_text(request_id)}</requestId>")
    shape = operation.output_shape
    if shape is not None:
        XmlWriter(list_item="item").members(out, shape, result)
    out.append(f"</{name}Response>")
    return HttpResponse(200, _headers(request_id), "".join(out).encode("utf-8"))


def _error_detail(out: list[str], shape: StructureShape | None, fields: Mapping[str, Any], ec2: bool) -> None:
    """The error's extra fields inside ``<Error>``: modeled ones by their shape, others as text."""
    writer = XmlWriter(list_item="item" if ec2 else "member")
    reserved = {"Code", "Message", "Type"}
    modeled = shape.members if shape is not None else {}
    for name, value in fields.items():
        member = modeled.get(name)
        if member is not None:
            if (member.serialization.get("name") or name) not in reserved:
                writer.member(out, name, member, value)
        elif name not in reserved:
            out.append(f"<{name}>{escape_text(str(value))}</{name}>")


def serialize_query_error(
    service_model: ServiceModel, operation: OperationModel | None, error: ServiceError, request_id: str
) -> HttpResponse:
    shape = error_shape(service_model, operation, error.code)
    code = query_error_code(service_model, error, shape)
    namespace = xml_namespace(query_model(service_model))
    out = [XML_DECLARATION, f'<ErrorResponse xmlns="{escape_text(namespace)}"><Error>']
    out.append(f"<Type>{fault_name(error, shape)}</Type>")
    out.append(f"<Code>{escape_text(code)}</Code>")
    out.append(f"<Message>{escape_text(error.message)}</Message>")
    _error_detail(out, shape, error_fields(error, shape), ec2=False)
    out.append(f"</Error><RequestId>{escape_text(request_id)}</RequestId></ErrorResponse>")
    headers = _headers(request_id)
    for name, value in error.headers.items():
        headers.set(name, value)
    return HttpResponse(error.status_code, headers, "".join(out).encode("utf-8"))


def serialize_ec2_error(
    service_model: ServiceModel, operation: OperationModel | None, error: ServiceError, request_id: str
) -> HttpResponse:
    shape = error_shape(service_model, operation, error.code)
    out = [XML_DECLARATION, "<Response><Errors><Error>"]
    out.append(f"<Code>{escape_text(error.code)}</Code>")
    out.append(f"<Message>{escape_text(error.message)}</Message>")
    _error_detail(out, shape, error_fields(error, shape), ec2=True)
    out.append(f"</Error></Errors><RequestID>{escape_text(request_id)}</RequestID></Response>")
    headers = _headers(request_id)
    for name, value in error.headers.items():
        headers.set(name, value)
    return HttpResponse(error.status_code, headers, "".join(out).encode("utf-8"))
