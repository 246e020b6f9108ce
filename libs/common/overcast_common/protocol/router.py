"""Which service, operation and wire protocol a request is — the codec's front door.

Signals, in order of trust:

1. the SigV4 credential scope's signing name (``Authorization`` header or presigned
   ``X-Amz-Credential``), mapped to botocore services through ``metadata.signingName`` (fallback
   ``endpointPrefix``) plus the few names only endpoint rule sets use (``s3-object-lambda``…);
2. ``X-Amz-Target: <targetPrefix>.<Operation>`` (json / json-cbor);
3. ``smithy-protocol: rpc-v2-cbor`` with ``POST /service/<ServiceShape>/operation/<Operation>``;
4. ``Action=`` (and ``Version=``) in the query string or a form body (query / ec2 — any non-REST
   service accepts this form, e.g. SQS from old SDKs);
5. ``Host``: ``<endpointPrefix>.<region>.<anything>`` and virtual-hosted S3
   (``<bucket>.s3.<anything>``, ``<bucket>.s3-<region>.amazonaws.com``, ``<bucket>.localhost``);
6. method, path and query against each operation's ``http.requestUri`` (see ``routing_rest``).

An unsigned request that names no service is S3 (public buckets); unsigned query/json calls
(``sts:AssumeRoleWithWebIdentity``, ``cognito-identity:GetId``) still route by ``Action`` / target.

Services that share a signing name are told apart by the signals above; when they are still tied,
the service whose own name is the signing name wins. That makes ``docdb`` and ``neptune`` (same
endpoint, signing name, API version and operation names as ``rds``: they *are* the RDS API) route to
``rds``.

Errors when a service is known but no operation matches (codes as AWS sends them):

- query / ec2: ``InvalidAction`` 400 "The action X is not valid for this web service."; no
  ``Action`` at all: ``MissingAction`` 400 "No action was supplied with this request.";
- json (``X-Amz-Target``): ``UnknownOperationException`` 400 — DynamoDB and CloudWatch Logs answer
  ``{"__type":"...#UnknownOperationException"}`` with 400 (aws/aws-sdk-net#1536);
- S3: ``MethodNotAllowed`` 405 "The specified method is not allowed against this resource."
  with ``Method`` and ``ResourceType`` (S3 falls back to the bucket/object resource for an unknown
  sub-resource, so only a method no template knows reaches this);
- other REST services and rpc-v2-cbor: ``UnknownOperationException`` 404 (the REST front ends
  answer an unknown path with 404, e.g. SES's ``<UnknownOperationException/>``, soto#580).

``caller_protocol(service, request)`` tells the gateway which protocol to write such errors in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple
from urllib.parse import parse_qsl, quote

from botocore.model import OperationModel, ServiceModel

from overcast_common.context import Protocol
from overcast_common.errors import ClientError, InvalidAction, UnknownOperationException
from overcast_common.http import HttpRequest
from overcast_common.protocol.models import service_model
from overcast_common.protocol.routing_index import ServiceMeta, load_meta, service_index
from overcast_common.protocol.routing_rest import RestMatch, RestTable
from overcast_common.protocol.routing_signals import (
    FORM_CONTENT_TYPE,
    RequestSignals,
    form_field,
    host_endpoint_prefixes,
    read_signals,
    s3_virtual_host_bucket,
    scope_signing_name,
    signed_rest_signals,
)

CBOR_JSON_CONTENT_TYPE = "application/x-amz-cbor-1.1"


class MethodNotAllowed(ClientError):
    code = "MethodNotAllowed"
    status_code = 405


class MissingAction(ClientError):
    code = "MissingAction"


class RouteMatch(NamedTuple):  # a tuple: built on every request, ~3x cheaper than a frozen dataclass
    service: str
    """botocore service name, e.g. ``s3``, ``sqs``, ``cloudwatch``, ``dynamodbstreams``."""
    operation: OperationModel
    protocol: Protocol
    """The protocol the caller used (responses and errors go back in it)."""
    uri_params: dict[str, str]
    """Decoded REST URI labels (greedy labels keep their ``/``), incl. S3 ``Bucket`` from a virtual host."""


@dataclass(frozen=True)
class _Service:
    meta: ServiceMeta
    model: ServiceModel
    operations: frozenset[str]
    speaks_target: bool
    operation_models: dict[str, OperationModel] = field(default_factory=dict)
    """Filled on first use; botocore's own ``operation_model`` cache costs a few µs per lookup."""

    def operation(self, name: str) -> OperationModel:
        found = self.operation_models.get(name)
        if found is None:
            found = self.operation_models[name] = self.model.operation_model(name)
        return found


