"""Object lock (bucket configuration, retention, legal hold, protected deletes) and RestoreObject."""

from __future__ import annotations

import base64
import hashlib
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
from overcast_s3.blobs import FileBlobStore
from overcast_s3.features import FeatureSettings
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store

ACCOUNT = "000000000000"
START = datetime(2030, 1, 1, tzinfo=UTC)
LATER = START + timedelta(days=10)


def md5(body: bytes) -> str:
    return base64.b64encode(hashlib.md5(body, usedforsecurity=False).digest()).decode()


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


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    now = [START]
    store = await SqlS3Store.open(tmp_path / "s3.db")
    provider = S3Provider(store, FileBlobStore(tmp_path / "blobs", fsync=False), clock=lambda: now[0])
    provider.feature_settings = FeatureSettings(day_s=1.0, restore_s=5.0)
    client = Client(provider, now)
    await client("CreateBucket", Bucket="locked", ObjectLockEnabledForBucket=True)
    await client("CreateBucket", Bucket="plain")
    yield client
    await store.close()


async def test_bucket_configuration(s3: Client) -> None:
    assert (await s3("GetBucketVersioning", Bucket="locked"))["Status"] == "Enabled"
    got = await s3("GetObjectLockConfiguration", Bucket="locked")
    assert got == {"ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled"}}
    err = await s3.error("GetObjectLockConfiguration", Bucket="plain")
    assert (err.code, err.status_code) == ("ObjectLockConfigurationNotFoundError", 404)
    err = await s3.error(
        "PutObjectLockConfiguration", Bucket="plain", ObjectLockConfiguration={"ObjectLockEnabled": "Enabled"}
    )
    assert (err.code, err.status_code) == ("InvalidBucketState", 409)
    rule = {"DefaultRetention": {"Mode": "GOVERNANCE", "Days": 1}}
    config = {"ObjectLockEnabled": "Enabled", "Rule": rule}
    await s3("PutObjectLockConfiguration", Bucket="locked", ObjectLockConfiguration=config)
    assert (await s3("GetObjectLockConfiguration", Bucket="locked"))["ObjectLockConfiguration"] == config
    bad = {
        "ObjectLockEnabled": "Enabled",
        "Rule": {"DefaultRetention": {"Mode": "GOVERNANCE", "Days": 1, "Years": 1}},
    }
    assert (
        await s3.error("PutObjectLockConfiguration", Bucket="locked", ObjectLockConfiguration=bad)
    ).code == ("MalformedXML")


async def test_lock_headers_need_a_lock_bucket_and_an_integrity_header(s3: Client) -> None:
    err = await s3.error("PutObject", Bucket="plain", Key="k", Body=b"x", ObjectLockLegalHoldStatus="ON")
    assert (err.code, err.message) == ("InvalidRequest", "Bucket is missing Object Lock Configuration")
    err = await s3.error("PutObject", Bucket="locked", Key="k", Body=b"x", ObjectLockLegalHoldStatus="ON")
    assert err.code == "InvalidRequest" and err.message.startswith(
        "Content-MD5 OR x-amz-checksum- HTTP header"
    )
    err = await s3.error(
        "PutObject", Bucket="locked", Key="k", Body=b"x", ContentMD5=md5(b"x"), ObjectLockMode="GOVERNANCE"
    )
    assert (
        err.message == "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied"
    )
    err = await s3.error(
        "PutObject", Bucket="locked", Key="k", Body=b"x", ContentMD5=md5(b"x"),
        ObjectLockMode="GOVERNANCE", ObjectLockRetainUntilDate=START - timedelta(days=1),
    )  # fmt: skip
    assert err.message == "The retain until date must be in the future!"


async def test_legal_hold_blocks_version_delete(s3: Client) -> None:
    put = await s3(
        "PutObject", Bucket="locked", Key="k", Body=b"x", ContentMD5=md5(b"x"), ObjectLockLegalHoldStatus="ON"
    )
    vid = put["VersionId"]
    head = await s3("HeadObject", Bucket="locked", Key="k")
    assert head["ObjectLockLegalHoldStatus"] == "ON"
    err = await s3.error("DeleteObject", Bucket="locked", Key="k", VersionId=vid)
    assert (err.code, err.status_code) == ("AccessDenied", 403)
    marker = await s3("DeleteObject", Bucket="locked", Key="k")  # a delete marker is always allowed
    assert marker["DeleteMarker"] is True
    batch = await s3("DeleteObjects", Bucket="locked", Delete={"Objects": [{"Key": "k", "VersionId": vid}]})
    assert batch["Errors"][0]["Code"] == "AccessDenied"
    await s3("PutObjectLegalHold", Bucket="locked", Key="k", VersionId=vid, LegalHold={"Status": "OFF"})
    got = await s3("GetObjectLegalHold", Bucket="locked", Key="k", VersionId=vid)
    assert got == {"LegalHold": {"Status": "OFF"}}
    await s3("DeleteObject", Bucket="locked", Key="k", VersionId=vid)


