"""X-Ray business logic: every operation of botocore's xray model.

Traces come in through ``PutTraceSegments`` here, and through the OTLP receiver and the daemon's UDP
port (``overcast_xray.ingest``), which all end in the same validation and the same store. Reads
assemble traces from their stored segments and compute summaries, filters and graphs on the fly.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import string
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from overcast_common.api import xray as api
from overcast_common.api.xray import (
    InvalidPolicyRevisionIdException,
    InvalidRequestException,
    MalformedPolicyDocumentException,
    PolicyCountLimitExceededException,
    PolicySizeLimitExceededException,
    ResourceNotFoundException,
    RuleLimitExceededException,
    TooManyTagsException,
    XrayApi,
)
from overcast_common.authz import resources
from overcast_common.context import RequestContext

from overcast_xray import filters, graph, sampling
from overcast_xray.ids import RETENTION_S, TRACE_ID
from overcast_xray.segments import InvalidSegment, SegmentRecord, parse_document
from overcast_xray.store import (
    GroupRecord,
    PolicyRecord,
    RuleRecord,
    StatisticRecord,
    TimeRangeKind,
    XrayStore,
)
from overcast_xray.summaries import summary
from overcast_xray.traces import Trace, assemble

SUMMARY_PAGE = 100
SCAN_BATCH = 500
MAX_SUMMARY_RANGE = timedelta(hours=24)
MAX_GRAPH_TRACES = 20_000
MAX_TAGS = 50
MAX_POLICIES = 5
MAX_POLICY_BYTES = 5 * 1024
DEFAULT_GROUP = "Default"
GROUP_ID_CHARS = string.ascii_uppercase + string.digits

_RULE_ARN = "arn:{partition}:xray:{region}:{account}:sampling-rule/*"
_GROUP_ARN = "arn:{partition}:xray:{region}:{account}:group/*"


def _now() -> datetime:
    return datetime.now(UTC)


class XrayProvider(XrayApi):
    def __init__(self, store: XrayStore, *, clock: Callable[[], datetime] = _now) -> None:
        self.store = store
        self.clock = clock

    # --- ingest -------------------------------------------------------------------------------------

    async def put_trace_segments(
        self, context: RequestContext, *, trace_segment_documents: api.TraceSegmentDocumentList
    ) -> api.PutTraceSegmentsResult:
        accepted, unprocessed = validate_documents(trace_segment_documents)
        await self.store.put_segments(context.account_id, context.region, accepted, self.clock())
        return {"UnprocessedTraceSegments": unprocessed}

    async def put_telemetry_records(
        self,
        context: RequestContext,
        *,
        telemetry_records: api.TelemetryRecordList,
        ec2_instance_id: str | None = None,
        hostname: str | None = None,
        resource_arn: str | None = None,
    ) -> api.PutTelemetryRecordsResult:
        return {}  # the daemon's health counters: accepted, nothing reads them back

    # --- traces -------------------------------------------------------------------------------------

    async def get_trace_summaries(
        self,
        context: RequestContext,
        *,
        start_time: datetime,
        end_time: datetime,
        time_range_type: str | None = None,
        sampling: bool | None = None,
        sampling_strategy: api.SamplingStrategy | None = None,
        filter_expression: str | None = None,
        next_token: str | None = None,
    ) -> api.GetTraceSummariesResult:
        kind = time_range_type or "Event"
        if kind not in ("TraceId", "Event", "Service"):
            raise InvalidRequestException(f"Invalid TimeRangeType: {kind}")
        kind_ = cast(TimeRangeKind, kind)
        _check_range(start_time, end_time, MAX_SUMMARY_RANGE)
        predicate = await self._predicate(context, filter_expression)
        after = _decode_token(next_token)
        start, end = start_time.timestamp(), end_time.timestamp()
        found: list[api.TraceSummary] = []
        processed = 0
        cursor = after
        more = False
        while True:
            rows = await self.store.find_traces(
                context.account_id, context.region, kind_, start, end, after=cursor, limit=SCAN_BATCH
            )
            if not rows:
                break
            loaded = await self.store.get_segments(
                context.account_id, context.region, [r.trace_id for r in rows]
            )
            for row in rows:
                cursor = (row.start_time, row.trace_id)
                processed += 1
                trace = assemble(row.trace_id, loaded.get(row.trace_id, []))
                if trace is None or not _in_service_range(trace, kind, start, end):
                    continue
                if predicate is not None and not filters.matches(predicate, trace):
                    continue
                item: Any = summary(trace, context.account_id)
                if kind == "Event":
                    item["MatchedEventTime"] = datetime.fromtimestamp(max(trace.start, start), UTC)
                found.append(item)
                if len(found) == SUMMARY_PAGE:
                    more = True
                    break
            if more or len(rows) < SCAN_BATCH:
                break
        result: api.GetTraceSummariesResult = {
            "TraceSummaries": found,
            "ApproximateTime": self.clock().replace(microsecond=0),
            "TracesProcessedCount": processed,
        }
        if more and cursor is not None:
            result["NextToken"] = _encode_token(cursor)
        return result

    async def batch_get_traces(
        self, context: RequestContext, *, trace_ids: api.TraceIdList, next_token: str | None = None
    ) -> api.BatchGetTracesResult:
        traces = await self._traces(context, trace_ids)
        out: list[api.Trace] = []
        for trace in traces.values():
            out.append(
                {
                    "Id": trace.trace_id,
                    "Duration": round(trace.duration, 6),
                    "LimitExceeded": False,
                    "Segments": [
                        {"Id": s["id"], "Document": json.dumps(s, separators=(",", ":"))}
                        for s in trace.segments
                    ],
                }
            )
        return {
            "Traces": out,
            "UnprocessedTraceIds": [t for t in dict.fromkeys(trace_ids) if t not in traces],
        }

    async def get_trace_graph(
        self, context: RequestContext, *, trace_ids: api.TraceIdList, next_token: str | None = None
    ) -> api.GetTraceGraphResult:
        traces = await self._traces(context, trace_ids)
        return {"Services": graph.services(traces.values(), context.account_id)}  # type: ignore[typeddict-item]

    async def get_service_graph(
        self,
        context: RequestContext,
        *,
        start_time: datetime,
        end_time: datetime,
        group_name: str | None = None,
        group_arn: str | None = None,
        next_token: str | None = None,
    ) -> api.GetServiceGraphResult:
        _check_range(start_time, end_time, None)
        traces = await self._traces_in(context, start_time, end_time, group_name, group_arn)
        return {
            "StartTime": start_time,
            "EndTime": end_time,
            "Services": graph.services(traces, context.account_id),  # type: ignore[typeddict-item]
            "ContainsOldGroupVersions": False,
        }

    async def get_time_series_service_statistics(
        self,
        context: RequestContext,
        *,
        start_time: datetime,
        end_time: datetime,
        group_name: str | None = None,
        group_arn: str | None = None,
        entity_selector_expression: str | None = None,
        period: int | None = None,
        forecast_statistics: bool | None = None,
        next_token: str | None = None,
    ) -> api.GetTimeSeriesServiceStatisticsResult:
        _check_range(start_time, end_time, None)
        seconds = 60 if period is None else period
        if seconds <= 0 or seconds % 60:
            raise InvalidRequestException("Period must be a multiple of 60 seconds.")
        traces = await self._traces_in(context, start_time, end_time, group_name, group_arn)
        calls = []
        for trace in traces:
            if entity_selector_expression:
                try:
                    calls.extend(filters.selected_calls(entity_selector_expression, trace))
                except filters.FilterError as exc:
                    raise InvalidRequestException(str(exc)) from None
            else:
                calls.extend(c for c in trace.calls if c.caller.type == "client")
        return {
            "TimeSeriesServiceStatistics": graph.time_series(calls, seconds),  # type: ignore[typeddict-item]
            "ContainsOldGroupVersions": False,
        }

    # --- trace retrieval (the Transaction Search API) ------------------------------------------------

    async def start_trace_retrieval(
        self,
        context: RequestContext,
        *,
        trace_ids: api.TraceIdListForRetrieval,
        start_time: datetime,
        end_time: datetime,
    ) -> api.StartTraceRetrievalResult:
        _check_range(start_time, end_time, None)
        token = uuid.uuid4().hex
        await self.store.put_setting(
            context.account_id,
            context.region,
            f"retrieval:{token}",
            {"TraceIds": trace_ids, "Status": "COMPLETE"},
        )
        return {"RetrievalToken": token}

    async def cancel_trace_retrieval(
        self, context: RequestContext, *, retrieval_token: str
    ) -> api.CancelTraceRetrievalResult:
        job = await self._retrieval(context, retrieval_token)
        job["Status"] = "CANCELLED"
        await self.store.put_setting(context.account_id, context.region, f"retrieval:{retrieval_token}", job)
        return {}

    async def list_retrieved_traces(
        self,
        context: RequestContext,
        *,
        retrieval_token: str,
        trace_format: str | None = None,
        next_token: str | None = None,
    ) -> api.ListRetrievedTracesResult:
        job = await self._retrieval(context, retrieval_token)
        traces = await self._traces(context, job["TraceIds"]) if job["Status"] == "COMPLETE" else {}
        return {
            "RetrievalStatus": job["Status"],
            "TraceFormat": trace_format or "XRAY",
            "Traces": [
                {
                    "Id": t.trace_id,
                    "Duration": round(t.duration, 6),
                    "Spans": [
                        {"Id": s["id"], "Document": json.dumps(s, separators=(",", ":"))} for s in t.segments
                    ],
                }
                for t in traces.values()
            ],
        }

    async def get_retrieved_traces_graph(
        self, context: RequestContext, *, retrieval_token: str, next_token: str | None = None
    ) -> api.GetRetrievedTracesGraphResult:
        job = await self._retrieval(context, retrieval_token)
        traces = await self._traces(context, job["TraceIds"]) if job["Status"] == "COMPLETE" else {}
        nodes = graph.services(traces.values(), context.account_id)
        return {
            "RetrievalStatus": job["Status"],
            "Services": [{"Service": n, "Links": []} for n in nodes],  # type: ignore[typeddict-item]
        }

    async def get_trace_segment_destination(
        self, context: RequestContext
    ) -> api.GetTraceSegmentDestinationResult:
        stored = await self.store.get_setting(context.account_id, context.region, "destination")
        if stored:
            return cast(api.GetTraceSegmentDestinationResult, stored)
        return {"Destination": "XRay", "Status": "ACTIVE"}

    async def update_trace_segment_destination(
        self, context: RequestContext, *, destination: str | None = None
    ) -> api.UpdateTraceSegmentDestinationResult:
        value = {"Destination": destination or "XRay", "Status": "ACTIVE"}
        await self.store.put_setting(context.account_id, context.region, "destination", value)
        return value  # type: ignore[return-value]

    # --- sampling -----------------------------------------------------------------------------------

    async def get_sampling_rules(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> api.GetSamplingRulesResult:
        rules = await self._rules(context)
        return {"SamplingRuleRecords": [_rule_record(r) for r in sorted(rules.values(), key=_rule_order)]}

    @resources(_RULE_ARN)
    async def create_sampling_rule(
        self, context: RequestContext, *, sampling_rule: api.SamplingRule, tags: api.TagList | None = None
    ) -> api.CreateSamplingRuleResult:
        rule: dict[str, Any] = dict(sampling_rule)
        rule.setdefault("Attributes", {})
        sampling.validate_rule(rule)
        name = rule["RuleName"]
        rules = await self._rules(context)
        if name in rules:
            raise InvalidRequestException("A sampling rule with the same name already exists.")
        if len(rules) - 1 >= sampling.MAX_RULES:
            raise RuleLimitExceededException("You have reached the maximum number of sampling rules.")
        rule["RuleARN"] = sampling.rule_arn(context.region, context.account_id, name)
        now = self.clock()
        record = RuleRecord(rule, now, now)
        await self._check_tags(tags or [], 0, rule["RuleARN"])
        await self.store.put_rule(context.account_id, context.region, record)
        await self.store.tag(rule["RuleARN"], {t["Key"]: t["Value"] for t in tags or []})
        return {"SamplingRuleRecord": _rule_record(record)}

    @resources(_RULE_ARN)
    async def update_sampling_rule(
        self, context: RequestContext, *, sampling_rule_update: api.SamplingRuleUpdate
    ) -> api.UpdateSamplingRuleResult:
        rules = await self._rules(context)
        record = _find_rule(rules, sampling_rule_update.get("RuleName"), sampling_rule_update.get("RuleARN"))
        changes = {k: v for k, v in sampling_rule_update.items() if k not in ("RuleName", "RuleARN")}
        if record.name == sampling.DEFAULT_RULE and set(changes) - {"FixedRate", "ReservoirSize"}:
            raise InvalidRequestException(
                "Only FixedRate and ReservoirSize of the default rule can be updated."
            )
        rule = {**record.rule, **changes}
        sampling.validate_rule(
            rule if record.name != sampling.DEFAULT_RULE else {**rule, "Priority": 1}  # Default keeps 10000
        )
        updated = RuleRecord(rule, record.created_at, self.clock())
        await self.store.put_rule(context.account_id, context.region, updated)
        return {"SamplingRuleRecord": _rule_record(updated)}

    @resources(_RULE_ARN)
    async def delete_sampling_rule(
        self, context: RequestContext, *, rule_name: str | None = None, rule_arn: str | None = None
    ) -> api.DeleteSamplingRuleResult:
        rules = await self._rules(context)
        record = _find_rule(rules, rule_name, rule_arn)
        if record.name == sampling.DEFAULT_RULE:
            raise InvalidRequestException("The default sampling rule cannot be deleted.")
        await self.store.delete_rule(context.account_id, context.region, record.name)
        await self.store.untag(record.rule["RuleARN"])
        return {"SamplingRuleRecord": _rule_record(record)}

    async def get_sampling_targets(
        self,
        context: RequestContext,
        *,
        sampling_statistics_documents: api.SamplingStatisticsDocumentList,
        sampling_boost_statistics_documents: api.SamplingBoostStatisticsDocumentList | None = None,
    ) -> api.GetSamplingTargetsResult:
        rules = await self._rules(context)
        now = self.clock()
        known = await self.store.list_statistics(context.account_id, context.region)
        docs: list[dict[str, Any]] = [dict(d) for d in sampling_statistics_documents]
        documents, unprocessed = sampling.targets(rules, docs, known, now)
        await self.store.add_statistics(
            context.account_id,
            context.region,
            [
                StatisticRecord(
                    d["RuleName"],
                    d["ClientID"],
                    d["Timestamp"],
                    int(d["RequestCount"]),
                    int(d["SampledCount"]),
                    int(d.get("BorrowCount", 0)),
                )
                for d in docs
                if d["RuleName"] in rules
            ],
        )
        return {
            "SamplingTargetDocuments": documents,  # type: ignore[typeddict-item]
            "LastRuleModification": max(r.modified_at for r in rules.values()),
            "UnprocessedStatistics": unprocessed,  # type: ignore[typeddict-item]
            "UnprocessedBoostStatistics": [],
        }

    async def get_sampling_statistic_summaries(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> api.GetSamplingStatisticSummariesResult:
        stats = await self.store.list_statistics(context.account_id, context.region)
        return {"SamplingStatisticSummaries": sampling.summaries(stats)}  # type: ignore[typeddict-item]

    # --- groups -------------------------------------------------------------------------------------

    @resources(_GROUP_ARN)
    async def create_group(
        self,
        context: RequestContext,
        *,
        group_name: str,
        filter_expression: str | None = None,
        insights_configuration: api.InsightsConfiguration | None = None,
        tags: api.TagList | None = None,
    ) -> api.CreateGroupResult:
        if not 1 <= len(group_name) <= 32 or not all(c.isalnum() or c in "-_" for c in group_name):
            raise InvalidRequestException("Group name must be 1 to 32 alphanumeric characters, '-' or '_'.")
        if group_name == DEFAULT_GROUP or await self.store.get_group(
            context.account_id, context.region, group_name
        ):
            raise InvalidRequestException("Group already exists")
        await self._check_filter(context, filter_expression)
        arn = f"arn:aws:xray:{context.region}:{context.account_id}:group/{group_name}/" + "".join(
            secrets.choice(GROUP_ID_CHARS) for _ in range(32)
        )
        group = GroupRecord(group_name, arn, filter_expression, _insights(insights_configuration))
        await self._check_tags(tags or [], 0, arn)
        await self.store.put_group(context.account_id, context.region, group)
        await self.store.tag(arn, {t["Key"]: t["Value"] for t in tags or []})
        return {"Group": _group(group)}

    async def get_group(
        self, context: RequestContext, *, group_name: str | None = None, group_arn: str | None = None
    ) -> api.GetGroupResult:
        return {"Group": _group(await self._group(context, group_name, group_arn))}

    async def get_groups(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> api.GetGroupsResult:
        groups = [
            self._default_group(context),
            *await self.store.list_groups(context.account_id, context.region),
        ]
        return {"Groups": [_group(g) for g in groups]}

    @resources(_GROUP_ARN)
    async def update_group(
        self,
        context: RequestContext,
        *,
        group_name: str | None = None,
        group_arn: str | None = None,
        filter_expression: str | None = None,
        insights_configuration: api.InsightsConfiguration | None = None,
    ) -> api.UpdateGroupResult:
        group = await self._group(context, group_name, group_arn)
        if group.name == DEFAULT_GROUP:
            raise InvalidRequestException("The Default group cannot be updated.")
        if filter_expression is not None:
            await self._check_filter(context, filter_expression)
        updated = GroupRecord(
            group.name,
            group.arn,
            group.filter_expression if filter_expression is None else filter_expression,
            {**(group.insights or {}), **_insights(insights_configuration)}
            if insights_configuration
            else group.insights,
        )
        await self.store.put_group(context.account_id, context.region, updated)
        return {"Group": _group(updated)}

    @resources(_GROUP_ARN)
    async def delete_group(
        self, context: RequestContext, *, group_name: str | None = None, group_arn: str | None = None
    ) -> api.DeleteGroupResult:
        group = await self._group(context, group_name, group_arn)
        if group.name == DEFAULT_GROUP:
            raise InvalidRequestException("The Default group cannot be deleted.")
        await self.store.delete_group(context.account_id, context.region, group.name)
        await self.store.untag(group.arn)
        return {}

    # --- tags ---------------------------------------------------------------------------------------

    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: str, next_token: str | None = None
    ) -> api.ListTagsForResourceResponse:
        await self._check_resource(context, resource_arn)
        tags = await self.store.get_tags(resource_arn)
        return {"Tags": [{"Key": k, "Value": v} for k, v in tags.items()]}

    async def tag_resource(
        self, context: RequestContext, *, resource_arn: str, tags: api.TagList
    ) -> api.TagResourceResponse:
        await self._check_resource(context, resource_arn)
        existing = await self.store.get_tags(resource_arn)
        await self._check_tags(tags, len(existing.keys() - {t["Key"] for t in tags}), resource_arn)
        await self.store.tag(resource_arn, {t["Key"]: t["Value"] for t in tags})
        return {}

    async def untag_resource(
        self, context: RequestContext, *, resource_arn: str, tag_keys: api.TagKeyList
    ) -> api.UntagResourceResponse:
        await self._check_resource(context, resource_arn)
        if any(k.lower().startswith("aws:") for k in tag_keys):
            raise InvalidRequestException("Tag keys with the 'aws:' prefix are reserved.")
        await self.store.untag(resource_arn, tag_keys)
        return {}

    # --- encryption, resource policies, indexing rules, insights ---------------------------------

    async def get_encryption_config(self, context: RequestContext) -> api.GetEncryptionConfigResult:
        stored = await self.store.get_setting(context.account_id, context.region, "encryption")
        config = stored or {"Type": "NONE"}
        return {"EncryptionConfig": {**config, "Status": "ACTIVE"}}  # type: ignore[typeddict-item]

    async def put_encryption_config(
        self, context: RequestContext, *, type: str, key_id: str | None = None
    ) -> api.PutEncryptionConfigResult:
        if type not in ("NONE", "KMS"):
            raise InvalidRequestException(f"Invalid encryption type: {type}")
        if type == "KMS" and not key_id:
            raise InvalidRequestException("A KeyId is required for KMS encryption.")
        config: dict[str, Any] = {"Type": type}
        if type == "KMS":
            config["KeyId"] = key_id
        await self.store.put_setting(context.account_id, context.region, "encryption", config)
        return {"EncryptionConfig": {**config, "Status": "UPDATING"}}  # type: ignore[typeddict-item]

    async def put_resource_policy(
        self,
        context: RequestContext,
        *,
        policy_name: str,
        policy_document: str,
        policy_revision_id: str | None = None,
        bypass_policy_lockout_check: bool | None = None,
    ) -> api.PutResourcePolicyResult:
        if len(policy_document.encode()) > MAX_POLICY_BYTES:
            raise PolicySizeLimitExceededException("Policy document size exceeds the limit of 5 KB.")
        try:
            parsed = json.loads(policy_document)
        except ValueError:
            raise MalformedPolicyDocumentException("Policy document is not valid JSON.") from None
        if not isinstance(parsed, dict) or "Statement" not in parsed:
            raise MalformedPolicyDocumentException("Policy document must contain a Statement.")
        policies = {p.name: p for p in await self.store.list_policies(context.account_id, context.region)}
        current = policies.get(policy_name)
        if policy_revision_id is not None and (current is None or current.revision_id != policy_revision_id):
            raise InvalidPolicyRevisionIdException(
                "The policy revision id does not match the current policy."
            )
        if current is None and len(policies) >= MAX_POLICIES:
            raise PolicyCountLimitExceededException("Exceeded the maximum number of resource policies.")
        revision = str(int(current.revision_id) + 1) if current is not None else "1"
        policy = PolicyRecord(policy_name, policy_document, revision, self.clock().replace(microsecond=0))
        await self.store.put_policy(context.account_id, context.region, policy)
        return {"ResourcePolicy": _policy(policy)}

    async def delete_resource_policy(
        self, context: RequestContext, *, policy_name: str, policy_revision_id: str | None = None
    ) -> api.DeleteResourcePolicyResult:
        policies = {p.name: p for p in await self.store.list_policies(context.account_id, context.region)}
        current = policies.get(policy_name)
        if current is None:
            return {}  # idempotent, as AWS's
        if policy_revision_id is not None and current.revision_id != policy_revision_id:
            raise InvalidPolicyRevisionIdException(
                "The policy revision id does not match the current policy."
            )
        await self.store.delete_policy(context.account_id, context.region, policy_name)
        return {}

    async def list_resource_policies(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> api.ListResourcePoliciesResult:
        policies = await self.store.list_policies(context.account_id, context.region)
        return {"ResourcePolicies": [_policy(p) for p in policies]}

    async def get_indexing_rules(
        self, context: RequestContext, *, next_token: str | None = None
    ) -> api.GetIndexingRulesResult:
        return {"IndexingRules": [await self._indexing_rule(context)]}

    async def update_indexing_rule(
        self, context: RequestContext, *, name: str, rule: api.IndexingRuleValueUpdate
    ) -> api.UpdateIndexingRuleResult:
        if name != "Default":
            raise ResourceNotFoundException(f"Indexing rule {name} not found.")
        probabilistic = rule.get("Probabilistic")
        if probabilistic is None:
            raise InvalidRequestException("Only Probabilistic indexing rules are supported.")
        percentage = float(probabilistic["DesiredSamplingPercentage"])
        if not 0 <= percentage <= 100:
            raise InvalidRequestException("DesiredSamplingPercentage must be between 0 and 100.")
        value = {"Percentage": percentage, "ModifiedAt": self.clock().timestamp()}
        await self.store.put_setting(context.account_id, context.region, "indexing:Default", value)
        return {"IndexingRule": await self._indexing_rule(context)}

    async def get_insight(self, context: RequestContext, *, insight_id: str) -> api.GetInsightResult:
        return {}  # Overcast detects no anomalies

    async def get_insight_events(
        self,
        context: RequestContext,
        *,
        insight_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> api.GetInsightEventsResult:
        return {"InsightEvents": []}

    async def get_insight_impact_graph(
        self,
        context: RequestContext,
        *,
        insight_id: str,
        start_time: datetime,
        end_time: datetime,
        next_token: str | None = None,
    ) -> api.GetInsightImpactGraphResult:
        return {"InsightId": insight_id, "StartTime": start_time, "EndTime": end_time, "Services": []}

    async def get_insight_summaries(
        self,
        context: RequestContext,
        *,
        start_time: datetime,
        end_time: datetime,
        states: api.InsightStateList | None = None,
        group_arn: str | None = None,
        group_name: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> api.GetInsightSummariesResult:
        _check_range(start_time, end_time, None)
        return {"InsightSummaries": []}

    # --- helpers ------------------------------------------------------------------------------------

    async def expire(self) -> int:
        """Retention: forget traces untouched for 30 days."""
        return await self.store.delete_traces_before(self.clock() - timedelta(seconds=RETENTION_S))

    async def _traces(self, context: RequestContext, trace_ids: Sequence[str]) -> dict[str, Trace]:
        wanted = [t for t in dict.fromkeys(trace_ids) if TRACE_ID.match(t)]
        loaded = await self.store.get_segments(context.account_id, context.region, wanted)
        assembled = {t: assemble(t, loaded.get(t, [])) for t in wanted}
        return {t: trace for t, trace in assembled.items() if trace is not None}

    async def _traces_in(
        self,
        context: RequestContext,
        start_time: datetime,
        end_time: datetime,
        group_name: str | None,
        group_arn: str | None,
    ) -> list[Trace]:
        predicate = None
        if group_name or group_arn:
            group = await self._group(context, group_name, group_arn)
            if group.filter_expression:
                predicate = await self._predicate(context, group.filter_expression)
        out: list[Trace] = []
        cursor = None
        while len(out) < MAX_GRAPH_TRACES:
            rows = await self.store.find_traces(
                context.account_id,
                context.region,
                "Event",
                start_time.timestamp(),
                end_time.timestamp(),
                after=cursor,
                limit=SCAN_BATCH,
            )
            if not rows:
                break
            cursor = (rows[-1].start_time, rows[-1].trace_id)
            loaded = await self.store.get_segments(
                context.account_id, context.region, [r.trace_id for r in rows]
            )
            for row in rows:
                trace = assemble(row.trace_id, loaded.get(row.trace_id, []))
                if trace is not None and (predicate is None or filters.matches(predicate, trace)):
                    out.append(trace)
            if len(rows) < SCAN_BATCH:
                break
        return out

    async def _predicate(self, context: RequestContext, expression: str | None) -> filters.Predicate | None:
        if not expression or not expression.strip():
            return None
        groups = [
            self._default_group(context),
            *await self.store.list_groups(context.account_id, context.region),
        ]

        def resolve(by: str, value: str) -> str | None:
            for g in groups:
                if (g.name if by == "name" else g.arn) == value:
                    return g.filter_expression or ""
            return None

        try:
            return filters.parse(expression, resolve)
        except filters.FilterError as exc:
            raise InvalidRequestException(str(exc)) from None

    async def _check_filter(self, context: RequestContext, expression: str | None) -> None:
        if expression is not None and len(expression) > 2000:  # the group filter's documented limit
            raise InvalidRequestException("Filter expression must be at most 2000 characters.")
        await self._predicate(context, expression)

    async def _rules(self, context: RequestContext) -> dict[str, RuleRecord]:
        stored = {r.name: r for r in await self.store.list_rules(context.account_id, context.region)}
        stored.setdefault(sampling.DEFAULT_RULE, sampling.default_rule(context.region, context.account_id))
        return stored

    def _default_group(self, context: RequestContext) -> GroupRecord:
        arn = f"arn:aws:xray:{context.region}:{context.account_id}:group/{DEFAULT_GROUP}"
        return GroupRecord(
            DEFAULT_GROUP, arn, None, {"InsightsEnabled": False, "NotificationsEnabled": False}
        )

    async def _group(self, context: RequestContext, name: str | None, arn: str | None) -> GroupRecord:
        if not name and not arn:
            raise InvalidRequestException("Either GroupName or GroupARN must be provided.")
        default = self._default_group(context)
        if name == DEFAULT_GROUP or arn == default.arn:
            return default
        if name:
            group = await self.store.get_group(context.account_id, context.region, name)
        else:
            group = next(
                (g for g in await self.store.list_groups(context.account_id, context.region) if g.arn == arn),
                None,
            )
        if group is None or (arn and group.arn != arn):
            raise InvalidRequestException("Group not found")
        return group

    async def _check_resource(self, context: RequestContext, arn: str) -> None:
        rules = await self._rules(context)
        if any(r.rule["RuleARN"] == arn for r in rules.values()):
            return
        groups = await self.store.list_groups(context.account_id, context.region)
        if any(g.arn == arn for g in groups) or arn == self._default_group(context).arn:
            return
        raise ResourceNotFoundException(f"Resource {arn} not found", resource_name=arn)

    async def _check_tags(self, tags: api.TagList, existing: int, arn: str) -> None:
        for tag in tags:
            if tag["Key"].lower().startswith("aws:"):
                raise InvalidRequestException("Tag keys with the 'aws:' prefix are reserved.")
        if existing + len({t["Key"] for t in tags}) > MAX_TAGS:
            raise TooManyTagsException("A resource can have at most 50 tags.", resource_name=arn)

    async def _retrieval(self, context: RequestContext, token: str) -> dict[str, Any]:
        job = await self.store.get_setting(context.account_id, context.region, f"retrieval:{token}")
        if job is None:
            raise ResourceNotFoundException(f"Retrieval token {token} not found.")
        return dict(job)

    async def _indexing_rule(self, context: RequestContext) -> api.IndexingRule:
        stored = await self.store.get_setting(context.account_id, context.region, "indexing:Default")
        percentage = float(stored["Percentage"]) if stored else 100.0
        modified = datetime.fromtimestamp(float(stored["ModifiedAt"]), UTC) if stored else sampling.EPOCH
        return {
            "Name": "Default",
            "ModifiedAt": modified,
            "Rule": {
                "Probabilistic": {
                    "DesiredSamplingPercentage": percentage,
                    "ActualSamplingPercentage": percentage,
                }
            },
        }


def validate_documents(
    documents: Sequence[str],
) -> tuple[list[SegmentRecord], list[api.UnprocessedTraceSegment]]:
    """Accepted records and ``UnprocessedTraceSegments`` for a batch of documents."""
    accepted: list[SegmentRecord] = []
    unprocessed: list[api.UnprocessedTraceSegment] = []
    for text in documents:
        try:
            accepted.append(parse_document(text))
        except InvalidSegment as exc:
            item: api.UnprocessedTraceSegment = {"ErrorCode": exc.code, "Message": str(exc)}
            if exc.segment_id:
                item["Id"] = exc.segment_id
            unprocessed.append(item)
    return accepted, unprocessed


def _check_range(start: datetime, end: datetime, limit: timedelta | None) -> None:
    if start > end:
        raise InvalidRequestException("StartTime cannot be after EndTime.")
    if limit is not None and end - start > limit:
        raise InvalidRequestException("The time range between StartTime and EndTime cannot exceed 24 hours.")


def _in_service_range(trace: Trace, kind: str, start: float, end: float) -> bool:
    if kind != "Service":
        return True
    return any(c.end is not None and start <= c.end <= end for c in trace.calls)


def _encode_token(cursor: tuple[float, str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(cursor)).encode()).decode()


def _decode_token(token: str | None) -> tuple[float, str] | None:
    if not token:
        return None
    try:
        start, trace_id = json.loads(base64.urlsafe_b64decode(token.encode()))
        return float(start), str(trace_id)
    except (ValueError, TypeError, binascii.Error):
        raise InvalidRequestException("Invalid NextToken.") from None


def _rule_order(record: RuleRecord) -> tuple[int, str]:
    return int(record.rule["Priority"]), record.name


def _find_rule(rules: dict[str, RuleRecord], name: str | None, arn: str | None) -> RuleRecord:
    if not name and not arn:
        raise InvalidRequestException("Either RuleName or RuleARN must be provided.")
    for record in rules.values():
        if (name and record.name == name) or (arn and record.rule["RuleARN"] == arn):
            return record
    raise InvalidRequestException("Sampling rule does not exist")


def _rule_record(record: RuleRecord) -> api.SamplingRuleRecord:
    return {
        "SamplingRule": record.rule,  # type: ignore[typeddict-item]
        "CreatedAt": record.created_at,
        "ModifiedAt": record.modified_at,
    }


def _insights(config: api.InsightsConfiguration | None) -> dict[str, Any]:
    if config is None:
        return {"InsightsEnabled": False, "NotificationsEnabled": False}
    if config.get("NotificationsEnabled") and not config.get("InsightsEnabled"):
        raise InvalidRequestException("Notifications can only be enabled when insights are enabled.")
    return dict(config)


def _group(group: GroupRecord) -> api.Group:
    out: api.Group = {"GroupName": group.name, "GroupARN": group.arn}
    if group.filter_expression is not None:
        out["FilterExpression"] = group.filter_expression
    out["InsightsConfiguration"] = group.insights or {"InsightsEnabled": False, "NotificationsEnabled": False}  # type: ignore[typeddict-item]
    return out


def _policy(policy: PolicyRecord) -> api.ResourcePolicy:
    return {
        "PolicyName": policy.name,
        "PolicyDocument": policy.document,
        "PolicyRevisionId": policy.revision_id,
        "LastUpdatedTime": policy.last_updated,
    }
