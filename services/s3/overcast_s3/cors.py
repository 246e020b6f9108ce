"""Bucket CORS: Put/Get/DeleteBucketCors with S3's validation, and the rules' evaluation.

The gateway answers browser preflights (``OPTIONS``) and decorates actual responses by asking S3
(``overcast_s3.web``) which rule matches; ``preflight_headers`` and ``response_headers`` are that
evaluation, as S3 does it: the first rule whose origin (one ``*`` wildcard allowed), method and every
requested header match wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from overcast_common.context import RequestContext

from overcast_s3.errors import MALFORMED_XML, InvalidRequest, MalformedXML, S3Error
from overcast_s3.store import Bucket, S3Store

CONFIG = "cors"
MAX_RULES = 100
METHODS = ("GET", "PUT", "HEAD", "POST", "DELETE")
NOT_ALLOWED = (
    "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, "
    "request method / Access-Control-Request-Method or Access-Control-Request-Headers are not "
    "whitelisted by the resource's CORS spec."
)
NOT_ENABLED = "CORSResponse: CORS is not enabled for this bucket."
NO_BUCKET = "CORSResponse: Bucket not found"
VARY = "Origin, Access-Control-Request-Headers, Access-Control-Request-Method"


class NoSuchCORSConfiguration(S3Error):
    code = "NoSuchCORSConfiguration"
    status_code = 404


class AccessForbidden(S3Error):
    """S3's answer to a preflight no rule allows (``Method`` and ``ResourceType`` in the body)."""

    code = "AccessForbidden"
    status_code = 403


class BadRequest(S3Error):
    code = "BadRequest"


def _out(value: dict[str, Any]) -> Any:
    return value


class CorsMixin:
    """The three CORS operations of ``S3Provider``."""

    store: S3Store

    if TYPE_CHECKING:

        async def _bucket(self, context: RequestContext, name: str) -> Bucket: ...

    async def put_bucket_cors(
        self, context: RequestContext, *, bucket: str, cors_configuration: Mapping[str, Any], **_: Any
    ) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, CONFIG, validated(cors_configuration))

    async def get_bucket_cors(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        rules = await self.store.get_config(bucket, CONFIG)
        if not rules:
            raise NoSuchCORSConfiguration("The CORS configuration does not exist", BucketName=bucket)
        return _out({"CORSRules": rules})

    async def delete_bucket_cors(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, CONFIG, None)


def validated(configuration: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The rules to store, or the error S3 gives for this configuration."""
    rules = configuration.get("CORSRules")
    if not isinstance(rules, list) or not rules or len(rules) > MAX_RULES:
        raise MalformedXML(MALFORMED_XML)
    kept: list[dict[str, Any]] = []
    for rule in rules:
        methods, origins = rule.get("AllowedMethods"), rule.get("AllowedOrigins")
        if not methods or not origins:
            raise MalformedXML(MALFORMED_XML)
        for method in methods:
            if method not in METHODS:
                raise InvalidRequest(
                    f"Found unsupported HTTP method in CORS config. Unsupported method is {method}"
                )
        for origin in origins:
            if origin.count("*") > 1:
                raise InvalidRequest(f'AllowedOrigin "{origin}" can not have more than one wildcard.')
        for header in rule.get("AllowedHeaders", []):
            if header.count("*") > 1:
                raise InvalidRequest(f'AllowedHeader "{header}" can not have more than one wildcard.')
        kept.append(
            {
                k: rule[k]
                for k in ("ID", "AllowedHeaders", "AllowedMethods", "AllowedOrigins", "ExposeHeaders")
                if k in rule
            }
            | ({"MaxAgeSeconds": rule["MaxAgeSeconds"]} if "MaxAgeSeconds" in rule else {})
        )
    return kept


@lru_cache(maxsize=512)
def _pattern(allowed: str) -> re.Pattern[str]:
    # one "*" matches any run of characters
    return re.compile(".*".join(re.escape(part) for part in allowed.split("*")))


def _matches(allowed: Sequence[str], value: str) -> bool:
    """Origins compare case-sensitively; callers lower-case header names on both sides."""
    return any(a == "*" or _pattern(a).fullmatch(value) for a in allowed)


def match_rule(
    rules: Sequence[Mapping[str, Any]], origin: str, method: str, requested_headers: Sequence[str] = ()
) -> Mapping[str, Any] | None:
    """The first rule that allows ``origin``, ``method`` and every requested header."""
    for rule in rules:
        if method not in rule["AllowedMethods"] or not _matches(rule["AllowedOrigins"], origin):
            continue
        allowed_headers = [h.lower() for h in rule.get("AllowedHeaders", [])]
        if all(_matches(allowed_headers, h) for h in requested_headers):
            return rule
    return None


def rule_headers(rule: Mapping[str, Any], origin: str, requested_headers: Sequence[str]) -> dict[str, str]:
    """What S3 answers for a matched rule (preflight and actual requests alike)."""
    wildcard = "*" in rule["AllowedOrigins"]
    headers = {"Access-Control-Allow-Origin": "*" if wildcard else origin}
    if not wildcard:
        headers["Access-Control-Allow-Credentials"] = "true"
    headers["Vary"] = VARY
    headers["Access-Control-Allow-Methods"] = ", ".join(rule["AllowedMethods"])
    if requested_headers:
        headers["Access-Control-Allow-Headers"] = ", ".join(requested_headers)
    if rule.get("ExposeHeaders"):
        headers["Access-Control-Expose-Headers"] = ", ".join(rule["ExposeHeaders"])
    if rule.get("MaxAgeSeconds") is not None:
        headers["Access-Control-Max-Age"] = str(rule["MaxAgeSeconds"])
    return headers


def requested(header: str | None) -> list[str]:
    return [h.strip().lower() for h in (header or "").split(",") if h.strip()]


def preflight_headers(
    rules: Sequence[Mapping[str, Any]] | None,
    *,
    bucket_exists: bool,
    origin: str | None,
    method: str | None,
    request_headers: str | None,
) -> dict[str, str]:
    """The headers of a successful preflight, or the error S3 answers it with."""
    if not origin:
        raise BadRequest("Insufficient information. Origin request header needed.")
    if not method:
        raise BadRequest("Invalid Access-Control-Request-Method: null")
    if not bucket_exists:
        raise AccessForbidden(NO_BUCKET, Method=method, ResourceType="BUCKET")
    if not rules:
        raise AccessForbidden(NOT_ENABLED, Method=method, ResourceType="BUCKET")
    names = requested(request_headers)
    rule = match_rule(rules, origin, method, names)
    if rule is None:
        raise AccessForbidden(NOT_ALLOWED, Method=method, ResourceType="OBJECT")
    return rule_headers(rule, origin, names)


def response_headers(
    rules: Sequence[Mapping[str, Any]] | None, *, origin: str, method: str
) -> dict[str, str]:
    """CORS headers for an actual (non-preflight) request; none when no rule matches."""
    if not rules:
        return {}
    rule = match_rule(rules, origin, method)
    return {} if rule is None else rule_headers(rule, origin, [])
