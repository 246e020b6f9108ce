"""The REST fast paths (route memo, signed-REST service shortcut, parser/serializer plans) give the
answers of the full walks they replace."""

from __future__ import annotations

import datetime

import pytest
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol import router
from overcast_common.protocol.models import service_model
from overcast_common.protocol.parsers.rest import parse_rest
from overcast_common.protocol.routing_signals import read_signals
from overcast_common.protocol.serializers.rest import RestSerializer

AUTH = "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/{}/aws4_request, SignedHeaders=host, Signature=0"

CASES = [
    ("GET", "/", "", {}),
    ("GET", "/b", "list-type=2", {}),
    ("GET", "/b", "list-type=1", {}),
    ("GET", "/b/", "", {}),
    ("GET", "/b/k/x//y", "", {}),
    ("GET", "/b/k", "uploadId=1", {}),
    ("GET", "/b/k", "attributes", {"x-amz-object-attributes": "ETag"}),
    ("PUT", "/b/k", "", {"x-amz-copy-source": "/a/b"}),
    ("PUT", "/b/k", "", {}),
    ("PUT", "/b/k", "partNumber=1&uploadId=2", {}),
    ("PUT", "/b/k", "partNumber=1&uploadId=2", {"x-amz-copy-source": "/a/b"}),
    ("PUT", "/b", "tagging", {}),
    ("POST", "/b/k", "uploads", {}),
    ("POST", "/WriteGetObjectResponse", "", {"x-amz-request-route": "r", "x-amz-request-token": "t"}),
    ("DELETE", "/b/k", "x-id=DeleteObject", {}),
    ("HEAD", "/b", "", {}),
    ("PATCH", "/b", "", {}),
    ("GET", "/v20180820/jobs", "", {"x-amz-account-id": "1"}),
]


def _request(method: str, path: str, query: str, headers: dict[str, str], signing: str = "s3") -> HttpRequest:
    pairs = [("Host", "localhost:4566"), ("Authorization", AUTH.format(signing)), *headers.items()]
    return HttpRequest(method, path, query, Headers(pairs))


@pytest.mark.parametrize(("method", "path", "query", "headers"), CASES)
def test_route_memo_and_service_shortcut_agree_with_full_walk(
    method: str, path: str, query: str, headers: dict[str, str]
) -> None:
    request = _request(method, path, query, headers)
    slow_service = router._detect_service(request, read_signals(request))
    assert router.detect_service(request) == slow_service
    if slow_service is None:
        return
    table = router._rest_table(slow_service)
    query_dict = dict(request.query_items())
    names = list(request.headers.index())
    full = table._scan(method, path, query_dict, tuple(names), False)
    for _ in range(2):  # first fills the memo, second reads it
        got = table.best(method, path, query_dict, names)
        assert (got and (got.route.operation.name, got.labels, got.score)) == (
            full and (full.route.operation.name, full.labels, full.score)
        )


def test_parser_plan_keeps_model_order_and_prefix_headers() -> None:
    operation = service_model("s3").operation_model("PutObject")
    request = _request(
        "PUT",
        "/b/k%2Fz",
        "",
        {
            "x-amz-meta-Color": " red ",
            "Content-Type": "text/plain",
            "x-amz-acl": "private",
            "Content-MD5": "x",
        },
    )
    params = parse_rest(operation, "rest-xml", request, {"Bucket": "b", "Key": "k/z"})
    members = list(operation.input_shape.members)
    located = [name for name in params if name != "Body"]  # the payload comes after, as it always has
    assert located == sorted(located, key=members.index)
    assert params["Metadata"] == {"Color": "red"}
    assert params["ContentType"] == "text/plain" and params["ACL"] == "private"


def test_serializer_plan_binds_headers_in_model_order_and_replaces_repeats() -> None:
    operation = service_model("s3").operation_model("GetObject")
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    result = {"Metadata": {"a": "1"}, "ETag": '"e"', "LastModified": when, "Body": b"x", "ContentLength": 1}
    response = RestSerializer("rest-xml").response(operation, result, "rid")
    names = [k.lower() for k, _ in response.headers.items_raw()]
    shape = operation.output_shape
    expected = [
        str(member.serialization.get("name", name)).lower()
        for name, member in shape.members.items()
        if name in result and member.serialization.get("location") == "header"
    ]
    assert [n for n in names if n in expected] == expected
    assert names.index(expected[-1]) < names.index("x-amz-meta-a")
    assert len(names) == len(set(names))
    assert response.headers["Last-Modified"] == "Thu, 01 Jan 2026 00:00:00 GMT"


def test_header_writers_agree_with_header_value() -> None:
    from email.utils import format_datetime

    from overcast_common.protocol.serializers._common import header_value, header_writer, rfc822

    samples = {
        "string": ["text", "ünï"],
        "integer": [0, 7, "12"],
        "long": [2**40],
        "boolean": [True, False],
        "timestamp": [
            datetime.datetime(2026, 2, 3, 4, 5, 6, 789, tzinfo=datetime.UTC),
            datetime.datetime(999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone(datetime.timedelta(hours=5))),
            datetime.datetime(2026, 7, 1),
        ],
        "list": [["a", "b,c"], []],
        "blob": [b"\x00\x01"],
        "double": [1.5],
    }
    checked = 0
    for name in ("s3", "lambda", "apigateway", "glacier"):
        model = service_model(name)
        for operation in model.operation_names:
            shape = model.operation_model(operation).output_shape
            for member in shape.members.values() if shape is not None else ():
                if member.serialization.get("location") != "header":
                    continue
                for value in samples.get(member.type_name, []):
                    assert header_writer(member)(value) == header_value(member, value), (operation, member)
                    checked += 1
    assert checked > 300
    for when in samples["timestamp"]:
        assert isinstance(when, datetime.datetime)
        aware = when if when.tzinfo else when.replace(tzinfo=datetime.UTC)
        expected = format_datetime(aware.astimezone(datetime.UTC).replace(microsecond=0), usegmt=True)
        assert rfc822(when) == expected
