"""Static websites: PutBucketWebsite's validation and the website endpoint's answers (internal operation)."""

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
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import S3Provider
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import WEBSITE, S3Handler

ACCOUNT = "000000000000"
BASE = "http://site.s3-website.us-east-1.localhost:4566/"


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

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value

    async def get(self, path: str, method: str = "GET", **headers: str) -> dict[str, Any]:
        context = RequestContext(request_id="req", service="s3", operation=WEBSITE)
        answer = await self.handler(
            context,
            {
                "Bucket": "site",
                "Path": path,
                "Method": method,
                "Headers": headers,
                "Base": BASE,
                "Scheme": "http",
                "Host": "site.s3-website.us-east-1.localhost:4566",
            },
        )
        body = answer["Body"]
        if not isinstance(body, bytes):
            body = b"".join([chunk async for chunk in body])
        return {**answer, "Body": body}


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    yield Client(S3Handler(S3Provider(store, FileBlobStore(tmp_path / "blobs", fsync=False)), AllowRoot()))
    await store.close()


async def make_public(s3: Client, *actions: str) -> None:
    await s3("DeletePublicAccessBlock", Bucket="site")
    statements = [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": action,
            "Resource": "arn:aws:s3:::site" + ("/*" if action == "s3:GetObject" else ""),
        }
        for action in actions
    ]
    await s3("PutBucketPolicy", Bucket="site", Policy=json.dumps({"Statement": statements}))


@pytest.mark.parametrize(
    ("config", "code", "message"),
    [
        (
            {},
            "InvalidArgument",
            "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty",
        ),
        ({"IndexDocument": {"Suffix": ""}}, "InvalidArgument", "The IndexDocument Suffix is not well formed"),
        (
            {"RedirectAllRequestsTo": {"HostName": "x.com"}, "IndexDocument": {"Suffix": "i.html"}},
            "InvalidArgument",
            "RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.",
        ),
        (
            {"RedirectAllRequestsTo": {"HostName": "x.com", "Protocol": "ftp"}},
            "InvalidRequest",
            "Invalid protocol, protocol can be http or https. If not defined the protocol will be selected "
            "automatically.",
        ),
        ({"IndexDocument": {"Suffix": "i.html"}, "ErrorDocument": {}}, "MalformedXML", None),
        (
            {
                "IndexDocument": {"Suffix": "i.html"},
                "RoutingRules": [{"Redirect": {"ReplaceKeyWith": "a", "ReplaceKeyPrefixWith": "b"}}],
            },
            "InvalidRequest",
            "You can only define ReplaceKeyPrefix or ReplaceKey but not both.",
        ),
        (
            {
                "IndexDocument": {"Suffix": "i.html"},
                "RoutingRules": [{"Condition": {}, "Redirect": {"HostName": "x"}}],
            },
            "InvalidRequest",
            "Condition cannot be empty. To redirect all requests without a condition, the condition element "
            "shouldn't be present.",
        ),
    ],
)
async def test_validation(s3: Client, config: dict[str, Any], code: str, message: str | None) -> None:
    await s3("CreateBucket", Bucket="site")
    err = await s3.error("PutBucketWebsite", Bucket="site", WebsiteConfiguration=config)
    assert err.code == code
    if message is not None:
        assert str(err) == message


async def test_round_trip(s3: Client) -> None:
    await s3("CreateBucket", Bucket="site")
    err = await s3.error("GetBucketWebsite", Bucket="site")
    assert (err.code, err.status_code) == ("NoSuchWebsiteConfiguration", 404)
    config = {
        "IndexDocument": {"Suffix": "index.html"},
        "ErrorDocument": {"Key": "404.html"},
        "RoutingRules": [{"Condition": {"KeyPrefixEquals": "a/"}, "Redirect": {"ReplaceKeyWith": "b"}}],
    }
    await s3("PutBucketWebsite", Bucket="site", WebsiteConfiguration=config)
    assert await s3("GetBucketWebsite", Bucket="site") == config
    await s3("DeleteBucketWebsite", Bucket="site")
    assert (await s3.error("GetBucketWebsite", Bucket="site")).code == "NoSuchWebsiteConfiguration"


