"""Fan-out: delivery workers consume the publish log and deliver to every matching subscription.

Publish only appends to the log (``LOG_TOPIC``, ``partitions`` partitions; a FIFO topic's message
group always lands in the same partition). One worker per partition reads batches of records from its
committed position, filters them per subscription, and delivers:

- ``sqs``: ``SendMessageBatch`` (chunks of up to ``SQS_BATCH``) to the queue as its owner account, through
  ``overcast_common.peers``; per subscription in record order, so FIFO order holds; subscriptions in
  parallel;
- ``http``/``https``: a POST per message with AWS's headers, retried on the subscription's (or topic's)
  delivery policy in the background;
- ``firehose``: ``PutRecord`` through peers; ``lambda``: ``Invoke`` (``Event``) through peers when Lambda
  runs, else recorded;
- ``email``, ``email-json``, ``sms``, ``application``: recorded in the outbox.

Records this process appended reach the worker from memory: ``appended`` (called by Publish once the
log acknowledged the record) hands the decoded publish over with its offset, and the worker takes it
from there instead of reading it back (on Kafka a read is two broker round trips and a decode per
record). The log stays the record: the worker reads it whenever memory does not hold its next offset
(after a restart, records of another process, a hand-off over ``RECENT_RECORDS``/``RECENT_BYTES``),
and while idle every ``WAIT_MS`` at first, backing off to ``IDLE_WAIT_MS``.

The worker commits a position only when every record before it is delivered (or dead-lettered), HTTP
retries included, so a crash replays from there: at-least-once, duplicates possible after a restart.
A delivery that fails for good (the queue is gone, the endpoint answers 4xx, retries are exhausted)
goes to the subscription's dead-letter queue (``RedrivePolicy``) if it has one.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from overcast_common.errors import ServiceError
from overcast_common.ids import uuid4_str
from overcast_common.log import Log, Record
from overcast_common.peers import Peers

from overcast_sns.fanout import SQS_BATCH as SQS_BATCH
from overcast_sns.fanout import Outgoing, chunks, route, sqs_entries
from overcast_sns.filters import CompiledPolicy
from overcast_sns.messages import (
    Published,
    envelope_attributes,
    finish_envelope,
    notification,
    unsubscribe_url,
)
from overcast_sns.signing import Signer
from overcast_sns.subscriptions import queue_url, sqs_target

log = logging.getLogger("overcast.sns.delivery")

LOG_TOPIC = "deliveries"
RETENTION_MS = 14 * 24 * 3600 * 1000
"""How long an undelivered publish is kept (AWS retries SQS deliveries for up to 23 days)."""
GROUP = "sns-delivery"
READ_BATCH = 500
READ_BYTES = 10 * 1024 * 1024
WAIT_MS = 500
IDLE_WAIT_MS = 4000
"""An idle partition reads the log after ``WAIT_MS``, then ever less often, down to once every
``IDLE_WAIT_MS`` (appends of this process wake it at once anyway; only records another process
appended wait for the read): an idle read is a log transaction, or broker round trips on Kafka."""
RECENT_RECORDS = 10_000
RECENT_BYTES = 64 * 1024 * 1024
"""Bounds of the hand-off from Publish per partition; past them records are read back from the log."""
LINGER_RECORDS = 200
LINGER_S = 0.02
COMMIT_INTERVAL_S = 0.25
COMMIT_RECORDS = 500
COMMIT_MAX_S = 1.0
"""While busy, the position is committed every ``COMMIT_INTERVAL_S`` once ``COMMIT_RECORDS`` were
delivered since the last commit, and every ``COMMIT_MAX_S`` in any case: a trickle does not pay a log
transaction every quarter second, and a crash replays at most about a second's or 500 records' worth."""
SQS_CLIENT_BATCH = 10
"""What an SQS that does not take longer batches from peers accepts (an older version, mid-upgrade)."""
TRANSIENT_ATTEMPTS = 8
"""Firehose and Lambda: attempts on transient errors before a delivery counts as failed."""
MAX_BACKOFF_S = 5.0
HTTP_TIMEOUT_S = 15.0
USER_AGENT = "Amazon Simple Notification Service Agent"
THROTTLING = frozenset({"ThrottlingException", "RequestThrottled", "ServiceUnavailable", "InternalFailure"})


@dataclass(frozen=True)
class SubscriptionView:
    """What delivery needs of a confirmed subscription (cached per topic by the provider)."""

    arn: str
    protocol: str
    endpoint: str
    owner: str
    raw: bool
    filter: CompiledPolicy | None
    dead_letter_arn: str | None
    delivery_policy: dict[str, Any] | None
    role_arn: str | None


@dataclass(frozen=True)
class TopicView:
    arn: str
    account_id: str
    region: str
    fifo: bool
    signature_version: str
    delivery_policy: dict[str, Any] | None


class Directory(Protocol):
    async def topic_view(self, arn: str) -> TopicView | None: ...

    async def subscriptions_of(self, topic_arn: str) -> list[SubscriptionView]: ...

    async def record_outbox(self, account_id: str, region: str, doc: dict[str, Any]) -> None: ...


@dataclass
class _Tracker:
    """Offsets of a partition whose background deliveries (HTTP retries) are unfinished."""

    pending: dict[int, int] = field(default_factory=dict)

    def add(self, offset: int) -> None:
        self.pending[offset] = self.pending.get(offset, 0) + 1

    def done(self, offset: int) -> None:
        left = self.pending.get(offset, 0) - 1
        if left <= 0:
            self.pending.pop(offset, None)
        else:
            self.pending[offset] = left

    def safe(self, next_offset: int) -> int:
        return min(self.pending, default=next_offset)


@dataclass
class _Recent:
    """Publishes this process appended to one partition, by offset, until its worker takes them."""

    items: dict[int, tuple[Published, int]] = field(default_factory=dict)
    size: int = 0
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def add(self, offset: int, published: Published, size: int) -> None:
        if len(self.items) >= RECENT_RECORDS or self.size + size > RECENT_BYTES:
            return  # the worker reads it back from the log
        self.items[offset] = (published, size)
        self.size += size
        self.arrived.set()

    def take(self, offset: int) -> list[tuple[int, Published]]:
        """The run of records from ``offset`` on (empty if memory does not hold ``offset``)."""
        items = self.items
        taken: list[tuple[int, Published]] = []
        size = 0
        while len(taken) < READ_BATCH and size < READ_BYTES:
            item = items.pop(offset, None)
            if item is None:
                break
            taken.append((offset, item[0]))
            size += item[1]
            offset += 1
        self.size -= size
        if not taken:
            self.drop_below(offset)
        return taken

    def drop_below(self, offset: int) -> None:
        """Forget what the worker has already read from the log."""
        for stale in [o for o in self.items if o < offset]:
            self.size -= self.items.pop(stale)[1]


class DeliveryWorkers:
    def __init__(
        self,
        log_: Log,
        directory: Directory,
        signer: Signer,
        peers: Peers,
        *,
        partitions: int,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.log = log_
        self.directory = directory
        self.signer = signer
        self.peers = peers
        self.partitions = partitions
        self.http = http_client or httpx.AsyncClient(timeout=HTTP_TIMEOUT_S)
        self.sleep = sleep
        self._tasks: list[asyncio.Task[None]] = []
        self._background: set[asyncio.Task[None]] = set()
        self._trackers = [_Tracker() for _ in range(partitions)]
        self._committed = [-1] * partitions
        self._delivered = [-1] * partitions  # -1: the worker has not read its position yet
        self._recent = [_Recent() for _ in range(partitions)]
        self._stopping = False

    async def start(self) -> None:
        existing = await self.log.describe_topic(LOG_TOPIC)
        if existing is not None:
            self.partitions = existing.partitions  # fixed when the log was created
        else:
            await self.log.create_topic(LOG_TOPIC, partitions=self.partitions, retention_ms=RETENTION_MS)
        self._trackers = [_Tracker() for _ in range(self.partitions)]
        self._committed = [-1] * self.partitions
        self._delivered = [-1] * self.partitions
        self._recent = [_Recent() for _ in range(self.partitions)]
        self._tasks = [asyncio.create_task(self._run(p)) for p in range(self.partitions)]

    async def close(self) -> None:
        self._stopping = True
        # a clean stop keeps what was delivered since the last periodic commit from replaying; taken
        # before the cancellations, which end unfinished HTTP retries (and would clear their tracking)
        positions = [
            self._trackers[p].safe(delivered) if delivered >= 0 else -1
            for p, delivered in enumerate(self._delivered)
        ]
        for task in [*self._tasks, *self._background]:
            task.cancel()
        for task in [*self._tasks, *self._background]:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for partition, position in enumerate(positions):
            if position >= 0 and position != self._committed[partition]:
                with contextlib.suppress(Exception):
                    await self.log.commit(GROUP, LOG_TOPIC, partition, position)
                    self._committed[partition] = position
        await self.http.aclose()

    # --- the partition loop ------------------------------------------------------------------------

    def appended(self, partition: int, offset: int, published: Published, size: int) -> None:
        """Publish hands over a record the log has acknowledged at ``offset``; ``published`` must be
        what ``Published.decode`` would return for it (``logged`` makes it so) and not change after."""
        if 0 <= partition < len(self._recent) and not self._stopping:
            self._recent[partition].add(offset, published, size)

    async def _run(self, partition: int) -> None:
        position = await self.log.committed(GROUP, LOG_TOPIC, partition)
        offset = self._delivered[partition] = position or 0
        recent = self._recent[partition]
        loop = asyncio.get_running_loop()
        last_commit = loop.time()
        small = False
        at_end = False  # the last log read reached the partition's end
        idle_wait = WAIT_MS / 1000
        uncommitted = 0  # records delivered since the last commit
        while not self._stopping:
            try:
                if small:
                    # a moment's wait after a small round fills the next one's SQS batches (one
                    # SendMessageBatch of 10 costs about what three SendMessage calls do) and saves
                    # reads; the first record after a quiet spell goes out at once
                    await self.sleep(LINGER_S)
                taken = recent.take(offset)
                if not taken and at_end:
                    # caught up: wait for this process's next append, or read the log after
                    # ``idle_wait`` for records another process appended; briefly if a later record
                    # came first
                    recent.arrived.clear()
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(LINGER_S if recent.items else idle_wait):
                            await recent.arrived.wait()
                    taken = recent.take(offset)
                if taken:
                    count = len(taken)
                    await self.deliver_published(partition, taken)
                    offset = self._delivered[partition] = taken[-1][0] + 1
                else:
                    result = await self.log.read(LOG_TOPIC, partition, offset, max_records=READ_BATCH)
                    records = result.records
                    count = len(records)
                    if records:
                        await self.deliver(partition, records)
                    offset = self._delivered[partition] = result.next_offset
                    recent.drop_below(offset)
                    at_end = result.next_offset >= result.end_offset
                    if not count and at_end:
                        idle_wait = min(idle_wait * 2, IDLE_WAIT_MS / 1000)
                if count:
                    idle_wait = WAIT_MS / 1000
                small = 0 < count < LINGER_RECORDS
                # the position follows delivery, but not after every round while busy (a commit is
                # a log transaction); a crash replays what was delivered since (at-least-once)
                uncommitted += count
                if not count or (
                    (elapsed := loop.time() - last_commit) >= COMMIT_INTERVAL_S
                    and (uncommitted >= COMMIT_RECORDS or elapsed >= COMMIT_MAX_S)
                ):
                    await self._commit(partition, offset)
                    last_commit = loop.time()
                    uncommitted = 0
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception(
                    "sns delivery round failed; retrying", extra={"fields": {"partition": partition}}
                )
                await self.sleep(1.0)

    async def _commit(self, partition: int, next_offset: int) -> None:
        safe = self._trackers[partition].safe(next_offset)
        if safe != self._committed[partition]:
            await self.log.commit(GROUP, LOG_TOPIC, partition, safe)
            self._committed[partition] = safe

    async def deliver(self, partition: int, records: Sequence[Record]) -> None:
        """Deliver a batch of records; returns when every synchronous delivery is done."""
        decoded: list[tuple[int, Published]] = []
        for record in records:
            try:
                decoded.append((record.offset, Published.decode(record.value)))
            except (ValueError, KeyError, TypeError):
                # not ours (or damaged): skipping it beats blocking the partition forever
                log.error(
                    "sns delivery skipped an unreadable record", extra={"fields": {"offset": record.offset}}
                )
        await self.deliver_published(partition, decoded)

    async def deliver_published(self, partition: int, records: Sequence[tuple[int, Published]]) -> None:
        """Deliver decoded publishes, each with its offset in the partition."""
        per_subscription: dict[str, list[Outgoing]] = {}
        signatures: dict[tuple[str, str, str], tuple[str, str]] = {}
        # per topic: its view, its subscriptions, and the body of a message for one of them
        topics: dict[
            str, tuple[TopicView | None, list[SubscriptionView], Callable[[Published, SubscriptionView], str]]
        ] = {}
        for offset, published in records:
            known = topics.get(published.topic_arn)
            if known is None:
                view = await self.directory.topic_view(published.topic_arn)
                known = topics[published.topic_arn] = (
                    view,
                    await self.directory.subscriptions_of(published.topic_arn) if view else [],
                    functools.partial(self._body, topic=view, signatures=signatures),
                )
            topic, subscriptions, body_of = known
            if topic is None:
                continue  # deleted since: AWS drops what it has not delivered yet
            if topic.fifo:
                published.sequence_number = sequence_number(partition, offset)
            route(published, offset, subscriptions, per_subscription, body_of)
        if not per_subscription:
            return
        # subscriptions in parallel: a task for each but the last, which runs in this one meanwhile
        # (``_deliver_to`` raises nothing)
        *others, last = per_subscription.values()
        tasks = [asyncio.create_task(self._deliver_to(partition, items)) for items in others]
        try:
            await self._deliver_to(partition, last)
        except BaseException:  # cancelled (a stop): as ``gather`` would, the others go too
            for task in tasks:
                task.cancel()
            raise
        if tasks:
            await asyncio.gather(*tasks)

    def _body(
        self,
        published: Published,
        sub: SubscriptionView,
        *,
        topic: TopicView | None,
        signatures: dict[tuple[str, str, str], tuple[str, str]],
    ) -> str:
        assert topic is not None  # a deleted topic's messages are dropped before
        if sub.raw or sub.protocol in ("email", "sms"):
            return published.message_for(sub.protocol)
        if sub.protocol == "lambda":
            return published.message_for(sub.protocol)  # the Lambda event is built at delivery
        doc = notification(published, sub.protocol, sub.arn, topic.fifo)
        # the signature covers no subscription-specific field: one RSA operation per message text
        key = (published.message_id, doc["Message"], topic.signature_version)
        signature = signatures.get(key)
        if signature is None:
            signature = signatures[key] = (
                topic.signature_version,
                self.signer.sign(doc, topic.signature_version),
            )
        return finish_envelope(doc, published, sub.arn, signature)

    async def _deliver_to(self, partition: int, items: list[Outgoing]) -> None:
        sub = items[0].subscription
        protocol = sub.protocol
        try:
            if protocol == "sqs":
                await self._sqs(items)
            elif protocol in ("http", "https"):
                for item in items:
                    self._spawn_http(partition, item)
            elif protocol == "firehose":
                for item in items:
                    await self._firehose(item)
            elif protocol == "lambda":
                for item in items:
                    await self._lambda(item)
            else:
                for item in items:
                    await self._record(item)
        except Exception:
            log.exception("sns delivery failed", extra={"fields": {"subscription": sub.arn}})

    # --- SQS --------------------------------------------------------------------------------------

    async def _sqs(self, items: list[Outgoing]) -> None:
        batches = chunks(items)
        if items[0].published.sequence_number is not None or len(batches) == 1:
            for batch in batches:  # a FIFO topic: one batch after the other keeps the order
                await self._sqs_chunk(batch)
        else:
            await asyncio.gather(*(self._sqs_chunk(batch) for batch in batches))

    async def _sqs_chunk(self, chunk: list[Outgoing]) -> None:
        sub = chunk[0].subscription
        region, owner, name = sqs_target(sub.endpoint)
        url = queue_url(sub.endpoint)
        fifo_queue = name.endswith(".fifo")
        raw = sub.raw
        waiting = list(chunk)
        attempt = 0
        while True:
            entries = sqs_entries(waiting, fifo_queue, raw)
            try:
                if len(entries) == 1:
                    params: dict[str, Any] = {
                        "QueueUrl": url,
                        **{k: v for k, v in entries[0].items() if k != "Id"},
                    }
                    await self.peers.call(
                        "sqs", "SendMessage", params, account_id=owner, region=region, caller="sns"
                    )
                    return
                result = await self.peers.call(
                    "sqs",
                    "SendMessageBatch",
                    {"QueueUrl": url, "Entries": entries},
                    account_id=owner,
                    region=region,
                    caller="sns",
                )
            except ServiceError as error:
                if error.code == "TooManyEntriesInBatchRequest" and len(waiting) > SQS_CLIENT_BATCH:
                    for start in range(0, len(waiting), SQS_CLIENT_BATCH):  # in order: FIFO holds
                        await self._sqs_chunk(waiting[start : start + SQS_CLIENT_BATCH])
                    return
                if _transient(error):
                    # SQS busy or unreachable: keep trying (AWS retries SQS for days); the partition
                    # waits, and nothing is committed past this message meanwhile
                    attempt += 1
                    await self.sleep(min(0.05 * 2**attempt, MAX_BACKOFF_S))
                    continue
                for item in waiting:
                    await self._dead_letter(item, error.code, error.message)
                return
            except OSError:
                attempt += 1
                await self.sleep(min(0.05 * 2**attempt, MAX_BACKOFF_S))
                continue
            retry: list[Outgoing] = []
            for failure in result.get("Failed", []):
                item = waiting[int(failure["Id"])]
                if failure.get("SenderFault", True):
                    await self._dead_letter(item, failure.get("Code", ""), failure.get("Message", ""))
                else:
                    retry.append(item)
            if not retry:
                return
            waiting = retry
            attempt += 1
            await self.sleep(min(0.05 * 2**attempt, MAX_BACKOFF_S))

    async def _dead_letter(self, item: Outgoing, code: str, message: str) -> None:
        sub = item.subscription
        log.warning(
            "sns delivery failed for good",
            extra={"fields": {"subscription": sub.arn, "code": code, "message": message[:200]}},
        )
        if sub.dead_letter_arn is None:
            return
        region, owner, name = sqs_target(sub.dead_letter_arn)
        params: dict[str, Any] = {"QueueUrl": queue_url(sub.dead_letter_arn), "MessageBody": item.body}
        attributes = dict(item.published.attributes) if sub.raw else {}
        if len(attributes) <= 7:
            attributes.update(
                {
                    "ErrorCode": {"DataType": "String", "StringValue": code or "Unknown"},
                    "ErrorMessage": {
                        "DataType": "String",
                        "StringValue": (message or code or "failed")[:1000],
                    },
                    "TopicArn": {"DataType": "String", "StringValue": item.published.topic_arn},
                }
            )
        params["MessageAttributes"] = attributes
        if name.endswith(".fifo"):
            params["MessageGroupId"] = item.published.group_id or "default"
            params["MessageDeduplicationId"] = hashlib.sha256(
                f"{item.published.message_id}:{sub.arn}".encode()
            ).hexdigest()
        try:
            await self.peers.call("sqs", "SendMessage", params, account_id=owner, region=region, caller="sns")
        except ServiceError as error:
            log.warning(
                "sns dead-letter queue refused the message",
                extra={"fields": {"subscription": sub.arn, "code": error.code}},
            )

    # --- HTTP/S -----------------------------------------------------------------------------------

    def _spawn_http(self, partition: int, item: Outgoing) -> None:
        tracker = self._trackers[partition]
        tracker.add(item.offset)

        async def run() -> None:
            try:
                await self._http(item)
            finally:
                tracker.done(item.offset)

        task = asyncio.create_task(run())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _http(self, item: Outgoing) -> None:
        sub, published = item.subscription, item.published
        headers = {
            "Content-Type": "text/plain; charset=UTF-8",
            "User-Agent": USER_AGENT,
            "x-amz-sns-message-type": "Notification",
            "x-amz-sns-message-id": published.message_id,
            "x-amz-sns-topic-arn": published.topic_arn,
            "x-amz-sns-subscription-arn": sub.arn,
        }
        if sub.raw:
            headers["x-amz-sns-rawdelivery"] = "true"
        topic = await self.directory.topic_view(published.topic_arn)
        delays = retry_delays(sub.delivery_policy, topic.delivery_policy if topic else None)
        last = "no attempt"
        for delay in [0.0, *delays]:
            if delay:
                await self.sleep(delay)
            try:
                response = await self.http.post(sub.endpoint, content=item.body.encode(), headers=headers)
            except httpx.HTTPError as error:
                last = f"{type(error).__name__}: {error}"
                continue
            if 200 <= response.status_code < 300:
                return
            last = f"HTTP {response.status_code}"
            if 400 <= response.status_code < 500 and response.status_code != 429:
                break  # a client error is not retried, as AWS does
        await self._dead_letter(item, "HttpDeliveryFailed", last)

    # --- Firehose, Lambda, the outbox -------------------------------------------------------------

    async def _firehose(self, item: Outgoing) -> None:
        sub = item.subscription
        parts = sub.endpoint.split(":")
        region, account, stream = parts[3], parts[4], parts[5].split("/", 1)[1]
        params = {"DeliveryStreamName": stream, "Record": {"Data": item.body.encode()}}
        for attempt in range(TRANSIENT_ATTEMPTS):
            try:
                await self.peers.call(
                    "firehose", "PutRecord", params, account_id=account, region=region, caller="sns"
                )
                return
            except ServiceError as error:
                if _transient(error) and attempt + 1 < TRANSIENT_ATTEMPTS:
                    await self.sleep(min(0.05 * 2**attempt, 5.0))
                    continue
                await self._dead_letter(item, error.code, error.message)
                return

    async def _lambda(self, item: Outgoing) -> None:
        sub, published = item.subscription, item.published
        parts = sub.endpoint.split(":")
        region, account = parts[3], parts[4]
        event = lambda_event(published, sub)
        if not self.peers.available("lambda"):
            await self._record(item, extra={"Event": event, "Note": "Lambda is not running: recorded only"})
            return
        params = {
            "FunctionName": sub.endpoint,
            "InvocationType": "Event",
            "Payload": json.dumps(event).encode(),
        }
        try:
            await self.peers.call("lambda", "Invoke", params, account_id=account, region=region, caller="sns")
        except ServiceError as error:
            await self._dead_letter(item, error.code, error.message)

    async def _record(self, item: Outgoing, extra: dict[str, Any] | None = None) -> None:
        sub, published = item.subscription, item.published
        topic = await self.directory.topic_view(published.topic_arn)
        doc: dict[str, Any] = {
            "Protocol": sub.protocol,
            "Endpoint": sub.endpoint,
            "SubscriptionArn": sub.arn,
            "TopicArn": published.topic_arn,
            "MessageId": published.message_id,
            "Subject": published.subject,
            "Message": item.body,
            "MessageAttributes": envelope_attributes(published.attributes),
            "Timestamp": published.timestamp,
            **(extra or {}),
        }
        if topic is not None:
            await self.directory.record_outbox(topic.account_id, topic.region, doc)


def _transient(error: ServiceError) -> bool:
    return error.status_code >= 500 or error.code in THROTTLING


def sequence_number(partition: int, offset: int) -> str:
    """A FIFO topic's SequenceNumber: 20 digits that grow within a message group (one partition)."""
    return f"1{partition:03d}{offset:016d}"


