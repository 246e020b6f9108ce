"""Cluster mode, gateway side: a service in its own process(es), reached at ``OVERCAST_SERVICE_ADDRESS_<NAME>``.

The address is ``host:port`` (in Kubernetes a Service name; its pods share the load per connection) or
several, comma-separated (``overcast cluster`` with replicas): calls then go round-robin over them, and a
replica that cannot be reached is skipped for the next one, so losing one replica costs no error. A
partitioned service (S3, Kinesis, SNS, Firehose) is the exception: each call goes to the replica owning
its key — bucket, stream, topic, delivery stream, as ``overcast_common.dispatch.partitioned.KEY_RULES``
declares per operation — and that replica being down is a 503 for its keys only.

Besides API calls (``overcast.dispatch.v1``) the gateway needs three things from a service, which
embedded mode gets from the in-process service object: its issued credentials (SigV4 must verify STS
session keys), ``reset`` and a description. They travel over ``overcast.control.v1``
(``overcast_common.control``). Channels stay open; a service that is down is ``ServiceUnavailable``
(503, SDKs retry) until it is back, and nothing has to be restarted for the gateway to find it again.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Sequence
from typing import Any

import grpc
from overcast_common.context import RequestContext
from overcast_common.control import ControlClient, Description
from overcast_common.dispatch import GrpcDispatcher
from overcast_common.dispatch.grpc_client import CLIENT_OPTIONS
from overcast_common.dispatch.interface import Dispatcher, Params
from overcast_common.dispatch.partitioned import PartitionedDispatcher, partition_key
from overcast_common.errors import ServiceUnavailable
from overcast_common.identity import Credential

log = logging.getLogger("overcast.gateway")


def parse_addresses(value: str) -> list[str]:
    """``"a:1, b:2"`` → ``["a:1", "b:2"]``."""
    addresses = [a.strip() for a in value.split(",") if a.strip()]
    if not addresses:
        raise ValueError(f"no address in {value!r}")
    return addresses


class ReplicaDispatcher:
    """Round-robin over several replicas of one stateless service; an unreachable one is skipped.

    A call is only retried on the next replica when the first could not be reached
    (``ServiceUnavailable``) and its params hold no body stream, which cannot be replayed.
    """

    def __init__(self, addresses: Sequence[str], dispatchers: Sequence[Dispatcher]) -> None:
        self._replicas = list(zip(addresses, dispatchers, strict=True))
        self._turn = itertools.count()

    async def invoke(self, context: RequestContext, params: Params) -> Params:
        start = next(self._turn)
        replayable = not any(hasattr(v, "__anext__") for v in params.values())
        last: ServiceUnavailable | None = None
        for i in range(len(self._replicas)):
            address, dispatcher = self._replicas[(start + i) % len(self._replicas)]
            try:
                return await dispatcher.invoke(context, params)
            except ServiceUnavailable as err:
                if not replayable:
                    raise
                log.info("replica unavailable, trying the next", extra={"fields": {"address": address}})
                last = err
        assert last is not None
        raise last

    async def close(self) -> None:
        await asyncio.gather(*(d.close() for _, d in self._replicas))


class _Replica:
    def __init__(self, address: str) -> None:
        self.address = address
        self.channel: Any = grpc.aio.insecure_channel(address, options=CLIENT_OPTIONS)
        self.control = ControlClient(self.channel)


class RemoteService:
    """One service running in other processes: its dispatcher and its control API."""

    def __init__(self, name: str, address: str) -> None:
        self.name = name
        self.addresses = parse_addresses(address)
        dispatchers = [GrpcDispatcher({name: a}) for a in self.addresses]
        key_of = partition_key(name)
        self.dispatcher: Dispatcher
        if len(dispatchers) == 1:
            self.dispatcher = dispatchers[0]
        elif key_of is not None:  # each key (a bucket, a stream, a topic) lives on one replica, its owner
            self.dispatcher = PartitionedDispatcher(self.addresses, dispatchers, key_of)
        else:
            self.dispatcher = ReplicaDispatcher(self.addresses, dispatchers)
        self._replicas = [_Replica(a) for a in self.addresses]
        self._description: Description | None = None

    async def describe(self) -> Description:
        """What the service says about itself; asked once, then cached (it cannot change while it runs)."""
        if self._description is None:
            self._description = await self._first_reachable(lambda r: r.control.describe())
        return self._description

    async def lookup_credential(self, access_key_id: str) -> Credential | None:
        description = await self.describe()
        if not description.may_have_issued(access_key_id):
            return None
        found: Credential | None = await self._first_reachable(
            lambda r: r.control.lookup_credential(access_key_id)
        )
        return found

    async def reset(self) -> bool:
        """Reset every replica (they share their backends; each also drops what it caches)."""
        done = False
        for replica in self._replicas:
            try:
                done = self.name in await replica.control.reset([self.name]) or done
            except grpc.aio.AioRpcError as exc:
                raise ServiceUnavailable(
                    f"Service {self.name!r} could not be reset: {exc.details()}"
                ) from None
        return done

    async def close(self) -> None:
        await self.dispatcher.close()
        for replica in self._replicas:
            await replica.channel.close()

    async def _first_reachable(self, call: Any) -> Any:
        error = ""
        for replica in self._replicas:
            try:
                return await call(replica)
            except grpc.aio.AioRpcError as exc:
                error = f"{exc.code().name}: {exc.details()}"
        log.warning("control call failed", extra={"fields": {"service": self.name, "error": error}})
        raise ServiceUnavailable(f"Service {self.name!r} is unavailable.")


class RemoteCredentials:
    """Keys issued by services in other processes, asked over the control API.

    A key no reachable service issued, while a service that might have issued it is unreachable, is
    ``ServiceUnavailable`` rather than "unknown": treating it as unknown would run the call unchecked
    in the default account (``OVERCAST_UNKNOWN_KEYS=accept``) just because STS was restarting.
    """

    def __init__(self, services: Sequence[RemoteService]) -> None:
        self.services = list(services)

    async def lookup(self, access_key_id: str) -> Credential | None:
        unreachable: list[str] = []
        for service in self.services:
            try:
                found = await service.lookup_credential(access_key_id)
            except ServiceUnavailable:
                unreachable.append(service.name)
                continue
            if found is not None:
                return found
        if unreachable:
            raise ServiceUnavailable(
                f"Cannot verify the access key: {', '.join(unreachable)} unavailable. Please try again."
            )
        return None
