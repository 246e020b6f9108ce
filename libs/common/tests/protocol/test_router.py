"""Hand-written routing cases: the wire forms the generated sweep does not produce on its own."""

from __future__ import annotations

import time

import botocore.session
import pytest
from botocore.config import Config
from overcast_common.errors import InvalidAction, UnknownOperationException
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol.router import (
    MethodNotAllowed,
    MissingAction,
    caller_protocol,
    detect_operation,
    detect_service,
    uri_params_for,
)
from overcast_common.protocol.routing_index import load_meta, service_index
from overcast_common.protocol.routing_signals import host_endpoint_prefixes, s3_virtual_host_bucket


def _auth(signing_name: str) -> str:
    return (
        f"AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/{signing_name}/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=abc"
    )


def req(
    method: str,
    path: str,
    query: str = "",
    *,
    host: str = "localhost:4566",
    signing: str | None = "s3",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> HttpRequest:
    h = Headers({"Host": host, **(headers or {})})
    if signing:
        h.add("Authorization", _auth(signing))
    return HttpRequest(method=method, path=path, query_string=query, headers=h, body=body)


def route(request: HttpRequest) -> tuple[str | None, str, str, dict[str, str]]:
    service = detect_service(request)
    assert service is not None
    match = detect_operation(service, request)
    return service, match.operation.name, match.protocol, match.uri_params


# --- S3 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "path", "bucket", "key"),
    [
        ("my-bucket.s3.amazonaws.com", "/a/b.txt", "my-bucket", "a/b.txt"),
        ("my.dotted.bucket.s3.us-east-1.amazonaws.com", "/k", "my.dotted.bucket", "k"),
        ("my-bucket.s3-eu-west-1.amazonaws.com", "/k", "my-bucket", "k"),
        ("my-bucket.s3.localhost.localstack.cloud:4566", "/dir/", "my-bucket", "dir/"),
        ("my-bucket.localhost:4566", "/k%20with%2Fslash", "my-bucket", "k with/slash"),
    ],
)
def test_virtual_hosted_s3_object(host: str, path: str, bucket: str, key: str) -> None:
    assert route(req("GET", path, host=host)) == (
        "s3",
        "GetObject",
        "rest-xml",
        {"Bucket": bucket, "Key": key},
    )


def test_virtual_hosted_bucket_operations() -> None:
    host = "b1.localhost:4566"
    assert route(req("GET", "/", host=host))[1:] == ("ListObjects", "rest-xml", {"Bucket": "b1"})
    assert route(req("GET", "/", "list-type=2", host=host))[1] == "ListObjectsV2"
    assert route(req("PUT", "/", host=host))[1] == "CreateBucket"
    assert route(req("GET", "/", "tagging", host=host))[1] == "GetBucketTagging"
    assert route(req("GET", "/k", "tagging", host=host))[1] == "GetObjectTagging"
    assert route(req("POST", "/", "delete", host=host))[1] == "DeleteObjects"
    assert route(req("POST", "/k", "uploads", host=host))[1] == "CreateMultipartUpload"


def test_path_style_s3_disambiguation_by_query_and_headers() -> None:
    copy = {"x-amz-copy-source": "src/k"}
    assert route(req("GET", "/"))[1] == "ListBuckets"
    assert route(req("PUT", "/b/k"))[1] == "PutObject"
    assert route(req("PUT", "/b/k", headers=copy))[1] == "CopyObject"
    assert route(req("PUT", "/b/k", "partNumber=1&uploadId=u"))[1] == "UploadPart"
    assert route(req("PUT", "/b/k", "partNumber=1&uploadId=u", headers=copy))[1] == "UploadPartCopy"
    assert route(req("GET", "/b/k", "uploadId=u"))[1] == "ListParts"
    assert route(req("DELETE", "/b/k", "uploadId=u"))[1] == "AbortMultipartUpload"
    assert route(req("DELETE", "/b/k"))[1] == "DeleteObject"
    assert route(req("GET", "/b/k", "versionId=v1"))[1:] == (
        "GetObject",
        "rest-xml",
        {"Bucket": "b", "Key": "k"},
    )
    assert route(req("GET", "/b", "analytics&id=a"))[1] == "GetBucketAnalyticsConfiguration"
    assert route(req("GET", "/b", "analytics"))[1] == "ListBucketAnalyticsConfigurations"
    assert route(req("GET", "/b", "lifecycle"))[1] == "GetBucketLifecycleConfiguration"
    assert route(req("GET", "/", signing="s3express"))[1] == "ListDirectoryBuckets"


