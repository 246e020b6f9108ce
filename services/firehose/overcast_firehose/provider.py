"""``FirehoseProvider``: every operation of botocore's firehose model.

Validation happens in this order, as AWS's does: the model's constraints (``validation``: AWS's
``ValidationException`` wording), then the stream's existence and state, then the semantic rules of
the configuration (``InvalidArgumentException``). Records go to the durable log; the delivery engine
(``engine``) takes them from there. Each operation declares its delivery stream ARN (``@resources``).
"""

from __future__ import annotations

import contextlib
import copy
import secrets
import time
from datetime import UTC, datetime
from typing import Any

from overcast_common.api.firehose import FirehoseApi
from overcast_common.authz import partition, resources
from overcast_common.context import RequestContext
from overcast_common.dispatch.partitioned import Partition
from overcast_common.errors import ServiceError
from overcast_common.log import Log, Message
from overcast_common.peers import peer_caller, peers

from overcast_firehose import partitioning, prefixes, processing
from overcast_firehose.describe import describe
from overcast_firehose.engine import DeliveryEngine
from overcast_firehose.errors import (
    ConcurrentModificationException,
    InvalidArgumentException,
    InvalidSourceException,
    LimitExceededException,
    ResourceInUseException,
    ResourceNotFoundException,
    not_found,
)
from overcast_firehose.kinesis_source import KinesisSource
from overcast_firehose.settings import FirehoseSettings
from overcast_firehose.store import DeliveryStream, FirehoseStore
from overcast_firehose.validation import validate

STREAM_ARN = "arn:{partition}:firehose:{region}:{account}:deliverystream/{DeliveryStreamName}"
ALL_STREAMS = "arn:{partition}:firehose:{region}:{account}:deliverystream/*"
MAX_TAGS = 50
RETENTION_MS = 24 * 3600 * 1000
"""Records wait at most 24 hours for delivery, as AWS keeps them; delivered ones age out the same way."""
CACHE_TTL_S = 1.0
"""How long a stream read from the store serves later calls. This process's own changes drop it at
once; the TTL bounds what another process's changes could leave stale (one replica is the design)."""
MAX_BATCH_BYTES = 4 * 1024 * 1024
DESTINATIONS = (
    "S3Destination",
    "ExtendedS3Destination",
    "RedshiftDestination",
    "ElasticsearchDestination",
    "AmazonopensearchserviceDestination",
    "SplunkDestination",
    "HttpEndpointDestination",
    "AmazonOpenSearchServerlessDestination",
    "SnowflakeDestination",
    "IcebergDestination",
)
# update members renamed on their way into the configuration
_UPDATE_RENAMES = {"S3Update": "S3Configuration", "S3BackupUpdate": "S3BackupConfiguration"}


def stream_arn(context: RequestContext, name: str) -> str:
    return f"arn:{partition(context.region)}:firehose:{context.region}:{context.account_id}:deliverystream/{name}"


def _now() -> datetime:
    return datetime.now(UTC)


