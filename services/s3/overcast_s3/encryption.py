"""Server-side encryption settings: the bucket default (``PutBucketEncryption``), what a write records
(SSE-S3 ``AES256``, SSE-KMS with its key ARN and bucket-key flag, or SSE-C's key MD5) and what reads
and writes answer.

Every object is encrypted at rest in S3 since 2023 (SSE-S3 when nothing else is asked). Overcast
records SSE-S3 and SSE-KMS as S3 reports them; only SSE-C changes the bytes on disk (``sse_c``), since
there the key is the customer's and a read without it must fail.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from overcast_common.errors import AccessDenied

from overcast_s3.errors import MALFORMED_XML, InvalidArgument, MalformedXML
from overcast_s3.sse_c import CustomerKey, customer_key

ALGORITHMS = ("AES256", "aws:kms", "aws:kms:dsse")
DEFAULT_RULE: dict[str, Any] = {
    "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"},
    "BucketKeyEnabled": False,
    "BlockedEncryptionTypes": {"EncryptionType": ["SSE-C"]},
}
"""What ``GetBucketEncryption`` answers for a bucket nobody configured: SSE-S3 (S3's default since 2023),
SSE-C writes blocked (since April 2026, for new buckets; ``BlockedEncryptionTypes: NONE`` allows them)."""
ENCRYPTION_TYPES = ("NONE", "SSE-C")


def validate_configuration(
    configuration: Mapping[str, Any], current: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """The rules of a ``ServerSideEncryptionConfiguration``, checked as S3 checks them. A rule that does
    not mention ``BlockedEncryptionTypes`` keeps the bucket's current setting (``current`` rules)."""
    rules = list(configuration.get("Rules") or [])
    if len(rules) != 1:
        raise MalformedXML(MALFORMED_XML)
    out = []
    for rule in rules:
        default = rule.get("ApplyServerSideEncryptionByDefault")
        kept: dict[str, Any] = {}
        if default is not None:
            algorithm = default.get("SSEAlgorithm")
            if algorithm not in ALGORITHMS:
                raise MalformedXML(MALFORMED_XML)
            if default.get("KMSMasterKeyID") and not algorithm.startswith("aws:kms"):
                raise InvalidArgument(
                    "a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or "
                    "aws:kms:dsse",
                    ArgumentName="ApplyServerSideEncryptionByDefault",
                )
            kept["ApplyServerSideEncryptionByDefault"] = dict(default)
        kept["BucketKeyEnabled"] = bool(rule.get("BucketKeyEnabled", False))
        blocked = rule.get("BlockedEncryptionTypes")
        if blocked is not None:
            types = blocked.get("EncryptionType") or []
            if any(t not in ENCRYPTION_TYPES for t in types):
                raise MalformedXML(MALFORMED_XML)
            kept["BlockedEncryptionTypes"] = {"EncryptionType": list(types)}
        else:
            previous = (current or [DEFAULT_RULE])[0].get("BlockedEncryptionTypes")
            if previous is not None:
                kept["BlockedEncryptionTypes"] = previous
        out.append(kept)
    return out


def kms_key_arn(key_id: str | None, *, region: str, account_id: str) -> str:
    """A key id or alias as the ARN S3 reports; the account's ``aws/s3`` key when none is named."""
    if key_id is None:
        managed = uuid.uuid5(uuid.NAMESPACE_URL, f"overcast:kms:{account_id}:{region}:aws/s3")
        return f"arn:aws:kms:{region}:{account_id}:key/{managed}"
    if key_id.startswith("arn:"):
        return key_id
    if key_id.startswith("alias/"):
        return f"arn:aws:kms:{region}:{account_id}:{key_id}"
    return f"arn:aws:kms:{region}:{account_id}:key/{key_id}"


def _asks_nothing(params: Mapping[str, Any]) -> bool:
    """No param ``resolve`` reads is set."""
    get = params.get
    return (
        get("server_side_encryption") is None
        and get("ssekms_key_id") is None
        and get("bucket_key_enabled") is None
        and get("sse_customer_algorithm") is None
        and get("sse_customer_key") is None
        and get("sse_customer_key_md5") is None
    )


@dataclass
class WriteEncryption:
    """How one write is encrypted."""

    headers: dict[str, str] = field(default_factory=dict)
    """``ServerSideEncryption`` / ``SSEKMSKeyId`` as stored with the object's content headers."""
    extras: dict[str, Any] = field(default_factory=dict)
    """``sse_c`` (key MD5) or ``encryption`` (bucket key flag) for the object's ``extras``."""
    key: CustomerKey | None = None


def resolve(
    params: Mapping[str, Any], rules: list[dict[str, Any]] | None, *, region: str, account_id: str
) -> WriteEncryption:
    """The encryption a write asks for (``x-amz-server-side-encryption*`` params), else the bucket's default."""
    if not rules and _asks_nothing(params):
        return WriteEncryption({"ServerSideEncryption": "AES256"})  # most writes: what DEFAULT_RULE gives
    rule = (rules or [DEFAULT_RULE])[0]
    blocked = (rule.get("BlockedEncryptionTypes") or {}).get("EncryptionType") or []
    key = customer_key(params)
    algorithm = params.get("server_side_encryption")
    kms_key = params.get("ssekms_key_id")
    if key is not None:
        if algorithm:
            raise InvalidArgument(
                "Server Side Encryption with Customer provided key is incompatible with the encryption "
                "method specified",
                ArgumentName="x-amz-server-side-encryption",
                ArgumentValue=str(algorithm),
            )
        if "SSE-C" in blocked:
            raise AccessDenied("Access Denied")
        return WriteEncryption(extras={"sse_c": key.record()}, key=key)
    bucket_key = params.get("bucket_key_enabled")
    if algorithm is None:
        default = (
            rule.get("ApplyServerSideEncryptionByDefault")
            or DEFAULT_RULE["ApplyServerSideEncryptionByDefault"]
        )
        algorithm = default["SSEAlgorithm"]
        kms_key = kms_key or default.get("KMSMasterKeyID")
        if bucket_key is None:
            bucket_key = rule.get("BucketKeyEnabled")
    if algorithm not in ALGORITHMS:
        raise InvalidArgument(
            "The encryption method specified is not supported",
            ArgumentName="x-amz-server-side-encryption",
            ArgumentValue=str(algorithm),
        )
    is_kms = str(algorithm).startswith("aws:kms")
    if kms_key and not is_kms:
        raise InvalidArgument(
            "Server Side Encryption with AWS KMS managed key requires HTTP header "
            "x-amz-server-side-encryption : aws:kms",
            ArgumentName="x-amz-server-side-encryption-aws-kms-key-id",
            ArgumentValue=str(kms_key),
        )
    headers = {"ServerSideEncryption": str(algorithm)}
    extras: dict[str, Any] = {}
    if is_kms:
        headers["SSEKMSKeyId"] = kms_key_arn(kms_key, region=region, account_id=account_id)
        if bucket_key:
            extras["encryption"] = {"bucket_key": True}
    return WriteEncryption(headers, extras)


def with_headers(headers: Mapping[str, str], encryption: WriteEncryption) -> dict[str, str]:
    """Content headers with the object's encryption replaced by ``encryption``'s."""
    kept = {k: v for k, v in headers.items() if k not in ("ServerSideEncryption", "SSEKMSKeyId")}
    kept.update(encryption.headers)
    return kept


def output(result: dict[str, Any], headers: Mapping[str, str], extras: Mapping[str, Any]) -> None:
    """The encryption members of a response about an object (or an upload) stored with these."""
    sse_c = extras.get("sse_c")
    if sse_c:
        result.pop("ServerSideEncryption", None)
        result["SSECustomerAlgorithm"] = sse_c.get("algorithm", "AES256")
        result["SSECustomerKeyMD5"] = sse_c["key_md5"]
        return
    result.setdefault("ServerSideEncryption", headers.get("ServerSideEncryption", "AES256"))
    if headers.get("SSEKMSKeyId"):
        result["SSEKMSKeyId"] = headers["SSEKMSKeyId"]
    if (extras.get("encryption") or {}).get("bucket_key"):
        result["BucketKeyEnabled"] = True
