"""The ``query`` and ``ec2`` protocols: XML answers to form-encoded requests.

query: ``<OpResponse xmlns><OpResult>…</OpResult><ResponseMetadata><RequestId/></ResponseMetadata>``;
errors ``<ErrorResponse><Error><Type/><Code/><Message/>…</Error><RequestId/></ErrorResponse>``.
ec2: ``<OpResponse xmlns><requestId/>…members…</OpResponse>``; errors
``<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from botocore.model import OperationModel, ServiceModel, StructureShape

from ...errors import ServiceError
from ...http import Headers, HttpResponse
from ._common import default_namespace, error_fields, error_shape, fault_name, query_error_code
from ._xml import XmlWriter
from ._xml_text import XML_DECLARATION, escape_text, write_members
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


class _ResponsePlan(NamedTuple):
    head: str
    """The declaration, the root element and the result wrapper's opening tag."""
    shape: StructureShape | None
    tail: str
    """Up to the request id: the wrapper's closing tag and ``<ResponseMetadata><RequestId>`` (query)."""
    end: str


_QUERY_PLAN = "_overcast_query_response_plan"
_EC2_PLAN = "_overcast_ec2_response_plan"
_QUERY_WRITER = XmlWriter()
_EC2_WRITER = XmlWriter(list_item="item")


def _query_plan(operation: OperationModel) -> _ResponsePlan:
    plan: _ResponsePlan | None = operation.__dict__.get(_QUERY_PLAN)
    if plan is None:
        model = query_model(operation.service_model)
        op = model.operation_model(operation.name)
        name = op.name
        head = XML_DECLARATION + f'<{name}Response xmlns="{escape_text(xml_namespace(model))}">'
        tail = "<ResponseMetadata><RequestId>"
        shape = op.output_shape
        wrapper = shape.serialization.get("resultWrapper") if shape is not None else None
        if wrapper:
            head += f"<{wrapper}>"
            tail = f"</{wrapper}>" + tail
        plan = _ResponsePlan(head, shape, tail, f"</RequestId></ResponseMetadata></{name}Response>")
        operation.__dict__[_QUERY_PLAN] = plan
    return plan


def _ec2_plan(operation: OperationModel) -> _ResponsePlan:
    plan: _ResponsePlan | None = operation.__dict__.get(_EC2_PLAN)
    if plan is None:
        name = operation.name
        head = (
            XML_DECLARATION
            + f'<{name}Response xmlns="{escape_text(xml_namespace(operation.service_model))}">'
        )
        plan = _ResponsePlan(head + "<requestId>", operation.output_shape, "", f"</{name}Response>")
        operation.__dict__[_EC2_PLAN] = plan
    return plan


def serialize_query_response(
    operation: OperationModel, result: Mapping[str, Any], request_id: str
) -> HttpResponse:
    plan = _query_plan(operation)
    out = [plan.head]
    if plan.shape is not None:
        write_members(_QUERY_WRITER, out, plan.shape, result, False)
    out.append(plan.tail)
    out.append(escape_text(request_id))
    out.append(plan.end)
    return HttpResponse(200, _headers(request_id), "".join(out).encode("utf-8"))


def serialize_ec2_response(
    operation: OperationModel, result: Mapping[str, Any], request_id: str
) -> HttpResponse:
    plan = _ec2_plan(operation)
    out = [plan.head, escape_text(request_id), "</requestId>"]
    if plan.shape is not None:
        write_members(_EC2_WRITER, out, plan.shape, result, False)
    out.append(plan.end)
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
