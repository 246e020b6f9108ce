"""The gateway's HPACK decoder gives exactly what ``hpack.Decoder`` gives: same headers, same table, same
errors (h2 turns any of them into a connection error)."""

from __future__ import annotations

import random

import pytest
from hpack import Decoder, Encoder, HPACKDecodingError
from hpack.huffman import HuffmanEncoder
from hpack.huffman_constants import REQUEST_CODES, REQUEST_CODES_LENGTH
from hpack.huffman_table import decode_huffman as hpack_huffman
from hpack.struct import NeverIndexedHeaderTuple
from overcast_gateway.http2_hpack import FastDecoder, FastEncoder, decode_huffman

_HUFFMAN = HuffmanEncoder(REQUEST_CODES, REQUEST_CODES_LENGTH)


def _outcome(decoder: Decoder, block: bytes) -> object:
    try:
        headers = decoder.decode(block, raw=True)
    except HPACKDecodingError as error:
        return type(error)
    return [(type(h), tuple(h)) for h in headers], list(decoder.header_table.dynamic_entries)


@pytest.mark.parametrize(
    ("encoded", "plain"),
    [  # RFC 7541 Appendix C.4 and C.6
        ("f1e3c2e5f23a6ba0ab90f4ff", b"www.example.com"),
        ("a8eb10649cbf", b"no-cache"),
        ("25a849e95ba97d7f", b"custom-key"),
        ("25a849e95bb8e8b4bf", b"custom-value"),
        ("6402", b"302"),
        ("aec3771a4b", b"private"),
        ("d07abe941054d444a8200595040b8166e082a62d1bff", b"Mon, 21 Oct 2013 20:13:21 GMT"),
        ("9d29ad171863c78f0b97c8e9ae82ae43d3", b"https://www.example.com"),
        ("640eff", b"307"),
        ("9bd9ab", b"gzip"),
    ],
)
def test_huffman_rfc7541_vectors(encoded: str, plain: bytes) -> None:
    assert decode_huffman(bytes.fromhex(encoded)) == plain


def test_huffman_matches_hpack_on_random_strings_and_garbage() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
        assert decode_huffman(_HUFFMAN.encode(text)) == text
        garbage = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
        try:
            expected: object = hpack_huffman(garbage)
        except HPACKDecodingError:
            expected = HPACKDecodingError
        try:
            got: object = decode_huffman(garbage)
        except HPACKDecodingError:
            got = HPACKDecodingError
        assert got == expected, garbage.hex()


def test_rfc7541_request_sequence_with_huffman() -> None:
    # Appendix C.4: three requests on one connection, the dynamic table carried across
    blocks = [
        "828684418cf1e3c2e5f23a6ba0ab90f4ff",
        "828684be5886a8eb10649cbf",
        "828785bf408825a849e95ba97d7f8925a849e95bb8e8b4bf",
    ]
    ours, theirs = FastDecoder(), Decoder()
    for block in blocks:
        assert _outcome(ours, bytes.fromhex(block)) == _outcome(theirs, bytes.fromhex(block))
    assert ours.decode(bytes.fromhex("82"), raw=True) == [(b":method", b"GET")]


def test_decoder_matches_hpack_on_random_header_blocks() -> None:
    rng = random.Random(11)
    names = [b":method", b":path", b"authorization", b"x-amz-date", b"content-type", b"x-custom", b"a" * 130]
    encoder = Encoder()
    ours, theirs = FastDecoder(), Decoder()
    for round_ in range(400):
        headers = []
        for _ in range(rng.randrange(1, 8)):
            value = bytes(rng.randrange(32, 127) for _ in range(rng.choice([0, 3, 20, 200])))
            header = (rng.choice(names), value)
            headers.append(NeverIndexedHeaderTuple(*header) if rng.random() < 0.2 else header)
        if round_ % 50 == 7:
            encoder.header_table_size = rng.choice([0, 256, 4096])
        block = encoder.encode(headers, huffman=rng.random() < 0.7)
        assert _outcome(ours, block) == _outcome(theirs, block)


def test_decoder_matches_hpack_on_corrupt_blocks() -> None:
    rng = random.Random(5)
    encoder = Encoder()
    base = encoder.encode([(b":path", b"/x"), (b"authorization", b"AWS4-HMAC-SHA256 Credential=x" * 3)])
    for _ in range(2000):
        block = bytearray(base)
        for _ in range(rng.randrange(1, 4)):
            block[rng.randrange(len(block))] = rng.randrange(256)
        block = block[: rng.randrange(1, len(block) + 1)]
        assert _outcome(FastDecoder(), bytes(block)) == _outcome(Decoder(), bytes(block)), block.hex()


def test_oversized_header_list_is_refused_like_hpack() -> None:
    block = Encoder().encode([(b"x-big", b"v" * 300)])
    for decoder in (FastDecoder(), Decoder()):
        decoder.max_header_list_size = 100
        assert _outcome(decoder, block) is not None
        with pytest.raises(HPACKDecodingError, match="larger than 100"):
            decoder.decode(block, raw=True)


def test_encoder_output_decodes_to_the_same_headers_whatever_the_table_size() -> None:
    rng = random.Random(13)
    names = [b":status", b"content-type", b"x-amzn-requestid", b"date", b"content-length", b"x-" + b"n" * 200]
    encoder, decoder = FastEncoder(), Decoder()
    for round_ in range(300):
        if round_ % 40 == 5:  # the client's SETTINGS_HEADER_TABLE_SIZE changed
            encoder.header_table_size = decoder.max_allowed_table_size = rng.choice([0, 100, 4096])
        headers = [(b":status", rng.choice([b"200", b"100", b"404", b"503"]))]
        for _ in range(rng.randrange(0, 6)):
            headers.append(
                (rng.choice(names), bytes(rng.randrange(32, 127) for _ in range(rng.choice([0, 5, 300]))))
            )
        block = encoder.encode(headers)
        assert decoder.decode(block, raw=True) == headers
        assert not decoder.header_table.dynamic_entries  # nothing indexed: no state to keep in step


def test_encoder_uses_the_static_table() -> None:
    assert FastEncoder().encode([(b":status", b"200"), (b"content-type", b"a/b")]) == b"\x88\x0f\x10\x03a/b"
