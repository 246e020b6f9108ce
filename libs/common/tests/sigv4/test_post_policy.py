"""POST policy signatures, checked against forms botocore itself signs (SigV4 and SigV2)."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.config import Config
from overcast_common.errors import ServiceError
from overcast_common.identity import StaticCredentials
from overcast_common.sigv4.post_policy import verify_post_policy


def presigned_fields(
    signature_version: str, key: str = "test", secret: str = "test", **extra: Any
) -> dict[str, str]:
    client = boto3.session.Session().client(
        "s3",
        endpoint_url="http://localhost:4566",
        region_name="eu-west-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        config=Config(signature_version=signature_version),
        **extra,
    )
    fields: dict[str, str] = client.generate_presigned_post("bucket", "k")["fields"]
    return {name.lower(): value for name, value in fields.items()}


@pytest.mark.parametrize("version", ["s3v4", "s3"])
async def test_botocore_signed_forms_verify(creds: StaticCredentials, version: str) -> None:
    auth = await verify_post_policy(presigned_fields(version), credentials=creds)
    assert auth.verified and auth.principal is not None
    assert auth.principal.account_id == "000000000000"
    other = await verify_post_policy(
        presigned_fields(version, "AKIAOTHERACCOUNT", "other-secret"), credentials=creds
    )
    assert other.principal is not None and other.principal.account_id == "111111111111"
    if version == "s3v4":
        assert auth.region == "eu-west-1"


@pytest.mark.parametrize("version", ["s3v4", "s3"])
async def test_wrong_secret_or_tampered_policy(creds: StaticCredentials, version: str) -> None:
    fields = presigned_fields(version, secret="wrong")
    with pytest.raises(ServiceError) as caught:
        await verify_post_policy(fields, credentials=creds)
    assert (caught.value.code, caught.value.status_code) == ("SignatureDoesNotMatch", 403)
    fields = presigned_fields(version)
    fields["policy"] = fields["policy"][:-4] + "AAA="
    with pytest.raises(ServiceError):
        await verify_post_policy(fields, credentials=creds)


async def test_session_token_and_unknown_keys(creds: StaticCredentials) -> None:
    fields = presigned_fields("s3v4", "ASIATEMP", "temp-secret", aws_session_token="the-token")
    assert (await verify_post_policy(fields, credentials=creds)).verified
    del fields["x-amz-security-token"]
    with pytest.raises(ServiceError) as caught:
        await verify_post_policy(fields, credentials=creds)
    assert caught.value.code == "InvalidToken"
    unknown = presigned_fields("s3v4", "AKIANOBODY", "x")
    accepted = await verify_post_policy(unknown, credentials=creds, unknown_keys="accept")
    assert not accepted.verified and accepted.principal is not None
    with pytest.raises(ServiceError) as caught:
        await verify_post_policy(unknown, credentials=creds, unknown_keys="reject")
    assert caught.value.code == "InvalidAccessKeyId"


async def test_missing_fields(creds: StaticCredentials) -> None:
    assert (await verify_post_policy({"key": "k"}, credentials=creds)).principal is None  # anonymous form
    fields = presigned_fields("s3v4")
    del fields["x-amz-date"]
    with pytest.raises(ServiceError) as caught:
        await verify_post_policy(fields, credentials=creds)
    assert (caught.value.code, str(caught.value)) == (
        "InvalidArgument",
        "Bucket POST must contain a field named 'x-amz-date'.  If it is specified, please check the order "
        "of the fields.",
    )
    with pytest.raises(ServiceError) as caught:
        await verify_post_policy({"key": "k", "policy": "e30="}, credentials=creds)
    assert caught.value.fields["ArgumentName"] == "AWSAccessKeyId"