async def test_endpoint(s3: Client) -> None:
    page = await s3.get("/")
    assert page["Status"] == 404 and b"<li>Code: NoSuchBucket</li>" in page["Body"]
    await s3("CreateBucket", Bucket="site")
    assert b"NoSuchWebsiteConfiguration" in (await s3.get("/"))["Body"]
    await s3(
        "PutBucketWebsite",
        Bucket="site",
        WebsiteConfiguration={
            "IndexDocument": {"Suffix": "index.html"},
            "RoutingRules": [
                {"Condition": {"KeyPrefixEquals": "old/"}, "Redirect": {"ReplaceKeyPrefixWith": "new/"}},
                {
                    "Condition": {"HttpErrorCodeReturnedEquals": "404"},
                    "Redirect": {"HostName": "fallback.test", "HttpRedirectCode": "307"},
                },
            ],
        },
    )
    await s3("PutObject", Bucket="site", Key="index.html", Body=b"home", ContentType="text/html")
    await s3("PutObject", Bucket="site", Key="docs/index.html", Body=b"docs")
    await s3("PutObject", Bucket="site", Key="jump", Body=b"", WebsiteRedirectLocation="https://aws.test/x")

    denied = await s3.get("/")
    assert denied["Status"] == 403 and b"<li>Code: AccessDenied</li>" in denied["Body"]
    await make_public(s3, "s3:GetObject")

    home = await s3.get("/")
    assert (home["Status"], home["Body"], home["Headers"]["Content-Type"]) == (200, b"home", "text/html")
    assert (await s3.get("/docs/"))["Body"] == b"docs"
    head = await s3.get("/docs/", "HEAD")
    assert (head["Status"], head["Body"], head["Headers"]["Content-Length"]) == (200, b"", "4")
    assert (await s3.get("/docs"))["Headers"]["Location"] == BASE + "docs/"
    ranged = await s3.get("/index.html", range="bytes=1-2")
    assert (ranged["Status"], ranged["Body"]) == (206, b"om")
    etag = home["Headers"]["ETag"]
    assert (await s3.get("/", **{"if-none-match": etag}))["Status"] == 304
    jump = await s3.get("/jump")
    assert (jump["Status"], jump["Headers"]["Location"]) == (301, "https://aws.test/x")
    old = await s3.get("/old/page.html")
    assert (old["Status"], old["Headers"]["Location"]) == (301, BASE + "new/page.html")
    # no s3:ListBucket: a missing key is a 403 (no 404 rule applies)
    assert (await s3.get("/missing"))["Status"] == 403
    await make_public(s3, "s3:GetObject", "s3:ListBucket")
    fallback = await s3.get("/missing")
    assert (fallback["Status"], fallback["Headers"]["Location"]) == (307, "http://fallback.test/missing")
    assert (await s3.get("/", "POST"))["Status"] == 405


async def test_error_document_and_redirect_all(s3: Client) -> None:
    await s3("CreateBucket", Bucket="site")
    await make_public(s3, "s3:GetObject", "s3:ListBucket")
    await s3(
        "PutBucketWebsite",
        Bucket="site",
        WebsiteConfiguration={
            "IndexDocument": {"Suffix": "index.html"},
            "ErrorDocument": {"Key": "err.html"},
        },
    )
    page = await s3.get("/nope.html")
    assert page["Status"] == 404
    text = page["Body"].decode()
    assert text.startswith("<html>\n<head><title>404 Not Found</title></head>")
    assert "<li>Key: nope.html</li>" in text and "<li>Key: err.html</li>" in text
    assert "An Error Occurred While Attempting to Retrieve a Custom Error Document" in text
    await s3("PutObject", Bucket="site", Key="err.html", Body=b"sorry", ContentType="text/html")
    page = await s3.get("/nope.html")
    assert (page["Status"], page["Body"]) == (404, b"sorry")

    await s3(
        "PutBucketWebsite",
        Bucket="site",
        WebsiteConfiguration={"RedirectAllRequestsTo": {"HostName": "www.example.com", "Protocol": "https"}},
    )
    moved = await s3.get("/a/b?c")
    assert (moved["Status"], moved["Headers"]["Location"]) == (301, "https://www.example.com/a/b?c")
