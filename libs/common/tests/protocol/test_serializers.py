"""Hand-picked wire cases of the response and error serializers, checked byte-level and through botocore."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import AsyncIterator
from typing import Any

import cbor2
import pytest
from overcast_common.context import Protocol
from overcast_common.errors import ServiceError
from overcast_common.http import HttpResponse
from overcast_common.protocol.conformance.responses import botocore_parse, botocore_parse_error
from overcast_common.protocol.models import service_model
from overcast_common.protocol.serializers import serialize_error, serialize_response

RID = "11111111-2222-3333-4444-555555555555"
WHEN = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)


def _response(service: str, operation: str, protocol: Protocol, result: dict[str, Any]) -> HttpResponse:
    return serialize_response(service_model(service).operation_model(operation), protocol, result, RID)


def _error(service: str, operation: str | None, protocol: Protocol, error: ServiceError) -> HttpResponse:
    model = service_model(service)
    return serialize_error(
        model, model.operation_model(operation) if operation else None, protocol, error, RID
    )


def _parse(service: str, operation: str, protocol: Protocol, http: HttpResponse) -> dict[str, Any]:
    return botocore_parse(service_model(service).operation_model(operation), protocol, http)


def _parse_error(
    service: str, operation: str | None, protocol: Protocol, http: HttpResponse
) -> dict[str, Any]:
    model = service_model(service)
    return botocore_parse_error(
        model, model.operation_model(operation) if operation else None, protocol, http
    )


# --- S3 --------------------------------------------------------------------------------------------


async def _chunks() -> AsyncIterator[bytes]:
    yield b"hello "
    yield b"world"


def test_s3_get_object_streams_the_body_and_writes_headers() -> None:
    body = _chunks()
    result = {
        "Body": body,
        "ContentLength": 11,
        "ContentType": "text/plain",
        "ETag": '"5eb63bbbe01eeed093cb22bb8f5acdc3"',
        "LastModified": WHEN,
        "Metadata": {"owner": "me"},
        "DeleteMarker": False,
    }
    http = _response("s3", "GetObject", "rest-xml", result)
    assert http.stream is body, "the payload must be passed through, never joined"
    assert http.body == b""
    assert http.status_code == 200
    assert http.headers["Content-Type"] == "text/plain"
    assert http.headers["Content-Length"] == "11"
    assert http.headers["Last-Modified"] == "Tue, 02 Jan 2024 03:04:05 GMT"
    assert http.headers["x-amz-meta-owner"] == "me"
    assert http.headers["x-amz-delete-marker"] == "false"
    assert http.headers["x-amz-request-id"] == RID
    assert http.headers["x-amz-id-2"]
    assert "x-amzn-RequestId" not in http.headers
    parsed = _parse("s3", "GetObject", "rest-xml", http)
    assert parsed["Body"].read() == b"hello world"
    assert parsed["LastModified"] == WHEN
    assert parsed["Metadata"] == {"owner": "me"}
    assert parsed["DeleteMarker"] is False
    assert parsed["ResponseMetadata"]["RequestId"] == RID


def test_s3_get_object_with_bytes_body() -> None:
    http = _response("s3", "GetObject", "rest-xml", {"Body": b"\x00\xffraw"})
    assert http.stream is None
    assert http.body == b"\x00\xffraw"
    assert http.headers["Content-Type"] == "application/octet-stream"


def test_s3_error_is_a_bare_error_document_with_request_and_host_ids() -> None:
    error = ServiceError(
        "The specified key does not exist.", code="NoSuchKey", status_code=404, Key="a/b.txt"
    )
    http = _error("s3", "GetObject", "rest-xml", error)
    assert http.status_code == 404
    assert http.body.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code>')
    assert b"<Message>The specified key does not exist.</Message><Key>a/b.txt</Key>" in http.body
    assert f"<RequestId>{RID}</RequestId><HostId>".encode() in http.body
    assert http.headers["x-amz-request-id"] == RID
    parsed = _parse_error("s3", "GetObject", "rest-xml", http)
    assert parsed["Error"] == {
        "Code": "NoSuchKey",
        "Message": "The specified key does not exist.",
        "Key": "a/b.txt",
    }
    assert parsed["ResponseMetadata"]["RequestId"] == RID


def test_s3_list_objects_v2_document() -> None:
    result = {
        "Name": "bucket",
        "KeyCount": 1,
        "IsTruncated": False,
        "Contents": [{"Key": "a&b<c", "Size": 3, "LastModified": WHEN, "ChecksumAlgorithm": ["CRC32"]}],
    }
    http = _response("s3", "ListObjectsV2", "rest-xml", result)
    text = http.body.decode()
    assert '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' in text
    assert "<Key>a&amp;b&lt;c</Key>" in text
    assert "<LastModified>2024-01-02T03:04:05.000Z</LastModified>" in text
    assert "<ChecksumAlgorithm>CRC32</ChecksumAlgorithm>" in text  # flattened list
    assert "<IsTruncated>false</IsTruncated>" in text
    parsed = _parse("s3", "ListObjectsV2", "rest-xml", http)
    parsed.pop("ResponseMetadata")
    assert parsed == result


def test_s3_get_bucket_location_is_a_bare_element() -> None:
    http = _response("s3", "GetBucketLocation", "rest-xml", {"LocationConstraint": "eu-west-1"})
    assert http.body.endswith(
        b'<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>'
    )
    assert _parse("s3", "GetBucketLocation", "rest-xml", http)["LocationConstraint"] == "eu-west-1"


# --- SQS -------------------------------------------------------------------------------------------


def test_sqs_json_error_carries_the_query_code() -> None:
    error = ServiceError("The specified queue does not exist.", code="QueueDoesNotExist", status_code=400)
    http = _error("sqs", "GetQueueUrl", "json", error)
    assert http.status_code == 400
    assert http.headers["Content-Type"] == "application/x-amz-json-1.0"
    assert http.headers["x-amzn-query-error"] == "AWS.SimpleQueueService.NonExistentQueue;Sender"
    assert http.headers["x-amzn-RequestId"] == RID
    assert json.loads(http.body) == {
        "__type": "QueueDoesNotExist",
        "message": "The specified queue does not exist.",
    }
    parsed = _parse_error("sqs", "GetQueueUrl", "json", http)
    assert parsed["Error"]["Code"] == "AWS.SimpleQueueService.NonExistentQueue"
    assert parsed["Error"]["QueryErrorCode"] == "QueueDoesNotExist"
    assert parsed["Error"]["Type"] == "Sender"


def test_sqs_in_query_form_uses_the_legacy_xml() -> None:
    http = _response(
        "sqs",
        "ReceiveMessage",
        "query",
        {"Messages": [{"MessageId": "m1", "Body": "hi", "Attributes": {"SenderId": "123"}}]},
    )
    text = http.body.decode()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<ReceiveMessageResponse')
    assert 'xmlns="http://queue.amazonaws.com/doc/2012-11-05/"' in text
    assert (
        "<ReceiveMessageResult><Message><MessageId>m1</MessageId><Body>hi</Body>"
        "<Attribute><Name>SenderId</Name><Value>123</Value></Attribute></Message></ReceiveMessageResult>"
    ) in text
    assert f"<ResponseMetadata><RequestId>{RID}</RequestId></ResponseMetadata>" in text
    parsed = _parse("sqs", "ReceiveMessage", "query", http)
    assert parsed["Messages"] == [{"MessageId": "m1", "Body": "hi", "Attributes": {"SenderId": "123"}}]


def test_sqs_query_error_uses_the_legacy_code() -> None:
    error = ServiceError("gone", code="QueueDoesNotExist", status_code=400)
    text = _error("sqs", "GetQueueUrl", "query", error).body.decode()
    assert "<Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>" in text


def test_empty_output_in_query_is_the_bare_wrapper() -> None:
    http = _response("sqs", "DeleteQueue", "query", {})
    assert http.body.decode().endswith(
        f'<DeleteQueueResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/">'
        f"<ResponseMetadata><RequestId>{RID}</RequestId></ResponseMetadata></DeleteQueueResponse>"
    )
    assert _response("sqs", "DeleteQueue", "json", {}).body == b"{}"


# --- STS, EC2 --------------------------------------------------------------------------------------


def test_sts_get_caller_identity_xml() -> None:
    result = {"UserId": "000000000000", "Account": "000000000000", "Arn": "arn:aws:iam::000000000000:root"}
    http = _response("sts", "GetCallerIdentity", "query", result)
    assert http.headers["Content-Type"] == "text/xml"
    assert http.headers["x-amzn-RequestId"] == RID
    assert http.body.decode() == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
        "<GetCallerIdentityResult><UserId>000000000000</UserId><Account>000000000000</Account>"
        "<Arn>arn:aws:iam::000000000000:root</Arn></GetCallerIdentityResult>"
        f"<ResponseMetadata><RequestId>{RID}</RequestId></ResponseMetadata></GetCallerIdentityResponse>"
    )


def test_sts_query_error() -> None:
    error = ServiceError("sig", code="SignatureDoesNotMatch", status_code=403, sender_fault=True)
    http = _error("sts", None, "query", error)
    assert http.status_code == 403
    assert (
        b"<ErrorResponse" in http.body
        and b"<Type>Sender</Type><Code>SignatureDoesNotMatch</Code>" in http.body
    )
    parsed = _parse_error("sts", None, "query", http)
    assert parsed["Error"] == {"Type": "Sender", "Code": "SignatureDoesNotMatch", "Message": "sig"}
    assert parsed["ResponseMetadata"]["RequestId"] == RID


def test_ec2_error_document() -> None:
    error = ServiceError(
        "The instance ID 'i-1' does not exist", code="InvalidInstanceID.NotFound", status_code=400
    )
    http = _error("ec2", "DescribeInstances", "ec2", error)
    assert (
        http.body.decode().endswith(
            "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>"
            "<Message>The instance ID &apos;i-1&apos; does not exist</Message></Error></Errors>"
            f"<RequestID>{RID}</RequestID></Response>"
        )
        or b"<Code>InvalidInstanceID.NotFound</Code>" in http.body
    )
    parsed = _parse_error("ec2", "DescribeInstances", "ec2", http)
    assert parsed["Error"]["Code"] == "InvalidInstanceID.NotFound"
    assert parsed["Error"]["Message"] == "The instance ID 'i-1' does not exist"
    assert parsed["ResponseMetadata"]["RequestId"] == RID


def test_ec2_response_uses_request_id_and_item_lists() -> None:
    http = _response("ec2", "DescribeVpcs", "ec2", {"Vpcs": [{"VpcId": "vpc-1", "IsDefault": True}]})
    text = http.body.decode()
    assert f"<requestId>{RID}</requestId>" in text
    assert "<vpcSet><item><isDefault>true</isDefault><vpcId>vpc-1</vpcId></item></vpcSet>" in text
    assert 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"' in text


# --- JSON family -----------------------------------------------------------------------------------


def test_json_timestamps_are_epoch_seconds_and_blobs_base64() -> None:
    result = {"Records": [{"SequenceNumber": "1", "ApproximateArrivalTimestamp": WHEN, "Data": b"\x00\x01",
                           "PartitionKey": "p"}]}  # fmt: skip
    http = _response("kinesis", "GetRecords", "json", result)
    assert http.headers["Content-Type"] == "application/x-amz-json-1.1"
    record = json.loads(http.body)["Records"][0]
    assert record["ApproximateArrivalTimestamp"] == 1704164645
    assert record["Data"] == "AAE="


def test_kinesis_cbor_for_the_java_sdk_uses_millisecond_dates() -> None:
    when = WHEN.replace(microsecond=250_000)
    result = {"Records": [{"SequenceNumber": "1", "ApproximateArrivalTimestamp": when, "Data": b"\x00\x01",
                           "PartitionKey": "p"}]}  # fmt: skip
    http = _response("kinesis", "GetRecords", "json-cbor", result)
    assert http.headers["Content-Type"] == "application/x-amz-cbor-1.1"
    # tag 1 holding epoch milliseconds (not seconds), as the Java SDK reads it
    assert bytes.fromhex("c11b") + (1704164645250).to_bytes(8, "big") in http.body
    assert b"\x42\x00\x01" in http.body  # Data as a 2-byte CBOR byte string, not base64
    assert _parse("kinesis", "GetRecords", "json-cbor", http)["Records"] == result["Records"]


def test_rpc_v2_cbor_error_and_response_headers() -> None:
    http = _response("cloudwatch", "ListDashboards", "smithy-rpc-v2-cbor", {"DashboardEntries": []})
    assert http.headers["smithy-protocol"] == "rpc-v2-cbor"
    assert http.headers["Content-Type"] == "application/cbor"
    error = ServiceError("no", code="ResourceNotFound", status_code=404)
    failed = _error("cloudwatch", "GetDashboard", "smithy-rpc-v2-cbor", error)
    # the modeled shape for code ResourceNotFound in GetDashboard is DashboardNotFoundError
    assert cbor2.loads(failed.body)["__type"] == "DashboardNotFoundError"
    assert failed.headers["x-amzn-query-error"] == "ResourceNotFound;Sender"
    assert (
        _parse_error("cloudwatch", "GetDashboard", "smithy-rpc-v2-cbor", failed)["Error"]["Code"]
        == "ResourceNotFound"
    )


def test_rest_json_status_header_and_payload() -> None:
    http = _response(
        "lambda",
        "Invoke",
        "rest-json",
        {"StatusCode": 202, "FunctionError": "Unhandled", "Payload": b'{"a":1}'},
    )
    assert http.status_code == 202
    assert http.headers["X-Amz-Function-Error"] == "Unhandled"
    assert http.body == b'{"a":1}'
    assert http.headers["x-amzn-RequestId"] == RID


def test_rest_json_error_has_error_type_header_and_modeled_fields() -> None:
    error = ServiceError(
        "slow down", code="TooManyRequestsException", status_code=429, retryAfterSeconds="3", Type="User"
    )
    http = _error("lambda", "Invoke", "rest-json", error)
    assert http.status_code == 429
    assert http.headers["X-Amzn-ErrorType"] == "TooManyRequestsException"
    assert http.headers["Retry-After"] == "3"
    assert json.loads(http.body) == {"Type": "User", "message": "slow down"}
    parsed = _parse_error("lambda", "Invoke", "rest-json", http)
    assert parsed["Error"]["Code"] == "TooManyRequestsException"
    assert parsed["retryAfterSeconds"] == "3"


UNMODELED_CASES = [
    ("sqs", "query"),
    ("ec2", "ec2"),
    ("dynamodb", "json"),
    ("kinesis", "json-cbor"),
    ("lambda", "rest-json"),
    ("s3", "rest-xml"),
    ("route53", "rest-xml"),
    ("cloudwatch", "smithy-rpc-v2-cbor"),
]


@pytest.mark.parametrize(("service", "protocol"), UNMODELED_CASES)
def test_unmodeled_errors_serialize_in_every_protocol(service: str, protocol: Protocol) -> None:
    error = ServiceError("kaboom", code="SomethingNew", status_code=503, Extra="x")
    http = _error(service, None, protocol, error)
    assert http.status_code == 503
    parsed = _parse_error(service, None, protocol, http)
    assert parsed["Error"]["Code"] == "SomethingNew"
    assert parsed["Error"]["Message"] == "kaboom"


def test_route53_error_envelope() -> None:
    error = ServiceError("bad", code="NoSuchHostedZone", status_code=404)
    text = _error("route53", "GetHostedZone", "rest-xml", error).body.decode()
    assert (
        '<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type>'
        in text
    )
    assert f"</Error><RequestId>{RID}</RequestId></ErrorResponse>" in text


def test_event_stream_output_is_streamed_as_messages() -> None:
    events = [
        {"SubscribeToShardEvent": {"Records": [], "ContinuationSequenceNumber": "7", "MillisBehindLatest": 0}}
    ]
    http = _response("kinesis", "SubscribeToShard", "json", {"EventStream": events})
    assert http.headers["Content-Type"] == "application/vnd.amazon.eventstream"
    assert http.stream is not None
    parsed = _parse("kinesis", "SubscribeToShard", "json", http)
    assert list(parsed["EventStream"]) == events


def test_carriage_returns_survive_xml() -> None:
    http = _response("sts", "GetCallerIdentity", "query", {"UserId": "a\r\nb"})
    assert _parse("sts", "GetCallerIdentity", "query", http)["UserId"] == "a\r\nb"


def test_stream_is_consumed_lazily() -> None:
    pulled: list[int] = []

    async def body() -> AsyncIterator[bytes]:
        for i in range(3):
            pulled.append(i)
            yield b"x"

    http = _response("s3", "GetObject", "rest-xml", {"Body": body()})
    assert pulled == []
    assert http.stream is not None

    async def drain() -> bytes:
        assert http.stream is not None
        return b"".join([chunk async for chunk in http.stream])

    assert asyncio.run(drain()) == b"xxx"
