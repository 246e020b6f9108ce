"""SSE-C (really encrypted at rest), SSE-S3/SSE-KMS recording and bucket default encryption, through the
handler stack embedded mode runs."""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.identity import root_principal
from overcast_s3.access import guard_anonymous
from overcast_s3.access_log import AccessLog
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import MIN_PART_SIZE, S3Provider
from overcast_s3.sse_c import SseCBlobs, customer_key
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import S3Handler

ACCOUNT = "000000000000"
KEY = bytes(range(32))
ALLOW_SSE_C = {
    "Rules": [
        {
            "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"},
            "BlockedEncryptionTypes": {"EncryptionType": ["NONE"]},
        }
    ]
}
OTHER_KEY = bytes(range(1, 33))


def sse(key: bytes = KEY, prefix: str = "SSECustomer") -> dict[str, str]:
    return {
        f"{prefix}Algorithm": "AES256",
        f"{prefix}Key": base64.b64encode(key).decode(),
        f"{prefix}KeyMD5": base64.b64encode(hashlib.md5(key).digest()).decode(),
    }


class Client:
    def __init__(self, handler: Any, blobs_root: Path) -> None:
        self.handler = handler
        self.blobs_root = blobs_root

    async def __call__(self, operation: str, **params: Any) -> dict[str, Any]:
        context = RequestContext(
            request_id="r",
            service="s3",
            operation=operation,
            protocol="rest-xml",
            account_id=ACCOUNT,
            principal=root_principal(ACCOUNT, "test"),
        )
        result: dict[str, Any] = await self.handler(context, params)
        return result

    async def error(self, operation: str, **params: Any) -> ServiceError:
        with pytest.raises(ServiceError) as caught:
            await self(operation, **params)
        return caught.value


@pytest.fixture
async def s3(tmp_path: Path) -> AsyncIterator[Client]:
    store = await SqlS3Store.open(tmp_path / "s3.db")
    blobs = FileBlobStore(tmp_path / "blobs", fsync=False)
    provider = S3Provider(store, blobs)
    log = AccessLog(provider, interval=3600)
    handler = log.wrap(guard_anonymous(S3Handler(provider, AllowRoot()), provider))
    client = Client(handler, tmp_path / "blobs")
    await client("CreateBucket", Bucket="enc")
    await client("PutBucketEncryption", Bucket="enc", ServerSideEncryptionConfiguration=ALLOW_SSE_C)
    yield client
    await store.close()


async def read(result: dict[str, Any]) -> bytes:
    return b"".join([chunk async for chunk in result["Body"]])