class FirehoseProvider(FirehoseApi):
    def __init__(
        self, store: FirehoseStore, log: Log, engine: DeliveryEngine, settings: FirehoseSettings
    ) -> None:
        self.store = store
        self.log = log
        self.engine = engine
        self.settings = settings
        self._cache: dict[tuple[str, str, str], tuple[float, DeliveryStream]] = {}
        self.ownership = Partition()
        """The delivery streams this replica owns, by name (several Firehose replicas: ``embedded.start``
        sets it): only the owner runs a stream's worker and Kinesis reader, and gets its calls."""

    # --- plumbing ----------------------------------------------------------------------------------

    def _params(self, operation: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The call's params under the model's member names (for validation and generic handling)."""
        names = {arg: member for member, arg in self.operations[operation].params.items()}
        return {names[k]: v for k, v in kwargs.items() if v is not None and k in names}

    def _validate(self, operation: str, params: dict[str, Any]) -> None:
        checked = params
        if self.settings.allow_http:
            checked = copy.deepcopy(params)
            for member, value in checked.items():
                if member.startswith("HttpEndpointDestination") and isinstance(value, dict):
                    endpoint = value.get("EndpointConfiguration") or {}
                    url = endpoint.get("Url")
                    if isinstance(url, str) and url.startswith("http://"):
                        endpoint["Url"] = "https://" + url.removeprefix("http://")
        validate(operation, checked)

    async def _stream(self, context: RequestContext, name: str, *, fresh: bool = False) -> DeliveryStream:
        """The stream, from the read cache unless ``fresh`` (operations that change it read the store).
        A cached stream is shared: callers that do not pass ``fresh`` must not modify it."""
        key = (context.account_id, context.region, name)
        cached = self._cache.get(key)
        now = time.monotonic()
        if not fresh and cached is not None and now - cached[0] < CACHE_TTL_S:
            return cached[1]
        stream = await self.store.get(*key)
        if stream is None:
            self._cache.pop(key, None)
            raise not_found(name, context.account_id)
        if not fresh:
            self._cache[key] = (now, stream)
        return stream

    async def _save(self, stream: DeliveryStream) -> None:
        self.forget(stream)
        await self.store.save(stream)
        self.forget(stream)  # a read that raced the save may have cached the old version

    def forget(self, stream: DeliveryStream | None = None) -> None:
        """Drop a stream (every stream) from the read cache; after every change and at reset."""
        if stream is None:
            self._cache.clear()
        else:
            self._cache.pop((stream.account_id, stream.region, stream.name), None)

    def status(self, stream: DeliveryStream) -> str:
        age = (_now() - stream.created).total_seconds()
        return "CREATING" if age < self.settings.creating_s else "ACTIVE"

    def _not_creating(self, stream: DeliveryStream) -> None:
        if self.status(stream) == "CREATING":
            raise ResourceInUseException(
                f"Firehose {stream.name} under account {stream.account_id} is in CREATING state."
            )

    def source_reader(self, stream: DeliveryStream) -> KinesisSource | None:
        if stream.stream_type != "KinesisStreamAsSource":
            return None
        return KinesisSource(stream, self.log, self.store, self.settings)

    async def owned_streams(self) -> list[DeliveryStream]:
        return [s for s in await self.store.all() if self.ownership.owns(s.name)]

    async def resume(self) -> int:
        """Start the workers of every stream the store knows that this replica owns (at service start)."""
        streams = await self.owned_streams()
        for stream in streams:
            await self.log.create_topic(stream.topic, partitions=1, retention_ms=RETENTION_MS)
            reader = self.source_reader(stream)
            self.engine.launch(stream, reader.run if reader else None)
        return len(streams)

    # --- streams -----------------------------------------------------------------------------------

    @resources(STREAM_ARN)
    async def create_delivery_stream(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("CreateDeliveryStream", kwargs)
        self._validate("CreateDeliveryStream", params)
        name: str = params["DeliveryStreamName"]
        stream_type = params.get("DeliveryStreamType", "DirectPut")
        if stream_type == "MSKAsSource" or "MSKSourceConfiguration" in params:
            raise InvalidArgumentException("MSKAsSource delivery streams are not supported by Overcast.")
        if stream_type == "DatabaseAsSource" or "DatabaseSourceConfiguration" in params:
            raise InvalidArgumentException("DatabaseAsSource delivery streams are not supported by Overcast.")
        given = [kind for kind in DESTINATIONS if f"{kind}Configuration" in params]
        if len(given) != 1:
            raise InvalidArgumentException(
                "Exactly one destination configuration is supported for a Firehose"
            )
        kind = given[0]
        destination = copy.deepcopy(params[f"{kind}Configuration"])
        if kind == "S3Destination":
            kind = "ExtendedS3Destination"  # one form to deliver from; described in both
        self._check_destination(kind, destination)
        now = _now()
        source: dict[str, Any] = {}
        if stream_type == "KinesisStreamAsSource":
            config = params.get("KinesisStreamSourceConfiguration")
            if not config:
                raise InvalidArgumentException(
                    "KinesisSourceStreamConfig is required for KinesisStreamAsSource DeliveryStreamType."
                )
            await self._check_source_stream(config["KinesisStreamARN"])
            source = {**config, "DeliveryStartTimestamp": now.timestamp()}
        elif "KinesisStreamSourceConfiguration" in params:
            raise InvalidArgumentException(
                "KinesisSourceStreamConfig is only allowed for KinesisStreamAsSource DeliveryStreamType."
            )
        elif "DirectPutSourceConfiguration" in params:
            source = {"DirectPutSourceConfiguration": params["DirectPutSourceConfiguration"]}
        encryption: dict[str, Any] = {"Status": "DISABLED"}
        if "DeliveryStreamEncryptionConfigurationInput" in params:
            if stream_type == "KinesisStreamAsSource":
                raise InvalidArgumentException(
                    "Server-side encryption is not supported for delivery streams with KinesisStreamAsSource."
                )
            encryption = self._encryption(params["DeliveryStreamEncryptionConfigurationInput"])
        tags = {t["Key"]: t.get("Value", "") for t in params.get("Tags", [])}
        stream = DeliveryStream(
            account_id=context.account_id,
            region=context.region,
            name=name,
            arn=stream_arn(context, name),
            stream_type=stream_type,
            incarnation=secrets.token_hex(8),
            created=now,
            updated=now,
            version_id=1,
            destination_kind=kind,
            destination=destination,
            source=source,
            encryption=encryption,
            tags=tags,
        )
        await self.log.create_topic(stream.topic, partitions=1, retention_ms=RETENTION_MS)
        if not await self.store.create(stream):
            await self.log.delete_topic(stream.topic)
            raise ResourceInUseException(
                f"Firehose {name} under accountId {context.account_id} already exists"
            )
        reader = self.source_reader(stream)
        self.engine.launch(stream, reader.run if reader else None)
        return {"DeliveryStreamARN": stream.arn}

    async def _check_source_stream(self, arn: str) -> None:
        if not peers.available("kinesis"):
            return  # Kinesis runs nowhere this process knows of: the reader waits for it
        account, region = arn.split(":")[4], arn.split(":")[3]
        try:
            await peers.call(
                "kinesis",
                "DescribeStreamSummary",
                {"StreamARN": arn},
                account_id=account,
                region=region,
                caller="firehose",
            )
        except ServiceError as exc:
            if exc.code == "ResourceNotFoundException":
                raise InvalidArgumentException(f"Kinesis stream {arn} does not exist.") from exc
            if exc.status_code == 501:
                return
            raise

    def _check_destination(self, kind: str, config: dict[str, Any]) -> None:
        if kind == "ExtendedS3Destination":
            dynamic = partitioning.enabled(config)
            prefixes.check(
                config.get("Prefix"), config.get("ErrorOutputPrefix"), dynamic_partitioning=dynamic
            )
            partitioning.query_of(config)  # an unsupported query is refused now, not at delivery
            if dynamic and not config.get("ErrorOutputPrefix"):
                raise InvalidArgumentException(
                    "ErrorOutputPrefix must be specified when dynamic partitioning is enabled."
                )
            if dynamic and int((config.get("BufferingHints") or {}).get("SizeInMBs", 64)) < 64:
                raise InvalidArgumentException(
                    "BufferingHints.SizeInMBs must be at least 64 when Dynamic Partitioning is enabled."
                )
            backup = config.get("S3BackupConfiguration")
            if config.get("S3BackupMode") == "Enabled" and not backup:
                raise InvalidArgumentException(
                    "S3BackupConfiguration is required when S3BackupMode is Enabled."
                )
            if backup:
                prefixes.check(backup.get("Prefix"), backup.get("ErrorOutputPrefix"))
        for nested in ("S3Configuration",):
            if nested in config:
                prefixes.check(config[nested].get("Prefix"), config[nested].get("ErrorOutputPrefix"))
        processing = config.get("ProcessingConfiguration") or {}
        steps = processing.get("Processors", [])
        if processing.get("Enabled") and not steps:
            raise InvalidArgumentException("Processors must be specified when processing is enabled.")
        if sum(1 for p in steps if p.get("Type") == "Lambda") > 1:
            raise InvalidArgumentException("Only one Lambda processor is supported.")
        for processor in steps:
            names = {p["ParameterName"] for p in processor.get("Parameters", [])}
            if processor.get("Type") == "Lambda" and "LambdaArn" not in names:
                raise InvalidArgumentException("LambdaArn must be specified for a Lambda processor.")

    def _encryption(self, given: dict[str, Any]) -> dict[str, Any]:
        key_type = given.get("KeyType", "AWS_OWNED_CMK")
        if key_type == "CUSTOMER_MANAGED_CMK" and not given.get("KeyARN"):
            raise InvalidArgumentException("KeyARN must be provided when KeyType is CUSTOMER_MANAGED_CMK.")
        if key_type == "AWS_OWNED_CMK" and given.get("KeyARN"):
            raise InvalidArgumentException("KeyARN must not be provided when KeyType is AWS_OWNED_CMK.")
        encryption = {"KeyType": key_type, "Status": "ENABLED"}
        if given.get("KeyARN"):
            encryption["KeyARN"] = given["KeyARN"]
        return encryption

    @resources(STREAM_ARN)
    async def delete_delivery_stream(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("DeleteDeliveryStream", kwargs)
        self._validate("DeleteDeliveryStream", params)
        stream = await self._stream(context, params["DeliveryStreamName"], fresh=True)
        self._not_creating(stream)
        await self.engine.stop(stream)
        self.forget(stream)
        await self.store.delete(stream.account_id, stream.region, stream.name)
        with contextlib.suppress(KeyError):
            await self.log.delete_topic(stream.topic)
        return {}

    @resources(STREAM_ARN)
    async def describe_delivery_stream(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("DescribeDeliveryStream", kwargs)
        self._validate("DescribeDeliveryStream", params)
        stream = await self._stream(context, params["DeliveryStreamName"])
        description = describe(stream, self.status(stream))
        start = params.get("ExclusiveStartDestinationId")
        if start is not None and start >= stream.destination_id:
            description["Destinations"] = []
        return {"DeliveryStreamDescription": description}

    @resources(ALL_STREAMS)
    async def list_delivery_streams(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("ListDeliveryStreams", kwargs)
        self._validate("ListDeliveryStreams", params)
        names = await self.store.list_names(
            context.account_id, context.region, params.get("DeliveryStreamType")
        )
        start = params.get("ExclusiveStartDeliveryStreamName")
        if start is not None:
            names = [n for n in names if n > start]
        limit = params.get("Limit", 10)
        return {"DeliveryStreamNames": names[:limit], "HasMoreDeliveryStreams": len(names) > limit}

    @resources(STREAM_ARN)
    async def update_destination(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("UpdateDestination", kwargs)
        self._validate("UpdateDestination", params)
        stream = await self._stream(context, params["DeliveryStreamName"], fresh=True)
        self._not_creating(stream)
        if params["CurrentDeliveryStreamVersionId"] != str(stream.version_id):
            raise ConcurrentModificationException(
                f"Cannot update firehose: {stream.name} since the current version id: {stream.version_id} "
                f"and specified version id: {params['CurrentDeliveryStreamVersionId']} do not match"
            )
        if params["DestinationId"] != stream.destination_id:
            raise InvalidArgumentException(f"Destination Id {params['DestinationId']} not found.")
        given = [kind for kind in DESTINATIONS if f"{kind}Update" in params]
        if len(given) != 1:
            raise InvalidArgumentException("Exactly one destination update is supported for a Firehose")
        kind = given[0]
        update = _configuration_form(params[f"{kind}Update"])
        if kind == "S3Destination":
            kind = "ExtendedS3Destination"
        if kind == stream.destination_kind:
            destination = copy.deepcopy(stream.destination)
            for member, value in update.items():
                current = destination.get(member)
                if isinstance(value, dict) and isinstance(current, dict):
                    destination[member] = {**current, **value}
                else:
                    destination[member] = value
        else:
            destination = update
            required = _required_members(f"{kind}Configuration")
            missing = [m for m in required if m not in destination]
            if missing:
                raise InvalidArgumentException(
                    f"Changing the destination type requires {', '.join(missing)} in {kind}Update."
                )
        self._check_destination(kind, destination)
        if kind == stream.destination_kind and destination == stream.destination:
            return {}  # nothing changed: AWS keeps the version
        stream.destination_kind = kind
        stream.destination = destination
        stream.version_id += 1
        stream.updated = _now()
        await self._save(stream)
        self.engine.update(stream)
        return {}

    # --- records -----------------------------------------------------------------------------------

    async def _writable(self, context: RequestContext, name: str) -> DeliveryStream:
        stream = await self._stream(context, name)
        if stream.stream_type == "KinesisStreamAsSource":
            raise InvalidArgumentException(
                "This operation is not permitted on KinesisStreamAsSource delivery stream type."
            )
        if processing.decompresses(stream.destination) and peer_caller(context) != "logs":
            raise InvalidSourceException(
                f"Put to Firehose failed for AccountId: {stream.account_id}, FirehoseName: {stream.name} "
                "because the request is not originating from CloudWatch."
            )
        if self.status(stream) != "ACTIVE":
            raise ResourceNotFoundException(
                f"Firehose {name} under account {context.account_id} is not in ACTIVE state."
            )
        return stream

    @resources(STREAM_ARN)
    async def put_record(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("PutRecord", kwargs)
        self._validate("PutRecord", params)
        stream = await self._writable(context, params["DeliveryStreamName"])
        appended = await self.log.append(stream.topic, 0, Message(bytes(params["Record"]["Data"])))
        return {"RecordId": _record_id(stream, appended.offset), "Encrypted": _encrypted(stream)}

    @resources(STREAM_ARN)
    async def put_record_batch(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("PutRecordBatch", kwargs)
        self._validate("PutRecordBatch", params)
        stream = await self._writable(context, params["DeliveryStreamName"])
        records = params["Records"]
        total = sum(len(r["Data"]) for r in records)
        if total > MAX_BATCH_BYTES:
            raise InvalidArgumentException(
                f"Records size exceeds 4 MiB limit: the batch carries {total} bytes of data."
            )
        try:
            appended = await self.log.append_batch(
                stream.topic, 0, [Message(bytes(r["Data"])) for r in records]
            )
        except Exception:
            # nothing acknowledged: every entry reports the failure, as AWS's per-record errors do
            failure = {"ErrorCode": "ServiceUnavailableException", "ErrorMessage": "Slow down."}
            return {
                "FailedPutCount": len(records),
                "Encrypted": _encrypted(stream),
                "RequestResponses": [dict(failure) for _ in records],
            }
        return {
            "FailedPutCount": 0,
            "Encrypted": _encrypted(stream),
            "RequestResponses": [{"RecordId": _record_id(stream, a.offset)} for a in appended],
        }

    # --- encryption --------------------------------------------------------------------------------

    @resources(STREAM_ARN)
    async def start_delivery_stream_encryption(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("StartDeliveryStreamEncryption", kwargs)
        self._validate("StartDeliveryStreamEncryption", params)
        stream = await self._stream(context, params["DeliveryStreamName"], fresh=True)
        if stream.stream_type == "KinesisStreamAsSource":
            raise InvalidArgumentException(
                "Server-side encryption is not supported for delivery streams with KinesisStreamAsSource."
            )
        stream.encryption = self._encryption(params.get("DeliveryStreamEncryptionConfigurationInput") or {})
        stream.updated = _now()
        await self._save(stream)
        self.engine.update(stream)
        return {}

    @resources(STREAM_ARN)
    async def stop_delivery_stream_encryption(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("StopDeliveryStreamEncryption", kwargs)
        self._validate("StopDeliveryStreamEncryption", params)
        stream = await self._stream(context, params["DeliveryStreamName"], fresh=True)
        if stream.stream_type == "KinesisStreamAsSource":
            raise InvalidArgumentException(
                "Server-side encryption is not supported for delivery streams with KinesisStreamAsSource."
            )
        stream.encryption = {"Status": "DISABLED"}
        stream.updated = _now()
        await self._save(stream)
        self.engine.update(stream)
        return {}

    # --- tags --------------------------------------------------------------------------------------

    @resources(STREAM_ARN)
    async def tag_delivery_stream(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("TagDeliveryStream", kwargs)
        self._validate("TagDeliveryStream", params)
        stream = await self._stream(context, params["DeliveryStreamName"], fresh=True)
        tags = dict(stream.tags)
        for tag in params["Tags"]:
            tags[tag["Key"]] = tag.get("Value", "")
        if len(tags) > MAX_TAGS:
            raise LimitExceededException(
                f"The number of tags on delivery stream {stream.name} would exceed the limit of {MAX_TAGS}."
            )
        stream.tags = tags
        await self._save(stream)
        return {}

    @resources(STREAM_ARN)
    async def untag_delivery_stream(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("UntagDeliveryStream", kwargs)
        self._validate("UntagDeliveryStream", params)
        stream = await self._stream(context, params["DeliveryStreamName"], fresh=True)
        stream.tags = {k: v for k, v in stream.tags.items() if k not in set(params["TagKeys"])}
        await self._save(stream)
        return {}

    @resources(STREAM_ARN)
    async def list_tags_for_delivery_stream(self, context: RequestContext, **kwargs: Any) -> Any:
        params = self._params("ListTagsForDeliveryStream", kwargs)
        self._validate("ListTagsForDeliveryStream", params)
        stream = await self._stream(context, params["DeliveryStreamName"])
        keys = sorted(stream.tags)  # listed by key, the cursor compared lexically
        start = params.get("ExclusiveStartTagKey")
        if start is not None:
            keys = [k for k in keys if k > start]
        limit = params.get("Limit", MAX_TAGS)
        return {
            "Tags": [{"Key": k, "Value": stream.tags[k]} for k in keys[:limit]],
            "HasMoreTags": len(keys) > limit,
        }


def _record_id(stream: DeliveryStream, offset: int) -> str:
    # opaque to callers; unique per stream incarnation and ordered by arrival
    return f"{int(stream.incarnation, 16):020d}{offset:036d}"


def _encrypted(stream: DeliveryStream) -> bool:
    return stream.encryption.get("Status") == "ENABLED"


def _configuration_form(update: dict[str, Any]) -> dict[str, Any]:
    return {_UPDATE_RENAMES.get(k, k): copy.deepcopy(v) for k, v in update.items()}


def _required_members(shape_name: str) -> list[str]:
    from overcast_common.protocol.models import service_model

    shape = service_model("firehose").shape_for(shape_name)
    return list(getattr(shape, "required_members", []))
