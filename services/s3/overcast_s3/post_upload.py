"""Browser POST uploads (``POST /<bucket>`` with multipart/form-data): the policy's conditions, the write,
the answer.

The gateway parses the form (the file part stays a stream), checks the policy's signature with the
caller's secret (``overcast_common.sigv4.post_policy``) and hands S3 the fields, the base64 policy and
the file stream (``overcast_s3.web``). Here: the policy document (``InvalidPolicyDocument``), its
expiration and every condition against the fields (``AccessDenied`` "Invalid according to Policy:
…"), ``content-length-range`` while the file streams (``EntityTooSmall``/``EntityTooLarge``, nothing
kept), ``${filename}``, the PutObject, then ``success_action_redirect`` (303) or
``success_action_status`` (200, 201 with a ``PostResponse`` document, 204 by default).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit
from xml.etree import ElementTree

from overcast_common.context import RequestContext
from overcast_common.errors import AccessDenied
from overcast_common.http import BodyStream

from overcast_s3.errors import (
    MALFORMED_XML,
    EntityTooLarge,
    EntityTooSmall,
    InvalidArgument,
    MalformedXML,
    S3Error,
)
from overcast_s3.website import WebResponse

NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/"
EXEMPT = frozenset({"policy", "x-amz-signature", "file", "awsaccesskeyid", "signature"})
"""Fields no condition needs to name (plus ``x-ignore-*``)."""
HEADER_FIELDS = {
    "cache-control": "cache_control",
    "content-disposition": "content_disposition",
    "content-encoding": "content_encoding",
    "content-language": "content_language",
    "content-type": "content_type",
    "x-amz-website-redirect-location": "website_redirect_location",
    "x-amz-server-side-encryption": "server_side_encryption",
    "x-amz-server-side-encryption-aws-kms-key-id": "ssekms_key_id",
    "x-amz-server-side-encryption-customer-algorithm": "sse_customer_algorithm",
    "x-amz-server-side-encryption-customer-key": "sse_customer_key",
    "x-amz-server-side-encryption-customer-key-md5": "sse_customer_key_md5",
    "x-amz-storage-class": "storage_class",
    "x-amz-checksum-algorithm": "checksum_algorithm",
    "x-amz-checksum-crc32": "checksum_crc32",
    "x-amz-checksum-crc32c": "checksum_crc32_c",
    "x-amz-checksum-crc64nvme": "checksum_crc64_nvme",
    "x-amz-checksum-sha1": "checksum_sha1",
    "x-amz-checksum-sha256": "checksum_sha256",
    "content-md5": "content_md5",
    "acl": "acl",
}
"""Form fields that are PutObject's headers (as its keyword arguments)."""


class InvalidPolicyDocument(S3Error):
    code = "InvalidPolicyDocument"


def _policy_denied(detail: str) -> AccessDenied:
    return AccessDenied(f"Invalid according to Policy: {detail}")


