"""S3 end to end: boto3 and the AWS CLI against a running Overcast (embedded or cluster)."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from .conftest import AwsCli, ClientFactory, Server

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def s3(client_factory: ClientFactory) -> Any:
    return client_factory("s3")


@pytest.fixture
def bucket(s3: Any) -> str:
    name = f"e2e-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def error_of(call: Any, **params: Any) -> dict[str, Any]:
    with pytest.raises(ClientError) as caught:
        call(**params)
    response: dict[str, Any] = caught.value.response
    return response


def test_bucket_lifecycle_and_errors(s3: Any, client_factory: ClientFactory) -> None:
    name = f"e2e-{uuid.uuid4().hex[:12]}"
    assert error_of(s3.create_bucket, Bucket="Bad_Name")["Error"]["Code"] == "InvalidBucketName"
    s3.create_bucket(Bucket=name)
    assert s3.get_bucket_location(Bucket=name)["LocationConstraint"] is None
    eu = client_factory("s3", region_name="eu-west-1")
    err = error_of(
        eu.create_bucket, Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
    )
    assert err["Error"]["Code"] == "BucketAlreadyOwnedByYou"
    err = error_of(eu.create_bucket, Bucket=f"{name}-eu")
    assert err["Error"]["Code"] == "IllegalLocationConstraintException"
    eu.create_bucket(Bucket=f"{name}-eu", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    assert eu.get_bucket_location(Bucket=f"{name}-eu")["LocationConstraint"] == "eu-west-1"
    assert {b["Name"] for b in s3.list_buckets(Prefix=name)["Buckets"]} == {name, f"{name}-eu"}
    s3.put_object(Bucket=name, Key="k", Body=b"x")
    err = error_of(s3.delete_bucket, Bucket=name)
    assert (err["Error"]["Code"], err["Error"]["BucketName"]) == ("BucketNotEmpty", name)
    s3.delete_object(Bucket=name, Key="k")
    s3.delete_bucket(Bucket=name)
    err = error_of(s3.head_bucket, Bucket=name)
    assert err["ResponseMetadata"]["HTTPStatusCode"] == 404
    err = error_of(s3.list_objects_v2, Bucket=name)
    assert (err["Error"]["Code"], err["Error"]["BucketName"]) == ("NoSuchBucket", name)


def test_objects_checksums_ranges_and_tags(s3: Any, bucket: str) -> None:
    data = os.urandom(100_000)
    put = s3.put_object(Bucket=bucket, Key="dir/obj", Body=data, Metadata={"k": "v"}, Tagging="a=1")
    crc = zlib.crc32(data).to_bytes(4, "big")
    assert put["ETag"] == f'"{hashlib.md5(data).hexdigest()}"'
    assert "ChecksumCRC32" in put  # boto3 sends CRC32 by default; S3 returns what it stored
    got = s3.get_object(Bucket=bucket, Key="dir/obj", ChecksumMode="ENABLED")
    assert got["Body"].read() == data and got["Metadata"] == {"k": "v"}
    import base64

    assert got["ChecksumCRC32"] == base64.b64encode(crc).decode()
    part = s3.get_object(Bucket=bucket, Key="dir/obj", Range="bytes=10-19")
    assert part["Body"].read() == data[10:20] and part["ContentRange"] == "bytes 10-19/100000"
    assert part["ResponseMetadata"]["HTTPStatusCode"] == 206
    err = error_of(s3.get_object, Bucket=bucket, Key="dir/obj", Range="bytes=100000-")
    assert (err["Error"]["Code"], err["ResponseMetadata"]["HTTPStatusCode"]) == ("InvalidRange", 416)
    err = error_of(s3.get_object, Bucket=bucket, Key="missing")
    assert (err["Error"]["Code"], err["Error"]["Key"]) == ("NoSuchKey", "missing")
    assert s3.get_object_tagging(Bucket=bucket, Key="dir/obj")["TagSet"] == [{"Key": "a", "Value": "1"}]
    s3.put_object_tagging(Bucket=bucket, Key="dir/obj", Tagging={"TagSet": [{"Key": "b", "Value": "2"}]})
    assert s3.get_object_tagging(Bucket=bucket, Key="dir/obj")["TagSet"] == [{"Key": "b", "Value": "2"}]
    s3.copy_object(Bucket=bucket, Key="copy", CopySource={"Bucket": bucket, "Key": "dir/obj"})
    assert s3.head_object(Bucket=bucket, Key="copy")["Metadata"] == {"k": "v"}
    attrs = s3.get_object_attributes(Bucket=bucket, Key="copy", ObjectAttributes=["ETag", "ObjectSize"])
    assert attrs["ObjectSize"] == len(data)


def test_conditional_requests(client_factory: ClientFactory, bucket: str) -> None:
    s3 = client_factory("s3")
    etag = s3.put_object(Bucket=bucket, Key="k", Body=b"v1")["ETag"]
    err = error_of(s3.get_object, Bucket=bucket, Key="k", IfMatch='"other"')
    assert err["ResponseMetadata"]["HTTPStatusCode"] == 412
    err = error_of(s3.head_object, Bucket=bucket, Key="k", IfNoneMatch=etag)
    assert err["ResponseMetadata"]["HTTPStatusCode"] == 304
    err = error_of(s3.put_object, Bucket=bucket, Key="k", Body=b"v2", IfNoneMatch="*")
    assert err["Error"]["Code"] == "PreconditionFailed"
    s3.put_object(Bucket=bucket, Key="k", Body=b"v2", IfMatch=etag)


def test_listing_and_versioning(s3: Any, bucket: str) -> None:
    for key in ("a/1", "a/2", "b", "c d"):
        s3.put_object(Bucket=bucket, Key=key, Body=b"")
    paginator = s3.get_paginator("list_objects_v2")
    pages = list(paginator.paginate(Bucket=bucket, Delimiter="/", PaginationConfig={"PageSize": 1}))
    keys = [c["Key"] for p in pages for c in p.get("Contents", [])]
    prefixes = [c["Prefix"] for p in pages for c in p.get("CommonPrefixes", [])]
    assert (keys, prefixes) == (["b", "c d"], ["a/"])
    v1 = s3.list_objects(Bucket=bucket, Prefix="a/")  # botocore asks for encoding-type=url and decodes
    assert [c["Key"] for c in v1["Contents"]] == ["a/1", "a/2"]
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    vid = s3.put_object(Bucket=bucket, Key="b", Body=b"new")["VersionId"]
    marker = s3.delete_object(Bucket=bucket, Key="b")
    assert marker["DeleteMarker"] is True
    err = error_of(s3.get_object, Bucket=bucket, Key="b", VersionId=marker["VersionId"])
    assert err["ResponseMetadata"]["HTTPStatusCode"] == 405
    assert err["ResponseMetadata"]["HTTPHeaders"]["x-amz-delete-marker"] == "true"
    assert s3.get_object(Bucket=bucket, Key="b", VersionId=vid)["Body"].read() == b"new"
    versions = s3.list_object_versions(Bucket=bucket, Prefix="b")
    assert [v["VersionId"] for v in versions["Versions"]] == [vid, "null"]
    assert versions["DeleteMarkers"][0]["VersionId"] == marker["VersionId"]


def test_multipart_with_boto3(s3: Any, bucket: str) -> None:
    upload = s3.create_multipart_upload(Bucket=bucket, Key="mp")
    parts = []
    for number, body in ((1, b"x" * (5 * MIB)), (2, b"tail")):
        etag = s3.upload_part(
            Bucket=bucket, Key="mp", UploadId=upload["UploadId"], PartNumber=number, Body=body
        )["ETag"]
        parts.append({"PartNumber": number, "ETag": etag})
    err = error_of(
        s3.complete_multipart_upload, Bucket=bucket, Key="mp", UploadId=upload["UploadId"],
        MultipartUpload={"Parts": list(reversed(parts))},
    )  # fmt: skip
    assert err["Error"]["Code"] == "InvalidPartOrder"
    done = s3.complete_multipart_upload(
        Bucket=bucket, Key="mp", UploadId=upload["UploadId"], MultipartUpload={"Parts": parts}
    )
    assert done["ETag"].endswith('-2"')
    assert s3.get_object(Bucket=bucket, Key="mp", PartNumber=2)["Body"].read() == b"tail"
    err = error_of(s3.list_parts, Bucket=bucket, Key="mp", UploadId=upload["UploadId"])
    assert err["Error"]["Code"] == "NoSuchUpload"


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_cli_high_level_commands(aws: AwsCli, tmp_path: Path) -> None:
    name = f"cli-{uuid.uuid4().hex[:12]}"
    assert aws("s3", "mb", f"s3://{name}").returncode == 0
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "one.txt").write_text("one")
    (src / "sub" / "two.txt").write_text("two")
    done = aws("s3", "sync", str(src), f"s3://{name}/tree")
    assert done.returncode == 0, done.stderr
    listing = aws("s3", "ls", "--recursive", f"s3://{name}")
    assert "tree/one.txt" in listing.stdout and "tree/sub/two.txt" in listing.stdout
    head = aws("s3api", "head-object", "--bucket", name, "--key", "tree/one.txt")
    assert head.returncode == 0 and '"ContentLength": 3' in head.stdout
    assert aws("s3", "cp", f"s3://{name}/tree/sub/two.txt", str(tmp_path / "back.txt")).returncode == 0
    assert (tmp_path / "back.txt").read_text() == "two"
    assert aws("s3", "rm", "--recursive", f"s3://{name}/tree").returncode == 0
    assert aws("s3", "rb", f"s3://{name}").returncode == 0


def test_cli_64_mib_multipart_round_trip_streams(aws: AwsCli, server: Server, tmp_path: Path) -> None:
    name = f"big-{uuid.uuid4().hex[:12]}"
    assert aws("s3", "mb", f"s3://{name}").returncode == 0
    source = tmp_path / "big.bin"
    with source.open("wb") as f:
        for _ in range(64):
            f.write(os.urandom(MIB))
    pid = server.process.pid if server.process is not None else None
    before = _rss_kib(pid) if pid else 0
    up = aws("s3", "cp", "--quiet", str(source), f"s3://{name}/big.bin")
    assert up.returncode == 0, up.stderr
    down = aws("s3", "cp", "--quiet", f"s3://{name}/big.bin", str(tmp_path / "back.bin"))
    assert down.returncode == 0, down.stderr
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert hashlib.sha256((tmp_path / "back.bin").read_bytes()).hexdigest() == digest
    head = aws("s3api", "head-object", "--bucket", name, "--key", "big.bin", "--checksum-mode", "ENABLED")
    assert head.returncode == 0, head.stderr
    described = json.loads(head.stdout)
    assert described["ContentLength"] == 67108864
    assert described["ETag"].strip('"').endswith("-8")  # 8 MiB parts: md5-of-md5s-8
    if pid:  # embedded: the server's RSS must not grow by anything like the object
        grown_mib = (_rss_kib(pid) - before) / 1024
        assert grown_mib < 48, f"server RSS grew {grown_mib:.0f} MiB for a 64 MiB round trip"
