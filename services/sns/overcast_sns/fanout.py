"""Delivery's per-message work, compiled with mypyc (``overcast_common.compiled.MODULES``): which
subscriptions a publish goes to, with what body, and the SQS batch entries.

``delivery`` stays interpreted (tests tune its constants at run time) and calls in here once per batch of
records and once per SQS batch. Subscriptions are ``delivery.SubscriptionView``s, typed loosely here:
this module must not import ``delivery``, which imports it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any, Final

from overcast_sns.messages import Published

SQS_BATCH: Final = 500
"""SQS takes up to 500 entries a batch from a peer service (clients: AWS's 10); a batch costs a fixed
overhead, so fewer, longer ones are cheaper."""
SQS_BATCH_BYTES: Final = 900_000
_ENTRY_IDS: Final = [str(i) for i in range(SQS_BATCH)]  # a batch entry's Id: its index in the batch


class Outgoing:
    """One message for one subscription."""

    __slots__ = ("body", "offset", "published", "subscription")

    def __init__(self, published: Published, subscription: Any, body: str, offset: int) -> None:
        self.published = published
        self.subscription = subscription
        self.body = body
        self.offset = offset


def route(
    published: Published,
    offset: int,
    subscriptions: Sequence[Any],
    per_subscription: dict[str, list[Outgoing]],
    body_of: Callable[[Published, Any], str],
) -> None:
    """Add ``published`` to the list of every subscription whose filter policy it matches, with the
    body that subscription receives (``body_of`` builds any but a raw one's)."""
    unstructured = published.structure is None
    for sub in subscriptions:
        policy = sub.filter
        if policy is not None and not policy.matches(
            published.attributes, published.message_for(sub.protocol)
        ):
            continue
        # a raw subscription of an unstructured message gets the message: ``body_of``'s answer, without the call
        body = published.message if sub.raw and unstructured else body_of(published, sub)
        arn: str = sub.arn
        outgoing = per_subscription.get(arn)
        if outgoing is None:
            outgoing = per_subscription[arn] = []
        outgoing.append(Outgoing(published, sub, body, offset))


def sqs_entry(item: Outgoing, index: int, fifo_queue: bool) -> dict[str, Any]:
    published, sub = item.published, item.subscription
    entry: dict[str, Any] = {"Id": str(index), "MessageBody": item.body}
    if sub.raw and published.attributes:
        entry["MessageAttributes"] = published.attributes
    if fifo_queue:
        entry["MessageGroupId"] = published.group_id or "default"
        entry["MessageDeduplicationId"] = (
            published.dedup_id or hashlib.sha256(published.message_for("sqs").encode()).hexdigest()
        )
    elif published.group_id is not None:
        entry["MessageGroupId"] = published.group_id  # fair queues
    return entry


def sqs_entries(waiting: Sequence[Outgoing], fifo_queue: bool, raw: bool) -> list[dict[str, Any]]:
    """``SendMessageBatch``'s entries for ``waiting`` (their index in it is their Id)."""
    entries: list[dict[str, Any]] = []
    for i, item in enumerate(waiting):
        published = item.published
        if fifo_queue or published.group_id is not None or (raw and published.attributes):
            entries.append(sqs_entry(item, i, fifo_queue))
        else:  # ``sqs_entry``'s answer for the common message, without the call
            entries.append({"Id": _ENTRY_IDS[i], "MessageBody": item.body})
    return entries


def chunks(items: list[Outgoing]) -> list[list[Outgoing]]:
    """``items`` cut into SQS batches of at most ``SQS_BATCH`` entries and about ``SQS_BATCH_BYTES``."""
    if len(items) <= SQS_BATCH:  # most often one batch takes them all: one pass in C to tell
        bodies = "".join([item.body for item in items])
        size = len(bodies) if bodies.isascii() else len(bodies.encode())
        if size + 1024 * len(items) <= SQS_BATCH_BYTES:
            return [items]
    result: list[list[Outgoing]] = []
    current: list[Outgoing] = []
    size = 0
    for item in items:
        body = item.body
        length = (len(body) if body.isascii() else len(body.encode())) + 1024
        if current and (len(current) == SQS_BATCH or size + length > SQS_BATCH_BYTES):
            result.append(current)
            current, size = [], 0
        current.append(item)
        size += length
    if current:
        result.append(current)
    return result
