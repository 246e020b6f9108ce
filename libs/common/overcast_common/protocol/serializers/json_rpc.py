"""The RPC body protocols: ``json`` (x-amz-json-1.0/1.1), ``json-cbor`` (the same in CBOR, Kinesis for the
Java SDK) and ``smithy-rpc-v2-cbor``. The body is the output structure; errors carry ``__type``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cbor2
from botocore.model import OperationModel, ServiceModel, StructureShape

from ...errors import ServiceError
from ...http import Headers, HttpResponse
from ..json_text import encode_compact
from ._common import (
    error_fields,
    error_shape,
    fault_name,
    is_query_compatible,
    message_member,
    query_error_code,
    type_name,
)
from ._document import DocumentBuilder, Encoding
from .eventstream import CONTENT_TYPE as EVENT_STREAM_TYPE
from .eventstream import event_body, initial_response

CBOR_1_1 = "application/x-amz-cbor-1.1"
RPC_V2_CBOR = "application/cbor"
_JSON_CONTENT_TYPE = "_overcast_json_content_type"


class RpcSerializer:
    def __init__(self, protocol: str) -> None:
        self.protocol = protocol
        self._encoding: Encoding = {"json": "json", "json-cbor": "cbor-millis"}.get(protocol, "cbor")  # type: ignore[assignment]
        self._builder = DocumentBuilder(self._encoding, serialized_names=protocol != "smithy-rpc-v2-cbor")

    def _content_type(self, model: ServiceModel) -> str:
        if self.protocol == "json":
            found: str | None = model.__dict__.get(_JSON_CONTENT_TYPE)
            if found is None:  # kept on the model object, so it lives exactly as long as the model does
                found = model.__dict__[_JSON_CONTENT_TYPE] = (
                    f"application/x-amz-json-{model.metadata.get('jsonVersion', '1.0')}"
                )
            return found
        return CBOR_1_1 if self.protocol == "json-cbor" else RPC_V2_CBOR

    def _encode(self, body: Any) -> bytes:
        if self._encoding == "json":
            return encode_compact(body).encode("utf-8")
        return bytes(cbor2.dumps(body))

    def _headers(self, model: ServiceModel, request_id: str) -> Headers:
        headers = Headers([("Content-Type", self._content_type(model)), ("x-amzn-RequestId", request_id)])
        if self.protocol == "smithy-rpc-v2-cbor":
            headers.set("smithy-protocol", "rpc-v2-cbor")
        return headers

    def response(self, operation: OperationModel, result: Mapping[str, Any], request_id: str) -> HttpResponse:
        shape = operation.output_shape
        if shape is not None and shape.event_stream_name:
            return self._event_stream(operation, shape, result, request_id)
        body = self._builder.structure(shape, result) if shape is not None else {}
        # Smithy: a Unit output has no body in rpc-v2-cbor; the JSON protocols still send {}
        payload = b"" if shape is None and self.protocol == "smithy-rpc-v2-cbor" else self._encode(body)
        return HttpResponse(200, self._headers(operation.service_model, request_id), payload)

    def _event_stream(
        self, operation: OperationModel, shape: StructureShape, result: Mapping[str, Any], request_id: str
    ) -> HttpResponse:
        stream_name = shape.event_stream_name
        content_type = self._content_type(operation.service_model)

        def encode(event: StructureShape, value: Mapping[str, Any]) -> tuple[bytes, str]:
            return self._encode(self._builder.structure(event, value)), content_type

        others = {k: v for k, v in result.items() if k != stream_name}
        first = initial_response(encode(shape, others)[0], content_type)
        headers = self._headers(operation.service_model, request_id)
        headers.set("Content-Type", EVENT_STREAM_TYPE)
        body = event_body(shape.members[stream_name], result.get(stream_name), encode, first)
        return HttpResponse(200, headers, stream=body)

    def error(
        self, model: ServiceModel, operation: OperationModel | None, error: ServiceError, request_id: str
    ) -> HttpResponse:
        shape = error_shape(model, operation, error.code)
        error_type = type_name(error, shape)
        body: dict[str, Any] = {"__type": error_type}
        body.update(_fields(self._builder, shape, error_fields(error, shape)))
        body[message_member(shape) or "message"] = error.message
        headers = self._headers(model, request_id)
        if self.protocol == "json":
            headers.set("x-amzn-ErrorType", error_type)
        if is_query_compatible(model):
            code = query_error_code(model, error, shape)
            headers.set("x-amzn-query-error", f"{code};{fault_name(error, shape)}")
        for name, value in error.headers.items():
            headers.set(name, value)
        return HttpResponse(error.status_code, headers, self._encode(body))


def _fields(
    builder: DocumentBuilder, shape: StructureShape | None, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """Modeled fields through their shape; unmodeled ones as given (they are plain data)."""
    modeled = {k: v for k, v in fields.items() if shape is not None and k in shape.members}
    out = builder.structure(shape, modeled) if shape is not None else {}
    for name, value in fields.items():
        if name not in modeled:
            out[name] = value
    return out
