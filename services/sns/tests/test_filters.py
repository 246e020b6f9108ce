"""Filter policies: every operator on message attributes and on the message body, and AWS's errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from overcast_common.api.sns import InvalidParameterException
from overcast_sns.filters import validate


def s(value: str) -> dict[str, str]:
    return {"DataType": "String", "StringValue": value}


def n(value: str) -> dict[str, str]:
    return {"DataType": "Number", "StringValue": value}


def arr(*values: Any) -> dict[str, str]:
    return {"DataType": "String.Array", "StringValue": json.dumps(list(values))}


def attrs_match(policy: dict[str, Any], attributes: dict[str, Any]) -> bool:
    return validate(json.dumps(policy), "MessageAttributes", subscribe=True).matches(attributes, "")


def body_match(policy: dict[str, Any], body: Any) -> bool:
    text = body if isinstance(body, str) else json.dumps(body)
    return validate(json.dumps(policy), "MessageBody", subscribe=True).matches(None, text)


@pytest.mark.parametrize(
    ("policy", "attributes", "expected"),
    [
        ({"c": ["red"]}, {"c": s("red")}, True),
        ({"c": ["red"]}, {"c": s("blue")}, False),
        ({"c": ["red"]}, {}, False),
        ({"c": ["red", "blue"]}, {"c": s("blue")}, True),
        ({"c": ["red"]}, {"c": arr("blue", "red")}, True),
        ({"c": [{"prefix": "re"}]}, {"c": s("red")}, True),
        ({"c": [{"suffix": "ed"}]}, {"c": s("red")}, True),
        ({"c": [{"suffix": "ue"}]}, {"c": s("red")}, False),
        ({"c": [{"equals-ignore-case": "RED"}]}, {"c": s("rEd")}, True),
        ({"c": [{"anything-but": "red"}]}, {"c": s("blue")}, True),
        ({"c": [{"anything-but": ["red", "blue"]}]}, {"c": s("blue")}, False),
        ({"c": [{"anything-but": "red"}]}, {}, False),
        ({"c": [{"anything-but": {"prefix": "re"}}]}, {"c": s("red")}, False),
        ({"c": [{"anything-but": {"prefix": "re"}}]}, {"c": s("blue")}, True),
        ({"c": [{"anything-but": {"suffix": "ue"}}]}, {"c": s("blue")}, False),
        ({"p": [{"numeric": [">", 10, "<=", 20]}]}, {"p": n("20")}, True),
        ({"p": [{"numeric": [">", 10, "<=", 20]}]}, {"p": n("10")}, False),
        ({"p": [{"numeric": ["=", 3.5]}]}, {"p": n("3.5")}, True),
        ({"p": [{"numeric": [">", 1]}]}, {"p": s("5")}, False),  # numeric needs a Number attribute
        ({"p": [5]}, {"p": n("5.0")}, True),
        ({"p": [5]}, {"p": s("5")}, False),
        ({"p": [{"anything-but": [1, 2]}]}, {"p": n("3")}, True),
        ({"c": [{"exists": True}]}, {"c": s("x")}, True),
        ({"c": [{"exists": True}]}, {}, False),
        ({"c": [{"exists": False}]}, {}, True),
        ({"c": [{"exists": False}]}, {"c": s("x")}, False),
        ({"ip": [{"cidr": "10.0.0.0/24"}]}, {"ip": s("10.0.0.42")}, True),
        ({"ip": [{"cidr": "10.0.0.0/24"}]}, {"ip": s("10.0.1.1")}, False),
        ({"b": ["x"]}, {"b": {"DataType": "Binary", "BinaryValue": b"x"}}, False),  # binary is ignored
        ({"c": ["red"], "p": [{"numeric": [">", 0]}]}, {"c": s("red"), "p": n("1")}, True),
        ({"c": ["red"], "p": [{"numeric": [">", 0]}]}, {"c": s("red")}, False),
        ({"$or": [{"c": ["red"]}, {"p": [{"numeric": [">", 0]}]}]}, {"p": n("1")}, True),
        ({"$or": [{"c": ["red"]}, {"p": [{"numeric": [">", 0]}]}]}, {"c": s("blue")}, False),
        ({}, {}, True),
    ],
)
def test_message_attributes_scope(policy: dict[str, Any], attributes: dict[str, Any], expected: bool) -> None:
    assert attrs_match(policy, attributes) is expected


@pytest.mark.parametrize(
    ("policy", "body", "expected"),
    [
        ({"order": {"status": ["paid"]}}, {"order": {"status": "paid"}}, True),
        ({"order": {"status": ["paid"]}}, {"order": {"status": "new"}}, False),
        ({"order": {"total": [{"numeric": [">=", 100]}]}}, {"order": {"total": 150}}, True),
        ({"items": {"sku": [{"prefix": "A-"}]}}, {"items": [{"sku": "B-1"}, {"sku": "A-2"}]}, True),
        ({"tags": ["x"]}, {"tags": ["y", "x"]}, True),
        ({"flag": [True]}, {"flag": True}, True),
        ({"flag": [True]}, {"flag": "true"}, False),
        ({"gone": [None]}, {"gone": None}, True),
        ({"gone": [{"exists": False}]}, {"other": 1}, True),
        ({"a": {"b": [{"exists": True}]}}, {"a": {"b": 0}}, True),
        ({"a": {"$or": [{"b": ["1"]}, {"c": ["2"]}]}}, {"a": {"c": "2"}}, True),
        ({"a": ["x"]}, "not json", False),
        ({"a": ["x"]}, [1, 2], False),
    ],
)
def test_message_body_scope(policy: dict[str, Any], body: Any, expected: bool) -> None:
    assert body_match(policy, body) is expected


@pytest.mark.parametrize(
    ("policy", "scope", "message"),
    [
        ("{", "MessageAttributes", "FilterPolicy: failed to parse JSON."),
        ({"a": "x"}, "MessageAttributes", 'FilterPolicy: "a" must be an object or an array'),
        ({"a": []}, "MessageAttributes", "FilterPolicy: Empty arrays are not allowed"),
        ({"a": [{"x": 1}]}, "MessageAttributes", "FilterPolicy: Unrecognized match type x"),
        ({"a": [{"prefix": 1}]}, "MessageAttributes", "FilterPolicy: prefix match pattern must be a string"),
        (
            {"a": [{"exists": "yes"}]},
            "MessageAttributes",
            "FilterPolicy: exists match pattern must be either true or false.",
        ),
        ({"a": [{"numeric": ["<"]}]}, "MessageAttributes", "FilterPolicy: Value of < must be numeric"),
        (
            {"a": [{"numeric": ["~", 1]}]},
            "MessageAttributes",
            "FilterPolicy: Unrecognized numeric range operator: ~",
        ),
        (
            {"a": [{"numeric": ["<", 1, ">", 0]}]},
            "MessageAttributes",
            "FilterPolicy: Too many elements in numeric expression",
        ),
        (
            {"a": [{"numeric": [">", 5, "<", 1]}]},
            "MessageAttributes",
            "FilterPolicy: Bottom must be less than top",
        ),
        (
            {"a": [{"cidr": "10.0.0.0"}]},
            "MessageAttributes",
            "FilterPolicy: Malformed CIDR, one '/' required",
        ),
        (
            {"a": [{"anything-but": {"wild": "x"}}]},
            "MessageAttributes",
            "FilterPolicy: Unsupported anything-but pattern: wild",
        ),
        (
            {"a": [[1]]},
            "MessageAttributes",
            "FilterPolicy: Match value must be String, number, true, false, or null",
        ),
        (
            {"a": [{"prefix": "a", "suffix": "b"}]},
            "MessageAttributes",
            "FilterPolicy: Only one key allowed in match expression",
        ),
        (
            {"a": {"b": ["c"]}},
            "MessageAttributes",
            "Filter policy scope MessageAttributes does not support nested filter policy",
        ),
        (
            {k: ["x"] for k in "abcdef"},
            "MessageAttributes",
            "FilterPolicy: Filter policy can not have more than 5 keys",
        ),
        (
            {k: [str(i) for i in range(6)] for k in "abc"},
            "MessageAttributes",
            "FilterPolicy: Filter policy is too complex",
        ),
    ],
)
def test_validation_errors(policy: Any, scope: str, message: str) -> None:
    text = policy if isinstance(policy, str) else json.dumps(policy)
    with pytest.raises(InvalidParameterException) as subscribe_error:
        validate(text, scope, subscribe=True)
    assert subscribe_error.value.message == f"Invalid parameter: Attributes Reason: {message}"
    assert subscribe_error.value.code == "InvalidParameter"
    with pytest.raises(InvalidParameterException) as set_error:
        validate(text, scope, subscribe=False)
    assert set_error.value.message == f"Invalid parameter: {message}"
