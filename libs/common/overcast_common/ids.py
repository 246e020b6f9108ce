"""Identifiers AWS hands out (request ids, message ids, event ids): random version-4 UUID strings."""

from __future__ import annotations

import os

_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def uuid4_str() -> str:
    """``str(uuid.uuid4())`` without building the ``UUID`` object (about 5x cheaper; on every request)."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
