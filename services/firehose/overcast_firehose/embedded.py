"""Firehose inside the gateway's process (embedded mode): ``await start(settings)``.

Besides the handler it runs the delivery engine: one worker per delivery stream (and a Kinesis reader
for ``KinesisStreamAsSource`` streams), resumed at start from the store and the durable log, so
records acknowledged before a crash are delivered after it. Configuration: ``README.md``.

Several replicas (cluster mode): each owns the delivery streams that rendezvous hashing of the name
gives its ``OVERCAST_REPLICA_INDEX`` (``overcast_common.dispatch.partitioned``) and runs only their
workers; the gateway and ``peers`` send every call about a delivery stream to its owner.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.dispatch.partitioned import Partition
from overcast_common.log import Log, open_log
from overcast_common.service import ServiceHandler

from overcast_firehose.engine import DeliveryEngine
from overcast_firehose.provider import FirehoseProvider
from overcast_firehose.settings import FirehoseSettings
from overcast_firehose.store import FirehoseStore
from overcast_firehose.store.sql import SqlFirehoseStore

SERVICE = "firehose"
log = logging.getLogger("overcast.firehose")


@dataclass
class FirehoseService:
    handler: ServiceHandler
    provider: FirehoseProvider
    store: FirehoseStore
    log: Log
    engine: DeliveryEngine
    credentials: None = None

    async def reset(self) -> None:
        # this replica's streams: what it runs (another replica's reset may have emptied the store already)
        streams = {s.topic: s for s in await self.provider.owned_streams()}
        streams.update((topic, worker.stream) for topic, worker in self.engine.workers.items())
        for stream in streams.values():
            await self.engine.stop(stream)
            with contextlib.suppress(KeyError):
                await self.log.delete_topic(stream.topic)
        await self.store.reset()
        self.provider.forget()

    async def close(self) -> None:
        await self.engine.close()
        await self.log.close()
        await self.store.close()


async def start(settings: Settings) -> FirehoseService:
    store = await SqlFirehoseStore.open(settings)
    durable = await open_log(settings, SERVICE)
    options = FirehoseSettings.from_env()
    engine = DeliveryEngine(durable, options)
    provider = FirehoseProvider(store, durable, engine, options)
    provider.ownership = Partition.from_env(SERVICE)
    service = FirehoseService(ServiceHandler(provider, AllowRoot()), provider, store, durable, engine)
    resumed = await provider.resume()
    if resumed:
        log.info("firehose resumed delivery streams", extra={"fields": {"count": resumed}})
    return service
