"""S3 with two replicas on loopback: buckets partitioned across the replicas' own data directories.

Each replica keeps the bytes of the buckets it owns (rendezvous hashing of the bucket name,
``overcast_common.dispatch.partitioned``) under its own data directory; metadata is shared in PostgreSQL.
The gateway routes every call to the bucket's owner, a copy between buckets of different replicas
streams the source from its owner, and losing one replica makes only its buckets unavailable.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cluster_helpers import client, gateway_statuses
from overcast_common.dispatch.partitioned import owner

pytestmark = pytest.mark.timeout(240)

BUCKETS = [f"part-{i}-{hashlib.sha1(str(i).encode()).hexdigest()[:6]}" for i in range(8)]
BIG = os.urandom(6 * 1024 * 1024 + 17)  # several gRPC chunks, and a multipart copy source


def blob_files(data_dir: str) -> int:
    """Blob files of one replica (bodies above ``blobs.INLINE_MAX``; smaller ones share ``small.db``)."""
    root = Path(data_dir) / "s3" / "blobs"
    return sum(1 for p in root.rglob("*") if p.is_file() and not p.name.startswith("small.db"))


def body(bucket: str) -> bytes:
    return (f"hello {bucket} ".encode() * 20_000)[: 200 * 1024]  # a blob file of its own


def test_buckets_are_partitioned_across_two_s3_replicas(cluster_factory: Any) -> None:
    cluster = cluster_factory(
        services=("sts", "s3"), replicas={"s3": 2}, tracing=False, extra_env={"OVERCAST_S3_FSYNC": "0"}
    )
    s3, s3b = cluster.get("s3"), cluster.get("s3-2")
    assert s3.env["OVERCAST_REPLICA_INDEX"] == "0" and s3b.env["OVERCAST_REPLICA_INDEX"] == "1"
    assert s3.env["OVERCAST_DATA_DIR"] != s3b.env["OVERCAST_DATA_DIR"]  # a volume per replica
    owners = {b: owner(b, 2) for b in BUCKETS}
    assert set(owners.values()) == {0, 1}, "the test buckets must land on both replicas"

    api = client(cluster.endpoint, "s3")
    for bucket in BUCKETS:
        api.create_bucket(Bucket=bucket)
        api.put_object(Bucket=bucket, Key="hello.txt", Body=body(bucket))
    for bucket in BUCKETS:
        assert api.get_object(Bucket=bucket, Key="hello.txt")["Body"].read() == body(bucket)

    # each replica holds exactly the bytes of the buckets it owns
    before = [blob_files(p.env["OVERCAST_DATA_DIR"]) for p in (s3, s3b)]
    assert before == [sum(1 for o in owners.values() if o == i) for i in (0, 1)]

    # copies across replicas (both directions), single and multipart (UploadPartCopy with ranges)
    on0 = next(b for b, o in owners.items() if o == 0)
    on1 = next(b for b, o in owners.items() if o == 1)
    api.put_object(Bucket=on0, Key="big.bin", Body=BIG)
    api.copy_object(Bucket=on1, Key="copied.bin", CopySource={"Bucket": on0, "Key": "big.bin"})
    assert api.get_object(Bucket=on1, Key="copied.bin")["Body"].read() == BIG
    api.copy_object(Bucket=on0, Key="back.txt", CopySource=f"{on1}/hello.txt")
    assert api.get_object(Bucket=on0, Key="back.txt")["Body"].read() == body(on1)
    upload = api.create_multipart_upload(Bucket=on1, Key="parts.bin")["UploadId"]
    split = 5 * 1024 * 1024
    parts = []
    for number, (start, end) in enumerate([(0, split - 1), (split, len(BIG) - 1)], 1):
        got = api.upload_part_copy(
            Bucket=on1,
            Key="parts.bin",
            UploadId=upload,
            PartNumber=number,
            CopySource={"Bucket": on0, "Key": "big.bin"},
            CopySourceRange=f"bytes={start}-{end}",
        )
        parts.append({"PartNumber": number, "ETag": got["CopyPartResult"]["ETag"]})
    api.complete_multipart_upload(
        Bucket=on1, Key="parts.bin", UploadId=upload, MultipartUpload={"Parts": parts}
    )
    assert api.get_object(Bucket=on1, Key="parts.bin")["Body"].read() == BIG
    # the bytes of the copies landed on the destination's replica
    after = [blob_files(p.env["OVERCAST_DATA_DIR"]) for p in (s3, s3b)]
    assert after == [before[0] + 2, before[1] + 3]  # big.bin, back.txt | copied.bin, two parts

    # one replica down: only its buckets are unavailable (503), ListBuckets still shows all
    cluster.kill("s3-2")
    for bucket, index in owners.items():
        if index == 0:
            assert api.head_object(Bucket=bucket, Key="hello.txt")["ContentLength"] > 0
            continue
        with pytest.raises(ClientError) as caught:
            api.get_object(Bucket=bucket, Key="hello.txt")
        assert caught.value.response["Error"]["Code"] == "ServiceUnavailable"
        assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 503
    for _ in range(4):  # round-robin must skip the dead replica every time
        listed = {b["Name"] for b in api.list_buckets()["Buckets"]}
        assert set(BUCKETS) <= listed
    assert 500 not in gateway_statuses(cluster)
