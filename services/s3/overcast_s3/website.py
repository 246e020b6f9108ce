"""Static website hosting: Put/Get/DeleteBucketWebsite with S3's validation, and the website endpoint.

``WebsiteMixin.website_get`` answers one anonymous GET/HEAD at the website endpoint (the gateway
routes ``<bucket>.s3-website[.-]<region>.<host>`` and ``/_overcast/website/<bucket>/`` here through
``overcast_s3.web``) the way S3 does: ``RedirectAllRequestsTo``; routing rules in order (key-prefix
rules before the lookup, error-code rules after it); the index document for ``/`` and ``prefix/`` (and a
302 from ``prefix`` to ``prefix/`` when only the latter has an index); ``x-amz-website-redirect-location``
as a 301; the error document with the error's status, or S3's HTML error page.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.http import BodyStream

from overcast_s3.errors import MALFORMED_XML, InvalidArgument, InvalidRequest, MalformedXML, S3Error
from overcast_s3.store import Bucket, ObjectVersion, S3Store

CONFIG = "website"
MAX_ROUTING_RULES = 50
PROTOCOL_ERROR = (
    "Invalid protocol, protocol can be http or https. If not defined the protocol will be selected "
    "automatically."
)
REASONS = {
    301: "Moved Permanently",
    302: "Found",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
}


DENIED: tuple[str, str, dict[str, str]] = ("AccessDenied", "Access Denied", {})
Readable = Callable[[Bucket, str, str | None], Awaitable[bool]]
"""``(bucket, "GetObject" | "ListObjects", key) -> may an anonymous caller``."""


class NoSuchWebsiteConfiguration(S3Error):
    code = "NoSuchWebsiteConfiguration"
    status_code = 404


def _out(value: dict[str, Any]) -> Any:
    return value


@dataclass
class WebResponse:
    """A whole HTTP answer S3 builds itself (website pages, preflights, POST uploads)."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | BodyStream = b""

    def to_value(self) -> dict[str, Any]:
        return {"Status": self.status, "Headers": self.headers, "Body": self.body}


@dataclass
class WebsiteRequest:
    bucket: str
    path: str
    """The path below the bucket, percent-encoded as the client sent it (starts with ``/``)."""
    method: str
    headers: Mapping[str, str]
    base: str
    """Where relative redirects point: ``http://<website host>/`` (or the path-prefix form's root)."""
    scheme: str
    host: str
    request_id: str


