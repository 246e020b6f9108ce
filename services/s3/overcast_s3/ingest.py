"""Taking a request body into the blob store: MD5 (the ETag) and the flexible checksum computed while
the bytes stream to disk, then checked against what the client declared.

The checksum is computed here even when the gateway's aws-chunked decoder already verified a trailing
one: in cluster mode the body arrives over gRPC and the trailers stay in the gateway, so computing it
is how the service learns the value to store. A decoder that did run in this process leaves its
``trailers`` on the stream; they are checked too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

from overcast_common.http import BodyStream
from overcast_common.sigv4.checksums import Checksum, b64, new_checksum

from overcast_s3.blobs import BlobStore
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
    md5 = hashlib.md5(usedforsecurity=False)
    hashers: dict[str, Checksum] = {a: new_checksum(a) for a in sorted(wanted)}
    stream = _once(body) if isinstance(body, bytes) else (body if body is not None else _once(b""))
    blob_id, size = await blobs.write(stream, [md5, *hashers.values()])
    result = Ingested(
        blob_id, size, md5.hexdigest(), md5.digest(), {a: b64(h.digest()) for a, h in hashers.items()}
    )
    trailers = getattr(body, "trailers", None) or {}
    for name, value in trailers.items():
        if name.startswith("x-amz-checksum-"):
            declared.setdefault(name[len("x-amz-checksum-") :].upper(), value)
    try:
        if expected_md5 is not None and expected_md5 != result.md5_digest:
            raise BadDigest("The Content-MD5 you specified did not match what we received.")
        for algo, value in declared.items():
            if result.checksums.get(algo) != value:
                raise BadDigest(f"The {algo} you specified did not match the calculated checksum.")
    except BadDigest:
        await blobs.delete([blob_id])
        raise
    return result


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
