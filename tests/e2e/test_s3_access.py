"""S3 access control and encryption end to end: bucket policies for unsigned requests, ACLs, Block Public
Access, SSE-C at rest, default encryption, presigned URLs with curl, server access logs."""

from __future__ import annotations

import base64
import calendar
import hashlib
import json
import os
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

from .conftest import AwsCli, ClientFactory, Server

OPEN = {
    "BlockPublicAcls": False,
    "IgnorePublicAcls": False,
    "BlockPublicPolicy": False,
    "RestrictPublicBuckets": False,
}
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


@pytest.fixture(scope="module")
def s3(client_factory: ClientFactory) -> Any:
    return client_factory("s3")


@pytest.fixture
def bucket(s3: Any) -> str:
    name = f"acc-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def error_of(call: Any, **params: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as caught:
        call(**params)
    response: dict[str, Any] = caught.value.response
    return response


def unsigned_get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        with error:  # its socket, else a ResourceWarning at some later test's garbage collection
            return error.code, error.read()


def test_public_read_policy_lets_unsigned_gets_through(s3: Any, bucket: str, endpoint: str) -> None:
    s3.put_object(Bucket=bucket, Key="public/hello.txt", Body=b"hello world")
    s3.put_object(Bucket=bucket, Key="private/secret.txt", Body=b"secret")
    status, body = unsigned_get(f"{endpoint}/{bucket}/public/hello.txt")
    assert status == 403 and b"<Code>AccessDenied</Code>" in body
    public = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/public/*",
            }
        ],
    }
    blocked = error_of(s3.put_bucket_policy, Bucket=bucket, Policy=json.dumps(public))
    assert blocked["Error"]["Code"] == "AccessDenied"  # Block Public Access is on for new buckets
    s3.delete_public_access_block(Bucket=bucket)
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(public))
    assert s3.get_bucket_policy_status(Bucket=bucket)["PolicyStatus"]["IsPublic"] is True
    assert unsigned_get(f"{endpoint}/{bucket}/public/hello.txt") == (200, b"hello world")
    status, body = unsigned_get(f"{endpoint}/{bucket}/private/secret.txt")
    assert status == 403 and b"<Code>AccessDenied</Code>" in body
    status, _ = unsigned_get(f"{endpoint}/{bucket}?list-type=2")
    assert status == 403
    malformed = error_of(s3.put_bucket_policy, Bucket=bucket, Policy='{"Statement": [{"Effect": "Allow"}]}')
    assert (malformed["Error"]["Code"], malformed["Error"]["Message"]) == (
        "MalformedPolicy",
        "Missing required field Principal",
    )


def test_acl_flows(s3: Any, client_factory: ClientFactory, bucket: str, endpoint: str) -> None:
    assert s3.get_bucket_ownership_controls(Bucket=bucket)["OwnershipControls"]["Rules"] == [
        {"ObjectOwnership": "BucketOwnerEnforced"}
    ]
    refused = error_of(s3.put_bucket_acl, Bucket=bucket, ACL="public-read")
    assert refused["Error"]["Code"] == "AccessControlListNotSupported"
    s3.put_bucket_ownership_controls(
        Bucket=bucket, OwnershipControls={"Rules": [{"ObjectOwnership": "BucketOwnerPreferred"}]}
    )
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration=OPEN)
    s3.put_object(Bucket=bucket, Key="shared.txt", Body=b"shared", ACL="public-read")
    s3.put_object(Bucket=bucket, Key="mine.txt", Body=b"mine")
    acl = s3.get_object_acl(Bucket=bucket, Key="shared.txt")
    owner = acl["Owner"]
    assert len(owner["ID"]) == 64
    assert {"Grantee": {"Type": "Group", "URI": ALL_USERS}, "Permission": "READ"} in acl["Grants"]
    assert {
        "Grantee": {"Type": "CanonicalUser", "ID": owner["ID"], "DisplayName": owner["DisplayName"]},
        "Permission": "FULL_CONTROL",
    } in acl["Grants"]
    anonymous = client_factory("s3", config=Config(signature_version=UNSIGNED))
    assert anonymous.get_object(Bucket=bucket, Key="shared.txt")["Body"].read() == b"shared"
    denied = error_of(anonymous.get_object, Bucket=bucket, Key="mine.txt")
    assert denied["Error"]["Code"] == "AccessDenied"
    s3.put_object_acl(
        Bucket=bucket,
        Key="mine.txt",
        AccessControlPolicy={
            "Owner": {"ID": owner["ID"]},
            "Grants": [
                {"Grantee": {"Type": "CanonicalUser", "ID": owner["ID"]}, "Permission": "FULL_CONTROL"},
                {"Grantee": {"Type": "Group", "URI": ALL_USERS}, "Permission": "READ"},
            ],
        },
    )
    assert unsigned_get(f"{endpoint}/{bucket}/mine.txt") == (200, b"mine")
    s3.put_bucket_acl(Bucket=bucket, GrantRead=f'uri="{ALL_USERS}"', GrantFullControl=f'id="{owner["ID"]}"')
    grants = s3.get_bucket_acl(Bucket=bucket)["Grants"]
    assert {"Grantee": {"Type": "Group", "URI": ALL_USERS}, "Permission": "READ"} in grants
    assert {o["Key"] for o in anonymous.list_objects_v2(Bucket=bucket)["Contents"]} == {
        "mine.txt",
        "shared.txt",
    }
    s3.put_public_access_block(
        Bucket=bucket, PublicAccessBlockConfiguration={**OPEN, "IgnorePublicAcls": True}
    )
    assert error_of(anonymous.get_object, Bucket=bucket, Key="shared.txt")["Error"]["Code"] == "AccessDenied"


KEY = os.urandom(32)
WRONG = os.urandom(32)


def allow_sse_c(s3: Any, bucket: str) -> None:
    """New buckets block SSE-C writes (S3 since April 2026) until the bucket's encryption allows them."""
    rule = {
        "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"},
        "BlockedEncryptionTypes": {"EncryptionType": ["NONE"]},
    }
    s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={"Rules": [rule]})


def test_sse_c_encrypts_at_rest(s3: Any, client_factory: ClientFactory, bucket: str, server: Server) -> None:
    started = time.time()
    marker = f"plaintext-marker-{uuid.uuid4().hex}".encode()
    body = marker * 2000
    # a client of its own: the gateway leaves a connection stuck after an error sent before the body was read
    once = client_factory("s3")
    blocked = error_of(
        once.put_object,
        Bucket=bucket,
        Key="enc",
        Body=body,
        SSECustomerAlgorithm="AES256",
        SSECustomerKey=KEY,
    )
    assert (blocked["Error"]["Code"], blocked["ResponseMetadata"]["HTTPStatusCode"]) == ("AccessDenied", 403)
    allow_sse_c(s3, bucket)
    put = s3.put_object(
        Bucket=bucket, Key="enc", Body=body, SSECustomerAlgorithm="AES256", SSECustomerKey=KEY
    )
    assert put["SSECustomerAlgorithm"] == "AES256"
    assert put["SSECustomerKeyMD5"] == base64.b64encode(hashlib.md5(KEY).digest()).decode()
    got = s3.get_object(Bucket=bucket, Key="enc", SSECustomerAlgorithm="AES256", SSECustomerKey=KEY)
    assert got["Body"].read() == body
    ranged = s3.get_object(
        Bucket=bucket, Key="enc", Range="bytes=100-5000", SSECustomerAlgorithm="AES256", SSECustomerKey=KEY
    )
    assert ranged["Body"].read() == body[100:5001]
    missing = error_of(s3.get_object, Bucket=bucket, Key="enc")
    assert (missing["Error"]["Code"], missing["ResponseMetadata"]["HTTPStatusCode"]) == (
        "InvalidRequest",
        400,
    )
    wrong = error_of(
        s3.get_object, Bucket=bucket, Key="enc", SSECustomerAlgorithm="AES256", SSECustomerKey=WRONG
    )
    assert (wrong["Error"]["Code"], wrong["ResponseMetadata"]["HTTPStatusCode"]) == ("AccessDenied", 403)
    head = error_of(
        s3.head_object, Bucket=bucket, Key="enc", SSECustomerAlgorithm="AES256", SSECustomerKey=WRONG
    )
    assert head["ResponseMetadata"]["HTTPStatusCode"] == 403
    s3.copy_object(
        Bucket=bucket,
        Key="copy",
        CopySource={"Bucket": bucket, "Key": "enc"},
        CopySourceSSECustomerAlgorithm="AES256",
        CopySourceSSECustomerKey=KEY,
        SSECustomerAlgorithm="AES256",
        SSECustomerKey=WRONG,
    )
    assert (
        s3.get_object(Bucket=bucket, Key="copy", SSECustomerAlgorithm="AES256", SSECustomerKey=WRONG)[
            "Body"
        ].read()
        == body
    )
    if server.data_dir is not None:  # our own server: its blob files are here to look at
        written = [
            path
            for blobs in server.data_dir.rglob("blobs")
            if blobs.parent.name == "s3"
            for path in blobs.rglob("*")
            if path.is_file() and path.stat().st_mtime >= started - 1
        ]
        assert len(written) >= 2  # the PUT's blob and the copy's
        for path in written:
            assert marker not in path.read_bytes(), path


def test_sse_c_with_the_cli(aws: AwsCli, s3: Any, bucket: str, tmp_path: Path) -> None:
    key = "0123456789abcdef0123456789abcdef"
    allow_sse_c(s3, bucket)
    source = tmp_path / "up.bin"
    source.write_bytes(os.urandom(300_000))
    uploaded = aws("s3", "cp", str(source), f"s3://{bucket}/cli.bin", "--sse-c", "AES256", "--sse-c-key", key)
    assert uploaded.returncode == 0, uploaded.stderr
    back = tmp_path / "down.bin"
    downloaded = aws("s3", "cp", f"s3://{bucket}/cli.bin", str(back), "--sse-c", "AES256", "--sse-c-key", key)
    assert downloaded.returncode == 0, downloaded.stderr
    assert back.read_bytes() == source.read_bytes()
    refused = aws("s3api", "get-object", "--bucket", bucket, "--key", "cli.bin", str(tmp_path / "nope"))
    assert refused.returncode != 0 and "InvalidRequest" in refused.stderr


def test_default_and_kms_encryption_headers(s3: Any, bucket: str) -> None:
    rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"]
    assert rules[0]["ApplyServerSideEncryptionByDefault"] == {"SSEAlgorithm": "AES256"}
    assert s3.put_object(Bucket=bucket, Key="a", Body=b"x")["ServerSideEncryption"] == "AES256"
    put = s3.put_object(
        Bucket=bucket,
        Key="k",
        Body=b"x",
        ServerSideEncryption="aws:kms",
        SSEKMSKeyId="alias/mine",
        BucketKeyEnabled=True,
    )
    assert put["ServerSideEncryption"] == "aws:kms" and put["BucketKeyEnabled"] is True
    head = s3.head_object(Bucket=bucket, Key="k")
    assert head["SSEKMSKeyId"] == put["SSEKMSKeyId"] == "arn:aws:kms:us-east-1:000000000000:alias/mine"
    s3.put_bucket_encryption(
        Bucket=bucket,
        ServerSideEncryptionConfiguration={
            "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]
        },
    )
    defaulted = s3.put_object(Bucket=bucket, Key="d", Body=b"x")
    assert defaulted["ServerSideEncryption"] == "aws:kms" and defaulted["SSEKMSKeyId"].startswith(
        "arn:aws:kms:"
    )
    s3.put_bucket_request_payment(Bucket=bucket, RequestPaymentConfiguration={"Payer": "Requester"})
    assert s3.get_bucket_request_payment(Bucket=bucket)["Payer"] == "Requester"
    s3.put_bucket_accelerate_configuration(Bucket=bucket, AccelerateConfiguration={"Status": "Suspended"})
    assert s3.get_bucket_accelerate_configuration(Bucket=bucket)["Status"] == "Suspended"


def curl(url: str) -> tuple[int, bytes]:
    done = subprocess.run(
        ["curl", "-s", "-S", "-o", "-", "-w", "\n%{http_code}", url],
        capture_output=True,
        timeout=30,
        check=True,
    )
    body, _, code = done.stdout.rpartition(b"\n")
    return int(code), body


def test_presigned_get_with_curl_works_then_expires(
    s3: Any, client_factory: ClientFactory, bucket: str
) -> None:
    s3.put_object(Bucket=bucket, Key="shared/file.txt", Body=b"presigned body")
    s3v4 = client_factory("s3", config=Config(signature_version="s3v4"))
    url = s3v4.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": "shared/file.txt"}, ExpiresIn=5
    )
    signed = time.time()
    assert curl(url) == (200, b"presigned body")
    time.sleep(max(0.0, signed + 6.5 - time.time()))
    status, body = curl(url)
    assert status == 403 and b"<Code>AccessDenied</Code>" in body and b"expired" in body


def test_access_logs_are_delivered(s3: Any, bucket: str) -> None:
    target = f"{bucket}-logs"
    s3.create_bucket(Bucket=target)
    # the target's bucket policy must let S3's log delivery write (ACLs are off on new buckets)
    delivery = {
        "Effect": "Allow",
        "Principal": {"Service": "logging.s3.amazonaws.com"},
        "Action": "s3:PutObject",
        "Resource": f"arn:aws:s3:::{target}/logs/*",
        "Condition": {"ArnLike": {"aws:SourceArn": f"arn:aws:s3:::{bucket}"}},
    }
    s3.put_bucket_policy(Bucket=target, Policy=json.dumps({"Version": "2012-10-17", "Statement": [delivery]}))
    s3.put_bucket_logging(
        Bucket=bucket,
        BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": target, "TargetPrefix": "logs/"}},
    )
    assert s3.get_bucket_logging(Bucket=bucket)["LoggingEnabled"]["TargetBucket"] == target
    s3.put_object(Bucket=bucket, Key="logged.txt", Body=b"12345")
    s3.get_object(Bucket=bucket, Key="logged.txt")["Body"].read()
    deadline = time.monotonic() + 30
    records: list[str] = []
    while time.monotonic() < deadline:
        for item in s3.list_objects_v2(Bucket=target, Prefix="logs/").get("Contents", []):
            text = s3.get_object(Bucket=target, Key=item["Key"])["Body"].read().decode()
            records += [line for line in text.splitlines() if "logged.txt" in line]
        if any("REST.GET.OBJECT" in r for r in records):
            break
        records = []
        time.sleep(1)
    get = next(r for r in records if "REST.GET.OBJECT" in r)
    fields = get.split(" ")
    assert fields[1] == bucket and fields[2].startswith("[")
    assert f'"GET /{bucket}/logged.txt HTTP/1.1" 200 - 5 5 ' in get
    assert any("REST.PUT.OBJECT logged.txt" in r for r in records)


def test_cli_presigned_url_with_curl(aws: AwsCli, s3: Any, bucket: str, tmp_path: Path) -> None:
    s3.put_object(Bucket=bucket, Key="cli.txt", Body=b"from the cli")
    config = tmp_path / "config"
    config.write_text("[default]\ns3 =\n    signature_version = s3v4\n")  # SigV2 query auth: see docs
    presigned = aws(
        "s3", "presign", f"s3://{bucket}/cli.txt", "--expires-in", "10", AWS_CONFIG_FILE=str(config)
    )
    assert presigned.returncode == 0, presigned.stderr
    url = presigned.stdout.strip()
    assert "X-Amz-Signature=" in url
    assert curl(url) == (200, b"from the cli")
    # a loaded machine may take seconds to start the CLI: wait from the URL's own signing time
    signed = calendar.timegm(time.strptime(url.split("X-Amz-Date=")[1][:16], "%Y%m%dT%H%M%SZ"))
    time.sleep(max(0.0, signed + 11 - time.time()))
    assert curl(url)[0] == 403
