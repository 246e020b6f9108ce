"""Streaming decoder for ``Content-Encoding: aws-chunked`` bodies (S3 uploads).

Three framings share one decoder:

- ``STREAMING-AWS4-HMAC-SHA256-PAYLOAD``: ``<hex-size>;chunk-signature=<sig>\\r\\n<data>\\r\\n``..., each
  signature chained from the previous one, starting at the request's (seed) signature;
- ``...-PAYLOAD-TRAILER``: the same, then trailing headers and ``x-amz-trailer-signature``;
- ``STREAMING-UNSIGNED-PAYLOAD-TRAILER``: ``<hex-size>\\r\\n<data>\\r\\n``... then trailing headers
  (what current SDKs send by default over HTTPS, with a trailing ``x-amz-checksum-*``).

The decoder never joins the body: it holds at most one signed chunk (so data is only handed on once
its signature checked) and always keeps the last piece back until every trailing check passed, so a
consumer that stops at the first error never sees a complete, unverified body. Errors surface from
the iterator as S3's errors.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncGenerator, AsyncIterator, Sequence

from overcast_common.errors import SignatureDoesNotMatch
from overcast_common.sigv4 import checksums
from overcast_common.sigv4.auth_errors import (
    S3_SIGNATURE_MISMATCH,
    BadDigest,
    IncompleteBody,
    InvalidChunkSizeError,
    InvalidRequest,
    MalformedTrailerError,
)
from overcast_common.sigv4.canonical import EMPTY_SHA256

MIN_CHUNK_SIZE = 8192
"""Every chunk but the last must carry at least this many bytes (S3's rule)."""
HOLD_LIMIT = 8 * 1024 * 1024
"""Signed chunks up to this size are held until verified; bigger ones stream (still checked)."""
_MAX_LINE = 8192

INCOMPLETE = "You did not provide the number of bytes specified by the Content-Length HTTP header."
MALFORMED = (
    "The request contained trailing data that was not well-formed or did not conform to our published schema."
)


class ChunkSigner:
    """Checks the chained chunk and trailer signatures of one signed aws-chunked body."""

    __slots__ = ("_key", "_prefix_payload", "_prefix_trailer", "previous")

    def __init__(self, key: bytes, amz_date: str, scope: str, seed_signature: str) -> None:
        self._key = key
        self._prefix_payload = f"AWS4-HMAC-SHA256-PAYLOAD\n{amz_date}\n{scope}\n"
        self._prefix_trailer = f"AWS4-HMAC-SHA256-TRAILER\n{amz_date}\n{scope}\n"
        self.previous = seed_signature

    def _check(self, string_to_sign: str, signature: str) -> bool:
        expected = hmac.digest(self._key, string_to_sign.encode("ascii"), "sha256").hex()
        if not hmac.compare_digest(expected, signature.lower()):
            return False
        self.previous = expected
        return True

    def chunk(self, data_sha256_hex: str, signature: str) -> bool:
        return self._check(
            f"{self._prefix_payload}{self.previous}\n{EMPTY_SHA256}\n{data_sha256_hex}", signature
        )

    def trailer(self, canonical_trailers: str, signature: str) -> bool:
        digest = hashlib.sha256(canonical_trailers.encode("utf-8")).hexdigest()
        return self._check(f"{self._prefix_trailer}{self.previous}\n{digest}", signature)


class _Source:
    """Pulls lines and byte runs out of an async iterator of arbitrary pieces, copying little."""

    __slots__ = ("_buf", "_eof", "_it", "_pos")

    def __init__(self, source: AsyncIterator[bytes]) -> None:
        self._it = source
        self._buf = b""
        self._pos = 0
        self._eof = False

    async def _fill(self) -> bool:
        while self._pos >= len(self._buf):
            if self._eof:
                return False
            try:
                piece = await self._it.__anext__()
            except StopAsyncIteration:
                self._eof = True
                return False
            self._buf, self._pos = bytes(piece), 0
        return True

    async def readline(self) -> bytes | None:
        """One CRLF-terminated line without its CRLF; None at a clean end of the body."""
        parts: list[bytes] = []
        size = 0
        while True:
            if not await self._fill():
                if parts:
                    raise IncompleteBody(INCOMPLETE)
                return None
            idx = self._buf.find(b"\n", self._pos, self._pos + _MAX_LINE)
            if idx >= 0:
                parts.append(self._buf[self._pos : idx + 1])
                self._pos = idx + 1
                line = b"".join(parts) if len(parts) > 1 else parts[0]
                if len(line) < 2 or line[-2] != 0x0D:
                    raise IncompleteBody("The body of the aws-chunked request is malformed.")
                return line[:-2]
            piece = self._buf[self._pos : self._pos + _MAX_LINE]
            parts.append(piece)
            self._pos += len(piece)
            size += len(piece)
            if size >= _MAX_LINE:
                raise IncompleteBody("The body of the aws-chunked request is malformed.")

    async def read_upto(self, n: int) -> bytes:
        if not await self._fill():
            raise IncompleteBody(INCOMPLETE)
        buf, pos = self._buf, self._pos
        end = min(pos + n, len(buf))
        self._pos = end
        return buf if pos == 0 and end == len(buf) else buf[pos:end]

    async def expect_crlf(self) -> None:
        got = b""
        while len(got) < 2:
            got += await self.read_upto(2 - len(got))
        if got != b"\r\n":
            raise IncompleteBody("The body of the aws-chunked request is malformed.")


class AwsChunkedBody:
    """The decoded payload of an aws-chunked body, as an async iterator of bytes.

    After the iteration ends, ``trailers`` holds the trailing headers (lower-case names, the
    trailer signature left out) and ``decoded_length`` the number of payload bytes.
    """

    def __init__(
        self,
        source: AsyncIterator[bytes],
        *,
        signed: bool,
        trailer: bool,
        signer: ChunkSigner | None = None,
        declared_trailers: Sequence[str] = (),
        decoded_length: int | None = None,
    ) -> None:
        self._src = _Source(source)
        self._signed = signed
        self._trailer = trailer
        self._signer = signer
        self._declared = [t.strip().lower() for t in declared_trailers if t.strip()]
        self._expected_length = decoded_length
        algos = [a for a in map(checksums.algorithm_of_header, self._declared) if a]
        self._checksum_algo = algos[0] if algos else None
        self.trailers: dict[str, str] = {}
        self.decoded_length = 0
        self._gen = self._decode()

    @property
    def checksum_algorithm(self) -> str | None:
        """The algorithm of the ``x-amz-checksum-*`` trailer ``x-amz-trailer`` announced (``crc32``...),
        whether or not ``x-amz-sdk-checksum-algorithm`` named it too."""
        return self._checksum_algo

    def __aiter__(self) -> AwsChunkedBody:
        return self

    async def __anext__(self) -> bytes:
        return await self._gen.__anext__()

    async def aclose(self) -> None:
        await self._gen.aclose()

    async def _decode(self) -> AsyncGenerator[bytes, None]:
        src = self._src
        signer = self._signer
        checksum = checksums.new_checksum(self._checksum_algo) if self._checksum_algo else None
        expected = self._expected_length
        pending: bytes | None = None  # the newest piece, held back until the next one (or the end)
        number = 0
        previous_size = -1
        total = 0
        while True:
            line = await src.readline()
            if line is None:
                raise IncompleteBody(INCOMPLETE)
            size, signature = self._parse_chunk_header(line)
            number += 1
            if size and 0 <= previous_size < MIN_CHUNK_SIZE:
                raise InvalidChunkSizeError(
                    f"Only the last chunk is allowed to have a size less than {MIN_CHUNK_SIZE} bytes",
                    Chunk=str(number - 1),
                    BadChunkSize=str(previous_size),
                )
            total += size
            if expected is not None and total > expected:
                raise IncompleteBody(INCOMPLETE)
            digest = hashlib.sha256() if signer is not None else None
            hold = signer is not None and size <= HOLD_LIMIT
            held: list[bytes] = []
            remaining = size
            while remaining:
                piece = await src.read_upto(remaining)
                remaining -= len(piece)
                if digest is not None:
                    digest.update(piece)
                if checksum is not None:
                    checksum.update(piece)
                if hold:
                    held.append(piece)
                else:
                    if pending is not None:
                        yield pending
                    pending = piece
            if size:
                await src.expect_crlf()
            if signer is not None and digest is not None and not signer.chunk(digest.hexdigest(), signature):
                raise SignatureDoesNotMatch(S3_SIGNATURE_MISMATCH)
            for piece in held:
                if pending is not None:
                    yield pending
                pending = piece
            if size == 0:
                break
            previous_size = size
        self.decoded_length = total
        await self._read_trailers()
        if expected is not None and total != expected:
            raise IncompleteBody(INCOMPLETE)
        if checksum is not None and self._checksum_algo is not None:
            self._check_trailing_checksum(self._checksum_algo, checksum.digest())
        if pending is not None:
            yield pending

    def _parse_chunk_header(self, line: bytes) -> tuple[int, str]:
        size_part, _, ext = line.partition(b";")
        try:
            size = int(size_part, 16)
        except ValueError:
            raise IncompleteBody("The body of the aws-chunked request is malformed.") from None
        if size < 0:
            raise IncompleteBody("The body of the aws-chunked request is malformed.")
        signature = ""
        if self._signed:
            name, _, value = ext.partition(b"=")
            if name.strip() != b"chunk-signature" or not value:
                raise SignatureDoesNotMatch(S3_SIGNATURE_MISMATCH)
            signature = value.strip().decode("ascii", "replace")
        return size, signature

    async def _read_trailers(self) -> None:
        src = self._src
        trailer_signature: str | None = None
        canonical: list[str] = []
        while True:
            line = await src.readline()
            if not line:  # blank line, or a body that ends right after the last trailer
                break
            name_b, sep, value_b = line.partition(b":")
            if not sep or not self._trailer:
                raise MalformedTrailerError(MALFORMED)
            name = name_b.decode("latin-1").strip().lower()
            value = value_b.decode("latin-1").strip()
            if name == "x-amz-trailer-signature":
                trailer_signature = value
                continue
            if name not in self._declared:
                raise MalformedTrailerError(MALFORMED)
            self.trailers[name] = value
            canonical.append(f"{name}:{value}\n")
        for name in self._declared:
            if name not in self.trailers:
                raise MalformedTrailerError(MALFORMED)
        signer = self._signer
        if (
            signer is not None
            and self._trailer
            and not (trailer_signature is not None and signer.trailer("".join(canonical), trailer_signature))
        ):
            raise SignatureDoesNotMatch(S3_SIGNATURE_MISMATCH)

    def _check_trailing_checksum(self, algo: str, digest: bytes) -> None:
        header = f"x-amz-checksum-{algo}"
        value = self.trailers.get(header, "")
        if not checksums.is_valid_b64(algo, value):
            raise InvalidRequest(f"Value for {header} trailing header is invalid.")
        if checksums.b64(digest) != value:
            raise BadDigest(f"The {algo.upper()} you specified did not match the calculated checksum.")


async def once(body: bytes) -> AsyncIterator[bytes]:
    """A whole body as a one-piece stream."""
    if body:
        yield body


async def read_all(stream: AsyncIterator[bytes]) -> bytes:
    """Decodes a stream fully; only for bodies that were in memory to begin with."""
    return b"".join([piece async for piece in stream])
