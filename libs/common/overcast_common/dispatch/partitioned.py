"""Partitioned services: every key (an S3 bucket, a Kinesis or Firehose stream, an SNS topic) has one
owner among a service's replicas.

A partitioned service's replicas each hold what cannot be shared across processes for the keys they
own: S3 the object bytes on its volume, Kinesis the stream and shard state and its throughput
accounting, Firehose the flush worker and Kinesis reader of a delivery stream, SNS the delivery
workers of a topic's publishes. So a call about a key must reach the key's owner. The owner is a pure
function of the key and the replica count, computed the same way by everyone who routes (the gateway,
``overcast_common.peers`` in every process) and by the replicas themselves (background work acts only
on owned keys):

- **rendezvous hashing** (highest random weight): each replica index ``i`` scores ``blake2b(i, key)``
  and the highest score owns the key. Going from N to N+1 replicas moves only the keys the new replica
  wins (about 1/(N+1)); no ring or table to keep in sync.
- replicas are identified by their **index** in ``OVERCAST_SERVICE_ADDRESS_<NAME>`` (comma-separated, in
  order), not by their address: loopback ports change between ``overcast cluster up`` runs and pod IPs
  between restarts, and ownership must not. A replica learns its own index from
  ``OVERCAST_REPLICA_INDEX`` (``overcast cluster``: set per process; the chart: the StatefulSet's
  ``apps.kubernetes.io/pod-index`` label).
- each service **declares how a call names its key, per operation** (``KEY_RULES``): a member holding
  the key, a member holding an ARN the key is read from, or an opaque token the service issued with
  its key inside (``keyed_token``: a shard iterator, a ``ListShards`` page token). The rules live here,
  not in the services, because the gateway routes without importing any service package.

A call without a key (``ListBuckets``, ``ListStreams``, ``ListTopics``) goes to any replica, round-robin,
skipping one that cannot be reached when the call can be replayed; the services answer those from their
shared metadata, so every replica sees every key. A call whose owner is down is ``ServiceUnavailable``
(503): only that replica's keys are unavailable.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from overcast_common.context import RequestContext
from overcast_common.dispatch.interface import Dispatcher, Params
from overcast_common.errors import ServiceUnavailable

log = logging.getLogger("overcast.dispatch")

REPLICA_INDEX_ENV = "OVERCAST_REPLICA_INDEX"
ADDRESS_PREFIX = "OVERCAST_SERVICE_ADDRESS_"

KeyOf = Callable[[str, Params], str | None]
"""``(operation, params)`` → the call's key, or None when any replica may answer it."""
Extract = Callable[[Params], str | None]
"""One way a call may name its key."""


# --- how calls name their keys ------------------------------------------------------------------------


def member(name: str) -> Extract:
    """The key is the member's value."""

    def extract(params: Params) -> str | None:
        value = params.get(name)
        return value if isinstance(value, str) and value else None

    return extract


def arn_member(name: str, key_of_arn: Callable[[str], str | None]) -> Extract:
    """The key is read from the ARN the member holds."""

    def extract(params: Params) -> str | None:
        value = params.get(name)
        return key_of_arn(value) if isinstance(value, str) and value else None

    return extract


TOKEN_SEPARATOR = "."
"""Not in either base64 alphabet, so the key part ends at the first one."""


def keyed_token(key: str, token: str) -> str:
    """An opaque token (a shard iterator, a page token) that routes to ``key``'s owner: the service
    issues it, the router reads the key back (``token_member``), the service strips it (``token_body``)."""
    encoded = base64.urlsafe_b64encode(key.encode()).decode("ascii").rstrip("=")
    return f"{encoded}{TOKEN_SEPARATOR}{token}"


def token_key(token: str) -> str | None:
    """The key of a ``keyed_token``; None for any other string."""
    head, separator, _ = token.partition(TOKEN_SEPARATOR)
    if not separator or not head:
        return None
    try:
        return base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)).decode()
    except (binascii.Error, ValueError):
        return None


def token_body(token: str) -> str:
    """What the service put in a ``keyed_token`` (a token issued without a key comes back whole)."""
    return token.partition(TOKEN_SEPARATOR)[2] if token_key(token) is not None else token


