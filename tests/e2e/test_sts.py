"""STS through the whole pipe: boto3, the AWS CLI and raw signed HTTP against a running Overcast."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any
from unittest import mock

import httpx
import pytest
from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

ACCOUNT = "000000000000"
REGION = "us-east-1"
AwsCli = Any  # conftest.AwsCli: aws("sts", "get-caller-identity", secret_key="wrong")
ClientFactory = Any  # conftest's client_factory: client_factory("sts", aws_access_key_id=...)
ROOT_ARN = f"arn:aws:iam::{ACCOUNT}:root"
STS_NS = "{https://sts.amazonaws.com/doc/2011-06-15/}"


def signed_post(endpoint: str, body: str, *, key: str = "test", secret: str = "test") -> httpx.Response:
    """A query-protocol STS call signed by botocore's signer, sent by a plain HTTP client."""
    request = AWSRequest(
        method="POST",
        url=endpoint + "/",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    SigV4Auth(Credentials(key, secret), "sts", REGION).add_auth(request)
    prepared = request.prepare()
    return httpx.post(prepared.url, content=prepared.body, headers=dict(prepared.headers))


def xml_error_code(response: httpx.Response) -> str | None:
    return ET.fromstring(response.content).findtext(f".//{STS_NS}Code") or ET.fromstring(
        response.content
    ).findtext(".//Code")


# --- boto3 -------------------------------------------------------------------------------------------


def test_get_caller_identity_boto3(sts: Any) -> None:
    identity = sts.get_caller_identity()
    assert identity["Account"] == ACCOUNT
    assert identity["Arn"] == ROOT_ARN
    assert identity["UserId"] == ACCOUNT


def test_wrong_secret_boto3(client_factory: ClientFactory) -> None:
    with pytest.raises(ClientError) as err:
        client_factory("sts", aws_secret_access_key="wrong").get_caller_identity()
    assert err.value.response["Error"]["Code"] == "SignatureDoesNotMatch"
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_twelve_digit_key_runs_as_that_account(client_factory: ClientFactory) -> None:
    identity = client_factory("sts", aws_access_key_id="111122223333").get_caller_identity()
    assert identity["Account"] == "111122223333"
    assert identity["Arn"] == "arn:aws:iam::111122223333:root"


def test_request_id_headers(sts: Any) -> None:
    metadata = sts.get_caller_identity()["ResponseMetadata"]
    headers = metadata["HTTPHeaders"]
    assert metadata["RequestId"]
    assert headers["x-amzn-requestid"] == headers["x-amz-request-id"] == metadata["RequestId"]


def test_concurrent_calls(client_factory: ClientFactory) -> None:
    clients = [client_factory("sts") for _ in range(8)]

    def call(i: int) -> str:
        result = clients[i % len(clients)].get_caller_identity()
        assert result["Account"] == ACCOUNT
        request_id: str = result["ResponseMetadata"]["RequestId"]
        return request_id

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(call, range(64)))
    assert len(set(ids)) == 64


def test_session_token_credentials_sign_requests(sts: Any, client_factory: ClientFactory) -> None:
    creds = sts.get_session_token(DurationSeconds=900)["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA")
    session = client_factory(
        "sts",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )
    assert session.get_caller_identity()["Arn"] == ROOT_ARN
    forged = client_factory(
        "sts",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"] + "x",
    )
    with pytest.raises(ClientError) as err:
        forged.get_caller_identity()
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] in (400, 403)
    wrong_secret = client_factory(
        "sts",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key="wrong",
        aws_session_token=creds["SessionToken"],
    )
    with pytest.raises(ClientError) as err:
        wrong_secret.get_caller_identity()
    assert err.value.response["Error"]["Code"] == "SignatureDoesNotMatch"


# --- the AWS CLI (the acceptance commands, literally) -------------------------------------------------


def test_cli_get_caller_identity(aws: AwsCli) -> None:
    result = aws("sts", "get-caller-identity", access_key="test", secret_key="test")
    assert result.returncode == 0, result.stderr
    identity = json.loads(result.stdout)
    assert identity["Account"] == ACCOUNT
    assert identity["Arn"] == ROOT_ARN


def test_cli_wrong_secret(aws: AwsCli) -> None:
    result = aws("sts", "get-caller-identity", access_key="test", secret_key="wrong")
    assert result.returncode != 0
    assert "SignatureDoesNotMatch" in result.stderr


# --- raw HTTP -------------------------------------------------------------------------------------------


def test_query_protocol_signed_post(endpoint: str) -> None:
    r = signed_post(endpoint, "Action=GetCallerIdentity&Version=2011-06-15")
    assert r.status_code == 200, r.text
    root = ET.fromstring(r.content)
    assert root.tag == f"{STS_NS}GetCallerIdentityResponse"
    assert root.findtext(f".//{STS_NS}Account") == ACCOUNT
    assert root.findtext(f".//{STS_NS}Arn") == ROOT_ARN
    assert root.findtext(f".//{STS_NS}RequestId") == r.headers["x-amzn-requestid"]


