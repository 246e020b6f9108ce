"""The RPC protocols with a structured body: ``json`` (and Kinesis's CBOR form of it, ``json-cbor``)
and ``smithy-rpc-v2-cbor``. The operation comes from ``X-Amz-Target`` or the path (the router's job);
the whole input is the body.
"""

from __future__ import annotations

import json
from typing import Any

import cbor2
from botocore.model import OperationModel, StructureShape

from overcast_common.context import Protocol
from overcast_common.http import HttpRequest

from ..json_text import decode_object
from ._values import DecodeError, malformed
from .tree import TreeDecoder

_DECODERS: dict[str, TreeDecoder] = {
    "json": TreeDecoder(binary=False),
    "json-cbor": TreeDecoder(binary=True, epoch_millis=True),
    "smithy-rpc-v2-cbor": TreeDecoder(binary=True),
}


def parse_rpc(operation: OperationModel, protocol: Protocol, request: HttpRequest) -> dict[str, Any]:
    shape = operation.input_shape
    if shape is None:
        return {}
    assert isinstance(shape, StructureShape)
    try:
        document = _load(protocol, request.body)
        if document is None:
            return {}
        return _DECODERS[protocol].structure(shape, document)
    except DecodeError as exc:
        raise malformed(protocol, str(exc)) from exc


def _load(protocol: Protocol, body: bytes) -> Any:
    if not body.strip():
        return None
    if protocol == "json":
        try:
            if body[:1] == b"{" and len(body) > 1 and body[1]:
                # what json.loads(bytes) decodes an object starting with two non-zero bytes as (no BOM can
                # start with "{"), minus its encoding detection per call
                return decode_object(body.decode("utf-8", "surrogatepass"))
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise DecodeError(f"Invalid JSON body: {exc}") from exc
    try:
        return cbor2.loads(body)
    except (cbor2.CBORDecodeError, ValueError, EOFError) as exc:
        raise DecodeError(f"Invalid CBOR body: {exc}") from exc
