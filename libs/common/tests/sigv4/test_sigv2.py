"""S3's legacy HMAC-SHA1 signatures: boto3's default presigned URLs and the ``AWS key:sig`` header."""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode, urlsplit

import boto3
import pytest
from botocore.auth import HmacV1Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from overcast_common.errors import ServiceError
from overcast_common.identity import StaticCredentials
from overcast_common.sigv4 import authenticate
from overcast_common.sigv4.testing import to_http_request

EP = "http://localhost:4566"


def presign(key: str = "k/a b.txt", *, expires: int = 60, secret: str = "test", **extra: str) -> str:
    client = boto3.client(
        "s3", endpoint_url=EP, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key=secret
    )
    params = {"Bucket": "bucket", "Key": key, **extra}
    url: str = client.generate_presigned_url("get_object", Params=params, ExpiresIn=expires)
    assert "AWSAccessKeyId=" in url and "Signature=" in url  # boto3's default for S3 is still SigV2
    return url


async def test_a_boto3_default_presigned_url_verifies(creds: StaticCredentials) -> None:
    url = presign(ResponseContentType="text/plain")
    result = await authenticate(to_http_request("GET", url, []), service="s3", credentials=creds)
    assert result.verified and result.principal is not None
    assert result.principal.account_id == "000000000000"


async def test_a_tampered_or_expired_presigned_url_is_refused(creds: StaticCredentials) -> None:
    url = presign()
    parts = urlsplit(url)
    tampered = parts._replace(path=parts.path.replace("k/", "x/")).geturl()
    with pytest.raises(ServiceError) as raised:
        await authenticate(to_http_request("GET", tampered, []), service="s3", credentials=creds)
    assert (raised.value.code, raised.value.status_code) == ("SignatureDoesNotMatch", 403)

    query = dict(parse_qsl(parts.query))
    query["Expires"] = str(int(time.time()) - 5)
    expired = parts._replace(query=urlencode(query)).geturl()
    with pytest.raises(ServiceError) as raised:
        await authenticate(to_http_request("GET", expired, []), service="s3", credentials=creds)
    assert (raised.value.code, raised.value.status_code) == ("AccessDenied", 403)
    assert str(raised.value) == "Request has expired"


async def test_a_wrong_secret_does_not_match(creds: StaticCredentials) -> None:
    with pytest.raises(ServiceError) as raised:
        await authenticate(
            to_http_request("GET", presign(secret="wrong"), []), service="s3", credentials=creds
        )
    assert raised.value.code == "SignatureDoesNotMatch"


async def test_header_signed_virtual_host_request(creds: StaticCredentials) -> None:
    request = AWSRequest(
        "PUT", "http://bucket.s3.localhost:4566/key?acl", headers={"x-amz-acl": "public-read"}, data=b""
    )
    request.auth_path = "/bucket/key"
    HmacV1Auth(Credentials("test", "test")).add_auth(request)
    assert request.headers["Authorization"].startswith("AWS test:")
    http = to_http_request("PUT", request.url, request.headers.items())
    result = await authenticate(http, service="s3", credentials=creds)
    assert result.verified

    request.headers["x-amz-acl"] = "private"  # a signed x-amz-* header changed
    with pytest.raises(ServiceError) as raised:
        await authenticate(
            to_http_request("PUT", request.url, request.headers.items()), service="s3", credentials=creds
        )
    assert raised.value.code == "SignatureDoesNotMatch"
