"""The planned query codec: flat form keys straight to members, and plain scalars written from a plan.

The parser must answer exactly as the tree walk it replaced (the corner cases below), and the planned
serializer must write exactly what the generic member-by-member walk writes, for every output shape of the
query and ec2 services sampled here.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any
from urllib.parse import parse_qsl

import pytest
from botocore.model import ListShape, MapShape, OperationModel, Shape, StructureShape
from overcast_common.context import Protocol
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol.models import operation_model, service_model
from overcast_common.protocol.parsers import MalformedQueryString, parse_request
from overcast_common.protocol.parsers.query import form_pairs
from overcast_common.protocol.serializers import serialize_response
from overcast_common.protocol.serializers._xml import XML_DECLARATION, XmlWriter
from overcast_common.protocol.serializers.query import xml_namespace
from overcast_common.protocol.serializers.query_compat import query_model

FORM = "application/x-www-form-urlencoded; charset=utf-8"


def form(body: str, query: str = "") -> HttpRequest:
    return HttpRequest("POST", "/", query, Headers({"Content-Type": FORM}), body.encode())


def parse(service: str, operation: str, body: str, protocol: Protocol = "query") -> dict[str, Any]:
    return parse_request(operation_model(service, operation), protocol, form(body), {})


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "a=",
        "=b",
        "&&a=1&&",
        "a=1&a=2",
        "a+b=c+d",
        "k%20=v%2Bw",
        "x=%E2%82%AC%ZZ%",
        "x=%ff%fe",
        "a=b=c",
    ],
)
def test_form_pairs_match_parse_qsl(text: str) -> None:
    assert form_pairs(text) == parse_qsl(text, keep_blank_values=True)


def test_sns_publish_scalars_and_message_attributes() -> None:
    body = (
        "Action=Publish&Version=2010-03-31&TopicArn=arn%3At&Message=hi+there"
        "&MessageAttributes.entry.2.Name=b&MessageAttributes.entry.2.Value.DataType=Number"
        "&MessageAttributes.entry.2.Value.StringValue=2"
        "&MessageAttributes.entry.1.Name=a&MessageAttributes.entry.1.Value.DataType=String"
        "&MessageAttributes.entry.1.Value.StringValue=x"
    )
    assert parse("sns", "Publish", body) == {
        "TopicArn": "arn:t",
        "Message": "hi there",
        "MessageAttributes": {
            "a": {"DataType": "String", "StringValue": "x"},
            "b": {"DataType": "Number", "StringValue": "2"},
        },
    }


def test_last_duplicate_wins_and_query_string_counts() -> None:
    request = form("Message=second", query="Action=Publish&Message=first&TopicArn=t")
    assert parse_request(operation_model("sns", "Publish"), "query", request, {}) == {
        "TopicArn": "t",
        "Message": "second",
    }


def test_scalar_named_only_by_a_dotted_key_is_empty() -> None:
    # the tree walk saw a node without a value there, and decoded it as ""
    assert parse("sns", "Publish", "TopicArn=t&Message.x=1") == {"TopicArn": "t", "Message": ""}
    with pytest.raises(MalformedQueryString):
        parse("sqs", "ReceiveMessage", "QueueUrl=u&MaxNumberOfMessages.1=3")


def test_sqs_legacy_names_and_current_names() -> None:
    legacy = parse(
        "sqs",
        "SendMessage",
        "QueueUrl=u&MessageBody=b&MessageAttribute.1.Name=n&MessageAttribute.1.Value.DataType=String"
        "&MessageAttribute.1.Value.StringValue=v&DelaySeconds=3",
    )
    assert legacy == {
        "QueueUrl": "u",
        "MessageBody": "b",
        "DelaySeconds": 3,
        "MessageAttributes": {"n": {"DataType": "String", "StringValue": "v"}},
    }
    batch = parse(
        "sqs",
        "DeleteMessageBatch",
        "QueueUrl=u&DeleteMessageBatchRequestEntry.1.Id=a&DeleteMessageBatchRequestEntry.1.ReceiptHandle=r",
    )
    assert batch == {"QueueUrl": "u", "Entries": [{"Id": "a", "ReceiptHandle": "r"}]}


def test_ec2_query_names() -> None:
    params = parse("ec2", "DescribeInstances", "InstanceId.2=i-2&InstanceId.1=i-1&MaxResults=5", "ec2")
    assert params == {"InstanceIds": ["i-1", "i-2"], "MaxResults": 5}


def test_malformed_input_stays_malformed_query_string() -> None:
    with pytest.raises(MalformedQueryString, match="not valid UTF-8"):
        parse_request(
            operation_model("sns", "Publish"),
            "query",
            HttpRequest("POST", "/", "", Headers({"Content-Type": FORM}), b"Message=\xff"),
            {},
        )
    with pytest.raises(MalformedQueryString, match="map entry without"):
        parse("sns", "Publish", "TopicArn=t&MessageAttributes.entry.1.Value.DataType=String")


# --- serializer: the planned writer against the generic XmlWriter ---------------------------------


class _Color(str, enum.Enum):  # noqa: UP042 - its str() is "_Color.RED", unlike a StrEnum's
    RED = "red"


def _sample(shape: Shape, depth: int = 0) -> Any:
    kind = shape.type_name
    if kind == "structure":
        assert isinstance(shape, StructureShape)
        if depth > 3:
            return {}
        return {name: _sample(member, depth + 1) for name, member in shape.members.items()}
    if kind == "list":
        assert isinstance(shape, ListShape)
        return [] if depth > 3 else [_sample(shape.member, depth + 1)]
    if kind == "map":
        assert isinstance(shape, MapShape)
        return {} if depth > 3 else {"k<&>": _sample(shape.value, depth + 1)}
    if kind == "string":
        return ["", "a<b>&\r", _Color.RED][depth % 3]
    if kind == "boolean":
        return depth % 2 == 0
    if kind == "timestamp":
        return datetime.datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=datetime.UTC)
    if kind == "blob":
        return b"\x00bin"
    if kind in ("float", "double"):
        return 1.5
    return 7


class _GenericWriter(XmlWriter):
    """The writer as it was before its per-shape plan: every member through ``member``/``element``."""

    def members(self, out: list[str], shape: StructureShape, value: Any) -> None:
        for name, member in shape.members.items():
            item = value.get(name)
            if item is None:
                continue
            ser = member.serialization
            if ser.get("xmlAttribute") or ser.get("eventheader") or ser.get("eventpayload"):
                continue
            if member.type_name == "structure" and ser.get("eventstream"):
                continue
            self.member(out, name, member, item)


def _generic_query(operation: OperationModel, result: dict[str, Any], request_id: str) -> bytes:
    model = query_model(operation.service_model)
    op = model.operation_model(operation.name)
    out = [XML_DECLARATION, f'<{op.name}Response xmlns="{xml_namespace(model)}">']
    shape = op.output_shape
    if shape is not None:
        wrapper = shape.serialization.get("resultWrapper")
        out.append(f"<{wrapper}>" if wrapper else "")
        _GenericWriter().members(out, shape, result)
        out.append(f"</{wrapper}>" if wrapper else "")
    out.append(
        f"<ResponseMetadata><RequestId>{request_id}</RequestId></ResponseMetadata></{op.name}Response>"
    )
    return "".join(out).encode()


def _generic_ec2(operation: OperationModel, result: dict[str, Any], request_id: str) -> bytes:
    name = operation.name
    out = [XML_DECLARATION, f'<{name}Response xmlns="{xml_namespace(operation.service_model)}">']
    out.append(f"<requestId>{request_id}</requestId>")
    if operation.output_shape is not None:
        _GenericWriter(list_item="item").members(out, operation.output_shape, result)
    out.append(f"</{name}Response>")
    return "".join(out).encode()


@pytest.mark.parametrize("service", ["sns", "sqs", "sts", "iam", "cloudwatch", "ec2"])
def test_planned_responses_match_the_generic_writer(service: str) -> None:
    model = service_model(service)
    protocol: Protocol = "ec2" if service == "ec2" else "query"
    names = model.operation_names if service != "ec2" else model.operation_names[:150]
    for name in names:
        operation = model.operation_model(name)
        for depth in (0, 1, 2):
            shape = operation.output_shape
            result = _sample(shape, depth) if shape is not None else {}
            expected = (_generic_ec2 if protocol == "ec2" else _generic_query)(operation, result, "r-1")
            assert serialize_response(operation, protocol, result, "r-1").body == expected, name
