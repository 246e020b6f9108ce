"""X-Ray inside the gateway's process (embedded mode) or its own (``python -m overcast_xray``):
``await start(settings)``.

Besides the API handler it runs:

- the ingest listeners (``ingest.receivers``): OTLP gRPC on ``OVERCAST_XRAY_OTLP_GRPC_PORT`` (4317),
  OTLP HTTP on ``OVERCAST_XRAY_OTLP_HTTP_PORT`` (4318), the daemon's UDP (and TCP sampling) port on
  ``OVERCAST_XRAY_DAEMON_PORT`` (2000); ``0`` = a free port, ``off`` = none; a busy default port is
  skipped with a warning. ``XrayService.ports`` (and the ``xray listeners`` log line) say where they are;
- the in-process sink (``overcast_common.telemetry.sink``): Overcast's own spans, from this process,
  become X-Ray segments without going through the network;
- the retention sweeper: traces untouched for 30 days are deleted, as X-Ray keeps them 30 days.

Segments from OTLP, the daemon and the sink are stored in the default account and region
(``OVERCAST_DEFAULT_ACCOUNT_ID``, ``OVERCAST_DEFAULT_REGION``): those sources carry no credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.service import ServiceHandler

from overcast_xray.ingest import Ingestor
from overcast_xray.ingest.otlp import Options, convert_sdk_spans
from overcast_xray.ingest.receivers import Receivers, start_receivers
from overcast_xray.provider import XrayProvider
from overcast_xray.store import XrayStore
from overcast_xray.store.sql import SqlXrayStore

SERVICE = "xray"
SWEEP_EVERY_S = 3600.0
log = logging.getLogger("overcast.xray")


@dataclass
class XrayService:
    handler: ServiceHandler
    provider: XrayProvider
    store: XrayStore
    ingestor: Ingestor
    receivers: Receivers
    credentials: None = None
    _unregister_sink: Callable[[], None] | None = field(default=None, repr=False)
    _sweeper: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def ports(self) -> dict[str, int]:
        """Where the ingest listeners listen: ``otlp_grpc``, ``otlp_http``, ``daemon`` (absent: off)."""
        return dict(self.receivers.ports)

    async def reset(self) -> None:
        await self.ingestor.flush()
        await self.store.reset()

    async def close(self) -> None:
        if self._unregister_sink is not None:
            self._unregister_sink()
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        await self.receivers.close()
        await self.ingestor.close()
        await self.store.close()

    async def _sweep(self) -> None:
        while True:
            try:
                deleted = await self.provider.expire()
                if deleted:
                    log.info("xray retention sweep", extra={"fields": {"traces_deleted": deleted}})
            except Exception:  # keep sweeping; the next round retries
                log.exception("xray retention sweep failed")
            await asyncio.sleep(SWEEP_EVERY_S)


def register_sink(ingestor: Ingestor, options: Options) -> Callable[[], None] | None:
    """Receive this process's own spans (the telemetry engineer's seam); None if tracing is absent."""
    try:
        from overcast_common.telemetry import sink
    except ImportError:
        return None
    loop = asyncio.get_running_loop()
    convert = functools.partial(convert_sdk_spans, options=options)

    def on_spans(spans: Sequence[Any]) -> None:
        # the exporter's worker thread: only hand the batch over. Converting here would hold the GIL
        # in 5-ms slices against the event loop (see ``ingest``); the ingestor converts on the loop in
        # small slices, straight from the SDK spans (no OTLP round trip), and batches the writes
        if spans and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nothing to store into
                loop.call_soon_threadsafe(ingestor.submit_spans, list(spans), convert)

    return sink.register(on_spans)


async def start(settings: Settings) -> XrayService:
    store: XrayStore = await SqlXrayStore.open(settings)
    provider = XrayProvider(store)
    handler = ServiceHandler(provider, AllowRoot())
    ingestor = Ingestor(store, settings.default_account_id, settings.default_region)
    try:
        receivers = await start_receivers(ingestor, handler, settings.host)
    except BaseException:
        await store.close()
        raise
    service = XrayService(handler, provider, store, ingestor, receivers)
    service._unregister_sink = register_sink(
        ingestor, Options.from_env(os.environ.get("OVERCAST_XRAY_INDEXED_ATTRIBUTES"))
    )
    service._sweeper = asyncio.create_task(service._sweep())
    return service
