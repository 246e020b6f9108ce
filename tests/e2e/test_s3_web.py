"""S3 in a browser's terms, end to end: bucket CORS (preflights and response headers), the website
endpoint, browser POST uploads (boto3's ``generate_presigned_post``), and a real Chromium preflight."""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from .conftest import AwsCli, ClientFactory

CORS_DENIED = (
    "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, "
    "request method / Access-Control-Request-Method or Access-Control-Request-Headers are not "
    "whitelisted by the resource's CORS spec."
)


@pytest.fixture(scope="module")
def s3(client_factory: ClientFactory) -> Any:
    return client_factory("s3")


@pytest.fixture(scope="module")
def s3v4(client_factory: ClientFactory) -> Any:
    """Presigned POSTs signed with SigV4 (boto3's default for POST policies is still SigV2)."""
    return client_factory("s3", config=Config(signature_version="s3v4", retries={"max_attempts": 1}))


@pytest.fixture
def bucket(s3: Any) -> str:
    name = f"web-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def error_of(call: Any, **params: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as caught:
        call(**params)
    response: dict[str, Any] = caught.value.response
    return response


def public_read(s3: Any, bucket: str, *, listing: bool = False) -> None:
    """What a website needs on AWS: public policies allowed, then an anonymous-read policy (with
    ``s3:ListBucket``, a missing page is a 404 rather than a 403)."""
    s3.delete_public_access_block(Bucket=bucket)
    s3.put_bucket_policy(
        Bucket=bucket,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{bucket}/*",
                    },
                    *(
                        [
                            {
                                "Effect": "Allow",
                                "Principal": "*",
                                "Action": "s3:ListBucket",
                                "Resource": f"arn:aws:s3:::{bucket}",
                            }
                        ]
                        if listing
                        else []
                    ),
                ],
            }
        ),
    )


# --- CORS ----------------------------------------------------------------------------------------


def test_cors_configuration_round_trip_and_validation(s3: Any, bucket: str) -> None:
    err = error_of(s3.get_bucket_cors, Bucket=bucket)
    assert (err["Error"]["Code"], err["ResponseMetadata"]["HTTPStatusCode"]) == (
        "NoSuchCORSConfiguration",
        404,
    )
    rules = [
        {
            "ID": "app",
            "AllowedOrigins": ["http://app.example.com", "https://*.example.org"],
            "AllowedMethods": ["GET", "PUT"],
            "AllowedHeaders": ["x-amz-*", "content-type"],
            "ExposeHeaders": ["ETag"],
            "MaxAgeSeconds": 600,
        }
    ]
    s3.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": rules})
    assert s3.get_bucket_cors(Bucket=bucket)["CORSRules"] == rules
    err = error_of(
        s3.put_bucket_cors,
        Bucket=bucket,
        CORSConfiguration={"CORSRules": [{"AllowedOrigins": ["*"], "AllowedMethods": ["PATCH"]}]},
    )
    assert err["Error"]["Code"] == "InvalidRequest"
    assert (
        err["Error"]["Message"] == "Found unsupported HTTP method in CORS config. Unsupported method is PATCH"
    )
    s3.delete_bucket_cors(Bucket=bucket)
    assert error_of(s3.get_bucket_cors, Bucket=bucket)["Error"]["Code"] == "NoSuchCORSConfiguration"


def test_preflight_and_response_headers_follow_the_bucket_rules(
    s3: Any, s3v4: Any, bucket: str, endpoint: str
) -> None:
    url = f"{endpoint}/{bucket}/photo.jpg"
    preflight = {"Origin": "http://app.example.com", "Access-Control-Request-Method": "PUT"}
    no_config = httpx.options(url, headers=preflight)
    assert no_config.status_code == 403
    assert "<Code>AccessForbidden</Code>" in no_config.text
    assert "CORS is not enabled for this bucket." in no_config.text

    s3.put_bucket_cors(
        Bucket=bucket,
        CORSConfiguration={
            "CORSRules": [
                {
                    "AllowedOrigins": ["http://app.example.com", "https://*.example.org"],
                    "AllowedMethods": ["GET", "PUT"],
                    "AllowedHeaders": ["x-amz-*", "content-type"],
                    "ExposeHeaders": ["ETag", "x-amz-version-id"],
                    "MaxAgeSeconds": 600,
                },
                {"AllowedOrigins": ["*"], "AllowedMethods": ["GET"]},
            ]
        },
    )
    ok = httpx.options(
        url, headers={**preflight, "Access-Control-Request-Headers": "Content-Type, X-Amz-Date"}
    )
    assert ok.status_code == 200, ok.text
    assert ok.headers["access-control-allow-origin"] == "http://app.example.com"
    assert ok.headers["access-control-allow-methods"] == "GET, PUT"
    assert ok.headers["access-control-allow-headers"] == "content-type, x-amz-date"
    assert ok.headers["access-control-max-age"] == "600"
    assert ok.headers["access-control-expose-headers"] == "ETag, x-amz-version-id"
    assert ok.headers["access-control-allow-credentials"] == "true"
    assert "Origin" in ok.headers["vary"]

    wildcard = httpx.options(url, headers={**preflight, "Origin": "https://shop.example.org"})
    assert wildcard.headers["access-control-allow-origin"] == "https://shop.example.org"
    anyone = httpx.options(
        url, headers={"Origin": "http://else.test", "Access-Control-Request-Method": "GET"}
    )
    assert anyone.status_code == 200
    assert anyone.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in anyone.headers

    for headers in (
        {"Origin": "http://evil.test", "Access-Control-Request-Method": "PUT"},
        {**preflight, "Access-Control-Request-Method": "DELETE"},
        {**preflight, "Access-Control-Request-Headers": "x-custom"},
    ):
        denied = httpx.options(url, headers=headers)
        assert denied.status_code == 403, headers
        assert CORS_DENIED in denied.text
        assert "access-control-allow-origin" not in denied.headers

    # actual requests: the matching rule's headers, none for an origin no rule allows
    s3.put_object(Bucket=bucket, Key="photo.jpg", Body=b"jpeg")
    signed = s3v4.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "photo.jpg"})
    got = httpx.get(signed, headers={"Origin": "http://app.example.com"})
    assert got.status_code == 200 and got.content == b"jpeg"
    assert got.headers["access-control-allow-origin"] == "http://app.example.com"
    assert got.headers["access-control-expose-headers"] == "ETag, x-amz-version-id"
    blocked = httpx.put(
        s3v4.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": "x"}),
        content=b"1",
        headers={"Origin": "http://evil.test"},
    )
    assert blocked.status_code == 200
    assert "access-control-allow-origin" not in blocked.headers


def test_other_services_keep_the_permissive_preflight(endpoint: str) -> None:
    answer = httpx.options(
        f"{endpoint}/", headers={"Origin": "http://any.test", "Access-Control-Request-Method": "POST"}
    )
    assert answer.status_code == 200
    assert "POST" in answer.headers["access-control-allow-methods"]


# --- website ---------------------------------------------------------------------------------------


def website_url(endpoint: str, bucket: str) -> str:
    return f"{endpoint}/_overcast/website/{bucket}/"


def test_website_configuration_validation(s3: Any, bucket: str) -> None:
    err = error_of(s3.get_bucket_website, Bucket=bucket)
    assert (err["Error"]["Code"], err["ResponseMetadata"]["HTTPStatusCode"]) == (
        "NoSuchWebsiteConfiguration",
        404,
    )
    err = error_of(
        s3.put_bucket_website, Bucket=bucket, WebsiteConfiguration={"IndexDocument": {"Suffix": "a/b.html"}}
    )
    assert (err["Error"]["Code"], err["Error"]["Message"]) == (
        "InvalidArgument",
        "The IndexDocument Suffix is not well formed",
    )
    err = error_of(s3.put_bucket_website, Bucket=bucket, WebsiteConfiguration={"ErrorDocument": {"Key": "e"}})
    assert err["Error"]["Message"] == (
        "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty"
    )
    config = {
        "IndexDocument": {"Suffix": "index.html"},
        "ErrorDocument": {"Key": "error.html"},
        "RoutingRules": [
            {"Condition": {"KeyPrefixEquals": "old/"}, "Redirect": {"ReplaceKeyPrefixWith": "new/"}},
        ],
    }
    s3.put_bucket_website(Bucket=bucket, WebsiteConfiguration=config)
    got = s3.get_bucket_website(Bucket=bucket)
    assert got["IndexDocument"] == {"Suffix": "index.html"}
    assert got["RoutingRules"][0]["Redirect"] == {"ReplaceKeyPrefixWith": "new/"}
    s3.delete_bucket_website(Bucket=bucket)
    assert error_of(s3.get_bucket_website, Bucket=bucket)["Error"]["Code"] == "NoSuchWebsiteConfiguration"


def test_website_serves_index_error_and_redirects(s3: Any, bucket: str, endpoint: str) -> None:
    site = website_url(endpoint, bucket)
    assert httpx.get(site).status_code == 404
    assert "NoSuchWebsiteConfiguration" in httpx.get(site).text
    s3.put_bucket_website(
        Bucket=bucket,
        WebsiteConfiguration={
            "IndexDocument": {"Suffix": "index.html"},
            "ErrorDocument": {"Key": "error.html"},
            "RoutingRules": [
                {
                    "Condition": {"KeyPrefixEquals": "docs/"},
                    "Redirect": {"ReplaceKeyPrefixWith": "documents/", "HttpRedirectCode": "302"},
                },
                {
                    "Condition": {"HttpErrorCodeReturnedEquals": "404", "KeyPrefixEquals": "gone/"},
                    "Redirect": {"HostName": "archive.example.com", "Protocol": "https"},
                },
            ],
        },
    )
    put = {"Bucket": bucket, "ContentType": "text/html"}
    s3.put_object(Key="index.html", Body=b"<h1>home</h1>", **put)
    s3.put_object(Key="blog/index.html", Body=b"<h1>blog</h1>", **put)
    s3.put_object(Key="error.html", Body=b"<h1>oops</h1>", **put)
    s3.put_object(Key="moved", Body=b"", WebsiteRedirectLocation="/blog/", **put)

    # a website is public: without a public-read policy S3 answers 403 (with the error document)
    assert httpx.get(site).status_code == 403
    public_read(s3, bucket)

    home = httpx.get(site)
    assert (home.status_code, home.text, home.headers["content-type"]) == (200, "<h1>home</h1>", "text/html")
    assert httpx.get(site + "blog/").text == "<h1>blog</h1>"
    head = httpx.head(site + "blog/")
    assert head.status_code == 200 and head.headers["content-length"] == "13"
    folder = httpx.get(site + "blog")
    assert (folder.status_code, folder.headers["location"]) == (302, site + "blog/")
    missing = httpx.get(site + "nothing.html")  # no s3:ListBucket: S3 says 403, with the error page
    assert (missing.status_code, missing.text) == (403, "<h1>oops</h1>")
    public_read(s3, bucket, listing=True)
    missing = httpx.get(site + "nothing.html")
    assert (missing.status_code, missing.text) == (404, "<h1>oops</h1>")
    moved = httpx.get(site + "moved")
    assert (moved.status_code, moved.headers["location"]) == (301, site + "blog/")
    rule = httpx.get(site + "docs/a.html")
    assert (rule.status_code, rule.headers["location"]) == (302, site + "documents/a.html")
    gone = httpx.get(site + "gone/x.html")
    assert (gone.status_code, gone.headers["location"]) == (301, "https://archive.example.com/gone/x.html")

    s3.delete_object(Bucket=bucket, Key="error.html")
    page = httpx.get(site + "nothing.html")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<li>Code: NoSuchKey</li>" in page.text and "<li>Key: nothing.html</li>" in page.text
    assert "An Error Occurred While Attempting to Retrieve a Custom Error Document" in page.text
    assert httpx.put(site + "x", content=b"").status_code == 405


def test_website_host_forms(s3: Any, bucket: str, endpoint: str) -> None:
    s3.put_bucket_website(
        Bucket=bucket, WebsiteConfiguration={"RedirectAllRequestsTo": {"HostName": "example.com"}}
    )
    public_read(s3, bucket)
    port = urlsplit(endpoint).port
    for host in (
        f"{bucket}.s3-website.us-east-1.localhost:{port}",
        f"{bucket}.s3-website-us-east-1.localhost",
    ):
        answer = httpx.get(f"{endpoint}/some/page.html", headers={"Host": host})
        assert (answer.status_code, answer.headers["location"]) == (301, "http://example.com/some/page.html")


def test_aws_s3_website_command(aws: AwsCli, s3: Any, bucket: str, endpoint: str) -> None:
    aws("s3", "website", f"s3://{bucket}", "--index-document", "index.html", "--error-document", "error.html")
    config = s3.get_bucket_website(Bucket=bucket)
    assert (config["IndexDocument"], config["ErrorDocument"]) == (
        {"Suffix": "index.html"},
        {"Key": "error.html"},
    )
    public_read(s3, bucket)
    s3.put_object(Bucket=bucket, Key="index.html", Body=b"cli", ContentType="text/html")
    assert httpx.get(website_url(endpoint, bucket)).text == "cli"


# --- browser POST uploads ------------------------------------------------------------------------------


@pytest.mark.parametrize("signer", ["s3v4", "s3"])
def test_presigned_post_upload(signer: str, request: pytest.FixtureRequest, s3: Any, bucket: str) -> None:
    post = request.getfixturevalue(signer).generate_presigned_post(
        bucket,
        "uploads/${filename}",
        Fields={"success_action_status": "201", "Content-Type": "text/plain", "x-amz-meta-owner": "ana"},
        Conditions=[
            {"success_action_status": "201"},
            ["starts-with", "$Content-Type", "text/"],
            {"x-amz-meta-owner": "ana"},
            ["content-length-range", 1, 64],
        ],
        ExpiresIn=300,
    )
    answer = httpx.post(
        post["url"], data=post["fields"], files={"file": ("notes.txt", b"hello form", "text/plain")}
    )
    assert answer.status_code == 201, answer.text
    assert "<Key>uploads/notes.txt</Key>" in answer.text and f"<Bucket>{bucket}</Bucket>" in answer.text
    got = s3.get_object(Bucket=bucket, Key="uploads/notes.txt")
    assert got["Body"].read() == b"hello form"
    assert (got["ContentType"], got["Metadata"]) == ("text/plain", {"owner": "ana"})

    too_big = httpx.post(
        post["url"], data=post["fields"], files={"file": ("big.txt", b"x" * 65, "text/plain")}
    )
    assert too_big.status_code == 400 and "<Code>EntityTooLarge</Code>" in too_big.text
    wrong_type = httpx.post(
        post["url"], data={**post["fields"], "Content-Type": "image/png"}, files={"file": ("a.png", b"png")}
    )
    assert wrong_type.status_code == 403
    assert "Invalid according to Policy: Policy Condition failed: " in wrong_type.text
    extra = httpx.post(
        post["url"], data={**post["fields"], "x-amz-meta-more": "1"}, files={"file": ("e.txt", b"e")}
    )
    assert extra.status_code == 403 and "Extra input fields: x-amz-meta-more" in extra.text
    forged = httpx.post(
        post["url"],
        data={**post["fields"], "x-amz-signature" if signer == "s3v4" else "signature": "0" * 64},
        files={"file": ("f.txt", b"f")},
    )
    assert forged.status_code == 403 and "<Code>SignatureDoesNotMatch</Code>" in forged.text
    for key in ("uploads/big.txt", "uploads/a.png", "uploads/e.txt", "uploads/f.txt"):
        assert error_of(s3.head_object, Bucket=bucket, Key=key)["ResponseMetadata"]["HTTPStatusCode"] == 404


def test_presigned_post_defaults_redirect_and_expiry(s3: Any, s3v4: Any, bucket: str) -> None:
    post = s3.generate_presigned_post(bucket, "plain.bin")
    answer = httpx.post(post["url"], data=post["fields"], files={"file": ("p.bin", b"\x00\x01" * 1000)})
    assert answer.status_code == 204 and answer.headers["etag"]
    assert s3.get_object(Bucket=bucket, Key="plain.bin")["ContentLength"] == 2000

    target = "http://app.example.com/done"
    post = s3.generate_presigned_post(
        bucket,
        "r.txt",
        Fields={"success_action_redirect": target},
        Conditions=[{"success_action_redirect": target}],
    )
    answer = httpx.post(post["url"], data=post["fields"], files={"file": ("r.txt", b"r")})
    assert answer.status_code == 303
    assert answer.headers["location"].startswith(f"{target}?bucket={bucket}&key=r.txt&etag=")

    expired = s3v4.generate_presigned_post(bucket, "late.txt", ExpiresIn=-10)
    answer = httpx.post(expired["url"], data=expired["fields"], files={"file": ("l.txt", b"l")})
    assert answer.status_code == 403
    assert "Invalid according to Policy: Policy expired." in answer.text


def test_post_upload_streams_a_large_file(s3: Any, bucket: str) -> None:
    post = s3.generate_presigned_post(bucket, "large.bin")
    size = 24 * 1024 * 1024
    block = bytes(range(256)) * 4096

    def body() -> Iterator[bytes]:
        boundary = "----overcast-e2e"
        for name, value in post["fields"].items():
            yield f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        yield f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="l.bin"\r\n\r\n'.encode()
        for _ in range(size // len(block)):
            yield block
        yield f"\r\n--{boundary}--\r\n".encode()

    answer = httpx.post(
        post["url"],
        content=body(),
        headers={"Content-Type": "multipart/form-data; boundary=----overcast-e2e"},
    )
    assert answer.status_code == 204, answer.text
    assert s3.head_object(Bucket=bucket, Key="large.bin")["ContentLength"] == size


# --- a real browser ---------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><body><pre id="out">pending</pre><script>
fetch(%(url)s, {method: "PUT", headers: {"x-amz-meta-from": "browser"}, body: "hi"})
  .then(r => r.status).then(s => { document.getElementById("out").textContent = "status:" + s; })
  .catch(e => { document.getElementById("out").textContent = "blocked:" + e.name; });
</script></body></html>"""


@pytest.fixture
def page_server() -> Iterator[tuple[str, Path]]:
    root = Path(tempfile.mkdtemp())

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()
    shutil.rmtree(root, ignore_errors=True)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is not installed: add Debian's `chromium` package to the system deps")


def browser_outcome(page_url: str) -> str:
    """What the page wrote; a run that ends before the fetch settled (a loaded machine) is retried."""
    outcome = "pending"
    for _ in range(3):
        outcome = _run_chromium(page_url)
        if outcome != "pending":
            break
    return outcome


def _run_chromium(page_url: str) -> str:
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--virtual-time-budget=10000",
            "--dump-dom",
            page_url,
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    text = result.stdout
    start = text.find('<pre id="out">')
    return text[start + len('<pre id="out">') : text.find("</pre>", start)] if start >= 0 else text


def test_browser_cors(s3: Any, s3v4: Any, bucket: str, page_server: tuple[str, Path]) -> None:
    origin, root = page_server
    s3.put_bucket_cors(
        Bucket=bucket,
        CORSConfiguration={
            "CORSRules": [
                {"AllowedOrigins": [origin], "AllowedMethods": ["PUT"], "AllowedHeaders": ["x-amz-meta-*"]}
            ]
        },
    )
    url = s3v4.generate_presigned_url(
        "put_object", Params={"Bucket": bucket, "Key": "from-browser.txt"}, ExpiresIn=600
    )
    (root / "index.html").write_text(PAGE % {"url": json.dumps(url)})
    assert browser_outcome(f"{origin}/index.html") == "status:200"
    assert s3.get_object(Bucket=bucket, Key="from-browser.txt")["Body"].read() == b"hi"

    # the same page from another origin (localhost instead of 127.0.0.1): the preflight is refused
    other = origin.replace("127.0.0.1", "localhost")
    s3.delete_object(Bucket=bucket, Key="from-browser.txt")
    assert browser_outcome(f"{other}/index.html") == "blocked:TypeError"
    assert (
        error_of(s3.head_object, Bucket=bucket, Key="from-browser.txt")["ResponseMetadata"]["HTTPStatusCode"]
        == 404
    )