@cache
def _service(name: str) -> _Service:
    model = service_model(name)
    meta = load_meta(name)
    return _Service(meta, model, frozenset(model.operation_names), meta.speaks_target)


@cache
def _rest_table(name: str) -> RestTable:
    return RestTable(service_model(name))


# --- service detection ---------------------------------------------------------------------------


def _narrow(candidates: Sequence[str] | None, by: Sequence[str]) -> Sequence[str] | None:
    """Intersect, but never let a weaker signal empty what a stronger one found."""
    if candidates is None:
        return by or None
    both = [c for c in candidates if c in by]
    return both or candidates


def _preference(name: str, meta: ServiceMeta, signing_name: str | None) -> tuple[int, int, int]:
    return (int(name == signing_name), int(name == meta.endpoint_prefix), -len(name))


def detect_service(request: HttpRequest) -> str | None:
    """The botocore service name a request is for, or None when nothing names one."""
    found = _signed_target_service(request.headers.index()) or _signed_rest_service(request)
    return found or _detect_service(request, _remembered_signals(request))


_memo: tuple[HttpRequest, dict[str, list[str]], bytes, str, str, RequestSignals] | None = None
"""The last request ``detect_service`` read signals from (query calls): ``detect_operation`` reads the
same signals next. Identity of every input ``read_signals`` looks at decides a hit (the header index is
replaced on any header change), so a request changed in between is read again."""


def _remembered_signals(request: HttpRequest) -> RequestSignals:
    global _memo
    memo = _memo
    index = request.headers.index()
    if (
        memo is not None
        and memo[0] is request
        and memo[1] is index
        and memo[2] is request.body
        and memo[3] is request.query_string
        and memo[4] is request.path
    ):
        _memo = None  # one reuse: no request (or its body) is kept longer than its routing
        return memo[5]
    sig = read_signals(request)
    _memo = (request, index, request.body, request.query_string, request.path, sig)
    return sig


def _signed_target_service(headers: dict[str, list[str]]) -> str | None:
    """The fast path for what every JSON-protocol SDK sends (a SigV4 ``Authorization`` and one
    ``X-Amz-Target``): the answer ``_detect_service`` gives when those two alone settle it, else None."""
    targets = headers.get("x-amz-target")
    auths = headers.get("authorization")
    if targets is None or auths is None or len(targets) != 1 or len(auths) != 1:
        return None
    auth = auths[0]
    if not auth.startswith("AWS4-") or not targets[0]:
        return None
    signing_name = scope_signing_name(auth)
    return _single_service(signing_name, targets[0].rpartition(".")[0]) if signing_name else None


@cache
def _single_service(signing_name: str, target_prefix: str) -> str | None:
    index = service_index()
    by_name = index.by_signing_name.get(signing_name)
    by_target = index.by_target_prefix.get(target_prefix, ())
    both = [c for c in by_name if c in by_target] if by_name else []
    return both[0] if len(both) == 1 else None


def _signed_rest_service(request: HttpRequest) -> str | None:
    """The fast path for SigV4-signed requests naming no target nor action (REST: S3…): the answer
    ``_detect_service`` gives when signing name, host and the path's first segment settle it, else None."""
    sig = signed_rest_signals(request)
    if sig is None or not sig.signing_name:
        return None
    settled = _scoped_service(sig.signing_name, sig.host)
    if settled is None or isinstance(settled, str):
        return settled
    rest = [name for name in settled if _rest_table(name).could_match(request.path)]
    return rest[0] if len(rest) == 1 else None


@lru_cache(maxsize=4096)  # hosts come from clients: bounded
def _scoped_service(signing_name: str, host: str) -> str | tuple[str, ...] | None:
    """What ``_detect_service`` decides from a signing name and host alone (no target, CBOR path or
    action): the service, or the REST candidates left for the path to tell apart (None: undecided)."""
    index = service_index()
    candidates: Sequence[str] | None = index.by_signing_name.get(signing_name)
    if candidates is None or len(candidates) > 1:
        for prefix in host_endpoint_prefixes(host):
            if prefix in index.by_endpoint_prefix:
                candidates = _narrow(candidates, index.by_endpoint_prefix[prefix])
                break
    if candidates is None:
        return "s3" if s3_virtual_host_bucket(host) else None
    if len(candidates) == 1:
        return candidates[0]
    rest = tuple(c for c in candidates if index.services[c].is_rest)
    return rest or None


