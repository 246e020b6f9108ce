"""S3 business logic: buckets, objects, versions, listing and multipart uploads.

``S3Provider`` overrides the generated ``S3Api`` methods it implements (the rest answer 501). It never
sees HTTP: bodies arrive as ``bytes`` or a ``BodyStream`` and leave as a ``BodyStream`` read from the
blob store in chunks. Metadata lives behind the ``S3Store`` port, bytes behind the ``BlobStore`` port;
a write puts the bytes first (fsynced) and commits the metadata second, so an acknowledged write is
durable and a crash in between leaves only an unreferenced blob.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

from overcast_common.api.s3 import (
    BucketAlreadyExists,
    BucketAlreadyOwnedByYou,
    NoSuchBucket,
    NoSuchKey,
    NoSuchUpload,
    S3Api,
)
from overcast_common.context import RequestContext
from overcast_common.errors import AccessDenied
from overcast_common.http import BodyStream
from overcast_common.sigv4.checksums import b64, new_checksum

from overcast_s3 import conditions, encryption, partitions, restore
from overcast_s3 import mfa as mfa_delete
from overcast_s3.access import AccessMixin
from overcast_s3.blobs import BlobStore
from overcast_s3.conditions import quoted
from overcast_s3.cors import CorsMixin
from overcast_s3.errors import (
    MALFORMED_XML,
    BadDigest,
    BucketNotEmpty,
    EntityTooLarge,
    EntityTooSmall,
    IllegalLocationConstraintException,
    InvalidArgument,
    InvalidLocationConstraint,
    InvalidPart,
    InvalidPartOrder,
    InvalidRange,
    InvalidRequest,
    InvalidTag,
    MalformedXML,
    MethodNotAllowed,
    NoSuchBucketPolicy,
    NoSuchTagSet,
    NoSuchVersion,
    S3Error,
)
from overcast_s3.features import S3Features
from overcast_s3.ingest import CHECKSUM_MEMBERS, ingest
from overcast_s3.listing import (
    PAST_PREFIX,
    decode_token,
    encode_token,
    resume_after,
    url_encoder,
    walk,
)
from overcast_s3.names import check_bucket_name
from overcast_s3.post_upload import PostUploadMixin
from overcast_s3.store import NULL_VERSION, Bucket, ObjectVersion, Part, S3Store, Segment, Upload
from overcast_s3.website import WebsiteMixin

US_EAST_1 = "us-east-1"
MIN_PART_SIZE = 5 * 1024 * 1024
MAX_PARTS = 10_000
MAX_PUT_SIZE = 5 * 1024**3
DEFAULT_CONTENT_TYPE = "binary/octet-stream"
CONTENT_HEADERS = (
    "CacheControl",
    "ContentDisposition",
    "ContentEncoding",
    "ContentLanguage",
    "ContentType",
    "WebsiteRedirectLocation",
    "ServerSideEncryption",
    "SSEKMSKeyId",
)
"""Headers stored with an object (as model member names) and returned by GET and HEAD."""
OVERRIDES = {
    "response_cache_control": "CacheControl",
    "response_content_disposition": "ContentDisposition",
    "response_content_encoding": "ContentEncoding",
    "response_content_language": "ContentLanguage",
    "response_content_type": "ContentType",
}


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)  # HTTP dates have whole seconds: keep conditions exact


def _out(value: dict[str, Any]) -> Any:
    """Results are plain value-form dicts; the generated TypedDicts only document them."""
    return value


def canonical_id(account_id: str) -> str:
    """A stable 64-hex canonical user id per account, as S3 shows owners."""
    return hashlib.sha256(f"overcast:{account_id}".encode()).hexdigest()


def owner_of(account_id: str) -> dict[str, str]:
    return {"ID": canonical_id(account_id), "DisplayName": account_id}


def new_version_id() -> str:
    return secrets.token_urlsafe(24).replace("-", ".")


def new_upload_id() -> str:
    # never a leading "-": the AWS CLI would take it for an option (`--upload-id -abc…`)
    return secrets.token_urlsafe(48).replace("-", ".")


class S3Provider(AccessMixin, CorsMixin, WebsiteMixin, PostUploadMixin, S3Features, S3Api):
    def __init__(self, store: S3Store, blobs: BlobStore, *, clock: Callable[[], datetime] = _now) -> None:
        self.store = store
        self.blobs = blobs
        self.clock = clock

    # --- helpers ------------------------------------------------------------------------------

    async def _bucket(self, context: RequestContext, name: str) -> Bucket:
        bucket = await self.store.get_bucket(name)
        if bucket is None:
            raise NoSuchBucket("The specified bucket does not exist", BucketName=name)
        if bucket.account_id != context.account_id:
            raise AccessDenied("Access Denied")
        return bucket

    async def _object(
        self, bucket: Bucket, key: str, version_id: str | None, *, method: str = "GET"
    ) -> ObjectVersion:
        """The version a read addresses; delete markers answer 404 (latest) or 405 (by id)."""
        version = await self.store.get_version(bucket.name, key, version_id)
        if version is None:
            if version_id is not None:
                if not _valid_version_id(version_id):
                    raise InvalidArgument(
                        "Invalid version id specified", ArgumentName="versionId", ArgumentValue=version_id
                    )
                raise NoSuchVersion("The specified version does not exist.", Key=key, VersionId=version_id)
            raise NoSuchKey("The specified key does not exist.", Key=key)
        if version.delete_marker:
            if version_id is not None:
                error: Any = MethodNotAllowed(
                    "The specified method is not allowed against this resource.",
                    Method=method,
                    ResourceType="DeleteMarker",
                )
            else:
                error = NoSuchKey("The specified key does not exist.", Key=key)
            error.headers["x-amz-delete-marker"] = "true"
            error.headers["x-amz-version-id"] = version.version_id
            if version_id is not None:
                error.headers["Last-Modified"] = version.last_modified.strftime("%a, %d %b %Y %H:%M:%S GMT")
            raise error
        return version

    async def _free(self, blob_ids: Sequence[str]) -> None:
        if blob_ids:
            await self.blobs.delete(blob_ids)

    def _new_version_id(self, bucket: Bucket) -> tuple[str, bool]:
        """(version id, keep the null version) for a write into ``bucket``."""
        if bucket.versioning == "Enabled":
            return new_version_id(), True
        return NULL_VERSION, False

    async def _stream(
        self, segments: Sequence[Segment], start: int, end: int, blobs: BlobStore | None = None
    ) -> AsyncIterator[bytes]:
        offset = 0
        for segment in segments:
            seg_start, seg_end = offset, offset + segment.size
            offset = seg_end
            if seg_end <= start or seg_start >= end:
                continue
            async for chunk in (blobs or self.blobs).read(
                segment.blob_id, max(start, seg_start) - seg_start, min(end, seg_end) - seg_start
            ):
                yield chunk

    def _source_stream(
        self,
        context: RequestContext,
        source: ObjectVersion,
        start: int,
        end: int,
        blobs: BlobStore,
        params: Mapping[str, Any],
    ) -> AsyncIterator[bytes]:
        """A copy source's bytes: from this replica's blobs, or from the replica owning its bucket."""
        if self.partition.owns(source.bucket):
            return self._stream(source.segments, start, end, blobs)
        return partitions.remote_read(context, source, start, end, params)

    # --- buckets ------------------------------------------------------------------------------

    async def create_bucket(
        self,
        context: RequestContext,
        *,
        bucket: str,
        create_bucket_configuration: Mapping[str, Any] | None = None,
        object_lock_enabled_for_bucket: bool | None = None,
        acl: str | None = None,
        **params: Any,
    ) -> Any:
        check_bucket_name(bucket)
        access = self._new_bucket_access(context, {"acl": acl, **params})
        region = context.region or US_EAST_1
        constraint = (create_bucket_configuration or {}).get("LocationConstraint")
        if region == US_EAST_1:
            if constraint == US_EAST_1:
                raise InvalidLocationConstraint(
                    "The specified location-constraint is not valid", LocationConstraint=constraint
                )
            if constraint and constraint != "EU":
                raise IllegalLocationConstraintException(
                    f"The {constraint} location constraint is incompatible for the region specific "
                    "endpoint this request was sent to."
                )
        elif constraint != region:
            shown = constraint or "unspecified"
            raise IllegalLocationConstraintException(
                f"The {shown} location constraint is incompatible for the region specific endpoint "
                "this request was sent to."
            )
        record = Bucket(
            name=bucket,
            account_id=context.account_id,
            region=region,
            created=self.clock(),
            versioning="Enabled" if object_lock_enabled_for_bucket else None,
            object_lock=bool(object_lock_enabled_for_bucket),
        )
        existing = await self.store.create_bucket(record)
        if existing is not None:
            if existing.account_id != context.account_id:
                raise BucketAlreadyExists(
                    "The requested bucket name is not available. The bucket namespace is shared by all "
                    "users of the system. Please select a different name and try again.",
                    BucketName=bucket,
                )
            if region != US_EAST_1 or existing.region != US_EAST_1:
                raise BucketAlreadyOwnedByYou(
                    "Your previous request to create the named bucket succeeded and you already own it.",
                    BucketName=bucket,
                )
            # us-east-1's legacy quirk: re-creating your own bucket there succeeds
        if existing is None:
            await self._init_bucket_access(bucket, access)
        return _out({"Location": f"/{bucket}"})

    async def head_bucket(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        found = await self._bucket(context, bucket)
        return _out({"BucketRegion": found.region, "AccessPointAlias": False})

    async def get_bucket_location(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        found = await self._bucket(context, bucket)
        return _out({} if found.region == US_EAST_1 else {"LocationConstraint": found.region})

    async def delete_bucket(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        if not await self.store.delete_bucket(bucket):
            raise BucketNotEmpty("The bucket you tried to delete is not empty", BucketName=bucket)

    async def list_buckets(
        self,
        context: RequestContext,
        *,
        max_buckets: int | None = None,
        continuation_token: str | None = None,
        prefix: str | None = None,
        bucket_region: str | None = None,
        **_: Any,
    ) -> Any:
        if max_buckets is not None and not 1 <= max_buckets <= 10000:
            raise InvalidArgument(
                "Argument max-buckets must be an integer between 1 and 10000", ArgumentName="max-buckets"
            )
        limit = max_buckets or 10000
        after = decode_token(continuation_token) if continuation_token else ""
        found: list[Bucket] = []
        cursor = after
        while len(found) <= limit:
            batch = await self.store.list_buckets(
                context.account_id, prefix=prefix or "", after=cursor, limit=limit + 1
            )
            if not batch:
                break
            cursor = batch[-1].name
            found += [b for b in batch if bucket_region is None or b.region == bucket_region]
            if len(batch) <= limit:
                break
        page = found[:limit]
        result: dict[str, Any] = {
            "Buckets": [{"Name": b.name, "CreationDate": b.created, "BucketRegion": b.region} for b in page],
            "Owner": owner_of(context.account_id),
        }
        if prefix:
            result["Prefix"] = prefix
        if len(found) > limit and max_buckets is not None:
            result["ContinuationToken"] = encode_token(page[-1].name)
        return _out(result)

    async def put_bucket_versioning(
        self,
        context: RequestContext,
        *,
        bucket: str,
        versioning_configuration: Mapping[str, Any],
        mfa: str | None = None,
        **_: Any,
    ) -> None:
        found = await self._bucket(context, bucket)
        status = versioning_configuration.get("Status")
        if status not in ("Enabled", "Suspended"):
            raise MalformedXML(MALFORMED_XML)
        await mfa_delete.check_versioning_change(self.store, bucket, versioning_configuration, mfa)
        if found.object_lock and status == "Suspended":
            raise InvalidRequest(
                "An Object Lock configuration is present on this bucket, so the versioning state cannot be changed."
            )
        await self.store.set_versioning(bucket, status)
        if "MFADelete" in versioning_configuration:
            await self.store.put_config(bucket, mfa_delete.CONFIG, versioning_configuration["MFADelete"])

    async def get_bucket_versioning(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        found = await self._bucket(context, bucket)
        result: dict[str, Any] = {}
        if found.versioning:
            result["Status"] = found.versioning
            result["MFADelete"] = await self.store.get_config(bucket, "mfa_delete") or "Disabled"
        return _out(result)

    async def put_bucket_tagging(
        self, context: RequestContext, *, bucket: str, tagging: Mapping[str, Any], **_: Any
    ) -> None:
        await self._bucket(context, bucket)
        tags = _tag_set(tagging.get("TagSet", []), limit=50)
        await self.store.put_config(bucket, "tagging", tags)

    async def get_bucket_tagging(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        tags = await self.store.get_config(bucket, "tagging")
        if not tags:
            raise NoSuchTagSet("The TagSet does not exist", BucketName=bucket)
        return _out({"TagSet": [{"Key": k, "Value": v} for k, v in tags.items()]})

    async def delete_bucket_tagging(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, "tagging", None)

    async def get_bucket_policy(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        stored = await self.store.get_config(bucket, "policy")
        if not stored:
            raise NoSuchBucketPolicy("The bucket policy does not exist", BucketName=bucket)
        return _out({"Policy": stored["text"]})

    async def delete_bucket_policy(self, context: RequestContext, *, bucket: str, **_: Any) -> None:
        await self._bucket(context, bucket)
        await self.store.put_config(bucket, "policy", None)

    # --- objects: write ----------------------------------------------------------------------

    async def put_object(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        body: bytes | BodyStream | None = None,
        content_length: int | None = None,
        content_md5: str | None = None,
        checksum_algorithm: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        metadata: dict[str, str] | None = None,
        storage_class: str | None = None,
        tagging: str | None = None,
        expires: datetime | None = None,
        **params: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        _check_key(key)
        if content_length is not None and content_length > MAX_PUT_SIZE:
            raise EntityTooLarge(
                "Your proposed upload exceeds the maximum allowed object size.",
                ProposedSize=str(content_length),
                MaxSizeAllowed=str(MAX_PUT_SIZE),
            )
        tags = _parse_tagging(tagging)
        protection = await self._protect_write(context, found, params)
        declared = _declared_checksums(params)
        data = await ingest(
            protection.blobs, body, algorithm=checksum_algorithm, declared=declared, content_md5=content_md5
        )
        checksum: dict[str, str] = {}
        if data.checksums:
            algorithm = (checksum_algorithm or next(iter(data.checksums))).upper()
            checksum = {"algorithm": algorithm, "value": data.checksums[algorithm], "type": "FULL_OBJECT"}
        version_id, keep_null = self._new_version_id(found)
        version = ObjectVersion(
            bucket=bucket,
            key=key,
            version_id=version_id,
            last_modified=self.clock(),
            owner=context.account_id,
            size=data.size,
            etag=data.md5_hex,
            storage_class=storage_class or "STANDARD",
            headers=protection.headers(_content_headers(params, expires)),
            extras=protection.extras,
            metadata=dict(metadata or {}),
            checksum=checksum,
            tags=tags,
            segments=[Segment(data.blob_id, data.size)],
        )
        try:
            integrity = bool(content_md5 or checksum_algorithm or declared)
            await self._feature_prepare_write(context, found, version, params, integrity=integrity)
            freed = await self.store.put_version(
                version, keep_null=keep_null, precondition=_write_precondition(if_match, if_none_match)
            )
        except BaseException:
            await self._free([data.blob_id])
            raise
        await self._free(freed)
        result: dict[str, Any] = {"ETag": quoted(version.etag), **_checksum_output(version)}
        if found.versioning == "Enabled":
            result["VersionId"] = version_id
        _encryption_output(result, version)
        await self._feature_after_write(context, found, version, "ObjectCreated:Put", result)
        return _out(result)

    async def copy_object(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        copy_source: str,
        metadata_directive: str | None = None,
        tagging_directive: str | None = None,
        metadata: dict[str, str] | None = None,
        tagging: str | None = None,
        storage_class: str | None = None,
        checksum_algorithm: str | None = None,
        copy_source_if_match: str | None = None,
        copy_source_if_none_match: str | None = None,
        copy_source_if_modified_since: datetime | None = None,
        copy_source_if_unmodified_since: datetime | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        expires: datetime | None = None,
        **params: Any,
    ) -> Any:
        target = await self._bucket(context, bucket)
        _check_key(key)
        source_bucket, source_key, source_version_id = parse_copy_source(copy_source)
        source = await self._object(await self._bucket(context, source_bucket), source_key, source_version_id)
        self._feature_check_source(source)
        conditions.check_copy_source_conditions(
            source,
            if_match=copy_source_if_match,
            if_none_match=copy_source_if_none_match,
            if_modified_since=copy_source_if_modified_since,
            if_unmodified_since=copy_source_if_unmodified_since,
        )
        replace_metadata = metadata_directive == "REPLACE"
        if metadata_directive not in (None, "COPY", "REPLACE"):
            raise InvalidArgument(
                "Unknown metadata directive.",
                ArgumentName="x-amz-metadata-directive",
                ArgumentValue=metadata_directive,
            )
        if tagging_directive not in (None, "COPY", "REPLACE"):
            raise InvalidArgument(
                "Unknown tagging directive.",
                ArgumentName="x-amz-tagging-directive",
                ArgumentValue=tagging_directive,
            )
        same = (source_bucket, source_key) == (bucket, key)
        if (
            same
            and not replace_metadata
            and storage_class is None
            and params.get("WebsiteRedirectLocation") is None
            and params.get("server_side_encryption") is None
            and params.get("sse_customer_algorithm") is None
            and checksum_algorithm is None
        ):
            raise InvalidRequest(
                "This copy request is illegal because it is trying to copy an object to itself without "
                "changing the object's metadata, storage class, website redirect location or encryption "
                "attributes."
            )
        algorithm = (checksum_algorithm or source.checksum.get("algorithm") or "").upper() or None
        if algorithm and source.checksum.get("type") == "COMPOSITE" and not checksum_algorithm:
            algorithm = None
        source_blobs = self._read_blobs(source, params, copy_source=True)
        protection = await self._protect_write(context, target, params)
        data = await ingest(
            protection.blobs,
            self._source_stream(context, source, 0, source.size, source_blobs, params),
            algorithm=algorithm,
        )
        checksum = {}
        if algorithm:
            checksum = {"algorithm": algorithm, "value": data.checksums[algorithm], "type": "FULL_OBJECT"}
        version_id, keep_null = self._new_version_id(target)
        version = ObjectVersion(
            bucket=bucket,
            key=key,
            version_id=version_id,
            last_modified=self.clock(),
            owner=context.account_id,
            size=data.size,
            etag=data.md5_hex,
            storage_class=storage_class or source.storage_class,
            headers=protection.headers(
                _content_headers(params, expires) if replace_metadata else dict(source.headers)
            ),
            extras=protection.extras,
            metadata=dict(metadata or {}) if replace_metadata else dict(source.metadata),
            checksum=checksum,
            tags=_parse_tagging(tagging) if tagging_directive == "REPLACE" else dict(source.tags),
            segments=[Segment(data.blob_id, data.size)],
        )
        try:
            await self._feature_prepare_write(context, target, version, params)
            freed = await self.store.put_version(
                version, keep_null=keep_null, precondition=_write_precondition(if_match, if_none_match)
            )
        except BaseException:
            await self._free([data.blob_id])
            raise
        await self._free(freed)
        copy_result: dict[str, Any] = {"ETag": quoted(version.etag), "LastModified": version.last_modified}
        copy_result.update(_checksum_output(version))
        result: dict[str, Any] = {"CopyObjectResult": copy_result}
        if target.versioning == "Enabled":
            result["VersionId"] = version_id
        _encryption_output(result, version)
        if source_version_id is not None or source.version_id != NULL_VERSION:
            result["CopySourceVersionId"] = source.version_id
        await self._feature_after_write(context, target, version, "ObjectCreated:Copy", result)
        return _out(result)

    # --- objects: read -----------------------------------------------------------------------

    async def get_object(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        if_match: str | None = None,
        if_modified_since: datetime | None = None,
        if_none_match: str | None = None,
        if_unmodified_since: datetime | None = None,
        range: str | None = None,
        version_id: str | None = None,
        part_number: int | None = None,
        checksum_mode: str | None = None,
        response_expires: datetime | None = None,
        **params: Any,
    ) -> Any:
        return _out(
            await self._read(
                context, bucket, key, version_id, range, part_number, checksum_mode, params,
                dict(if_match=if_match, if_none_match=if_none_match, if_modified_since=if_modified_since,
                     if_unmodified_since=if_unmodified_since),
                body=True,
            )
        )  # fmt: skip

    async def head_object(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        if_match: str | None = None,
        if_modified_since: datetime | None = None,
        if_none_match: str | None = None,
        if_unmodified_since: datetime | None = None,
        range: str | None = None,
        version_id: str | None = None,
        part_number: int | None = None,
        checksum_mode: str | None = None,
        **params: Any,
    ) -> Any:
        return _out(
            await self._read(
                context, bucket, key, version_id, range, part_number, checksum_mode, params,
                dict(if_match=if_match, if_none_match=if_none_match, if_modified_since=if_modified_since,
                     if_unmodified_since=if_unmodified_since),
                body=False,
            )
        )  # fmt: skip

    async def _read(
        self,
        context: RequestContext,
        bucket_name: str,
        key: str,
        version_id: str | None,
        range_header: str | None,
        part_number: int | None,
        checksum_mode: str | None,
        params: dict[str, Any],
        preconditions: dict[str, Any],
        *,
        body: bool,
    ) -> dict[str, Any]:
        bucket = await self._bucket(context, bucket_name)
        version = await self._object(bucket, key, version_id, method="GET" if body else "HEAD")
        blobs = self._read_blobs(version, params)
        conditions.check_read_conditions(version, **preconditions)
        start, end = 0, version.size
        result: dict[str, Any] = {}
        if part_number is not None:
            if range_header:
                raise InvalidRequest("Cannot specify both Range header and partNumber query parameter")
            start, end = _part_range(version, part_number)
            if version.parts:
                result["PartsCount"] = len(version.parts)
            if version.parts or part_number != 1:
                result["ContentRange"] = f"bytes {start}-{end - 1}/{version.size}" if end > start else None
        else:
            span = conditions.parse_range(range_header, version.size)
            if span is not None:
                start, end = span
                result["ContentRange"] = f"bytes {start}-{end - 1}/{version.size}"
        result.update(
            {
                "AcceptRanges": "bytes",
                "ContentLength": end - start,
                "ETag": quoted(version.etag),
                "LastModified": version.last_modified,
                "Metadata": dict(version.metadata),
                "ContentType": DEFAULT_CONTENT_TYPE,
            }
        )
        for name, value in version.headers.items():
            if name == "Expires":
                result["Expires"] = datetime.fromisoformat(value)
            else:
                result[name] = value
        for param, member in OVERRIDES.items():
            if params.get(param):
                result[member] = params[param]
        if bucket.versioning is not None:
            result["VersionId"] = version.version_id
        if version.storage_class != "STANDARD":
            result["StorageClass"] = version.storage_class
        if version.tags and body:
            result["TagCount"] = len(version.tags)
        whole = start == 0 and end == version.size and "ContentRange" not in result
        if checksum_mode == "ENABLED" and (whole or part_number is not None):
            if part_number is not None and version.parts:
                part = version.parts[part_number - 1]
                result.update({k: v for k, v in part.items() if k in CHECKSUM_MEMBERS.values()})
                if any(k in part for k in CHECKSUM_MEMBERS.values()):
                    result["ChecksumType"] = version.checksum.get("type", "COMPOSITE")
            else:
                result.update(_checksum_output(version))
        _encryption_output(result, version)
        await self._feature_read(bucket, version, result, body=body)
        if body:
            if len(version.segments) == 1 and end > start:
                # one blob (every single PUT): its own stream, without a generator around it
                result["Body"] = blobs.read(version.segments[0].blob_id, start, end)
            else:
                result["Body"] = self._stream(version.segments, start, end, blobs)
        return {k: v for k, v in result.items() if v is not None}

    async def get_object_attributes(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        object_attributes: list[str],
        version_id: str | None = None,
        max_parts: int | None = None,
        part_number_marker: int | None = None,
        **params: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        version = await self._object(found, key, version_id)
        self._read_blobs(version, params)  # an SSE-C object's attributes need its key too
        wanted = set(object_attributes)
        result: dict[str, Any] = {"LastModified": version.last_modified}
        if found.versioning is not None:
            result["VersionId"] = version.version_id
        if "ETag" in wanted:
            result["ETag"] = version.etag
        if "ObjectSize" in wanted:
            result["ObjectSize"] = version.size
        if "StorageClass" in wanted:
            result["StorageClass"] = version.storage_class
        if "Checksum" in wanted and version.checksum:
            result["Checksum"] = _checksum_output(version)
        if "ObjectParts" in wanted and version.parts:
            after = part_number_marker or 0
            limit = max_parts if max_parts is not None else 1000
            chosen = [p for p in version.parts if p["PartNumber"] > after]
            page = chosen[:limit]
            parts_out: dict[str, Any] = {
                "TotalPartsCount": len(version.parts),
                "PartNumberMarker": after,
                "MaxParts": limit,
                "IsTruncated": len(chosen) > limit,
                "Parts": page,
            }
            if page:
                parts_out["NextPartNumberMarker"] = page[-1]["PartNumber"]
            result["ObjectParts"] = parts_out
        return _out(result)

    # --- objects: delete ---------------------------------------------------------------------

    async def delete_object(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        version_id: str | None = None,
        bypass_governance_retention: bool | None = None,
        mfa: str | None = None,
        **_: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        if version_id is not None:
            await mfa_delete.check_version_delete(self.store, bucket, mfa)
        return _out(await self._delete(context, found, key, version_id, bool(bypass_governance_retention)))

    async def _delete(
        self, context: RequestContext, bucket: Bucket, key: str, version_id: str | None, bypass: bool = False
    ) -> dict[str, Any]:
        if version_id is not None:
            if not _valid_version_id(version_id):
                raise InvalidArgument(
                    "Invalid version id specified", ArgumentName="versionId", ArgumentValue=version_id
                )
            await self._feature_check_delete(bucket, key, version_id, bypass)
            gone, freed = await self.store.delete_version(bucket.name, key, version_id)
            await self._free(freed)
            result: dict[str, Any] = {"VersionId": version_id}
            if gone is not None and gone.delete_marker:
                result["DeleteMarker"] = True
            await self._feature_after_delete(context, bucket, key, result, gone, marker_created=False)
            return result
        if bucket.versioning is None:
            gone, freed = await self.store.delete_version(bucket.name, key, NULL_VERSION)
            await self._free(freed)
            await self._feature_after_delete(context, bucket, key, {}, gone, marker_created=False)
            return {}
        marker_id = new_version_id() if bucket.versioning == "Enabled" else NULL_VERSION
        marker = ObjectVersion(
            bucket=bucket.name,
            key=key,
            version_id=marker_id,
            last_modified=self.clock(),
            owner=context.account_id,
            delete_marker=True,
        )
        freed = await self.store.put_version(marker, keep_null=bucket.versioning == "Enabled")
        await self._free(freed)
        await self._feature_after_delete(
            context, bucket, key, {"VersionId": marker_id}, None, marker_created=True
        )
        return {"DeleteMarker": True, "VersionId": marker_id}

    async def delete_objects(
        self,
        context: RequestContext,
        *,
        bucket: str,
        delete: Mapping[str, Any],
        bypass_governance_retention: bool | None = None,
        mfa: str | None = None,
        **_: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        objects = delete.get("Objects") or []
        if not objects or len(objects) > 1000:
            raise MalformedXML(MALFORMED_XML)
        if any(item.get("VersionId") is not None for item in objects):
            await mfa_delete.check_version_delete(self.store, bucket, mfa)  # fails the whole request
        quiet = bool(delete.get("Quiet"))
        deleted: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for item in objects:
            key, version_id = item["Key"], item.get("VersionId")
            try:
                outcome = await self._delete(
                    context, found, key, version_id, bool(bypass_governance_retention)
                )
            except Exception as exc:  # one failed key does not fail the batch
                code = getattr(exc, "code", "InternalError")
                errors.append(
                    {
                        "Key": key,
                        "Code": code,
                        "Message": str(exc),
                        **({"VersionId": version_id} if version_id else {}),
                    }
                )
                continue
            if quiet:
                continue
            entry: dict[str, Any] = {"Key": key}
            if version_id is not None:
                entry["VersionId"] = version_id
                if outcome.get("DeleteMarker"):
                    entry["DeleteMarker"] = True
                    entry["DeleteMarkerVersionId"] = version_id
            elif outcome.get("DeleteMarker"):
                entry["DeleteMarker"] = True
                entry["DeleteMarkerVersionId"] = outcome["VersionId"]
            deleted.append(entry)
        result: dict[str, Any] = {}
        if deleted:
            result["Deleted"] = deleted
        if errors:
            result["Errors"] = errors
        return _out(result)

    # --- object tagging ----------------------------------------------------------------------

    async def put_object_tagging(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        tagging: Mapping[str, Any],
        version_id: str | None = None,
        **_: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        version = await self._object(found, key, version_id, method="PUT")
        tags = _tag_set(tagging.get("TagSet", []), limit=10)
        await self.store.set_tags(bucket, key, version.version_id, tags)
        await self._emit(context, found, "ObjectTagging:Put", key, version, version.version_id)
        return _out({"VersionId": version.version_id} if found.versioning else {})

    async def get_object_tagging(
        self, context: RequestContext, *, bucket: str, key: str, version_id: str | None = None, **_: Any
    ) -> Any:
        found = await self._bucket(context, bucket)
        version = await self._object(found, key, version_id)
        result: dict[str, Any] = {"TagSet": [{"Key": k, "Value": v} for k, v in version.tags.items()]}
        if found.versioning:
            result["VersionId"] = version.version_id
        return _out(result)

    async def delete_object_tagging(
        self, context: RequestContext, *, bucket: str, key: str, version_id: str | None = None, **_: Any
    ) -> Any:
        found = await self._bucket(context, bucket)
        version = await self._object(found, key, version_id, method="DELETE")
        await self.store.set_tags(bucket, key, version.version_id, {})
        await self._emit(context, found, "ObjectTagging:Delete", key, version, version.version_id)
        return _out({"VersionId": version.version_id} if found.versioning else {})

    # --- listing ------------------------------------------------------------------------------

    async def _list_latest(
        self, bucket: str, after: str, prefix: str, delimiter: str | None, max_keys: int
    ) -> Any:
        async def fetch(cursor: str, limit: int) -> list[ObjectVersion]:
            return await self.store.list_latest(bucket, prefix=prefix, after=cursor, limit=limit)

        return await walk(
            fetch,
            resume_after(after, prefix, delimiter) if after else "",
            key_of=lambda v: v.key,
            cursor_of=lambda v: v.key,
            past=lambda p: p + PAST_PREFIX,
            prefix=prefix,
            delimiter=delimiter,
            max_keys=max_keys,
        )

    def _content(self, version: ObjectVersion, encode: Callable[[str], str], owner: bool) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "Key": encode(version.key),
            "LastModified": version.last_modified,
            "ETag": quoted(version.etag),
            "Size": version.size,
            "StorageClass": version.storage_class,
        }
        if version.checksum:
            entry["ChecksumAlgorithm"] = [version.checksum["algorithm"]]
            entry["ChecksumType"] = version.checksum.get("type", "FULL_OBJECT")
        if owner:
            entry["Owner"] = owner_of(version.owner)
        return entry

    def _with_restore_status(self, entries: list[dict[str, Any]], versions: Sequence[ObjectVersion]) -> None:
        """``OptionalObjectAttributes=RestoreStatus``: what a restore of each listed version is doing."""
        now = self.clock()
        for entry, version in zip(entries, versions, strict=True):
            status = restore.listing_status(version, now)
            if status is not None:
                entry["RestoreStatus"] = status

    async def list_objects(
        self,
        context: RequestContext,
        *,
        bucket: str,
        delimiter: str | None = None,
        encoding_type: str | None = None,
        marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        optional_object_attributes: list[str] | None = None,
        **_: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        _check_optional_attributes(optional_object_attributes)
        limit = _max_keys(max_keys)
        prefix = prefix or ""
        page = await self._list_latest(bucket, marker or "", prefix, delimiter or None, limit)
        encode = url_encoder(encoding_type)
        result: dict[str, Any] = {
            "Name": bucket,
            "Prefix": encode(prefix),
            "Marker": encode(marker or ""),
            "MaxKeys": limit,
            "IsTruncated": page.truncated,
            "Contents": [self._content(v, encode, True) for v in page.items],
            "CommonPrefixes": [{"Prefix": encode(p)} for p in page.prefixes],
        }
        if optional_object_attributes:
            self._with_restore_status(result["Contents"], page.items)
        if delimiter:
            result["Delimiter"] = encode(delimiter)
            if page.truncated and page.entries:
                last = page.entries[-1]
                result["NextMarker"] = encode(last if isinstance(last, str) else last.key)
        if encoding_type:
            result["EncodingType"] = encoding_type
        return _out(result)

    async def list_objects_v2(
        self,
        context: RequestContext,
        *,
        bucket: str,
        delimiter: str | None = None,
        encoding_type: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        continuation_token: str | None = None,
        fetch_owner: bool | None = None,
        start_after: str | None = None,
        optional_object_attributes: list[str] | None = None,
        **_: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        _check_optional_attributes(optional_object_attributes)
        limit = _max_keys(max_keys)
        prefix = prefix or ""
        after = decode_token(continuation_token) if continuation_token else (start_after or "")
        page = await self._list_latest(bucket, after, prefix, delimiter or None, limit)
        encode = url_encoder(encoding_type)
        result: dict[str, Any] = {
            "Name": bucket,
            "Prefix": encode(prefix),
            "MaxKeys": limit,
            "KeyCount": len(page.entries),
            "IsTruncated": page.truncated,
            "Contents": [self._content(v, encode, bool(fetch_owner)) for v in page.items],
            "CommonPrefixes": [{"Prefix": encode(p)} for p in page.prefixes],
        }
        if optional_object_attributes:
            self._with_restore_status(result["Contents"], page.items)
        if delimiter:
            result["Delimiter"] = encode(delimiter)
        if encoding_type:
            result["EncodingType"] = encoding_type
        if continuation_token:
            result["ContinuationToken"] = continuation_token
        if start_after:
            result["StartAfter"] = encode(start_after)
        if page.truncated and page.entries:
            last = page.entries[-1]
            result["NextContinuationToken"] = encode_token(last if isinstance(last, str) else last.key)
        return _out(result)

    async def list_object_versions(
        self,
        context: RequestContext,
        *,
        bucket: str,
        delimiter: str | None = None,
        encoding_type: str | None = None,
        key_marker: str | None = None,
        max_keys: int | None = None,
        prefix: str | None = None,
        version_id_marker: str | None = None,
        optional_object_attributes: list[str] | None = None,
        **_: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        _check_optional_attributes(optional_object_attributes)
        limit = _max_keys(max_keys)
        prefix = prefix or ""
        delimiter = delimiter or None
        start: tuple[str, int | None] = ("", None)
        if version_id_marker and not key_marker:
            raise InvalidArgument(
                "A version-id marker cannot be specified without a key marker.",
                ArgumentName="version-id-marker",
                ArgumentValue=version_id_marker,
            )
        if key_marker:
            start = (resume_after(key_marker, prefix, delimiter), None)
            if version_id_marker:
                marked = await self.store.get_version(bucket, key_marker, version_id_marker)
                if marked is None:
                    raise InvalidArgument(
                        "Invalid version id specified",
                        ArgumentName="version-id-marker",
                        ArgumentValue=version_id_marker,
                    )
                start = (key_marker, marked.sequence)

        async def fetch(cursor: tuple[str, int | None], limit_: int) -> list[ObjectVersion]:
            return await self.store.list_versions(
                bucket, prefix=prefix, after_key=cursor[0], after_sequence=cursor[1], limit=limit_
            )

        page = await walk(
            fetch,
            start,
            key_of=lambda v: v.key,
            cursor_of=lambda v: (v.key, v.sequence),
            past=lambda p: (p + PAST_PREFIX, None),
            prefix=prefix,
            delimiter=delimiter,
            max_keys=limit,
        )
        encode = url_encoder(encoding_type)
        versions, markers = [], []
        for v in page.items:
            entry: dict[str, Any] = {
                "Key": encode(v.key),
                "VersionId": v.version_id,
                "IsLatest": v.is_latest,
                "LastModified": v.last_modified,
                "Owner": owner_of(v.owner),
            }
            if v.delete_marker:
                markers.append(entry)
            else:
                entry.update({"ETag": quoted(v.etag), "Size": v.size, "StorageClass": v.storage_class})
                if v.checksum:
                    entry["ChecksumAlgorithm"] = [v.checksum["algorithm"]]
                    entry["ChecksumType"] = v.checksum.get("type", "FULL_OBJECT")
                if optional_object_attributes:
                    self._with_restore_status([entry], [v])
                versions.append(entry)
        result: dict[str, Any] = {
            "Name": bucket,
            "Prefix": encode(prefix),
            "KeyMarker": encode(key_marker or ""),
            "VersionIdMarker": version_id_marker or "",
            "MaxKeys": limit,
            "IsTruncated": page.truncated,
            "Versions": versions,
            "DeleteMarkers": markers,
            "CommonPrefixes": [{"Prefix": encode(p)} for p in page.prefixes],
        }
        if delimiter:
            result["Delimiter"] = encode(delimiter)
        if encoding_type:
            result["EncodingType"] = encoding_type
        if page.truncated and page.entries:
            last = page.entries[-1]
            if isinstance(last, str):
                result["NextKeyMarker"] = encode(last)
            else:
                result["NextKeyMarker"] = encode(last.key)
                result["NextVersionIdMarker"] = last.version_id
        return _out(result)

    # --- multipart uploads -------------------------------------------------------------------

    async def _upload(self, bucket: str, key: str, upload_id: str) -> Upload:
        upload = await self.store.get_upload(upload_id)
        if upload is None or upload.bucket != bucket or upload.key != key:
            raise NoSuchUpload(
                "The specified upload does not exist. The upload ID may be invalid, or the upload may "
                "have been aborted or completed.",
                UploadId=upload_id,
            )
        return upload

    async def create_multipart_upload(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        metadata: dict[str, str] | None = None,
        storage_class: str | None = None,
        tagging: str | None = None,
        checksum_algorithm: str | None = None,
        checksum_type: str | None = None,
        expires: datetime | None = None,
        **params: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        _check_key(key)
        protection = await self._protect_write(context, found, params)
        algorithm = checksum_algorithm.upper() if checksum_algorithm else None
        if algorithm is not None and algorithm not in CHECKSUM_MEMBERS:
            raise InvalidRequest(f"Checksum algorithm {checksum_algorithm} is not supported")
        if algorithm is None and checksum_type is not None:
            raise InvalidRequest(
                "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header."
            )
        if algorithm is not None and checksum_type is None:
            checksum_type = "FULL_OBJECT" if algorithm == "CRC64NVME" else "COMPOSITE"
        if checksum_type == "FULL_OBJECT" and algorithm in ("SHA1", "SHA256"):
            raise InvalidRequest(
                f"The FULL_OBJECT checksum type cannot be used with the {algorithm.lower()} checksum algorithm."
            )
        if checksum_type == "COMPOSITE" and algorithm == "CRC64NVME":
            raise InvalidRequest(
                "The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm."
            )
        upload = Upload(
            upload_id=new_upload_id(),
            bucket=bucket,
            key=key,
            initiated=self.clock(),
            owner=context.account_id,
            storage_class=storage_class or "STANDARD",
            headers=protection.headers(_content_headers(params, expires)),
            extras=protection.extras,
            metadata=dict(metadata or {}),
            tags=_parse_tagging(tagging),
            checksum_algorithm=algorithm,
            checksum_type=checksum_type,
        )
        await self._feature_prepare_upload(upload, params)
        await self.store.create_upload(upload)
        result: dict[str, Any] = {"Bucket": bucket, "Key": key, "UploadId": upload.upload_id}
        if algorithm:
            result["ChecksumAlgorithm"] = algorithm
            result["ChecksumType"] = checksum_type
        protection.respond(result)
        await self._feature_upload_result(upload, result)
        return _out(result)

    async def upload_part(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        part_number: int,
        upload_id: str,
        body: bytes | BodyStream | None = None,
        content_md5: str | None = None,
        checksum_algorithm: str | None = None,
        **params: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        _check_part_number(part_number)
        upload = await self._upload(bucket, key, upload_id)
        declared = _declared_checksums(params)
        algorithm = upload.checksum_algorithm or (checksum_algorithm.upper() if checksum_algorithm else None)
        data = await ingest(
            self._part_blobs(upload, params),
            body,
            algorithm=algorithm,
            declared=declared,
            content_md5=content_md5,
        )
        part = Part(
            upload_id=upload_id,
            number=part_number,
            size=data.size,
            etag=data.md5_hex,
            last_modified=self.clock(),
            blob_id=data.blob_id,
            checksum={CHECKSUM_MEMBERS[a]: v for a, v in data.checksums.items()},
        )
        await self._store_part(part, upload_id)
        result = {"ETag": quoted(part.etag), **part.checksum}
        encryption.output(result, upload.headers, upload.extras)
        return _out(result)

    async def _store_part(self, part: Part, upload_id: str) -> None:
        try:
            replaced = await self.store.put_part(part)
        except KeyError:
            await self._free([part.blob_id])
            raise NoSuchUpload("The specified upload does not exist.", UploadId=upload_id) from None
        await self._free(replaced)

    async def upload_part_copy(
        self,
        context: RequestContext,
        *,
        bucket: str,
        copy_source: str,
        key: str,
        part_number: int,
        upload_id: str,
        copy_source_if_match: str | None = None,
        copy_source_if_modified_since: datetime | None = None,
        copy_source_if_none_match: str | None = None,
        copy_source_if_unmodified_since: datetime | None = None,
        copy_source_range: str | None = None,
        **params: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        _check_part_number(part_number)
        upload = await self._upload(bucket, key, upload_id)
        source_bucket, source_key, source_version_id = parse_copy_source(copy_source)
        source = await self._object(await self._bucket(context, source_bucket), source_key, source_version_id)
        self._feature_check_source(source)
        conditions.check_copy_source_conditions(
            source,
            if_match=copy_source_if_match,
            if_none_match=copy_source_if_none_match,
            if_modified_since=copy_source_if_modified_since,
            if_unmodified_since=copy_source_if_unmodified_since,
        )
        start, end = 0, source.size
        if copy_source_range:
            start, end = _copy_range(copy_source_range, source.size)
        data = await ingest(
            self._part_blobs(upload, params),
            self._source_stream(
                context, source, start, end, self._read_blobs(source, params, copy_source=True), params
            ),
            algorithm=upload.checksum_algorithm,
        )
        part = Part(
            upload_id=upload_id,
            number=part_number,
            size=data.size,
            etag=data.md5_hex,
            last_modified=self.clock(),
            blob_id=data.blob_id,
            checksum={CHECKSUM_MEMBERS[a]: v for a, v in data.checksums.items()},
        )
        await self._store_part(part, upload_id)
        result: dict[str, Any] = {
            "CopyPartResult": {"ETag": quoted(part.etag), "LastModified": part.last_modified, **part.checksum}
        }
        encryption.output(result, upload.headers, upload.extras)
        if source.version_id != NULL_VERSION:
            result["CopySourceVersionId"] = source.version_id
        return _out(result)

    async def complete_multipart_upload(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        upload_id: str,
        multipart_upload: Mapping[str, Any] | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        mpu_object_size: int | None = None,
        **params: Any,
    ) -> Any:
        found = await self._bucket(context, bucket)
        upload = await self._upload(bucket, key, upload_id)
        requested = (multipart_upload or {}).get("Parts") or []
        if not requested:
            raise MalformedXML(MALFORMED_XML)
        stored = {p.number: p for p in await self.store.list_parts(upload_id)}
        chosen: list[Part] = []
        previous = 0
        for item in requested:
            number = item.get("PartNumber", 0)
            if number <= previous:
                raise InvalidPartOrder(
                    "The list of parts was not in ascending order. The parts list must be specified in order by part number.",
                    UploadId=upload_id,
                )
            previous = number
        for index, item in enumerate(requested):
            number = item.get("PartNumber", 0)
            part = stored.get(number)
            if part is None or item.get("ETag", "").strip('"') != part.etag:
                raise InvalidPart(
                    "One or more of the specified parts could not be found.  The part may not have been "
                    "uploaded, or the specified entity tag may not have matched the part's entity tag.",
                    UploadId=upload_id,
                    PartNumber=str(number),
                    ETag=item.get("ETag", ""),
                )
            for member in CHECKSUM_MEMBERS.values():
                if item.get(member) and part.checksum.get(member) and item[member] != part.checksum[member]:
                    raise InvalidPart(
                        "One or more of the specified parts could not be found.",
                        UploadId=upload_id,
                        PartNumber=str(number),
                    )
            if index < len(requested) - 1 and part.size < MIN_PART_SIZE:
                raise EntityTooSmall(
                    "Your proposed upload is smaller than the minimum allowed size",
                    ProposedSize=str(part.size),
                    MinSizeAllowed=str(MIN_PART_SIZE),
                    PartNumber=str(number),
                    ETag=part.etag,
                )
            chosen.append(part)
        size = sum(p.size for p in chosen)
        if mpu_object_size is not None and mpu_object_size != size:
            raise InvalidRequest(
                f"The provided 'x-amz-mp-object-size' header value {mpu_object_size} does not match what was computed: {size}"
            )
        etag = hashlib.md5(b"".join(bytes.fromhex(p.etag) for p in chosen), usedforsecurity=False).hexdigest()
        checksum = await self._multipart_checksum(upload, chosen, params)
        parts_info = []
        for p in chosen:
            info: dict[str, Any] = {"PartNumber": p.number, "Size": p.size}
            info.update(p.checksum)
            parts_info.append(info)
        version_id, keep_null = self._new_version_id(found)
        version = ObjectVersion(
            bucket=bucket,
            key=key,
            version_id=version_id,
            last_modified=self.clock(),
            owner=context.account_id,
            size=size,
            etag=f"{etag}-{len(chosen)}",
            storage_class=upload.storage_class,
            headers=dict(upload.headers),
            metadata=dict(upload.metadata),
            checksum=checksum,
            tags=dict(upload.tags),
            segments=[Segment(p.blob_id, p.size) for p in chosen],
            parts=parts_info,
            extras=dict(upload.extras),
        )
        await self._feature_prepare_write(context, found, version, params)
        try:
            freed = await self.store.complete_upload(
                upload_id,
                version,
                version.blob_ids,
                keep_null=keep_null,
                precondition=_write_precondition(if_match, if_none_match),
            )
        except KeyError:
            raise NoSuchUpload("The specified upload does not exist.", UploadId=upload_id) from None
        await self._free(freed)
        result: dict[str, Any] = {
            "Location": f"/{bucket}/{key}",
            "Bucket": bucket,
            "Key": key,
            "ETag": quoted(version.etag),
            **_checksum_output(version),
        }
        if found.versioning == "Enabled":
            result["VersionId"] = version_id
        _encryption_output(result, version)
        await self._feature_after_write(
            context, found, version, "ObjectCreated:CompleteMultipartUpload", result
        )
        return _out(result)

    async def _multipart_checksum(
        self, upload: Upload, chosen: list[Part], params: dict[str, Any]
    ) -> dict[str, str]:
        algorithm = upload.checksum_algorithm
        if algorithm is None:
            return {}
        member = CHECKSUM_MEMBERS[algorithm]
        if upload.checksum_type == "FULL_OBJECT":
            # recompute over the parts' bytes (streamed); combining CRCs would avoid the read
            hasher = new_checksum(algorithm)
            segments = [Segment(p.blob_id, p.size) for p in chosen]
            async for chunk in self._stream(
                segments, 0, sum(p.size for p in chosen), self._part_blobs(upload, params)
            ):
                hasher.update(chunk)
            value = b64(hasher.digest())
        else:
            hasher = new_checksum(algorithm)
            for p in chosen:
                if member not in p.checksum:
                    raise InvalidRequest(
                        f"The upload was created using a {algorithm.lower()} checksum. The complete request must include the checksum for each part. It was missing for part {p.number} in the request."
                    )
                hasher.update(base64.b64decode(p.checksum[member]))
            value = f"{b64(hasher.digest())}-{len(chosen)}"
        declared = params.get(_snake(member))
        if declared and declared != value:
            raise BadDigest(f"The {algorithm.lower()} you specified did not match the calculated checksum.")
        return {"algorithm": algorithm, "value": value, "type": upload.checksum_type or "COMPOSITE"}

    async def abort_multipart_upload(
        self, context: RequestContext, *, bucket: str, key: str, upload_id: str, **_: Any
    ) -> Any:
        await self._bucket(context, bucket)
        await self._upload(bucket, key, upload_id)
        freed = await self.store.delete_upload(upload_id)
        if freed is None:
            raise NoSuchUpload("The specified upload does not exist.", UploadId=upload_id)
        await self._free(freed)
        return _out({})

    async def list_parts(
        self,
        context: RequestContext,
        *,
        bucket: str,
        key: str,
        upload_id: str,
        max_parts: int | None = None,
        part_number_marker: int | None = None,
        **_: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        upload = await self._upload(bucket, key, upload_id)
        limit = 1000 if max_parts is None else max(0, min(max_parts, 1000))
        after = part_number_marker or 0
        found = await self.store.list_parts(upload_id, after=after, limit=limit + 1)
        page = found[:limit]
        result: dict[str, Any] = {
            "Bucket": bucket,
            "Key": key,
            "UploadId": upload_id,
            "PartNumberMarker": after,
            "MaxParts": limit,
            "IsTruncated": len(found) > limit,
            "Parts": [
                {
                    "PartNumber": p.number,
                    "LastModified": p.last_modified,
                    "ETag": quoted(p.etag),
                    "Size": p.size,
                    **p.checksum,
                }
                for p in page
            ],
            "Initiator": {"ID": canonical_id(upload.owner), "DisplayName": upload.owner},
            "Owner": owner_of(upload.owner),
            "StorageClass": upload.storage_class,
        }
        if page:
            result["NextPartNumberMarker"] = page[-1].number
        if upload.checksum_algorithm:
            result["ChecksumAlgorithm"] = upload.checksum_algorithm
            result["ChecksumType"] = upload.checksum_type
        return _out(result)

    async def list_multipart_uploads(
        self,
        context: RequestContext,
        *,
        bucket: str,
        delimiter: str | None = None,
        encoding_type: str | None = None,
        key_marker: str | None = None,
        max_uploads: int | None = None,
        prefix: str | None = None,
        upload_id_marker: str | None = None,
        **_: Any,
    ) -> Any:
        await self._bucket(context, bucket)
        limit = 1000 if max_uploads is None else max(0, min(max_uploads, 1000))
        prefix = prefix or ""
        delimiter = delimiter or None
        start = (key_marker or "", upload_id_marker or "")
        if key_marker and not upload_id_marker:
            start = (resume_after(key_marker, prefix, delimiter), "\U0010ffff")

        async def fetch(cursor: tuple[str, str], limit_: int) -> list[Upload]:
            return await self.store.list_uploads(
                bucket, prefix=prefix, after_key=cursor[0], after_upload_id=cursor[1], limit=limit_
            )

        page = await walk(
            fetch,
            start,
            key_of=lambda u: u.key,
            cursor_of=lambda u: (u.key, u.upload_id),
            past=lambda p: (p + PAST_PREFIX, ""),
            prefix=prefix,
            delimiter=delimiter,
            max_keys=limit,
        )
        encode = url_encoder(encoding_type)
        result: dict[str, Any] = {
            "Bucket": bucket,
            "KeyMarker": encode(key_marker or ""),
            "UploadIdMarker": upload_id_marker or "",
            "Prefix": encode(prefix),
            "MaxUploads": limit,
            "IsTruncated": page.truncated,
            "Uploads": [
                {
                    "UploadId": u.upload_id,
                    "Key": encode(u.key),
                    "Initiated": u.initiated,
                    "StorageClass": u.storage_class,
                    "Owner": owner_of(u.owner),
                    "Initiator": {"ID": canonical_id(u.owner), "DisplayName": u.owner},
                    **(
                        {"ChecksumAlgorithm": u.checksum_algorithm, "ChecksumType": u.checksum_type}
                        if u.checksum_algorithm
                        else {}
                    ),
                }
                for u in page.items
            ],
            "CommonPrefixes": [{"Prefix": encode(p)} for p in page.prefixes],
        }
        if delimiter:
            result["Delimiter"] = encode(delimiter)
        if encoding_type:
            result["EncodingType"] = encoding_type
        if page.truncated and page.entries:
            last = page.entries[-1]
            if isinstance(last, str):
                result["NextKeyMarker"] = encode(last)
            else:
                result["NextKeyMarker"] = encode(last.key)
                result["NextUploadIdMarker"] = last.upload_id
        return _out(result)


# --- small pure helpers -------------------------------------------------------------------------


def _snake(member: str) -> str:
    return {
        "ChecksumCRC32": "checksum_crc32",
        "ChecksumCRC32C": "checksum_crc32_c",
        "ChecksumCRC64NVME": "checksum_crc64_nvme",
        "ChecksumSHA1": "checksum_sha1",
        "ChecksumSHA256": "checksum_sha256",
    }[member]


def _check_optional_attributes(names: list[str] | None) -> None:
    for name in names or ():
        if name != "RestoreStatus":
            raise InvalidArgument(
                "Invalid attribute name specified.",
                ArgumentName="x-amz-optional-object-attributes",
                ArgumentValue=name,
            )


_CHECKSUM_PARAMS = tuple((algorithm, _snake(member)) for algorithm, member in CHECKSUM_MEMBERS.items())


def _declared_checksums(params: dict[str, Any]) -> dict[str, str]:
    """``ingest.declared_checksums`` of the ``checksum_*`` params a caller sent."""
    return {algorithm: value for algorithm, name in _CHECKSUM_PARAMS if (value := params.get(name))}


def _checksum_output(version: ObjectVersion) -> dict[str, str]:
    if not version.checksum:
        return {}
    member = CHECKSUM_MEMBERS[version.checksum["algorithm"]]
    return {member: version.checksum["value"], "ChecksumType": version.checksum.get("type", "FULL_OBJECT")}


def _encryption_output(result: dict[str, Any], version: ObjectVersion) -> None:
    # every S3 object is encrypted at rest (SSE-S3 by default since 2023); say so as AWS does
    encryption.output(result, version.headers, version.extras)


_HEADER_PARAMS = {
    "cache_control": "CacheControl",
    "content_disposition": "ContentDisposition",
    "content_encoding": "ContentEncoding",
    "content_language": "ContentLanguage",
    "content_type": "ContentType",
    "website_redirect_location": "WebsiteRedirectLocation",
    "server_side_encryption": "ServerSideEncryption",
    "ssekms_key_id": "SSEKMSKeyId",
}


def _content_headers(params: dict[str, Any], expires: datetime | None) -> dict[str, str]:
    headers = {member: str(params[name]) for name, member in _HEADER_PARAMS.items() if params.get(name)}
    if headers.get("ContentEncoding") == "aws-chunked":
        del headers["ContentEncoding"]  # the transfer framing, not the object's encoding
    elif "ContentEncoding" in headers:
        kept = [e for e in headers["ContentEncoding"].split(",") if e.strip() != "aws-chunked"]
        headers["ContentEncoding"] = ",".join(kept)
    if expires is not None:
        headers["Expires"] = expires.isoformat()
    return headers


def _write_precondition(if_match: str | None, if_none_match: str | None) -> Any:
    if if_match is None and if_none_match is None:
        return None

    def check(current: ObjectVersion | None) -> None:
        conditions.check_write_conditions(current, if_match=if_match, if_none_match=if_none_match)

    return check


def _check_key(key: str) -> None:
    if len(key.encode("utf-8")) > 1024:
        raise S3Error("Your key is too long", code="KeyTooLongError")


def _check_part_number(number: int) -> None:
    if not 1 <= number <= MAX_PARTS:
        raise InvalidArgument(
            "Part number must be an integer between 1 and 10000, inclusive",
            ArgumentName="partNumber",
            ArgumentValue=str(number),
        )


def _max_keys(value: int | None) -> int:
    if value is None:
        return 1000
    if value < 0:
        raise InvalidArgument(
            "Provided max-keys not an integer or within integer range",
            ArgumentName="max-keys",
            ArgumentValue=str(value),
        )
    return min(value, 1000)


def _valid_version_id(version_id: str) -> bool:
    return version_id == NULL_VERSION or (
        0 < len(version_id) <= 64 and all(c.isalnum() or c in "._-" for c in version_id)
    )


def _part_range(version: ObjectVersion, number: int) -> tuple[int, int]:
    count = len(version.parts) or 1
    if not 1 <= number <= MAX_PARTS:
        raise InvalidArgument(
            "Part number must be an integer between 1 and 10000, inclusive",
            ArgumentName="partNumber",
            ArgumentValue=str(number),
        )
    if number > count:
        raise InvalidRange(
            "The requested partnumber is not satisfiable",
            code="InvalidPartNumber",
            PartNumberRequested=str(number),
            ActualPartCount=str(count),
        )
    if not version.parts:
        return 0, version.size
    start = sum(p["Size"] for p in version.parts[: number - 1])
    return start, start + version.parts[number - 1]["Size"]


def _copy_range(header: str, size: int) -> tuple[int, int]:
    value = header.strip()
    if not value.startswith("bytes="):
        raise InvalidArgument(
            "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy",
            ArgumentName="x-amz-copy-source-range",
            ArgumentValue=header,
        )
    first, _, last = value[len("bytes=") :].partition("-")
    try:
        start, end = int(first), int(last)
    except ValueError:
        raise InvalidArgument(
            "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy",
            ArgumentName="x-amz-copy-source-range",
            ArgumentValue=header,
        ) from None
    if start > end or end >= size:
        raise InvalidRange(
            "The requested range is not satisfiable", ActualObjectSize=str(size), RangeRequested=header
        )
    return start, end + 1


def parse_copy_source(value: str) -> tuple[str, str, str | None]:
    """``bucket/key[?versionId=…]`` (URL-encoded, maybe with a leading ``/``) → its parts."""
    raw, _, query = value.partition("?")
    version_id = dict(parse_qsl(query)).get("versionId") if query else None
    path = unquote(raw).lstrip("/")
    bucket, _, key = path.partition("/")
    if not bucket or not key:
        raise InvalidArgument(
            "Invalid copy source object key", ArgumentName="x-amz-copy-source", ArgumentValue=value
        )
    return bucket, key, version_id


def _parse_tagging(header: str | None) -> dict[str, str]:
    if not header:
        return {}
    pairs = parse_qsl(header, keep_blank_values=True)
    return _tag_set([{"Key": k, "Value": v} for k, v in pairs], limit=10)


def _tag_set(items: list[dict[str, Any]], *, limit: int) -> dict[str, str]:
    tags: dict[str, str] = {}
    if len(items) > limit:
        raise InvalidTag(
            f"Object tags cannot be greater than {limit}"
            if limit == 10
            else "Bucket tag count cannot be greater than 50"
        )
    for item in items:
        key, value = item.get("Key", ""), item.get("Value", "")
        if not key or len(key) > 128:
            raise InvalidTag("The TagKey you have provided is invalid", TagKey=key)
        if len(value) > 256:
            raise InvalidTag("The TagValue you have provided is invalid", TagKey=key, TagValue=value)
        if key in tags:
            raise InvalidTag("Cannot provide multiple Tags with the same key", TagKey=key)
        tags[key] = value
    return tags


def tagging_header(tags: dict[str, str]) -> str:
    return urlencode(tags)
