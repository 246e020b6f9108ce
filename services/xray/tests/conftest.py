"""Shared helpers: segment documents as the X-Ray SDKs write them."""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

from overcast_xray.ids import new_trace_id


def seg_id() -> str:
    return secrets.token_hex(8)


def segment(
    name: str = "web",
    *,
    trace_id: str | None = None,
    start: float | None = None,
    duration: float = 0.1,
    **fields: Any,
) -> dict[str, Any]:
    start = time.time() - 5 if start is None else start
    doc: dict[str, Any] = {
        "trace_id": trace_id or new_trace_id(start),
        "id": seg_id(),
        "name": name,
        "start_time": start,
        "end_time": start + duration,
    }
    doc.update(fields)
    return doc


def text(doc: dict[str, Any]) -> str:
    return json.dumps(doc)
