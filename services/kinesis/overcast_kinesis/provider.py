"""Kinesis Data Streams: every operation of botocore's kinesis model.

Metadata (streams, shards, consumers, policies, account settings) is held in memory and written
through to the store (SQL) on every change; records live in the durable log, one topic per shard
(``<stream uid>.<shard index>``, one partition). Sequence numbers and shard iterators are derived
from log offsets (``ids``), so a PutRecord is one log append and nothing else.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import os
import secrets
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from overcast_common.api.kinesis import (
    ChildShard,
    DescribeAccountSettingsOutput,
    DescribeLimitsOutput,
    DescribeStreamConsumerOutput,
    DescribeStreamOutput,
    DescribeStreamSummaryOutput,
    EnhancedMonitoringOutput,
    ExpiredIteratorException,
    ExpiredNextTokenException,
    GetRecordsOutput,
    GetResourcePolicyOutput,
    GetShardIteratorOutput,
    InvalidArgumentException,
    KinesisApi,
    LimitExceededException,
    ListShardsOutput,
    ListStreamConsumersOutput,
    ListStreamsOutput,
    ListTagsForResourceOutput,
    ListTagsForStreamOutput,
    MinimumThroughputBillingCommitmentInput,
    ProvisionedThroughputExceededException,
    PutRecordOutput,
    PutRecordsOutput,
    PutRecordsRequestEntry,
    PutRecordsResultEntry,
    RegisterStreamConsumerOutput,
    ResourceInUseException,
    ResourceNotFoundException,
    ShardFilter,
    StartingPosition,
    StreamModeDetails,
    SubscribeToShardOutput,
    UpdateAccountSettingsOutput,
    UpdateShardCountOutput,
    UpdateStreamWarmThroughputOutput,
    ValidationException,
)
from overcast_common.authz import partition, resources
from overcast_common.context import RequestContext
from overcast_common.dispatch.partitioned import Partition, keyed_token, token_body
from overcast_common.log import Log, Message, UnknownTopic
from overcast_common.protocol.serializers.eventstream import framed_events

from overcast_kinesis import ids
from overcast_kinesis.model import Consumer, Shard, Stream, now_ms
from overcast_kinesis.store import KinesisStore
from overcast_kinesis.throttle import Throttle
from overcast_kinesis.validation import validate

ALL_METRICS = (
    "IncomingBytes",
    "IncomingRecords",
    "OutgoingBytes",
    "OutgoingRecords",
    "WriteProvisionedThroughputExceeded",
    "ReadProvisionedThroughputExceeded",
    "IteratorAgeMilliseconds",
)
MIN_RETENTION_HOURS, MAX_RETENTION_HOURS = 24, 8760
MAX_BATCH_BYTES = 5 << 20
MAX_READ_BYTES = 10 << 20
ON_DEMAND_SHARDS = 4
MAX_TAGS = 50
NEXT_TOKEN_TTL_MS = 300_000
RESUBSCRIBE_S = 5.0
"""AWS refuses a second SubscribeToShard for the same consumer and shard within 5 seconds."""


@dataclass(frozen=True)
class ProviderSettings:
    status_delay_ms: int = 500
    """How long CREATING / UPDATING last before ACTIVE (AWS: tens of seconds)."""
    throughput_limits: bool = True
    iterator_ttl_ms: int = 300_000
    subscription_s: float = 300.0
    shard_limit: int = 500
    on_demand_stream_limit: int = 50
    consumer_limit: int = 20

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ProviderSettings:
        env = os.environ if environ is None else environ
        limits = env.get("OVERCAST_KINESIS_THROUGHPUT_LIMITS", "on").strip().lower()
        return cls(
            status_delay_ms=int(env.get("OVERCAST_KINESIS_STATUS_DELAY_MS", "500")),
            throughput_limits=limits not in ("off", "0", "false", "no"),
            iterator_ttl_ms=int(env.get("OVERCAST_KINESIS_ITERATOR_TTL_MS", "300000")),
            subscription_s=float(env.get("OVERCAST_KINESIS_SUBSCRIPTION_S", "300")),
            shard_limit=int(env.get("OVERCAST_KINESIS_SHARD_LIMIT", "500")),
        )


# --- resources for the authorization step --------------------------------------------------------


def _stream_arn_of(context: RequestContext, params: Mapping[str, Any]) -> list[str]:
    arn = params.get("StreamARN")
    if isinstance(arn, str) and arn:
        return [arn]
    name = params.get("StreamName") or "*"
    return [ids.stream_arn(partition(context.region), context.region, context.account_id, name)]


def _consumer_arn_of(context: RequestContext, params: Mapping[str, Any]) -> list[str]:
    arn = params.get("ConsumerARN")
    if isinstance(arn, str) and arn:
        return [arn]
    stream = _stream_arn_of(context, params)[0]
    return [f"{stream}/consumer/{params.get('ConsumerName') or '*'}:*"]


def _resource_arn_of(context: RequestContext, params: Mapping[str, Any]) -> list[str]:
    return [str(params.get("ResourceARN") or "*")]


_ACCOUNT_WIDE = "arn:{partition}:kinesis:{region}:{account}:*"


def _b64(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode("utf-8")).decode("ascii")


def _unb64(value: str) -> str:
    try:
        return base64.urlsafe_b64decode(value.encode("ascii")).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeError) as exc:
        raise InvalidArgumentException(f"Invalid NextToken: {value}") from exc


def _ts(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def _ms(value: datetime) -> int:
    return int(value.timestamp() * 1000)


class KinesisProvider(KinesisApi):
    def __init__(self, store: KinesisStore, log: Log, settings: ProviderSettings | None = None) -> None:
        self.store = store
        self.log = log
        self.settings = settings or ProviderSettings()
        self.throttle = Throttle(self.settings.throughput_limits)
        self._streams: dict[tuple[str, str, str], Stream] = {}
        self._by_uid: dict[str, Stream] = {}
        self._consumers: dict[str, Consumer] = {}
        self._policies: dict[str, str] = {}
        self._account_settings: dict[tuple[str, str], dict[str, Any]] = {}
        self._inflight: dict[tuple[str, int], int] = {}
        self._subscriptions: dict[tuple[str, int], float] = {}
        """(consumer ARN, shard index) → when its live subscription started (monotonic)."""
        self._lock = asyncio.Lock()
        """Serializes metadata changes (create, reshard, delete...); record traffic never takes it."""
        self.ownership = Partition()
        """The streams this replica owns, by name (several Kinesis replicas: ``embedded.start`` sets it).
        Only those are held in memory; calls about the others go to their owners
        (``overcast_common.dispatch.partitioned``), and account-wide calls read the others from the store."""

    async def load(self) -> None:
        snap = await self.store.load()
        for stream in snap.streams:
            if self.ownership.owns(stream.name):
                self._streams[(stream.account, stream.region, stream.name)] = stream
                self._by_uid[stream.uid] = stream
        self._consumers = {c.arn: c for c in snap.consumers if c.stream_uid in self._by_uid}
        self._policies = {arn: p for arn, p in snap.policies.items() if self._owns_arn(arn)}
        self._account_settings = dict(snap.account_settings)

    def _owns_arn(self, arn: str) -> bool:
        parts = ids.parse_arn(arn)
        return parts is None or self.ownership.owns(parts.stream)

    async def reset(self) -> None:
        async with self._lock:
            for stream in list(self._by_uid.values()):
                await self._drop_topics(stream)
            self._streams.clear()
            self._by_uid.clear()
            self._consumers.clear()
            self._policies.clear()
            self._account_settings.clear()
            await self.store.reset()

    async def close(self) -> None:
        return None

    async def expire_shards(self) -> int:
        """Forget closed shards whose every record is past retention (AWS stops listing them), and
        drop their topics; children keep naming them as parents, as on AWS. Returns how many went."""
        now = now_ms()
        gone = 0
        async with self._lock:
            for stream in list(self._by_uid.values()):
                horizon = now - stream.retention_ms
                expired = [s for s in stream.shards if s.closed_ms is not None and s.closed_ms < horizon]
                if not expired:
                    continue
                stream.shards = [s for s in stream.shards if s not in expired]
                await self.store.save_stream(stream)
                for shard in expired:
                    with contextlib.suppress(UnknownTopic):
                        await self.log.delete_topic(stream.topic(shard.index))
                gone += len(expired)
        return gone

    # --- lookups ------------------------------------------------------------------------------------

    def resource_arns(
        self, context: RequestContext, operation: str, params: Mapping[str, Any]
    ) -> Sequence[str]:
        if operation == "GetRecords":
            arn = params.get("StreamARN")
            if isinstance(arn, str) and arn:
                return [arn]
            it = ids.decode_iterator(str(params.get("ShardIterator", "")))
            stream = self._by_uid.get(it.stream_uid) if it is not None else None
            return [stream.arn] if stream is not None else ["*"]
        return super().resource_arns(context, operation, params)

    def _stream(
        self,
        context: RequestContext,
        name: str | None,
        arn: str | None,
        *,
        operation: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> Stream:
        if arn:
            parts = ids.parse_arn(arn)
            if parts is None or parts.consumer is not None:
                if operation is not None:
                    validate(operation, params or {})
                raise InvalidArgumentException(f"Invalid StreamARN: {arn}")
            key = (parts.account, parts.region, parts.stream)
            if name and name != parts.stream:
                raise InvalidArgumentException(
                    f"StreamARN {arn} and StreamName {name} do not refer to the same stream."
                )
        elif name:
            key = (context.account_id, context.region, name)
        else:
            if operation is not None:
                validate(operation, params or {})
            raise InvalidArgumentException("Either StreamName or StreamARN must be provided.")
        stream = self._streams.get(key)
        if stream is None:
            if operation is not None:
                validate(operation, params or {})
            raise ResourceNotFoundException(f"Stream {key[2]} under account {key[0]} not found.")
        return stream

    def _visible_shards(self, stream: Stream, now: int) -> list[Shard]:
        """Shards AWS still lists: open ones, and closed ones whose records may not all have expired."""
        horizon = now - stream.retention_ms
        return [s for s in stream.shards if s.closed_ms is None or s.closed_ms >= horizon]

    def _shard(self, stream: Stream, shard_id: str) -> Shard:
        index = ids.shard_index(shard_id)
        shard = stream.shard(index) if index is not None else None
        if shard is None or shard not in self._visible_shards(stream, now_ms()):
            raise ResourceNotFoundException(
                f"Shard {shard_id} in stream {stream.name} under account {stream.account} does not exist"
            )
        return shard

    def _require_active(self, stream: Stream) -> None:
        status = stream.current_status()
        if status != "ACTIVE":
            raise ResourceInUseException(
                f"Stream {stream.name} under account {stream.account} not ACTIVE, instead in state {status}"
            )

    def _require_writable(self, stream: Stream) -> None:
        if stream.status == "CREATING" and stream.current_status() == "CREATING":
            raise ResourceNotFoundException(f"Stream {stream.name} under account {stream.account} not found.")

    def _busy(self, stream: Stream, now: int) -> None:
        stream.status, stream.ready_at_ms = "UPDATING", now + self.settings.status_delay_ms

    def _shard_doc(self, stream: Stream, shard: Shard) -> dict[str, Any]:
        doc: dict[str, Any] = {"ShardId": shard.id}
        if shard.parent is not None:
            doc["ParentShardId"] = ids.shard_id(shard.parent)
        if shard.adjacent_parent is not None:
            doc["AdjacentParentShardId"] = ids.shard_id(shard.adjacent_parent)
        doc["HashKeyRange"] = {"StartingHashKey": str(shard.start_hash), "EndingHashKey": str(shard.end_hash)}
        seq: dict[str, Any] = {"StartingSequenceNumber": ids.sequence_number(shard.index, 0, stream.salt)}
        if shard.end_position is not None:
            seq["EndingSequenceNumber"] = ids.sequence_number(shard.index, shard.end_position, stream.salt)
        doc["SequenceNumberRange"] = seq
        return doc

    def _children(self, stream: Stream, shard: Shard) -> list[ChildShard]:
        out: list[ChildShard] = []
        for child in stream.shards:
            if shard.index in (child.parent, child.adjacent_parent):
                parents = [ids.shard_id(p) for p in (child.parent, child.adjacent_parent) if p is not None]
                out.append(
                    {
                        "ShardId": child.id,
                        "ParentShards": parents,
                        "HashKeyRange": {
                            "StartingHashKey": str(child.start_hash),
                            "EndingHashKey": str(child.end_hash),
                        },
                    }
                )
        return out

    async def _account_streams(self, account: str, region: str) -> list[Stream]:
        """Every stream of the account in the region. With several replicas this one holds only its
        own; the others' come from the shared store (written through on every change)."""
        own = [s for k, s in self._streams.items() if k[0] == account and k[1] == region]
        if not self.ownership.partitioned:
            return own
        snap = await self.store.load()
        others = [
            s
            for s in snap.streams
            if s.account == account and s.region == region and (account, region, s.name) not in self._streams
        ]
        return own + others

    async def _open_shard_count(self, account: str, region: str) -> int:
        return sum(len(s.open_shards) for s in await self._account_streams(account, region))

    async def _refresh_account_settings(self, account: str, region: str) -> None:
        """Account settings are changed by whichever replica gets the call: re-read them when several
        replicas run."""
        if self.ownership.partitioned:
            doc = (await self.store.load()).account_settings.get((account, region))
            if doc is None:
                self._account_settings.pop((account, region), None)
            else:
                self._account_settings[(account, region)] = doc

    # --- streams ------------------------------------------------------------------------------------

    @resources("arn:{partition}:kinesis:{region}:{account}:stream/{StreamName}")
    async def create_stream(
        self,
        context: RequestContext,
        *,
        stream_name: str,
        shard_count: int | None = None,
        stream_mode_details: StreamModeDetails | None = None,
        tags: dict[str, str] | None = None,
        warm_throughput_mi_bps: int | None = None,
        max_record_size_in_ki_b: int | None = None,
    ) -> None:
        params: dict[str, Any] = {"StreamName": stream_name}
        for member, value in (
            ("ShardCount", shard_count),
            ("StreamModeDetails", stream_mode_details),
            ("Tags", tags),
            ("WarmThroughputMiBps", warm_throughput_mi_bps),
            ("MaxRecordSizeInKiB", max_record_size_in_ki_b),
        ):
            if value is not None:
                params[member] = value
        validate("CreateStream", params)
        mode = stream_mode_details["StreamMode"] if stream_mode_details else "PROVISIONED"
        if mode == "PROVISIONED" and shard_count is None:
            raise ValidationException(
                "1 validation error detected: Value null at 'shardCount' failed to satisfy constraint: "
                "Member must not be null"
            )
        count = shard_count if shard_count is not None else ON_DEMAND_SHARDS
        if tags is not None and len(tags) > MAX_TAGS:
            raise InvalidArgumentException(f"Number of tags {len(tags)} exceeds the limit of {MAX_TAGS}.")
        async with self._lock:
            key = (context.account_id, context.region, stream_name)
            if key in self._streams:
                raise ResourceInUseException(
                    f"Stream {stream_name} under account {context.account_id} already exists."
                )
            current = await self._open_shard_count(context.account_id, context.region)
            if current + count > self.settings.shard_limit:
                raise LimitExceededException(
                    f"This request would exceed the shard limit for the account {context.account_id} in "
                    f"{context.region}. Current shard count for the account: {current}. Limit: "
                    f"{self.settings.shard_limit}. Number of additional shards that would have resulted "
                    f"from this request: {count}. Refer to the AWS Service Limits page "
                    "(http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current "
                    "limits and how to request higher limits."
                )
            if mode == "ON_DEMAND":
                on_demand = sum(
                    1
                    for s in await self._account_streams(context.account_id, context.region)
                    if s.mode == "ON_DEMAND"
                )
                if on_demand >= self.settings.on_demand_stream_limit:
                    raise LimitExceededException(
                        f"This request would exceed the on-demand stream limit of "
                        f"{self.settings.on_demand_stream_limit} for the account {context.account_id}."
                    )
            now = now_ms()
            stream = Stream(
                uid=secrets.token_hex(8),
                account=context.account_id,
                region=context.region,
                name=stream_name,
                arn=ids.stream_arn(
                    partition(context.region), context.region, context.account_id, stream_name
                ),
                created_ms=now,
                salt=time.time_ns() // 1000,
                mode=mode,
                status="CREATING",
                ready_at_ms=now + self.settings.status_delay_ms,
                tags=dict(tags or {}),
                max_record_size_kib=max_record_size_in_ki_b or 1024,
                warm_throughput_mibps=warm_throughput_mi_bps if mode == "ON_DEMAND" else None,
            )
            for start, end in ids.uniform_ranges(count):
                stream.new_shard(start, end, now)
            stream.reindex()
            await asyncio.gather(
                *(
                    self.log.create_topic(stream.topic(s.index), retention_ms=stream.retention_ms)
                    for s in stream.shards
                )
            )
            await self.store.save_stream(stream)
            self._streams[key] = stream
            self._by_uid[stream.uid] = stream

    @resources(_stream_arn_of)
    async def delete_stream(
        self,
        context: RequestContext,
        *,
        stream_name: str | None = None,
        enforce_consumer_deletion: bool | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        stream = self._stream(
            context,
            stream_name,
            stream_arn,
            operation="DeleteStream",
            params={"StreamName": stream_name, "StreamARN": stream_arn},
        )
        async with self._lock:
            consumers = [c for c in self._consumers.values() if c.stream_uid == stream.uid]
            if consumers and not enforce_consumer_deletion:
                raise ResourceInUseException(
                    f"Stream {stream.name} under account {stream.account} has registered consumers. "
                    "Set EnforceConsumerDeletion to true to delete it with its consumers."
                )
            await self.store.delete_stream(stream.uid)
            self._streams.pop((stream.account, stream.region, stream.name), None)
            self._by_uid.pop(stream.uid, None)
            for consumer in consumers:
                self._consumers.pop(consumer.arn, None)
                self._policies.pop(consumer.arn, None)
            self._policies.pop(stream.arn, None)
            self.throttle.forget(stream.uid)
            await self._drop_topics(stream)

    async def _drop_topics(self, stream: Stream) -> None:
        for shard in stream.shards:
            with contextlib.suppress(UnknownTopic):
                await self.log.delete_topic(stream.topic(shard.index))

    @resources(_stream_arn_of)
    async def describe_stream(
        self,
        context: RequestContext,
        *,
        stream_name: str | None = None,
        limit: int | None = None,
        exclusive_start_shard_id: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> DescribeStreamOutput:
        params = {
            "StreamName": stream_name,
            "StreamARN": stream_arn,
            "Limit": limit,
            "ExclusiveStartShardId": exclusive_start_shard_id,
        }
        validate("DescribeStream", params)
        stream = self._stream(context, stream_name, stream_arn)
        now = now_ms()
        shards = self._visible_shards(stream, now)
        if exclusive_start_shard_id is not None:
            after = ids.shard_index(exclusive_start_shard_id)
            shards = [s for s in shards if after is None or s.index > after]
        count = limit or 100
        description: dict[str, Any] = {
            "StreamName": stream.name,
            "StreamARN": stream.arn,
            "StreamStatus": stream.current_status(now),
            "StreamModeDetails": {"StreamMode": stream.mode},
            "Shards": [self._shard_doc(stream, s) for s in shards[:count]],
            "HasMoreShards": len(shards) > count,
            "RetentionPeriodHours": stream.retention_hours,
            "StreamCreationTimestamp": _ts(stream.created_ms),
            "EnhancedMonitoring": [{"ShardLevelMetrics": list(stream.shard_metrics)}],
            "EncryptionType": stream.encryption_type,
        }
        if stream.key_id is not None:
            description["KeyId"] = stream.key_id
        return {"StreamDescription": description}  # type: ignore[typeddict-item]

    @resources(_stream_arn_of)
    async def describe_stream_summary(
        self,
        context: RequestContext,
        *,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> DescribeStreamSummaryOutput:
        stream = self._stream(
            context,
            stream_name,
            stream_arn,
            operation="DescribeStreamSummary",
            params={"StreamName": stream_name, "StreamARN": stream_arn},
        )
        now = now_ms()
        summary: dict[str, Any] = {
            "StreamName": stream.name,
            "StreamARN": stream.arn,
            "StreamStatus": stream.current_status(now),
            "StreamModeDetails": {"StreamMode": stream.mode},
            "RetentionPeriodHours": stream.retention_hours,
            "StreamCreationTimestamp": _ts(stream.created_ms),
            "EnhancedMonitoring": [{"ShardLevelMetrics": list(stream.shard_metrics)}],
            "EncryptionType": stream.encryption_type,
            "OpenShardCount": len(stream.open_shards),
            "ConsumerCount": sum(1 for c in self._consumers.values() if c.stream_uid == stream.uid),
            "MaxRecordSizeInKiB": stream.max_record_size_kib,
        }
        if stream.key_id is not None:
            summary["KeyId"] = stream.key_id
        if stream.warm_throughput_mibps is not None:
            summary["WarmThroughput"] = {
                "TargetMiBps": stream.warm_throughput_mibps,
                "CurrentMiBps": stream.warm_throughput_mibps,
            }
        return {"StreamDescriptionSummary": summary}  # type: ignore[typeddict-item]

    @resources("arn:{partition}:kinesis:{region}:{account}:stream/*")
    async def list_streams(
        self,
        context: RequestContext,
        *,
        limit: int | None = None,
        exclusive_start_stream_name: str | None = None,
        next_token: str | None = None,
    ) -> ListStreamsOutput:
        validate(
            "ListStreams",
            {
                "Limit": limit,
                "ExclusiveStartStreamName": exclusive_start_stream_name,
                "NextToken": next_token,
            },
        )
        streams = sorted(
            await self._account_streams(context.account_id, context.region), key=lambda s: s.name
        )
        after = exclusive_start_stream_name
        if next_token is not None:
            after = _unb64(next_token)
        if after is not None:
            streams = [s for s in streams if s.name > after]
        count = limit or 100
        page, more = streams[:count], len(streams) > count
        now = now_ms()
        out: dict[str, Any] = {
            "StreamNames": [s.name for s in page],
            "HasMoreStreams": more,
            "StreamSummaries": [
                {
                    "StreamName": s.name,
                    "StreamARN": s.arn,
                    "StreamStatus": s.current_status(now),
                    "StreamModeDetails": {"StreamMode": s.mode},
                    "StreamCreationTimestamp": _ts(s.created_ms),
                }
                for s in page
            ],
        }
        if more and page:
            out["NextToken"] = _b64(page[-1].name)
        return out  # type: ignore[return-value]

    @resources(_stream_arn_of)
    async def increase_stream_retention_period(
        self,
        context: RequestContext,
        *,
        retention_period_hours: int,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        await self._set_retention(context, stream_name, stream_arn, retention_period_hours, increase=True)

    @resources(_stream_arn_of)
    async def decrease_stream_retention_period(
        self,
        context: RequestContext,
        *,
        retention_period_hours: int,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        await self._set_retention(context, stream_name, stream_arn, retention_period_hours, increase=False)

    async def _set_retention(
        self, context: RequestContext, name: str | None, arn: str | None, hours: int, *, increase: bool
    ) -> None:
        stream = self._stream(context, name, arn)
        if hours < MIN_RETENTION_HOURS:
            raise InvalidArgumentException(
                f"Minimum allowed retention period is {MIN_RETENTION_HOURS} hours. "
                f"Requested retention period ({hours} hours) is too short."
            )
        if hours > MAX_RETENTION_HOURS:
            raise InvalidArgumentException(
                f"Maximum allowed retention period is {MAX_RETENTION_HOURS} hours. "
                f"Requested retention period ({hours} hours) is too long."
            )
        if increase and hours < stream.retention_hours:
            raise InvalidArgumentException(
                f"Requested retention period ({hours} hours) for stream {stream.name} can not be shorter "
                f"than existing retention period ({stream.retention_hours} hours). "
                "Use DecreaseRetentionPeriod API."
            )
        if not increase and hours > stream.retention_hours:
            raise InvalidArgumentException(
                f"Requested retention period ({hours} hours) for stream {stream.name} can not be longer "
                f"than existing retention period ({stream.retention_hours} hours). "
                "Use IncreaseRetentionPeriod API."
            )
        async with self._lock:
            self._require_active(stream)
            stream.retention_hours = hours
            await asyncio.gather(
                *(self.log.set_retention(stream.topic(s.index), stream.retention_ms) for s in stream.shards)
            )
            await self.store.save_stream(stream)

    @resources(_stream_arn_of)
    async def update_stream_mode(
        self,
        context: RequestContext,
        *,
        stream_arn: str,
        stream_mode_details: StreamModeDetails,
        stream_id: str | None = None,
        warm_throughput_mi_bps: int | None = None,
    ) -> None:
        validate("UpdateStreamMode", {"StreamARN": stream_arn, "StreamModeDetails": stream_mode_details})
        stream = self._stream(context, None, stream_arn)
        async with self._lock:
            self._require_active(stream)
            mode = stream_mode_details["StreamMode"]
            if mode == "ON_DEMAND" and stream.mode != "ON_DEMAND":
                on_demand = sum(
                    1
                    for s in await self._account_streams(stream.account, stream.region)
                    if s.mode == "ON_DEMAND"
                )
                if on_demand >= self.settings.on_demand_stream_limit:
                    raise LimitExceededException(
                        f"This request would exceed the on-demand stream limit of "
                        f"{self.settings.on_demand_stream_limit} for the account {stream.account}."
                    )
            stream.mode = mode
            stream.warm_throughput_mibps = warm_throughput_mi_bps if mode == "ON_DEMAND" else None
            self._busy(stream, now_ms())
            await self.store.save_stream(stream)

    @resources(_stream_arn_of)
    async def update_stream_warm_throughput(
        self,
        context: RequestContext,
        *,
        warm_throughput_mi_bps: int,
        stream_arn: str | None = None,
        stream_name: str | None = None,
        stream_id: str | None = None,
    ) -> UpdateStreamWarmThroughputOutput:
        validate(
            "UpdateStreamWarmThroughput",
            {
                "WarmThroughputMiBps": warm_throughput_mi_bps,
                "StreamARN": stream_arn,
                "StreamName": stream_name,
            },
        )
        stream = self._stream(context, stream_name, stream_arn)
        if stream.mode != "ON_DEMAND":
            raise ValidationException("Warm throughput can only be configured for on-demand streams.")
        async with self._lock:
            stream.warm_throughput_mibps = warm_throughput_mi_bps
            await self.store.save_stream(stream)
        return {
            "StreamARN": stream.arn,
            "StreamName": stream.name,
            "WarmThroughput": {"TargetMiBps": warm_throughput_mi_bps, "CurrentMiBps": warm_throughput_mi_bps},
        }

    @resources(_stream_arn_of)
    async def update_max_record_size(
        self,
        context: RequestContext,
        *,
        max_record_size_in_ki_b: int,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate(
            "UpdateMaxRecordSize", {"MaxRecordSizeInKiB": max_record_size_in_ki_b, "StreamARN": stream_arn}
        )
        stream = self._stream(context, None, stream_arn)
        async with self._lock:
            self._require_active(stream)
            stream.max_record_size_kib = max_record_size_in_ki_b
            await self.store.save_stream(stream)

    # --- tags ----------------------------------------------------------------------------------------

    @resources(_stream_arn_of)
    async def add_tags_to_stream(
        self,
        context: RequestContext,
        *,
        tags: dict[str, str],
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate("AddTagsToStream", {"Tags": tags, "StreamName": stream_name, "StreamARN": stream_arn})
        stream = self._stream(context, stream_name, stream_arn)
        async with self._lock:
            merged = {**stream.tags, **tags}
            if len(merged) > MAX_TAGS:
                raise LimitExceededException(
                    f"Stream {stream.name} under account {stream.account} would have {len(merged)} tags; "
                    f"the limit is {MAX_TAGS}."
                )
            stream.tags = merged
            await self.store.save_stream(stream)

    @resources(_stream_arn_of)
    async def remove_tags_from_stream(
        self,
        context: RequestContext,
        *,
        tag_keys: list[str],
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate(
            "RemoveTagsFromStream", {"TagKeys": tag_keys, "StreamName": stream_name, "StreamARN": stream_arn}
        )
        stream = self._stream(context, stream_name, stream_arn)
        async with self._lock:
            stream.tags = {k: v for k, v in stream.tags.items() if k not in tag_keys}
            await self.store.save_stream(stream)

    @resources(_stream_arn_of)
    async def list_tags_for_stream(
        self,
        context: RequestContext,
        *,
        stream_name: str | None = None,
        exclusive_start_tag_key: str | None = None,
        limit: int | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> ListTagsForStreamOutput:
        validate(
            "ListTagsForStream",
            {
                "StreamName": stream_name,
                "Limit": limit,
                "StreamARN": stream_arn,
                "ExclusiveStartTagKey": exclusive_start_tag_key,
            },
        )
        stream = self._stream(context, stream_name, stream_arn)
        keys = sorted(stream.tags)
        if exclusive_start_tag_key is not None:
            keys = [k for k in keys if k > exclusive_start_tag_key]
        count = limit or MAX_TAGS
        return {
            "Tags": [{"Key": k, "Value": stream.tags[k]} for k in keys[:count]],
            "HasMoreTags": len(keys) > count,
        }

    def _tag_target(self, context: RequestContext, arn: str) -> Stream | Consumer:
        parts = ids.parse_arn(arn)
        if parts is None:
            raise InvalidArgumentException(f"Invalid ResourceARN: {arn}")
        if parts.consumer is not None:
            consumer = self._consumers.get(arn)
            if consumer is None:
                raise ResourceNotFoundException(f"Consumer {arn} not found.")
            return consumer
        return self._stream(context, None, arn)

    @resources(_resource_arn_of)
    async def tag_resource(
        self,
        context: RequestContext,
        *,
        tags: dict[str, str],
        resource_arn: str,
        stream_id: str | None = None,
    ) -> None:
        validate("TagResource", {"Tags": tags, "ResourceARN": resource_arn})
        target = self._tag_target(context, resource_arn)
        async with self._lock:
            merged = {**target.tags, **tags}
            if len(merged) > MAX_TAGS:
                raise LimitExceededException(
                    f"Resource {resource_arn} would have {len(merged)} tags; the limit is {MAX_TAGS}."
                )
            target.tags = merged
            await self._save(target)

    @resources(_resource_arn_of)
    async def untag_resource(
        self, context: RequestContext, *, tag_keys: list[str], resource_arn: str, stream_id: str | None = None
    ) -> None:
        validate("UntagResource", {"TagKeys": tag_keys, "ResourceARN": resource_arn})
        target = self._tag_target(context, resource_arn)
        async with self._lock:
            target.tags = {k: v for k, v in target.tags.items() if k not in tag_keys}
            await self._save(target)

    @resources(_resource_arn_of)
    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: str, stream_id: str | None = None
    ) -> ListTagsForResourceOutput:
        validate("ListTagsForResource", {"ResourceARN": resource_arn})
        target = self._tag_target(context, resource_arn)
        return {"Tags": [{"Key": k, "Value": target.tags[k]} for k in sorted(target.tags)]}

    async def _save(self, target: Stream | Consumer) -> None:
        if isinstance(target, Stream):
            await self.store.save_stream(target)
        else:
            await self.store.save_consumer(target)

    # --- encryption, monitoring, limits, account settings ---------------------------------------------

    @resources(_stream_arn_of)
    async def start_stream_encryption(
        self,
        context: RequestContext,
        *,
        encryption_type: str,
        key_id: str,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate(
            "StartStreamEncryption",
            {
                "EncryptionType": encryption_type,
                "KeyId": key_id,
                "StreamName": stream_name,
                "StreamARN": stream_arn,
            },
        )
        if encryption_type != "KMS":
            raise InvalidArgumentException(
                f"Invalid EncryptionType {encryption_type}: only KMS is supported."
            )
        stream = self._stream(context, stream_name, stream_arn)
        async with self._lock:
            self._require_active(stream)
            stream.encryption_type, stream.key_id = "KMS", key_id
            self._busy(stream, now_ms())
            await self.store.save_stream(stream)

    @resources(_stream_arn_of)
    async def stop_stream_encryption(
        self,
        context: RequestContext,
        *,
        encryption_type: str,
        key_id: str,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate(
            "StopStreamEncryption",
            {
                "EncryptionType": encryption_type,
                "KeyId": key_id,
                "StreamName": stream_name,
                "StreamARN": stream_arn,
            },
        )
        stream = self._stream(context, stream_name, stream_arn)
        async with self._lock:
            self._require_active(stream)
            stream.encryption_type, stream.key_id = "NONE", None
            self._busy(stream, now_ms())
            await self.store.save_stream(stream)

    async def _monitoring(
        self,
        context: RequestContext,
        operation: str,
        metrics: list[str],
        stream_name: str | None,
        stream_arn: str | None,
        enable: bool,
    ) -> EnhancedMonitoringOutput:
        validate(
            operation, {"ShardLevelMetrics": metrics, "StreamName": stream_name, "StreamARN": stream_arn}
        )
        stream = self._stream(context, stream_name, stream_arn)
        wanted = set(ALL_METRICS) if "ALL" in metrics else set(metrics)
        async with self._lock:
            self._require_active(stream)
            before = list(stream.shard_metrics)
            now_set = set(before) | wanted if enable else set(before) - wanted
            stream.shard_metrics = [m for m in ALL_METRICS if m in now_set]
            await self.store.save_stream(stream)
        return {
            "StreamName": stream.name,
            "StreamARN": stream.arn,
            "CurrentShardLevelMetrics": before,
            "DesiredShardLevelMetrics": list(stream.shard_metrics),
        }

    @resources(_stream_arn_of)
    async def enable_enhanced_monitoring(
        self,
        context: RequestContext,
        *,
        shard_level_metrics: list[str],
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> EnhancedMonitoringOutput:
        return await self._monitoring(
            context, "EnableEnhancedMonitoring", shard_level_metrics, stream_name, stream_arn, True
        )

    @resources(_stream_arn_of)
    async def disable_enhanced_monitoring(
        self,
        context: RequestContext,
        *,
        shard_level_metrics: list[str],
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> EnhancedMonitoringOutput:
        return await self._monitoring(
            context, "DisableEnhancedMonitoring", shard_level_metrics, stream_name, stream_arn, False
        )

    @resources(_ACCOUNT_WIDE)
    async def describe_limits(self, context: RequestContext) -> DescribeLimitsOutput:
        streams = await self._account_streams(context.account_id, context.region)
        return {
            "ShardLimit": self.settings.shard_limit,
            "OpenShardCount": sum(len(s.open_shards) for s in streams if s.mode == "PROVISIONED"),
            "OnDemandStreamCount": sum(1 for s in streams if s.mode == "ON_DEMAND"),
            "OnDemandStreamCountLimit": self.settings.on_demand_stream_limit,
        }

    def _commitment(self, context: RequestContext) -> dict[str, Any]:
        doc = self._account_settings.get((context.account_id, context.region))
        if doc is None:
            return {"Status": "DISABLED"}
        out: dict[str, Any] = {"Status": doc["Status"]}
        for key in ("StartedAt", "EndedAt", "EarliestAllowedEndAt"):
            if doc.get(key) is not None:
                out[key] = _ts(int(doc[key]))
        if out["Status"] == "ENABLED_UNTIL_EARLIEST_ALLOWED_END" and now_ms() >= int(
            doc["EarliestAllowedEndAt"]
        ):
            out = {"Status": "DISABLED"}
        return out

    @resources(_ACCOUNT_WIDE)
    async def describe_account_settings(self, context: RequestContext) -> DescribeAccountSettingsOutput:
        await self._refresh_account_settings(context.account_id, context.region)
        return {"MinimumThroughputBillingCommitment": self._commitment(context)}  # type: ignore[typeddict-item]

    @resources(_ACCOUNT_WIDE)
    async def update_account_settings(
        self,
        context: RequestContext,
        *,
        minimum_throughput_billing_commitment: MinimumThroughputBillingCommitmentInput,
    ) -> UpdateAccountSettingsOutput:
        validate(
            "UpdateAccountSettings",
            {"MinimumThroughputBillingCommitment": minimum_throughput_billing_commitment},
        )
        wanted = minimum_throughput_billing_commitment["Status"]
        key = (context.account_id, context.region)
        now = now_ms()
        async with self._lock:
            await self._refresh_account_settings(context.account_id, context.region)
            doc = dict(self._account_settings.get(key) or {"Status": "DISABLED"})
            if wanted == "ENABLED" and doc["Status"] != "ENABLED":
                doc = {
                    "Status": "ENABLED",
                    "StartedAt": now,
                    "EarliestAllowedEndAt": now + int(timedelta(days=1).total_seconds() * 1000),
                }
            elif wanted == "DISABLED" and doc["Status"] == "ENABLED":
                earliest = int(doc["EarliestAllowedEndAt"])
                if now < earliest:
                    doc = {**doc, "Status": "ENABLED_UNTIL_EARLIEST_ALLOWED_END", "EndedAt": earliest}
                else:
                    doc = {"Status": "DISABLED", "StartedAt": doc.get("StartedAt"), "EndedAt": now}
            self._account_settings[key] = doc
            await self.store.save_account_settings(context.account_id, context.region, doc)
        return {"MinimumThroughputBillingCommitment": self._commitment(context)}  # type: ignore[typeddict-item]

    # --- resource policies ----------------------------------------------------------------------------

    def _policy_target(self, context: RequestContext, arn: str) -> None:
        self._tag_target(context, arn)

    @resources(_resource_arn_of)
    async def put_resource_policy(
        self, context: RequestContext, *, resource_arn: str, policy: str, stream_id: str | None = None
    ) -> None:
        validate("PutResourcePolicy", {"ResourceARN": resource_arn, "Policy": policy})
        self._policy_target(context, resource_arn)
        try:
            document = json.loads(policy)
        except ValueError as exc:
            raise InvalidArgumentException("Policy is not a valid JSON document.") from exc
        if not isinstance(document, dict):
            raise InvalidArgumentException("Policy is not a valid JSON document.")
        async with self._lock:
            self._policies[resource_arn] = policy
            await self.store.put_policy(resource_arn, policy)

    @resources(_resource_arn_of)
    async def get_resource_policy(
        self, context: RequestContext, *, resource_arn: str, stream_id: str | None = None
    ) -> GetResourcePolicyOutput:
        validate("GetResourcePolicy", {"ResourceARN": resource_arn})
        self._policy_target(context, resource_arn)
        return {"Policy": self._policies.get(resource_arn, "{}")}

    @resources(_resource_arn_of)
    async def delete_resource_policy(
        self, context: RequestContext, *, resource_arn: str, stream_id: str | None = None
    ) -> None:
        validate("DeleteResourcePolicy", {"ResourceARN": resource_arn})
        self._policy_target(context, resource_arn)
        async with self._lock:
            if resource_arn not in self._policies:
                raise ResourceNotFoundException(f"No resource policy found for resource ARN {resource_arn}.")
            del self._policies[resource_arn]
            await self.store.put_policy(resource_arn, None)

    # --- records in -----------------------------------------------------------------------------------

    def _target_shard(self, stream: Stream, partition_key: str, explicit_hash_key: str | None) -> Shard:
        if explicit_hash_key is None:
            return stream.route(ids.hash_key(partition_key))
        if not explicit_hash_key.isdigit() or len(explicit_hash_key) > 39:
            raise ValidationException(
                f"1 validation error detected: Value '{explicit_hash_key}' at 'explicitHashKey' failed to "
                "satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})"
            )
        value = int(explicit_hash_key)
        if value > ids.MAX_HASH_KEY:
            raise InvalidArgumentException(
                f"Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, {ids.MAX_HASH_KEY}]. "
                f"Specified value was {explicit_hash_key}"
            )
        return stream.route(value)

    def _check_record(self, stream: Stream, data: bytes, partition_key: str, path: str) -> None:
        if not 1 <= len(partition_key) <= 256:
            side = "greater than or equal to 1" if not partition_key else "less than or equal to 256"
            raise ValidationException(
                f"1 validation error detected: Value '{partition_key}' at '{path}partitionKey' failed to "
                f"satisfy constraint: Member must have length {side}"
            )
        limit = stream.max_record_size_kib * 1024
        if len(data) > limit:
            raise ValidationException(
                f"1 validation error detected: Value at '{path}data' failed to satisfy constraint: "
                f"Member must have length less than or equal to {limit}"
            )

    def _throttled(self, stream: Stream, shard: Shard) -> str:
        return f"Rate exceeded for shard {shard.id} in stream {stream.name} under account {stream.account}."

    @resources(_stream_arn_of)
    async def put_record(
        self,
        context: RequestContext,
        *,
        data: bytes,
        partition_key: str,
        stream_name: str | None = None,
        explicit_hash_key: str | None = None,
        sequence_number_for_ordering: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> PutRecordOutput:
        stream = self._stream(
            context,
            stream_name,
            stream_arn,
            operation="PutRecord",
            params={
                "StreamName": stream_name,
                "StreamARN": stream_arn,
                "Data": data,
                "PartitionKey": partition_key,
            },
        )
        self._require_writable(stream)
        self._check_record(stream, data, partition_key, "")
        if (
            sequence_number_for_ordering is not None
            and ids.parse_sequence_number(sequence_number_for_ordering) is None
            and not sequence_number_for_ordering.isdigit()
        ):
            raise InvalidArgumentException(
                f"ExclusiveMinimumSequenceNumber {sequence_number_for_ordering} used in PutRecord on stream "
                f"{stream.name} under account {stream.account} is invalid."
            )
        shard = self._target_shard(stream, partition_key, explicit_hash_key)
        key = (stream.uid, shard.index)
        if not self.throttle.admit_write(key, len(data) + len(partition_key)):
            raise ProvisionedThroughputExceededException(self._throttled(stream, shard))
        inflight = self._inflight
        inflight[key] = inflight.get(key, 0) + 1
        try:
            appended = await self.log.append(
                stream.topic(shard.index), 0, Message(data, partition_key.encode("utf-8"))
            )
        except UnknownTopic as exc:
            raise ResourceNotFoundException(
                f"Stream {stream.name} under account {stream.account} not found."
            ) from exc
        finally:
            inflight[key] -= 1
        out: PutRecordOutput = {
            "ShardId": shard.id,
            "SequenceNumber": ids.sequence_number(shard.index, appended.offset + 1, stream.salt),
        }
        if stream.encryption_type != "NONE":
            out["EncryptionType"] = stream.encryption_type
        return out

    @resources(_stream_arn_of)
    async def put_records(
        self,
        context: RequestContext,
        *,
        records: list[PutRecordsRequestEntry],
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> PutRecordsOutput:
        params = {"Records": records, "StreamName": stream_name, "StreamARN": stream_arn}
        validate("PutRecords", params)
        stream = self._stream(context, stream_name, stream_arn)
        self._require_writable(stream)
        total = 0
        for i, entry in enumerate(records, 1):
            self._check_record(stream, entry["Data"], entry["PartitionKey"], f"records.{i}.member.")
            total += len(entry["Data"]) + len(entry["PartitionKey"].encode("utf-8"))
        if total > max(MAX_BATCH_BYTES, stream.max_record_size_kib * 1024):
            raise InvalidArgumentException(f"Records size exceeds {MAX_BATCH_BYTES // (1 << 20)} MB limit")
        results: list[PutRecordsResultEntry] = [{} for _ in records]
        by_shard: dict[int, list[int]] = {}
        shards: dict[int, Shard] = {}
        for i, entry in enumerate(records):
            shard = self._target_shard(stream, entry["PartitionKey"], entry.get("ExplicitHashKey"))
            size = len(entry["Data"]) + len(entry["PartitionKey"])
            if not self.throttle.admit_write((stream.uid, shard.index), size):
                results[i] = {
                    "ErrorCode": "ProvisionedThroughputExceededException",
                    "ErrorMessage": self._throttled(stream, shard),
                }
                continue
            shards[shard.index] = shard
            by_shard.setdefault(shard.index, []).append(i)

        async def append(index: int, positions: list[int]) -> None:
            key = (stream.uid, index)
            self._inflight[key] = self._inflight.get(key, 0) + 1
            try:
                messages = [
                    Message(records[i]["Data"], records[i]["PartitionKey"].encode("utf-8")) for i in positions
                ]
                appended = await self.log.append_batch(stream.topic(index), 0, messages)
            except Exception:
                for i in positions:
                    results[i] = {"ErrorCode": "InternalFailure", "ErrorMessage": "Internal service failure."}
                return
            finally:
                self._inflight[key] -= 1
            shard_id = shards[index].id
            for i, done in zip(positions, appended, strict=True):
                results[i] = {
                    "ShardId": shard_id,
                    "SequenceNumber": ids.sequence_number(index, done.offset + 1, stream.salt),
                }

        await asyncio.gather(*(append(index, positions) for index, positions in by_shard.items()))
        out: PutRecordsOutput = {
            "FailedRecordCount": sum(1 for r in results if "ErrorCode" in r),
            "Records": results,
        }
        if stream.encryption_type != "NONE":
            out["EncryptionType"] = stream.encryption_type
        return out

    # --- records out ----------------------------------------------------------------------------------

    async def _start_offset(
        self,
        stream: Stream,
        shard: Shard,
        kind: str,
        sequence: str | None,
        timestamp: datetime | None,
    ) -> int:
        topic = stream.topic(shard.index)
        if kind == "TRIM_HORIZON":
            return 0  # reads move up to the first record retention kept
        if kind == "LATEST":
            return await self.log.latest_offset(topic, 0)
        if kind in ("AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"):
            if sequence is None:
                raise InvalidArgumentException(
                    f"The StartingSequenceNumber must be provided for {kind} ShardIteratorType."
                )
            parsed = ids.parse_sequence_number(sequence)
            if parsed is None or parsed.salt != stream.salt:
                raise InvalidArgumentException(
                    f"StartingSequenceNumber {sequence} used in GetShardIterator on shard {shard.id} in stream "
                    f"{stream.name} under account {stream.account} is invalid."
                )
            if parsed.shard != shard.index:
                raise InvalidArgumentException(
                    f"Invalid StartingSequenceNumber. It encodes {ids.shard_id(parsed.shard)}, while it was "
                    f"used in a call to a shard with {shard.id}"
                )
            return max(parsed.position - 1, 0) if kind == "AT_SEQUENCE_NUMBER" else parsed.position
        if kind == "AT_TIMESTAMP":
            if timestamp is None:
                raise InvalidArgumentException(
                    "The timestampInMillis parameter must be provided for AT_TIMESTAMP ShardIteratorType."
                )
            return await self.log.offset_for_time(topic, 0, _ms(timestamp))
        raise ValidationException(
            f"1 validation error detected: Value '{kind}' at 'shardIteratorType' failed to satisfy "
            "constraint: Member must satisfy enum value set: [AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, "
            "TRIM_HORIZON, LATEST, AT_TIMESTAMP]"
        )

    @resources(_stream_arn_of)
    async def get_shard_iterator(
        self,
        context: RequestContext,
        *,
        shard_id: str,
        shard_iterator_type: str,
        stream_name: str | None = None,
        starting_sequence_number: str | None = None,
        timestamp: datetime | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> GetShardIteratorOutput:
        validate(
            "GetShardIterator",
            {
                "ShardId": shard_id,
                "ShardIteratorType": shard_iterator_type,
                "StreamName": stream_name,
                "StreamARN": stream_arn,
                "StartingSequenceNumber": starting_sequence_number,
            },
        )
        stream = self._stream(context, stream_name, stream_arn)
        self._require_writable(stream)
        shard = self._shard(stream, shard_id)
        offset = await self._start_offset(
            stream, shard, shard_iterator_type, starting_sequence_number, timestamp
        )
        iterator = ids.Iterator(stream.uid, shard.index, offset, now_ms())
        return {"ShardIterator": ids.encode_iterator(iterator, stream.name)}

    @resources(_stream_arn_of)
    async def get_records(
        self,
        context: RequestContext,
        *,
        shard_iterator: str,
        limit: int | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> GetRecordsOutput:
        validate("GetRecords", {"ShardIterator": shard_iterator, "Limit": limit, "StreamARN": stream_arn})
        it = ids.decode_iterator(shard_iterator)
        if it is None:
            raise InvalidArgumentException(f"Invalid ShardIterator: {shard_iterator}")
        now = now_ms()
        if now - it.issued_ms > self.settings.iterator_ttl_ms:
            raise ExpiredIteratorException(
                f"Iterator expired. The iterator was created at time {_ts(it.issued_ms):%a %b %d %H:%M:%S UTC %Y} "
                f"while right now it is {_ts(now):%a %b %d %H:%M:%S UTC %Y} which is further in the future than "
                f"the tolerated delay of {self.settings.iterator_ttl_ms} milliseconds."
            )
        stream = self._by_uid.get(it.stream_uid)
        shard = stream.shard(it.shard) if stream is not None else None
        if stream is None or shard is None:
            raise ResourceNotFoundException("The stream or shard this iterator refers to no longer exists.")
        if stream_arn and stream_arn != stream.arn:
            raise InvalidArgumentException(f"ShardIterator does not belong to stream {stream_arn}.")
        key = (stream.uid, shard.index)
        if not self.throttle.admit_read(key):
            raise ProvisionedThroughputExceededException(self._throttled(stream, shard))
        try:
            result = await self.log.read(
                stream.topic(shard.index), 0, it.offset, max_records=limit or 10000, max_bytes=MAX_READ_BYTES
            )
        except UnknownTopic as exc:
            raise ResourceNotFoundException(
                "The stream or shard this iterator refers to no longer exists."
            ) from exc
        encrypted = stream.encryption_type != "NONE"
        records: list[dict[str, Any]] = []
        size = 0
        for r in result.records:
            record: dict[str, Any] = {
                "SequenceNumber": ids.sequence_number(shard.index, r.offset + 1, stream.salt),
                "ApproximateArrivalTimestamp": _ts(r.timestamp_ms),
                "Data": r.value,
                "PartitionKey": (r.key or b"").decode("utf-8"),
            }
            if encrypted:
                record["EncryptionType"] = "KMS"
            records.append(record)
            size += len(r.value)
        self.throttle.count_read(key, size)
        at_tip = result.next_offset >= result.end_offset
        behind = 0 if at_tip or not result.records else max(now - result.records[-1].timestamp_ms, 0)
        out: dict[str, Any] = {"Records": records, "MillisBehindLatest": behind}
        if not shard.is_open and at_tip and self._inflight.get(key, 0) == 0:
            out["ChildShards"] = self._children(stream, shard)
        else:
            out["NextShardIterator"] = ids.encode_iterator(
                ids.Iterator(stream.uid, shard.index, result.next_offset, now), stream.name
            )
        return out  # type: ignore[return-value]

    # --- shards ---------------------------------------------------------------------------------------

    def _shard_matches(self, stream: Stream, shard: Shard, flt: ShardFilter | None, now: int) -> bool:
        if flt is None:
            return True
        kind = flt["Type"]
        if kind == "AT_LATEST":
            return shard.is_open
        if kind in ("AT_TRIM_HORIZON", "FROM_TRIM_HORIZON"):
            horizon = now - stream.retention_ms
            alive = shard.closed_ms is None or shard.closed_ms >= horizon
            return alive and (
                kind == "FROM_TRIM_HORIZON" or shard.created_ms <= max(horizon, stream.created_ms)
            )
        if kind in ("AT_TIMESTAMP", "FROM_TIMESTAMP"):
            at = _ms(flt["Timestamp"]) if "Timestamp" in flt else now
            alive = shard.closed_ms is None or shard.closed_ms > at
            return alive and (kind == "FROM_TIMESTAMP" or shard.created_ms <= max(at, stream.created_ms))
        return True

    @resources(_stream_arn_of)
    async def list_shards(
        self,
        context: RequestContext,
        *,
        stream_name: str | None = None,
        next_token: str | None = None,
        exclusive_start_shard_id: str | None = None,
        max_results: int | None = None,
        stream_creation_timestamp: datetime | None = None,
        shard_filter: ShardFilter | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> ListShardsOutput:
        validate(
            "ListShards",
            {
                "StreamName": stream_name,
                "NextToken": next_token,
                "StreamARN": stream_arn,
                "ExclusiveStartShardId": exclusive_start_shard_id,
                "MaxResults": max_results,
                "ShardFilter": shard_filter,
            },
        )
        now = now_ms()
        after: int | None = None
        if next_token is not None:
            if stream_name is not None or exclusive_start_shard_id is not None or shard_filter is not None:
                raise InvalidArgumentException(
                    "NextToken and StreamName/ExclusiveStartShardId/ShardFilter cannot be provided together."
                )
            try:
                uid, last, filter_doc, issued = json.loads(_unb64(token_body(next_token)))
            except (ValueError, TypeError) as exc:
                raise InvalidArgumentException(f"Invalid NextToken: {next_token}") from exc
            if now - int(issued) > NEXT_TOKEN_TTL_MS:
                raise ExpiredNextTokenException("The timestamp of the last ListShards call has expired.")
            stream = self._by_uid.get(uid)
            if stream is None:
                raise ResourceNotFoundException("The stream this NextToken refers to no longer exists.")
            after = int(last)
            if filter_doc is not None:
                shard_filter = {"Type": filter_doc["Type"]}
                if filter_doc.get("Timestamp") is not None:
                    shard_filter["Timestamp"] = _ts(int(filter_doc["Timestamp"]))
        else:
            stream = self._stream(context, stream_name, stream_arn)
            if exclusive_start_shard_id is not None:
                after = ids.shard_index(exclusive_start_shard_id)
            if shard_filter is not None:
                kind = shard_filter["Type"]
                if kind == "AFTER_SHARD_ID":
                    if "ShardId" not in shard_filter:
                        raise InvalidArgumentException(
                            "ShardId must be provided with the AFTER_SHARD_ID filter."
                        )
                    after = ids.shard_index(shard_filter["ShardId"])
                    shard_filter = None
                elif kind in ("AT_TIMESTAMP", "FROM_TIMESTAMP") and "Timestamp" not in shard_filter:
                    raise InvalidArgumentException(f"Timestamp must be provided with the {kind} filter.")
        shards = [
            s
            for s in self._visible_shards(stream, now)
            if (after is None or s.index > after) and self._shard_matches(stream, s, shard_filter, now)
        ]
        count = max_results or 1000
        page = shards[:count]
        out: dict[str, Any] = {"Shards": [self._shard_doc(stream, s) for s in page]}
        if len(shards) > count:
            flt: dict[str, Any] | None = None
            if shard_filter is not None:
                flt = {"Type": shard_filter["Type"]}
                if "Timestamp" in shard_filter:
                    flt["Timestamp"] = _ms(shard_filter["Timestamp"])
            # keyed: a later page names no stream, yet must reach the stream's owner
            out["NextToken"] = keyed_token(
                stream.name, _b64(json.dumps([stream.uid, page[-1].index, flt, now]))
            )
        return out  # type: ignore[return-value]

    async def _close(self, stream: Stream, shards: list[Shard], now: int) -> None:
        """Close parents after the routing table stopped sending them records: wait out appends
        already in flight, then fix each parent's last position."""
        for shard in shards:
            shard.closed_ms = now
        stream.reindex()
        for shard in shards:
            key = (stream.uid, shard.index)
            while self._inflight.get(key, 0):
                await asyncio.sleep(0.001)
            shard.end_position = await self.log.latest_offset(stream.topic(shard.index), 0)

    async def _create_topics(self, stream: Stream, shards: list[Shard]) -> None:
        await asyncio.gather(
            *(self.log.create_topic(stream.topic(s.index), retention_ms=stream.retention_ms) for s in shards)
        )

    def _reshardable(self, stream: Stream) -> None:
        self._require_active(stream)
        if stream.mode == "ON_DEMAND":
            raise ValidationException(
                f"Stream {stream.name} under account {stream.account} is in ON_DEMAND mode: "
                "its shards are managed by Kinesis."
            )

    def _open_shard(self, stream: Stream, shard_id: str) -> Shard:
        shard = self._shard(stream, shard_id)
        if not shard.is_open:
            raise InvalidArgumentException(
                f"Shard {shard.id} in stream {stream.name} under account {stream.account} has already been "
                "merged or split, and thus is not eligible for merging or splitting."
            )
        return shard

    @resources(_stream_arn_of)
    async def split_shard(
        self,
        context: RequestContext,
        *,
        shard_to_split: str,
        new_starting_hash_key: str,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate(
            "SplitShard",
            {
                "ShardToSplit": shard_to_split,
                "NewStartingHashKey": new_starting_hash_key,
                "StreamName": stream_name,
                "StreamARN": stream_arn,
            },
        )
        stream = self._stream(context, stream_name, stream_arn)
        async with self._lock:
            self._reshardable(stream)
            parent = self._open_shard(stream, shard_to_split)
            split_at = int(new_starting_hash_key)
            if not parent.start_hash < split_at <= parent.end_hash:
                raise InvalidArgumentException(
                    f"NewStartingHashKey {new_starting_hash_key} used in SplitShard() on shard {parent.id} in "
                    f"stream {stream.name} under account {stream.account} is not both greater than one plus "
                    f"the shard's StartingHashKey {parent.start_hash} and less than the shard's "
                    f"EndingHashKey {parent.end_hash}."
                )
            await self._within_limit(stream, 1)
            now = now_ms()
            await self._split(stream, parent, split_at, now)
            self._busy(stream, now)
            await self.store.save_stream(stream)

    async def _split(self, stream: Stream, parent: Shard, split_at: int, now: int) -> None:
        left = stream.new_shard(parent.start_hash, split_at - 1, now, parent.index)
        right = stream.new_shard(split_at, parent.end_hash, now, parent.index)
        await self._create_topics(stream, [left, right])
        await self._close(stream, [parent], now)

    async def _merge(self, stream: Stream, first: Shard, second: Shard, now: int) -> None:
        low, high = sorted((first, second), key=lambda s: s.start_hash)
        child = stream.new_shard(low.start_hash, high.end_hash, now, first.index, second.index)
        await self._create_topics(stream, [child])
        await self._close(stream, [first, second], now)

    @resources(_stream_arn_of)
    async def merge_shards(
        self,
        context: RequestContext,
        *,
        shard_to_merge: str,
        adjacent_shard_to_merge: str,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate(
            "MergeShards",
            {
                "ShardToMerge": shard_to_merge,
                "AdjacentShardToMerge": adjacent_shard_to_merge,
                "StreamName": stream_name,
                "StreamARN": stream_arn,
            },
        )
        stream = self._stream(context, stream_name, stream_arn)
        async with self._lock:
            self._reshardable(stream)
            first = self._open_shard(stream, shard_to_merge)
            second = self._open_shard(stream, adjacent_shard_to_merge)
            low, high = sorted((first, second), key=lambda s: s.start_hash)
            if low.end_hash + 1 != high.start_hash:
                raise InvalidArgumentException(
                    f"Shards {first.id} and {second.id} in stream {stream.name} under account "
                    f"{stream.account} are not an adjacent pair of shards eligible for merging"
                )
            now = now_ms()
            await self._merge(stream, first, second, now)
            self._busy(stream, now)
            await self.store.save_stream(stream)

    async def _scale_uniformly(self, stream: Stream, target: int, now: int) -> None:
        """AWS's way: splits at every new boundary inside an open shard, then pairwise merges of the
        pieces of each target range, so every shard has at most two parents and a KCL-style reader
        that finishes parents first reads everything in order. Intermediate shards close at once."""
        ranges = ids.uniform_ranges(target)
        for start, _ in ranges[1:]:
            inside = next(s for s in stream.open_shards if s.start_hash <= start <= s.end_hash)
            if inside.start_hash != start:
                await self._split(stream, inside, start, now)
        for start, end in ranges:
            while True:
                pieces = [s for s in stream.open_shards if start <= s.start_hash and s.end_hash <= end]
                if len(pieces) <= 1:
                    break
                await self._merge(stream, pieces[0], pieces[1], now)

    async def _within_limit(self, stream: Stream, extra: int) -> None:
        current = await self._open_shard_count(stream.account, stream.region)
        if current + extra > self.settings.shard_limit:
            raise LimitExceededException(
                f"This request would exceed the shard limit for the account {stream.account} in "
                f"{stream.region}. Current shard count for the account: {current}. Limit: "
                f"{self.settings.shard_limit}. Number of additional shards that would have resulted from "
                f"this request: {extra}."
            )

    @resources(_stream_arn_of)
    async def update_shard_count(
        self,
        context: RequestContext,
        *,
        target_shard_count: int,
        scaling_type: str,
        stream_name: str | None = None,
        stream_arn: str | None = None,
        stream_id: str | None = None,
    ) -> UpdateShardCountOutput:
        validate(
            "UpdateShardCount",
            {
                "TargetShardCount": target_shard_count,
                "ScalingType": scaling_type,
                "StreamName": stream_name,
                "StreamARN": stream_arn,
            },
        )
        stream = self._stream(context, stream_name, stream_arn)
        async with self._lock:
            self._reshardable(stream)
            parents = list(stream.open_shards)
            current = len(parents)
            if target_shard_count > 2 * current or target_shard_count * 2 < current:
                raise InvalidArgumentException(
                    f"UpdateShardCount on stream {stream.name} under account {stream.account} failed: the "
                    f"target shard count {target_shard_count} must be between half and double the current "
                    f"open shard count {current}."
                )
            if target_shard_count == current:
                raise InvalidArgumentException(
                    f"UpdateShardCount on stream {stream.name} under account {stream.account} failed: the "
                    f"stream already has {current} open shards."
                )
            await self._within_limit(stream, max(target_shard_count - current, 0))
            now = now_ms()
            await self._scale_uniformly(stream, target_shard_count, now)
            self._busy(stream, now)
            await self.store.save_stream(stream)
        return {
            "StreamName": stream.name,
            "StreamARN": stream.arn,
            "CurrentShardCount": current,
            "TargetShardCount": target_shard_count,
        }

    # --- enhanced fan-out -------------------------------------------------------------------------------

    def _consumer(
        self,
        context: RequestContext,
        consumer_arn: str | None,
        stream_arn: str | None,
        consumer_name: str | None,
    ) -> Consumer:
        if consumer_arn:
            consumer = self._consumers.get(consumer_arn)
            if consumer is None:
                raise ResourceNotFoundException(f"Consumer {consumer_arn} not found.")
            return consumer
        if not stream_arn or not consumer_name:
            raise InvalidArgumentException(
                "Either ConsumerARN or both StreamARN and ConsumerName must be provided."
            )
        stream = self._stream(context, None, stream_arn)
        for consumer in self._consumers.values():
            if consumer.stream_uid == stream.uid and consumer.name == consumer_name:
                return consumer
        raise ResourceNotFoundException(
            f"Consumer {consumer_name} under stream {stream.name} under account {stream.account} not found."
        )

    def _consumer_doc(self, consumer: Consumer) -> dict[str, Any]:
        return {
            "ConsumerName": consumer.name,
            "ConsumerARN": consumer.arn,
            "ConsumerStatus": consumer.current_status(),
            "ConsumerCreationTimestamp": _ts(consumer.created_ms),
        }

    @resources(_consumer_arn_of)
    async def register_stream_consumer(
        self,
        context: RequestContext,
        *,
        stream_arn: str,
        consumer_name: str,
        stream_id: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> RegisterStreamConsumerOutput:
        validate(
            "RegisterStreamConsumer", {"StreamARN": stream_arn, "ConsumerName": consumer_name, "Tags": tags}
        )
        stream = self._stream(context, None, stream_arn)
        async with self._lock:
            existing = [c for c in self._consumers.values() if c.stream_uid == stream.uid]
            if any(c.name == consumer_name for c in existing):
                raise ResourceInUseException(
                    f"Consumer {consumer_name} under stream {stream.name} under account {stream.account} "
                    "already exists."
                )
            if len(existing) >= self.settings.consumer_limit:
                raise LimitExceededException(
                    f"Stream {stream.name} under account {stream.account} already has "
                    f"{self.settings.consumer_limit} registered consumers."
                )
            now = now_ms()
            consumer = Consumer(
                arn=f"{stream.arn}/consumer/{consumer_name}:{now // 1000}",
                stream_uid=stream.uid,
                name=consumer_name,
                created_ms=now,
                status="CREATING",
                ready_at_ms=now + self.settings.status_delay_ms,
                tags=dict(tags or {}),
            )
            await self.store.save_consumer(consumer)
            self._consumers[consumer.arn] = consumer
        return {"Consumer": self._consumer_doc(consumer)}  # type: ignore[typeddict-item]

    @resources(_consumer_arn_of)
    async def deregister_stream_consumer(
        self,
        context: RequestContext,
        *,
        stream_arn: str | None = None,
        consumer_name: str | None = None,
        consumer_arn: str | None = None,
        stream_id: str | None = None,
    ) -> None:
        validate(
            "DeregisterStreamConsumer",
            {"StreamARN": stream_arn, "ConsumerName": consumer_name, "ConsumerARN": consumer_arn},
        )
        consumer = self._consumer(context, consumer_arn, stream_arn, consumer_name)
        async with self._lock:
            await self.store.delete_consumer(consumer.arn)
            self._consumers.pop(consumer.arn, None)
            self._policies.pop(consumer.arn, None)

    @resources(_consumer_arn_of)
    async def describe_stream_consumer(
        self,
        context: RequestContext,
        *,
        stream_arn: str | None = None,
        consumer_name: str | None = None,
        consumer_arn: str | None = None,
        stream_id: str | None = None,
    ) -> DescribeStreamConsumerOutput:
        validate(
            "DescribeStreamConsumer",
            {"StreamARN": stream_arn, "ConsumerName": consumer_name, "ConsumerARN": consumer_arn},
        )
        consumer = self._consumer(context, consumer_arn, stream_arn, consumer_name)
        stream = self._by_uid[consumer.stream_uid]
        return {"ConsumerDescription": {**self._consumer_doc(consumer), "StreamARN": stream.arn}}  # type: ignore[typeddict-item]

    @resources(_stream_arn_of)
    async def list_stream_consumers(
        self,
        context: RequestContext,
        *,
        stream_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
        stream_creation_timestamp: datetime | None = None,
        stream_id: str | None = None,
    ) -> ListStreamConsumersOutput:
        validate(
            "ListStreamConsumers",
            {"StreamARN": stream_arn, "NextToken": next_token, "MaxResults": max_results},
        )
        stream = self._stream(context, None, stream_arn)
        consumers = sorted(
            (c for c in self._consumers.values() if c.stream_uid == stream.uid),
            key=lambda c: (c.created_ms, c.name),
        )
        start = 0
        if next_token is not None:
            try:
                start = int(_unb64(next_token))
            except ValueError as exc:
                raise InvalidArgumentException(f"Invalid NextToken: {next_token}") from exc
        count = max_results or 100
        page = consumers[start : start + count]
        out: dict[str, Any] = {"Consumers": [self._consumer_doc(c) for c in page]}
        if start + count < len(consumers):
            out["NextToken"] = _b64(str(start + count))
        return out  # type: ignore[return-value]

    @resources(_consumer_arn_of)
    async def subscribe_to_shard(
        self,
        context: RequestContext,
        *,
        consumer_arn: str,
        shard_id: str,
        starting_position: StartingPosition,
        stream_id: str | None = None,
    ) -> SubscribeToShardOutput:
        validate(
            "SubscribeToShard",
            {"ConsumerARN": consumer_arn, "ShardId": shard_id, "StartingPosition": starting_position},
        )
        consumer = self._consumer(context, consumer_arn, None, None)
        stream = self._by_uid[consumer.stream_uid]
        if consumer.current_status() != "ACTIVE":
            raise ResourceInUseException(
                f"Consumer {consumer.arn} is not in ACTIVE state, instead in {consumer.status}."
            )
        shard = self._shard(stream, shard_id)
        offset = await self._start_offset(
            stream,
            shard,
            starting_position["Type"],
            starting_position.get("SequenceNumber"),
            starting_position.get("Timestamp"),
        )
        key = (consumer.arn, shard.index)
        started = self._subscriptions.get(key)
        if started is not None and time.monotonic() - started < RESUBSCRIBE_S:
            raise ResourceInUseException(
                f"Another active subscription exists for consumer {consumer.arn} on shard {shard.id}."
            )
        self._subscriptions[key] = time.monotonic()
        # framed: the events must cross the gRPC dispatch in cluster mode, which carries only bytes
        return {"EventStream": framed_events(self._events(stream, shard, offset, key))}  # type: ignore[typeddict-item]

    async def _events(
        self, stream: Stream, shard: Shard, offset: int, key: tuple[str, int]
    ) -> AsyncIterator[dict[str, Any]]:
        """SubscribeToShardEvents for ``subscription_s``: the first at once, then one whenever records
        arrive (or every 5 s with none); ends after the closed shard's last record with ChildShards."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.subscription_s
        topic = stream.topic(shard.index)
        wait_ms = 0
        try:
            while True:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return
                try:
                    result = await self.log.read(
                        topic,
                        0,
                        offset,
                        max_records=10000,
                        max_bytes=MAX_READ_BYTES,
                        wait_ms=min(wait_ms, int(remaining * 1000)),
                    )
                except UnknownTopic:
                    yield {"ResourceNotFoundException": {"message": f"Stream {stream.name} was deleted."}}
                    return
                offset = result.next_offset
                now = now_ms()
                records = [
                    {
                        "SequenceNumber": ids.sequence_number(shard.index, r.offset + 1, stream.salt),
                        "ApproximateArrivalTimestamp": _ts(r.timestamp_ms),
                        "Data": r.value,
                        "PartitionKey": (r.key or b"").decode("utf-8"),
                        **({"EncryptionType": "KMS"} if stream.encryption_type != "NONE" else {}),
                    }
                    for r in result.records
                ]
                at_tip = offset >= result.end_offset
                event: dict[str, Any] = {
                    "Records": records,
                    "ContinuationSequenceNumber": ids.sequence_number(shard.index, offset, stream.salt),
                    "MillisBehindLatest": 0
                    if at_tip or not result.records
                    else max(now - result.records[-1].timestamp_ms, 0),
                }
                ended = not shard.is_open and at_tip and not self._inflight.get((stream.uid, shard.index))
                if ended:
                    event["ChildShards"] = self._children(stream, shard)
                yield {"SubscribeToShardEvent": event}
                if ended:
                    return
                wait_ms = 5000
        finally:
            self._subscriptions.pop(key, None)
