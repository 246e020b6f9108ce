"""Trail log files: gzip JSON (``{"Records": [...]}``) under AWS's key layout, put into the trail's S3 bucket.

``S3Delivery`` reaches Overcast's S3 through ``overcast_common.peers`` (in-process embedded, gRPC in
cluster mode), as the trail's account — AWS's CloudTrail service principal writes on the account's
behalf. ``check_bucket`` is what ``CreateTrail`` / ``UpdateTrail`` ask before accepting a bucket:

- no such bucket (or S3 not running): ``S3BucketDoesNotExistException``;
- a bucket policy that does not let ``cloudtrail.amazonaws.com`` ``s3:PutObject`` under
  ``[prefix/]AWSLogs/<account>/``, or a bucket of another account (its policy cannot be read):
  ``InsufficientS3BucketPolicyException``, AWS's message;
- a bucket of the account **without** a policy is accepted (AWS requires the policy; Overcast does not
  make every test write one, and S3 does not enforce policies on its owner's calls anyway).
"""

from __future__ import annotations

import gzip
import json
import re
import secrets
import string
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol

from overcast_common.api.cloudtrail import InsufficientS3BucketPolicyException, S3BucketDoesNotExistException
from overcast_common.errors import ServiceError, ServiceUnavailable
from overcast_common.peers import Peers, peers

_ALPHABET = string.ascii_letters + string.digits
SERVICE_PRINCIPAL = "cloudtrail.amazonaws.com"


class LogDelivery(Protocol):
    async def check_bucket(self, account_id: str, region: str, bucket: str, prefix: str | None) -> None:
        """Raise CloudTrail's error when the trail could not deliver to ``bucket``."""
        ...

    async def deliver(self, account_id: str, region: str, bucket: str, key: str, body: bytes) -> None:
        """Store one object; raises on failure (the trail's ``LatestDeliveryError`` says why)."""
        ...


class S3Delivery:
    """Log files into Overcast's S3 (``PutObject`` through the peers directory)."""

    def __init__(self, directory: Peers = peers) -> None:
        self.peers = directory

    async def check_bucket(self, account_id: str, region: str, bucket: str, prefix: str | None) -> None:
        try:
            reply = await self._s3("GetBucketPolicy", {"Bucket": bucket}, account_id, region)
        except ServiceUnavailable:
            raise S3BucketDoesNotExistException(_no_bucket(bucket)) from None
        except ServiceError as exc:
            if exc.code == "NoSuchBucket":
                raise S3BucketDoesNotExistException(_no_bucket(bucket)) from None
            if exc.code == "NoSuchBucketPolicy":
                return
            raise InsufficientS3BucketPolicyException(_bad_policy(bucket)) from None
        if not policy_allows_delivery(str(reply.get("Policy") or ""), bucket, prefix, account_id):
            raise InsufficientS3BucketPolicyException(_bad_policy(bucket))

    async def deliver(self, account_id: str, region: str, bucket: str, key: str, body: bytes) -> None:
        params = {
            "Bucket": bucket,
            "Key": key,
            "Body": body,
            "ContentType": "application/json",
            "ContentEncoding": "gzip",
            "ContentLength": len(body),
            "ACL": "bucket-owner-full-control",
        }
        await self._s3("PutObject", params, account_id, region)

    async def _s3(self, operation: str, params: dict[str, Any], account_id: str, region: str) -> Any:
        return await self.peers.call(
            "s3", operation, params, account_id=account_id, region=region, caller="cloudtrail"
        )


def _no_bucket(bucket: str) -> str:
    return f"S3 bucket {bucket} does not exist!"


def _bad_policy(bucket: str) -> str:
    return f"Incorrect S3 bucket policy is detected for bucket: {bucket}"


def policy_allows_delivery(text: str, bucket: str, prefix: str | None, account_id: str) -> bool:
    """Whether a bucket policy lets CloudTrail put ``[prefix/]AWSLogs/<account>/…`` objects: an ``Allow``
    statement for the service principal (or ``*``) with ``s3:PutObject`` on a matching resource, and no
    ``Deny`` statement that matches the same. Conditions (``aws:SourceArn``, ``s3:x-amz-acl``) are not
    evaluated: CloudTrail meets the ones AWS's documentation writes."""
    try:
        policy = json.loads(text)
    except ValueError:
        return False
    statements = policy.get("Statement") if isinstance(policy, dict) else None
    if isinstance(statements, dict):
        statements = [statements]
    if not isinstance(statements, list):
        return False
    folder = f"{prefix.strip('/')}/" if prefix and prefix.strip("/") else ""
    target = f"arn:aws:s3:::{bucket}/{folder}AWSLogs/{account_id}/{account_id}_CloudTrail_x.json.gz"
    allowed = False
    for statement in statements:
        if not isinstance(statement, dict) or not _applies(statement, target):
            continue
        if statement.get("Effect") == "Deny":
            return False
        if statement.get("Effect") == "Allow":
            allowed = True
    return allowed


def _applies(statement: dict[str, Any], target: str) -> bool:
    principal = statement.get("Principal")
    if principal != "*":
        services = principal.get("Service") if isinstance(principal, dict) else None
        if services != "*" and SERVICE_PRINCIPAL not in _strings(services):
            return False
    if not any(_wildcard("s3:PutObject", a.lower()) for a in _strings(statement.get("Action"))):
        return False
    return any(_wildcard(target, r) for r in _strings(statement.get("Resource")))


def _wildcard(value: str, pattern: str) -> bool:
    """IAM's matching: ``*`` any run of characters, ``?`` one; actions compare case-insensitively."""
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, value, re.IGNORECASE if pattern.startswith("s3:") else 0) is not None


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return (v for v in value if isinstance(v, str))
    return ()


def log_file_key(prefix: str | None, account_id: str, region: str, at: datetime) -> str:
    """``[prefix/]AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_<time>_<id>.json.gz``."""
    unique = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    name = f"{account_id}_CloudTrail_{region}_{at:%Y%m%dT%H%MZ}_{unique}.json.gz"
    key = f"AWSLogs/{account_id}/CloudTrail/{region}/{at:%Y/%m/%d}/{name}"
    return f"{prefix.strip('/')}/{key}" if prefix and prefix.strip("/") else key


def log_file(records: Sequence[str]) -> bytes:
    """The gzip body of one log file; the records go in exactly as stored."""
    return gzip.compress(('{"Records":[' + ",".join(records) + "]}").encode(), mtime=0)