def _detect_service(request: HttpRequest, sig: RequestSignals) -> str | None:
    index = service_index()
    candidates: Sequence[str] | None = None
    if sig.signing_name:
        candidates = index.by_signing_name.get(sig.signing_name)
    elif sig.bearer:
        candidates = index.bearer_services
    if sig.target is not None:
        candidates = _narrow(candidates, index.by_target_prefix.get(sig.target_prefix or "", ()))
    elif sig.cbor_service is not None:
        candidates = _narrow(candidates, index.by_target_prefix.get(sig.cbor_service, ()))
    elif sig.action is not None and candidates is None:
        candidates = _query_services_with(sig.action, _version(request, sig)) or None
    if candidates is None or len(candidates) > 1:
        for prefix in host_endpoint_prefixes(sig.host):
            if prefix in index.by_endpoint_prefix:
                candidates = _narrow(candidates, index.by_endpoint_prefix[prefix])
                break
    if candidates is None:
        if not sig.signed or s3_virtual_host_bucket(sig.host):
            return "s3"
        return None
    if len(candidates) == 1:
        return candidates[0]
    return _disambiguate(request, sig, candidates)


def _version(request: HttpRequest, sig: RequestSignals) -> str | None:
    """Query ``Version`` (tells elb from elbv2); read only when needed, it sits at the end of big bodies."""
    return form_field(request, "Version", sig.content_type)


def _query_services_with(action: str, version: str | None) -> list[str]:
    """Unsigned query calls (STS AssumeRoleWithWebIdentity): the query services having the action."""
    metas = [m for m in service_index().services.values() if m.protocols[0] in ("query", "ec2")]
    if version:
        metas = [m for m in metas if m.api_version == version] or metas
    return [m.name for m in metas if action in _service(m.name).operations]


def _disambiguate(request: HttpRequest, sig: RequestSignals, candidates: Sequence[str]) -> str:
    index = service_index()
    metas = [index.services[c] for c in candidates]
    if sig.target is not None or sig.cbor_service is not None:
        metas = [m for m in metas if m.speaks_target] or metas
        operation = sig.target_operation if sig.target is not None else sig.cbor_operation
        metas = [m for m in metas if operation in _service(m.name).operations] or metas
    elif sig.action is not None:
        metas = [m for m in metas if m.speaks_query] or metas
        version = _version(request, sig)
        if version:
            metas = [m for m in metas if m.api_version == version] or metas
        metas = [m for m in metas if sig.action in _service(m.name).operations] or metas
    else:
        rest = [m for m in metas if m.is_rest]
        rest = [m for m in rest if _rest_table(m.name).could_match(request.path)] or rest
        if len(rest) == 1:
            return rest[0].name
        if rest:
            scored = [(match.score, m) for m in rest if (match := _rest_match(m.name, request, sig))]
            if scored:
                top = max(s for s, _ in scored)
                metas = [m for s, m in scored if s == top]
            else:
                metas = rest
    best = max(metas, key=lambda m: _preference(m.name, m, sig.signing_name))
    return best.name


# --- operation detection -------------------------------------------------------------------------


def _query_dict(request: HttpRequest) -> dict[str, str]:
    return dict(request.query_items()) if request.query_string else {}


def _s3_bucket_from_host(host: str) -> str | None:
    bucket = s3_virtual_host_bucket(host)
    return None if bucket in (None, "s3") else bucket


def _rest_match(service: str, request: HttpRequest, sig: RequestSignals) -> RestMatch | None:
    table = _rest_table(service)
    query = _query_dict(request)
    headers = list(request.headers.index())  # lower-cased names (only their set matters)
    if service != "s3":
        found = table.best(request.method, request.path, query, headers)
        if found is None and request.method == "POST" and sig.content_type == FORM_CONTENT_TYPE:
            # A GET whose query moved into a form body (botocore sends CloudSearch Domain's
            # Search this way when the query is long; the service accepts both)
            form = dict(parse_qsl(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))
            found = table.best("GET", request.path, {**query, **form}, headers)
        return found
    express = sig.signing_name == "s3express" or sig.host.startswith("s3express-control.")
    path_style = table.best(request.method, request.path, query, headers, express)
    bucket = _s3_bucket_from_host(sig.host)
    if bucket:
        # Virtual-hosted unless only the path-style reading names a more specific operation
        # (``POST /WriteGetObjectResponse`` whose host prefix looks like a bucket).
        path = "/" + quote(bucket, safe="") + request.path
        virtual = table.best(request.method, path, query, headers, express)
        if (
            virtual is not None
            and "Bucket" in virtual.labels
            and (path_style is None or virtual.score[:3] >= path_style.score[:3])
        ):
            return virtual
    return path_style


