# Generated from botocore 1.43.11's cloudwatch model (API 2010-08-01).
# Do not edit: regenerate with `python -m overcast_common.codegen cloudwatch`.
"""Typed API of Amazon CloudWatch: shapes, errors and ``CloudwatchApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi, omit_none

AccountId = str
ActionPrefix = str
ActionsEnabled = bool
ActionsSuppressedBy = str
ActionsSuppressedReason = str
AlarmArn = str
AlarmDescription = str
AlarmMuteRuleStatus = str
AlarmName = str
AlarmNamePrefix = str
AlarmRule = str
AlarmType = str
AmazonResourceName = str
AnomalyDetectorMetricStat = str
AnomalyDetectorMetricTimezone = str
AnomalyDetectorStateValue = str
AnomalyDetectorType = str
Arn = str
AttributeName = str
AttributeValue = str
AwsQueryErrorMessage = str
ComparisonOperator = str
ContributorId = str
DashboardArn = str
DashboardBody = str
DashboardErrorMessage = str
DashboardName = str
DashboardNamePrefix = str
DataPath = str
DatapointValue = float
DatapointsToAlarm = int
DimensionName = str
DimensionValue = str
Duration = str
EntityAttributesMapKeyString = str
EntityAttributesMapValueString = str
EntityKeyAttributesMapKeyString = str
EntityKeyAttributesMapValueString = str
ErrorMessage = str
EvaluateLowSampleCountPercentile = str
EvaluationInterval = int
EvaluationPeriods = int
EvaluationState = str
ExceptionType = str
Expression = str
ExtendedStatistic = str
FailureCode = str
FailureDescription = str
FailureResource = str
FaultDescription = str
GetMetricDataLabelTimezone = str
GetMetricDataMaxDatapoints = int
HistoryData = str
HistoryItemType = str
HistorySummary = str
IncludeLinkedAccounts = bool
IncludeLinkedAccountsMetrics = bool
InsightRuleAggregationStatistic = str
InsightRuleContributorKey = str
InsightRuleContributorKeyLabel = str
InsightRuleDefinition = str
InsightRuleIsManaged = bool
InsightRuleMaxResults = int
InsightRuleMetricName = str
InsightRuleName = str
InsightRuleOnTransformedLogs = bool
InsightRuleOrderBy = str
InsightRuleSchema = str
InsightRuleState = str
InsightRuleUnboundDouble = float
InsightRuleUnboundInteger = int
InsightRuleUnboundLong = int
LastModified = datetime
ListMetricStreamsMaxResults = int
MaxRecords = int
MaxReturnedResultsCount = int
Message = str
MessageDataCode = str
MessageDataValue = str
MetricExpression = str
MetricId = str
MetricLabel = str
MetricName = str
MetricStreamName = str
MetricStreamOutputFormat = str
MetricStreamState = str
MetricStreamStatistic = str
MetricWidget = str
MetricWidgetImage = bytes
MuteType = str
Name = str
Namespace = str
NextToken = str
OTelEnrichmentStatus = str
OutputFormat = str
PendingPeriod = int
Period = int
PeriodicSpikes = bool
Query = str
RecentlyActive = str
RecoveryPeriod = int
ResourceId = str
ResourceName = str
ResourceType = str
ReturnData = bool
ScanBy = str
Size = int
StandardUnit = str
Stat = str
StateReason = str
StateReasonData = str
StateValue = str
Statistic = str
StatusCode = str
StorageResolution = int
StrictEntityValidation = bool
SuppressorPeriod = int
TagKey = str
TagValue = str
TemplateName = str
Threshold = float
Timestamp = datetime
Timezone = str
TreatMissingData = str


class ActionsSuppressedByValues:
    WaitPeriod: Final = "WaitPeriod"
    ExtensionPeriod: Final = "ExtensionPeriod"
    Alarm: Final = "Alarm"


class AlarmMuteRuleStatusValues:
    SCHEDULED: Final = "SCHEDULED"
    ACTIVE: Final = "ACTIVE"
    EXPIRED: Final = "EXPIRED"


class AlarmTypeValues:
    CompositeAlarm: Final = "CompositeAlarm"
    MetricAlarm: Final = "MetricAlarm"


class AnomalyDetectorStateValueValues:
    PENDING_TRAINING: Final = "PENDING_TRAINING"
    TRAINED_INSUFFICIENT_DATA: Final = "TRAINED_INSUFFICIENT_DATA"
    TRAINED: Final = "TRAINED"


class AnomalyDetectorTypeValues:
    SINGLE_METRIC: Final = "SINGLE_METRIC"
    METRIC_MATH: Final = "METRIC_MATH"


class ComparisonOperatorValues:
    GreaterThanOrEqualToThreshold: Final = "GreaterThanOrEqualToThreshold"
    GreaterThanThreshold: Final = "GreaterThanThreshold"
    LessThanThreshold: Final = "LessThanThreshold"
    LessThanOrEqualToThreshold: Final = "LessThanOrEqualToThreshold"
    LessThanLowerOrGreaterThanUpperThreshold: Final = "LessThanLowerOrGreaterThanUpperThreshold"
    LessThanLowerThreshold: Final = "LessThanLowerThreshold"
    GreaterThanUpperThreshold: Final = "GreaterThanUpperThreshold"


class EvaluationStateValues:
    PARTIAL_DATA: Final = "PARTIAL_DATA"
    EVALUATION_FAILURE: Final = "EVALUATION_FAILURE"
    EVALUATION_ERROR: Final = "EVALUATION_ERROR"


class HistoryItemTypeValues:
    ConfigurationUpdate: Final = "ConfigurationUpdate"
    StateUpdate: Final = "StateUpdate"
    Action: Final = "Action"
    AlarmContributorStateUpdate: Final = "AlarmContributorStateUpdate"
    AlarmContributorAction: Final = "AlarmContributorAction"


class MetricStreamOutputFormatValues:
    json: Final = "json"
    opentelemetry0_7: Final = "opentelemetry0.7"
    opentelemetry1_0: Final = "opentelemetry1.0"


class OTelEnrichmentStatusValues:
    Running: Final = "Running"
    Stopped: Final = "Stopped"


class RecentlyActiveValues:
    PT3H: Final = "PT3H"


class ScanByValues:
    TimestampDescending: Final = "TimestampDescending"
    TimestampAscending: Final = "TimestampAscending"


class StandardUnitValues:
    Seconds: Final = "Seconds"
    Microseconds: Final = "Microseconds"
    Milliseconds: Final = "Milliseconds"
    Bytes: Final = "Bytes"
    Kilobytes: Final = "Kilobytes"
    Megabytes: Final = "Megabytes"
    Gigabytes: Final = "Gigabytes"
    Terabytes: Final = "Terabytes"
    Bits: Final = "Bits"
    Kilobits: Final = "Kilobits"
    Megabits: Final = "Megabits"
    Gigabits: Final = "Gigabits"
    Terabits: Final = "Terabits"
    Percent: Final = "Percent"
    Count: Final = "Count"
    Bytes_Second: Final = "Bytes/Second"
    Kilobytes_Second: Final = "Kilobytes/Second"
    Megabytes_Second: Final = "Megabytes/Second"
    Gigabytes_Second: Final = "Gigabytes/Second"
    Terabytes_Second: Final = "Terabytes/Second"
    Bits_Second: Final = "Bits/Second"
    Kilobits_Second: Final = "Kilobits/Second"
    Megabits_Second: Final = "Megabits/Second"
    Gigabits_Second: Final = "Gigabits/Second"
    Terabits_Second: Final = "Terabits/Second"
    Count_Second: Final = "Count/Second"
    None_: Final = "None"


class StateValueValues:
    OK: Final = "OK"
    ALARM: Final = "ALARM"
    INSUFFICIENT_DATA: Final = "INSUFFICIENT_DATA"


class StatisticValues:
    SampleCount: Final = "SampleCount"
    Average: Final = "Average"
    Sum: Final = "Sum"
    Minimum: Final = "Minimum"
    Maximum: Final = "Maximum"


class StatusCodeValues:
    Complete: Final = "Complete"
    InternalError: Final = "InternalError"
    PartialData: Final = "PartialData"
    Forbidden: Final = "Forbidden"


class AlarmContributor(TypedDict):
    ContributorId: ContributorId
    ContributorAttributes: ContributorAttributes
    StateReason: StateReason
    StateTransitionedTimestamp: NotRequired[Timestamp]


class AlarmHistoryItem(TypedDict):
    AlarmName: NotRequired[AlarmName]
    AlarmContributorId: NotRequired[ContributorId]
    AlarmType: NotRequired[AlarmType]
    Timestamp: NotRequired[Timestamp]
    HistoryItemType: NotRequired[HistoryItemType]
    HistorySummary: NotRequired[HistorySummary]
    HistoryData: NotRequired[HistoryData]
    AlarmContributorAttributes: NotRequired[ContributorAttributes]


class AlarmMuteRuleSummary(TypedDict):
    AlarmMuteRuleArn: NotRequired[Arn]
    ExpireDate: NotRequired[Timestamp]
    Status: NotRequired[AlarmMuteRuleStatus]
    MuteType: NotRequired[MuteType]
    LastUpdatedTimestamp: NotRequired[Timestamp]


class AlarmPromQLCriteria(TypedDict):
    Query: Query
    PendingPeriod: NotRequired[PendingPeriod]
    RecoveryPeriod: NotRequired[RecoveryPeriod]


class AnomalyDetector(TypedDict):
    Namespace: NotRequired[Namespace]
    MetricName: NotRequired[MetricName]
    Dimensions: NotRequired[Dimensions]
    Stat: NotRequired[AnomalyDetectorMetricStat]
    Configuration: NotRequired[AnomalyDetectorConfiguration]
    StateValue: NotRequired[AnomalyDetectorStateValue]
    MetricCharacteristics: NotRequired[MetricCharacteristics]
    SingleMetricAnomalyDetector: NotRequired[SingleMetricAnomalyDetector]
    MetricMathAnomalyDetector: NotRequired[MetricMathAnomalyDetector]


class AnomalyDetectorConfiguration(TypedDict):
    ExcludedTimeRanges: NotRequired[AnomalyDetectorExcludedTimeRanges]
    MetricTimezone: NotRequired[AnomalyDetectorMetricTimezone]


class CompositeAlarm(TypedDict):
    ActionsEnabled: NotRequired[ActionsEnabled]
    AlarmActions: NotRequired[ResourceList]
    AlarmArn: NotRequired[AlarmArn]
    AlarmConfigurationUpdatedTimestamp: NotRequired[Timestamp]
    AlarmDescription: NotRequired[AlarmDescription]
    AlarmName: NotRequired[AlarmName]
    AlarmRule: NotRequired[AlarmRule]
    InsufficientDataActions: NotRequired[ResourceList]
    OKActions: NotRequired[ResourceList]
    StateReason: NotRequired[StateReason]
    StateReasonData: NotRequired[StateReasonData]
    StateUpdatedTimestamp: NotRequired[Timestamp]
    StateValue: NotRequired[StateValue]
    StateTransitionedTimestamp: NotRequired[Timestamp]
    ActionsSuppressedBy: NotRequired[ActionsSuppressedBy]
    ActionsSuppressedReason: NotRequired[ActionsSuppressedReason]
    ActionsSuppressor: NotRequired[AlarmArn]
    ActionsSuppressorWaitPeriod: NotRequired[SuppressorPeriod]
    ActionsSuppressorExtensionPeriod: NotRequired[SuppressorPeriod]


class DashboardEntry(TypedDict):
    DashboardName: NotRequired[DashboardName]
    DashboardArn: NotRequired[DashboardArn]
    LastModified: NotRequired[LastModified]
    Size: NotRequired[Size]


class DashboardValidationMessage(TypedDict):
    DataPath: NotRequired[DataPath]
    Message: NotRequired[Message]


class Datapoint(TypedDict):
    Timestamp: NotRequired[Timestamp]
    SampleCount: NotRequired[DatapointValue]
    Average: NotRequired[DatapointValue]
    Sum: NotRequired[DatapointValue]
    Minimum: NotRequired[DatapointValue]
    Maximum: NotRequired[DatapointValue]
    Unit: NotRequired[StandardUnit]
    ExtendedStatistics: NotRequired[DatapointValueMap]


class DeleteAlarmMuteRuleInput(TypedDict):
    AlarmMuteRuleName: Name


class DeleteAlarmsInput(TypedDict):
    AlarmNames: AlarmNames


class DeleteAnomalyDetectorInput(TypedDict):
    Namespace: NotRequired[Namespace]
    MetricName: NotRequired[MetricName]
    Dimensions: NotRequired[Dimensions]
    Stat: NotRequired[AnomalyDetectorMetricStat]
    SingleMetricAnomalyDetector: NotRequired[SingleMetricAnomalyDetector]
    MetricMathAnomalyDetector: NotRequired[MetricMathAnomalyDetector]


class DeleteAnomalyDetectorOutput(TypedDict):
    pass


class DeleteDashboardsInput(TypedDict):
    DashboardNames: DashboardNames


class DeleteDashboardsOutput(TypedDict):
    pass


class DeleteInsightRulesInput(TypedDict):
    RuleNames: InsightRuleNames


class DeleteInsightRulesOutput(TypedDict):
    Failures: NotRequired[BatchFailures]


class DeleteMetricStreamInput(TypedDict):
    Name: MetricStreamName


class DeleteMetricStreamOutput(TypedDict):
    pass


class DescribeAlarmContributorsInput(TypedDict):
    AlarmName: AlarmName
    NextToken: NotRequired[NextToken]


class DescribeAlarmContributorsOutput(TypedDict):
    AlarmContributors: AlarmContributors
    NextToken: NotRequired[NextToken]


class DescribeAlarmHistoryInput(TypedDict):
    AlarmName: NotRequired[AlarmName]
    AlarmContributorId: NotRequired[ContributorId]
    AlarmTypes: NotRequired[AlarmTypes]
    HistoryItemType: NotRequired[HistoryItemType]
    StartDate: NotRequired[Timestamp]
    EndDate: NotRequired[Timestamp]
    MaxRecords: NotRequired[MaxRecords]
    NextToken: NotRequired[NextToken]
    ScanBy: NotRequired[ScanBy]


class DescribeAlarmHistoryOutput(TypedDict):
    AlarmHistoryItems: NotRequired[AlarmHistoryItems]
    NextToken: NotRequired[NextToken]


class DescribeAlarmsForMetricInput(TypedDict):
    MetricName: MetricName
    Namespace: Namespace
    Statistic: NotRequired[Statistic]
    ExtendedStatistic: NotRequired[ExtendedStatistic]
    Dimensions: NotRequired[Dimensions]
    Period: NotRequired[Period]
    Unit: NotRequired[StandardUnit]


class DescribeAlarmsForMetricOutput(TypedDict):
    MetricAlarms: NotRequired[MetricAlarms]


class DescribeAlarmsInput(TypedDict):
    AlarmNames: NotRequired[AlarmNames]
    AlarmNamePrefix: NotRequired[AlarmNamePrefix]
    AlarmTypes: NotRequired[AlarmTypes]
    ChildrenOfAlarmName: NotRequired[AlarmName]
    ParentsOfAlarmName: NotRequired[AlarmName]
    StateValue: NotRequired[StateValue]
    ActionPrefix: NotRequired[ActionPrefix]
    MaxRecords: NotRequired[MaxRecords]
    NextToken: NotRequired[NextToken]


class DescribeAlarmsOutput(TypedDict):
    CompositeAlarms: NotRequired[CompositeAlarms]
    MetricAlarms: NotRequired[MetricAlarms]
    NextToken: NotRequired[NextToken]


class DescribeAnomalyDetectorsInput(TypedDict):
    NextToken: NotRequired[NextToken]
    MaxResults: NotRequired[MaxReturnedResultsCount]
    Namespace: NotRequired[Namespace]
    MetricName: NotRequired[MetricName]
    Dimensions: NotRequired[Dimensions]
    AnomalyDetectorTypes: NotRequired[AnomalyDetectorTypes]


class DescribeAnomalyDetectorsOutput(TypedDict):
    AnomalyDetectors: NotRequired[AnomalyDetectors]
    NextToken: NotRequired[NextToken]


class DescribeInsightRulesInput(TypedDict):
    NextToken: NotRequired[NextToken]
    MaxResults: NotRequired[InsightRuleMaxResults]


class DescribeInsightRulesOutput(TypedDict):
    NextToken: NotRequired[NextToken]
    InsightRules: NotRequired[InsightRules]


class Dimension(TypedDict):
    Name: DimensionName
    Value: DimensionValue


class DimensionFilter(TypedDict):
    Name: DimensionName
    Value: NotRequired[DimensionValue]


class DisableAlarmActionsInput(TypedDict):
    AlarmNames: AlarmNames


class DisableInsightRulesInput(TypedDict):
    RuleNames: InsightRuleNames


class DisableInsightRulesOutput(TypedDict):
    Failures: NotRequired[BatchFailures]


class EnableAlarmActionsInput(TypedDict):
    AlarmNames: AlarmNames


class EnableInsightRulesInput(TypedDict):
    RuleNames: InsightRuleNames


class EnableInsightRulesOutput(TypedDict):
    Failures: NotRequired[BatchFailures]


class Entity(TypedDict):
    KeyAttributes: NotRequired[EntityKeyAttributesMap]
    Attributes: NotRequired[EntityAttributesMap]


class EntityMetricData(TypedDict):
    Entity: NotRequired[Entity]
    MetricData: NotRequired[MetricData]


class EvaluationCriteria(TypedDict):
    PromQLCriteria: NotRequired[AlarmPromQLCriteria]


class GetAlarmMuteRuleInput(TypedDict):
    AlarmMuteRuleName: Name


class GetAlarmMuteRuleOutput(TypedDict):
    Name: NotRequired[Name]
    AlarmMuteRuleArn: NotRequired[Arn]
    Description: NotRequired[AlarmDescription]
    Rule: NotRequired[Rule]
    MuteTargets: NotRequired[MuteTargets]
    StartDate: NotRequired[Timestamp]
    ExpireDate: NotRequired[Timestamp]
    Status: NotRequired[AlarmMuteRuleStatus]
    LastUpdatedTimestamp: NotRequired[Timestamp]
    MuteType: NotRequired[MuteType]


class GetDashboardInput(TypedDict):
    DashboardName: DashboardName


class GetDashboardOutput(TypedDict):
    DashboardArn: NotRequired[DashboardArn]
    DashboardBody: NotRequired[DashboardBody]
    DashboardName: NotRequired[DashboardName]


class GetInsightRuleReportInput(TypedDict):
    RuleName: InsightRuleName
    StartTime: Timestamp
    EndTime: Timestamp
    Period: Period
    MaxContributorCount: NotRequired[InsightRuleUnboundInteger]
    Metrics: NotRequired[InsightRuleMetricList]
    OrderBy: NotRequired[InsightRuleOrderBy]


class GetInsightRuleReportOutput(TypedDict):
    KeyLabels: NotRequired[InsightRuleContributorKeyLabels]
    AggregationStatistic: NotRequired[InsightRuleAggregationStatistic]
    AggregateValue: NotRequired[InsightRuleUnboundDouble]
    ApproximateUniqueCount: NotRequired[InsightRuleUnboundLong]
    Contributors: NotRequired[InsightRuleContributors]
    MetricDatapoints: NotRequired[InsightRuleMetricDatapoints]


class GetMetricDataInput(TypedDict):
    MetricDataQueries: MetricDataQueries
    StartTime: Timestamp
    EndTime: Timestamp
    NextToken: NotRequired[NextToken]
    ScanBy: NotRequired[ScanBy]
    MaxDatapoints: NotRequired[GetMetricDataMaxDatapoints]
    LabelOptions: NotRequired[LabelOptions]


class GetMetricDataOutput(TypedDict):
    MetricDataResults: NotRequired[MetricDataResults]
    NextToken: NotRequired[NextToken]
    Messages: NotRequired[MetricDataResultMessages]


class GetMetricStatisticsInput(TypedDict):
    Namespace: Namespace
    MetricName: MetricName
    Dimensions: NotRequired[Dimensions]
    StartTime: Timestamp
    EndTime: Timestamp
    Period: Period
    Statistics: NotRequired[Statistics]
    ExtendedStatistics: NotRequired[ExtendedStatistics]
    Unit: NotRequired[StandardUnit]


class GetMetricStatisticsOutput(TypedDict):
    Label: NotRequired[MetricLabel]
    Datapoints: NotRequired[Datapoints]


class GetMetricStreamInput(TypedDict):
    Name: MetricStreamName


class GetMetricStreamOutput(TypedDict):
    Arn: NotRequired[AmazonResourceName]
    Name: NotRequired[MetricStreamName]
    IncludeFilters: NotRequired[MetricStreamFilters]
    ExcludeFilters: NotRequired[MetricStreamFilters]
    FirehoseArn: NotRequired[AmazonResourceName]
    RoleArn: NotRequired[AmazonResourceName]
    State: NotRequired[MetricStreamState]
    CreationDate: NotRequired[Timestamp]
    LastUpdateDate: NotRequired[Timestamp]
    OutputFormat: NotRequired[MetricStreamOutputFormat]
    StatisticsConfigurations: NotRequired[MetricStreamStatisticsConfigurations]
    IncludeLinkedAccountsMetrics: NotRequired[IncludeLinkedAccountsMetrics]


class GetMetricWidgetImageInput(TypedDict):
    MetricWidget: MetricWidget
    OutputFormat: NotRequired[OutputFormat]


class GetMetricWidgetImageOutput(TypedDict):
    MetricWidgetImage: NotRequired[MetricWidgetImage]


class GetOTelEnrichmentInput(TypedDict):
    pass


class GetOTelEnrichmentOutput(TypedDict):
    Status: OTelEnrichmentStatus


class InsightRule(TypedDict):
    Name: InsightRuleName
    State: InsightRuleState
    Schema: InsightRuleSchema
    Definition: InsightRuleDefinition
    ManagedRule: NotRequired[InsightRuleIsManaged]
    ApplyOnTransformedLogs: NotRequired[InsightRuleOnTransformedLogs]


class InsightRuleContributor(TypedDict):
    Keys: InsightRuleContributorKeys
    ApproximateAggregateValue: InsightRuleUnboundDouble
    Datapoints: InsightRuleContributorDatapoints


class InsightRuleContributorDatapoint(TypedDict):
    Timestamp: Timestamp
    ApproximateValue: InsightRuleUnboundDouble


class InsightRuleMetricDatapoint(TypedDict):
    Timestamp: Timestamp
    UniqueContributors: NotRequired[InsightRuleUnboundDouble]
    MaxContributorValue: NotRequired[InsightRuleUnboundDouble]
    SampleCount: NotRequired[InsightRuleUnboundDouble]
    Average: NotRequired[InsightRuleUnboundDouble]
    Sum: NotRequired[InsightRuleUnboundDouble]
    Minimum: NotRequired[InsightRuleUnboundDouble]
    Maximum: NotRequired[InsightRuleUnboundDouble]


class LabelOptions(TypedDict):
    Timezone: NotRequired[GetMetricDataLabelTimezone]


class ListAlarmMuteRulesInput(TypedDict):
    AlarmName: NotRequired[Name]
    Statuses: NotRequired[AlarmMuteRuleStatuses]
    MaxRecords: NotRequired[MaxRecords]
    NextToken: NotRequired[NextToken]


class ListAlarmMuteRulesOutput(TypedDict):
    AlarmMuteRuleSummaries: NotRequired[AlarmMuteRuleSummaries]
    NextToken: NotRequired[NextToken]


class ListDashboardsInput(TypedDict):
    DashboardNamePrefix: NotRequired[DashboardNamePrefix]
    NextToken: NotRequired[NextToken]


class ListDashboardsOutput(TypedDict):
    DashboardEntries: NotRequired[DashboardEntries]
    NextToken: NotRequired[NextToken]


class ListManagedInsightRulesInput(TypedDict):
    ResourceARN: AmazonResourceName
    NextToken: NotRequired[NextToken]
    MaxResults: NotRequired[InsightRuleMaxResults]


class ListManagedInsightRulesOutput(TypedDict):
    ManagedRules: NotRequired[ManagedRuleDescriptions]
    NextToken: NotRequired[NextToken]


class ListMetricStreamsInput(TypedDict):
    NextToken: NotRequired[NextToken]
    MaxResults: NotRequired[ListMetricStreamsMaxResults]


class ListMetricStreamsOutput(TypedDict):
    NextToken: NotRequired[NextToken]
    Entries: NotRequired[MetricStreamEntries]


class ListMetricsInput(TypedDict):
    Namespace: NotRequired[Namespace]
    MetricName: NotRequired[MetricName]
    Dimensions: NotRequired[DimensionFilters]
    NextToken: NotRequired[NextToken]
    RecentlyActive: NotRequired[RecentlyActive]
    IncludeLinkedAccounts: NotRequired[IncludeLinkedAccounts]
    OwningAccount: NotRequired[AccountId]


class ListMetricsOutput(TypedDict):
    Metrics: NotRequired[Metrics]
    NextToken: NotRequired[NextToken]
    OwningAccounts: NotRequired[OwningAccounts]


class ListTagsForResourceInput(TypedDict):
    ResourceARN: AmazonResourceName


class ListTagsForResourceOutput(TypedDict):
    Tags: NotRequired[TagList]


class ManagedRule(TypedDict):
    TemplateName: TemplateName
    ResourceARN: AmazonResourceName
    Tags: NotRequired[TagList]


class ManagedRuleDescription(TypedDict):
    TemplateName: NotRequired[TemplateName]
    ResourceARN: NotRequired[AmazonResourceName]
    RuleState: NotRequired[ManagedRuleState]


class ManagedRuleState(TypedDict):
    RuleName: InsightRuleName
    State: InsightRuleState


class MessageData(TypedDict):
    Code: NotRequired[MessageDataCode]
    Value: NotRequired[MessageDataValue]


class Metric(TypedDict):
    Namespace: NotRequired[Namespace]
    MetricName: NotRequired[MetricName]
    Dimensions: NotRequired[Dimensions]


class MetricAlarm(TypedDict):
    AlarmName: NotRequired[AlarmName]
    AlarmArn: NotRequired[AlarmArn]
    AlarmDescription: NotRequired[AlarmDescription]
    AlarmConfigurationUpdatedTimestamp: NotRequired[Timestamp]
    ActionsEnabled: NotRequired[ActionsEnabled]
    OKActions: NotRequired[ResourceList]
    AlarmActions: NotRequired[ResourceList]
    InsufficientDataActions: NotRequired[ResourceList]
    StateValue: NotRequired[StateValue]
    StateReason: NotRequired[StateReason]
    StateReasonData: NotRequired[StateReasonData]
    StateUpdatedTimestamp: NotRequired[Timestamp]
    MetricName: NotRequired[MetricName]
    Namespace: NotRequired[Namespace]
    Statistic: NotRequired[Statistic]
    ExtendedStatistic: NotRequired[ExtendedStatistic]
    Dimensions: NotRequired[Dimensions]
    Period: NotRequired[Period]
    Unit: NotRequired[StandardUnit]
    EvaluationPeriods: NotRequired[EvaluationPeriods]
    DatapointsToAlarm: NotRequired[DatapointsToAlarm]
    Threshold: NotRequired[Threshold]
    ComparisonOperator: NotRequired[ComparisonOperator]
    TreatMissingData: NotRequired[TreatMissingData]
    EvaluateLowSampleCountPercentile: NotRequired[EvaluateLowSampleCountPercentile]
    Metrics: NotRequired[MetricDataQueries]
    ThresholdMetricId: NotRequired[MetricId]
    EvaluationState: NotRequired[EvaluationState]
    StateTransitionedTimestamp: NotRequired[Timestamp]
    EvaluationCriteria: NotRequired[EvaluationCriteria]
    EvaluationInterval: NotRequired[EvaluationInterval]


class MetricCharacteristics(TypedDict):
    PeriodicSpikes: NotRequired[PeriodicSpikes]


class MetricDataQuery(TypedDict):
    Id: MetricId
    MetricStat: NotRequired[MetricStat]
    Expression: NotRequired[MetricExpression]
    Label: NotRequired[MetricLabel]
    ReturnData: NotRequired[ReturnData]
    Period: NotRequired[Period]
    AccountId: NotRequired[AccountId]


class MetricDataResult(TypedDict):
    Id: NotRequired[MetricId]
    Label: NotRequired[MetricLabel]
    Timestamps: NotRequired[Timestamps]
    Values: NotRequired[DatapointValues]
    StatusCode: NotRequired[StatusCode]
    Messages: NotRequired[MetricDataResultMessages]


class MetricDatum(TypedDict):
    MetricName: MetricName
    Dimensions: NotRequired[Dimensions]
    Timestamp: NotRequired[Timestamp]
    Value: NotRequired[DatapointValue]
    StatisticValues: NotRequired[StatisticSet]
    Values: NotRequired[Values]
    Counts: NotRequired[Counts]
    Unit: NotRequired[StandardUnit]
    StorageResolution: NotRequired[StorageResolution]


class MetricMathAnomalyDetector(TypedDict):
    MetricDataQueries: NotRequired[MetricDataQueries]


class MetricStat(TypedDict):
    Metric: Metric
    Period: Period
    Stat: Stat
    Unit: NotRequired[StandardUnit]


class MetricStreamEntry(TypedDict):
    Arn: NotRequired[AmazonResourceName]
    CreationDate: NotRequired[Timestamp]
    LastUpdateDate: NotRequired[Timestamp]
    Name: NotRequired[MetricStreamName]
    FirehoseArn: NotRequired[AmazonResourceName]
    State: NotRequired[MetricStreamState]
    OutputFormat: NotRequired[MetricStreamOutputFormat]


class MetricStreamFilter(TypedDict):
    Namespace: NotRequired[Namespace]
    MetricNames: NotRequired[MetricStreamFilterMetricNames]


class MetricStreamStatisticsConfiguration(TypedDict):
    IncludeMetrics: MetricStreamStatisticsIncludeMetrics
    AdditionalStatistics: MetricStreamStatisticsAdditionalStatistics


class MetricStreamStatisticsMetric(TypedDict):
    Namespace: Namespace
    MetricName: MetricName


class MuteTargets(TypedDict):
    AlarmNames: MuteTargetAlarmNameList


class PartialFailure(TypedDict):
    FailureResource: NotRequired[FailureResource]
    ExceptionType: NotRequired[ExceptionType]
    FailureCode: NotRequired[FailureCode]
    FailureDescription: NotRequired[FailureDescription]


class PutAlarmMuteRuleInput(TypedDict):
    Name: Name
    Description: NotRequired[AlarmDescription]
    Rule: Rule
    MuteTargets: NotRequired[MuteTargets]
    Tags: NotRequired[TagList]
    StartDate: NotRequired[Timestamp]
    ExpireDate: NotRequired[Timestamp]


class PutAnomalyDetectorInput(TypedDict):
    Namespace: NotRequired[Namespace]
    MetricName: NotRequired[MetricName]
    Dimensions: NotRequired[Dimensions]
    Stat: NotRequired[AnomalyDetectorMetricStat]
    Configuration: NotRequired[AnomalyDetectorConfiguration]
    MetricCharacteristics: NotRequired[MetricCharacteristics]
    SingleMetricAnomalyDetector: NotRequired[SingleMetricAnomalyDetector]
    MetricMathAnomalyDetector: NotRequired[MetricMathAnomalyDetector]


class PutAnomalyDetectorOutput(TypedDict):
    pass


class PutCompositeAlarmInput(TypedDict):
    ActionsEnabled: NotRequired[ActionsEnabled]
    AlarmActions: NotRequired[ResourceList]
    AlarmDescription: NotRequired[AlarmDescription]
    AlarmName: AlarmName
    AlarmRule: AlarmRule
    InsufficientDataActions: NotRequired[ResourceList]
    OKActions: NotRequired[ResourceList]
    Tags: NotRequired[TagList]
    ActionsSuppressor: NotRequired[AlarmArn]
    ActionsSuppressorWaitPeriod: NotRequired[SuppressorPeriod]
    ActionsSuppressorExtensionPeriod: NotRequired[SuppressorPeriod]


class PutDashboardInput(TypedDict):
    DashboardName: DashboardName
    DashboardBody: DashboardBody
    Tags: NotRequired[TagList]


class PutDashboardOutput(TypedDict):
    DashboardValidationMessages: NotRequired[DashboardValidationMessages]


class PutInsightRuleInput(TypedDict):
    RuleName: InsightRuleName
    RuleState: NotRequired[InsightRuleState]
    RuleDefinition: InsightRuleDefinition
    Tags: NotRequired[TagList]
    ApplyOnTransformedLogs: NotRequired[InsightRuleOnTransformedLogs]


class PutInsightRuleOutput(TypedDict):
    pass


class PutManagedInsightRulesInput(TypedDict):
    ManagedRules: ManagedRules


class PutManagedInsightRulesOutput(TypedDict):
    Failures: NotRequired[BatchFailures]


class PutMetricAlarmInput(TypedDict):
    AlarmName: AlarmName
    AlarmDescription: NotRequired[AlarmDescription]
    ActionsEnabled: NotRequired[ActionsEnabled]
    OKActions: NotRequired[ResourceList]
    AlarmActions: NotRequired[ResourceList]
    InsufficientDataActions: NotRequired[ResourceList]
    MetricName: NotRequired[MetricName]
    Namespace: NotRequired[Namespace]
    Statistic: NotRequired[Statistic]
    ExtendedStatistic: NotRequired[ExtendedStatistic]
    Dimensions: NotRequired[Dimensions]
    Period: NotRequired[Period]
    Unit: NotRequired[StandardUnit]
    EvaluationPeriods: NotRequired[EvaluationPeriods]
    DatapointsToAlarm: NotRequired[DatapointsToAlarm]
    Threshold: NotRequired[Threshold]
    ComparisonOperator: NotRequired[ComparisonOperator]
    TreatMissingData: NotRequired[TreatMissingData]
    EvaluateLowSampleCountPercentile: NotRequired[EvaluateLowSampleCountPercentile]
    Metrics: NotRequired[MetricDataQueries]
    Tags: NotRequired[TagList]
    ThresholdMetricId: NotRequired[MetricId]
    EvaluationCriteria: NotRequired[EvaluationCriteria]
    EvaluationInterval: NotRequired[EvaluationInterval]


class PutMetricDataInput(TypedDict):
    Namespace: Namespace
    MetricData: NotRequired[MetricData]
    EntityMetricData: NotRequired[EntityMetricDataList]
    StrictEntityValidation: NotRequired[StrictEntityValidation]


class PutMetricStreamInput(TypedDict):
    Name: MetricStreamName
    IncludeFilters: NotRequired[MetricStreamFilters]
    ExcludeFilters: NotRequired[MetricStreamFilters]
    FirehoseArn: AmazonResourceName
    RoleArn: AmazonResourceName
    OutputFormat: MetricStreamOutputFormat
    Tags: NotRequired[TagList]
    StatisticsConfigurations: NotRequired[MetricStreamStatisticsConfigurations]
    IncludeLinkedAccountsMetrics: NotRequired[IncludeLinkedAccountsMetrics]


class PutMetricStreamOutput(TypedDict):
    Arn: NotRequired[AmazonResourceName]


class Range(TypedDict):
    StartTime: Timestamp
    EndTime: Timestamp


class Rule(TypedDict):
    Schedule: Schedule


class Schedule(TypedDict):
    Expression: Expression
    Duration: Duration
    Timezone: NotRequired[Timezone]


class SetAlarmStateInput(TypedDict):
    AlarmName: AlarmName
    StateValue: StateValue
    StateReason: StateReason
    StateReasonData: NotRequired[StateReasonData]


class SingleMetricAnomalyDetector(TypedDict):
    AccountId: NotRequired[AccountId]
    Namespace: NotRequired[Namespace]
    MetricName: NotRequired[MetricName]
    Dimensions: NotRequired[Dimensions]
    Stat: NotRequired[AnomalyDetectorMetricStat]


class StartMetricStreamsInput(TypedDict):
    Names: MetricStreamNames


class StartMetricStreamsOutput(TypedDict):
    pass


class StartOTelEnrichmentInput(TypedDict):
    pass


class StartOTelEnrichmentOutput(TypedDict):
    pass


class StatisticSet(TypedDict):
    SampleCount: DatapointValue
    Sum: DatapointValue
    Minimum: DatapointValue
    Maximum: DatapointValue


class StopMetricStreamsInput(TypedDict):
    Names: MetricStreamNames


class StopMetricStreamsOutput(TypedDict):
    pass


class StopOTelEnrichmentInput(TypedDict):
    pass


class StopOTelEnrichmentOutput(TypedDict):
    pass


class Tag(TypedDict):
    Key: TagKey
    Value: TagValue


class TagResourceInput(TypedDict):
    ResourceARN: AmazonResourceName
    Tags: TagList


class TagResourceOutput(TypedDict):
    pass


class UntagResourceInput(TypedDict):
    ResourceARN: AmazonResourceName
    TagKeys: TagKeyList


class UntagResourceOutput(TypedDict):
    pass


AlarmContributors = list[AlarmContributor]
AlarmHistoryItems = list[AlarmHistoryItem]
AlarmMuteRuleStatuses = list[AlarmMuteRuleStatus]
AlarmMuteRuleSummaries = list[AlarmMuteRuleSummary]
AlarmNames = list[AlarmName]
AlarmTypes = list[AlarmType]
AnomalyDetectorExcludedTimeRanges = list[Range]
AnomalyDetectorTypes = list[AnomalyDetectorType]
AnomalyDetectors = list[AnomalyDetector]
BatchFailures = list[PartialFailure]
CompositeAlarms = list[CompositeAlarm]
ContributorAttributes = dict[AttributeName, AttributeValue]
Counts = list[DatapointValue]
DashboardEntries = list[DashboardEntry]
DashboardNames = list[DashboardName]
DashboardValidationMessages = list[DashboardValidationMessage]
DatapointValueMap = dict[ExtendedStatistic, DatapointValue]
DatapointValues = list[DatapointValue]
Datapoints = list[Datapoint]
DimensionFilters = list[DimensionFilter]
Dimensions = list[Dimension]
EntityAttributesMap = dict[EntityAttributesMapKeyString, EntityAttributesMapValueString]
EntityKeyAttributesMap = dict[EntityKeyAttributesMapKeyString, EntityKeyAttributesMapValueString]
EntityMetricDataList = list[EntityMetricData]
ExtendedStatistics = list[ExtendedStatistic]
InsightRuleContributorDatapoints = list[InsightRuleContributorDatapoint]
InsightRuleContributorKeyLabels = list[InsightRuleContributorKeyLabel]
InsightRuleContributorKeys = list[InsightRuleContributorKey]
InsightRuleContributors = list[InsightRuleContributor]
InsightRuleMetricDatapoints = list[InsightRuleMetricDatapoint]
InsightRuleMetricList = list[InsightRuleMetricName]
InsightRuleNames = list[InsightRuleName]
InsightRules = list[InsightRule]
ManagedRuleDescriptions = list[ManagedRuleDescription]
ManagedRules = list[ManagedRule]
MetricAlarms = list[MetricAlarm]
MetricData = list[MetricDatum]
MetricDataQueries = list[MetricDataQuery]
MetricDataResultMessages = list[MessageData]
MetricDataResults = list[MetricDataResult]
MetricStreamEntries = list[MetricStreamEntry]
MetricStreamFilterMetricNames = list[MetricName]
MetricStreamFilters = list[MetricStreamFilter]
MetricStreamNames = list[MetricStreamName]
MetricStreamStatisticsAdditionalStatistics = list[MetricStreamStatistic]
MetricStreamStatisticsConfigurations = list[MetricStreamStatisticsConfiguration]
MetricStreamStatisticsIncludeMetrics = list[MetricStreamStatisticsMetric]
Metrics = list[Metric]
MuteTargetAlarmNameList = list[Name]
OwningAccounts = list[AccountId]
ResourceList = list[ResourceName]
Statistics = list[Statistic]
TagKeyList = list[TagKey]
TagList = list[Tag]
Timestamps = list[Timestamp]
Values = list[DatapointValue]


class ConcurrentModificationException(ServiceError):
    code = "ConcurrentModificationException"
    query_code: ClassVar[str] = "ConcurrentModificationException"
    shape_name: ClassVar[str] = "ConcurrentModificationException"
    status_code = 429
    sender_fault = True


class ConflictException(ServiceError):
    code = "ConflictException"
    query_code: ClassVar[str] = "ConflictException"
    shape_name: ClassVar[str] = "ConflictException"
    status_code = 409
    sender_fault = True


class DashboardInvalidInputError(ServiceError):
    code = "InvalidParameterInput"
    query_code: ClassVar[str] = "InvalidParameterInput"
    shape_name: ClassVar[str] = "DashboardInvalidInputError"
    status_code = 400
    sender_fault = True

    def __init__(
        self, message: str = "", *, dashboard_validation_messages: DashboardValidationMessages | None = None
    ) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"dashboardValidationMessages": dashboard_validation_messages}))


class DashboardNotFoundError(ServiceError):
    code = "ResourceNotFound"
    query_code: ClassVar[str] = "ResourceNotFound"
    shape_name: ClassVar[str] = "DashboardNotFoundError"
    status_code = 404
    sender_fault = True


class InternalServiceFault(ServiceError):
    code = "InternalServiceError"
    query_code: ClassVar[str] = "InternalServiceError"
    shape_name: ClassVar[str] = "InternalServiceFault"
    status_code = 500
    sender_fault = False


class InvalidFormatFault(ServiceError):
    code = "InvalidFormat"
    query_code: ClassVar[str] = "InvalidFormat"
    shape_name: ClassVar[str] = "InvalidFormatFault"
    status_code = 400
    sender_fault = True


class InvalidNextToken(ServiceError):
    code = "InvalidNextToken"
    query_code: ClassVar[str] = "InvalidNextToken"
    shape_name: ClassVar[str] = "InvalidNextToken"
    status_code = 400
    sender_fault = True


class InvalidParameterCombinationException(ServiceError):
    code = "InvalidParameterCombination"
    query_code: ClassVar[str] = "InvalidParameterCombination"
    shape_name: ClassVar[str] = "InvalidParameterCombinationException"
    status_code = 400
    sender_fault = True


class InvalidParameterValueException(ServiceError):
    code = "InvalidParameterValue"
    query_code: ClassVar[str] = "InvalidParameterValue"
    shape_name: ClassVar[str] = "InvalidParameterValueException"
    status_code = 400
    sender_fault = True


class LimitExceededException(ServiceError):
    code = "LimitExceededException"
    query_code: ClassVar[str] = "LimitExceededException"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 400
    sender_fault = True


class LimitExceededFault(ServiceError):
    code = "LimitExceeded"
    query_code: ClassVar[str] = "LimitExceeded"
    shape_name: ClassVar[str] = "LimitExceededFault"
    status_code = 400
    sender_fault = True


class MissingRequiredParameterException(ServiceError):
    code = "MissingParameter"
    query_code: ClassVar[str] = "MissingParameter"
    shape_name: ClassVar[str] = "MissingRequiredParameterException"
    status_code = 400
    sender_fault = True


class ResourceNotFound(ServiceError):
    code = "ResourceNotFound"
    query_code: ClassVar[str] = "ResourceNotFound"
    shape_name: ClassVar[str] = "ResourceNotFound"
    status_code = 404
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 404
    sender_fault = True

    def __init__(
        self,
        message: str = "",
        *,
        resource_type: ResourceType | None = None,
        resource_id: ResourceId | None = None,
    ) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"ResourceType": resource_type, "ResourceId": resource_id}))


ERRORS: dict[str, type[ServiceError]] = {
    "ConcurrentModificationException": ConcurrentModificationException,
    "ConflictException": ConflictException,
    "DashboardInvalidInputError": DashboardInvalidInputError,
    "DashboardNotFoundError": DashboardNotFoundError,
    "InternalServiceFault": InternalServiceFault,
    "InvalidFormatFault": InvalidFormatFault,
    "InvalidNextToken": InvalidNextToken,
    "InvalidParameterCombinationException": InvalidParameterCombinationException,
    "InvalidParameterValueException": InvalidParameterValueException,
    "LimitExceededException": LimitExceededException,
    "LimitExceededFault": LimitExceededFault,
    "MissingRequiredParameterException": MissingRequiredParameterException,
    "ResourceNotFound": ResourceNotFound,
    "ResourceNotFoundException": ResourceNotFoundException,
}


class CloudwatchApi(ServiceApi):
    service = "cloudwatch"
    iam_prefix = "cloudwatch"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "DeleteAlarmMuteRule": OperationSpec(
            "delete_alarm_mute_rule", {"AlarmMuteRuleName": "alarm_mute_rule_name"}
        ),
        "DeleteAlarms": OperationSpec("delete_alarms", {"AlarmNames": "alarm_names"}),
        "DeleteAnomalyDetector": OperationSpec(
            "delete_anomaly_detector",
            {
                "Namespace": "namespace",
                "MetricName": "metric_name",
                "Dimensions": "dimensions",
                "Stat": "stat",
                "SingleMetricAnomalyDetector": "single_metric_anomaly_detector",
                "MetricMathAnomalyDetector": "metric_math_anomaly_detector",
            },
        ),
        "DeleteDashboards": OperationSpec("delete_dashboards", {"DashboardNames": "dashboard_names"}),
        "DeleteInsightRules": OperationSpec("delete_insight_rules", {"RuleNames": "rule_names"}),
        "DeleteMetricStream": OperationSpec("delete_metric_stream", {"Name": "name"}),
        "DescribeAlarmContributors": OperationSpec(
            "describe_alarm_contributors", {"AlarmName": "alarm_name", "NextToken": "next_token"}
        ),
        "DescribeAlarmHistory": OperationSpec(
            "describe_alarm_history",
            {
                "AlarmName": "alarm_name",
                "AlarmContributorId": "alarm_contributor_id",
                "AlarmTypes": "alarm_types",
                "HistoryItemType": "history_item_type",
                "StartDate": "start_date",
                "EndDate": "end_date",
                "MaxRecords": "max_records",
                "NextToken": "next_token",
                "ScanBy": "scan_by",
            },
        ),
        "DescribeAlarms": OperationSpec(
            "describe_alarms",
            {
                "AlarmNames": "alarm_names",
                "AlarmNamePrefix": "alarm_name_prefix",
                "AlarmTypes": "alarm_types",
                "ChildrenOfAlarmName": "children_of_alarm_name",
                "ParentsOfAlarmName": "parents_of_alarm_name",
                "StateValue": "state_value",
                "ActionPrefix": "action_prefix",
                "MaxRecords": "max_records",
                "NextToken": "next_token",
            },
        ),
        "DescribeAlarmsForMetric": OperationSpec(
            "describe_alarms_for_metric",
            {
                "MetricName": "metric_name",
                "Namespace": "namespace",
                "Statistic": "statistic",
                "ExtendedStatistic": "extended_statistic",
                "Dimensions": "dimensions",
                "Period": "period",
                "Unit": "unit",
            },
        ),
        "DescribeAnomalyDetectors": OperationSpec(
            "describe_anomaly_detectors",
            {
                "NextToken": "next_token",
                "MaxResults": "max_results",
                "Namespace": "namespace",
                "MetricName": "metric_name",
                "Dimensions": "dimensions",
                "AnomalyDetectorTypes": "anomaly_detector_types",
            },
        ),
        "DescribeInsightRules": OperationSpec(
            "describe_insight_rules", {"NextToken": "next_token", "MaxResults": "max_results"}
        ),
        "DisableAlarmActions": OperationSpec("disable_alarm_actions", {"AlarmNames": "alarm_names"}),
        "DisableInsightRules": OperationSpec("disable_insight_rules", {"RuleNames": "rule_names"}),
        "EnableAlarmActions": OperationSpec("enable_alarm_actions", {"AlarmNames": "alarm_names"}),
        "EnableInsightRules": OperationSpec("enable_insight_rules", {"RuleNames": "rule_names"}),
        "GetAlarmMuteRule": OperationSpec(
            "get_alarm_mute_rule", {"AlarmMuteRuleName": "alarm_mute_rule_name"}
        ),
        "GetDashboard": OperationSpec("get_dashboard", {"DashboardName": "dashboard_name"}),
        "GetInsightRuleReport": OperationSpec(
            "get_insight_rule_report",
            {
                "RuleName": "rule_name",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "Period": "period",
                "MaxContributorCount": "max_contributor_count",
                "Metrics": "metrics",
                "OrderBy": "order_by",
            },
        ),
        "GetMetricData": OperationSpec(
            "get_metric_data",
            {
                "MetricDataQueries": "metric_data_queries",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "NextToken": "next_token",
                "ScanBy": "scan_by",
                "MaxDatapoints": "max_datapoints",
                "LabelOptions": "label_options",
            },
        ),
        "GetMetricStatistics": OperationSpec(
            "get_metric_statistics",
            {
                "Namespace": "namespace",
                "MetricName": "metric_name",
                "Dimensions": "dimensions",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "Period": "period",
                "Statistics": "statistics",
                "ExtendedStatistics": "extended_statistics",
                "Unit": "unit",
            },
        ),
        "GetMetricStream": OperationSpec("get_metric_stream", {"Name": "name"}),
        "GetMetricWidgetImage": OperationSpec(
            "get_metric_widget_image", {"MetricWidget": "metric_widget", "OutputFormat": "output_format"}
        ),
        "GetOTelEnrichment": OperationSpec("get_otel_enrichment", {}),
        "ListAlarmMuteRules": OperationSpec(
            "list_alarm_mute_rules",
            {
                "AlarmName": "alarm_name",
                "Statuses": "statuses",
                "MaxRecords": "max_records",
                "NextToken": "next_token",
            },
        ),
        "ListDashboards": OperationSpec(
            "list_dashboards", {"DashboardNamePrefix": "dashboard_name_prefix", "NextToken": "next_token"}
        ),
        "ListManagedInsightRules": OperationSpec(
            "list_managed_insight_rules",
            {"ResourceARN": "resource_arn", "NextToken": "next_token", "MaxResults": "max_results"},
        ),
        "ListMetricStreams": OperationSpec(
            "list_metric_streams", {"NextToken": "next_token", "MaxResults": "max_results"}
        ),
        "ListMetrics": OperationSpec(
            "list_metrics",
            {
                "Namespace": "namespace",
                "MetricName": "metric_name",
                "Dimensions": "dimensions",
                "NextToken": "next_token",
                "RecentlyActive": "recently_active",
                "IncludeLinkedAccounts": "include_linked_accounts",
                "OwningAccount": "owning_account",
            },
        ),
        "ListTagsForResource": OperationSpec("list_tags_for_resource", {"ResourceARN": "resource_arn"}),
        "PutAlarmMuteRule": OperationSpec(
            "put_alarm_mute_rule",
            {
                "Name": "name",
                "Description": "description",
                "Rule": "rule",
                "MuteTargets": "mute_targets",
                "Tags": "tags",
                "StartDate": "start_date",
                "ExpireDate": "expire_date",
            },
        ),
        "PutAnomalyDetector": OperationSpec(
            "put_anomaly_detector",
            {
                "Namespace": "namespace",
                "MetricName": "metric_name",
                "Dimensions": "dimensions",
                "Stat": "stat",
                "Configuration": "configuration",
                "MetricCharacteristics": "metric_characteristics",
                "SingleMetricAnomalyDetector": "single_metric_anomaly_detector",
                "MetricMathAnomalyDetector": "metric_math_anomaly_detector",
            },
        ),
        "PutCompositeAlarm": OperationSpec(
            "put_composite_alarm",
            {
                "ActionsEnabled": "actions_enabled",
                "AlarmActions": "alarm_actions",
                "AlarmDescription": "alarm_description",
                "AlarmName": "alarm_name",
                "AlarmRule": "alarm_rule",
                "InsufficientDataActions": "insufficient_data_actions",
                "OKActions": "ok_actions",
                "Tags": "tags",
                "ActionsSuppressor": "actions_suppressor",
                "ActionsSuppressorWaitPeriod": "actions_suppressor_wait_period",
                "ActionsSuppressorExtensionPeriod": "actions_suppressor_extension_period",
            },
        ),
        "PutDashboard": OperationSpec(
            "put_dashboard",
            {"DashboardName": "dashboard_name", "DashboardBody": "dashboard_body", "Tags": "tags"},
        ),
        "PutInsightRule": OperationSpec(
            "put_insight_rule",
            {
                "RuleName": "rule_name",
                "RuleState": "rule_state",
                "RuleDefinition": "rule_definition",
                "Tags": "tags",
                "ApplyOnTransformedLogs": "apply_on_transformed_logs",
            },
        ),
        "PutManagedInsightRules": OperationSpec(
            "put_managed_insight_rules", {"ManagedRules": "managed_rules"}
        ),
        "PutMetricAlarm": OperationSpec(
            "put_metric_alarm",
            {
                "AlarmName": "alarm_name",
                "AlarmDescription": "alarm_description",
                "ActionsEnabled": "actions_enabled",
                "OKActions": "ok_actions",
                "AlarmActions": "alarm_actions",
                "InsufficientDataActions": "insufficient_data_actions",
                "MetricName": "metric_name",
                "Namespace": "namespace",
                "Statistic": "statistic",
                "ExtendedStatistic": "extended_statistic",
                "Dimensions": "dimensions",
                "Period": "period",
                "Unit": "unit",
                "EvaluationPeriods": "evaluation_periods",
                "DatapointsToAlarm": "datapoints_to_alarm",
                "Threshold": "threshold",
                "ComparisonOperator": "comparison_operator",
                "TreatMissingData": "treat_missing_data",
                "EvaluateLowSampleCountPercentile": "evaluate_low_sample_count_percentile",
                "Metrics": "metrics",
                "Tags": "tags",
                "ThresholdMetricId": "threshold_metric_id",
                "EvaluationCriteria": "evaluation_criteria",
                "EvaluationInterval": "evaluation_interval",
            },
        ),
        "PutMetricData": OperationSpec(
            "put_metric_data",
            {
                "Namespace": "namespace",
                "MetricData": "metric_data",
                "EntityMetricData": "entity_metric_data",
                "StrictEntityValidation": "strict_entity_validation",
            },
        ),
        "PutMetricStream": OperationSpec(
            "put_metric_stream",
            {
                "Name": "name",
                "IncludeFilters": "include_filters",
                "ExcludeFilters": "exclude_filters",
                "FirehoseArn": "firehose_arn",
                "RoleArn": "role_arn",
                "OutputFormat": "output_format",
                "Tags": "tags",
                "StatisticsConfigurations": "statistics_configurations",
                "IncludeLinkedAccountsMetrics": "include_linked_accounts_metrics",
            },
        ),
        "SetAlarmState": OperationSpec(
            "set_alarm_state",
            {
                "AlarmName": "alarm_name",
                "StateValue": "state_value",
                "StateReason": "state_reason",
                "StateReasonData": "state_reason_data",
            },
        ),
        "StartMetricStreams": OperationSpec("start_metric_streams", {"Names": "names"}),
        "StartOTelEnrichment": OperationSpec("start_otel_enrichment", {}),
        "StopMetricStreams": OperationSpec("stop_metric_streams", {"Names": "names"}),
        "StopOTelEnrichment": OperationSpec("stop_otel_enrichment", {}),
        "TagResource": OperationSpec("tag_resource", {"ResourceARN": "resource_arn", "Tags": "tags"}),
        "UntagResource": OperationSpec(
            "untag_resource", {"ResourceARN": "resource_arn", "TagKeys": "tag_keys"}
        ),
    }

    async def delete_alarm_mute_rule(self, context: RequestContext, *, alarm_mute_rule_name: Name) -> None:
        raise NotImplementedError

    async def delete_alarms(self, context: RequestContext, *, alarm_names: AlarmNames) -> None:
        raise NotImplementedError

    async def delete_anomaly_detector(
        self,
        context: RequestContext,
        *,
        namespace: Namespace | None = None,
        metric_name: MetricName | None = None,
        dimensions: Dimensions | None = None,
        stat: AnomalyDetectorMetricStat | None = None,
        single_metric_anomaly_detector: SingleMetricAnomalyDetector | None = None,
        metric_math_anomaly_detector: MetricMathAnomalyDetector | None = None,
    ) -> DeleteAnomalyDetectorOutput:
        raise NotImplementedError

    async def delete_dashboards(
        self, context: RequestContext, *, dashboard_names: DashboardNames
    ) -> DeleteDashboardsOutput:
        raise NotImplementedError

    async def delete_insight_rules(
        self, context: RequestContext, *, rule_names: InsightRuleNames
    ) -> DeleteInsightRulesOutput:
        raise NotImplementedError

    async def delete_metric_stream(
        self, context: RequestContext, *, name: MetricStreamName
    ) -> DeleteMetricStreamOutput:
        raise NotImplementedError

    async def describe_alarm_contributors(
        self, context: RequestContext, *, alarm_name: AlarmName, next_token: NextToken | None = None
    ) -> DescribeAlarmContributorsOutput:
        raise NotImplementedError

    async def describe_alarm_history(
        self,
        context: RequestContext,
        *,
        alarm_name: AlarmName | None = None,
        alarm_contributor_id: ContributorId | None = None,
        alarm_types: AlarmTypes | None = None,
        history_item_type: HistoryItemType | None = None,
        start_date: Timestamp | None = None,
        end_date: Timestamp | None = None,
        max_records: MaxRecords | None = None,
        next_token: NextToken | None = None,
        scan_by: ScanBy | None = None,
    ) -> DescribeAlarmHistoryOutput:
        raise NotImplementedError

    async def describe_alarms(
        self,
        context: RequestContext,
        *,
        alarm_names: AlarmNames | None = None,
        alarm_name_prefix: AlarmNamePrefix | None = None,
        alarm_types: AlarmTypes | None = None,
        children_of_alarm_name: AlarmName | None = None,
        parents_of_alarm_name: AlarmName | None = None,
        state_value: StateValue | None = None,
        action_prefix: ActionPrefix | None = None,
        max_records: MaxRecords | None = None,
        next_token: NextToken | None = None,
    ) -> DescribeAlarmsOutput:
        raise NotImplementedError

    async def describe_alarms_for_metric(
        self,
        context: RequestContext,
        *,
        metric_name: MetricName,
        namespace: Namespace,
        statistic: Statistic | None = None,
        extended_statistic: ExtendedStatistic | None = None,
        dimensions: Dimensions | None = None,
        period: Period | None = None,
        unit: StandardUnit | None = None,
    ) -> DescribeAlarmsForMetricOutput:
        raise NotImplementedError

    async def describe_anomaly_detectors(
        self,
        context: RequestContext,
        *,
        next_token: NextToken | None = None,
        max_results: MaxReturnedResultsCount | None = None,
        namespace: Namespace | None = None,
        metric_name: MetricName | None = None,
        dimensions: Dimensions | None = None,
        anomaly_detector_types: AnomalyDetectorTypes | None = None,
    ) -> DescribeAnomalyDetectorsOutput:
        raise NotImplementedError

    async def describe_insight_rules(
        self,
        context: RequestContext,
        *,
        next_token: NextToken | None = None,
        max_results: InsightRuleMaxResults | None = None,
    ) -> DescribeInsightRulesOutput:
        raise NotImplementedError

    async def disable_alarm_actions(self, context: RequestContext, *, alarm_names: AlarmNames) -> None:
        raise NotImplementedError

    async def disable_insight_rules(
        self, context: RequestContext, *, rule_names: InsightRuleNames
    ) -> DisableInsightRulesOutput:
        raise NotImplementedError

    async def enable_alarm_actions(self, context: RequestContext, *, alarm_names: AlarmNames) -> None:
        raise NotImplementedError

    async def enable_insight_rules(
        self, context: RequestContext, *, rule_names: InsightRuleNames
    ) -> EnableInsightRulesOutput:
        raise NotImplementedError

    async def get_alarm_mute_rule(
        self, context: RequestContext, *, alarm_mute_rule_name: Name
    ) -> GetAlarmMuteRuleOutput:
        raise NotImplementedError

    async def get_dashboard(
        self, context: RequestContext, *, dashboard_name: DashboardName
    ) -> GetDashboardOutput:
        raise NotImplementedError

    async def get_insight_rule_report(
        self,
        context: RequestContext,
        *,
        rule_name: InsightRuleName,
        start_time: Timestamp,
        end_time: Timestamp,
        period: Period,
        max_contributor_count: InsightRuleUnboundInteger | None = None,
        metrics: InsightRuleMetricList | None = None,
        order_by: InsightRuleOrderBy | None = None,
    ) -> GetInsightRuleReportOutput:
        raise NotImplementedError

    async def get_metric_data(
        self,
        context: RequestContext,
        *,
        metric_data_queries: MetricDataQueries,
        start_time: Timestamp,
        end_time: Timestamp,
        next_token: NextToken | None = None,
        scan_by: ScanBy | None = None,
        max_datapoints: GetMetricDataMaxDatapoints | None = None,
        label_options: LabelOptions | None = None,
    ) -> GetMetricDataOutput:
        raise NotImplementedError

    async def get_metric_statistics(
        self,
        context: RequestContext,
        *,
        namespace: Namespace,
        metric_name: MetricName,
        start_time: Timestamp,
        end_time: Timestamp,
        period: Period,
        dimensions: Dimensions | None = None,
        statistics: Statistics | None = None,
        extended_statistics: ExtendedStatistics | None = None,
        unit: StandardUnit | None = None,
    ) -> GetMetricStatisticsOutput:
        raise NotImplementedError

    async def get_metric_stream(
        self, context: RequestContext, *, name: MetricStreamName
    ) -> GetMetricStreamOutput:
        raise NotImplementedError

    async def get_metric_widget_image(
        self,
        context: RequestContext,
        *,
        metric_widget: MetricWidget,
        output_format: OutputFormat | None = None,
    ) -> GetMetricWidgetImageOutput:
        raise NotImplementedError

    async def get_otel_enrichment(self, context: RequestContext) -> GetOTelEnrichmentOutput:
        raise NotImplementedError

    async def list_alarm_mute_rules(
        self,
        context: RequestContext,
        *,
        alarm_name: Name | None = None,
        statuses: AlarmMuteRuleStatuses | None = None,
        max_records: MaxRecords | None = None,
        next_token: NextToken | None = None,
    ) -> ListAlarmMuteRulesOutput:
        raise NotImplementedError

    async def list_dashboards(
        self,
        context: RequestContext,
        *,
        dashboard_name_prefix: DashboardNamePrefix | None = None,
        next_token: NextToken | None = None,
    ) -> ListDashboardsOutput:
        raise NotImplementedError

    async def list_managed_insight_rules(
        self,
        context: RequestContext,
        *,
        resource_arn: AmazonResourceName,
        next_token: NextToken | None = None,
        max_results: InsightRuleMaxResults | None = None,
    ) -> ListManagedInsightRulesOutput:
        raise NotImplementedError

    async def list_metric_streams(
        self,
        context: RequestContext,
        *,
        next_token: NextToken | None = None,
        max_results: ListMetricStreamsMaxResults | None = None,
    ) -> ListMetricStreamsOutput:
        raise NotImplementedError

    async def list_metrics(
        self,
        context: RequestContext,
        *,
        namespace: Namespace | None = None,
        metric_name: MetricName | None = None,
        dimensions: DimensionFilters | None = None,
        next_token: NextToken | None = None,
        recently_active: RecentlyActive | None = None,
        include_linked_accounts: IncludeLinkedAccounts | None = None,
        owning_account: AccountId | None = None,
    ) -> ListMetricsOutput:
        raise NotImplementedError

    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName
    ) -> ListTagsForResourceOutput:
        raise NotImplementedError

    async def put_alarm_mute_rule(
        self,
        context: RequestContext,
        *,
        name: Name,
        rule: Rule,
        description: AlarmDescription | None = None,
        mute_targets: MuteTargets | None = None,
        tags: TagList | None = None,
        start_date: Timestamp | None = None,
        expire_date: Timestamp | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_anomaly_detector(
        self,
        context: RequestContext,
        *,
        namespace: Namespace | None = None,
        metric_name: MetricName | None = None,
        dimensions: Dimensions | None = None,
        stat: AnomalyDetectorMetricStat | None = None,
        configuration: AnomalyDetectorConfiguration | None = None,
        metric_characteristics: MetricCharacteristics | None = None,
        single_metric_anomaly_detector: SingleMetricAnomalyDetector | None = None,
        metric_math_anomaly_detector: MetricMathAnomalyDetector | None = None,
    ) -> PutAnomalyDetectorOutput:
        raise NotImplementedError

    async def put_composite_alarm(
        self,
        context: RequestContext,
        *,
        alarm_name: AlarmName,
        alarm_rule: AlarmRule,
        actions_enabled: ActionsEnabled | None = None,
        alarm_actions: ResourceList | None = None,
        alarm_description: AlarmDescription | None = None,
        insufficient_data_actions: ResourceList | None = None,
        ok_actions: ResourceList | None = None,
        tags: TagList | None = None,
        actions_suppressor: AlarmArn | None = None,
        actions_suppressor_wait_period: SuppressorPeriod | None = None,
        actions_suppressor_extension_period: SuppressorPeriod | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_dashboard(
        self,
        context: RequestContext,
        *,
        dashboard_name: DashboardName,
        dashboard_body: DashboardBody,
        tags: TagList | None = None,
    ) -> PutDashboardOutput:
        raise NotImplementedError

    async def put_insight_rule(
        self,
        context: RequestContext,
        *,
        rule_name: InsightRuleName,
        rule_definition: InsightRuleDefinition,
        rule_state: InsightRuleState | None = None,
        tags: TagList | None = None,
        apply_on_transformed_logs: InsightRuleOnTransformedLogs | None = None,
    ) -> PutInsightRuleOutput:
        raise NotImplementedError

    async def put_managed_insight_rules(
        self, context: RequestContext, *, managed_rules: ManagedRules
    ) -> PutManagedInsightRulesOutput:
        raise NotImplementedError

    async def put_metric_alarm(
        self,
        context: RequestContext,
        *,
        alarm_name: AlarmName,
        alarm_description: AlarmDescription | None = None,
        actions_enabled: ActionsEnabled | None = None,
        ok_actions: ResourceList | None = None,
        alarm_actions: ResourceList | None = None,
        insufficient_data_actions: ResourceList | None = None,
        metric_name: MetricName | None = None,
        namespace: Namespace | None = None,
        statistic: Statistic | None = None,
        extended_statistic: ExtendedStatistic | None = None,
        dimensions: Dimensions | None = None,
        period: Period | None = None,
        unit: StandardUnit | None = None,
        evaluation_periods: EvaluationPeriods | None = None,
        datapoints_to_alarm: DatapointsToAlarm | None = None,
        threshold: Threshold | None = None,
        comparison_operator: ComparisonOperator | None = None,
        treat_missing_data: TreatMissingData | None = None,
        evaluate_low_sample_count_percentile: EvaluateLowSampleCountPercentile | None = None,
        metrics: MetricDataQueries | None = None,
        tags: TagList | None = None,
        threshold_metric_id: MetricId | None = None,
        evaluation_criteria: EvaluationCriteria | None = None,
        evaluation_interval: EvaluationInterval | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_metric_data(
        self,
        context: RequestContext,
        *,
        namespace: Namespace,
        metric_data: MetricData | None = None,
        entity_metric_data: EntityMetricDataList | None = None,
        strict_entity_validation: StrictEntityValidation | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_metric_stream(
        self,
        context: RequestContext,
        *,
        name: MetricStreamName,
        firehose_arn: AmazonResourceName,
        role_arn: AmazonResourceName,
        output_format: MetricStreamOutputFormat,
        include_filters: MetricStreamFilters | None = None,
        exclude_filters: MetricStreamFilters | None = None,
        tags: TagList | None = None,
        statistics_configurations: MetricStreamStatisticsConfigurations | None = None,
        include_linked_accounts_metrics: IncludeLinkedAccountsMetrics | None = None,
    ) -> PutMetricStreamOutput:
        raise NotImplementedError

    async def set_alarm_state(
        self,
        context: RequestContext,
        *,
        alarm_name: AlarmName,
        state_value: StateValue,
        state_reason: StateReason,
        state_reason_data: StateReasonData | None = None,
    ) -> None:
        raise NotImplementedError

    async def start_metric_streams(
        self, context: RequestContext, *, names: MetricStreamNames
    ) -> StartMetricStreamsOutput:
        raise NotImplementedError

    async def start_otel_enrichment(self, context: RequestContext) -> StartOTelEnrichmentOutput:
        raise NotImplementedError

    async def stop_metric_streams(
        self, context: RequestContext, *, names: MetricStreamNames
    ) -> StopMetricStreamsOutput:
        raise NotImplementedError

    async def stop_otel_enrichment(self, context: RequestContext) -> StopOTelEnrichmentOutput:
        raise NotImplementedError

    async def tag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tags: TagList
    ) -> TagResourceOutput:
        raise NotImplementedError

    async def untag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tag_keys: TagKeyList
    ) -> UntagResourceOutput:
        raise NotImplementedError
