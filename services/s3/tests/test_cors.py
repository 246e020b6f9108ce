"""Bucket CORS: the three operations, S3's validation, and rule evaluation through the internal operations."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_s3 import cors
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import CORS_HEADERS, PREFLIGHT, S3Handler

ACCOUNT = "000000000000"


class Client:
    def __init__(self, handler: S3Handler) -> None:
        self.handler = handler

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
    store = await SqlS3Store.open(tmp_path / "s3.db")
    yield Client(S3Handler(S3Provider(store, FileBlobStore(tmp_path / "blobs", fsync=False)), AllowRoot()))
    await store.close()


RULES: list[dict[str, Any]] = [
    {
        "ID": "app",
        "AllowedOrigins": ["http://app.example.com", "https://*.example.org"],
        "AllowedMethods": ["GET", "PUT"],
        "AllowedHeaders": ["X-Amz-*", "content-type"],
        "ExposeHeaders": ["ETag"],
        "MaxAgeSeconds": 300,
    },
    {"AllowedOrigins": ["*"], "AllowedMethods": ["GET"]},
]


async def test_put_get_delete(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    err = await s3.error("GetBucketCors", Bucket="bkt")
    assert (err.code, err.status_code, str(err)) == (
        "NoSuchCORSConfiguration",
        404,
        "The CORS configuration does not exist",
    )
    await s3("PutBucketCors", Bucket="bkt", CORSConfiguration={"CORSRules": RULES})
    assert (await s3("GetBucketCors", Bucket="bkt"))["CORSRules"] == RULES
    await s3("DeleteBucketCors", Bucket="bkt")
    assert (await s3.error("GetBucketCors", Bucket="bkt")).code == "NoSuchCORSConfiguration"


@pytest.mark.parametrize(
    ("rules", "code", "message"),
    [
        ([], "MalformedXML", None),
        ([{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"]}] * 101, "MalformedXML", None),
        ([{"AllowedOrigins": ["*"], "AllowedMethods": []}], "MalformedXML", None),
        (
            [{"AllowedOrigins": ["*"], "AllowedMethods": ["OPTIONS"]}],
            "InvalidRequest",
            "Found unsupported HTTP method in CORS config. Unsupported method is OPTIONS",
        ),
        (
            [{"AllowedOrigins": ["http://*.*.com"], "AllowedMethods": ["GET"]}],
            "InvalidRequest",
            'AllowedOrigin "http://*.*.com" can not have more than one wildcard.',
        ),
        (
            [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"], "AllowedHeaders": ["x-*-*"]}],
            "InvalidRequest",
            'AllowedHeader "x-*-*" can not have more than one wildcard.',
        ),
    ],
)
async def test_validation(s3: Client, rules: list[dict[str, Any]], code: str, message: str | None) -> None:
    await s3("CreateBucket", Bucket="bkt")
    err = await s3.error("PutBucketCors", Bucket="bkt", CORSConfiguration={"CORSRules": rules})
    assert err.code == code
    if message:
        assert str(err) == message


def test_rule_matching() -> None:
    assert cors.match_rule(RULES, "http://app.example.com", "PUT", ["content-type", "x-amz-date"]) is RULES[0]
    assert cors.match_rule(RULES, "https://a.b.example.org", "GET") is RULES[0]
    assert cors.match_rule(RULES, "http://app.example.com", "PUT", ["x-other"]) is None
    assert cors.match_rule(RULES, "http://APP.example.com", "PUT") is None  # origins are case-sensitive
    assert cors.match_rule(RULES, "http://else.test", "GET") is RULES[1]
    assert cors.match_rule(RULES, "http://else.test", "DELETE") is None


async def test_preflight(s3: Client) -> None:
    err = await s3.error(PREFLIGHT, Bucket="nope", Origin="http://x", Method="GET")
    assert (err.code, err.status_code, str(err)) == ("AccessForbidden", 403, cors.NO_BUCKET)
    await s3("CreateBucket", Bucket="bkt")
    err = await s3.error(PREFLIGHT, Bucket="bkt", Origin="http://x", Method="GET")
    assert str(err) == cors.NOT_ENABLED
    assert err.fields["ResourceType"] == "BUCKET"
    err = await s3.error(PREFLIGHT, Bucket="bkt", Method="GET")
    assert (err.code, str(err)) == ("BadRequest", "Insufficient information. Origin request header needed.")
    await s3("PutBucketCors", Bucket="bkt", CORSConfiguration={"CORSRules": RULES})
    answer = await s3(
        PREFLIGHT, Bucket="bkt", Origin="http://app.example.com", Method="PUT", RequestHeaders="Content-Type"
    )
    assert answer["Status"] == 200
    assert answer["Headers"] == {
        "Access-Control-Allow-Origin": "http://app.example.com",
        "Access-Control-Allow-Credentials": "true",
        "Vary": cors.VARY,
        "Access-Control-Allow-Methods": "GET, PUT",
        "Access-Control-Allow-Headers": "content-type",
        "Access-Control-Expose-Headers": "ETag",
        "Access-Control-Max-Age": "300",
    }
    err = await s3.error(PREFLIGHT, Bucket="bkt", Origin="http://evil.test", Method="PUT")
    assert (err.code, str(err), err.fields["Method"]) == ("AccessForbidden", cors.NOT_ALLOWED, "PUT")
    anyone = await s3(PREFLIGHT, Bucket="bkt", Origin="http://evil.test", Method="GET")
    assert anyone["Headers"]["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in anyone["Headers"]


async def test_actual_request_headers(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    assert (await s3(CORS_HEADERS, Bucket="bkt", Origin="http://app.example.com", Method="PUT"))[
        "Headers"
    ] == {}
    await s3("PutBucketCors", Bucket="bkt", CORSConfiguration={"CORSRules": RULES})
    headers = (await s3(CORS_HEADERS, Bucket="bkt", Origin="http://app.example.com", Method="PUT"))["Headers"]
    assert headers["Access-Control-Allow-Origin"] == "http://app.example.com"
    assert "Access-Control-Allow-Headers" not in headers
    assert (await s3(CORS_HEADERS, Bucket="bkt", Origin="http://evil.test", Method="PUT"))["Headers"] == {}
