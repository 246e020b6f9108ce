"""Bucket policies for anonymous callers, ACLs, ownership controls, Block Public Access, request payment,
acceleration and server access logging, through the handler stack embedded mode runs."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_s3 import policy
from overcast_s3.access import guard_anonymous
from overcast_s3.access_log import AccessLog, describe
from overcast_s3.acl import ALL_USERS, canonical_id
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import S3Handler

ACCOUNT = "000000000000"
OPEN_PAB = {
    "BlockPublicAcls": False,
    "IgnorePublicAcls": False,
    "BlockPublicPolicy": False,
    "RestrictPublicBuckets": False,
}


class Client:
    def __init__(self, handler: Any, log: AccessLog) -> None:
        self.handler = handler
        self.log = log

    async def __call__(
        self, operation: str, *, anonymous: bool = False, ip: str = "127.0.0.1", **params: Any
    ) -> Any:
        context = RequestContext(
            request_id="req-1",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=ACCOUNT,
            principal=None if anonymous else root_principal(ACCOUNT, "test"),
            source_ip=ip,
            user_agent="pytest",
        )
        return await self.handler(context, params)

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    blobs = FileBlobStore(tmp_path / "blobs", fsync=False)
    provider = S3Provider(store, blobs)
    log = AccessLog(provider, interval=3600)
    client = Client(log.wrap(guard_anonymous(S3Handler(provider, AllowRoot()), provider)), log)
    await client("CreateBucket", Bucket="pub")
    await client("PutObject", Bucket="pub", Key="public/a.txt", Body=b"hello")
    await client("PutObject", Bucket="pub", Key="private/b.txt", Body=b"secret")
    yield client
    await store.close()


async def read(result: dict[str, Any]) -> bytes:
    return b"".join([chunk async for chunk in result["Body"]])


def bucket_policy(*statements: dict[str, Any]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


PUBLIC_READ = {
    "Effect": "Allow",
    "Principal": "*",
    "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::pub/public/*",
}


async def test_new_buckets_get_aws_defaults(s3: Client) -> None:
    pab = await s3("GetPublicAccessBlock", Bucket="pub")
    assert pab["PublicAccessBlockConfiguration"] == dict.fromkeys(OPEN_PAB, True)
    ownership = await s3("GetBucketOwnershipControls", Bucket="pub")
    assert ownership["OwnershipControls"]["Rules"] == [{"ObjectOwnership": "BucketOwnerEnforced"}]
    acl = await s3("GetBucketAcl", Bucket="pub")
    assert acl["Owner"] == {"ID": canonical_id(ACCOUNT), "DisplayName": ACCOUNT}
    assert [g["Permission"] for g in acl["Grants"]] == ["FULL_CONTROL"]
    await s3("DeletePublicAccessBlock", Bucket="pub")
    missing = await s3.error("GetPublicAccessBlock", Bucket="pub")
    assert (missing.code, missing.status_code) == ("NoSuchPublicAccessBlockConfiguration", 404)
    await s3("DeleteBucketOwnershipControls", Bucket="pub")
    assert (
        await s3.error("GetBucketOwnershipControls", Bucket="pub")
    ).code == "OwnershipControlsNotFoundError"


async def test_anonymous_requests_need_a_public_policy(s3: Client) -> None:
    denied = await s3.error("GetObject", anonymous=True, Bucket="pub", Key="public/a.txt")
    assert (denied.code, denied.status_code, denied.message) == ("AccessDenied", 403, "Access Denied")
    blocked = await s3.error("PutBucketPolicy", Bucket="pub", Policy=bucket_policy(PUBLIC_READ))
    assert blocked.code == "AccessDenied" and "BlockPublicPolicy" in blocked.message
    await s3("PutPublicAccessBlock", Bucket="pub", PublicAccessBlockConfiguration=OPEN_PAB)
    await s3("PutBucketPolicy", Bucket="pub", Policy=bucket_policy(PUBLIC_READ))
    assert (await s3("GetBucketPolicyStatus", Bucket="pub"))["PolicyStatus"]["IsPublic"] is True
    got = await s3("GetObject", anonymous=True, Bucket="pub", Key="public/a.txt")
    assert await read(got) == b"hello"
    await s3("PutBucketRequestPayment", Bucket="pub", RequestPaymentConfiguration={"Payer": "Requester"})
    assert (
        await s3.error("GetObject", anonymous=True, Bucket="pub", Key="public/a.txt")
    ).code == "AccessDenied"
    await s3("PutBucketRequestPayment", Bucket="pub", RequestPaymentConfiguration={"Payer": "BucketOwner"})
    cases: list[tuple[str, dict[str, Any]]] = [
        ("GetObject", {"Key": "private/b.txt"}),
        ("PutObject", {"Key": "public/new", "Body": b"x"}),
        ("DeleteObject", {"Key": "public/a.txt"}),
        ("ListObjectsV2", {}),
        ("GetBucketPolicy", {}),
    ]
    for operation, params in cases:
        error = await s3.error(operation, anonymous=True, Bucket="pub", **params)
        assert error.code == "AccessDenied", operation
    await s3(
        "PutPublicAccessBlock",
        Bucket="pub",
        PublicAccessBlockConfiguration={**OPEN_PAB, "RestrictPublicBuckets": True},
    )
    assert (
        await s3.error("GetObject", anonymous=True, Bucket="pub", Key="public/a.txt")
    ).code == "AccessDenied"
    missing = await s3.error("GetObject", anonymous=True, Bucket="nope", Key="x")
    assert missing.code == "NoSuchBucket"
    assert (await s3.error("ListBuckets", anonymous=True)).code == "AccessDenied"


async def test_policy_deny_wins_and_conditions(s3: Client) -> None:
    await s3("PutPublicAccessBlock", Bucket="pub", PublicAccessBlockConfiguration=OPEN_PAB)
    statements = [
        {
            "Effect": "Allow",
            "Principal": {"AWS": "*"},
            "Action": ["s3:Get*"],
            "Resource": "arn:aws:s3:::pub/*",
        },
        {
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::pub/*",
            "Condition": {"NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}},
        },
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:ListBucket",
            "Resource": "arn:aws:s3:::pub",
            "Condition": {
                "StringLike": {"s3:prefix": ["public/*"]},
                "Bool": {"aws:SecureTransport": "false"},
            },
        },
    ]
    await s3("PutBucketPolicy", Bucket="pub", Policy=bucket_policy(*statements))
    inside = await s3("GetObject", anonymous=True, ip="10.1.2.3", Bucket="pub", Key="private/b.txt")
    assert await read(inside) == b"secret"
    outside = await s3.error("GetObject", anonymous=True, ip="192.0.2.1", Bucket="pub", Key="private/b.txt")
    assert outside.code == "AccessDenied"
    listed = await s3("ListObjectsV2", anonymous=True, Bucket="pub", Prefix="public/")
    assert [c["Key"] for c in listed["Contents"]] == ["public/a.txt"]
    assert (
        await s3.error("ListObjectsV2", anonymous=True, Bucket="pub", Prefix="private/")
    ).code == "AccessDenied"
    assert (await s3.error("ListObjectsV2", anonymous=True, Bucket="pub")).code == "AccessDenied"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("not json", "Policies must be valid JSON and the first byte must be '{'"),
        ("{}", "Missing required field Statement"),
        (bucket_policy({**PUBLIC_READ, "Effect": "Maybe"}), "Invalid effect: Maybe"),
        (
            bucket_policy({k: v for k, v in PUBLIC_READ.items() if k != "Principal"}),
            "Missing required field Principal",
        ),
        (bucket_policy({**PUBLIC_READ, "Action": "s3:GetObjekt"}), "Policy has invalid action"),
        (bucket_policy({**PUBLIC_READ, "Resource": "arn:aws:s3:::other/*"}), "Policy has invalid resource"),
        (
            bucket_policy({**PUBLIC_READ, "Action": "s3:ListBucket"}),
            "Action does not apply to any resource(s) in statement",
        ),
        (bucket_policy({**PUBLIC_READ, "Principal": {"AWS": "bob"}}), "Invalid principal in policy"),
        (
            bucket_policy({**PUBLIC_READ, "Condition": {"StringWhatever": {"a": "b"}}}),
            "Invalid Condition type : StringWhatever",
        ),
    ],
)
async def test_malformed_policies(s3: Client, document: str, message: str) -> None:
    error = await s3.error("PutBucketPolicy", Bucket="pub", Policy=document)
    assert (error.code, error.status_code, error.message) == ("MalformedPolicy", 400, message)


async def test_acls_disabled_by_default_then_public_read_acl(s3: Client) -> None:
    refused = await s3.error("PutBucketAcl", Bucket="pub", ACL="public-read")
    assert (refused.code, refused.message) == (
        "AccessControlListNotSupported",
        "The bucket does not allow ACLs",
    )
    await s3("PutBucketAcl", Bucket="pub", ACL="private")  # the one ACL a bucket without ACLs accepts
    await s3(
        "PutBucketOwnershipControls",
        Bucket="pub",
        OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    )
    blocked = await s3.error("PutObjectAcl", Bucket="pub", Key="public/a.txt", ACL="public-read")
    assert blocked.code == "AccessDenied"  # BlockPublicAcls
    await s3("PutPublicAccessBlock", Bucket="pub", PublicAccessBlockConfiguration=OPEN_PAB)
    await s3("PutObjectAcl", Bucket="pub", Key="public/a.txt", ACL="public-read")
    acl = await s3("GetObjectAcl", Bucket="pub", Key="public/a.txt")
    assert acl["Grants"][1] == {"Grantee": {"Type": "Group", "URI": ALL_USERS}, "Permission": "READ"}
    assert await read(await s3("GetObject", anonymous=True, Bucket="pub", Key="public/a.txt")) == b"hello"
    assert (
        await s3.error("GetObject", anonymous=True, Bucket="pub", Key="private/b.txt")
    ).code == "AccessDenied"
    await s3("PutObject", Bucket="pub", Key="w", Body=b"x", ACL="public-read")
    assert await read(await s3("GetObject", anonymous=True, Bucket="pub", Key="w")) == b"x"
    await s3(
        "PutPublicAccessBlock",
        Bucket="pub",
        PublicAccessBlockConfiguration={**OPEN_PAB, "IgnorePublicAcls": True},
    )
    assert (await s3.error("GetObject", anonymous=True, Bucket="pub", Key="w")).code == "AccessDenied"
    await s3("PutPublicAccessBlock", Bucket="pub", PublicAccessBlockConfiguration=OPEN_PAB)
    await s3("PutBucketAcl", Bucket="pub", ACL="public-read")
    listed = await s3("ListObjects", anonymous=True, Bucket="pub")
    assert len(listed["Contents"]) == 3
    enforced = await s3.error(
        "PutBucketOwnershipControls",
        Bucket="pub",
        OwnershipControls={"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]},
    )
    assert enforced.code == "InvalidBucketAclWithObjectOwnership"


async def test_grant_headers_and_access_control_policy(s3: Client) -> None:
    await s3(
        "PutBucketOwnershipControls",
        Bucket="pub",
        OwnershipControls={"Rules": [{"ObjectOwnership": "BucketOwnerPreferred"}]},
    )
    other = "a" * 64
    await s3(
        "PutBucketAcl",
        Bucket="pub",
        GrantRead=f'id="{other}", uri="http://acs.amazonaws.com/groups/s3/LogDelivery"',
        GrantFullControl=f'id="{canonical_id(ACCOUNT)}"',
    )
    grants = (await s3("GetBucketAcl", Bucket="pub"))["Grants"]
    assert {"Grantee": {"Type": "CanonicalUser", "ID": other}, "Permission": "READ"} in grants
    assert {
        "Grantee": {"Type": "CanonicalUser", "ID": canonical_id(ACCOUNT), "DisplayName": ACCOUNT},
        "Permission": "FULL_CONTROL",
    } in grants
    body = {
        "Owner": {"ID": canonical_id(ACCOUNT)},
        "Grants": [
            {"Grantee": {"Type": "CanonicalUser", "ID": canonical_id(ACCOUNT)}, "Permission": "FULL_CONTROL"}
        ],
    }
    await s3("PutObjectAcl", Bucket="pub", Key="public/a.txt", AccessControlPolicy=body)
    acl = await s3("GetObjectAcl", Bucket="pub", Key="public/a.txt")
    assert acl["Grants"] == [
        {
            "Grantee": {"Type": "CanonicalUser", "ID": canonical_id(ACCOUNT), "DisplayName": ACCOUNT},
            "Permission": "FULL_CONTROL",
        }
    ]
    both = await s3.error("PutBucketAcl", Bucket="pub", ACL="private", GrantRead=f'id="{other}"')
    assert both.code == "InvalidRequest"
    bad = await s3.error("PutBucketAcl", Bucket="pub", ACL="bucket-owner-read")
    assert bad.code == "InvalidArgument"
    email = await s3.error("PutBucketAcl", Bucket="pub", GrantRead='emailAddress="a@example.com"')
    assert email.code == "UnresolvableGrantByEmailAddress"


async def test_create_bucket_acl_rules(s3: Client) -> None:
    refused = await s3.error("CreateBucket", Bucket="bkt2", ACL="public-read")
    assert refused.code == "InvalidBucketAclWithObjectOwnership"
    assert (await s3.error("HeadBucket", Bucket="bkt2")).code == "NoSuchBucket"
    public = await s3.error("CreateBucket", Bucket="bkt3", ACL="public-read", ObjectOwnership="ObjectWriter")
    assert public.code == "AccessDenied"  # Block Public Access is on for new buckets
    await s3("CreateBucket", Bucket="bkt4", ACL="log-delivery-write", ObjectOwnership="ObjectWriter")
    grants = (await s3("GetBucketAcl", Bucket="bkt4"))["Grants"]
    assert {g["Permission"] for g in grants} == {"FULL_CONTROL", "WRITE", "READ_ACP"}
    await s3("CreateBucket", Bucket="bkt5", ACL="private")


async def test_request_payment_and_accelerate(s3: Client) -> None:
    assert (await s3("GetBucketRequestPayment", Bucket="pub"))["Payer"] == "BucketOwner"
    await s3("PutBucketRequestPayment", Bucket="pub", RequestPaymentConfiguration={"Payer": "Requester"})
    assert (await s3("GetBucketRequestPayment", Bucket="pub"))["Payer"] == "Requester"
    assert await s3("GetBucketAccelerateConfiguration", Bucket="pub") == {}
    await s3("PutBucketAccelerateConfiguration", Bucket="pub", AccelerateConfiguration={"Status": "Enabled"})
    assert (await s3("GetBucketAccelerateConfiguration", Bucket="pub"))["Status"] == "Enabled"
    bad = await s3.error(
        "PutBucketAccelerateConfiguration", Bucket="pub", AccelerateConfiguration={"Status": "On"}
    )
    assert bad.code == "MalformedXML"


async def test_access_logs_are_delivered_to_the_target_bucket(s3: Client) -> None:
    await s3("CreateBucket", Bucket="logs")
    assert await s3("GetBucketLogging", Bucket="pub") == {}
    missing = await s3.error(
        "PutBucketLogging",
        Bucket="pub",
        BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": "nope", "TargetPrefix": "x/"}},
    )
    assert missing.code == "InvalidTargetBucketForLogging"
    reader = {"Grantee": {"Type": "Group", "URI": ALL_USERS}, "Permission": "READ"}
    status = {"LoggingEnabled": {"TargetBucket": "logs", "TargetPrefix": "access/", "TargetGrants": [reader]}}
    await s3(
        "PutBucketOwnershipControls",
        Bucket="logs",
        OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    )
    no_grants = await s3.error("PutBucketLogging", Bucket="pub", BucketLoggingStatus=status)
    assert (no_grants.code, no_grants.status_code) == ("InvalidTargetBucketForLogging", 400)
    await s3("PutBucketAcl", Bucket="logs", ACL="log-delivery-write")
    await s3("PutBucketLogging", Bucket="pub", BucketLoggingStatus=status)
    assert (await s3("GetBucketLogging", Bucket="pub"))["LoggingEnabled"] == status["LoggingEnabled"]
    await read(await s3("GetObject", Bucket="pub", Key="public/a.txt"))
    await s3.error("GetObject", anonymous=True, ip="192.0.2.7", Bucket="pub", Key="private/b.txt")
    assert await s3.log.flush() == 1
    listed = await s3("ListObjectsV2", Bucket="logs", Prefix="access/")
    assert len(listed["Contents"]) == 1
    text = (await read(await s3("GetObject", Bucket="logs", Key=listed["Contents"][0]["Key"]))).decode()
    assert reader in (await s3("GetObjectAcl", Bucket="logs", Key=listed["Contents"][0]["Key"]))["Grants"]
    lines = [line for line in text.splitlines() if " REST.GET.OBJECT " in line]
    assert len(lines) == 2
    assert any(" REST.PUT.LOGGING_STATUS " in line for line in text.splitlines())
    ok, denied = lines
    assert ok.startswith(f"{canonical_id(ACCOUNT)} pub [")
    assert ' REST.GET.OBJECT public/a.txt "GET /pub/public/a.txt HTTP/1.1" 200 - 5 5 ' in ok
    assert f"arn:aws:iam::{ACCOUNT}:root" in ok and '"pytest"' in ok
    assert " 192.0.2.7 - req-1 REST.GET.OBJECT private/b.txt " in denied and " 403 AccessDenied " in denied
    assert await s3.log.flush() == 0
    await s3("PutBucketLogging", Bucket="pub", BucketLoggingStatus={})
    await s3("HeadObject", Bucket="pub", Key="public/a.txt")
    assert await s3.log.flush() == 0


def test_policy_is_public_ignores_restricted_statements() -> None:
    restricted = {"Statement": [{**PUBLIC_READ, "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]}
    assert not policy.is_public(restricted)
    assert policy.is_public({"Statement": [PUBLIC_READ]})
    assert not policy.is_public({"Statement": [{**PUBLIC_READ, "Principal": {"AWS": "123456789012"}}]})


async def test_acl_headers_on_copy_and_multipart(s3: Client) -> None:
    await s3(
        "PutBucketOwnershipControls",
        Bucket="pub",
        OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    )
    await s3("PutPublicAccessBlock", Bucket="pub", PublicAccessBlockConfiguration=OPEN_PAB)
    await s3("CopyObject", Bucket="pub", Key="copied", CopySource="pub/private/b.txt", ACL="public-read")
    assert await read(await s3("GetObject", anonymous=True, Bucket="pub", Key="copied")) == b"secret"
    upload = (await s3("CreateMultipartUpload", Bucket="pub", Key="mp", ACL="public-read"))["UploadId"]
    part = await s3("UploadPart", Bucket="pub", Key="mp", UploadId=upload, PartNumber=1, Body=b"parts")
    await s3(
        "CompleteMultipartUpload",
        Bucket="pub",
        Key="mp",
        UploadId=upload,
        MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": part["ETag"]}]},
    )
    assert await read(await s3("GetObject", anonymous=True, Bucket="pub", Key="mp")) == b"parts"
    acl = await s3("GetObjectAcl", Bucket="pub", Key="mp")
    assert {"Grantee": {"Type": "Group", "URI": ALL_USERS}, "Permission": "READ"} in acl["Grants"]


async def test_internal_web_operations_are_logged_as_s3_names_them(s3: Client) -> None:
    await s3("CreateBucket", Bucket="logs")
    # log delivery must be allowed by the target's bucket policy (ACLs are disabled on new buckets)
    delivery = {
        "Effect": "Allow",
        "Principal": {"Service": "logging.s3.amazonaws.com"},
        "Action": "s3:PutObject",
        "Resource": "arn:aws:s3:::logs/*",
    }
    await s3("PutBucketPolicy", Bucket="logs", Policy=json.dumps({"Statement": [delivery]}))
    status = {"LoggingEnabled": {"TargetBucket": "logs", "TargetPrefix": ""}}
    await s3("PutBucketLogging", Bucket="pub", BucketLoggingStatus=status)
    await s3.log.flush()
    headers = await s3(
        "overcast:S3CorsHeaders", anonymous=True, Bucket="pub", Origin="http://x", Method="GET"
    )
    assert headers == {"Headers": {}}
    assert await s3.log.flush() == 0  # a helper call, not a request of its own
    context = RequestContext(request_id="w", operation="overcast:S3Website", source_ip="192.0.2.9")
    label, uri, key = describe(context, {"Method": "GET", "Path": "/docs/index.html"}, "pub")
    assert (label, uri, key) == ("WEBSITE.GET.OBJECT", "GET /docs/index.html HTTP/1.1", "docs/index.html")
    context.operation = "PutObjectTagging"
    assert describe(context, {"Key": "a b", "VersionId": "v1"}, "pub") == (
        "REST.PUT.OBJECT_TAGGING",
        "PUT /pub/a%20b?tagging&versionId=v1 HTTP/1.1",
        "a b",
    )