async def test_governance_and_compliance_retention(s3: Client) -> None:
    gov = await s3(
        "PutObject", Bucket="locked", Key="g", Body=b"x", ChecksumAlgorithm="CRC32",
        ObjectLockMode="GOVERNANCE", ObjectLockRetainUntilDate=LATER,
    )  # fmt: skip
    retention = await s3("GetObjectRetention", Bucket="locked", Key="g")
    assert retention == {"Retention": {"Mode": "GOVERNANCE", "RetainUntilDate": LATER}}
    assert (await s3("HeadObject", Bucket="locked", Key="g"))["ObjectLockRetainUntilDate"] == LATER
    err = await s3.error("DeleteObject", Bucket="locked", Key="g", VersionId=gov["VersionId"])
    assert err.code == "AccessDenied"
    shorter = {"Mode": "GOVERNANCE", "RetainUntilDate": START + timedelta(days=1)}
    assert (
        await s3.error("PutObjectRetention", Bucket="locked", Key="g", Retention=shorter)
    ).code == "AccessDenied"
    await s3(
        "PutObjectRetention", Bucket="locked", Key="g", Retention=shorter, BypassGovernanceRetention=True
    )
    await s3(
        "DeleteObject", Bucket="locked", Key="g", VersionId=gov["VersionId"], BypassGovernanceRetention=True
    )
    comp = await s3(
        "PutObject", Bucket="locked", Key="c", Body=b"x", ContentMD5=md5(b"x"),
        ObjectLockMode="COMPLIANCE", ObjectLockRetainUntilDate=LATER,
    )  # fmt: skip
    err = await s3.error(
        "DeleteObject", Bucket="locked", Key="c", VersionId=comp["VersionId"], BypassGovernanceRetention=True
    )
    assert err.code == "AccessDenied"
    longer = {"Mode": "COMPLIANCE", "RetainUntilDate": LATER + timedelta(days=1)}
    await s3("PutObjectRetention", Bucket="locked", Key="c", Retention=longer)
    s3.now[0] = LATER + timedelta(days=2)  # retention over: the version can go
    await s3("DeleteObject", Bucket="locked", Key="c", VersionId=comp["VersionId"])


async def test_default_retention_applies(s3: Client) -> None:
    rule = {"DefaultRetention": {"Mode": "COMPLIANCE", "Days": 3}}
    await s3(
        "PutObjectLockConfiguration",
        Bucket="locked",
        ObjectLockConfiguration={"ObjectLockEnabled": "Enabled", "Rule": rule},
    )
    put = await s3("PutObject", Bucket="locked", Key="d", Body=b"x", ContentMD5=md5(b"x"))
    retention = await s3("GetObjectRetention", Bucket="locked", Key="d", VersionId=put["VersionId"])
    assert retention["Retention"] == {"Mode": "COMPLIANCE", "RetainUntilDate": START + timedelta(days=3)}
    err = await s3.error("GetObjectLegalHold", Bucket="locked", Key="d")
    assert (err.code, err.status_code) == ("NoSuchObjectLockConfiguration", 404)


async def test_restore_flow(s3: Client) -> None:
    await s3("PutObject", Bucket="plain", Key="cold", Body=b"frozen", StorageClass="GLACIER")
    await s3("PutObject", Bucket="plain", Key="warm", Body=b"x")
    err = await s3.error("GetObject", Bucket="plain", Key="cold")
    assert (err.code, err.status_code) == ("InvalidObjectState", 403)
    assert err.fields == {"StorageClass": "GLACIER"}
    assert "Restore" not in await s3("HeadObject", Bucket="plain", Key="cold")
    err = await s3.error("CopyObject", Bucket="plain", Key="copy", CopySource="plain/cold")
    assert (err.code, err.status_code) == ("InvalidObjectState", 403)
    err = await s3.error("RestoreObject", Bucket="plain", Key="warm", RestoreRequest={"Days": 1})
    assert (err.code, err.status_code) == ("InvalidObjectState", 403)
    await s3("RestoreObject", Bucket="plain", Key="cold", RestoreRequest={"Days": 2})
    assert (await s3("HeadObject", Bucket="plain", Key="cold"))["Restore"] == 'ongoing-request="true"'
    err = await s3.error("RestoreObject", Bucket="plain", Key="cold", RestoreRequest={"Days": 2})
    assert (err.code, err.status_code) == ("RestoreAlreadyInProgress", 409)
    s3.now[0] += timedelta(seconds=5)
    head = await s3("HeadObject", Bucket="plain", Key="cold")
    assert head["Restore"] == 'ongoing-request="false", expiry-date="Tue, 01 Jan 2030 00:00:07 GMT"'
    got = await s3("GetObject", Bucket="plain", Key="cold")
    assert b"".join([c async for c in got["Body"]]) == b"frozen"
    await s3("CopyObject", Bucket="plain", Key="thawed", CopySource="plain/cold", StorageClass="STANDARD")
    s3.now[0] += timedelta(seconds=2)  # the restored copy expired
    assert (await s3.error("GetObject", Bucket="plain", Key="cold")).code == "InvalidObjectState"
