"""Browser POST uploads, S3's half: the policy document, its conditions, the write and the answer."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_s3 import post_upload
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import POST_OBJECT, S3Handler

ACCOUNT = "000000000000"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


class Client:
    def __init__(self, handler: S3Handler) -> None:
        self.handler = handler

    async def __call__(self, operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="req",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
        )
        return await self.handler(context, params)

    async def post(self, fields: dict[str, str], *chunks: bytes, filename: str = "f.txt") -> dict[str, Any]:
        async def file() -> AsyncIterator[bytes]:
            for chunk in chunks:
                yield chunk

        return await self(
            POST_OBJECT,
            Bucket="upl",
            Fields=fields,
            File=file(),
            Filename=filename,
            Base="http://localhost:4566/upl/",
        )

    async def post_error(self, fields: dict[str, str], *chunks: bytes) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self.post(fields, *chunks)
        return caught.value


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    client = Client(S3Handler(S3Provider(store, FileBlobStore(tmp_path / "blobs", fsync=False)), AllowRoot()))
    await client("CreateBucket", Bucket="upl")
    yield client
    await store.close()


def policy(*conditions: Any, expires: datetime | None = None) -> str:
    expiration = (expires or datetime.now(UTC) + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return base64.b64encode(
        json.dumps({"expiration": expiration, "conditions": list(conditions)}).encode()
    ).decode()


async def test_upload_with_conditions(s3: Client) -> None:
    fields = {
        "key": "docs/${filename}",
        "Content-Type": "text/plain",
        "x-amz-meta-who": "ana",
        "success_action_status": "201",
        "x-ignore-tracker": "1",
    }
    fields["policy"] = policy(
        {"bucket": "upl"},
        ["starts-with", "$key", "docs/"],
        ["starts-with", "$Content-Type", "text/"],
        {"x-amz-meta-who": "ana"},
        ["eq", "$success_action_status", "201"],
        ["content-length-range", 1, 10],
    )
    answer = await s3.post(fields, b"hello", b" you", filename=r"C:\\Users\\ana\\notes.txt")
    assert answer["Status"] == 201
    body = answer["Body"].decode()
    assert (
        "<Key>docs/notes.txt</Key>" in body
        and "<Location>http://localhost:4566/upl/docs/notes.txt</Location>" in body
    )
    got = await s3("GetObject", Bucket="upl", Key="docs/notes.txt")
    assert b"".join([c async for c in got["Body"]]) == b"hello you"
    assert (got["ContentType"], got["Metadata"]) == ("text/plain", {"who": "ana"})


@pytest.mark.parametrize(
    ("conditions", "form", "code", "message"),
    [
        (
            [["starts-with", "$key", "a/"]],
            {"key": "b/x"},
            "AccessDenied",
            'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "a/"]',
        ),
        (
            [{"bucket": "other"}, ["starts-with", "$key", ""]],
            {"key": "x"},
            "AccessDenied",
            'Invalid according to Policy: Policy Condition failed: ["eq", "$bucket", "other"]',
        ),
        (
            [["starts-with", "$key", ""]],
            {"key": "x", "x-amz-meta-extra": "1"},
            "AccessDenied",
            "Invalid according to Policy: Extra input fields: x-amz-meta-extra",
        ),
        (
            [["starts-with", "$key", ""], {"a": "1", "b": "2"}],
            {"key": "x"},
            "InvalidPolicyDocument",
            "Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.",
        ),
    ],
)
async def test_condition_failures(
    s3: Client, conditions: list[Any], form: dict[str, str], code: str, message: str
) -> None:
    err = await s3.post_error({**form, "policy": policy(*conditions)}, b"x")
    assert (err.code, str(err)) == (code, message)
    assert (await s3("ListObjectsV2", Bucket="upl")).get("KeyCount", 0) == 0


async def test_expired_malformed_and_sizes(s3: Client) -> None:
    err = await s3.post_error(
        {"key": "k", "policy": policy(expires=datetime.now(UTC) - timedelta(seconds=1))}
    )
    assert (err.code, err.status_code, str(err)) == (
        "AccessDenied",
        403,
        "Invalid according to Policy: Policy expired.",
    )
    err = await s3.post_error({"key": "k", "policy": "not base64!"})
    assert (err.code, str(err)) == ("InvalidPolicyDocument", "Invalid Policy: Invalid JSON.")
    err = await s3.post_error({"policy": policy()})
    assert err.code == "InvalidArgument" and err.fields["ArgumentName"] == "key"
    ranged = {"key": "k", "policy": policy(["starts-with", "$key", ""], ["content-length-range", 4, 6])}
    assert (await s3.post_error(ranged, b"abc")).code == "EntityTooSmall"
    assert (await s3.post_error(ranged, b"abcd", b"efg")).code == "EntityTooLarge"
    assert (await s3("ListObjectsV2", Bucket="upl")).get("KeyCount", 0) == 0
    assert (await s3.post(ranged, b"abcd"))["Status"] == 204


async def test_answers(s3: Client) -> None:
    ok = await s3.post({"key": "a", "success_action_status": "200"}, b"1")
    assert (ok["Status"], ok["Body"]) == (200, b"")
    assert ok["Headers"]["ETag"] == '"c4ca4238a0b923820dcc509a6f75849b"'
    redirect = await s3.post({"key": "a b", "success_action_redirect": "https://app.test/done?x=1"}, b"1")
    assert redirect["Status"] == 303
    assert redirect["Headers"]["Location"] == (
        "https://app.test/done?x=1&bucket=upl&key=a+b&etag=%22c4ca4238a0b923820dcc509a6f75849b%22"
    )
    default = await s3.post({"key": "c", "success_action_status": "999"}, b"1")
    assert default["Status"] == 204


def test_policy_checks_directly() -> None:
    document = post_upload.parse_policy(
        policy(["content-length-range", 0, 5], ["starts-with", "$Content-Type", "image/"])
    )
    fields = {"content-type": "image/png, image/jpeg"}
    assert post_upload.check_policy(document, fields, now=datetime.now(UTC)) == (0, 5)
    with pytest.raises(ServiceError):
        post_upload.check_policy(document, {"content-type": "image/png, text/html"}, now=NOW)


async def test_tagging_and_storage_class_fields(s3: Client) -> None:
    tagging = "<Tagging><TagSet><Tag><Key>team</Key><Value>web</Value></Tag></TagSet></Tagging>"
    await s3.post({"key": "t", "tagging": tagging, "x-amz-storage-class": "STANDARD_IA"}, b"1")
    assert (await s3("GetObjectTagging", Bucket="upl", Key="t"))["TagSet"] == [
        {"Key": "team", "Value": "web"}
    ]
    assert (await s3("HeadObject", Bucket="upl", Key="t"))["StorageClass"] == "STANDARD_IA"
