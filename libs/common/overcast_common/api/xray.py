# Generated from botocore 1.43.11's xray model (API 2016-04-12).
# Do not edit: regenerate with `python -m overcast_common.codegen xray`.
"""Typed API of AWS X-Ray: shapes, errors and ``XrayApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi, omit_none

AmazonResourceName = str
AnnotationKey = str
AnomalyCount = int
AttributeKey = str
AttributeValue = str
Boolean = bool
BorrowCount = int
ClientID = str
CooldownWindowMinutes = int
Double = float
EC2InstanceId = str
EncryptionKeyId = str
EncryptionStatus = str
EncryptionType = str
EntitySelectorExpression = str
ErrorMessage = str
EventSummaryText = str
FilterExpression = str
FixedRate = float
GetGroupsNextToken = str
GetInsightEventsMaxResults = int
GetInsightSummariesMaxResults = int
GroupARN = str
GroupName = str
HTTPMethod = str
Host = str
Hostname = str
InsightCategory = str
InsightId = str
InsightState = str
InsightSummaryText = str
Integer = int
MaxRate = float
NullableBoolean = bool
NullableDouble = float
NullableInteger = int
NullableLong = int
PolicyDocument = str
PolicyName = str
PolicyRevisionId = str
Priority = int
RequestCount = int
ReservoirSize = int
ResourceARN = str
ResourcePolicyNextToken = str
RetrievalStatus = str
RetrievalToken = str
RuleName = str
SampledAnomalyCount = int
SampledCount = int
SamplingStrategyName = str
SegmentDocument = str
SegmentId = str
ServiceName = str
ServiceType = str
SpanDocument = str
SpanId = str
String = str
TagKey = str
TagValue = str
TimeRangeType = str
Timestamp = datetime
Token = str
TotalCount = int
TraceFormatType = str
TraceId = str
TraceSegmentDestination = str
TraceSegmentDestinationStatus = str
TraceSegmentDocument = str
URLPath = str
Version = int


class EncryptionStatusValues:
    UPDATING: Final = "UPDATING"
    ACTIVE: Final = "ACTIVE"


class EncryptionTypeValues:
    NONE: Final = "NONE"
    KMS: Final = "KMS"


class InsightCategoryValues:
    FAULT: Final = "FAULT"


class InsightStateValues:
    ACTIVE: Final = "ACTIVE"
    CLOSED: Final = "CLOSED"


class RetrievalStatusValues:
    SCHEDULED: Final = "SCHEDULED"
    RUNNING: Final = "RUNNING"
    COMPLETE: Final = "COMPLETE"
    FAILED: Final = "FAILED"
    CANCELLED: Final = "CANCELLED"
    TIMEOUT: Final = "TIMEOUT"


class SamplingStrategyNameValues:
    PartialScan: Final = "PartialScan"
    FixedRate: Final = "FixedRate"


class TimeRangeTypeValues:
    TraceId: Final = "TraceId"
    Event: Final = "Event"
    Service: Final = "Service"


class TraceFormatTypeValues:
    XRAY: Final = "XRAY"
    OTEL: Final = "OTEL"


class TraceSegmentDestinationValues:
    XRay: Final = "XRay"
    CloudWatchLogs: Final = "CloudWatchLogs"


class TraceSegmentDestinationStatusValues:
    PENDING: Final = "PENDING"
    ACTIVE: Final = "ACTIVE"


class Alias(TypedDict):
    Name: NotRequired[String]
    Names: NotRequired[AliasNames]
    Type: NotRequired[String]


class AnnotationValue(TypedDict):
    NumberValue: NotRequired[NullableDouble]
    BooleanValue: NotRequired[NullableBoolean]
    StringValue: NotRequired[String]


class AnomalousService(TypedDict):
    ServiceId: NotRequired[ServiceId]


class AvailabilityZoneDetail(TypedDict):
    Name: NotRequired[String]


class BackendConnectionErrors(TypedDict):
    TimeoutCount: NotRequired[NullableInteger]
    ConnectionRefusedCount: NotRequired[NullableInteger]
    HTTPCode4XXCount: NotRequired[NullableInteger]
    HTTPCode5XXCount: NotRequired[NullableInteger]
    UnknownHostCount: NotRequired[NullableInteger]
    OtherCount: NotRequired[NullableInteger]


class BatchGetTracesRequest(TypedDict):
    TraceIds: TraceIdList
    NextToken: NotRequired[String]


class BatchGetTracesResult(TypedDict):
    Traces: NotRequired[TraceList]
    UnprocessedTraceIds: NotRequired[UnprocessedTraceIdList]
    NextToken: NotRequired[String]


class CancelTraceRetrievalRequest(TypedDict):
    RetrievalToken: RetrievalToken


class CancelTraceRetrievalResult(TypedDict):
    pass


class CreateGroupRequest(TypedDict):
    GroupName: GroupName
    FilterExpression: NotRequired[FilterExpression]
    InsightsConfiguration: NotRequired[InsightsConfiguration]
    Tags: NotRequired[TagList]


class CreateGroupResult(TypedDict):
    Group: NotRequired[Group]


class CreateSamplingRuleRequest(TypedDict):
    SamplingRule: SamplingRule
    Tags: NotRequired[TagList]


class CreateSamplingRuleResult(TypedDict):
    SamplingRuleRecord: NotRequired[SamplingRuleRecord]


class DeleteGroupRequest(TypedDict):
    GroupName: NotRequired[GroupName]
    GroupARN: NotRequired[GroupARN]


class DeleteGroupResult(TypedDict):
    pass


class DeleteResourcePolicyRequest(TypedDict):
    PolicyName: PolicyName
    PolicyRevisionId: NotRequired[PolicyRevisionId]


class DeleteResourcePolicyResult(TypedDict):
    pass


class DeleteSamplingRuleRequest(TypedDict):
    RuleName: NotRequired[String]
    RuleARN: NotRequired[String]


class DeleteSamplingRuleResult(TypedDict):
    SamplingRuleRecord: NotRequired[SamplingRuleRecord]


class Edge(TypedDict):
    ReferenceId: NotRequired[NullableInteger]
    StartTime: NotRequired[Timestamp]
    EndTime: NotRequired[Timestamp]
    SummaryStatistics: NotRequired[EdgeStatistics]
    ResponseTimeHistogram: NotRequired[Histogram]
    Aliases: NotRequired[AliasList]
    EdgeType: NotRequired[String]
    ReceivedEventAgeHistogram: NotRequired[Histogram]


class EdgeStatistics(TypedDict):
    OkCount: NotRequired[NullableLong]
    ErrorStatistics: NotRequired[ErrorStatistics]
    FaultStatistics: NotRequired[FaultStatistics]
    TotalCount: NotRequired[NullableLong]
    TotalResponseTime: NotRequired[NullableDouble]


class EncryptionConfig(TypedDict):
    KeyId: NotRequired[String]
    Status: NotRequired[EncryptionStatus]
    Type: NotRequired[EncryptionType]


class ErrorRootCause(TypedDict):
    Services: NotRequired[ErrorRootCauseServices]
    ClientImpacting: NotRequired[NullableBoolean]


class ErrorRootCauseEntity(TypedDict):
    Name: NotRequired[String]
    Exceptions: NotRequired[RootCauseExceptions]
    Remote: NotRequired[NullableBoolean]


class ErrorRootCauseService(TypedDict):
    Name: NotRequired[String]
    Names: NotRequired[ServiceNames]
    Type: NotRequired[String]
    AccountId: NotRequired[String]
    EntityPath: NotRequired[ErrorRootCauseEntityPath]
    Inferred: NotRequired[NullableBoolean]


class ErrorStatistics(TypedDict):
    ThrottleCount: NotRequired[NullableLong]
    OtherCount: NotRequired[NullableLong]
    TotalCount: NotRequired[NullableLong]


class FaultRootCause(TypedDict):
    Services: NotRequired[FaultRootCauseServices]
    ClientImpacting: NotRequired[NullableBoolean]


class FaultRootCauseEntity(TypedDict):
    Name: NotRequired[String]
    Exceptions: NotRequired[RootCauseExceptions]
    Remote: NotRequired[NullableBoolean]


class FaultRootCauseService(TypedDict):
    Name: NotRequired[String]
    Names: NotRequired[ServiceNames]
    Type: NotRequired[String]
    AccountId: NotRequired[String]
    EntityPath: NotRequired[FaultRootCauseEntityPath]
    Inferred: NotRequired[NullableBoolean]


class FaultStatistics(TypedDict):
    OtherCount: NotRequired[NullableLong]
    TotalCount: NotRequired[NullableLong]


class ForecastStatistics(TypedDict):
    FaultCountHigh: NotRequired[NullableLong]
    FaultCountLow: NotRequired[NullableLong]


class GetEncryptionConfigRequest(TypedDict):
    pass


class GetEncryptionConfigResult(TypedDict):
    EncryptionConfig: NotRequired[EncryptionConfig]


class GetGroupRequest(TypedDict):
    GroupName: NotRequired[GroupName]
    GroupARN: NotRequired[GroupARN]


class GetGroupResult(TypedDict):
    Group: NotRequired[Group]


class GetGroupsRequest(TypedDict):
    NextToken: NotRequired[GetGroupsNextToken]


class GetGroupsResult(TypedDict):
    Groups: NotRequired[GroupSummaryList]
    NextToken: NotRequired[String]


class GetIndexingRulesRequest(TypedDict):
    NextToken: NotRequired[String]


class GetIndexingRulesResult(TypedDict):
    IndexingRules: NotRequired[IndexingRuleList]
    NextToken: NotRequired[String]


class GetInsightEventsRequest(TypedDict):
    InsightId: InsightId
    MaxResults: NotRequired[GetInsightEventsMaxResults]
    NextToken: NotRequired[Token]


class GetInsightEventsResult(TypedDict):
    InsightEvents: NotRequired[InsightEventList]
    NextToken: NotRequired[Token]


class GetInsightImpactGraphRequest(TypedDict):
    InsightId: InsightId
    StartTime: Timestamp
    EndTime: Timestamp
    NextToken: NotRequired[Token]


class GetInsightImpactGraphResult(TypedDict):
    InsightId: NotRequired[InsightId]
    StartTime: NotRequired[Timestamp]
    EndTime: NotRequired[Timestamp]
    ServiceGraphStartTime: NotRequired[Timestamp]
    ServiceGraphEndTime: NotRequired[Timestamp]
    Services: NotRequired[InsightImpactGraphServiceList]
    NextToken: NotRequired[Token]


class GetInsightRequest(TypedDict):
    InsightId: InsightId


class GetInsightResult(TypedDict):
    Insight: NotRequired[Insight]


class GetInsightSummariesRequest(TypedDict):
    States: NotRequired[InsightStateList]
    GroupARN: NotRequired[GroupARN]
    GroupName: NotRequired[GroupName]
    StartTime: Timestamp
    EndTime: Timestamp
    MaxResults: NotRequired[GetInsightSummariesMaxResults]
    NextToken: NotRequired[Token]


class GetInsightSummariesResult(TypedDict):
    InsightSummaries: NotRequired[InsightSummaryList]
    NextToken: NotRequired[Token]


class GetRetrievedTracesGraphRequest(TypedDict):
    RetrievalToken: RetrievalToken
    NextToken: NotRequired[String]


class GetRetrievedTracesGraphResult(TypedDict):
    RetrievalStatus: NotRequired[RetrievalStatus]
    Services: NotRequired[RetrievedServicesList]
    NextToken: NotRequired[String]


class GetSamplingRulesRequest(TypedDict):
    NextToken: NotRequired[String]


class GetSamplingRulesResult(TypedDict):
    SamplingRuleRecords: NotRequired[SamplingRuleRecordList]
    NextToken: NotRequired[String]


class GetSamplingStatisticSummariesRequest(TypedDict):
    NextToken: NotRequired[String]


class GetSamplingStatisticSummariesResult(TypedDict):
    SamplingStatisticSummaries: NotRequired[SamplingStatisticSummaryList]
    NextToken: NotRequired[String]


class GetSamplingTargetsRequest(TypedDict):
    SamplingStatisticsDocuments: SamplingStatisticsDocumentList
    SamplingBoostStatisticsDocuments: NotRequired[SamplingBoostStatisticsDocumentList]


class GetSamplingTargetsResult(TypedDict):
    SamplingTargetDocuments: NotRequired[SamplingTargetDocumentList]
    LastRuleModification: NotRequired[Timestamp]
    UnprocessedStatistics: NotRequired[UnprocessedStatisticsList]
    UnprocessedBoostStatistics: NotRequired[UnprocessedStatisticsList]


class GetServiceGraphRequest(TypedDict):
    StartTime: Timestamp
    EndTime: Timestamp
    GroupName: NotRequired[GroupName]
    GroupARN: NotRequired[GroupARN]
    NextToken: NotRequired[String]


class GetServiceGraphResult(TypedDict):
    StartTime: NotRequired[Timestamp]
    EndTime: NotRequired[Timestamp]
    Services: NotRequired[ServiceList]
    ContainsOldGroupVersions: NotRequired[Boolean]
    NextToken: NotRequired[String]


class GetTimeSeriesServiceStatisticsRequest(TypedDict):
    StartTime: Timestamp
    EndTime: Timestamp
    GroupName: NotRequired[GroupName]
    GroupARN: NotRequired[GroupARN]
    EntitySelectorExpression: NotRequired[EntitySelectorExpression]
    Period: NotRequired[NullableInteger]
    ForecastStatistics: NotRequired[NullableBoolean]
    NextToken: NotRequired[String]


class GetTimeSeriesServiceStatisticsResult(TypedDict):
    TimeSeriesServiceStatistics: NotRequired[TimeSeriesServiceStatisticsList]
    ContainsOldGroupVersions: NotRequired[Boolean]
    NextToken: NotRequired[String]


class GetTraceGraphRequest(TypedDict):
    TraceIds: TraceIdList
    NextToken: NotRequired[String]


class GetTraceGraphResult(TypedDict):
    Services: NotRequired[ServiceList]
    NextToken: NotRequired[String]


class GetTraceSegmentDestinationRequest(TypedDict):
    pass


class GetTraceSegmentDestinationResult(TypedDict):
    Destination: NotRequired[TraceSegmentDestination]
    Status: NotRequired[TraceSegmentDestinationStatus]


class GetTraceSummariesRequest(TypedDict):
    StartTime: Timestamp
    EndTime: Timestamp
    TimeRangeType: NotRequired[TimeRangeType]
    Sampling: NotRequired[NullableBoolean]
    SamplingStrategy: NotRequired[SamplingStrategy]
    FilterExpression: NotRequired[FilterExpression]
    NextToken: NotRequired[String]


class GetTraceSummariesResult(TypedDict):
    TraceSummaries: NotRequired[TraceSummaryList]
    ApproximateTime: NotRequired[Timestamp]
    TracesProcessedCount: NotRequired[NullableLong]
    NextToken: NotRequired[String]


class GraphLink(TypedDict):
    ReferenceType: NotRequired[String]
    SourceTraceId: NotRequired[String]
    DestinationTraceIds: NotRequired[TraceIdList]


class Group(TypedDict):
    GroupName: NotRequired[String]
    GroupARN: NotRequired[String]
    FilterExpression: NotRequired[String]
    InsightsConfiguration: NotRequired[InsightsConfiguration]


class GroupSummary(TypedDict):
    GroupName: NotRequired[String]
    GroupARN: NotRequired[String]
    FilterExpression: NotRequired[String]
    InsightsConfiguration: NotRequired[InsightsConfiguration]


class HistogramEntry(TypedDict):
    Value: NotRequired[Double]
    Count: NotRequired[Integer]


class Http(TypedDict):
    HttpURL: NotRequired[String]
    HttpStatus: NotRequired[NullableInteger]
    HttpMethod: NotRequired[String]
    UserAgent: NotRequired[String]
    ClientIp: NotRequired[String]


class IndexingRule(TypedDict):
    Name: NotRequired[RuleName]
    ModifiedAt: NotRequired[Timestamp]
    Rule: NotRequired[IndexingRuleValue]


class IndexingRuleValue(TypedDict):
    Probabilistic: NotRequired[ProbabilisticRuleValue]


class IndexingRuleValueUpdate(TypedDict):
    Probabilistic: NotRequired[ProbabilisticRuleValueUpdate]


class Insight(TypedDict):
    InsightId: NotRequired[InsightId]
    GroupARN: NotRequired[GroupARN]
    GroupName: NotRequired[GroupName]
    RootCauseServiceId: NotRequired[ServiceId]
    Categories: NotRequired[InsightCategoryList]
    State: NotRequired[InsightState]
    StartTime: NotRequired[Timestamp]
    EndTime: NotRequired[Timestamp]
    Summary: NotRequired[InsightSummaryText]
    ClientRequestImpactStatistics: NotRequired[RequestImpactStatistics]
    RootCauseServiceRequestImpactStatistics: NotRequired[RequestImpactStatistics]
    TopAnomalousServices: NotRequired[AnomalousServiceList]


class InsightEvent(TypedDict):
    Summary: NotRequired[EventSummaryText]
    EventTime: NotRequired[Timestamp]
    ClientRequestImpactStatistics: NotRequired[RequestImpactStatistics]
    RootCauseServiceRequestImpactStatistics: NotRequired[RequestImpactStatistics]
    TopAnomalousServices: NotRequired[AnomalousServiceList]


class InsightImpactGraphEdge(TypedDict):
    ReferenceId: NotRequired[NullableInteger]


class InsightImpactGraphService(TypedDict):
    ReferenceId: NotRequired[NullableInteger]
    Type: NotRequired[String]
    Name: NotRequired[String]
    Names: NotRequired[ServiceNames]
    AccountId: NotRequired[String]
    Edges: NotRequired[InsightImpactGraphEdgeList]


class InsightSummary(TypedDict):
    InsightId: NotRequired[InsightId]
    GroupARN: NotRequired[GroupARN]
    GroupName: NotRequired[GroupName]
    RootCauseServiceId: NotRequired[ServiceId]
    Categories: NotRequired[InsightCategoryList]
    State: NotRequired[InsightState]
    StartTime: NotRequired[Timestamp]
    EndTime: NotRequired[Timestamp]
    Summary: NotRequired[InsightSummaryText]
    ClientRequestImpactStatistics: NotRequired[RequestImpactStatistics]
    RootCauseServiceRequestImpactStatistics: NotRequired[RequestImpactStatistics]
    TopAnomalousServices: NotRequired[AnomalousServiceList]
    LastUpdateTime: NotRequired[Timestamp]


class InsightsConfiguration(TypedDict):
    InsightsEnabled: NotRequired[NullableBoolean]
    NotificationsEnabled: NotRequired[NullableBoolean]


class InstanceIdDetail(TypedDict):
    Id: NotRequired[String]


class ListResourcePoliciesRequest(TypedDict):
    NextToken: NotRequired[ResourcePolicyNextToken]


class ListResourcePoliciesResult(TypedDict):
    ResourcePolicies: NotRequired[ResourcePolicyList]
    NextToken: NotRequired[ResourcePolicyNextToken]


class ListRetrievedTracesRequest(TypedDict):
    RetrievalToken: RetrievalToken
    TraceFormat: NotRequired[TraceFormatType]
    NextToken: NotRequired[String]


class ListRetrievedTracesResult(TypedDict):
    RetrievalStatus: NotRequired[RetrievalStatus]
    TraceFormat: NotRequired[TraceFormatType]
    Traces: NotRequired[TraceSpanList]
    NextToken: NotRequired[String]


class ListTagsForResourceRequest(TypedDict):
    ResourceARN: AmazonResourceName
    NextToken: NotRequired[String]


class ListTagsForResourceResponse(TypedDict):
    Tags: NotRequired[TagList]
    NextToken: NotRequired[String]


class ProbabilisticRuleValue(TypedDict):
    DesiredSamplingPercentage: NullableDouble
    ActualSamplingPercentage: NotRequired[NullableDouble]


class ProbabilisticRuleValueUpdate(TypedDict):
    DesiredSamplingPercentage: NullableDouble


class PutEncryptionConfigRequest(TypedDict):
    KeyId: NotRequired[EncryptionKeyId]
    Type: EncryptionType


class PutEncryptionConfigResult(TypedDict):
    EncryptionConfig: NotRequired[EncryptionConfig]


class PutResourcePolicyRequest(TypedDict):
    PolicyName: PolicyName
    PolicyDocument: PolicyDocument
    PolicyRevisionId: NotRequired[PolicyRevisionId]
    BypassPolicyLockoutCheck: NotRequired[Boolean]


class PutResourcePolicyResult(TypedDict):
    ResourcePolicy: NotRequired[ResourcePolicy]


class PutTelemetryRecordsRequest(TypedDict):
    TelemetryRecords: TelemetryRecordList
    EC2InstanceId: NotRequired[EC2InstanceId]
    Hostname: NotRequired[Hostname]
    ResourceARN: NotRequired[ResourceARN]


class PutTelemetryRecordsResult(TypedDict):
    pass


class PutTraceSegmentsRequest(TypedDict):
    TraceSegmentDocuments: TraceSegmentDocumentList


class PutTraceSegmentsResult(TypedDict):
    UnprocessedTraceSegments: NotRequired[UnprocessedTraceSegmentList]


class RequestImpactStatistics(TypedDict):
    FaultCount: NotRequired[NullableLong]
    OkCount: NotRequired[NullableLong]
    TotalCount: NotRequired[NullableLong]


class ResourceARNDetail(TypedDict):
    ARN: NotRequired[String]


class ResourcePolicy(TypedDict):
    PolicyName: NotRequired[PolicyName]
    PolicyDocument: NotRequired[PolicyDocument]
    PolicyRevisionId: NotRequired[PolicyRevisionId]
    LastUpdatedTime: NotRequired[Timestamp]


class ResponseTimeRootCause(TypedDict):
    Services: NotRequired[ResponseTimeRootCauseServices]
    ClientImpacting: NotRequired[NullableBoolean]


class ResponseTimeRootCauseEntity(TypedDict):
    Name: NotRequired[String]
    Coverage: NotRequired[NullableDouble]
    Remote: NotRequired[NullableBoolean]


class ResponseTimeRootCauseService(TypedDict):
    Name: NotRequired[String]
    Names: NotRequired[ServiceNames]
    Type: NotRequired[String]
    AccountId: NotRequired[String]
    EntityPath: NotRequired[ResponseTimeRootCauseEntityPath]
    Inferred: NotRequired[NullableBoolean]


class RetrievedService(TypedDict):
    Service: NotRequired[Service]
    Links: NotRequired[LinksList]


class RetrievedTrace(TypedDict):
    Id: NotRequired[TraceId]
    Duration: NotRequired[NullableDouble]
    Spans: NotRequired[SpanList]


class RootCauseException(TypedDict):
    Name: NotRequired[String]
    Message: NotRequired[String]


class SamplingBoost(TypedDict):
    BoostRate: Double
    BoostRateTTL: Timestamp


class SamplingBoostStatisticsDocument(TypedDict):
    RuleName: RuleName
    ServiceName: ServiceName
    Timestamp: Timestamp
    AnomalyCount: AnomalyCount
    TotalCount: TotalCount
    SampledAnomalyCount: SampledAnomalyCount


class SamplingRateBoost(TypedDict):
    MaxRate: MaxRate
    CooldownWindowMinutes: CooldownWindowMinutes


class SamplingRule(TypedDict):
    RuleName: NotRequired[RuleName]
    RuleARN: NotRequired[String]
    ResourceARN: ResourceARN
    Priority: Priority
    FixedRate: FixedRate
    ReservoirSize: ReservoirSize
    ServiceName: ServiceName
    ServiceType: ServiceType
    Host: Host
    HTTPMethod: HTTPMethod
    URLPath: URLPath
    Version: Version
    Attributes: NotRequired[AttributeMap]
    SamplingRateBoost: NotRequired[SamplingRateBoost]


class SamplingRuleRecord(TypedDict):
    SamplingRule: NotRequired[SamplingRule]
    CreatedAt: NotRequired[Timestamp]
    ModifiedAt: NotRequired[Timestamp]


class SamplingRuleUpdate(TypedDict):
    RuleName: NotRequired[RuleName]
    RuleARN: NotRequired[String]
    ResourceARN: NotRequired[ResourceARN]
    Priority: NotRequired[NullableInteger]
    FixedRate: NotRequired[NullableDouble]
    ReservoirSize: NotRequired[NullableInteger]
    Host: NotRequired[Host]
    ServiceName: NotRequired[ServiceName]
    ServiceType: NotRequired[ServiceType]
    HTTPMethod: NotRequired[HTTPMethod]
    URLPath: NotRequired[URLPath]
    Attributes: NotRequired[AttributeMap]
    SamplingRateBoost: NotRequired[SamplingRateBoost]


class SamplingStatisticSummary(TypedDict):
    RuleName: NotRequired[String]
    Timestamp: NotRequired[Timestamp]
    RequestCount: NotRequired[Integer]
    BorrowCount: NotRequired[Integer]
    SampledCount: NotRequired[Integer]


class SamplingStatisticsDocument(TypedDict):
    RuleName: RuleName
    ClientID: ClientID
    Timestamp: Timestamp
    RequestCount: RequestCount
    SampledCount: SampledCount
    BorrowCount: NotRequired[BorrowCount]


class SamplingStrategy(TypedDict):
    Name: NotRequired[SamplingStrategyName]
    Value: NotRequired[NullableDouble]


class SamplingTargetDocument(TypedDict):
    RuleName: NotRequired[String]
    FixedRate: NotRequired[Double]
    ReservoirQuota: NotRequired[NullableInteger]
    ReservoirQuotaTTL: NotRequired[Timestamp]
    Interval: NotRequired[NullableInteger]
    SamplingBoost: NotRequired[SamplingBoost]


class Segment(TypedDict):
    Id: NotRequired[SegmentId]
    Document: NotRequired[SegmentDocument]


class Service(TypedDict):
    ReferenceId: NotRequired[NullableInteger]
    Name: NotRequired[String]
    Names: NotRequired[ServiceNames]
    Root: NotRequired[NullableBoolean]
    AccountId: NotRequired[String]
    Type: NotRequired[String]
    State: NotRequired[String]
    StartTime: NotRequired[Timestamp]
    EndTime: NotRequired[Timestamp]
    Edges: NotRequired[EdgeList]
    SummaryStatistics: NotRequired[ServiceStatistics]
    DurationHistogram: NotRequired[Histogram]
    ResponseTimeHistogram: NotRequired[Histogram]


class ServiceId(TypedDict):
    Name: NotRequired[String]
    Names: NotRequired[ServiceNames]
    AccountId: NotRequired[String]
    Type: NotRequired[String]


class ServiceStatistics(TypedDict):
    OkCount: NotRequired[NullableLong]
    ErrorStatistics: NotRequired[ErrorStatistics]
    FaultStatistics: NotRequired[FaultStatistics]
    TotalCount: NotRequired[NullableLong]
    TotalResponseTime: NotRequired[NullableDouble]


class Span(TypedDict):
    Id: NotRequired[SpanId]
    Document: NotRequired[SpanDocument]


class StartTraceRetrievalRequest(TypedDict):
    TraceIds: TraceIdListForRetrieval
    StartTime: Timestamp
    EndTime: Timestamp


class StartTraceRetrievalResult(TypedDict):
    RetrievalToken: NotRequired[RetrievalToken]


class Tag(TypedDict):
    Key: TagKey
    Value: TagValue


class TagResourceRequest(TypedDict):
    ResourceARN: AmazonResourceName
    Tags: TagList


class TagResourceResponse(TypedDict):
    pass


class TelemetryRecord(TypedDict):
    Timestamp: Timestamp
    SegmentsReceivedCount: NotRequired[NullableInteger]
    SegmentsSentCount: NotRequired[NullableInteger]
    SegmentsSpilloverCount: NotRequired[NullableInteger]
    SegmentsRejectedCount: NotRequired[NullableInteger]
    BackendConnectionErrors: NotRequired[BackendConnectionErrors]


class TimeSeriesServiceStatistics(TypedDict):
    Timestamp: NotRequired[Timestamp]
    EdgeSummaryStatistics: NotRequired[EdgeStatistics]
    ServiceSummaryStatistics: NotRequired[ServiceStatistics]
    ServiceForecastStatistics: NotRequired[ForecastStatistics]
    ResponseTimeHistogram: NotRequired[Histogram]


class Trace(TypedDict):
    Id: NotRequired[TraceId]
    Duration: NotRequired[NullableDouble]
    LimitExceeded: NotRequired[NullableBoolean]
    Segments: NotRequired[SegmentList]


class TraceSummary(TypedDict):
    Id: NotRequired[TraceId]
    StartTime: NotRequired[Timestamp]
    Duration: NotRequired[NullableDouble]
    ResponseTime: NotRequired[NullableDouble]
    HasFault: NotRequired[NullableBoolean]
    HasError: NotRequired[NullableBoolean]
    HasThrottle: NotRequired[NullableBoolean]
    IsPartial: NotRequired[NullableBoolean]
    Http: NotRequired[Http]
    Annotations: NotRequired[Annotations]
    Users: NotRequired[TraceUsers]
    ServiceIds: NotRequired[ServiceIds]
    ResourceARNs: NotRequired[TraceResourceARNs]
    InstanceIds: NotRequired[TraceInstanceIds]
    AvailabilityZones: NotRequired[TraceAvailabilityZones]
    EntryPoint: NotRequired[ServiceId]
    FaultRootCauses: NotRequired[FaultRootCauses]
    ErrorRootCauses: NotRequired[ErrorRootCauses]
    ResponseTimeRootCauses: NotRequired[ResponseTimeRootCauses]
    Revision: NotRequired[Integer]
    MatchedEventTime: NotRequired[Timestamp]


class TraceUser(TypedDict):
    UserName: NotRequired[String]
    ServiceIds: NotRequired[ServiceIds]


class UnprocessedStatistics(TypedDict):
    RuleName: NotRequired[String]
    ErrorCode: NotRequired[String]
    Message: NotRequired[String]


class UnprocessedTraceSegment(TypedDict):
    Id: NotRequired[String]
    ErrorCode: NotRequired[String]
    Message: NotRequired[String]


class UntagResourceRequest(TypedDict):
    ResourceARN: AmazonResourceName
    TagKeys: TagKeyList


class UntagResourceResponse(TypedDict):
    pass


class UpdateGroupRequest(TypedDict):
    GroupName: NotRequired[GroupName]
    GroupARN: NotRequired[GroupARN]
    FilterExpression: NotRequired[FilterExpression]
    InsightsConfiguration: NotRequired[InsightsConfiguration]


class UpdateGroupResult(TypedDict):
    Group: NotRequired[Group]


class UpdateIndexingRuleRequest(TypedDict):
    Name: String
    Rule: IndexingRuleValueUpdate


class UpdateIndexingRuleResult(TypedDict):
    IndexingRule: NotRequired[IndexingRule]


class UpdateSamplingRuleRequest(TypedDict):
    SamplingRuleUpdate: SamplingRuleUpdate


class UpdateSamplingRuleResult(TypedDict):
    SamplingRuleRecord: NotRequired[SamplingRuleRecord]


class UpdateTraceSegmentDestinationRequest(TypedDict):
    Destination: NotRequired[TraceSegmentDestination]


class UpdateTraceSegmentDestinationResult(TypedDict):
    Destination: NotRequired[TraceSegmentDestination]
    Status: NotRequired[TraceSegmentDestinationStatus]


class ValueWithServiceIds(TypedDict):
    AnnotationValue: NotRequired[AnnotationValue]
    ServiceIds: NotRequired[ServiceIds]


AliasList = list[Alias]
AliasNames = list[String]
ValuesWithServiceIds = list[ValueWithServiceIds]
Annotations = dict[AnnotationKey, ValuesWithServiceIds]
AnomalousServiceList = list[AnomalousService]
AttributeMap = dict[AttributeKey, AttributeValue]
EdgeList = list[Edge]
ErrorRootCauseEntityPath = list[ErrorRootCauseEntity]
ErrorRootCauseServices = list[ErrorRootCauseService]
ErrorRootCauses = list[ErrorRootCause]
FaultRootCauseEntityPath = list[FaultRootCauseEntity]
FaultRootCauseServices = list[FaultRootCauseService]
FaultRootCauses = list[FaultRootCause]
GroupSummaryList = list[GroupSummary]
Histogram = list[HistogramEntry]
IndexingRuleList = list[IndexingRule]
InsightCategoryList = list[InsightCategory]
InsightEventList = list[InsightEvent]
InsightImpactGraphEdgeList = list[InsightImpactGraphEdge]
InsightImpactGraphServiceList = list[InsightImpactGraphService]
InsightStateList = list[InsightState]
InsightSummaryList = list[InsightSummary]
LinksList = list[GraphLink]
ResourcePolicyList = list[ResourcePolicy]
ResponseTimeRootCauseEntityPath = list[ResponseTimeRootCauseEntity]
ResponseTimeRootCauseServices = list[ResponseTimeRootCauseService]
ResponseTimeRootCauses = list[ResponseTimeRootCause]
RetrievedServicesList = list[RetrievedService]
RootCauseExceptions = list[RootCauseException]
SamplingBoostStatisticsDocumentList = list[SamplingBoostStatisticsDocument]
SamplingRuleRecordList = list[SamplingRuleRecord]
SamplingStatisticSummaryList = list[SamplingStatisticSummary]
SamplingStatisticsDocumentList = list[SamplingStatisticsDocument]
SamplingTargetDocumentList = list[SamplingTargetDocument]
SegmentList = list[Segment]
ServiceIds = list[ServiceId]
ServiceList = list[Service]
ServiceNames = list[String]
SpanList = list[Span]
TagKeyList = list[TagKey]
TagList = list[Tag]
TelemetryRecordList = list[TelemetryRecord]
TimeSeriesServiceStatisticsList = list[TimeSeriesServiceStatistics]
TraceAvailabilityZones = list[AvailabilityZoneDetail]
TraceIdList = list[TraceId]
TraceIdListForRetrieval = list[TraceId]
TraceInstanceIds = list[InstanceIdDetail]
TraceList = list[Trace]
TraceResourceARNs = list[ResourceARNDetail]
TraceSegmentDocumentList = list[TraceSegmentDocument]
TraceSpanList = list[RetrievedTrace]
TraceSummaryList = list[TraceSummary]
TraceUsers = list[TraceUser]
UnprocessedStatisticsList = list[UnprocessedStatistics]
UnprocessedTraceIdList = list[TraceId]
UnprocessedTraceSegmentList = list[UnprocessedTraceSegment]


class InvalidPolicyRevisionIdException(ServiceError):
    code = "InvalidPolicyRevisionIdException"
    query_code: ClassVar[str] = "InvalidPolicyRevisionIdException"
    shape_name: ClassVar[str] = "InvalidPolicyRevisionIdException"
    status_code = 400
    sender_fault = True


class InvalidRequestException(ServiceError):
    code = "InvalidRequestException"
    query_code: ClassVar[str] = "InvalidRequestException"
    shape_name: ClassVar[str] = "InvalidRequestException"
    status_code = 400
    sender_fault = True


class LockoutPreventionException(ServiceError):
    code = "LockoutPreventionException"
    query_code: ClassVar[str] = "LockoutPreventionException"
    shape_name: ClassVar[str] = "LockoutPreventionException"
    status_code = 400
    sender_fault = True


class MalformedPolicyDocumentException(ServiceError):
    code = "MalformedPolicyDocumentException"
    query_code: ClassVar[str] = "MalformedPolicyDocumentException"
    shape_name: ClassVar[str] = "MalformedPolicyDocumentException"
    status_code = 400
    sender_fault = True


class PolicyCountLimitExceededException(ServiceError):
    code = "PolicyCountLimitExceededException"
    query_code: ClassVar[str] = "PolicyCountLimitExceededException"
    shape_name: ClassVar[str] = "PolicyCountLimitExceededException"
    status_code = 400
    sender_fault = True


class PolicySizeLimitExceededException(ServiceError):
    code = "PolicySizeLimitExceededException"
    query_code: ClassVar[str] = "PolicySizeLimitExceededException"
    shape_name: ClassVar[str] = "PolicySizeLimitExceededException"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 404
    sender_fault = True

    def __init__(self, message: str = "", *, resource_name: AmazonResourceName | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"ResourceName": resource_name}))


class RuleLimitExceededException(ServiceError):
    code = "RuleLimitExceededException"
    query_code: ClassVar[str] = "RuleLimitExceededException"
    shape_name: ClassVar[str] = "RuleLimitExceededException"
    status_code = 400
    sender_fault = True


class ThrottledException(ServiceError):
    code = "ThrottledException"
    query_code: ClassVar[str] = "ThrottledException"
    shape_name: ClassVar[str] = "ThrottledException"
    status_code = 429
    sender_fault = True


class TooManyTagsException(ServiceError):
    code = "TooManyTagsException"
    query_code: ClassVar[str] = "TooManyTagsException"
    shape_name: ClassVar[str] = "TooManyTagsException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, resource_name: AmazonResourceName | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"ResourceName": resource_name}))


ERRORS: dict[str, type[ServiceError]] = {
    "InvalidPolicyRevisionIdException": InvalidPolicyRevisionIdException,
    "InvalidRequestException": InvalidRequestException,
    "LockoutPreventionException": LockoutPreventionException,
    "MalformedPolicyDocumentException": MalformedPolicyDocumentException,
    "PolicyCountLimitExceededException": PolicyCountLimitExceededException,
    "PolicySizeLimitExceededException": PolicySizeLimitExceededException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "RuleLimitExceededException": RuleLimitExceededException,
    "ThrottledException": ThrottledException,
    "TooManyTagsException": TooManyTagsException,
}


class XrayApi(ServiceApi):
    service = "xray"
    iam_prefix = "xray"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "BatchGetTraces": OperationSpec(
            "batch_get_traces", {"TraceIds": "trace_ids", "NextToken": "next_token"}
        ),
        "CancelTraceRetrieval": OperationSpec(
            "cancel_trace_retrieval", {"RetrievalToken": "retrieval_token"}
        ),
        "CreateGroup": OperationSpec(
            "create_group",
            {
                "GroupName": "group_name",
                "FilterExpression": "filter_expression",
                "InsightsConfiguration": "insights_configuration",
                "Tags": "tags",
            },
        ),
        "CreateSamplingRule": OperationSpec(
            "create_sampling_rule", {"SamplingRule": "sampling_rule", "Tags": "tags"}
        ),
        "DeleteGroup": OperationSpec("delete_group", {"GroupName": "group_name", "GroupARN": "group_arn"}),
        "DeleteResourcePolicy": OperationSpec(
            "delete_resource_policy", {"PolicyName": "policy_name", "PolicyRevisionId": "policy_revision_id"}
        ),
        "DeleteSamplingRule": OperationSpec(
            "delete_sampling_rule", {"RuleName": "rule_name", "RuleARN": "rule_arn"}
        ),
        "GetEncryptionConfig": OperationSpec("get_encryption_config", {}),
        "GetGroup": OperationSpec("get_group", {"GroupName": "group_name", "GroupARN": "group_arn"}),
        "GetGroups": OperationSpec("get_groups", {"NextToken": "next_token"}),
        "GetIndexingRules": OperationSpec("get_indexing_rules", {"NextToken": "next_token"}),
        "GetInsight": OperationSpec("get_insight", {"InsightId": "insight_id"}),
        "GetInsightEvents": OperationSpec(
            "get_insight_events",
            {"InsightId": "insight_id", "MaxResults": "max_results", "NextToken": "next_token"},
        ),
        "GetInsightImpactGraph": OperationSpec(
            "get_insight_impact_graph",
            {
                "InsightId": "insight_id",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "NextToken": "next_token",
            },
        ),
        "GetInsightSummaries": OperationSpec(
            "get_insight_summaries",
            {
                "States": "states",
                "GroupARN": "group_arn",
                "GroupName": "group_name",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "MaxResults": "max_results",
                "NextToken": "next_token",
            },
        ),
        "GetRetrievedTracesGraph": OperationSpec(
            "get_retrieved_traces_graph", {"RetrievalToken": "retrieval_token", "NextToken": "next_token"}
        ),
        "GetSamplingRules": OperationSpec("get_sampling_rules", {"NextToken": "next_token"}),
        "GetSamplingStatisticSummaries": OperationSpec(
            "get_sampling_statistic_summaries", {"NextToken": "next_token"}
        ),
        "GetSamplingTargets": OperationSpec(
            "get_sampling_targets",
            {
                "SamplingStatisticsDocuments": "sampling_statistics_documents",
                "SamplingBoostStatisticsDocuments": "sampling_boost_statistics_documents",
            },
        ),
        "GetServiceGraph": OperationSpec(
            "get_service_graph",
            {
                "StartTime": "start_time",
                "EndTime": "end_time",
                "GroupName": "group_name",
                "GroupARN": "group_arn",
                "NextToken": "next_token",
            },
        ),
        "GetTimeSeriesServiceStatistics": OperationSpec(
            "get_time_series_service_statistics",
            {
                "StartTime": "start_time",
                "EndTime": "end_time",
                "GroupName": "group_name",
                "GroupARN": "group_arn",
                "EntitySelectorExpression": "entity_selector_expression",
                "Period": "period",
                "ForecastStatistics": "forecast_statistics",
                "NextToken": "next_token",
            },
        ),
        "GetTraceGraph": OperationSpec(
            "get_trace_graph", {"TraceIds": "trace_ids", "NextToken": "next_token"}
        ),
        "GetTraceSegmentDestination": OperationSpec("get_trace_segment_destination", {}),
        "GetTraceSummaries": OperationSpec(
            "get_trace_summaries",
            {
                "StartTime": "start_time",
                "EndTime": "end_time",
                "TimeRangeType": "time_range_type",
                "Sampling": "sampling",
                "SamplingStrategy": "sampling_strategy",
                "FilterExpression": "filter_expression",
                "NextToken": "next_token",
            },
        ),
        "ListResourcePolicies": OperationSpec("list_resource_policies", {"NextToken": "next_token"}),
        "ListRetrievedTraces": OperationSpec(
            "list_retrieved_traces",
            {"RetrievalToken": "retrieval_token", "TraceFormat": "trace_format", "NextToken": "next_token"},
        ),
        "ListTagsForResource": OperationSpec(
            "list_tags_for_resource", {"ResourceARN": "resource_arn", "NextToken": "next_token"}
        ),
        "PutEncryptionConfig": OperationSpec("put_encryption_config", {"KeyId": "key_id", "Type": "type"}),
        "PutResourcePolicy": OperationSpec(
            "put_resource_policy",
            {
                "PolicyName": "policy_name",
                "PolicyDocument": "policy_document",
                "PolicyRevisionId": "policy_revision_id",
                "BypassPolicyLockoutCheck": "bypass_policy_lockout_check",
            },
        ),
        "PutTelemetryRecords": OperationSpec(
            "put_telemetry_records",
            {
                "TelemetryRecords": "telemetry_records",
                "EC2InstanceId": "ec2_instance_id",
                "Hostname": "hostname",
                "ResourceARN": "resource_arn",
            },
        ),
        "PutTraceSegments": OperationSpec(
            "put_trace_segments", {"TraceSegmentDocuments": "trace_segment_documents"}
        ),
        "StartTraceRetrieval": OperationSpec(
            "start_trace_retrieval",
            {"TraceIds": "trace_ids", "StartTime": "start_time", "EndTime": "end_time"},
        ),
        "TagResource": OperationSpec("tag_resource", {"ResourceARN": "resource_arn", "Tags": "tags"}),
        "UntagResource": OperationSpec(
            "untag_resource", {"ResourceARN": "resource_arn", "TagKeys": "tag_keys"}
        ),
        "UpdateGroup": OperationSpec(
            "update_group",
            {
                "GroupName": "group_name",
                "GroupARN": "group_arn",
                "FilterExpression": "filter_expression",
                "InsightsConfiguration": "insights_configuration",
            },
        ),
        "UpdateIndexingRule": OperationSpec("update_indexing_rule", {"Name": "name", "Rule": "rule"}),
        "UpdateSamplingRule": OperationSpec(
            "update_sampling_rule", {"SamplingRuleUpdate": "sampling_rule_update"}
        ),
        "UpdateTraceSegmentDestination": OperationSpec(
            "update_trace_segment_destination", {"Destination": "destination"}
        ),
    }

    async def batch_get_traces(
        self, context: RequestContext, *, trace_ids: TraceIdList, next_token: String | None = None
    ) -> BatchGetTracesResult:
        raise NotImplementedError

    async def cancel_trace_retrieval(
        self, context: RequestContext, *, retrieval_token: RetrievalToken
    ) -> CancelTraceRetrievalResult:
        raise NotImplementedError

    async def create_group(
        self,
        context: RequestContext,
        *,
        group_name: GroupName,
        filter_expression: FilterExpression | None = None,
        insights_configuration: InsightsConfiguration | None = None,
        tags: TagList | None = None,
    ) -> CreateGroupResult:
        raise NotImplementedError

    async def create_sampling_rule(
        self, context: RequestContext, *, sampling_rule: SamplingRule, tags: TagList | None = None
    ) -> CreateSamplingRuleResult:
        raise NotImplementedError

    async def delete_group(
        self,
        context: RequestContext,
        *,
        group_name: GroupName | None = None,
        group_arn: GroupARN | None = None,
    ) -> DeleteGroupResult:
        raise NotImplementedError

    async def delete_resource_policy(
        self,
        context: RequestContext,
        *,
        policy_name: PolicyName,
        policy_revision_id: PolicyRevisionId | None = None,
    ) -> DeleteResourcePolicyResult:
        raise NotImplementedError

    async def delete_sampling_rule(
        self, context: RequestContext, *, rule_name: String | None = None, rule_arn: String | None = None
    ) -> DeleteSamplingRuleResult:
        raise NotImplementedError

    async def get_encryption_config(self, context: RequestContext) -> GetEncryptionConfigResult:
        raise NotImplementedError

    async def get_group(
        self,
        context: RequestContext,
        *,
        group_name: GroupName | None = None,
        group_arn: GroupARN | None = None,
    ) -> GetGroupResult:
        raise NotImplementedError

    async def get_groups(
        self, context: RequestContext, *, next_token: GetGroupsNextToken | None = None
    ) -> GetGroupsResult:
        raise NotImplementedError

    async def get_indexing_rules(
        self, context: RequestContext, *, next_token: String | None = None
    ) -> GetIndexingRulesResult:
        raise NotImplementedError

    async def get_insight(self, context: RequestContext, *, insight_id: InsightId) -> GetInsightResult:
        raise NotImplementedError

    async def get_insight_events(
        self,
        context: RequestContext,
        *,
        insight_id: InsightId,
        max_results: GetInsightEventsMaxResults | None = None,
        next_token: Token | None = None,
    ) -> GetInsightEventsResult:
        raise NotImplementedError

    async def get_insight_impact_graph(
        self,
        context: RequestContext,
        *,
        insight_id: InsightId,
        start_time: Timestamp,
        end_time: Timestamp,
        next_token: Token | None = None,
    ) -> GetInsightImpactGraphResult:
        raise NotImplementedError

    async def get_insight_summaries(
        self,
        context: RequestContext,
        *,
        start_time: Timestamp,
        end_time: Timestamp,
        states: InsightStateList | None = None,
        group_arn: GroupARN | None = None,
        group_name: GroupName | None = None,
        max_results: GetInsightSummariesMaxResults | None = None,
        next_token: Token | None = None,
    ) -> GetInsightSummariesResult:
        raise NotImplementedError

    async def get_retrieved_traces_graph(
        self, context: RequestContext, *, retrieval_token: RetrievalToken, next_token: String | None = None
    ) -> GetRetrievedTracesGraphResult:
        raise NotImplementedError

    async def get_sampling_rules(
        self, context: RequestContext, *, next_token: String | None = None
    ) -> GetSamplingRulesResult:
        raise NotImplementedError

    async def get_sampling_statistic_summaries(
        self, context: RequestContext, *, next_token: String | None = None
    ) -> GetSamplingStatisticSummariesResult:
        raise NotImplementedError

    async def get_sampling_targets(
        self,
        context: RequestContext,
        *,
        sampling_statistics_documents: SamplingStatisticsDocumentList,
        sampling_boost_statistics_documents: SamplingBoostStatisticsDocumentList | None = None,
    ) -> GetSamplingTargetsResult:
        raise NotImplementedError

    async def get_service_graph(
        self,
        context: RequestContext,
        *,
        start_time: Timestamp,
        end_time: Timestamp,
        group_name: GroupName | None = None,
        group_arn: GroupARN | None = None,
        next_token: String | None = None,
    ) -> GetServiceGraphResult:
        raise NotImplementedError

    async def get_time_series_service_statistics(
        self,
        context: RequestContext,
        *,
        start_time: Timestamp,
        end_time: Timestamp,
        group_name: GroupName | None = None,
        group_arn: GroupARN | None = None,
        entity_selector_expression: EntitySelectorExpression | None = None,
        period: NullableInteger | None = None,
        forecast_statistics: NullableBoolean | None = None,
        next_token: String | None = None,
    ) -> GetTimeSeriesServiceStatisticsResult:
        raise NotImplementedError

    async def get_trace_graph(
        self, context: RequestContext, *, trace_ids: TraceIdList, next_token: String | None = None
    ) -> GetTraceGraphResult:
        raise NotImplementedError

    async def get_trace_segment_destination(
        self, context: RequestContext
    ) -> GetTraceSegmentDestinationResult:
        raise NotImplementedError

    async def get_trace_summaries(
        self,
        context: RequestContext,
        *,
        start_time: Timestamp,
        end_time: Timestamp,
        time_range_type: TimeRangeType | None = None,
        sampling: NullableBoolean | None = None,
        sampling_strategy: SamplingStrategy | None = None,
        filter_expression: FilterExpression | None = None,
        next_token: String | None = None,
    ) -> GetTraceSummariesResult:
        raise NotImplementedError

    async def list_resource_policies(
        self, context: RequestContext, *, next_token: ResourcePolicyNextToken | None = None
    ) -> ListResourcePoliciesResult:
        raise NotImplementedError

    async def list_retrieved_traces(
        self,
        context: RequestContext,
        *,
        retrieval_token: RetrievalToken,
        trace_format: TraceFormatType | None = None,
        next_token: String | None = None,
    ) -> ListRetrievedTracesResult:
        raise NotImplementedError

    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, next_token: String | None = None
    ) -> ListTagsForResourceResponse:
        raise NotImplementedError

    async def put_encryption_config(
        self, context: RequestContext, *, type: EncryptionType, key_id: EncryptionKeyId | None = None
    ) -> PutEncryptionConfigResult:
        raise NotImplementedError

    async def put_resource_policy(
        self,
        context: RequestContext,
        *,
        policy_name: PolicyName,
        policy_document: PolicyDocument,
        policy_revision_id: PolicyRevisionId | None = None,
        bypass_policy_lockout_check: Boolean | None = None,
    ) -> PutResourcePolicyResult:
        raise NotImplementedError

    async def put_telemetry_records(
        self,
        context: RequestContext,
        *,
        telemetry_records: TelemetryRecordList,
        ec2_instance_id: EC2InstanceId | None = None,
        hostname: Hostname | None = None,
        resource_arn: ResourceARN | None = None,
    ) -> PutTelemetryRecordsResult:
        raise NotImplementedError

    async def put_trace_segments(
        self, context: RequestContext, *, trace_segment_documents: TraceSegmentDocumentList
    ) -> PutTraceSegmentsResult:
        raise NotImplementedError

    async def start_trace_retrieval(
        self,
        context: RequestContext,
        *,
        trace_ids: TraceIdListForRetrieval,
        start_time: Timestamp,
        end_time: Timestamp,
    ) -> StartTraceRetrievalResult:
        raise NotImplementedError

    async def tag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tags: TagList
    ) -> TagResourceResponse:
        raise NotImplementedError

    async def untag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tag_keys: TagKeyList
    ) -> UntagResourceResponse:
        raise NotImplementedError

    async def update_group(
        self,
        context: RequestContext,
        *,
        group_name: GroupName | None = None,
        group_arn: GroupARN | None = None,
        filter_expression: FilterExpression | None = None,
        insights_configuration: InsightsConfiguration | None = None,
    ) -> UpdateGroupResult:
        raise NotImplementedError

    async def update_indexing_rule(
        self, context: RequestContext, *, name: String, rule: IndexingRuleValueUpdate
    ) -> UpdateIndexingRuleResult:
        raise NotImplementedError

    async def update_sampling_rule(
        self, context: RequestContext, *, sampling_rule_update: SamplingRuleUpdate
    ) -> UpdateSamplingRuleResult:
        raise NotImplementedError

    async def update_trace_segment_destination(
        self, context: RequestContext, *, destination: TraceSegmentDestination | None = None
    ) -> UpdateTraceSegmentDestinationResult:
        raise NotImplementedError
