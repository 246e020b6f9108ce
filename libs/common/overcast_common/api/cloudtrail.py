# Generated from botocore 1.43.11's cloudtrail model (API 2013-11-01).
# Do not edit: regenerate with `python -m overcast_common.codegen cloudtrail`.
"""Typed API of AWS CloudTrail: shapes, errors and ``CloudtrailApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi

AccountId = str
BillingMode = str
Boolean = bool
ByteBuffer = bytes
ChannelArn = str
ChannelName = str
DashboardArn = str
DashboardName = str
DashboardStatus = str
DashboardType = str
Date = datetime
DeliveryS3Uri = str
DeliveryStatus = str
DestinationType = str
Double = float
ErrorCode = str
ErrorMessage = str
EventCategory = str
EventCategoryAggregation = str
EventDataStoreArn = str
EventDataStoreKmsKeyId = str
EventDataStoreName = str
EventDataStoreStatus = str
EventName = str
EventSource = str
FederationRoleArn = str
FederationStatus = str
ImportFailureStatus = str
ImportStatus = str
InsightType = str
InsightsMetricDataType = str
InsightsMetricMaxResults = int
InsightsMetricNextToken = str
InsightsMetricPeriod = int
Integer = int
ListChannelsMaxResultsCount = int
ListDashboardsMaxResultsCount = int
ListEventDataStoresMaxResultsCount = int
ListImportFailuresMaxResultsCount = int
ListImportsMaxResultsCount = int
ListInsightsDataDimensionKey = str
ListInsightsDataDimensionValue = str
ListInsightsDataMaxResultsCount = int
ListInsightsDataType = str
ListQueriesMaxResultsCount = int
Location = str
Long = int
LookupAttributeKey = str
LookupAttributeValue = str
MaxEventSize = str
MaxQueryResults = int
MaxResults = int
NextToken = str
OperatorTargetListMember = str
OperatorValue = str
PaginationToken = str
PartitionKeyName = str
PartitionKeyType = str
Prompt = str
QueryAlias = str
QueryParameter = str
QueryParameterKey = str
QueryParameterValue = str
QueryResultKey = str
QueryResultValue = str
QueryStatement = str
QueryStatus = str
ReadWriteType = str
RefreshId = str
RefreshScheduleFrequencyUnit = str
RefreshScheduleFrequencyValue = int
RefreshScheduleStatus = str
ResourceArn = str
ResourcePolicy = str
RetentionPeriod = int
SampleQueryDescription = str
SampleQueryName = str
SampleQueryRelevance = float
SampleQuerySQL = str
SearchSampleQueriesMaxResults = int
SearchSampleQueriesSearchPhrase = str
SelectorField = str
SelectorName = str
Source = str
SourceEventCategory = str
String = str
TagKey = str
TagValue = str
Template = str
TerminationProtectionEnabled = bool
TimeOfDay = str
Type = str
UUID = str
ViewPropertiesKey = str
ViewPropertiesValue = str


class BillingModeValues:
    EXTENDABLE_RETENTION_PRICING: Final = "EXTENDABLE_RETENTION_PRICING"
    FIXED_RETENTION_PRICING: Final = "FIXED_RETENTION_PRICING"


class DashboardStatusValues:
    CREATING: Final = "CREATING"
    CREATED: Final = "CREATED"
    UPDATING: Final = "UPDATING"
    UPDATED: Final = "UPDATED"
    DELETING: Final = "DELETING"


class DashboardTypeValues:
    MANAGED: Final = "MANAGED"
    CUSTOM: Final = "CUSTOM"


class DeliveryStatusValues:
    SUCCESS: Final = "SUCCESS"
    FAILED: Final = "FAILED"
    FAILED_SIGNING_FILE: Final = "FAILED_SIGNING_FILE"
    PENDING: Final = "PENDING"
    RESOURCE_NOT_FOUND: Final = "RESOURCE_NOT_FOUND"
    ACCESS_DENIED: Final = "ACCESS_DENIED"
    ACCESS_DENIED_SIGNING_FILE: Final = "ACCESS_DENIED_SIGNING_FILE"
    CANCELLED: Final = "CANCELLED"
    UNKNOWN: Final = "UNKNOWN"


class DestinationTypeValues:
    EVENT_DATA_STORE: Final = "EVENT_DATA_STORE"
    AWS_SERVICE: Final = "AWS_SERVICE"


class EventCategoryValues:
    insight: Final = "insight"


class EventCategoryAggregationValues:
    Data: Final = "Data"


class EventDataStoreStatusValues:
    CREATED: Final = "CREATED"
    ENABLED: Final = "ENABLED"
    PENDING_DELETION: Final = "PENDING_DELETION"
    STARTING_INGESTION: Final = "STARTING_INGESTION"
    STOPPING_INGESTION: Final = "STOPPING_INGESTION"
    STOPPED_INGESTION: Final = "STOPPED_INGESTION"


class FederationStatusValues:
    ENABLING: Final = "ENABLING"
    ENABLED: Final = "ENABLED"
    DISABLING: Final = "DISABLING"
    DISABLED: Final = "DISABLED"


class ImportFailureStatusValues:
    FAILED: Final = "FAILED"
    RETRY: Final = "RETRY"
    SUCCEEDED: Final = "SUCCEEDED"


class ImportStatusValues:
    INITIALIZING: Final = "INITIALIZING"
    IN_PROGRESS: Final = "IN_PROGRESS"
    FAILED: Final = "FAILED"
    STOPPED: Final = "STOPPED"
    COMPLETED: Final = "COMPLETED"


class InsightTypeValues:
    ApiCallRateInsight: Final = "ApiCallRateInsight"
    ApiErrorRateInsight: Final = "ApiErrorRateInsight"


class InsightsMetricDataTypeValues:
    FillWithZeros: Final = "FillWithZeros"
    NonZeroData: Final = "NonZeroData"


class ListInsightsDataDimensionKeyValues:
    EventId: Final = "EventId"
    EventName: Final = "EventName"
    EventSource: Final = "EventSource"


class ListInsightsDataTypeValues:
    InsightsEvents: Final = "InsightsEvents"


class LookupAttributeKeyValues:
    EventId: Final = "EventId"
    EventName: Final = "EventName"
    ReadOnly: Final = "ReadOnly"
    Username: Final = "Username"
    ResourceType: Final = "ResourceType"
    ResourceName: Final = "ResourceName"
    EventSource: Final = "EventSource"
    AccessKeyId: Final = "AccessKeyId"


class MaxEventSizeValues:
    Standard: Final = "Standard"
    Large: Final = "Large"


class QueryStatusValues:
    QUEUED: Final = "QUEUED"
    RUNNING: Final = "RUNNING"
    FINISHED: Final = "FINISHED"
    FAILED: Final = "FAILED"
    CANCELLED: Final = "CANCELLED"
    TIMED_OUT: Final = "TIMED_OUT"


class ReadWriteTypeValues:
    ReadOnly: Final = "ReadOnly"
    WriteOnly: Final = "WriteOnly"
    All: Final = "All"


class RefreshScheduleFrequencyUnitValues:
    HOURS: Final = "HOURS"
    DAYS: Final = "DAYS"


class RefreshScheduleStatusValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class SourceEventCategoryValues:
    Management: Final = "Management"
    Data: Final = "Data"


class TemplateValues:
    API_ACTIVITY: Final = "API_ACTIVITY"
    RESOURCE_ACCESS: Final = "RESOURCE_ACCESS"
    USER_ACTIONS: Final = "USER_ACTIONS"


class TypeValues:
    TagContext: Final = "TagContext"
    RequestContext: Final = "RequestContext"


class AddTagsRequest(TypedDict):
    ResourceId: String
    TagsList: TagsList


class AddTagsResponse(TypedDict):
    pass


class AdvancedEventSelector(TypedDict):
    Name: NotRequired[SelectorName]
    FieldSelectors: AdvancedFieldSelectors


class AdvancedFieldSelector(TypedDict):
    Field: SelectorField
    Equals: NotRequired[Operator]
    StartsWith: NotRequired[Operator]
    EndsWith: NotRequired[Operator]
    NotEquals: NotRequired[Operator]
    NotStartsWith: NotRequired[Operator]
    NotEndsWith: NotRequired[Operator]


class AggregationConfiguration(TypedDict):
    Templates: Templates
    EventCategory: EventCategoryAggregation


class CancelQueryRequest(TypedDict):
    EventDataStore: NotRequired[EventDataStoreArn]
    QueryId: UUID
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class CancelQueryResponse(TypedDict):
    QueryId: UUID
    QueryStatus: QueryStatus
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class Channel(TypedDict):
    ChannelArn: NotRequired[ChannelArn]
    Name: NotRequired[ChannelName]


class ContextKeySelector(TypedDict):
    Type: Type
    Equals: OperatorTargetList


class CreateChannelRequest(TypedDict):
    Name: ChannelName
    Source: Source
    Destinations: Destinations
    Tags: NotRequired[TagsList]


class CreateChannelResponse(TypedDict):
    ChannelArn: NotRequired[ChannelArn]
    Name: NotRequired[ChannelName]
    Source: NotRequired[Source]
    Destinations: NotRequired[Destinations]
    Tags: NotRequired[TagsList]


class CreateDashboardRequest(TypedDict):
    Name: DashboardName
    RefreshSchedule: NotRequired[RefreshSchedule]
    TagsList: NotRequired[TagsList]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    Widgets: NotRequired[RequestWidgetList]


class CreateDashboardResponse(TypedDict):
    DashboardArn: NotRequired[DashboardArn]
    Name: NotRequired[DashboardName]
    Type: NotRequired[DashboardType]
    Widgets: NotRequired[WidgetList]
    TagsList: NotRequired[TagsList]
    RefreshSchedule: NotRequired[RefreshSchedule]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]


class CreateEventDataStoreRequest(TypedDict):
    Name: EventDataStoreName
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]
    MultiRegionEnabled: NotRequired[Boolean]
    OrganizationEnabled: NotRequired[Boolean]
    RetentionPeriod: NotRequired[RetentionPeriod]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    TagsList: NotRequired[TagsList]
    KmsKeyId: NotRequired[EventDataStoreKmsKeyId]
    StartIngestion: NotRequired[Boolean]
    BillingMode: NotRequired[BillingMode]


class CreateEventDataStoreResponse(TypedDict):
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    Name: NotRequired[EventDataStoreName]
    Status: NotRequired[EventDataStoreStatus]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]
    MultiRegionEnabled: NotRequired[Boolean]
    OrganizationEnabled: NotRequired[Boolean]
    RetentionPeriod: NotRequired[RetentionPeriod]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    TagsList: NotRequired[TagsList]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]
    KmsKeyId: NotRequired[EventDataStoreKmsKeyId]
    BillingMode: NotRequired[BillingMode]


class CreateTrailRequest(TypedDict):
    Name: String
    S3BucketName: String
    S3KeyPrefix: NotRequired[String]
    SnsTopicName: NotRequired[String]
    IncludeGlobalServiceEvents: NotRequired[Boolean]
    IsMultiRegionTrail: NotRequired[Boolean]
    EnableLogFileValidation: NotRequired[Boolean]
    CloudWatchLogsLogGroupArn: NotRequired[String]
    CloudWatchLogsRoleArn: NotRequired[String]
    KmsKeyId: NotRequired[String]
    IsOrganizationTrail: NotRequired[Boolean]
    TagsList: NotRequired[TagsList]


class CreateTrailResponse(TypedDict):
    Name: NotRequired[String]
    S3BucketName: NotRequired[String]
    S3KeyPrefix: NotRequired[String]
    SnsTopicName: NotRequired[String]
    SnsTopicARN: NotRequired[String]
    IncludeGlobalServiceEvents: NotRequired[Boolean]
    IsMultiRegionTrail: NotRequired[Boolean]
    TrailARN: NotRequired[String]
    LogFileValidationEnabled: NotRequired[Boolean]
    CloudWatchLogsLogGroupArn: NotRequired[String]
    CloudWatchLogsRoleArn: NotRequired[String]
    KmsKeyId: NotRequired[String]
    IsOrganizationTrail: NotRequired[Boolean]


class DashboardDetail(TypedDict):
    DashboardArn: NotRequired[DashboardArn]
    Type: NotRequired[DashboardType]


class DataResource(TypedDict):
    Type: NotRequired[String]
    Values: NotRequired[DataResourceValues]


class DeleteChannelRequest(TypedDict):
    Channel: ChannelArn


class DeleteChannelResponse(TypedDict):
    pass


class DeleteDashboardRequest(TypedDict):
    DashboardId: DashboardArn


class DeleteDashboardResponse(TypedDict):
    pass


class DeleteEventDataStoreRequest(TypedDict):
    EventDataStore: EventDataStoreArn


class DeleteEventDataStoreResponse(TypedDict):
    pass


class DeleteResourcePolicyRequest(TypedDict):
    ResourceArn: ResourceArn


class DeleteResourcePolicyResponse(TypedDict):
    pass


class DeleteTrailRequest(TypedDict):
    Name: String


class DeleteTrailResponse(TypedDict):
    pass


class DeregisterOrganizationDelegatedAdminRequest(TypedDict):
    DelegatedAdminAccountId: AccountId


class DeregisterOrganizationDelegatedAdminResponse(TypedDict):
    pass


class DescribeQueryRequest(TypedDict):
    EventDataStore: NotRequired[EventDataStoreArn]
    QueryId: NotRequired[UUID]
    QueryAlias: NotRequired[QueryAlias]
    RefreshId: NotRequired[RefreshId]
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class DescribeQueryResponse(TypedDict):
    QueryId: NotRequired[UUID]
    QueryString: NotRequired[QueryStatement]
    QueryStatus: NotRequired[QueryStatus]
    QueryStatistics: NotRequired[QueryStatisticsForDescribeQuery]
    ErrorMessage: NotRequired[ErrorMessage]
    DeliveryS3Uri: NotRequired[DeliveryS3Uri]
    DeliveryStatus: NotRequired[DeliveryStatus]
    Prompt: NotRequired[Prompt]
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class DescribeTrailsRequest(TypedDict):
    trailNameList: NotRequired[TrailNameList]
    includeShadowTrails: NotRequired[Boolean]


class DescribeTrailsResponse(TypedDict):
    trailList: NotRequired[TrailList]


class Destination(TypedDict):
    Type: DestinationType
    Location: Location


class DisableFederationRequest(TypedDict):
    EventDataStore: EventDataStoreArn


class DisableFederationResponse(TypedDict):
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    FederationStatus: NotRequired[FederationStatus]


class EnableFederationRequest(TypedDict):
    EventDataStore: EventDataStoreArn
    FederationRoleArn: FederationRoleArn


class EnableFederationResponse(TypedDict):
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    FederationStatus: NotRequired[FederationStatus]
    FederationRoleArn: NotRequired[FederationRoleArn]


class Event(TypedDict):
    EventId: NotRequired[String]
    EventName: NotRequired[String]
    ReadOnly: NotRequired[String]
    AccessKeyId: NotRequired[String]
    EventTime: NotRequired[Date]
    EventSource: NotRequired[String]
    Username: NotRequired[String]
    Resources: NotRequired[ResourceList]
    CloudTrailEvent: NotRequired[String]


class EventDataStore(TypedDict):
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    Name: NotRequired[EventDataStoreName]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    Status: NotRequired[EventDataStoreStatus]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]
    MultiRegionEnabled: NotRequired[Boolean]
    OrganizationEnabled: NotRequired[Boolean]
    RetentionPeriod: NotRequired[RetentionPeriod]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]


class EventSelector(TypedDict):
    ReadWriteType: NotRequired[ReadWriteType]
    IncludeManagementEvents: NotRequired[Boolean]
    DataResources: NotRequired[DataResources]
    ExcludeManagementEventSources: NotRequired[ExcludeManagementEventSources]


class GenerateQueryRequest(TypedDict):
    EventDataStores: EventDataStoreList
    Prompt: Prompt


class GenerateQueryResponse(TypedDict):
    QueryStatement: NotRequired[QueryStatement]
    QueryAlias: NotRequired[QueryAlias]
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class GetChannelRequest(TypedDict):
    Channel: ChannelArn


class GetChannelResponse(TypedDict):
    ChannelArn: NotRequired[ChannelArn]
    Name: NotRequired[ChannelName]
    Source: NotRequired[Source]
    SourceConfig: NotRequired[SourceConfig]
    Destinations: NotRequired[Destinations]
    IngestionStatus: NotRequired[IngestionStatus]


class GetDashboardRequest(TypedDict):
    DashboardId: DashboardArn


class GetDashboardResponse(TypedDict):
    DashboardArn: NotRequired[DashboardArn]
    Type: NotRequired[DashboardType]
    Status: NotRequired[DashboardStatus]
    Widgets: NotRequired[WidgetList]
    RefreshSchedule: NotRequired[RefreshSchedule]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]
    LastRefreshId: NotRequired[RefreshId]
    LastRefreshFailureReason: NotRequired[ErrorMessage]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]


class GetEventConfigurationRequest(TypedDict):
    TrailName: NotRequired[String]
    EventDataStore: NotRequired[String]


class GetEventConfigurationResponse(TypedDict):
    TrailARN: NotRequired[String]
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    MaxEventSize: NotRequired[MaxEventSize]
    ContextKeySelectors: NotRequired[ContextKeySelectors]
    AggregationConfigurations: NotRequired[AggregationConfigurations]


class GetEventDataStoreRequest(TypedDict):
    EventDataStore: EventDataStoreArn


class GetEventDataStoreResponse(TypedDict):
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    Name: NotRequired[EventDataStoreName]
    Status: NotRequired[EventDataStoreStatus]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]
    MultiRegionEnabled: NotRequired[Boolean]
    OrganizationEnabled: NotRequired[Boolean]
    RetentionPeriod: NotRequired[RetentionPeriod]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]
    KmsKeyId: NotRequired[EventDataStoreKmsKeyId]
    BillingMode: NotRequired[BillingMode]
    FederationStatus: NotRequired[FederationStatus]
    FederationRoleArn: NotRequired[FederationRoleArn]
    PartitionKeys: NotRequired[PartitionKeyList]


class GetEventSelectorsRequest(TypedDict):
    TrailName: String


class GetEventSelectorsResponse(TypedDict):
    TrailARN: NotRequired[String]
    EventSelectors: NotRequired[EventSelectors]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]


class GetImportRequest(TypedDict):
    ImportId: UUID


class GetImportResponse(TypedDict):
    ImportId: NotRequired[UUID]
    Destinations: NotRequired[ImportDestinations]
    ImportSource: NotRequired[ImportSource]
    StartEventTime: NotRequired[Date]
    EndEventTime: NotRequired[Date]
    ImportStatus: NotRequired[ImportStatus]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]
    ImportStatistics: NotRequired[ImportStatistics]


class GetInsightSelectorsRequest(TypedDict):
    TrailName: NotRequired[String]
    EventDataStore: NotRequired[EventDataStoreArn]


class GetInsightSelectorsResponse(TypedDict):
    TrailARN: NotRequired[String]
    InsightSelectors: NotRequired[InsightSelectors]
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    InsightsDestination: NotRequired[EventDataStoreArn]


class GetQueryResultsRequest(TypedDict):
    EventDataStore: NotRequired[EventDataStoreArn]
    QueryId: UUID
    NextToken: NotRequired[PaginationToken]
    MaxQueryResults: NotRequired[MaxQueryResults]
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class GetQueryResultsResponse(TypedDict):
    QueryStatus: NotRequired[QueryStatus]
    QueryStatistics: NotRequired[QueryStatistics]
    QueryResultRows: NotRequired[QueryResultRows]
    NextToken: NotRequired[PaginationToken]
    ErrorMessage: NotRequired[ErrorMessage]


class GetResourcePolicyRequest(TypedDict):
    ResourceArn: ResourceArn


class GetResourcePolicyResponse(TypedDict):
    ResourceArn: NotRequired[ResourceArn]
    ResourcePolicy: NotRequired[ResourcePolicy]
    DelegatedAdminResourcePolicy: NotRequired[ResourcePolicy]


class GetTrailRequest(TypedDict):
    Name: String


class GetTrailResponse(TypedDict):
    Trail: NotRequired[Trail]


class GetTrailStatusRequest(TypedDict):
    Name: String


class GetTrailStatusResponse(TypedDict):
    IsLogging: NotRequired[Boolean]
    LatestDeliveryError: NotRequired[String]
    LatestNotificationError: NotRequired[String]
    LatestDeliveryTime: NotRequired[Date]
    LatestNotificationTime: NotRequired[Date]
    StartLoggingTime: NotRequired[Date]
    StopLoggingTime: NotRequired[Date]
    LatestCloudWatchLogsDeliveryError: NotRequired[String]
    LatestCloudWatchLogsDeliveryTime: NotRequired[Date]
    LatestDigestDeliveryTime: NotRequired[Date]
    LatestDigestDeliveryError: NotRequired[String]
    LatestDeliveryAttemptTime: NotRequired[String]
    LatestNotificationAttemptTime: NotRequired[String]
    LatestNotificationAttemptSucceeded: NotRequired[String]
    LatestDeliveryAttemptSucceeded: NotRequired[String]
    TimeLoggingStarted: NotRequired[String]
    TimeLoggingStopped: NotRequired[String]


class ImportFailureListItem(TypedDict):
    Location: NotRequired[String]
    Status: NotRequired[ImportFailureStatus]
    ErrorType: NotRequired[String]
    ErrorMessage: NotRequired[String]
    LastUpdatedTime: NotRequired[Date]


class ImportSource(TypedDict):
    S3: S3ImportSource


class ImportStatistics(TypedDict):
    PrefixesFound: NotRequired[Long]
    PrefixesCompleted: NotRequired[Long]
    FilesCompleted: NotRequired[Long]
    EventsCompleted: NotRequired[Long]
    FailedEntries: NotRequired[Long]


class ImportsListItem(TypedDict):
    ImportId: NotRequired[UUID]
    ImportStatus: NotRequired[ImportStatus]
    Destinations: NotRequired[ImportDestinations]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]


class IngestionStatus(TypedDict):
    LatestIngestionSuccessTime: NotRequired[Date]
    LatestIngestionSuccessEventID: NotRequired[UUID]
    LatestIngestionErrorCode: NotRequired[ErrorMessage]
    LatestIngestionAttemptTime: NotRequired[Date]
    LatestIngestionAttemptEventID: NotRequired[UUID]


class InsightSelector(TypedDict):
    InsightType: NotRequired[InsightType]
    EventCategories: NotRequired[SourceEventCategories]


class ListChannelsRequest(TypedDict):
    MaxResults: NotRequired[ListChannelsMaxResultsCount]
    NextToken: NotRequired[PaginationToken]


class ListChannelsResponse(TypedDict):
    Channels: NotRequired[Channels]
    NextToken: NotRequired[PaginationToken]


class ListDashboardsRequest(TypedDict):
    NamePrefix: NotRequired[DashboardName]
    Type: NotRequired[DashboardType]
    NextToken: NotRequired[PaginationToken]
    MaxResults: NotRequired[ListDashboardsMaxResultsCount]


class ListDashboardsResponse(TypedDict):
    Dashboards: NotRequired[Dashboards]
    NextToken: NotRequired[PaginationToken]


class ListEventDataStoresRequest(TypedDict):
    NextToken: NotRequired[PaginationToken]
    MaxResults: NotRequired[ListEventDataStoresMaxResultsCount]


class ListEventDataStoresResponse(TypedDict):
    EventDataStores: NotRequired[EventDataStores]
    NextToken: NotRequired[PaginationToken]


class ListImportFailuresRequest(TypedDict):
    ImportId: UUID
    MaxResults: NotRequired[ListImportFailuresMaxResultsCount]
    NextToken: NotRequired[PaginationToken]


class ListImportFailuresResponse(TypedDict):
    Failures: NotRequired[ImportFailureList]
    NextToken: NotRequired[PaginationToken]


class ListImportsRequest(TypedDict):
    MaxResults: NotRequired[ListImportsMaxResultsCount]
    Destination: NotRequired[EventDataStoreArn]
    ImportStatus: NotRequired[ImportStatus]
    NextToken: NotRequired[PaginationToken]


class ListImportsResponse(TypedDict):
    Imports: NotRequired[ImportsList]
    NextToken: NotRequired[PaginationToken]


class ListInsightsDataRequest(TypedDict):
    InsightSource: ResourceArn
    DataType: ListInsightsDataType
    Dimensions: NotRequired[ListInsightsDataDimensions]
    StartTime: NotRequired[Date]
    EndTime: NotRequired[Date]
    MaxResults: NotRequired[ListInsightsDataMaxResultsCount]
    NextToken: NotRequired[PaginationToken]


class ListInsightsDataResponse(TypedDict):
    Events: NotRequired[EventsList]
    NextToken: NotRequired[PaginationToken]


class ListInsightsMetricDataRequest(TypedDict):
    TrailName: NotRequired[String]
    EventSource: EventSource
    EventName: EventName
    InsightType: InsightType
    ErrorCode: NotRequired[ErrorCode]
    StartTime: NotRequired[Date]
    EndTime: NotRequired[Date]
    Period: NotRequired[InsightsMetricPeriod]
    DataType: NotRequired[InsightsMetricDataType]
    MaxResults: NotRequired[InsightsMetricMaxResults]
    NextToken: NotRequired[InsightsMetricNextToken]


class ListInsightsMetricDataResponse(TypedDict):
    TrailARN: NotRequired[String]
    EventSource: NotRequired[EventSource]
    EventName: NotRequired[EventName]
    InsightType: NotRequired[InsightType]
    ErrorCode: NotRequired[ErrorCode]
    Timestamps: NotRequired[Timestamps]
    Values: NotRequired[InsightsMetricValues]
    NextToken: NotRequired[InsightsMetricNextToken]


class ListPublicKeysRequest(TypedDict):
    StartTime: NotRequired[Date]
    EndTime: NotRequired[Date]
    NextToken: NotRequired[String]


class ListPublicKeysResponse(TypedDict):
    PublicKeyList: NotRequired[PublicKeyList]
    NextToken: NotRequired[String]


class ListQueriesRequest(TypedDict):
    EventDataStore: EventDataStoreArn
    NextToken: NotRequired[PaginationToken]
    MaxResults: NotRequired[ListQueriesMaxResultsCount]
    StartTime: NotRequired[Date]
    EndTime: NotRequired[Date]
    QueryStatus: NotRequired[QueryStatus]


class ListQueriesResponse(TypedDict):
    Queries: NotRequired[Queries]
    NextToken: NotRequired[PaginationToken]


class ListTagsRequest(TypedDict):
    ResourceIdList: ResourceIdList
    NextToken: NotRequired[String]


class ListTagsResponse(TypedDict):
    ResourceTagList: NotRequired[ResourceTagList]
    NextToken: NotRequired[String]


class ListTrailsRequest(TypedDict):
    NextToken: NotRequired[String]


class ListTrailsResponse(TypedDict):
    Trails: NotRequired[Trails]
    NextToken: NotRequired[String]


class LookupAttribute(TypedDict):
    AttributeKey: LookupAttributeKey
    AttributeValue: LookupAttributeValue


class LookupEventsRequest(TypedDict):
    LookupAttributes: NotRequired[LookupAttributesList]
    StartTime: NotRequired[Date]
    EndTime: NotRequired[Date]
    EventCategory: NotRequired[EventCategory]
    MaxResults: NotRequired[MaxResults]
    NextToken: NotRequired[NextToken]


class LookupEventsResponse(TypedDict):
    Events: NotRequired[EventsList]
    NextToken: NotRequired[NextToken]


class PartitionKey(TypedDict):
    Name: PartitionKeyName
    Type: PartitionKeyType


class PublicKey(TypedDict):
    Value: NotRequired[ByteBuffer]
    ValidityStartTime: NotRequired[Date]
    ValidityEndTime: NotRequired[Date]
    Fingerprint: NotRequired[String]


class PutEventConfigurationRequest(TypedDict):
    TrailName: NotRequired[String]
    EventDataStore: NotRequired[String]
    MaxEventSize: NotRequired[MaxEventSize]
    ContextKeySelectors: NotRequired[ContextKeySelectors]
    AggregationConfigurations: NotRequired[AggregationConfigurations]


class PutEventConfigurationResponse(TypedDict):
    TrailARN: NotRequired[String]
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    MaxEventSize: NotRequired[MaxEventSize]
    ContextKeySelectors: NotRequired[ContextKeySelectors]
    AggregationConfigurations: NotRequired[AggregationConfigurations]


class PutEventSelectorsRequest(TypedDict):
    TrailName: String
    EventSelectors: NotRequired[EventSelectors]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]


class PutEventSelectorsResponse(TypedDict):
    TrailARN: NotRequired[String]
    EventSelectors: NotRequired[EventSelectors]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]


class PutInsightSelectorsRequest(TypedDict):
    TrailName: NotRequired[String]
    InsightSelectors: InsightSelectors
    EventDataStore: NotRequired[EventDataStoreArn]
    InsightsDestination: NotRequired[EventDataStoreArn]


class PutInsightSelectorsResponse(TypedDict):
    TrailARN: NotRequired[String]
    InsightSelectors: NotRequired[InsightSelectors]
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    InsightsDestination: NotRequired[EventDataStoreArn]


class PutResourcePolicyRequest(TypedDict):
    ResourceArn: ResourceArn
    ResourcePolicy: ResourcePolicy


class PutResourcePolicyResponse(TypedDict):
    ResourceArn: NotRequired[ResourceArn]
    ResourcePolicy: NotRequired[ResourcePolicy]
    DelegatedAdminResourcePolicy: NotRequired[ResourcePolicy]


class Query(TypedDict):
    QueryId: NotRequired[UUID]
    QueryStatus: NotRequired[QueryStatus]
    CreationTime: NotRequired[Date]


class QueryStatistics(TypedDict):
    ResultsCount: NotRequired[Integer]
    TotalResultsCount: NotRequired[Integer]
    BytesScanned: NotRequired[Long]


class QueryStatisticsForDescribeQuery(TypedDict):
    EventsMatched: NotRequired[Long]
    EventsScanned: NotRequired[Long]
    BytesScanned: NotRequired[Long]
    ExecutionTimeInMillis: NotRequired[Integer]
    CreationTime: NotRequired[Date]


class RefreshSchedule(TypedDict):
    Frequency: NotRequired[RefreshScheduleFrequency]
    Status: NotRequired[RefreshScheduleStatus]
    TimeOfDay: NotRequired[TimeOfDay]


class RefreshScheduleFrequency(TypedDict):
    Unit: NotRequired[RefreshScheduleFrequencyUnit]
    Value: NotRequired[RefreshScheduleFrequencyValue]


class RegisterOrganizationDelegatedAdminRequest(TypedDict):
    MemberAccountId: AccountId


class RegisterOrganizationDelegatedAdminResponse(TypedDict):
    pass


class RemoveTagsRequest(TypedDict):
    ResourceId: String
    TagsList: TagsList


class RemoveTagsResponse(TypedDict):
    pass


class RequestWidget(TypedDict):
    QueryStatement: QueryStatement
    QueryParameters: NotRequired[QueryParameters]
    ViewProperties: ViewPropertiesMap


class Resource(TypedDict):
    ResourceType: NotRequired[String]
    ResourceName: NotRequired[String]


class ResourceTag(TypedDict):
    ResourceId: NotRequired[String]
    TagsList: NotRequired[TagsList]


class RestoreEventDataStoreRequest(TypedDict):
    EventDataStore: EventDataStoreArn


class RestoreEventDataStoreResponse(TypedDict):
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    Name: NotRequired[EventDataStoreName]
    Status: NotRequired[EventDataStoreStatus]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]
    MultiRegionEnabled: NotRequired[Boolean]
    OrganizationEnabled: NotRequired[Boolean]
    RetentionPeriod: NotRequired[RetentionPeriod]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]
    KmsKeyId: NotRequired[EventDataStoreKmsKeyId]
    BillingMode: NotRequired[BillingMode]


class S3ImportSource(TypedDict):
    S3LocationUri: String
    S3BucketRegion: String
    S3BucketAccessRoleArn: String


class SearchSampleQueriesRequest(TypedDict):
    SearchPhrase: SearchSampleQueriesSearchPhrase
    MaxResults: NotRequired[SearchSampleQueriesMaxResults]
    NextToken: NotRequired[PaginationToken]


class SearchSampleQueriesResponse(TypedDict):
    SearchResults: NotRequired[SearchSampleQueriesSearchResults]
    NextToken: NotRequired[PaginationToken]


class SearchSampleQueriesSearchResult(TypedDict):
    Name: NotRequired[SampleQueryName]
    Description: NotRequired[SampleQueryDescription]
    SQL: NotRequired[SampleQuerySQL]
    Relevance: NotRequired[SampleQueryRelevance]


class SourceConfig(TypedDict):
    ApplyToAllRegions: NotRequired[Boolean]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]


class StartDashboardRefreshRequest(TypedDict):
    DashboardId: DashboardArn
    QueryParameterValues: NotRequired[QueryParameterValues]


class StartDashboardRefreshResponse(TypedDict):
    RefreshId: NotRequired[RefreshId]


class StartEventDataStoreIngestionRequest(TypedDict):
    EventDataStore: EventDataStoreArn


class StartEventDataStoreIngestionResponse(TypedDict):
    pass


class StartImportRequest(TypedDict):
    Destinations: NotRequired[ImportDestinations]
    ImportSource: NotRequired[ImportSource]
    StartEventTime: NotRequired[Date]
    EndEventTime: NotRequired[Date]
    ImportId: NotRequired[UUID]


class StartImportResponse(TypedDict):
    ImportId: NotRequired[UUID]
    Destinations: NotRequired[ImportDestinations]
    ImportSource: NotRequired[ImportSource]
    StartEventTime: NotRequired[Date]
    EndEventTime: NotRequired[Date]
    ImportStatus: NotRequired[ImportStatus]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]


class StartLoggingRequest(TypedDict):
    Name: String


class StartLoggingResponse(TypedDict):
    pass


class StartQueryRequest(TypedDict):
    QueryStatement: NotRequired[QueryStatement]
    DeliveryS3Uri: NotRequired[DeliveryS3Uri]
    QueryAlias: NotRequired[QueryAlias]
    QueryParameters: NotRequired[QueryParameters]
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class StartQueryResponse(TypedDict):
    QueryId: NotRequired[UUID]
    EventDataStoreOwnerAccountId: NotRequired[AccountId]


class StopEventDataStoreIngestionRequest(TypedDict):
    EventDataStore: EventDataStoreArn


class StopEventDataStoreIngestionResponse(TypedDict):
    pass


class StopImportRequest(TypedDict):
    ImportId: UUID


class StopImportResponse(TypedDict):
    ImportId: NotRequired[UUID]
    ImportSource: NotRequired[ImportSource]
    Destinations: NotRequired[ImportDestinations]
    ImportStatus: NotRequired[ImportStatus]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]
    StartEventTime: NotRequired[Date]
    EndEventTime: NotRequired[Date]
    ImportStatistics: NotRequired[ImportStatistics]


class StopLoggingRequest(TypedDict):
    Name: String


class StopLoggingResponse(TypedDict):
    pass


class Tag(TypedDict):
    Key: TagKey
    Value: NotRequired[TagValue]


class Trail(TypedDict):
    Name: NotRequired[String]
    S3BucketName: NotRequired[String]
    S3KeyPrefix: NotRequired[String]
    SnsTopicName: NotRequired[String]
    SnsTopicARN: NotRequired[String]
    IncludeGlobalServiceEvents: NotRequired[Boolean]
    IsMultiRegionTrail: NotRequired[Boolean]
    HomeRegion: NotRequired[String]
    TrailARN: NotRequired[String]
    LogFileValidationEnabled: NotRequired[Boolean]
    CloudWatchLogsLogGroupArn: NotRequired[String]
    CloudWatchLogsRoleArn: NotRequired[String]
    KmsKeyId: NotRequired[String]
    HasCustomEventSelectors: NotRequired[Boolean]
    HasInsightSelectors: NotRequired[Boolean]
    IsOrganizationTrail: NotRequired[Boolean]


class TrailInfo(TypedDict):
    TrailARN: NotRequired[String]
    Name: NotRequired[String]
    HomeRegion: NotRequired[String]


class UpdateChannelRequest(TypedDict):
    Channel: ChannelArn
    Destinations: NotRequired[Destinations]
    Name: NotRequired[ChannelName]


class UpdateChannelResponse(TypedDict):
    ChannelArn: NotRequired[ChannelArn]
    Name: NotRequired[ChannelName]
    Source: NotRequired[Source]
    Destinations: NotRequired[Destinations]


class UpdateDashboardRequest(TypedDict):
    DashboardId: DashboardArn
    Widgets: NotRequired[RequestWidgetList]
    RefreshSchedule: NotRequired[RefreshSchedule]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]


class UpdateDashboardResponse(TypedDict):
    DashboardArn: NotRequired[DashboardArn]
    Name: NotRequired[DashboardName]
    Type: NotRequired[DashboardType]
    Widgets: NotRequired[WidgetList]
    RefreshSchedule: NotRequired[RefreshSchedule]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]


class UpdateEventDataStoreRequest(TypedDict):
    EventDataStore: EventDataStoreArn
    Name: NotRequired[EventDataStoreName]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]
    MultiRegionEnabled: NotRequired[Boolean]
    OrganizationEnabled: NotRequired[Boolean]
    RetentionPeriod: NotRequired[RetentionPeriod]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    KmsKeyId: NotRequired[EventDataStoreKmsKeyId]
    BillingMode: NotRequired[BillingMode]


class UpdateEventDataStoreResponse(TypedDict):
    EventDataStoreArn: NotRequired[EventDataStoreArn]
    Name: NotRequired[EventDataStoreName]
    Status: NotRequired[EventDataStoreStatus]
    AdvancedEventSelectors: NotRequired[AdvancedEventSelectors]
    MultiRegionEnabled: NotRequired[Boolean]
    OrganizationEnabled: NotRequired[Boolean]
    RetentionPeriod: NotRequired[RetentionPeriod]
    TerminationProtectionEnabled: NotRequired[TerminationProtectionEnabled]
    CreatedTimestamp: NotRequired[Date]
    UpdatedTimestamp: NotRequired[Date]
    KmsKeyId: NotRequired[EventDataStoreKmsKeyId]
    BillingMode: NotRequired[BillingMode]
    FederationStatus: NotRequired[FederationStatus]
    FederationRoleArn: NotRequired[FederationRoleArn]


class UpdateTrailRequest(TypedDict):
    Name: String
    S3BucketName: NotRequired[String]
    S3KeyPrefix: NotRequired[String]
    SnsTopicName: NotRequired[String]
    IncludeGlobalServiceEvents: NotRequired[Boolean]
    IsMultiRegionTrail: NotRequired[Boolean]
    EnableLogFileValidation: NotRequired[Boolean]
    CloudWatchLogsLogGroupArn: NotRequired[String]
    CloudWatchLogsRoleArn: NotRequired[String]
    KmsKeyId: NotRequired[String]
    IsOrganizationTrail: NotRequired[Boolean]


class UpdateTrailResponse(TypedDict):
    Name: NotRequired[String]
    S3BucketName: NotRequired[String]
    S3KeyPrefix: NotRequired[String]
    SnsTopicName: NotRequired[String]
    SnsTopicARN: NotRequired[String]
    IncludeGlobalServiceEvents: NotRequired[Boolean]
    IsMultiRegionTrail: NotRequired[Boolean]
    TrailARN: NotRequired[String]
    LogFileValidationEnabled: NotRequired[Boolean]
    CloudWatchLogsLogGroupArn: NotRequired[String]
    CloudWatchLogsRoleArn: NotRequired[String]
    KmsKeyId: NotRequired[String]
    IsOrganizationTrail: NotRequired[Boolean]


class Widget(TypedDict):
    QueryAlias: NotRequired[QueryAlias]
    QueryStatement: NotRequired[QueryStatement]
    QueryParameters: NotRequired[QueryParameters]
    ViewProperties: NotRequired[ViewPropertiesMap]


AdvancedEventSelectors = list[AdvancedEventSelector]
AdvancedFieldSelectors = list[AdvancedFieldSelector]
AggregationConfigurations = list[AggregationConfiguration]
Channels = list[Channel]
ContextKeySelectors = list[ContextKeySelector]
Dashboards = list[DashboardDetail]
DataResourceValues = list[String]
DataResources = list[DataResource]
Destinations = list[Destination]
EventDataStoreList = list[EventDataStoreArn]
EventDataStores = list[EventDataStore]
EventSelectors = list[EventSelector]
EventsList = list[Event]
ExcludeManagementEventSources = list[String]
ImportDestinations = list[EventDataStoreArn]
ImportFailureList = list[ImportFailureListItem]
ImportsList = list[ImportsListItem]
InsightSelectors = list[InsightSelector]
InsightsMetricValues = list[Double]
ListInsightsDataDimensions = dict[ListInsightsDataDimensionKey, ListInsightsDataDimensionValue]
LookupAttributesList = list[LookupAttribute]
Operator = list[OperatorValue]
OperatorTargetList = list[OperatorTargetListMember]
PartitionKeyList = list[PartitionKey]
PublicKeyList = list[PublicKey]
Queries = list[Query]
QueryParameterValues = dict[QueryParameterKey, QueryParameterValue]
QueryParameters = list[QueryParameter]
QueryResultColumn = dict[QueryResultKey, QueryResultValue]
QueryResultRow = list[QueryResultColumn]
QueryResultRows = list[QueryResultRow]
RequestWidgetList = list[RequestWidget]
ResourceIdList = list[String]
ResourceList = list[Resource]
ResourceTagList = list[ResourceTag]
SearchSampleQueriesSearchResults = list[SearchSampleQueriesSearchResult]
SourceEventCategories = list[SourceEventCategory]
TagsList = list[Tag]
Templates = list[Template]
Timestamps = list[Date]
TrailList = list[Trail]
TrailNameList = list[String]
Trails = list[TrailInfo]
ViewPropertiesMap = dict[ViewPropertiesKey, ViewPropertiesValue]
WidgetList = list[Widget]


class AccessDeniedException(ServiceError):
    code = "AccessDeniedException"
    query_code: ClassVar[str] = "AccessDeniedException"
    shape_name: ClassVar[str] = "AccessDeniedException"
    status_code = 400
    sender_fault = True


class AccountHasOngoingImportException(ServiceError):
    code = "AccountHasOngoingImportException"
    query_code: ClassVar[str] = "AccountHasOngoingImportException"
    shape_name: ClassVar[str] = "AccountHasOngoingImportException"
    status_code = 400
    sender_fault = True


class AccountNotFoundException(ServiceError):
    code = "AccountNotFoundException"
    query_code: ClassVar[str] = "AccountNotFoundException"
    shape_name: ClassVar[str] = "AccountNotFoundException"
    status_code = 400
    sender_fault = True


class AccountNotRegisteredException(ServiceError):
    code = "AccountNotRegisteredException"
    query_code: ClassVar[str] = "AccountNotRegisteredException"
    shape_name: ClassVar[str] = "AccountNotRegisteredException"
    status_code = 400
    sender_fault = True


class AccountRegisteredException(ServiceError):
    code = "AccountRegisteredException"
    query_code: ClassVar[str] = "AccountRegisteredException"
    shape_name: ClassVar[str] = "AccountRegisteredException"
    status_code = 400
    sender_fault = True


class CannotDelegateManagementAccountException(ServiceError):
    code = "CannotDelegateManagementAccountException"
    query_code: ClassVar[str] = "CannotDelegateManagementAccountException"
    shape_name: ClassVar[str] = "CannotDelegateManagementAccountException"
    status_code = 400
    sender_fault = True


class ChannelARNInvalidException(ServiceError):
    code = "ChannelARNInvalidException"
    query_code: ClassVar[str] = "ChannelARNInvalidException"
    shape_name: ClassVar[str] = "ChannelARNInvalidException"
    status_code = 400
    sender_fault = True


class ChannelAlreadyExistsException(ServiceError):
    code = "ChannelAlreadyExistsException"
    query_code: ClassVar[str] = "ChannelAlreadyExistsException"
    shape_name: ClassVar[str] = "ChannelAlreadyExistsException"
    status_code = 400
    sender_fault = True


class ChannelExistsForEDSException(ServiceError):
    code = "ChannelExistsForEDSException"
    query_code: ClassVar[str] = "ChannelExistsForEDSException"
    shape_name: ClassVar[str] = "ChannelExistsForEDSException"
    status_code = 400
    sender_fault = True


class ChannelMaxLimitExceededException(ServiceError):
    code = "ChannelMaxLimitExceededException"
    query_code: ClassVar[str] = "ChannelMaxLimitExceededException"
    shape_name: ClassVar[str] = "ChannelMaxLimitExceededException"
    status_code = 400
    sender_fault = True


class ChannelNotFoundException(ServiceError):
    code = "ChannelNotFoundException"
    query_code: ClassVar[str] = "ChannelNotFoundException"
    shape_name: ClassVar[str] = "ChannelNotFoundException"
    status_code = 400
    sender_fault = True


class CloudTrailARNInvalidException(ServiceError):
    code = "CloudTrailARNInvalidException"
    query_code: ClassVar[str] = "CloudTrailARNInvalidException"
    shape_name: ClassVar[str] = "CloudTrailARNInvalidException"
    status_code = 400
    sender_fault = True


class CloudTrailAccessNotEnabledException(ServiceError):
    code = "CloudTrailAccessNotEnabledException"
    query_code: ClassVar[str] = "CloudTrailAccessNotEnabledException"
    shape_name: ClassVar[str] = "CloudTrailAccessNotEnabledException"
    status_code = 400
    sender_fault = True


class CloudTrailInvalidClientTokenIdException(ServiceError):
    code = "CloudTrailInvalidClientTokenIdException"
    query_code: ClassVar[str] = "CloudTrailInvalidClientTokenIdException"
    shape_name: ClassVar[str] = "CloudTrailInvalidClientTokenIdException"
    status_code = 400
    sender_fault = True


class CloudWatchLogsDeliveryUnavailableException(ServiceError):
    code = "CloudWatchLogsDeliveryUnavailableException"
    query_code: ClassVar[str] = "CloudWatchLogsDeliveryUnavailableException"
    shape_name: ClassVar[str] = "CloudWatchLogsDeliveryUnavailableException"
    status_code = 400
    sender_fault = True


class ConcurrentModificationException(ServiceError):
    code = "ConcurrentModificationException"
    query_code: ClassVar[str] = "ConcurrentModificationException"
    shape_name: ClassVar[str] = "ConcurrentModificationException"
    status_code = 400
    sender_fault = True


class ConflictException(ServiceError):
    code = "ConflictException"
    query_code: ClassVar[str] = "ConflictException"
    shape_name: ClassVar[str] = "ConflictException"
    status_code = 400
    sender_fault = True


class DelegatedAdminAccountLimitExceededException(ServiceError):
    code = "DelegatedAdminAccountLimitExceededException"
    query_code: ClassVar[str] = "DelegatedAdminAccountLimitExceededException"
    shape_name: ClassVar[str] = "DelegatedAdminAccountLimitExceededException"
    status_code = 400
    sender_fault = True


class EventDataStoreARNInvalidException(ServiceError):
    code = "EventDataStoreARNInvalidException"
    query_code: ClassVar[str] = "EventDataStoreARNInvalidException"
    shape_name: ClassVar[str] = "EventDataStoreARNInvalidException"
    status_code = 400
    sender_fault = True


class EventDataStoreAlreadyExistsException(ServiceError):
    code = "EventDataStoreAlreadyExistsException"
    query_code: ClassVar[str] = "EventDataStoreAlreadyExistsException"
    shape_name: ClassVar[str] = "EventDataStoreAlreadyExistsException"
    status_code = 400
    sender_fault = True


class EventDataStoreFederationEnabledException(ServiceError):
    code = "EventDataStoreFederationEnabledException"
    query_code: ClassVar[str] = "EventDataStoreFederationEnabledException"
    shape_name: ClassVar[str] = "EventDataStoreFederationEnabledException"
    status_code = 400
    sender_fault = True


class EventDataStoreHasOngoingImportException(ServiceError):
    code = "EventDataStoreHasOngoingImportException"
    query_code: ClassVar[str] = "EventDataStoreHasOngoingImportException"
    shape_name: ClassVar[str] = "EventDataStoreHasOngoingImportException"
    status_code = 400
    sender_fault = True


class EventDataStoreMaxLimitExceededException(ServiceError):
    code = "EventDataStoreMaxLimitExceededException"
    query_code: ClassVar[str] = "EventDataStoreMaxLimitExceededException"
    shape_name: ClassVar[str] = "EventDataStoreMaxLimitExceededException"
    status_code = 400
    sender_fault = True


class EventDataStoreNotFoundException(ServiceError):
    code = "EventDataStoreNotFoundException"
    query_code: ClassVar[str] = "EventDataStoreNotFoundException"
    shape_name: ClassVar[str] = "EventDataStoreNotFoundException"
    status_code = 400
    sender_fault = True


class EventDataStoreTerminationProtectedException(ServiceError):
    code = "EventDataStoreTerminationProtectedException"
    query_code: ClassVar[str] = "EventDataStoreTerminationProtectedException"
    shape_name: ClassVar[str] = "EventDataStoreTerminationProtectedException"
    status_code = 400
    sender_fault = True


class GenerateResponseException(ServiceError):
    code = "GenerateResponseException"
    query_code: ClassVar[str] = "GenerateResponseException"
    shape_name: ClassVar[str] = "GenerateResponseException"
    status_code = 400
    sender_fault = True


class ImportNotFoundException(ServiceError):
    code = "ImportNotFoundException"
    query_code: ClassVar[str] = "ImportNotFoundException"
    shape_name: ClassVar[str] = "ImportNotFoundException"
    status_code = 400
    sender_fault = True


class InactiveEventDataStoreException(ServiceError):
    code = "InactiveEventDataStoreException"
    query_code: ClassVar[str] = "InactiveEventDataStoreException"
    shape_name: ClassVar[str] = "InactiveEventDataStoreException"
    status_code = 400
    sender_fault = True


class InactiveQueryException(ServiceError):
    code = "InactiveQueryException"
    query_code: ClassVar[str] = "InactiveQueryException"
    shape_name: ClassVar[str] = "InactiveQueryException"
    status_code = 400
    sender_fault = True


class InsightNotEnabledException(ServiceError):
    code = "InsightNotEnabledException"
    query_code: ClassVar[str] = "InsightNotEnabledException"
    shape_name: ClassVar[str] = "InsightNotEnabledException"
    status_code = 400
    sender_fault = True


class InsufficientDependencyServiceAccessPermissionException(ServiceError):
    code = "InsufficientDependencyServiceAccessPermissionException"
    query_code: ClassVar[str] = "InsufficientDependencyServiceAccessPermissionException"
    shape_name: ClassVar[str] = "InsufficientDependencyServiceAccessPermissionException"
    status_code = 400
    sender_fault = True


class InsufficientEncryptionPolicyException(ServiceError):
    code = "InsufficientEncryptionPolicyException"
    query_code: ClassVar[str] = "InsufficientEncryptionPolicyException"
    shape_name: ClassVar[str] = "InsufficientEncryptionPolicyException"
    status_code = 400
    sender_fault = True


class InsufficientIAMAccessPermissionException(ServiceError):
    code = "InsufficientIAMAccessPermissionException"
    query_code: ClassVar[str] = "InsufficientIAMAccessPermissionException"
    shape_name: ClassVar[str] = "InsufficientIAMAccessPermissionException"
    status_code = 400
    sender_fault = True


class InsufficientS3BucketPolicyException(ServiceError):
    code = "InsufficientS3BucketPolicyException"
    query_code: ClassVar[str] = "InsufficientS3BucketPolicyException"
    shape_name: ClassVar[str] = "InsufficientS3BucketPolicyException"
    status_code = 400
    sender_fault = True


class InsufficientSnsTopicPolicyException(ServiceError):
    code = "InsufficientSnsTopicPolicyException"
    query_code: ClassVar[str] = "InsufficientSnsTopicPolicyException"
    shape_name: ClassVar[str] = "InsufficientSnsTopicPolicyException"
    status_code = 400
    sender_fault = True


class InvalidCloudWatchLogsLogGroupArnException(ServiceError):
    code = "InvalidCloudWatchLogsLogGroupArnException"
    query_code: ClassVar[str] = "InvalidCloudWatchLogsLogGroupArnException"
    shape_name: ClassVar[str] = "InvalidCloudWatchLogsLogGroupArnException"
    status_code = 400
    sender_fault = True


class InvalidCloudWatchLogsRoleArnException(ServiceError):
    code = "InvalidCloudWatchLogsRoleArnException"
    query_code: ClassVar[str] = "InvalidCloudWatchLogsRoleArnException"
    shape_name: ClassVar[str] = "InvalidCloudWatchLogsRoleArnException"
    status_code = 400
    sender_fault = True


class InvalidDateRangeException(ServiceError):
    code = "InvalidDateRangeException"
    query_code: ClassVar[str] = "InvalidDateRangeException"
    shape_name: ClassVar[str] = "InvalidDateRangeException"
    status_code = 400
    sender_fault = True


class InvalidEventCategoryException(ServiceError):
    code = "InvalidEventCategoryException"
    query_code: ClassVar[str] = "InvalidEventCategoryException"
    shape_name: ClassVar[str] = "InvalidEventCategoryException"
    status_code = 400
    sender_fault = True


class InvalidEventDataStoreCategoryException(ServiceError):
    code = "InvalidEventDataStoreCategoryException"
    query_code: ClassVar[str] = "InvalidEventDataStoreCategoryException"
    shape_name: ClassVar[str] = "InvalidEventDataStoreCategoryException"
    status_code = 400
    sender_fault = True


class InvalidEventDataStoreStatusException(ServiceError):
    code = "InvalidEventDataStoreStatusException"
    query_code: ClassVar[str] = "InvalidEventDataStoreStatusException"
    shape_name: ClassVar[str] = "InvalidEventDataStoreStatusException"
    status_code = 400
    sender_fault = True


class InvalidEventSelectorsException(ServiceError):
    code = "InvalidEventSelectorsException"
    query_code: ClassVar[str] = "InvalidEventSelectorsException"
    shape_name: ClassVar[str] = "InvalidEventSelectorsException"
    status_code = 400
    sender_fault = True


class InvalidHomeRegionException(ServiceError):
    code = "InvalidHomeRegionException"
    query_code: ClassVar[str] = "InvalidHomeRegionException"
    shape_name: ClassVar[str] = "InvalidHomeRegionException"
    status_code = 400
    sender_fault = True


class InvalidImportSourceException(ServiceError):
    code = "InvalidImportSourceException"
    query_code: ClassVar[str] = "InvalidImportSourceException"
    shape_name: ClassVar[str] = "InvalidImportSourceException"
    status_code = 400
    sender_fault = True


class InvalidInsightSelectorsException(ServiceError):
    code = "InvalidInsightSelectorsException"
    query_code: ClassVar[str] = "InvalidInsightSelectorsException"
    shape_name: ClassVar[str] = "InvalidInsightSelectorsException"
    status_code = 400
    sender_fault = True


class InvalidKmsKeyIdException(ServiceError):
    code = "InvalidKmsKeyIdException"
    query_code: ClassVar[str] = "InvalidKmsKeyIdException"
    shape_name: ClassVar[str] = "InvalidKmsKeyIdException"
    status_code = 400
    sender_fault = True


class InvalidLookupAttributesException(ServiceError):
    code = "InvalidLookupAttributesException"
    query_code: ClassVar[str] = "InvalidLookupAttributesException"
    shape_name: ClassVar[str] = "InvalidLookupAttributesException"
    status_code = 400
    sender_fault = True


class InvalidMaxResultsException(ServiceError):
    code = "InvalidMaxResultsException"
    query_code: ClassVar[str] = "InvalidMaxResultsException"
    shape_name: ClassVar[str] = "InvalidMaxResultsException"
    status_code = 400
    sender_fault = True


class InvalidNextTokenException(ServiceError):
    code = "InvalidNextTokenException"
    query_code: ClassVar[str] = "InvalidNextTokenException"
    shape_name: ClassVar[str] = "InvalidNextTokenException"
    status_code = 400
    sender_fault = True


class InvalidParameterCombinationException(ServiceError):
    code = "InvalidParameterCombinationException"
    query_code: ClassVar[str] = "InvalidParameterCombinationException"
    shape_name: ClassVar[str] = "InvalidParameterCombinationException"
    status_code = 400
    sender_fault = True


class InvalidParameterException(ServiceError):
    code = "InvalidParameterException"
    query_code: ClassVar[str] = "InvalidParameterException"
    shape_name: ClassVar[str] = "InvalidParameterException"
    status_code = 400
    sender_fault = True


class InvalidQueryStatementException(ServiceError):
    code = "InvalidQueryStatementException"
    query_code: ClassVar[str] = "InvalidQueryStatementException"
    shape_name: ClassVar[str] = "InvalidQueryStatementException"
    status_code = 400
    sender_fault = True


class InvalidQueryStatusException(ServiceError):
    code = "InvalidQueryStatusException"
    query_code: ClassVar[str] = "InvalidQueryStatusException"
    shape_name: ClassVar[str] = "InvalidQueryStatusException"
    status_code = 400
    sender_fault = True


class InvalidS3BucketNameException(ServiceError):
    code = "InvalidS3BucketNameException"
    query_code: ClassVar[str] = "InvalidS3BucketNameException"
    shape_name: ClassVar[str] = "InvalidS3BucketNameException"
    status_code = 400
    sender_fault = True


class InvalidS3PrefixException(ServiceError):
    code = "InvalidS3PrefixException"
    query_code: ClassVar[str] = "InvalidS3PrefixException"
    shape_name: ClassVar[str] = "InvalidS3PrefixException"
    status_code = 400
    sender_fault = True


class InvalidSnsTopicNameException(ServiceError):
    code = "InvalidSnsTopicNameException"
    query_code: ClassVar[str] = "InvalidSnsTopicNameException"
    shape_name: ClassVar[str] = "InvalidSnsTopicNameException"
    status_code = 400
    sender_fault = True


class InvalidSourceException(ServiceError):
    code = "InvalidSourceException"
    query_code: ClassVar[str] = "InvalidSourceException"
    shape_name: ClassVar[str] = "InvalidSourceException"
    status_code = 400
    sender_fault = True


class InvalidTagParameterException(ServiceError):
    code = "InvalidTagParameterException"
    query_code: ClassVar[str] = "InvalidTagParameterException"
    shape_name: ClassVar[str] = "InvalidTagParameterException"
    status_code = 400
    sender_fault = True


class InvalidTimeRangeException(ServiceError):
    code = "InvalidTimeRangeException"
    query_code: ClassVar[str] = "InvalidTimeRangeException"
    shape_name: ClassVar[str] = "InvalidTimeRangeException"
    status_code = 400
    sender_fault = True


class InvalidTokenException(ServiceError):
    code = "InvalidTokenException"
    query_code: ClassVar[str] = "InvalidTokenException"
    shape_name: ClassVar[str] = "InvalidTokenException"
    status_code = 400
    sender_fault = True


class InvalidTrailNameException(ServiceError):
    code = "InvalidTrailNameException"
    query_code: ClassVar[str] = "InvalidTrailNameException"
    shape_name: ClassVar[str] = "InvalidTrailNameException"
    status_code = 400
    sender_fault = True


class KmsException(ServiceError):
    code = "KmsException"
    query_code: ClassVar[str] = "KmsException"
    shape_name: ClassVar[str] = "KmsException"
    status_code = 400
    sender_fault = True


class KmsKeyDisabledException(ServiceError):
    code = "KmsKeyDisabledException"
    query_code: ClassVar[str] = "KmsKeyDisabledException"
    shape_name: ClassVar[str] = "KmsKeyDisabledException"
    status_code = 400
    sender_fault = True


class KmsKeyNotFoundException(ServiceError):
    code = "KmsKeyNotFoundException"
    query_code: ClassVar[str] = "KmsKeyNotFoundException"
    shape_name: ClassVar[str] = "KmsKeyNotFoundException"
    status_code = 400
    sender_fault = True


class MaxConcurrentQueriesException(ServiceError):
    code = "MaxConcurrentQueriesException"
    query_code: ClassVar[str] = "MaxConcurrentQueriesException"
    shape_name: ClassVar[str] = "MaxConcurrentQueriesException"
    status_code = 400
    sender_fault = True


class MaximumNumberOfTrailsExceededException(ServiceError):
    code = "MaximumNumberOfTrailsExceededException"
    query_code: ClassVar[str] = "MaximumNumberOfTrailsExceededException"
    shape_name: ClassVar[str] = "MaximumNumberOfTrailsExceededException"
    status_code = 400
    sender_fault = True


class NoManagementAccountSLRExistsException(ServiceError):
    code = "NoManagementAccountSLRExistsException"
    query_code: ClassVar[str] = "NoManagementAccountSLRExistsException"
    shape_name: ClassVar[str] = "NoManagementAccountSLRExistsException"
    status_code = 400
    sender_fault = True


class NotOrganizationManagementAccountException(ServiceError):
    code = "NotOrganizationManagementAccountException"
    query_code: ClassVar[str] = "NotOrganizationManagementAccountException"
    shape_name: ClassVar[str] = "NotOrganizationManagementAccountException"
    status_code = 400
    sender_fault = True


class NotOrganizationMasterAccountException(ServiceError):
    code = "NotOrganizationMasterAccountException"
    query_code: ClassVar[str] = "NotOrganizationMasterAccountException"
    shape_name: ClassVar[str] = "NotOrganizationMasterAccountException"
    status_code = 400
    sender_fault = True


class OperationNotPermittedException(ServiceError):
    code = "OperationNotPermittedException"
    query_code: ClassVar[str] = "OperationNotPermittedException"
    shape_name: ClassVar[str] = "OperationNotPermittedException"
    status_code = 400
    sender_fault = True


class OrganizationNotInAllFeaturesModeException(ServiceError):
    code = "OrganizationNotInAllFeaturesModeException"
    query_code: ClassVar[str] = "OrganizationNotInAllFeaturesModeException"
    shape_name: ClassVar[str] = "OrganizationNotInAllFeaturesModeException"
    status_code = 400
    sender_fault = True


class OrganizationsNotInUseException(ServiceError):
    code = "OrganizationsNotInUseException"
    query_code: ClassVar[str] = "OrganizationsNotInUseException"
    shape_name: ClassVar[str] = "OrganizationsNotInUseException"
    status_code = 400
    sender_fault = True


class QueryIdNotFoundException(ServiceError):
    code = "QueryIdNotFoundException"
    query_code: ClassVar[str] = "QueryIdNotFoundException"
    shape_name: ClassVar[str] = "QueryIdNotFoundException"
    status_code = 400
    sender_fault = True


class ResourceARNNotValidException(ServiceError):
    code = "ResourceARNNotValidException"
    query_code: ClassVar[str] = "ResourceARNNotValidException"
    shape_name: ClassVar[str] = "ResourceARNNotValidException"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 400
    sender_fault = True


class ResourcePolicyNotFoundException(ServiceError):
    code = "ResourcePolicyNotFoundException"
    query_code: ClassVar[str] = "ResourcePolicyNotFoundException"
    shape_name: ClassVar[str] = "ResourcePolicyNotFoundException"
    status_code = 400
    sender_fault = True


class ResourcePolicyNotValidException(ServiceError):
    code = "ResourcePolicyNotValidException"
    query_code: ClassVar[str] = "ResourcePolicyNotValidException"
    shape_name: ClassVar[str] = "ResourcePolicyNotValidException"
    status_code = 400
    sender_fault = True


class ResourceTypeNotSupportedException(ServiceError):
    code = "ResourceTypeNotSupportedException"
    query_code: ClassVar[str] = "ResourceTypeNotSupportedException"
    shape_name: ClassVar[str] = "ResourceTypeNotSupportedException"
    status_code = 400
    sender_fault = True


class S3BucketDoesNotExistException(ServiceError):
    code = "S3BucketDoesNotExistException"
    query_code: ClassVar[str] = "S3BucketDoesNotExistException"
    shape_name: ClassVar[str] = "S3BucketDoesNotExistException"
    status_code = 400
    sender_fault = True


class ServiceQuotaExceededException(ServiceError):
    code = "ServiceQuotaExceededException"
    query_code: ClassVar[str] = "ServiceQuotaExceededException"
    shape_name: ClassVar[str] = "ServiceQuotaExceededException"
    status_code = 400
    sender_fault = True


class TagsLimitExceededException(ServiceError):
    code = "TagsLimitExceededException"
    query_code: ClassVar[str] = "TagsLimitExceededException"
    shape_name: ClassVar[str] = "TagsLimitExceededException"
    status_code = 400
    sender_fault = True


class ThrottlingException(ServiceError):
    code = "ThrottlingException"
    query_code: ClassVar[str] = "ThrottlingException"
    shape_name: ClassVar[str] = "ThrottlingException"
    status_code = 400
    sender_fault = True


class TrailAlreadyExistsException(ServiceError):
    code = "TrailAlreadyExistsException"
    query_code: ClassVar[str] = "TrailAlreadyExistsException"
    shape_name: ClassVar[str] = "TrailAlreadyExistsException"
    status_code = 400
    sender_fault = True


class TrailNotFoundException(ServiceError):
    code = "TrailNotFoundException"
    query_code: ClassVar[str] = "TrailNotFoundException"
    shape_name: ClassVar[str] = "TrailNotFoundException"
    status_code = 400
    sender_fault = True


class TrailNotProvidedException(ServiceError):
    code = "TrailNotProvidedException"
    query_code: ClassVar[str] = "TrailNotProvidedException"
    shape_name: ClassVar[str] = "TrailNotProvidedException"
    status_code = 400
    sender_fault = True


class UnsupportedOperationException(ServiceError):
    code = "UnsupportedOperationException"
    query_code: ClassVar[str] = "UnsupportedOperationException"
    shape_name: ClassVar[str] = "UnsupportedOperationException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "AccessDeniedException": AccessDeniedException,
    "AccountHasOngoingImportException": AccountHasOngoingImportException,
    "AccountNotFoundException": AccountNotFoundException,
    "AccountNotRegisteredException": AccountNotRegisteredException,
    "AccountRegisteredException": AccountRegisteredException,
    "CannotDelegateManagementAccountException": CannotDelegateManagementAccountException,
    "ChannelARNInvalidException": ChannelARNInvalidException,
    "ChannelAlreadyExistsException": ChannelAlreadyExistsException,
    "ChannelExistsForEDSException": ChannelExistsForEDSException,
    "ChannelMaxLimitExceededException": ChannelMaxLimitExceededException,
    "ChannelNotFoundException": ChannelNotFoundException,
    "CloudTrailARNInvalidException": CloudTrailARNInvalidException,
    "CloudTrailAccessNotEnabledException": CloudTrailAccessNotEnabledException,
    "CloudTrailInvalidClientTokenIdException": CloudTrailInvalidClientTokenIdException,
    "CloudWatchLogsDeliveryUnavailableException": CloudWatchLogsDeliveryUnavailableException,
    "ConcurrentModificationException": ConcurrentModificationException,
    "ConflictException": ConflictException,
    "DelegatedAdminAccountLimitExceededException": DelegatedAdminAccountLimitExceededException,
    "EventDataStoreARNInvalidException": EventDataStoreARNInvalidException,
    "EventDataStoreAlreadyExistsException": EventDataStoreAlreadyExistsException,
    "EventDataStoreFederationEnabledException": EventDataStoreFederationEnabledException,
    "EventDataStoreHasOngoingImportException": EventDataStoreHasOngoingImportException,
    "EventDataStoreMaxLimitExceededException": EventDataStoreMaxLimitExceededException,
    "EventDataStoreNotFoundException": EventDataStoreNotFoundException,
    "EventDataStoreTerminationProtectedException": EventDataStoreTerminationProtectedException,
    "GenerateResponseException": GenerateResponseException,
    "ImportNotFoundException": ImportNotFoundException,
    "InactiveEventDataStoreException": InactiveEventDataStoreException,
    "InactiveQueryException": InactiveQueryException,
    "InsightNotEnabledException": InsightNotEnabledException,
    "InsufficientDependencyServiceAccessPermissionException": InsufficientDependencyServiceAccessPermissionException,
    "InsufficientEncryptionPolicyException": InsufficientEncryptionPolicyException,
    "InsufficientIAMAccessPermissionException": InsufficientIAMAccessPermissionException,
    "InsufficientS3BucketPolicyException": InsufficientS3BucketPolicyException,
    "InsufficientSnsTopicPolicyException": InsufficientSnsTopicPolicyException,
    "InvalidCloudWatchLogsLogGroupArnException": InvalidCloudWatchLogsLogGroupArnException,
    "InvalidCloudWatchLogsRoleArnException": InvalidCloudWatchLogsRoleArnException,
    "InvalidDateRangeException": InvalidDateRangeException,
    "InvalidEventCategoryException": InvalidEventCategoryException,
    "InvalidEventDataStoreCategoryException": InvalidEventDataStoreCategoryException,
    "InvalidEventDataStoreStatusException": InvalidEventDataStoreStatusException,
    "InvalidEventSelectorsException": InvalidEventSelectorsException,
    "InvalidHomeRegionException": InvalidHomeRegionException,
    "InvalidImportSourceException": InvalidImportSourceException,
    "InvalidInsightSelectorsException": InvalidInsightSelectorsException,
    "InvalidKmsKeyIdException": InvalidKmsKeyIdException,
    "InvalidLookupAttributesException": InvalidLookupAttributesException,
    "InvalidMaxResultsException": InvalidMaxResultsException,
    "InvalidNextTokenException": InvalidNextTokenException,
    "InvalidParameterCombinationException": InvalidParameterCombinationException,
    "InvalidParameterException": InvalidParameterException,
    "InvalidQueryStatementException": InvalidQueryStatementException,
    "InvalidQueryStatusException": InvalidQueryStatusException,
    "InvalidS3BucketNameException": InvalidS3BucketNameException,
    "InvalidS3PrefixException": InvalidS3PrefixException,
    "InvalidSnsTopicNameException": InvalidSnsTopicNameException,
    "InvalidSourceException": InvalidSourceException,
    "InvalidTagParameterException": InvalidTagParameterException,
    "InvalidTimeRangeException": InvalidTimeRangeException,
    "InvalidTokenException": InvalidTokenException,
    "InvalidTrailNameException": InvalidTrailNameException,
    "KmsException": KmsException,
    "KmsKeyDisabledException": KmsKeyDisabledException,
    "KmsKeyNotFoundException": KmsKeyNotFoundException,
    "MaxConcurrentQueriesException": MaxConcurrentQueriesException,
    "MaximumNumberOfTrailsExceededException": MaximumNumberOfTrailsExceededException,
    "NoManagementAccountSLRExistsException": NoManagementAccountSLRExistsException,
    "NotOrganizationManagementAccountException": NotOrganizationManagementAccountException,
    "NotOrganizationMasterAccountException": NotOrganizationMasterAccountException,
    "OperationNotPermittedException": OperationNotPermittedException,
    "OrganizationNotInAllFeaturesModeException": OrganizationNotInAllFeaturesModeException,
    "OrganizationsNotInUseException": OrganizationsNotInUseException,
    "QueryIdNotFoundException": QueryIdNotFoundException,
    "ResourceARNNotValidException": ResourceARNNotValidException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ResourcePolicyNotFoundException": ResourcePolicyNotFoundException,
    "ResourcePolicyNotValidException": ResourcePolicyNotValidException,
    "ResourceTypeNotSupportedException": ResourceTypeNotSupportedException,
    "S3BucketDoesNotExistException": S3BucketDoesNotExistException,
    "ServiceQuotaExceededException": ServiceQuotaExceededException,
    "TagsLimitExceededException": TagsLimitExceededException,
    "ThrottlingException": ThrottlingException,
    "TrailAlreadyExistsException": TrailAlreadyExistsException,
    "TrailNotFoundException": TrailNotFoundException,
    "TrailNotProvidedException": TrailNotProvidedException,
    "UnsupportedOperationException": UnsupportedOperationException,
}


class CloudtrailApi(ServiceApi):
    service = "cloudtrail"
    iam_prefix = "cloudtrail"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AddTags": OperationSpec("add_tags", {"ResourceId": "resource_id", "TagsList": "tags_list"}),
        "CancelQuery": OperationSpec(
            "cancel_query",
            {
                "EventDataStore": "event_data_store",
                "QueryId": "query_id",
                "EventDataStoreOwnerAccountId": "event_data_store_owner_account_id",
            },
        ),
        "CreateChannel": OperationSpec(
            "create_channel",
            {"Name": "name", "Source": "source", "Destinations": "destinations", "Tags": "tags"},
        ),
        "CreateDashboard": OperationSpec(
            "create_dashboard",
            {
                "Name": "name",
                "RefreshSchedule": "refresh_schedule",
                "TagsList": "tags_list",
                "TerminationProtectionEnabled": "termination_protection_enabled",
                "Widgets": "widgets",
            },
        ),
        "CreateEventDataStore": OperationSpec(
            "create_event_data_store",
            {
                "Name": "name",
                "AdvancedEventSelectors": "advanced_event_selectors",
                "MultiRegionEnabled": "multi_region_enabled",
                "OrganizationEnabled": "organization_enabled",
                "RetentionPeriod": "retention_period",
                "TerminationProtectionEnabled": "termination_protection_enabled",
                "TagsList": "tags_list",
                "KmsKeyId": "kms_key_id",
                "StartIngestion": "start_ingestion",
                "BillingMode": "billing_mode",
            },
        ),
        "CreateTrail": OperationSpec(
            "create_trail",
            {
                "Name": "name",
                "S3BucketName": "s3_bucket_name",
                "S3KeyPrefix": "s3_key_prefix",
                "SnsTopicName": "sns_topic_name",
                "IncludeGlobalServiceEvents": "include_global_service_events",
                "IsMultiRegionTrail": "is_multi_region_trail",
                "EnableLogFileValidation": "enable_log_file_validation",
                "CloudWatchLogsLogGroupArn": "cloud_watch_logs_log_group_arn",
                "CloudWatchLogsRoleArn": "cloud_watch_logs_role_arn",
                "KmsKeyId": "kms_key_id",
                "IsOrganizationTrail": "is_organization_trail",
                "TagsList": "tags_list",
            },
        ),
        "DeleteChannel": OperationSpec("delete_channel", {"Channel": "channel"}),
        "DeleteDashboard": OperationSpec("delete_dashboard", {"DashboardId": "dashboard_id"}),
        "DeleteEventDataStore": OperationSpec(
            "delete_event_data_store", {"EventDataStore": "event_data_store"}
        ),
        "DeleteResourcePolicy": OperationSpec("delete_resource_policy", {"ResourceArn": "resource_arn"}),
        "DeleteTrail": OperationSpec("delete_trail", {"Name": "name"}),
        "DeregisterOrganizationDelegatedAdmin": OperationSpec(
            "deregister_organization_delegated_admin",
            {"DelegatedAdminAccountId": "delegated_admin_account_id"},
        ),
        "DescribeQuery": OperationSpec(
            "describe_query",
            {
                "EventDataStore": "event_data_store",
                "QueryId": "query_id",
                "QueryAlias": "query_alias",
                "RefreshId": "refresh_id",
                "EventDataStoreOwnerAccountId": "event_data_store_owner_account_id",
            },
        ),
        "DescribeTrails": OperationSpec(
            "describe_trails",
            {"trailNameList": "trail_name_list", "includeShadowTrails": "include_shadow_trails"},
        ),
        "DisableFederation": OperationSpec("disable_federation", {"EventDataStore": "event_data_store"}),
        "EnableFederation": OperationSpec(
            "enable_federation",
            {"EventDataStore": "event_data_store", "FederationRoleArn": "federation_role_arn"},
        ),
        "GenerateQuery": OperationSpec(
            "generate_query", {"EventDataStores": "event_data_stores", "Prompt": "prompt"}
        ),
        "GetChannel": OperationSpec("get_channel", {"Channel": "channel"}),
        "GetDashboard": OperationSpec("get_dashboard", {"DashboardId": "dashboard_id"}),
        "GetEventConfiguration": OperationSpec(
            "get_event_configuration", {"TrailName": "trail_name", "EventDataStore": "event_data_store"}
        ),
        "GetEventDataStore": OperationSpec("get_event_data_store", {"EventDataStore": "event_data_store"}),
        "GetEventSelectors": OperationSpec("get_event_selectors", {"TrailName": "trail_name"}),
        "GetImport": OperationSpec("get_import", {"ImportId": "import_id"}),
        "GetInsightSelectors": OperationSpec(
            "get_insight_selectors", {"TrailName": "trail_name", "EventDataStore": "event_data_store"}
        ),
        "GetQueryResults": OperationSpec(
            "get_query_results",
            {
                "EventDataStore": "event_data_store",
                "QueryId": "query_id",
                "NextToken": "next_token",
                "MaxQueryResults": "max_query_results",
                "EventDataStoreOwnerAccountId": "event_data_store_owner_account_id",
            },
        ),
        "GetResourcePolicy": OperationSpec("get_resource_policy", {"ResourceArn": "resource_arn"}),
        "GetTrail": OperationSpec("get_trail", {"Name": "name"}),
        "GetTrailStatus": OperationSpec("get_trail_status", {"Name": "name"}),
        "ListChannels": OperationSpec(
            "list_channels", {"MaxResults": "max_results", "NextToken": "next_token"}
        ),
        "ListDashboards": OperationSpec(
            "list_dashboards",
            {
                "NamePrefix": "name_prefix",
                "Type": "type",
                "NextToken": "next_token",
                "MaxResults": "max_results",
            },
        ),
        "ListEventDataStores": OperationSpec(
            "list_event_data_stores", {"NextToken": "next_token", "MaxResults": "max_results"}
        ),
        "ListImportFailures": OperationSpec(
            "list_import_failures",
            {"ImportId": "import_id", "MaxResults": "max_results", "NextToken": "next_token"},
        ),
        "ListImports": OperationSpec(
            "list_imports",
            {
                "MaxResults": "max_results",
                "Destination": "destination",
                "ImportStatus": "import_status",
                "NextToken": "next_token",
            },
        ),
        "ListInsightsData": OperationSpec(
            "list_insights_data",
            {
                "InsightSource": "insight_source",
                "DataType": "data_type",
                "Dimensions": "dimensions",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "MaxResults": "max_results",
                "NextToken": "next_token",
            },
        ),
        "ListInsightsMetricData": OperationSpec(
            "list_insights_metric_data",
            {
                "TrailName": "trail_name",
                "EventSource": "event_source",
                "EventName": "event_name",
                "InsightType": "insight_type",
                "ErrorCode": "error_code",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "Period": "period",
                "DataType": "data_type",
                "MaxResults": "max_results",
                "NextToken": "next_token",
            },
        ),
        "ListPublicKeys": OperationSpec(
            "list_public_keys", {"StartTime": "start_time", "EndTime": "end_time", "NextToken": "next_token"}
        ),
        "ListQueries": OperationSpec(
            "list_queries",
            {
                "EventDataStore": "event_data_store",
                "NextToken": "next_token",
                "MaxResults": "max_results",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "QueryStatus": "query_status",
            },
        ),
        "ListTags": OperationSpec(
            "list_tags", {"ResourceIdList": "resource_id_list", "NextToken": "next_token"}
        ),
        "ListTrails": OperationSpec("list_trails", {"NextToken": "next_token"}),
        "LookupEvents": OperationSpec(
            "lookup_events",
            {
                "LookupAttributes": "lookup_attributes",
                "StartTime": "start_time",
                "EndTime": "end_time",
                "EventCategory": "event_category",
                "MaxResults": "max_results",
                "NextToken": "next_token",
            },
        ),
        "PutEventConfiguration": OperationSpec(
            "put_event_configuration",
            {
                "TrailName": "trail_name",
                "EventDataStore": "event_data_store",
                "MaxEventSize": "max_event_size",
                "ContextKeySelectors": "context_key_selectors",
                "AggregationConfigurations": "aggregation_configurations",
            },
        ),
        "PutEventSelectors": OperationSpec(
            "put_event_selectors",
            {
                "TrailName": "trail_name",
                "EventSelectors": "event_selectors",
                "AdvancedEventSelectors": "advanced_event_selectors",
            },
        ),
        "PutInsightSelectors": OperationSpec(
            "put_insight_selectors",
            {
                "TrailName": "trail_name",
                "InsightSelectors": "insight_selectors",
                "EventDataStore": "event_data_store",
                "InsightsDestination": "insights_destination",
            },
        ),
        "PutResourcePolicy": OperationSpec(
            "put_resource_policy", {"ResourceArn": "resource_arn", "ResourcePolicy": "resource_policy"}
        ),
        "RegisterOrganizationDelegatedAdmin": OperationSpec(
            "register_organization_delegated_admin", {"MemberAccountId": "member_account_id"}
        ),
        "RemoveTags": OperationSpec("remove_tags", {"ResourceId": "resource_id", "TagsList": "tags_list"}),
        "RestoreEventDataStore": OperationSpec(
            "restore_event_data_store", {"EventDataStore": "event_data_store"}
        ),
        "SearchSampleQueries": OperationSpec(
            "search_sample_queries",
            {"SearchPhrase": "search_phrase", "MaxResults": "max_results", "NextToken": "next_token"},
        ),
        "StartDashboardRefresh": OperationSpec(
            "start_dashboard_refresh",
            {"DashboardId": "dashboard_id", "QueryParameterValues": "query_parameter_values"},
        ),
        "StartEventDataStoreIngestion": OperationSpec(
            "start_event_data_store_ingestion", {"EventDataStore": "event_data_store"}
        ),
        "StartImport": OperationSpec(
            "start_import",
            {
                "Destinations": "destinations",
                "ImportSource": "import_source",
                "StartEventTime": "start_event_time",
                "EndEventTime": "end_event_time",
                "ImportId": "import_id",
            },
        ),
        "StartLogging": OperationSpec("start_logging", {"Name": "name"}),
        "StartQuery": OperationSpec(
            "start_query",
            {
                "QueryStatement": "query_statement",
                "DeliveryS3Uri": "delivery_s3_uri",
                "QueryAlias": "query_alias",
                "QueryParameters": "query_parameters",
                "EventDataStoreOwnerAccountId": "event_data_store_owner_account_id",
            },
        ),
        "StopEventDataStoreIngestion": OperationSpec(
            "stop_event_data_store_ingestion", {"EventDataStore": "event_data_store"}
        ),
        "StopImport": OperationSpec("stop_import", {"ImportId": "import_id"}),
        "StopLogging": OperationSpec("stop_logging", {"Name": "name"}),
        "UpdateChannel": OperationSpec(
            "update_channel", {"Channel": "channel", "Destinations": "destinations", "Name": "name"}
        ),
        "UpdateDashboard": OperationSpec(
            "update_dashboard",
            {
                "DashboardId": "dashboard_id",
                "Widgets": "widgets",
                "RefreshSchedule": "refresh_schedule",
                "TerminationProtectionEnabled": "termination_protection_enabled",
            },
        ),
        "UpdateEventDataStore": OperationSpec(
            "update_event_data_store",
            {
                "EventDataStore": "event_data_store",
                "Name": "name",
                "AdvancedEventSelectors": "advanced_event_selectors",
                "MultiRegionEnabled": "multi_region_enabled",
                "OrganizationEnabled": "organization_enabled",
                "RetentionPeriod": "retention_period",
                "TerminationProtectionEnabled": "termination_protection_enabled",
                "KmsKeyId": "kms_key_id",
                "BillingMode": "billing_mode",
            },
        ),
        "UpdateTrail": OperationSpec(
            "update_trail",
            {
                "Name": "name",
                "S3BucketName": "s3_bucket_name",
                "S3KeyPrefix": "s3_key_prefix",
                "SnsTopicName": "sns_topic_name",
                "IncludeGlobalServiceEvents": "include_global_service_events",
                "IsMultiRegionTrail": "is_multi_region_trail",
                "EnableLogFileValidation": "enable_log_file_validation",
                "CloudWatchLogsLogGroupArn": "cloud_watch_logs_log_group_arn",
                "CloudWatchLogsRoleArn": "cloud_watch_logs_role_arn",
                "KmsKeyId": "kms_key_id",
                "IsOrganizationTrail": "is_organization_trail",
            },
        ),
    }

    async def add_tags(
        self, context: RequestContext, *, resource_id: String, tags_list: TagsList
    ) -> AddTagsResponse:
        raise NotImplementedError

    async def cancel_query(
        self,
        context: RequestContext,
        *,
        query_id: UUID,
        event_data_store: EventDataStoreArn | None = None,
        event_data_store_owner_account_id: AccountId | None = None,
    ) -> CancelQueryResponse:
        raise NotImplementedError

    async def create_channel(
        self,
        context: RequestContext,
        *,
        name: ChannelName,
        source: Source,
        destinations: Destinations,
        tags: TagsList | None = None,
    ) -> CreateChannelResponse:
        raise NotImplementedError

    async def create_dashboard(
        self,
        context: RequestContext,
        *,
        name: DashboardName,
        refresh_schedule: RefreshSchedule | None = None,
        tags_list: TagsList | None = None,
        termination_protection_enabled: TerminationProtectionEnabled | None = None,
        widgets: RequestWidgetList | None = None,
    ) -> CreateDashboardResponse:
        raise NotImplementedError

    async def create_event_data_store(
        self,
        context: RequestContext,
        *,
        name: EventDataStoreName,
        advanced_event_selectors: AdvancedEventSelectors | None = None,
        multi_region_enabled: Boolean | None = None,
        organization_enabled: Boolean | None = None,
        retention_period: RetentionPeriod | None = None,
        termination_protection_enabled: TerminationProtectionEnabled | None = None,
        tags_list: TagsList | None = None,
        kms_key_id: EventDataStoreKmsKeyId | None = None,
        start_ingestion: Boolean | None = None,
        billing_mode: BillingMode | None = None,
    ) -> CreateEventDataStoreResponse:
        raise NotImplementedError

    async def create_trail(
        self,
        context: RequestContext,
        *,
        name: String,
        s3_bucket_name: String,
        s3_key_prefix: String | None = None,
        sns_topic_name: String | None = None,
        include_global_service_events: Boolean | None = None,
        is_multi_region_trail: Boolean | None = None,
        enable_log_file_validation: Boolean | None = None,
        cloud_watch_logs_log_group_arn: String | None = None,
        cloud_watch_logs_role_arn: String | None = None,
        kms_key_id: String | None = None,
        is_organization_trail: Boolean | None = None,
        tags_list: TagsList | None = None,
    ) -> CreateTrailResponse:
        raise NotImplementedError

    async def delete_channel(self, context: RequestContext, *, channel: ChannelArn) -> DeleteChannelResponse:
        raise NotImplementedError

    async def delete_dashboard(
        self, context: RequestContext, *, dashboard_id: DashboardArn
    ) -> DeleteDashboardResponse:
        raise NotImplementedError

    async def delete_event_data_store(
        self, context: RequestContext, *, event_data_store: EventDataStoreArn
    ) -> DeleteEventDataStoreResponse:
        raise NotImplementedError

    async def delete_resource_policy(
        self, context: RequestContext, *, resource_arn: ResourceArn
    ) -> DeleteResourcePolicyResponse:
        raise NotImplementedError

    async def delete_trail(self, context: RequestContext, *, name: String) -> DeleteTrailResponse:
        raise NotImplementedError

    async def deregister_organization_delegated_admin(
        self, context: RequestContext, *, delegated_admin_account_id: AccountId
    ) -> DeregisterOrganizationDelegatedAdminResponse:
        raise NotImplementedError

    async def describe_query(
        self,
        context: RequestContext,
        *,
        event_data_store: EventDataStoreArn | None = None,
        query_id: UUID | None = None,
        query_alias: QueryAlias | None = None,
        refresh_id: RefreshId | None = None,
        event_data_store_owner_account_id: AccountId | None = None,
    ) -> DescribeQueryResponse:
        raise NotImplementedError

    async def describe_trails(
        self,
        context: RequestContext,
        *,
        trail_name_list: TrailNameList | None = None,
        include_shadow_trails: Boolean | None = None,
    ) -> DescribeTrailsResponse:
        raise NotImplementedError

    async def disable_federation(
        self, context: RequestContext, *, event_data_store: EventDataStoreArn
    ) -> DisableFederationResponse:
        raise NotImplementedError

    async def enable_federation(
        self,
        context: RequestContext,
        *,
        event_data_store: EventDataStoreArn,
        federation_role_arn: FederationRoleArn,
    ) -> EnableFederationResponse:
        raise NotImplementedError

    async def generate_query(
        self, context: RequestContext, *, event_data_stores: EventDataStoreList, prompt: Prompt
    ) -> GenerateQueryResponse:
        raise NotImplementedError

    async def get_channel(self, context: RequestContext, *, channel: ChannelArn) -> GetChannelResponse:
        raise NotImplementedError

    async def get_dashboard(
        self, context: RequestContext, *, dashboard_id: DashboardArn
    ) -> GetDashboardResponse:
        raise NotImplementedError

    async def get_event_configuration(
        self,
        context: RequestContext,
        *,
        trail_name: String | None = None,
        event_data_store: String | None = None,
    ) -> GetEventConfigurationResponse:
        raise NotImplementedError

    async def get_event_data_store(
        self, context: RequestContext, *, event_data_store: EventDataStoreArn
    ) -> GetEventDataStoreResponse:
        raise NotImplementedError

    async def get_event_selectors(
        self, context: RequestContext, *, trail_name: String
    ) -> GetEventSelectorsResponse:
        raise NotImplementedError

    async def get_import(self, context: RequestContext, *, import_id: UUID) -> GetImportResponse:
        raise NotImplementedError

    async def get_insight_selectors(
        self,
        context: RequestContext,
        *,
        trail_name: String | None = None,
        event_data_store: EventDataStoreArn | None = None,
    ) -> GetInsightSelectorsResponse:
        raise NotImplementedError

    async def get_query_results(
        self,
        context: RequestContext,
        *,
        query_id: UUID,
        event_data_store: EventDataStoreArn | None = None,
        next_token: PaginationToken | None = None,
        max_query_results: MaxQueryResults | None = None,
        event_data_store_owner_account_id: AccountId | None = None,
    ) -> GetQueryResultsResponse:
        raise NotImplementedError

    async def get_resource_policy(
        self, context: RequestContext, *, resource_arn: ResourceArn
    ) -> GetResourcePolicyResponse:
        raise NotImplementedError

    async def get_trail(self, context: RequestContext, *, name: String) -> GetTrailResponse:
        raise NotImplementedError

    async def get_trail_status(self, context: RequestContext, *, name: String) -> GetTrailStatusResponse:
        raise NotImplementedError

    async def list_channels(
        self,
        context: RequestContext,
        *,
        max_results: ListChannelsMaxResultsCount | None = None,
        next_token: PaginationToken | None = None,
    ) -> ListChannelsResponse:
        raise NotImplementedError

    async def list_dashboards(
        self,
        context: RequestContext,
        *,
        name_prefix: DashboardName | None = None,
        type: DashboardType | None = None,
        next_token: PaginationToken | None = None,
        max_results: ListDashboardsMaxResultsCount | None = None,
    ) -> ListDashboardsResponse:
        raise NotImplementedError

    async def list_event_data_stores(
        self,
        context: RequestContext,
        *,
        next_token: PaginationToken | None = None,
        max_results: ListEventDataStoresMaxResultsCount | None = None,
    ) -> ListEventDataStoresResponse:
        raise NotImplementedError

    async def list_import_failures(
        self,
        context: RequestContext,
        *,
        import_id: UUID,
        max_results: ListImportFailuresMaxResultsCount | None = None,
        next_token: PaginationToken | None = None,
    ) -> ListImportFailuresResponse:
        raise NotImplementedError

    async def list_imports(
        self,
        context: RequestContext,
        *,
        max_results: ListImportsMaxResultsCount | None = None,
        destination: EventDataStoreArn | None = None,
        import_status: ImportStatus | None = None,
        next_token: PaginationToken | None = None,
    ) -> ListImportsResponse:
        raise NotImplementedError

    async def list_insights_data(
        self,
        context: RequestContext,
        *,
        insight_source: ResourceArn,
        data_type: ListInsightsDataType,
        dimensions: ListInsightsDataDimensions | None = None,
        start_time: Date | None = None,
        end_time: Date | None = None,
        max_results: ListInsightsDataMaxResultsCount | None = None,
        next_token: PaginationToken | None = None,
    ) -> ListInsightsDataResponse:
        raise NotImplementedError

    async def list_insights_metric_data(
        self,
        context: RequestContext,
        *,
        event_source: EventSource,
        event_name: EventName,
        insight_type: InsightType,
        trail_name: String | None = None,
        error_code: ErrorCode | None = None,
        start_time: Date | None = None,
        end_time: Date | None = None,
        period: InsightsMetricPeriod | None = None,
        data_type: InsightsMetricDataType | None = None,
        max_results: InsightsMetricMaxResults | None = None,
        next_token: InsightsMetricNextToken | None = None,
    ) -> ListInsightsMetricDataResponse:
        raise NotImplementedError

    async def list_public_keys(
        self,
        context: RequestContext,
        *,
        start_time: Date | None = None,
        end_time: Date | None = None,
        next_token: String | None = None,
    ) -> ListPublicKeysResponse:
        raise NotImplementedError

    async def list_queries(
        self,
        context: RequestContext,
        *,
        event_data_store: EventDataStoreArn,
        next_token: PaginationToken | None = None,
        max_results: ListQueriesMaxResultsCount | None = None,
        start_time: Date | None = None,
        end_time: Date | None = None,
        query_status: QueryStatus | None = None,
    ) -> ListQueriesResponse:
        raise NotImplementedError

    async def list_tags(
        self, context: RequestContext, *, resource_id_list: ResourceIdList, next_token: String | None = None
    ) -> ListTagsResponse:
        raise NotImplementedError

    async def list_trails(
        self, context: RequestContext, *, next_token: String | None = None
    ) -> ListTrailsResponse:
        raise NotImplementedError

    async def lookup_events(
        self,
        context: RequestContext,
        *,
        lookup_attributes: LookupAttributesList | None = None,
        start_time: Date | None = None,
        end_time: Date | None = None,
        event_category: EventCategory | None = None,
        max_results: MaxResults | None = None,
        next_token: NextToken | None = None,
    ) -> LookupEventsResponse:
        raise NotImplementedError

    async def put_event_configuration(
        self,
        context: RequestContext,
        *,
        trail_name: String | None = None,
        event_data_store: String | None = None,
        max_event_size: MaxEventSize | None = None,
        context_key_selectors: ContextKeySelectors | None = None,
        aggregation_configurations: AggregationConfigurations | None = None,
    ) -> PutEventConfigurationResponse:
        raise NotImplementedError

    async def put_event_selectors(
        self,
        context: RequestContext,
        *,
        trail_name: String,
        event_selectors: EventSelectors | None = None,
        advanced_event_selectors: AdvancedEventSelectors | None = None,
    ) -> PutEventSelectorsResponse:
        raise NotImplementedError

    async def put_insight_selectors(
        self,
        context: RequestContext,
        *,
        insight_selectors: InsightSelectors,
        trail_name: String | None = None,
        event_data_store: EventDataStoreArn | None = None,
        insights_destination: EventDataStoreArn | None = None,
    ) -> PutInsightSelectorsResponse:
        raise NotImplementedError

    async def put_resource_policy(
        self, context: RequestContext, *, resource_arn: ResourceArn, resource_policy: ResourcePolicy
    ) -> PutResourcePolicyResponse:
        raise NotImplementedError

    async def register_organization_delegated_admin(
        self, context: RequestContext, *, member_account_id: AccountId
    ) -> RegisterOrganizationDelegatedAdminResponse:
        raise NotImplementedError

    async def remove_tags(
        self, context: RequestContext, *, resource_id: String, tags_list: TagsList
    ) -> RemoveTagsResponse:
        raise NotImplementedError

    async def restore_event_data_store(
        self, context: RequestContext, *, event_data_store: EventDataStoreArn
    ) -> RestoreEventDataStoreResponse:
        raise NotImplementedError

    async def search_sample_queries(
        self,
        context: RequestContext,
        *,
        search_phrase: SearchSampleQueriesSearchPhrase,
        max_results: SearchSampleQueriesMaxResults | None = None,
        next_token: PaginationToken | None = None,
    ) -> SearchSampleQueriesResponse:
        raise NotImplementedError

    async def start_dashboard_refresh(
        self,
        context: RequestContext,
        *,
        dashboard_id: DashboardArn,
        query_parameter_values: QueryParameterValues | None = None,
    ) -> StartDashboardRefreshResponse:
        raise NotImplementedError

    async def start_event_data_store_ingestion(
        self, context: RequestContext, *, event_data_store: EventDataStoreArn
    ) -> StartEventDataStoreIngestionResponse:
        raise NotImplementedError

    async def start_import(
        self,
        context: RequestContext,
        *,
        destinations: ImportDestinations | None = None,
        import_source: ImportSource | None = None,
        start_event_time: Date | None = None,
        end_event_time: Date | None = None,
        import_id: UUID | None = None,
    ) -> StartImportResponse:
        raise NotImplementedError

    async def start_logging(self, context: RequestContext, *, name: String) -> StartLoggingResponse:
        raise NotImplementedError

    async def start_query(
        self,
        context: RequestContext,
        *,
        query_statement: QueryStatement | None = None,
        delivery_s3_uri: DeliveryS3Uri | None = None,
        query_alias: QueryAlias | None = None,
        query_parameters: QueryParameters | None = None,
        event_data_store_owner_account_id: AccountId | None = None,
    ) -> StartQueryResponse:
        raise NotImplementedError

    async def stop_event_data_store_ingestion(
        self, context: RequestContext, *, event_data_store: EventDataStoreArn
    ) -> StopEventDataStoreIngestionResponse:
        raise NotImplementedError

    async def stop_import(self, context: RequestContext, *, import_id: UUID) -> StopImportResponse:
        raise NotImplementedError

    async def stop_logging(self, context: RequestContext, *, name: String) -> StopLoggingResponse:
        raise NotImplementedError

    async def update_channel(
        self,
        context: RequestContext,
        *,
        channel: ChannelArn,
        destinations: Destinations | None = None,
        name: ChannelName | None = None,
    ) -> UpdateChannelResponse:
        raise NotImplementedError

    async def update_dashboard(
        self,
        context: RequestContext,
        *,
        dashboard_id: DashboardArn,
        widgets: RequestWidgetList | None = None,
        refresh_schedule: RefreshSchedule | None = None,
        termination_protection_enabled: TerminationProtectionEnabled | None = None,
    ) -> UpdateDashboardResponse:
        raise NotImplementedError

    async def update_event_data_store(
        self,
        context: RequestContext,
        *,
        event_data_store: EventDataStoreArn,
        name: EventDataStoreName | None = None,
        advanced_event_selectors: AdvancedEventSelectors | None = None,
        multi_region_enabled: Boolean | None = None,
        organization_enabled: Boolean | None = None,
        retention_period: RetentionPeriod | None = None,
        termination_protection_enabled: TerminationProtectionEnabled | None = None,
        kms_key_id: EventDataStoreKmsKeyId | None = None,
        billing_mode: BillingMode | None = None,
    ) -> UpdateEventDataStoreResponse:
        raise NotImplementedError

    async def update_trail(
        self,
        context: RequestContext,
        *,
        name: String,
        s3_bucket_name: String | None = None,
        s3_key_prefix: String | None = None,
        sns_topic_name: String | None = None,
        include_global_service_events: Boolean | None = None,
        is_multi_region_trail: Boolean | None = None,
        enable_log_file_validation: Boolean | None = None,
        cloud_watch_logs_log_group_arn: String | None = None,
        cloud_watch_logs_role_arn: String | None = None,
        kms_key_id: String | None = None,
        is_organization_trail: Boolean | None = None,
    ) -> UpdateTrailResponse:
        raise NotImplementedError
