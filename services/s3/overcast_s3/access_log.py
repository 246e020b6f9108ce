"""Server access logging: ``Put/GetBucketLogging`` and the records really delivered to the target bucket.

``AccessLog.wrap(handler)`` sees every call S3 serves (after authorization, errors included) and, for
buckets whose logging is enabled, keeps one record per request in S3's server access log format.
A background task delivers what it holds every ``interval`` seconds (``OVERCAST_S3_LOG_FLUSH_SECONDS``,
5 by default; AWS delivers within hours) as one object per source bucket, keyed as the configured
``TargetObjectKeyFormat`` says (``<prefix>YYYY-mm-DD-HH-MM-SS-<unique>`` by default). A target bucket
owned by another S3 replica (cluster mode) gets its log object from that replica
(``partitions.DELIVER_LOG``), so the bytes land on the volume that serves them. Delivery is best
effort as in AWS: a failed delivery is tried again at the next few flushes, records still held when the
process is killed are lost; a clean stop delivers them.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Handler
from overcast_common.dispatch.partitioned import Partition
from overcast_common.errors import ServiceError
from overcast_common.http import BodyStream

from overcast_s3 import acl, partitions
from overcast_s3.blobs import BlobStore
from overcast_s3.destination_policy import service_may
from overcast_s3.errors import MALFORMED_XML, MalformedXML, S3Error
from overcast_s3.ingest import ingest
from overcast_s3.store import Bucket, ObjectVersion, S3Store, Segment

log = logging.getLogger("overcast.s3.access_log")

CONFIG_TTL = 5.0
"""How long a bucket's logging configuration is trusted without reading it again (other replicas)."""
DELIVERY_ATTEMPTS = 5
"""Flushes a batch of records is offered to before it is dropped (its target's replica may be down)."""

_RESOURCES = {
    "ListObjects": "BUCKET",
    "ListObjectsV2": "BUCKET",
    "HeadBucket": "BUCKET",
    "CreateBucket": "BUCKET",
    "DeleteBucket": "BUCKET",
    "ListObjectVersions": "BUCKETVERSIONS",
    "CreateMultipartUpload": "UPLOADS",
    "ListMultipartUploads": "UPLOADS",
    "UploadPart": "PART",
    "UploadPartCopy": "PART",
    "CompleteMultipartUpload": "UPLOAD",
    "AbortMultipartUpload": "UPLOAD",
    "ListParts": "UPLOAD",
    "DeleteObjects": "MULTI_OBJECT_DELETE",
    "GetBucketLogging": "LOGGING_STATUS",
    "PutBucketLogging": "LOGGING_STATUS",
    "GetBucketPolicy": "BUCKETPOLICY",
    "PutBucketPolicy": "BUCKETPOLICY",
    "DeleteBucketPolicy": "BUCKETPOLICY",
}


LOG_DELIVERY_PRINCIPAL = "logging.s3.amazonaws.com"
LOG_KEY_PROBE = "2026-01-01-00-00-00-0000000000000000"
"""A log object name below the prefix: the policy check asks about a key S3 would really write."""


class InvalidTargetBucketForLogging(S3Error):
    code = "InvalidTargetBucketForLogging"


