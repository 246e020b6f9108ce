"""The X-Amz-Target fast paths answer exactly what the general signal-by-signal detection answers."""

from __future__ import annotations

import pytest
from overcast_common.errors import UnknownOperationException
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol import router
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
