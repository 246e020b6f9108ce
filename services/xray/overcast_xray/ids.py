"""X-Ray identifiers: trace ids (``1-<8 hex epoch>-<24 hex>``), segment ids (16 hex), conversions."""

from __future__ import annotations

import re
import secrets
import time

TRACE_ID = re.compile(r"^1-[0-9a-f]{8}-[0-9a-f]{24}$")
SEGMENT_ID = re.compile(r"^[0-9a-f]{16}$")

RETENTION_S = 30 * 24 * 3600
"""X-Ray keeps traces 30 days."""
FUTURE_SKEW_S = 5 * 60


def new_trace_id(now: float | None = None) -> str:
    epoch = int(time.time() if now is None else now)
    return f"1-{epoch:08x}-{secrets.token_hex(12)}"


def new_segment_id() -> str:
    return secrets.token_hex(8)


def trace_id_epoch(trace_id: str) -> int:
    """The seconds since the epoch in the id's first part (meaningless for ids made from random W3C ids)."""
    return int(trace_id[2:10], 16)


def plausible_epoch(epoch: float, now: float) -> bool:
    """Whether ``epoch`` could be when a retained trace started: within retention, not in the future."""
    return now - RETENTION_S <= epoch <= now + FUTURE_SKEW_S


def from_w3c(trace_id_hex: str) -> str:
    """A 32-hex W3C/OTel trace id as an X-Ray id, losslessly (the AWS OTel exporter's conversion: the
    first 32 bits become the epoch part), so spans of one trace from any source join one X-Ray trace."""
    value = trace_id_hex.lower()
    return f"1-{value[:8]}-{value[8:]}"


def to_w3c(trace_id: str) -> str:
    return trace_id[2:10] + trace_id[11:]
