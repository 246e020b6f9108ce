"""SQS inside the gateway's process (embedded mode): ``await start(settings)``.

Configuration (environment):

- ``OVERCAST_SQS_STORE``: ``sqlite`` (default; ``<data dir>/sqs/sqs.sqlite3``) or ``redis``;
- ``OVERCAST_SQS_REDIS_URL``: the Redis server for ``redis`` (default ``redis://127.0.0.1:6379/0``);
- ``OVERCAST_SQS_STRICT_TIMING``: ``0`` turns off AWS's 60-second PurgeQueue / re-create rules;
- ``OVERCAST_SQS_QUEUE_URL_HOST``: the host queue URLs name (default: the caller's ``Host``);
- ``OVERCAST_SQS_MAX_MESSAGE_SIZE``: the message size limit (default 1,048,576, AWS's since 2025).

Besides the handler it runs two background jobs: the retention sweeper, which deletes messages
older than their queue's ``MessageRetentionPeriod`` (receives never return them either way), and
the move watch, which resumes the message move tasks no process runs (a previous run left them
RUNNING, or, in cluster mode, the process running them stopped); see ``SqsProvider.start_move_watch``.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
from dataclasses import dataclass, field

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.service import ServiceHandler

from overcast_sqs.provider import ProviderSettings, SqsProvider
from overcast_sqs.store import SqsStore
from overcast_sqs.store.sqlite import SqliteSqsStore

SERVICE = "sqs"
SWEEP_EVERY_S = 10.0
log = logging.getLogger("overcast.sqs")


@dataclass
class SqsService:
    handler: ServiceHandler
    provider: SqsProvider
    store: SqsStore
    credentials: None = None
    _sweeper: asyncio.Task[None] | None = field(default=None, repr=False)

    def start_sweeper(self) -> None:
        self._sweeper = asyncio.create_task(self._sweep())

    async def _sweep(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_EVERY_S)
            try:
                await self.provider.expire_all()
            except Exception:  # keep sweeping; the next round retries
                log.exception("sqs retention sweep failed")

    async def reset(self) -> None:
        await self.provider.close()
        await self.store.reset()
        self.provider.start_move_watch()

    async def close(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        await self.provider.close()
        await self.store.close()


async def open_store(settings: Settings) -> SqsStore:
    kind = os.environ.get("OVERCAST_SQS_STORE", "sqlite").strip().lower()
    if kind == "redis":
        # imported by name: the Redis client is only loaded where it is used
        module = importlib.import_module("overcast_sqs.store.redis_store")
        url = os.environ.get("OVERCAST_SQS_REDIS_URL", "redis://127.0.0.1:6379/0")
        store: SqsStore = await module.RedisSqsStore.open(url)
        return store
    if kind != "sqlite":
        raise ValueError(f"OVERCAST_SQS_STORE must be sqlite or redis, got {kind!r}")
    return await SqliteSqsStore.open(settings.service_data_dir(SERVICE) / "sqs.sqlite3")


async def start(settings: Settings) -> SqsService:
    store = await open_store(settings)
    provider = SqsProvider(store, settings=ProviderSettings.from_env())
    service = SqsService(ServiceHandler(provider, AllowRoot()), provider, store)
    resumed = await provider.resume_move_tasks()
    if resumed:
        log.info("sqs resumed message move tasks", extra={"fields": {"count": resumed}})
    provider.start_move_watch()
    service.start_sweeper()
    return service
