"""Request parsers: an HTTP request in any AWS protocol -> the operation's input in the VALUE FORM.

One entry point, ``parse_request``; one module per protocol family (``query``, ``rpc``, ``rest``).
Parsers only decode: required members, ranges and patterns are the provider's to validate.
Input that cannot be decoded raises the protocol's typed client error (``SerializationException``
for JSON/CBOR, ``MalformedQueryString`` for query/ec2, ``MalformedXML``/``InvalidRequest`` for XML).
"""

from __future__ import annotations

from ._values import InvalidRequest, MalformedQueryString, MalformedXML
from .by_protocol import parse_request

__all__ = ["InvalidRequest", "MalformedQueryString", "MalformedXML", "parse_request"]
