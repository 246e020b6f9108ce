"""Bucket replication: AWS's validation of the configuration, the rule a write falls under, and the
copy itself (run from the outbox after the write is acknowledged).

A replicated write is marked ``replication_status: PENDING`` in the source version's ``extras`` in
the same commit as the write, the copy keeps the source's version id and is marked ``REPLICA``, then
the source becomes ``COMPLETED`` (``FAILED`` once the outbox gives up). Every bucket lives in this
S3 service, so the destination may be in another region or account: it is written directly, by this
replica when it owns the destination bucket, else by the destination's owner (cluster mode with several
S3 replicas: ``partitions.PUT_REPLICA``, the stored bytes streamed to it), so the replica's bytes land
on the volume that serves them.
"""

from __future__ import annotations

import asyncio
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import replace
from typing import Any

from overcast_s3 import partitions
from overcast_s3.blobs import BlobStore
from overcast_s3.errors import MALFORMED_XML, InvalidArgument, InvalidRequest, MalformedXML
from overcast_s3.store import Bucket, ObjectVersion, S3Store, Segment

CONFIG = "replication"


def bucket_of(arn: str) -> str:
    return arn.split(":::", 1)[1] if arn.startswith("arn:aws:s3:::") else arn


async def validate(source: Bucket, document: Mapping[str, Any], store: S3Store) -> dict[str, Any]:
    if source.versioning != "Enabled":
        raise InvalidRequest(
            "Versioning must be 'Enabled' on the bucket to apply a replication configuration"
        )
    rules = document.get("Rules") or []
    if not rules or len(rules) > 1000:
        raise MalformedXML(MALFORMED_XML)
    ids: set[str] = set()
    priorities: set[int] = set()
    v2 = any("Filter" in r for r in rules)
    for rule in rules:
        if rule.get("Status") not in ("Enabled", "Disabled"):
            raise MalformedXML(MALFORMED_XML)
        existing = rule.get("ExistingObjectReplication")
        if existing is not None and existing.get("Status") not in ("Enabled", "Disabled"):
            raise MalformedXML(MALFORMED_XML)
        rule_id = rule.get("ID")
        if rule_id:
            if rule_id in ids:
                raise InvalidArgument("Rule Id must be unique", ArgumentName="ID", ArgumentValue=rule_id)
            ids.add(rule_id)
        if v2:
            if "Prefix" in rule:
                raise MalformedXML(MALFORMED_XML)
            if "DeleteMarkerReplication" not in rule:
                raise InvalidRequest(
                    "DeleteMarkerReplication must be specified for this version of Cross Region Replication "
                    "configuration schema."
                )
            if len(rules) > 1 and "Priority" not in rule:
                raise InvalidRequest(
                    "Priority must be specified for this version of Cross Region Replication configuration schema."
                )
            priority = rule.get("Priority")
            if priority is not None:
                if priority in priorities:
                    raise InvalidRequest(f"Found duplicate priority {priority} in configuration.")
                priorities.add(priority)
        elif "Prefix" not in rule:
            raise MalformedXML(MALFORMED_XML)
        destination = rule.get("Destination") or {}
        target_name = bucket_of(str(destination.get("Bucket", "")))
        target = await store.get_bucket(target_name)
        if target is None:
            raise InvalidRequest("Destination bucket must exist.")
        if target.versioning != "Enabled":
            raise InvalidRequest("Destination bucket must have versioning enabled.")
        if target.name == source.name:
            raise InvalidRequest("Destination bucket cannot be the same as the source bucket.")
    stored = {k: v for k, v in document.items() if k in ("Role", "Rules")}
    stored["Rules"] = [_with_defaults(r) for r in rules]
    return stored


def replicates_existing(rule: Mapping[str, Any]) -> bool:
    """The rule's ``ExistingObjectReplication`` is on: objects already in the bucket replicate too."""
    return (rule.get("ExistingObjectReplication") or {}).get("Status") == "Enabled"


