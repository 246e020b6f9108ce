"""Hand-written cases for the request parsers: the wire forms real clients send."""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import cbor2
import pytest
from overcast_common.context import Protocol
from overcast_common.errors import ClientError, SerializationException
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol.models import operation_model
from overcast_common.protocol.parsers import InvalidRequest, MalformedQueryString, MalformedXML, parse_request

UTC = datetime.UTC


def parse(
    service: str, operation: str, protocol: Protocol, request: HttpRequest, uri: dict[str, str] | None = None
) -> dict[str, Any]:
    return parse_request(operation_model(service, operation), protocol, request, uri or {})


def form(pairs: dict[str, str]) -> HttpRequest:
    return HttpRequest(
        method="POST",
        path="/",
        headers=Headers({"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}),
        body=urlencode(pairs).encode(),
    )


async def _chunks() -> AsyncIterator[bytes]:
    yield b"hello "
    yield b"world"


# --- S3 (rest-xml) -------------------------------------------------------------------------------


def test_s3_put_object_passes_the_stream_through_and_reads_metadata_headers() -> None:
    stream = _chunks()
    request = HttpRequest(
        method="PUT",
        path="/my-bucket/a%20b/c.txt",
        headers=Headers(
            [
                ("content-length", "11"),
                ("content-type", "text/plain"),
                ("x-amz-meta-Color", "blue"),
                ("x-amz-meta-shape", " round "),
                ("expires", "Thu, 01 Feb 2024 10:00:00 GMT"),
                ("x-amz-object-lock-retain-until-date", "2024-03-04T05:06:07.250Z"),
                ("x-amz-server-side-encryption-bucket-key-enabled", "TRUE"),
                ("x-amz-storage-class", "STANDARD_IA"),
            ]
        ),
        stream=stream,
    )
    params = parse("s3", "PutObject", "rest-xml", request, {"Bucket": "my-bucket", "Key": "a b/c.txt"})
    assert params["Body"] is stream
    assert params["Bucket"] == "my-bucket" and params["Key"] == "a b/c.txt"
    assert params["Metadata"] == {"Color": "blue", "shape": "round"}
    assert params["ContentLength"] == 11
    assert params["Expires"] == datetime.datetime(2024, 2, 1, 10, 0, tzinfo=UTC)
    assert params["ObjectLockRetainUntilDate"] == datetime.datetime(2024, 3, 4, 5, 6, 7, 250000, tzinfo=UTC)
    assert params["BucketKeyEnabled"] is True
    assert params["StorageClass"] == "STANDARD_IA"


def test_s3_put_object_without_stream_gives_bytes_and_empty_body_is_empty_bytes() -> None:
    request = HttpRequest(method="PUT", path="/b/k", body=b"\x00\x01")
    assert parse("s3", "PutObject", "rest-xml", request, {"Bucket": "b", "Key": "k"})["Body"] == b"\x00\x01"
    empty = HttpRequest(method="PUT", path="/b/k")
    assert parse("s3", "PutObject", "rest-xml", empty, {"Bucket": "b", "Key": "k"})["Body"] == b""


def test_s3_delete_objects_xml_with_namespace_and_flattened_list() -> None:
    body = (
        b'<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Quiet>true</Quiet>'
        b"<Object><Key>a</Key></Object>"
        b"<Object><Key>b &amp; c</Key><VersionId>v1</VersionId></Object></Delete>"
    )
    request = HttpRequest(method="POST", path="/b", query_string="delete", body=body)
    params = parse("s3", "DeleteObjects", "rest-xml", request, {"Bucket": "b"})
    assert params["Delete"] == {"Quiet": True, "Objects": [{"Key": "a"}, {"Key": "b & c", "VersionId": "v1"}]}


def test_s3_put_bucket_acl_reads_xml_attributes() -> None:
    body = (
        b'<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><AccessControlList><Grant>'
        b'<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">'
        b"<ID>abc</ID></Grantee><Permission>READ</Permission></Grant></AccessControlList>"
        b"<Owner><ID>abc</ID></Owner></AccessControlPolicy>"
    )
    request = HttpRequest(method="PUT", path="/b", query_string="acl", body=body)
    policy = parse("s3", "PutBucketAcl", "rest-xml", request, {"Bucket": "b"})["AccessControlPolicy"]
    assert policy["Grants"] == [{"Grantee": {"Type": "CanonicalUser", "ID": "abc"}, "Permission": "READ"}]


def test_s3_list_objects_query_string_members() -> None:
    request = HttpRequest(
        method="GET", path="/b", query_string="list-type=2&max-keys=5&prefix=a%2Fb&fetch-owner=true"
    )
    params = parse("s3", "ListObjectsV2", "rest-xml", request, {"Bucket": "b"})
    assert params == {"Bucket": "b", "MaxKeys": 5, "Prefix": "a/b", "FetchOwner": True}


def test_s3_malformed_xml_and_bad_header_are_typed_errors() -> None:
    bad_xml = HttpRequest(method="PUT", path="/b", query_string="tagging", body=b"<Tagging><TagSet>")
    with pytest.raises(MalformedXML):
        parse("s3", "PutBucketTagging", "rest-xml", bad_xml, {"Bucket": "b"})
    bad_header = HttpRequest(method="PUT", path="/b/k", headers=Headers({"Content-Length": "eleven"}))
    with pytest.raises(InvalidRequest):
        parse("s3", "PutObject", "rest-xml", bad_header, {"Bucket": "b", "Key": "k"})


# --- SQS: json and both query spellings ----------------------------------------------------------


def test_sqs_json_form() -> None:
    body = {
        "QueueUrl": "http://localhost:4566/000000000000/q",
        "MessageBody": "hi",
        "DelaySeconds": 3,
        "MessageAttributes": {"n": {"DataType": "Binary", "BinaryValue": base64.b64encode(b"\x01").decode()}},
    }
    request = HttpRequest(
        method="POST",
        path="/",
        headers=Headers(
            {"X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0"}
        ),
        body=json.dumps(body).encode(),
    )
    params = parse("sqs", "SendMessage", "json", request)
    assert params["DelaySeconds"] == 3
    assert params["MessageAttributes"] == {"n": {"DataType": "Binary", "BinaryValue": b"\x01"}}


def test_sqs_legacy_query_form() -> None:
    request = form(
        {
            "Action": "SendMessage",
            "Version": "2012-11-05",
            "QueueUrl": "http://localhost:4566/000000000000/q",
            "MessageBody": "a+b c",
            "MessageAttribute.1.Name": "color",
            "MessageAttribute.1.Value.DataType": "String",
            "MessageAttribute.1.Value.StringValue": "red",
            "MessageAttribute.2.Name": "list",
            "MessageAttribute.2.Value.DataType": "String",
            "MessageAttribute.2.Value.StringListValue.1": "x",
            "MessageAttribute.2.Value.StringListValue.2": "y",
        }
    )
    params = parse("sqs", "SendMessage", "query", request)
    assert params["MessageBody"] == "a+b c"
    assert params["MessageAttributes"] == {
        "color": {"DataType": "String", "StringValue": "red"},
        "list": {"DataType": "String", "StringListValues": ["x", "y"]},
    }


def test_sqs_legacy_query_lists_and_batch_entries() -> None:
    receive = form(
        {"Action": "ReceiveMessage", "QueueUrl": "u", "AttributeName.1": "All", "MaxNumberOfMessages": "2"}
    )
    assert parse("sqs", "ReceiveMessage", "query", receive) == {
        "QueueUrl": "u",
        "AttributeNames": ["All"],
        "MaxNumberOfMessages": 2,
    }
    batch = form(
        {
            "Action": "SendMessageBatch",
            "QueueUrl": "u",
            "SendMessageBatchRequestEntry.1.Id": "a",
            "SendMessageBatchRequestEntry.1.MessageBody": "one",
            "SendMessageBatchRequestEntry.2.Id": "b",
            "SendMessageBatchRequestEntry.2.MessageBody": "two",
            "SendMessageBatchRequestEntry.2.DelaySeconds": "5",
        }
    )
    entries = parse("sqs", "SendMessageBatch", "query", batch)["Entries"]
    assert entries == [
        {"Id": "a", "MessageBody": "one"},
        {"Id": "b", "MessageBody": "two", "DelaySeconds": 5},
    ]
    create = form(
        {
            "Action": "CreateQueue",
            "QueueName": "q",
            "Attribute.1.Name": "DelaySeconds",
            "Attribute.1.Value": "1",
        }
    )
    assert parse("sqs", "CreateQueue", "query", create)["Attributes"] == {"DelaySeconds": "1"}


def test_query_bad_integer_is_malformed_query_string() -> None:
    with pytest.raises(MalformedQueryString):
        parse("sqs", "ReceiveMessage", "query", form({"QueueUrl": "u", "MaxNumberOfMessages": "many"}))


def test_query_get_request_reads_the_query_string() -> None:
    request = HttpRequest(method="GET", path="/", query_string="Action=GetQueueUrl&QueueName=q%201")
    assert parse("sqs", "GetQueueUrl", "query", request) == {"QueueName": "q 1"}


# --- EC2 -------------------------------------------------------------------------------------------


def test_ec2_query_names_and_flat_lists() -> None:
    request = form(
        {
            "Action": "RunInstances",
            "ImageId": "ami-1",
            "MinCount": "1",
            "MaxCount": "2",
            "SecurityGroupId.1": "sg-1",
            "SecurityGroupId.2": "sg-2",
            "TagSpecification.1.ResourceType": "instance",
            "TagSpecification.1.Tag.1.Key": "Name",
            "TagSpecification.1.Tag.1.Value": "web",
            "DryRun": "true",
            "ClientToken": "tok",
        }
    )
    params = parse("ec2", "RunInstances", "ec2", request)
    assert params["SecurityGroupIds"] == ["sg-1", "sg-2"]
    assert params["TagSpecifications"] == [
        {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web"}]}
    ]
    assert params["DryRun"] is True and params["ClientToken"] == "tok" and params["MaxCount"] == 2


def test_ec2_filters() -> None:
    request = form(
        {"Filter.1.Name": "tag:Env", "Filter.1.Value.1": "a", "Filter.1.Value.2": "b", "InstanceId.1": "i-1"}
    )
    params = parse("ec2", "DescribeInstances", "ec2", request)
    assert params == {"Filters": [{"Name": "tag:Env", "Values": ["a", "b"]}], "InstanceIds": ["i-1"]}


# --- Kinesis CBOR (Java SDK / KCL) -------------------------------------------------------------------


def _kinesis_cbor(operation: str, body: dict[str, Any]) -> HttpRequest:
    headers = {"X-Amz-Target": f"Kinesis_20131202.{operation}", "Content-Type": "application/x-amz-cbor-1.1"}
    return HttpRequest(method="POST", path="/", headers=Headers(headers), body=cbor2.dumps(body))


def test_kinesis_cbor_put_record_keeps_raw_bytes() -> None:
    request = _kinesis_cbor("PutRecord", {"StreamName": "s", "Data": b"\x00\xffdata", "PartitionKey": "pk"})
    assert parse("kinesis", "PutRecord", "json-cbor", request) == {
        "StreamName": "s",
        "Data": b"\x00\xffdata",
        "PartitionKey": "pk",
    }


@pytest.mark.parametrize(
    "timestamp",
    [1_700_000_000_000, 1_700_000_000, datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)],
    ids=["epoch-millis", "epoch-seconds", "cbor-tag-1"],
)
def test_kinesis_cbor_timestamps(timestamp: Any) -> None:
    body = {"StreamName": "s", "ShardId": "0", "ShardIteratorType": "AT_TIMESTAMP", "Timestamp": timestamp}
    params = parse("kinesis", "GetShardIterator", "json-cbor", _kinesis_cbor("GetShardIterator", body))
    assert params["Timestamp"] == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)


def test_cbor_garbage_is_serialization_exception() -> None:
    request = HttpRequest(method="POST", path="/", body=b"\xff\xff\x00")
    with pytest.raises(SerializationException):
        parse("kinesis", "PutRecord", "json-cbor", request)


# --- CloudWatch in smithy-rpc-v2-cbor (and json) ---------------------------------------------------


def test_cloudwatch_rpc_v2_cbor_put_metric_data() -> None:
    when = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    body = {
        "Namespace": "App",
        "MetricData": [
            {
                "MetricName": "Latency",
                "Dimensions": [{"Name": "Host", "Value": "a"}],
                "Timestamp": when,
                "Value": 1.25,
                "Values": [1.0, 2.5],
                "Counts": [1.0, 2.0],
                "Unit": "Milliseconds",
                "StorageResolution": 1,
            }
        ],
    }
    request = HttpRequest(
        method="POST",
        path="/service/GraniteServiceVersion20100801/operation/PutMetricData",
        headers=Headers({"smithy-protocol": "rpc-v2-cbor", "Content-Type": "application/cbor"}),
        body=cbor2.dumps(body),
    )
    assert parse("cloudwatch", "PutMetricData", "smithy-rpc-v2-cbor", request) == body


def test_json_type_mismatch_is_serialization_exception() -> None:
    request = HttpRequest(method="POST", path="/", body=b'{"QueueUrl": "u", "MaxNumberOfMessages": "ten"}')
    with pytest.raises(SerializationException):
        parse("sqs", "ReceiveMessage", "json", request)
    with pytest.raises(SerializationException):
        parse("sqs", "ReceiveMessage", "json", HttpRequest(method="POST", path="/", body=b"{not json"))


def test_json_empty_body_is_empty_input() -> None:
    assert parse("sqs", "ListQueues", "json", HttpRequest(method="POST", path="/")) == {}


# --- REST details: header lists, jsonvalue headers, query maps, timestamp formats ------------------


def test_header_list_with_quoted_items() -> None:
    request = HttpRequest(
        method="GET",
        path="/b/k",
        query_string="attributes",
        headers=Headers({"x-amz-object-attributes": 'ETag, "Object,Parts" ,ObjectSize'}),
    )
    params = parse("s3", "GetObjectAttributes", "rest-xml", request, {"Bucket": "b", "Key": "k"})
    assert params["ObjectAttributes"] == ["ETag", "Object,Parts", "ObjectSize"]


def test_jsonvalue_header_is_base64_json() -> None:
    attributes = base64.b64encode(json.dumps({"a": "1"}).encode()).decode()
    request = HttpRequest(
        method="POST",
        path="/bot/b/alias/a/user/u/content",
        headers=Headers(
            {"x-amz-lex-session-attributes": attributes, "Content-Type": "text/plain; charset=utf-8"}
        ),
        body=b"hi",
    )
    params = parse(
        "lex-runtime", "PostContent", "rest-json", request, {"botName": "b", "botAlias": "a", "userId": "u"}
    )
    assert params["sessionAttributes"] == {"a": "1"}
    assert params["contentType"] == "text/plain; charset=utf-8"


def test_query_string_map_collects_unclaimed_keys() -> None:
    request = HttpRequest(
        method="GET", path="/restapis/r/stages/s/exports/swagger", query_string="extensions=a&x=1"
    )
    params = parse(
        "apigateway",
        "GetExport",
        "rest-json",
        request,
        {"restapi_id": "r", "stage_name": "s", "export_type": "swagger"},
    )
    assert params["parameters"] == {"extensions": "a", "x": "1"}


def test_timestamp_format_overrides_in_query_and_header() -> None:
    request = HttpRequest(
        method="GET",
        path="/b/k",
        query_string="response-expires=Wed%2C%2003%20Jan%202024%2004%3A05%3A06%20GMT",
        headers=Headers({"If-Modified-Since": "Tue, 02 Jan 2024 03:04:05 GMT"}),
    )
    params = parse("s3", "GetObject", "rest-xml", request, {"Bucket": "b", "Key": "k"})
    assert params["ResponseExpires"] == datetime.datetime(2024, 1, 3, 4, 5, 6, tzinfo=UTC)
    assert params["IfModifiedSince"] == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_uri_labels_are_converted_to_the_member_type() -> None:
    request = HttpRequest(method="GET", path="/2015-03-31/functions/f/versions", query_string="MaxItems=3")
    params = parse("lambda", "ListVersionsByFunction", "rest-json", request, {"FunctionName": "f"})
    assert params == {"FunctionName": "f", "MaxItems": 3}


# --- malformed input never escapes as a bare Python exception ------------------------------------


@pytest.mark.parametrize(
    ("service", "operation", "protocol", "body"),
    [
        ("sqs", "SendMessage", "json", b'{"QueueUrl": ["x"]}'),
        ("sqs", "SendMessage", "json", b"[1, 2]"),
        ("sqs", "SendMessage", "json", b'{"DelaySeconds": 1e999}'),
        ("sqs", "SendMessage", "json", b"[" * 100_000),
        ("dynamodb", "PutItem", "json", b'{"Item": {"a": {"B": "not base64!"}}}'),
        ("kinesis", "PutRecord", "json-cbor", cbor2.dumps({"Data": 12, "StreamName": b"x"})),
        ("cloudwatch", "PutMetricData", "smithy-rpc-v2-cbor", cbor2.dumps([1, 2])),
        (
            "cloudwatch",
            "PutMetricData",
            "smithy-rpc-v2-cbor",
            cbor2.dumps({"MetricData": [{"Timestamp": "x"}]}),
        ),
        ("route53", "ChangeResourceRecordSets", "rest-xml", b"<?xml version='1.0'?><A><B></A>"),
        ("route53", "ChangeResourceRecordSets", "rest-xml", b"<R><ChangeBatch><Changes><Change>oops"),
        ("lambda", "CreateFunction", "rest-json", b'{"Timeout": "soon"}'),
        ("sns", "Publish", "query", b"Action=Publish&MessageAttributes.entry.1.value.DataType=String"),
        ("sns", "Publish", "query", b"\xff\xfe"),
    ],
)
def test_malformed_bodies_raise_typed_client_errors(
    service: str, operation: str, protocol: Protocol, body: bytes
) -> None:
    content_type = "application/x-www-form-urlencoded" if protocol == "query" else "application/octet-stream"
    request = HttpRequest(method="POST", path="/", headers=Headers({"Content-Type": content_type}), body=body)
    with pytest.raises(ClientError) as raised:
        parse(service, operation, protocol, request, {"Id": "Z1"})
    expected = {"query": "MalformedQueryString", "rest-xml": "MalformedXML"}.get(
        protocol, "SerializationException"
    )
    assert raised.value.code == expected