def test_presigned_url_credential_names_the_service() -> None:
    session = botocore.session.get_session()
    client = session.create_client(
        "s3",
        region_name="us-east-1",
        endpoint_url="http://localhost:4566",
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(signature_version="s3v4"),
    )
    url = client.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "a/k"})
    path, _, query = url.removeprefix("http://localhost:4566").partition("?")
    request = req("GET", path, query, signing=None)
    assert "X-Amz-Credential=" in query
    assert route(request) == ("s3", "GetObject", "rest-xml", {"Bucket": "b", "Key": "a/k"})
    credential = "AK%2F20250101%2Fus-east-1%2Fsqs%2Faws4_request"
    sqs_presigned = req("GET", "/", f"Action=ListQueues&X-Amz-Credential={credential}", signing=None)
    assert route(sqs_presigned)[:3] == ("sqs", "ListQueues", "query")


def test_anonymous_requests_are_s3() -> None:
    assert route(req("GET", "/public-bucket/index.html", signing=None))[:2] == ("s3", "GetObject")
    assert detect_service(req("GET", "/", host="b.s3.amazonaws.com", signing=None)) == "s3"


def test_unknown_s3_method_is_method_not_allowed() -> None:
    with pytest.raises(MethodNotAllowed) as caught:
        detect_operation("s3", req("PATCH", "/b/k"))
    assert caught.value.status_code == 405
    assert caught.value.fields == {"Method": "PATCH", "ResourceType": "OBJECT"}


# --- SQS and the query / json duality ------------------------------------------------------------


FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}


def test_sqs_query_form_on_queue_url_path() -> None:
    body = b"Action=SendMessage&MessageBody=hello%26bye&Version=2012-11-05"
    request = req("POST", "/000000000000/my-queue", signing="sqs", headers=FORM, body=body)
    assert route(request) == ("sqs", "SendMessage", "query", {})


def test_sqs_json_target() -> None:
    headers = {"X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0"}
    assert route(req("POST", "/", signing="sqs", headers=headers)) == ("sqs", "SendMessage", "json", {})


def test_query_action_without_signature_uses_version() -> None:
    body = b"Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=x"
    assert route(req("POST", "/", signing=None, headers=FORM, body=body))[:3] == (
        "sts",
        "AssumeRoleWithWebIdentity",
        "query",
    )


def test_elb_versions_are_told_apart() -> None:
    v1 = req(
        "POST",
        "/",
        signing="elasticloadbalancing",
        headers=FORM,
        body=b"Action=DescribeTags&Version=2012-06-01",
    )
    v2 = req(
        "POST",
        "/",
        signing="elasticloadbalancing",
        headers=FORM,
        body=b"Action=DescribeTags&Version=2015-12-01",
    )
    assert detect_service(v1) == "elb"
    assert detect_service(v2) == "elbv2"


def test_ec2_protocol() -> None:
    request = req(
        "POST", "/", signing="ec2", headers=FORM, body=b"Action=DescribeInstances&Version=2016-11-15"
    )
    assert route(request) == ("ec2", "DescribeInstances", "ec2", {})


# --- json, json-cbor, rpc-v2-cbor ----------------------------------------------------------------


def test_dynamodb_and_streams_share_a_signing_name() -> None:
    json10 = {"Content-Type": "application/x-amz-json-1.0"}
    put = req(
        "POST", "/", signing="dynamodb", headers={**json10, "X-Amz-Target": "DynamoDB_20120810.PutItem"}
    )
    records = req(
        "POST",
        "/",
        signing="dynamodb",
        headers={**json10, "X-Amz-Target": "DynamoDBStreams_20120810.GetRecords"},
    )
    assert route(put)[:2] == ("dynamodb", "PutItem")
    assert route(records)[:2] == ("dynamodbstreams", "GetRecords")


def test_kinesis_cbor_form_of_json() -> None:
    headers = {"X-Amz-Target": "Kinesis_20131202.PutRecord", "Content-Type": "application/x-amz-cbor-1.1"}
    assert route(req("POST", "/", signing="kinesis", headers=headers))[1:3] == ("PutRecord", "json-cbor")


def test_cloudwatch_rpc_v2_cbor() -> None:
    headers = {"smithy-protocol": "rpc-v2-cbor", "Content-Type": "application/cbor"}
    request = req(
        "POST",
        "/service/GraniteServiceVersion20100801/operation/GetMetricData",
        signing="monitoring",
        headers=headers,
    )
    assert route(request) == ("cloudwatch", "GetMetricData", "smithy-rpc-v2-cbor", {})


def test_cloudwatch_query_form() -> None:
    body = b"Action=PutMetricData&Version=2010-08-01&Namespace=n"
    assert route(req("POST", "/", signing="monitoring", headers=FORM, body=body))[1:3] == (
        "PutMetricData",
        "query",
    )


# --- REST-JSON labels ----------------------------------------------------------------------------


