"""The codec's JSON fast paths give exactly what the standard library's general calls give."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pytest
from overcast_common.protocol import json_text

_GENERAL = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str)

ENCODED: list[Any] = [
    {},
    {"MD5OfMessageBody": "0123", "MessageId": "5fea7756-0ea4-451a-a703-a558b933e274"},
    {"é": "ünïcødé ☃ \U0001f600", "ctl": '\x00\x1f"\\\n', "surrogate": "\ud800"},
    {"n": [1, 2.5, -0.0, 1e308, 10**30, True, False, None], "nested": {"a": [{"b": {}}], "c": []}},
    {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf")},
    {"when": datetime.datetime(2026, 11, 29, tzinfo=datetime.UTC), "dec": Decimal("1.10"), "b": b"x"},
    {7: "int key", 2.5: "float key", True: "bool key", None: "none key"},
    {"tuple": (1, 2), "set-ish": frozenset()},
    ["not", "a", "dict"],
    "text",
    3,
]


@pytest.mark.parametrize("value", ENCODED, ids=range(len(ENCODED)))
def test_encode_compact_matches_the_general_encoder(value: Any) -> None:
    assert json_text.encode_compact(value) == _GENERAL.encode(value)


def _raised(call: Any, value: Any) -> tuple[type[BaseException], str]:
    with pytest.raises(Exception) as info:
        call(value)
    return type(info.value), str(info.value)


@pytest.mark.parametrize(
    "value",
    [{("tuple", "key"): 1}, {"x": object.__new__(type("Opaque", (), {"__str__": None}))}],
    ids=["bad key", "unprintable"],
)
def test_encode_compact_raises_what_the_general_encoder_raises(value: Any) -> None:
    assert _raised(json_text.encode_compact, value) == _raised(_GENERAL.encode, value)


def test_encode_compact_names_a_cycle_as_the_general_encoder_does() -> None:
    cycle: dict[str, Any] = {}
    cycle["self"] = [cycle]
    assert _raised(json_text.encode_compact, cycle) == (ValueError, "Circular reference detected")


DECODED = [
    "{}",
    '{"QueueUrl":"http://localhost:4566/000000000000/q","MessageBody":"x"}',
    '{"a": [1, 2.5, -3e-2, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00"}, "a": "dup"}',
    '{"big": 123456789012345678901234567890, "nan": NaN, "inf": -Infinity}',
    '{"a":1}   ',
    '{"a":1}\n',
]
MALFORMED = [
    "{",
    '{"a":1',
    '{"a":1}}',
    '{"a":1} x',
    '{"a":1}{"b":2}',
    "{'a':1}",
    '{"a":tru}',
    '{"a":"\x01"}',
    '{"a":"\\x"}',
    '{"a":1,}',
    '{"a" 1}',
    "{" * 100_000 + "}" * 100_000,
    '{"a":[' * 5000 + "]" * 5000 + "}",
]


@pytest.mark.parametrize("text", DECODED)
def test_decode_object_matches_the_general_decoder(text: str) -> None:
    found = json_text.decode_object(text)
    expected = json.JSONDecoder().decode(text)
    assert json.dumps(found, sort_keys=True) == json.dumps(expected, sort_keys=True)


@pytest.mark.parametrize("text", MALFORMED, ids=range(len(MALFORMED)))
def test_decode_object_raises_what_the_general_decoder_raises(text: str) -> None:
    fast, general = _raised(json_text.decode_object, text), _raised(json.JSONDecoder().decode, text)
    if general[0] is RecursionError:  # its message says where the stack ran out, nothing about the text
        assert fast[0] is RecursionError
    else:
        assert fast == general
