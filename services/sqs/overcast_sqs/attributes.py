"""Queue attributes: defaults, validation with AWS's messages, and the typed view the provider uses."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from overcast_common.api.sqs import InvalidAttributeName, InvalidAttributeValue

from overcast_sqs.errors import InvalidParameterValue
from overcast_sqs.store import QueueKey
from overcast_sqs.urls import parse_queue_arn

MAX_MESSAGE_SIZE = 1_048_576
"""AWS's limit since August 2025 (1 MiB, body plus attributes): MaximumMessageSize's upper bound and its
default for new queues, and the most a SendMessageBatch may carry in total."""
LEGACY_MAX_MESSAGE_SIZE = 262_144
"""AWS's limit before August 2025 (256 KiB); ``OVERCAST_SQS_MAX_MESSAGE_SIZE=262144`` emulates it."""
MIN_MESSAGE_SIZE = 1_024

# name -> (minimum, maximum) for the integer attributes (MaximumMessageSize's maximum is the service's limit)
_RANGES: dict[str, tuple[int, int]] = {
    "DelaySeconds": (0, 900),
    "MaximumMessageSize": (MIN_MESSAGE_SIZE, MAX_MESSAGE_SIZE),
    "MessageRetentionPeriod": (60, 1_209_600),
    "ReceiveMessageWaitTimeSeconds": (0, 20),
    "VisibilityTimeout": (0, 43_200),
    "KmsDataKeyReusePeriodSeconds": (60, 86_400),
}
_BOOLEANS = ("FifoQueue", "ContentBasedDeduplication", "SqsManagedSseEnabled")
_STRINGS = ("Policy", "RedrivePolicy", "RedriveAllowPolicy", "KmsMasterKeyId")
_FIFO_ONLY = {
    "ContentBasedDeduplication": ("true", "false"),
    "DeduplicationScope": ("messageGroup", "queue"),
    "FifoThroughputLimit": ("perQueue", "perMessageGroupId"),
}
SETTABLE = frozenset((*_RANGES, *_BOOLEANS, *_STRINGS, *_FIFO_ONLY))
READ_ONLY = frozenset(
    (
        "ApproximateNumberOfMessages",
        "ApproximateNumberOfMessagesNotVisible",
        "ApproximateNumberOfMessagesDelayed",
        "CreatedTimestamp",
        "LastModifiedTimestamp",
        "QueueArn",
    )
)
ALL_NAMES = SETTABLE | READ_ONLY

STANDARD_DEFAULTS: dict[str, str] = {
    "DelaySeconds": "0",
    "MaximumMessageSize": str(MAX_MESSAGE_SIZE),
    "MessageRetentionPeriod": "345600",
    "ReceiveMessageWaitTimeSeconds": "0",
    "VisibilityTimeout": "30",
    "SqsManagedSseEnabled": "true",
}
FIFO_DEFAULTS: dict[str, str] = {
    **STANDARD_DEFAULTS,
    "FifoQueue": "true",
    "ContentBasedDeduplication": "false",
    "DeduplicationScope": "queue",
    "FifoThroughputLimit": "perQueue",
}


def defaults(*, fifo: bool, max_message_size: int = MAX_MESSAGE_SIZE) -> dict[str, str]:
    """A new queue's attributes before the caller's (``max_message_size``: the service's limit)."""
    base = FIFO_DEFAULTS if fifo else STANDARD_DEFAULTS
    return {**base, "MaximumMessageSize": str(max_message_size)}


def validate(
    attributes: Mapping[str, str],
    *,
    fifo: bool,
    creating: bool,
    max_message_size: int = MAX_MESSAGE_SIZE,
) -> dict[str, str]:
    """The attributes to store, normalised; raises AWS's error for the first bad one."""
    out: dict[str, str] = {}
    for name, raw in attributes.items():
        value = str(raw)
        if name not in SETTABLE:
            raise InvalidAttributeName(f"Unknown Attribute {name}.")
        if name in _RANGES:
            low, high = _RANGES[name]
            if name == "MaximumMessageSize":
                high = max_message_size
            try:
                number = int(value)
            except ValueError:
                number = low - 1
            if not low <= number <= high:
                raise InvalidAttributeValue(f"Invalid value for the parameter {name}.")
            value = str(number)
        elif name in _BOOLEANS:
            if value.lower() not in ("true", "false"):
                raise InvalidAttributeValue(f"Invalid value for the parameter {name}.")
            value = value.lower()
            if name == "FifoQueue":
                if not creating and not fifo:
                    raise InvalidAttributeName(f"Unknown Attribute {name}.")
                if not creating and value != "true":
                    raise InvalidAttributeValue(
                        "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not "
                        "supported."
                    )
                if value == "true" and not fifo:
                    raise InvalidParameterValue(
                        "The name of a FIFO queue can only include alphanumeric characters, hyphens, or "
                        "underscores, must end with .fifo suffix and be 1 to 80 in length."
                    )
        if name in _FIFO_ONLY:
            if not fifo:
                raise InvalidAttributeName(f"Unknown Attribute {name}.")
            if value not in _FIFO_ONLY[name]:
                raise InvalidAttributeValue(f"Invalid value for the parameter {name}.")
        if name == "RedrivePolicy" and value:
            value = _redrive_policy(value)
        if name == "RedriveAllowPolicy" and value:
            _redrive_allow_policy(value)
        if name == "Policy" and value:
            try:
                json.loads(value)
            except ValueError:
                raise InvalidAttributeValue("Invalid value for the parameter Policy.") from None
        out[name] = value
    return out


