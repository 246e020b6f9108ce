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
from overcast_common.service import ServiceHandler

from overcast_s3.blobs import FileBlobStore
from overcast_s3.provider import S3Provider
from overcast_s3.store import S3Store
from overcast_s3.store.sql import SqlS3Store

SERVICE = "s3"


@dataclass
class S3Service:
    handler: ServiceHandler
    store: S3Store
    blobs: FileBlobStore
    credentials: None = None

    async def reset(self) -> None:
        await self.store.reset()
        await self.blobs.reset()

    async def close(self) -> None:
        await self.store.close()


async def start(settings: Settings) -> S3Service:
    store = await SqlS3Store.open(settings)
    fsync = os.environ.get("OVERCAST_S3_FSYNC", "1").strip() not in ("0", "false", "no")
    blobs = FileBlobStore(settings.service_data_dir(SERVICE) / "blobs", fsync=fsync)
    provider = S3Provider(store, blobs)
    return S3Service(ServiceHandler(provider, AllowRoot()), store, blobs)