def test_encoded_slash_in_plain_label_and_trailing_slash() -> None:
    arn = "arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Af%2Fx"
    request = req("GET", f"/2015-03-31/functions/{arn}/configuration", signing="lambda")
    assert route(request)[1:] == (
        "GetFunctionConfiguration",
        "rest-json",
        {"FunctionName": "arn:aws:lambda:us-east-1:000000000000:function:f/x"},
    )
    assert route(req("GET", "/2015-03-31/functions", signing="lambda"))[1] == "ListFunctions"
    assert route(req("GET", "/2015-03-31/functions/", signing="lambda"))[1] == "ListFunctions"


def test_uri_params_for() -> None:
    from overcast_common.protocol.models import operation_model

    get_object = operation_model("s3", "GetObject")
    assert uri_params_for(get_object, req("GET", "/b/a/b/c")) == {"Bucket": "b", "Key": "a/b/c"}
    assert uri_params_for(get_object, req("GET", "/a/b", host="vb.localhost")) == {
        "Bucket": "vb",
        "Key": "a/b",
    }
    assert uri_params_for(get_object, req("PUT", "/b/k")) is None
    assert uri_params_for(operation_model("s3", "GetBucketTagging"), req("GET", "/b")) is None


# --- errors --------------------------------------------------------------------------------------


def test_unknown_operations_raise_the_protocol_error() -> None:
    with pytest.raises(InvalidAction, match=r"The action Nope is not valid for this web service\."):
        detect_operation("sqs", req("POST", "/", signing="sqs", headers=FORM, body=b"Action=Nope"))
    with pytest.raises(MissingAction):
        detect_operation("iam", req("POST", "/", signing="iam"))
    with pytest.raises(UnknownOperationException) as json_err:
        detect_operation(
            "dynamodb",
            req("POST", "/", signing="dynamodb", headers={"X-Amz-Target": "DynamoDB_20120810.Nope"}),
        )
    assert json_err.value.status_code == 400
    with pytest.raises(UnknownOperationException) as rest_err:
        detect_operation("lambda", req("GET", "/nope", signing="lambda"))
    assert rest_err.value.status_code == 404
    assert (
        caller_protocol("sqs", req("POST", "/", signing="sqs", headers=FORM, body=b"Action=Nope")) == "query"
    )


def test_unknown_signing_name_routes_nowhere() -> None:
    assert detect_service(req("POST", "/", signing="no-such-service")) is None


# --- index and host helpers ----------------------------------------------------------------------


def test_head_parsed_metadata_matches_the_full_model() -> None:
    session = botocore.session.get_session()
    for name in ("s3", "sqs", "cloudwatch", "ec2", "dynamodbstreams", "timestream-query", "codecatalyst"):
        md = session.get_service_model(name).metadata
        meta = load_meta(name)
        assert meta.signing_name == md.get("signingName", md["endpointPrefix"])
        assert meta.target_prefix == md.get("targetPrefix")
        assert meta.api_version == md["apiVersion"]
    assert len(service_index().services) == len(session.get_available_services())


def test_host_helpers() -> None:
    assert host_endpoint_prefixes("sqs.us-east-1.localhost.localstack.cloud") == ["sqs"]
    assert host_endpoint_prefixes("portal.sso.eu-west-1.amazonaws.com")[0] == "portal.sso"
    assert host_endpoint_prefixes("iam.amazonaws.com") == ["iam"]
    assert host_endpoint_prefixes("localhost") == []
    assert s3_virtual_host_bucket("s3.amazonaws.com") is None
    assert s3_virtual_host_bucket("123456789012.s3-control.us-east-1.amazonaws.com") is None
    unsigned_sqs = req(
        "POST", "/", host="sqs.us-east-1.amazonaws.com", signing=None, headers=FORM, body=b"Action=ListQueues"
    )
    assert detect_service(unsigned_sqs) == "sqs"


# --- speed ---------------------------------------------------------------------------------------


def _per_call_us(request: HttpRequest, rounds: int = 2000) -> float:
    detect_operation(detect_service(request) or "", request)  # warm the tables
    start = time.perf_counter()
    for _ in range(rounds):
        detect_operation(detect_service(request) or "", request)
    return (time.perf_counter() - start) / rounds * 1e6


def test_routing_is_fast() -> None:
    s3 = req("PUT", "/bucket/some/key.txt", "partNumber=1&uploadId=u")
    sqs = req(
        "POST",
        "/",
        signing="sqs",
        headers={"X-Amz-Target": "AmazonSQS.SendMessage", "Content-Type": "application/x-amz-json-1.0"},
    )
    # generous bound (shared CI cores); the typical numbers are in the router's report
    assert _per_call_us(s3) < 1000
    assert _per_call_us(sqs) < 1000
