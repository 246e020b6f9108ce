"""S3Provider through its dispatch handler, as the gateway calls it (values in botocore's parsed form)."""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_common.service import ServiceHandler
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import MIN_PART_SIZE, S3Provider
from overcast_s3.store.sql import SqlS3Store

ACCOUNT = "000000000000"
OTHER = "111122223333"


class Client:
    def __init__(self, handler: ServiceHandler) -> None:
        self.handler = handler

    async def __call__(
        self, operation: str, account: str = ACCOUNT, region: str = "us-east-1", **params: Any
    ) -> dict[str, Any]:
        context = RequestContext(
            request_id="r",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=account,
            region=region,
            principal=root_principal(account, "test"),
        )
        return await self.handler(context, params)

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    blobs = FileBlobStore(tmp_path / "blobs", fsync=False)
    yield Client(ServiceHandler(S3Provider(store, blobs), AllowRoot()))
    await store.close()


async def read(result: dict[str, Any]) -> bytes:
    return b"".join([chunk async for chunk in result["Body"]])


async def chunks(*pieces: bytes) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece


@pytest.mark.parametrize(
    "name",
    [
        "ab",
        "a" * 64,
        "Upper",
        "-start",
        "end-",
        "a..b",
        "192.168.5.4",
        "xn--abc",
        "sthree-x",
        "foo-s3alias",
        "a_b",
    ],
)
async def test_invalid_bucket_names(s3: Client, name: str) -> None:
    err = await s3.error("CreateBucket", Bucket=name)
    assert (err.code, err.status_code, err.fields["BucketName"]) == ("InvalidBucketName", 400, name)


async def test_bucket_ownership_rules(s3: Client) -> None:
    await s3("CreateBucket", Bucket="my.bucket-1")
    await s3("CreateBucket", Bucket="my.bucket-1")  # us-east-1: re-creating your own bucket succeeds
    err = await s3.error("CreateBucket", Bucket="my.bucket-1", account=OTHER)
    assert (err.code, err.status_code) == ("BucketAlreadyExists", 409)
    err = await s3.error(
        "CreateBucket",
        Bucket="my.bucket-1",
        region="eu-west-1",
        CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
    )
    assert err.code == "BucketAlreadyOwnedByYou"
    err = await s3.error("HeadBucket", Bucket="my.bucket-1", account=OTHER)
    assert err.status_code == 403


async def test_location_constraints(s3: Client) -> None:
    err = await s3.error("CreateBucket", Bucket="eu-one", region="eu-west-1")
    assert err.code == "IllegalLocationConstraintException"
    err = await s3.error(
        "CreateBucket", Bucket="eu-one", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
    )
    assert err.code == "IllegalLocationConstraintException"
    err = await s3.error(
        "CreateBucket", Bucket="eu-one", CreateBucketConfiguration={"LocationConstraint": "us-east-1"}
    )
    assert err.code == "InvalidLocationConstraint"
    await s3(
        "CreateBucket",
        Bucket="eu-one",
        region="eu-west-1",
        CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
    )
    assert await s3("GetBucketLocation", Bucket="eu-one") == {"LocationConstraint": "eu-west-1"}
    await s3("CreateBucket", Bucket="us-one")
    assert await s3("GetBucketLocation", Bucket="us-one") == {}


async def test_list_buckets_pages_and_prefix(s3: Client) -> None:
    for name in ("b-1", "b-2", "b-3", "c-1"):
        await s3("CreateBucket", Bucket=name)
    await s3("CreateBucket", Bucket="other-acct", account=OTHER)
    first = await s3("ListBuckets", MaxBuckets=2)
    assert [b["Name"] for b in first["Buckets"]] == ["b-1", "b-2"]
    rest = await s3("ListBuckets", MaxBuckets=2, ContinuationToken=first["ContinuationToken"])
    assert [b["Name"] for b in rest["Buckets"]] == ["b-3", "c-1"] and "ContinuationToken" not in rest
    assert [b["Name"] for b in (await s3("ListBuckets", Prefix="c"))["Buckets"]] == ["c-1"]


