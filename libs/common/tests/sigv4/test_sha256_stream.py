"""A streamed payload with a signed ``x-amz-content-sha256``: pieces pass on, the last one only once the
hash matched (the verifier's own iterator class, compiled by ``make install``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from overcast_common.errors import ServiceError
from overcast_common.identity import StaticCredentials
from overcast_common.sigv4 import authenticate
from overcast_common.sigv4.testing import signed_request

EP = "http://localhost:4566"


async def _pieces(data: bytes, step: int) -> AsyncIterator[bytes]:
    for i in range(0, len(data), step):
        yield data[i : i + step]


async def test_a_changed_byte_fails_before_the_last_piece_leaves(creds: StaticCredentials) -> None:
    data = b"x" * 20_000
    request = signed_request("PUT", f"{EP}/bucket/key", service="s3", body=data)
    request.body, request.stream = b"", _pieces(data[:-1] + b"y", 8000)
    await authenticate(request, service="s3", credentials=creds)
    assert request.stream is not None
    got: list[bytes] = []
    with pytest.raises(ServiceError) as raised:
        async for piece in request.stream:
            got.append(piece)
    assert raised.value.code == "XAmzContentSHA256Mismatch" and raised.value.status_code == 400
    assert got == [data[:8000], data[8000:16000]]  # the third, last piece was held back
    with pytest.raises(StopAsyncIteration):  # finished, as a generator that raised is
        await request.stream.__anext__()


async def test_an_empty_stream_is_checked_too(creds: StaticCredentials) -> None:
    request = signed_request("PUT", f"{EP}/bucket/key", service="s3", body=b"")
    request.body, request.stream = b"", _pieces(b"", 1)
    await authenticate(request, service="s3", credentials=creds)
    assert request.stream is not None
    assert [p async for p in request.stream] == []
