"""S3 with two replicas on loopback: background writes into a bucket the other replica owns.

Replication and server access-log delivery run on the replica owning the source bucket; when the
destination bucket is the other replica's, that replica writes it (``overcast_s3.partitions``:
``PUT_REPLICA``, ``DELIVER_LOG`` through ``peers``), so its bytes are on the volume that serves them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cluster_helpers import client, gateway_statuses
from overcast_common.dispatch.partitioned import owner

pytestmark = pytest.mark.timeout(240)

NAMES = [f"pw-{i}" for i in range(16)]
SOURCE = next(b for b in NAMES if owner(b, 2) == 0)
TARGET = next(b for b in NAMES if owner(b, 2) == 1)
BIG = bytes(range(256)) * 1024  # 256 KiB: a blob file of its own


def blob_files(data_dir: str) -> int:
    root = Path(data_dir) / "s3" / "blobs"
    return sum(1 for p in root.rglob("*") if p.is_file() and not p.name.startswith("small.db"))


def eventually(check: Callable[[], Any], timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = check()
        except Exception:  # not there yet (NoSuchKey...)
            if time.monotonic() > deadline:
                raise
            found = None
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError("not done in time")
        time.sleep(0.2)


def test_replication_and_access_logs_cross_replicas(cluster_factory: Any) -> None:
    cluster = cluster_factory(
        services=("sts", "s3"),
        replicas={"s3": 2},
        tracing=False,
        extra_env={"OVERCAST_S3_FSYNC": "0", "OVERCAST_S3_LOG_FLUSH_SECONDS": "1"},
    )
    s3, s3b = cluster.get("s3"), cluster.get("s3-2")
    api = client(cluster.endpoint, "s3")
    for bucket in (SOURCE, TARGET):
        api.create_bucket(Bucket=bucket)
        api.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    before = [blob_files(p.env["OVERCAST_DATA_DIR"]) for p in (s3, s3b)]

    rule = {
        "ID": "all",
        "Priority": 1,
        "Status": "Enabled",
        "Filter": {},
        "DeleteMarkerReplication": {"Status": "Enabled"},
        "Destination": {"Bucket": f"arn:aws:s3:::{TARGET}"},
    }
    api.put_bucket_replication(
        Bucket=SOURCE,
        ReplicationConfiguration={"Role": "arn:aws:iam::000000000000:role/r", "Rules": [rule]},
    )
    put = api.put_object(Bucket=SOURCE, Key="big.bin", Body=BIG)
    replica = eventually(lambda: api.get_object(Bucket=TARGET, Key="big.bin"))
    assert replica["Body"].read() == BIG
    assert replica["VersionId"] == put["VersionId"] and replica["ReplicationStatus"] == "REPLICA"
    eventually(lambda: api.head_object(Bucket=SOURCE, Key="big.bin")["ReplicationStatus"] == "COMPLETED")
    # the source's bytes on replica 0, the replica's on replica 1
    assert [blob_files(p.env["OVERCAST_DATA_DIR"]) for p in (s3, s3b)] == [before[0] + 1, before[1] + 1]

    # access logs of the source bucket, delivered into the other replica's bucket
    delivery = {
        "Effect": "Allow",
        "Principal": {"Service": "logging.s3.amazonaws.com"},
        "Action": "s3:PutObject",
        "Resource": f"arn:aws:s3:::{TARGET}/*",
    }
    api.put_bucket_policy(Bucket=TARGET, Policy=json.dumps({"Statement": [delivery]}))
    api.put_bucket_logging(
        Bucket=SOURCE,
        BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": TARGET, "TargetPrefix": "logs/"}},
    )
    time.sleep(1.2)  # the logging configuration is read again after its cache time on a replica
    api.head_object(Bucket=SOURCE, Key="big.bin")

    def delivered() -> str:
        for item in api.list_objects_v2(Bucket=TARGET, Prefix="logs/").get("Contents", []):
            text: str = api.get_object(Bucket=TARGET, Key=item["Key"])["Body"].read().decode()
            if " REST.HEAD.OBJECT big.bin " in text:
                return text
        return ""

    assert f" {SOURCE} " in eventually(delivered)
    assert 500 not in gateway_statuses(cluster)
