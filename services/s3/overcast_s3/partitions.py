"""S3 across several replicas (cluster mode): each bucket's bytes live on its owner's volume.

Metadata is shared (PostgreSQL), so any replica can read any object's metadata; only its bytes are
local to the owner (``overcast_common.dispatch.partitioned``: rendezvous hashing of the bucket name over
the replica indexes). The gateway and ``peers`` send every call to the bucket's owner; what a replica
must still do about a bucket it does not own:

- read a copy source (``CopyObject`` / ``UploadPartCopy`` from a bucket on another replica): a streamed
  ``GetObject`` to the owner through ``peers`` (:func:`remote_read`);
- background work (lifecycle, replication re-queue) only runs over the buckets this replica owns.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from overcast_common.context import RequestContext
from overcast_common.peers import peers

from overcast_s3.store import ObjectVersion

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
