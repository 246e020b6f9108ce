"""JSON text for the codec's hot path: the standard library's C encoder and scanner, set up once.

``json.JSONEncoder.encode`` builds a new C encoder on every call and ``json.JSONDecoder.decode`` wraps
its scanner in two whitespace regex matches; for a request's small documents that setup is most of
the cost. Both functions here give exactly what the general calls give (value, text or exception):
anything off the fast path (no C accelerator, trailing text, malformed input, a cycle) is handed to the
general call, which then answers as it always did.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _encoder
from typing import Any

# the options every JSON-RPC response is written with
_GENERAL_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str)
_general_encode = _GENERAL_ENCODER.encode
_general_decode = json.JSONDecoder().decode

# ``markers=None``: no cycle bookkeeping shared between calls (a cycle ends in RecursionError, which
# sends the value to the general encoder, whose ``check_circular`` names it as it always did)
_c_make_encoder = getattr(_encoder, "c_make_encoder", None)
_c_encode = (
    _c_make_encoder(None, str, _encoder.encode_basestring, None, ":", ",", False, False, True)
    if _c_make_encoder is not None and getattr(_encoder, "c_encode_basestring", None) is not None
    else None
)
_scan_once: Callable[[str, int], tuple[Any, int]] = getattr(json.JSONDecoder(), "scan_once")  # noqa: B009


def encode_compact(value: Any) -> str:
    """``json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode(value)``."""
    if _c_encode is not None and type(value) is dict:
        try:
            return "".join(_c_encode(value, 0))
        except RecursionError:
            pass
    return _general_encode(value)


def decode_object(text: str) -> Any:
    """``json.JSONDecoder().decode(text)`` for a text that starts with ``{`` (no leading whitespace)."""
    try:
        found, end = _scan_once(text, 0)
    except (ValueError, StopIteration):
        return _general_decode(text)  # raises the error the general call raises
    # (a RecursionError goes up as the general call's would: its message names only the stack's depth)
    return found if end == len(text) else _general_decode(text)