def token_member(name: str) -> Extract:
    """The key is inside the ``keyed_token`` the member holds."""

    def extract(params: Params) -> str | None:
        value = params.get(name)
        return token_key(value) if isinstance(value, str) and value else None

    return extract


@dataclass(frozen=True)
class KeyRules:
    """How one service's calls name their key: the first extractor that finds one wins, per operation
    (``operations``) or else ``default``. An operation mapped to ``()`` is unscoped."""

    default: tuple[Extract, ...] = ()
    operations: Mapping[str, tuple[Extract, ...]] = field(default_factory=dict)

    def __call__(self, operation: str, params: Params) -> str | None:
        for extract in self.operations.get(operation, self.default):
            key = extract(params)
            if key is not None:
                return key
        return None


def kinesis_stream_of_arn(arn: str) -> str | None:
    """``arn:…:kinesis:r:a:stream/NAME`` and its consumers' ``…/stream/NAME/consumer/C:ts`` → NAME."""
    parts = arn.split(":", 5)
    if len(parts) != 6 or parts[2] != "kinesis" or not parts[5].startswith("stream/"):
        return None
    return parts[5][len("stream/") :].split("/", 1)[0] or None


def sns_topic_of_arn(arn: str) -> str | None:
    """A topic ARN (``arn:…:sns:r:a:NAME``) or one of its subscriptions' (``…:NAME:uuid``) → NAME;
    platform applications and endpoints (``app/…``, ``endpoint/…``) have no topic."""
    parts = arn.split(":")
    if len(parts) not in (6, 7) or parts[0] != "arn" or parts[2] != "sns" or "/" in parts[5]:
        return None
    return parts[5] or None


_STREAM = (
    arn_member("StreamARN", kinesis_stream_of_arn),
    arn_member("ConsumerARN", kinesis_stream_of_arn),
    arn_member("ResourceARN", kinesis_stream_of_arn),
    member("StreamName"),
)
_TOPIC = (
    arn_member("TopicArn", sns_topic_of_arn),
    arn_member("SubscriptionArn", sns_topic_of_arn),
    arn_member("ResourceArn", sns_topic_of_arn),
    arn_member("TargetArn", sns_topic_of_arn),  # Publish to a topic by TargetArn
)

KEY_RULES: Mapping[str, KeyRules] = {
    # path-style and virtual-hosted requests alike: the router puts the host's bucket in the URI labels
    "s3": KeyRules((member("Bucket"),)),
    # a stream by name or ARN, its consumers by ARN; GetRecords by its iterator, ListShards' later pages
    # by their token (neither names the stream otherwise)
    "kinesis": KeyRules(
        _STREAM,
        {
            "GetRecords": (arn_member("StreamARN", kinesis_stream_of_arn), token_member("ShardIterator")),
            "ListShards": (*_STREAM, token_member("NextToken")),
        },
    ),
    "firehose": KeyRules((member("DeliveryStreamName"),)),
    # a topic by ARN, its subscriptions by theirs (the topic's name is in them); CreateTopic by name.
    # The gateway's SubscribeURL / UnsubscribeURL routes (overcast:ConfirmSubscription, overcast:Unsubscribe)
    # carry TopicArn / SubscriptionArn like the API calls.
    "sns": KeyRules(_TOPIC, {"CreateTopic": (member("Name"),)}),
}
"""Services whose replicas each own part of the keys, and how each operation names its key."""


def partition_key(service: str) -> KeyOf | None:
    """How ``service``'s calls name their key; None when any replica can serve any call."""
    return KEY_RULES.get(service)


# --- who owns a key ---------------------------------------------------------------------------------------


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

    @property
    def partitioned(self) -> bool:
        """Several replicas: keys this one does not own exist, and only the shared store sees them all."""
        return self.replicas > 1

    def owns(self, key: str) -> bool:
        return self.replicas <= 1 or owner(key, self.replicas) == self.index

    def namespace(self, service: str) -> str:
        """A name of this replica's own (``sns``, ``sns-2``…, like its data directory): where it keeps
        what only it consumes, e.g. SNS's delivery log. The first replica keeps the plain name, so a
        service that grows from one replica keeps its data where it was."""
        return service if self.index == 0 else f"{service}-{self.index + 1}"

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
        key = self._key_of(context.operation, params)
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
