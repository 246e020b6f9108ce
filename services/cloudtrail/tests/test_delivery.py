"""Trail delivery into Overcast's real S3 (in-process through a peers directory): bucket checks, log files."""

from __future__ import annotations

import gzip
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from overcast_cloudtrail.delivery import S3Delivery, log_file, log_file_key, policy_allows_delivery
from overcast_common.config import Settings
from overcast_common.errors import ServiceError
from overcast_common.peers import Peers
from overcast_s3.embedded import start as start_s3

ACCOUNT = "000000000000"
OTHER = "111111111111"


def statement(resource: str, **extra: Any) -> dict[str, Any]:
    return {
        "Effect": "Allow",
        "Principal": {"Service": "cloudtrail.amazonaws.com"},
        "Action": "s3:PutObject",
        "Resource": resource,
        **extra,
    }


def policy(*statements: dict[str, Any]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def test_the_policy_must_let_cloudtrail_put_under_awslogs() -> None:
    ok = policy(statement(f"arn:aws:s3:::b/AWSLogs/{ACCOUNT}/*"))
    assert policy_allows_delivery(ok, "b", None, ACCOUNT)
    assert not policy_allows_delivery(ok, "b", "audit", ACCOUNT)  # the prefix comes before AWSLogs
    assert policy_allows_delivery(policy(statement("arn:aws:s3:::b/audit/AWSLogs/*")), "b", "audit/", ACCOUNT)
    assert not policy_allows_delivery(ok, "b", None, OTHER)
    assert policy_allows_delivery(
        policy(statement("arn:aws:s3:::b/*", Action=["s3:Put*"])), "b", None, ACCOUNT
    )
    assert policy_allows_delivery(policy(statement("*", Action="*", Principal="*")), "b", None, ACCOUNT)
    user = statement("arn:aws:s3:::b/*", Principal={"AWS": f"arn:aws:iam::{ACCOUNT}:root"})
    assert not policy_allows_delivery(policy(user), "b", None, ACCOUNT)
    assert not policy_allows_delivery(
        policy(statement("arn:aws:s3:::b/*", Action="s3:GetObject")), "b", None, ACCOUNT
    )
    denied = {**statement("arn:aws:s3:::b/*"), "Effect": "Deny"}
    assert not policy_allows_delivery(policy(statement("arn:aws:s3:::b/*"), denied), "b", None, ACCOUNT)
    assert not policy_allows_delivery("not json", "b", None, ACCOUNT)
    assert not policy_allows_delivery(policy(statement("arn:aws:s3:::b?/*")), "b", None, ACCOUNT)


def test_log_file_keys_and_bodies() -> None:
    at = datetime(2030, 3, 7, 9, 5, tzinfo=UTC)
    key = log_file_key("/audit/", ACCOUNT, "eu-west-1", at)
    folder, name = key.rsplit("/", 1)
    assert folder == f"audit/AWSLogs/{ACCOUNT}/CloudTrail/eu-west-1/2030/03/07"
    stem = f"{ACCOUNT}_CloudTrail_eu-west-1_20300307T0905Z_"
    assert (
        name.startswith(stem) and name.endswith(".json.gz") and len(name) == len(stem) + 16 + len(".json.gz")
    )
    assert log_file_key(None, ACCOUNT, "eu-west-1", at).startswith("AWSLogs/")
    assert json.loads(gzip.decompress(log_file(['{"a":1}', '{"b":2}']))) == {"Records": [{"a": 1}, {"b": 2}]}


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Peers]:
    service = await start_s3(Settings(data_dir=tmp_path))
    directory = Peers(environ={})
    directory.register("s3", service.handler)
    yield directory
    await service.close()


async def call(peers: Peers, operation: str, account: str = ACCOUNT, **params: Any) -> Any:
    return await peers.call("s3", operation, params, account_id=account, region="us-east-1", caller="test")


async def test_bucket_checks_and_delivery_against_real_s3(s3: Peers) -> None:
    delivery = S3Delivery(s3)

    async def code(bucket: str, prefix: str | None = None, account: str = ACCOUNT) -> str | None:
        try:
            await delivery.check_bucket(account, "us-east-1", bucket, prefix)
        except ServiceError as err:
            return err.code
        return None

    assert await code("missing-bucket") == "S3BucketDoesNotExistException"
    await call(s3, "CreateBucket", Bucket="trail-logs")
    assert await code("trail-logs") is None  # no policy: accepted (see delivery.py)
    assert await code("trail-logs", account=OTHER) == "InsufficientS3BucketPolicyException"
    await call(
        s3, "PutBucketPolicy", Bucket="trail-logs", Policy=policy(statement("arn:aws:s3:::trail-logs/x/*"))
    )
    assert await code("trail-logs") == "InsufficientS3BucketPolicyException"
    good = policy(statement(f"arn:aws:s3:::trail-logs/audit/AWSLogs/{ACCOUNT}/*"))
    await call(s3, "PutBucketPolicy", Bucket="trail-logs", Policy=good)
    assert await code("trail-logs", "audit") is None
    assert await code("trail-logs") == "InsufficientS3BucketPolicyException"  # no prefix: not covered

    key = log_file_key("audit", ACCOUNT, "us-east-1", datetime.now(UTC))
    await delivery.deliver(ACCOUNT, "us-east-1", "trail-logs", key, log_file(['{"eventName":"X"}']))
    head = await call(s3, "HeadObject", Bucket="trail-logs", Key=key)
    assert head["ContentEncoding"] == "gzip" and head["ContentType"] == "application/json"
    body = (await call(s3, "GetObject", Bucket="trail-logs", Key=key))["Body"]
    data = body if isinstance(body, bytes) else b"".join([chunk async for chunk in body])
    assert json.loads(gzip.decompress(data)) == {"Records": [{"eventName": "X"}]}
    with pytest.raises(ServiceError) as err:
        await delivery.deliver(ACCOUNT, "us-east-1", "gone-bucket", key, b"x")
    assert err.value.code == "NoSuchBucket"