def _redrive_policy(value: str) -> str:
    try:
        policy = json.loads(value)
    except ValueError:
        raise InvalidAttributeValue(
            "Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map."
        ) from None
    if not isinstance(policy, dict):
        raise InvalidAttributeValue(
            "Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map."
        )
    if "deadLetterTargetArn" not in policy or "maxReceiveCount" not in policy:
        raise InvalidAttributeValue(
            "Value "
            + value
            + " for parameter RedrivePolicy is invalid. Reason: Redrive policy does not contain mandatory "
            "attribute: deadLetterTargetArn, maxReceiveCount."
        )
    try:
        count = int(policy["maxReceiveCount"])
    except (TypeError, ValueError):
        count = 0
    if not 1 <= count <= 1000:
        raise InvalidAttributeValue(
            f"Value {value} for parameter RedrivePolicy is invalid. Reason: Invalid value for "
            f"maxReceiveCount: {policy['maxReceiveCount']}, valid values are from 1 to 1000 both inclusive."
        )
    if parse_queue_arn(str(policy["deadLetterTargetArn"])) is None:
        raise InvalidAttributeValue(
            f"Value {value} for parameter RedrivePolicy is invalid. Reason: Invalid value for "
            "deadLetterTargetArn."
        )
    # AWS echoes it back compact, with maxReceiveCount as a number
    return json.dumps(
        {"deadLetterTargetArn": policy["deadLetterTargetArn"], "maxReceiveCount": count},
        separators=(",", ":"),
    )


def _redrive_allow_policy(value: str) -> None:
    try:
        policy = json.loads(value)
    except ValueError:
        policy = None
    if not isinstance(policy, dict) or policy.get("redrivePermission") not in (
        "allowAll",
        "denyAll",
        "byQueue",
    ):
        raise InvalidAttributeValue(
            f"Value {value} for parameter RedriveAllowPolicy is invalid. Reason: Amazon SQS can't "
            "create the redrive allow policy, as it's in an unsupported format."
        )
    sources = policy.get("sourceQueueArns", [])
    if policy["redrivePermission"] == "byQueue" and not 1 <= len(sources) <= 10:
        raise InvalidAttributeValue(
            f"Value {value} for parameter RedriveAllowPolicy is invalid. Reason: Number of source queue "
            "ARNs must be between 1 and 10 when redrivePermission is byQueue."
        )


@dataclass(frozen=True, slots=True)
class QueueConfig:
    """The attributes the message path needs, parsed once per call."""

    fifo: bool
    delay_s: int
    max_size: int
    retention_s: int
    wait_s: int
    visibility_s: int
    content_dedup: bool
    dedup_per_group: bool
    dead_letter: QueueKey | None
    max_receive_count: int

    @classmethod
    def of(cls, attributes: Mapping[str, str]) -> QueueConfig:
        dead_letter, max_receive = None, 0
        redrive = attributes.get("RedrivePolicy")
        if redrive:
            policy = json.loads(redrive)
            dead_letter = parse_queue_arn(str(policy["deadLetterTargetArn"]))
            max_receive = int(policy["maxReceiveCount"])
        return cls(
            fifo=attributes.get("FifoQueue") == "true",
            delay_s=int(attributes.get("DelaySeconds", 0)),
            max_size=int(attributes.get("MaximumMessageSize", MAX_MESSAGE_SIZE)),
            retention_s=int(attributes.get("MessageRetentionPeriod", 345_600)),
            wait_s=int(attributes.get("ReceiveMessageWaitTimeSeconds", 0)),
            visibility_s=int(attributes.get("VisibilityTimeout", 30)),
            content_dedup=attributes.get("ContentBasedDeduplication") == "true",
            dedup_per_group=attributes.get("DeduplicationScope") == "messageGroup",
            dead_letter=dead_letter,
            max_receive_count=max_receive,
        )