class WebsiteMixin:
    """The three website operations of ``S3Provider`` and the website endpoint itself."""

    store: S3Store

    if TYPE_CHECKING:

        async def _bucket(self, context: RequestContext, name: str) -> Bucket: ...

        async def _read(
            self,
            context: RequestContext,
            bucket_name: str,
            key: str,
            version_id: str | None,
            range_header: str | None,
            part_number: int | None,
            checksum_mode: str | None,
            params: dict[str, Any],
            preconditions: dict[str, Any],
            *,
            body: bool,
        ) -> dict[str, Any]: ...

    async def put_bucket_website(
        self, context: RequestContext, *, bucket: str, website_configuration: Mapping[str, Any], **_: Any
    ) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, CONFIG, validated(website_configuration))

    async def get_bucket_website(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        config = await self.store.get_config(bucket, CONFIG)
        if not config:
            raise NoSuchWebsiteConfiguration(
                "The specified bucket does not have a website configuration", BucketName=bucket
            )
        return _out(dict(config))

    async def delete_bucket_website(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, CONFIG, None)

    # --- the website endpoint ---------------------------------------------------------------------

    async def website_get(self, request: WebsiteRequest, readable: Readable | None = None) -> WebResponse:
        """One GET/HEAD (or CORS preflight) at the website endpoint. ``readable(bucket, operation, key)``
        says whether an anonymous caller may ``GetObject`` the key (or ``ListObjects`` the bucket, which
        decides 404 vs 403 for a missing key, as S3 does); None lets everything through."""
        found = await self.store.get_bucket(request.bucket)

        async def allowed(operation: str, key: str | None) -> bool:
            return found is None or readable is None or await readable(found, operation, key)

        page = _Pages(request, allowed)
        if found is None:
            return page.error(
                404, "NoSuchBucket", "The specified bucket does not exist", {"BucketName": request.bucket}
            )
        bucket = found
        config = await self.store.get_config(request.bucket, CONFIG)
        if not config:
            return page.error(
                404,
                "NoSuchWebsiteConfiguration",
                "The specified bucket does not have a website configuration",
                {"BucketName": request.bucket},
            )
        if request.method == "OPTIONS":
            return await self._website_preflight(request, page)
        if request.method not in ("GET", "HEAD"):
            return page.error(
                405,
                "MethodNotAllowed",
                "The specified method is not allowed against this resource.",
                {"Method": request.method, "ResourceType": "OBJECT"},
            )
        redirect_all = config.get("RedirectAllRequestsTo")
        if redirect_all:
            protocol = redirect_all.get("Protocol") or request.scheme
            return _redirect(301, f"{protocol}://{redirect_all['HostName']}{request.path}")
        key = unquote(request.path[1:])
        for rule in config.get("RoutingRules", []):
            condition = rule.get("Condition") or {}
            if "HttpErrorCodeReturnedEquals" not in condition and key.startswith(
                condition.get("KeyPrefixEquals", "")
            ):
                return _rule_redirect(rule, key, request)
        index = config["IndexDocument"]["Suffix"]
        wanted = key + index if key == "" or key.endswith("/") else key
        version = await self._website_version(bucket, wanted)
        if version is None:
            folder = f"{key}/{index}"
            has_folder = key and not key.endswith("/") and await self._website_version(bucket, folder)
            if has_folder and await allowed("GetObject", folder):
                return _redirect(302, f"{request.base}{key}/")
            if not await allowed("ListObjects", None):  # without s3:ListBucket a missing key is a 403
                return await self._failed(bucket, config, key, request, page, 403, *DENIED)
            return await self._failed(
                bucket, config, key, request, page, 404, "NoSuchKey", "The specified key does not exist.",
                {"Key": wanted},
            )  # fmt: skip
        if not await allowed("GetObject", wanted):
            return await self._failed(bucket, config, key, request, page, 403, *DENIED)
        location = version.headers.get("WebsiteRedirectLocation")
        if location:
            return _redirect(301, request.base + location[1:] if location.startswith("/") else location)
        return await self._serve(bucket, version, request, status=200)

    async def _website_preflight(self, request: WebsiteRequest, page: _Pages) -> WebResponse:
        """A CORS preflight at the website endpoint: the bucket's CORS rules decide, as on the REST
        endpoint, but a refusal is one of the endpoint's HTML pages."""
        from overcast_s3 import cors

        headers = request.headers
        try:
            allowed = cors.preflight_headers(
                await self.store.get_config(request.bucket, cors.CONFIG),
                bucket_exists=True,
                origin=headers.get("origin"),
                method=headers.get("access-control-request-method"),
                request_headers=headers.get("access-control-request-headers"),
            )
        except S3Error as err:
            fields = {name: str(value) for name, value in err.fields.items()}
            return page.error(err.status_code, err.code, err.message, fields)
        return WebResponse(200, {**allowed, "Content-Length": "0"})

    async def _website_version(self, bucket: Bucket, key: str) -> ObjectVersion | None:
        version = await self.store.get_version(bucket.name, key, None)
        return None if version is None or version.delete_marker else version

    async def _serve(
        self, bucket: Bucket, version: ObjectVersion, request: WebsiteRequest, *, status: int
    ) -> WebResponse:
        # the object's own GET (conditions, Range, content headers), as the bucket's owner would read it
        from overcast_common.protocol.models import service_model
        from overcast_common.protocol.serializers import serialize_error, serialize_response

        context = RequestContext(
            request_id=request.request_id, service="s3", operation="GetObject", account_id=bucket.account_id
        )
        headers = request.headers
        conditional = status == 200
        preconditions = {
            "if_match": headers.get("if-match") if conditional else None,
            "if_none_match": headers.get("if-none-match") if conditional else None,
            "if_modified_since": _http_date(headers.get("if-modified-since")) if conditional else None,
            "if_unmodified_since": _http_date(headers.get("if-unmodified-since")) if conditional else None,
        }
        operation = service_model("s3").operation_model("GetObject")
        try:
            result = await self._read(
                context,
                bucket.name,
                version.key,
                None,
                headers.get("range") if conditional else None,
                None,
                None,
                {},
                preconditions,
                body=request.method == "GET",
            )
        except ServiceError as err:
            response = serialize_error(service_model("s3"), operation, "rest-xml", err, request.request_id)
        else:
            response = serialize_response(operation, "rest-xml", result, request.request_id)
            if status != 200:
                response.status_code = status
            elif "ContentRange" in result:
                response.status_code = 206
        body: bytes | BodyStream = response.stream if response.stream is not None else response.body
        return WebResponse(response.status_code, dict(response.headers.items()), body)

    async def _failed(
        self,
        bucket: Bucket,
        config: Mapping[str, Any],
        key: str,
        request: WebsiteRequest,
        page: _Pages,
        status: int,
        code: str,
        message: str,
        fields: dict[str, str],
    ) -> WebResponse:
        """An error: a routing rule on its code, else the error document (with the error's status),
        else S3's HTML page."""
        for rule in config.get("RoutingRules", []):
            condition = rule.get("Condition") or {}
            if condition.get("HttpErrorCodeReturnedEquals") == str(status) and key.startswith(
                condition.get("KeyPrefixEquals", "")
            ):
                return _rule_redirect(rule, key, request)
        document = (config.get("ErrorDocument") or {}).get("Key")
        if not document:
            return page.error(status, code, message, fields)
        version = await self._website_version(bucket, document)
        if version is None or not await page.allowed("GetObject", document):
            missing = version is None and await page.allowed("ListObjects", None)
            failure = ("NoSuchKey", "The specified key does not exist.", {"Key": document})
            return page.error(status, code, message, fields, failure if missing else (*DENIED[:2], {}))
        return await self._serve(bucket, version, request, status=status)


def _http_date(value: str | None) -> Any:
    from email.utils import parsedate_to_datetime

    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _redirect(status: int, location: str) -> WebResponse:
    return WebResponse(status, {"Location": location, "Content-Length": "0"})


def _rule_redirect(rule: Mapping[str, Any], key: str, request: WebsiteRequest) -> WebResponse:
    redirect = rule.get("Redirect") or {}
    prefix = (rule.get("Condition") or {}).get("KeyPrefixEquals", "")
    if "ReplaceKeyWith" in redirect:
        new_key = redirect["ReplaceKeyWith"]
    elif "ReplaceKeyPrefixWith" in redirect:
        new_key = redirect["ReplaceKeyPrefixWith"] + key[len(prefix) :]
    else:
        new_key = key
    if redirect.get("HostName"):
        location = f"{redirect.get('Protocol') or request.scheme}://{redirect['HostName']}/{new_key}"
    elif redirect.get("Protocol"):
        location = f"{redirect['Protocol']}://{request.host}/{new_key}"
    else:
        location = request.base + new_key
    return _redirect(int(redirect.get("HttpRedirectCode") or 301), location)


class _Pages:
    """S3's HTML error pages (the website endpoint never answers in XML)."""

    def __init__(
        self, request: WebsiteRequest, allowed: Callable[[str, str | None], Awaitable[bool]]
    ) -> None:
        self.request = request
        self.allowed = allowed

    def error(
        self,
        status: int,
        code: str,
        message: str,
        fields: Mapping[str, str] | None = None,
        document: tuple[str, str, dict[str, str]] | None = None,
    ) -> WebResponse:
        title = f"{status} {REASONS.get(status, '')}".strip()
        items = [("Code", code), ("Message", message), *(fields or {}).items()]
        items += [("RequestId", self.request.request_id), ("HostId", self.request.request_id)]
        lines = ["<html>", f"<head><title>{title}</title></head>", "<body>", f"<h1>{title}</h1>"]
        lines += _list(items)
        if document is not None:
            lines.append("<h3>An Error Occurred While Attempting to Retrieve a Custom Error Document</h3>")
            lines += _list([("Code", document[0]), ("Message", document[1]), *document[2].items()])
        lines += ["<hr/>", "</body>", "</html>", ""]
        body = "\n".join(lines).encode()
        headers = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))}
        return WebResponse(status, headers, body)


