"""Browser traffic to S3 that no botocore operation describes: CORS, the website endpoint, POST forms.

The gateway only recognises these requests and carries them; S3 decides, through internal
operations on its dispatcher (``overcast_s3.web``; in-process embedded, gRPC in cluster mode), and
answers either a whole HTTP response (``{"Status", "Headers", "Body"}``) or a typed S3 error:

- ``answer_s3_preflight``: an ``OPTIONS`` preflight for a bucket is answered from the bucket's CORS
  rules (other services keep the gateway's permissive preflight);
- ``bucket_cors_headers``: an actual S3 request with ``Origin`` gets the headers of the matching rule
  (and none when no rule matches) instead of the permissive defaults;
- ``serve_s3_website``: ``<bucket>.s3-website.<region>.<host>``, ``<bucket>.s3-website-<region>.<host>``
  and ``/_overcast/website/<bucket>/<key>`` (no DNS needed) are the website endpoint;
- ``accept_s3_post_upload``: ``POST /<bucket>`` (or ``/`` on a virtual host) with multipart/form-data:
  the form is parsed as it streams, the policy's signature checked here (the gateway holds the keys,
  ``overcast_common.sigv4.post_policy``), and the file part goes to S3 as a stream.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from botocore.model import OperationModel
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.http import Headers, HttpRequest, HttpResponse
from overcast_common.protocol.router import RouteMatch
from overcast_common.protocol.routing_signals import s3_virtual_host_bucket
from overcast_common.sigv4.auth_errors import InvalidArgument
from overcast_common.sigv4.post_policy import verify_post_policy
from overcast_common.sigv4.verifier import AuthResult
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

if TYPE_CHECKING:
    from overcast_gateway.pipeline import Exchange, Gateway

SERVICE = "s3"
PREFLIGHT = "overcast:S3Preflight"
CORS_HEADERS = "overcast:S3CorsHeaders"
WEBSITE = "overcast:S3Website"
POST_OBJECT = "overcast:S3PostObject"
WEBSITE_PREFIX = "/_overcast/website/"
WEBSITE_HOST = re.compile(r"^(?P<bucket>.+)\.s3-website[.-](?P<region>[a-z]{2}(?:-[a-z]+)+-\d+)(?:\.|$)")
MAX_FORM_FIELDS_BYTES = 20 * 1024
"""S3 refuses forms whose fields before the file exceed 20 KB."""
_ACCOUNT_ID = re.compile(r"\d{12}").fullmatch


class MalformedPOSTRequest(ServiceError):
    code = "MalformedPOSTRequest"
    status_code = 400
    sender_fault = True


class MaxMessageLengthExceeded(ServiceError):
    code = "MaxMessageLengthExceeded"
    status_code = 400
    sender_fault = True


# --- which bucket a request names -----------------------------------------------------------------


def _host(request: HttpRequest) -> str:
    host = request.headers.get("host", "").lower()
    return host.rsplit(":", 1)[0] if not host.endswith("]") else host


def _virtual_bucket(request: HttpRequest) -> str | None:
    virtual = s3_virtual_host_bucket(_host(request))
    return virtual if virtual and virtual != "s3" and not virtual.startswith("s3.") else None


def _path_bucket(request: HttpRequest) -> tuple[str | None, str]:
    """(bucket, rest of the path) for a path-style or virtual-hosted S3 request."""
    path = request.path.split("?", 1)[0]
    virtual = _virtual_bucket(request)
    if virtual:
        return virtual, path
    segment, _, rest = path.lstrip("/").partition("/")
    return (unquote(segment) or None), "/" + rest


# --- CORS ------------------------------------------------------------------------------------------


def answer_s3_preflight(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | None:
    """S3's answer to an ``OPTIONS`` on a bucket or object; None for anything S3 does not own."""
    # every request passes here: a plain function, no coroutine, for all but OPTIONS
    if ex.request.method != "OPTIONS":
        return None
    return _s3_preflight(gw, ex)


