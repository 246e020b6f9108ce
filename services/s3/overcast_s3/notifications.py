"""Bucket event notifications: the configuration's validation, the filters, and the event documents.

What AWS checks on ``PutBucketNotificationConfiguration`` is checked here: event names (with ``*``
wildcards), filter rules (``prefix``/``suffix``, one of each), overlapping configurations (a shared
event type with overlapping prefix and suffix filters), and that every destination exists (the caller
passes ``exists``, which asks the peer service). The documents are AWS's: the ``s3:TestEvent`` sent to
each destination on configuration and the ``Records`` event (``eventVersion`` 2.1).

Destinations and the peer operation that delivers to each (``delivery`` names them for the outbox):
SQS ``SendMessage`` (as the queue's owner), SNS ``Publish`` (as the topic's owner), Lambda ``Invoke``
(``InvocationType=Event``) and EventBridge ``PutEvents`` — the last two are hooks for when those
services exist: until then their destinations fail validation (Lambda) or are skipped (EventBridge).
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote_plus

from overcast_s3.errors import InvalidArgument
from overcast_s3.store import NULL_VERSION, ObjectVersion

EVENTS = (
    "s3:ReducedRedundancyLostObject",
    "s3:ObjectCreated:*",
    "s3:ObjectCreated:Put",
    "s3:ObjectCreated:Post",
    "s3:ObjectCreated:Copy",
    "s3:ObjectCreated:CompleteMultipartUpload",
    "s3:ObjectRemoved:*",
    "s3:ObjectRemoved:Delete",
    "s3:ObjectRemoved:DeleteMarkerCreated",
    "s3:ObjectRestore:*",
    "s3:ObjectRestore:Post",
    "s3:ObjectRestore:Completed",
    "s3:ObjectRestore:Delete",
    "s3:Replication:*",
    "s3:Replication:OperationFailedReplication",
    "s3:Replication:OperationNotTracked",
    "s3:Replication:OperationMissedThreshold",
    "s3:Replication:OperationReplicatedAfterThreshold",
    "s3:LifecycleTransition",
    "s3:IntelligentTiering",
    "s3:ObjectAcl:Put",
    "s3:LifecycleExpiration:*",
    "s3:LifecycleExpiration:Delete",
    "s3:LifecycleExpiration:DeleteMarkerCreated",
    "s3:ObjectTagging:*",
    "s3:ObjectTagging:Put",
    "s3:ObjectTagging:Delete",
)
KINDS = (
    ("QueueConfigurations", "QueueArn", "sqs"),
    ("TopicConfigurations", "TopicArn", "sns"),
    ("LambdaFunctionConfigurations", "LambdaFunctionArn", "lambda"),
)
"""(configuration list member, ARN member, destination service)."""

Exists = Callable[[str, str], Awaitable[str | None]]
"""``exists(service, arn)``: None when the destination can receive, else AWS's reason."""


def _leaves(event: str) -> set[str]:
    """The concrete event types a (maybe wildcard) event name covers."""
    if event.endswith(":*"):
        stem = event[:-1]
        return {e for e in EVENTS if e.startswith(stem) and not e.endswith("*")}
    return {event}


def _filter_rules(config: Mapping[str, Any]) -> tuple[str, str]:
    """(prefix, suffix) of a configuration's key filter, validated as AWS does."""
    prefix = suffix = None
    rules = (config.get("Filter") or {}).get("Key", {}).get("FilterRules") or []
    for rule in rules:
        name = str(rule.get("Name", "")).lower()
        value = str(rule.get("Value", ""))
        if name == "prefix":
            if prefix is not None:
                raise InvalidArgument(
                    "Cannot specify more than one prefix rule in a filter.",
                    ArgumentName="FilterRule.Name",
                    ArgumentValue=str(rule.get("Name", "")),
                )
            prefix = value
        elif name == "suffix":
            if suffix is not None:
                raise InvalidArgument(
                    "Cannot specify more than one suffix rule in a filter.",
                    ArgumentName="FilterRule.Name",
                    ArgumentValue=str(rule.get("Name", "")),
                )
            suffix = value
        else:
            raise InvalidArgument(
                "filter rule name must be either prefix or suffix",
                ArgumentName="FilterRule.Name",
                ArgumentValue=str(rule.get("Name", "")),
            )
    return prefix or "", suffix or ""


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    prefixes = a[0].startswith(b[0]) or b[0].startswith(a[0])
    suffixes = a[1].endswith(b[1]) or b[1].endswith(a[1])
    return prefixes and suffixes


