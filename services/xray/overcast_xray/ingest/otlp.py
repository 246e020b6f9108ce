"""OTLP spans → X-Ray segment documents, the mapping the AWS OTel Collector's ``awsxray`` exporter uses.

- trace id: the 128-bit id as ``1-<first 32 bits>-<last 96 bits>`` (lossless; the first 32 bits are the
  epoch seconds when the id was made X-Ray-style, e.g. by the AWS X-Ray id generator);
- SERVER spans and spans without a parent become **segments** named after the resource's
  ``service.name``; the others become independent **subsegments** (``parent_id`` = the parent span);
  CLIENT/PRODUCER spans are ``namespace: remote`` (``aws`` for AWS SDK calls) and are named after the
  service they call (``peer.service``, the AWS service, the database, the host);
- ``http.*`` / ``url.*`` → the ``http`` block; ``aws.*`` and ``rpc.*`` of AWS SDK calls → ``aws``;
  ``db.*`` → ``sql``; ``cloud.platform`` → ``origin``;
- status ERROR → ``fault`` (or ``error``, plus ``throttle`` on 429, for 4xx responses), exception events
  → ``cause``;
- attributes named in ``OVERCAST_XRAY_INDEXED_ATTRIBUTES`` (comma separated; ``*`` for all) or in the
  span's ``aws.xray.annotations`` → ``annotations`` (keys sanitized to ``[A-Za-z0-9_]``); every other
  attribute → ``metadata.default``.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status
from opentelemetry.trace import SpanKind, StatusCode

from overcast_xray.ids import SEGMENT_ID, TRACE_ID, from_w3c
from overcast_xray.segments import (
    NAME_PUNCTUATION,
    InvalidSegment,
    SegmentRecord,
    encode_document,
    validate,
)

KIND_SERVER = Span.SpanKind.SPAN_KIND_SERVER
KIND_CLIENT = Span.SpanKind.SPAN_KIND_CLIENT
KIND_PRODUCER = Span.SpanKind.SPAN_KIND_PRODUCER
KIND_CONSUMER = Span.SpanKind.SPAN_KIND_CONSUMER

ORIGINS = {
    "aws_ec2": "AWS::EC2::Instance",
    "aws_ecs": "AWS::ECS::Container",
    "aws_eks": "AWS::EKS::Container",
    "aws_elastic_beanstalk": "AWS::ElasticBeanstalk::Environment",
    "aws_lambda": "AWS::Lambda::Function",
    "aws_app_runner": "AWS::AppRunner::Service",
}
HTTP_KEYS = {
    "method": ("http.request.method", "http.method"),
    "url": ("url.full", "http.url"),
    "user_agent": ("user_agent.original", "http.user_agent"),
    "client_ip": ("client.address", "http.client_ip", "net.sock.peer.addr", "net.peer.ip"),
    "x_forwarded_for": (),
    "scheme": ("url.scheme", "http.scheme"),
    "host": ("server.address", "http.host", "net.host.name", "net.peer.name"),
    "target": ("url.path", "http.target"),
    "route": ("http.route",),
    "port": ("server.port", "net.host.port", "net.peer.port"),
}
STATUS_KEYS = ("http.response.status_code", "http.status_code")
LENGTH_KEYS = ("http.response.body.size", "http.response_content_length")
AWS_KEYS = {
    "operation": ("aws.operation", "rpc.method"),
    "region": ("aws.region", "cloud.region"),
    "request_id": ("aws.request_id", "aws.requestId"),
    "queue_url": ("aws.queue_url", "aws.sqs.queue_url", "messaging.url"),
    "table_name": ("aws.table_name", "aws.dynamodb.table_names"),
    "account_id": ("aws.account_id", "cloud.account.id"),
}
SQL_KEYS = {
    "database_type": ("db.system.name", "db.system"),
    "sanitized_query": ("db.query.text", "db.statement"),
    "user": ("db.user",),
    "url": ("db.connection_string",),
    "database_version": ("db.version",),
}
_BAD_KEY = re.compile(r"[^A-Za-z0-9_]")


def _slot_table() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    groups = [
        *((f"http.{k}", keys) for k, keys in HTTP_KEYS.items()),
        ("status", STATUS_KEYS),
        ("length", LENGTH_KEYS),
        *((f"aws.{k}", keys) for k, keys in AWS_KEYS.items()),
        *((f"sql.{k}", keys) for k, keys in SQL_KEYS.items()),
    ]
    for slot, keys in groups:
        for rank, key in enumerate(keys):
            assert key not in table, key  # one attribute feeds one field
            table[key] = (slot, rank)
    return table


_SLOTS = _slot_table()
"""Attribute → (the document field it feeds, its rank among that field's candidates): one pass over a
span's few attributes instead of a lookup of every candidate key of every field."""
_AWS_SLOTS = [(k, f"aws.{k}") for k in AWS_KEYS]
_SQL_SLOTS = [(k, f"sql.{k}") for k in SQL_KEYS]
_REQUEST_SLOTS = [(k, f"http.{k}") for k in ("method", "user_agent", "client_ip")]
_PLAIN = frozenset((str, bool, int, float))
# by the members' ids (enum members are singletons): hashing a member and reading ``.value`` both run
# Python code, an id is hashed in C
_OTLP_KIND = {id(kind): kind.value + 1 for kind in SpanKind}  # the SDK's INTERNAL is 0, OTLP's is 1
_OTLP_STATUS = {id(code): code.value for code in StatusCode}  # the same numbering as OTLP's
_STATUS_ERROR = int(Status.StatusCode.STATUS_CODE_ERROR)


@dataclass
class Options:
    indexed: frozenset[str] = field(default_factory=frozenset)
    index_all: bool = False

    @classmethod
    def from_env(cls, value: str | None) -> Options:
        keys = frozenset(k.strip() for k in (value or "").split(",") if k.strip())
        return cls(keys - {"*"}, "*" in keys)


def request_from_json(body: bytes) -> ExportTraceServiceRequest:
    """OTLP/JSON → the protobuf request; ids are hex in OTLP/JSON, base64 in protobuf's JSON mapping."""
    from google.protobuf import json_format

    data = json.loads(body)
    for resource_spans in data.get("resourceSpans", []) or []:
        for scope_spans in resource_spans.get("scopeSpans", []) or []:
            for span in scope_spans.get("spans", []) or []:
                for key in ("traceId", "spanId", "parentSpanId"):
                    if span.get(key):
                        span[key] = base64.b64encode(bytes.fromhex(span[key])).decode()
                for link in span.get("links", []) or []:
                    for key in ("traceId", "spanId"):
                        if link.get(key):
                            link[key] = base64.b64encode(bytes.fromhex(link[key])).decode()
    request = ExportTraceServiceRequest()
    json_format.ParseDict(data, request, ignore_unknown_fields=True)
    return request


@dataclass(slots=True)
class SpanEvent:
    name: str
    time_unix_nano: int
    attributes: dict[str, Any]


@dataclass(slots=True)
class SpanView:
    """What the mapping reads of a span, whichever form it arrived in: an OTLP protobuf ``Span``
    (:func:`view_of_proto`) or an SDK ``ReadableSpan`` from the in-process sink (:func:`view_of_sdk`).
    One mapping over one view keeps the two paths from drifting (``test_otlp_sink_parity``)."""

    trace_id: str
    """32 hex digits."""
    span_id: str
    parent_id: str | None
    kind: int
    """OTLP ``SpanKind`` numbering."""
    name: str
    start_time_unix_nano: int
    end_time_unix_nano: int
    attributes: dict[str, Any]
    status_code: int
    """OTLP ``StatusCode`` numbering (the SDK's is the same)."""
    status_message: str
    events: list[SpanEvent]


def view_of_proto(span: Span) -> SpanView:
    return SpanView(
        trace_id=span.trace_id.hex(),
        span_id=span.span_id.hex(),
        parent_id=span.parent_span_id.hex() if span.parent_span_id else None,
        kind=span.kind,
        name=span.name,
        start_time_unix_nano=span.start_time_unix_nano,
        end_time_unix_nano=span.end_time_unix_nano,
        attributes=_attributes(span.attributes),
        status_code=span.status.code,
        status_message=span.status.message,
        events=[SpanEvent(e.name, e.time_unix_nano, _attributes(e.attributes)) for e in span.events],
    )


def view_of_sdk(span: Any) -> SpanView:
    """An OpenTelemetry SDK ``ReadableSpan`` (typed ``Any``: the SDK is imported only when tracing is on),
    read as the OTLP encoder would encode it."""
    context = span.context
    parent = span.parent
    status = span.status
    attributes = span.attributes  # an ended Overcast light span's: a plain dict
    if type(attributes) is not dict:
        attributes = _frozen(getattr(span, "_attributes", None)) or attributes
    return SpanView(
        trace_id=format(context.trace_id, "032x"),
        span_id=format(context.span_id, "016x"),
        parent_id=format(parent.span_id, "016x") if parent is not None else None,
        kind=_OTLP_KIND.get(id(span.kind)) or span.kind.value + 1,
        name=span.name,
        start_time_unix_nano=span.start_time or 0,
        end_time_unix_nano=span.end_time or 0,
        attributes=_sdk_attributes(attributes),
        status_code=_status_code(status.status_code) if status is not None else 0,
        status_message=(status.description or "") if status is not None else "",
        events=[
            SpanEvent(e.name, e.timestamp, _sdk_attributes(_frozen(e.attributes) or e.attributes))
            for e in span.events
        ],
    )


def _status_code(code: Any) -> int:
    found = _OTLP_STATUS.get(id(code))
    return int(code.value) if found is None else found


def convert(request: ExportTraceServiceRequest, options: Options) -> tuple[list[SegmentRecord], int]:
    """(accepted segment records, number of spans rejected)."""
    records: list[SegmentRecord] = []
    rejected = 0
    for resource_spans in request.resource_spans:
        resource = _attributes(resource_spans.resource.attributes)
        parts = ResourceParts.of(resource)
        for scope_spans in resource_spans.scope_spans:
            rejected += _map(map(view_of_proto, scope_spans.spans), resource, options, records, parts)
    return records, rejected


def convert_sdk_spans(spans: Iterable[Any], options: Options) -> tuple[list[SegmentRecord], int]:
    """The in-process sink's batch of SDK ``ReadableSpan`` s, without the OTLP encode/decode round trip."""
    records: list[SegmentRecord] = []
    rejected = 0
    for span in spans:
        res = span.resource
        known = _SDK_RESOURCES.get(id(res))
        if known is None or known[0] is not res:
            if len(_SDK_RESOURCES) >= 16:
                _SDK_RESOURCES.clear()
            resource = _sdk_attributes(res.attributes)
            known = _SDK_RESOURCES[id(res)] = (res, resource, ResourceParts.of(resource))
        rejected += _map((view_of_sdk(span),), known[1], options, records, known[2])
    return records, rejected


_SDK_RESOURCES: dict[int, tuple[Any, dict[str, Any], ResourceParts]] = {}
"""A process has one resource (SDK resources are immutable): its attributes read once, not once per
export (the sink exports every 16 spans). Keyed by id, kept with the object so a reused id can't match."""


def _map(
    views: Iterable[SpanView],
    resource: dict[str, Any],
    options: Options,
    into: list[SegmentRecord],
    parts: ResourceParts | None = None,
) -> int:
    rejected = 0
    for view in views:
        try:
            doc, own = _document(view, resource, options, parts)
            into.append(_checked(doc, own, parts))
        except (InvalidSegment, ValueError):
            rejected += 1
    return rejected


def _spliced(doc: dict[str, Any], own: dict[str, Any], encoded: str) -> str | None:
    """``encode_document(doc)``, the resource's ``metadata.default`` entries (the last members of the
    last member) spliced in as encoded once: half of a segment's JSON. None if ``doc`` does not encode
    (it then fails where it always did, when stored)."""
    full = doc["metadata"]
    doc["metadata"] = {"default": own}
    try:
        text = encode_document(doc)
    except (TypeError, ValueError):
        return None
    finally:
        doc["metadata"] = full
    return text[:-3] + ("," if own else "") + encoded + "}}}"


def _checked(
    doc: dict[str, Any], own: dict[str, Any] | None = None, parts: ResourceParts | None = None
) -> SegmentRecord:
    """``validate(doc)`` for a document :func:`span_document` made, without re-checking what its making
    guarantees (a sanitized name, flags that are ``True``, ``end_time >= start_time``, an ``aws``/``sql``
    /``http`` block of dicts, a ``cause`` of exceptions, metadata under ``default``). What the span's
    values decide (ids, a negative start, annotations, a content length) goes through ``validate``."""
    start = doc["start_time"]
    parent_id = doc.get("parent_id")
    if (
        start < 0
        or "annotations" in doc
        or "content_length" in doc.get("http", {}).get("response", ())
        or not TRACE_ID.match(doc["trace_id"])
        or not SEGMENT_ID.match(doc["id"])
        or (parent_id is not None and not SEGMENT_ID.match(parent_id))
    ):
        return validate(doc)
    end = doc.get("end_time")
    return SegmentRecord(
        trace_id=doc["trace_id"],
        id=doc["id"],
        name=doc["name"],
        start_time=float(start),
        end_time=None if end is None else float(end),
        parent_id=parent_id,
        independent="type" in doc,
        document=doc,
        encoded=None
        if own is None or parts is None or parts.encoded is None
        else _spliced(doc, own, parts.encoded),
    )


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a span's attribute keys alone decide about its document."""

    picks: tuple[tuple[str, str], ...]
    """(field, attribute) for each field fed, from the first of its candidate attributes present."""
    taken: frozenset[str]
    """The attributes so taken."""
    aws_keys: bool
    """Whether any key is ``aws.*`` (but ``aws.xray.annotations``)."""
    aws: tuple[tuple[str, str], ...]
    """The ``aws`` block's (key, field) pairs among the fields fed, in ``AWS_KEYS`` order."""
    sql: tuple[tuple[str, str], ...]
    http: bool
    """Whether any ``http`` block field (or status, length) is fed."""


@functools.lru_cache(maxsize=1024)  # a source's spans come in a few shapes (the same keys, in order)
def _shape(keys: tuple[str, ...]) -> _Shape:
    best: dict[str, tuple[int, str]] = {}
    for key in keys:
        slot = _SLOTS.get(key)
        if slot is not None:
            held = best.get(slot[0])
            if held is None or slot[1] < held[0]:
                best[slot[0]] = (slot[1], key)
    picks = tuple((slot, key) for slot, (_, key) in best.items())
    return _Shape(
        picks,
        frozenset(key for _, key in picks),
        any(k.startswith("aws.") for k in keys if k != "aws.xray.annotations"),
        tuple((k, slot) for k, slot in _AWS_SLOTS if slot in best),
        tuple((k, slot) for k, slot in _SQL_SLOTS if slot in best),
        any(not slot.startswith(("aws.", "sql.")) for slot in best),
    )


def _pick(attrs: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Each field's value from the first of its candidate attributes present (``*_KEYS`` order), and the
    attributes so taken."""
    shape = _shape(tuple(attrs))
    return {slot: attrs[key] for slot, key in shape.picks}, set(shape.taken)


@dataclass(frozen=True, slots=True)
class ResourceParts:
    """What a resource adds to each of its segments, worked out once per resource (not per span)."""

    origin: str | None
    sdk: dict[str, Any]
    metadata: tuple[tuple[str, Any], ...]
    """``otel.resource.*`` entries, added to each segment's ``metadata.default`` after the span's own."""
    encoded: str | None
    """Those entries as JSON object members (``"k":v,...``), encoded once for all the resource's segments;
    None when there are none (or they do not encode)."""
    keys: frozenset[str]

    @classmethod
    def of(cls, resource: dict[str, Any]) -> ResourceParts:
        metadata = tuple((f"otel.resource.{key}", value) for key, value in resource.items())
        try:
            encoded: str | None = encode_document(dict(metadata))[1:-1] or None
        except (TypeError, ValueError):
            encoded = None
        return cls(
            ORIGINS.get(str(resource.get("cloud.platform", ""))),
            {
                "sdk": f"opentelemetry for {resource.get('telemetry.sdk.language', 'unknown')}",
                "sdk_version": str(resource.get("telemetry.sdk.version", "")),
                "auto_instrumentation": "telemetry.auto.version" in resource,
            },
            metadata,
            encoded,
            frozenset(key for key, _ in metadata),
        )


def _take(attrs: dict[str, Any], used: set[str], *keys: str) -> Any:
    for key in keys:
        if key in attrs:
            used.add(key)
            return attrs[key]
    return None


def span_document(
    span: SpanView, resource: dict[str, Any], options: Options, parts: ResourceParts | None = None
) -> dict[str, Any]:
    """``parts``: ``ResourceParts.of(resource)``, when the caller maps many spans of one resource."""
    return _document(span, resource, options, parts)[0]


def _document(
    span: SpanView, resource: dict[str, Any], options: Options, parts: ResourceParts | None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(the document, and for a segment whose ``metadata.default`` is the span's own entries then the
    resource's encoded ones, the span's own entries: :func:`_spliced` can then encode the document)."""
    attrs = span.attributes
    shape = _shape(tuple(attrs))
    found = {slot: attrs[key] for slot, key in shape.picks}
    used = set(shape.taken)
    parent = span.parent_id
    segment = span.kind == KIND_SERVER or parent is None
    aws_call = shape.aws_keys or attrs.get("rpc.system") == "aws-api"
    remote = span.kind in (KIND_CLIENT, KIND_PRODUCER) and not segment
    doc: dict[str, Any] = {
        "id": span.span_id,
        "trace_id": from_w3c(span.trace_id),
        "start_time": span.start_time_unix_nano / 1e9,
    }
    if span.end_time_unix_nano:
        doc["end_time"] = max(span.end_time_unix_nano, span.start_time_unix_nano) / 1e9
    else:
        doc["in_progress"] = True
    if parent is not None:
        doc["parent_id"] = parent
    if not segment:
        doc["type"] = "subsegment"

    http = _http(found) if shape.http else {}
    response = http.get("response")
    status = response.get("status") if response else None
    aws = {k: v for k, slot in shape.aws if (v := found[slot]) is not None}
    if isinstance(aws.get("table_name"), list):
        aws["table_name"] = aws["table_name"][0] if aws["table_name"] else None
    sql = {k: v for k, slot in shape.sql if (v := found[slot]) is not None}

    service = _take(attrs, used, "rpc.service") if attrs.get("rpc.system") == "aws-api" else None
    if segment:
        name = resource.get("service.name") or span.name
    elif attrs.get("peer.service"):
        name = _take(attrs, used, "peer.service")
    elif aws_call and (service or attrs.get("aws.service")):
        name = service or _take(attrs, used, "aws.service")
    elif sql:
        db_name, host = (
            _take(attrs, used, "db.namespace", "db.name"),
            _take(attrs, used, "server.address", "net.peer.name"),
        )
        name = f"{db_name}@{host}" if db_name and host else db_name or host or sql["database_type"]
    elif remote and http.get("request", {}).get("url"):
        name = _host_of(str(http["request"]["url"])) or span.name
    else:
        name = span.name
    doc["name"] = sanitize_name(str(name))

    if remote or (not segment and (sql or aws_call)):
        doc["namespace"] = "aws" if aws_call else "remote"
    if segment:
        if parts is None:
            parts = ResourceParts.of(resource)
        if parts.origin:
            doc["origin"] = parts.origin
        if "xray" not in aws:
            aws["xray"] = dict(parts.sdk)  # each document its own: documents are not shared
    if http:
        doc["http"] = http
    if aws:
        doc["aws"] = {k: v for k, v in aws.items() if v is not None}
    if sql:
        doc["sql"] = sql
    _status(doc, span, status)

    annotations, metadata = _annotations(attrs, used, options)
    if annotations:
        doc["annotations"] = annotations
    own: dict[str, Any] | None = None
    if segment:
        assert parts is not None
        if parts.encoded is not None and parts.keys.isdisjoint(metadata):
            own, metadata = metadata, {**metadata, **dict(parts.metadata)}
        else:
            for key, value in parts.metadata:
                metadata.setdefault(key, value)
    if metadata:
        doc["metadata"] = {"default": metadata}  # last: _spliced relies on it
    return doc, own


@functools.lru_cache(maxsize=4096)  # a handful of names (services, peers, databases) recur on every span
def sanitize_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch.isspace() or ch in NAME_PUNCTUATION else "_" for ch in name)
    return cleaned[:200] or "unknown"


def _http(found: dict[str, Any]) -> dict[str, Any]:
    request: dict[str, Any] = {}
    for key, slot in _REQUEST_SLOTS:
        if (value := found.get(slot)) is not None:
            request[key] = str(value)
    url = found.get("http.url")
    host, path = found.get("http.host"), found.get("http.target") or found.get("http.route")
    if url is None and host is not None and path:
        scheme = found.get("http.scheme") or "http"
        port = found.get("http.port")
        host = f"{host}:{port}" if port and int(port) not in (80, 443) else str(host)
        url = f"{scheme}://{host}{path}"
    if url is not None:
        request["url"] = str(url)
    response: dict[str, Any] = {}
    status = found.get("status")
    if status is not None:
        with contextlib.suppress(TypeError, ValueError):
            response["status"] = int(status)
    length = found.get("length")
    if isinstance(length, int | float):
        response["content_length"] = length
    out: dict[str, Any] = {}
    if request:
        out["request"] = request
    if response:
        out["response"] = response
    return out


def _status(doc: dict[str, Any], span: SpanView, http_status: int | None) -> None:
    failed = span.status_code == _STATUS_ERROR
    if http_status is not None and 400 <= http_status < 500:
        doc["error"] = True
        if http_status == 429:
            doc["throttle"] = True
    elif failed or (http_status is not None and http_status >= 500):
        doc["fault"] = True
    exceptions = []
    for event in span.events:
        if event.name != "exception":
            continue
        attrs = event.attributes
        exception: dict[str, Any] = {"id": event.time_unix_nano.to_bytes(8, "big").hex()[-16:]}
        if attrs.get("exception.type"):
            exception["type"] = str(attrs["exception.type"])
        if attrs.get("exception.message"):
            exception["message"] = str(attrs["exception.message"])
        if attrs.get("exception.stacktrace"):
            exception["stack"] = [
                {"label": line.strip()}
                for line in str(attrs["exception.stacktrace"]).splitlines()[-50:]
                if line.strip()
            ]
        exceptions.append(exception)
    if exceptions:
        doc["cause"] = {"exceptions": exceptions}
    elif failed and span.status_message:
        doc["cause"] = {"exceptions": [{"message": span.status_message}]}


def _annotations(
    attrs: dict[str, Any], used: set[str], options: Options
) -> tuple[dict[str, Any], dict[str, Any]]:
    listed = attrs.get("aws.xray.annotations")
    indexed = options.indexed | set(map(str, listed)) if isinstance(listed, list) else options.indexed
    annotations: dict[str, Any] = {}
    metadata: dict[str, Any] = {}
    for key, value in attrs.items():
        if key in used or key == "aws.xray.annotations":
            continue
        annotatable = type(value) in _PLAIN or isinstance(value, str | bool | int | float)
        if annotatable and (options.index_all or key in indexed) and len(annotations) < 50:
            clean = _BAD_KEY.sub("_", key)[:500]
            annotations[clean] = value[:1000] if isinstance(value, str) else value
        else:
            metadata[key] = value
    return annotations, metadata


def _host_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return rest.split("/", 1)[0].split("?", 1)[0]


def _attributes(items: Sequence[KeyValue]) -> dict[str, Any]:
    return {kv.key: _value(kv.value) for kv in items}


def _value(value: AnyValue) -> Any:
    kind = value.WhichOneof("value")
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return value.bool_value
    if kind == "int_value":
        return value.int_value
    if kind == "double_value":
        return value.double_value
    if kind == "array_value":
        return [_value(v) for v in value.array_value.values]
    if kind == "kvlist_value":
        return {kv.key: _value(kv.value) for kv in value.kvlist_value.values}
    if kind == "bytes_value":
        return base64.b64encode(value.bytes_value).decode()
    return None


def _frozen(attrs: Any) -> dict[str, Any] | None:
    """The plain dict inside the SDK's ``BoundedAttributes`` once frozen (a span's when it ends, an event's
    from the start), else None: ``span.attributes`` is a read-only proxy of it whose ``items()`` goes
    through ``Mapping``'s Python-level ``__getitem__`` for every key."""
    inner = getattr(attrs, "_dict", None)
    return inner if type(inner) is dict and getattr(attrs, "_immutable", False) else None


def _sdk_attributes(attrs: Any) -> dict[str, Any]:
    if not attrs:
        return {}
    return {key: value if type(value) in _PLAIN else _sdk_value(value) for key, value in attrs.items()}


def _sdk_value(value: Any) -> Any:
    """As the OTLP encoder + :func:`_value` would give it back: sequences as lists, bytes as base64."""
    if isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, Mapping):
        return {str(k): _sdk_value(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [_sdk_value(v) for v in value]
    return None
