"""S3 across several replicas (cluster mode): each bucket's bytes live on its owner's volume.

Metadata is shared (PostgreSQL), so any replica can read any object's metadata; only its bytes are
local to the owner (``overcast_common.dispatch.partitioned``: rendezvous hashing of the bucket name over
the replica indexes). The gateway and ``peers`` send every call to the bucket's owner; what a replica
must still do about a bucket it does not own:

- read a copy source (``CopyObject`` / ``UploadPartCopy`` from a bucket on another replica): a streamed
  ``GetObject`` to the owner through ``peers`` (:func:`remote_read`);
- write into a bucket it does not own from background work: a replica copy (``overcast_s3.replication``)
  and an access log object (``overcast_s3.access_log``) are sent to the owner as internal operations
  (:data:`PUT_REPLICA`, :data:`DELIVER_LOG`), because the public API cannot keep a source's version id
  or write as S3's own log delivery. Only another S3 replica may call them (a peer call from ``s3``);
  no client can name them (the codec routes modeled operations only);
- background work (lifecycle, replication re-queue) only runs over the buckets this replica owns.

The other background writers need nothing more: lifecycle and the replication re-queue act only on
owned buckets, restores and event notifications write metadata only (shared), the orphan sweeper
sweeps its own volume against the shared references, and CloudTrail and Firehose write through ``peers``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Handler, Params
from overcast_common.errors import AccessDenied
from overcast_common.peers import peer_caller, peers

from overcast_s3.store import ObjectVersion

PUT_REPLICA = "overcast:S3PutReplica"
"""``{Bucket (the destination), Key, SourceBucket, VersionId, Destination, Body?}`` → ``{"Written": bool}``:
the owner of the destination writes the replica of a source version (bytes streamed from the source's
owner; none for a delete marker), unless a version with that id is there already."""
DELIVER_LOG = "overcast:S3DeliverLog"
"""``{Bucket, Key, Body, Grants?}`` → ``{"Delivered": bool}``: the owner of the target bucket writes one
access log object as S3's log delivery does."""
PEER_WRITES: Mapping[str, str] = {
    PUT_REPLICA: "_put_replica_for_peer",
    DELIVER_LOG: "_deliver_log_for_peer",
}
"""The internal write operations and the provider method (``params`` → result) serving each."""

_COPY_SOURCE_SSE_C = {
    "copy_source_sse_customer_algorithm": "SSECustomerAlgorithm",
    "copy_source_sse_customer_key": "SSECustomerKey",
    "copy_source_sse_customer_key_md5": "SSECustomerKeyMD5",
}


async def remote_read(
    context: RequestContext, source: ObjectVersion, start: int, end: int, params: Mapping[str, Any]
) -> AsyncIterator[bytes]:
    """Bytes ``[start, end)`` of ``source``, read from the replica that owns its bucket."""
    if end <= start:
        return
    request: dict[str, Any] = {"Bucket": source.bucket, "Key": source.key, "VersionId": source.version_id}
    if (start, end) != (0, source.size):
        request["Range"] = f"bytes={start}-{end - 1}"
    for name, member in _COPY_SOURCE_SSE_C.items():  # the copy source's SSE-C key opens the source
        if params.get(name) is not None:
            request[member] = params[name]
    result = await peers.call(
        "s3",
        "GetObject",
        request,
        account_id=context.account_id,
        region=context.region,
        caller="s3",
        principal=context.principal,
        trace_header=context.trace_header,
    )
    body: Any = result.get("Body", b"")
    if isinstance(body, bytes):
        if body:
            yield body
        return
    async for chunk in body:
        yield chunk


async def call_owner(operation: str, params: Params, *, account_id: str, region: str) -> Params:
    """Runs internal ``operation`` on the replica owning ``params["Bucket"]``."""
    return await peers.call("s3", operation, params, account_id=account_id, region=region, caller="s3")


def serve_peer_writes(handler: Handler, provider: Any) -> Handler:
    """``handler`` answering :data:`PEER_WRITES` too, for another S3 replica only."""
    methods: dict[str, Callable[[Params], Awaitable[Params]]] = {
        operation: getattr(provider, name) for operation, name in PEER_WRITES.items()
    }

    async def served(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        method = methods.get(context.operation)
        if method is None:
            return await handler(context, params)
        if peer_caller(context) != "s3":
            raise AccessDenied("Access Denied")
        return dict(await method(params))

    return served


async def chunks(data: bytes, size: int = 1024 * 1024) -> AsyncIterator[bytes]:
    """``data`` as a body stream (a peer call's message stays small whatever the size)."""
    for offset in range(0, len(data), size):
        yield data[offset : offset + size]