def _with_defaults(rule: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(rule)
    if "ID" not in out:
        out["ID"] = uuid.uuid4().hex[:32]
    return out


def _matches(rule: Mapping[str, Any], key: str, tags: Mapping[str, str]) -> bool:
    if rule.get("Status") != "Enabled":
        return False
    if "Prefix" in rule:
        return key.startswith(rule["Prefix"] or "")
    rule_filter = rule.get("Filter") or {}
    conjunction = rule_filter.get("And") or rule_filter
    if not key.startswith(conjunction.get("Prefix") or ""):
        return False
    wanted = list(conjunction.get("Tags") or []) + ([rule_filter["Tag"]] if "Tag" in rule_filter else [])
    return all(tags.get(t["Key"]) == t.get("Value", "") for t in wanted)


def rule_for(config: Mapping[str, Any] | None, version: ObjectVersion) -> dict[str, Any] | None:
    """The rule replicating ``version`` (highest ``Priority`` wins), None if none does. A delete marker
    replicates only under a rule with ``DeleteMarkerReplication`` enabled (or a V1, prefix-only rule)
    whose filter has no tags."""
    if not config:
        return None
    best: dict[str, Any] | None = None
    for rule in config.get("Rules") or []:
        if not _matches(rule, version.key, {} if version.delete_marker else version.tags):
            continue
        marker_off = (rule.get("DeleteMarkerReplication") or {}).get("Status") != "Enabled"
        if version.delete_marker and "Filter" in rule and marker_off:
            continue
        if best is None or rule.get("Priority", 0) > best.get("Priority", 0):
            best = rule
    return best


async def replicate(
    store: S3Store,
    blobs: BlobStore,
    source_bucket: str,
    key: str,
    version_id: str,
    rule: Mapping[str, Any],
    owns: Callable[[str], bool] | None = None,
) -> bool:
    """Copies one version (bytes and metadata, same version id) into the rule's destination; marks the
    source COMPLETED. False when the source version is gone (nothing to do). ``owns(bucket)``: whether
    this replica holds the destination's bytes (None: one replica holds all buckets).

    Copies of one key run one at a time, and older versions still PENDING go first: the outbox runs
    entries side by side and retries them, yet the destination's latest must stay the source's."""
    source = await store.get_version(source_bucket, key, version_id)
    if source is None:
        return False
    destination = rule.get("Destination") or {}
    target = bucket_of(str(destination.get("Bucket", "")))
    lock = _key_locks.setdefault((target, key), asyncio.Lock())
    async with lock:
        for older in await _older_pending(store, source):
            await _copy(store, blobs, older, target, destination, owns)
            await mark(store, source_bucket, key, older.version_id, "COMPLETED")
        await _copy(store, blobs, source, target, destination, owns)
    if not source.delete_marker:
        await mark(store, source_bucket, key, version_id, "COMPLETED")
    return True


_key_locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = weakref.WeakValueDictionary()


async def _older_pending(store: S3Store, source: ObjectVersion) -> list[ObjectVersion]:
    listed = await store.list_versions(
        source.bucket, prefix=source.key, after_key="", after_sequence=None, limit=1000
    )
    older = [
        v for v in listed
        if v.key == source.key and (v.sequence or 0) < (source.sequence or 0)
        and not v.delete_marker and v.extras.get("replication_status") == "PENDING"
    ]  # fmt: skip
    return sorted(older, key=lambda v: v.sequence or 0)


async def _copy(
    store: S3Store,
    blobs: BlobStore,
    source: ObjectVersion,
    target: str,
    destination: Mapping[str, Any],
    owns: Callable[[str], bool] | None,
) -> None:
    # the stored bytes as they are (SSE-C ciphertext stays encrypted under the customer's key)
    body = None if source.delete_marker else _stream(blobs, source.segments)
    if owns is None or owns(target):
        await write_replica(store, blobs, source, target, destination, body)
        return
    if await store.get_version(target, source.key, source.version_id) is not None:
        return  # copied already (metadata is shared): no bytes to send
    found = await store.get_bucket(target)
    params: dict[str, Any] = {
        "Bucket": target,
        "Key": source.key,
        "SourceBucket": source.bucket,
        "VersionId": source.version_id,
        "Destination": {k: destination[k] for k in ("StorageClass", "Account") if k in destination},
    }
    if body is not None:
        params["Body"] = body
    await partitions.call_owner(
        partitions.PUT_REPLICA,
        params,
        account_id=found.account_id if found is not None else source.owner,
        region=found.region if found is not None else "us-east-1",
    )


async def put_replica_for_peer(store: S3Store, blobs: BlobStore, params: Mapping[str, Any]) -> dict[str, Any]:
    """``partitions.PUT_REPLICA`` on the destination's owner: the source's metadata is shared, its bytes
    come in ``Body``."""
    source = await store.get_version(
        str(params["SourceBucket"]), str(params["Key"]), str(params["VersionId"])
    )
    if source is None:
        return {"Written": False}  # gone since (a later delete): nothing to replicate
    body = params.get("Body")
    if body is None and not source.delete_marker:
        raise InvalidRequest("A replica of an object needs its bytes.")
    written = await write_replica(
        store, blobs, source, str(params["Bucket"]), params.get("Destination") or {}, body
    )
    return {"Written": written}


async def write_replica(
    store: S3Store,
    blobs: BlobStore,
    source: ObjectVersion,
    target: str,
    destination: Mapping[str, Any],
    body: AsyncIterator[bytes] | None,
) -> bool:
    """Writes ``source``'s replica into ``target`` (this replica's bytes); False if it is there already."""
    if await store.get_version(target, source.key, source.version_id) is not None:
        return False  # copied already (an entry may run twice)
    segments: list[Segment] = []
    if body is not None:
        # the segment keeps the object's size, not the blob file's (SSE-C blobs carry an IV)
        blob_id, _ = await blobs.write(body)
        segments = [Segment(blob_id, source.size)]
    kept = ("retention", "legal_hold", "acl", "sse_c", "encryption")
    extras = {k: v for k, v in source.extras.items() if k in kept}
    extras["replication_status"] = "REPLICA"
    replica = replace(
        source,
        bucket=target,
        segments=segments,
        storage_class=destination.get("StorageClass") or source.storage_class,
        extras=extras,
        owner=destination.get("Account") or source.owner,
    )
    try:
        freed = await store.put_version(replica, keep_null=True)
    except BaseException:
        if segments:
            await blobs.delete([s.blob_id for s in segments])
        raise
    if freed:
        await blobs.delete(freed)
    return True


async def mark(store: S3Store, bucket: str, key: str, version_id: str, status: str) -> None:
    current = await store.get_version(bucket, key, version_id)
    if current is not None:
        await store.set_extras(bucket, key, version_id, {**current.extras, "replication_status": status})


async def _stream(blobs: BlobStore, segments: list[Segment]) -> AsyncIterator[bytes]:
    for segment in segments:
        async for chunk in blobs.read(segment.blob_id):
            yield chunk
