"""Kinesis inside the gateway's process (embedded mode): ``await start(settings)``.

Records go to the durable log (``overcast_common.log.open_log``: ``<data dir>/kinesis/log.db``, or Kafka
when ``OVERCAST_KAFKA_BOOTSTRAP_SERVERS`` is set); metadata to ``overcast_common.storage`` (SQLite under
the data directory, or PostgreSQL with ``OVERCAST_DATABASE_URL``). Configuration (environment):

- ``OVERCAST_KINESIS_THROUGHPUT_LIMITS``: ``off`` turns off AWS's per-shard limits (on by default);
- ``OVERCAST_KINESIS_STATUS_DELAY_MS``: how long CREATING / UPDATING last (default 500);
- ``OVERCAST_KINESIS_ITERATOR_TTL_MS``: shard iterator lifetime (default 300,000, AWS's 5 minutes);
- ``OVERCAST_KINESIS_SUBSCRIPTION_S``: SubscribeToShard lifetime (default 300);
- ``OVERCAST_KINESIS_SHARD_LIMIT``: open shards per account and region (default 500).

One background job: every minute, closed shards whose records are all past retention are forgotten
and their topics dropped (``KinesisProvider.expire_shards``).

Several replicas (cluster mode): each owns the streams that rendezvous hashing of the stream name gives
its ``OVERCAST_REPLICA_INDEX`` (``overcast_common.dispatch.partitioned``), holds only those in memory
and expires only their shards; the gateway and ``peers`` send every call about a stream to its owner.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.dispatch.partitioned import Partition
from overcast_common.log import Log, open_log
from overcast_common.service import ServiceHandler

from overcast_kinesis.provider import KinesisProvider, ProviderSettings
from overcast_kinesis.store.sql import SqlKinesisStore
from overcast_kinesis.validation import RequiredMembersFirst

SERVICE = "kinesis"
SWEEP_EVERY_S = 60.0
logger = logging.getLogger("overcast.kinesis")


@dataclass
class KinesisService:
    handler: RequiredMembersFirst
    provider: KinesisProvider
    store: SqlKinesisStore
    log: Log
    credentials: None = None
    _sweeper: asyncio.Task[None] | None = field(default=None, repr=False)

    def start_sweeper(self) -> None:
        self._sweeper = asyncio.create_task(self._sweep())

    async def _sweep(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_EVERY_S)
            try:
                await self.provider.expire_shards()
            except Exception:  # keep sweeping; the next round retries
                logger.exception("kinesis shard expiry failed")

    async def reset(self) -> None:
        await self.provider.reset()

    async def close(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        await self.provider.close()
        await self.log.close()
        await self.store.close()


async def start(settings: Settings) -> KinesisService:
    store = await SqlKinesisStore.open(settings)
    log = await open_log(settings, SERVICE)
    provider = KinesisProvider(store, log, ProviderSettings.from_env())
    provider.ownership = Partition.from_env(SERVICE)
    await provider.load()
    handler = RequiredMembersFirst(ServiceHandler(provider, AllowRoot()))
    service = KinesisService(handler, provider, store, log)
    service.start_sweeper()
    return service
