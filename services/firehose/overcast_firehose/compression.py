"""Object bodies as Firehose compresses them: the extension and ``Content-Encoding`` each format gets.

Both Snappy variants are containers around raw snappy blocks, as AWS writes them (and as Hadoop/Spark
readers expect), not the official snappy framing format:

- ``Snappy``: snappy-java's stream format — the 8-byte magic ``\\x82SNAPPY\\x00``, version 1 and
  compatible version 1 (32-bit big-endian), then per 32 KiB block its compressed length (32-bit
  big-endian) and the raw snappy block; ``Content-Encoding: snappy-java``;
- ``HADOOP_SNAPPY``: Hadoop's block format — per block its uncompressed length, then the compressed
  length and the raw snappy block; ``Content-Encoding: hadoop-snappy``.

Both get the ``.snappy`` extension: AWS's object-name page lists ``.hsnappy`` for Hadoop-Snappy, but the
service writes ``.snappy`` (observed against AWS by other emulators' capture suites).
"""

from __future__ import annotations

import gzip
import io
import struct
import zipfile

import cramjam

EXTENSIONS = {
    "UNCOMPRESSED": "",
    "GZIP": ".gz",
    "ZIP": ".zip",
    "Snappy": ".snappy",
    "HADOOP_SNAPPY": ".snappy",
}
CONTENT_ENCODINGS = {"GZIP": "gzip", "ZIP": "zip", "Snappy": "snappy-java", "HADOOP_SNAPPY": "hadoop-snappy"}
BLOCK = 32 * 1024
XERIAL_HEADER = b"\x82SNAPPY\x00" + struct.pack(">ii", 1, 1)


def extension(compression: str, file_extension: str | None = None) -> str:
    """``FileExtension`` when configured (non-empty), else the compression's default."""
    if file_extension:
        return file_extension
    return EXTENSIONS.get(compression, "")


def content_encoding(compression: str) -> str | None:
    return CONTENT_ENCODINGS.get(compression)


def compress(data: bytes, compression: str, *, entry_name: str = "data") -> bytes:
    if compression == "GZIP":
        return gzip.compress(data)
    if compression == "ZIP":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(entry_name, data)
        return buffer.getvalue()
    if compression == "Snappy":
        return xerial_snappy(data)
    if compression == "HADOOP_SNAPPY":
        return hadoop_snappy(data)
    return data


def _blocks(data: bytes) -> list[bytes]:
    return [data[i : i + BLOCK] for i in range(0, len(data), BLOCK)]


def xerial_snappy(data: bytes) -> bytes:
    out = bytearray(XERIAL_HEADER)
    for block in _blocks(data):
        raw = bytes(cramjam.snappy.compress_raw(block))
        out += struct.pack(">i", len(raw)) + raw
    return bytes(out)


def xerial_unsnappy(data: bytes) -> bytes:
    if not data.startswith(XERIAL_HEADER[:8]):
        raise ValueError("not a snappy-java stream")
    out = bytearray()
    i = len(XERIAL_HEADER)
    while i < len(data):
        (length,) = struct.unpack_from(">i", data, i)
        i += 4
        if length < 0:  # snappy-java's uncompressed chunk
            out += data[i : i - length]
            i -= length
        else:
            out += bytes(cramjam.snappy.decompress_raw(data[i : i + length]))
            i += length
    return bytes(out)


def hadoop_snappy(data: bytes) -> bytes:
    out = bytearray()
    for block in _blocks(data):
        raw = bytes(cramjam.snappy.compress_raw(block))
        out += struct.pack(">II", len(block), len(raw)) + raw
    return bytes(out)


def hadoop_unsnappy(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        (size,) = struct.unpack_from(">I", data, i)
        i += 4
        produced = 0
        while produced < size:
            (length,) = struct.unpack_from(">I", data, i)
            i += 4
            plain = bytes(cramjam.snappy.decompress_raw(data[i : i + length]))
            i += length
            out += plain
            produced += len(plain)
    return bytes(out)
