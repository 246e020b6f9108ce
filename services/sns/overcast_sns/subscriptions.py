"""Subscription protocols, endpoints and attributes: what AWS accepts and how it answers otherwise."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from overcast_common.api.sns import InvalidParameterException

from overcast_sns.filters import CompiledPolicy, validate
from overcast_sns.topics import check_delivery_policy

PROTOCOLS = frozenset(
    {"http", "https", "email", "email-json", "sms", "sqs", "application", "lambda", "firehose"}
)
CONFIRMED_AT_ONCE = frozenset({"sms", "application", "lambda", "firehose"})
"""Protocols AWS confirms without a handshake (``sqs``: when the queue's owner subscribes)."""
RAW_PROTOCOLS = frozenset({"sqs", "http", "https", "firehose"})
ATTRIBUTES = frozenset(
    {
        "DeliveryPolicy",
        "FilterPolicy",
        "FilterPolicyScope",
        "RawMessageDelivery",
        "RedrivePolicy",
        "SubscriptionRoleArn",
        "ReplayPolicy",
    }
)
SQS_ARN = re.compile(r"^arn:aws[a-z-]*:sqs:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,80}(?:\.fifo)?)$")
FIREHOSE_ARN = re.compile(r"^arn:aws[a-z-]*:firehose:([a-z0-9-]+):(\d{12}):deliverystream/([A-Za-z0-9_.-]+)$")
LAMBDA_ARN = re.compile(r"^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(:[\w$-]+)?$")
APP_ENDPOINT_ARN = re.compile(r"^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):endpoint/.+$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
E164 = re.compile(r"^\+?[1-9]\d{1,14}$")


def check_endpoint(protocol: str, endpoint: str | None, fifo_topic: bool) -> str:
    if protocol not in PROTOCOLS:
        raise InvalidParameterException(
            f"Invalid parameter: Amazon SNS does not support this protocol string: {protocol}"
        )
    value = endpoint or ""
    if protocol in ("http", "https"):
        if not value.lower().startswith(f"{protocol}://"):
            raise InvalidParameterException("Invalid parameter: Endpoint must match the specified protocol")
    elif protocol == "sqs":
        found = SQS_ARN.match(value)
        if found is None:
            raise InvalidParameterException("Invalid parameter: SQS endpoint ARN")
        if found.group(3).endswith(".fifo") and not fifo_topic:
            raise InvalidParameterException(
                "Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be "
                "subscribed to standard SNS topics"
            )
    elif protocol in ("email", "email-json"):
        if not EMAIL.match(value):
            raise InvalidParameterException("Invalid parameter: Email address")
    elif protocol == "sms":
        if not E164.match(re.sub(r"[\s()-]", "", value)):
            raise InvalidParameterException(f"Invalid SMS endpoint: {value}")
    elif protocol == "firehose":
        if not FIREHOSE_ARN.match(value):
            raise InvalidParameterException("Invalid parameter: Endpoint Reason: Invalid Firehose ARN")
    elif protocol == "lambda":
        if not LAMBDA_ARN.match(value):
            raise InvalidParameterException("Invalid parameter: Lambda endpoint ARN")
    elif protocol == "application" and not APP_ENDPOINT_ARN.match(value):
        raise InvalidParameterException(
            "Invalid parameter: Endpoint Reason: Invalid application endpoint ARN"
        )
    if fifo_topic and protocol not in ("sqs", "firehose"):
        raise InvalidParameterException(f"Invalid parameter: Invalid protocol type: {protocol}")
    return value


def check_attributes(
    protocol: str, attributes: dict[str, str], *, subscribe: bool, fifo_endpoint: bool = False
) -> dict[str, str]:
    """Normalized attributes, or AWS's error (Subscribe says ``Attributes Reason:``)."""
    reason = "Invalid parameter: Attributes Reason: " if subscribe else "Invalid parameter: "
    stored: dict[str, str] = {}
    for name, value in attributes.items():
        if name not in ATTRIBUTES:
            raise InvalidParameterException(f"{reason}AttributeName")
        if name == "RawMessageDelivery":
            lowered = value.lower()
            if lowered not in ("true", "false"):
                raise InvalidParameterException(
                    f"{reason}RawMessageDelivery: Invalid value [{value}]. Must be true or false."
                )
            if lowered == "true" and protocol not in RAW_PROTOCOLS:
                raise InvalidParameterException(
                    f"{reason}Delivery protocol [{protocol}] does not support raw message delivery."
                )
            value = lowered
        elif name == "FilterPolicyScope":
            if value not in ("MessageAttributes", "MessageBody"):
                raise InvalidParameterException(
                    f"{reason}FilterPolicyScope: Invalid value [{value}]. Please use either MessageBody "
                    "or MessageAttributes"
                )
        elif name == "RedrivePolicy" and value:
            try:
                parsed = json.loads(value)
            except ValueError:
                raise InvalidParameterException(f"{reason}RedrivePolicy: failed to parse JSON.") from None
            target = parsed.get("deadLetterTargetArn") if isinstance(parsed, dict) else None
            if not isinstance(target, str) or not SQS_ARN.match(target):
                raise InvalidParameterException(
                    f"{reason}RedrivePolicy: deadLetterTargetArn is an invalid arn"
                )
            if fifo_endpoint and not target.endswith(".fifo"):
                raise InvalidParameterException(
                    f"{reason}RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic."
                )
        elif name == "DeliveryPolicy" and value:
            try:
                parsed = json.loads(value)
            except ValueError:
                raise InvalidParameterException(f"{reason}DeliveryPolicy: failed to parse JSON.") from None
            if not isinstance(parsed, dict):
                raise InvalidParameterException(f"{reason}DeliveryPolicy: failed to parse JSON.")
            check_delivery_policy(parsed, topic=False)
        stored[name] = value
    if stored.get("FilterPolicy"):
        validate(
            stored["FilterPolicy"], stored.get("FilterPolicyScope", "MessageAttributes"), subscribe=subscribe
        )
    if protocol == "firehose" and subscribe and not stored.get("SubscriptionRoleArn"):
        raise InvalidParameterException(
            "Invalid parameter: Attributes Reason: SubscriptionRoleArn is required for firehose subscriptions"
        )
    return stored


def compiled_filter(attributes: dict[str, Any]) -> CompiledPolicy | None:
    text = attributes.get("FilterPolicy")
    if not text:
        return None
    return validate(text, attributes.get("FilterPolicyScope", "MessageAttributes"), subscribe=False)


@functools.lru_cache(maxsize=4096)  # delivery asks once per SQS batch, of a few ARNs
def sqs_target(arn: str) -> tuple[str, str, str]:
    """(region, owner account, queue name) of an SQS queue ARN."""
    found = SQS_ARN.match(arn)
    if found is None:
        raise ValueError(arn)
    return found.group(1), found.group(2), found.group(3)


@functools.lru_cache(maxsize=4096)
def queue_url(arn: str) -> str:
    region, account, name = sqs_target(arn)
    return f"https://sqs.{region}.amazonaws.com/{account}/{name}"
