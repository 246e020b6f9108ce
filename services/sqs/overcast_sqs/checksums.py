"""MD5 digests exactly as SQS computes them (the SDKs recompute and compare them).

Message attributes are hashed in name order; each contributes its name, data type, a transport
byte (1 for strings and numbers, 2 for binary) and its value, every variable-length field preceded
by its length as a 4-byte big-endian integer. System attributes use the same encoding.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

_STRING = b"\x01"
_BINARY = b"\x02"


def md5_of_body(body: str) -> str:
    return hashlib.md5(body.encode()).hexdigest()


def md5_of_attributes(attributes: Mapping[str, Mapping[str, Any]]) -> str:
    digest = hashlib.md5()
    for name in sorted(attributes):
        value = attributes[name]
        data_type = value["DataType"]
        digest.update(_field(name.encode()))
        digest.update(_field(data_type.encode()))
        if "StringValue" in value:
            digest.update(_STRING)
            digest.update(_field(value["StringValue"].encode()))
        elif "BinaryValue" in value:
            digest.update(_BINARY)
            digest.update(_field(bytes(value["BinaryValue"])))
        elif "StringListValues" in value:
            digest.update(b"\x03")
            for item in value["StringListValues"]:
                digest.update(_field(item.encode()))
        elif "BinaryListValues" in value:
            digest.update(b"\x04")
            for item in value["BinaryListValues"]:
                digest.update(_field(bytes(item)))
    return digest.hexdigest()


def _field(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data
