"""The browser-facing side of S3 the codec cannot route: internal operations the gateway calls.

Browsers reach S3 in ways botocore's model does not describe: CORS preflights (``OPTIONS``), the
CORS headers of actual responses, the website endpoint and form POST uploads. The gateway
(``overcast_gateway.s3_web``) recognises those requests and asks this handler through S3's dispatcher
— in-process embedded, gRPC in cluster mode — with one of the ``overcast:S3…`` operations below
(no client can name them: the codec only routes modeled operations). Answers that are whole HTTP
responses come back as ``{"Status", "Headers", "Body"}`` (``WebResponse.to_value``); S3 errors are
raised as usual and the gateway writes them in S3's XML.
"""

from __future__ import annotations

from typing import Any

from overcast_common.context import RequestContext
from overcast_common.errors import AccessDenied, ValidationError
from overcast_common.service import ServiceHandler

from overcast_s3 import cors
from overcast_s3.store import Bucket, S3Store
from overcast_s3.website import WebsiteRequest

PREFLIGHT = "overcast:S3Preflight"
"""``{Bucket, Origin, Method, RequestHeaders}`` → a 200 ``WebResponse`` or ``AccessForbidden``/``BadRequest``."""
CORS_HEADERS = "overcast:S3CorsHeaders"
"""``{Bucket, Origin, Method}`` → ``{"Headers": {...}}`` (empty when no rule matches)."""
WEBSITE = "overcast:S3Website"
"""``{Bucket, Path, Method, Headers, Base, Scheme, Host}`` → a ``WebResponse`` (HTML errors included)."""
POST_OBJECT = "overcast:S3PostObject"
"""``{Bucket, Fields, File, Filename, Base}`` (signature already checked; ``Base`` is the bucket's URL,
ending in ``/``) → a ``WebResponse``."""
OPERATIONS = frozenset({PREFLIGHT, CORS_HEADERS, WEBSITE, POST_OBJECT})


class S3Handler(ServiceHandler):
    """S3's dispatch handler: the modeled API plus the internal web operations."""

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if context.operation not in OPERATIONS:
            return await super().__call__(context, params)
        provider: Any = self.provider
        store: S3Store = provider.store
        bucket_name = _text(params, "Bucket")
        if context.operation == CORS_HEADERS:
            rules = await store.get_config(bucket_name, cors.CONFIG)
            origin, method = _text(params, "Origin"), _text(params, "Method")
            return {"Headers": cors.response_headers(rules, origin=origin, method=method)}
        if context.operation == PREFLIGHT:
            bucket = await store.get_bucket(bucket_name)
            headers = cors.preflight_headers(
                await store.get_config(bucket_name, cors.CONFIG) if bucket is not None else None,
                bucket_exists=bucket is not None,
                origin=params.get("Origin"),
                method=params.get("Method"),
                request_headers=params.get("RequestHeaders"),
            )
            return {"Status": 200, "Headers": headers, "Body": b""}
        if context.operation == WEBSITE:
            request = WebsiteRequest(
                bucket=bucket_name,
                path=_text(params, "Path") or "/",
                method=_text(params, "Method"),
                headers={k.lower(): v for k, v in (params.get("Headers") or {}).items()},
                base=_text(params, "Base"),
                scheme=_text(params, "Scheme") or "http",
                host=_text(params, "Host"),
                request_id=context.request_id,
            )

            async def readable(bucket: Bucket, operation: str, key: str | None) -> bool:
                # a website serves anonymous callers: S3's own anonymous-access check decides
                check = RequestContext(
                    request_id=context.request_id,
                    service="s3",
                    operation=operation,
                    account_id=bucket.account_id,
                    source_ip=context.source_ip,
                    user_agent=context.user_agent,
                    extra={"scheme": request.scheme},
                )
                params = {"Bucket": bucket.name} if key is None else {"Bucket": bucket.name, "Key": key}
                try:
                    await provider.authorize_anonymous(check, params)
                except AccessDenied:
                    return False
                return True

            answer = await provider.website_get(request, readable)
            return dict(answer.to_value())
        # POST_OBJECT: the policy's signer writes, so IAM sees s3:PutObject on the key
        key = str((params.get("Fields") or {}).get("key", ""))
        arns = provider.resource_arns(context, "PutObject", {"Bucket": bucket_name, "Key": key})
        await self.authorizer.authorize(context, provider.iam_action("PutObject"), arns)
        answer = await provider.post_object(
            context,
            bucket=bucket_name,
            fields=params.get("Fields") or {},
            file=params.get("File", b""),
            filename=_text(params, "Filename"),
            base=_text(params, "Base"),
        )
        return dict(answer.to_value())


def _text(params: dict[str, Any], name: str) -> str:
    value = params.get(name)
    if value is not None and not isinstance(value, str):
        raise ValidationError(f"{name} must be a string")
    return value or ""
