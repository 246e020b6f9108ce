"""A trace as reads see it: its segments assembled (independent subsegments merged back into their
parents) and the facts summaries, filters and graphs are computed from.

Terms as X-Ray uses them: a **node** is a service (a segment's ``name`` and ``origin``) or an
**inferred** downstream (a subsegment calling an AWS service or a remote endpoint that sent no segment
of its own); the **root** segment is the one the request entered by (no parent in the trace).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from overcast_xray.segments import SegmentRecord

DEFAULT_SERVICE_TYPE = "service"
"""Node type of a segment without ``origin``."""


@dataclass(frozen=True)
class NodeKey:
    name: str
    type: str

    def service_id(self, account_id: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"Name": self.name, "Names": [self.name], "Type": self.type}
        if account_id:
            out["AccountId"] = account_id
        return out


CLIENT = NodeKey("", "client")


@dataclass
class Call:
    """One request a node handled: the unit of node and edge statistics."""

    node: NodeKey
    caller: NodeKey
    start: float
    end: float | None
    fault: bool
    error: bool
    throttle: bool
    doc: dict[str, Any]
    """The segment, or the subsegment for an inferred node."""
    inferred: bool = False

    @property
    def response_time(self) -> float:
        return 0.0 if self.end is None else max(0.0, self.end - self.start)

    @property
    def ok(self) -> bool:
        return not (self.fault or self.error or self.throttle)


@dataclass
class Trace:
    trace_id: str
    segments: list[dict[str, Any]]
    """Top-level segment documents, independent subsegments merged in."""
    calls: list[Call] = field(default_factory=list)

    @property
    def start(self) -> float:
        return min(float(s["start_time"]) for s in self.segments)

    @property
    def end(self) -> float:
        return max(_last(s) for s in self.segments)

    @property
    def duration(self) -> float:
        return self.end - self.start

    @property
    def root(self) -> dict[str, Any]:
        ids = {e["id"] for s in self.segments for e in walk(s)}
        roots = [s for s in self.segments if s.get("parent_id") not in ids]
        return min(roots or self.segments, key=lambda s: float(s["start_time"]))

    @property
    def response_time(self) -> float:
        root = self.root
        return max(0.0, _last(root) - float(root["start_time"]))

    def entities(self) -> Iterator[dict[str, Any]]:
        for s in self.segments:
            yield from walk(s)

    def flag(self, name: str) -> bool:
        return any(e.get(name) is True for e in self.entities())

    @property
    def partial(self) -> bool:
        return any(e.get("in_progress") is True for e in self.entities())

    def nodes(self) -> list[NodeKey]:
        return list(dict.fromkeys(c.node for c in self.calls))


def assemble(trace_id: str, records: Sequence[SegmentRecord]) -> Trace | None:
    """The trace from its stored documents; None when only orphan subsegments arrived so far."""
    tops = [copy.deepcopy(r.document) for r in records if not r.independent]
    if not tops:
        return None
    by_id = {e["id"]: e for s in tops for e in walk(s)}
    pending = sorted((r for r in records if r.independent), key=lambda r: r.start_time)
    progress = True
    while pending and progress:  # a streamed subsegment may hang below another streamed one
        progress, left = False, []
        for r in pending:
            parent = by_id.get(r.parent_id or "")
            if parent is None:
                left.append(r)
                continue
            sub = {k: v for k, v in r.document.items() if k not in ("type", "trace_id", "parent_id")}
            children = parent.setdefault("subsegments", [])
            children[:] = [c for c in children if c.get("id") != sub["id"]] + [sub]
            for e in walk(sub):
                by_id[e["id"]] = e
            progress = True
        pending = left
    trace = Trace(trace_id, sorted(tops, key=lambda s: float(s["start_time"])))
    trace.calls = _calls(trace, by_id)
    return trace


def walk(entity: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield entity
    for sub in entity.get("subsegments", ()):
        if isinstance(sub, dict):
            yield from walk(sub)


def node_of(segment: dict[str, Any]) -> NodeKey:
    return NodeKey(str(segment["name"]), str(segment.get("origin") or DEFAULT_SERVICE_TYPE))


def inferred_node(sub: dict[str, Any]) -> NodeKey | None:
    """The downstream a subsegment calls, when it names one: an AWS service, a remote endpoint, SQL."""
    namespace = sub.get("namespace")
    if namespace == "aws":
        aws = sub.get("aws") if isinstance(sub.get("aws"), dict) else {}
        table = aws.get("table_name") if aws else None
        if table and str(sub["name"]).lower() == "dynamodb":
            return NodeKey(str(table), "AWS::DynamoDB::Table")
        return NodeKey(str(sub["name"]), f"AWS::{sub['name']}")
    if namespace == "remote":
        if isinstance(sub.get("sql"), dict):
            return NodeKey(str(sub["name"]), "Database::SQL")
        return NodeKey(str(sub["name"]), "remote")
    return None


def _calls(trace: Trace, by_id: dict[str, dict[str, Any]]) -> list[Call]:
    owner: dict[str, NodeKey] = {}
    for s in trace.segments:
        for e in walk(s):
            owner[e["id"]] = node_of(s)
    called_by_segment = {s.get("parent_id") for s in trace.segments}
    calls = []
    for s in trace.segments:
        node = node_of(s)
        parent = s.get("parent_id")
        caller = owner.get(parent, CLIENT) if parent else CLIENT
        calls.append(_call(node, caller, s))
        for e in walk(s):
            if e is s or e["id"] in called_by_segment:
                continue  # the downstream sent its own segment: that is the call
            target = inferred_node(e)
            if target is not None:
                calls.append(_call(target, node, e, inferred=True))
    return calls


def _call(node: NodeKey, caller: NodeKey, doc: dict[str, Any], *, inferred: bool = False) -> Call:
    status = _status(doc)
    end = doc.get("end_time")
    return Call(
        node=node,
        caller=caller,
        start=float(doc["start_time"]),
        end=None if end is None else float(end),
        fault=doc.get("fault") is True or (status is not None and status >= 500),
        error=doc.get("error") is True or (status is not None and 400 <= status < 500),
        throttle=doc.get("throttle") is True or status == 429,
        doc=doc,
        inferred=inferred,
    )


def _status(doc: dict[str, Any]) -> int | None:
    http = doc.get("http")
    response = http.get("response") if isinstance(http, dict) else None
    status = response.get("status") if isinstance(response, dict) else None
    return status if isinstance(status, int) else None


def _last(entity: dict[str, Any]) -> float:
    end = entity.get("end_time")
    return float(entity["start_time"] if end is None else end)


def http_of(entity: dict[str, Any]) -> dict[str, Any]:
    """``{url, method, useragent, clientip, status}`` of an entity's http block (absent keys omitted)."""
    http = entity.get("http")
    if not isinstance(http, dict):
        return {}
    request = http.get("request") if isinstance(http.get("request"), dict) else {}
    response = http.get("response") if isinstance(http.get("response"), dict) else {}
    out: dict[str, Any] = {}
    for key, source, name in (
        ("url", request, "url"),
        ("method", request, "method"),
        ("useragent", request, "user_agent"),
        ("clientip", request, "client_ip"),
        ("status", response, "status"),
    ):
        if source and source.get(name) is not None:
            out[key] = source[name]
    return out