def parse_policy(encoded: str) -> dict[str, Any]:
    """The decoded policy document, or ``InvalidPolicyDocument`` as S3 words it."""
    try:
        document = json.loads(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        raise InvalidPolicyDocument("Invalid Policy: Invalid JSON.") from None
    if not isinstance(document, dict):
        raise InvalidPolicyDocument("Invalid Policy: Invalid JSON.")
    if "expiration" not in document:
        raise InvalidPolicyDocument("Invalid Policy: Policy missing expiration.")
    if not isinstance(document.get("conditions"), list):
        raise InvalidPolicyDocument("Invalid Policy: Policy missing conditions.")
    return document


def _expiration(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise InvalidPolicyDocument(
            "Invalid Policy: Invalid 'expiration' value: '" + str(value) + "'"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def check_policy(
    document: Mapping[str, Any], fields: Mapping[str, str], *, now: datetime
) -> tuple[int, int] | None:
    """Checks expiration and every condition against ``fields`` (lower-cased names; ``bucket`` is the
    request's bucket); returns the ``content-length-range`` to enforce while the file streams."""
    if _expiration(document["expiration"]) < now:
        raise _policy_denied("Policy expired.")
    named: set[str] = set()
    length_range: tuple[int, int] | None = None
    for condition in document["conditions"]:
        if isinstance(condition, dict):
            if len(condition) != 1:
                raise InvalidPolicyDocument(
                    "Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one "
                    "property specified."
                )
            ((name, expected),) = condition.items()
            condition = ["eq", f"${name}", expected]
        if not isinstance(condition, list) or not condition:
            raise InvalidPolicyDocument("Invalid Policy: Invalid Condition.")
        operator = str(condition[0]).lower()
        if operator == "content-length-range":
            try:
                length_range = (int(condition[1]), int(condition[2]))
            except (IndexError, TypeError, ValueError):
                raise InvalidPolicyDocument(
                    "Invalid Policy: Invalid content-length-range condition."
                ) from None
            continue
        if operator not in ("eq", "starts-with") or len(condition) != 3:
            raise InvalidPolicyDocument(
                f"Invalid Policy: Invalid Condition: unknown operation {condition[0]}"
            )
        target, expected = str(condition[1]), str(condition[2])
        if not target.startswith("$"):
            raise InvalidPolicyDocument(
                f"Invalid Policy: Invalid Condition: Field name must start with $ but was {target}"
            )
        name = target[1:].lower()
        named.add(name)
        actual = fields.get(name)
        if actual is None or not _holds(operator, name, actual, expected):
            raise _policy_denied(
                f"Policy Condition failed: {json.dumps([condition[0], target, condition[2]])}"
            )
    extra = [
        name
        for name in fields
        if name not in named and name not in EXEMPT and not name.startswith("x-ignore-") and name != "bucket"
    ]
    if extra:
        raise _policy_denied(f"Extra input fields: {', '.join(extra)}")
    return length_range


def _holds(operator: str, name: str, actual: str, expected: str) -> bool:
    if operator == "eq":
        return actual == expected
    if name == "content-type":  # each of a comma-separated list must start with the prefix
        return all(part.strip().startswith(expected) for part in actual.split(","))
    return actual.startswith(expected)


async def _ranged(source: AsyncIterator[bytes], low: int, high: int) -> AsyncIterator[bytes]:
    size = 0
    async for chunk in source:
        size += len(chunk)
        if size > high:
            raise EntityTooLarge(
                "Your proposed upload exceeds the maximum allowed size",
                ProposedSize=str(size),
                MaxSizeAllowed=str(high),
            )
        yield chunk
    if size < low:
        raise EntityTooSmall(
            "Your proposed upload is smaller than the minimum allowed size",
            ProposedSize=str(size),
            MinSizeAllowed=str(low),
        )


class PostUploadMixin:
    """``post_object``: the S3 half of a browser POST upload."""

    async def post_object(
        self,
        context: RequestContext,
        *,
        bucket: str,
        fields: Mapping[str, str],
        file: bytes | BodyStream,
        filename: str,
        base: str,
        now: datetime | None = None,
    ) -> WebResponse:
        form = {k.lower(): v for k, v in fields.items()}
        key_template = form.get("key")
        if key_template is None:
            raise InvalidArgument(
                "Bucket POST must contain a field named 'key'.  If it is specified, please check the order "
                "of the fields.",
                ArgumentName="key",
                ArgumentValue="",
            )
        length_range = None
        if "policy" in form:
            checked = {**form, "bucket": bucket}
            length_range = check_policy(parse_policy(form["policy"]), checked, now=now or datetime.now(UTC))
        key = key_template.replace("${filename}", filename.replace("\\", "/").rsplit("/", 1)[-1])
        body: bytes | BodyStream = file
        if length_range is not None:
            source = _once(file) if isinstance(file, bytes) else file
            body = _ranged(source, *length_range)
        params: dict[str, Any] = {arg: form[name] for name, arg in HEADER_FIELDS.items() if name in form}
        metadata = {k[len("x-amz-meta-") :]: v for k, v in form.items() if k.startswith("x-amz-meta-")}
        if "tagging" in form:
            params["tagging"] = _tagging_query(form["tagging"])
        if form.get("expires"):
            params["expires"] = _http_date(form["expires"])
        provider: Any = self  # S3Provider: its put_object does the write
        result = await provider.put_object(
            context, bucket=bucket, key=key, body=body, metadata=metadata, **params
        )
        return _answer(form, bucket, key, result, base)


def _http_date(value: str) -> datetime | None:
    """The ``Expires`` field (an HTTP date, as the header); S3 keeps no date it cannot read."""
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _result_headers(result: Mapping[str, Any]) -> dict[str, str]:
    """PutObject's header members (encryption, checksum, version…) as its model names them."""
    from overcast_common.protocol.models import service_model

    shape = service_model("s3").operation_model("PutObject").output_shape
    headers: dict[str, str] = {}
    for name, member in (shape.members if shape is not None else {}).items():
        value = result.get(name)
        if value is not None and member.serialization.get("location") == "header":
            headers[member.serialization.get("name", name)] = value if isinstance(value, str) else str(value)
    return headers


def _tagging_query(document: str) -> str:
    """The form's ``Tagging`` XML document as PutObject's ``x-amz-tagging`` query form."""
    try:
        root = ElementTree.fromstring(document)
    except ElementTree.ParseError:
        raise MalformedXML(MALFORMED_XML) from None
    pairs = []
    for tag in root.iter():
        if tag.tag.rsplit("}", 1)[-1] == "Tag":
            fields = {child.tag.rsplit("}", 1)[-1]: child.text or "" for child in tag}
            pairs.append((fields.get("Key", ""), fields.get("Value", "")))
    return urlencode(pairs)


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _answer(
    form: Mapping[str, str], bucket: str, key: str, result: Mapping[str, Any], base: str
) -> WebResponse:
    etag = str(result.get("ETag", ""))
    location = base + quote(key)
    headers = {**_result_headers(result), "ETag": etag, "Location": location}
    redirect = form.get("success_action_redirect") or form.get("redirect")
    if redirect:
        parts = urlsplit(redirect)
        if parts.scheme in ("http", "https"):
            query = urlencode({"bucket": bucket, "key": key, "etag": etag})
            target = urlunsplit(parts._replace(query=f"{parts.query}&{query}" if parts.query else query))
            return WebResponse(303, {**headers, "Location": target, "Content-Length": "0"})
    status = form.get("success_action_status")
    if status == "200":
        return WebResponse(200, {**headers, "Content-Length": "0"})
    if status == "201":
        root = ElementTree.Element("PostResponse", xmlns=NAMESPACE)
        for name, value in (("Location", location), ("Bucket", bucket), ("Key", key), ("ETag", etag)):
            ElementTree.SubElement(root, name).text = value
        body = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root)
        return WebResponse(201, {**headers, "Content-Type": "application/xml"}, body)
    return WebResponse(204, headers)