async def _s3_preflight(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    request = ex.request
    if gw.wire.detect_service(request) != SERVICE or gw.services.dispatcher(SERVICE) is None:
        return None
    bucket, rest = _path_bucket(request)
    if bucket is None:
        return None
    if _ACCOUNT_ID(bucket) and rest.strip("/"):
        return None  # an SQS queue URL (/<account>/<queue>), not a bucket
    headers = request.headers
    params = {
        "Bucket": bucket,
        "Origin": headers.get("origin"),
        "Method": headers.get("access-control-request-method"),
        "RequestHeaders": headers.get("access-control-request-headers"),
    }
    return await _web_call(gw, ex, PREFLIGHT, {k: v for k, v in params.items() if v is not None})


async def bucket_cors_headers(gw: Gateway, ex: Exchange, response: HttpResponse) -> bool:
    """Applies the bucket's CORS rules to an S3 response; False when the permissive default applies."""
    origin = ex.request.headers.get("origin")
    if not origin or ex.context.service != SERVICE:
        return False
    if ex.context.operation == PREFLIGHT:
        return True  # S3 answered the preflight itself
    bucket = ex.params.get("Bucket") if isinstance(ex.params.get("Bucket"), str) else None
    if bucket is None and ex.route is not None:
        bucket = ex.route.uri_params.get("Bucket")
    dispatcher = gw.services.dispatcher(SERVICE)
    if not bucket or dispatcher is None:
        return False
    context = _internal_context(ex, CORS_HEADERS)
    try:
        reply = await dispatcher.invoke(
            context, {"Bucket": bucket, "Origin": origin, "Method": ex.request.method}
        )
    except Exception:  # CORS headers are an extra; never fail the call over them
        return True
    for name, value in (reply.get("Headers") or {}).items():
        response.headers.set(name, str(value))
    return True


# --- the website endpoint ----------------------------------------------------------------------------


def website_target(request: HttpRequest) -> tuple[str, str, str] | None:
    """(bucket, path below it, base URL for relative redirects) of a website endpoint request."""
    host_header = request.headers.get("host", "")
    path = request.path
    if "s3-website" not in host_header and not path.startswith(WEBSITE_PREFIX):
        return None  # every request passes here: leave the common case at once
    path = path.split("?", 1)[0]
    if path.startswith(WEBSITE_PREFIX):
        bucket, _, rest = path[len(WEBSITE_PREFIX) :].partition("/")
        if not bucket:
            return None
        return unquote(bucket), "/" + rest, f"{request.scheme}://{host_header}{WEBSITE_PREFIX}{bucket}/"
    match = WEBSITE_HOST.match(_host(request))
    if match is None:
        return None
    return match["bucket"], path, f"{request.scheme}://{host_header}/"


def serve_s3_website(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | None:
    target = website_target(ex.request)
    if target is None:
        return None  # every request passes here: no coroutine unless it is for a website
    return _serve_website(gw, ex, target)


async def _serve_website(gw: Gateway, ex: Exchange, target: tuple[str, str, str]) -> HttpResponse | None:
    bucket, path, base = target
    ex.params = {"Bucket": bucket}
    if ex.request.method in ("GET", "HEAD"):  # CloudTrail: object reads, as the REST endpoint's
        operation = "GetObject" if ex.request.method == "GET" else "HeadObject"
        _audit_as(gw, ex, operation, AuthResult(None, gw.settings.default_region, SERVICE, False))
        ex.params["Key"] = unquote(path.lstrip("/"))
    params = {
        "Bucket": bucket,
        "Path": path,
        "Method": ex.request.method,
        "Headers": {k.lower(): v for k, v in ex.request.headers.items()},
        "Base": base,
        "Scheme": ex.request.scheme,
        "Host": ex.request.headers.get("host", ""),
    }
    return await _web_call(gw, ex, WEBSITE, params)


# --- POST uploads -------------------------------------------------------------------------------------


def is_post_upload(request: HttpRequest) -> bool:
    if request.method != "POST" or request.query_string:
        return False
    content_type = request.headers.get("content-type", "")
    return content_type.lower().startswith("multipart/form-data")


def accept_s3_post_upload(gw: Gateway, ex: Exchange) -> Awaitable[HttpResponse | None] | None:
    if ex.context.service != SERVICE or not is_post_upload(ex.request):
        return None  # every request passes here: no coroutine unless it is an upload form
    return _post_upload(gw, ex)


async def _post_upload(gw: Gateway, ex: Exchange) -> HttpResponse | None:
    request = ex.request
    bucket, rest = _path_bucket(request)
    if bucket is None or rest.strip("/"):
        return None  # POST on an object key is not an upload form
    _, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if not boundary or (request.stream is None and not request.body):
        raise InvalidArgument(
            "POST requires exactly one file upload per request.", ArgumentName="file", ArgumentValue="0"
        )
    form = FormReader(_source(request), boundary)
    fields = await form.read_fields()
    lowered = {k.lower(): v for k, v in fields.items()}
    auth = await verify_post_policy(
        lowered,
        credentials=gw.credentials,
        unknown_keys=gw.settings.unknown_keys,
        default_account=gw.settings.default_account_id,
        default_region=gw.settings.default_region,
    )
    principal = auth.principal
    ex.context.principal = principal
    ex.context.account_id = principal.account_id if principal else gw.settings.default_account_id
    ex.context.region = auth.region or gw.settings.default_region
    if form.filename is None:
        raise InvalidArgument(
            "POST requires exactly one file upload per request.", ArgumentName="file", ArgumentValue="0"
        )
    ex.params = {"Bucket": bucket, "Key": _post_key(fields, form.filename)}
    _audit_as(gw, ex, "PostObject", auth)  # CloudTrail's name for a browser POST upload (a data event)
    params = {
        "Bucket": bucket,
        "Fields": fields,
        "File": form.file_stream(),
        "Filename": form.filename,
        "Base": f"{request.scheme}://{request.headers.get('host', '')}/"
        + ("" if _virtual_bucket(request) else f"{quote(bucket)}/"),
    }
    return await _web_call(gw, ex, POST_OBJECT, params)


def _post_key(fields: Mapping[str, str], filename: str) -> str:
    key = next((v for k, v in fields.items() if k.lower() == "key"), "")
    return key.replace("${filename}", filename.replace("\\", "/").rsplit("/", 1)[-1])


_AUDIT_OPERATIONS: dict[str, OperationModel] = {}


def _audit_as(gw: Gateway, ex: Exchange, name: str, auth: Any) -> None:
    """Lets the audit step record this browser request as the S3 call CloudTrail names: the route of
    that operation (``PostObject`` has no model of its own: PutObject's shapes under that name)."""
    operation = _AUDIT_OPERATIONS.get(name)
    if operation is None:
        model = gw.wire.service_model(SERVICE)
        if name in model.operation_names:
            operation = model.operation_model(name)
        else:
            description = model.operation_model("PutObject")._operation_model  # the same request shape
            operation = OperationModel(description, model, name=name)
        _AUDIT_OPERATIONS[name] = operation
    ex.auth = auth
    ex.route = RouteMatch(SERVICE, operation, "rest-xml", {})


async def _source(request: HttpRequest) -> AsyncIterator[bytes]:
    if request.stream is not None:
        async for chunk in request.stream:
            yield chunk
    elif request.body:
        yield request.body


class FormReader:
    """multipart/form-data, parsed as it arrives: the fields before the ``file`` part are collected, the
    file part is handed on as a stream, and anything after it is ignored (as S3 does)."""

    def __init__(self, source: AsyncIterator[bytes], boundary: bytes) -> None:
        self.source = source
        self.fields: dict[str, str] = {}
        self.filename: str | None = None
        self._size = 0
        self._header_name = b""
        self._header_value = b""
        self._name = ""
        self._value = bytearray()
        self._in_file = False
        self._file_done = False
        self._chunks: list[bytes] = []
        self._ended = False
        self.parser = MultipartParser(
            boundary,
            {
                "on_part_begin": self._part_begin,
                "on_header_field": self._header_field,
                "on_header_value": self._header_value_data,
                "on_header_end": self._header_end,
                "on_part_data": self._part_data,
                "on_part_end": self._part_end,
                "on_end": self._end,
            },
        )
        self._disposition: dict[bytes, bytes] = {}

    def _part_begin(self) -> None:
        self._disposition, self._name, self._value = {}, "", bytearray()
        self._header_name, self._header_value = b"", b""

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            _, self._disposition = parse_options_header(self._header_value)
            self._name = self._disposition.get(b"name", b"").decode("utf-8", "replace")
            if self._name.lower() == "file" and self.filename is None and not self._file_done:
                self.filename = self._disposition.get(b"filename", b"").decode("utf-8", "replace")
                self._in_file = True
        self._header_name, self._header_value = b"", b""

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._in_file:
            self._chunks.append(bytes(data[start:end]))
        elif not self._file_done:
            self._size += end - start
            if self._size > MAX_FORM_FIELDS_BYTES:
                raise MaxMessageLengthExceeded("Your request was too big.")
            self._value += data[start:end]

    def _part_end(self) -> None:
        if self._in_file:
            self._in_file, self._file_done = False, True
        elif not self._file_done and self._name:
            self.fields[self._name] = self._value.decode("utf-8", "replace")

    def _end(self) -> None:
        self._ended = True

    async def _feed(self) -> bool:
        try:
            chunk = await anext(self.source)
        except StopAsyncIteration:
            self._ended = True
            return False
        try:
            self.parser.write(chunk)
        except MultipartParseError:
            raise MalformedPOSTRequest(
                "The body of your POST request is not well-formed multipart/form-data."
            ) from None
        return True

    async def read_fields(self) -> dict[str, str]:
        """Reads up to the file part's first bytes (or the end of the form)."""
        while not self._in_file and not self._file_done and not self._ended:
            if not await self._feed():
                break
        return self.fields

    async def file_stream(self) -> AsyncIterator[bytes]:
        while True:
            if self._chunks:
                chunks, self._chunks = self._chunks, []
                for chunk in chunks:
                    if chunk:
                        yield chunk
            if self._file_done or self._ended or not self._in_file:
                break
            if not await self._feed():
                break
        async for _ in self.source:  # the rest of the form (fields after the file) is ignored
            pass


# --- the internal call ----------------------------------------------------------------------------------


def _internal_context(ex: Exchange, operation: str) -> RequestContext:
    context = ex.context
    return RequestContext(
        request_id=context.request_id,
        service=SERVICE,
        operation=operation,
        account_id=context.account_id,
        region=context.region,
        principal=context.principal,
        host=context.host,
        user_agent=context.user_agent,
        source_ip=context.source_ip,
        trace_header=context.trace_header,
        traceparent=context.traceparent,
    )


async def _web_call(gw: Gateway, ex: Exchange, operation: str, params: dict[str, Any]) -> HttpResponse:
    from overcast_gateway.pipeline import ServiceUnavailableNow

    ex.context.service = SERVICE
    ex.context.operation = operation
    ex.context.protocol = "rest-xml"
    ex.service_model = gw.wire.service_model(SERVICE)
    dispatcher = gw.services.dispatcher(SERVICE)
    if dispatcher is None:
        raise ServiceUnavailableNow("Service 's3' is not running")
    reply = await dispatcher.invoke(_internal_context(ex, operation), params)
    return web_response(reply)


def web_response(reply: Mapping[str, Any]) -> HttpResponse:
    headers = Headers([(str(k), str(v)) for k, v in (reply.get("Headers") or {}).items()])
    body = reply.get("Body", b"")
    if isinstance(body, bytes | bytearray):
        return HttpResponse(int(reply.get("Status", 200)), headers, bytes(body))
    return HttpResponse(int(reply.get("Status", 200)), headers, b"", stream=body)
