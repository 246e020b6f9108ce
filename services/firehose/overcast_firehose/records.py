"""What flows through a delivery stream between the log and a destination."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Item:
    """One buffered record: its bytes, when Firehose received it, its place in the stream's log."""

    data: bytes
    arrival_ms: int
    offset: int
    kinesis: dict[str, str] | None = None
    """For records read from a Kinesis source: ``shardId``, ``partitionKey``, ``sequenceNumber``,
    ``approximateArrivalTimestamp`` (ms) — Lambda's ``kinesisRecordMetadata``."""


KINESIS_HEADERS = ("shardId", "partitionKey", "sequenceNumber", "approximateArrivalTimestamp")


def kinesis_metadata(headers: tuple[tuple[str, bytes], ...]) -> dict[str, str] | None:
    found = {k: v.decode() for k, v in headers if k in KINESIS_HEADERS}
    return found or None


@dataclass(frozen=True, slots=True)
class Failed:
    """A record a destination or processor gave up on, written to the error output as AWS writes it."""

    item: Item
    error_code: str
    error_message: str
    attempts: int
    ended_ms: int
    extra: dict[str, Any] = field(default_factory=dict)
    output_type: str = "processing-failed"
    """``!{firehose:error-output-type}``: where the error output puts it."""

    def document(self) -> bytes:
        """One JSON line of the error output (``attemptsMade``, ``arrivalTimestamp``, ``errorCode``,
        ``errorMessage``, ``attemptEndingTimestamp``, ``rawData`` and the destination's own fields)."""
        body: dict[str, Any] = {
            "attemptsMade": self.attempts,
            "arrivalTimestamp": self.item.arrival_ms,
            "errorCode": self.error_code,
            "errorMessage": self.error_message,
            "attemptEndingTimestamp": self.ended_ms,
            "rawData": base64.b64encode(self.item.data).decode(),
            **self.extra,
        }
        return json.dumps(body, separators=(",", ":")).encode() + b"\n"
