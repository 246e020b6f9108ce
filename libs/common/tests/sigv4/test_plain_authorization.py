"""The string-method parse of the common ``Authorization`` form agrees with the pattern it stands in for."""

from __future__ import annotations

import random

from overcast_common.sigv4.verifier import _PLAIN_AUTHORIZATION, _plain_parts

HEADER = (
    "AWS4-HMAC-SHA256 Credential=test/20261129/us-east-1/sqs/aws4_request, "
    "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
    "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
)


def test_the_sdk_form_is_parsed_without_the_pattern() -> None:
    match = _PLAIN_AUTHORIZATION(HEADER)
    assert match is not None and _plain_parts(HEADER) == match.groups()
    compact = HEADER.replace(", ", ",")
    match = _PLAIN_AUTHORIZATION(compact)
    assert match is not None and _plain_parts(compact) == match.groups()


def test_unusual_headers_are_left_to_the_pattern() -> None:
    for header in (
        HEADER.replace("test/", "te\x00st/"),  # the pattern accepts it: its answer, not ours
        HEADER.replace("test/", "tést/"),
        HEADER + ",",
        HEADER.replace(", Signature", ",  Signature"),
        HEADER.replace("Signature=", "Signature= "),
        "AWS4-HMAC-SHA256 Credential=, SignedHeaders=host, Signature=ab",
    ):
        assert _plain_parts(header) is None


def test_agrees_with_the_pattern_on_mutated_headers() -> None:
    pieces = [*"ab,= \t\x00\x1c\xa0é/;", "Credential=", "SignedHeaders=", "Signature=", ", "]
    rng = random.Random(7)
    fast = 0
    for _ in range(20_000):
        chars = list(HEADER)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(chars))
            if rng.random() < 0.5:
                chars.insert(at, rng.choice(pieces))
            else:
                del chars[at]
        header = "".join(chars)
        parts = _plain_parts(header)
        if parts is not None:
            fast += 1
            match = _PLAIN_AUTHORIZATION(header)
            assert match is not None and match.groups() == parts, header
    assert fast > 1_000  # the comparison really ran on the fast path
