"""Building one SQS message to send: its checks, MD5s and the record the store keeps.

The per-message work of ``SendMessage`` and ``SendMessageBatch``, in a module of plain functions so
mypyc compiles it (``overcast_common.compiled.MODULES``): the provider's methods stay interpreted
(``authz.resources`` sets attributes on them), and call in here. Same checks, same order, same errors.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
import re
from collections.abc import Callable, Mapping
from hashlib import md5
from typing import Any, Final, cast

from overcast_common.api.sqs import InvalidMessageContents
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.ids import uuid4_str

from overcast_sqs.attributes import QueueConfig
from overcast_sqs.checksums import md5_of_attributes
from overcast_sqs.errors import InvalidParameterValue, MissingParameter, invalid_value
from overcast_sqs.store import FifoSend, NewMessage

DEDUP_WINDOW_MS: Final = 300_000

encode_payload: Final[Callable[[object], str]] = json.JSONEncoder(separators=(",", ":")).encode
"""``json.dumps(payload, separators=(",", ":"))`` with one encoder for every send: ``dumps`` with any
argument builds a new encoder per call (~20k instructions, more than the rest of ``prepare``)."""

# ``\Z``, not ``$``, in these: ``$`` also matches before a trailing newline
# MessageGroupId / MessageDeduplicationId: alphanumerics and ASCII punctuation, 1-128
_FIFO_ID: Final = re.compile(r"""^[A-Za-z0-9!"#$%&'()*+,./:;<=>?@\[\\\]^_`{|}~-]{1,128}\Z""")
_ATTRIBUTE_NAME: Final = re.compile(
    r"^(?!\.)(?!.*\.\.)(?!.*\.\Z)(?!aws\.)(?!amazon\.)[A-Za-z0-9_.-]{1,256}\Z", re.I
)
# characters SQS accepts in bodies and attribute values (XML 1.0's)
_INVALID_CHARS: Final = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_INVALID_CHARS_MESSAGE: Final = (
    "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | "
    "#xE000 to #xFFFD | #x10000 to #x10FFFF"
)

_message_id = uuid4_str
"""SQS message ids are random version-4 UUID strings."""


def _builtin_md5() -> Callable[[bytes], Any]:
    """CPython's own MD5 (the same digests as OpenSSL's, without its per-call context set-up: ~30 %
    fewer instructions for a 256-byte body); hashlib's where a Python is built without it."""
    try:
        return cast(Callable[[bytes], Any], importlib.import_module("_md5").md5)
    except (ImportError, AttributeError):  # pragma: no cover
        return md5


_md5: Final = _builtin_md5()


_FIFO_SENDS: Final = {per_group: FifoSend(DEDUP_WINDOW_MS, per_group) for per_group in (False, True)}
"""A FIFO queue's deduplication rules, by ``DeduplicationScope=messageGroup``: built once, not per send."""


def fifo_send(config: QueueConfig) -> FifoSend | None:
    return _FIFO_SENDS[config.dedup_per_group] if config.fifo else None


def _bad_fifo_id(parameter: str, value: str) -> ServiceError:
    return invalid_value(
        parameter,
        value,
        f"{parameter} can only include alphanumeric and punctuation characters. 1 to 128 in length.",
    )


def _valid_text(text: str) -> bool:
    # printable ASCII is always valid: skip the regex for it (most bodies)
    return (text.isascii() and text.isprintable()) or not _INVALID_CHARS.search(text)


_ASCII_CHECK: Final = bytes(0x7F if c < 0x20 and c not in (0x09, 0x0A, 0x0D) else c for c in range(256))
"""Maps the ASCII characters ``_INVALID_CHARS`` matches to another one, every other byte to itself."""


def _valid_ascii(raw: bytes) -> bool:
    # what _valid_text answers for ASCII text, from its encoded bytes: one C pass that changes nothing
    # (and returns ``raw`` itself) unless an invalid byte is there; a third cheaper than deleting them
    return raw.translate(_ASCII_CHECK) == raw


