"""Lifecycle: AWS's validation of the configuration, ``x-amz-expiration``, and the executor really
expiring, transitioning and aborting (on a fake clock; a "day" is one second)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.service import ServiceHandler
from overcast_s3 import lifecycle
from overcast_s3.background import Background
from overcast_s3.blobs import FileBlobStore
from overcast_s3.features import FeatureSettings
from overcast_s3.provider import S3Provider
from overcast_s3.store import ObjectVersion
from overcast_s3.store.sql import SqlS3Store

ACCOUNT = "000000000000"
START = datetime(2030, 1, 1, tzinfo=UTC)


class Client:
    def __init__(self, provider: S3Provider, now: list[datetime]) -> None:
        self.provider = provider
        self.handler = ServiceHandler(provider, AllowRoot())
        self.now = now

    async def __call__(self, operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="r",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
        )
        return await self.handler(context, params)

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value

    def advance(self, seconds: float) -> None:
        self.now[0] += timedelta(seconds=seconds)

    async def keys(self, bucket: str = "bkt") -> list[tuple[str, bool, str]]:
        """(key, delete marker, storage class) of every version, newest first per key."""
        listed = await self("ListObjectVersions", Bucket=bucket)
        out = [(v["Key"], False, v["StorageClass"]) for v in listed.get("Versions", [])]
        out += [(m["Key"], True, "") for m in listed.get("DeleteMarkers", [])]
        return sorted(out)


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    now = [START]
    store = await SqlS3Store.open(tmp_path / "s3.db")
    provider = S3Provider(store, FileBlobStore(tmp_path / "s3" / "blobs", fsync=False), clock=lambda: now[0])
    settings = FeatureSettings(day_s=1.0, lifecycle_interval_s=3600, sweep_interval_s=3600)
    background = Background(provider, store, tmp_path / "s3", fsync=False, settings=settings)
    await background.start()
    client = Client(provider, now)
    await client("CreateBucket", Bucket="bkt")
    yield client
    await background.close()
    await store.close()


def rule(**fields: Any) -> dict[str, Any]:
    return {"ID": fields.pop("ID", "r1"), "Status": "Enabled", "Filter": fields.pop("Filter", {}), **fields}


@pytest.mark.parametrize(
    ("rules", "code", "message"),
    [
        ([rule()], "InvalidRequest", "At least one action needs to be specified in a rule"),
        ([rule(Expiration={"Days": 0})], "InvalidArgument", "'Days' for Expiration action must be a positive integer"),
        ([rule(Expiration={"Date": datetime(2030, 1, 1, 5, tzinfo=UTC)})], "InvalidArgument", "'Date' must be at midnight GMT"),
        ([rule(Expiration={"Days": 1}), rule(Expiration={"Days": 2})], "InvalidArgument",
         "Rule ID must be unique. Found same ID for more than one rule"),
        ([rule(Transitions=[{"Days": 10, "StorageClass": "STANDARD_IA"}])], "InvalidArgument",
         "'Days' in Transition action must be greater than or equal to 30 for storageClass 'STANDARD_IA'"),
        ([rule(Filter={"Tag": {"Key": "k", "Value": "v"}}, AbortIncompleteMultipartUpload={"DaysAfterInitiation": 1})],
         "InvalidRequest", "AbortIncompleteMultipartUpload cannot be specified with Tags."),
        ([rule(NoncurrentVersionExpiration={"NoncurrentDays": 0})], "InvalidArgument",
         "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer"),
        ([{"ID": "x", "Status": "Enabled", "Expiration": {"Days": 1}}], "MalformedXML", None),
    ],
)  # fmt: skip
async def test_validation_errors(
    s3: Client, rules: list[dict[str, Any]], code: str, message: str | None
) -> None:
    err = await s3.error(
        "PutBucketLifecycleConfiguration", Bucket="bkt", LifecycleConfiguration={"Rules": rules}
    )
    assert err.code == code
    if message:
        assert err.message == message


async def test_put_get_delete_configuration(s3: Client) -> None:
    err = await s3.error("GetBucketLifecycleConfiguration", Bucket="bkt")
    assert (err.code, err.status_code) == ("NoSuchLifecycleConfiguration", 404)
    rules = [rule(Filter={"Prefix": "logs/"}, Expiration={"Days": 3})]
    put = await s3("PutBucketLifecycleConfiguration", Bucket="bkt", LifecycleConfiguration={"Rules": rules})
    assert put["TransitionDefaultMinimumObjectSize"] == "all_storage_classes_128K"
    got = await s3("GetBucketLifecycleConfiguration", Bucket="bkt")
    assert got["Rules"] == rules
    await s3("DeleteBucketLifecycle", Bucket="bkt")
    assert (
        await s3.error("GetBucketLifecycleConfiguration", Bucket="bkt")
    ).code == "NoSuchLifecycleConfiguration"


async def test_expiration_header_and_expiry_unversioned(s3: Client) -> None:
    rules = [rule(ID="logs", Filter={"Prefix": "logs/"}, Expiration={"Days": 3})]
    await s3("PutBucketLifecycleConfiguration", Bucket="bkt", LifecycleConfiguration={"Rules": rules})
    put = await s3("PutObject", Bucket="bkt", Key="logs/a", Body=b"a")
    await s3("PutObject", Bucket="bkt", Key="keep/b", Body=b"b")
    assert put["Expiration"] == 'expiry-date="Tue, 01 Jan 2030 00:00:03 GMT", rule-id="logs"'
    head = await s3("HeadObject", Bucket="bkt", Key="logs/a")
    assert head["Expiration"] == put["Expiration"]
    assert "Expiration" not in await s3("HeadObject", Bucket="bkt", Key="keep/b")
    s3.advance(2)
    assert await s3.provider.lifecycle_pass() == 0
    s3.advance(1)
    assert await s3.provider.lifecycle_pass() == 1
    assert await s3.keys() == [("keep/b", False, "STANDARD")]


async def test_versioned_expiry_markers_noncurrent_and_expired_markers(s3: Client) -> None:
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration={"Status": "Enabled"})
    rules = [
        rule(ID="current", Expiration={"Days": 5}),
        rule(ID="old", NoncurrentVersionExpiration={"NoncurrentDays": 2, "NewerNoncurrentVersions": 1}),
        rule(ID="markers", Expiration={"ExpiredObjectDeleteMarker": True}),
    ]
    await s3("PutBucketLifecycleConfiguration", Bucket="bkt", LifecycleConfiguration={"Rules": rules})
    for body in (b"1", b"2", b"3"):
        await s3("PutObject", Bucket="bkt", Key="k", Body=body)
    s3.advance(3)  # versions 1 and 2 are noncurrent for ~3 days; keep the newest noncurrent one
    await s3.provider.lifecycle_pass()
    assert await s3.keys() == [("k", False, "STANDARD"), ("k", False, "STANDARD")]
    s3.advance(3)  # the current version is 6 days old: a delete marker goes on top
    await s3.provider.lifecycle_pass()
    assert sorted(await s3.keys()) == [("k", False, "STANDARD"), ("k", False, "STANDARD"), ("k", True, "")]
    s3.advance(3)  # both versions noncurrent past 2 days; the newest noncurrent one is kept
    await s3.provider.lifecycle_pass()
    s3.advance(3)
    await s3.provider.lifecycle_pass()
    assert await s3.keys() == [("k", False, "STANDARD"), ("k", True, "")]


async def test_lone_expired_delete_marker_is_removed(s3: Client) -> None:
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration={"Status": "Enabled"})
    rules = [
        rule(ID="old", NoncurrentVersionExpiration={"NoncurrentDays": 1}),
        rule(ID="markers", Expiration={"ExpiredObjectDeleteMarker": True}),
    ]
    await s3("PutBucketLifecycleConfiguration", Bucket="bkt", LifecycleConfiguration={"Rules": rules})
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"1")
    await s3("DeleteObject", Bucket="bkt", Key="k")
    s3.advance(2)
    await s3.provider.lifecycle_pass()  # the noncurrent version goes; the marker is now alone
    await s3.provider.lifecycle_pass()
    assert await s3.keys() == []


async def test_transitions_with_tag_and_size_filters(s3: Client) -> None:
    rules = [
        rule(
            Filter={
                "And": {"Prefix": "", "Tags": [{"Key": "tier", "Value": "cold"}], "ObjectSizeGreaterThan": 2}
            },
            Transitions=[{"Days": 1, "StorageClass": "GLACIER"}],
        )
    ]
    await s3("PutBucketLifecycleConfiguration", Bucket="bkt", LifecycleConfiguration={"Rules": rules})
    await s3("PutObject", Bucket="bkt", Key="cold-big", Body=b"12345", Tagging="tier=cold")
    await s3("PutObject", Bucket="bkt", Key="cold-small", Body=b"1", Tagging="tier=cold")
    await s3("PutObject", Bucket="bkt", Key="warm-big", Body=b"12345", Tagging="tier=warm")
    s3.advance(1)
    assert await s3.provider.lifecycle_pass() == 1
    assert await s3.keys() == [
        ("cold-big", False, "GLACIER"),
        ("cold-small", False, "STANDARD"),
        ("warm-big", False, "STANDARD"),
    ]
    err = await s3.error("GetObject", Bucket="bkt", Key="cold-big")
    assert (err.code, err.status_code) == ("InvalidObjectState", 403)


async def test_abort_incomplete_multipart_uploads(s3: Client) -> None:
    rules = [
        rule(ID="abort", Filter={"Prefix": "tmp/"}, AbortIncompleteMultipartUpload={"DaysAfterInitiation": 2})
    ]
    await s3("PutBucketLifecycleConfiguration", Bucket="bkt", LifecycleConfiguration={"Rules": rules})
    doomed = await s3("CreateMultipartUpload", Bucket="bkt", Key="tmp/x")
    assert doomed["AbortRuleId"] == "abort"
    assert doomed["AbortDate"] == START + timedelta(seconds=2)
    await s3("UploadPart", Bucket="bkt", Key="tmp/x", UploadId=doomed["UploadId"], PartNumber=1, Body=b"p")
    kept = await s3("CreateMultipartUpload", Bucket="bkt", Key="other/y")
    assert "AbortDate" not in kept
    s3.advance(2)
    assert await s3.provider.lifecycle_pass() == 1
    uploads = await s3("ListMultipartUploads", Bucket="bkt")
    assert [u["Key"] for u in uploads["Uploads"]] == ["other/y"]


def test_real_days_round_up_to_midnight() -> None:
    version = ObjectVersion("b", "k", "null", datetime(2030, 1, 1, 15, 30, tzinfo=UTC), ACCOUNT)
    header = lifecycle.expiration_header([rule(ID="x", Expiration={"Days": 1})], version, lifecycle.DAY_S)
    assert header == 'expiry-date="Thu, 03 Jan 2030 00:00:00 GMT", rule-id="x"'
