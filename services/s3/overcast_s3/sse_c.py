"""SSE-C: objects encrypted at rest with the customer's AES-256 key, which S3 never stores.

Each blob of an SSE-C object is ``[16-byte random IV][AES-256-CTR ciphertext]``. CTR keeps ciphertext
offsets equal to plaintext offsets, so a ranged GET decrypts from the 16-byte block holding its first
byte, and bodies stream chunk by chunk in both directions. The IV travels in the blob itself, so
every blob (a PUT body or one multipart part) carries what it needs, and the metadata keeps only the
key's MD5 (``extras["sse_c"]``), as S3 does to check the key a later request presents.

``SseCBlobs(blobs, key)`` is a ``BlobStore`` over another one: ``write`` hashes the plaintext (MD5,
checksums: what the client sent) and stores the ciphertext; ``read`` returns plaintext ranges; sizes
are plaintext sizes throughout, so the provider's segment arithmetic is unchanged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from overcast_common.errors import AccessDenied
from overcast_common.sigv4.checksums import Checksum

from overcast_s3.blobs import BlobStore
from overcast_s3.errors import InvalidArgument, InvalidRequest, S3Error

IV_SIZE = 16
BLOCK = 16
ALGORITHM = "AES256"
HEADER = "x-amz-server-side-encryption-customer-"
COPY_HEADER = "x-amz-copy-source-server-side-encryption-customer-"


class InvalidEncryptionAlgorithmError(S3Error):
    code = "InvalidEncryptionAlgorithmError"


@dataclass(frozen=True)
class CustomerKey:
    key: bytes
    md5: str
    """Base64 MD5 of the raw key: what S3 stores and echoes (``x-amz-...-customer-key-MD5``)."""
    algorithm: str = ALGORITHM

    def record(self) -> dict[str, str]:
        """What an object's ``extras["sse_c"]`` keeps: never the key itself."""
        return {"algorithm": self.algorithm, "key_md5": self.md5}


def customer_key(params: Mapping[str, Any], *, copy_source: bool = False) -> CustomerKey | None:
    """The SSE-C key a request carries (``sse_customer_*`` or ``copy_source_sse_customer_*`` params),
    validated as S3 does; None when it carries none."""
    prefix = "copy_source_sse_customer_" if copy_source else "sse_customer_"
    header = COPY_HEADER if copy_source else HEADER
    algorithm = params.get(prefix + "algorithm")
    key_b64 = params.get(prefix + "key")
    md5 = params.get(prefix + "key_md5")
    if algorithm is None and key_b64 is None and md5 is None:
        return None
    if algorithm is None:
        raise InvalidArgument(
            "Requests specifying Server Side Encryption with Customer provided keys must provide a valid "
            "encryption algorithm.",
            ArgumentName=header + "algorithm",
            ArgumentValue="null",
        )
    if algorithm != ALGORITHM:
        raise InvalidEncryptionAlgorithmError(
            "The Encryption request you specified is not valid. Supported value: AES256.",
            ArgumentName=header + "algorithm",
            ArgumentValue=str(algorithm),
        )
    if not key_b64:
        raise InvalidArgument(
            "Requests specifying Server Side Encryption with Customer provided keys must provide an "
            "appropriate secret key.",
            ArgumentName=header + "algorithm",
            ArgumentValue=str(algorithm),
        )
    try:
        key = base64.b64decode(key_b64, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise InvalidArgument(
            "The secret key was invalid for the specified algorithm.",
            ArgumentName=header + "key",
            ArgumentValue="null",
        )
    actual = base64.b64encode(hashlib.md5(key, usedforsecurity=False).digest()).decode()
    if not md5:
        raise InvalidArgument(
            "Requests specifying Server Side Encryption with Customer provided keys must provide the "
            "client calculated MD5 of the secret key.",
            ArgumentName=header + "key-MD5",
            ArgumentValue="null",
        )
    if md5 != actual:
        raise InvalidArgument(
            "The calculated MD5 hash of the key did not match the hash that was provided.",
            ArgumentName=header + "key-MD5",
            ArgumentValue="null",
        )
    return CustomerKey(key, actual, algorithm)


def check_read(stored: Mapping[str, Any] | None, given: CustomerKey | None) -> CustomerKey | None:
    """The key to decrypt an object with, or S3's refusal: ``stored`` is its ``extras.get("sse_c")``."""
    if stored is None:
        if given is not None:
            raise InvalidRequest("The encryption parameters are not applicable to this object.")
        return None
    if given is None:
        raise InvalidRequest(
            "The object was stored using a form of Server Side Encryption. The correct parameters must "
            "be provided to retrieve the object."
        )
    if given.md5 != stored.get("key_md5"):
        raise AccessDenied(
            "Requests specifying Server Side Encryption with Customer provided keys must provide the "
            "correct secret key."
        )
    return given


def check_part(stored: Mapping[str, Any] | None, given: CustomerKey | None) -> CustomerKey | None:
    """UploadPart (and UploadPartCopy's target) must present the key CreateMultipartUpload named."""
    if stored is None:
        if given is not None:
            raise InvalidRequest(
                "The multipart upload initiate requested no encryption. Subsequent part requests must not "
                "include encryption parameters."
            )
        return None
    if given is None:
        raise InvalidRequest(
            "The multipart upload initiate requested encryption. Subsequent part requests must include "
            "the appropriate encryption parameters."
        )
    if given.md5 != stored.get("key_md5"):
        raise InvalidRequest("The provided encryption parameters did not match the ones used originally.")
    return given


def _cipher(key: bytes, iv: bytes, offset: int) -> Any:
    """AES-CTR positioned at byte ``offset`` (a multiple of 16) of the stream that starts at ``iv``."""
    counter = (int.from_bytes(iv, "big") + offset // BLOCK) % (1 << 128)
    return Cipher(algorithms.AES(key), modes.CTR(counter.to_bytes(16, "big")))


class SseCBlobs:
    """A ``BlobStore`` that encrypts what it writes and decrypts what it reads with one customer key."""

    def __init__(self, inner: BlobStore, key: CustomerKey) -> None:
        self.inner = inner
        self.key = key

    async def write(self, stream: AsyncIterator[bytes], hashers: Sequence[Checksum] = ()) -> tuple[str, int]:
        iv = os.urandom(IV_SIZE)
        encryptor = _cipher(self.key.key, iv, 0).encryptor()

        async def ciphertext() -> AsyncIterator[bytes]:
            yield iv
            async for chunk in stream:
                if chunk:
                    for hasher in hashers:  # the client's digests are of the plaintext
                        hasher.update(chunk)
                    yield encryptor.update(chunk)
            tail = encryptor.finalize()
            if tail:
                yield tail

        blob_id, size = await self.inner.write(ciphertext())
        return blob_id, size - IV_SIZE

    async def read(self, blob_id: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        iv = b"".join([chunk async for chunk in self.inner.read(blob_id, 0, IV_SIZE)])
        aligned = start - start % BLOCK
        skip = start - aligned
        decryptor = _cipher(self.key.key, iv, aligned).decryptor()
        async for chunk in self.inner.read(
            blob_id, IV_SIZE + aligned, None if end is None else IV_SIZE + end
        ):
            plain = decryptor.update(chunk)
            if skip:
                plain, skip = plain[skip:], max(0, skip - len(plain))
            if plain:
                yield plain

    async def delete(self, blob_ids: Iterable[str]) -> None:
        await self.inner.delete(blob_ids)

    async def reset(self) -> None:
        await self.inner.reset()