class LoggingMixin:
    """``PutBucketLogging`` / ``GetBucketLogging`` and delivering a log object (``_deliver_log_object``)."""

    store: S3Store
    blobs: BlobStore
    clock: Callable[[], datetime]
    partition: Partition
    access_log: AccessLog | None = None

    if TYPE_CHECKING:

        async def _bucket(self, context: RequestContext, name: str) -> Bucket: ...

        def _new_version_id(self, bucket: Bucket) -> tuple[str, bool]: ...

    async def put_bucket_logging(
        self, context: RequestContext, *, bucket: str, bucket_logging_status: Mapping[str, Any], **_: Any
    ) -> None:
        found = await self._bucket(context, bucket)
        enabled = bucket_logging_status.get("LoggingEnabled")
        document: dict[str, Any] | None = None
        if enabled is not None:
            target_name = enabled.get("TargetBucket")
            if not target_name or "TargetPrefix" not in enabled:
                raise MalformedXML(MALFORMED_XML)
            target = await self.store.get_bucket(target_name)
            if target is None:
                raise InvalidTargetBucketForLogging(
                    "The target bucket for logging does not exist", TargetBucket=target_name
                )
            if target.account_id != found.account_id:
                raise InvalidTargetBucketForLogging(
                    "The owner for the bucket to be logged and the target bucket must be the same.",
                    TargetBucket=target_name,
                )
            if target.region != found.region:
                raise InvalidTargetBucketForLogging(
                    "Cross S3 location logging not allowed. ", TargetBucket=target_name
                )
            await self._check_log_delivery(target, found, str(enabled.get("TargetPrefix") or ""))
            document = dict(enabled)
            if document.get("TargetGrants"):
                document["TargetGrants"] = [
                    acl.normalize(g, {acl.canonical_id(found.account_id): found.account_id})
                    for g in document["TargetGrants"]
                ]
        await self.store.put_config(bucket, "logging", document)
        if self.access_log is not None:
            self.access_log.forget(bucket)

    async def _check_log_delivery(self, target: Bucket, source: Bucket, prefix: str) -> None:
        """S3's log delivery must be allowed to write: the target's bucket policy lets
        ``logging.s3.amazonaws.com`` ``s3:PutObject`` under the prefix (for this source bucket), or,
        with ACLs enabled, the log delivery group has WRITE and READ_ACP."""
        document = await self.store.get_config(target.name, "policy") or {}
        if service_may(
            document.get("text"),
            LOG_DELIVERY_PRINCIPAL,
            "s3:PutObject",
            f"arn:aws:s3:::{target.name}/{prefix}{LOG_KEY_PROBE}",
            source_arn=f"arn:aws:s3:::{source.name}",
            source_account=source.account_id,
        ):
            return
        ownership = await self.store.get_config(target.name, "ownership")
        if not (ownership and ownership.get("ObjectOwnership") == "BucketOwnerEnforced"):
            stored = await self.store.get_config(target.name, "acl") or {}
            if "canned" in stored:
                grants = acl.canned(stored["canned"], target.account_id)
            else:
                grants = stored.get("grants") or []
            if acl.allows(grants, acl.LOG_DELIVERY, "WRITE") and acl.allows(
                grants, acl.LOG_DELIVERY, "READ_ACP"
            ):
                return
        raise InvalidTargetBucketForLogging(
            "You must either provide the necessary permissions to the logging service using a bucket "
            "policy or give the log-delivery group WRITE and READ_ACP permissions to the target bucket",
            TargetBucket=target.name,
        )

    async def get_bucket_logging(self, context: RequestContext, *, bucket: str, **_: Any) -> Any:
        await self._bucket(context, bucket)
        document = await self.store.get_config(bucket, "logging")
        return {"LoggingEnabled": document} if document else {}

    async def _deliver_log_object(
        self, bucket_name: str, key: str, data: bytes, grants: list[dict[str, Any]] | None = None
    ) -> bool:
        """Writes a log object as S3's log delivery does (owned by the bucket owner, SSE-S3), with the
        configuration's ``TargetGrants`` added to its ACL; by the bucket's owner replica."""
        bucket = await self.store.get_bucket(bucket_name)
        if bucket is None:
            return False
        if not self.partition.owns(bucket_name):
            params: dict[str, Any] = {"Bucket": bucket_name, "Key": key, "Body": partitions.chunks(data)}
            if grants:
                params["Grants"] = list(grants)
            result = await partitions.call_owner(
                partitions.DELIVER_LOG, params, account_id=bucket.account_id, region=bucket.region
            )
            return bool(result.get("Delivered"))
        await self._write_log_object(bucket, key, data, grants)
        return True

    async def _deliver_log_for_peer(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """``partitions.DELIVER_LOG``: another replica delivers a log object into a bucket this one owns."""
        bucket = await self.store.get_bucket(str(params["Bucket"]))
        if bucket is None:
            return {"Delivered": False}
        await self._write_log_object(
            bucket, str(params["Key"]), params.get("Body", b""), params.get("Grants")
        )
        return {"Delivered": True}

    async def _write_log_object(
        self, bucket: Bucket, key: str, data: bytes | BodyStream, grants: list[dict[str, Any]] | None
    ) -> None:
        bucket_name = bucket.name
        stored = await ingest(self.blobs, data)
        version_id, keep_null = self._new_version_id(bucket)
        version = ObjectVersion(
            bucket=bucket_name,
            key=key,
            version_id=version_id,
            last_modified=self.clock(),
            owner=bucket.account_id,
            size=stored.size,
            etag=stored.md5_hex,
            headers={"ContentType": "text/plain", "ServerSideEncryption": "AES256"},
            segments=[Segment(stored.blob_id, stored.size)],
        )
        if grants:
            version.extras["acl"] = {"grants": acl.canned("private", bucket.account_id) + list(grants)}
        try:
            freed = await self.store.put_version(version, keep_null=keep_null)
        except BaseException:
            await self.blobs.delete([stored.blob_id])
            raise
        if freed:
            await self.blobs.delete(freed)


@dataclass
class _Source:
    expires: float
    config: dict[str, Any] | None
    owner: str = ""
    region: str = ""


@dataclass
class _Pending:
    config: dict[str, Any]
    owner: str
    region: str
    lines: list[str] = field(default_factory=list)
    attempts: int = 0


class AccessLog:
    """Collects access log records and delivers them to the target buckets in the background."""

    def __init__(self, provider: LoggingMixin, *, interval: float = 5.0) -> None:
        self.provider = provider
        self.interval = interval
        self._sources: dict[str, _Source] = {}
        self._pending: dict[str, _Pending] = {}
        self._task: asyncio.Task[None] | None = None
        provider.access_log = self

    def forget(self, bucket: str) -> None:
        self._sources.pop(bucket, None)

    def clear(self) -> None:
        """Forget held records and cached configurations (``/_overcast/reset``)."""
        self._sources.clear()
        self._pending.clear()

    def wrap(self, handler: Handler) -> Handler:
        async def logged(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
            started = time.perf_counter()
            bucket = params.get("Bucket")
            logged_call = isinstance(bucket, str) and is_logged(context.operation)
            try:
                result = await handler(context, params)
            except ServiceError as error:
                if logged_call:
                    await self._record(context, params, str(bucket), None, error, started)
                raise
            if logged_call:
                await self._record(context, params, str(bucket), result, None, started)
            return result

        return logged

    async def _source(self, bucket: str) -> _Source:
        now = time.monotonic()
        cached = self._sources.get(bucket)
        if cached is not None and cached.expires > now:
            return cached
        store = self.provider.store
        config = await store.get_config(bucket, "logging")
        found = await store.get_bucket(bucket) if config else None
        source = _Source(now + CONFIG_TTL, config if found else None)
        if found is not None:
            source.owner, source.region = found.account_id, found.region
        if len(self._sources) > 10_000:
            self._sources.clear()
        self._sources[bucket] = source
        return source

    async def _record(
        self,
        context: RequestContext,
        params: Mapping[str, Any],
        bucket: str,
        result: Mapping[str, Any] | None,
        error: ServiceError | None,
        started: float,
    ) -> None:
        try:
            source = await self._source(bucket)
            if not source.config:
                return
            elapsed = int((time.perf_counter() - started) * 1000)
            line = record_line(
                context, params, bucket, source.owner, result, error, elapsed, self.provider.clock()
            )
        except Exception:  # a log record is never worth failing the request it describes
            log.exception("access log record failed", extra={"fields": {"bucket": bucket}})
            return
        pending = self._pending.get(bucket)
        if pending is None:
            pending = self._pending[bucket] = _Pending(source.config, source.owner, source.region)
        pending.config = source.config
        pending.lines.append(line)

    async def flush(self) -> int:
        """Delivers every held record now; returns how many log objects were written."""
        pending, self._pending = self._pending, {}
        written = 0
        for bucket, batch in pending.items():
            now = self.provider.clock()
            key = log_key(batch.config, now, bucket=bucket, account_id=batch.owner, region=batch.region)
            data = "".join(line + "\n" for line in batch.lines).encode()
            try:
                target, grants = batch.config["TargetBucket"], batch.config.get("TargetGrants")
                if await self.provider._deliver_log_object(target, key, data, grants):
                    written += 1
            except Exception:
                log.exception("access log delivery failed", extra={"fields": {"bucket": bucket}})
                self._hold_again(bucket, batch)
        return written

    def _hold_again(self, bucket: str, batch: _Pending) -> None:
        """A batch that could not be delivered goes first in the next flush, a few times at most."""
        batch.attempts += 1
        if batch.attempts >= DELIVERY_ATTEMPTS:
            return
        newer = self._pending.get(bucket)
        if newer is not None:
            batch.lines.extend(newer.lines)
            batch.config = newer.config
        self._pending[bucket] = batch

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.flush()

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.flush()


# --- the record format ----------------------------------------------------------------------------


def log_key(config: Mapping[str, Any], now: datetime, *, bucket: str, account_id: str, region: str) -> str:
    prefix = config.get("TargetPrefix", "")
    unique = secrets.token_hex(8).upper()
    stamp = now.strftime("%Y-%m-%d-%H-%M-%S")
    key_format = config.get("TargetObjectKeyFormat") or {}
    if "PartitionedPrefix" in key_format:
        return f"{prefix}{account_id}/{region}/{bucket}/{now:%Y/%m/%d}/{stamp}-{unique}"
    return f"{prefix}{stamp}-{unique}"


_INTERNAL_LABELS = {
    "overcast:S3Website": "WEBSITE.{method}.OBJECT",
    "overcast:S3PostObject": "REST.POST.OBJECT",
    "overcast:S3Preflight": "REST.OPTIONS.PREFLIGHT",
}
"""The browser-facing internal operations (``overcast_s3.web``) as S3's logs name them; the others
(``overcast:S3CorsHeaders`` accompanies a request that is logged itself) are not logged."""


def is_logged(operation: str) -> bool:
    return not operation.startswith("overcast:") or operation in _INTERNAL_LABELS


def _http(operation: str) -> tuple[str, str]:
    from overcast_common.protocol.models import service_model

    model = service_model("s3")
    if model is None or operation not in model.operation_names:
        return "GET", ""
    http = model.operation_model(operation).http
    return http.get("method", "GET"), http.get("requestUri", "")


def describe(context: RequestContext, params: Mapping[str, Any], bucket: str) -> tuple[str, str, str]:
    """(operation label, request URI, key) of one call, as S3's access log shows them."""
    operation = context.operation
    if operation in _INTERNAL_LABELS:
        method = str(params.get("Method") or ("POST" if operation.endswith("PostObject") else "OPTIONS"))
        if operation == "overcast:S3Website":
            path = str(params.get("Path") or "/")
            label = _INTERNAL_LABELS[operation].format(method=method)
            return label, f"{method} {path} HTTP/1.1", path.lstrip("/")
        key = str((params.get("Fields") or {}).get("key", "")) if operation.endswith("PostObject") else ""
        return _INTERNAL_LABELS[operation], f"{method} /{bucket} HTTP/1.1", key
    method, uri = _http(operation)
    key = str(params.get("Key") or "")
    path = (uri or "/{Bucket}").replace("{Bucket}", bucket).replace("{Key+}", quote(key, safe="/~"))
    if params.get("VersionId"):
        path += ("&" if "?" in path else "?") + f"versionId={quote(str(params['VersionId']))}"
    if operation == "CopyObject":
        label = "REST.COPY.OBJECT"
    elif operation == "UploadPartCopy":
        label = "REST.COPY.PART"
    else:
        resource = _RESOURCES.get(operation)
        if resource is None:
            query = uri.partition("?")[2].split("&")[0].split("=")[0]
            if query:
                resource = query.replace("-", "_").upper()
                if "{Key+}" in uri and resource == "TAGGING":
                    resource = "OBJECT_TAGGING"
            else:
                resource = "OBJECT" if "{Key+}" in uri else "BUCKET"
        label = f"REST.{method}.{resource}"
    return label, f"{method} {path} HTTP/1.1", key


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"' if value else '"-"'


def record_line(
    context: RequestContext,
    params: Mapping[str, Any],
    bucket: str,
    owner: str,
    result: Mapping[str, Any] | None,
    error: ServiceError | None,
    elapsed_ms: int,
    now: datetime,
) -> str:
    """One record in S3's server access log format (space separated, ``-`` for absent fields)."""
    status = (
        error.status_code
        if error is not None
        else (204 if context.operation.startswith("Delete") and context.operation != "DeleteObjects" else 200)
    )
    result = result or {}
    object_size = "-"
    bytes_sent = "-"
    if result.get("ContentLength") is not None:
        if "Body" in result:
            bytes_sent = str(result["ContentLength"])
        total = str(result.get("ContentRange", "")).rpartition("/")[2]
        object_size = total if total.isdigit() else str(result["ContentLength"])
    elif params.get("ContentLength") is not None:
        object_size = str(params["ContentLength"])
    principal = context.principal
    version_id = result.get("VersionId") or params.get("VersionId") or "-"
    host_id = base64.b64encode(hashlib.sha384(context.request_id.encode()).digest()).decode()
    label, uri, key = describe(context, params, bucket)
    if error is None and isinstance(result.get("Status"), int):
        status = result["Status"]  # the internal web operations answer whole HTTP responses
    fields = [
        acl.canonical_id(owner) if owner else "-",
        bucket,
        now.astimezone(UTC).strftime("[%d/%b/%Y:%H:%M:%S +0000]"),
        context.source_ip or "-",
        principal.arn if principal is not None else "-",
        context.request_id or "-",
        label,
        quote(key, safe="/~") if key else "-",
        _quoted(uri),
        str(status),
        error.code if error is not None else "-",
        bytes_sent,
        object_size,
        str(elapsed_ms),
        str(elapsed_ms) if error is None else "-",
        '"-"',
        _quoted(context.user_agent),
        str(version_id),
        host_id,
        "SigV4" if principal is not None else "-",
        "-",
        "AuthHeader" if principal is not None else "-",
        context.host or "-",
        "-",
        "-",
        "-",
    ]
    return " ".join(fields)
