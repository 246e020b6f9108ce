"""SQS business logic: every operation of the model, over the store port.

The provider validates and answers exactly as AWS does (codes, messages, MD5s, attribute formats);
the store does every step that must be atomic. Time comes from an injected clock (milliseconds),
so tests can move it. ``ProviderSettings.strict_timing`` turns AWS's 60-second rules (one
PurgeQueue per minute; no re-creating a queue within a minute of deleting it) on or off.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import os
import re
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from overcast_common.api.sqs import (
    BatchEntryIdsNotDistinct,
    BatchRequestTooLong,
    CancelMessageMoveTaskResult,
    ChangeMessageVisibilityBatchRequestEntry,
    ChangeMessageVisibilityBatchResult,
    CreateQueueResult,
    DeleteMessageBatchRequestEntry,
    DeleteMessageBatchResult,
    EmptyBatchRequest,
    GetQueueAttributesResult,
    GetQueueUrlResult,
    InvalidAttributeName,
    InvalidBatchEntryId,
    ListDeadLetterSourceQueuesResult,
    ListMessageMoveTasksResult,
    ListQueuesResult,
    ListQueueTagsResult,
    MessageNotInflight,
    PurgeQueueInProgress,
    QueueDeletedRecently,
    QueueDoesNotExist,
    QueueNameExists,
    ReceiptHandleIsInvalid,
    ReceiveMessageResult,
    ResourceNotFoundException,
    SendMessageBatchRequestEntry,
    SendMessageBatchResult,
    SendMessageResult,
    SqsApi,
    StartMessageMoveTaskResult,
    TooManyEntriesInBatchRequest,
)
from overcast_common.authz import resources
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.peers import is_peer_call

from overcast_sqs import attributes as attrs
from overcast_sqs.attributes import QueueConfig
from overcast_sqs.batch_send import batch_messages
from overcast_sqs.checksums import md5_of_attributes, md5_of_body
from overcast_sqs.errors import InvalidParameterValue, MissingParameter, invalid_value
from overcast_sqs.sending import DEDUP_WINDOW_MS as DEDUP_WINDOW_MS  # this module's before it moved
from overcast_sqs.sending import _valid_ascii as _valid_ascii  # tests import it from here
from overcast_sqs.sending import _valid_text as _valid_text  # tests import it from here
from overcast_sqs.sending import fifo_send as _fifo_send
from overcast_sqs.sending import prepare
from overcast_sqs.store import (
    DeadLetterTarget,
    HandleStatus,
    MoveTask,
    Queue,
    QueueKey,
    ReceiptRef,
    ReceiveRequest,
    SqsStore,
    StoredMessage,
)
from overcast_sqs.store.port import MoveStep
from overcast_sqs.urls import BadQueueUrl, parse_queue_arn, parse_queue_url, queue_arn, queue_url

STRICT_TIMING_ENV = "OVERCAST_SQS_STRICT_TIMING"
MAX_MESSAGE_SIZE_ENV = "OVERCAST_SQS_MAX_MESSAGE_SIZE"
MINUTE_MS = 60_000
MAX_BATCH = 10
PEER_MAX_BATCH = 500
"""SendMessageBatch entries a peer service (SNS fan-out) may send at once; clients keep AWS's 10."""

# ``\Z``, not ``$``: ``$`` also matches before a trailing newline, which would let ``a\n`` through
_QUEUE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}\Z")
_FIFO_NAME = re.compile(r"^[A-Za-z0-9_-]{1,75}\.fifo\Z")
_BATCH_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}\Z")
_BATCH_IDS = re.compile(r"[A-Za-z0-9_-]{1,80}(?:\n[A-Za-z0-9_-]{1,80})*")
"""Entry ids joined by newlines, each as ``_BATCH_ID`` wants it."""
_SYSTEM_ATTRIBUTES = (
    "SenderId",
    "SentTimestamp",
    "ApproximateReceiveCount",
    "ApproximateFirstReceiveTimestamp",
    "SequenceNumber",
    "MessageDeduplicationId",
    "MessageGroupId",
    "AWSTraceHeader",
    "DeadLetterQueueSourceArn",
)


@dataclass(frozen=True)
class ProviderSettings:
    strict_timing: bool = True
    """AWS's 60-second rules; ``OVERCAST_SQS_STRICT_TIMING=0`` turns them off (test suites)."""
    queue_url_host: str | None = None
    """Overrides the host in queue URLs (else ``OVERCAST_SQS_QUEUE_URL_HOST``, else the caller's)."""
    max_message_size: int = attrs.MAX_MESSAGE_SIZE
    """The service's message size limit: MaximumMessageSize's upper bound and default, and the most a
    batch may carry. AWS's is 1 MiB since August 2025; ``OVERCAST_SQS_MAX_MESSAGE_SIZE=262144`` gives
    the old 256 KiB behaviour."""
    move_interval_s: float = 1.0
    """A move task moves ``MaxNumberOfMessagesPerSecond`` messages per step, one step per interval."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ProviderSettings:
        env = os.environ if environ is None else environ
        strict = env.get(STRICT_TIMING_ENV, "1").strip().lower() not in ("0", "false", "no", "off")
        limit = int(env.get(MAX_MESSAGE_SIZE_ENV, "").strip() or attrs.MAX_MESSAGE_SIZE)
        if not attrs.MIN_MESSAGE_SIZE <= limit <= attrs.MAX_MESSAGE_SIZE:
            raise ValueError(
                f"{MAX_MESSAGE_SIZE_ENV} must be between {attrs.MIN_MESSAGE_SIZE} and {attrs.MAX_MESSAGE_SIZE}"
            )
        return cls(
            strict_timing=strict,
            queue_url_host=env.get("OVERCAST_SQS_QUEUE_URL_HOST") or None,
            max_message_size=limit,
        )


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _no_queue(context: RequestContext) -> QueueDoesNotExist:
    # AWS words it differently for query-protocol callers
    if context.protocol == "query":
        return QueueDoesNotExist("The specified queue does not exist for this wsdl version.")
    return QueueDoesNotExist("The specified queue does not exist.")


def _not_found(parameter: str) -> ResourceNotFoundException:
    # AWS answers move-task lookups of missing queues and tasks with 404
    return ResourceNotFoundException(
        f"The resource that you specified for the {parameter} parameter doesn't exist.", status_code=404
    )


def _task_already_running() -> InvalidParameterValue:
    return InvalidParameterValue(
        "There is already a task running. Only one active task is allowed for a source queue arn at a given time."
    )


def _url_arns(context: RequestContext, params: Mapping[str, Any]) -> list[str]:
    try:
        return [queue_arn(parse_queue_url(str(params.get("QueueUrl", "")), context))]
    except BadQueueUrl:
        return ["*"]


_QUEUE_ARN = "arn:{partition}:sqs:{region}:{account}:{QueueName}"
_NO_QUEUE_FAILURE = "AWS.SimpleQueueService.NonExistentQueue"  # a move task's FailureReason
MOVE_LEASE_STEPS = 5
"""A runner's claim on its task lasts this many step intervals: renewed before every step, it lapses
only when the runner's process stopped (or stalled that long), and then another process takes over."""
log = logging.getLogger("overcast.sqs")


