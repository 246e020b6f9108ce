"""Segment document validation: what AWS accepts and the ErrorCode of what it refuses."""

from __future__ import annotations

from typing import Any

import pytest
from overcast_xray.provider import validate_documents
from overcast_xray.segments import InvalidSegment, parse_document

from .conftest import segment, text


def code_of(doc: dict[str, Any] | str) -> str:
    with pytest.raises(InvalidSegment) as err:
        parse_document(doc if isinstance(doc, str) else text(doc))
    return err.value.code


def test_a_full_segment_is_accepted() -> None:
    doc = segment(
        "api.example.com",
        origin="AWS::EC2::Instance",
        http={"request": {"method": "GET", "url": "https://x/y"}, "response": {"status": 200}},
        annotations={"customer": "alice", "amount": 3.5, "vip": True},
        metadata={"debug": {"k": [1, 2]}},
        aws={"xray": {"sdk": "X-Ray for Python"}},
        error=False,
        fault=False,
        subsegments=[
            {
                "id": "0123456789abcdef",
                "name": "DynamoDB",
                "namespace": "aws",
                "start_time": 1.0,
                "end_time": 2.0,
            }
        ],
    )
    record = parse_document(text(doc))
    assert (record.trace_id, record.id, record.name) == (doc["trace_id"], doc["id"], "api.example.com")
    assert not record.independent


def test_in_progress_needs_no_end_time() -> None:
    doc = segment()
    del doc["end_time"]
    doc["in_progress"] = True
    assert parse_document(text(doc)).end_time is None


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"id": None}, "MissingId"),
        ({"id": "xyz"}, "InvalidId"),
        ({"id": "0123456789ABCDEF"}, "InvalidId"),
        ({"trace_id": None}, "MissingTraceId"),
        ({"trace_id": "1-abc-def"}, "InvalidTraceId"),
        ({"trace_id": "2-5759e988-bd862e3fe1be46a994272793"}, "InvalidTraceId"),
        ({"name": None}, "MissingName"),
        ({"name": "bad<name>"}, "InvalidName"),
        ({"name": "x" * 201}, "InvalidName"),
        ({"start_time": None}, "MissingStartTime"),
        ({"start_time": "yesterday"}, "InvalidStartTime"),
        ({"end_time": None}, "MissingEndTime"),
        ({"end_time": 1.0}, "InvalidEndTime"),
        ({"annotations": {"bad key": "v"}}, "InvalidAnnotationKey"),
        ({"annotations": {"k": {"nested": 1}}}, "InvalidAnnotationValue"),
        ({"metadata": {"AWS.reserved": {}}}, "InvalidMetadata"),
        ({"http": {"response": {"status": "200"}}}, "InvalidHttpStatus"),
        ({"fault": "yes"}, "InvalidFault"),
        ({"cause": 42}, "InvalidCause"),
        ({"subsegments": [{"id": "0123456789abcdef", "name": "x", "start_time": 1}]}, "MissingEndTime"),
        ({"parent_id": "nope"}, "InvalidParentId"),
        ({"type": "subsegment"}, "MissingParentId"),
    ],
)
def test_invalid_documents(change: dict[str, Any], code: str) -> None:
    doc = segment()
    for key, value in change.items():
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value
    assert code_of(doc) == code


def test_unprocessed_entries_name_the_segment() -> None:
    good, bad = segment(), segment(name="bad|name")
    accepted, unprocessed = validate_documents([text(good), text(bad), "not json"])
    assert [r.id for r in accepted] == [good["id"]]
    assert unprocessed[0] == {
        "Id": bad["id"],
        "ErrorCode": "InvalidName",
        "Message": "Invalid segment. ErrorCode: InvalidName",
    }
    assert unprocessed[1]["ErrorCode"] == "InvalidJson" and "Id" not in unprocessed[1]


def test_independent_subsegment() -> None:
    parent = segment()
    sub = segment(
        "query", trace_id=parent["trace_id"], type="subsegment", parent_id=parent["id"], namespace="remote"
    )
    record = parse_document(text(sub))
    assert record.independent and record.parent_id == parent["id"]
    assert code_of({**sub, "name": ""}) == "InvalidName"
    with pytest.raises(InvalidSegment, match="Invalid subsegment"):
        parse_document(text({**sub, "name": ""}))
