"""The X-Ray store port: segments and the trace index, sampling rules and their statistics, groups,
tags, resource policies and account settings, each keyed by account and region as AWS scopes them.

One adapter, ``sql.SqlXrayStore`` (SQLAlchemy Core; SQLite under the data directory embedded, the
``xray`` schema of the shared PostgreSQL in cluster mode), passes the contract tests on both
(``services/xray/tests/test_store.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

from overcast_xray.segments import SegmentRecord

TimeRangeKind = Literal["TraceId", "Event", "Service"]


@dataclass(frozen=True)
class TraceRow:
    """One trace in the index: the time span its segments cover so far."""

    trace_id: str
    start_time: float
    end_time: float
    id_time: float
    """When the id says the trace started (its epoch part), or ``start_time`` for ids whose epoch part is
    not a plausible time (W3C ids converted losslessly)."""


@dataclass(frozen=True)
class RuleRecord:
    rule: dict[str, Any]
    """The ``SamplingRule`` structure (value form) with ``RuleName`` and ``RuleARN`` set."""
    created_at: datetime
    modified_at: datetime

    @property
    def name(self) -> str:
        return str(self.rule["RuleName"])


@dataclass(frozen=True)
class StatisticRecord:
    rule_name: str
    client_id: str
    timestamp: datetime
    request_count: int
    sampled_count: int
    borrow_count: int


@dataclass(frozen=True)
class GroupRecord:
    name: str
    arn: str
    filter_expression: str | None
    insights: dict[str, Any] | None


@dataclass(frozen=True)
class PolicyRecord:
    name: str
    document: str
    revision_id: str
    last_updated: datetime


class XrayStore(Protocol):
    # --- traces ---
    async def put_segments(
        self, account_id: str, region: str, segments: Sequence[SegmentRecord], received_at: datetime
    ) -> None:
        """Store documents (a document with the id of a stored one replaces it: an in-progress segment
        completed) and extend each trace's index entry."""
        ...

    async def find_traces(
        self,
        account_id: str,
        region: str,
        kind: TimeRangeKind,
        start: float,
        end: float,
        *,
        after: tuple[float, str] | None = None,
        limit: int = 1000,
    ) -> list[TraceRow]:
        """Traces in ``[start, end]`` by ``kind`` (``TraceId``: ``id_time``; otherwise the traces whose
        span overlaps), ordered by (start_time, trace_id), strictly after ``after``."""
        ...

    async def get_segments(
        self, account_id: str, region: str, trace_ids: Sequence[str]
    ) -> dict[str, list[SegmentRecord]]:
        """The stored documents of each trace found, in start order."""
        ...

    async def delete_traces_before(self, cutoff: datetime) -> int:
        """Retention: forget traces not updated since ``cutoff`` (every account); returns how many."""
        ...

    # --- sampling ---
    async def list_rules(self, account_id: str, region: str) -> list[RuleRecord]: ...

    async def put_rule(self, account_id: str, region: str, record: RuleRecord) -> None: ...

    async def delete_rule(self, account_id: str, region: str, name: str) -> bool: ...

    async def add_statistics(self, account_id: str, region: str, stats: Sequence[StatisticRecord]) -> None:
        """Add counts to each (rule, client)'s totals and keep the latest timestamp."""
        ...

    async def list_statistics(self, account_id: str, region: str) -> list[StatisticRecord]: ...

    # --- groups ---
    async def put_group(self, account_id: str, region: str, group: GroupRecord) -> None: ...

    async def get_group(self, account_id: str, region: str, name: str) -> GroupRecord | None: ...

    async def list_groups(self, account_id: str, region: str) -> list[GroupRecord]: ...

    async def delete_group(self, account_id: str, region: str, name: str) -> bool: ...

    # --- tags (by ARN, which names account and region) ---
    async def get_tags(self, arn: str) -> dict[str, str]: ...

    async def tag(self, arn: str, tags: Mapping[str, str]) -> None: ...

    async def untag(self, arn: str, keys: Sequence[str] | None = None) -> None:
        """Remove ``keys``, or every tag of ``arn`` when None."""
        ...

    # --- resource policies and settings ---
    async def list_policies(self, account_id: str, region: str) -> list[PolicyRecord]: ...

    async def put_policy(self, account_id: str, region: str, policy: PolicyRecord) -> None: ...

    async def delete_policy(self, account_id: str, region: str, name: str) -> bool: ...

    async def get_setting(self, account_id: str, region: str, name: str) -> Any | None: ...

    async def put_setting(self, account_id: str, region: str, name: str, value: Any) -> None: ...

    async def reset(self) -> None: ...

    async def close(self) -> None: ...
