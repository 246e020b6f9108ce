"""Trace headers on the wire: W3C ``traceparent`` and AWS ``X-Amzn-Trace-Id``, and the ids inside them.

An X-Ray trace id ``1-5759e988-bd862e3fe1be46a994272793`` is the same 128 bits as the OTel trace id
``5759e988bd862e3fe1be46a994272793``: the first 8 hex digits are the epoch second the trace started, the
other 24 are random. That is how the AWS OTel exporter converts, and why Overcast generates OTel trace
ids with the time in front (:func:`new_trace_id`): X-Ray rejects trace ids older than 30 days.

Pure functions on strings; nothing here imports the OpenTelemetry SDK.
"""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass
from typing import Final

_getrandbits: Final = random.getrandbits  # the module's generator (``random.seed`` reseeds it), one lookup
_XRAY_ID = re.compile(r"^1-([0-9a-fA-F]{8})-([0-9a-fA-F]{24})$")
_SPAN_ID = re.compile(r"^[0-9a-fA-F]{16}$")
_TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$")


def xray_to_trace_id(xray_id: str) -> int | None:
    """``1-5759e988-bd862e3fe1be46a994272793`` → the 128-bit OTel trace id; None if malformed."""
    match = _XRAY_ID.match(xray_id)
    if match is None:
        return None
    value = int(match.group(1) + match.group(2), 16)
    return value or None


def trace_id_to_xray(trace_id: int) -> str:
    """The 128-bit OTel trace id → ``1-<8 hex epoch>-<24 hex>``."""
    hexed = hex32(trace_id)
    return f"1-{hexed[:8]}-{hexed[8:]}"


def hex32(value: int) -> str:
    """``f"{value:032x}"``; through the bytes, about a third of what ``format`` costs (on every call)."""
    try:
        return value.to_bytes(16, "big").hex()
    except OverflowError:  # negative or wider than 128 bits (no id Overcast makes or accepts)
        return f"{value:032x}"


def hex16(value: int) -> str:
    """``f"{value:016x}"``, as :func:`hex32`."""
    try:
        return value.to_bytes(8, "big").hex()
    except OverflowError:
        return f"{value:016x}"


def new_trace_id(now: float | None = None) -> int:
    """A fresh trace id X-Ray accepts: epoch seconds in the top 32 bits, 96 random bits below."""
    seconds = int(time.time() if now is None else now) & 0xFFFFFFFF
    return (seconds << 96) | _getrandbits(96)


@dataclass(frozen=True)
class AmznTraceHeader:
    """``X-Amzn-Trace-Id: Root=1-…;Parent=<16 hex>;Sampled=0|1`` and the fields passed through untouched.

    ``sampled`` is None when the caller left the decision to the receiver (no ``Sampled``, or ``?``).
    ``extra`` keeps every other field in order (``Self=``, ``Lineage=``, custom keys) so it can be returned
    and propagated as received."""

    root: str | None = None
    parent: str | None = None
    sampled: bool | None = None
    extra: tuple[tuple[str, str], ...] = ()

    @property
    def trace_id(self) -> int | None:
        return xray_to_trace_id(self.root) if self.root else None

    @property
    def span_id(self) -> int | None:
        return int(self.parent, 16) or None if self.parent else None

    def format(self) -> str:
        parts = []
        if self.root:
            parts.append(f"Root={self.root}")
        if self.parent:
            parts.append(f"Parent={self.parent}")
        if self.sampled is not None:
            parts.append(f"Sampled={int(self.sampled)}")
        parts.extend(f"{key}={value}" for key, value in self.extra)
        return ";".join(parts)


def parse_amzn_trace_id(header: str) -> AmznTraceHeader:
    """Parse ``X-Amzn-Trace-Id``; fields that are malformed are dropped (never an error: AWS ignores them)."""
    root = parent = None
    sampled: bool | None = None
    extra: list[tuple[str, str]] = []
    for part in header.split(";"):
        key, sep, value = part.strip().partition("=")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        folded = key.lower()
        if folded == "root":
            root = value if _XRAY_ID.match(value) and xray_to_trace_id(value) else None
        elif folded == "parent":
            parent = value.lower() if _SPAN_ID.match(value) and int(value, 16) else None
        elif folded == "sampled":
            sampled = True if value == "1" else False if value == "0" else None
        elif key:
            extra.append((key, value))
    return AmznTraceHeader(root, parent, sampled, tuple(extra))


def format_amzn_trace_id(
    trace_id: int, span_id: int | None, sampled: bool | None, extra: tuple[tuple[str, str], ...] = ()
) -> str:
    # on every traced response: built directly rather than through AmznTraceHeader
    return _amzn_header(hex32(trace_id), hex16(span_id) if span_id else "", sampled, extra)


def _amzn_header(
    trace_hex: str, span_hex: str, sampled: bool | None, extra: tuple[tuple[str, str], ...]
) -> str:
    parent = f";Parent={span_hex}" if span_hex else ""
    decision = "" if sampled is None else ";Sampled=1" if sampled else ";Sampled=0"
    header = f"Root=1-{trace_hex[:8]}-{trace_hex[8:]}{parent}{decision}"
    for key, value in extra:
        header += f";{key}={value}"
    return header


def format_both(
    trace_id: int, span_id: int, sampled: bool, extra: tuple[tuple[str, str], ...] = ()
) -> tuple[str, str]:
    """``(format_amzn_trace_id(trace_id, span_id, sampled, extra), format_traceparent(trace_id, span_id,
    sampled))``, each id turned into hex once (an unsampled call answers with both)."""
    trace_hex = hex32(trace_id)
    span_hex = hex16(span_id)
    return (
        _amzn_header(trace_hex, span_hex if span_id else "", sampled, extra),
        _traceparent(trace_hex, span_hex, sampled),
    )


@dataclass(frozen=True)
class TraceParent:
    """W3C ``traceparent``: ``00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>``."""

    trace_id: int
    span_id: int
    sampled: bool

    def format(self) -> str:
        return format_traceparent(self.trace_id, self.span_id, self.sampled)


def parse_traceparent(header: str) -> TraceParent | None:
    """None for anything the W3C spec says to ignore (bad shape, version ff, all-zero ids)."""
    match = _TRACEPARENT.match(header.strip())
    if match is None:
        return None
    version, trace_hex, span_hex, flags = match.group(1, 2, 3, 4)
    if version == "ff" or (version == "00" and match.group(5)):
        return None
    trace_id, span_id = int(trace_hex, 16), int(span_hex, 16)
    if not trace_id or not span_id:
        return None
    return TraceParent(trace_id, span_id, bool(int(flags, 16) & 1))


def format_traceparent(trace_id: int, span_id: int, sampled: bool) -> str:
    return _traceparent(hex32(trace_id), hex16(span_id), sampled)


def _traceparent(trace_hex: str, span_hex: str, sampled: bool) -> str:
    return f"00-{trace_hex}-{span_hex}-{'01' if sampled else '00'}"
