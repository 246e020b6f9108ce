"""From a CloudTrail record (the JSON the gateway's audit step wrote) to the row LookupEvents' index holds.

The record is stored exactly as received (``LookupEvents`` returns it as ``CloudTrailEvent``); the
columns beside it are what lookups filter on: event id, name, source, time, user name, read-only,
access key, category, and the resources the event names (``ResourceType`` / ``ResourceName``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from overcast_cloudtrail.store import NewEvent

AUDIT_OPERATION = "overcast:PutAuditEvents"
"""The internal operation the gateway ships batches with (``overcast_gateway.audit``): ``{"Events":
[json], "Records": [dict]}`` (``Records`` only in-process: each record's indexed fields), appended to the
event log and answered like ``SELECTION_OPERATION`` plus ``"Stored": n``; not in the model, so no client
can call it."""
SELECTION_OPERATION = "overcast:GetAuditSelection"
"""The internal operation the gateway asks which data events trails want with: ``{"Selection": [rule]}``
(``selectors.data_selection``), and ``"EventLog": {"Kafka", "Prefix", "Topic"}`` when the event log is
Kafka (the gateway then appends there itself)."""

RESOURCE_MEMBERS: Mapping[str, Mapping[str, str]] = {
    "sqs.amazonaws.com": {"queueUrl": "AWS::SQS::Queue", "queueName": "AWS::SQS::Queue"},
    "s3.amazonaws.com": {"bucket": "AWS::S3::Bucket"},
    "sts.amazonaws.com": {"roleArn": "AWS::IAM::Role"},
    "iam.amazonaws.com": {
        "userName": "AWS::IAM::User",
        "roleName": "AWS::IAM::Role",
        "groupName": "AWS::IAM::Group",
        "policyArn": "AWS::IAM::Policy",
        "accessKeyId": "AWS::IAM::AccessKey",
    },
    "lambda.amazonaws.com": {"functionName": "AWS::Lambda::Function"},
    "dynamodb.amazonaws.com": {"tableName": "AWS::DynamoDB::Table"},
    "sns.amazonaws.com": {"topicArn": "AWS::SNS::Topic"},
    "kinesis.amazonaws.com": {"streamName": "AWS::Kinesis::Stream", "streamARN": "AWS::Kinesis::Stream"},
    "firehose.amazonaws.com": {"deliveryStreamName": "AWS::KinesisFirehose::DeliveryStream"},
    "logs.amazonaws.com": {"logGroupName": "AWS::Logs::LogGroup"},
    "kms.amazonaws.com": {"keyId": "AWS::KMS::Key"},
    "secretsmanager.amazonaws.com": {"secretId": "AWS::SecretsManager::Secret"},
    "ssm.amazonaws.com": {"name": "AWS::SSM::Parameter"},
    "cloudtrail.amazonaws.com": {"name": "AWS::CloudTrail::Trail", "trailName": "AWS::CloudTrail::Trail"},
    "events.amazonaws.com": {"eventBusName": "AWS::Events::EventBus"},
    "monitoring.amazonaws.com": {"alarmName": "AWS::CloudWatch::Alarm"},
    "cloudformation.amazonaws.com": {"stackName": "AWS::CloudFormation::Stack"},
    "xray.amazonaws.com": {"groupName": "AWS::XRay::Group", "ruleName": "AWS::XRay::SamplingRule"},
}
"""Per event source: the top-level request/response members that name a resource, and its type."""


class BadEvent(ValueError):
    """A record that is not a CloudTrail event (missing or malformed required fields)."""


def parse_event(document: str, fields: Mapping[str, Any] | None = None) -> NewEvent:
    """The indexed row of one record; raises ``BadEvent`` for anything that is not one. ``fields`` are
    the record's own indexed members when the gateway handed them over (embedded), so ``document`` is
    not parsed again; they must come from the same record."""
    try:
        event = json.loads(document) if fields is None else fields
        event_time = _event_time(event["eventTime"])
        identity = event.get("userIdentity") or {}
        return NewEvent(
            event_id=str(event["eventID"]),
            account_id=str(event.get("recipientAccountId") or identity.get("accountId") or ""),
            region=str(event["awsRegion"]),
            event_time=event_time,
            event_name=str(event["eventName"]),
            event_source=str(event["eventSource"]),
            username=username(identity),
            read_only=bool(event.get("readOnly", False)),
            access_key_id=str(identity.get("accessKeyId") or ""),
            category=str(event.get("eventCategory") or "Management"),
            document=document,
            resources=tuple(resources(event)),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadEvent(f"not a CloudTrail event: {exc}") from exc


def _event_time(text: str) -> datetime:
    """``eventTime`` (``2030-03-17T17:46:40Z``, whole seconds, UTC); ``fromisoformat`` is 30x cheaper than
    ``strptime`` but lenient, hence the shape check."""
    if not isinstance(text, str) or len(text) != 20 or text[10] != "T" or text[19] != "Z":
        raise ValueError(f"eventTime {text!r} is not yyyy-mm-ddThh:mm:ssZ")
    return datetime.fromisoformat(text[:19]).replace(tzinfo=UTC)


def username(identity: Mapping[str, Any]) -> str:
    """What Event history shows as "User name": ``root``, the IAM user, or the role session name."""
    kind = identity.get("type")
    if kind == "Root":
        return "root"
    if kind == "IAMUser":
        return str(identity.get("userName") or "")
    arn = str(identity.get("arn") or "")
    return arn.rsplit("/", 1)[-1] if "/" in arn else ""


def resources(event: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """``(ResourceType, ResourceName)`` pairs, without duplicates, response first (it has the full name:
    CreateQueue's ``queueUrl``)."""
    seen: dict[tuple[str, str], None] = {}
    members = RESOURCE_MEMBERS.get(str(event.get("eventSource")), {})
    for section in ("responseElements", "requestParameters"):
        values = event.get(section)
        if not isinstance(values, Mapping):
            continue
        for member, kind in members.items():
            value = values.get(member)
            if isinstance(value, str) and value:
                seen.setdefault((kind, value), None)
    for resource in event.get("resources") or ():
        if isinstance(resource, Mapping) and resource.get("type") and resource.get("ARN"):
            seen.setdefault((str(resource["type"]), str(resource["ARN"])), None)
    # a queue named by both its name and its URL is one resource: keep the URL
    kinds: dict[str, list[str]] = {}
    for kind, name in seen:
        kinds.setdefault(kind, []).append(name)
    out = []
    for kind, name in seen:
        if kind == "AWS::SQS::Queue" and any(n != name and n.endswith("/" + name) for n in kinds[kind]):
            continue
        out.append((kind, name))
    return out