def test_query_protocol_wrong_secret(endpoint: str) -> None:
    r = signed_post(endpoint, "Action=GetCallerIdentity&Version=2011-06-15", secret="wrong")
    assert r.status_code == 403
    assert xml_error_code(r) == "SignatureDoesNotMatch"


def test_unknown_operation(endpoint: str) -> None:
    r = signed_post(endpoint, "Action=GetNothingAtAll&Version=2011-06-15")
    assert r.status_code == 400
    assert xml_error_code(r) == "InvalidAction"
    assert r.headers["x-amzn-requestid"]


def test_unsigned_call_is_refused(endpoint: str) -> None:
    r = httpx.post(
        endpoint + "/",
        content="Action=GetCallerIdentity&Version=2011-06-15",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert 400 <= r.status_code < 500
    assert "Traceback" not in r.text


def presign(endpoint: str, expires_in: int, *, signed_at: datetime | None = None) -> str:
    request = AWSRequest(method="GET", url=endpoint + "/?Action=GetCallerIdentity&Version=2011-06-15")
    signer = SigV4QueryAuth(Credentials("test", "test"), "sts", REGION, expires=expires_in)
    if signed_at is None:
        signer.add_auth(request)
    else:
        with mock.patch("botocore.auth.get_current_datetime", return_value=signed_at.replace(tzinfo=None)):
            signer.add_auth(request)
    url: str = request.url
    return url


def test_presigned_url(endpoint: str, sts: Any) -> None:
    # botocore signs presigned query-protocol URLs for POST unless told otherwise (EKS tokens say GET)
    by_boto3_get = sts.generate_presigned_url("get_caller_identity", ExpiresIn=60, HttpMethod="GET")
    by_boto3_post = sts.generate_presigned_url("get_caller_identity", ExpiresIn=60)
    for method, url in (("GET", presign(endpoint, 60)), ("GET", by_boto3_get), ("POST", by_boto3_post)):
        r = httpx.request(method, url)
        assert r.status_code == 200, (method, url, r.text)
        assert ET.fromstring(r.content).findtext(f".//{STS_NS}Account") == ACCOUNT
    assert httpx.get(by_boto3_post).status_code == 403  # the method is part of the signature


def test_expired_presigned_url(endpoint: str) -> None:
    url = presign(endpoint, 60, signed_at=datetime.now(UTC) - timedelta(minutes=5))
    r = httpx.get(url)
    assert r.status_code in (400, 403), r.text
    assert xml_error_code(r) in ("RequestExpired", "AccessDenied", "ExpiredToken")


def test_tampered_presigned_url(endpoint: str) -> None:
    url = presign(endpoint, 60).replace("GetCallerIdentity", "GetSessionToken")
    r = httpx.get(url)
    assert r.status_code == 403
    assert xml_error_code(r) == "SignatureDoesNotMatch"


# --- Overcast's own endpoints ------------------------------------------------------------------------


def test_health(endpoint: str) -> None:
    r = httpx.get(endpoint + "/_overcast/health")
    assert r.status_code == 200
    assert r.json()["services"]["sts"] in ("running", "remote")


def test_reset_wipes_state(endpoint: str, client_factory: ClientFactory) -> None:
    # session keys issued to account 111122223333 act in that account until a reset forgets them;
    # after it the key is unknown, so (unknown keys accepted) it acts in the default account
    other = client_factory("sts", aws_access_key_id="111122223333")
    creds = other.get_session_token(DurationSeconds=900)["Credentials"]
    session = client_factory(
        "sts",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )
    assert session.get_caller_identity()["Account"] == "111122223333"
    r = httpx.post(endpoint + "/_overcast/reset")
    assert r.status_code == 200
    assert "sts" in r.json()["reset"]
    assert session.get_caller_identity()["Account"] == ACCOUNT


def test_cors_preflight(endpoint: str) -> None:
    r = httpx.options(
        endpoint + "/",
        headers={
            "Origin": "http://localhost:3000",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type,x-amz-date",
        },
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert "POST" in r.headers["access-control-allow-methods"]
    assert "x-amz-date" in r.headers["access-control-allow-headers"]


def test_cors_headers_on_a_signed_call(endpoint: str) -> None:
    request = AWSRequest(
        method="POST",
        url=endpoint + "/",
        data="Action=GetCallerIdentity&Version=2011-06-15",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    SigV4Auth(Credentials("test", "test"), "sts", REGION).add_auth(request)
    prepared = request.prepare()
    r = httpx.post(
        prepared.url,
        content=prepared.body,
        headers={**dict(prepared.headers), "Origin": "http://localhost:3000"},
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert "x-amzn-RequestId".lower() in r.headers["access-control-expose-headers"].lower()