class SqsProvider(SqsApi):
    def __init__(
        self,
        store: SqsStore,
        *,
        clock: Callable[[], int] = _now_ms,
        settings: ProviderSettings | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.settings = settings or ProviderSettings.from_env()
        self._move_runners: dict[str, asyncio.Task[None]] = {}
        self._move_owner = uuid.uuid4().hex  # this process's name in the claims of the tasks it runs
        self._move_lease_ms = max(1, round(MOVE_LEASE_STEPS * self.settings.move_interval_s * 1000))
        self._move_watch: asyncio.Task[None] | None = None
        # parsed attributes per stored queue record: a changed queue is a new record (stores cache them)
        self._configs: dict[int, tuple[Queue, QueueConfig]] = {}

    async def close(self) -> None:
        """Stop this process's move-task runners and their watch; their records stay RUNNING for
        ``resume_move_tasks`` (here after a restart, or in another process at once: they release their
        claims)."""
        watch, self._move_watch = self._move_watch, None
        if watch is not None:
            watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watch
        for task in list(self._move_runners.values()):
            task.cancel()
        for task in list(self._move_runners.values()):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._move_runners.clear()

    # --- helpers ----------------------------------------------------------------------------------

    def _key(self, context: RequestContext, url: str) -> QueueKey:
        try:
            return parse_queue_url(url, context)
        except BadQueueUrl:
            raise ServiceError(
                f"The address {url} is not valid for this endpoint.",
                code="InvalidAddress",
                status_code=404,
                sender_fault=True,
            ) from None

    async def _queue(self, context: RequestContext, url: str) -> Queue:
        key = self._key(context, url)
        queue = self.store.cached_queue(key)
        if queue is None:
            queue = await self.store.get_queue(key)
        if queue is None:
            raise _no_queue(context)
        return queue

    def _config(self, queue: Queue) -> QueueConfig:
        entry = self._configs.get(id(queue))
        if entry is not None and entry[0] is queue:
            return entry[1]
        config = QueueConfig.of(queue.attributes)
        if len(self._configs) >= 4096:
            self._configs.clear()
        self._configs[id(queue)] = (queue, config)  # holding the queue keeps its id from being reused
        return config

    def _url(self, key: QueueKey, context: RequestContext) -> str:
        return queue_url(key, context, self.settings.queue_url_host)

    # --- queues -----------------------------------------------------------------------------------

    @resources(_QUEUE_ARN)
    async def create_queue(
        self,
        context: RequestContext,
        *,
        queue_name: str,
        attributes: dict[str, str] | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateQueueResult:
        attributes = dict(attributes or {})
        fifo = queue_name.endswith(".fifo")
        if attributes.get("FifoQueue", "").lower() == "true" and not fifo:
            raise InvalidParameterValue(
                "The name of a FIFO queue can only include alphanumeric characters, hyphens, or "
                "underscores, must end with .fifo suffix and be 1 to 80 in length."
            )
        # a queue is FIFO by its FifoQueue attribute; without it, a ".fifo" name is a bad standard name
        if fifo and attributes.get("FifoQueue", "false").lower() != "true":
            raise InvalidParameterValue(
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"
            )
        if not (_FIFO_NAME if fifo else _QUEUE_NAME).match(queue_name):
            raise InvalidParameterValue(
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"
            )
        limit = self.settings.max_message_size
        given = attrs.validate(attributes, fifo=fifo, creating=True, max_message_size=limit)
        if not fifo:
            given.pop("FifoQueue", None)  # "false": standard queues do not report it
        key = QueueKey(context.account_id, context.region, queue_name)
        await self._check_dead_letter_target(key, given)
        wanted = {**attrs.defaults(fifo=fifo, max_message_size=limit), **given}
        existing = await self.store.get_queue(key)
        if existing is None and self.settings.strict_timing:
            deleted = await self.store.deleted_at(key)
            if deleted is not None and self.clock() - deleted < MINUTE_MS:
                raise QueueDeletedRecently(
                    "You must wait 60 seconds after deleting a queue before you can create another with "
                    "the same name."
                )
        now = self.clock()
        stored, created = await self.store.create_queue(Queue(key, wanted, dict(tags or {}), now, now))
        if not created:
            for name, value in given.items():
                if stored.attributes.get(name) != value:
                    raise QueueNameExists(
                        f"A queue already exists with the same name and a different value for attribute "
                        f"{name}"
                    )
        return {"QueueUrl": self._url(key, context)}

    async def _check_dead_letter_target(self, key: QueueKey, given: Mapping[str, str]) -> None:
        redrive = given.get("RedrivePolicy")
        if not redrive:
            return
        target = parse_queue_arn(json.loads(redrive)["deadLetterTargetArn"])
        dlq = None if target is None else await self.store.get_queue(target)
        if dlq is None:
            raise InvalidParameterValue(
                f"Value {redrive} for parameter RedrivePolicy is invalid. "
                "Reason: Dead letter target does not "
                "exist."
            )
        if dlq.key.name.endswith(".fifo") != key.name.endswith(".fifo"):
            raise InvalidParameterValue(
                f"Value {redrive} for parameter RedrivePolicy is invalid. "
                "Reason: Dead-letter queue must be same "
                "type of queue as the source."
            )

    @resources(
        lambda context, params: [
            f"arn:aws:sqs:{context.region}:{params.get('QueueOwnerAWSAccountId') or context.account_id}:"
            f"{params.get('QueueName', '*')}"
        ]
    )
    async def get_queue_url(
        self, context: RequestContext, *, queue_name: str, queue_owner_aws_account_id: str | None = None
    ) -> GetQueueUrlResult:
        key = QueueKey(queue_owner_aws_account_id or context.account_id, context.region, queue_name)
        if await self.store.get_queue(key) is None:
            raise _no_queue(context)
        return {"QueueUrl": self._url(key, context)}

    async def list_queues(
        self,
        context: RequestContext,
        *,
        queue_name_prefix: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListQueuesResult:
        if max_results is not None and not 1 <= max_results <= 1000:
            raise invalid_value(
                "MaxResults", max_results, "MaxResults must be an integer between 1 and 1000."
            )
        queues = await self.store.list_queues(context.account_id, context.region, queue_name_prefix or "")
        names = [q.key.name for q in queues]
        return _page([self._url(q.key, context) for q in queues], names, next_token, max_results, "QueueUrls")  # type: ignore[return-value]

    @resources(_url_arns)
    async def delete_queue(self, context: RequestContext, *, queue_url: str) -> None:
        key = self._key(context, queue_url)
        if not await self.store.delete_queue(key, self.clock()):
            raise _no_queue(context)

    @resources(_url_arns)
    async def get_queue_attributes(
        self, context: RequestContext, *, queue_url: str, attribute_names: list[str] | None = None
    ) -> GetQueueAttributesResult:
        queue = await self._queue(context, queue_url)
        names = set(attribute_names or [])
        for name in names:
            if name != "All" and name not in attrs.ALL_NAMES:
                raise InvalidAttributeName(f"Unknown Attribute {name}.")
        if "All" in names:
            names = set(attrs.ALL_NAMES)
        if not names:
            return {}
        out: dict[str, str] = {k: v for k, v in queue.attributes.items() if k in names and v != ""}
        if names & {
            "ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed",
        }:
            counts = await self.store.count(queue.key, self.clock())
            if counts is not None:
                out["ApproximateNumberOfMessages"] = str(counts.visible)
                out["ApproximateNumberOfMessagesNotVisible"] = str(counts.in_flight)
                out["ApproximateNumberOfMessagesDelayed"] = str(counts.delayed)
        out["CreatedTimestamp"] = str(queue.created_ms // 1000)
        out["LastModifiedTimestamp"] = str(queue.last_modified_ms // 1000)
        out["QueueArn"] = queue_arn(queue.key)
        return {"Attributes": {k: v for k, v in sorted(out.items()) if k in names}}

    @resources(_url_arns)
    async def set_queue_attributes(
        self, context: RequestContext, *, queue_url: str, attributes: dict[str, str]
    ) -> None:
        queue = await self._queue(context, queue_url)
        fifo = queue.attributes.get("FifoQueue") == "true"
        given = attrs.validate(
            attributes, fifo=fifo, creating=False, max_message_size=self.settings.max_message_size
        )
        await self._check_dead_letter_target(queue.key, given)
        # an empty RedrivePolicy/Policy removes it
        changes: dict[str, str | None] = {k: (v if v != "" else None) for k, v in given.items()}
        await self.store.update_queue(queue.key, self.clock(), attributes=changes)

    @resources(_url_arns)
    async def purge_queue(self, context: RequestContext, *, queue_url: str) -> None:
        key = self._key(context, queue_url)
        interval = MINUTE_MS if self.settings.strict_timing else 0
        done = await self.store.purge(key, self.clock(), interval)
        if done is None:
            raise _no_queue(context)
        if not done:
            raise PurgeQueueInProgress(
                f"Only one PurgeQueue operation on {key.name} is allowed every 60 seconds."
            )

    @resources(_url_arns)
    async def tag_queue(self, context: RequestContext, *, queue_url: str, tags: dict[str, str]) -> None:
        queue = await self._queue(context, queue_url)
        if not tags:
            raise MissingParameter("The request must contain the parameter Tags.")
        if len({**queue.tags, **tags}) > 50:
            raise InvalidParameterValue("Too many tags added for queue " + queue.key.name + ".")
        await self.store.update_queue(queue.key, self.clock(), tags=dict(tags))

    @resources(_url_arns)
    async def untag_queue(self, context: RequestContext, *, queue_url: str, tag_keys: list[str]) -> None:
        queue = await self._queue(context, queue_url)
        if not tag_keys:
            raise MissingParameter("The request must contain the parameter TagKeys.")
        await self.store.update_queue(queue.key, self.clock(), tags=dict.fromkeys(tag_keys))

    @resources(_url_arns)
    async def list_queue_tags(self, context: RequestContext, *, queue_url: str) -> ListQueueTagsResult:
        queue = await self._queue(context, queue_url)
        return {"Tags": dict(queue.tags)} if queue.tags else {}

    @resources(_url_arns)
    async def add_permission(
        self,
        context: RequestContext,
        *,
        queue_url: str,
        label: str,
        aws_account_ids: list[str],
        actions: list[str],
    ) -> None:
        queue = await self._queue(context, queue_url)
        if not aws_account_ids:
            raise MissingParameter("The request must contain the parameter AWSAccountIds.")
        if not actions:
            raise MissingParameter("The request must contain the parameter Actions.")
        arn = queue_arn(queue.key)
        default: dict[str, Any] = {"Version": "2008-10-17", "Id": f"{arn}/SQSDefaultPolicy", "Statement": []}
        policy = json.loads(queue.attributes["Policy"]) if queue.attributes.get("Policy") else default
        statements = policy.setdefault("Statement", [])
        if any(s.get("Sid") == label for s in statements):
            raise invalid_value("Label", label, "Already exists.")
        principals = [f"arn:aws:iam::{account}:root" for account in aws_account_ids]
        sqs_actions = [f"SQS:{a}" for a in actions]
        statements.append(
            {
                "Sid": label,
                "Effect": "Allow",
                "Principal": {"AWS": principals[0] if len(principals) == 1 else principals},
                "Action": sqs_actions[0] if len(sqs_actions) == 1 else sqs_actions,
                "Resource": queue_arn(queue.key),
            }
        )
        await self.store.update_queue(queue.key, self.clock(), attributes={"Policy": json.dumps(policy)})

    @resources(_url_arns)
    async def remove_permission(self, context: RequestContext, *, queue_url: str, label: str) -> None:
        queue = await self._queue(context, queue_url)
        policy = json.loads(queue.attributes.get("Policy") or "{}")
        statements = policy.get("Statement", [])
        kept = [s for s in statements if s.get("Sid") != label]
        if len(kept) == len(statements):
            raise invalid_value("Label", label, "can't find label.")
        policy["Statement"] = kept
        new = json.dumps(policy) if kept else None
        await self.store.update_queue(queue.key, self.clock(), attributes={"Policy": new})

    @resources(_url_arns)
    async def list_dead_letter_source_queues(
        self,
        context: RequestContext,
        *,
        queue_url: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListDeadLetterSourceQueuesResult:
        queue = await self._queue(context, queue_url)
        if max_results is not None and not 1 <= max_results <= 1000:
            raise invalid_value(
                "MaxResults", max_results, "MaxResults must be an integer between 1 and 1000."
            )
        sources = [
            q
            for q in await self.store.list_queues(queue.key.account_id, queue.key.region)
            if QueueConfig.of(q.attributes).dead_letter == queue.key
        ]
        page = _page(
            [self._url(q.key, context) for q in sources],
            [q.key.name for q in sources],
            next_token,
            max_results,
            "queueUrls",
        )
        page.setdefault("queueUrls", [])
        return page  # type: ignore[return-value]

    # --- sending ------------------------------------------------------------------------------------

    @resources(_url_arns)
    async def send_message(
        self,
        context: RequestContext,
        *,
        queue_url: str,
        message_body: str,
        delay_seconds: int | None = None,
        message_attributes: dict[str, Any] | None = None,
        message_system_attributes: dict[str, Any] | None = None,
        message_deduplication_id: str | None = None,
        message_group_id: str | None = None,
    ) -> SendMessageResult:
        # the store's cached record without a coroutine (every send); the awaited lookup otherwise
        queue = self.store.cached_queue(self._key(context, queue_url))
        if queue is None:
            queue = await self._queue(context, queue_url)
        config = self._config(queue)
        message, result = prepare(
            context,
            config,
            message_body,
            delay_seconds,
            message_attributes,
            message_system_attributes,
            message_deduplication_id,
            message_group_id,
        )
        outcomes = await self.store.send(queue.key, [message], self.clock(), _fifo_send(config))
        if outcomes is None:
            raise _no_queue(context)
        outcome = outcomes[0]
        result["MessageId"] = outcome.message_id
        if outcome.sequence_number is not None:
            result["SequenceNumber"] = _sequence(outcome.sequence_number)
        return result  # type: ignore[return-value]

    @resources(_url_arns)
    async def send_message_batch(
        self, context: RequestContext, *, queue_url: str, entries: list[SendMessageBatchRequestEntry]
    ) -> SendMessageBatchResult:
        queue = await self._queue(context, queue_url)
        config = self._config(queue)
        # a peer's batch may be longer (one call instead of many); its size limit scales per 10 entries
        peer = is_peer_call(context)
        _check_batch(entries, "SendMessageBatchRequestEntry", PEER_MAX_BATCH if peer else MAX_BATCH)
        if config.fifo:
            # AWS rejects the whole batch (not the entry) for these two
            for entry in entries:
                if not entry.get("MessageDeduplicationId") and not config.content_dedup:
                    raise InvalidParameterValue(
                        "The queue should either have ContentBasedDeduplication enabled or "
                        "MessageDeduplicationId provided explicitly"
                    )
                if not entry.get("MessageGroupId"):
                    raise InvalidParameterValue("The request must contain the parameter MessageGroupId.")
        messages, successful, errors, total = batch_messages(context, config, entries)
        failed = [_failure(entry_id, error) for entry_id, error in errors]
        limit = self.settings.max_message_size
        if peer:
            limit *= -(-len(entries) // MAX_BATCH)
        if total > limit:
            raise BatchRequestTooLong(
                f"Batch requests cannot be longer than {limit} bytes. You have sent {total} bytes."
            )
        if messages:
            outcomes = await self.store.send(queue.key, messages, self.clock(), _fifo_send(config))
            if outcomes is None:
                raise _no_queue(context)
            if config.fifo:  # a duplicate answers with the original's id; every message gets a number
                for item, outcome in zip(successful, outcomes, strict=True):
                    item["MessageId"] = outcome.message_id
                    if outcome.sequence_number is not None:
                        item["SequenceNumber"] = _sequence(outcome.sequence_number)
        return {"Successful": successful, "Failed": failed}  # type: ignore[typeddict-item]

    # --- receiving ----------------------------------------------------------------------------------

    @resources(_url_arns)
    async def receive_message(
        self,
        context: RequestContext,
        *,
        queue_url: str,
        attribute_names: list[str] | None = None,
        message_system_attribute_names: list[str] | None = None,
        message_attribute_names: list[str] | None = None,
        max_number_of_messages: int | None = None,
        visibility_timeout: int | None = None,
        wait_time_seconds: int | None = None,
        receive_request_attempt_id: str | None = None,
    ) -> ReceiveMessageResult:
        queue = await self._queue(context, queue_url)
        config = self._config(queue)
        count = 1 if max_number_of_messages is None else max_number_of_messages
        if not 1 <= count <= MAX_BATCH:
            raise invalid_value("MaxNumberOfMessages", count, "Must be between 1 and 10, if provided.")
        if visibility_timeout is not None and not 0 <= visibility_timeout <= 43_200:
            raise invalid_value(
                "VisibilityTimeout", visibility_timeout, "Must be >= 0 and <= 43200, if provided."
            )
        wait = config.wait_s if wait_time_seconds is None else wait_time_seconds
        if not 0 <= wait <= 20:
            raise invalid_value("WaitTimeSeconds", wait, "Must be >= 0 and <= 20, if provided.")
        dead_letter = None
        if config.dead_letter is not None:
            dead_letter = DeadLetterTarget(config.dead_letter, config.max_receive_count)
        visibility_s = config.visibility_s if visibility_timeout is None else visibility_timeout

        def request() -> ReceiveRequest:
            return ReceiveRequest(
                now_ms=self.clock(),
                max_messages=count,
                visibility_ms=visibility_s * 1000,
                fifo=config.fifo,
                retention_ms=config.retention_s * 1000,
                dead_letter=dead_letter,
                attempt_id=receive_request_attempt_id if config.fifo else None,
            )

        result = await self.store.receive(queue.key, request())
        if result is not None and not result.messages and wait > 0:
            deadline = time.monotonic() + wait
            async with self.store.listen(queue.key) as signal:
                while True:
                    result = await self.store.receive(queue.key, request())
                    if result is None or result.messages:
                        break
                    timeout = deadline - time.monotonic()
                    if timeout <= 0:
                        break
                    if result.next_visible_ms is not None:
                        timeout = min(
                            timeout, max(0.0, (result.next_visible_ms - self.clock()) / 1000) + 0.001
                        )
                    await signal.wait(timeout)
        if result is None:
            raise _no_queue(context)
        if not result.messages:
            return {}
        wanted_system = set(attribute_names or ()) | set(message_system_attribute_names or ())
        if "All" in wanted_system:
            wanted_system = set(_SYSTEM_ATTRIBUTES)
        selector = _AttributeSelector(message_attribute_names or ())
        messages: list[Any] = [self._message(queue.key, m, wanted_system, selector) for m in result.messages]
        return {"Messages": messages}

    def _message(
        self, key: QueueKey, m: StoredMessage, wanted: set[str], selector: _AttributeSelector
    ) -> dict[str, Any]:
        handle = base64.b64encode(
            f"{key.account_id} {key.name} {m.message_id} {m.receipt_token}".encode()
        ).decode()
        out: dict[str, Any] = {
            "MessageId": m.message_id,
            "ReceiptHandle": handle,
            "MD5OfBody": md5_of_body(m.body),
            "Body": m.body,
        }
        payload = json.loads(m.payload) if m.payload else {}
        if wanted:
            system: dict[str, str] = {
                "SenderId": m.sender_id,
                "SentTimestamp": str(m.sent_ms),
                "ApproximateReceiveCount": str(m.receive_count),
                "ApproximateFirstReceiveTimestamp": str(m.first_receive_ms),
            }
            if m.sequence_number is not None:
                system["SequenceNumber"] = _sequence(m.sequence_number)
            if m.dedup_id is not None:
                system["MessageDeduplicationId"] = m.dedup_id
            if m.group_id is not None:
                system["MessageGroupId"] = m.group_id
            if "t" in payload:
                system["AWSTraceHeader"] = payload["t"]
            if m.dead_letter_source is not None:
                system["DeadLetterQueueSourceArn"] = queue_arn(m.dead_letter_source)
            out["Attributes"] = {k: v for k, v in system.items() if k in wanted}
        if "a" in payload and selector:
            chosen = {
                name: value
                for name, value in _decode_attributes(payload["a"]).items()
                if selector.wants(name)
            }
            if chosen:
                out["MessageAttributes"] = chosen
                out["MD5OfMessageAttributes"] = md5_of_attributes(chosen)
        return out

    # --- by receipt ---------------------------------------------------------------------------------

    def _ref(self, key: QueueKey, handle: str) -> ReceiptRef:
        try:
            account, name, message_id, token = base64.b64decode(handle, validate=True).decode().split(" ")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise ReceiptHandleIsInvalid(
                f'The input receipt handle "{handle}" is not a valid receipt handle.'
            ) from None
        if (account, name) != (key.account_id, key.name):
            raise ReceiptHandleIsInvalid(
                f'The input receipt handle "{handle}" is not a valid receipt handle.'
            )
        return ReceiptRef(message_id, token)

    @resources(_url_arns)
    async def delete_message(self, context: RequestContext, *, queue_url: str, receipt_handle: str) -> None:
        queue = await self._queue(context, queue_url)
        ref = self._ref(queue.key, receipt_handle)
        statuses = await self.store.delete(queue.key, [ref], self.clock())
        if statuses is None:
            raise _no_queue(context)
        # AWS: deleting an already-deleted message or with an outdated handle succeeds, except that a
        # FIFO queue refuses a handle whose visibility timeout ran out (received again or not)
        _raise_if_expired(queue, statuses[0], receipt_handle)

    @resources(_url_arns)
    async def delete_message_batch(
        self, context: RequestContext, *, queue_url: str, entries: list[DeleteMessageBatchRequestEntry]
    ) -> DeleteMessageBatchResult:
        queue = await self._queue(context, queue_url)
        _check_batch(entries, "DeleteMessageBatchRequestEntry")
        successful: list[dict[str, Any]] = []
        failed: list[dict[str, Any]] = []
        valid: list[tuple[str, ReceiptRef]] = []
        for entry in entries:
            try:
                valid.append((entry["Id"], self._ref(queue.key, entry.get("ReceiptHandle", ""))))
            except ServiceError as error:
                failed.append(_failure(entry["Id"], error))
        if valid:
            statuses = await self.store.delete(queue.key, [ref for _, ref in valid], self.clock())
            if statuses is None:
                raise _no_queue(context)
            by_id = {entry["Id"]: entry.get("ReceiptHandle", "") for entry in entries}
            for (entry_id, _), status in zip(valid, statuses, strict=True):
                try:
                    _raise_if_expired(queue, status, by_id[entry_id])
                    successful.append({"Id": entry_id})
                except ServiceError as error:
                    failed.append(_failure(entry_id, error))
        return {"Successful": successful, "Failed": failed}  # type: ignore[typeddict-item]

    @resources(_url_arns)
    async def change_message_visibility(
        self, context: RequestContext, *, queue_url: str, receipt_handle: str, visibility_timeout: int
    ) -> None:
        queue = await self._queue(context, queue_url)
        ref = self._ref(queue.key, receipt_handle)
        _check_visibility(visibility_timeout)
        statuses = await self.store.change_visibility(
            queue.key, [(ref, visibility_timeout * 1000)], self.clock()
        )
        if statuses is None:
            raise _no_queue(context)
        _raise_for_status(statuses[0], receipt_handle)

    @resources(_url_arns)
    async def change_message_visibility_batch(
        self,
        context: RequestContext,
        *,
        queue_url: str,
        entries: list[ChangeMessageVisibilityBatchRequestEntry],
    ) -> ChangeMessageVisibilityBatchResult:
        queue = await self._queue(context, queue_url)
        _check_batch(entries, "ChangeMessageVisibilityBatchRequestEntry")
        failed: list[dict[str, Any]] = []
        valid: list[tuple[ChangeMessageVisibilityBatchRequestEntry, ReceiptRef, int]] = []
        for entry in entries:
            try:
                ref = self._ref(queue.key, entry.get("ReceiptHandle", ""))
                timeout = int(entry.get("VisibilityTimeout", 0))
                _check_visibility(timeout)
                valid.append((entry, ref, timeout))
            except ServiceError as error:
                failed.append(_failure(entry["Id"], error))
        successful: list[dict[str, Any]] = []
        if valid:
            statuses = await self.store.change_visibility(
                queue.key, [(ref, timeout * 1000) for _, ref, timeout in valid], self.clock()
            )
            if statuses is None:
                raise _no_queue(context)
            for (entry, _, _), status in zip(valid, statuses, strict=True):
                try:
                    _raise_for_status(status, entry["ReceiptHandle"])
                    successful.append({"Id": entry["Id"]})
                except ServiceError as error:
                    failed.append(_failure(entry["Id"], error))
        return {"Successful": successful, "Failed": failed}  # type: ignore[typeddict-item]

    # --- message move tasks -------------------------------------------------------------------------
    #
    # A task is a record in the store (what ListMessageMoveTasks reports) plus a runner coroutine in
    # this process that moves ``MaxNumberOfMessagesPerSecond`` messages per step through the store's
    # atomic ``move``, which adds the step's count to the record in the same write: a kill at any point
    # loses no count, and a restarted service resumes every RUNNING task where it stopped
    # (``resume_move_tasks``), as an AWS task outlives any host. Where several processes share the store
    # (cluster mode), each would resume every task, multiplying its rate: a runner steps only while it
    # holds the task's claim in the store, a lease it renews before each step, and a watch in every
    # process (``start_move_watch``) resumes the tasks whose claim lapsed. Statuses change only through
    # ``set_move_task_status`` from an expected one, so no writer undoes another's: a cancel sets
    # CANCELLING, after which no step moves anything (``move`` checks RUNNING in its atomic step), and
    # the runner (here or in another process) or, if it died, a move watch makes it CANCELLED.
    # A task FAILS, as AWS's do, with ``FailureReason`` ``AWS.SimpleQueueService.NonExistentQueue``
    # when its source, its destination or, redriving to the original sources, a message's original
    # source queue is deleted, and ``CouldNotDetermineMessageSource`` when it meets messages it cannot
    # trace to a source (sent to the DLQ directly), as AWS's DLQ-redrive troubleshooting guide describes.

    @resources(lambda context, params: [str(params.get("SourceArn", "*"))])
    async def start_message_move_task(
        self,
        context: RequestContext,
        *,
        source_arn: str,
        destination_arn: str | None = None,
        max_number_of_messages_per_second: int | None = None,
    ) -> StartMessageMoveTaskResult:
        source = parse_queue_arn(source_arn)
        if source is None or await self.store.get_queue(source) is None:
            raise _not_found("SourceArn")
        destination = None
        if destination_arn:
            destination = parse_queue_arn(destination_arn)
            if destination is None or await self.store.get_queue(destination) is None:
                raise _not_found("DestinationArn")
        rate = max_number_of_messages_per_second
        if rate is not None and not 1 <= rate <= 500:
            raise invalid_value(
                "MaxNumberOfMessagesPerSecond", rate, "Must be an integer between 1 and 500, if provided."
            )
        all_queues = await self.store.list_queues(source.account_id, source.region)
        if not any(QueueConfig.of(q.attributes).dead_letter == source for q in all_queues):
            raise InvalidParameterValue("Source queue must be configured as a Dead Letter Queue.")
        # cheap early answer; the rule itself holds through ``unless_active`` below, atomically
        if any(
            task.status in ("RUNNING", "CANCELLING") for task in await self.store.list_move_tasks(source_arn)
        ):
            raise _task_already_running()
        counts = await self.store.count(source, self.clock())
        handle = base64.b64encode(
            json.dumps({"taskId": str(uuid.uuid4()), "sourceArn": source_arn}).encode()
        ).decode()
        task = MoveTask(
            handle,
            source_arn,
            destination_arn or None,
            rate,
            "RUNNING",
            0,
            counts.visible if counts else 0,
            self.clock(),
        )
        if not await self.store.put_move_task(task, unless_active=True):  # another start won meanwhile
            raise _task_already_running()
        self._start_runner(task)
        return {"TaskHandle": handle}

    def _start_runner(self, task: MoveTask) -> None:
        self._move_runners[task.task_handle] = asyncio.create_task(self._run_move(task))

    async def resume_move_tasks(self) -> int:
        """Start a runner here for each RUNNING task no process holds (its runner stopped, or a restart)
        and settle the CANCELLING ones whose runner died; returns how many were resumed."""
        resumed = 0
        for task in await self.store.running_move_tasks():
            if task.task_handle in self._move_runners:
                continue
            if task.status == "RUNNING":
                if await self._claim(task):  # else another process runs it
                    self._start_runner(task)
                    resumed += 1
            elif task.status == "CANCELLING":
                await self._settle_cancel(task)
        return resumed

    def start_move_watch(self) -> None:
        """Resume, every lease period, the tasks whose runner stopped in any process (cluster mode: the
        SQS processes share the store, and a task outlives the process that ran it). ``close`` stops it."""
        if self._move_watch is None or self._move_watch.done():
            self._move_watch = asyncio.create_task(self._watch_move_tasks())

    async def _watch_move_tasks(self) -> None:
        while True:
            await asyncio.sleep(self._move_lease_ms / 1000)
            try:
                await self.resume_move_tasks()
            except Exception:  # keep watching; the next round retries
                log.exception("sqs move task watch failed")

    async def _claim(self, task: MoveTask, lease_ms: int | None = None) -> bool:
        now = self.clock()
        until = now + (self._move_lease_ms if lease_ms is None else lease_ms)
        return await self.store.claim_move_task(
            task.source_arn, task.task_handle, self._move_owner, now, until
        )

    async def _run_move(self, task: MoveTask) -> None:
        per_step = task.max_per_second or 500
        held = False
        try:
            while True:
                # one process of those sharing the store runs a task: the holder of its claim
                held = await self._claim(task)
                if not held:  # another process holds it, or it is no longer RUNNING
                    await self._settle_cancel(task)  # a cancel from another process: ours to settle
                    return
                failure = await self._move_failure(task)
                if failure is None:
                    step = await self._move_step(task, per_step)
                    if step is None:  # cancelled meanwhile (from any process), or gone: nothing moved
                        await self._settle_cancel(task)
                        return
                    if step.moved < per_step:
                        failure, done = await self._after_short_step(task)
                        if done:
                            await self._finish(task, "COMPLETED")
                            return
                if failure is not None:
                    await self._finish(task, "FAILED", failure)
                    return
                await asyncio.sleep(self.settings.move_interval_s)  # the rate: per_step messages a step
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a failed task reports why, as AWS's do
            await self._finish(task, "FAILED", type(exc).__name__)
        finally:
            self._move_runners.pop(task.task_handle, None)
            if held:  # let another process take a task left RUNNING over at once (or forget the claim)
                with contextlib.suppress(Exception):
                    await self._claim(task, lease_ms=-1)

    async def _finish(self, task: MoveTask, status: str, failure_reason: str | None = None) -> None:
        """End a RUNNING task; one cancelled meanwhile ends CANCELLED instead."""
        if (
            await self.store.set_move_task_status(
                task.source_arn,
                task.task_handle,
                status,
                expected=("RUNNING",),
                failure_reason=failure_reason,
            )
            is None
        ):
            await self._settle_cancel(task)

    async def _settle_cancel(self, task: MoveTask) -> None:
        await self.store.set_move_task_status(
            task.source_arn, task.task_handle, "CANCELLED", expected=("CANCELLING",)
        )

    async def _move_failure(self, task: MoveTask) -> str | None:
        for arn in (task.source_arn, task.destination_arn):
            key = parse_queue_arn(arn) if arn else None
            if arn and (key is None or await self.store.get_queue(key) is None):
                return _NO_QUEUE_FAILURE
        return None

    async def _move_step(self, task: MoveTask, limit: int) -> MoveStep | None:
        source = parse_queue_arn(task.source_arn)
        destination = parse_queue_arn(task.destination_arn) if task.destination_arn else None
        assert source is not None  # checked by _move_failure
        return await self.store.move(source, destination, limit, self.clock(), task.task_handle)

    async def _after_short_step(self, task: MoveTask) -> tuple[str | None, bool]:
        """After a step that moved less than it could: ``(failure, done)``."""
        source = parse_queue_arn(task.source_arn)
        counts = None if source is None else await self.store.count(source, self.clock())
        if counts is None:
            return _NO_QUEUE_FAILURE, False
        if counts.visible == 0:
            return None, True
        if counts.in_flight > 0 and source is not None and source.name.endswith(".fifo"):
            return None, False  # groups blocked by an in-flight message: wait for it, keep order
        if task.destination_arn is None and source is not None:
            return await self._why_stranded(source), False
        return None, True

    async def _why_stranded(self, source: QueueKey) -> str:
        # AWS's troubleshooting guide: a message whose original source queue was deleted fails the
        # redrive with NonExistentQueue; one it cannot trace to a source (sent straight to the DLQ,
        # or by SNS/Lambda) with CouldNotDetermineMessageSource
        for key in await self.store.dead_letter_sources(source, self.clock()):
            if key is not None and await self.store.get_queue(key) is None:
                return _NO_QUEUE_FAILURE
        return "CouldNotDetermineMessageSource"

    async def cancel_message_move_task(
        self, context: RequestContext, *, task_handle: str
    ) -> CancelMessageMoveTaskResult:
        try:
            decoded = json.loads(base64.b64decode(task_handle, validate=True))
            source_arn = str(decoded["sourceArn"])
        except (binascii.Error, ValueError, TypeError, KeyError):
            raise InvalidParameterValue("Value for parameter TaskHandle is invalid.") from None
        source = parse_queue_arn(source_arn)
        if source is None or await self.store.get_queue(source) is None:
            raise _not_found("SourceArn")
        # RUNNING -> CANCELLING in one atomic step: from then on no step of the task moves a message
        task = await self.store.set_move_task_status(
            source_arn, task_handle, "CANCELLING", expected=("RUNNING",)
        )
        if task is None:
            if await self.store.get_move_task(source_arn, task_handle) is None:
                raise ResourceNotFoundException("Task does not exist.", status_code=404)
            raise ServiceError(
                "Only active tasks can be cancelled.",
                code="FailedPrecondition",
                status_code=400,
                sender_fault=True,
            )
        runner = self._move_runners.pop(task_handle, None)
        if runner is not None:
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
            await self._settle_cancel(task)
        # else its runner is in another process (cluster mode), which settles the cancel at its next
        # step, or none is left, and a process's move watch does (``resume_move_tasks``)
        task = await self.store.get_move_task(source_arn, task_handle) or task
        return {"ApproximateNumberOfMessagesMoved": task.moved}

    @resources(lambda context, params: [str(params.get("SourceArn", "*"))])
    async def list_message_move_tasks(
        self, context: RequestContext, *, source_arn: str, max_results: int | None = None
    ) -> ListMessageMoveTasksResult:
        source = parse_queue_arn(source_arn)
        if source is None or await self.store.get_queue(source) is None:
            raise _not_found("SourceArn")
        limit = 1 if max_results is None else max_results
        if not 1 <= limit <= 10:
            raise invalid_value("MaxResults", limit, "Must be an integer between 1 and 10, if provided.")
        results = []
        for task in (await self.store.list_move_tasks(source_arn))[:limit]:
            entry: dict[str, Any] = {
                "Status": task.status,
                "SourceArn": task.source_arn,
                "ApproximateNumberOfMessagesMoved": task.moved,
                "ApproximateNumberOfMessagesToMove": task.to_move,
                "StartedTimestamp": task.started_ms,
            }
            if task.status == "RUNNING":
                entry["TaskHandle"] = task.task_handle
            if task.destination_arn:
                entry["DestinationArn"] = task.destination_arn
            if task.max_per_second is not None:
                entry["MaxNumberOfMessagesPerSecond"] = task.max_per_second
            if task.failure_reason:
                entry["FailureReason"] = task.failure_reason
            results.append(entry)
        return {"Results": results}  # type: ignore[typeddict-item]

    # --- maintenance --------------------------------------------------------------------------------

    async def expire_all(self) -> int:
        """Delete every message past its queue's retention period (the embedded service runs this)."""
        now = self.clock()
        removed = 0
        for queue in await self.store.list_queues():
            retention = QueueConfig.of(queue.attributes).retention_s * 1000
            removed += await self.store.expire(queue.key, now - retention)
        return removed


# --- module helpers -----------------------------------------------------------------------------------


def _sequence(number: int) -> str:
    return f"{number:020d}"


def _page(
    items: list[str], names: list[str], token: str | None, limit: int | None, member: str
) -> dict[str, Any]:
    start = 0
    if token:
        try:
            after = base64.b64decode(token, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            raise InvalidParameterValue("Invalid NextToken value.") from None
        start = next((i for i, name in enumerate(names) if name > after), len(names))
    end = len(items) if limit is None else min(len(items), start + limit)
    page: dict[str, Any] = {}
    if items[start:end]:
        page[member] = items[start:end]
    if limit is not None and end < len(items):
        page["NextToken"] = base64.b64encode(names[end - 1].encode()).decode()
    return page


def _check_batch(entries: Sequence[Mapping[str, Any]], entry_type: str, most: int = MAX_BATCH) -> None:
    if not entries:
        raise EmptyBatchRequest(f"There should be at least one {entry_type} in the request.")
    if len(entries) > most:
        raise TooManyEntriesInBatchRequest(
            f"Maximum number of entries per request are {most}. You have sent {len(entries)}."
        )
    ids = [entry.get("Id", "") for entry in entries]
    joined = "\n".join(ids)
    # the count keeps an id with a newline inside (``a\nb``) from passing as two well-formed ones
    if len(set(ids)) == len(ids) and joined.count("\n") == len(ids) - 1 and _BATCH_IDS.fullmatch(joined):
        return  # all distinct and well-formed: a few passes in C instead of a loop
    seen: set[str] = set()
    for entry in entries:
        entry_id = entry.get("Id", "")
        if not _BATCH_ID.match(entry_id):
            raise InvalidBatchEntryId(
                "A batch entry id can only contain alphanumeric characters, hyphens and underscores. "
                "It can be at "
                "most 80 letters long."
            )
        if entry_id in seen:
            raise BatchEntryIdsNotDistinct(f"Id {entry_id} repeated.")
        seen.add(entry_id)


def _failure(entry_id: str, error: ServiceError) -> dict[str, Any]:
    code = getattr(error, "query_code", None) or error.code
    return {"Id": entry_id, "SenderFault": error.sender_fault, "Code": code, "Message": error.message}


def _check_visibility(timeout: int) -> None:
    if not 0 <= timeout <= 43_200:
        raise invalid_value(
            "VisibilityTimeout", timeout, "VisibilityTimeout must be an integer between 0 and 43200."
        )


def _raise_if_expired(queue: Queue, status: HandleStatus, handle: str) -> None:
    if status == "stale" and queue.attributes.get("FifoQueue") == "true":
        raise invalid_value("ReceiptHandle", handle, "The receipt handle has expired.")


def _raise_for_status(status: HandleStatus, handle: str) -> None:
    if status == "ok":
        return
    if status == "not_in_flight":
        raise MessageNotInflight("Message not inflight.")
    raise invalid_value(
        "ReceiptHandle", handle, "Message does not exist or is not available for visibility timeout change."
    )


def _decode_attributes(encoded: Mapping[str, list[str]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, (data_type, kind, value) in encoded.items():
        if kind == "b":
            out[name] = {"DataType": data_type, "BinaryValue": base64.b64decode(value)}
        else:
            out[name] = {"DataType": data_type, "StringValue": value}
    return out


class _AttributeSelector:
    """``MessageAttributeNames``: exact names, ``All`` / ``.*``, or ``prefix.*``."""

    def __init__(self, names: Sequence[str]) -> None:
        self.all = any(n in ("All", ".*") for n in names)
        self.exact = {n for n in names if not n.endswith(".*")}
        self.prefixes = tuple(n[:-1] for n in names if n.endswith(".*") and n != ".*")

    def __bool__(self) -> bool:
        return self.all or bool(self.exact) or bool(self.prefixes)

    def wants(self, name: str) -> bool:
        return self.all or name in self.exact or name.startswith(self.prefixes)