def prepare(
    context: RequestContext,
    config: QueueConfig,
    body: str | None,
    delay: int | None,
    message_attributes: Mapping[str, Any] | None,
    system_attributes: Mapping[str, Any] | None,
    dedup_id: str | None,
    group_id: str | None,
) -> tuple[NewMessage, dict[str, Any]]:
    """Validate one message and build what the store keeps and what the response says (positional
    parameters: it runs once per message sent)."""
    if not body:
        raise MissingParameter("The request must contain the parameter MessageBody.")
    raw_body = body.encode()
    if not (_valid_ascii(raw_body) if body.isascii() else _valid_text(body)):
        raise InvalidMessageContents(_INVALID_CHARS_MESSAGE)
    size = len(raw_body)
    if message_attributes:
        size += _validate_message_attributes(message_attributes)
    if system_attributes:
        for name, value in system_attributes.items():
            if name != "AWSTraceHeader":
                raise InvalidParameterValue(f"Message system attribute name '{name}' is invalid.")
            if value.get("DataType") != "String" or not value.get("StringValue"):
                raise InvalidParameterValue(
                    "Message system attribute 'AWSTraceHeader' must contain a non-empty String value."
                )
    if size > config.max_size:
        raise InvalidParameterValue(
            "One or more parameters are invalid. "
            f"Reason: Message must be shorter than {config.max_size} bytes."
        )
    if dedup_id is not None and not _FIFO_ID.match(dedup_id):
        raise _bad_fifo_id("MessageDeduplicationId", dedup_id)
    if group_id is not None and not _FIFO_ID.match(group_id):
        raise _bad_fifo_id("MessageGroupId", group_id)
    if config.fifo:
        if delay is not None and delay != 0:
            raise invalid_value(
                "DelaySeconds",
                delay,
                "The request include parameter that is not valid for this queue type.",
            )
        if not group_id:
            raise MissingParameter("The request must contain the parameter MessageGroupId.")
        if not dedup_id:
            if not config.content_dedup:
                raise InvalidParameterValue(
                    "The queue should either have ContentBasedDeduplication enabled or "
                    "MessageDeduplicationId provided explicitly"
                )
            dedup_id = hashlib.sha256(raw_body).hexdigest()
    else:
        if dedup_id:
            raise invalid_value(
                "MessageDeduplicationId",
                dedup_id,
                "The request includes a parameter that is not valid for this queue type.",
            )
        if delay is not None and not 0 <= delay <= 900:
            raise invalid_value("DelaySeconds", delay, "DelaySeconds must be >= 0 and <= 900.")
        dedup_id = None  # standard queues do not deduplicate
    result: dict[str, Any] = {"MD5OfMessageBody": _md5(raw_body).hexdigest()}
    encoded = ""
    if message_attributes or system_attributes or (context.trace_header and not config.fifo):
        payload: dict[str, Any] = {}
        if message_attributes:
            result["MD5OfMessageAttributes"] = md5_of_attributes(message_attributes)
            payload["a"] = _encode_attributes(message_attributes)
        if system_attributes:
            result["MD5OfMessageSystemAttributes"] = md5_of_attributes(system_attributes)
            payload["t"] = system_attributes["AWSTraceHeader"]["StringValue"]
        elif context.trace_header and not config.fifo:
            payload["t"] = context.trace_header
        encoded = encode_payload(payload)
    message = NewMessage(
        uuid4_str(),
        body,
        encoded,
        sender_id(context),
        (config.delay_s if delay is None else delay) * 1000,
        group_id or None,
        dedup_id,
    )
    return message, result


def sender_id(context: RequestContext) -> str:
    """A message's ``SenderId``: the caller's principal id, else its account."""
    principal = context.principal
    return principal.principal_id if principal and principal.principal_id else context.account_id


_DATA_TYPE: Final = re.compile(r"^(String|Number|Binary)(\.[A-Za-z0-9_.-]+)?\Z")


def _validate_message_attributes(attributes: Mapping[str, Mapping[str, Any]]) -> int:
    """Check message attributes as AWS does; returns their size toward the message limit."""
    if len(attributes) > 10:
        raise InvalidParameterValue(
            f"Number of message attributes [{len(attributes)}] exceeds the allowed maximum [10]."
        )
    size = 0
    for name, value in attributes.items():
        if not _ATTRIBUTE_NAME.match(name):
            raise InvalidParameterValue(
                f"Message (user) attribute '{name}' is invalid. The attribute name can contain only "
                "alphanumeric characters, hyphens, underscores and periods, must not start or end with a "
                "period "
                "and must not contain two successive periods."
            )
        data_type = value.get("DataType", "")
        if not data_type:
            raise InvalidParameterValue(
                f"The message attribute '{name}' must contain a non-empty attribute type."
            )
        if not _DATA_TYPE.match(data_type):
            raise InvalidParameterValue(
                f"The type of message (user) attribute '{name}' is invalid. You must use only the following "
                "supported type prefixes: Binary, Number, String."
            )
        base = data_type.split(".", 1)[0]
        if base == "Binary":
            blob = value.get("BinaryValue")
            if blob is None or len(blob) == 0:
                raise InvalidParameterValue(
                    f"The message attribute '{name}' with type 'Binary' must use field 'Binary'."
                )
            size += len(blob)
        else:
            text = value.get("StringValue")
            if text is None or text == "":
                raise InvalidParameterValue(
                    f"Message (user) attribute '{name}' must contain a non-empty value of type '{base}'."
                )
            if not _valid_text(text):
                raise InvalidMessageContents(_INVALID_CHARS_MESSAGE)
            if base == "Number":
                try:
                    float(text)
                except ValueError:
                    raise InvalidParameterValue(
                        f"Can't cast the value of message (user) attribute '{name}' to a number."
                    ) from None
            size += len(text.encode())
        size += len(name.encode()) + len(data_type.encode())
    return size


def _encode_attributes(attributes: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    # name -> [DataType, "s"|"b", value (base64 for binary)]
    out: dict[str, list[str]] = {}
    for name, value in attributes.items():
        if "BinaryValue" in value:
            out[name] = [value["DataType"], "b", base64.b64encode(bytes(value["BinaryValue"])).decode()]
        else:
            out[name] = [value["DataType"], "s", value["StringValue"]]
    return out
