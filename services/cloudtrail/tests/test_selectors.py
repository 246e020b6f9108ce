"""Which S3 data events a trail logs: its selectors applied exactly, as AWS documents them."""

from __future__ import annotations

from typing import Any

from overcast_cloudtrail.selectors import trail_logs

ACCOUNT = "000000000000"
TRAIL = {"TrailARN": f"arn:aws:cloudtrail:us-east-1:{ACCOUNT}:trail/t", "HomeRegion": "us-east-1"}


def put(bucket: str, key: str, *, read_only: bool = False, name: str = "PutObject") -> dict[str, Any]:
    return {
        "recipientAccountId": ACCOUNT,
        "awsRegion": "us-east-1",
        "eventSource": "s3.amazonaws.com",
        "eventName": name,
        "readOnly": read_only,
        "eventCategory": "Data",
        "resources": [
            {"type": "AWS::S3::Object", "ARN": f"arn:aws:s3:::{bucket}/{key}"},
            {"accountId": ACCOUNT, "type": "AWS::S3::Bucket", "ARN": f"arn:aws:s3:::{bucket}"},
        ],
    }


def basic(*values: str, kind: str = "All") -> dict[str, Any]:
    return {"EventSelectors": [{"ReadWriteType": kind, "IncludeManagementEvents": False,
                                "DataResources": [{"Type": "AWS::S3::Object", "Values": list(values)}]}]}  # fmt: skip


def advanced(*fields: dict[str, Any]) -> dict[str, Any]:
    return {"AdvancedEventSelectors": [{"FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]},
                                                           {"Field": "resources.type", "Equals": ["AWS::S3::Object"]},
                                                           *fields]}]}  # fmt: skip


def test_basic_s3_object_selectors() -> None:
    assert trail_logs(TRAIL, basic("arn:aws:s3"), put("any", "k"))
    assert trail_logs(TRAIL, basic("arn:aws:s3:::logs/"), put("logs", "a/b"))
    assert trail_logs(TRAIL, basic("arn:aws:s3:::logs"), put("logs", "a/b"))  # the bucket alone: all of it
    assert not trail_logs(TRAIL, basic("arn:aws:s3:::logs"), put("logs2", "a/b"))  # not a name prefix
    assert trail_logs(TRAIL, basic("arn:aws:s3:::logs/a/"), put("logs", "a/b"))
    assert not trail_logs(TRAIL, basic("arn:aws:s3:::logs/a/"), put("logs", "b/a"))
    assert not trail_logs(
        TRAIL, basic("arn:aws:s3:::logs/", kind="WriteOnly"), put("logs", "k", read_only=True)
    )
    assert trail_logs(TRAIL, basic("arn:aws:s3:::logs/", kind="ReadOnly"), put("logs", "k", read_only=True))
    # management events are off in these selectors
    assert not trail_logs(TRAIL, basic("arn:aws:s3"), {**put("logs", "k"), "eventCategory": "Management"})


def test_advanced_s3_object_selectors_compare_object_arns() -> None:
    starts = {"Field": "resources.ARN", "StartsWith": ["arn:aws:s3:::logs/private/"]}
    assert trail_logs(TRAIL, advanced(starts), put("logs", "private/x"))
    assert not trail_logs(TRAIL, advanced(starts), put("logs", "public/x"))
    # the object event's bucket ARN is not one of its object ARNs
    bucket_only = {"Field": "resources.ARN", "Equals": ["arn:aws:s3:::logs"]}
    assert not trail_logs(TRAIL, advanced(bucket_only), put("logs", "x"))
    not_private = {"Field": "resources.ARN", "NotStartsWith": ["arn:aws:s3:::logs/private/"]}
    assert trail_logs(TRAIL, advanced(not_private), put("logs", "public/x"))
    assert not trail_logs(TRAIL, advanced(not_private), put("logs", "private/x"))
    names = {"Field": "eventName", "Equals": ["GetObject", "HeadObject"]}
    writes = {"Field": "readOnly", "Equals": ["false"]}
    assert trail_logs(TRAIL, advanced(names), put("logs", "x", name="GetObject", read_only=True))
    assert not trail_logs(TRAIL, advanced(names), put("logs", "x"))
    assert trail_logs(TRAIL, advanced(writes, starts), put("logs", "private/x"))
    assert not trail_logs(TRAIL, advanced(writes, starts), put("logs", "private/x", read_only=True))
    ends = {"Field": "resources.ARN", "EndsWith": [".csv", ".json"], "NotEndsWith": ["secret.json"]}
    assert trail_logs(TRAIL, advanced(ends), put("logs", "a.json"))
    assert not trail_logs(TRAIL, advanced(ends), put("logs", "secret.json"))
    assert not trail_logs(TRAIL, advanced(ends), put("logs", "a.txt"))
