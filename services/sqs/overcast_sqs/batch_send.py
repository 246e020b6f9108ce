"""``SendMessageBatch``'s per-entry work, compiled with mypyc (``overcast_common.compiled.MODULES``).

The provider's method stays interpreted (``authz.resources`` sets attributes on it) and calls
``batch_messages`` once per batch: the loop over the entries (up to 500 from a peer such as SNS's
fan-out) runs compiled. Same checks, same order, same errors as ``sending.prepare`` one message at a
time; an entry with nothing but its body on a standard queue (SNS fan-out's) skips ``prepare``, with
what depends on the call alone worked out once per batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError

from overcast_sqs.attributes import QueueConfig
from overcast_sqs.sending import (
    _ASCII_CHECK,
    _md5,
    _message_id,
    _valid_text,
    encode_payload,
    prepare,
    sender_id,
)
from overcast_sqs.store import NewMessage


def batch_messages(
    context: RequestContext, config: QueueConfig, entries: Sequence[Mapping[str, Any]]
) -> tuple[list[NewMessage], list[dict[str, Any]], list[tuple[str, ServiceError]], int]:
    """The messages to store, the ``Successful`` entries (a standard queue keeps the ids given; FIFO:
    the provider fills in the store's answer), the failed entries with their errors, and the batch's
    size in bytes as AWS counts it (bodies and attributes)."""
    total = 0
    plain = not config.fifo
    max_size = config.max_size
    delay_ms = config.delay_s * 1000
    payload = ""
    sender = ""
    if plain:
        trace = context.trace_header
        payload = encode_payload({"t": trace}) if trace else ""
        sender = sender_id(context)
    messages: list[NewMessage] = []
    successful: list[dict[str, Any]] = []
    failed: list[tuple[str, ServiceError]] = []
    for entry in entries:
        body = entry.get("MessageBody", "")
        if plain and len(entry) == 2 and body:
            raw_body = body.encode()
            size = len(raw_body)
            total += size
            if size <= max_size and (
                raw_body.translate(_ASCII_CHECK) == raw_body if body.isascii() else _valid_text(body)
            ):  # ``_valid_ascii``, inline
                message_id = _message_id()
                messages.append(NewMessage(message_id, body, payload, sender, delay_ms, None, None))
                successful.append(
                    {
                        "Id": entry["Id"],
                        "MessageId": message_id,
                        "MD5OfMessageBody": _md5(raw_body).hexdigest(),
                    }
                )
                continue
        else:
            total += len(body) if body.isascii() else len(body.encode())  # isascii: O(1), no copy
            if "MessageAttributes" in entry:
                total += attributes_size(entry["MessageAttributes"] or {})
        try:
            message, result = prepare(
                context,
                config,
                entry.get("MessageBody"),
                entry.get("DelaySeconds"),
                entry.get("MessageAttributes"),
                entry.get("MessageSystemAttributes"),
                entry.get("MessageDeduplicationId"),
                entry.get("MessageGroupId"),
            )
        except ServiceError as error:
            failed.append((entry["Id"], error))
            continue
        messages.append(message)
        successful.append({"Id": entry["Id"], "MessageId": message.message_id, **result})
    return messages, successful, failed, total


def attributes_size(attributes: Mapping[str, Mapping[str, Any]]) -> int:
    size = 0
    for name, value in attributes.items():
        size += len(name.encode()) + len(str(value.get("DataType", "")).encode())
        if "StringValue" in value:
            size += len(str(value["StringValue"]).encode())
        if "BinaryValue" in value:
            size += len(value["BinaryValue"])
    return size
