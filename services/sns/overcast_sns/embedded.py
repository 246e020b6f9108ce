"""SNS inside the gateway's process (embedded mode): ``await start(settings)``.

The same object runs in its own process in cluster mode (``python -m overcast_sns``). Besides the API it
answers internal operations, which the gateway's ``/_overcast/sns/...`` routes call (in-process here,
over gRPC dispatch in cluster mode; no client can reach them, the codec only routes modeled operations):

- ``overcast:GetOutbox`` ``{AccountId?, Region?}`` → ``{"Messages": [...]}``: what email, email-json,
  SMS, mobile push (and Lambda, until it runs) subscriptions would have received;
- ``overcast:GetSigningCertificate`` → ``{"Certificate": pem}``: the ``SigningCertURL`` document;
- ``overcast:ConfirmSubscription`` ``{TopicArn, Token}`` → ``{"SubscriptionArn"}``: a ``SubscribeURL``
  fetched (unsigned, like AWS's);
- ``overcast:Unsubscribe`` ``{SubscriptionArn}``: an ``UnsubscribeURL`` fetched;
- ``overcast:OptOutPhoneNumber`` ``{PhoneNumber}``: a number replying STOP (tests).

Several replicas (cluster mode): each owns the topics that rendezvous hashing of the topic name gives
its ``OVERCAST_REPLICA_INDEX`` (``overcast_common.dispatch.partitioned``); the gateway and ``peers`` send
every call about a topic or one of its subscriptions to the owner, so its publishes go to the owner's
own delivery log (namespace ``sns``, ``sns-2``…: ``Partition.namespace``), which only the owner's
workers consume: each publish is delivered by one replica. Topic metadata is shared (SQL), so list
calls on any replica see every topic.

Configuration (environment): ``OVERCAST_SNS_PARTITIONS`` (delivery log partitions = concurrent
delivery workers, default 4; fixed once the log exists), ``OVERCAST_SNS_PUBLIC_URL`` (the base of
``SubscribeURL``/``UnsubscribeURL``/``SigningCertURL``; default: the ``Host`` the call came to).
"""

from __future__ import annotations

import os
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from overcast_common.authz import AllowRoot
from overcast_common.config import Settings
from overcast_common.context import RequestContext
from overcast_common.dispatch.partitioned import Partition
from overcast_common.errors import ValidationError
from overcast_common.log import Log, open_log
from overcast_common.peers import peers
from overcast_common.service import ServiceHandler

from overcast_sns.provider import SnsProvider
from overcast_sns.signing import Signer
from overcast_sns.store import SnsStore
from overcast_sns.store.sql import SqlSnsStore

SERVICE = "sns"
GET_OUTBOX = "overcast:GetOutbox"
GET_CERTIFICATE = "overcast:GetSigningCertificate"
CONFIRM = "overcast:ConfirmSubscription"
UNSUBSCRIBE = "overcast:Unsubscribe"
OPT_OUT = "overcast:OptOutPhoneNumber"
_INTERNAL = frozenset({GET_OUTBOX, GET_CERTIFICATE, CONFIRM, UNSUBSCRIBE, OPT_OUT})


def _text(params: dict[str, Any], name: str) -> str:
    value = params.get(name)
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{name} is required.")
    return value


class SnsHandler:
    """The service's dispatch handler: the modeled API, plus the internal operations."""

    def __init__(self, provider: SnsProvider, api: ServiceHandler) -> None:
        self.provider = provider
        self.api = api

    def __call__(
        self, context: RequestContext, params: dict[str, Any]
    ) -> Coroutine[Any, Any, dict[str, Any]]:
        # the API's own coroutine (compiled ``service_call``), handed back without a frame around it:
        # one set lookup on the hot path, and no coroutine of this handler to resume at every await
        if context.operation not in _INTERNAL:
            return self.api(context, params)
        return self._internal(context, params)

    async def _internal(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        operation = context.operation
        if operation == GET_OUTBOX:
            messages = await self.provider.outbox(params.get("AccountId"), params.get("Region"))
            return {"Messages": messages}
        if operation == GET_CERTIFICATE:
            return {"Certificate": self.provider.signer.cert_pem.decode()}
        if operation == CONFIRM:
            arn = await self.provider.confirm(_text(params, "TopicArn"), _text(params, "Token"))
            return {"SubscriptionArn": arn}
        if operation == UNSUBSCRIBE:
            await self.provider.remove_subscription(_text(params, "SubscriptionArn"))
            return {}
        if operation == OPT_OUT:
            await self.provider.opt_out(context.account_id, context.region, _text(params, "PhoneNumber"))
            return {}
        return await self.api(context, params)


@dataclass
class SnsService:
    handler: SnsHandler
    provider: SnsProvider
    store: SnsStore
    log: Log
    credentials: None = None

    async def reset(self) -> None:
        await self.provider.reset()

    async def close(self) -> None:
        await self.provider.close()
        await self.log.close()
        await self.store.close()


async def start(settings: Settings) -> SnsService:
    store: SnsStore = await SqlSnsStore.open(settings)
    # a delivery log per replica: its workers consume exactly the publishes of the topics it owns
    log_ = await open_log(settings, Partition.from_env(SERVICE).namespace(SERVICE))
    signer = Signer.load_or_create(settings.service_data_dir(SERVICE))
    partitions = int(os.environ.get("OVERCAST_SNS_PARTITIONS", "4") or 4)
    provider = SnsProvider(store, log_, signer, peers, partitions=partitions)
    await provider.start()
    return SnsService(SnsHandler(provider, ServiceHandler(provider, AllowRoot())), provider, store, log_)