def _list(items: Sequence[tuple[str, str]]) -> list[str]:
    return ["<ul>", *(f"<li>{name}: {html.escape(value)}</li>" for name, value in items), "</ul>"]


# --- PutBucketWebsite's validation ---------------------------------------------------------------


def validated(config: Mapping[str, Any]) -> dict[str, Any]:
    """The configuration to store, or the error S3 gives for it."""
    redirect_all = config.get("RedirectAllRequestsTo")
    if redirect_all is not None:
        if len([k for k in config if config[k] is not None]) > 1:
            raise InvalidArgument(
                "RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.",
                ArgumentName="RedirectAllRequestsTo",
                ArgumentValue="not null",
            )
        if not redirect_all.get("HostName"):
            raise MalformedXML(MALFORMED_XML)
        _check_protocol(redirect_all)
        return {"RedirectAllRequestsTo": dict(redirect_all)}
    index = config.get("IndexDocument")
    if not index:
        raise InvalidArgument(
            "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty",
            ArgumentName="IndexDocument",
            ArgumentValue="null",
        )
    suffix = index.get("Suffix")
    if not suffix or "/" in suffix:
        raise InvalidArgument(
            "The IndexDocument Suffix is not well formed",
            ArgumentName="IndexDocument",
            ArgumentValue=suffix or "null",
        )
    stored: dict[str, Any] = {"IndexDocument": {"Suffix": suffix}}
    if "ErrorDocument" in config:
        if not (config["ErrorDocument"] or {}).get("Key"):
            raise MalformedXML(MALFORMED_XML)
        stored["ErrorDocument"] = {"Key": config["ErrorDocument"]["Key"]}
    if "RoutingRules" in config:
        rules = config["RoutingRules"]
        if not rules:
            raise MalformedXML(MALFORMED_XML)
        if len(rules) > MAX_ROUTING_RULES:
            raise InvalidRequest("The number of routing rules must not exceed the allowed limit of 50.")
        for rule in rules:
            redirect = rule.get("Redirect")
            if not redirect:
                raise MalformedXML(MALFORMED_XML)
            if "ReplaceKeyPrefixWith" in redirect and "ReplaceKeyWith" in redirect:
                raise InvalidRequest("You can only define ReplaceKeyPrefix or ReplaceKey but not both.")
            if "Condition" in rule and not rule["Condition"]:
                raise InvalidRequest(
                    "Condition cannot be empty. To redirect all requests without a condition, the condition "
                    "element shouldn't be present."
                )
            code = rule.get("Condition", {}).get("HttpErrorCodeReturnedEquals")
            if code is not None and not (code.isdigit() and 400 <= int(code) <= 599):
                raise InvalidRequest(
                    "The provided HTTP error code (" + code + ") is not valid. Valid codes are 4XX or 5XX."
                )
            redirect_code = redirect.get("HttpRedirectCode")
            if redirect_code is not None and not (
                redirect_code.isdigit() and 301 <= int(redirect_code) <= 399
            ):
                raise InvalidRequest(
                    "The provided HTTP redirect code (" + redirect_code + ") is not valid. "
                    "Valid codes are 3XX except 300."
                )
            _check_protocol(redirect)
        stored["RoutingRules"] = [dict(rule) for rule in rules]
    return stored


def _check_protocol(redirect: Mapping[str, Any]) -> None:
    protocol = redirect.get("Protocol")
    if protocol is not None and protocol not in ("http", "https"):
        raise InvalidRequest(PROTOCOL_ERROR)
