"""S3 inside the gateway's process (embedded mode): ``await start(settings)``.

Metadata: SQLite under ``<data dir>/s3/metadata.db``, or ``OVERCAST_DATABASE_URL`` (PostgreSQL, schema
``s3``) in cluster mode. Bytes: files under ``<data dir>/s3/blobs/`` in both modes (a volume per S3
replica in a cluster). ``OVERCAST_S3_FSYNC=0`` skips fsync (throwaway data, faster tests).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.dispatch.interface import Handler
from overcast_common.dispatch.partitioned import Partition

from overcast_s3 import partitions
from overcast_s3.access import guard_anonymous
from overcast_s3.access_log import AccessLog
from overcast_s3.background import Background
from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import S3Provider
from overcast_s3.store import S3Store
from overcast_s3.store.sql import SqlS3Store
from overcast_s3.web import S3Handler

SERVICE = "s3"


@dataclass
class S3Service:
    handler: Handler
    store: S3Store
    blobs: FileBlobStore
    credentials: None = None
    background: Background | None = None
    """Event delivery, replication, lifecycle and the orphan sweeper (``overcast_s3.background``)."""
    access_log: AccessLog | None = None
    """Server access log records, delivered to target buckets every few seconds (``overcast_s3.access_log``)."""

    async def reset(self) -> None:
        await self.store.reset()
        await self.blobs.reset()
        if self.access_log is not None:
            self.access_log.clear()

    async def close(self) -> None:
        if self.background is not None:
            await self.background.close()
        if self.access_log is not None:
            await self.access_log.close()  # delivers what it still holds
        await self.store.close()
        self.blobs.close()  # the small-blob writer thread and reader


async def start(settings: Settings) -> S3Service:
    store = await SqlS3Store.open(settings)
    fsync = os.environ.get("OVERCAST_S3_FSYNC", "1").strip() not in ("0", "false", "no")
    blobs = FileBlobStore(settings.service_data_dir(SERVICE) / "blobs", fsync=fsync)
    provider = S3Provider(store, blobs)
    provider.partition = Partition.from_env(SERVICE)  # several replicas: the buckets this one owns
    background = Background(
        provider, store, settings.service_data_dir(SERVICE), fsync=fsync, small=blobs.small
    )
    await background.start()
    access_log = AccessLog(provider, interval=float(os.environ.get("OVERCAST_S3_LOG_FLUSH_SECONDS", "5")))
    access_log.start()
    # unsigned requests are checked against bucket policies and ACLs; every call is access-logged
    # the internal writes other S3 replicas send (``partitions.PEER_WRITES``) are never access-logged
    handler = access_log.wrap(
        partitions.serve_peer_writes(guard_anonymous(S3Handler(provider, AllowRoot()), provider), provider)
    )
    return S3Service(handler, store, blobs, background=background, access_log=access_log)
