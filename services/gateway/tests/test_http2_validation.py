"""``http2.malformed`` refuses exactly the header blocks h2's own inbound validation refuses (the gateway
turns that off for speed and checks here instead)."""

from __future__ import annotations

import random

import pytest
from h2.exceptions import ProtocolError
from h2.utilities import HeaderValidationFlags, normalize_inbound_headers, validate_headers
from overcast_gateway.http2 import malformed

_GOOD = [
    (b":method", b"POST"),
    (b":path", b"/"),
    (b":scheme", b"http"),
    (b":authority", b"localhost:4566"),
    (b"content-type", b"application/x-amz-json-1.0"),
    (b"authorization", b"AWS4-HMAC-SHA256 Credential=x, Signature=0a"),
    (b"cookie", b"a=1"),
    (b"cookie", b"b=2"),
]
_NAMES = [
    b":method",
    b":path",
    b":scheme",
    b":authority",
    b":status",
    b":protocol",
    b":other",
    b":",
    b"",
    b"host",
    b"te",
    b"connection",
    b"keep-alive",
    b"upgrade",
    b"transfer-encoding",
    b"proxy-connection",
    b"Content-Type",
    b"x-a:b",
    b"x a",
    b"x\x7f",
    b"x-ok",
    b"cookie",
]
_VALUES = [
    b"",
    b"GET",
    b"CONNECT",
    b"/",
    b"http",
    b"localhost:4566",
    b"other",
    b"trailers",
    b"Trailers",
    b"gzip",
    b" lead",
    b"trail\t",
    b"a\x00b",
    b"a\nb",
    b"a\rb",
    b"in side",
    b"\xff\xfe",
    b" ",
    b"\t",
    b"a\n",
    b"\r",
]


def _h2_refuses(headers: list[tuple[bytes, bytes]], trailers: bool) -> bool:
    flags = HeaderValidationFlags(
        is_client=False, is_trailer=trailers, is_response_header=False, is_push_promise=False
    )
    try:
        list(validate_headers(normalize_inbound_headers(headers, flags), flags))
    except ProtocolError:
        return True
    return False


def _ours_refuses(headers: list[tuple[bytes, bytes]], trailers: bool) -> bool:
    flags = HeaderValidationFlags(
        is_client=False, is_trailer=trailers, is_response_header=False, is_push_promise=False
    )
    return malformed(list(normalize_inbound_headers(headers, flags)), trailers) is not None


@pytest.mark.parametrize("trailers", [False, True])
def test_same_verdict_as_h2_on_mutated_header_blocks(trailers: bool) -> None:
    rng = random.Random(3 + trailers)
    refused = 0
    for _ in range(6000):
        headers = list(_GOOD if not trailers else _GOOD[4:])
        for _ in range(rng.randrange(0, 3)):
            action = rng.randrange(4)
            if action == 0 and headers:
                del headers[rng.randrange(len(headers))]
            elif action == 1:
                headers.insert(rng.randrange(len(headers) + 1), (rng.choice(_NAMES), rng.choice(_VALUES)))
            elif action == 2 and headers:
                i = rng.randrange(len(headers))
                headers[i] = (headers[i][0], rng.choice(_VALUES))
            elif headers:
                i, j = rng.randrange(len(headers)), rng.randrange(len(headers))
                headers[i], headers[j] = headers[j], headers[i]
        expected = _h2_refuses(headers, trailers)
        assert _ours_refuses(headers, trailers) == expected, headers
        refused += expected
    assert 1000 < refused < 5000  # both verdicts well exercised


def test_good_requests_pass() -> None:
    assert malformed(_GOOD, False) is None
    assert malformed([(b":method", b"CONNECT"), (b":authority", b"h:1")], False) is None
    assert (
        malformed([(b":method", b"GET"), (b":path", b"/"), (b":scheme", b"http"), (b"host", b"h")], False)
        is None
    )


def test_empty_trailers_pass() -> None:
    assert malformed([], True) is None
    assert malformed([], False) == "no :method"