def on_disk(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


async def test_sse_c_encrypts_at_rest_and_reads_back_with_the_key(s3: Client) -> None:
    body = b"top secret plaintext " * 1000
    put = await s3("PutObject", Bucket="enc", Key="k", Body=body, **sse())
    assert put["SSECustomerAlgorithm"] == "AES256"
    assert put["SSECustomerKeyMD5"] == sse()["SSECustomerKeyMD5"]
    assert "ServerSideEncryption" not in put
    assert b"top secret" not in on_disk(s3.blobs_root)
    got = await s3("GetObject", Bucket="enc", Key="k", **sse())
    assert await read(got) == body
    assert got["SSECustomerKeyMD5"] == sse()["SSECustomerKeyMD5"] and "ServerSideEncryption" not in got
    head = await s3("HeadObject", Bucket="enc", Key="k", **sse())
    assert head["ContentLength"] == len(body) and head["ETag"] == put["ETag"]
    for first, last in [(0, 0), (5, 20), (15, 16), (17, 4095), (len(body) - 3, len(body) - 1)]:
        ranged = await s3("GetObject", Bucket="enc", Key="k", Range=f"bytes={first}-{last}", **sse())
        assert await read(ranged) == body[first : last + 1]


async def test_sse_c_reads_without_or_with_the_wrong_key_are_refused(s3: Client) -> None:
    await s3("PutObject", Bucket="enc", Key="k", Body=b"data", **sse())
    missing = await s3.error("GetObject", Bucket="enc", Key="k")
    assert (missing.code, missing.status_code) == ("InvalidRequest", 400)
    assert "Server Side Encryption" in missing.message
    wrong = await s3.error("GetObject", Bucket="enc", Key="k", **sse(OTHER_KEY))
    assert (wrong.code, wrong.status_code) == ("AccessDenied", 403)
    head = await s3.error("HeadObject", Bucket="enc", Key="k", **sse(OTHER_KEY))
    assert head.status_code == 403
    attributes = await s3.error("GetObjectAttributes", Bucket="enc", Key="k", ObjectAttributes=["ObjectSize"])
    assert attributes.code == "InvalidRequest"
    sized = await s3("GetObjectAttributes", Bucket="enc", Key="k", ObjectAttributes=["ObjectSize"], **sse())
    assert sized["ObjectSize"] == 4
    await s3("PutObject", Bucket="enc", Key="plain", Body=b"x")
    extra = await s3.error("GetObject", Bucket="enc", Key="plain", **sse())
    assert (extra.code, extra.message) == (
        "InvalidRequest",
        "The encryption parameters are not applicable to this object.",
    )


async def test_sse_c_parameter_validation(s3: Client) -> None:
    bad_md5 = {**sse(), "SSECustomerKeyMD5": sse(OTHER_KEY)["SSECustomerKeyMD5"]}
    error = await s3.error("PutObject", Bucket="enc", Key="k", Body=b"x", **bad_md5)
    assert (error.code, error.status_code) == ("InvalidArgument", 400)
    assert error.message == "The calculated MD5 hash of the key did not match the hash that was provided."
    short = sse(b"short")
    error = await s3.error("PutObject", Bucket="enc", Key="k", Body=b"x", **short)
    assert (error.code, error.message) == (
        "InvalidArgument",
        "The secret key was invalid for the specified algorithm.",
    )
    error = await s3.error(
        "PutObject", Bucket="enc", Key="k", Body=b"x", **{**sse(), "SSECustomerAlgorithm": "AES128"}
    )
    assert error.code == "InvalidEncryptionAlgorithmError"
    error = await s3.error(
        "PutObject", Bucket="enc", Key="k", Body=b"x", ServerSideEncryption="AES256", **sse()
    )
    assert error.code == "InvalidArgument"
    assert not [p for p in s3.blobs_root.rglob("*") if p.is_file() and p.parent.name != "tmp"]


async def test_sse_c_multipart_and_ranges_across_parts(s3: Client) -> None:
    created = await s3("CreateMultipartUpload", Bucket="enc", Key="big", **sse())
    assert created["SSECustomerKeyMD5"] == sse()["SSECustomerKeyMD5"]
    upload = created["UploadId"]
    part1, part2 = os.urandom(MIN_PART_SIZE), os.urandom(1000)
    missing = await s3.error("UploadPart", Bucket="enc", Key="big", UploadId=upload, PartNumber=1, Body=part1)
    assert missing.code == "InvalidRequest"
    wrong = await s3.error(
        "UploadPart", Bucket="enc", Key="big", UploadId=upload, PartNumber=1, Body=part1, **sse(OTHER_KEY)
    )
    assert wrong.code == "InvalidRequest"
    e1 = await s3("UploadPart", Bucket="enc", Key="big", UploadId=upload, PartNumber=1, Body=part1, **sse())
    e2 = await s3("UploadPart", Bucket="enc", Key="big", UploadId=upload, PartNumber=2, Body=part2, **sse())
    assert e1["SSECustomerAlgorithm"] == "AES256"
    parts = [{"PartNumber": 1, "ETag": e1["ETag"]}, {"PartNumber": 2, "ETag": e2["ETag"]}]
    done = await s3(
        "CompleteMultipartUpload", Bucket="enc", Key="big", UploadId=upload, MultipartUpload={"Parts": parts}
    )
    assert done["SSECustomerKeyMD5"] == sse()["SSECustomerKeyMD5"]
    whole = part1 + part2
    first, last = MIN_PART_SIZE - 10, MIN_PART_SIZE + 9
    ranged = await s3("GetObject", Bucket="enc", Key="big", Range=f"bytes={first}-{last}", **sse())
    assert await read(ranged) == whole[first : last + 1]
    assert await read(await s3("GetObject", Bucket="enc", Key="big", PartNumber=2, **sse())) == part2
    assert (await s3.error("GetObject", Bucket="enc", Key="big")).code == "InvalidRequest"


async def test_copy_with_copy_source_sse_c_headers(s3: Client) -> None:
    await s3("PutObject", Bucket="enc", Key="src", Body=b"copy me", **sse())
    refused = await s3.error("CopyObject", Bucket="enc", Key="dst", CopySource="enc/src")
    assert refused.code == "InvalidRequest"
    await s3(
        "CopyObject", Bucket="enc", Key="dst", CopySource="enc/src", **sse(prefix="CopySourceSSECustomer")
    )
    plain = await s3("GetObject", Bucket="enc", Key="dst")
    assert await read(plain) == b"copy me" and plain["ServerSideEncryption"] == "AES256"
    # re-key in place: copy to itself with a new customer key
    rekeyed = await s3(
        "CopyObject",
        Bucket="enc",
        Key="src",
        CopySource="enc/src",
        **sse(prefix="CopySourceSSECustomer"),
        **sse(OTHER_KEY),
    )
    assert rekeyed["SSECustomerKeyMD5"] == sse(OTHER_KEY)["SSECustomerKeyMD5"]
    assert await read(await s3("GetObject", Bucket="enc", Key="src", **sse(OTHER_KEY))) == b"copy me"
    assert (await s3.error("GetObject", Bucket="enc", Key="src", **sse())).status_code == 403


async def test_sse_c_blobs_decrypt_any_range() -> None:
    class Memory:
        def __init__(self) -> None:
            self.data: dict[str, bytes] = {}

        async def write(self, stream: AsyncIterator[bytes], hashers: Any = ()) -> tuple[str, int]:
            blob = b"".join([c async for c in stream])
            self.data["b"] = blob
            return "b", len(blob)

        async def read(self, blob_id: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
            blob = self.data[blob_id][start:end]
            for i in range(0, len(blob), 7):
                yield blob[i : i + 7]

        async def delete(self, blob_ids: Any) -> None: ...

        async def reset(self) -> None: ...

    async def chunks(data: bytes) -> AsyncIterator[bytes]:
        for i in range(0, len(data), 33):
            yield data[i : i + 33]

    key = customer_key(
        {
            "sse_customer_algorithm": "AES256",
            **{k: v for k, v in _snake(sse()).items() if k != "sse_customer_algorithm"},
        }
    )
    assert key is not None
    inner = Memory()
    blobs = SseCBlobs(inner, key)
    plain = os.urandom(1000)
    md5 = hashlib.md5()
    blob_id, size = await blobs.write(chunks(plain), [md5])
    assert size == 1000 and md5.digest() == hashlib.md5(plain).digest()
    assert inner.data[blob_id][16:] != plain
    for start in range(0, 40):
        for end in (start, start + 1, start + 17, 1000):
            got = b"".join([c async for c in blobs.read(blob_id, start, max(start, end))])
            assert got == plain[start : max(start, end)]


def _snake(params: dict[str, str]) -> dict[str, str]:
    return {
        "sse_customer_algorithm": params["SSECustomerAlgorithm"],
        "sse_customer_key": params["SSECustomerKey"],
        "sse_customer_key_md5": params["SSECustomerKeyMD5"],
    }


async def test_new_buckets_block_sse_c_writes_until_unblocked(s3: Client) -> None:
    await s3("CreateBucket", Bucket="fresh")
    rule = (await s3("GetBucketEncryption", Bucket="fresh"))["ServerSideEncryptionConfiguration"]["Rules"][0]
    assert rule["BlockedEncryptionTypes"] == {"EncryptionType": ["SSE-C"]}
    blocked = await s3.error("PutObject", Bucket="fresh", Key="k", Body=b"x", **sse())
    assert (blocked.code, blocked.status_code) == ("AccessDenied", 403)
    assert (await s3.error("CreateMultipartUpload", Bucket="fresh", Key="k", **sse())).code == "AccessDenied"
    await s3("PutObject", Bucket="fresh", Key="plain", Body=b"x")
    # a rule that does not mention BlockedEncryptionTypes keeps the bucket's setting
    kms = {"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]}
    await s3("PutBucketEncryption", Bucket="fresh", ServerSideEncryptionConfiguration=kms)
    assert (await s3.error("PutObject", Bucket="fresh", Key="k", Body=b"x", **sse())).code == "AccessDenied"
    await s3("PutBucketEncryption", Bucket="fresh", ServerSideEncryptionConfiguration=ALLOW_SSE_C)
    await s3("PutObject", Bucket="fresh", Key="k", Body=b"x", **sse())
    await s3("PutBucketEncryption", Bucket="fresh", ServerSideEncryptionConfiguration=kms)
    await s3("PutObject", Bucket="fresh", Key="k2", Body=b"x", **sse())
    # existing SSE-C objects stay readable once writes are blocked again
    blocked_again = {
        "Rules": [{**ALLOW_SSE_C["Rules"][0], "BlockedEncryptionTypes": {"EncryptionType": ["SSE-C"]}}]
    }
    await s3("PutBucketEncryption", Bucket="fresh", ServerSideEncryptionConfiguration=blocked_again)
    assert await read(await s3("GetObject", Bucket="fresh", Key="k", **sse())) == b"x"


async def test_default_encryption_and_kms_headers(s3: Client) -> None:
    await s3("DeleteBucketEncryption", Bucket="enc")
    default = await s3("GetBucketEncryption", Bucket="enc")
    rule = default["ServerSideEncryptionConfiguration"]["Rules"][0]
    assert rule["ApplyServerSideEncryptionByDefault"] == {"SSEAlgorithm": "AES256"}
    assert (await s3("PutObject", Bucket="enc", Key="a", Body=b"x"))["ServerSideEncryption"] == "AES256"
    config = {
        "Rules": [
            {
                "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "my-key"},
                "BucketKeyEnabled": True,
            }
        ]
    }
    await s3("PutBucketEncryption", Bucket="enc", ServerSideEncryptionConfiguration=config)
    put = await s3("PutObject", Bucket="enc", Key="b", Body=b"x")
    assert put["ServerSideEncryption"] == "aws:kms"
    assert put["SSEKMSKeyId"] == f"arn:aws:kms:us-east-1:{ACCOUNT}:key/my-key"
    assert put["BucketKeyEnabled"] is True
    head = await s3("HeadObject", Bucket="enc", Key="b")
    assert (head["ServerSideEncryption"], head["SSEKMSKeyId"], head["BucketKeyEnabled"]) == (
        "aws:kms",
        put["SSEKMSKeyId"],
        True,
    )
    explicit = await s3("PutObject", Bucket="enc", Key="c", Body=b"x", ServerSideEncryption="AES256")
    assert explicit["ServerSideEncryption"] == "AES256" and "SSEKMSKeyId" not in explicit
    await s3("DeleteBucketEncryption", Bucket="enc")
    again = await s3("GetBucketEncryption", Bucket="enc")
    assert again["ServerSideEncryptionConfiguration"]["Rules"][0]["ApplyServerSideEncryptionByDefault"] == {
        "SSEAlgorithm": "AES256"
    }
    error = await s3.error("PutObject", Bucket="enc", Key="d", Body=b"x", ServerSideEncryption="rot13")
    assert error.code == "InvalidArgument"
    error = await s3.error(
        "PutBucketEncryption",
        Bucket="enc",
        ServerSideEncryptionConfiguration={
            "Rules": [
                {"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256", "KMSMasterKeyID": "k"}}
            ]
        },
    )
    assert error.code == "InvalidArgument"


async def test_upload_part_copy_between_sse_c_keys(s3: Client) -> None:
    source = os.urandom(MIN_PART_SIZE + 100)
    await s3("PutObject", Bucket="enc", Key="src", Body=source, **sse())
    upload = (await s3("CreateMultipartUpload", Bucket="enc", Key="dst", **sse(OTHER_KEY)))["UploadId"]
    params = {"Bucket": "enc", "Key": "dst", "UploadId": upload, "CopySource": "enc/src"}
    refused = await s3.error("UploadPartCopy", PartNumber=1, **params, **sse(OTHER_KEY))
    assert refused.code == "InvalidRequest"  # no key for the source
    first = await s3(
        "UploadPartCopy",
        PartNumber=1,
        CopySourceRange=f"bytes=0-{MIN_PART_SIZE - 1}",
        **params,
        **sse(OTHER_KEY),
        **sse(prefix="CopySourceSSECustomer"),
    )
    second = await s3(
        "UploadPartCopy",
        PartNumber=2,
        CopySourceRange=f"bytes={MIN_PART_SIZE}-{MIN_PART_SIZE + 99}",
        **params,
        **sse(OTHER_KEY),
        **sse(prefix="CopySourceSSECustomer"),
    )
    parts = [
        {"PartNumber": 1, "ETag": first["CopyPartResult"]["ETag"]},
        {"PartNumber": 2, "ETag": second["CopyPartResult"]["ETag"]},
    ]
    await s3(
        "CompleteMultipartUpload", Bucket="enc", Key="dst", UploadId=upload, MultipartUpload={"Parts": parts}
    )
    assert await read(await s3("GetObject", Bucket="enc", Key="dst", **sse(OTHER_KEY))) == source
