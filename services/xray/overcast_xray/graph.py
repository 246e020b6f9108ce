"""Service graphs from traces: nodes, edges, summary statistics and histograms, as X-Ray returns them
from ``GetServiceGraph``, ``GetTraceGraph`` and ``GetTimeSeriesServiceStatistics``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from overcast_xray.traces import CLIENT, Call, NodeKey, Trace


def statistics(calls: Sequence[Call], *, edge: bool = False) -> dict[str, Any]:
    """``ServiceStatistics`` / ``EdgeStatistics`` of some calls."""
    errors = [c for c in calls if (c.error or c.throttle) and not c.fault]
    throttles = [c for c in errors if c.throttle]
    faults = [c for c in calls if c.fault]
    return {
        "OkCount": sum(1 for c in calls if c.ok),
        "ErrorStatistics": {
            "ThrottleCount": len(throttles),
            "OtherCount": len(errors) - len(throttles),
            "TotalCount": len(errors),
        },
        "FaultStatistics": {"OtherCount": len(faults), "TotalCount": len(faults)},
        "TotalCount": len(calls),
        "TotalResponseTime": round(sum(c.response_time for c in calls), 6),
    }


def histogram(values: Iterable[float]) -> list[dict[str, Any]]:
    """``Histogram``: counts per value, rounded to the millisecond as X-Ray's console buckets them."""
    counts = Counter(round(v, 3) for v in values)
    return [{"Value": value, "Count": count} for value, count in sorted(counts.items())]


def _ts(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def services(traces: Iterable[Trace], account_id: str | None = None) -> list[dict[str, Any]]:
    """The ``Services`` list of a graph over ``traces``: client and service nodes, edges between them."""
    calls = [c for t in traces for c in t.calls]
    order: dict[NodeKey, int] = {}
    for c in calls:  # callers first, so the client comes out as node 0 as X-Ray numbers it
        for key in (c.caller, c.node):
            order.setdefault(key, len(order))
    out = []
    for key, ref in order.items():
        mine = [c for c in calls if c.node == key]
        outgoing: dict[NodeKey, list[Call]] = {}
        for c in calls:
            if c.caller == key:
                outgoing.setdefault(c.node, []).append(c)
        node: dict[str, Any] = {"ReferenceId": ref}
        if key == CLIENT:
            node.update({"Type": "client", "State": "unknown", "Names": []})
        else:
            inferred = all(c.inferred for c in mine)
            node.update(key.service_id(None if inferred else account_id))
            node["Root"] = any(c.caller == CLIENT for c in mine)
            node["State"] = "unknown" if inferred else "active"
        times = [c.start for c in mine] + [c.start for cs in outgoing.values() for c in cs]
        ends = [c.end or c.start for c in mine] + [c.end or c.start for cs in outgoing.values() for c in cs]
        if times:
            node["StartTime"], node["EndTime"] = _ts(min(times)), _ts(max(ends))
        node["Edges"] = [
            {
                "ReferenceId": order[target],
                "StartTime": _ts(min(c.start for c in edge_calls)),
                "EndTime": _ts(max(c.end or c.start for c in edge_calls)),
                "SummaryStatistics": statistics(edge_calls, edge=True),
                "ResponseTimeHistogram": histogram(c.response_time for c in edge_calls),
                "Aliases": [],
            }
            for target, edge_calls in outgoing.items()
        ]
        if mine:
            node["SummaryStatistics"] = statistics(mine)
            node["DurationHistogram"] = histogram(c.response_time for c in mine)
            node["ResponseTimeHistogram"] = histogram(c.response_time for c in mine)
        out.append(node)
    return out


def time_series(calls: Sequence[Call], period: int) -> list[dict[str, Any]]:
    """``TimeSeriesServiceStatistics`` per ``period`` seconds, oldest first."""
    buckets: dict[int, list[Call]] = {}
    for c in calls:
        buckets.setdefault(int(c.start // period) * period, []).append(c)
    return [
        {
            "Timestamp": _ts(start),
            "EdgeSummaryStatistics": statistics(bucket, edge=True),
            "ServiceSummaryStatistics": statistics(bucket),
            "ResponseTimeHistogram": histogram(c.response_time for c in bucket),
        }
        for start, bucket in sorted(buckets.items())
    ]
