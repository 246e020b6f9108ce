"""SNS's API: topics, subscriptions, publishing, permissions, tags, mobile push and SMS settings.

Business logic only: metadata lives behind ``SnsStore`` (SQL), published messages go to the durable
log and ``DeliveryWorkers`` fan them out (``delivery.py``). Publish is the hot path: the topic comes
from a small cache (``CACHE_TTL_S``; changes made in this process invalidate it at once, changes made
by another replica show within the TTL), the message is checked, appended, and acknowledged.

``@resources`` declares every operation's ARN for IAM: the topic (subscription calls: the topic of the
subscription), the platform application or endpoint, or ``*`` where AWS has no resource-level
permissions (listings, SMS settings).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import secrets
import time
import zlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, cast

import httpx
from overcast_common.api.sns import (
    BatchEntryIdsNotDistinctException,
    BatchRequestTooLongException,
    CheckIfPhoneNumberIsOptedOutResponse,
    ConfirmSubscriptionResponse,
    CreateEndpointResponse,
    CreatePlatformApplicationResponse,
    CreateSMSSandboxPhoneNumberResult,
    CreateTopicResponse,
    DeleteSMSSandboxPhoneNumberResult,
    EmptyBatchRequestException,
    EndpointDisabledException,
    GetDataProtectionPolicyResponse,
    GetEndpointAttributesResponse,
    GetPlatformApplicationAttributesResponse,
    GetSMSAttributesResponse,
    GetSMSSandboxAccountStatusResult,
    GetSubscriptionAttributesResponse,
    GetTopicAttributesResponse,
    InvalidBatchEntryIdException,
    InvalidParameterException,
    ListEndpointsByPlatformApplicationResponse,
    ListOriginationNumbersResult,
    ListPhoneNumbersOptedOutResponse,
    ListPlatformApplicationsResponse,
    ListSMSSandboxPhoneNumbersResult,
    ListSubscriptionsByTopicResponse,
    ListSubscriptionsResponse,
    ListTagsForResourceResponse,
    ListTopicsResponse,
    NotFoundException,
    OptInPhoneNumberResponse,
    PublishBatchRequestEntry,
    PublishBatchResponse,
    PublishResponse,
    ResourceNotFoundException,
    SetSMSAttributesResponse,
    SnsApi,
    SubscribeResponse,
    Tag,
    TagLimitExceededException,
    TagResourceResponse,
    TooManyEntriesInBatchRequestException,
    UntagResourceResponse,
    VerificationException,
    VerifySMSSandboxPhoneNumberResult,
)
from overcast_common.authz import resources
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.ids import uuid4_str
from overcast_common.log import Log, Message
from overcast_common.peers import Peers

from overcast_sns import messages as msg
from overcast_sns import subscriptions as subs
from overcast_sns import topics as tp
from overcast_sns.delivery import (
    LOG_TOPIC,
    DeliveryWorkers,
    SubscriptionView,
    TopicView,
    confirmation_message,
    sequence_number,
)
from overcast_sns.signing import Signer
from overcast_sns.store import Entity, SnsStore

log = logging.getLogger("overcast.sns")

CACHE_TTL_S = 2.0
PAGE = 100
ENDPOINT_PAGE = 100
DEDUP_WINDOW_MS = 5 * 60 * 1000
MAX_TAGS = 50
PLATFORMS = frozenset({"ADM", "APNS", "APNS_SANDBOX", "GCM", "BAIDU", "MPNS", "WNS"})
BATCH_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
SMS_ATTRIBUTES = frozenset(
    {
        "MonthlySpendLimit",
        "DeliveryStatusIAMRole",
        "DeliveryStatusSuccessSamplingRate",
        "DefaultSenderID",
        "DefaultSMSType",
        "UsageReportS3Bucket",
    }
)
PENDING = "pending confirmation"
PUBLIC_URL_ENV = "OVERCAST_SNS_PUBLIC_URL"
VERIFY_TLS_ENV = "OVERCAST_SNS_HTTP_VERIFY_TLS"


def _verify_tls() -> bool:
    # local HTTPS subscribers are usually self-signed: checked only on request (AWS always checks)
    return os.environ.get(VERIFY_TLS_ENV, "0").strip().lower() in ("1", "true", "yes")


def _now() -> datetime:
    return datetime.now(UTC)


def _topic_resource(context: RequestContext, params: Mapping[str, Any]) -> list[str]:
    for member in ("TopicArn", "ResourceArn", "TargetArn"):
        value = params.get(member)
        if value:
            return [str(value)]
    return ["*"]


def _subscription_resource(context: RequestContext, params: Mapping[str, Any]) -> list[str]:
    # IAM authorizes subscription calls against the topic
    arn = str(params.get("SubscriptionArn", ""))
    return [arn.rsplit(":", 1)[0]] if arn.count(":") >= 6 else ["*"]


def _platform_resource(context: RequestContext, params: Mapping[str, Any]) -> list[str]:
    for member in ("EndpointArn", "PlatformApplicationArn"):
        value = params.get(member)
        if value:
            return [str(value)]
    return ["*"]


def _token(value: str | None) -> int:
    if not value:
        return 0
    try:
        return int(value)
    except ValueError:
        raise InvalidParameterException("Invalid parameter: NextToken") from None


class SnsProvider(SnsApi):
    def __init__(
        self,
        store: SnsStore,
        log_: Log,
        signer: Signer,
        peers: Peers,
        *,
        partitions: int = 4,
        public_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.store = store
        self.log = log_
        self.signer = signer
        self.peers = peers
        self.partitions = partitions
        self.public_url = public_url or os.environ.get(PUBLIC_URL_ENV, "").rstrip("/") or None
        self.http = http_client or httpx.AsyncClient(timeout=15.0, verify=_verify_tls())
        self.clock = clock
        self.workers = DeliveryWorkers(
            log_, self, signer, peers, partitions=partitions, http_client=self.http
        )
        self._topics: dict[str, tuple[float, Entity | None]] = {}
        # one store read per expired topic, however many publishes find it expired at once
        self._topic_loads: dict[str, asyncio.Task[Entity | None]] = {}
        self._cache_generation = 0  # a load that started before a change must not cache its result
        self._subs: dict[str, tuple[float, list[SubscriptionView]]] = {}
        self._views: dict[str, tuple[Entity, TopicView]] = {}  # by ARN, with the entity it was made of
        self._partitions: dict[str, int] = {}
        self._dedup_inflight: dict[str, asyncio.Future[dict[str, str]]] = {}
        self._background: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        await self.workers.start()
        self.partitions = self.workers.partitions

    async def close(self) -> None:
        for task in [*self._background, *self._topic_loads.values()]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.workers.close()

    def _partition(self, key: str) -> int:
        partition = self._partitions.get(key)
        if partition is None:
            if len(self._partitions) > 100_000:
                self._partitions.clear()
            partition = self._partitions[key] = zlib.crc32(key.encode()) % self.partitions
        return partition

    def forget_caches(self) -> None:
        self._topics.clear()
        self._subs.clear()
        self._views.clear()
        self._topic_loads.clear()
        self._cache_generation += 1

    # --- caches and lookups -----------------------------------------------------------------------

    async def _cached_topic(self, arn: str) -> Entity | None:
        now = time.monotonic()
        hit = self._topics.get(arn)
        if hit is not None and hit[0] > now:
            return hit[1]
        load = self._topic_loads.get(arn)
        if load is None:
            load = self._topic_loads[arn] = asyncio.create_task(self._load_topic(arn))
            load.add_done_callback(functools.partial(self._loaded, arn))
        # shielded: a caller cancelled mid-read does not fail the others waiting on the same read
        return await asyncio.shield(load)

    def _loaded(self, arn: str, load: asyncio.Task[Entity | None]) -> None:
        if self._topic_loads.get(arn) is load:
            del self._topic_loads[arn]

    async def _load_topic(self, arn: str) -> Entity | None:
        generation = self._cache_generation
        entity = await self.store.get(arn)
        if entity is not None and entity.kind != "topic":
            entity = None
        if generation == self._cache_generation:
            if len(self._topics) > 10_000:
                self._topics.clear()
            self._topics[arn] = (time.monotonic() + CACHE_TTL_S, entity)
        return entity

    def _invalidate(self, topic_arn: str) -> None:
        self._topics.pop(topic_arn, None)
        self._subs.pop(topic_arn, None)
        self._views.pop(topic_arn, None)
        self._topic_loads.pop(topic_arn, None)  # whoever asks next reads the store afresh
        self._cache_generation += 1

    async def _topic(self, context: RequestContext, arn: str | None, member: str = "TopicArn") -> Entity:
        """The topic, in the caller's region (AWS: a topic of another region is a bad ARN)."""
        known = self._known_topic(context, arn, member)
        if known is not None:
            return known  # the hot path: a known topic's ARN needs no parsing
        region, _, _ = tp.parse_topic_arn(arn, member)
        if region != context.region:
            raise InvalidParameterException(f"Invalid parameter: {member}")
        assert arn is not None
        entity = await self._cached_topic(arn)
        if entity is None:
            raise tp.topic_not_found()
        return entity

    def _known_topic(self, context: RequestContext, arn: str | None, member: str) -> Entity | None:
        """``_topic``'s answer for a topic in the cache, without a coroutine; None if it is not there."""
        hit = self._topics.get(arn or "")
        if hit is None or hit[1] is None or hit[0] <= time.monotonic():
            return None
        if hit[1].region != context.region:
            raise InvalidParameterException(f"Invalid parameter: {member}")
        return hit[1]

    async def _subscription(self, arn: str) -> Entity:
        if not tp.SUB_ARN.match(arn or ""):
            raise InvalidParameterException("Invalid parameter: SubscriptionArn")
        entity = await self.store.get(arn)
        if entity is None or entity.kind != "subscription":
            raise NotFoundException("Subscription does not exist")
        return entity

    # Directory, for the delivery workers
    async def topic_view(self, arn: str) -> TopicView | None:
        entity = await self._cached_topic(arn)
        if entity is None:
            return None
        known = self._views.get(arn)
        if known is not None and known[0] is entity:
            return known[1]  # the cache still holds the entity it was made of: nothing changed since
        attributes = entity.doc["attributes"]
        policy = attributes.get("DeliveryPolicy")
        view = TopicView(
            arn,
            entity.account_id,
            entity.region,
            tp.is_fifo(entity.doc),
            attributes.get("SignatureVersion", "1"),
            json.loads(policy) if policy else None,
        )
        if len(self._views) > 10_000:
            self._views.clear()
        self._views[arn] = (entity, view)
        return view

    async def subscriptions_of(self, topic_arn: str) -> list[SubscriptionView]:
        now = time.monotonic()
        hit = self._subs.get(topic_arn)
        if hit is not None and hit[0] > now:
            return hit[1]
        views: list[SubscriptionView] = []
        after = 0
        while True:
            page = await self.store.list_entities("subscription", parent=topic_arn, after=after, limit=1000)
            for entity in page:
                doc = entity.doc
                if not doc.get("confirmed"):
                    continue
                attributes = doc["attributes"]
                redrive = attributes.get("RedrivePolicy")
                policy = attributes.get("DeliveryPolicy")
                views.append(
                    SubscriptionView(
                        arn=entity.arn,
                        protocol=doc["protocol"],
                        endpoint=doc["endpoint"],
                        owner=entity.account_id,
                        raw=attributes.get("RawMessageDelivery") == "true",
                        filter=subs.compiled_filter(attributes),
                        dead_letter_arn=json.loads(redrive)["deadLetterTargetArn"] if redrive else None,
                        delivery_policy=json.loads(policy) if policy else None,
                        role_arn=attributes.get("SubscriptionRoleArn"),
                    )
                )
            if len(page) < 1000:
                break
            after = page[-1].seq
        if len(self._subs) > 10_000:
            self._subs.clear()
        self._subs[topic_arn] = (now + CACHE_TTL_S, views)
        return views

    async def record_outbox(self, account_id: str, region: str, doc: dict[str, Any]) -> None:
        await self.store.add_outbox(account_id, region, doc)

    def _base_url(self, context: RequestContext) -> str:
        if self.public_url:
            return self.public_url
        host = context.host or "localhost:4566"
        return f"http://{host}"

    # --- topics -----------------------------------------------------------------------------------

    @resources("arn:{partition}:sns:{region}:{account}:{Name}")
    async def create_topic(
        self,
        context: RequestContext,
        *,
        name: str,
        attributes: dict[str, str] | None = None,
        tags: list[Tag] | None = None,
        data_protection_policy: str | None = None,
    ) -> CreateTopicResponse:
        attributes = dict(attributes or {})
        fifo_value = attributes.get("FifoTopic", "false").lower()
        fifo = fifo_value == "true"
        if name.endswith(".fifo") and not fifo:
            raise InvalidParameterException("Invalid parameter: Topic Name")
        tp.check_name(name, fifo)
        stored = {k: tp.check_attribute(k, v, fifo=fifo, creating=True) for k, v in attributes.items()}
        stored.pop("FifoTopic", None)
        _check_tags(tags or [])
        arn = tp.topic_arn(context.region, context.account_id, name)
        existing = await self.store.get(arn)
        if existing is not None:
            old = existing.doc["attributes"]
            if any(old.get(k) != v for k, v in stored.items() if k != "Policy"):
                raise InvalidParameterException(
                    "Invalid parameter: Attributes Reason: Topic already exists with different attributes"
                )
            old_tags = existing.doc.get("tags", {})
            if tags and any(old_tags.get(t["Key"]) != t["Value"] for t in tags):
                raise InvalidParameterException(
                    "Invalid parameter: Tags Reason: Topic already exists with different tags"
                )
            return {"TopicArn": arn}
        doc_attributes: dict[str, str] = {
            "Policy": tp.default_policy(arn, context.account_id),
            "DisplayName": "",
            "SignatureVersion": "1",
            **({"FifoTopic": "true", "ContentBasedDeduplication": "false"} if fifo else {}),
            **stored,
        }
        if fifo and "FifoThroughputScope" not in stored:
            doc_attributes["FifoThroughputScope"] = "Topic"
        doc: dict[str, Any] = {
            "name": name,
            "attributes": doc_attributes,
            "tags": {t["Key"]: t["Value"] for t in tags or []},
            "created": _now().isoformat(),
        }
        if data_protection_policy:
            _check_json(data_protection_policy, "DataProtectionPolicy")
            doc["data_protection_policy"] = data_protection_policy
        await self.store.put(Entity(arn, "topic", context.account_id, context.region, "", doc))
        self._invalidate(arn)
        return {"TopicArn": arn}

    @resources(_topic_resource)
    async def delete_topic(self, context: RequestContext, *, topic_arn: str) -> None:
        region, _, _ = tp.parse_topic_arn(topic_arn)
        if region != context.region:
            raise InvalidParameterException("Invalid parameter: TopicArn")
        # idempotent, as AWS documents it: deleting a topic that does not exist is no error
        await self.store.delete(topic_arn)
        await self.store.delete_children(topic_arn)
        self._invalidate(topic_arn)

    @resources("*")
    async def list_topics(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> ListTopicsResponse:
        page = await self.store.list_entities(
            "topic",
            account_id=context.account_id,
            region=context.region,
            after=_token(next_token),
            limit=PAGE + 1,
        )
        result: dict[str, Any] = {"Topics": [{"TopicArn": e.arn} for e in page[:PAGE]]}
        if len(page) > PAGE:
            result["NextToken"] = str(page[PAGE - 1].seq)
        return cast(ListTopicsResponse, result)

    @resources(_topic_resource)
    async def get_topic_attributes(
        self, context: RequestContext, *, topic_arn: str
    ) -> GetTopicAttributesResponse:
        topic = await self._topic(context, topic_arn)
        counts = {"confirmed": 0, "pending": 0}
        after = 0
        while True:
            page = await self.store.list_entities("subscription", parent=topic_arn, after=after, limit=1000)
            for entity in page:
                counts["confirmed" if entity.doc.get("confirmed") else "pending"] += 1
            if len(page) < 1000:
                break
            after = page[-1].seq
        attributes = dict(topic.doc["attributes"])
        attributes.update(
            {
                "TopicArn": topic.arn,
                "Owner": topic.account_id,
                "SubscriptionsConfirmed": str(counts["confirmed"]),
                "SubscriptionsPending": str(counts["pending"]),
                "SubscriptionsDeleted": "0",
                "EffectiveDeliveryPolicy": json.dumps(tp.DEFAULT_DELIVERY_POLICY, separators=(",", ":")),
            }
        )
        return {"Attributes": attributes}

    @resources(_topic_resource)
    async def set_topic_attributes(
        self,
        context: RequestContext,
        *,
        topic_arn: str,
        attribute_name: str,
        attribute_value: str | None = None,
    ) -> None:
        topic = await self._topic(context, topic_arn)
        fifo = tp.is_fifo(topic.doc)
        value = tp.check_attribute(attribute_name, attribute_value or "", fifo=fifo, creating=False)
        if attribute_name == "Policy" and not value:
            value = tp.default_policy(topic.arn, topic.account_id)
        topic.doc["attributes"][attribute_name] = value
        await self.store.put(topic)
        self._invalidate(topic_arn)

    @resources(_topic_resource)
    async def put_data_protection_policy(
        self, context: RequestContext, *, resource_arn: str, data_protection_policy: str
    ) -> None:
        topic = await self._topic(context, resource_arn, "ResourceArn")
        if data_protection_policy:
            _check_json(data_protection_policy, "DataProtectionPolicy")
        topic.doc["data_protection_policy"] = data_protection_policy
        await self.store.put(topic)
        self._invalidate(resource_arn)

    @resources(_topic_resource)
    async def get_data_protection_policy(
        self, context: RequestContext, *, resource_arn: str
    ) -> GetDataProtectionPolicyResponse:
        topic = await self._topic(context, resource_arn, "ResourceArn")
        policy = topic.doc.get("data_protection_policy")
        return {"DataProtectionPolicy": policy} if policy else cast(GetDataProtectionPolicyResponse, {})

    # --- permissions ------------------------------------------------------------------------------

    @resources(_topic_resource)
    async def add_permission(
        self,
        context: RequestContext,
        *,
        topic_arn: str,
        label: str,
        aws_account_id: list[str],
        action_name: list[str],
    ) -> None:
        topic = await self._topic(context, topic_arn)
        if not aws_account_id or not action_name:
            raise InvalidParameterException("Invalid parameter: AWSAccountId and ActionName are required")
        if any(a not in tp.PERMISSION_ACTIONS for a in action_name):
            raise InvalidParameterException(
                "Invalid parameter: Policy statement action out of service scope!"
            )
        policy = json.loads(topic.doc["attributes"]["Policy"])
        statements = policy.setdefault("Statement", [])
        if any(s.get("Sid") == label for s in statements):
            raise InvalidParameterException("Invalid parameter: Statement already exists")
        principals = [f"arn:aws:iam::{a}:root" for a in aws_account_id]
        actions = [f"SNS:{a}" for a in action_name]
        statements.append(
            {
                "Sid": label,
                "Effect": "Allow",
                "Principal": {"AWS": principals[0] if len(principals) == 1 else principals},
                "Action": actions[0] if len(actions) == 1 else actions,
                "Resource": topic.arn,
            }
        )
        topic.doc["attributes"]["Policy"] = json.dumps(policy, separators=(",", ":"))
        await self.store.put(topic)
        self._invalidate(topic_arn)

    @resources(_topic_resource)
    async def remove_permission(self, context: RequestContext, *, topic_arn: str, label: str) -> None:
        topic = await self._topic(context, topic_arn)
        policy = json.loads(topic.doc["attributes"]["Policy"])
        statements = policy.get("Statement", [])
        kept = [s for s in statements if s.get("Sid") != label]
        if len(kept) == len(statements):
            raise InvalidParameterException(f"Invalid parameter: Label: {label} not found")
        policy["Statement"] = kept
        topic.doc["attributes"]["Policy"] = json.dumps(policy, separators=(",", ":"))
        await self.store.put(topic)
        self._invalidate(topic_arn)

    # --- tags -------------------------------------------------------------------------------------

    async def _tagged(self, arn: str) -> Entity:
        entity = await self.store.get(arn) if arn else None
        if entity is None or entity.kind != "topic":
            raise ResourceNotFoundException("Resource does not exist")
        return entity

    @resources(_topic_resource)
    async def tag_resource(
        self, context: RequestContext, *, resource_arn: str, tags: list[Tag]
    ) -> TagResourceResponse:
        entity = await self._tagged(resource_arn)
        _check_tags(tags)
        current = dict(entity.doc.get("tags", {}))
        current.update({t["Key"]: t["Value"] for t in tags})
        if len(current) > MAX_TAGS:
            raise TagLimitExceededException("Could not complete request: tag quota of per resource exceeded")
        entity.doc["tags"] = current
        await self.store.put(entity)
        self._invalidate(resource_arn)
        return {}

    @resources(_topic_resource)
    async def untag_resource(
        self, context: RequestContext, *, resource_arn: str, tag_keys: list[str]
    ) -> UntagResourceResponse:
        entity = await self._tagged(resource_arn)
        entity.doc["tags"] = {k: v for k, v in entity.doc.get("tags", {}).items() if k not in set(tag_keys)}
        await self.store.put(entity)
        self._invalidate(resource_arn)
        return {}

    @resources(_topic_resource)
    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: str
    ) -> ListTagsForResourceResponse:
        entity = await self._tagged(resource_arn)
        return {"Tags": [{"Key": k, "Value": v} for k, v in entity.doc.get("tags", {}).items()]}

    # --- subscriptions ----------------------------------------------------------------------------

    @resources(_topic_resource)
    async def subscribe(
        self,
        context: RequestContext,
        *,
        topic_arn: str,
        protocol: str,
        endpoint: str | None = None,
        attributes: dict[str, str] | None = None,
        return_subscription_arn: bool | None = None,
    ) -> SubscribeResponse:
        topic = await self._topic(context, topic_arn)
        fifo = tp.is_fifo(topic.doc)
        protocol = protocol.lower() if protocol else ""
        endpoint = subs.check_endpoint(protocol, endpoint, fifo)
        stored = subs.check_attributes(
            protocol,
            dict(attributes or {}),
            subscribe=True,
            fifo_endpoint=fifo and endpoint.endswith(".fifo"),
        )
        existing = await self._find_subscription(topic_arn, protocol, endpoint)
        if existing is not None:
            old = existing.doc["attributes"]
            if any(old.get(k) != v for k, v in stored.items()):
                raise InvalidParameterException(
                    "Invalid parameter: Attributes Reason: Subscription already exists with different attributes"
                )
            return {"SubscriptionArn": existing.arn}
        arn = f"{topic_arn}:{uuid4_str()}"
        confirmed = protocol in subs.CONFIRMED_AT_ONCE
        if protocol == "sqs":
            _, owner, _ = subs.sqs_target(endpoint)
            confirmed = owner == context.account_id or owner == topic.account_id
        if protocol == "application":
            await self._endpoint(endpoint)
        token = secrets.token_hex(64)
        doc: dict[str, Any] = {
            "protocol": protocol,
            "endpoint": endpoint,
            "attributes": stored,
            "confirmed": confirmed,
            "token": token,
            "base_url": self._base_url(context),
            "authenticated": False,
        }
        await self.store.put(Entity(arn, "subscription", context.account_id, topic.region, topic_arn, doc))
        self._invalidate(topic_arn)
        if not confirmed:
            self._spawn(self._send_confirmation(topic, arn, doc))
        if confirmed or return_subscription_arn:
            return {"SubscriptionArn": arn}
        return {"SubscriptionArn": PENDING}

    async def _find_subscription(self, topic_arn: str, protocol: str, endpoint: str) -> Entity | None:
        after = 0
        while True:
            page = await self.store.list_entities("subscription", parent=topic_arn, after=after, limit=1000)
            for entity in page:
                if entity.doc["protocol"] == protocol and entity.doc["endpoint"] == endpoint:
                    return entity
            if len(page) < 1000:
                return None
            after = page[-1].seq

    def _spawn(self, work: Any) -> None:
        task: asyncio.Task[None] = asyncio.create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def confirmation_doc(self, kind: str, topic_arn: str, arn: str, doc: dict[str, Any]) -> dict[str, str]:
        base = doc.get("base_url") or "http://localhost:4566"
        if kind == "SubscriptionConfirmation":
            text = (
                f"You have chosen to subscribe to the topic {topic_arn}.\n"
                "To confirm the subscription, visit the SubscribeURL included in this message."
            )
        else:
            text = (
                f"You have chosen to deactivate subscription {arn}.\n"
                "To cancel this operation and restore the subscription, visit the SubscribeURL included "
                "in this message."
            )
        message = confirmation_message(
            kind,
            topic_arn,
            doc["token"],
            msg.subscribe_url(base, topic_arn, doc["token"]),
            msg.iso_millis(self.clock()),
            text,
        )
        message["SignatureVersion"] = "1"
        message["Signature"] = self.signer.sign(message, "1")
        message["SigningCertURL"] = msg.cert_url(base, topic_arn)
        return message

    async def _send_confirmation(
        self, topic: Entity, arn: str, doc: dict[str, Any], kind: str = "SubscriptionConfirmation"
    ) -> None:
        message = self.confirmation_doc(kind, topic.arn, arn, doc)
        protocol, endpoint = doc["protocol"], doc["endpoint"]
        if protocol in ("http", "https"):
            headers = {
                "Content-Type": "text/plain; charset=UTF-8",
                "User-Agent": "Amazon Simple Notification Service Agent",
                "x-amz-sns-message-type": kind,
                "x-amz-sns-message-id": message["MessageId"],
                "x-amz-sns-topic-arn": topic.arn,
            }
            body = msg.envelope_text(message)
            for attempt in range(3):
                try:
                    response = await self.http.post(endpoint, content=body.encode(), headers=headers)
                    if response.status_code < 500:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(1.0 * (attempt + 1))
            return
        if protocol == "sqs":
            region, owner, _ = subs.sqs_target(endpoint)
            with contextlib.suppress(ServiceError):
                await self.peers.call(
                    "sqs",
                    "SendMessage",
                    {"QueueUrl": subs.queue_url(endpoint), "MessageBody": msg.envelope_text(message)},
                    account_id=owner,
                    region=region,
                    caller="sns",
                )
            return
        # email / email-json: the confirmation mail lands in the outbox
        await self.store.add_outbox(
            topic.account_id,
            topic.region,
            {
                "Protocol": protocol,
                "Endpoint": endpoint,
                "SubscriptionArn": arn,
                "TopicArn": topic.arn,
                "Type": kind,
                "Subject": "AWS Notification - Subscription Confirmation",
                "Message": msg.envelope_text(message)
                if protocol == "email-json"
                else message["Message"] + "\n" + message["SubscribeURL"],
                "SubscribeURL": message["SubscribeURL"],
                "Token": doc["token"],
                "Timestamp": message["Timestamp"],
            },
        )

    @resources(_topic_resource)
    async def confirm_subscription(
        self,
        context: RequestContext,
        *,
        topic_arn: str,
        token: str,
        authenticate_on_unsubscribe: str | None = None,
    ) -> ConfirmSubscriptionResponse:
        await self._topic(context, topic_arn)
        return {
            "SubscriptionArn": await self.confirm(topic_arn, token, authenticate_on_unsubscribe == "true")
        }

    async def confirm(self, topic_arn: str, token: str, authenticated: bool = False) -> str:
        """Confirm by token (ConfirmSubscription, or the SubscribeURL fetched through the gateway)."""
        after = 0
        while True:
            page = await self.store.list_entities("subscription", parent=topic_arn, after=after, limit=1000)
            for entity in page:
                if secrets.compare_digest(entity.doc.get("token", ""), token or ""):
                    if not entity.doc.get("confirmed"):
                        entity.doc["confirmed"] = True
                        entity.doc["authenticated"] = authenticated
                        await self.store.put(entity)
                        self._invalidate(topic_arn)
                    return entity.arn
            if len(page) < 1000:
                raise InvalidParameterException("Invalid parameter: Token")
            after = page[-1].seq

    @resources(_subscription_resource)
    async def unsubscribe(self, context: RequestContext, *, subscription_arn: str) -> None:
        await self.remove_subscription(subscription_arn)

    async def remove_subscription(self, subscription_arn: str) -> None:
        """Idempotent, as AWS: a well-formed ARN of no subscription is no error."""
        elements = subscription_arn.count(":") + 1 if subscription_arn else 0
        if elements < 6 or not subscription_arn.startswith("arn:"):
            raise InvalidParameterException(
                f"Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not {elements}"
            )
        if elements == 6:
            raise InvalidParameterException("Invalid parameter: SubscriptionId")
        entity = await self.store.get(subscription_arn)
        if entity is None or entity.kind != "subscription":
            return
        await self.store.delete(subscription_arn)
        self._invalidate(entity.parent)
        if entity.doc["protocol"] in ("http", "https") and entity.doc.get("confirmed"):
            topic = await self.store.get(entity.parent)
            if topic is not None:
                self._spawn(
                    self._send_confirmation(topic, subscription_arn, entity.doc, "UnsubscribeConfirmation")
                )

    def _subscription_summary(self, entity: Entity) -> dict[str, str]:
        return {
            "SubscriptionArn": entity.arn if entity.doc.get("confirmed") else "PendingConfirmation",
            "Owner": entity.account_id,
            "Protocol": entity.doc["protocol"],
            "Endpoint": entity.doc["endpoint"],
            "TopicArn": entity.parent,
        }

    @resources("*")
    async def list_subscriptions(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> ListSubscriptionsResponse:
        page = await self.store.list_entities(
            "subscription",
            account_id=context.account_id,
            region=context.region,
            after=_token(next_token),
            limit=PAGE + 1,
        )
        result: dict[str, Any] = {"Subscriptions": [self._subscription_summary(e) for e in page[:PAGE]]}
        if len(page) > PAGE:
            result["NextToken"] = str(page[PAGE - 1].seq)
        return cast(ListSubscriptionsResponse, result)

    @resources(_topic_resource)
    async def list_subscriptions_by_topic(
        self, context: RequestContext, *, topic_arn: str, next_token: str | None = None
    ) -> ListSubscriptionsByTopicResponse:
        await self._topic(context, topic_arn)
        page = await self.store.list_entities(
            "subscription", parent=topic_arn, after=_token(next_token), limit=PAGE + 1
        )
        result: dict[str, Any] = {"Subscriptions": [self._subscription_summary(e) for e in page[:PAGE]]}
        if len(page) > PAGE:
            result["NextToken"] = str(page[PAGE - 1].seq)
        return cast(ListSubscriptionsByTopicResponse, result)

    @resources(_subscription_resource)
    async def get_subscription_attributes(
        self, context: RequestContext, *, subscription_arn: str
    ) -> GetSubscriptionAttributesResponse:
        entity = await self._subscription(subscription_arn)
        doc = entity.doc
        attributes: dict[str, str] = {
            "Owner": entity.account_id,
            "RawMessageDelivery": "false",
            "TopicArn": entity.parent,
            "Endpoint": doc["endpoint"],
            "Protocol": doc["protocol"],
            "PendingConfirmation": "false" if doc.get("confirmed") else "true",
            "ConfirmationWasAuthenticated": "true"
            if doc.get("authenticated") or doc.get("confirmed")
            else "false",
            "SubscriptionArn": entity.arn,
            "SubscriptionPrincipal": f"arn:aws:iam::{entity.account_id}:root",
        }
        attributes.update(doc["attributes"])
        if attributes.get("FilterPolicy") and "FilterPolicyScope" not in attributes:
            attributes["FilterPolicyScope"] = "MessageAttributes"
        if not attributes.get("FilterPolicy"):
            attributes.pop("FilterPolicy", None)
            attributes.pop("FilterPolicyScope", None)
        if doc["protocol"] in ("http", "https"):
            effective = dict(tp.DEFAULT_DELIVERY_POLICY["http"])
            own = doc["attributes"].get("DeliveryPolicy")
            if own:
                effective.update(json.loads(own))
            attributes["EffectiveDeliveryPolicy"] = json.dumps(effective, separators=(",", ":"))
        return {"Attributes": attributes}

    @resources(_subscription_resource)
    async def set_subscription_attributes(
        self,
        context: RequestContext,
        *,
        subscription_arn: str,
        attribute_name: str,
        attribute_value: str | None = None,
    ) -> None:
        entity = await self._subscription(subscription_arn)
        value = attribute_value or ""
        doc = entity.doc
        fifo_endpoint = entity.parent.endswith(".fifo") and doc["endpoint"].endswith(".fifo")
        checked = subs.check_attributes(
            doc["protocol"], {attribute_name: value}, subscribe=False, fifo_endpoint=fifo_endpoint
        )
        merged = {**doc["attributes"], **checked}
        if attribute_name == "FilterPolicyScope" and merged.get("FilterPolicy"):
            # the stored policy must be valid under the new scope too
            subs.check_attributes(
                doc["protocol"],
                {"FilterPolicy": merged["FilterPolicy"], "FilterPolicyScope": value},
                subscribe=False,
            )
        if attribute_name in ("FilterPolicy", "RedrivePolicy", "DeliveryPolicy") and not value:
            merged.pop(attribute_name, None)
        doc["attributes"] = merged
        await self.store.put(entity)
        self._invalidate(entity.parent)

    # --- publishing -------------------------------------------------------------------------------

    @resources(_topic_resource)
    async def publish(
        self,
        context: RequestContext,
        *,
        message: str,
        topic_arn: str | None = None,
        target_arn: str | None = None,
        phone_number: str | None = None,
        subject: str | None = None,
        message_structure: str | None = None,
        message_attributes: dict[str, Any] | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
    ) -> PublishResponse:
        if not topic_arn and not target_arn and not phone_number:
            raise InvalidParameterException(
                "Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter"
            )
        if topic_arn and target_arn:
            raise InvalidParameterException(
                "Invalid parameter: TopicArn Reason: Only one of TopicArn or TargetArn may be specified"
            )
        to_endpoint = bool(target_arn and ":endpoint/" in target_arn)
        structure = msg.check_message(
            message, subject, message_structure, message_attributes, endpoint=to_endpoint
        )
        if phone_number and not topic_arn and not target_arn:
            return await self._publish_sms(context, phone_number, message, structure, message_attributes)
        if target_arn and ":endpoint/" in target_arn:
            return await self._publish_endpoint(
                context, target_arn, message, subject, structure, message_attributes
            )
        arn = topic_arn or target_arn
        member = "TopicArn" if topic_arn else "TargetArn"
        topic = self._known_topic(context, arn, member) or await self._topic(context, arn, member)
        if (
            message_group_id is None
            and message_deduplication_id is None
            and topic.doc["attributes"].get("FifoTopic") != "true"
        ):  # ``_publish_topic``'s way for a standard topic's message, without its coroutine
            published = msg.new_published(
                topic.arn,
                uuid4_str(),
                message,
                self.clock(),
                self.public_url or f"http://{context.host or 'localhost:4566'}",  # ``_base_url``
                subject,
                structure,
                message_attributes,
            )
            partition, record = self._log_entry(topic.arn, published)
            appended = await self.log.append(LOG_TOPIC, partition, Message(record))
            self.workers.appended(partition, appended.offset, published, len(record))
            return {"MessageId": published.message_id}
        return cast(
            PublishResponse,
            await self._publish_topic(
                context,
                topic,
                message,
                subject,
                structure,
                message_attributes,
                message_group_id,
                message_deduplication_id,
            ),
        )

    def _log_entry(self, topic_arn: str, published: msg.Published) -> tuple[int, bytes]:
        """A standard topic's message as appended: its topic's partition and the record."""
        partition = self._partitions.get(topic_arn)
        if partition is None:
            partition = self._partition(topic_arn)
        return partition, published.encode()

    async def _publish_topic(
        self,
        context: RequestContext,
        topic: Entity,
        message: str,
        subject: str | None,
        structure: dict[str, str] | None,
        attributes: dict[str, Any] | None,
        group_id: str | None,
        dedup_id: str | None,
        *,
        batch_prefix: str = "",
    ) -> dict[str, str]:
        topic_attributes = topic.doc["attributes"]
        fifo = topic_attributes.get("FifoTopic") == "true"
        content_dedup = topic_attributes.get("ContentBasedDeduplication") == "true"
        if fifo or group_id is not None or dedup_id is not None:  # nothing to check otherwise
            msg.check_group_and_dedup(fifo, content_dedup, group_id, dedup_id, prefix=batch_prefix)
        message_id = uuid4_str()
        published = msg.new_published(
            topic.arn,
            message_id,
            message,
            self.clock(),
            self.public_url or f"http://{context.host or 'localhost:4566'}",  # ``_base_url``
            subject,
            structure,
            attributes,
            group_id,
            dedup_id if fifo else None,
        )
        if not fifo:
            # a topic's messages share a partition, so its subscriptions get full SQS batches
            partition, record = self._log_entry(topic.arn, published)
            appended = await self.log.append(LOG_TOPIC, partition, Message(record))
            self.workers.appended(partition, appended.offset, published, len(record))
            return {"MessageId": message_id}
        assert group_id is not None
        dedup = dedup_id or hashlib.sha256(message.encode()).hexdigest()
        published.dedup_id = dedup
        scope = topic_attributes.get("FifoThroughputScope", "Topic")
        key = f"{topic.arn}|{group_id if scope == 'MessageGroup' else ''}|{dedup}"
        partition = self._partition(f"{topic.arn}\0{group_id}")
        now_ms = int(self.clock().timestamp() * 1000)
        # the id is recorded after the append: a crash in between may let a retry through twice
        # (at-least-once), never lose it; publishes of one id racing in this process wait for the first
        racing = self._dedup_inflight.get(key)
        if racing is not None:
            return dict(await asyncio.shield(racing))
        future: asyncio.Future[dict[str, str]] = asyncio.get_running_loop().create_future()
        self._dedup_inflight[key] = future
        try:
            previous = await self.store.find_dedup(key, now_ms)
            if previous is None:
                record = published.encode()
                appended = await self.log.append(LOG_TOPIC, partition, Message(record))
                self.workers.appended(partition, appended.offset, published, len(record))
                result = {
                    "MessageId": message_id,
                    "SequenceNumber": sequence_number(partition, appended.offset),
                }
                recorded = await self.store.remember_dedup(key, now_ms, DEDUP_WINDOW_MS, result)
                previous = recorded or result  # another replica's, if it was first
            future.set_result(previous)
            return previous
        except BaseException as error:
            future.set_exception(error if isinstance(error, Exception) else RuntimeError("cancelled"))
            future.exception()  # retrieved: no "never retrieved" warning when nobody raced
            raise
        finally:
            del self._dedup_inflight[key]

    async def _publish_sms(
        self,
        context: RequestContext,
        phone_number: str,
        message: str,
        structure: dict[str, str] | None,
        attributes: dict[str, Any] | None,
    ) -> PublishResponse:
        if not subs.E164.match(phone_number):
            raise InvalidParameterException(
                f"Invalid parameter: PhoneNumber Reason: {phone_number} is not valid to publish to"
            )
        message_id = uuid4_str()
        text = structure.get("sms", structure["default"]) if structure else message
        await self.store.add_outbox(
            context.account_id,
            context.region,
            {
                "Protocol": "sms",
                "Endpoint": phone_number,
                "MessageId": message_id,
                "Message": text,
                "MessageAttributes": msg.envelope_attributes(attributes or {}),
                "Timestamp": msg.iso_millis(self.clock()),
            },
        )
        return {"MessageId": message_id}

    async def _publish_endpoint(
        self,
        context: RequestContext,
        target_arn: str,
        message: str,
        subject: str | None,
        structure: dict[str, str] | None,
        attributes: dict[str, Any] | None,
    ) -> PublishResponse:
        endpoint = await self._endpoint(target_arn, "TargetArn")
        if endpoint.doc["attributes"].get("Enabled", "true").lower() != "true":
            raise EndpointDisabledException("Endpoint is disabled")
        application = await self.store.get(endpoint.parent)
        platform = application.doc["platform"] if application else ""
        message_id = uuid4_str()
        text = structure.get(platform, structure["default"]) if structure else message
        await self.store.add_outbox(
            endpoint.account_id,
            endpoint.region,
            {
                "Protocol": "application",
                "Endpoint": target_arn,
                "Platform": platform,
                "Token": endpoint.doc["attributes"].get("Token"),
                "MessageId": message_id,
                "Subject": subject,
                "Message": text,
                "MessageAttributes": msg.envelope_attributes(attributes or {}),
                "Timestamp": msg.iso_millis(self.clock()),
            },
        )
        return {"MessageId": message_id}

    @resources(_topic_resource)
    async def publish_batch(
        self,
        context: RequestContext,
        *,
        topic_arn: str,
        publish_batch_request_entries: list[PublishBatchRequestEntry],
    ) -> PublishBatchResponse:
        topic = await self._topic(context, topic_arn)
        entries = publish_batch_request_entries
        if not entries:
            raise EmptyBatchRequestException("The batch request doesn't contain any entries")
        if len(entries) > 10:
            raise TooManyEntriesInBatchRequestException(
                "The batch request contains more entries than permissible."
            )
        ids = [e.get("Id", "") for e in entries]
        if len(set(ids)) != len(ids):
            raise BatchEntryIdsNotDistinctException(
                "Two or more batch entries in the request have the same Id."
            )
        if any(not BATCH_ID.match(i) for i in ids):
            raise InvalidBatchEntryIdException(
                "The Id of a batch entry in a batch request doesn't abide by the specification."
            )
        total = sum(
            len(e.get("Message", "").encode()) + msg.attributes_size(e.get("MessageAttributes"))
            for e in entries
        )
        if total > msg.MAX_MESSAGE_BYTES:
            raise BatchRequestTooLongException(
                "The length of all the messages put together is more than the limit."
            )
        fifo = tp.is_fifo(topic.doc)
        if fifo and any(not e.get("MessageGroupId") for e in entries):
            raise InvalidParameterException(
                "Invalid parameter: The MessageGroupId parameter is required for FIFO topics"
            )
        successful: list[dict[str, Any]] = []
        failed: list[dict[str, Any]] = []
        for entry in entries:
            try:
                structure = msg.check_message(
                    entry.get("Message"),
                    entry.get("Subject"),
                    entry.get("MessageStructure"),
                    entry.get("MessageAttributes"),
                )
                result = await self._publish_topic(
                    context,
                    topic,
                    entry["Message"],
                    entry.get("Subject"),
                    structure,
                    entry.get("MessageAttributes"),
                    entry.get("MessageGroupId"),
                    entry.get("MessageDeduplicationId"),
                )
            except ServiceError as error:
                failed.append(
                    {"Id": entry["Id"], "Code": error.code, "Message": error.message, "SenderFault": True}
                )
                continue
            successful.append({"Id": entry["Id"], **result})
        return cast(PublishBatchResponse, {"Successful": successful, "Failed": failed})

    # --- mobile push: platform applications and endpoints -----------------------------------------

    async def _application(self, arn: str, member: str = "PlatformApplicationArn") -> Entity:
        if not arn or ":app/" not in arn:
            raise InvalidParameterException(f"Invalid parameter: {member}")
        entity = await self.store.get(arn)
        if entity is None or entity.kind != "application":
            raise NotFoundException("PlatformApplication does not exist")
        return entity

    async def _endpoint(self, arn: str, member: str = "EndpointArn") -> Entity:
        if not arn or ":endpoint/" not in arn:
            raise InvalidParameterException(f"Invalid parameter: {member}")
        entity = await self.store.get(arn)
        if entity is None or entity.kind != "endpoint":
            if member == "TargetArn":
                raise InvalidParameterException(
                    "Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified"
                )
            raise NotFoundException("Endpoint does not exist")
        return entity

    @resources("arn:{partition}:sns:{region}:{account}:app/{Platform}/{Name}")
    async def create_platform_application(
        self, context: RequestContext, *, name: str, platform: str, attributes: dict[str, str]
    ) -> CreatePlatformApplicationResponse:
        if not re.match(r"^[A-Za-z0-9_.-]{1,256}$", name or ""):
            raise InvalidParameterException("Invalid parameter: Name")
        if platform not in PLATFORMS:
            raise InvalidParameterException("Invalid parameter: Platform")
        if "PlatformCredential" not in attributes and not {"SigningKey", "SigningKeyId"} <= set(attributes):
            raise InvalidParameterException(
                "Invalid parameter: Attributes Reason: PlatformCredential attribute is required"
            )
        arn = f"arn:aws:sns:{context.region}:{context.account_id}:app/{platform}/{name}"
        shown = {k: v for k, v in attributes.items() if k not in ("PlatformCredential", "PlatformPrincipal")}
        shown.setdefault("Enabled", "true")
        doc = {"name": name, "platform": platform, "attributes": shown, "secrets": dict(attributes)}
        await self.store.put(Entity(arn, "application", context.account_id, context.region, "", doc))
        return {"PlatformApplicationArn": arn}

    @resources(_platform_resource)
    async def get_platform_application_attributes(
        self, context: RequestContext, *, platform_application_arn: str
    ) -> GetPlatformApplicationAttributesResponse:
        entity = await self._application(platform_application_arn)
        return {"Attributes": dict(entity.doc["attributes"])}

    @resources(_platform_resource)
    async def set_platform_application_attributes(
        self, context: RequestContext, *, platform_application_arn: str, attributes: dict[str, str]
    ) -> None:
        entity = await self._application(platform_application_arn)
        entity.doc["secrets"].update(attributes)
        entity.doc["attributes"].update(
            {k: v for k, v in attributes.items() if k not in ("PlatformCredential", "PlatformPrincipal")}
        )
        await self.store.put(entity)

    @resources(_platform_resource)
    async def delete_platform_application(
        self, context: RequestContext, *, platform_application_arn: str
    ) -> None:
        if not platform_application_arn or ":app/" not in platform_application_arn:
            raise InvalidParameterException("Invalid parameter: PlatformApplicationArn")
        await self.store.delete(platform_application_arn)
        await self.store.delete_children(platform_application_arn)

    @resources("*")
    async def list_platform_applications(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> ListPlatformApplicationsResponse:
        page = await self.store.list_entities(
            "application",
            account_id=context.account_id,
            region=context.region,
            after=_token(next_token),
            limit=ENDPOINT_PAGE + 1,
        )
        result: dict[str, Any] = {
            "PlatformApplications": [
                {"PlatformApplicationArn": e.arn, "Attributes": e.doc["attributes"]}
                for e in page[:ENDPOINT_PAGE]
            ]
        }
        if len(page) > ENDPOINT_PAGE:
            result["NextToken"] = str(page[ENDPOINT_PAGE - 1].seq)
        return cast(ListPlatformApplicationsResponse, result)

    @resources(_platform_resource)
    async def create_platform_endpoint(
        self,
        context: RequestContext,
        *,
        platform_application_arn: str,
        token: str,
        custom_user_data: str | None = None,
        attributes: dict[str, str] | None = None,
    ) -> CreateEndpointResponse:
        application = await self._application(platform_application_arn)
        if not token:
            raise InvalidParameterException("Invalid parameter: Token Reason: cannot be empty")
        wanted = {"Enabled": "true", **(attributes or {}), "Token": token}
        if custom_user_data is not None:
            wanted["CustomUserData"] = custom_user_data
        after = 0
        while True:
            page = await self.store.list_entities("endpoint", parent=application.arn, after=after, limit=1000)
            for entity in page:
                if entity.doc["attributes"].get("Token") == token:
                    if entity.doc["attributes"] != wanted and (attributes or custom_user_data is not None):
                        raise InvalidParameterException(
                            f"Invalid parameter: Token Reason: Endpoint {entity.arn} already exists with "
                            "the same Token, but different attributes."
                        )
                    return {"EndpointArn": entity.arn}
            if len(page) < 1000:
                break
            after = page[-1].seq
        platform, name = application.doc["platform"], application.doc["name"]
        arn = f"arn:aws:sns:{application.region}:{application.account_id}:endpoint/{platform}/{name}/{uuid4_str()}"
        await self.store.put(
            Entity(
                arn,
                "endpoint",
                application.account_id,
                application.region,
                application.arn,
                {"attributes": wanted},
            )
        )
        return {"EndpointArn": arn}

    @resources(_platform_resource)
    async def get_endpoint_attributes(
        self, context: RequestContext, *, endpoint_arn: str
    ) -> GetEndpointAttributesResponse:
        entity = await self._endpoint(endpoint_arn)
        return {"Attributes": dict(entity.doc["attributes"])}

    @resources(_platform_resource)
    async def set_endpoint_attributes(
        self, context: RequestContext, *, endpoint_arn: str, attributes: dict[str, str]
    ) -> None:
        entity = await self._endpoint(endpoint_arn)
        entity.doc["attributes"].update(attributes)
        await self.store.put(entity)

    @resources(_platform_resource)
    async def delete_endpoint(self, context: RequestContext, *, endpoint_arn: str) -> None:
        if endpoint_arn and ":endpoint/" in endpoint_arn:
            await self.store.delete(endpoint_arn)  # AWS: deleting a missing endpoint succeeds

    @resources(_platform_resource)
    async def list_endpoints_by_platform_application(
        self, context: RequestContext, *, platform_application_arn: str, next_token: str | None = None
    ) -> ListEndpointsByPlatformApplicationResponse:
        application = await self._application(platform_application_arn)
        page = await self.store.list_entities(
            "endpoint", parent=application.arn, after=_token(next_token), limit=ENDPOINT_PAGE + 1
        )
        result: dict[str, Any] = {
            "Endpoints": [
                {"EndpointArn": e.arn, "Attributes": e.doc["attributes"]} for e in page[:ENDPOINT_PAGE]
            ]
        }
        if len(page) > ENDPOINT_PAGE:
            result["NextToken"] = str(page[ENDPOINT_PAGE - 1].seq)
        return cast(ListEndpointsByPlatformApplicationResponse, result)

    # --- SMS: settings, opt-outs, the sandbox (recorded, nothing is sent) -------------------------

    def _sms_arn(self, context: RequestContext, what: str) -> str:
        return f"arn:aws:sns:{context.region}:{context.account_id}:~sms/{what}"

    async def _sms_doc(self, context: RequestContext, what: str) -> Entity:
        arn = self._sms_arn(context, what)
        entity = await self.store.get(arn)
        return entity or Entity(arn, "sms", context.account_id, context.region, "", {})

    @resources("*")
    async def set_sms_attributes(
        self, context: RequestContext, *, attributes: dict[str, str]
    ) -> SetSMSAttributesResponse:
        for name, value in attributes.items():
            if name not in SMS_ATTRIBUTES:
                raise InvalidParameterException(f"Invalid parameter: {name}")
            if name == "DefaultSMSType" and value not in ("Promotional", "Transactional"):
                raise InvalidParameterException("Invalid parameter: DefaultSMSType")
        entity = await self._sms_doc(context, "attributes")
        entity.doc.update(attributes)
        await self.store.put(entity)
        return {}

    @resources("*")
    async def get_sms_attributes(
        self, context: RequestContext, *, attributes: list[str] | None = None
    ) -> GetSMSAttributesResponse:
        stored = (await self._sms_doc(context, "attributes")).doc
        values = {"MonthlySpendLimit": "1", **stored}
        if attributes:
            values = {k: v for k, v in values.items() if k in attributes}
        return {"attributes": values}

    @resources("*")
    async def check_if_phone_number_is_opted_out(
        self, context: RequestContext, *, phone_number: str
    ) -> CheckIfPhoneNumberIsOptedOutResponse:
        if not subs.E164.match(phone_number or ""):
            raise InvalidParameterException(
                "Invalid parameter: PhoneNumber Reason: input incorrectly formatted"
            )
        opted = (await self._sms_doc(context, "opted-out")).doc.get("numbers", [])
        return {"isOptedOut": phone_number in opted}

    @resources("*")
    async def list_phone_numbers_opted_out(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> ListPhoneNumbersOptedOutResponse:
        opted = (await self._sms_doc(context, "opted-out")).doc.get("numbers", [])
        start = _token(next_token)
        result: dict[str, Any] = {"phoneNumbers": opted[start : start + PAGE]}
        if start + PAGE < len(opted):
            result["nextToken"] = str(start + PAGE)
        return cast(ListPhoneNumbersOptedOutResponse, result)

    @resources("*")
    async def opt_in_phone_number(
        self, context: RequestContext, *, phone_number: str
    ) -> OptInPhoneNumberResponse:
        if not subs.E164.match(phone_number or ""):
            raise InvalidParameterException(
                "Invalid parameter: PhoneNumber Reason: input incorrectly formatted"
            )
        entity = await self._sms_doc(context, "opted-out")
        entity.doc["numbers"] = [n for n in entity.doc.get("numbers", []) if n != phone_number]
        await self.store.put(entity)
        return {}

    async def opt_out(self, account_id: str, region: str, phone_number: str) -> None:
        """A number replying STOP (internal: ``overcast:OptOutPhoneNumber``)."""
        context = RequestContext(request_id="", account_id=account_id, region=region)
        entity = await self._sms_doc(context, "opted-out")
        numbers = entity.doc.setdefault("numbers", [])
        if phone_number not in numbers:
            numbers.append(phone_number)
        await self.store.put(entity)

    @resources("*")
    async def get_sms_sandbox_account_status(
        self, context: RequestContext
    ) -> GetSMSSandboxAccountStatusResult:
        return {"IsInSandbox": False}

    @resources("*")
    async def create_sms_sandbox_phone_number(
        self, context: RequestContext, *, phone_number: str, language_code: str | None = None
    ) -> CreateSMSSandboxPhoneNumberResult:
        if not subs.E164.match(phone_number or ""):
            raise InvalidParameterException("Invalid parameter: PhoneNumber")
        entity = await self._sms_doc(context, "sandbox")
        code = f"{secrets.randbelow(10**6):06d}"
        entity.doc[phone_number] = {"Status": "Pending", "Code": code}
        await self.store.put(entity)
        await self.store.add_outbox(
            context.account_id,
            context.region,
            {
                "Protocol": "sms",
                "Endpoint": phone_number,
                "Message": f"Your verification code is {code}",
                "Timestamp": msg.iso_millis(self.clock()),
            },
        )
        return {}

    @resources("*")
    async def verify_sms_sandbox_phone_number(
        self, context: RequestContext, *, phone_number: str, one_time_password: str
    ) -> VerifySMSSandboxPhoneNumberResult:
        entity = await self._sms_doc(context, "sandbox")
        record = entity.doc.get(phone_number)
        if record is None:
            raise ResourceNotFoundException("Phone number does not exist in the sandbox")
        if record["Code"] != one_time_password:
            raise VerificationException("Invalid one-time password", status="Pending")
        record["Status"] = "Verified"
        await self.store.put(entity)
        return {}

    @resources("*")
    async def delete_sms_sandbox_phone_number(
        self, context: RequestContext, *, phone_number: str
    ) -> DeleteSMSSandboxPhoneNumberResult:
        entity = await self._sms_doc(context, "sandbox")
        if entity.doc.pop(phone_number, None) is None:
            raise ResourceNotFoundException("Phone number does not exist in the sandbox")
        await self.store.put(entity)
        return {}

    @resources("*")
    async def list_sms_sandbox_phone_numbers(
        self, context: RequestContext, *, next_token: str | None = None, max_results: int | None = None
    ) -> ListSMSSandboxPhoneNumbersResult:
        entity = await self._sms_doc(context, "sandbox")
        numbers = [{"PhoneNumber": k, "Status": v["Status"]} for k, v in entity.doc.items()]
        return cast(ListSMSSandboxPhoneNumbersResult, {"PhoneNumbers": numbers})

    @resources("*")
    async def list_origination_numbers(
        self, context: RequestContext, *, next_token: str | None = None, max_results: int | None = None
    ) -> ListOriginationNumbersResult:
        return {"PhoneNumbers": []}

    # --- internal operations (the gateway's /_overcast/sns routes) --------------------------------

    async def outbox(self, account_id: str | None, region: str | None) -> list[dict[str, Any]]:
        return await self.store.list_outbox(account_id or None, region or None)

    async def reset(self) -> None:
        self.forget_caches()
        await self.store.reset()


def _check_tags(tags: list[Tag]) -> None:
    if len({t.get("Key") for t in tags}) < len(tags):
        raise InvalidParameterException("Invalid parameter: Duplicated keys are not allowed.")
    if len(tags) > MAX_TAGS:
        raise TagLimitExceededException("Could not complete request: tag quota of per resource exceeded")
    for tag in tags:
        key = tag.get("Key", "")
        if not key or len(key) > 128 or key.lower().startswith("aws:"):
            raise InvalidParameterException("Invalid parameter: Tags Reason: Tag key is invalid")
        if len(tag.get("Value", "")) > 256:
            raise InvalidParameterException("Invalid parameter: Tags Reason: Tag value is invalid")


def _check_json(text: str, member: str) -> None:
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict):
        raise InvalidParameterException(f"Invalid parameter: {member}")
