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
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from overcast_xray.ids import from_w3c
from overcast_xray.segments import NAME_PUNCTUATION, InvalidSegment, SegmentRecord, validate

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


def convert(request: ExportTraceServiceRequest, options: Options) -> tuple[list[SegmentRecord], int]:
    """(accepted segment records, number of spans rejected)."""
    records, rejected = [], 0
    for resource_spans in request.resource_spans:
        resource = _attributes(resource_spans.resource.attributes)
        for scope_spans in resource_spans.scope_spans:
            for span in scope_spans.spans:
                try:
                    records.append(validate(span_document(span, resource, options)))
                except (InvalidSegment, ValueError):
                    rejected += 1
    return records, rejected


def span_document(span: Span, resource: dict[str, Any], options: Options) -> dict[str, Any]:
    attrs = _attributes(span.attributes)
    used: set[str] = set()

    def take(*keys: str) -> Any:
        for key in keys:
            if key in attrs:
                used.add(key)
                return attrs[key]
        return None

    parent = span.parent_span_id.hex() if span.parent_span_id else None
    segment = span.kind in (KIND_SERVER,) or parent is None
    aws_call = attrs.get("rpc.system") == "aws-api" or any(
        k.startswith("aws.") for k in attrs if k != "aws.xray.annotations"
    )
    remote = span.kind in (KIND_CLIENT, KIND_PRODUCER) and not segment
    doc: dict[str, Any] = {
        "id": span.span_id.hex(),
        "trace_id": from_w3c(span.trace_id.hex()),
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

    http = _http(take, attrs)
    status = http.get("response", {}).get("status")
    aws = {k: v for k, keys in AWS_KEYS.items() if (v := take(*keys)) is not None}
    if isinstance(aws.get("table_name"), list):
        aws["table_name"] = aws["table_name"][0] if aws["table_name"] else None
    sql = {k: v for k, keys in SQL_KEYS.items() if (v := take(*keys)) is not None}

    service = take("rpc.service") if attrs.get("rpc.system") == "aws-api" else None
    if segment:
        name = resource.get("service.name") or span.name
    elif attrs.get("peer.service"):
        name = take("peer.service")
    elif aws_call and (service or attrs.get("aws.service")):
        name = service or take("aws.service")
    elif sql:
        db_name, host = take("db.namespace", "db.name"), take("server.address", "net.peer.name")
        name = f"{db_name}@{host}" if db_name and host else db_name or host or sql["database_type"]
    elif remote and http.get("request", {}).get("url"):
        name = _host_of(str(http["request"]["url"])) or span.name
    else:
        name = span.name
    doc["name"] = sanitize_name(str(name))

    if remote or (not segment and (sql or aws_call)):
        doc["namespace"] = "aws" if aws_call else "remote"
    if segment:
        origin = ORIGINS.get(str(resource.get("cloud.platform", "")))
        if origin:
            doc["origin"] = origin
        sdk = {
            "sdk": f"opentelemetry for {resource.get('telemetry.sdk.language', 'unknown')}",
            "sdk_version": str(resource.get("telemetry.sdk.version", "")),
            "auto_instrumentation": "telemetry.auto.version" in resource,
        }
        aws.setdefault("xray", sdk)
    if http:
        doc["http"] = http
    if aws:
        doc["aws"] = {k: v for k, v in aws.items() if v is not None}
    if sql:
        doc["sql"] = sql
    _status(doc, span.status, status, span.events)

    annotations, metadata = _annotations(attrs, used, options)
    if annotations:
        doc["annotations"] = annotations
    if segment:
        for key, value in resource.items():
            metadata.setdefault(f"otel.resource.{key}", value)
    if metadata:
        doc["metadata"] = {"default": metadata}
    return doc


def sanitize_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch.isspace() or ch in NAME_PUNCTUATION else "_" for ch in name)
    return cleaned[:200] or "unknown"


def _http(take: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    request: dict[str, Any] = {}
    values = {k: take(*keys) for k, keys in HTTP_KEYS.items() if keys}
    for key in ("method", "user_agent", "client_ip"):
        if values.get(key) is not None:
            request[key] = str(values[key])
    url = values.get("url")
    if url is None and values.get("host") is not None and (values.get("target") or values.get("route")):
        scheme = values.get("scheme") or "http"
        port = values.get("port")
        host = f"{values['host']}:{port}" if port and int(port) not in (80, 443) else str(values["host"])
        url = f"{scheme}://{host}{values.get('target') or values.get('route')}"
    if url is not None:
        request["url"] = str(url)
    response: dict[str, Any] = {}
    status = take(*STATUS_KEYS)
    if status is not None:
        with contextlib.suppress(TypeError, ValueError):
            response["status"] = int(status)
    length = take(*LENGTH_KEYS)
    if isinstance(length, int | float):
        response["content_length"] = length
    out: dict[str, Any] = {}
    if request:
        out["request"] = request
    if response:
        out["response"] = response
    return out


def _status(
    doc: dict[str, Any], status: Status, http_status: int | None, events: Iterable[Span.Event]
) -> None:
    failed = status.code == Status.StatusCode.STATUS_CODE_ERROR
    if http_status is not None and 400 <= http_status < 500:
        doc["error"] = True
        if http_status == 429:
            doc["throttle"] = True
    elif failed or (http_status is not None and http_status >= 500):
        doc["fault"] = True
    exceptions = []
    for event in events:
        if event.name != "exception":
            continue
        attrs = _attributes(event.attributes)
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
    elif failed and status.message:
        doc["cause"] = {"exceptions": [{"message": status.message}]}


def _annotations(
    attrs: dict[str, Any], used: set[str], options: Options
) -> tuple[dict[str, Any], dict[str, Any]]:
    listed = attrs.get("aws.xray.annotations")
    indexed = set(options.indexed) | (set(map(str, listed)) if isinstance(listed, list) else set())
    annotations: dict[str, Any] = {}
    metadata: dict[str, Any] = {}
    for key, value in attrs.items():
        if key in used or key == "aws.xray.annotations":
            continue
        annotatable = isinstance(value, str | bool | int | float)
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