def retry_delays(
    subscription_policy: dict[str, Any] | None, topic_policy: dict[str, Any] | None
) -> list[float]:
    """Seconds before each retry, from the healthy retry policy (AWS's four phases)."""
    policy: dict[str, Any] | None = None
    if subscription_policy:
        policy = subscription_policy.get("healthyRetryPolicy")
    if policy is None and topic_policy:
        policy = topic_policy.get("http", {}).get("defaultHealthyRetryPolicy")
    policy = policy or {}
    low = float(policy.get("minDelayTarget", 20))
    high = float(policy.get("maxDelayTarget", 20))
    total = int(policy.get("numRetries", 3))
    no_delay = int(policy.get("numNoDelayRetries", 0))
    at_min = int(policy.get("numMinDelayRetries", 0))
    at_max = int(policy.get("numMaxDelayRetries", 0))
    backoff = str(policy.get("backoffFunction", "linear"))
    middle = max(total - no_delay - at_min - at_max, 0)
    delays = [0.0] * no_delay + [low] * at_min
    for i in range(middle):
        fraction = (i + 1) / (middle + 1) if middle else 1.0
        if backoff == "exponential":
            ratio = high / low if low else 1.0
            delay = low * ratio**fraction
        elif backoff == "geometric":
            delay = low + (high - low) * fraction**2
        elif backoff == "arithmetic":
            delay = low + (high - low) * fraction**0.5
        else:
            delay = low + (high - low) * fraction
        delays.append(delay)
    delays += [high] * at_max
    return delays[:total]


def lambda_event(published: Published, sub: SubscriptionView) -> dict[str, Any]:
    sns: dict[str, Any] = {
        "Type": "Notification",
        "MessageId": published.message_id,
        "TopicArn": published.topic_arn,
        "Subject": published.subject,
        "Message": published.message_for("lambda"),
        "Timestamp": published.timestamp,
        "SignatureVersion": "1",
        "Signature": "",
        "SigningCertUrl": "",
        "UnsubscribeUrl": unsubscribe_url(published.base_url, sub.arn),
        "MessageAttributes": envelope_attributes(published.attributes),
    }
    return {
        "Records": [
            {"EventSource": "aws:sns", "EventVersion": "1.0", "EventSubscriptionArn": sub.arn, "Sns": sns}
        ]
    }


def confirmation_message(
    kind: str, topic_arn: str, token: str, subscribe_url_: str, timestamp: str, message: str
) -> dict[str, str]:
    return {
        "Type": kind,
        "MessageId": uuid4_str(),
        "Token": token,
        "TopicArn": topic_arn,
        "Message": message,
        "SubscribeURL": subscribe_url_,
        "Timestamp": timestamp,
    }
