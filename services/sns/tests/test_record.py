"""The delivery-log record: what Publish appends must come back whole, and records written in the
earlier all-JSON format (still in a log after an upgrade) must still be read."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from overcast_sns.messages import Published, iso_millis

TOPIC = "arn:aws:sns:us-east-1:000000000000:t"


def full() -> Published:
    return Published(
        TOPIC,
        "id-1",
        'line one\nline "two" \x1f\x02 ünïcode ✓ {"json": true}',
        "2030-01-01T00:00:00.123Z",
        "http://localhost:4566",
        subject="a subject",
        structure={"default": "d", "sqs": "s\x1f"},
        attributes={
            "text": {"DataType": "String", "StringValue": "v\x1f"},
            "bin": {"DataType": "Binary", "BinaryValue": b"\x00\x1f\xff"},
        },
        group_id="g",
        dedup_id="d",
        sequence_number="10000000000000000042",
    )


@pytest.mark.parametrize(
    "published",
    [
        full(),
        Published(TOPIC, "id-2", "plain", "2030-01-01T00:00:00.000Z", "http://gw"),
        Published(TOPIC, "id-3", "x\x1fy\x1fz", "2030-01-01T00:00:00.000Z", ""),
    ],
)
def test_round_trip(published: Published) -> None:
    data = published.encode()
    assert data[:1] == b"\x02"  # the compact form
    assert Published.decode(data) == published


def test_head_fields_holding_the_separator_fall_back_to_json() -> None:
    odd = Published(TOPIC, "id", "m", "2030-01-01T00:00:00.000Z", "http://odd\x1fhost")
    data = odd.encode()
    assert data[:1] == b"{"
    assert Published.decode(data) == odd


def test_lone_surrogates_fall_back_to_json() -> None:
    odd = Published(TOPIC, "id", "half \ud800 a pair", "2030-01-01T00:00:00.000Z", "http://gw")
    assert odd.encode()[:1] == b"{"
    assert Published.decode(odd.encode()) == odd


def test_records_of_the_json_format_still_decode() -> None:
    # exactly what the previous version appended
    old = {
        "t": TOPIC,
        "i": "id-1",
        "m": "hello",
        "ts": "2030-01-01T00:00:00.123Z",
        "u": "http://gw",
        "s": "subj",
        "a": {"b": {"DataType": "Binary", "BinaryValue": "AAE="}},
        "g": "g",
    }
    decoded = Published.decode(json.dumps(old, separators=(",", ":")).encode())
    assert decoded == Published(
        TOPIC,
        "id-1",
        "hello",
        "2030-01-01T00:00:00.123Z",
        "http://gw",
        subject="subj",
        attributes={"b": {"DataType": "Binary", "BinaryValue": b"\x00\x01"}},
        group_id="g",
    )


@pytest.mark.parametrize("damaged", [b"\x02only\x1ftwo", b"\x02\xff\xfe", b"not json", b"{}"])
def test_damaged_records_raise_what_delivery_skips(damaged: bytes) -> None:
    with pytest.raises((ValueError, KeyError, TypeError)):
        Published.decode(damaged)


def test_iso_millis() -> None:
    assert iso_millis(datetime(2030, 1, 2, 3, 4, 5, 999_999, tzinfo=UTC)) == "2030-01-02T03:04:05.999Z"
    assert iso_millis(datetime(2030, 1, 2, 3, 4, 6, 1_000, tzinfo=UTC)) == "2030-01-02T03:04:06.001Z"
    # another zone is shown in UTC, and the cached second is not reused for it
    plus_two = timezone(timedelta(hours=2))
    assert iso_millis(datetime(2030, 1, 2, 5, 4, 6, 2_000, tzinfo=plus_two)) == "2030-01-02T03:04:06.002Z"
    assert iso_millis(datetime(2030, 1, 2, 3, 4, 7, tzinfo=UTC)) == "2030-01-02T03:04:07.000Z"


def test_logged_attributes_are_what_the_log_gives_back() -> None:
    """Delivery takes Publish's own object instead of reading the record back: they must be equal."""
    from overcast_sns.messages import logged_attributes

    attributes = {
        "b": {"BinaryValue": bytearray(b"\x00\xff"), "DataType": "Binary"},
        "s": {"StringValue": "v", "DataType": "String.custom"},
    }
    published = Published(
        "arn:aws:sns:us-east-1:000000000000:t", "id", "body", "2030-01-01T00:00:00.000Z", "http://gw",
        subject="s", structure={"default": "d", "sqs": "q"}, attributes=logged_attributes(attributes),
        group_id="g", dedup_id="d",
    )  # fmt: skip
    decoded = Published.decode(published.encode())
    assert decoded == published
    assert list(decoded.attributes["b"]) == list(published.attributes["b"]) == ["DataType", "BinaryValue"]
    assert type(published.attributes["b"]["BinaryValue"]) is bytes
