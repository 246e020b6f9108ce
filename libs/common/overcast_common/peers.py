"""How one service calls another (SNS → SQS, S3 → SQS notifications, Firehose → S3, CloudTrail → S3).

Services never import each other: they call a peer's AWS operation through the same ``Dispatcher``
contract the gateway uses, with params and results in the value form and the peer's typed errors
raised back. Where the peer lives is decided here, once per process:

- embedded mode: the gateway registers every service it starts in this process (``register``), so a
  call is an in-process function call (≈ 1 µs);
- cluster mode: the peer's gRPC address comes from ``OVERCAST_SERVICE_ADDRESS_<NAME>`` (every Overcast
  process gets the addresses of all services, ``overcast cluster`` and the chart alike); replicas are
  comma-separated and taken round-robin, except for a partitioned service (S3, Kinesis, SNS, Firehose),
  whose calls go to the replica owning their key (``overcast_common.dispatch.partitioned``).

A call runs as the caller names it (``account_id``, ``region``, ``principal``): e.g. SNS delivers to a
queue as the topic's owner, the way AWS's service principals act for an account. The context is marked
``extra["overcast-peer"]`` with the calling service, so a provider can tell a peer call from a client's.

    result = await peers.call("sqs", "SendMessage", {"QueueUrl": url, "MessageBody": body},
                              account_id=owner, region=region, caller="sns")
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping
from typing import Any

from overcast_common.context import Principal, RequestContext
from overcast_common.dispatch.in_process import InProcessDispatcher
from overcast_common.dispatch.interface import Dispatcher, Handler, Params
from overcast_common.dispatch.partitioned import PartitionedDispatcher, partition_key
from overcast_common.errors import ServiceUnavailable
from overcast_common.ids import uuid4_str

ADDRESS_PREFIX = "OVERCAST_SERVICE_ADDRESS_"
PEER_MARK = "overcast-peer"
"""``RequestContext.extra`` key naming the service that made a peer call."""


class Peers:
    """The services this process can call, by botocore service name."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._environ = environ
        self._local: dict[str, Dispatcher] = {}
        self._remote: dict[str, list[Dispatcher]] = {}
        self._turns: dict[str, itertools.count[int]] = {}

    def register(self, service: str, handler: Handler) -> None:
        """A service running in this process (embedded mode)."""
        self._local[service] = InProcessDispatcher({service: handler})

    def unregister(self, service: str) -> None:
        self._local.pop(service, None)

    def available(self, service: str) -> bool:
        return service in self._local or bool(self._addresses(service))

    def dispatcher(self, service: str) -> Dispatcher:
        """The way to ``service``; ``ServiceUnavailable`` when it runs nowhere this process knows of."""
        local = self._local.get(service)
        if local is not None:
            return local
        remotes = self._remote.get(service)
        if remotes is None:
            addresses = self._addresses(service)
            if not addresses:
                raise ServiceUnavailable(f"Service {service!r} is not available.")
            from overcast_common.dispatch import GrpcDispatcher  # cluster mode only: keeps grpc off start-up

            remotes = [GrpcDispatcher({service: a}) for a in addresses]
            key_of = partition_key(service)
            if key_of is not None and len(remotes) > 1:  # each key (bucket, stream, topic) has one owner
                remotes = [PartitionedDispatcher(addresses, remotes, key_of)]
            self._remote[service] = remotes
            self._turns[service] = itertools.count()
        return remotes[next(self._turns[service]) % len(remotes)]

    async def call(
        self,
        service: str,
        operation: str,
        params: Params,
        *,
        account_id: str,
        region: str,
        caller: str,
        principal: Principal | None = None,
        trace_header: str | None = None,
    ) -> Params:
        """Run ``service``'s ``operation`` as ``account_id`` in ``region``; the peer's errors are raised."""
        context = RequestContext(
            request_id=uuid4_str(),
            service=service,
            operation=operation,
            region=region,
            account_id=account_id,
            principal=principal,
            trace_header=trace_header,
            user_agent=f"{caller}.amazonaws.com",
            source_ip=f"{caller}.amazonaws.com",
            extra={PEER_MARK: caller},
        )
        return await self.dispatcher(service).invoke(context, params)

    async def close(self) -> None:
        for remotes in self._remote.values():
            for dispatcher in remotes:
                await dispatcher.close()
        self._remote.clear()

    def _addresses(self, service: str) -> list[str]:
        env = os.environ if self._environ is None else self._environ
        value = env.get(f"{ADDRESS_PREFIX}{service.upper()}", "")
        return [a.strip() for a in value.split(",") if a.strip()]


peers = Peers()
"""This process's directory; the gateway registers embedded services in it as they start."""


def is_peer_call(context: RequestContext) -> bool:
    return PEER_MARK in context.extra


def peer_caller(context: RequestContext) -> str | None:
    value: Any = context.extra.get(PEER_MARK)
    return str(value) if value is not None else None
