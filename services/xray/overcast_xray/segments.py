"""Segment documents as the X-Ray SDKs, the daemon and PutTraceSegments send them, validated as AWS does.

A document is either a **segment** (a service's work for one request; ``trace_id``, ``id``, ``name``,
``start_time``, ``end_time`` or ``in_progress``) or an **independent subsegment** (``"type":
"subsegment"``, with ``trace_id`` and ``parent_id``), which SDKs send separately when a segment grows
large; reads merge it back into its parent. A bad document is refused alone with AWS's error code, the
rest of the batch is kept (``UnprocessedTraceSegments``).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from typing import Any

from overcast_xray.ids import SEGMENT_ID, TRACE_ID

MAX_DOCUMENT_BYTES = 64 * 1024
MAX_NAME = 200
MAX_ANNOTATION_KEY = 500
MAX_ANNOTATION_VALUE = 1000
MAX_ANNOTATIONS = 50
NAME_PUNCTUATION = frozenset("_.:/%&#=+\\-@")
ANNOTATION_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
FLAGS = ("error", "fault", "throttle", "in_progress")
_COMPACT = json.JSONEncoder(separators=(",", ":"))
"""``json.dumps(doc, separators=(",", ":"))`` without building an encoder per document."""


class InvalidSegment(ValueError):
    """A document AWS would refuse; ``code`` is its ``UnprocessedTraceSegments`` ErrorCode."""

    def __init__(self, code: str, segment_id: str | None, subsegment: bool = False) -> None:
        self.code = code
        self.segment_id = segment_id
        kind = "subsegment" if subsegment else "segment"
        super().__init__(f"Invalid {kind}. ErrorCode: {code}")


@dataclass(frozen=True)
class SegmentRecord:
    """One accepted document, with the fields the store indexes."""

    trace_id: str
    id: str
    name: str
    start_time: float
    end_time: float | None
    """None while ``in_progress``."""
    parent_id: str | None
    independent: bool
    """An independent subsegment (merged into its parent on read)."""
    document: dict[str, Any]
    encoded: str | None = field(default=None, compare=False, repr=False)
    """The document as JSON (what :meth:`to_json` gives), when whoever made the record already had it."""

    @property
    def last_time(self) -> float:
        return self.start_time if self.end_time is None else self.end_time

    def to_json(self) -> str:
        return _COMPACT.encode(self.document) if self.encoded is None else self.encoded


def encode_document(document: dict[str, Any]) -> str:
    """A document as the store keeps it: compact JSON (``SegmentRecord.to_json``)."""
    return _COMPACT.encode(document)


def parse_document(text: str) -> SegmentRecord:
    """Validate one document (JSON text); raises :class:`InvalidSegment`."""
    if len(text.encode()) > MAX_DOCUMENT_BYTES:
        raise InvalidSegment("SegmentTooLarge", None)
    try:
        doc = json.loads(text)
    except ValueError:
        raise InvalidSegment("InvalidJson", None) from None
    if not isinstance(doc, dict):
        raise InvalidSegment("MissingId", None)
    return validate(doc)


def validate(doc: dict[str, Any]) -> SegmentRecord:
    independent = doc.get("type") == "subsegment"
    raw_id = doc.get("id")
    segment_id = raw_id if isinstance(raw_id, str) else None

    def fail(code: str) -> InvalidSegment:
        return InvalidSegment(code, segment_id, independent)

    if "type" in doc and doc["type"] != "subsegment":
        raise fail("InvalidType")
    trace_id = doc.get("trace_id")
    if trace_id is None:
        raise fail("MissingTraceId")
    if not isinstance(trace_id, str) or not TRACE_ID.match(trace_id):
        raise fail("InvalidTraceId")
    parent_id = doc.get("parent_id")
    if independent and parent_id is None:
        raise fail("MissingParentId")
    if parent_id is not None and (not isinstance(parent_id, str) or not SEGMENT_ID.match(parent_id)):
        raise fail("InvalidParentId")
    _check_entity(doc, fail)
    start = float(doc["start_time"])
    end = doc.get("end_time")
    return SegmentRecord(
        trace_id=trace_id,
        id=str(doc["id"]),
        name=str(doc["name"]),
        start_time=start,
        end_time=None if end is None else float(end),
        parent_id=parent_id,
        independent=independent,
        document=doc,
    )


def _check_entity(doc: dict[str, Any], fail: Any) -> None:
    """The fields a segment and every subsegment share (recursively)."""
    if "id" not in doc:
        raise fail("MissingId")
    if not isinstance(doc["id"], str) or not SEGMENT_ID.match(doc["id"]):
        raise fail("InvalidId")
    if "name" not in doc:
        raise fail("MissingName")
    if not valid_name(doc["name"]):
        raise fail("InvalidName")
    if "start_time" not in doc:
        raise fail("MissingStartTime")
    if not _number(doc["start_time"]) or doc["start_time"] < 0:
        raise fail("InvalidStartTime")
    for flag in FLAGS:
        if flag in doc and not isinstance(doc[flag], bool):
            raise fail(f"Invalid{flag.title().replace('_', '')}")
    if "end_time" in doc:
        if not _number(doc["end_time"]) or doc["end_time"] < doc["start_time"]:
            raise fail("InvalidEndTime")
    elif doc.get("in_progress") is not True:
        raise fail("MissingEndTime")
    if "namespace" in doc and doc["namespace"] not in ("aws", "remote", "local"):
        raise fail("InvalidNamespace")
    if "annotations" in doc:
        _check_annotations(doc["annotations"], fail)
    if "metadata" in doc:
        _check_metadata(doc["metadata"], fail)
    if "http" in doc:
        _check_http(doc["http"], fail)
    for block in ("aws", "sql", "service"):
        if block in doc and not isinstance(doc[block], dict):
            raise fail(f"Invalid{block.upper() if block != 'service' else 'Service'}")
    for text_field in ("origin", "user", "resource_arn"):
        if text_field in doc and not isinstance(doc[text_field], str):
            raise fail(f"Invalid{text_field.title().replace('_', '')}")
    if "cause" in doc:
        cause = doc["cause"]
        if isinstance(cause, str):
            if not SEGMENT_ID.match(cause):
                raise fail("InvalidCause")
        elif not isinstance(cause, dict) or not isinstance(cause.get("exceptions", []), list):
            raise fail("InvalidCause")
    if "precursor_ids" in doc and not (
        isinstance(doc["precursor_ids"], list)
        and all(isinstance(p, str) and SEGMENT_ID.match(p) for p in doc["precursor_ids"])
    ):
        raise fail("InvalidPrecursorIds")
    if "subsegments" in doc:
        subs = doc["subsegments"]
        if not isinstance(subs, list):
            raise fail("InvalidSubsegments")
        for sub in subs:
            if not isinstance(sub, dict):
                raise fail("InvalidSubsegments")
            _check_entity(sub, fail)


def valid_name(name: object) -> bool:
    """Unicode letters, numbers and whitespace, and ``_ . : / % & # = + \\ - @``; 1 to 200 characters."""
    return isinstance(name, str) and 0 < len(name) <= MAX_NAME and _valid_name_text(name)