async def validate(
    document: Mapping[str, Any], exists: Exists, *, skip_destinations: bool = False
) -> dict[str, Any]:
    """The configuration as it will be stored and returned (ids filled in, rule names capitalised)."""
    stored: dict[str, Any] = {}
    seen: list[tuple[set[str], tuple[str, str]]] = []
    unreachable: list[tuple[str, str]] = []
    for member, arn_member, service in KINDS:
        configs = document.get(member) or []
        out: list[dict[str, Any]] = []
        for config in configs:
            events = list(config.get("Events") or [])
            if not events:
                raise InvalidArgument(
                    "The event is not supported for notifications", ArgumentName="Event", ArgumentValue=""
                )
            for event in events:
                if event not in EVENTS:
                    raise InvalidArgument(
                        "The event is not supported for notifications",
                        ArgumentName="Event",
                        ArgumentValue=event,
                    )
            arn = str(config.get(arn_member, ""))
            parts = arn.split(":")
            if len(parts) < 6 or parts[0] != "arn" or parts[2] != service:
                raise InvalidArgument(
                    "The ARN is not well formed",
                    ArgumentName=arn_member.replace("Arn", ""),
                    ArgumentValue=arn,
                )
            window = _filter_rules(config)
            covered = set().union(*(_leaves(e) for e in events))
            for other_events, other_window in seen:
                if covered & other_events and _overlap(window, other_window):
                    raise InvalidArgument(
                        "Configurations overlap. Configurations on the same bucket cannot share a common "
                        "event type.",
                        ArgumentName="Event",
                        ArgumentValue=sorted(covered & other_events)[0],
                    )
            seen.append((covered, window))
            if not skip_destinations:
                reason = await exists(service, arn)
                if reason is not None:
                    unreachable.append((arn, reason))
            entry: dict[str, Any] = {
                "Id": config.get("Id") or base64.b64encode(str(uuid.uuid4()).encode()).decode().rstrip("="),
                arn_member: arn,
                "Events": events,
            }
            rules = []
            if "Filter" in config:
                for rule in config["Filter"].get("Key", {}).get("FilterRules") or []:
                    rules.append({"Name": str(rule["Name"]).capitalize(), "Value": rule.get("Value", "")})
                entry["Filter"] = {"Key": {"FilterRules": rules}}
            out.append(entry)
        if out:
            stored[member] = out
    if unreachable:
        fields: dict[str, Any] = {}
        for index, (arn, reason) in enumerate(unreachable, start=1):
            fields[f"ArgumentName{index}"] = arn
            fields[f"ArgumentValue{index}"] = reason
        raise InvalidArgument("Unable to validate the following destination configurations", **fields)
    if "EventBridgeConfiguration" in document:
        stored["EventBridgeConfiguration"] = {}
    return stored


def destinations(stored: Mapping[str, Any] | None, event_name: str, key: str) -> list[dict[str, str]]:
    """The destinations an event (``ObjectCreated:Put``) on ``key`` goes to:
    ``{"service", "arn", "configurationId"}`` each."""
    if not stored:
        return []
    full = f"s3:{event_name}"
    found: list[dict[str, str]] = []
    for member, arn_member, service in KINDS:
        for config in stored.get(member) or []:
            if not any(full in _leaves(e) for e in config["Events"]):
                continue
            prefix, suffix = _filter_rules(config)
            if key.startswith(prefix) and key.endswith(suffix):
                found.append({"service": service, "arn": config[arn_member], "configurationId": config["Id"]})
    if "EventBridgeConfiguration" in stored:
        found.append({"service": "events", "arn": "", "configurationId": ""})
    return found


