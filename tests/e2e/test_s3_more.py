"""S3's remaining edges end to end (both modes): POST form fields applied to the object, CORS preflights
at the website endpoint, ``OptionalObjectAttributes=RestoreStatus``, MFA delete, ``s3:ObjectAcl:Put``
events, ``ExistingObjectReplication``, the log delivery permission check, and CloudTrail records of POST
uploads and website reads."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from .conftest import ClientFactory

ACCOUNT = "000000000000"
REGION = "us-east-1"
SSE_KEY = bytes(range(32))
MFA = f"arn:aws:iam::{ACCOUNT}:mfa/root-account-mfa-device 123456"


@pytest.fixture(scope="module")
def s3(client_factory: ClientFactory) -> Any:
    return client_factory("s3")


@pytest.fixture(scope="module")
def s3v4(client_factory: ClientFactory) -> Any:
    return client_factory("s3", config=Config(signature_version="s3v4", retries={"max_attempts": 1}))


@pytest.fixture
def bucket(s3: Any) -> str:
    name = f"more-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def error_of(call: Callable[..., Any], **params: Any) -> tuple[str, int, str]:
    with pytest.raises(ClientError) as caught:
        call(**params)
    response = caught.value.response
    return (
        response["Error"]["Code"],
        response["ResponseMetadata"]["HTTPStatusCode"],
        response["Error"]["Message"],
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def until(check: Callable[[], Any], timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def post_form(s3v4: Any, bucket: str, key: str, fields: dict[str, str], body: bytes) -> httpx.Response:
    conditions: list[Any] = [{name: value} for name, value in fields.items()]
    post = s3v4.generate_presigned_post(bucket, key, Fields=fields, Conditions=conditions, ExpiresIn=300)
    return httpx.post(post["url"], data=post["fields"], files={"file": ("f.txt", body, "text/plain")})


# --- POST uploads ------------------------------------------------------------------------------------


def test_post_upload_applies_acl_tagging_checksum_and_content_fields(s3: Any, s3v4: Any, bucket: str) -> None:
    s3.put_bucket_ownership_controls(
        Bucket=bucket, OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]}
    )
    s3.delete_public_access_block(Bucket=bucket)
    body = b"posted through a form"
    sha = b64(hashlib.sha256(body).digest())
    fields = {
        "acl": "public-read",
        "tagging": "<Tagging><TagSet><Tag><Key>team</Key><Value>web</Value></Tag></TagSet></Tagging>",
        "x-amz-checksum-algorithm": "SHA256",
        "x-amz-checksum-sha256": sha,
        "x-amz-storage-class": "STANDARD_IA",
        "Cache-Control": "max-age=60",
        "Content-Disposition": 'attachment; filename="f.txt"',
        "Expires": "Thu, 01 Jan 2037 00:00:00 GMT",
    }
    answer = post_form(s3v4, bucket, "form/obj", fields, body)
    assert answer.status_code == 204, answer.text
    head = s3.head_object(Bucket=bucket, Key="form/obj", ChecksumMode="ENABLED")
    assert head["ChecksumSHA256"] == sha and head["StorageClass"] == "STANDARD_IA"
    assert (
        head["CacheControl"] == "max-age=60" and head["ContentDisposition"] == fields["Content-Disposition"]
    )
    assert head["ExpiresString"] == "Thu, 01 Jan 2037 00:00:00 GMT"
    assert s3.get_object_tagging(Bucket=bucket, Key="form/obj")["TagSet"] == [{"Key": "team", "Value": "web"}]
    grants = s3.get_object_acl(Bucket=bucket, Key="form/obj")["Grants"]
    assert any(
        g["Grantee"].get("URI", "").endswith("/AllUsers") and g["Permission"] == "READ" for g in grants
    )
    wrong = post_form(s3v4, bucket, "form/bad", {"x-amz-checksum-sha256": b64(b"0" * 32)}, body)
    assert wrong.status_code == 400 and "<Code>BadDigest</Code>" in wrong.text


def test_post_upload_with_sse_c(s3: Any, s3v4: Any, bucket: str) -> None:
    s3.put_bucket_encryption(
        Bucket=bucket,
        ServerSideEncryptionConfiguration={
            "Rules": [
                {
                    "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"},
                    "BlockedEncryptionTypes": {"EncryptionType": ["NONE"]},
                }
            ]
        },
    )
    fields = {
        "x-amz-server-side-encryption-customer-algorithm": "AES256",
        "x-amz-server-side-encryption-customer-key": b64(SSE_KEY),
        "x-amz-server-side-encryption-customer-key-MD5": b64(hashlib.md5(SSE_KEY).digest()),
    }
    answer = post_form(s3v4, bucket, "secret", fields, b"for your eyes only")
    assert answer.status_code == 204, answer.text
    assert answer.headers["x-amz-server-side-encryption-customer-algorithm"] == "AES256"
    assert error_of(s3.get_object, Bucket=bucket, Key="secret")[:2] == ("InvalidRequest", 400)
    got = s3.get_object(Bucket=bucket, Key="secret", SSECustomerAlgorithm="AES256", SSECustomerKey=SSE_KEY)
    assert got["Body"].read() == b"for your eyes only"


# --- website preflights ----------------------------------------------------------------------------------


def test_website_endpoint_answers_preflights_from_the_bucket_cors(
    s3: Any, endpoint: str, bucket: str
) -> None:
    s3.put_bucket_website(Bucket=bucket, WebsiteConfiguration={"IndexDocument": {"Suffix": "index.html"}})
    url = f"{endpoint}/_overcast/website/{bucket}/index.html"
    preflight = {"Origin": "https://app.example", "Access-Control-Request-Method": "GET"}
    refused = httpx.options(url, headers=preflight)
    assert refused.status_code == 403 and "CORSResponse: CORS is not enabled for this bucket." in refused.text
    assert refused.headers["content-type"].startswith("text/html")
    s3.put_bucket_cors(
        Bucket=bucket,
        CORSConfiguration={
            "CORSRules": [
                {"AllowedOrigins": ["https://app.example"], "AllowedMethods": ["GET"], "MaxAgeSeconds": 9}
            ]
        },
    )
    allowed = httpx.options(url, headers=preflight)
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    assert allowed.headers["access-control-max-age"] == "9"
    other = httpx.options(url, headers={**preflight, "Origin": "https://evil.example"})
    assert other.status_code == 403 and "<li>Code: AccessForbidden</li>" in other.text


# --- listings: RestoreStatus -------------------------------------------------------------------------------


def test_listings_carry_restore_status(s3: Any, bucket: str) -> None:
    s3.put_object(Bucket=bucket, Key="cold", Body=b"x", StorageClass="GLACIER")
    s3.put_object(Bucket=bucket, Key="warm", Body=b"x")
    s3.restore_object(Bucket=bucket, Key="cold", RestoreRequest={"Days": 1})

    def status(method: str, member: str) -> dict[str, Any]:
        listed = getattr(s3, method)(Bucket=bucket, OptionalObjectAttributes=["RestoreStatus"])
        return {entry["Key"]: entry.get("RestoreStatus") for entry in listed[member]}

    first = status("list_objects_v2", "Contents")
    assert first["warm"] is None and first["cold"]["IsRestoreInProgress"] in (True, False)
    assert "RestoreStatus" not in s3.list_objects_v2(Bucket=bucket)["Contents"][0]
    done = until(lambda: status("list_objects_v2", "Contents")["cold"].get("RestoreExpiryDate"))
    assert done is not None
    assert status("list_object_versions", "Versions")["cold"]["IsRestoreInProgress"] is False


# --- MFA delete -------------------------------------------------------------------------------------------


def test_mfa_delete_needs_the_mfa_header(s3: Any, bucket: str) -> None:
    enable = {"Status": "Enabled", "MFADelete": "Enabled"}
    assert error_of(s3.put_bucket_versioning, Bucket=bucket, VersioningConfiguration=enable) == (
        "AccessDenied",
        403,
        "Mfa Authentication must be used for this request",
    )
    code, status, _ = error_of(
        s3.put_bucket_versioning, Bucket=bucket, VersioningConfiguration=enable, MFA="123456"
    )
    assert (code, status) == ("InvalidArgument", 400)
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration=enable, MFA=MFA)
    assert s3.get_bucket_versioning(Bucket=bucket)["MFADelete"] == "Enabled"
    version = s3.put_object(Bucket=bucket, Key="k", Body=b"1")["VersionId"]
    s3.delete_object(Bucket=bucket, Key="k")  # a delete marker needs no MFA
    assert error_of(s3.delete_object, Bucket=bucket, Key="k", VersionId=version)[:2] == ("AccessDenied", 403)
    s3.delete_object(Bucket=bucket, Key="k", VersionId=version, MFA=MFA)
    assert error_of(s3.put_bucket_versioning, Bucket=bucket, VersioningConfiguration={"Status": "Suspended"})[
        0
    ] == ("AccessDenied")
    s3.put_bucket_versioning(
        Bucket=bucket, VersioningConfiguration={"Status": "Enabled", "MFADelete": "Disabled"}, MFA=MFA
    )


# --- events and replication ----------------------------------------------------------------------------------


def test_object_acl_put_event(s3: Any, client_factory: ClientFactory, bucket: str) -> None:
    sqs = client_factory("sqs")
    name = f"acl-events-{uuid.uuid4().hex[:8]}"
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    arn = f"arn:aws:sqs:{REGION}:{ACCOUNT}:{name}"
    config = {"QueueConfigurations": [{"QueueArn": arn, "Events": ["s3:ObjectAcl:Put"]}]}
    code, status, _ = error_of(
        s3.put_bucket_notification_configuration, Bucket=bucket, NotificationConfiguration=config
    )
    assert (code, status) == ("InvalidArgument", 400)  # the queue has no policy letting S3 send
    statement = {
        "Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sqs:SendMessage",
        "Resource": arn, "Condition": {"ArnLike": {"aws:SourceArn": f"arn:aws:s3:::{bucket}"}},
    }  # fmt: skip
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": json.dumps({"Statement": [statement]})})
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration=config)
    s3.put_bucket_ownership_controls(
        Bucket=bucket, OwnershipControls={"Rules": [{"ObjectOwnership": "BucketOwnerPreferred"}]}
    )
    s3.put_object(Bucket=bucket, Key="doc", Body=b"x")
    s3.put_object_acl(Bucket=bucket, Key="doc", ACL="bucket-owner-full-control")
    bodies: list[dict[str, Any]] = []

    def received() -> bool:
        for message in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get(
            "Messages", []
        ):
            bodies.append(json.loads(message["Body"]))
        return len(bodies) >= 2

    until(received)
    names = [b["Records"][0]["eventName"] for b in bodies if "Records" in b]
    assert names == ["ObjectAcl:Put"] and bodies[0]["Event"] == "s3:TestEvent"


def test_existing_object_replication(s3: Any, bucket: str) -> None:
    target = f"{bucket}-dst"
    s3.create_bucket(Bucket=target)
    for name in (bucket, target):
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    s3.put_object(Bucket=bucket, Key="old/a", Body=b"a1")
    latest = s3.put_object(Bucket=bucket, Key="old/a", Body=b"a2")["VersionId"]
    rule = {
        "ID": "existing", "Status": "Enabled", "Priority": 1, "Filter": {"Prefix": "old/"},
        "DeleteMarkerReplication": {"Status": "Disabled"},
        "ExistingObjectReplication": {"Status": "Enabled"},
        "Destination": {"Bucket": f"arn:aws:s3:::{target}"},
    }  # fmt: skip
    s3.put_bucket_replication(
        Bucket=bucket,
        ReplicationConfiguration={"Role": f"arn:aws:iam::{ACCOUNT}:role/replication", "Rules": [rule]},
    )
    versions = until(lambda: len(s3.list_object_versions(Bucket=target).get("Versions", [])) == 2)
    assert versions
    got = s3.get_object(Bucket=target, Key="old/a")
    assert (got["Body"].read(), got["VersionId"], got["ReplicationStatus"]) == (b"a2", latest, "REPLICA")
    assert until(lambda: s3.head_object(Bucket=bucket, Key="old/a").get("ReplicationStatus") == "COMPLETED")


# --- server access logs ----------------------------------------------------------------------------------------


def test_log_delivery_permission_check(s3: Any, bucket: str) -> None:
    target = f"{bucket}-logs"
    s3.create_bucket(Bucket=target)
    status = {"LoggingEnabled": {"TargetBucket": target, "TargetPrefix": "logs/"}}
    code, http_status, message = error_of(s3.put_bucket_logging, Bucket=bucket, BucketLoggingStatus=status)
    assert (code, http_status) == ("InvalidTargetBucketForLogging", 400)
    assert message.startswith("You must either provide the necessary permissions to the logging service")
    delivery = {
        "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject",
        "Resource": f"arn:aws:s3:::{target}/logs/*",
        "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT}},
    }  # fmt: skip
    s3.put_bucket_policy(Bucket=target, Policy=json.dumps({"Version": "2012-10-17", "Statement": [delivery]}))
    s3.put_bucket_logging(Bucket=bucket, BucketLoggingStatus=status)
    assert s3.get_bucket_logging(Bucket=bucket)["LoggingEnabled"]["TargetBucket"] == target


# --- CloudTrail ----------------------------------------------------------------------------------------------------


def test_post_uploads_and_website_reads_are_cloudtrail_data_events(
    s3: Any, s3v4: Any, client_factory: ClientFactory, endpoint: str, bucket: str
) -> None:
    cloudtrail = client_factory("cloudtrail")
    logs, trail = f"{bucket}-trail", f"{bucket}-trail"
    s3.create_bucket(Bucket=logs)
    s3.delete_public_access_block(Bucket=bucket)
    public = {
        "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/*",
    }  # fmt: skip
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({"Version": "2012-10-17", "Statement": [public]}))
    s3.put_bucket_website(Bucket=bucket, WebsiteConfiguration={"IndexDocument": {"Suffix": "index.html"}})
    cloudtrail.create_trail(Name=trail, S3BucketName=logs)
    try:
        cloudtrail.start_logging(Name=trail)
        cloudtrail.put_event_selectors(
            TrailName=trail,
            AdvancedEventSelectors=[
                {"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                    {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]}
            ],
        )  # fmt: skip
        time.sleep(1.5)  # the selection reaches the gateway's audit filter
        assert post_form(s3v4, bucket, "index.html", {}, b"<h1>hi</h1>").status_code == 204
        page = httpx.get(f"{endpoint}/_overcast/website/{bucket}/index.html")
        assert page.status_code == 200 and page.text == "<h1>hi</h1>"
        time.sleep(1.0)  # audit batches ship every 200 ms
        cloudtrail.stop_logging(Name=trail)
    finally:
        cloudtrail.delete_trail(Name=trail)
    records = []
    for item in s3.list_objects_v2(Bucket=logs).get("Contents", []):
        body = s3.get_object(Bucket=logs, Key=item["Key"])["Body"].read()
        records += json.loads(gzip.decompress(body))["Records"]
    posts = [r for r in records if r["eventName"] == "PostObject"]
    reads = [r for r in records if r["eventName"] == "GetObject"]
    assert len(posts) == 1 and posts[0]["eventCategory"] == "Data" and posts[0]["managementEvent"] is False
    assert posts[0]["resources"][0] == {"type": "AWS::S3::Object", "ARN": f"arn:aws:s3:::{bucket}/index.html"}
    assert posts[0]["userIdentity"]["accountId"] == ACCOUNT
    assert len(reads) == 1 and reads[0]["resources"][0]["ARN"] == f"arn:aws:s3:::{bucket}/index.html"


def _aws_chunked(body: bytes, crc32: bytes) -> bytes:
    return b"%x\r\n%b\r\n0\r\nx-amz-checksum-crc32:%b\r\n\r\n" % (len(body), body, base64.b64encode(crc32))


@pytest.mark.parametrize("correct", [True, False])
def test_a_trailer_checksum_announced_only_by_x_amz_trailer_is_computed_and_kept(
    s3: Any, endpoint: str, correct: bool
) -> None:
    """Some SDKs name the trailing checksum in ``x-amz-trailer`` alone (no ``x-amz-sdk-checksum-algorithm``):
    S3 still checks it and keeps it with the object."""
    import zlib

    import botocore.auth
    import botocore.awsrequest
    import botocore.credentials

    bucket = f"trailer-{uuid.uuid4().hex[:10]}"
    s3.create_bucket(Bucket=bucket)
    body = b"x" * 5000
    crc = zlib.crc32(body if correct else b"other").to_bytes(4, "big")
    encoded = _aws_chunked(body, crc)
    url = f"{endpoint}/{bucket}/obj"
    headers = {
        "Content-Encoding": "aws-chunked",
        "X-Amz-Decoded-Content-Length": str(len(body)),
        "X-Amz-Trailer": "x-amz-checksum-crc32",
    }
    request = botocore.awsrequest.AWSRequest(method="PUT", url=url, headers=headers)
    request.context["checksum"] = {"request_algorithm": {"in": "trailer", "algorithm": "crc32"}}
    botocore.auth.S3SigV4Auth(botocore.credentials.Credentials("test", "test"), "s3", REGION).add_auth(
        request
    )
    assert request.headers["X-Amz-Content-SHA256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
    response = httpx.put(url, content=encoded, headers=dict(request.headers.items()))
    if not correct:
        assert response.status_code == 400 and b"<Code>BadDigest</Code>" in response.content, response.text
        with pytest.raises(ClientError) as caught:
            s3.head_object(Bucket=bucket, Key="obj")
        assert caught.value.response["Error"]["Code"] == "404"
        return
    assert response.status_code == 200, response.text
    assert response.headers["x-amz-checksum-crc32"] == base64.b64encode(crc).decode()
    head = s3.head_object(Bucket=bucket, Key="obj", ChecksumMode="ENABLED")
    assert head["ChecksumCRC32"] == base64.b64encode(crc).decode()
    assert s3.get_object(Bucket=bucket, Key="obj")["Body"].read() == body