async def test_delete_bucket_not_empty_and_tagging(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    assert (await s3.error("GetBucketTagging", Bucket="bkt")).code == "NoSuchTagSet"
    await s3("PutBucketTagging", Bucket="bkt", Tagging={"TagSet": [{"Key": "a", "Value": "1"}]})
    assert (await s3("GetBucketTagging", Bucket="bkt"))["TagSet"] == [{"Key": "a", "Value": "1"}]
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"x")
    err = await s3.error("DeleteBucket", Bucket="bkt")
    assert (err.code, err.status_code) == ("BucketNotEmpty", 409)
    await s3("DeleteObject", Bucket="bkt", Key="k")
    await s3("DeleteBucket", Bucket="bkt")
    err = await s3.error("HeadBucket", Bucket="bkt")
    assert (err.code, err.status_code) == ("NoSuchBucket", 404)


async def test_put_get_streams_with_checksums_and_metadata(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    data = b"hello " * 10000
    crc = base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()
    put = await s3(
        "PutObject", Bucket="bkt", Key="dir/k", Body=chunks(data[:7], data[7:]), ChecksumAlgorithm="CRC32",
        Metadata={"color": "blue"}, ContentType="text/plain", Tagging="a=1&b=2",
    )  # fmt: skip
    assert put["ETag"] == f'"{hashlib.md5(data).hexdigest()}"' and put["ChecksumCRC32"] == crc
    got = await s3("GetObject", Bucket="bkt", Key="dir/k", ChecksumMode="ENABLED")
    assert await read(got) == data
    assert (got["ContentType"], got["Metadata"], got["ChecksumCRC32"], got["TagCount"]) == (
        "text/plain",
        {"color": "blue"},
        crc,
        2,
    )
    assert "VersionId" not in got  # versioning never enabled
    head = await s3("HeadObject", Bucket="bkt", Key="dir/k")
    assert head["ContentLength"] == len(data) and "Body" not in head and "ChecksumCRC32" not in head
    tags = await s3("GetObjectTagging", Bucket="bkt", Key="dir/k")
    assert tags["TagSet"] == [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]


async def test_digest_mismatches_keep_nothing(s3: Client, tmp_path: Path) -> None:
    await s3("CreateBucket", Bucket="bkt")
    wrong = base64.b64encode(hashlib.md5(b"other").digest()).decode()
    assert (
        await s3.error("PutObject", Bucket="bkt", Key="k", Body=b"data", ContentMD5=wrong)
    ).code == "BadDigest"
    assert (
        await s3.error("PutObject", Bucket="bkt", Key="k", Body=b"data", ContentMD5="nope")
    ).code == "InvalidDigest"
    assert (
        await s3.error("PutObject", Bucket="bkt", Key="k", Body=b"data", ChecksumCRC32="AAAAAA==")
    ).code == "BadDigest"
    assert (await s3.error("GetObject", Bucket="bkt", Key="k")).code == "NoSuchKey"
    assert [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == []


async def test_a_failing_body_stores_nothing(s3: Client, tmp_path: Path) -> None:
    await s3("CreateBucket", Bucket="bkt")

    async def broken() -> AsyncIterator[bytes]:
        yield b"partial"
        raise ServiceError("checksum did not match", code="BadDigest", status_code=400)

    assert (await s3.error("PutObject", Bucket="bkt", Key="k", Body=broken())).code == "BadDigest"
    assert (await s3.error("HeadObject", Bucket="bkt", Key="k")).status_code == 404
    assert [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == []


async def test_ranges(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"0123456789")
    for header, body, content_range in (
        ("bytes=2-4", b"234", "bytes 2-4/10"),
        ("bytes=7-", b"789", "bytes 7-9/10"),
        ("bytes=-3", b"789", "bytes 7-9/10"),
        ("bytes=8-100", b"89", "bytes 8-9/10"),
    ):
        got = await s3("GetObject", Bucket="bkt", Key="k", Range=header)
        assert (await read(got), got["ContentRange"], got["ContentLength"]) == (
            body,
            content_range,
            len(body),
        )
    err = await s3.error("GetObject", Bucket="bkt", Key="k", Range="bytes=10-")
    assert (err.code, err.status_code, err.fields["ActualObjectSize"]) == ("InvalidRange", 416, "10")
    got = await s3("GetObject", Bucket="bkt", Key="k", Range="items=1-2")  # unparseable: the whole object
    assert await read(got) == b"0123456789" and "ContentRange" not in got


async def test_conditional_reads_and_writes(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    etag = (await s3("PutObject", Bucket="bkt", Key="k", Body=b"v1"))["ETag"]
    head = await s3("HeadObject", Bucket="bkt", Key="k")
    modified = head["LastModified"]
    assert (await s3.error("GetObject", Bucket="bkt", Key="k", IfMatch='"nope"')).status_code == 412
    assert (await s3.error("GetObject", Bucket="bkt", Key="k", IfNoneMatch=etag)).status_code == 304
    assert (await s3.error("GetObject", Bucket="bkt", Key="k", IfModifiedSince=modified)).status_code == 304
    # If-Match wins over a failing If-Unmodified-Since, as AWS answers
    await s3("HeadObject", Bucket="bkt", Key="k", IfMatch=etag, IfUnmodifiedSince=modified.replace(year=2000))
    assert (
        await s3.error("HeadObject", Bucket="bkt", Key="k", IfUnmodifiedSince=modified.replace(year=2000))
    ).status_code == 412
    err = await s3.error("PutObject", Bucket="bkt", Key="k", Body=b"v2", IfNoneMatch="*")
    assert (err.code, err.status_code) == ("PreconditionFailed", 412)
    await s3("PutObject", Bucket="bkt", Key="new", Body=b"v2", IfNoneMatch="*")
    assert (
        await s3.error("PutObject", Bucket="bkt", Key="k", Body=b"v2", IfMatch='"other"')
    ).status_code == 412
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"v2", IfMatch=etag)
    assert (
        await s3.error("PutObject", Bucket="bkt", Key="absent", Body=b"v", IfMatch=etag)
    ).code == "NoSuchKey"


async def test_copy_object_directives(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    await s3(
        "PutObject",
        Bucket="bkt",
        Key="src",
        Body=b"data",
        Metadata={"a": "1"},
        ContentType="text/x",
        Tagging="t=1",
    )
    copied = await s3("CopyObject", Bucket="bkt", Key="dst", CopySource="bkt/src")
    assert copied["CopyObjectResult"]["ETag"] == f'"{hashlib.md5(b"data").hexdigest()}"'
    head = await s3("HeadObject", Bucket="bkt", Key="dst")
    assert (head["Metadata"], head["ContentType"]) == ({"a": "1"}, "text/x")
    await s3(
        "CopyObject", Bucket="bkt", Key="dst2", CopySource="/bkt/src", MetadataDirective="REPLACE",
        Metadata={"b": "2"}, TaggingDirective="REPLACE", Tagging="u=2",
    )  # fmt: skip
    head = await s3("HeadObject", Bucket="bkt", Key="dst2")
    assert head["Metadata"] == {"b": "2"} and head["ContentType"] == "binary/octet-stream"
    assert (await s3("GetObjectTagging", Bucket="bkt", Key="dst2"))["TagSet"] == [{"Key": "u", "Value": "2"}]
    err = await s3.error("CopyObject", Bucket="bkt", Key="src", CopySource="bkt/src")
    assert err.code == "InvalidRequest"
    assert (
        await s3.error("CopyObject", Bucket="bkt", Key="x", CopySource="bkt/src", CopySourceIfMatch='"no"')
    ).status_code == 412


async def test_listing_v1_v2_delimiters_and_pages(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    keys = ["a/1", "a/2", "b", "c/x/1", "c/y", "d", "e f+g"]
    for key in keys:
        await s3("PutObject", Bucket="bkt", Key=key, Body=b"")
    listed = await s3("ListObjectsV2", Bucket="bkt", Delimiter="/")
    assert [c["Key"] for c in listed["Contents"]] == ["b", "d", "e f+g"]
    assert [p["Prefix"] for p in listed["CommonPrefixes"]] == ["a/", "c/"]
    seen: list[str] = []
    token = None
    while True:
        page = await s3(
            "ListObjectsV2",
            Bucket="bkt",
            Delimiter="/",
            MaxKeys=2,
            **({"ContinuationToken": token} if token else {}),
        )
        seen += [c["Key"] for c in page.get("Contents", [])] + [
            p["Prefix"] for p in page.get("CommonPrefixes", [])
        ]
        assert page["KeyCount"] <= 2
        if not page["IsTruncated"]:
            break
        token = page["NextContinuationToken"]
    assert sorted(seen) == ["a/", "b", "c/", "d", "e f+g"]
    under_c = await s3("ListObjectsV2", Bucket="bkt", Prefix="c/", Delimiter="/", FetchOwner=True)
    assert [c["Key"] for c in under_c["Contents"]] == ["c/y"] and "Owner" in under_c["Contents"][0]
    assert [p["Prefix"] for p in under_c["CommonPrefixes"]] == ["c/x/"]
    v1 = await s3("ListObjects", Bucket="bkt", Delimiter="/", MaxKeys=1, Marker="a/")
    assert (v1["Contents"][0]["Key"], v1["NextMarker"]) == ("b", "b")
    encoded = await s3("ListObjectsV2", Bucket="bkt", Prefix="e", EncodingType="url")
    assert encoded["Contents"][0]["Key"] == "e%20f%2Bg"
    after = await s3("ListObjectsV2", Bucket="bkt", StartAfter="c/y")
    assert [c["Key"] for c in after["Contents"]] == ["d", "e f+g"]


async def test_versioning_delete_markers_and_null_versions(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"null-version")
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration={"Status": "Enabled"})
    assert (await s3("GetBucketVersioning", Bucket="bkt"))["Status"] == "Enabled"
    v1 = (await s3("PutObject", Bucket="bkt", Key="k", Body=b"one"))["VersionId"]
    deleted = await s3("DeleteObject", Bucket="bkt", Key="k")
    assert deleted["DeleteMarker"] is True
    err = await s3.error("GetObject", Bucket="bkt", Key="k")
    assert (err.code, err.headers["x-amz-delete-marker"]) == ("NoSuchKey", "true")
    err = await s3.error("GetObject", Bucket="bkt", Key="k", VersionId=deleted["VersionId"])
    assert (err.code, err.status_code) == ("MethodNotAllowed", 405)
    assert await read(await s3("GetObject", Bucket="bkt", Key="k", VersionId=v1)) == b"one"
    assert await read(await s3("GetObject", Bucket="bkt", Key="k", VersionId="null")) == b"null-version"
    versions = await s3("ListObjectVersions", Bucket="bkt")
    assert [v["VersionId"] for v in versions["Versions"]] == [v1, "null"]
    assert versions["DeleteMarkers"][0]["IsLatest"] is True
    page = await s3("ListObjectVersions", Bucket="bkt", MaxKeys=1)
    assert page["IsTruncated"] and page["NextVersionIdMarker"] == deleted["VersionId"]
    rest = await s3(
        "ListObjectVersions", Bucket="bkt", KeyMarker="k", VersionIdMarker=page["NextVersionIdMarker"]
    )
    assert [v["VersionId"] for v in rest["Versions"]] == [v1, "null"]
    removed = await s3("DeleteObject", Bucket="bkt", Key="k", VersionId=deleted["VersionId"])
    assert removed["DeleteMarker"] is True
    assert await read(await s3("GetObject", Bucket="bkt", Key="k")) == b"one"
    await s3("PutBucketVersioning", Bucket="bkt", VersioningConfiguration={"Status": "Suspended"})
    await s3("PutObject", Bucket="bkt", Key="k", Body=b"suspended")
    ids = [v["VersionId"] for v in (await s3("ListObjectVersions", Bucket="bkt"))["Versions"]]
    assert ids == ["null", v1]  # the suspended write replaced the old null version
    err = await s3.error("GetObject", Bucket="bkt", Key="k", VersionId="nosuchversion")
    assert err.code == "NoSuchVersion"


async def test_delete_objects_reports_each_key(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    await s3("PutObject", Bucket="bkt", Key="a", Body=b"")
    result = await s3("DeleteObjects", Bucket="bkt", Delete={"Objects": [{"Key": "a"}, {"Key": "never"}]})
    assert [d["Key"] for d in result["Deleted"]] == ["a", "never"]
    assert (
        "Contents" not in (await s3("ListObjectsV2", Bucket="bkt"))
        or not (await s3("ListObjectsV2", Bucket="bkt"))["Contents"]
    )


async def test_multipart_rules_etag_and_composite_checksum(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    upload = await s3(
        "CreateMultipartUpload", Bucket="bkt", Key="big", ChecksumAlgorithm="CRC32", Metadata={"m": "1"}
    )
    uid = upload["UploadId"]
    assert upload["ChecksumType"] == "COMPOSITE"
    one, two = b"a" * MIN_PART_SIZE, b"b" * 10
    p1 = await s3("UploadPart", Bucket="bkt", Key="big", UploadId=uid, PartNumber=1, Body=one)
    p2 = await s3("UploadPart", Bucket="bkt", Key="big", UploadId=uid, PartNumber=2, Body=two)
    small = await s3("UploadPart", Bucket="bkt", Key="big", UploadId=uid, PartNumber=3, Body=b"tiny")
    assert (
        await s3.error("UploadPart", Bucket="bkt", Key="big", UploadId=uid, PartNumber=10001, Body=b"")
    ).code == "InvalidArgument"
    listed = await s3("ListParts", Bucket="bkt", Key="big", UploadId=uid, MaxParts=2)
    assert [p["PartNumber"] for p in listed["Parts"]] == [1, 2] and listed["IsTruncated"]
    uploads = await s3("ListMultipartUploads", Bucket="bkt")
    assert [u["UploadId"] for u in uploads["Uploads"]] == [uid]

    def parts(*items: tuple[int, dict[str, Any]]) -> dict[str, Any]:
        return {
            "Parts": [
                {"PartNumber": n, "ETag": p["ETag"], "ChecksumCRC32": p["ChecksumCRC32"]} for n, p in items
            ]
        }

    err = await s3.error(
        "CompleteMultipartUpload",
        Bucket="bkt",
        Key="big",
        UploadId=uid,
        MultipartUpload=parts((2, p2), (1, p1)),
    )
    assert err.code == "InvalidPartOrder"
    err = await s3.error(
        "CompleteMultipartUpload",
        Bucket="bkt",
        Key="big",
        UploadId=uid,
        MultipartUpload=parts((2, p2), (3, small)),
    )
    assert err.code == "EntityTooSmall"
    err = await s3.error(
        "CompleteMultipartUpload", Bucket="bkt", Key="big", UploadId=uid,
        MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": '"0000"'}]},
    )  # fmt: skip
    assert err.code == "InvalidPart"
    done = await s3(
        "CompleteMultipartUpload",
        Bucket="bkt",
        Key="big",
        UploadId=uid,
        MultipartUpload=parts((1, p1), (2, p2)),
    )
    md5s = hashlib.md5(hashlib.md5(one).digest() + hashlib.md5(two).digest()).hexdigest()
    assert done["ETag"] == f'"{md5s}-2"'
    crcs = base64.b64decode(p1["ChecksumCRC32"]) + base64.b64decode(p2["ChecksumCRC32"])
    assert done["ChecksumCRC32"] == base64.b64encode(zlib.crc32(crcs).to_bytes(4, "big")).decode() + "-2"
    got = await s3(
        "GetObject", Bucket="bkt", Key="big", Range=f"bytes={MIN_PART_SIZE - 2}-{MIN_PART_SIZE + 1}"
    )
    assert await read(got) == b"aabb"
    part2 = await s3("GetObject", Bucket="bkt", Key="big", PartNumber=2)
    assert (await read(part2), part2["PartsCount"]) == (two, 2)
    attrs = await s3(
        "GetObjectAttributes", Bucket="bkt", Key="big", ObjectAttributes=["ETag", "ObjectParts", "ObjectSize"]
    )
    assert (attrs["ETag"], attrs["ObjectSize"], attrs["ObjectParts"]["TotalPartsCount"]) == (
        f"{md5s}-2",
        MIN_PART_SIZE + 10,
        2,
    )
    assert (await s3("HeadObject", Bucket="bkt", Key="big"))["Metadata"] == {"m": "1"}
    assert (await s3.error("ListParts", Bucket="bkt", Key="big", UploadId=uid)).code == "NoSuchUpload"


async def test_upload_part_copy_with_range_and_abort(s3: Client) -> None:
    await s3("CreateBucket", Bucket="bkt")
    await s3("PutObject", Bucket="bkt", Key="src", Body=b"0123456789")
    uid = (await s3("CreateMultipartUpload", Bucket="bkt", Key="dst"))["UploadId"]
    copied = await s3(
        "UploadPartCopy",
        Bucket="bkt",
        Key="dst",
        UploadId=uid,
        PartNumber=1,
        CopySource="bkt/src",
        CopySourceRange="bytes=2-5",
    )
    assert copied["CopyPartResult"]["ETag"] == f'"{hashlib.md5(b"2345").hexdigest()}"'
    await s3(
        "CompleteMultipartUpload",
        Bucket="bkt",
        Key="dst",
        UploadId=uid,
        MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": copied["CopyPartResult"]["ETag"]}]},
    )
    assert await read(await s3("GetObject", Bucket="bkt", Key="dst")) == b"2345"
    uid = (await s3("CreateMultipartUpload", Bucket="bkt", Key="gone"))["UploadId"]
    await s3("AbortMultipartUpload", Bucket="bkt", Key="gone", UploadId=uid)
    assert (
        await s3.error("AbortMultipartUpload", Bucket="bkt", Key="gone", UploadId=uid)
    ).code == "NoSuchUpload"