def event_time(moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def sequencer() -> str:
    """Hex, growing with time: AWS's ``sequencer`` orders events for one key."""
    return f"{time.time_ns():018X}"


def host_id(request_id: str) -> str:
    return base64.b64encode(f"overcast/{request_id}".encode()).decode()


def test_event(bucket: str, request_id: str) -> str:
    return json.dumps(
        {
            "Service": "Amazon S3",
            "Event": "s3:TestEvent",
            "Time": event_time(),
            "Bucket": bucket,
            "RequestId": request_id,
            "HostId": host_id(request_id),
        },
        separators=(",", ":"),
    )


def record(
    *,
    event_name: str,
    region: str,
    principal_id: str,
    source_ip: str,
    request_id: str,
    configuration_id: str,
    bucket: str,
    bucket_owner_id: str,
    version: ObjectVersion | None,
    key: str,
    version_id: str | None,
    versioned: bool,
    restore_expiry: datetime | None = None,
) -> dict[str, Any]:
    """One ``Records`` entry, exactly as S3 writes it (a removal carries no size or eTag)."""
    obj: dict[str, Any] = {"key": quote_plus(key, safe="/")}
    removal = event_name.startswith(("ObjectRemoved", "LifecycleExpiration"))
    if version is not None and not version.delete_marker and not removal:
        obj["size"] = version.size
        obj["eTag"] = version.etag
    if versioned and version_id and version_id != NULL_VERSION:
        obj["versionId"] = version_id
    obj["sequencer"] = sequencer()
    extra: dict[str, Any] = {}
    if restore_expiry is not None and version is not None:
        extra["glacierEventData"] = {
            "restoreEventData": {
                "lifecycleRestorationExpiryTime": event_time(restore_expiry),
                "lifecycleRestoreStorageClass": version.storage_class,
            }
        }
    return {
        "eventVersion": "2.1",
        "eventSource": "aws:s3",
        "awsRegion": region,
        "eventTime": event_time(),
        "eventName": event_name,
        "userIdentity": {"principalId": principal_id},
        "requestParameters": {"sourceIPAddress": source_ip},
        "responseElements": {"x-amz-request-id": request_id, "x-amz-id-2": host_id(request_id)},
        "s3": {
            "s3SchemaVersion": "1.0",
            "configurationId": configuration_id,
            "bucket": {
                "name": bucket,
                "ownerIdentity": {"principalId": bucket_owner_id},
                "arn": f"arn:aws:s3:::{bucket}",
            },
            "object": obj,
        },
        **extra,
    }


def eventbridge_entry(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The ``PutEvents`` entry S3 sends to EventBridge for a record (detail-type "Object Created"...)."""
    name = str(rec["eventName"])
    detail_type = {
        "ObjectCreated": "Object Created",
        "ObjectRemoved": "Object Deleted",
        "ObjectRestore": "Object Restore Initiated",
        "ObjectAcl": "Object ACL Updated",
    }.get(name.split(":")[0], name)
    s3 = rec["s3"]
    detail = {
        "version": "0",
        "bucket": {"name": s3["bucket"]["name"]},
        "object": s3["object"],
        "request-id": rec["responseElements"]["x-amz-request-id"],
        "requester": rec["userIdentity"]["principalId"],
        "source-ip-address": rec["requestParameters"]["sourceIPAddress"],
        "reason": name.split(":")[-1].replace("Put", "PutObject"),
    }
    return {
        "Source": "aws.s3",
        "DetailType": detail_type,
        "Detail": json.dumps(detail),
        "Resources": [s3["bucket"]["arn"]],
    }


def arn_parts(arn: str) -> tuple[str, str, str]:
    """(region, account, resource name) of an SQS/SNS/Lambda ARN."""
    parts = arn.split(":")
    return parts[3], parts[4], parts[-1] if parts[2] != "lambda" else parts[6]
