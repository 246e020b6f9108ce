"""The X-Amz-Target fast paths answer exactly what the general signal-by-signal detection answers."""

from __future__ import annotations

import pytest
from overcast_common.errors import UnknownOperationException
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol import router, routing_signals
from overcast_common.protocol.routing_index import service_index
from overcast_common.protocol.routing_signals import read_signals


def _request(signing_name: str, target: str, content_type: str = "application/x-amz-json-1.0") -> HttpRequest:
    auth = (
        f"AWS4-HMAC-SHA256 Credential=test/20261128/us-east-1/{signing_name}/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=00"
    )
    return HttpRequest(
        "POST",
        "/",
        headers=Headers(
            [
                ("Host", "localhost:4566"),
                ("Authorization", auth),
                ("X-Amz-Target", target),
                ("Content-Type", content_type),
            ]
        ),
    )


def test_service_fast_path_agrees_with_general_detection_for_every_signing_name_and_prefix() -> None:
    index = service_index()
    checked = 0
    for signing_name in index.by_signing_name:
        for prefix in index.by_target_prefix:
            request = _request(signing_name, f"{prefix}.Op")
            general = router._detect_service(request, read_signals(request))
            fast = router._signed_target_service(request.headers.index())
            if fast is not None:
                assert fast == general, (signing_name, prefix)
                checked += 1
    assert checked >= len(index.by_target_prefix) // 2  # the fast path is taken for most targets


@pytest.mark.parametrize(
    ("content_type", "protocol"),
    [("application/x-amz-json-1.0", "json"), ("application/x-amz-cbor-1.1; charset=x", "json-cbor")],
)
def test_operation_fast_path_names_operation_and_protocol(content_type: str, protocol: str) -> None:
    route = router.detect_operation(
        "kinesis", _request("kinesis", "Kinesis_20131202.PutRecord", content_type)
    )
    assert (route.operation.name, route.protocol, route.uri_params) == ("PutRecord", protocol, {})


def test_operation_fast_path_rejects_unknown_operation_and_foreign_prefix() -> None:
    with pytest.raises(UnknownOperationException, match=r"Unknown operation AmazonSQS\.Nope"):
        router.detect_operation("sqs", _request("sqs", "AmazonSQS.Nope"))
    with pytest.raises(UnknownOperationException):
        router.detect_operation("sqs", _request("sqs", "DynamoDB_20120810.SendMessage"))


def test_repeated_target_takes_the_general_path() -> None:
    request = _request("sqs", "AmazonSQS.SendMessage")
    request.headers.add("X-Amz-Target", "AmazonSQS.DeleteMessage")
    assert router._signed_target_service(request.headers.index()) is None
    assert router.detect_service(request) == "sqs"


def _form_request(signing_name: str, body: bytes) -> HttpRequest:
    auth = (
        f"AWS4-HMAC-SHA256 Credential=test/20261128/us-east-1/{signing_name}/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=00"
    )
    headers = [("Host", "localhost:4566"), ("Authorization", auth)]
    headers.append(("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"))
    return HttpRequest("POST", "/", headers=Headers(headers), body=body)


def test_query_operation_reuses_the_signals_service_detection_read() -> None:
    request = _form_request("sns", b"Action=Publish&Version=2010-03-31&TopicArn=t&Message=m")
    assert router.detect_service(request) == "sns"
    remembered = router._memo
    assert remembered is not None and remembered[0] is request
    route = router.detect_operation("sns", request)
    assert (route.operation.name, route.protocol) == ("Publish", "query")
    assert router._memo is None  # used once, then dropped: the request is not kept alive


@pytest.mark.parametrize("change", ["body", "headers", "query", "other request"])
def test_query_operation_rereads_a_request_changed_after_service_detection(change: str) -> None:
    request = _form_request("sns", b"Action=Publish&Version=2010-03-31&TopicArn=t&Message=m")
    assert router.detect_service(request) == "sns"
    if change == "body":
        request.body = b"Action=Subscribe&Version=2010-03-31&TopicArn=t&Protocol=sqs"
        expected = "Subscribe"
    elif change == "headers":
        request.headers.set("Content-Type", "text/plain")  # the body's Action no longer counts
        request.body = request.body  # same bytes: only the header index changed
        expected = None
    elif change == "query":
        request.body = b""
        request.query_string = "Action=ListTopics&Version=2010-03-31"
        expected = "ListTopics"
    else:
        request = _form_request("sns", b"Action=ListTopics&Version=2010-03-31")
        expected = "ListTopics"
    fresh = read_signals(request)
    if expected is None:
        with pytest.raises(router.MissingAction):
            router.detect_operation("sns", request)
        assert fresh.action is None
    else:
        assert router.detect_operation("sns", request).operation.name == expected == fresh.action


_SCOPE = "test/20261128/us-east-1/sqs/aws4_request"


@pytest.mark.parametrize(
    "authorization",
    [
        f"AWS4-HMAC-SHA256 Credential={_SCOPE}, SignedHeaders=host, Signature=00",
        f"AWS4-HMAC-SHA256 Credential={_SCOPE}",
        f"AWS4-HMAC-SHA256 Credential={_SCOPE} SignedHeaders=host",
        f"AWS4-HMAC-SHA256 Credential={_SCOPE}\tSignedHeaders=host,x",
        f"AWS4-HMAC-SHA256 Credential={_SCOPE}\u00a0x, Signature=00",
        f"AWS4-HMAC-SHA256 Credential={_SCOPE}\x1cx, Signature=00",
        f"AWS4-HMAC-SHA256 Credential=, Credential={_SCOPE}",
        f"AWS4-HMAC-SHA256 Credential= {_SCOPE}, Credential=a/b/c/sns/aws4_request",
        "AWS4-HMAC-SHA256 Credential=a/b/c/s3/aws4_request/, Signature=00",
        "AWS4-HMAC-SHA256 Credential=a/b/sqs/aws4_request, Signature=00",
        "AWS4-HMAC-SHA256 Credential=test/d/r/\u00e9/aws4_request",
        "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00",
        "AWS4-HMAC-SHA256 Credential=",
    ],
)
def test_scope_signing_name_finds_what_the_credential_regex_finds(authorization: str) -> None:
    found = routing_signals._CREDENTIAL.search(authorization)
    expected = routing_signals._scope_service(found.group(1)) if found else None
    assert routing_signals.scope_signing_name(authorization) == expected
