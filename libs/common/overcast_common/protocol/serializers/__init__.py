"""Response and error serializers: the VALUE FORM back onto the wire, in the protocol the caller used.

One module per protocol family (``query``: query and ec2; ``rest``: rest-json and rest-xml; ``json_rpc``:
json, json-cbor and smithy-rpc-v2-cbor), all driven by the botocore model. The few facts the models lost
live in ``query_compat`` (SQS in query form) and ``s3_names`` (S3 document roots).
"""

from __future__ import annotations

from .by_protocol import serialize_error, serialize_response

__all__ = ["serialize_error", "serialize_response"]
