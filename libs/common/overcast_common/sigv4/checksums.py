"""The flexible checksums S3 speaks (``x-amz-checksum-<algorithm>``), incremental and base64-ready.

CRC32 comes from ``zlib``; SHA1 and SHA256 from ``hashlib``. CRC32C and CRC64NVME use ``awscrt``
when it is installed (as botocore does) and otherwise a table-driven pure-Python implementation:
correct everywhere, but only a few MB/s, which is enough for the uploads an emulator sees.

S3 reuses these for stored object checksums, so the values match AWS's byte for byte: every
checksum is the big-endian digest, base64-encoded.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import zlib
from collections.abc import Callable
from typing import Any, Protocol

_crt: Any
try:  # pragma: no cover - depends on the environment
    _crt = importlib.import_module("awscrt.checksums")
except ImportError:
    _crt = None

ALGORITHMS = ("crc32", "crc32c", "crc64nvme", "sha1", "sha256")
"""Lower-case names as they appear in ``x-amz-checksum-<name>`` and ``x-amz-sdk-checksum-algorithm``."""

DIGEST_SIZES = {"crc32": 4, "crc32c": 4, "crc64nvme": 8, "sha1": 20, "sha256": 32}


class Checksum(Protocol):
    def update(self, data: bytes | bytearray | memoryview) -> None: ...
    def digest(self) -> bytes: ...


def _reflected_table(poly: int, bits: int) -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ poly if crc & 1 else crc >> 1
        table.append(crc & ((1 << bits) - 1))
    return tuple(table)


# reflected polynomials: CRC-32C (Castagnoli) and CRC-64/NVME (init and xorout all ones)
_CRC32C_TABLE = _reflected_table(0x82F63B78, 32)
_CRC64NVME_TABLE = _reflected_table(0x9A6C9329AC4BC9B5, 64)
_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF


def _crc_update(table: tuple[int, ...], crc: int, data: bytes | bytearray | memoryview) -> int:
    for byte in bytes(data) if isinstance(data, memoryview) else data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc


def crc32c(data: bytes | bytearray | memoryview, value: int = 0) -> int:
    """CRC-32C of ``data``, continuing from a previous result ``value`` (like ``zlib.crc32``)."""
    if _crt is not None:  # pragma: no cover
        return int(_crt.crc32c(bytes(data), value))
    return _crc_update(_CRC32C_TABLE, value ^ _MASK32, data) ^ _MASK32


def crc64nvme(data: bytes | bytearray | memoryview, value: int = 0) -> int:
    """CRC-64/NVME of ``data``, continuing from a previous result ``value``."""
    if _crt is not None:  # pragma: no cover
        return int(_crt.crc64nvme(bytes(data), value))
    return _crc_update(_CRC64NVME_TABLE, value ^ _MASK64, data) ^ _MASK64


class _Crc:
    __slots__ = ("_fn", "_size", "_value")

    def __init__(self, fn: Callable[[bytes | bytearray | memoryview, int], int], size: int) -> None:
        self._fn, self._size, self._value = fn, size, 0

    def update(self, data: bytes | bytearray | memoryview) -> None:
        self._value = self._fn(data, self._value)

    def digest(self) -> bytes:
        return self._value.to_bytes(self._size, "big")


def _zlib_crc32(data: bytes | bytearray | memoryview, value: int) -> int:
    return zlib.crc32(data, value) & _MASK32


def new_checksum(algorithm: str) -> Checksum:
    """A fresh incremental checksum; ``algorithm`` is one of ``ALGORITHMS`` (any case)."""
    name = algorithm.lower()
    if name == "crc32":
        return _Crc(_zlib_crc32, 4)
    if name == "crc32c":
        return _Crc(crc32c, 4)
    if name == "crc64nvme":
        return _Crc(crc64nvme, 8)
    if name in ("sha1", "sha256"):
        return hashlib.new(name)
    raise ValueError(f"unsupported checksum algorithm: {algorithm}")


def checksum_b64(algorithm: str, data: bytes | bytearray | memoryview) -> str:
    """The base64 value S3 puts in ``x-amz-checksum-<algorithm>`` for ``data``."""
    c = new_checksum(algorithm)
    c.update(data)
    return b64(c.digest())


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def is_valid_b64(algorithm: str, value: str) -> bool:
    """True when ``value`` is base64 of exactly the digest size of ``algorithm``."""
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return False
    return len(raw) == DIGEST_SIZES.get(algorithm.lower(), -1)


def algorithm_of_header(name: str) -> str | None:
    """``x-amz-checksum-crc32`` -> ``crc32``; None for any other header name."""
    low = name.lower()
    if low.startswith("x-amz-checksum-"):
        algo = low[len("x-amz-checksum-") :]
        if algo in DIGEST_SIZES:
            return algo
    return None
