"""Topic names, ARNs and attributes: AWS's defaults, what may be set, and how each is checked."""

from __future__ import annotations

import json
import re
from typing import Any

from overcast_common.api.sns import InvalidParameterException, NotFoundException
from overcast_common.authz import partition

TOPIC_NAME = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
FIFO_NAME = re.compile(r"^[A-Za-z0-9_-]{1,251}\.fifo$")
ARN = re.compile(r"^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]{1,256})$")
SUB_ARN = re.compile(r"^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]{1,256}):([0-9a-f-]{36})$")

FEEDBACK = tuple(
    f"{p}{kind}"
    for p in ("HTTP", "Firehose", "Lambda", "SQS", "Application")
    for kind in ("SuccessFeedbackRoleArn", "FailureFeedbackRoleArn", "SuccessFeedbackSampleRate")
)
SETTABLE = frozenset(
    {
        "Policy",
        "DisplayName",
        "DeliveryPolicy",
        "KmsMasterKeyId",
        "SignatureVersion",
        "TracingConfig",
        "ContentBasedDeduplication",
        "ArchivePolicy",
        "FifoThroughputScope",
        *FEEDBACK,
    }
)
CREATE_ONLY = frozenset({"FifoTopic"})
POLICY_ACTIONS = (
    "GetTopicAttributes",
    "SetTopicAttributes",
    "AddPermission",
    "RemovePermission",
    "DeleteTopic",
    "Subscribe",
    "ListSubscriptionsByTopic",
    "Publish",
)
PERMISSION_ACTIONS = frozenset({*POLICY_ACTIONS, "Receive"})
DEFAULT_DELIVERY_POLICY = {
    "http": {
        "defaultHealthyRetryPolicy": {
            "minDelayTarget": 20,
            "maxDelayTarget": 20,
            "numRetries": 3,
            "numMaxDelayRetries": 0,
            "numNoDelayRetries": 0,
            "numMinDelayRetries": 0,
            "backoffFunction": "linear",
        },
        "disableSubscriptionOverrides": False,
        "defaultRequestPolicy": {"headerContentType": "text/plain; charset=UTF-8"},
    }
}


def topic_arn(region: str, account_id: str, name: str) -> str:
    return f"arn:{partition(region)}:sns:{region}:{account_id}:{name}"


def parse_topic_arn(arn: str | None, member: str = "TopicArn") -> tuple[str, str, str]:
    """(region, account, name); AWS's ``InvalidParameter`` when the ARN is malformed."""
    found = ARN.match(arn or "")
    if found is None:
        raise InvalidParameterException(f"Invalid parameter: {member}")
    return found.group(1), found.group(2), found.group(3)


def topic_not_found() -> NotFoundException:
    return NotFoundException("Topic does not exist")


def default_policy(arn: str, account_id: str) -> str:
    return json.dumps(
        {
            "Version": "2008-10-17",
            "Id": "__default_policy_ID",
            "Statement": [
                {
                    "Sid": "__default_statement_ID",
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": [f"SNS:{a}" for a in POLICY_ACTIONS],
                    "Resource": arn,
                    "Condition": {"StringEquals": {"AWS:SourceOwner": account_id}},
                }
            ],
        },
        separators=(",", ":"),
    )


def check_name(name: str, fifo: bool) -> None:
    if fifo:
        if not FIFO_NAME.match(name):
            raise InvalidParameterException(
                "Invalid parameter: Fifo Topic names must end with .fifo and must be made up of only "
                "uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be "
                "between 1 and 256 characters long."
            )
    elif not TOPIC_NAME.match(name):
        raise InvalidParameterException("Invalid parameter: Topic Name")


def _bool(value: str) -> bool | None:
    lowered = value.lower()
    return True if lowered == "true" else False if lowered == "false" else None


def check_attribute(name: str, value: str, *, fifo: bool, creating: bool) -> str:
    """The value to store (normalized), or AWS's error for the attribute."""
    if name not in SETTABLE and not (creating and name in CREATE_ONLY):
        raise InvalidParameterException("Invalid parameter: AttributeName")
    if name == "FifoTopic":
        flag = _bool(value)
        if flag is None:
            raise InvalidParameterException(
                "Invalid parameter: FifoTopic Reason: Invalid value for FifoTopic"
            )
        return "true" if flag else "false"
    if name == "ContentBasedDeduplication":
        flag = _bool(value)
        if flag is None:
            raise InvalidParameterException(
                "Invalid parameter: ContentBasedDeduplication Reason: Invalid value for ContentBasedDeduplication"
            )
        if not fifo and flag:
            raise InvalidParameterException(
                "Invalid parameter: ContentBasedDeduplication Reason: Content based deduplication can "
                "only be set for FIFO topics"
            )
        return "true" if flag else "false"
    if name == "SignatureVersion" and value not in ("1", "2"):
        raise InvalidParameterException("Invalid parameter: SignatureVersion")
    if name == "TracingConfig" and value not in ("PassThrough", "Active"):
        raise InvalidParameterException("Invalid parameter: TracingConfig")
    if name == "FifoThroughputScope":
        if not fifo:
            raise InvalidParameterException(
                "Invalid parameter: FifoThroughputScope Reason: FifoThroughputScope can only be set for FIFO topics"
            )
        if value not in ("Topic", "MessageGroup"):
            raise InvalidParameterException("Invalid parameter: FifoThroughputScope")
    if name == "DisplayName" and len(value) > 100:
        raise InvalidParameterException("Invalid parameter: DisplayName")
    if name in ("Policy", "DeliveryPolicy", "ArchivePolicy") and value:
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            raise InvalidParameterException(f"Invalid parameter: {name}")
        if name == "DeliveryPolicy":
            check_delivery_policy(parsed, topic=True)
    return value


def check_delivery_policy(policy: dict[str, Any], *, topic: bool) -> None:
    """The parts Overcast acts on: retry counts and delays (AWS's limits)."""
    retry = (
        policy.get("http", {}).get("defaultHealthyRetryPolicy") if topic else policy.get("healthyRetryPolicy")
    )
    if retry is None:
        return
    if not isinstance(retry, dict):
        raise InvalidParameterException(
            "Invalid parameter: DeliveryPolicy: healthyRetryPolicy must be an object"
        )
    low, high = retry.get("minDelayTarget", 20), retry.get("maxDelayTarget", 20)
    if not isinstance(low, int) or not isinstance(high, int) or low < 1 or high > 3600 or low > high:
        raise InvalidParameterException(
            "Invalid parameter: DeliveryPolicy: minDelayTarget must be between 1 and maxDelayTarget"
        )
    retries = retry.get("numRetries", 3)
    if not isinstance(retries, int) or not 0 <= retries <= 100:
        raise InvalidParameterException(
            "Invalid parameter: DeliveryPolicy: numRetries must be between 0 and 100"
        )
    backoff = retry.get("backoffFunction", "linear")
    if backoff not in ("linear", "arithmetic", "geometric", "exponential"):
        raise InvalidParameterException(f"Invalid parameter: DeliveryPolicy: backoffFunction {backoff}")


def is_fifo(doc: dict[str, Any]) -> bool:
    return bool(doc["attributes"].get("FifoTopic") == "true")
