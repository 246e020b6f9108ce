"""STS inside the gateway's process (embedded mode): ``await start(settings)``.

The gateway calls ``start`` once at boot and then uses the returned service's ``handler`` for every
STS call, ``credentials`` to verify session keys, ``reset`` for ``POST /_overcast/reset`` and
``close`` at shutdown.
"""

from __future__ import annotations

from dataclasses import dataclass

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.service import ServiceHandler

from overcast_sts.credentials import SessionKeys
from overcast_sts.provider import StsProvider
from overcast_sts.store import StsStore
from overcast_sts.store.sql import SqlStsStore

SERVICE = "sts"


@dataclass
class StsService:
    handler: ServiceHandler
    credentials: SessionKeys
    store: StsStore

    async def reset(self) -> None:
        await self.store.reset()

    async def close(self) -> None:
        await self.store.close()


async def open_store(settings: Settings) -> StsStore:
    """SQLite under ``<data dir>/sts/``, or ``OVERCAST_DATABASE_URL`` (PostgreSQL); migrated at open."""
    return await SqlStsStore.open(settings)


async def start(settings: Settings) -> StsService:
    store = await open_store(settings)
    return StsService(ServiceHandler(StsProvider(store), AllowRoot()), SessionKeys(store), store)
