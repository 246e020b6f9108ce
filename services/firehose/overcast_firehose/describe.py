"""``DeliveryStreamDescription`` from what a stream remembers: the destination's configuration
(request form) becomes its description (response form) member by member, following botocore's shapes,
with the defaults AWS reports for members the caller left out."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from botocore.model import Shape, StructureShape
from overcast_common.protocol.models import service_model

from overcast_firehose.store import DeliveryStream

# description member -> configuration member, where the names differ by more than the suffix
_RENAMED = {"S3DestinationDescription": "S3Configuration", "S3BackupDescription": "S3BackupConfiguration"}

DEFAULT_BUFFERING = {"SizeInMBs": 5, "IntervalInSeconds": 300}
NO_ENCRYPTION = {"NoEncryptionConfig": "NoEncryption"}
NO_LOGGING = {"Enabled": False}

_DEFAULTS: dict[str, dict[str, Any]] = {
    "S3DestinationDescription": {
        "BufferingHints": DEFAULT_BUFFERING,
        "CompressionFormat": "UNCOMPRESSED",
        "EncryptionConfiguration": NO_ENCRYPTION,
        "CloudWatchLoggingOptions": NO_LOGGING,
    },
    "ExtendedS3DestinationDescription": {
        "BufferingHints": DEFAULT_BUFFERING,
        "CompressionFormat": "UNCOMPRESSED",
        "EncryptionConfiguration": NO_ENCRYPTION,
        "CloudWatchLoggingOptions": NO_LOGGING,
        "S3BackupMode": "Disabled",
    },
    "HttpEndpointDestinationDescription": {
        "BufferingHints": DEFAULT_BUFFERING,
        "CloudWatchLoggingOptions": NO_LOGGING,
        "RequestConfiguration": {"ContentEncoding": "NONE"},
        "RetryOptions": {"DurationInSeconds": 300},
        "S3BackupMode": "FailedDataOnly",
    },
}


def _shape(name: str) -> Shape:
    return service_model("firehose").shape_for(name)


def convert(config: Any, description: Shape) -> Any:
    """``config`` (a configuration value) as the value of the ``description`` shape."""
    if isinstance(description, StructureShape) and isinstance(config, dict):
        out: dict[str, Any] = {}
        for name, member in description.members.items():
            source = _source_key(name, config)
            if source is not None:
                out[name] = convert(config[source], member)
        for name, value in _DEFAULTS.get(description.name, {}).items():
            if name not in out:
                out[name] = copy.deepcopy(value)
            elif isinstance(value, dict) and isinstance(out[name], dict):
                out[name] = {**value, **out[name]}
        return out
    if isinstance(config, list):
        member = getattr(description, "member", description)
        return [convert(item, member) for item in config]
    return copy.deepcopy(config)


def _source_key(name: str, config: dict[str, Any]) -> str | None:
    for candidate in (name, _RENAMED.get(name), name.replace("Description", "Configuration")):
        if candidate is not None and candidate in config:
            return candidate
    return None


def destination_description(stream: DeliveryStream) -> dict[str, Any]:
    kind = stream.destination_kind
    described: dict[str, Any] = {"DestinationId": stream.destination_id}
    described[f"{kind}Description"] = convert(stream.destination, _shape(f"{kind}Description"))
    if kind == "ExtendedS3Destination":
        # S3 destinations are described in both forms, as AWS does
        described["S3DestinationDescription"] = convert(
            stream.destination, _shape("S3DestinationDescription")
        )
    return described


def source_description(stream: DeliveryStream) -> dict[str, Any] | None:
    if stream.stream_type == "KinesisStreamAsSource" and stream.source:
        source = {k: v for k, v in stream.source.items() if k != "DeliveryStartTimestamp"}
        source["DeliveryStartTimestamp"] = datetime.fromtimestamp(
            stream.source["DeliveryStartTimestamp"], UTC
        )
        return {"KinesisStreamSourceDescription": source}
    if stream.source.get("DirectPutSourceConfiguration"):
        return {"DirectPutSourceDescription": dict(stream.source["DirectPutSourceConfiguration"])}
    return None


def describe(stream: DeliveryStream, status: str) -> dict[str, Any]:
    description: dict[str, Any] = {
        "DeliveryStreamName": stream.name,
        "DeliveryStreamARN": stream.arn,
        "DeliveryStreamStatus": status,
        "DeliveryStreamEncryptionConfiguration": dict(stream.encryption or {"Status": "DISABLED"}),
        "DeliveryStreamType": stream.stream_type,
        "VersionId": str(stream.version_id),
        "CreateTimestamp": stream.created,
        "Destinations": [destination_description(stream)],
        "HasMoreDestinations": False,
    }
    if stream.version_id > 1:
        description["LastUpdateTimestamp"] = stream.updated
    source = source_description(stream)
    if source is not None:
        description["Source"] = source
    return description
