"""S3's legacy signature (HMAC-SHA1, "AWS <key>:<signature>"): query-string URLs and the header form.

boto3 still presigns S3 URLs this way unless ``signature_version="s3v4"`` is configured, so a browser or
``curl`` handed such a URL must be let through exactly as S3 does. String to sign (AWS's "Signing and
authenticating REST requests"): ``VERB \\n Content-MD5 \\n Content-Type \\n Date-or-Expires \\n``, then the
``x-amz-*`` headers (lower-cased, sorted, values joined by ``,``), then the canonical resource: the path
with the bucket (``/<bucket>`` prefixed for virtual-hosted requests) and the sub-resources S3 signs.
In a presigned URL the signed ``x-amz-*`` headers, Content-MD5 and Content-Type travel as query
parameters (botocore moves them there), so they are read from the query too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import unquote

from overcast_common.errors import AccessDenied, ServiceError

SUBRESOURCES = frozenset(
    {
        "accelerate", "acl", "cors", "defaultObjectAcl", "location", "logging", "partNumber", "policy",
        "requestPayment", "torrent", "versioning", "versionId", "versions", "website", "uploads", "uploadId",
        "response-content-type", "response-content-language", "response-expires", "response-cache-control",
        "response-content-disposition", "response-content-encoding", "delete", "lifecycle", "tagging",
        "restore", "storageClass", "notification", "replication", "analytics", "metrics", "inventory",
        "select", "select-type", "object-lock",
    }
)  # fmt: skip
"""Query parameters that are part of the canonical resource (botocore's ``HmacV1Auth.QSAOfInterest``)."""


@dataclass(frozen=True)
class SignedV2:
    access_key_id: str
    signature: str
    presigned: bool
    expires: int | None
    """Epoch seconds after which a presigned URL is refused."""
    token: str | None


def parse(authorization: str | None, query: list[tuple[str, str]]) -> SignedV2 | None:
    """The SigV2 credentials of a request, or None when it is not signed that way."""
    if authorization is not None:
        if not authorization.startswith("AWS ") or ":" not in authorization:
            return None
        key, _, signature = authorization[4:].strip().rpartition(":")
        return SignedV2(key, signature, False, None, None)
    params = dict(query)
    if "AWSAccessKeyId" not in params or "Signature" not in params:
        return None
    try:
        expires = int(params.get("Expires", ""))
    except ValueError:
        raise AccessDenied(
            "Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters"
        ) from None
    return SignedV2(
        params["AWSAccessKeyId"], params["Signature"], True, expires, params.get("x-amz-security-token")
    )


def string_to_sign(
    method: str,
    raw_path: str,
    query: list[tuple[str, str]],
    headers: dict[str, list[str]],
    signed: SignedV2,
    *,
    bucket_from_host: str | None,
) -> str:
    """What the client signed; ``headers`` is the request's lower-cased header index."""
    values: dict[str, list[str]] = {name: list(v) for name, v in headers.items()}
    if signed.presigned:
        for name, value in query:
            low = name.lower()
            if low.startswith("x-amz-") or low in ("content-md5", "content-type"):
                values.setdefault(low, []).append(value)
    date = str(signed.expires) if signed.presigned else _first(values, "date")
    if not signed.presigned and "x-amz-date" in values:
        date = ""  # AWS: with x-amz-date present, the Date line is empty and x-amz-date is signed below
    amz = sorted(
        (name, ",".join(v.strip() for v in vals))
        for name, vals in values.items()
        if name.startswith("x-amz-")
    )
    lines = [method.upper(), _first(values, "content-md5"), _first(values, "content-type"), date]
    lines += [f"{name}:{value}" for name, value in amz]
    lines.append(canonical_resource(raw_path, query, bucket_from_host))
    return "\n".join(lines)


def canonical_resource(raw_path: str, query: list[tuple[str, str]], bucket_from_host: str | None) -> str:
    path = raw_path or "/"
    if bucket_from_host:
        path = f"/{bucket_from_host}{path}"
    subresources = sorted((k, v) for k, v in query if k in SUBRESOURCES)
    if subresources:
        path += "?" + "&".join(f"{k}={unquote(v)}" if v else k for k, v in subresources)
    return path


def signature(secret_access_key: str, text: str) -> str:
    digest = hmac.new(secret_access_key.encode(), text.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def matches(secret_access_key: str, text: str, provided: str) -> bool:
    return hmac.compare_digest(signature(secret_access_key, text), provided)


def check_expiry(signed: SignedV2, now: datetime) -> None:
    if signed.expires is not None and signed.expires < now.timestamp():
        err: ServiceError = AccessDenied("Request has expired")
        err.fields.update(
            Expires=datetime.fromtimestamp(signed.expires, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            ServerTime=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        raise err


def header_date(headers: dict[str, list[str]]) -> datetime | None:
    raw = _first(headers, "x-amz-date") or _first(headers, "date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        try:
            return datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            return None


def _first(values: dict[str, list[str]], name: str) -> str:
    found = values.get(name)
    return found[0].strip() if found else ""
