"""The facts about a request that name its service and operation, read once and cheaply.

Nothing here parses a whole body: ``Action``/``Version`` are found with a regex over a form body,
so a 256 KB SQS message costs one scan, not a dict of every field.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import unquote, unquote_plus

from overcast_common.http import HttpRequest

_CREDENTIAL = re.compile(r"Credential=([^,\s]+)")
_CBOR_PATH = re.compile(r"/service/([^/]+)/operation/([^/]+)$")
_REGION = re.compile(r"^[a-z]{2}(?:-[a-z]+)+-\d+$")
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


class RequestSignals(NamedTuple):  # a tuple: built on every request, ~5x cheaper than a frozen dataclass
    signing_name: str | None
    """Service part of the SigV4 credential scope (``s3`` for SigV2-signed S3 requests)."""
    signed: bool
    """Any AWS signature at all (header or presigned query)."""
    bearer: bool
    """``Authorization: Bearer <token>`` (CodeCatalyst, Bedrock API keys)."""
    target: str | None
    """``X-Amz-Target`` as sent (``AmazonSQS.SendMessage``)."""
    content_type: str
    """Media type, lower-cased, parameters dropped."""
    cbor_service: str | None
    """Service shape name of an ``rpc-v2-cbor`` request (``/service/<name>/operation/<op>``)."""
    cbor_operation: str | None
    action: str | None
    """Query/EC2 ``Action`` from the query string or a form body."""
    host: str
    """``Host`` lower-cased, without port."""

    @property
    def target_prefix(self) -> str | None:
        return self.target.rpartition(".")[0] if self.target else None

    @property
    def target_operation(self) -> str | None:
        return self.target.rpartition(".")[2] if self.target else None


def _scope_service(credential: str) -> str | None:
    parts = credential.split("/")
    return parts[-2] if len(parts) >= 5 and parts[-1] == "aws4_request" else None


def scope_signing_name(authorization: str) -> str | None:
    """The service in the credential scope of a SigV4 ``Authorization`` header value."""
    at = authorization.find("Credential=")
    if at >= 0:
        end = authorization.find(",", at + 11)
        credential = authorization[at + 11 : end] if end >= 0 else authorization[at + 11 :]
        # no whitespace (every \s character is unprintable, but for the space): what the regex finds
        if credential and " " not in credential and credential.isprintable():
            return _scope_service(credential)
    found = _CREDENTIAL.search(authorization)
    return _scope_service(found.group(1)) if found else None


def _find_field(data: bytes, name: bytes) -> bytes | None:
    """Value of ``name=`` in a form-encoded string, by ``find`` (a regex would crawl a 256 KB body)."""
    key = name + b"="
    at = data.find(key)
    while at >= 0:
        if at == 0 or data[at - 1 : at] == b"&":
            end = data.find(b"&", at)
            return data[at + len(key) : end if end >= 0 else len(data)]
        at = data.find(key, at + 1)
    return None


def form_field(request: HttpRequest, name: str, content_type: str) -> str | None:
    """``name`` from the query string, else from a form body."""
    if request.query_string:
        found = _find_field(request.query_string.encode("latin-1", errors="replace"), name.encode())
        if found is not None:
            return unquote_plus(found.decode("latin-1"))
    if content_type == FORM_CONTENT_TYPE and request.body:
        hit = _find_field(request.body, name.encode())
        if hit is not None:
            return unquote_plus(hit.decode("utf-8", errors="replace"))
    return None


def _strip_port(host: str) -> str:
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if ":" in host else host


def _last(headers: dict[str, list[str]], name: str) -> str:
    """The last of repeated headers wins, as it always has here ("" when absent)."""
    values = headers.get(name)
    return values[-1] if values else ""


def read_signals(request: HttpRequest) -> RequestSignals:
    # read straight from the shared index: copying it into a dict cost more than the five lookups
    headers = request.headers.index()
    auth = _last(headers, "authorization")
    signing_name: str | None = None
    if auth.startswith("AWS4-"):
        signing_name = scope_signing_name(auth)
    elif auth.startswith("AWS "):
        signing_name = "s3"  # SigV2 survives only in S3
    signed = auth.startswith(("AWS4-", "AWS "))
    qs = request.query_string
    if not auth and "X-Amz-Credential=" in qs:
        cred = dict(request.query_items()).get("X-Amz-Credential", "")
        signing_name, signed = _scope_service(cred), True
    elif not auth and "AWSAccessKeyId=" in qs and "Signature=" in qs:
        signing_name, signed = "s3", True
    content_type = _last(headers, "content-type").split(";", 1)[0].strip().lower()
    cbor_service = cbor_operation = None
    if _last(headers, "smithy-protocol").lower() == "rpc-v2-cbor":
        hit = _CBOR_PATH.search(request.path)
        if hit:
            cbor_service, cbor_operation = unquote(hit.group(1)), unquote(hit.group(2))
    target = _last(headers, "x-amz-target") or None
    action = None
    if target is None and cbor_service is None:
        action = form_field(request, "Action", content_type)
    return RequestSignals(
        signing_name=signing_name,
        signed=signed,
        bearer=auth.startswith("Bearer "),
        target=target,
        content_type=content_type,
        cbor_service=cbor_service,
        cbor_operation=cbor_operation,
        action=action,
        host=_strip_port(_last(headers, "host")).lower(),
    )


def signed_rest_signals(request: HttpRequest) -> RequestSignals | None:
    """What ``read_signals`` reads from a request signed in one SigV4 ``Authorization`` header that
    has no ``X-Amz-Target``, ``smithy-protocol``, ``Action=`` nor body with a media type (REST calls
    such as S3's), found with a few lookups; None for any other request (ask ``read_signals``)."""
    headers = request.headers.index()
    auths = headers.get("authorization")
    if auths is None or len(auths) != 1 or "x-amz-target" in headers or "smithy-protocol" in headers:
        return None
    auth = auths[0]
    content_types = headers.get("content-type")
    if not auth.startswith("AWS4-") or "Action=" in request.query_string or (request.body and content_types):
        return None
    hosts = headers.get("host")
    return RequestSignals(
        signing_name=scope_signing_name(auth),
        signed=True,
        bearer=False,
        target=None,
        content_type=content_types[-1].split(";", 1)[0].strip().lower() if content_types else "",
        cbor_service=None,
        cbor_operation=None,
        action=None,
        host=_strip_port(hosts[-1]).lower() if hosts else "",
    )


def host_endpoint_prefixes(host: str) -> list[str]:
    """Endpoint-prefix candidates named by a ``<prefix>.<region>.<anything>`` or
    ``<prefix>.amazonaws.com`` host, longest first (``portal.sso``, ``query.timestream``)."""
    labels = host.split(".")
    for i, label in enumerate(labels[1:], start=1):
        if _REGION.match(label) or ".".join(labels[i:]) in ("amazonaws.com", "amazonaws.com.cn"):
            return [".".join(labels[:j]) for j in range(i, 0, -1)]
    return []


def s3_virtual_host_bucket(host: str) -> str | None:
    """The bucket of a virtual-hosted S3 request: ``<bucket>.s3.<anything>``,
    ``<bucket>.s3-<region>.amazonaws.com`` or ``<bucket>.localhost``."""
    if host.endswith(".localhost"):
        return host[: -len(".localhost")] or None
    marker = host.rfind(".s3.")
    if marker > 0:
        return host[:marker]
    marker = host.rfind(".s3-")
    if marker > 0:
        rest = host[marker + 4 :].split(".", 1)[0]
        if _REGION.match(rest):
            return host[:marker]
    return None
