"""The services one gateway fronts: how each is reached, its state, and its reset hook.

A service runs either in this process (embedded mode: its package's ``embedded.start(settings)``
returns an :class:`EmbeddedService`) or in its own process (cluster mode: reached over gRPC at
``OVERCAST_SERVICE_ADDRESS_<NAME>``, see ``remote.py``). Either way the gateway sees one
:class:`Dispatcher` per service, the credentials it issues, and its reset hook.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from overcast_common.config import Settings
from overcast_common.dispatch.in_process import InProcessDispatcher
from overcast_common.dispatch.interface import Dispatcher, Handler
from overcast_common.errors import ServiceUnavailable
from overcast_common.identity import CredentialProvider
from overcast_common.peers import peers

if TYPE_CHECKING:
    from overcast_gateway.remote import RemoteService

log = logging.getLogger("overcast.gateway")

ServiceState = Literal["available", "starting", "running", "remote", "error", "stopped"]


class EmbeddedService(Protocol):
    """What a service package hands the gateway when it runs in-process.

    Every service package exposes ``async def start(settings) -> EmbeddedService`` in its
    ``embedded`` module (see ``services/sts/README.md``).
    """

    @property
    def handler(self) -> Handler:
        """Runs one operation: ``await handler(context, params) -> result``."""
        ...

    @property
    def credentials(self) -> CredentialProvider | None:
        """Keys this service issues that SigV4 must accept (STS session keys, IAM access keys)."""
        ...

    async def reset(self) -> None:
        """Forget all state, in every account and region (``POST /_overcast/reset``)."""
        ...

    async def close(self) -> None: ...


ServiceStarter = Callable[[Settings], Awaitable[EmbeddedService]]


def embedded_starter(service: str) -> ServiceStarter:
    """``overcast_<service>.embedded.start``, imported only when the service starts."""
    module = importlib.import_module(f"overcast_{service}.embedded")
    start: ServiceStarter = module.start
    return start


@dataclass
class _Entry:
    state: ServiceState
    dispatcher: Dispatcher | None = None
    embedded: EmbeddedService | None = None
    remote: RemoteService | None = None
    detail: str = ""


@dataclass
class ServiceRegistry:
    """Starts, resets and stops the configured services; hands the pipeline their dispatchers."""

    settings: Settings
    starter: Callable[[str], ServiceStarter] = embedded_starter
    _entries: dict[str, _Entry] = field(default_factory=dict)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def __post_init__(self) -> None:
        for name in self.settings.services:
            self._entries[name] = _Entry("available")

    async def start(self) -> None:
        """Start every configured service; one that fails is marked ``error``, the rest still run."""
        for name in self._entries:
            await self._start_one(name)

    async def _start_one(self, name: str) -> None:
        entry = self._entries[name]
        address = self.settings.service_addresses.get(name)
        if address:
            from overcast_gateway.remote import RemoteService  # cluster mode only: keeps grpc off startup

            entry.remote = RemoteService(name, address)
            entry.dispatcher = entry.remote.dispatcher
            entry.state, entry.detail = "remote", address
            self._spawn(self._describe(entry.remote))
            return
        entry.state = "starting"
        try:
            service = await self.starter(name)(self.settings)
        except Exception as exc:
            log.exception("service failed to start", extra={"fields": {"service": name}})
            entry.state, entry.detail = "error", f"{type(exc).__name__}: {exc}"
            return
        entry.embedded = service
        entry.dispatcher = InProcessDispatcher({name: service.handler})
        entry.state = "running"
        peers.register(name, service.handler)  # other services in this process call it directly

    def dispatcher(self, name: str) -> Dispatcher | None:
        entry = self._entries.get(name)
        return entry.dispatcher if entry is not None and entry.state in ("running", "remote") else None

    def state(self, name: str) -> ServiceState | None:
        entry = self._entries.get(name)
        return entry.state if entry is not None else None

    def health(self) -> Mapping[str, ServiceState]:
        return {name: entry.state for name, entry in self._entries.items()}

    def credential_providers(self) -> list[CredentialProvider]:
        providers: list[CredentialProvider] = [
            entry.embedded.credentials
            for entry in self._entries.values()
            if entry.embedded is not None and entry.embedded.credentials is not None
        ]
        remotes = [entry.remote for entry in self._entries.values() if entry.remote is not None]
        if remotes:
            from overcast_gateway.remote import RemoteCredentials

            providers.append(RemoteCredentials(remotes))
        return providers

    async def reset(self) -> list[str]:
        """Wipe every embedded service's state; returns the services reset."""
        done = []
        for name, entry in self._entries.items():
            if entry.embedded is not None and entry.state == "running":
                await entry.embedded.reset()
                done.append(name)
            elif entry.remote is not None and await entry.remote.reset():  # over overcast.control.v1
                done.append(name)
        return done

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for name, entry in self._entries.items():
            try:
                if entry.remote is not None:
                    await entry.remote.close()
                elif entry.dispatcher is not None:
                    await entry.dispatcher.close()
                if entry.embedded is not None:
                    peers.unregister(name)
                    await entry.embedded.close()
            except Exception:
                log.exception("service failed to stop cleanly", extra={"fields": {"service": name}})
            entry.state, entry.dispatcher, entry.embedded, entry.remote = "stopped", None, None, None

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _describe(remote: RemoteService) -> None:
        # ask early, so the first signed request need not wait; a service still down is asked again later
        with contextlib.suppress(ServiceUnavailable):
            await remote.describe()
