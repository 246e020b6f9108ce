"""S3's loose ends: POST form fields applied, website CORS preflights, RestoreStatus in listings,
MFA delete, destination policy checks, ``s3:ObjectAcl:Put``, existing-object replication, log delivery
permissions and ``TargetGrants``."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.peers import peers
from overcast_s3.access import guard_anonymous
from overcast_s3.access_log import AccessLog
from overcast_s3.background import Background
from overcast_s3.blobs import FileBlobStore
from overcast_s3.features import FeatureSettings
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import POST_OBJECT, WEBSITE, S3Handler

ACCOUNT = "000000000000"
KEY = bytes(range(32))
ALLOW_SSE_C = {
    "Rules": [
        {
            "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"},
            "BlockedEncryptionTypes": {"EncryptionType": ["NONE"]},
        }
    ]
}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class Client:
    def __init__(self, handler: Any, provider: S3Provider, log: AccessLog) -> None:
        self.handler = handler
        self.provider = provider
        self.log = log

    async def __call__(self, operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="req",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
        )
        result: dict[str, Any] = await self.handler(context, params)
        return result

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value

    async def drain(self) -> None:
        assert self.provider.outbox is not None
        await self.provider.outbox.drain()

    async def post(self, bucket: str, fields: dict[str, str], data: bytes) -> dict[str, Any]:
        async def file() -> AsyncIterator[bytes]:
            yield data

        return await self(
            POST_OBJECT,
            Bucket=bucket,
            Fields=fields,
            File=file(),
            Filename="f.txt",
            Base=f"http://localhost:4566/{bucket}/",
        )


async def read(result: dict[str, Any]) -> bytes:
    return b"".join([chunk async for chunk in result["Body"]])


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    provider = S3Provider(store, FileBlobStore(tmp_path / "s3" / "blobs", fsync=False))
    background = Background(provider, store, tmp_path / "s3", fsync=False, settings=FeatureSettings())
    await background.start()
    log = AccessLog(provider, interval=3600)
    client = Client(log.wrap(guard_anonymous(S3Handler(provider, AllowRoot()), provider)), provider, log)
    await client("CreateBucket", Bucket="bkt")
    yield client
    await background.close()
    await store.close()


# --- 1. POST upload form fields -------------------------------------------------------------------


async def test_post_applies_acl_checksum_and_content_fields(s3: Client) -> None:
    await s3(
        "PutBucketOwnershipControls",
        Bucket="bkt",
        OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    )
    await s3("DeletePublicAccessBlock", Bucket="bkt")
    data = b"hello post"
    sha = b64(hashlib.sha256(data).digest())
    fields = {
        "key": "k",
        "acl": "public-read",
        "x-amz-checksum-algorithm": "SHA256",
        "x-amz-checksum-sha256": sha,
        "Cache-Control": "max-age=60",
        "Content-Disposition": "attachment",
        "Expires": "Thu, 01 Jan 2037 00:00:00 GMT",
        "x-amz-storage-class": "STANDARD_IA",
    }
    await s3.post("bkt", fields, data)
    head = await s3("HeadObject", Bucket="bkt", Key="k", ChecksumMode="ENABLED")
    assert head["ChecksumSHA256"] == sha
    assert head["CacheControl"] == "max-age=60"
    assert head["ContentDisposition"] == "attachment"
    assert head["Expires"] == datetime(2037, 1, 1, tzinfo=UTC)
    assert head["StorageClass"] == "STANDARD_IA"
    grants = (await s3("GetObjectAcl", Bucket="bkt", Key="k"))["Grants"]
    assert any(
        g["Grantee"].get("URI", "").endswith("/AllUsers") and g["Permission"] == "READ" for g in grants
    )
    bad = await s3.error(
        POST_OBJECT,
        Bucket="bkt",
        Fields={"key": "x", "x-amz-checksum-sha256": b64(b"0" * 32)},
        File=b"abc",
        Filename="f",
        Base="http://localhost/bkt/",
    )
    assert (bad.code, bad.status_code) == ("BadDigest", 400)


async def test_post_sse_c_encrypts_with_the_customer_key(s3: Client) -> None:
    await s3("PutBucketEncryption", Bucket="bkt", ServerSideEncryptionConfiguration=ALLOW_SSE_C)
    fields = {
        "key": "secret",
        "x-amz-server-side-encryption-customer-algorithm": "AES256",
        "x-amz-server-side-encryption-customer-key": b64(KEY),
        "x-amz-server-side-encryption-customer-key-MD5": b64(hashlib.md5(KEY).digest()),
    }
    answer = await s3.post("bkt", fields, b"classified")
    assert answer["Headers"]["x-amz-server-side-encryption-customer-algorithm"] == "AES256"
    assert (await s3.error("GetObject", Bucket="bkt", Key="secret")).code == "InvalidRequest"
    got = await s3(
        "GetObject",
        Bucket="bkt",
        Key="secret",
        SSECustomerAlgorithm="AES256",
        SSECustomerKey=b64(KEY),
        SSECustomerKeyMD5=b64(hashlib.md5(KEY).digest()),
    )
    assert await read(got) == b"classified"


# --- 2. CORS preflights at the website endpoint ---------------------------------------------------


async def website(s3: Client, method: str, **headers: str) -> dict[str, Any]:
    return await s3(
        WEBSITE,
        Bucket="bkt",
        Path="/index.html",
        Method=method,
        Headers=headers,
        Base="http://bkt.s3-website.us-east-1.localhost:4566/",
        Scheme="http",
        Host="bkt.s3-website.us-east-1.localhost:4566",
    )


async def test_website_preflight_follows_bucket_cors(s3: Client) -> None:
    await s3(
        "PutBucketWebsite", Bucket="bkt", WebsiteConfiguration={"IndexDocument": {"Suffix": "index.html"}}
    )
    preflight = {"origin": "https://app.example", "access-control-request-method": "PUT"}
    refused = await website(s3, "OPTIONS", **preflight)
    assert refused["Status"] == 403
    assert b"<li>Code: AccessForbidden</li>" in refused["Body"]
    assert b"CORSResponse: CORS is not enabled for this bucket." in refused["Body"]
    rules = {
        "CORSRules": [
            {
                "AllowedOrigins": ["https://app.example"],
                "AllowedMethods": ["GET", "PUT"],
                "AllowedHeaders": ["*"],
                "MaxAgeSeconds": 30,
            }
        ]
    }
    await s3("PutBucketCors", Bucket="bkt", CORSConfiguration=rules)
    ok = await website(s3, "OPTIONS", **preflight, **{"access-control-request-headers": "x-custom"})
    assert ok["Status"] == 200
    assert ok["Headers"]["Access-Control-Allow-Origin"] == "https://app.example"
    assert ok["Headers"]["Access-Control-Max-Age"] == "30"
    other = await website(
        s3, "OPTIONS", origin="https://evil.example", **{"access-control-request-method": "PUT"}
    )
    assert other["Status"] == 403 and b"CORSResponse: This CORS request is not allowed" in other["Body"]
    no_origin = await website(s3, "OPTIONS")
    assert no_origin["Status"] == 400 and b"<li>Code: BadRequest</li>" in no_origin["Body"]
    assert (await website(s3, "DELETE"))["Status"] == 405


# --- 4. OptionalObjectAttributes=RestoreStatus ----------------------------------------------------


async def test_listings_report_restore_status(s3: Client) -> None:
    now = [datetime(2026, 3, 1, 12, tzinfo=UTC)]
    s3.provider.clock = lambda: now[0]
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration={"Status": "Enabled"})
    await s3("PutObject", Bucket="bkt", Key="cold", Body=b"x", StorageClass="GLACIER")
    await s3("PutObject", Bucket="bkt", Key="warm", Body=b"x")
    await s3("RestoreObject", Bucket="bkt", Key="cold", RestoreRequest={"Days": 2})
    wanted = {"OptionalObjectAttributes": ["RestoreStatus"]}

    async def statuses(operation: str, member: str) -> dict[str, Any]:
        listed = await s3(operation, Bucket="bkt", **wanted)
        return {entry["Key"]: entry.get("RestoreStatus") for entry in listed[member]}

    assert await statuses("ListObjectsV2", "Contents") == {
        "cold": {"IsRestoreInProgress": True},
        "warm": None,
    }
    plain = await s3("ListObjectsV2", Bucket="bkt")
    assert all("RestoreStatus" not in entry for entry in plain["Contents"])
    now[0] = datetime(2026, 3, 1, 13, tzinfo=UTC)
    done = {"IsRestoreInProgress": False, "RestoreExpiryDate": datetime(2026, 3, 4, tzinfo=UTC)}
    assert (await statuses("ListObjects", "Contents"))["cold"] == done
    assert (await statuses("ListObjectVersions", "Versions"))["cold"] == done
    now[0] = datetime(2026, 3, 5, tzinfo=UTC)
    assert (await statuses("ListObjectsV2", "Contents"))["cold"] is None
    bad = await s3.error("ListObjectsV2", Bucket="bkt", OptionalObjectAttributes=["Owner"])
    assert (bad.code, bad.status_code) == ("InvalidArgument", 400)


# --- 5. MFA delete --------------------------------------------------------------------------------

MFA = "arn:aws:iam::000000000000:mfa/root-account-mfa-device 123456"


async def test_mfa_delete_guards_version_deletes_and_versioning_changes(s3: Client) -> None:
    enable = {"Status": "Enabled", "MFADelete": "Enabled"}
    missing = await s3.error("PutBucketVersioning", Bucket="bkt", VersioningConfiguration=enable)
    assert (missing.code, missing.status_code, missing.message) == (
        "AccessDenied",
        403,
        "Mfa Authentication must be used for this request",
    )
    malformed = await s3.error(
        "PutBucketVersioning", Bucket="bkt", VersioningConfiguration=enable, MFA="123456"
    )
    assert (malformed.code, malformed.status_code) == ("InvalidArgument", 400)
    assert malformed.fields["ArgumentName"] == "x-amz-mfa"
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration=enable, MFA=MFA)
    assert (await s3("GetBucketVersioning", Bucket="bkt"))["MFADelete"] == "Enabled"
    version = (await s3("PutObject", Bucket="bkt", Key="k", Body=b"1"))["VersionId"]
    # a plain delete only adds a delete marker: no MFA needed
    marker = (await s3("DeleteObject", Bucket="bkt", Key="k"))["VersionId"]
    assert (await s3.error("DeleteObject", Bucket="bkt", Key="k", VersionId=version)).code == "AccessDenied"
    batch = {"Objects": [{"Key": "other"}, {"Key": "k", "VersionId": marker}]}
    assert (await s3.error("DeleteObjects", Bucket="bkt", Delete=batch)).status_code == 403
    assert (await s3("DeleteObjects", Bucket="bkt", Delete={"Objects": [{"Key": "x"}]}))["Deleted"]
    suspend = {"Status": "Suspended"}
    assert (await s3.error("PutBucketVersioning", Bucket="bkt", VersioningConfiguration=suspend)).code == (
        "AccessDenied"
    )
    await s3("DeleteObject", Bucket="bkt", Key="k", VersionId=version, MFA=MFA)
    await s3("DeleteObjects", Bucket="bkt", Delete=batch, MFA=MFA)
    disable = {"Status": "Enabled", "MFADelete": "Disabled"}
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration=disable, MFA=MFA)
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration=suspend)
    assert (await s3("ListObjectVersions", Bucket="bkt")).get("Versions", []) == []


# --- 6. destination policies checked at PutBucketNotificationConfiguration -------------------------

QUEUE_ARN = f"arn:aws:sqs:us-east-1:{ACCOUNT}:q"
TOPIC_ARN = f"arn:aws:sns:us-east-1:{ACCOUNT}:t"


class FakePeers:
    """An SQS queue ``q`` and an SNS topic ``t`` whose policies the test sets."""

    def __init__(self) -> None:
        self.queue_policy: str | None = None
        self.topic_policy = json.dumps(
            {
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"AWS": "*"},
                        "Action": ["SNS:Publish"],
                        "Resource": TOPIC_ARN,
                        "Condition": {"StringEquals": {"AWS:SourceOwner": ACCOUNT}},
                    }
                ]
            }
        )  # SNS's default topic policy

    async def sqs(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if context.operation == "GetQueueUrl":
            return {"QueueUrl": f"http://sqs/{ACCOUNT}/q"}
        if context.operation == "GetQueueAttributes":
            return {"Attributes": {"Policy": self.queue_policy} if self.queue_policy else {}}
        return {"MessageId": "m"}

    async def sns(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if context.operation == "GetTopicAttributes":
            return {"Attributes": {"TopicArn": TOPIC_ARN, "Policy": self.topic_policy}}
        return {"MessageId": "m"}


@pytest.fixture
def destinations() -> Any:
    fake = FakePeers()
    peers.register("sqs", fake.sqs)
    peers.register("sns", fake.sns)
    yield fake
    peers.unregister("sqs")
    peers.unregister("sns")


def s3_may(action: str, resource: str, **condition: Any) -> str:
    statement: dict[str, Any] = {
        "Effect": "Allow",
        "Principal": {"Service": "s3.amazonaws.com"},
        "Action": action,
        "Resource": resource,
    }
    if condition:
        statement["Condition"] = condition
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


async def test_destination_policies_must_let_s3_publish(s3: Client, destinations: FakePeers) -> None:
    queue = {"QueueConfigurations": [{"QueueArn": QUEUE_ARN, "Events": ["s3:ObjectCreated:*"]}]}
    refused = await s3.error(
        "PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=queue
    )
    assert (refused.code, refused.status_code) == ("InvalidArgument", 400)
    assert refused.message == "Unable to validate the following destination configurations"
    assert refused.fields == {
        "ArgumentName1": QUEUE_ARN,
        "ArgumentValue1": "Permissions on the destination queue do not allow S3 to publish notifications "
        "from this bucket",
    }
    destinations.queue_policy = s3_may(
        "sqs:SendMessage", QUEUE_ARN, ArnLike={"aws:SourceArn": "arn:aws:s3:*:*:other-bucket"}
    )
    assert (
        await s3.error("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=queue)
    ).code == "InvalidArgument"
    destinations.queue_policy = s3_may(
        "SQS:*",
        QUEUE_ARN,
        ArnLike={"aws:SourceArn": "arn:aws:s3:*:*:bkt"},
        StringEquals={"aws:SourceAccount": ACCOUNT},
    )
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=queue)
    # skipping destination validation skips the policy check too
    destinations.queue_policy = None
    await s3(
        "PutBucketNotificationConfiguration",
        Bucket="bkt",
        NotificationConfiguration=queue,
        SkipDestinationValidation=True,
    )
    topic = {"TopicConfigurations": [{"TopicArn": TOPIC_ARN, "Events": ["s3:ObjectRemoved:*"]}]}
    denied = await s3.error(
        "PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=topic
    )
    assert str(denied.fields["ArgumentValue1"]).startswith(
        "Permissions on the destination topic do not allow S3"
    )
    destinations.topic_policy = s3_may("sns:Publish", TOPIC_ARN)
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=topic)


# --- 7. s3:ObjectAcl:Put events, ExistingObjectReplication -----------------------------------------


async def test_object_acl_put_is_an_event(s3: Client, destinations: FakePeers) -> None:
    sent: list[dict[str, Any]] = []

    async def sqs(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if context.operation == "SendMessage":
            sent.append(json.loads(params["MessageBody"]))
            return {"MessageId": "m"}
        return await destinations.sqs(context, params)

    peers.register("sqs", sqs)
    destinations.queue_policy = s3_may("sqs:SendMessage", QUEUE_ARN)
    await s3(
        "PutBucketOwnershipControls",
        Bucket="bkt",
        OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    )
    config = {"QueueConfigurations": [{"Id": "acl", "QueueArn": QUEUE_ARN, "Events": ["s3:ObjectAcl:Put"]}]}
    await s3("PutBucketNotificationConfiguration", Bucket="bkt", NotificationConfiguration=config)
    put = await s3("PutObject", Bucket="bkt", Key="a b", Body=b"abc")
    await s3("PutObjectAcl", Bucket="bkt", Key="a b", ACL="bucket-owner-full-control")
    await s3.drain()
    records = [body["Records"][0] for body in sent if "Records" in body]
    assert [r["eventName"] for r in records] == ["ObjectAcl:Put"]  # the PUT itself is not subscribed
    assert records[0]["s3"]["object"]["key"] == "a+b"
    assert records[0]["s3"]["object"]["eTag"] == put["ETag"].strip('"')


async def test_existing_object_replication(s3: Client) -> None:
    enabled = {"Status": "Enabled"}
    for name in ("bkt", "dst"):
        if name != "bkt":
            await s3("CreateBucket", Bucket=name)
        await s3("PutBucketVersioning", Bucket=name, VersioningConfiguration=enabled)
    first = (await s3("PutObject", Bucket="bkt", Key="docs/a", Body=b"v1"))["VersionId"]
    second = (await s3("PutObject", Bucket="bkt", Key="docs/a", Body=b"v2"))["VersionId"]
    await s3("PutObject", Bucket="bkt", Key="other/b", Body=b"x")
    rule: dict[str, Any] = {
        "ID": "existing",
        "Status": "Enabled",
        "Priority": 1,
        "Filter": {"Prefix": "docs/"},
        "DeleteMarkerReplication": {"Status": "Disabled"},
        "Destination": {"Bucket": "arn:aws:s3:::dst"},
    }
    role = f"arn:aws:iam::{ACCOUNT}:role/r"
    await s3("PutBucketReplication", Bucket="bkt", ReplicationConfiguration={"Role": role, "Rules": [rule]})
    await s3.drain()
    assert (await s3("ListObjectVersions", Bucket="dst")).get("Versions", []) == []  # not asked for
    bad = {**rule, "ExistingObjectReplication": {"Status": "Sometimes"}}
    err = await s3.error(
        "PutBucketReplication", Bucket="bkt", ReplicationConfiguration={"Role": role, "Rules": [bad]}
    )
    assert err.code == "MalformedXML"
    rule["ExistingObjectReplication"] = {"Status": "Enabled"}
    await s3("PutBucketReplication", Bucket="bkt", ReplicationConfiguration={"Role": role, "Rules": [rule]})
    assert (await s3("GetBucketReplication", Bucket="bkt"))["ReplicationConfiguration"]["Rules"][0][
        "ExistingObjectReplication"
    ] == {"Status": "Enabled"}
    await s3.drain()
    versions = (await s3("ListObjectVersions", Bucket="dst"))["Versions"]
    assert [(v["Key"], v["VersionId"], v["IsLatest"]) for v in versions] == [
        ("docs/a", second, True),
        ("docs/a", first, False),
    ]
    assert await read(await s3("GetObject", Bucket="dst", Key="docs/a")) == b"v2"
    assert (await s3("HeadObject", Bucket="bkt", Key="docs/a"))["ReplicationStatus"] == "COMPLETED"
    assert (await s3("HeadObject", Bucket="dst", Key="docs/a"))["ReplicationStatus"] == "REPLICA"
    assert "ReplicationStatus" not in await s3("HeadObject", Bucket="bkt", Key="other/b")


# --- 8. log delivery permissions, TargetGrants -----------------------------------------------------


def delivery_policy(resource: str, source: str = "bkt") -> str:
    statement = {
        "Effect": "Allow",
        "Principal": {"Service": "logging.s3.amazonaws.com"},
        "Action": "s3:PutObject",
        "Resource": resource,
        "Condition": {
            "ArnLike": {"aws:SourceArn": f"arn:aws:s3:::{source}"},
            "StringEquals": {"aws:SourceAccount": ACCOUNT},
        },
    }
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


async def test_log_delivery_needs_a_policy_or_the_log_delivery_grants(s3: Client) -> None:
    await s3("CreateBucket", Bucket="logs")
    status = {"LoggingEnabled": {"TargetBucket": "logs", "TargetPrefix": "access/"}}
    refused = await s3.error("PutBucketLogging", Bucket="bkt", BucketLoggingStatus=status)
    assert (refused.code, refused.status_code) == ("InvalidTargetBucketForLogging", 400)
    assert refused.message.startswith(
        "You must either provide the necessary permissions to the logging service"
    )
    assert refused.fields == {"TargetBucket": "logs"}
    for wrong in (
        delivery_policy("arn:aws:s3:::logs/elsewhere/*"),
        delivery_policy("arn:aws:s3:::logs/*", "x"),
    ):
        await s3("PutBucketPolicy", Bucket="logs", Policy=wrong)
        assert (await s3.error("PutBucketLogging", Bucket="bkt", BucketLoggingStatus=status)).code == (
            "InvalidTargetBucketForLogging"
        )
    await s3("PutBucketPolicy", Bucket="logs", Policy=delivery_policy("arn:aws:s3:::logs/access/*"))
    await s3("PutBucketLogging", Bucket="bkt", BucketLoggingStatus=status)
    # or, with ACLs enabled, the log delivery group's WRITE and READ_ACP
    await s3("DeleteBucketPolicy", Bucket="logs")
    await s3(
        "PutBucketOwnershipControls",
        Bucket="logs",
        OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]},
    )
    assert (await s3.error("PutBucketLogging", Bucket="bkt", BucketLoggingStatus=status)).code == (
        "InvalidTargetBucketForLogging"
    )
    await s3("PutBucketAcl", Bucket="logs", ACL="log-delivery-write")
    reader = {"Grantee": {"Type": "CanonicalUser", "ID": "a" * 64}, "Permission": "READ"}
    granted = {"LoggingEnabled": {**status["LoggingEnabled"], "TargetGrants": [reader]}}
    await s3("PutBucketLogging", Bucket="bkt", BucketLoggingStatus=granted)
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"x")
    assert await s3.log.flush() == 1
    (log_object,) = (await s3("ListObjectsV2", Bucket="logs", Prefix="access/"))["Contents"]
    grants = (await s3("GetObjectAcl", Bucket="logs", Key=log_object["Key"]))["Grants"]
    assert {"Grantee": {"Type": "CanonicalUser", "ID": "a" * 64}, "Permission": "READ"} in grants
    assert any(g["Permission"] == "FULL_CONTROL" for g in grants)