def caller_protocol(service: str, request: HttpRequest) -> Protocol:
    """The protocol the caller used, even when no operation matches (for writing the error)."""
    return _caller_protocol(_service(service).meta, read_signals(request))


def _caller_protocol(meta: ServiceMeta, sig: RequestSignals) -> Protocol:
    if sig.target is not None and meta.speaks_target:
        return "json-cbor" if sig.content_type == CBOR_JSON_CONTENT_TYPE else "json"
    if sig.cbor_service is not None and meta.speaks_target:
        return "smithy-rpc-v2-cbor"
    if sig.action is not None and meta.speaks_query:
        return "ec2" if meta.protocols[0] == "ec2" else "query"
    default = meta.protocols[0]
    if default in ("rest-json", "rest-xml", "query", "ec2", "json", "smithy-rpc-v2-cbor"):
        return default  # type: ignore[return-value]
    return "json"


def detect_operation(service: str, request: HttpRequest) -> RouteMatch:
    """The operation of ``service`` the request calls; raises an AWS error when none matches."""
    svc = _service(service)
    headers = request.headers.index()
    targets = headers.get("x-amz-target")
    if targets is not None and len(targets) == 1 and targets[0] and svc.speaks_target:
        # X-Amz-Target names the operation whatever else the request carries: one dict lookup
        target = targets[0]
        content_types = headers.get("content-type")
        content_type = content_types[-1].split(";", 1)[0].strip().lower() if content_types else ""
        target_prefix, _, name = target.rpartition(".")
        if target_prefix != svc.meta.target_prefix or name not in svc.operations:
            raise UnknownOperationException(f"Unknown operation {target}")
        json_protocol: Protocol = "json-cbor" if content_type == CBOR_JSON_CONTENT_TYPE else "json"
        return RouteMatch(service, svc.operation(name), json_protocol, {})
    sig = signed_rest_signals(request) or _remembered_signals(request)
    protocol = _caller_protocol(svc.meta, sig)
    if protocol in ("json", "json-cbor"):
        name = sig.target_operation or ""
        if sig.target_prefix != svc.meta.target_prefix or name not in svc.operations:
            raise UnknownOperationException(f"Unknown operation {sig.target}")
        return RouteMatch(service, svc.operation(name), protocol, {})
    if protocol == "smithy-rpc-v2-cbor" and sig.cbor_service is not None:
        name = sig.cbor_operation or ""
        if sig.cbor_service != svc.meta.target_prefix or name not in svc.operations:
            raise UnknownOperationException(f"Unknown operation {name}", status_code=404)
        return RouteMatch(service, svc.operation(name), protocol, {})
    if sig.action is not None and protocol in ("query", "ec2"):
        if sig.action not in svc.operations:
            raise InvalidAction(f"The action {sig.action} is not valid for this web service.")
        return RouteMatch(service, svc.operation(sig.action), protocol, {})
    if not svc.meta.is_rest:
        if protocol in ("query", "ec2"):
            raise MissingAction("No action was supplied with this request.")
        raise UnknownOperationException("", status_code=404 if protocol == "smithy-rpc-v2-cbor" else 400)
    found = _rest_match(service, request, sig)
    if found is None:
        raise _no_rest_route(service, request)
    return RouteMatch(service, found.route.operation, protocol, found.labels)


def _no_rest_route(service: str, request: HttpRequest) -> ClientError:
    if service != "s3":
        return UnknownOperationException("", status_code=404)
    path = request.path.strip("/")
    bucket = _s3_bucket_from_host(read_signals(request).host)
    depth = path.count("/") + 1 if path else 0
    depth += 1 if bucket else 0
    resource = ("SERVICE", "BUCKET")[depth] if depth < 2 else "OBJECT"
    return MethodNotAllowed(
        "The specified method is not allowed against this resource.",
        Method=request.method,
        ResourceType=resource,
    )


def uri_params_for(operation: OperationModel, request: HttpRequest) -> dict[str, str] | None:
    """The URI labels of ``request`` if it matches ``operation``'s ``requestUri`` (None if not)."""
    service = operation.service_model.service_name
    route = _rest_table(service).by_operation.get(operation.name)
    if route is None or route.method != request.method.upper():
        return None
    query = _query_dict(request)
    if service == "s3":
        bucket = _s3_bucket_from_host(read_signals(request).host)
        if bucket:
            labels = route.match("/" + quote(bucket, safe="") + request.path, query)
            if labels is not None and "Bucket" in labels:
                return labels
    return route.match(request.path, query)


def warm_up(services: Sequence[str] = ()) -> None:
    """Build the service index and the given services' tables now (gateway start-up)."""
    service_index()
    for name in services:
        _service(name)
        _rest_table(name)
