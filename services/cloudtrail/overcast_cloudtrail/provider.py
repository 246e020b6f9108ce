"""CloudTrail business logic: event history (``LookupEvents``), trails and their delivery.

Events arrive from the gateway's audit step (``ingest``); the provider reads them back, manages trails
(create, update, logging on/off, event and insight selectors, tags) and delivers trail log files
through the ``LogDelivery`` port. CloudTrail Lake (event data stores, channels, queries, imports,
dashboards) answers with AWS-shaped "not found" / "not supported" errors and empty lists.
Time comes from an injected clock so tests can move it (retention, delivery).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import json
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from overcast_common.api.cloudtrail import (
    AddTagsResponse,
    ChannelNotFoundException,
    CloudtrailApi,
    CloudTrailARNInvalidException,
    CreateTrailResponse,
    DeleteTrailResponse,
    DescribeTrailsResponse,
    EventDataStoreNotFoundException,
    GetEventConfigurationResponse,
    GetEventSelectorsResponse,
    GetInsightSelectorsResponse,
    GetTrailResponse,
    GetTrailStatusResponse,
    ImportNotFoundException,
    InsightNotEnabledException,
    InvalidEventCategoryException,
    InvalidEventSelectorsException,
    InvalidHomeRegionException,
    InvalidInsightSelectorsException,
    InvalidLookupAttributesException,
    InvalidMaxResultsException,
    InvalidNextTokenException,
    InvalidParameterCombinationException,
    InvalidS3BucketNameException,
    InvalidTagParameterException,
    InvalidTimeRangeException,
    InvalidTrailNameException,
    ListTagsResponse,
    ListTrailsResponse,
    LookupEventsResponse,
    MaximumNumberOfTrailsExceededException,
    OrganizationsNotInUseException,
    PutEventSelectorsResponse,
    PutInsightSelectorsResponse,
    QueryIdNotFoundException,
    RemoveTagsResponse,
    ResourceNotFoundException,
    StartLoggingResponse,
    StopLoggingResponse,
    TagsLimitExceededException,
    TrailAlreadyExistsException,
    TrailNotFoundException,
    UnsupportedOperationException,
    UpdateTrailResponse,
)
from overcast_common.context import RequestContext

from overcast_cloudtrail.delivery import LogDelivery, log_file, log_file_key
from overcast_cloudtrail.ingest import BadEvent, parse_event
from overcast_cloudtrail.selectors import (
    ADVANCED_FIELDS,
    BASIC_DATA_TYPES,
    DEFAULT_SELECTORS,
    data_selection,
    trail_logs,
)
from overcast_cloudtrail.store import CloudtrailStore, EventQuery, LookupKey, TrailRecord

log = logging.getLogger("overcast.cloudtrail")

RETENTION = timedelta(days=90)
MAX_TRAILS_PER_REGION = 5
MAX_TAGS = 50
LOOKUP_KEYS: tuple[LookupKey, ...] = (
    "EventId", "EventName", "ReadOnly", "Username", "ResourceType", "ResourceName", "EventSource", "AccessKeyId",
)  # fmt: skip
DELIVERY_PAGE = 1000
INGEST_CHUNK = 100
SELECTION_TTL_S = 0.5
"""How long the data-event selection is reused before the trails are read again (another replica may
have changed them; changes made here drop it at once)."""
_TRAIL_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|[._-](?=[A-Za-z0-9]))*$")
_BUCKET_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_TRAIL_ARN = re.compile(r"^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+):(\d{12}):trail/(.+)$")
_STATUS_TIMES = (
    "LatestDeliveryTime",
    "LatestNotificationTime",
    "StartLoggingTime",
    "StopLoggingTime",
    "LatestCloudWatchLogsDeliveryTime",
    "LatestDigestDeliveryTime",
)
_UPDATABLE = (
    "S3BucketName",
    "S3KeyPrefix",
    "SnsTopicName",
    "IncludeGlobalServiceEvents",
    "IsMultiRegionTrail",
    "CloudWatchLogsLogGroupArn",
    "CloudWatchLogsRoleArn",
    "KmsKeyId",
)


def _now() -> datetime:
    return datetime.now(UTC)


def _epoch(at: datetime) -> float:
    return at.timestamp()


def _time(value: float) -> datetime:
    return datetime.fromtimestamp(value, UTC)


class CloudtrailProvider(CloudtrailApi):
    def __init__(
        self,
        store: CloudtrailStore,
        delivery: LogDelivery,
        *,
        clock: Callable[[], datetime] = _now,
        settle: Callable[[], Awaitable[Any]] | None = None,
    ) -> None:
        self.store = store
        self.delivery = delivery
        self.clock = clock
        self.settle = settle
        """Waits until what the event log holds is indexed (before a delivery reads the index)."""
        self._selection: list[dict[str, Any]] | None = None
        self._selection_until = 0.0
        self._selection_lock = asyncio.Lock()
        self._trails_changed = 0
        """Counts trail writes: a selection read from the store while one landed is not kept."""
        self._delivering = asyncio.Lock()
        """One delivery at a time (the periodic job and ``StopLogging``): a cursor is never read twice."""

    # --- the event log ----------------------------------------------------------------------------

    async def ingest(
        self, documents: Sequence[str], records: Sequence[Mapping[str, Any] | None] | None = None
    ) -> int:
        """Store records shipped by the gateway (one transaction per batch); malformed ones are logged
        and skipped. ``records`` (embedded) holds each record's indexed fields, so it is not parsed
        again. Parsing yields to the event loop every ``INGEST_CHUNK`` records: embedded, it shares the
        loop with the requests being served."""
        rows = []
        for start in range(0, len(documents), INGEST_CHUNK):
            if start:
                await asyncio.sleep(0)
            for i in range(start, min(start + INGEST_CHUNK, len(documents))):
                try:
                    rows.append(parse_event(documents[i], records[i] if records is not None else None))
                except BadEvent as exc:
                    log.warning("cloudtrail: event skipped", extra={"fields": {"error": str(exc)}})
        return await self.store.put_events(rows)

    async def audit_selection(self) -> list[dict[str, Any]]:
        """The data events logging trails want (``selectors.data_selection``), for the gateway's hook."""
        loop = asyncio.get_running_loop()
        async with self._selection_lock:
            selection = self._selection
            while selection is None or loop.time() >= self._selection_until:
                changed = self._trails_changed
                trails = await self.store.list_trails()
                selection = data_selection([(t.account_id, t.document) for t in trails])
                if changed != self._trails_changed:  # a trail changed while we read: read again
                    selection = None
                    continue
                self._selection = selection
                self._selection_until = loop.time() + SELECTION_TTL_S
            return selection

    async def _put_trail(self, record: TrailRecord) -> None:
        await self.store.put_trail(record)
        self._selection = None
        self._trails_changed += 1

    async def _delete_trail(self, record: TrailRecord) -> None:
        await self.store.delete_trail(record.account_id, record.name)
        self._selection = None
        self._trails_changed += 1

    async def sweep(self) -> int:
        """Retention: delete events older than 90 days; returns how many."""
        return await self.store.delete_before(self.clock() - RETENTION)

    async def lookup_events(
        self,
        context: RequestContext,
        *,
        lookup_attributes: list[Any] | None = None,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        event_category: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> LookupEventsResponse:
        limit = 50 if max_results is None else max_results
        if not 1 <= limit <= 50:
            raise InvalidMaxResultsException("Value for parameter MaxResults must be between 1 and 50.")
        attribute = None
        if lookup_attributes:
            if len(lookup_attributes) > 1:
                raise InvalidLookupAttributesException("You cannot specify more than one lookup attribute.")
            key, value = lookup_attributes[0].get("AttributeKey"), lookup_attributes[0].get("AttributeValue")
            if key not in LOOKUP_KEYS:
                raise InvalidLookupAttributesException(f"Invalid lookup attribute key: {key}")
            if not value:
                raise InvalidLookupAttributesException("Lookup attribute value cannot be empty.")
            attribute = (cast(LookupKey, key), str(value))
        now = self.clock()
        start = start_time or now - RETENTION
        end = end_time or now
        if start > end:
            raise InvalidTimeRangeException("Start time must be before end time.")
        if event_category is not None and event_category != "insight":
            raise InvalidEventCategoryException(
                f"Invalid event category: {event_category}. Valid values: insight."
            )
        before = _decode_token(next_token) if next_token else None
        if event_category == "insight":  # Overcast generates no Insights events
            return {"Events": []}
        found = await self.store.lookup(
            EventQuery(
                context.account_id,
                context.region,
                start.replace(microsecond=0),
                end,
                attribute=attribute,
                limit=limit + 1,
                before=before,
            )
        )
        page, more = found[:limit], len(found) > limit
        out: LookupEventsResponse = {
            "Events": [
                {
                    "EventId": e.event_id,
                    "EventName": e.event_name,
                    "ReadOnly": "true" if e.read_only else "false",
                    **({"AccessKeyId": e.access_key_id} if e.access_key_id else {}),
                    "EventTime": e.event_time,
                    "EventSource": e.event_source,
                    **({"Username": e.username} if e.username else {}),
                    "Resources": [{"ResourceType": t, "ResourceName": n} for t, n in e.resources],
                    "CloudTrailEvent": e.document,
                }
                for e in page
            ]
        }
        if more:
            out["NextToken"] = _encode_token(page[-1].event_time, page[-1].seq)
        return out

    # --- trails ------------------------------------------------------------------------------------

    def _trail_arn(self, context: RequestContext, name: str, region: str | None = None) -> str:
        return f"arn:aws:cloudtrail:{region or context.region}:{context.account_id}:trail/{name}"

    def _name_of(self, context: RequestContext, name_or_arn: str) -> str:
        """The trail name ``name_or_arn`` refers to (``Name`` may be an ARN); validates it."""
        match = _TRAIL_ARN.match(name_or_arn)
        if name_or_arn.startswith("arn:"):
            if match is None:
                raise CloudTrailARNInvalidException(
                    f"Invalid trail ARN: {name_or_arn}. ARNs must be in the format "
                    "arn:aws:cloudtrail:<region>:<account>:trail/<name>."
                )
            if match.group(2) != context.account_id:
                raise TrailNotFoundException(self._unknown(context, name_or_arn))
            return match.group(3)
        _check_trail_name(name_or_arn)
        return name_or_arn

    def _unknown(self, context: RequestContext, name_or_arn: str) -> str:
        arn = name_or_arn if name_or_arn.startswith("arn:") else self._trail_arn(context, name_or_arn)
        return f"Unknown trail: {arn} for the user: {context.account_id}"

    async def _trail(self, context: RequestContext, name_or_arn: str, *, home: bool = False) -> TrailRecord:
        """The trail, visible from the caller's region (its home region, or anywhere if multi-region);
        ``home``: the call changes it, which AWS allows only in its home region."""
        name = self._name_of(context, name_or_arn)
        record = await self.store.get_trail(context.account_id, name)
        visible = record is not None and (
            record.home_region == context.region or record.document["Trail"].get("IsMultiRegionTrail")
        )
        if record is None or not visible:
            raise TrailNotFoundException(self._unknown(context, name_or_arn))
        if home and record.home_region != context.region:
            raise InvalidHomeRegionException(
                "This operation must be called from the trail's home region: " + record.home_region
            )
        return record

    async def create_trail(
        self,
        context: RequestContext,
        *,
        name: str,
        s3_bucket_name: str,
        s3_key_prefix: str | None = None,
        sns_topic_name: str | None = None,
        include_global_service_events: bool | None = None,
        is_multi_region_trail: bool | None = None,
        enable_log_file_validation: bool | None = None,
        cloud_watch_logs_log_group_arn: str | None = None,
        cloud_watch_logs_role_arn: str | None = None,
        kms_key_id: str | None = None,
        is_organization_trail: bool | None = None,
        tags_list: list[Any] | None = None,
    ) -> CreateTrailResponse:
        _check_trail_name(name)
        _check_bucket(s3_bucket_name)
        if is_organization_trail:
            raise OrganizationsNotInUseException("This account is not a member of an organization.")
        if await self.store.get_trail(context.account_id, name) is not None:
            raise TrailAlreadyExistsException(
                f"Trail {name} already exists for customer: {context.account_id}"
            )
        in_region = [
            t for t in await self.store.list_trails(context.account_id) if t.home_region == context.region
        ]
        if len(in_region) >= MAX_TRAILS_PER_REGION:
            raise MaximumNumberOfTrailsExceededException(
                f"User: {context.account_id} already has {MAX_TRAILS_PER_REGION} trails in {context.region}."
            )
        tags = _check_tags(tags_list or [])
        await self.delivery.check_bucket(context.account_id, context.region, s3_bucket_name, s3_key_prefix)
        trail: dict[str, Any] = {
            "Name": name,
            "S3BucketName": s3_bucket_name,
            "IncludeGlobalServiceEvents": True
            if include_global_service_events is None
            else include_global_service_events,
            "IsMultiRegionTrail": bool(is_multi_region_trail),
            "HomeRegion": context.region,
            "TrailARN": self._trail_arn(context, name),
            "LogFileValidationEnabled": bool(enable_log_file_validation),
            "HasCustomEventSelectors": False,
            "HasInsightSelectors": False,
            "IsOrganizationTrail": False,
        }
        optional = {
            "S3KeyPrefix": s3_key_prefix,
            "SnsTopicName": sns_topic_name,
            "CloudWatchLogsLogGroupArn": cloud_watch_logs_log_group_arn,
            "CloudWatchLogsRoleArn": cloud_watch_logs_role_arn,
            "KmsKeyId": kms_key_id,
        }
        trail.update({k: v for k, v in optional.items() if v is not None})
        _set_sns_arn(trail, context)
        document = {"Trail": trail, "Status": {"IsLogging": False}, "Tags": tags, "Cursor": 0}
        await self._put_trail(TrailRecord(context.account_id, name, context.region, document))
        return cast(CreateTrailResponse, _trail_response(trail))

    async def update_trail(
        self,
        context: RequestContext,
        *,
        name: str,
        s3_bucket_name: str | None = None,
        s3_key_prefix: str | None = None,
        sns_topic_name: str | None = None,
        include_global_service_events: bool | None = None,
        is_multi_region_trail: bool | None = None,
        enable_log_file_validation: bool | None = None,
        cloud_watch_logs_log_group_arn: str | None = None,
        cloud_watch_logs_role_arn: str | None = None,
        kms_key_id: str | None = None,
        is_organization_trail: bool | None = None,
    ) -> UpdateTrailResponse:
        record = await self._trail(context, name, home=True)
        if s3_bucket_name is not None:
            _check_bucket(s3_bucket_name)
        if is_organization_trail:
            raise OrganizationsNotInUseException("This account is not a member of an organization.")
        trail = record.document["Trail"]
        if s3_bucket_name is not None or s3_key_prefix is not None:
            prefix = trail.get("S3KeyPrefix") if s3_key_prefix is None else s3_key_prefix
            bucket = s3_bucket_name or trail["S3BucketName"]
            await self.delivery.check_bucket(context.account_id, context.region, bucket, prefix)
        given = dict(
            zip(
                _UPDATABLE,
                (
                    s3_bucket_name,
                    s3_key_prefix,
                    sns_topic_name,
                    include_global_service_events,
                    is_multi_region_trail,
                    cloud_watch_logs_log_group_arn,
                    cloud_watch_logs_role_arn,
                    kms_key_id,
                ),
                strict=True,
            )
        )
        for key, value in given.items():
            if value == "" and key not in ("S3BucketName",):  # an empty string removes the setting
                trail.pop(key, None)
            elif value is not None:
                trail[key] = value
        if enable_log_file_validation is not None:
            trail["LogFileValidationEnabled"] = enable_log_file_validation
        trail.pop("SnsTopicARN", None)
        _set_sns_arn(trail, context)
        await self._put_trail(record)
        return cast(UpdateTrailResponse, _trail_response(trail))

    async def delete_trail(self, context: RequestContext, *, name: str) -> DeleteTrailResponse:
        record = await self._trail(context, name, home=True)
        await self._delete_trail(record)
        return {}

    async def get_trail(self, context: RequestContext, *, name: str) -> GetTrailResponse:
        record = await self._trail(context, name)
        return cast(GetTrailResponse, {"Trail": dict(record.document["Trail"])})

    async def describe_trails(
        self,
        context: RequestContext,
        *,
        trail_name_list: list[str] | None = None,
        include_shadow_trails: bool | None = None,
    ) -> DescribeTrailsResponse:
        shadows = True if include_shadow_trails is None else include_shadow_trails
        trails = []
        for record in await self.store.list_trails(context.account_id):
            trail = record.document["Trail"]
            here = record.home_region == context.region
            if not (here or (shadows and trail.get("IsMultiRegionTrail"))):
                continue
            if trail_name_list and not any(n in (trail["Name"], trail["TrailARN"]) for n in trail_name_list):
                continue
            trails.append(dict(trail))
        return cast(DescribeTrailsResponse, {"trailList": trails})

    async def list_trails(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> ListTrailsResponse:
        records = await self.store.list_trails(context.account_id)
        return {
            "Trails": [
                {"TrailARN": r.document["Trail"]["TrailARN"], "Name": r.name, "HomeRegion": r.home_region}
                for r in records
            ]
        }

    async def start_logging(self, context: RequestContext, *, name: str) -> StartLoggingResponse:
        record = await self._trail(context, name, home=True)
        status = record.document["Status"]
        if not status.get("IsLogging"):
            now = _epoch(self.clock())
            status.update(IsLogging=True, StartLoggingTime=now)
            record.document["Cursor"] = await self.store.last_seq()  # deliver what happens from now on
            await self._put_trail(record)
        return {}

    async def stop_logging(self, context: RequestContext, *, name: str) -> StopLoggingResponse:
        record = await self._trail(context, name, home=True)
        status = record.document["Status"]
        if status.get("IsLogging"):
            if self.settle is not None:
                await self.settle()
            async with self._delivering:  # what was logged before stopping still goes out
                record = await self._trail(context, name, home=True)
                status = record.document["Status"]
                await self._deliver_trail(record)
            status.update(IsLogging=False, StopLoggingTime=_epoch(self.clock()))
            await self._put_trail(record)
        return {}

    async def get_trail_status(self, context: RequestContext, *, name: str) -> GetTrailStatusResponse:
        record = await self._trail(context, name)
        status = record.document["Status"]
        out: dict[str, Any] = {"IsLogging": bool(status.get("IsLogging"))}
        for key in _STATUS_TIMES:
            if key in status:
                out[key] = _time(status[key])
        for key in ("LatestDeliveryError", "LatestDeliveryAttemptTime", "LatestDeliveryAttemptSucceeded"):
            if key in status:
                out[key] = status[key]
        if "StartLoggingTime" in out:
            out["TimeLoggingStarted"] = out["StartLoggingTime"].strftime("%Y-%m-%dT%H:%M:%SZ")
        if "StopLoggingTime" in out:
            out["TimeLoggingStopped"] = out["StopLoggingTime"].strftime("%Y-%m-%dT%H:%M:%SZ")
        return cast(GetTrailStatusResponse, out)

    async def put_event_selectors(
        self,
        context: RequestContext,
        *,
        trail_name: str,
        event_selectors: list[Any] | None = None,
        advanced_event_selectors: list[Any] | None = None,
    ) -> PutEventSelectorsResponse:
        if (event_selectors is None) == (advanced_event_selectors is None):
            raise InvalidParameterCombinationException(
                "You must specify either EventSelectors or AdvancedEventSelectors, but not both."
            )
        record = await self._trail(context, trail_name, home=True)
        document = record.document
        document.pop("EventSelectors", None)
        document.pop("AdvancedEventSelectors", None)
        out: dict[str, Any] = {"TrailARN": document["Trail"]["TrailARN"]}
        if event_selectors is not None:
            selectors = [_basic_selector(s) for s in event_selectors]
            document["EventSelectors"] = out["EventSelectors"] = selectors
        else:
            selectors = [_advanced_selector(s) for s in advanced_event_selectors or []]
            document["AdvancedEventSelectors"] = out["AdvancedEventSelectors"] = selectors
        document["Trail"]["HasCustomEventSelectors"] = True
        await self._put_trail(record)
        return cast(PutEventSelectorsResponse, out)

    async def get_event_selectors(
        self, context: RequestContext, *, trail_name: str
    ) -> GetEventSelectorsResponse:
        record = await self._trail(context, trail_name)
        document = record.document
        out: dict[str, Any] = {"TrailARN": document["Trail"]["TrailARN"]}
        if "AdvancedEventSelectors" in document:
            out["AdvancedEventSelectors"] = document["AdvancedEventSelectors"]
        else:
            out["EventSelectors"] = document.get("EventSelectors") or DEFAULT_SELECTORS
        return cast(GetEventSelectorsResponse, out)

    async def put_insight_selectors(
        self,
        context: RequestContext,
        *,
        insight_selectors: list[Any],
        trail_name: str | None = None,
        event_data_store: str | None = None,
        insights_destination: str | None = None,
    ) -> PutInsightSelectorsResponse:
        if trail_name is None:
            _no_event_data_store(event_data_store or "")
        record = await self._trail(context, trail_name or "", home=True)
        kinds = [s.get("InsightType") for s in insight_selectors]
        if any(k not in ("ApiCallRateInsight", "ApiErrorRateInsight") for k in kinds) or len(
            set(kinds)
        ) != len(kinds):
            raise InvalidInsightSelectorsException(
                "Insight selectors must be ApiCallRateInsight and/or ApiErrorRateInsight, each at most once."
            )
        record.document["InsightSelectors"] = [{"InsightType": k} for k in kinds]
        record.document["Trail"]["HasInsightSelectors"] = bool(kinds)
        await self._put_trail(record)
        return cast(
            PutInsightSelectorsResponse,
            {
                "TrailARN": record.document["Trail"]["TrailARN"],
                "InsightSelectors": record.document["InsightSelectors"],
            },
        )

    async def get_insight_selectors(
        self, context: RequestContext, *, trail_name: str | None = None, event_data_store: str | None = None
    ) -> GetInsightSelectorsResponse:
        if trail_name is None:
            _no_event_data_store(event_data_store or "")
        record = await self._trail(context, trail_name or "")
        if not record.document.get("InsightSelectors"):
            raise InsightNotEnabledException(
                f"Trail {record.name} does not have Insights enabled. Edit the trail settings to enable "
                "Insights, and then try the operation again."
            )
        return cast(
            GetInsightSelectorsResponse,
            {
                "TrailARN": record.document["Trail"]["TrailARN"],
                "InsightSelectors": record.document["InsightSelectors"],
            },
        )

    async def get_event_configuration(
        self, context: RequestContext, *, trail_name: str | None = None, event_data_store: str | None = None
    ) -> GetEventConfigurationResponse:
        if trail_name is None:
            _no_event_data_store(event_data_store or "")
        record = await self._trail(context, trail_name or "")
        return cast(
            GetEventConfigurationResponse,
            {
                "TrailARN": record.document["Trail"]["TrailARN"],
                "MaxEventSize": "Standard",
                "ContextKeySelectors": [],
            },
        )

    # --- tags --------------------------------------------------------------------------------------

    async def _tagged(self, context: RequestContext, resource_id: str) -> TrailRecord:
        match = _TRAIL_ARN.match(resource_id)
        if match is None:
            if ":eventdatastore/" in resource_id:
                _no_event_data_store(resource_id)
            raise ResourceNotFoundException(f"Resource {resource_id} does not exist.")
        record = await self.store.get_trail(match.group(2), match.group(3))
        if record is None or match.group(2) != context.account_id:
            raise ResourceNotFoundException(f"Resource {resource_id} does not exist.")
        return record

    async def add_tags(
        self, context: RequestContext, *, resource_id: str, tags_list: list[Any]
    ) -> AddTagsResponse:
        record = await self._tagged(context, resource_id)
        tags = {t["Key"]: t.get("Value", "") for t in record.document.get("Tags", [])}
        tags.update({t["Key"]: t.get("Value", "") for t in _check_tags(tags_list)})
        if len(tags) > MAX_TAGS:
            raise TagsLimitExceededException(f"The number of tags on the resource cannot exceed {MAX_TAGS}.")
        record.document["Tags"] = [{"Key": k, "Value": v} for k, v in tags.items()]
        await self._put_trail(record)
        return {}

    async def remove_tags(
        self, context: RequestContext, *, resource_id: str, tags_list: list[Any]
    ) -> RemoveTagsResponse:
        record = await self._tagged(context, resource_id)
        gone = {t["Key"] for t in _check_tags(tags_list)}
        record.document["Tags"] = [t for t in record.document.get("Tags", []) if t["Key"] not in gone]
        await self._put_trail(record)
        return {}

    async def list_tags(
        self, context: RequestContext, *, resource_id_list: list[str], next_token: str | None = None
    ) -> ListTagsResponse:
        out = []
        for resource_id in resource_id_list:
            record = await self._tagged(context, resource_id)
            out.append({"ResourceId": resource_id, "TagsList": list(record.document.get("Tags", []))})
        return cast(ListTagsResponse, {"ResourceTagList": out})

    # --- delivery ----------------------------------------------------------------------------------

    async def deliver(self) -> int:
        """Write a log file for every logging trail with new events; returns how many files."""
        files = 0
        if self.settle is not None:
            await self.settle()
        async with self._delivering:
            for record in await self.store.list_trails():
                if record.document["Status"].get("IsLogging"):
                    files += await self._deliver_trail(record)
        return files

    async def _deliver_trail(self, record: TrailRecord) -> int:
        document, trail = record.document, record.document["Trail"]
        status = document["Status"]
        files = 0
        while True:
            events = await self.store.events_after(int(document.get("Cursor", 0)), DELIVERY_PAGE)
            if not events:
                break
            by_region: dict[str, list[str]] = {}
            for stored in events:
                event = json.loads(stored.document)
                if trail_logs(trail, document, event):
                    by_region.setdefault(stored.region, []).append(stored.document)
            now = self.clock()
            status["LatestDeliveryAttemptTime"] = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            try:
                for region, records in by_region.items():
                    key = log_file_key(trail.get("S3KeyPrefix"), record.account_id, region, now)
                    body = log_file(records)
                    await self.delivery.deliver(
                        record.account_id, record.home_region, trail["S3BucketName"], key, body
                    )
                    files += 1
            except Exception as exc:  # the trail says why; the next round retries from the same cursor
                # AWS reports the S3 error code (``NoSuchBucket``, ``AccessDenied``)
                status["LatestDeliveryError"] = getattr(exc, "code", None) or type(exc).__name__
                log.warning(
                    "cloudtrail: delivery failed",
                    extra={"fields": {"trail": record.name, "error": f"{type(exc).__name__}: {exc}"}},
                )
                await self._put_trail(record)
                return files
            document["Cursor"] = events[-1].seq
            if by_region:
                status["LatestDeliveryTime"] = _epoch(now)
                status["LatestDeliveryAttemptSucceeded"] = status["LatestDeliveryAttemptTime"]
                status.pop("LatestDeliveryError", None)
            await self._put_trail(record)
        return files

    # --- CloudTrail Lake, channels, dashboards, organizations: not in Overcast ---------------------

    async def create_event_data_store(self, context: RequestContext, **_: Any) -> Any:
        raise _lake("CreateEventDataStore")

    async def get_event_data_store(self, context: RequestContext, *, event_data_store: str) -> Any:
        _no_event_data_store(event_data_store)

    async def update_event_data_store(
        self, context: RequestContext, *, event_data_store: str, **_: Any
    ) -> Any:
        _no_event_data_store(event_data_store)

    async def delete_event_data_store(self, context: RequestContext, *, event_data_store: str) -> Any:
        _no_event_data_store(event_data_store)

    async def restore_event_data_store(self, context: RequestContext, *, event_data_store: str) -> Any:
        _no_event_data_store(event_data_store)

    async def start_event_data_store_ingestion(
        self, context: RequestContext, *, event_data_store: str
    ) -> Any:
        _no_event_data_store(event_data_store)

    async def stop_event_data_store_ingestion(self, context: RequestContext, *, event_data_store: str) -> Any:
        _no_event_data_store(event_data_store)

    async def enable_federation(self, context: RequestContext, *, event_data_store: str, **_: Any) -> Any:
        _no_event_data_store(event_data_store)

    async def disable_federation(self, context: RequestContext, *, event_data_store: str) -> Any:
        _no_event_data_store(event_data_store)

    async def list_event_data_stores(self, context: RequestContext, **_: Any) -> Any:
        return {"EventDataStores": []}

    async def put_event_configuration(self, context: RequestContext, **_: Any) -> Any:
        raise _lake("PutEventConfiguration")

    async def start_query(self, context: RequestContext, **_: Any) -> Any:
        raise _lake("StartQuery")

    async def generate_query(self, context: RequestContext, **_: Any) -> Any:
        raise _lake("GenerateQuery")

    async def describe_query(
        self, context: RequestContext, *, event_data_store: str | None = None, **_: Any
    ) -> Any:
        _queries(event_data_store)

    async def get_query_results(
        self, context: RequestContext, *, event_data_store: str | None = None, **_: Any
    ) -> Any:
        _queries(event_data_store)

    async def cancel_query(
        self, context: RequestContext, *, event_data_store: str | None = None, **_: Any
    ) -> Any:
        _queries(event_data_store)

    async def list_queries(self, context: RequestContext, *, event_data_store: str, **_: Any) -> Any:
        _no_event_data_store(event_data_store)

    async def search_sample_queries(self, context: RequestContext, **_: Any) -> Any:
        return {"SearchResults": []}

    async def start_import(self, context: RequestContext, *, import_id: str | None = None, **_: Any) -> Any:
        if import_id:
            raise ImportNotFoundException(f"The import {import_id} was not found.")
        raise _lake("StartImport")

    async def get_import(self, context: RequestContext, *, import_id: str) -> Any:
        raise ImportNotFoundException(f"The import {import_id} was not found.")

    async def stop_import(self, context: RequestContext, *, import_id: str) -> Any:
        raise ImportNotFoundException(f"The import {import_id} was not found.")

    async def list_import_failures(self, context: RequestContext, *, import_id: str, **_: Any) -> Any:
        raise ImportNotFoundException(f"The import {import_id} was not found.")

    async def list_imports(self, context: RequestContext, **_: Any) -> Any:
        return {"Imports": []}

    async def create_channel(self, context: RequestContext, **_: Any) -> Any:
        raise _lake("CreateChannel")

    async def get_channel(self, context: RequestContext, *, channel: str) -> Any:
        raise ChannelNotFoundException(f"Channel {channel} was not found.")

    async def update_channel(self, context: RequestContext, *, channel: str, **_: Any) -> Any:
        raise ChannelNotFoundException(f"Channel {channel} was not found.")

    async def delete_channel(self, context: RequestContext, *, channel: str) -> Any:
        raise ChannelNotFoundException(f"Channel {channel} was not found.")

    async def list_channels(self, context: RequestContext, **_: Any) -> Any:
        return {"Channels": []}

    async def create_dashboard(self, context: RequestContext, **_: Any) -> Any:
        raise _lake("CreateDashboard")

    async def get_dashboard(self, context: RequestContext, *, dashboard_id: str) -> Any:
        raise ResourceNotFoundException(f"Dashboard {dashboard_id} was not found.")

    async def update_dashboard(self, context: RequestContext, *, dashboard_id: str, **_: Any) -> Any:
        raise ResourceNotFoundException(f"Dashboard {dashboard_id} was not found.")

    async def delete_dashboard(self, context: RequestContext, *, dashboard_id: str) -> Any:
        raise ResourceNotFoundException(f"Dashboard {dashboard_id} was not found.")

    async def start_dashboard_refresh(self, context: RequestContext, *, dashboard_id: str, **_: Any) -> Any:
        raise ResourceNotFoundException(f"Dashboard {dashboard_id} was not found.")

    async def list_dashboards(self, context: RequestContext, **_: Any) -> Any:
        return {"Dashboards": []}

    async def put_resource_policy(self, context: RequestContext, *, resource_arn: str, **_: Any) -> Any:
        raise ResourceNotFoundException(f"Resource {resource_arn} does not exist.")

    async def get_resource_policy(self, context: RequestContext, *, resource_arn: str) -> Any:
        raise ResourceNotFoundException(f"Resource {resource_arn} does not exist.")

    async def delete_resource_policy(self, context: RequestContext, *, resource_arn: str) -> Any:
        raise ResourceNotFoundException(f"Resource {resource_arn} does not exist.")

    async def register_organization_delegated_admin(self, context: RequestContext, **_: Any) -> Any:
        raise OrganizationsNotInUseException("This account is not a member of an organization.")

    async def deregister_organization_delegated_admin(self, context: RequestContext, **_: Any) -> Any:
        raise OrganizationsNotInUseException("This account is not a member of an organization.")

    async def list_public_keys(self, context: RequestContext, **_: Any) -> Any:
        return {"PublicKeyList": []}  # log file validation writes no digest files in Overcast

    async def list_insights_metric_data(self, context: RequestContext, **kwargs: Any) -> Any:
        out = {"EventSource": kwargs.get("event_source"), "EventName": kwargs.get("event_name")}
        out.update(InsightType=kwargs.get("insight_type"), Timestamps=[], Values=[])
        if kwargs.get("trail_name"):
            out["TrailARN"] = (await self._trail(context, kwargs["trail_name"])).document["Trail"]["TrailARN"]
        if kwargs.get("error_code"):
            out["ErrorCode"] = kwargs["error_code"]
        return {k: v for k, v in out.items() if v is not None}

    async def list_insights_data(self, context: RequestContext, **_: Any) -> Any:
        return {"Events": []}


# --- validation and shapes ------------------------------------------------------------------------------


def _encode_token(at: datetime, seq: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([at.timestamp(), seq]).encode()).decode()


def _decode_token(token: str) -> tuple[datetime, int]:
    try:
        at, seq = json.loads(base64.urlsafe_b64decode(token.encode()))
        return _time(float(at)), int(seq)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise InvalidNextTokenException("Invalid NextToken.") from None


def _check_trail_name(name: str) -> None:
    if len(name) < 3:
        raise InvalidTrailNameException(
            f"Trail name too short. Minimum allowed length: 3 characters. Specified name length: {len(name)} characters."
        )
    if len(name) > 128:
        raise InvalidTrailNameException(
            f"Trail name too long. Maximum allowed length: 128 characters. Specified name length: {len(name)} characters."
        )
    if not _TRAIL_NAME.match(name):
        raise InvalidTrailNameException(
            "Trail name must starts with a letter or number, end with a letter or number, contain only ASCII "
            "letters, numbers, periods (.), underscores (_), or dashes (-), and not have adjacent periods, "
            "underscores or dashes."
        )
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return
    raise InvalidTrailNameException("Trail name cannot be formatted as an IP address.")


def _check_bucket(bucket: str) -> None:
    # the name's form; whether the bucket exists and takes log files is the delivery port's check
    if not _BUCKET_NAME.match(bucket) or ".." in bucket:
        raise InvalidS3BucketNameException(f"Bucket name is not valid: {bucket}")


def _check_tags(tags: list[Any]) -> list[dict[str, str]]:
    out = []
    for tag in tags:
        key, value = tag.get("Key"), tag.get("Value", "")
        if not key or len(key) > 128 or len(value or "") > 256 or str(key).startswith("aws:"):
            raise InvalidTagParameterException(f"Invalid tag: {key!r}")
        out.append({"Key": str(key), "Value": str(value or "")})
    if len(out) > MAX_TAGS:
        raise TagsLimitExceededException(f"The number of tags on the resource cannot exceed {MAX_TAGS}.")
    return out


def _set_sns_arn(trail: dict[str, Any], context: RequestContext) -> None:
    topic = trail.get("SnsTopicName")
    if topic:
        trail["SnsTopicARN"] = (
            topic
            if topic.startswith("arn:")
            else f"arn:aws:sns:{context.region}:{context.account_id}:{topic}"
        )


def _trail_response(trail: dict[str, Any]) -> dict[str, Any]:
    """CreateTrail/UpdateTrail output: the trail without what only ``Trail`` shows."""
    hidden = ("HomeRegion", "HasCustomEventSelectors", "HasInsightSelectors")
    return {k: v for k, v in trail.items() if k not in hidden}


def _basic_selector(selector: dict[str, Any]) -> dict[str, Any]:
    kind = selector.get("ReadWriteType", "All")
    if kind not in ("All", "ReadOnly", "WriteOnly"):
        raise InvalidEventSelectorsException(f"Invalid ReadWriteType: {kind}")
    resources = []
    for data in selector.get("DataResources") or []:
        if data.get("Type") not in BASIC_DATA_TYPES:
            raise InvalidEventSelectorsException(
                f"Value {data.get('Type')} for DataResources.Type is invalid. Basic event selectors support "
                "AWS::S3::Object, AWS::Lambda::Function and AWS::DynamoDB::Table; use advanced event selectors "
                "for other resource types."
            )
        values = list(data.get("Values") or [])
        prefix = {"AWS::S3::Object": "arn:aws:s3", "AWS::Lambda::Function": "arn:aws:lambda"}.get(
            data["Type"], "arn:aws:dynamodb"
        )
        if any(not v.startswith(prefix) for v in values) or len(values) > 250:
            raise InvalidEventSelectorsException(f"Value {values} for DataResources.Values is invalid.")
        resources.append({"Type": data["Type"], "Values": values})
    return {
        "ReadWriteType": kind,
        "IncludeManagementEvents": selector.get("IncludeManagementEvents", True),
        "DataResources": resources,
        "ExcludeManagementEventSources": list(selector.get("ExcludeManagementEventSources") or []),
    }


def _advanced_selector(selector: dict[str, Any]) -> dict[str, Any]:
    fields = selector.get("FieldSelectors") or []
    names = [f.get("Field") for f in fields]
    if "eventCategory" not in names:
        raise InvalidEventSelectorsException(
            "An advanced event selector must include the eventCategory field."
        )
    for name in names:
        if name not in ADVANCED_FIELDS:
            raise InvalidEventSelectorsException(f"Value {name} for Field is invalid.")
    out: dict[str, Any] = {"FieldSelectors": [dict(f) for f in fields]}
    if selector.get("Name"):
        out = {"Name": selector["Name"], **out}
    return out


def _no_event_data_store(arn: str) -> Any:
    raise EventDataStoreNotFoundException(f"The specified event data store {arn} was not found.")


def _queries(event_data_store: str | None) -> Any:
    if event_data_store:
        _no_event_data_store(event_data_store)
    raise QueryIdNotFoundException("The query ID does not exist or does not map to a query.")


def _lake(operation: str) -> UnsupportedOperationException:
    return UnsupportedOperationException(
        f"{operation}: CloudTrail Lake (event data stores, channels, queries, dashboards) is not supported "
        "by Overcast. Use LookupEvents or a trail."
    )