@functools.lru_cache(maxsize=4096)  # names recur on every segment of a service: check each once
def _valid_name_text(name: str) -> bool:
    return all(ch.isalnum() or ch.isspace() or ch in NAME_PUNCTUATION for ch in name)


def valid_annotation_key(key: object) -> bool:
    return isinstance(key, str) and 0 < len(key) <= MAX_ANNOTATION_KEY and set(key) <= ANNOTATION_KEY_CHARS


def _check_annotations(annotations: object, fail: Any) -> None:
    if not isinstance(annotations, dict) or len(annotations) > MAX_ANNOTATIONS:
        raise fail("InvalidAnnotations")
    for key, value in annotations.items():
        if not valid_annotation_key(key):
            raise fail("InvalidAnnotationKey")
        if isinstance(value, str):
            if len(value) > MAX_ANNOTATION_VALUE:
                raise fail("InvalidAnnotationValue")
        elif not (isinstance(value, bool) or _number(value)):
            raise fail("InvalidAnnotationValue")


def _check_metadata(metadata: object, fail: Any) -> None:
    if not isinstance(metadata, dict):
        raise fail("InvalidMetadata")
    for namespace in metadata:
        if namespace.startswith("AWS."):
            raise fail("InvalidMetadata")  # reserved for AWS's own services


def _check_http(http: object, fail: Any) -> None:
    if not isinstance(http, dict):
        raise fail("InvalidHttp")
    request, response = http.get("request", {}), http.get("response", {})
    if not isinstance(request, dict) or not isinstance(response, dict):
        raise fail("InvalidHttp")
    status = response.get("status")
    if status is not None and (isinstance(status, bool) or not isinstance(status, int)):
        raise fail("InvalidHttpStatus")
    length = response.get("content_length")
    if length is not None and not _number(length):
        raise fail("InvalidHttp")


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
