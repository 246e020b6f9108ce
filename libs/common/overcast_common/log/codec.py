"""Record headers as one SQLite blob: ``(u16 name length, name, u32 value length, value)*``."""

from __future__ import annotations

import struct

_NAME = struct.Struct(">H")
_VALUE = struct.Struct(">I")


def encode_headers(headers: tuple[tuple[str, bytes], ...]) -> bytes | None:
    if not headers:
        return None
    out = bytearray()
    for name, value in headers:
        raw = name.encode()
        out += _NAME.pack(len(raw)) + raw + _VALUE.pack(len(value)) + value
    return bytes(out)


def decode_headers(blob: bytes | None) -> tuple[tuple[str, bytes], ...]:
    if not blob:
        return ()
    out: list[tuple[str, bytes]] = []
    pos = 0
    while pos < len(blob):
        (n,) = _NAME.unpack_from(blob, pos)
        pos += _NAME.size
        name = blob[pos : pos + n].decode()
        pos += n
        (m,) = _VALUE.unpack_from(blob, pos)
        pos += _VALUE.size
        out.append((name, bytes(blob[pos : pos + m])))
        pos += m
    return tuple(out)
