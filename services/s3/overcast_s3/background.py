"""The S3 service's background work, the same in both modes (``embedded.start`` runs it; in a cluster
``servicehost`` calls that same ``start`` inside the S3 process): the outbox workers (event delivery,
replication), the lifecycle executor and the orphan-blob sweeper. ``close`` stops them all.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from overcast_s3 import sweeper
from overcast_s3.features import FeatureSettings, S3Features
from overcast_s3.outbox import Outbox
from overcast_s3.small_blobs import SmallBlobs
from overcast_s3.store import S3Store

log = logging.getLogger("overcast.s3.background")


@dataclass
class Background:
    provider: S3Features
    store: S3Store
    data_dir: Path
    """``<data dir>/s3``: ``outbox/`` and ``blobs/`` live under it."""
    fsync: bool = True
    small: SmallBlobs | None = None
    """The small-blob file, swept like the blob files."""
    settings: FeatureSettings = field(default_factory=FeatureSettings.from_env)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def start(self) -> None:
        self.provider.feature_settings = self.settings
        outbox = Outbox(self.data_dir / "outbox", self.provider.run_outbox_entry, fsync=self.fsync)
        self.provider.outbox = outbox
        await outbox.start()
        self._tasks = [
            asyncio.create_task(
                self._every(self.settings.lifecycle_interval_s, self.provider.lifecycle_pass, False)
            ),
            asyncio.create_task(self._every(self.settings.sweep_interval_s, self.sweep, True)),
            asyncio.create_task(self._once(self.provider.requeue_pending_replication)),
        ]

    async def sweep(self) -> int:
        return await sweeper.sweep(
            self.data_dir / "blobs", self.store, grace_s=self.settings.sweep_grace_s, small=self.small
        )

    async def _every(self, seconds: float, job: Callable[[], Awaitable[int]], at_start: bool) -> None:
        if not at_start:
            await asyncio.sleep(seconds)
        while True:
            try:
                await job()
            except Exception:  # keep running; the next round retries
                log.exception("s3 background job %s failed", getattr(job, "__name__", job))
            await asyncio.sleep(seconds)

    async def _once(self, job: Callable[[], Awaitable[int]]) -> None:
        try:
            await job()
        except Exception:
            log.exception("s3 background job %s failed", getattr(job, "__name__", job))

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        if self.provider.outbox is not None:
            await self.provider.outbox.close()
            self.provider.outbox = None
