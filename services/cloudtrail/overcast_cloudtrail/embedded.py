"""CloudTrail inside the gateway's process (embedded mode): ``await start(settings)``.

The same object runs in its own process in cluster mode (``python -m overcast_cloudtrail``). Besides the
API it answers two internal operations (in-process here, over gRPC dispatch in cluster mode):
``AUDIT_OPERATION``, batches of event records the gateway's audit step ships, which are appended to the
event log (``eventlog``: SQLite embedded, Kafka in cluster mode), and ``SELECTION_OPERATION``, which
data events logging trails want and where the event log is (also in every batch's reply), so a gateway
in another process appends to Kafka itself. The event log's indexer feeds ``LookupEvents``' index.

Background jobs: the retention sweep (events older than 90 days, at start and every
``OVERCAST_CLOUDTRAIL_SWEEP_SECONDS``, default 3600) and trail delivery (a log file per logging trail
and region every ``OVERCAST_CLOUDTRAIL_DELIVERY_SECONDS``, default 60; AWS delivers about every 5
minutes) into the trail's S3 bucket through ``overcast_common.peers``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.errors import ValidationError
from overcast_common.log import open_log
from overcast_common.service import ServiceHandler

from overcast_cloudtrail.delivery import S3Delivery
from overcast_cloudtrail.eventlog import EventLog
from overcast_cloudtrail.ingest import AUDIT_OPERATION, SELECTION_OPERATION
from overcast_cloudtrail.provider import CloudtrailProvider
from overcast_cloudtrail.store import CloudtrailStore
from overcast_cloudtrail.store.sql import SqlCloudtrailStore

SERVICE = "cloudtrail"
log = logging.getLogger("overcast.cloudtrail")


class CloudtrailHandler:
    """The service's dispatch handler: the modeled API, plus the audit intake."""

    def __init__(
        self, provider: CloudtrailProvider, api: ServiceHandler, eventlog: EventLog | None = None
    ) -> None:
        self.provider = provider
        self.api = api
        self.eventlog = eventlog
        """Where audit batches go; None (unit tests only): straight into the index."""

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        if context.operation == AUDIT_OPERATION:
            events = params.get("Events")
            if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
                raise ValidationError("Events must be a list of CloudTrail records (JSON strings).")
            records = params.get("Records")
            if not isinstance(records, list) or len(records) != len(events):
                records = None  # only the in-process gateway sends them; the JSON is authoritative
            if self.eventlog is None:
                stored = await self.provider.ingest(events, records)
            else:
                stored = await self.eventlog.append(events, records)
            return {"Stored": stored, **await self._selection()}
        if context.operation == SELECTION_OPERATION:
            return await self._selection()
        return await self.api(context, params)

    async def _selection(self) -> dict[str, Any]:
        out: dict[str, Any] = {"Selection": await self.provider.audit_selection()}
        if self.eventlog is not None and (where := self.eventlog.advertised()):
            out["EventLog"] = where
        return out


@dataclass
class CloudtrailService:
    handler: CloudtrailHandler
    provider: CloudtrailProvider
    store: CloudtrailStore
    eventlog: EventLog | None = None
    credentials: None = None
    _jobs: list[asyncio.Task[None]] = field(default_factory=list, repr=False)

    def start_jobs(self, sweep_every: float, deliver_every: float) -> None:
        self._jobs = [
            asyncio.create_task(_every(sweep_every, self.provider.sweep, "retention sweep", first=True)),
            asyncio.create_task(_every(deliver_every, self.provider.deliver, "trail delivery")),
        ]

    async def reset(self) -> None:
        if self.eventlog is not None:
            await self.eventlog.skip_to_end()
        await self.store.reset()

    async def close(self) -> None:
        for job in self._jobs:
            job.cancel()
        for job in self._jobs:
            with contextlib.suppress(asyncio.CancelledError):
                await job
        with contextlib.suppress(Exception):  # index and deliver what is pending before stopping
            await self.provider.deliver()
        if self.eventlog is not None:
            await self.eventlog.close()
        await self.store.close()


async def _every(
    seconds: float, work: Callable[[], Awaitable[int]], what: str, *, first: bool = False
) -> None:
    if not first:
        await asyncio.sleep(seconds)
    while True:
        try:
            await work()
        except Exception:  # keep going; the next round retries
            log.exception("cloudtrail %s failed", what)
        await asyncio.sleep(seconds)


def _seconds(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


async def open_store(settings: Settings) -> CloudtrailStore:
    """SQLite under ``<data dir>/cloudtrail/``, or ``OVERCAST_DATABASE_URL`` (PostgreSQL); migrated at open."""
    return await SqlCloudtrailStore.open(settings)


async def start(settings: Settings) -> CloudtrailService:
    store = await open_store(settings)
    provider = CloudtrailProvider(store, S3Delivery())
    eventlog = EventLog(await open_log(settings, SERVICE), provider.ingest)
    await eventlog.start()
    provider.settle = eventlog.drain
    handler = CloudtrailHandler(provider, ServiceHandler(provider, AllowRoot()), eventlog)
    service = CloudtrailService(handler, provider, store, eventlog)
    service.start_jobs(
        _seconds("OVERCAST_CLOUDTRAIL_SWEEP_SECONDS", 3600.0),
        _seconds("OVERCAST_CLOUDTRAIL_DELIVERY_SECONDS", 60.0),
    )
    return service
