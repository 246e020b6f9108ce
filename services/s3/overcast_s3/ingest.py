"""Taking a request body into the blob store: MD5 (the ETag) and the flexible checksum computed while
the bytes stream to disk, then checked against what the client declared.

The checksum is computed here even when the gateway's aws-chunked decoder already verified a trailing
one: in cluster mode the body arrives over gRPC and the trailers stay in the gateway, so computing it
is how the service learns the value to store. A decoder that did run in this process leaves its
``trailers`` on the stream; they are checked too.

A small body (up to ``blobs.INLINE_MAX``, most PUTs) is gathered and checked first, so a mismatch
writes nothing; a larger one streams to disk while it is hashed and is deleted on a mismatch.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

from overcast_common.http import BodyStream
from overcast_common.sigv4.checksums import Checksum, b64, new_checksum

from overcast_s3.blobs import INLINE_MAX, BlobStore, FileBlobStore
from overcast_s3.errors import BadDigest, InvalidDigest, InvalidRequest

CHECKSUM_MEMBERS = {
    "CRC32": "ChecksumCRC32",
    "CRC32C": "ChecksumCRC32C",
    "CRC64NVME": "ChecksumCRC64NVME",
    "SHA1": "ChecksumSHA1",
    "SHA256": "ChecksumSHA256",
}
"""Algorithm → the model member (and ``x-amz-checksum-*`` header) carrying its value."""


@dataclass
class Ingested:
    blob_id: str
    size: int
    md5_hex: str
    md5_digest: bytes
    checksums: dict[str, str] = field(default_factory=dict)
    """Algorithm (``CRC32``) → base64 value."""


async def _once(data: bytes) -> AsyncIterator[bytes]:
    if data:
        yield data


async def _chain(head: list[bytes], rest: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in head:
        yield chunk
    async for chunk in rest:
        yield chunk


async def _gather_small(body: BodyStream) -> tuple[bytes | None, AsyncIterator[bytes]]:
    """(the whole body, if it ends within ``INLINE_MAX``; else None, and the stream to write)."""
    head: list[bytes] = []
    size = 0
    chunks = aiter(body)
    async for chunk in chunks:
        if chunk:
            head.append(chunk)
            size += len(chunk)
            if size > INLINE_MAX:
                return None, _chain(head, chunks)
    return (head[0] if len(head) == 1 else b"".join(head)), _once(b"")


def declared_checksums(values: Mapping[str, str | None]) -> dict[str, str]:
    """The ``ChecksumCRC32``-style params a caller sent, as algorithm → value."""
    found = {}
    for algorithm, member in CHECKSUM_MEMBERS.items():
        value = values.get(member)
        if value:
            found[algorithm] = value
    return found


async def ingest(
    blobs: BlobStore,
    body: bytes | BodyStream | None,
    *,
    algorithm: str | None = None,
    declared: Mapping[str, str] | None = None,
    content_md5: str | None = None,
) -> Ingested:
    """Streams ``body`` into a new blob; raises (and keeps nothing) on a digest mismatch."""
    declared = dict(declared or {})
    wanted = {a.upper() for a in declared}
    if algorithm:
        if algorithm.upper() not in CHECKSUM_MEMBERS:
            raise InvalidRequest(f"Checksum algorithm {algorithm} is not supported")
        wanted.add(algorithm.upper())
    expected_md5 = _decode_md5(content_md5)
    hashers: dict[str, Checksum] = {a: new_checksum(a) for a in sorted(wanted)}
    if body is None or isinstance(body, bytes):
        whole: bytes | None = body or b""
        stream: AsyncIterator[bytes] = _once(b"")
    else:
        whole, stream = await _gather_small(body)
    if whole is not None and len(whole) <= INLINE_MAX:
        md5 = hashlib.md5(whole, usedforsecurity=False)
        for hasher in hashers.values():
            hasher.update(whole)
        _verify(body, declared, expected_md5, md5.digest(), hashers)
        if isinstance(blobs, FileBlobStore):
            blob_id, size = await blobs.write_bytes(whole), len(whole)
        else:  # e.g. SSE-C's encrypting store over the files
            blob_id, size = await blobs.write(_once(whole))
    else:
        md5 = hashlib.md5(usedforsecurity=False)
        if whole is not None:
            stream = _once(whole)
        blob_id, size = await blobs.write(stream, [md5, *hashers.values()])
        try:
            _verify(body, declared, expected_md5, md5.digest(), hashers)
        except BadDigest:
            await blobs.delete([blob_id])
            raise
    return Ingested(
        blob_id, size, md5.hexdigest(), md5.digest(), {a: b64(h.digest()) for a, h in hashers.items()}
    )


def _verify(
    body: bytes | BodyStream | None,
    declared: dict[str, str],
    expected_md5: bytes | None,
    md5_digest: bytes,
    hashers: Mapping[str, Checksum],
) -> None:
    trailers = getattr(body, "trailers", None) or {}
    for name, value in trailers.items():
        if name.startswith("x-amz-checksum-"):
            declared.setdefault(name[len("x-amz-checksum-") :].upper(), value)
    if expected_md5 is not None and expected_md5 != md5_digest:
        raise BadDigest("The Content-MD5 you specified did not match what we received.")
    for algo, value in declared.items():
        hasher = hashers.get(algo)
        if hasher is None or b64(hasher.digest()) != value:
            raise BadDigest(f"The {algo} you specified did not match the calculated checksum.")


def _decode_md5(value: str | None) -> bytes | None:
    if not value:
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 16:
        raise InvalidDigest("The Content-MD5 you specified was invalid.")
    return raw
