"""``TraceSummary`` of an assembled trace, as ``GetTraceSummaries`` returns it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from overcast_xray.traces import CLIENT, NodeKey, Trace, http_of, node_of, walk


def summary(trace: Trace, account_id: str | None = None) -> dict[str, Any]:
    root = trace.root
    services = [n for n in trace.nodes() if n != CLIENT]
    calls = trace.calls
    out: dict[str, Any] = {
        "Id": trace.trace_id,
        "StartTime": datetime.fromtimestamp(trace.start, UTC),
        "Duration": round(trace.duration, 6),
        "ResponseTime": round(trace.response_time, 6),
        "HasFault": any(c.fault for c in calls) or trace.flag("fault"),
        "HasError": any(c.error for c in calls) or trace.flag("error"),
        "HasThrottle": any(c.throttle for c in calls) or trace.flag("throttle"),
        "IsPartial": trace.partial,
        "Annotations": _annotations(trace),
        "Users": _users(trace),
        "ServiceIds": [n.service_id() for n in services],
        "ResourceARNs": [{"ARN": arn} for arn in _unique(s.get("resource_arn") for s in trace.segments)],
        "InstanceIds": [{"Id": i} for i in _unique(_aws(s, "ec2", "instance_id") for s in trace.segments)],
        "AvailabilityZones": [
            {"Name": z} for z in _unique(_aws(s, "ec2", "availability_zone") for s in trace.segments)
        ],
        "EntryPoint": node_of(root).service_id(account_id),
        "FaultRootCauses": _root_causes(trace, "fault"),
        "ErrorRootCauses": _root_causes(trace, "error"),
        "ResponseTimeRootCauses": [],
        "Revision": len(trace.segments),
    }
    http = http_of(root)
    if http:
        out["Http"] = {
            name: http[key]
            for key, name in (
                ("url", "HttpURL"),
                ("status", "HttpStatus"),
                ("method", "HttpMethod"),
                ("useragent", "UserAgent"),
                ("clientip", "ClientIp"),
            )
            if key in http
        }
    return out


def annotation_value(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"BooleanValue": value}
    if isinstance(value, int | float):
        return {"NumberValue": float(value)}
    return {"StringValue": str(value)}


def _annotations(trace: Trace) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, dict[str, tuple[Any, list[NodeKey]]]] = {}
    for segment in trace.segments:
        node = node_of(segment)
        for entity in walk(segment):
            annotations = entity.get("annotations")
            if not isinstance(annotations, dict):
                continue
            for key, value in annotations.items():
                slot = found.setdefault(key, {}).setdefault(repr(value), (value, []))
                if node not in slot[1]:
                    slot[1].append(node)
    return {
        key: [
            {"AnnotationValue": annotation_value(value), "ServiceIds": [n.service_id() for n in nodes]}
            for value, nodes in values.values()
        ]
        for key, values in found.items()
    }


def _users(trace: Trace) -> list[dict[str, Any]]:
    users: dict[str, list[NodeKey]] = {}
    for segment in trace.segments:
        if isinstance(segment.get("user"), str):
            users.setdefault(segment["user"], []).append(node_of(segment))
    return [
        {"UserName": u, "ServiceIds": [n.service_id() for n in dict.fromkeys(ns)]} for u, ns in users.items()
    ]


def _root_causes(trace: Trace, flag: str) -> list[dict[str, Any]]:
    """The deepest entities flagged ``fault``/``error`` in each service, with their exceptions."""
    services = []
    for segment in trace.segments:
        path = []
        for entity in walk(segment):
            if entity.get(flag) is not True:
                continue
            cause = entity.get("cause")
            exceptions = cause.get("exceptions", []) if isinstance(cause, dict) else []
            path.append(
                {
                    "Name": entity["name"],
                    "Exceptions": [
                        {"Name": str(e.get("type", "")), "Message": str(e.get("message", ""))}
                        for e in exceptions
                        if isinstance(e, dict)
                    ],
                    "Remote": entity.get("namespace") == "remote"
                    or any(isinstance(e, dict) and e.get("remote") is True for e in exceptions),
                }
            )
        if path:
            node = node_of(segment)
            services.append({**node.service_id(), "EntityPath": path, "Inferred": False})
    return [{"Services": services, "ClientImpacting": True}] if services else []


def _aws(segment: dict[str, Any], section: str, key: str) -> Any:
    aws = segment.get("aws")
    part = aws.get(section) if isinstance(aws, dict) else None
    return part.get(key) if isinstance(part, dict) else None


def _unique(values: Any) -> list[Any]:
    return list(dict.fromkeys(v for v in values if isinstance(v, str) and v))
