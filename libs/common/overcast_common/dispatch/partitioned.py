"""Partitioned services: every key (an S3 bucket) has one owner among a service's replicas.

S3 keeps metadata in the shared PostgreSQL but object bytes on each replica's own volume, so a call
about a bucket must reach the replica whose volume holds it. The owner is a pure function of the key
and the replica count, computed the same way by everyone who routes (the gateway, ``overcast_common.peers``
in every process) and by the replicas themselves (background work acts only on owned buckets):

- **rendezvous hashing** (highest random weight): each replica index ``i`` scores ``blake2b(i, key)``
  and the highest score owns the key. Going from N to N+1 replicas moves only the keys the new replica
  wins (about 1/(N+1)); no ring or table to keep in sync.
- replicas are identified by their **index** in ``OVERCAST_SERVICE_ADDRESS_<NAME>`` (comma-separated, in
  order), not by their address: loopback ports change between ``overcast cluster up`` runs and pod IPs
  between restarts, and ownership must not. A replica learns its own index from
  ``OVERCAST_REPLICA_INDEX`` (``overcast cluster``: set per process; the chart: the StatefulSet's
  ``apps.kubernetes.io/pod-index`` label).

A call without a key (``ListBuckets``) goes to any replica, round-robin, skipping one that cannot be
reached when the call can be replayed. A call whose owner is down is ``ServiceUnavailable`` (503): only
that replica's keys are unavailable.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Dispatcher, Params
from overcast_common.errors import ServiceUnavailable

log = logging.getLogger("overcast.dispatch")

REPLICA_INDEX_ENV = "OVERCAST_REPLICA_INDEX"
ADDRESS_PREFIX = "OVERCAST_SERVICE_ADDRESS_"

KeyOf = Callable[[Params], str | None]


def _bucket(params: Params) -> str | None:
    # path-style and virtual-hosted requests alike: the router puts the host's bucket in the URI labels
    bucket = params.get("Bucket")
    return bucket if isinstance(bucket, str) and bucket else None


PARTITION_KEYS: Mapping[str, KeyOf] = {"s3": _bucket}
"""Services whose replicas each own part of the keys, and how a call names its key."""


def partition_key(service: str) -> KeyOf | None:
    """How ``service``'s calls name their key; None when any replica can serve any call."""
    return PARTITION_KEYS.get(service)


def _score(index: int, key: str) -> int:
    digest = hashlib.blake2b(f"{index}\x00{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def owner(key: str, replicas: int) -> int:
    """The index (0-based) of the replica that owns ``key`` among ``replicas``."""
    if replicas <= 1:
        return 0
    return max(range(replicas), key=lambda i: _score(i, key))


@dataclass(frozen=True)
class Partition:
    """Which keys this replica owns (one replica, or none configured: all of them)."""

    index: int = 0
    replicas: int = 1

    def owns(self, key: str) -> bool:
        return self.replicas <= 1 or owner(key, self.replicas) == self.index

    @classmethod
    def from_env(cls, service: str, environ: Mapping[str, str] | None = None) -> Partition:
        env = os.environ if environ is None else environ
        addresses = [a for a in env.get(f"{ADDRESS_PREFIX}{service.upper()}", "").split(",") if a.strip()]
        raw = env.get(REPLICA_INDEX_ENV, "").strip()
        if not raw or len(addresses) <= 1:
            return cls()
        index = int(raw)
        if not 0 <= index < len(addresses):
            raise ValueError(f"{REPLICA_INDEX_ENV}={index} but {service} has {len(addresses)} replicas")
        return cls(index, len(addresses))


class PartitionedDispatcher:
    """Sends each call to the replica owning its key; calls without a key to any replica."""

    def __init__(self, addresses: Sequence[str], dispatchers: Sequence[Dispatcher], key_of: KeyOf) -> None:
        self.addresses = list(addresses)
        self._dispatchers = list(dispatchers)
        if len(self.addresses) != len(self._dispatchers) or not self._dispatchers:
            raise ValueError("one dispatcher per address, at least one")
        self._key_of = key_of
        self._turn = itertools.count()

    def owner_of(self, key: str) -> int:
        return owner(key, len(self._dispatchers))

    async def invoke(self, context: RequestContext, params: Params) -> Params:
        key = self._key_of(params)
        if key is not None:
            return await self._dispatchers[self.owner_of(key)].invoke(context, params)
        return await self._any(context, params)

    async def _any(self, context: RequestContext, params: Params) -> Params:
        start = next(self._turn)
        replayable = not any(hasattr(v, "__anext__") for v in params.values())
        last: ServiceUnavailable | None = None
        for i in range(len(self._dispatchers)):
            index = (start + i) % len(self._dispatchers)
            try:
                return await self._dispatchers[index].invoke(context, params)
            except ServiceUnavailable as err:
                if not replayable:
                    raise
                log.info(
                    "replica unavailable, trying the next",
                    extra={"fields": {"address": self.addresses[index]}},
                )
                last = err
        assert last is not None
        raise last

    async def close(self) -> None:
        for dispatcher in self._dispatchers:
            await dispatcher.close()
