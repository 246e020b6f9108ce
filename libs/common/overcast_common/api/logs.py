# Generated from botocore 1.43.11's logs model (API 2014-03-28).
# Do not edit: regenerate with `python -m overcast_common.codegen logs`.
"""Typed API of Amazon CloudWatch Logs: shapes, errors and ``LogsApi``."""

from __future__ import annotations

from typing import Any, ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi, omit_none

AccessPolicy = str
AccountId = str
AccountPolicyDocument = str
ActionStatus = str
AddKeyValue = str
AllowedActionForAllowVendedLogsDeliveryForResource = str
AmazonResourceName = str
AnomalyDetectorArn = str
AnomalyDetectorStatus = str
AnomalyId = str
AnomalyVisibilityTime = int
ApplyOnTransformedLogs = bool
Arn = str
Baseline = bool
BatchId = str
BearerTokenAuthenticationEnabled = bool
Boolean = bool
BytesScannedValue = float
ClientToken = str
CollectionRetentionDays = int
Column = str
Count = int
Data = bytes
DataProtectionPolicyDocument = str
DataProtectionStatus = str
DataSourceName = str
DataSourceType = str
DataType = str
Days = int
DefaultValue = float
DeletionProtectionEnabled = bool
Delimiter = str
DeliveryDestinationName = str
DeliveryDestinationPolicy = str
DeliveryDestinationType = str
DeliveryId = str
DeliverySourceConfigurationKey = str
DeliverySourceConfigurationNumericValue = float
DeliverySourceConfigurationSchemaField = str
DeliverySourceConfigurationSchemaValueType = str
DeliverySourceConfigurationValue = str
DeliverySourceName = str
DeliverySourceStatus = str
DeliverySourceStatusReason = str
DeliverySuffixPath = str
Descending = bool
DescribeLimit = int
DescribeLookupTablesMaxResults = int
DescribeQueriesMaxResults = int
Description = str
DestinationArn = str
DestinationField = str
DestinationName = str
DetectorKmsKeyArn = str
DetectorName = str
DimensionsKey = str
DimensionsValue = str
Distribution = str
DynamicTokenPosition = int
EncryptionKey = str
EntityAttributesKey = str
EntityAttributesValue = str
EntityKeyAttributesKey = str
EntityKeyAttributesValue = str
EntityRejectionErrorType = str
EpochMillis = int
ErrorMessage = str
EvaluationFrequency = str
EventId = str
EventMessage = str
EventNumber = int
EventSource = str
EventsLimit = int
EventsLimitStartQuery = int
ExecutionStatus = str
ExpectedRevisionId = str
ExportDestinationBucket = str
ExportDestinationPrefix = str
ExportTaskId = str
ExportTaskName = str
ExportTaskStatusCode = str
ExportTaskStatusMessage = str
Field = str
FieldDelimiter = str
FieldHeader = str
FieldIndexName = str
FieldSelectionCriteria = str
FilterCount = int
FilterName = str
FilterPattern = str
Flatten = bool
FlattenedElement = str
Force = bool
ForceUpdate = bool
FromKey = str
GetQueryResultsMaxItems = int
GetQueryResultsNextToken = str
GetScheduledQueryHistoryMaxResults = int
GrokMatch = str
GroupingIdentifierKey = str
GroupingIdentifierValue = str
ImportId = str
ImportStatus = str
IncludeLinkedAccounts = bool
IndexSource = str
IndexType = str
InferredTokenName = str
InheritedProperty = str
Integer = int
IntegrationName = str
IntegrationNamePrefix = str
IntegrationStatus = str
IntegrationStatusMessage = str
IntegrationType = str
Interleaved = bool
IsSampled = bool
Key = str
KeyPrefix = str
KeyValueDelimiter = str
KmsKeyId = str
ListAggregateLogGroupSummariesGroupBy = str
ListAnomaliesLimit = int
ListLimit = int
ListLogAnomalyDetectorsLimit = int
ListLogGroupsForQueryMaxResults = int
ListLogGroupsRequestLimit = int
ListScheduledQueriesMaxResults = int
ListSourcesForS3TableIntegrationMaxResults = int
Locale = str
LogEventIndex = int
LogFieldName = str
LogGroupArn = str
LogGroupClass = str
LogGroupCount = int
LogGroupIdentifier = str
LogGroupName = str
LogGroupNamePattern = str
LogGroupNameRegexPattern = str
LogObjectPointer = str
LogRecordPointer = str
LogStreamName = str
LogStreamSearchedCompletely = bool
LogType = str
LookupTableDescription = str
LookupTableName = str
MappingVersion = str
MatchPattern = str
Message = str
MetricName = str
MetricNamespace = str
MetricValue = str
NextToken = str
NonMatchValue = str
OCSFVersion = str
OpenSearchApplicationEndpoint = str
OpenSearchApplicationId = str
OpenSearchCollectionEndpoint = str
OpenSearchDataSourceName = str
OpenSearchPolicyName = str
OpenSearchResourceStatusType = str
OpenSearchWorkspaceId = str
OrderBy = str
OutputFormat = str
OverwriteIfExists = bool
ParserFieldDelimiter = str
PatternId = str
PatternRegex = str
PatternString = str
Percentage = int
PolicyDocument = str
PolicyName = str
PolicyScope = str
PolicyType = str
Priority = str
QueryCharOffset = int
QueryDefinitionName = str
QueryDefinitionString = str
QueryDuration = int
QueryId = str
QueryLanguage = str
QueryListMaxResults = int
QueryParameterDefaultValue = str
QueryParameterDescription = str
QueryParameterName = str
QueryStatus = str
QueryString = str
QuoteCharacter = str
RecordsCount = int
RenameTo = str
RequestId = str
ResourceIdentifier = str
ResourceType = str
RoleArn = str
S3TableIntegrationSourceIdentifier = str
S3TableIntegrationSourceStatus = str
S3TableIntegrationSourceStatusReason = str
S3TablesDatasourceName = str
S3TablesDatasourceType = str
S3Uri = str
ScheduleExpression = str
ScheduleTimezone = str
ScheduledQueryDescription = str
ScheduledQueryDestinationType = str
ScheduledQueryIdentifier = str
ScheduledQueryName = str
ScheduledQueryState = str
Scope = str
SelectionCriteria = str
SequenceToken = str
Service = str
SessionId = str
Source = str
SourceTimezone = str
SplitStringDelimiter = str
StandardUnit = str
StartFromHead = bool
StartTimeOffset = int
State = str
StatsValue = float
StoredBytes = int
String = str
Success = bool
SuppressionState = str
SuppressionType = str
SuppressionUnit = str
SystemField = str
TableBody = str
TagFilterKey = str
TagFilterValue = str
TagKey = str
TagValue = str
Target = str
TargetArn = str
TargetFormat = str
TargetTimezone = str
Time = str
Timestamp = int
ToKey = str
Token = str
TokenString = str
TokenValue = int
TransformedEventMessage = str
Type = str
Unmask = bool
UserIdentity = str
Value = str
ValueKey = str
WithKey = str


class ActionStatusValues:
    IN_PROGRESS: Final = "IN_PROGRESS"
    CLIENT_ERROR: Final = "CLIENT_ERROR"
    FAILED: Final = "FAILED"
    COMPLETE: Final = "COMPLETE"


class AnomalyDetectorStatusValues:
    INITIALIZING: Final = "INITIALIZING"
    TRAINING: Final = "TRAINING"
    ANALYZING: Final = "ANALYZING"
    FAILED: Final = "FAILED"
    DELETED: Final = "DELETED"
    PAUSED: Final = "PAUSED"


class DataProtectionStatusValues:
    ACTIVATED: Final = "ACTIVATED"
    DELETED: Final = "DELETED"
    ARCHIVED: Final = "ARCHIVED"
    DISABLED: Final = "DISABLED"


class DeliveryDestinationTypeValues:
    S3: Final = "S3"
    CWL: Final = "CWL"
    FH: Final = "FH"
    XRAY: Final = "XRAY"


class DeliverySourceConfigurationSchemaValueTypeValues:
    string: Final = "string"
    boolean: Final = "boolean"
    int: Final = "int"
    double: Final = "double"
    long: Final = "long"


class DeliverySourceStatusValues:
    ACTIVE: Final = "ACTIVE"
    INACTIVE: Final = "INACTIVE"


class DeliverySourceStatusReasonValues:
    RESOURCE_DELETED: Final = "RESOURCE_DELETED"


class DistributionValues:
    Random: Final = "Random"
    ByLogStream: Final = "ByLogStream"


class EntityRejectionErrorTypeValues:
    InvalidEntity: Final = "InvalidEntity"
    InvalidTypeValue: Final = "InvalidTypeValue"
    InvalidKeyAttributes: Final = "InvalidKeyAttributes"
    InvalidAttributes: Final = "InvalidAttributes"
    EntitySizeTooLarge: Final = "EntitySizeTooLarge"
    UnsupportedLogGroupType: Final = "UnsupportedLogGroupType"
    MissingRequiredFields: Final = "MissingRequiredFields"


class EvaluationFrequencyValues:
    ONE_MIN: Final = "ONE_MIN"
    FIVE_MIN: Final = "FIVE_MIN"
    TEN_MIN: Final = "TEN_MIN"
    FIFTEEN_MIN: Final = "FIFTEEN_MIN"
    THIRTY_MIN: Final = "THIRTY_MIN"
    ONE_HOUR: Final = "ONE_HOUR"


class EventSourceValues:
    CloudTrail: Final = "CloudTrail"
    Route53Resolver: Final = "Route53Resolver"
    VPCFlow: Final = "VPCFlow"
    EKSAudit: Final = "EKSAudit"
    AWSWAF: Final = "AWSWAF"


class ExecutionStatusValues:
    Running: Final = "Running"
    InvalidQuery: Final = "InvalidQuery"
    Complete: Final = "Complete"
    Failed: Final = "Failed"
    Timeout: Final = "Timeout"


class ExportTaskStatusCodeValues:
    CANCELLED: Final = "CANCELLED"
    COMPLETED: Final = "COMPLETED"
    FAILED: Final = "FAILED"
    PENDING: Final = "PENDING"
    PENDING_CANCEL: Final = "PENDING_CANCEL"
    RUNNING: Final = "RUNNING"


class FlattenedElementValues:
    first: Final = "first"
    last: Final = "last"


class ImportStatusValues:
    IN_PROGRESS: Final = "IN_PROGRESS"
    CANCELLED: Final = "CANCELLED"
    COMPLETED: Final = "COMPLETED"
    FAILED: Final = "FAILED"


class IndexSourceValues:
    ACCOUNT: Final = "ACCOUNT"
    LOG_GROUP: Final = "LOG_GROUP"


class IndexTypeValues:
    FACET: Final = "FACET"
    FIELD_INDEX: Final = "FIELD_INDEX"


class InheritedPropertyValues:
    ACCOUNT_DATA_PROTECTION: Final = "ACCOUNT_DATA_PROTECTION"


class IntegrationStatusValues:
    PROVISIONING: Final = "PROVISIONING"
    ACTIVE: Final = "ACTIVE"
    FAILED: Final = "FAILED"


class IntegrationTypeValues:
    OPENSEARCH: Final = "OPENSEARCH"


class ListAggregateLogGroupSummariesGroupByValues:
    DATA_SOURCE_NAME_TYPE_AND_FORMAT: Final = "DATA_SOURCE_NAME_TYPE_AND_FORMAT"
    DATA_SOURCE_NAME_AND_TYPE: Final = "DATA_SOURCE_NAME_AND_TYPE"


class LogGroupClassValues:
    STANDARD: Final = "STANDARD"
    INFREQUENT_ACCESS: Final = "INFREQUENT_ACCESS"
    DELIVERY: Final = "DELIVERY"


class OCSFVersionValues:
    V1_1: Final = "V1.1"
    V1_5: Final = "V1.5"


class OpenSearchResourceStatusTypeValues:
    ACTIVE: Final = "ACTIVE"
    NOT_FOUND: Final = "NOT_FOUND"
    ERROR: Final = "ERROR"


class OrderByValues:
    LogStreamName: Final = "LogStreamName"
    LastEventTime: Final = "LastEventTime"


class OutputFormatValues:
    json: Final = "json"
    plain: Final = "plain"
    w3c: Final = "w3c"
    raw: Final = "raw"
    parquet: Final = "parquet"


class PolicyScopeValues:
    ACCOUNT: Final = "ACCOUNT"
    RESOURCE: Final = "RESOURCE"


class PolicyTypeValues:
    DATA_PROTECTION_POLICY: Final = "DATA_PROTECTION_POLICY"
    SUBSCRIPTION_FILTER_POLICY: Final = "SUBSCRIPTION_FILTER_POLICY"
    FIELD_INDEX_POLICY: Final = "FIELD_INDEX_POLICY"
    TRANSFORMER_POLICY: Final = "TRANSFORMER_POLICY"
    METRIC_EXTRACTION_POLICY: Final = "METRIC_EXTRACTION_POLICY"


class QueryLanguageValues:
    CWLI: Final = "CWLI"
    SQL: Final = "SQL"
    PPL: Final = "PPL"


class QueryStatusValues:
    Scheduled: Final = "Scheduled"
    Running: Final = "Running"
    Complete: Final = "Complete"
    Failed: Final = "Failed"
    Cancelled: Final = "Cancelled"
    Timeout: Final = "Timeout"
    Unknown: Final = "Unknown"


class S3TableIntegrationSourceStatusValues:
    ACTIVE: Final = "ACTIVE"
    UNHEALTHY: Final = "UNHEALTHY"
    FAILED: Final = "FAILED"
    DATA_SOURCE_DELETE_IN_PROGRESS: Final = "DATA_SOURCE_DELETE_IN_PROGRESS"


class ScheduledQueryDestinationTypeValues:
    S3: Final = "S3"


class ScheduledQueryStateValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class ScopeValues:
    ALL: Final = "ALL"


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


class StateValues:
    Active: Final = "Active"
    Suppressed: Final = "Suppressed"
    Baseline: Final = "Baseline"


class SuppressionStateValues:
    SUPPRESSED: Final = "SUPPRESSED"
    UNSUPPRESSED: Final = "UNSUPPRESSED"


class SuppressionTypeValues:
    LIMITED: Final = "LIMITED"
    INFINITE: Final = "INFINITE"


class SuppressionUnitValues:
    SECONDS: Final = "SECONDS"
    MINUTES: Final = "MINUTES"
    HOURS: Final = "HOURS"


class TypeValues:
    boolean: Final = "boolean"
    integer: Final = "integer"
    double: Final = "double"
    string: Final = "string"


class AccountPolicy(TypedDict):
    policyName: NotRequired[PolicyName]
    policyDocument: NotRequired[AccountPolicyDocument]
    lastUpdatedTime: NotRequired[Timestamp]
    policyType: NotRequired[PolicyType]
    scope: NotRequired[Scope]
    selectionCriteria: NotRequired[SelectionCriteria]
    accountId: NotRequired[AccountId]


class AddKeyEntry(TypedDict):
    key: Key
    value: AddKeyValue
    overwriteIfExists: NotRequired[OverwriteIfExists]


class AddKeys(TypedDict):
    entries: AddKeyEntries


class AggregateLogGroupSummary(TypedDict):
    logGroupCount: NotRequired[LogGroupCount]
    groupingIdentifiers: NotRequired[GroupingIdentifiers]


class Anomaly(TypedDict):
    anomalyId: AnomalyId
    patternId: PatternId
    anomalyDetectorArn: AnomalyDetectorArn
    patternString: PatternString
    patternRegex: NotRequired[PatternRegex]
    priority: NotRequired[Priority]
    firstSeen: EpochMillis
    lastSeen: EpochMillis
    description: Description
    active: Boolean
    state: State
    histogram: Histogram
    logSamples: LogSamples
    patternTokens: PatternTokens
    logGroupArnList: LogGroupArnList
    suppressed: NotRequired[Boolean]
    suppressedDate: NotRequired[EpochMillis]
    suppressedUntil: NotRequired[EpochMillis]
    isPatternLevelSuppression: NotRequired[Boolean]


class AnomalyDetector(TypedDict):
    anomalyDetectorArn: NotRequired[AnomalyDetectorArn]
    detectorName: NotRequired[DetectorName]
    logGroupArnList: NotRequired[LogGroupArnList]
    evaluationFrequency: NotRequired[EvaluationFrequency]
    filterPattern: NotRequired[FilterPattern]
    anomalyDetectorStatus: NotRequired[AnomalyDetectorStatus]
    kmsKeyId: NotRequired[KmsKeyId]
    creationTimeStamp: NotRequired[EpochMillis]
    lastModifiedTimeStamp: NotRequired[EpochMillis]
    anomalyVisibilityTime: NotRequired[AnomalyVisibilityTime]


class AssociateKmsKeyRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    kmsKeyId: KmsKeyId
    resourceIdentifier: NotRequired[ResourceIdentifier]


class AssociateSourceToS3TableIntegrationRequest(TypedDict):
    integrationArn: Arn
    dataSource: DataSource


class AssociateSourceToS3TableIntegrationResponse(TypedDict):
    identifier: NotRequired[S3TableIntegrationSourceIdentifier]


class CSV(TypedDict):
    quoteCharacter: NotRequired[QuoteCharacter]
    delimiter: NotRequired[Delimiter]
    columns: NotRequired[Columns]
    source: NotRequired[Source]
    destination: NotRequired[DestinationField]


class CancelExportTaskRequest(TypedDict):
    taskId: ExportTaskId


class CancelImportTaskRequest(TypedDict):
    importId: ImportId


class CancelImportTaskResponse(TypedDict):
    importId: NotRequired[ImportId]
    importStatistics: NotRequired[ImportStatistics]
    importStatus: NotRequired[ImportStatus]
    creationTime: NotRequired[Timestamp]
    lastUpdatedTime: NotRequired[Timestamp]


class ConfigurationTemplate(TypedDict):
    service: NotRequired[Service]
    logType: NotRequired[LogType]
    resourceType: NotRequired[ResourceType]
    deliveryDestinationType: NotRequired[DeliveryDestinationType]
    defaultDeliveryConfigValues: NotRequired[ConfigurationTemplateDeliveryConfigValues]
    allowedFields: NotRequired[AllowedFields]
    allowedOutputFormats: NotRequired[OutputFormats]
    allowedActionForAllowVendedLogsDeliveryForResource: NotRequired[
        AllowedActionForAllowVendedLogsDeliveryForResource
    ]
    allowedFieldDelimiters: NotRequired[AllowedFieldDelimiters]
    allowedSuffixPathFields: NotRequired[RecordFields]
    deliverySourceConfiguration: NotRequired[DeliverySourceConfigurationSchemas]
    s3TablesIntegration: NotRequired[S3TablesIntegration]


class ConfigurationTemplateDeliveryConfigValues(TypedDict):
    recordFields: NotRequired[RecordFields]
    fieldDelimiter: NotRequired[FieldDelimiter]
    s3DeliveryConfiguration: NotRequired[S3DeliveryConfiguration]


class CopyValue(TypedDict):
    entries: CopyValueEntries


class CopyValueEntry(TypedDict):
    source: Source
    target: Target
    overwriteIfExists: NotRequired[OverwriteIfExists]


class CreateDeliveryRequest(TypedDict):
    deliverySourceName: DeliverySourceName
    deliveryDestinationArn: Arn
    recordFields: NotRequired[RecordFields]
    fieldDelimiter: NotRequired[FieldDelimiter]
    s3DeliveryConfiguration: NotRequired[S3DeliveryConfiguration]
    tags: NotRequired[Tags]


class CreateDeliveryResponse(TypedDict):
    delivery: NotRequired[Delivery]


CreateExportTaskRequest = TypedDict(
    "CreateExportTaskRequest",
    {
        "taskName": "NotRequired[ExportTaskName]",
        "logGroupName": "LogGroupName",
        "logStreamNamePrefix": "NotRequired[LogStreamName]",
        "from": "Timestamp",
        "to": "Timestamp",
        "destination": "ExportDestinationBucket",
        "destinationPrefix": "NotRequired[ExportDestinationPrefix]",
    },
)


class CreateExportTaskResponse(TypedDict):
    taskId: NotRequired[ExportTaskId]


class CreateImportTaskRequest(TypedDict):
    importSourceArn: Arn
    importRoleArn: RoleArn
    importFilter: NotRequired[ImportFilter]


class CreateImportTaskResponse(TypedDict):
    importId: NotRequired[ImportId]
    importDestinationArn: NotRequired[Arn]
    creationTime: NotRequired[Timestamp]


class CreateLogAnomalyDetectorRequest(TypedDict):
    logGroupArnList: LogGroupArnList
    detectorName: NotRequired[DetectorName]
    evaluationFrequency: NotRequired[EvaluationFrequency]
    filterPattern: NotRequired[FilterPattern]
    kmsKeyId: NotRequired[DetectorKmsKeyArn]
    anomalyVisibilityTime: NotRequired[AnomalyVisibilityTime]
    tags: NotRequired[Tags]


class CreateLogAnomalyDetectorResponse(TypedDict):
    anomalyDetectorArn: NotRequired[AnomalyDetectorArn]


class CreateLogGroupRequest(TypedDict):
    logGroupName: LogGroupName
    kmsKeyId: NotRequired[KmsKeyId]
    tags: NotRequired[Tags]
    logGroupClass: NotRequired[LogGroupClass]
    deletionProtectionEnabled: NotRequired[DeletionProtectionEnabled]


class CreateLogStreamRequest(TypedDict):
    logGroupName: LogGroupName
    logStreamName: LogStreamName


class CreateLookupTableRequest(TypedDict):
    lookupTableName: LookupTableName
    description: NotRequired[LookupTableDescription]
    tableBody: TableBody
    kmsKeyId: NotRequired[KmsKeyId]
    tags: NotRequired[Tags]


class CreateLookupTableResponse(TypedDict):
    lookupTableArn: NotRequired[Arn]
    createdAt: NotRequired[Timestamp]


class CreateScheduledQueryRequest(TypedDict):
    name: ScheduledQueryName
    description: NotRequired[ScheduledQueryDescription]
    queryLanguage: QueryLanguage
    queryString: QueryString
    logGroupIdentifiers: NotRequired[ScheduledQueryLogGroupIdentifiers]
    scheduleExpression: ScheduleExpression
    timezone: NotRequired[ScheduleTimezone]
    startTimeOffset: NotRequired[StartTimeOffset]
    destinationConfiguration: NotRequired[DestinationConfiguration]
    scheduleStartTime: NotRequired[Timestamp]
    scheduleEndTime: NotRequired[Timestamp]
    executionRoleArn: RoleArn
    state: NotRequired[ScheduledQueryState]
    tags: NotRequired[Tags]


class CreateScheduledQueryResponse(TypedDict):
    scheduledQueryArn: NotRequired[Arn]
    state: NotRequired[ScheduledQueryState]


class DataSource(TypedDict):
    name: DataSourceName
    type: NotRequired[DataSourceType]


class DataSourceFilter(TypedDict):
    name: DataSourceName
    type: NotRequired[DataSourceType]


class DateTimeConverter(TypedDict):
    source: Source
    target: Target
    targetFormat: NotRequired[TargetFormat]
    matchPatterns: MatchPatterns
    sourceTimezone: NotRequired[SourceTimezone]
    targetTimezone: NotRequired[TargetTimezone]
    locale: NotRequired[Locale]


class DeleteAccountPolicyRequest(TypedDict):
    policyName: PolicyName
    policyType: PolicyType


class DeleteDataProtectionPolicyRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier


class DeleteDeliveryDestinationPolicyRequest(TypedDict):
    deliveryDestinationName: DeliveryDestinationName


class DeleteDeliveryDestinationRequest(TypedDict):
    name: DeliveryDestinationName


class DeleteDeliveryRequest(TypedDict):
    id: DeliveryId


class DeleteDeliverySourceRequest(TypedDict):
    name: DeliverySourceName


class DeleteDestinationRequest(TypedDict):
    destinationName: DestinationName


class DeleteIndexPolicyRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier


class DeleteIndexPolicyResponse(TypedDict):
    pass


class DeleteIntegrationRequest(TypedDict):
    integrationName: IntegrationName
    force: NotRequired[Force]


class DeleteIntegrationResponse(TypedDict):
    pass


class DeleteKeys(TypedDict):
    withKeys: DeleteWithKeys


class DeleteLogAnomalyDetectorRequest(TypedDict):
    anomalyDetectorArn: AnomalyDetectorArn


class DeleteLogGroupRequest(TypedDict):
    logGroupName: LogGroupName


class DeleteLogStreamRequest(TypedDict):
    logGroupName: LogGroupName
    logStreamName: LogStreamName


class DeleteLookupTableRequest(TypedDict):
    lookupTableArn: Arn


class DeleteMetricFilterRequest(TypedDict):
    logGroupName: LogGroupName
    filterName: FilterName


class DeleteQueryDefinitionRequest(TypedDict):
    queryDefinitionId: QueryId


class DeleteQueryDefinitionResponse(TypedDict):
    success: NotRequired[Success]


class DeleteResourcePolicyRequest(TypedDict):
    policyName: NotRequired[PolicyName]
    resourceArn: NotRequired[Arn]
    expectedRevisionId: NotRequired[ExpectedRevisionId]


class DeleteRetentionPolicyRequest(TypedDict):
    logGroupName: LogGroupName


class DeleteScheduledQueryRequest(TypedDict):
    identifier: ScheduledQueryIdentifier


class DeleteScheduledQueryResponse(TypedDict):
    pass


class DeleteSubscriptionFilterRequest(TypedDict):
    logGroupName: LogGroupName
    filterName: FilterName


class DeleteTransformerRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier


class Delivery(TypedDict):
    id: NotRequired[DeliveryId]
    arn: NotRequired[Arn]
    deliverySourceName: NotRequired[DeliverySourceName]
    deliveryDestinationArn: NotRequired[Arn]
    deliveryDestinationType: NotRequired[DeliveryDestinationType]
    recordFields: NotRequired[RecordFields]
    fieldDelimiter: NotRequired[FieldDelimiter]
    s3DeliveryConfiguration: NotRequired[S3DeliveryConfiguration]
    tags: NotRequired[Tags]


class DeliveryDestination(TypedDict):
    name: NotRequired[DeliveryDestinationName]
    arn: NotRequired[Arn]
    deliveryDestinationType: NotRequired[DeliveryDestinationType]
    outputFormat: NotRequired[OutputFormat]
    deliveryDestinationConfiguration: NotRequired[DeliveryDestinationConfiguration]
    tags: NotRequired[Tags]


class DeliveryDestinationConfiguration(TypedDict):
    destinationResourceArn: Arn


class DeliverySource(TypedDict):
    name: NotRequired[DeliverySourceName]
    arn: NotRequired[Arn]
    resourceArns: NotRequired[ResourceArns]
    service: NotRequired[Service]
    logType: NotRequired[LogType]
    tags: NotRequired[Tags]
    deliverySourceConfiguration: NotRequired[DeliverySourceConfiguration]
    status: NotRequired[DeliverySourceStatus]
    statusReason: NotRequired[DeliverySourceStatusReason]


class DeliverySourceConfigurationSchema(TypedDict):
    keyName: DeliverySourceConfigurationSchemaField
    valueType: DeliverySourceConfigurationSchemaValueType
    defaultValue: DeliverySourceConfigurationSchemaField
    supportedValues: NotRequired[DeliverySourceConfigurationSupportedValues]
    minValue: NotRequired[DeliverySourceConfigurationNumericValue]
    maxValue: NotRequired[DeliverySourceConfigurationNumericValue]


class DescribeAccountPoliciesRequest(TypedDict):
    policyType: PolicyType
    policyName: NotRequired[PolicyName]
    accountIdentifiers: NotRequired[AccountIds]
    nextToken: NotRequired[NextToken]


class DescribeAccountPoliciesResponse(TypedDict):
    accountPolicies: NotRequired[AccountPolicies]
    nextToken: NotRequired[NextToken]


class DescribeConfigurationTemplatesRequest(TypedDict):
    service: NotRequired[Service]
    logTypes: NotRequired[LogTypes]
    resourceTypes: NotRequired[ResourceTypes]
    deliveryDestinationTypes: NotRequired[DeliveryDestinationTypes]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeConfigurationTemplatesResponse(TypedDict):
    configurationTemplates: NotRequired[ConfigurationTemplates]
    nextToken: NotRequired[NextToken]


class DescribeDeliveriesRequest(TypedDict):
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeDeliveriesResponse(TypedDict):
    deliveries: NotRequired[Deliveries]
    nextToken: NotRequired[NextToken]


class DescribeDeliveryDestinationsRequest(TypedDict):
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeDeliveryDestinationsResponse(TypedDict):
    deliveryDestinations: NotRequired[DeliveryDestinations]
    nextToken: NotRequired[NextToken]


class DescribeDeliverySourcesRequest(TypedDict):
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeDeliverySourcesResponse(TypedDict):
    deliverySources: NotRequired[DeliverySources]
    nextToken: NotRequired[NextToken]


class DescribeDestinationsRequest(TypedDict):
    DestinationNamePrefix: NotRequired[DestinationName]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeDestinationsResponse(TypedDict):
    destinations: NotRequired[Destinations]
    nextToken: NotRequired[NextToken]


class DescribeExportTasksRequest(TypedDict):
    taskId: NotRequired[ExportTaskId]
    statusCode: NotRequired[ExportTaskStatusCode]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeExportTasksResponse(TypedDict):
    exportTasks: NotRequired[ExportTasks]
    nextToken: NotRequired[NextToken]


class DescribeFieldIndexesRequest(TypedDict):
    logGroupIdentifiers: DescribeFieldIndexesLogGroupIdentifiers
    nextToken: NotRequired[NextToken]


class DescribeFieldIndexesResponse(TypedDict):
    fieldIndexes: NotRequired[FieldIndexes]
    nextToken: NotRequired[NextToken]


class DescribeImportTaskBatchesRequest(TypedDict):
    importId: ImportId
    batchImportStatus: NotRequired[ImportStatusList]
    limit: NotRequired[DescribeLimit]
    nextToken: NotRequired[NextToken]


class DescribeImportTaskBatchesResponse(TypedDict):
    importSourceArn: NotRequired[Arn]
    importId: NotRequired[ImportId]
    importBatches: NotRequired[ImportBatchList]
    nextToken: NotRequired[NextToken]


class DescribeImportTasksRequest(TypedDict):
    importId: NotRequired[ImportId]
    importStatus: NotRequired[ImportStatus]
    importSourceArn: NotRequired[Arn]
    limit: NotRequired[DescribeLimit]
    nextToken: NotRequired[NextToken]


class DescribeImportTasksResponse(TypedDict):
    imports: NotRequired[ImportList]
    nextToken: NotRequired[NextToken]


class DescribeIndexPoliciesRequest(TypedDict):
    logGroupIdentifiers: DescribeIndexPoliciesLogGroupIdentifiers
    nextToken: NotRequired[NextToken]


class DescribeIndexPoliciesResponse(TypedDict):
    indexPolicies: NotRequired[IndexPolicies]
    nextToken: NotRequired[NextToken]


class DescribeLogGroupsRequest(TypedDict):
    accountIdentifiers: NotRequired[AccountIds]
    logGroupNamePrefix: NotRequired[LogGroupName]
    logGroupNamePattern: NotRequired[LogGroupNamePattern]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]
    includeLinkedAccounts: NotRequired[IncludeLinkedAccounts]
    logGroupClass: NotRequired[LogGroupClass]
    logGroupIdentifiers: NotRequired[DescribeLogGroupsLogGroupIdentifiers]


class DescribeLogGroupsResponse(TypedDict):
    logGroups: NotRequired[LogGroups]
    nextToken: NotRequired[NextToken]


class DescribeLogStreamsRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    logStreamNamePrefix: NotRequired[LogStreamName]
    orderBy: NotRequired[OrderBy]
    descending: NotRequired[Descending]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeLogStreamsResponse(TypedDict):
    logStreams: NotRequired[LogStreams]
    nextToken: NotRequired[NextToken]


class DescribeLookupTablesRequest(TypedDict):
    lookupTableNamePrefix: NotRequired[LookupTableName]
    maxResults: NotRequired[DescribeLookupTablesMaxResults]
    nextToken: NotRequired[NextToken]


class DescribeLookupTablesResponse(TypedDict):
    lookupTables: NotRequired[LookupTables]
    nextToken: NotRequired[NextToken]


class DescribeMetricFiltersRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    filterNamePrefix: NotRequired[FilterName]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]
    metricName: NotRequired[MetricName]
    metricNamespace: NotRequired[MetricNamespace]


class DescribeMetricFiltersResponse(TypedDict):
    metricFilters: NotRequired[MetricFilters]
    nextToken: NotRequired[NextToken]


class DescribeQueriesRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    status: NotRequired[QueryStatus]
    maxResults: NotRequired[DescribeQueriesMaxResults]
    nextToken: NotRequired[NextToken]
    queryLanguage: NotRequired[QueryLanguage]


class DescribeQueriesResponse(TypedDict):
    queries: NotRequired[QueryInfoList]
    nextToken: NotRequired[NextToken]


class DescribeQueryDefinitionsRequest(TypedDict):
    queryLanguage: NotRequired[QueryLanguage]
    queryDefinitionNamePrefix: NotRequired[QueryDefinitionName]
    maxResults: NotRequired[QueryListMaxResults]
    nextToken: NotRequired[NextToken]


class DescribeQueryDefinitionsResponse(TypedDict):
    queryDefinitions: NotRequired[QueryDefinitionList]
    nextToken: NotRequired[NextToken]


class DescribeResourcePoliciesRequest(TypedDict):
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]
    resourceArn: NotRequired[Arn]
    policyScope: NotRequired[PolicyScope]


class DescribeResourcePoliciesResponse(TypedDict):
    resourcePolicies: NotRequired[ResourcePolicies]
    nextToken: NotRequired[NextToken]


class DescribeSubscriptionFiltersRequest(TypedDict):
    logGroupName: LogGroupName
    filterNamePrefix: NotRequired[FilterName]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[DescribeLimit]


class DescribeSubscriptionFiltersResponse(TypedDict):
    subscriptionFilters: NotRequired[SubscriptionFilters]
    nextToken: NotRequired[NextToken]


class Destination(TypedDict):
    destinationName: NotRequired[DestinationName]
    targetArn: NotRequired[TargetArn]
    roleArn: NotRequired[RoleArn]
    accessPolicy: NotRequired[AccessPolicy]
    arn: NotRequired[Arn]
    creationTime: NotRequired[Timestamp]


class DestinationConfiguration(TypedDict):
    s3Configuration: S3Configuration


class DisassociateKmsKeyRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    resourceIdentifier: NotRequired[ResourceIdentifier]


class DisassociateSourceFromS3TableIntegrationRequest(TypedDict):
    identifier: S3TableIntegrationSourceIdentifier


class DisassociateSourceFromS3TableIntegrationResponse(TypedDict):
    identifier: NotRequired[S3TableIntegrationSourceIdentifier]


class Entity(TypedDict):
    keyAttributes: NotRequired[EntityKeyAttributes]
    attributes: NotRequired[EntityAttributes]


ExportTask = TypedDict(
    "ExportTask",
    {
        "taskId": "NotRequired[ExportTaskId]",
        "taskName": "NotRequired[ExportTaskName]",
        "logGroupName": "NotRequired[LogGroupName]",
        "from": "NotRequired[Timestamp]",
        "to": "NotRequired[Timestamp]",
        "destination": "NotRequired[ExportDestinationBucket]",
        "destinationPrefix": "NotRequired[ExportDestinationPrefix]",
        "status": "NotRequired[ExportTaskStatus]",
        "executionInfo": "NotRequired[ExportTaskExecutionInfo]",
    },
)


class ExportTaskExecutionInfo(TypedDict):
    creationTime: NotRequired[Timestamp]
    completionTime: NotRequired[Timestamp]


class ExportTaskStatus(TypedDict):
    code: NotRequired[ExportTaskStatusCode]
    message: NotRequired[ExportTaskStatusMessage]


class FieldIndex(TypedDict):
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    fieldIndexName: NotRequired[FieldIndexName]
    lastScanTime: NotRequired[Timestamp]
    firstEventTime: NotRequired[Timestamp]
    lastEventTime: NotRequired[Timestamp]
    type: NotRequired[IndexType]


class FieldsData(TypedDict):
    data: NotRequired[Data]


class FilterLogEventsRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    logStreamNames: NotRequired[InputLogStreamNames]
    logStreamNamePrefix: NotRequired[LogStreamName]
    startTime: NotRequired[Timestamp]
    endTime: NotRequired[Timestamp]
    filterPattern: NotRequired[FilterPattern]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[EventsLimit]
    interleaved: NotRequired[Interleaved]
    unmask: NotRequired[Unmask]


class FilterLogEventsResponse(TypedDict):
    events: NotRequired[FilteredLogEvents]
    searchedLogStreams: NotRequired[SearchedLogStreams]
    nextToken: NotRequired[NextToken]


class FilteredLogEvent(TypedDict):
    logStreamName: NotRequired[LogStreamName]
    timestamp: NotRequired[Timestamp]
    message: NotRequired[EventMessage]
    ingestionTime: NotRequired[Timestamp]
    eventId: NotRequired[EventId]


class GetDataProtectionPolicyRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier


class GetDataProtectionPolicyResponse(TypedDict):
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    policyDocument: NotRequired[DataProtectionPolicyDocument]
    lastUpdatedTime: NotRequired[Timestamp]


class GetDeliveryDestinationPolicyRequest(TypedDict):
    deliveryDestinationName: DeliveryDestinationName


class GetDeliveryDestinationPolicyResponse(TypedDict):
    policy: NotRequired[Policy]


class GetDeliveryDestinationRequest(TypedDict):
    name: DeliveryDestinationName


class GetDeliveryDestinationResponse(TypedDict):
    deliveryDestination: NotRequired[DeliveryDestination]


class GetDeliveryRequest(TypedDict):
    id: DeliveryId


class GetDeliveryResponse(TypedDict):
    delivery: NotRequired[Delivery]


class GetDeliverySourceRequest(TypedDict):
    name: DeliverySourceName


class GetDeliverySourceResponse(TypedDict):
    deliverySource: NotRequired[DeliverySource]


class GetIntegrationRequest(TypedDict):
    integrationName: IntegrationName


class GetIntegrationResponse(TypedDict):
    integrationName: NotRequired[IntegrationName]
    integrationType: NotRequired[IntegrationType]
    integrationStatus: NotRequired[IntegrationStatus]
    integrationDetails: NotRequired[IntegrationDetails]


class GetLogAnomalyDetectorRequest(TypedDict):
    anomalyDetectorArn: AnomalyDetectorArn


class GetLogAnomalyDetectorResponse(TypedDict):
    detectorName: NotRequired[DetectorName]
    logGroupArnList: NotRequired[LogGroupArnList]
    evaluationFrequency: NotRequired[EvaluationFrequency]
    filterPattern: NotRequired[FilterPattern]
    anomalyDetectorStatus: NotRequired[AnomalyDetectorStatus]
    kmsKeyId: NotRequired[KmsKeyId]
    creationTimeStamp: NotRequired[EpochMillis]
    lastModifiedTimeStamp: NotRequired[EpochMillis]
    anomalyVisibilityTime: NotRequired[AnomalyVisibilityTime]


class GetLogEventsRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    logStreamName: LogStreamName
    startTime: NotRequired[Timestamp]
    endTime: NotRequired[Timestamp]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[EventsLimit]
    startFromHead: NotRequired[StartFromHead]
    unmask: NotRequired[Unmask]


class GetLogEventsResponse(TypedDict):
    events: NotRequired[OutputLogEvents]
    nextForwardToken: NotRequired[NextToken]
    nextBackwardToken: NotRequired[NextToken]


class GetLogFieldsRequest(TypedDict):
    dataSourceName: DataSourceName
    dataSourceType: DataSourceType


class GetLogFieldsResponse(TypedDict):
    logFields: NotRequired[LogFieldsList]


class GetLogGroupFieldsRequest(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    time: NotRequired[Timestamp]
    logGroupIdentifier: NotRequired[LogGroupIdentifier]


class GetLogGroupFieldsResponse(TypedDict):
    logGroupFields: NotRequired[LogGroupFieldList]


class GetLogObjectRequest(TypedDict):
    unmask: NotRequired[Unmask]
    logObjectPointer: LogObjectPointer


class GetLogObjectResponse(TypedDict):
    fieldStream: NotRequired[GetLogObjectResponseStream]


class GetLogObjectResponseStream(TypedDict):
    fields: NotRequired[FieldsData]
    InternalStreamingException: NotRequired[dict[str, Any]]


class GetLogRecordRequest(TypedDict):
    logRecordPointer: LogRecordPointer
    unmask: NotRequired[Unmask]


class GetLogRecordResponse(TypedDict):
    logRecord: NotRequired[LogRecord]


class GetLookupTableRequest(TypedDict):
    lookupTableArn: Arn


class GetLookupTableResponse(TypedDict):
    lookupTableArn: NotRequired[Arn]
    lookupTableName: NotRequired[LookupTableName]
    description: NotRequired[LookupTableDescription]
    tableBody: NotRequired[TableBody]
    sizeBytes: NotRequired[StoredBytes]
    lastUpdatedTime: NotRequired[Timestamp]
    kmsKeyId: NotRequired[KmsKeyId]


class GetQueryResultsRequest(TypedDict):
    queryId: QueryId
    nextToken: NotRequired[GetQueryResultsNextToken]
    maxItems: NotRequired[GetQueryResultsMaxItems]


class GetQueryResultsResponse(TypedDict):
    queryLanguage: NotRequired[QueryLanguage]
    results: NotRequired[QueryResults]
    statistics: NotRequired[QueryStatistics]
    status: NotRequired[QueryStatus]
    encryptionKey: NotRequired[EncryptionKey]
    nextToken: NotRequired[GetQueryResultsNextToken]


class GetScheduledQueryHistoryRequest(TypedDict):
    identifier: ScheduledQueryIdentifier
    startTime: Timestamp
    endTime: Timestamp
    executionStatuses: NotRequired[ExecutionStatusList]
    maxResults: NotRequired[GetScheduledQueryHistoryMaxResults]
    nextToken: NotRequired[NextToken]


class GetScheduledQueryHistoryResponse(TypedDict):
    name: NotRequired[ScheduledQueryName]
    scheduledQueryArn: NotRequired[Arn]
    triggerHistory: NotRequired[TriggerHistoryRecordList]
    nextToken: NotRequired[NextToken]


class GetScheduledQueryRequest(TypedDict):
    identifier: ScheduledQueryIdentifier


class GetScheduledQueryResponse(TypedDict):
    scheduledQueryArn: NotRequired[Arn]
    name: NotRequired[ScheduledQueryName]
    description: NotRequired[ScheduledQueryDescription]
    queryLanguage: NotRequired[QueryLanguage]
    queryString: NotRequired[QueryString]
    logGroupIdentifiers: NotRequired[ScheduledQueryLogGroupIdentifiers]
    scheduleExpression: NotRequired[ScheduleExpression]
    timezone: NotRequired[ScheduleTimezone]
    startTimeOffset: NotRequired[StartTimeOffset]
    destinationConfiguration: NotRequired[DestinationConfiguration]
    state: NotRequired[ScheduledQueryState]
    lastTriggeredTime: NotRequired[Timestamp]
    lastExecutionStatus: NotRequired[ExecutionStatus]
    scheduleStartTime: NotRequired[Timestamp]
    scheduleEndTime: NotRequired[Timestamp]
    executionRoleArn: NotRequired[RoleArn]
    creationTime: NotRequired[Timestamp]
    lastUpdatedTime: NotRequired[Timestamp]


class GetTransformerRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier


class GetTransformerResponse(TypedDict):
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    creationTime: NotRequired[Timestamp]
    lastModifiedTime: NotRequired[Timestamp]
    transformerConfig: NotRequired[Processors]


class Grok(TypedDict):
    source: NotRequired[Source]
    match: GrokMatch


class GroupingIdentifier(TypedDict):
    key: NotRequired[GroupingIdentifierKey]
    value: NotRequired[GroupingIdentifierValue]


class Import(TypedDict):
    importId: NotRequired[ImportId]
    importSourceArn: NotRequired[Arn]
    importStatus: NotRequired[ImportStatus]
    importDestinationArn: NotRequired[Arn]
    importStatistics: NotRequired[ImportStatistics]
    importFilter: NotRequired[ImportFilter]
    creationTime: NotRequired[Timestamp]
    lastUpdatedTime: NotRequired[Timestamp]
    errorMessage: NotRequired[ErrorMessage]


class ImportBatch(TypedDict):
    batchId: BatchId
    status: ImportStatus
    errorMessage: NotRequired[ErrorMessage]


class ImportFilter(TypedDict):
    startEventTime: NotRequired[Timestamp]
    endEventTime: NotRequired[Timestamp]


class ImportStatistics(TypedDict):
    bytesImported: NotRequired[StoredBytes]


class IndexPolicy(TypedDict):
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    lastUpdateTime: NotRequired[Timestamp]
    policyDocument: NotRequired[PolicyDocument]
    policyName: NotRequired[PolicyName]
    source: NotRequired[IndexSource]


class InputLogEvent(TypedDict):
    timestamp: Timestamp
    message: EventMessage


class IntegrationDetails(TypedDict):
    openSearchIntegrationDetails: NotRequired[OpenSearchIntegrationDetails]


class IntegrationSummary(TypedDict):
    integrationName: NotRequired[IntegrationName]
    integrationType: NotRequired[IntegrationType]
    integrationStatus: NotRequired[IntegrationStatus]


class ListAggregateLogGroupSummariesRequest(TypedDict):
    accountIdentifiers: NotRequired[AccountIds]
    includeLinkedAccounts: NotRequired[IncludeLinkedAccounts]
    logGroupClass: NotRequired[LogGroupClass]
    logGroupNamePattern: NotRequired[LogGroupNameRegexPattern]
    dataSources: NotRequired[DataSourceFilters]
    groupBy: ListAggregateLogGroupSummariesGroupBy
    nextToken: NotRequired[NextToken]
    limit: NotRequired[ListLogGroupsRequestLimit]


class ListAggregateLogGroupSummariesResponse(TypedDict):
    aggregateLogGroupSummaries: NotRequired[AggregateLogGroupSummaries]
    nextToken: NotRequired[NextToken]


class ListAnomaliesRequest(TypedDict):
    anomalyDetectorArn: NotRequired[AnomalyDetectorArn]
    suppressionState: NotRequired[SuppressionState]
    limit: NotRequired[ListAnomaliesLimit]
    nextToken: NotRequired[NextToken]


class ListAnomaliesResponse(TypedDict):
    anomalies: NotRequired[Anomalies]
    nextToken: NotRequired[NextToken]


class ListIntegrationsRequest(TypedDict):
    integrationNamePrefix: NotRequired[IntegrationNamePrefix]
    integrationType: NotRequired[IntegrationType]
    integrationStatus: NotRequired[IntegrationStatus]


class ListIntegrationsResponse(TypedDict):
    integrationSummaries: NotRequired[IntegrationSummaries]


class ListLogAnomalyDetectorsRequest(TypedDict):
    filterLogGroupArn: NotRequired[LogGroupArn]
    limit: NotRequired[ListLogAnomalyDetectorsLimit]
    nextToken: NotRequired[NextToken]


class ListLogAnomalyDetectorsResponse(TypedDict):
    anomalyDetectors: NotRequired[AnomalyDetectors]
    nextToken: NotRequired[NextToken]


class ListLogGroupsForQueryRequest(TypedDict):
    queryId: QueryId
    nextToken: NotRequired[NextToken]
    maxResults: NotRequired[ListLogGroupsForQueryMaxResults]


class ListLogGroupsForQueryResponse(TypedDict):
    logGroupIdentifiers: NotRequired[LogGroupIdentifiers]
    nextToken: NotRequired[NextToken]


class ListLogGroupsRequest(TypedDict):
    logGroupNamePattern: NotRequired[LogGroupNameRegexPattern]
    logGroupClass: NotRequired[LogGroupClass]
    includeLinkedAccounts: NotRequired[IncludeLinkedAccounts]
    accountIdentifiers: NotRequired[AccountIds]
    nextToken: NotRequired[NextToken]
    limit: NotRequired[ListLimit]
    dataSources: NotRequired[DataSourceFilters]
    fieldIndexNames: NotRequired[FieldIndexNames]
    logGroupTags: NotRequired[TagFilters]


class ListLogGroupsResponse(TypedDict):
    logGroups: NotRequired[LogGroupSummaries]
    nextToken: NotRequired[NextToken]


class ListScheduledQueriesRequest(TypedDict):
    maxResults: NotRequired[ListScheduledQueriesMaxResults]
    nextToken: NotRequired[NextToken]
    state: NotRequired[ScheduledQueryState]


class ListScheduledQueriesResponse(TypedDict):
    nextToken: NotRequired[NextToken]
    scheduledQueries: NotRequired[ScheduledQuerySummaryList]


class ListSourcesForS3TableIntegrationRequest(TypedDict):
    integrationArn: Arn
    maxResults: NotRequired[ListSourcesForS3TableIntegrationMaxResults]
    nextToken: NotRequired[NextToken]


class ListSourcesForS3TableIntegrationResponse(TypedDict):
    sources: NotRequired[S3TableIntegrationSources]
    nextToken: NotRequired[NextToken]


class ListTagsForResourceRequest(TypedDict):
    resourceArn: AmazonResourceName


class ListTagsForResourceResponse(TypedDict):
    tags: NotRequired[Tags]


class ListTagsLogGroupRequest(TypedDict):
    logGroupName: LogGroupName


class ListTagsLogGroupResponse(TypedDict):
    tags: NotRequired[Tags]


class ListToMap(TypedDict):
    source: Source
    key: Key
    valueKey: NotRequired[ValueKey]
    target: NotRequired[Target]
    flatten: NotRequired[Flatten]
    flattenedElement: NotRequired[FlattenedElement]


class LiveTailSessionLogEvent(TypedDict):
    logStreamName: NotRequired[LogStreamName]
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    message: NotRequired[EventMessage]
    timestamp: NotRequired[Timestamp]
    ingestionTime: NotRequired[Timestamp]


class LiveTailSessionMetadata(TypedDict):
    sampled: NotRequired[IsSampled]


class LiveTailSessionStart(TypedDict):
    requestId: NotRequired[RequestId]
    sessionId: NotRequired[SessionId]
    logGroupIdentifiers: NotRequired[StartLiveTailLogGroupIdentifiers]
    logStreamNames: NotRequired[InputLogStreamNames]
    logStreamNamePrefixes: NotRequired[InputLogStreamNames]
    logEventFilterPattern: NotRequired[FilterPattern]


class LiveTailSessionUpdate(TypedDict):
    sessionMetadata: NotRequired[LiveTailSessionMetadata]
    sessionResults: NotRequired[LiveTailSessionResults]


class LogEvent(TypedDict):
    timestamp: NotRequired[Timestamp]
    message: NotRequired[EventMessage]


class LogFieldType(TypedDict):
    type: NotRequired[DataType]
    element: NotRequired[LogFieldType]
    fields: NotRequired[LogFieldsList]


class LogFieldsListItem(TypedDict):
    logFieldName: NotRequired[LogFieldName]
    logFieldType: NotRequired[LogFieldType]


class LogGroup(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    creationTime: NotRequired[Timestamp]
    retentionInDays: NotRequired[Days]
    metricFilterCount: NotRequired[FilterCount]
    arn: NotRequired[Arn]
    storedBytes: NotRequired[StoredBytes]
    kmsKeyId: NotRequired[KmsKeyId]
    dataProtectionStatus: NotRequired[DataProtectionStatus]
    inheritedProperties: NotRequired[InheritedProperties]
    logGroupClass: NotRequired[LogGroupClass]
    logGroupArn: NotRequired[Arn]
    deletionProtectionEnabled: NotRequired[DeletionProtectionEnabled]
    bearerTokenAuthenticationEnabled: NotRequired[BearerTokenAuthenticationEnabled]


class LogGroupField(TypedDict):
    name: NotRequired[Field]
    percent: NotRequired[Percentage]


class LogGroupSummary(TypedDict):
    logGroupName: NotRequired[LogGroupName]
    logGroupArn: NotRequired[Arn]
    logGroupClass: NotRequired[LogGroupClass]


class LogStream(TypedDict):
    logStreamName: NotRequired[LogStreamName]
    creationTime: NotRequired[Timestamp]
    firstEventTimestamp: NotRequired[Timestamp]
    lastEventTimestamp: NotRequired[Timestamp]
    lastIngestionTime: NotRequired[Timestamp]
    uploadSequenceToken: NotRequired[SequenceToken]
    arn: NotRequired[Arn]
    storedBytes: NotRequired[StoredBytes]


class LookupTable(TypedDict):
    lookupTableArn: NotRequired[Arn]
    lookupTableName: NotRequired[LookupTableName]
    description: NotRequired[LookupTableDescription]
    tableFields: NotRequired[TableFields]
    recordsCount: NotRequired[RecordsCount]
    sizeBytes: NotRequired[StoredBytes]
    lastUpdatedTime: NotRequired[Timestamp]
    kmsKeyId: NotRequired[KmsKeyId]


class LowerCaseString(TypedDict):
    withKeys: LowerCaseStringWithKeys


class MetricFilter(TypedDict):
    filterName: NotRequired[FilterName]
    filterPattern: NotRequired[FilterPattern]
    metricTransformations: NotRequired[MetricTransformations]
    creationTime: NotRequired[Timestamp]
    logGroupName: NotRequired[LogGroupName]
    applyOnTransformedLogs: NotRequired[ApplyOnTransformedLogs]
    fieldSelectionCriteria: NotRequired[FieldSelectionCriteria]
    emitSystemFieldDimensions: NotRequired[EmitSystemFields]


class MetricFilterMatchRecord(TypedDict):
    eventNumber: NotRequired[EventNumber]
    eventMessage: NotRequired[EventMessage]
    extractedValues: NotRequired[ExtractedValues]


class MetricTransformation(TypedDict):
    metricName: MetricName
    metricNamespace: MetricNamespace
    metricValue: MetricValue
    defaultValue: NotRequired[DefaultValue]
    dimensions: NotRequired[Dimensions]
    unit: NotRequired[StandardUnit]


class MoveKeyEntry(TypedDict):
    source: Source
    target: Target
    overwriteIfExists: NotRequired[OverwriteIfExists]


class MoveKeys(TypedDict):
    entries: MoveKeyEntries


class OpenSearchApplication(TypedDict):
    applicationEndpoint: NotRequired[OpenSearchApplicationEndpoint]
    applicationArn: NotRequired[Arn]
    applicationId: NotRequired[OpenSearchApplicationId]
    status: NotRequired[OpenSearchResourceStatus]


class OpenSearchCollection(TypedDict):
    collectionEndpoint: NotRequired[OpenSearchCollectionEndpoint]
    collectionArn: NotRequired[Arn]
    status: NotRequired[OpenSearchResourceStatus]


class OpenSearchDataAccessPolicy(TypedDict):
    policyName: NotRequired[OpenSearchPolicyName]
    status: NotRequired[OpenSearchResourceStatus]


class OpenSearchDataSource(TypedDict):
    dataSourceName: NotRequired[OpenSearchDataSourceName]
    status: NotRequired[OpenSearchResourceStatus]


class OpenSearchEncryptionPolicy(TypedDict):
    policyName: NotRequired[OpenSearchPolicyName]
    status: NotRequired[OpenSearchResourceStatus]


class OpenSearchIntegrationDetails(TypedDict):
    dataSource: NotRequired[OpenSearchDataSource]
    application: NotRequired[OpenSearchApplication]
    collection: NotRequired[OpenSearchCollection]
    workspace: NotRequired[OpenSearchWorkspace]
    encryptionPolicy: NotRequired[OpenSearchEncryptionPolicy]
    networkPolicy: NotRequired[OpenSearchNetworkPolicy]
    accessPolicy: NotRequired[OpenSearchDataAccessPolicy]
    lifecyclePolicy: NotRequired[OpenSearchLifecyclePolicy]


class OpenSearchLifecyclePolicy(TypedDict):
    policyName: NotRequired[OpenSearchPolicyName]
    status: NotRequired[OpenSearchResourceStatus]


class OpenSearchNetworkPolicy(TypedDict):
    policyName: NotRequired[OpenSearchPolicyName]
    status: NotRequired[OpenSearchResourceStatus]


class OpenSearchResourceConfig(TypedDict):
    kmsKeyArn: NotRequired[Arn]
    dataSourceRoleArn: Arn
    dashboardViewerPrincipals: DashboardViewerPrincipals
    applicationArn: NotRequired[Arn]
    retentionDays: CollectionRetentionDays


class OpenSearchResourceStatus(TypedDict):
    status: NotRequired[OpenSearchResourceStatusType]
    statusMessage: NotRequired[IntegrationStatusMessage]


class OpenSearchWorkspace(TypedDict):
    workspaceId: NotRequired[OpenSearchWorkspaceId]
    status: NotRequired[OpenSearchResourceStatus]


class OutputLogEvent(TypedDict):
    timestamp: NotRequired[Timestamp]
    message: NotRequired[EventMessage]
    ingestionTime: NotRequired[Timestamp]


class ParseCloudfront(TypedDict):
    source: NotRequired[Source]


class ParseJSON(TypedDict):
    source: NotRequired[Source]
    destination: NotRequired[DestinationField]


class ParseKeyValue(TypedDict):
    source: NotRequired[Source]
    destination: NotRequired[DestinationField]
    fieldDelimiter: NotRequired[ParserFieldDelimiter]
    keyValueDelimiter: NotRequired[KeyValueDelimiter]
    keyPrefix: NotRequired[KeyPrefix]
    nonMatchValue: NotRequired[NonMatchValue]
    overwriteIfExists: NotRequired[OverwriteIfExists]


class ParsePostgres(TypedDict):
    source: NotRequired[Source]


class ParseRoute53(TypedDict):
    source: NotRequired[Source]


class ParseToOCSF(TypedDict):
    source: NotRequired[Source]
    eventSource: EventSource
    ocsfVersion: OCSFVersion
    mappingVersion: NotRequired[MappingVersion]


class ParseVPC(TypedDict):
    source: NotRequired[Source]


class ParseWAF(TypedDict):
    source: NotRequired[Source]


class PatternToken(TypedDict):
    dynamicTokenPosition: NotRequired[DynamicTokenPosition]
    isDynamic: NotRequired[Boolean]
    tokenString: NotRequired[TokenString]
    enumerations: NotRequired[Enumerations]
    inferredTokenName: NotRequired[InferredTokenName]


class Policy(TypedDict):
    deliveryDestinationPolicy: NotRequired[DeliveryDestinationPolicy]


class Processor(TypedDict):
    addKeys: NotRequired[AddKeys]
    copyValue: NotRequired[CopyValue]
    csv: NotRequired[CSV]
    dateTimeConverter: NotRequired[DateTimeConverter]
    deleteKeys: NotRequired[DeleteKeys]
    grok: NotRequired[Grok]
    listToMap: NotRequired[ListToMap]
    lowerCaseString: NotRequired[LowerCaseString]
    moveKeys: NotRequired[MoveKeys]
    parseCloudfront: NotRequired[ParseCloudfront]
    parseJSON: NotRequired[ParseJSON]
    parseKeyValue: NotRequired[ParseKeyValue]
    parseRoute53: NotRequired[ParseRoute53]
    parseToOCSF: NotRequired[ParseToOCSF]
    parsePostgres: NotRequired[ParsePostgres]
    parseVPC: NotRequired[ParseVPC]
    parseWAF: NotRequired[ParseWAF]
    renameKeys: NotRequired[RenameKeys]
    splitString: NotRequired[SplitString]
    substituteString: NotRequired[SubstituteString]
    trimString: NotRequired[TrimString]
    typeConverter: NotRequired[TypeConverter]
    upperCaseString: NotRequired[UpperCaseString]


class PutAccountPolicyRequest(TypedDict):
    policyName: PolicyName
    policyDocument: AccountPolicyDocument
    policyType: PolicyType
    scope: NotRequired[Scope]
    selectionCriteria: NotRequired[SelectionCriteria]


class PutAccountPolicyResponse(TypedDict):
    accountPolicy: NotRequired[AccountPolicy]


class PutBearerTokenAuthenticationRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier
    bearerTokenAuthenticationEnabled: BearerTokenAuthenticationEnabled


class PutDataProtectionPolicyRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier
    policyDocument: DataProtectionPolicyDocument


class PutDataProtectionPolicyResponse(TypedDict):
    logGroupIdentifier: NotRequired[LogGroupIdentifier]
    policyDocument: NotRequired[DataProtectionPolicyDocument]
    lastUpdatedTime: NotRequired[Timestamp]


class PutDeliveryDestinationPolicyRequest(TypedDict):
    deliveryDestinationName: DeliveryDestinationName
    deliveryDestinationPolicy: DeliveryDestinationPolicy


class PutDeliveryDestinationPolicyResponse(TypedDict):
    policy: NotRequired[Policy]


class PutDeliveryDestinationRequest(TypedDict):
    name: DeliveryDestinationName
    outputFormat: NotRequired[OutputFormat]
    deliveryDestinationConfiguration: NotRequired[DeliveryDestinationConfiguration]
    deliveryDestinationType: NotRequired[DeliveryDestinationType]
    tags: NotRequired[Tags]


class PutDeliveryDestinationResponse(TypedDict):
    deliveryDestination: NotRequired[DeliveryDestination]


class PutDeliverySourceRequest(TypedDict):
    name: DeliverySourceName
    resourceArn: Arn
    logType: LogType
    tags: NotRequired[Tags]
    deliverySourceConfiguration: NotRequired[DeliverySourceConfiguration]


class PutDeliverySourceResponse(TypedDict):
    deliverySource: NotRequired[DeliverySource]


class PutDestinationPolicyRequest(TypedDict):
    destinationName: DestinationName
    accessPolicy: AccessPolicy
    forceUpdate: NotRequired[ForceUpdate]


class PutDestinationRequest(TypedDict):
    destinationName: DestinationName
    targetArn: TargetArn
    roleArn: RoleArn
    tags: NotRequired[Tags]


class PutDestinationResponse(TypedDict):
    destination: NotRequired[Destination]


class PutIndexPolicyRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier
    policyDocument: PolicyDocument


class PutIndexPolicyResponse(TypedDict):
    indexPolicy: NotRequired[IndexPolicy]


class PutIntegrationRequest(TypedDict):
    integrationName: IntegrationName
    resourceConfig: ResourceConfig
    integrationType: IntegrationType


class PutIntegrationResponse(TypedDict):
    integrationName: NotRequired[IntegrationName]
    integrationStatus: NotRequired[IntegrationStatus]


class PutLogEventsRequest(TypedDict):
    logGroupName: LogGroupName
    logStreamName: LogStreamName
    logEvents: InputLogEvents
    sequenceToken: NotRequired[SequenceToken]
    entity: NotRequired[Entity]


class PutLogEventsResponse(TypedDict):
    nextSequenceToken: NotRequired[SequenceToken]
    rejectedLogEventsInfo: NotRequired[RejectedLogEventsInfo]
    rejectedEntityInfo: NotRequired[RejectedEntityInfo]


class PutLogGroupDeletionProtectionRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier
    deletionProtectionEnabled: DeletionProtectionEnabled


class PutMetricFilterRequest(TypedDict):
    logGroupName: LogGroupName
    filterName: FilterName
    filterPattern: FilterPattern
    metricTransformations: MetricTransformations
    applyOnTransformedLogs: NotRequired[ApplyOnTransformedLogs]
    fieldSelectionCriteria: NotRequired[FieldSelectionCriteria]
    emitSystemFieldDimensions: NotRequired[EmitSystemFields]


class PutQueryDefinitionRequest(TypedDict):
    queryLanguage: NotRequired[QueryLanguage]
    name: QueryDefinitionName
    queryDefinitionId: NotRequired[QueryId]
    logGroupNames: NotRequired[LogGroupNames]
    queryString: QueryDefinitionString
    clientToken: NotRequired[ClientToken]
    parameters: NotRequired[QueryParameterList]


class PutQueryDefinitionResponse(TypedDict):
    queryDefinitionId: NotRequired[QueryId]


class PutResourcePolicyRequest(TypedDict):
    policyName: NotRequired[PolicyName]
    policyDocument: NotRequired[PolicyDocument]
    resourceArn: NotRequired[Arn]
    expectedRevisionId: NotRequired[ExpectedRevisionId]


class PutResourcePolicyResponse(TypedDict):
    resourcePolicy: NotRequired[ResourcePolicy]
    revisionId: NotRequired[ExpectedRevisionId]


class PutRetentionPolicyRequest(TypedDict):
    logGroupName: LogGroupName
    retentionInDays: Days


class PutSubscriptionFilterRequest(TypedDict):
    logGroupName: LogGroupName
    filterName: FilterName
    filterPattern: FilterPattern
    destinationArn: DestinationArn
    roleArn: NotRequired[RoleArn]
    distribution: NotRequired[Distribution]
    applyOnTransformedLogs: NotRequired[ApplyOnTransformedLogs]
    fieldSelectionCriteria: NotRequired[FieldSelectionCriteria]
    emitSystemFields: NotRequired[EmitSystemFields]


class PutTransformerRequest(TypedDict):
    logGroupIdentifier: LogGroupIdentifier
    transformerConfig: Processors


class QueryCompileError(TypedDict):
    location: NotRequired[QueryCompileErrorLocation]
    message: NotRequired[Message]


class QueryCompileErrorLocation(TypedDict):
    startCharOffset: NotRequired[QueryCharOffset]
    endCharOffset: NotRequired[QueryCharOffset]


class QueryDefinition(TypedDict):
    queryLanguage: NotRequired[QueryLanguage]
    queryDefinitionId: NotRequired[QueryId]
    name: NotRequired[QueryDefinitionName]
    queryString: NotRequired[QueryDefinitionString]
    lastModified: NotRequired[Timestamp]
    logGroupNames: NotRequired[LogGroupNames]
    parameters: NotRequired[QueryParameterList]


class QueryInfo(TypedDict):
    queryLanguage: NotRequired[QueryLanguage]
    queryId: NotRequired[QueryId]
    queryString: NotRequired[QueryString]
    status: NotRequired[QueryStatus]
    createTime: NotRequired[Timestamp]
    logGroupName: NotRequired[LogGroupName]
    queryDuration: NotRequired[QueryDuration]
    bytesScanned: NotRequired[BytesScannedValue]
    userIdentity: NotRequired[UserIdentity]


class QueryParameter(TypedDict):
    name: QueryParameterName
    defaultValue: NotRequired[QueryParameterDefaultValue]
    description: NotRequired[QueryParameterDescription]


class QueryStatistics(TypedDict):
    recordsMatched: NotRequired[StatsValue]
    recordsScanned: NotRequired[StatsValue]
    estimatedRecordsSkipped: NotRequired[StatsValue]
    bytesScanned: NotRequired[StatsValue]
    estimatedBytesSkipped: NotRequired[StatsValue]
    logGroupsScanned: NotRequired[StatsValue]


class RecordField(TypedDict):
    name: NotRequired[FieldHeader]
    mandatory: NotRequired[Boolean]


class RejectedEntityInfo(TypedDict):
    errorType: EntityRejectionErrorType


class RejectedLogEventsInfo(TypedDict):
    tooNewLogEventStartIndex: NotRequired[LogEventIndex]
    tooOldLogEventEndIndex: NotRequired[LogEventIndex]
    expiredLogEventEndIndex: NotRequired[LogEventIndex]


class RenameKeyEntry(TypedDict):
    key: Key
    renameTo: RenameTo
    overwriteIfExists: NotRequired[OverwriteIfExists]


class RenameKeys(TypedDict):
    entries: RenameKeyEntries


class ResourceConfig(TypedDict):
    openSearchResourceConfig: NotRequired[OpenSearchResourceConfig]


class ResourcePolicy(TypedDict):
    policyName: NotRequired[PolicyName]
    policyDocument: NotRequired[PolicyDocument]
    lastUpdatedTime: NotRequired[Timestamp]
    policyScope: NotRequired[PolicyScope]
    resourceArn: NotRequired[Arn]
    revisionId: NotRequired[ExpectedRevisionId]


class ResultField(TypedDict):
    field: NotRequired[Field]
    value: NotRequired[Value]


class S3Configuration(TypedDict):
    destinationIdentifier: S3Uri
    roleArn: RoleArn
    ownerAccountId: NotRequired[AccountId]
    kmsKeyId: NotRequired[KmsKeyId]


class S3DeliveryConfiguration(TypedDict):
    suffixPath: NotRequired[DeliverySuffixPath]
    enableHiveCompatiblePath: NotRequired[Boolean]


class S3TableIntegrationSource(TypedDict):
    identifier: NotRequired[S3TableIntegrationSourceIdentifier]
    dataSource: NotRequired[DataSource]
    status: NotRequired[S3TableIntegrationSourceStatus]
    statusReason: NotRequired[S3TableIntegrationSourceStatusReason]
    createdTimeStamp: NotRequired[Timestamp]
    parentSourceIdentifier: NotRequired[S3TableIntegrationSourceIdentifier]


class S3TablesIntegration(TypedDict):
    datasourceName: NotRequired[S3TablesDatasourceName]
    datasourceType: NotRequired[S3TablesDatasourceType]


class ScheduledQueryDestination(TypedDict):
    destinationType: NotRequired[ScheduledQueryDestinationType]
    destinationIdentifier: NotRequired[String]
    status: NotRequired[ActionStatus]
    processedIdentifier: NotRequired[String]
    errorMessage: NotRequired[String]


class ScheduledQuerySummary(TypedDict):
    scheduledQueryArn: NotRequired[Arn]
    name: NotRequired[ScheduledQueryName]
    state: NotRequired[ScheduledQueryState]
    lastTriggeredTime: NotRequired[Timestamp]
    lastExecutionStatus: NotRequired[ExecutionStatus]
    scheduleExpression: NotRequired[ScheduleExpression]
    timezone: NotRequired[ScheduleTimezone]
    destinationConfiguration: NotRequired[DestinationConfiguration]
    creationTime: NotRequired[Timestamp]
    lastUpdatedTime: NotRequired[Timestamp]


class SearchedLogStream(TypedDict):
    logStreamName: NotRequired[LogStreamName]
    searchedCompletely: NotRequired[LogStreamSearchedCompletely]


class SplitString(TypedDict):
    entries: SplitStringEntries


class SplitStringEntry(TypedDict):
    source: Source
    delimiter: SplitStringDelimiter


class StartLiveTailRequest(TypedDict):
    logGroupIdentifiers: StartLiveTailLogGroupIdentifiers
    logStreamNames: NotRequired[InputLogStreamNames]
    logStreamNamePrefixes: NotRequired[InputLogStreamNames]
    logEventFilterPattern: NotRequired[FilterPattern]


class StartLiveTailResponse(TypedDict):
    responseStream: NotRequired[StartLiveTailResponseStream]


class StartLiveTailResponseStream(TypedDict):
    sessionStart: NotRequired[LiveTailSessionStart]
    sessionUpdate: NotRequired[LiveTailSessionUpdate]
    SessionTimeoutException: NotRequired[dict[str, Any]]
    SessionStreamingException: NotRequired[dict[str, Any]]


class StartQueryRequest(TypedDict):
    queryLanguage: NotRequired[QueryLanguage]
    logGroupName: NotRequired[LogGroupName]
    logGroupNames: NotRequired[LogGroupNames]
    logGroupIdentifiers: NotRequired[LogGroupIdentifiers]
    startTime: Timestamp
    endTime: Timestamp
    queryString: QueryString
    limit: NotRequired[EventsLimitStartQuery]


class StartQueryResponse(TypedDict):
    queryId: NotRequired[QueryId]


class StopQueryRequest(TypedDict):
    queryId: QueryId


class StopQueryResponse(TypedDict):
    success: NotRequired[Success]


class SubscriptionFilter(TypedDict):
    filterName: NotRequired[FilterName]
    logGroupName: NotRequired[LogGroupName]
    filterPattern: NotRequired[FilterPattern]
    destinationArn: NotRequired[DestinationArn]
    roleArn: NotRequired[RoleArn]
    distribution: NotRequired[Distribution]
    applyOnTransformedLogs: NotRequired[ApplyOnTransformedLogs]
    creationTime: NotRequired[Timestamp]
    fieldSelectionCriteria: NotRequired[FieldSelectionCriteria]
    emitSystemFields: NotRequired[EmitSystemFields]


class SubstituteString(TypedDict):
    entries: SubstituteStringEntries


SubstituteStringEntry = TypedDict(
    "SubstituteStringEntry", {"source": "Source", "from": "FromKey", "to": "ToKey"}
)


class SuppressionPeriod(TypedDict):
    value: NotRequired[Integer]
    suppressionUnit: NotRequired[SuppressionUnit]


class TagFilter(TypedDict):
    key: TagFilterKey
    values: NotRequired[TagFilterValues]


class TagLogGroupRequest(TypedDict):
    logGroupName: LogGroupName
    tags: Tags


class TagResourceRequest(TypedDict):
    resourceArn: AmazonResourceName
    tags: Tags


class TestMetricFilterRequest(TypedDict):
    filterPattern: FilterPattern
    logEventMessages: TestEventMessages


class TestMetricFilterResponse(TypedDict):
    matches: NotRequired[MetricFilterMatches]


class TestTransformerRequest(TypedDict):
    transformerConfig: Processors
    logEventMessages: TestEventMessages


class TestTransformerResponse(TypedDict):
    transformedLogs: NotRequired[TransformedLogs]


class TransformedLogRecord(TypedDict):
    eventNumber: NotRequired[EventNumber]
    eventMessage: NotRequired[EventMessage]
    transformedEventMessage: NotRequired[TransformedEventMessage]


class TriggerHistoryRecord(TypedDict):
    queryId: NotRequired[QueryId]
    executionStatus: NotRequired[ExecutionStatus]
    triggeredTimestamp: NotRequired[Timestamp]
    errorMessage: NotRequired[String]
    destinations: NotRequired[ScheduledQueryDestinationList]


class TrimString(TypedDict):
    withKeys: TrimStringWithKeys


class TypeConverter(TypedDict):
    entries: TypeConverterEntries


class TypeConverterEntry(TypedDict):
    key: Key
    type: Type


class UntagLogGroupRequest(TypedDict):
    logGroupName: LogGroupName
    tags: TagList


class UntagResourceRequest(TypedDict):
    resourceArn: AmazonResourceName
    tagKeys: TagKeyList


class UpdateAnomalyRequest(TypedDict):
    anomalyId: NotRequired[AnomalyId]
    patternId: NotRequired[PatternId]
    anomalyDetectorArn: AnomalyDetectorArn
    suppressionType: NotRequired[SuppressionType]
    suppressionPeriod: NotRequired[SuppressionPeriod]
    baseline: NotRequired[Baseline]


class UpdateDeliveryConfigurationRequest(TypedDict):
    id: DeliveryId
    recordFields: NotRequired[RecordFields]
    fieldDelimiter: NotRequired[FieldDelimiter]
    s3DeliveryConfiguration: NotRequired[S3DeliveryConfiguration]


class UpdateDeliveryConfigurationResponse(TypedDict):
    pass


class UpdateLogAnomalyDetectorRequest(TypedDict):
    anomalyDetectorArn: AnomalyDetectorArn
    evaluationFrequency: NotRequired[EvaluationFrequency]
    filterPattern: NotRequired[FilterPattern]
    anomalyVisibilityTime: NotRequired[AnomalyVisibilityTime]
    enabled: Boolean


class UpdateLookupTableRequest(TypedDict):
    lookupTableArn: Arn
    description: NotRequired[LookupTableDescription]
    tableBody: TableBody
    kmsKeyId: NotRequired[KmsKeyId]


class UpdateLookupTableResponse(TypedDict):
    lookupTableArn: NotRequired[Arn]
    lastUpdatedTime: NotRequired[Timestamp]


class UpdateScheduledQueryRequest(TypedDict):
    identifier: ScheduledQueryIdentifier
    description: NotRequired[ScheduledQueryDescription]
    queryLanguage: QueryLanguage
    queryString: QueryString
    logGroupIdentifiers: NotRequired[ScheduledQueryLogGroupIdentifiers]
    scheduleExpression: ScheduleExpression
    timezone: NotRequired[ScheduleTimezone]
    startTimeOffset: NotRequired[StartTimeOffset]
    destinationConfiguration: NotRequired[DestinationConfiguration]
    scheduleStartTime: NotRequired[Timestamp]
    scheduleEndTime: NotRequired[Timestamp]
    executionRoleArn: RoleArn
    state: NotRequired[ScheduledQueryState]


class UpdateScheduledQueryResponse(TypedDict):
    scheduledQueryArn: NotRequired[Arn]
    name: NotRequired[ScheduledQueryName]
    description: NotRequired[ScheduledQueryDescription]
    queryLanguage: NotRequired[QueryLanguage]
    queryString: NotRequired[QueryString]
    logGroupIdentifiers: NotRequired[ScheduledQueryLogGroupIdentifiers]
    scheduleExpression: NotRequired[ScheduleExpression]
    timezone: NotRequired[ScheduleTimezone]
    startTimeOffset: NotRequired[StartTimeOffset]
    destinationConfiguration: NotRequired[DestinationConfiguration]
    state: NotRequired[ScheduledQueryState]
    lastTriggeredTime: NotRequired[Timestamp]
    lastExecutionStatus: NotRequired[ExecutionStatus]
    scheduleStartTime: NotRequired[Timestamp]
    scheduleEndTime: NotRequired[Timestamp]
    executionRoleArn: NotRequired[RoleArn]
    creationTime: NotRequired[Timestamp]
    lastUpdatedTime: NotRequired[Timestamp]


class UpperCaseString(TypedDict):
    withKeys: UpperCaseStringWithKeys


AccountIds = list[AccountId]
AccountPolicies = list[AccountPolicy]
AddKeyEntries = list[AddKeyEntry]
AggregateLogGroupSummaries = list[AggregateLogGroupSummary]
AllowedFieldDelimiters = list[FieldDelimiter]
AllowedFields = list[RecordField]
Anomalies = list[Anomaly]
AnomalyDetectors = list[AnomalyDetector]
Columns = list[Column]
ConfigurationTemplates = list[ConfigurationTemplate]
CopyValueEntries = list[CopyValueEntry]
DashboardViewerPrincipals = list[Arn]
DataSourceFilters = list[DataSourceFilter]
DeleteWithKeys = list[WithKey]
Deliveries = list[Delivery]
DeliveryDestinationTypes = list[DeliveryDestinationType]
DeliveryDestinations = list[DeliveryDestination]
DeliverySourceConfiguration = dict[DeliverySourceConfigurationKey, DeliverySourceConfigurationValue]
DeliverySourceConfigurationSchemas = list[DeliverySourceConfigurationSchema]
DeliverySourceConfigurationSupportedValues = list[DeliverySourceConfigurationSchemaField]
DeliverySources = list[DeliverySource]
DescribeFieldIndexesLogGroupIdentifiers = list[LogGroupIdentifier]
DescribeIndexPoliciesLogGroupIdentifiers = list[LogGroupIdentifier]
DescribeLogGroupsLogGroupIdentifiers = list[LogGroupIdentifier]
Destinations = list[Destination]
Dimensions = dict[DimensionsKey, DimensionsValue]
EmitSystemFields = list[SystemField]
EntityAttributes = dict[EntityAttributesKey, EntityAttributesValue]
EntityKeyAttributes = dict[EntityKeyAttributesKey, EntityKeyAttributesValue]
Enumerations = dict[TokenString, TokenValue]
ExecutionStatusList = list[ExecutionStatus]
ExportTasks = list[ExportTask]
ExtractedValues = dict[Token, Value]
FieldIndexNames = list[FieldIndexName]
FieldIndexes = list[FieldIndex]
FilteredLogEvents = list[FilteredLogEvent]
GroupingIdentifiers = list[GroupingIdentifier]
Histogram = dict[Time, Count]
ImportBatchList = list[ImportBatch]
ImportList = list[Import]
ImportStatusList = list[ImportStatus]
IndexPolicies = list[IndexPolicy]
InheritedProperties = list[InheritedProperty]
InputLogEvents = list[InputLogEvent]
InputLogStreamNames = list[LogStreamName]
IntegrationSummaries = list[IntegrationSummary]
LiveTailSessionResults = list[LiveTailSessionLogEvent]
LogFieldsList = list[LogFieldsListItem]
LogGroupArnList = list[LogGroupArn]
LogGroupFieldList = list[LogGroupField]
LogGroupIdentifiers = list[LogGroupIdentifier]
LogGroupNames = list[LogGroupName]
LogGroupSummaries = list[LogGroupSummary]
LogGroups = list[LogGroup]
LogRecord = dict[Field, Value]
LogSamples = list[LogEvent]
LogStreams = list[LogStream]
LogTypes = list[LogType]
LookupTables = list[LookupTable]
LowerCaseStringWithKeys = list[WithKey]
MatchPatterns = list[MatchPattern]
MetricFilterMatches = list[MetricFilterMatchRecord]
MetricFilters = list[MetricFilter]
MetricTransformations = list[MetricTransformation]
MoveKeyEntries = list[MoveKeyEntry]
OutputFormats = list[OutputFormat]
OutputLogEvents = list[OutputLogEvent]
PatternTokens = list[PatternToken]
Processors = list[Processor]
QueryDefinitionList = list[QueryDefinition]
QueryInfoList = list[QueryInfo]
QueryParameterList = list[QueryParameter]
ResultRows = list[ResultField]
QueryResults = list[ResultRows]
RecordFields = list[FieldHeader]
RenameKeyEntries = list[RenameKeyEntry]
ResourceArns = list[Arn]
ResourcePolicies = list[ResourcePolicy]
ResourceTypes = list[ResourceType]
S3TableIntegrationSources = list[S3TableIntegrationSource]
ScheduledQueryDestinationList = list[ScheduledQueryDestination]
ScheduledQueryLogGroupIdentifiers = list[LogGroupIdentifier]
ScheduledQuerySummaryList = list[ScheduledQuerySummary]
SearchedLogStreams = list[SearchedLogStream]
SplitStringEntries = list[SplitStringEntry]
StartLiveTailLogGroupIdentifiers = list[LogGroupIdentifier]
SubscriptionFilters = list[SubscriptionFilter]
SubstituteStringEntries = list[SubstituteStringEntry]
TableFields = list[String]
TagFilterValues = list[TagFilterValue]
TagFilters = list[TagFilter]
TagKeyList = list[TagKey]
TagList = list[TagKey]
Tags = dict[TagKey, TagValue]
TestEventMessages = list[EventMessage]
TransformedLogs = list[TransformedLogRecord]
TriggerHistoryRecordList = list[TriggerHistoryRecord]
TrimStringWithKeys = list[WithKey]
TypeConverterEntries = list[TypeConverterEntry]
UpperCaseStringWithKeys = list[WithKey]


class AccessDeniedException(ServiceError):
    code = "AccessDeniedException"
    query_code: ClassVar[str] = "AccessDeniedException"
    shape_name: ClassVar[str] = "AccessDeniedException"
    status_code = 400
    sender_fault = True


class ConflictException(ServiceError):
    code = "ConflictException"
    query_code: ClassVar[str] = "ConflictException"
    shape_name: ClassVar[str] = "ConflictException"
    status_code = 400
    sender_fault = True


class DataAlreadyAcceptedException(ServiceError):
    code = "DataAlreadyAcceptedException"
    query_code: ClassVar[str] = "DataAlreadyAcceptedException"
    shape_name: ClassVar[str] = "DataAlreadyAcceptedException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, expected_sequence_token: SequenceToken | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"expectedSequenceToken": expected_sequence_token}))


class InternalServerException(ServiceError):
    code = "InternalServerException"
    query_code: ClassVar[str] = "InternalServerException"
    shape_name: ClassVar[str] = "InternalServerException"
    status_code = 400
    sender_fault = True


class InternalStreamingException(ServiceError):
    code = "InternalStreamingException"
    query_code: ClassVar[str] = "InternalStreamingException"
    shape_name: ClassVar[str] = "InternalStreamingException"
    status_code = 400
    sender_fault = True


class InvalidOperationException(ServiceError):
    code = "InvalidOperationException"
    query_code: ClassVar[str] = "InvalidOperationException"
    shape_name: ClassVar[str] = "InvalidOperationException"
    status_code = 400
    sender_fault = True


class InvalidParameterException(ServiceError):
    code = "InvalidParameterException"
    query_code: ClassVar[str] = "InvalidParameterException"
    shape_name: ClassVar[str] = "InvalidParameterException"
    status_code = 400
    sender_fault = True


class InvalidSequenceTokenException(ServiceError):
    code = "InvalidSequenceTokenException"
    query_code: ClassVar[str] = "InvalidSequenceTokenException"
    shape_name: ClassVar[str] = "InvalidSequenceTokenException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, expected_sequence_token: SequenceToken | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"expectedSequenceToken": expected_sequence_token}))


class LimitExceededException(ServiceError):
    code = "LimitExceededException"
    query_code: ClassVar[str] = "LimitExceededException"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 400
    sender_fault = True


class MalformedQueryException(ServiceError):
    code = "MalformedQueryException"
    query_code: ClassVar[str] = "MalformedQueryException"
    shape_name: ClassVar[str] = "MalformedQueryException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, query_compile_error: QueryCompileError | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"queryCompileError": query_compile_error}))


class OperationAbortedException(ServiceError):
    code = "OperationAbortedException"
    query_code: ClassVar[str] = "OperationAbortedException"
    shape_name: ClassVar[str] = "OperationAbortedException"
    status_code = 400
    sender_fault = True


class ResourceAlreadyExistsException(ServiceError):
    code = "ResourceAlreadyExistsException"
    query_code: ClassVar[str] = "ResourceAlreadyExistsException"
    shape_name: ClassVar[str] = "ResourceAlreadyExistsException"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 400
    sender_fault = True


class ServiceQuotaExceededException(ServiceError):
    code = "ServiceQuotaExceededException"
    query_code: ClassVar[str] = "ServiceQuotaExceededException"
    shape_name: ClassVar[str] = "ServiceQuotaExceededException"
    status_code = 400
    sender_fault = True


class ServiceUnavailableException(ServiceError):
    code = "ServiceUnavailableException"
    query_code: ClassVar[str] = "ServiceUnavailableException"
    shape_name: ClassVar[str] = "ServiceUnavailableException"
    status_code = 400
    sender_fault = True


class SessionStreamingException(ServiceError):
    code = "SessionStreamingException"
    query_code: ClassVar[str] = "SessionStreamingException"
    shape_name: ClassVar[str] = "SessionStreamingException"
    status_code = 400
    sender_fault = True


class SessionTimeoutException(ServiceError):
    code = "SessionTimeoutException"
    query_code: ClassVar[str] = "SessionTimeoutException"
    shape_name: ClassVar[str] = "SessionTimeoutException"
    status_code = 400
    sender_fault = True


class ThrottlingException(ServiceError):
    code = "ThrottlingException"
    query_code: ClassVar[str] = "ThrottlingException"
    shape_name: ClassVar[str] = "ThrottlingException"
    status_code = 400
    sender_fault = True


class TooManyTagsException(ServiceError):
    code = "TooManyTagsException"
    query_code: ClassVar[str] = "TooManyTagsException"
    shape_name: ClassVar[str] = "TooManyTagsException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, resource_name: AmazonResourceName | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"resourceName": resource_name}))


class UnrecognizedClientException(ServiceError):
    code = "UnrecognizedClientException"
    query_code: ClassVar[str] = "UnrecognizedClientException"
    shape_name: ClassVar[str] = "UnrecognizedClientException"
    status_code = 400
    sender_fault = True


class ValidationException(ServiceError):
    code = "ValidationException"
    query_code: ClassVar[str] = "ValidationException"
    shape_name: ClassVar[str] = "ValidationException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "AccessDeniedException": AccessDeniedException,
    "ConflictException": ConflictException,
    "DataAlreadyAcceptedException": DataAlreadyAcceptedException,
    "InternalServerException": InternalServerException,
    "InternalStreamingException": InternalStreamingException,
    "InvalidOperationException": InvalidOperationException,
    "InvalidParameterException": InvalidParameterException,
    "InvalidSequenceTokenException": InvalidSequenceTokenException,
    "LimitExceededException": LimitExceededException,
    "MalformedQueryException": MalformedQueryException,
    "OperationAbortedException": OperationAbortedException,
    "ResourceAlreadyExistsException": ResourceAlreadyExistsException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ServiceQuotaExceededException": ServiceQuotaExceededException,
    "ServiceUnavailableException": ServiceUnavailableException,
    "SessionStreamingException": SessionStreamingException,
    "SessionTimeoutException": SessionTimeoutException,
    "ThrottlingException": ThrottlingException,
    "TooManyTagsException": TooManyTagsException,
    "UnrecognizedClientException": UnrecognizedClientException,
    "ValidationException": ValidationException,
}


class LogsApi(ServiceApi):
    service = "logs"
    iam_prefix = "logs"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AssociateKmsKey": OperationSpec(
            "associate_kms_key",
            {
                "logGroupName": "log_group_name",
                "kmsKeyId": "kms_key_id",
                "resourceIdentifier": "resource_identifier",
            },
        ),
        "AssociateSourceToS3TableIntegration": OperationSpec(
            "associate_source_to_s3_table_integration",
            {"integrationArn": "integration_arn", "dataSource": "data_source"},
        ),
        "CancelExportTask": OperationSpec("cancel_export_task", {"taskId": "task_id"}),
        "CancelImportTask": OperationSpec("cancel_import_task", {"importId": "import_id"}),
        "CreateDelivery": OperationSpec(
            "create_delivery",
            {
                "deliverySourceName": "delivery_source_name",
                "deliveryDestinationArn": "delivery_destination_arn",
                "recordFields": "record_fields",
                "fieldDelimiter": "field_delimiter",
                "s3DeliveryConfiguration": "s3_delivery_configuration",
                "tags": "tags",
            },
        ),
        "CreateExportTask": OperationSpec(
            "create_export_task",
            {
                "taskName": "task_name",
                "logGroupName": "log_group_name",
                "logStreamNamePrefix": "log_stream_name_prefix",
                "from": "from_",
                "to": "to",
                "destination": "destination",
                "destinationPrefix": "destination_prefix",
            },
        ),
        "CreateImportTask": OperationSpec(
            "create_import_task",
            {
                "importSourceArn": "import_source_arn",
                "importRoleArn": "import_role_arn",
                "importFilter": "import_filter",
            },
        ),
        "CreateLogAnomalyDetector": OperationSpec(
            "create_log_anomaly_detector",
            {
                "logGroupArnList": "log_group_arn_list",
                "detectorName": "detector_name",
                "evaluationFrequency": "evaluation_frequency",
                "filterPattern": "filter_pattern",
                "kmsKeyId": "kms_key_id",
                "anomalyVisibilityTime": "anomaly_visibility_time",
                "tags": "tags",
            },
        ),
        "CreateLogGroup": OperationSpec(
            "create_log_group",
            {
                "logGroupName": "log_group_name",
                "kmsKeyId": "kms_key_id",
                "tags": "tags",
                "logGroupClass": "log_group_class",
                "deletionProtectionEnabled": "deletion_protection_enabled",
            },
        ),
        "CreateLogStream": OperationSpec(
            "create_log_stream", {"logGroupName": "log_group_name", "logStreamName": "log_stream_name"}
        ),
        "CreateLookupTable": OperationSpec(
            "create_lookup_table",
            {
                "lookupTableName": "lookup_table_name",
                "description": "description",
                "tableBody": "table_body",
                "kmsKeyId": "kms_key_id",
                "tags": "tags",
            },
        ),
        "CreateScheduledQuery": OperationSpec(
            "create_scheduled_query",
            {
                "name": "name",
                "description": "description",
                "queryLanguage": "query_language",
                "queryString": "query_string",
                "logGroupIdentifiers": "log_group_identifiers",
                "scheduleExpression": "schedule_expression",
                "timezone": "timezone",
                "startTimeOffset": "start_time_offset",
                "destinationConfiguration": "destination_configuration",
                "scheduleStartTime": "schedule_start_time",
                "scheduleEndTime": "schedule_end_time",
                "executionRoleArn": "execution_role_arn",
                "state": "state",
                "tags": "tags",
            },
        ),
        "DeleteAccountPolicy": OperationSpec(
            "delete_account_policy", {"policyName": "policy_name", "policyType": "policy_type"}
        ),
        "DeleteDataProtectionPolicy": OperationSpec(
            "delete_data_protection_policy", {"logGroupIdentifier": "log_group_identifier"}
        ),
        "DeleteDelivery": OperationSpec("delete_delivery", {"id": "id"}),
        "DeleteDeliveryDestination": OperationSpec("delete_delivery_destination", {"name": "name"}),
        "DeleteDeliveryDestinationPolicy": OperationSpec(
            "delete_delivery_destination_policy", {"deliveryDestinationName": "delivery_destination_name"}
        ),
        "DeleteDeliverySource": OperationSpec("delete_delivery_source", {"name": "name"}),
        "DeleteDestination": OperationSpec("delete_destination", {"destinationName": "destination_name"}),
        "DeleteIndexPolicy": OperationSpec(
            "delete_index_policy", {"logGroupIdentifier": "log_group_identifier"}
        ),
        "DeleteIntegration": OperationSpec(
            "delete_integration", {"integrationName": "integration_name", "force": "force"}
        ),
        "DeleteLogAnomalyDetector": OperationSpec(
            "delete_log_anomaly_detector", {"anomalyDetectorArn": "anomaly_detector_arn"}
        ),
        "DeleteLogGroup": OperationSpec("delete_log_group", {"logGroupName": "log_group_name"}),
        "DeleteLogStream": OperationSpec(
            "delete_log_stream", {"logGroupName": "log_group_name", "logStreamName": "log_stream_name"}
        ),
        "DeleteLookupTable": OperationSpec("delete_lookup_table", {"lookupTableArn": "lookup_table_arn"}),
        "DeleteMetricFilter": OperationSpec(
            "delete_metric_filter", {"logGroupName": "log_group_name", "filterName": "filter_name"}
        ),
        "DeleteQueryDefinition": OperationSpec(
            "delete_query_definition", {"queryDefinitionId": "query_definition_id"}
        ),
        "DeleteResourcePolicy": OperationSpec(
            "delete_resource_policy",
            {
                "policyName": "policy_name",
                "resourceArn": "resource_arn",
                "expectedRevisionId": "expected_revision_id",
            },
        ),
        "DeleteRetentionPolicy": OperationSpec("delete_retention_policy", {"logGroupName": "log_group_name"}),
        "DeleteScheduledQuery": OperationSpec("delete_scheduled_query", {"identifier": "identifier"}),
        "DeleteSubscriptionFilter": OperationSpec(
            "delete_subscription_filter", {"logGroupName": "log_group_name", "filterName": "filter_name"}
        ),
        "DeleteTransformer": OperationSpec(
            "delete_transformer", {"logGroupIdentifier": "log_group_identifier"}
        ),
        "DescribeAccountPolicies": OperationSpec(
            "describe_account_policies",
            {
                "policyType": "policy_type",
                "policyName": "policy_name",
                "accountIdentifiers": "account_identifiers",
                "nextToken": "next_token",
            },
        ),
        "DescribeConfigurationTemplates": OperationSpec(
            "describe_configuration_templates",
            {
                "service": "service",
                "logTypes": "log_types",
                "resourceTypes": "resource_types",
                "deliveryDestinationTypes": "delivery_destination_types",
                "nextToken": "next_token",
                "limit": "limit",
            },
        ),
        "DescribeDeliveries": OperationSpec(
            "describe_deliveries", {"nextToken": "next_token", "limit": "limit"}
        ),
        "DescribeDeliveryDestinations": OperationSpec(
            "describe_delivery_destinations", {"nextToken": "next_token", "limit": "limit"}
        ),
        "DescribeDeliverySources": OperationSpec(
            "describe_delivery_sources", {"nextToken": "next_token", "limit": "limit"}
        ),
        "DescribeDestinations": OperationSpec(
            "describe_destinations",
            {"DestinationNamePrefix": "destination_name_prefix", "nextToken": "next_token", "limit": "limit"},
        ),
        "DescribeExportTasks": OperationSpec(
            "describe_export_tasks",
            {"taskId": "task_id", "statusCode": "status_code", "nextToken": "next_token", "limit": "limit"},
        ),
        "DescribeFieldIndexes": OperationSpec(
            "describe_field_indexes",
            {"logGroupIdentifiers": "log_group_identifiers", "nextToken": "next_token"},
        ),
        "DescribeImportTaskBatches": OperationSpec(
            "describe_import_task_batches",
            {
                "importId": "import_id",
                "batchImportStatus": "batch_import_status",
                "limit": "limit",
                "nextToken": "next_token",
            },
        ),
        "DescribeImportTasks": OperationSpec(
            "describe_import_tasks",
            {
                "importId": "import_id",
                "importStatus": "import_status",
                "importSourceArn": "import_source_arn",
                "limit": "limit",
                "nextToken": "next_token",
            },
        ),
        "DescribeIndexPolicies": OperationSpec(
            "describe_index_policies",
            {"logGroupIdentifiers": "log_group_identifiers", "nextToken": "next_token"},
        ),
        "DescribeLogGroups": OperationSpec(
            "describe_log_groups",
            {
                "accountIdentifiers": "account_identifiers",
                "logGroupNamePrefix": "log_group_name_prefix",
                "logGroupNamePattern": "log_group_name_pattern",
                "nextToken": "next_token",
                "limit": "limit",
                "includeLinkedAccounts": "include_linked_accounts",
                "logGroupClass": "log_group_class",
                "logGroupIdentifiers": "log_group_identifiers",
            },
        ),
        "DescribeLogStreams": OperationSpec(
            "describe_log_streams",
            {
                "logGroupName": "log_group_name",
                "logGroupIdentifier": "log_group_identifier",
                "logStreamNamePrefix": "log_stream_name_prefix",
                "orderBy": "order_by",
                "descending": "descending",
                "nextToken": "next_token",
                "limit": "limit",
            },
        ),
        "DescribeLookupTables": OperationSpec(
            "describe_lookup_tables",
            {
                "lookupTableNamePrefix": "lookup_table_name_prefix",
                "maxResults": "max_results",
                "nextToken": "next_token",
            },
        ),
        "DescribeMetricFilters": OperationSpec(
            "describe_metric_filters",
            {
                "logGroupName": "log_group_name",
                "filterNamePrefix": "filter_name_prefix",
                "nextToken": "next_token",
                "limit": "limit",
                "metricName": "metric_name",
                "metricNamespace": "metric_namespace",
            },
        ),
        "DescribeQueries": OperationSpec(
            "describe_queries",
            {
                "logGroupName": "log_group_name",
                "status": "status",
                "maxResults": "max_results",
                "nextToken": "next_token",
                "queryLanguage": "query_language",
            },
        ),
        "DescribeQueryDefinitions": OperationSpec(
            "describe_query_definitions",
            {
                "queryLanguage": "query_language",
                "queryDefinitionNamePrefix": "query_definition_name_prefix",
                "maxResults": "max_results",
                "nextToken": "next_token",
            },
        ),
        "DescribeResourcePolicies": OperationSpec(
            "describe_resource_policies",
            {
                "nextToken": "next_token",
                "limit": "limit",
                "resourceArn": "resource_arn",
                "policyScope": "policy_scope",
            },
        ),
        "DescribeSubscriptionFilters": OperationSpec(
            "describe_subscription_filters",
            {
                "logGroupName": "log_group_name",
                "filterNamePrefix": "filter_name_prefix",
                "nextToken": "next_token",
                "limit": "limit",
            },
        ),
        "DisassociateKmsKey": OperationSpec(
            "disassociate_kms_key",
            {"logGroupName": "log_group_name", "resourceIdentifier": "resource_identifier"},
        ),
        "DisassociateSourceFromS3TableIntegration": OperationSpec(
            "disassociate_source_from_s3_table_integration", {"identifier": "identifier"}
        ),
        "FilterLogEvents": OperationSpec(
            "filter_log_events",
            {
                "logGroupName": "log_group_name",
                "logGroupIdentifier": "log_group_identifier",
                "logStreamNames": "log_stream_names",
                "logStreamNamePrefix": "log_stream_name_prefix",
                "startTime": "start_time",
                "endTime": "end_time",
                "filterPattern": "filter_pattern",
                "nextToken": "next_token",
                "limit": "limit",
                "interleaved": "interleaved",
                "unmask": "unmask",
            },
        ),
        "GetDataProtectionPolicy": OperationSpec(
            "get_data_protection_policy", {"logGroupIdentifier": "log_group_identifier"}
        ),
        "GetDelivery": OperationSpec("get_delivery", {"id": "id"}),
        "GetDeliveryDestination": OperationSpec("get_delivery_destination", {"name": "name"}),
        "GetDeliveryDestinationPolicy": OperationSpec(
            "get_delivery_destination_policy", {"deliveryDestinationName": "delivery_destination_name"}
        ),
        "GetDeliverySource": OperationSpec("get_delivery_source", {"name": "name"}),
        "GetIntegration": OperationSpec("get_integration", {"integrationName": "integration_name"}),
        "GetLogAnomalyDetector": OperationSpec(
            "get_log_anomaly_detector", {"anomalyDetectorArn": "anomaly_detector_arn"}
        ),
        "GetLogEvents": OperationSpec(
            "get_log_events",
            {
                "logGroupName": "log_group_name",
                "logGroupIdentifier": "log_group_identifier",
                "logStreamName": "log_stream_name",
                "startTime": "start_time",
                "endTime": "end_time",
                "nextToken": "next_token",
                "limit": "limit",
                "startFromHead": "start_from_head",
                "unmask": "unmask",
            },
        ),
        "GetLogFields": OperationSpec(
            "get_log_fields", {"dataSourceName": "data_source_name", "dataSourceType": "data_source_type"}
        ),
        "GetLogGroupFields": OperationSpec(
            "get_log_group_fields",
            {"logGroupName": "log_group_name", "time": "time", "logGroupIdentifier": "log_group_identifier"},
        ),
        "GetLogObject": OperationSpec(
            "get_log_object", {"unmask": "unmask", "logObjectPointer": "log_object_pointer"}
        ),
        "GetLogRecord": OperationSpec(
            "get_log_record", {"logRecordPointer": "log_record_pointer", "unmask": "unmask"}
        ),
        "GetLookupTable": OperationSpec("get_lookup_table", {"lookupTableArn": "lookup_table_arn"}),
        "GetQueryResults": OperationSpec(
            "get_query_results", {"queryId": "query_id", "nextToken": "next_token", "maxItems": "max_items"}
        ),
        "GetScheduledQuery": OperationSpec("get_scheduled_query", {"identifier": "identifier"}),
        "GetScheduledQueryHistory": OperationSpec(
            "get_scheduled_query_history",
            {
                "identifier": "identifier",
                "startTime": "start_time",
                "endTime": "end_time",
                "executionStatuses": "execution_statuses",
                "maxResults": "max_results",
                "nextToken": "next_token",
            },
        ),
        "GetTransformer": OperationSpec("get_transformer", {"logGroupIdentifier": "log_group_identifier"}),
        "ListAggregateLogGroupSummaries": OperationSpec(
            "list_aggregate_log_group_summaries",
            {
                "accountIdentifiers": "account_identifiers",
                "includeLinkedAccounts": "include_linked_accounts",
                "logGroupClass": "log_group_class",
                "logGroupNamePattern": "log_group_name_pattern",
                "dataSources": "data_sources",
                "groupBy": "group_by",
                "nextToken": "next_token",
                "limit": "limit",
            },
        ),
        "ListAnomalies": OperationSpec(
            "list_anomalies",
            {
                "anomalyDetectorArn": "anomaly_detector_arn",
                "suppressionState": "suppression_state",
                "limit": "limit",
                "nextToken": "next_token",
            },
        ),
        "ListIntegrations": OperationSpec(
            "list_integrations",
            {
                "integrationNamePrefix": "integration_name_prefix",
                "integrationType": "integration_type",
                "integrationStatus": "integration_status",
            },
        ),
        "ListLogAnomalyDetectors": OperationSpec(
            "list_log_anomaly_detectors",
            {"filterLogGroupArn": "filter_log_group_arn", "limit": "limit", "nextToken": "next_token"},
        ),
        "ListLogGroups": OperationSpec(
            "list_log_groups",
            {
                "logGroupNamePattern": "log_group_name_pattern",
                "logGroupClass": "log_group_class",
                "includeLinkedAccounts": "include_linked_accounts",
                "accountIdentifiers": "account_identifiers",
                "nextToken": "next_token",
                "limit": "limit",
                "dataSources": "data_sources",
                "fieldIndexNames": "field_index_names",
                "logGroupTags": "log_group_tags",
            },
        ),
        "ListLogGroupsForQuery": OperationSpec(
            "list_log_groups_for_query",
            {"queryId": "query_id", "nextToken": "next_token", "maxResults": "max_results"},
        ),
        "ListScheduledQueries": OperationSpec(
            "list_scheduled_queries",
            {"maxResults": "max_results", "nextToken": "next_token", "state": "state"},
        ),
        "ListSourcesForS3TableIntegration": OperationSpec(
            "list_sources_for_s3_table_integration",
            {"integrationArn": "integration_arn", "maxResults": "max_results", "nextToken": "next_token"},
        ),
        "ListTagsForResource": OperationSpec("list_tags_for_resource", {"resourceArn": "resource_arn"}),
        "ListTagsLogGroup": OperationSpec("list_tags_log_group", {"logGroupName": "log_group_name"}),
        "PutAccountPolicy": OperationSpec(
            "put_account_policy",
            {
                "policyName": "policy_name",
                "policyDocument": "policy_document",
                "policyType": "policy_type",
                "scope": "scope",
                "selectionCriteria": "selection_criteria",
            },
        ),
        "PutBearerTokenAuthentication": OperationSpec(
            "put_bearer_token_authentication",
            {
                "logGroupIdentifier": "log_group_identifier",
                "bearerTokenAuthenticationEnabled": "bearer_token_authentication_enabled",
            },
        ),
        "PutDataProtectionPolicy": OperationSpec(
            "put_data_protection_policy",
            {"logGroupIdentifier": "log_group_identifier", "policyDocument": "policy_document"},
        ),
        "PutDeliveryDestination": OperationSpec(
            "put_delivery_destination",
            {
                "name": "name",
                "outputFormat": "output_format",
                "deliveryDestinationConfiguration": "delivery_destination_configuration",
                "deliveryDestinationType": "delivery_destination_type",
                "tags": "tags",
            },
        ),
        "PutDeliveryDestinationPolicy": OperationSpec(
            "put_delivery_destination_policy",
            {
                "deliveryDestinationName": "delivery_destination_name",
                "deliveryDestinationPolicy": "delivery_destination_policy",
            },
        ),
        "PutDeliverySource": OperationSpec(
            "put_delivery_source",
            {
                "name": "name",
                "resourceArn": "resource_arn",
                "logType": "log_type",
                "tags": "tags",
                "deliverySourceConfiguration": "delivery_source_configuration",
            },
        ),
        "PutDestination": OperationSpec(
            "put_destination",
            {
                "destinationName": "destination_name",
                "targetArn": "target_arn",
                "roleArn": "role_arn",
                "tags": "tags",
            },
        ),
        "PutDestinationPolicy": OperationSpec(
            "put_destination_policy",
            {
                "destinationName": "destination_name",
                "accessPolicy": "access_policy",
                "forceUpdate": "force_update",
            },
        ),
        "PutIndexPolicy": OperationSpec(
            "put_index_policy",
            {"logGroupIdentifier": "log_group_identifier", "policyDocument": "policy_document"},
        ),
        "PutIntegration": OperationSpec(
            "put_integration",
            {
                "integrationName": "integration_name",
                "resourceConfig": "resource_config",
                "integrationType": "integration_type",
            },
        ),
        "PutLogEvents": OperationSpec(
            "put_log_events",
            {
                "logGroupName": "log_group_name",
                "logStreamName": "log_stream_name",
                "logEvents": "log_events",
                "sequenceToken": "sequence_token",
                "entity": "entity",
            },
        ),
        "PutLogGroupDeletionProtection": OperationSpec(
            "put_log_group_deletion_protection",
            {
                "logGroupIdentifier": "log_group_identifier",
                "deletionProtectionEnabled": "deletion_protection_enabled",
            },
        ),
        "PutMetricFilter": OperationSpec(
            "put_metric_filter",
            {
                "logGroupName": "log_group_name",
                "filterName": "filter_name",
                "filterPattern": "filter_pattern",
                "metricTransformations": "metric_transformations",
                "applyOnTransformedLogs": "apply_on_transformed_logs",
                "fieldSelectionCriteria": "field_selection_criteria",
                "emitSystemFieldDimensions": "emit_system_field_dimensions",
            },
        ),
        "PutQueryDefinition": OperationSpec(
            "put_query_definition",
            {
                "queryLanguage": "query_language",
                "name": "name",
                "queryDefinitionId": "query_definition_id",
                "logGroupNames": "log_group_names",
                "queryString": "query_string",
                "clientToken": "client_token",
                "parameters": "parameters",
            },
        ),
        "PutResourcePolicy": OperationSpec(
            "put_resource_policy",
            {
                "policyName": "policy_name",
                "policyDocument": "policy_document",
                "resourceArn": "resource_arn",
                "expectedRevisionId": "expected_revision_id",
            },
        ),
        "PutRetentionPolicy": OperationSpec(
            "put_retention_policy", {"logGroupName": "log_group_name", "retentionInDays": "retention_in_days"}
        ),
        "PutSubscriptionFilter": OperationSpec(
            "put_subscription_filter",
            {
                "logGroupName": "log_group_name",
                "filterName": "filter_name",
                "filterPattern": "filter_pattern",
                "destinationArn": "destination_arn",
                "roleArn": "role_arn",
                "distribution": "distribution",
                "applyOnTransformedLogs": "apply_on_transformed_logs",
                "fieldSelectionCriteria": "field_selection_criteria",
                "emitSystemFields": "emit_system_fields",
            },
        ),
        "PutTransformer": OperationSpec(
            "put_transformer",
            {"logGroupIdentifier": "log_group_identifier", "transformerConfig": "transformer_config"},
        ),
        "StartLiveTail": OperationSpec(
            "start_live_tail",
            {
                "logGroupIdentifiers": "log_group_identifiers",
                "logStreamNames": "log_stream_names",
                "logStreamNamePrefixes": "log_stream_name_prefixes",
                "logEventFilterPattern": "log_event_filter_pattern",
            },
        ),
        "StartQuery": OperationSpec(
            "start_query",
            {
                "queryLanguage": "query_language",
                "logGroupName": "log_group_name",
                "logGroupNames": "log_group_names",
                "logGroupIdentifiers": "log_group_identifiers",
                "startTime": "start_time",
                "endTime": "end_time",
                "queryString": "query_string",
                "limit": "limit",
            },
        ),
        "StopQuery": OperationSpec("stop_query", {"queryId": "query_id"}),
        "TagLogGroup": OperationSpec("tag_log_group", {"logGroupName": "log_group_name", "tags": "tags"}),
        "TagResource": OperationSpec("tag_resource", {"resourceArn": "resource_arn", "tags": "tags"}),
        "TestMetricFilter": OperationSpec(
            "test_metric_filter",
            {"filterPattern": "filter_pattern", "logEventMessages": "log_event_messages"},
        ),
        "TestTransformer": OperationSpec(
            "test_transformer",
            {"transformerConfig": "transformer_config", "logEventMessages": "log_event_messages"},
        ),
        "UntagLogGroup": OperationSpec("untag_log_group", {"logGroupName": "log_group_name", "tags": "tags"}),
        "UntagResource": OperationSpec(
            "untag_resource", {"resourceArn": "resource_arn", "tagKeys": "tag_keys"}
        ),
        "UpdateAnomaly": OperationSpec(
            "update_anomaly",
            {
                "anomalyId": "anomaly_id",
                "patternId": "pattern_id",
                "anomalyDetectorArn": "anomaly_detector_arn",
                "suppressionType": "suppression_type",
                "suppressionPeriod": "suppression_period",
                "baseline": "baseline",
            },
        ),
        "UpdateDeliveryConfiguration": OperationSpec(
            "update_delivery_configuration",
            {
                "id": "id",
                "recordFields": "record_fields",
                "fieldDelimiter": "field_delimiter",
                "s3DeliveryConfiguration": "s3_delivery_configuration",
            },
        ),
        "UpdateLogAnomalyDetector": OperationSpec(
            "update_log_anomaly_detector",
            {
                "anomalyDetectorArn": "anomaly_detector_arn",
                "evaluationFrequency": "evaluation_frequency",
                "filterPattern": "filter_pattern",
                "anomalyVisibilityTime": "anomaly_visibility_time",
                "enabled": "enabled",
            },
        ),
        "UpdateLookupTable": OperationSpec(
            "update_lookup_table",
            {
                "lookupTableArn": "lookup_table_arn",
                "description": "description",
                "tableBody": "table_body",
                "kmsKeyId": "kms_key_id",
            },
        ),
        "UpdateScheduledQuery": OperationSpec(
            "update_scheduled_query",
            {
                "identifier": "identifier",
                "description": "description",
                "queryLanguage": "query_language",
                "queryString": "query_string",
                "logGroupIdentifiers": "log_group_identifiers",
                "scheduleExpression": "schedule_expression",
                "timezone": "timezone",
                "startTimeOffset": "start_time_offset",
                "destinationConfiguration": "destination_configuration",
                "scheduleStartTime": "schedule_start_time",
                "scheduleEndTime": "schedule_end_time",
                "executionRoleArn": "execution_role_arn",
                "state": "state",
            },
        ),
    }

    async def associate_kms_key(
        self,
        context: RequestContext,
        *,
        kms_key_id: KmsKeyId,
        log_group_name: LogGroupName | None = None,
        resource_identifier: ResourceIdentifier | None = None,
    ) -> None:
        raise NotImplementedError

    async def associate_source_to_s3_table_integration(
        self, context: RequestContext, *, integration_arn: Arn, data_source: DataSource
    ) -> AssociateSourceToS3TableIntegrationResponse:
        raise NotImplementedError

    async def cancel_export_task(self, context: RequestContext, *, task_id: ExportTaskId) -> None:
        raise NotImplementedError

    async def cancel_import_task(
        self, context: RequestContext, *, import_id: ImportId
    ) -> CancelImportTaskResponse:
        raise NotImplementedError

    async def create_delivery(
        self,
        context: RequestContext,
        *,
        delivery_source_name: DeliverySourceName,
        delivery_destination_arn: Arn,
        record_fields: RecordFields | None = None,
        field_delimiter: FieldDelimiter | None = None,
        s3_delivery_configuration: S3DeliveryConfiguration | None = None,
        tags: Tags | None = None,
    ) -> CreateDeliveryResponse:
        raise NotImplementedError

    async def create_export_task(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName,
        from_: Timestamp,
        to: Timestamp,
        destination: ExportDestinationBucket,
        task_name: ExportTaskName | None = None,
        log_stream_name_prefix: LogStreamName | None = None,
        destination_prefix: ExportDestinationPrefix | None = None,
    ) -> CreateExportTaskResponse:
        raise NotImplementedError

    async def create_import_task(
        self,
        context: RequestContext,
        *,
        import_source_arn: Arn,
        import_role_arn: RoleArn,
        import_filter: ImportFilter | None = None,
    ) -> CreateImportTaskResponse:
        raise NotImplementedError

    async def create_log_anomaly_detector(
        self,
        context: RequestContext,
        *,
        log_group_arn_list: LogGroupArnList,
        detector_name: DetectorName | None = None,
        evaluation_frequency: EvaluationFrequency | None = None,
        filter_pattern: FilterPattern | None = None,
        kms_key_id: DetectorKmsKeyArn | None = None,
        anomaly_visibility_time: AnomalyVisibilityTime | None = None,
        tags: Tags | None = None,
    ) -> CreateLogAnomalyDetectorResponse:
        raise NotImplementedError

    async def create_log_group(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName,
        kms_key_id: KmsKeyId | None = None,
        tags: Tags | None = None,
        log_group_class: LogGroupClass | None = None,
        deletion_protection_enabled: DeletionProtectionEnabled | None = None,
    ) -> None:
        raise NotImplementedError

    async def create_log_stream(
        self, context: RequestContext, *, log_group_name: LogGroupName, log_stream_name: LogStreamName
    ) -> None:
        raise NotImplementedError

    async def create_lookup_table(
        self,
        context: RequestContext,
        *,
        lookup_table_name: LookupTableName,
        table_body: TableBody,
        description: LookupTableDescription | None = None,
        kms_key_id: KmsKeyId | None = None,
        tags: Tags | None = None,
    ) -> CreateLookupTableResponse:
        raise NotImplementedError

    async def create_scheduled_query(
        self,
        context: RequestContext,
        *,
        name: ScheduledQueryName,
        query_language: QueryLanguage,
        query_string: QueryString,
        schedule_expression: ScheduleExpression,
        execution_role_arn: RoleArn,
        description: ScheduledQueryDescription | None = None,
        log_group_identifiers: ScheduledQueryLogGroupIdentifiers | None = None,
        timezone: ScheduleTimezone | None = None,
        start_time_offset: StartTimeOffset | None = None,
        destination_configuration: DestinationConfiguration | None = None,
        schedule_start_time: Timestamp | None = None,
        schedule_end_time: Timestamp | None = None,
        state: ScheduledQueryState | None = None,
        tags: Tags | None = None,
    ) -> CreateScheduledQueryResponse:
        raise NotImplementedError

    async def delete_account_policy(
        self, context: RequestContext, *, policy_name: PolicyName, policy_type: PolicyType
    ) -> None:
        raise NotImplementedError

    async def delete_data_protection_policy(
        self, context: RequestContext, *, log_group_identifier: LogGroupIdentifier
    ) -> None:
        raise NotImplementedError

    async def delete_delivery(self, context: RequestContext, *, id: DeliveryId) -> None:
        raise NotImplementedError

    async def delete_delivery_destination(
        self, context: RequestContext, *, name: DeliveryDestinationName
    ) -> None:
        raise NotImplementedError

    async def delete_delivery_destination_policy(
        self, context: RequestContext, *, delivery_destination_name: DeliveryDestinationName
    ) -> None:
        raise NotImplementedError

    async def delete_delivery_source(self, context: RequestContext, *, name: DeliverySourceName) -> None:
        raise NotImplementedError

    async def delete_destination(self, context: RequestContext, *, destination_name: DestinationName) -> None:
        raise NotImplementedError

    async def delete_index_policy(
        self, context: RequestContext, *, log_group_identifier: LogGroupIdentifier
    ) -> DeleteIndexPolicyResponse:
        raise NotImplementedError

    async def delete_integration(
        self, context: RequestContext, *, integration_name: IntegrationName, force: Force | None = None
    ) -> DeleteIntegrationResponse:
        raise NotImplementedError

    async def delete_log_anomaly_detector(
        self, context: RequestContext, *, anomaly_detector_arn: AnomalyDetectorArn
    ) -> None:
        raise NotImplementedError

    async def delete_log_group(self, context: RequestContext, *, log_group_name: LogGroupName) -> None:
        raise NotImplementedError

    async def delete_log_stream(
        self, context: RequestContext, *, log_group_name: LogGroupName, log_stream_name: LogStreamName
    ) -> None:
        raise NotImplementedError

    async def delete_lookup_table(self, context: RequestContext, *, lookup_table_arn: Arn) -> None:
        raise NotImplementedError

    async def delete_metric_filter(
        self, context: RequestContext, *, log_group_name: LogGroupName, filter_name: FilterName
    ) -> None:
        raise NotImplementedError

    async def delete_query_definition(
        self, context: RequestContext, *, query_definition_id: QueryId
    ) -> DeleteQueryDefinitionResponse:
        raise NotImplementedError

    async def delete_resource_policy(
        self,
        context: RequestContext,
        *,
        policy_name: PolicyName | None = None,
        resource_arn: Arn | None = None,
        expected_revision_id: ExpectedRevisionId | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_retention_policy(self, context: RequestContext, *, log_group_name: LogGroupName) -> None:
        raise NotImplementedError

    async def delete_scheduled_query(
        self, context: RequestContext, *, identifier: ScheduledQueryIdentifier
    ) -> DeleteScheduledQueryResponse:
        raise NotImplementedError

    async def delete_subscription_filter(
        self, context: RequestContext, *, log_group_name: LogGroupName, filter_name: FilterName
    ) -> None:
        raise NotImplementedError

    async def delete_transformer(
        self, context: RequestContext, *, log_group_identifier: LogGroupIdentifier
    ) -> None:
        raise NotImplementedError

    async def describe_account_policies(
        self,
        context: RequestContext,
        *,
        policy_type: PolicyType,
        policy_name: PolicyName | None = None,
        account_identifiers: AccountIds | None = None,
        next_token: NextToken | None = None,
    ) -> DescribeAccountPoliciesResponse:
        raise NotImplementedError

    async def describe_configuration_templates(
        self,
        context: RequestContext,
        *,
        service: Service | None = None,
        log_types: LogTypes | None = None,
        resource_types: ResourceTypes | None = None,
        delivery_destination_types: DeliveryDestinationTypes | None = None,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeConfigurationTemplatesResponse:
        raise NotImplementedError

    async def describe_deliveries(
        self,
        context: RequestContext,
        *,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeDeliveriesResponse:
        raise NotImplementedError

    async def describe_delivery_destinations(
        self,
        context: RequestContext,
        *,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeDeliveryDestinationsResponse:
        raise NotImplementedError

    async def describe_delivery_sources(
        self,
        context: RequestContext,
        *,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeDeliverySourcesResponse:
        raise NotImplementedError

    async def describe_destinations(
        self,
        context: RequestContext,
        *,
        destination_name_prefix: DestinationName | None = None,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeDestinationsResponse:
        raise NotImplementedError

    async def describe_export_tasks(
        self,
        context: RequestContext,
        *,
        task_id: ExportTaskId | None = None,
        status_code: ExportTaskStatusCode | None = None,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeExportTasksResponse:
        raise NotImplementedError

    async def describe_field_indexes(
        self,
        context: RequestContext,
        *,
        log_group_identifiers: DescribeFieldIndexesLogGroupIdentifiers,
        next_token: NextToken | None = None,
    ) -> DescribeFieldIndexesResponse:
        raise NotImplementedError

    async def describe_import_task_batches(
        self,
        context: RequestContext,
        *,
        import_id: ImportId,
        batch_import_status: ImportStatusList | None = None,
        limit: DescribeLimit | None = None,
        next_token: NextToken | None = None,
    ) -> DescribeImportTaskBatchesResponse:
        raise NotImplementedError

    async def describe_import_tasks(
        self,
        context: RequestContext,
        *,
        import_id: ImportId | None = None,
        import_status: ImportStatus | None = None,
        import_source_arn: Arn | None = None,
        limit: DescribeLimit | None = None,
        next_token: NextToken | None = None,
    ) -> DescribeImportTasksResponse:
        raise NotImplementedError

    async def describe_index_policies(
        self,
        context: RequestContext,
        *,
        log_group_identifiers: DescribeIndexPoliciesLogGroupIdentifiers,
        next_token: NextToken | None = None,
    ) -> DescribeIndexPoliciesResponse:
        raise NotImplementedError

    async def describe_log_groups(
        self,
        context: RequestContext,
        *,
        account_identifiers: AccountIds | None = None,
        log_group_name_prefix: LogGroupName | None = None,
        log_group_name_pattern: LogGroupNamePattern | None = None,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
        include_linked_accounts: IncludeLinkedAccounts | None = None,
        log_group_class: LogGroupClass | None = None,
        log_group_identifiers: DescribeLogGroupsLogGroupIdentifiers | None = None,
    ) -> DescribeLogGroupsResponse:
        raise NotImplementedError

    async def describe_log_streams(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName | None = None,
        log_group_identifier: LogGroupIdentifier | None = None,
        log_stream_name_prefix: LogStreamName | None = None,
        order_by: OrderBy | None = None,
        descending: Descending | None = None,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeLogStreamsResponse:
        raise NotImplementedError

    async def describe_lookup_tables(
        self,
        context: RequestContext,
        *,
        lookup_table_name_prefix: LookupTableName | None = None,
        max_results: DescribeLookupTablesMaxResults | None = None,
        next_token: NextToken | None = None,
    ) -> DescribeLookupTablesResponse:
        raise NotImplementedError

    async def describe_metric_filters(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName | None = None,
        filter_name_prefix: FilterName | None = None,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
        metric_name: MetricName | None = None,
        metric_namespace: MetricNamespace | None = None,
    ) -> DescribeMetricFiltersResponse:
        raise NotImplementedError

    async def describe_queries(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName | None = None,
        status: QueryStatus | None = None,
        max_results: DescribeQueriesMaxResults | None = None,
        next_token: NextToken | None = None,
        query_language: QueryLanguage | None = None,
    ) -> DescribeQueriesResponse:
        raise NotImplementedError

    async def describe_query_definitions(
        self,
        context: RequestContext,
        *,
        query_language: QueryLanguage | None = None,
        query_definition_name_prefix: QueryDefinitionName | None = None,
        max_results: QueryListMaxResults | None = None,
        next_token: NextToken | None = None,
    ) -> DescribeQueryDefinitionsResponse:
        raise NotImplementedError

    async def describe_resource_policies(
        self,
        context: RequestContext,
        *,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
        resource_arn: Arn | None = None,
        policy_scope: PolicyScope | None = None,
    ) -> DescribeResourcePoliciesResponse:
        raise NotImplementedError

    async def describe_subscription_filters(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName,
        filter_name_prefix: FilterName | None = None,
        next_token: NextToken | None = None,
        limit: DescribeLimit | None = None,
    ) -> DescribeSubscriptionFiltersResponse:
        raise NotImplementedError

    async def disassociate_kms_key(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName | None = None,
        resource_identifier: ResourceIdentifier | None = None,
    ) -> None:
        raise NotImplementedError

    async def disassociate_source_from_s3_table_integration(
        self, context: RequestContext, *, identifier: S3TableIntegrationSourceIdentifier
    ) -> DisassociateSourceFromS3TableIntegrationResponse:
        raise NotImplementedError

    async def filter_log_events(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName | None = None,
        log_group_identifier: LogGroupIdentifier | None = None,
        log_stream_names: InputLogStreamNames | None = None,
        log_stream_name_prefix: LogStreamName | None = None,
        start_time: Timestamp | None = None,
        end_time: Timestamp | None = None,
        filter_pattern: FilterPattern | None = None,
        next_token: NextToken | None = None,
        limit: EventsLimit | None = None,
        interleaved: Interleaved | None = None,
        unmask: Unmask | None = None,
    ) -> FilterLogEventsResponse:
        raise NotImplementedError

    async def get_data_protection_policy(
        self, context: RequestContext, *, log_group_identifier: LogGroupIdentifier
    ) -> GetDataProtectionPolicyResponse:
        raise NotImplementedError

    async def get_delivery(self, context: RequestContext, *, id: DeliveryId) -> GetDeliveryResponse:
        raise NotImplementedError

    async def get_delivery_destination(
        self, context: RequestContext, *, name: DeliveryDestinationName
    ) -> GetDeliveryDestinationResponse:
        raise NotImplementedError

    async def get_delivery_destination_policy(
        self, context: RequestContext, *, delivery_destination_name: DeliveryDestinationName
    ) -> GetDeliveryDestinationPolicyResponse:
        raise NotImplementedError

    async def get_delivery_source(
        self, context: RequestContext, *, name: DeliverySourceName
    ) -> GetDeliverySourceResponse:
        raise NotImplementedError

    async def get_integration(
        self, context: RequestContext, *, integration_name: IntegrationName
    ) -> GetIntegrationResponse:
        raise NotImplementedError

    async def get_log_anomaly_detector(
        self, context: RequestContext, *, anomaly_detector_arn: AnomalyDetectorArn
    ) -> GetLogAnomalyDetectorResponse:
        raise NotImplementedError

    async def get_log_events(
        self,
        context: RequestContext,
        *,
        log_stream_name: LogStreamName,
        log_group_name: LogGroupName | None = None,
        log_group_identifier: LogGroupIdentifier | None = None,
        start_time: Timestamp | None = None,
        end_time: Timestamp | None = None,
        next_token: NextToken | None = None,
        limit: EventsLimit | None = None,
        start_from_head: StartFromHead | None = None,
        unmask: Unmask | None = None,
    ) -> GetLogEventsResponse:
        raise NotImplementedError

    async def get_log_fields(
        self, context: RequestContext, *, data_source_name: DataSourceName, data_source_type: DataSourceType
    ) -> GetLogFieldsResponse:
        raise NotImplementedError

    async def get_log_group_fields(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName | None = None,
        time: Timestamp | None = None,
        log_group_identifier: LogGroupIdentifier | None = None,
    ) -> GetLogGroupFieldsResponse:
        raise NotImplementedError

    async def get_log_object(
        self, context: RequestContext, *, log_object_pointer: LogObjectPointer, unmask: Unmask | None = None
    ) -> GetLogObjectResponse:
        raise NotImplementedError

    async def get_log_record(
        self, context: RequestContext, *, log_record_pointer: LogRecordPointer, unmask: Unmask | None = None
    ) -> GetLogRecordResponse:
        raise NotImplementedError

    async def get_lookup_table(
        self, context: RequestContext, *, lookup_table_arn: Arn
    ) -> GetLookupTableResponse:
        raise NotImplementedError

    async def get_query_results(
        self,
        context: RequestContext,
        *,
        query_id: QueryId,
        next_token: GetQueryResultsNextToken | None = None,
        max_items: GetQueryResultsMaxItems | None = None,
    ) -> GetQueryResultsResponse:
        raise NotImplementedError

    async def get_scheduled_query(
        self, context: RequestContext, *, identifier: ScheduledQueryIdentifier
    ) -> GetScheduledQueryResponse:
        raise NotImplementedError

    async def get_scheduled_query_history(
        self,
        context: RequestContext,
        *,
        identifier: ScheduledQueryIdentifier,
        start_time: Timestamp,
        end_time: Timestamp,
        execution_statuses: ExecutionStatusList | None = None,
        max_results: GetScheduledQueryHistoryMaxResults | None = None,
        next_token: NextToken | None = None,
    ) -> GetScheduledQueryHistoryResponse:
        raise NotImplementedError

    async def get_transformer(
        self, context: RequestContext, *, log_group_identifier: LogGroupIdentifier
    ) -> GetTransformerResponse:
        raise NotImplementedError

    async def list_aggregate_log_group_summaries(
        self,
        context: RequestContext,
        *,
        group_by: ListAggregateLogGroupSummariesGroupBy,
        account_identifiers: AccountIds | None = None,
        include_linked_accounts: IncludeLinkedAccounts | None = None,
        log_group_class: LogGroupClass | None = None,
        log_group_name_pattern: LogGroupNameRegexPattern | None = None,
        data_sources: DataSourceFilters | None = None,
        next_token: NextToken | None = None,
        limit: ListLogGroupsRequestLimit | None = None,
    ) -> ListAggregateLogGroupSummariesResponse:
        raise NotImplementedError

    async def list_anomalies(
        self,
        context: RequestContext,
        *,
        anomaly_detector_arn: AnomalyDetectorArn | None = None,
        suppression_state: SuppressionState | None = None,
        limit: ListAnomaliesLimit | None = None,
        next_token: NextToken | None = None,
    ) -> ListAnomaliesResponse:
        raise NotImplementedError

    async def list_integrations(
        self,
        context: RequestContext,
        *,
        integration_name_prefix: IntegrationNamePrefix | None = None,
        integration_type: IntegrationType | None = None,
        integration_status: IntegrationStatus | None = None,
    ) -> ListIntegrationsResponse:
        raise NotImplementedError

    async def list_log_anomaly_detectors(
        self,
        context: RequestContext,
        *,
        filter_log_group_arn: LogGroupArn | None = None,
        limit: ListLogAnomalyDetectorsLimit | None = None,
        next_token: NextToken | None = None,
    ) -> ListLogAnomalyDetectorsResponse:
        raise NotImplementedError

    async def list_log_groups(
        self,
        context: RequestContext,
        *,
        log_group_name_pattern: LogGroupNameRegexPattern | None = None,
        log_group_class: LogGroupClass | None = None,
        include_linked_accounts: IncludeLinkedAccounts | None = None,
        account_identifiers: AccountIds | None = None,
        next_token: NextToken | None = None,
        limit: ListLimit | None = None,
        data_sources: DataSourceFilters | None = None,
        field_index_names: FieldIndexNames | None = None,
        log_group_tags: TagFilters | None = None,
    ) -> ListLogGroupsResponse:
        raise NotImplementedError

    async def list_log_groups_for_query(
        self,
        context: RequestContext,
        *,
        query_id: QueryId,
        next_token: NextToken | None = None,
        max_results: ListLogGroupsForQueryMaxResults | None = None,
    ) -> ListLogGroupsForQueryResponse:
        raise NotImplementedError

    async def list_scheduled_queries(
        self,
        context: RequestContext,
        *,
        max_results: ListScheduledQueriesMaxResults | None = None,
        next_token: NextToken | None = None,
        state: ScheduledQueryState | None = None,
    ) -> ListScheduledQueriesResponse:
        raise NotImplementedError

    async def list_sources_for_s3_table_integration(
        self,
        context: RequestContext,
        *,
        integration_arn: Arn,
        max_results: ListSourcesForS3TableIntegrationMaxResults | None = None,
        next_token: NextToken | None = None,
    ) -> ListSourcesForS3TableIntegrationResponse:
        raise NotImplementedError

    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName
    ) -> ListTagsForResourceResponse:
        raise NotImplementedError

    async def list_tags_log_group(
        self, context: RequestContext, *, log_group_name: LogGroupName
    ) -> ListTagsLogGroupResponse:
        raise NotImplementedError

    async def put_account_policy(
        self,
        context: RequestContext,
        *,
        policy_name: PolicyName,
        policy_document: AccountPolicyDocument,
        policy_type: PolicyType,
        scope: Scope | None = None,
        selection_criteria: SelectionCriteria | None = None,
    ) -> PutAccountPolicyResponse:
        raise NotImplementedError

    async def put_bearer_token_authentication(
        self,
        context: RequestContext,
        *,
        log_group_identifier: LogGroupIdentifier,
        bearer_token_authentication_enabled: BearerTokenAuthenticationEnabled,
    ) -> None:
        raise NotImplementedError

    async def put_data_protection_policy(
        self,
        context: RequestContext,
        *,
        log_group_identifier: LogGroupIdentifier,
        policy_document: DataProtectionPolicyDocument,
    ) -> PutDataProtectionPolicyResponse:
        raise NotImplementedError

    async def put_delivery_destination(
        self,
        context: RequestContext,
        *,
        name: DeliveryDestinationName,
        output_format: OutputFormat | None = None,
        delivery_destination_configuration: DeliveryDestinationConfiguration | None = None,
        delivery_destination_type: DeliveryDestinationType | None = None,
        tags: Tags | None = None,
    ) -> PutDeliveryDestinationResponse:
        raise NotImplementedError

    async def put_delivery_destination_policy(
        self,
        context: RequestContext,
        *,
        delivery_destination_name: DeliveryDestinationName,
        delivery_destination_policy: DeliveryDestinationPolicy,
    ) -> PutDeliveryDestinationPolicyResponse:
        raise NotImplementedError

    async def put_delivery_source(
        self,
        context: RequestContext,
        *,
        name: DeliverySourceName,
        resource_arn: Arn,
        log_type: LogType,
        tags: Tags | None = None,
        delivery_source_configuration: DeliverySourceConfiguration | None = None,
    ) -> PutDeliverySourceResponse:
        raise NotImplementedError

    async def put_destination(
        self,
        context: RequestContext,
        *,
        destination_name: DestinationName,
        target_arn: TargetArn,
        role_arn: RoleArn,
        tags: Tags | None = None,
    ) -> PutDestinationResponse:
        raise NotImplementedError

    async def put_destination_policy(
        self,
        context: RequestContext,
        *,
        destination_name: DestinationName,
        access_policy: AccessPolicy,
        force_update: ForceUpdate | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_index_policy(
        self,
        context: RequestContext,
        *,
        log_group_identifier: LogGroupIdentifier,
        policy_document: PolicyDocument,
    ) -> PutIndexPolicyResponse:
        raise NotImplementedError

    async def put_integration(
        self,
        context: RequestContext,
        *,
        integration_name: IntegrationName,
        resource_config: ResourceConfig,
        integration_type: IntegrationType,
    ) -> PutIntegrationResponse:
        raise NotImplementedError

    async def put_log_events(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName,
        log_stream_name: LogStreamName,
        log_events: InputLogEvents,
        sequence_token: SequenceToken | None = None,
        entity: Entity | None = None,
    ) -> PutLogEventsResponse:
        raise NotImplementedError

    async def put_log_group_deletion_protection(
        self,
        context: RequestContext,
        *,
        log_group_identifier: LogGroupIdentifier,
        deletion_protection_enabled: DeletionProtectionEnabled,
    ) -> None:
        raise NotImplementedError

    async def put_metric_filter(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName,
        filter_name: FilterName,
        filter_pattern: FilterPattern,
        metric_transformations: MetricTransformations,
        apply_on_transformed_logs: ApplyOnTransformedLogs | None = None,
        field_selection_criteria: FieldSelectionCriteria | None = None,
        emit_system_field_dimensions: EmitSystemFields | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_query_definition(
        self,
        context: RequestContext,
        *,
        name: QueryDefinitionName,
        query_string: QueryDefinitionString,
        query_language: QueryLanguage | None = None,
        query_definition_id: QueryId | None = None,
        log_group_names: LogGroupNames | None = None,
        client_token: ClientToken | None = None,
        parameters: QueryParameterList | None = None,
    ) -> PutQueryDefinitionResponse:
        raise NotImplementedError

    async def put_resource_policy(
        self,
        context: RequestContext,
        *,
        policy_name: PolicyName | None = None,
        policy_document: PolicyDocument | None = None,
        resource_arn: Arn | None = None,
        expected_revision_id: ExpectedRevisionId | None = None,
    ) -> PutResourcePolicyResponse:
        raise NotImplementedError

    async def put_retention_policy(
        self, context: RequestContext, *, log_group_name: LogGroupName, retention_in_days: Days
    ) -> None:
        raise NotImplementedError

    async def put_subscription_filter(
        self,
        context: RequestContext,
        *,
        log_group_name: LogGroupName,
        filter_name: FilterName,
        filter_pattern: FilterPattern,
        destination_arn: DestinationArn,
        role_arn: RoleArn | None = None,
        distribution: Distribution | None = None,
        apply_on_transformed_logs: ApplyOnTransformedLogs | None = None,
        field_selection_criteria: FieldSelectionCriteria | None = None,
        emit_system_fields: EmitSystemFields | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_transformer(
        self,
        context: RequestContext,
        *,
        log_group_identifier: LogGroupIdentifier,
        transformer_config: Processors,
    ) -> None:
        raise NotImplementedError

    async def start_live_tail(
        self,
        context: RequestContext,
        *,
        log_group_identifiers: StartLiveTailLogGroupIdentifiers,
        log_stream_names: InputLogStreamNames | None = None,
        log_stream_name_prefixes: InputLogStreamNames | None = None,
        log_event_filter_pattern: FilterPattern | None = None,
    ) -> StartLiveTailResponse:
        raise NotImplementedError

    async def start_query(
        self,
        context: RequestContext,
        *,
        start_time: Timestamp,
        end_time: Timestamp,
        query_string: QueryString,
        query_language: QueryLanguage | None = None,
        log_group_name: LogGroupName | None = None,
        log_group_names: LogGroupNames | None = None,
        log_group_identifiers: LogGroupIdentifiers | None = None,
        limit: EventsLimitStartQuery | None = None,
    ) -> StartQueryResponse:
        raise NotImplementedError

    async def stop_query(self, context: RequestContext, *, query_id: QueryId) -> StopQueryResponse:
        raise NotImplementedError

    async def tag_log_group(
        self, context: RequestContext, *, log_group_name: LogGroupName, tags: Tags
    ) -> None:
        raise NotImplementedError

    async def tag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tags: Tags
    ) -> None:
        raise NotImplementedError

    async def test_metric_filter(
        self, context: RequestContext, *, filter_pattern: FilterPattern, log_event_messages: TestEventMessages
    ) -> TestMetricFilterResponse:
        raise NotImplementedError

    async def test_transformer(
        self,
        context: RequestContext,
        *,
        transformer_config: Processors,
        log_event_messages: TestEventMessages,
    ) -> TestTransformerResponse:
        raise NotImplementedError

    async def untag_log_group(
        self, context: RequestContext, *, log_group_name: LogGroupName, tags: TagList
    ) -> None:
        raise NotImplementedError

    async def untag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tag_keys: TagKeyList
    ) -> None:
        raise NotImplementedError

    async def update_anomaly(
        self,
        context: RequestContext,
        *,
        anomaly_detector_arn: AnomalyDetectorArn,
        anomaly_id: AnomalyId | None = None,
        pattern_id: PatternId | None = None,
        suppression_type: SuppressionType | None = None,
        suppression_period: SuppressionPeriod | None = None,
        baseline: Baseline | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_delivery_configuration(
        self,
        context: RequestContext,
        *,
        id: DeliveryId,
        record_fields: RecordFields | None = None,
        field_delimiter: FieldDelimiter | None = None,
        s3_delivery_configuration: S3DeliveryConfiguration | None = None,
    ) -> UpdateDeliveryConfigurationResponse:
        raise NotImplementedError

    async def update_log_anomaly_detector(
        self,
        context: RequestContext,
        *,
        anomaly_detector_arn: AnomalyDetectorArn,
        enabled: Boolean,
        evaluation_frequency: EvaluationFrequency | None = None,
        filter_pattern: FilterPattern | None = None,
        anomaly_visibility_time: AnomalyVisibilityTime | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_lookup_table(
        self,
        context: RequestContext,
        *,
        lookup_table_arn: Arn,
        table_body: TableBody,
        description: LookupTableDescription | None = None,
        kms_key_id: KmsKeyId | None = None,
    ) -> UpdateLookupTableResponse:
        raise NotImplementedError

    async def update_scheduled_query(
        self,
        context: RequestContext,
        *,
        identifier: ScheduledQueryIdentifier,
        query_language: QueryLanguage,
        query_string: QueryString,
        schedule_expression: ScheduleExpression,
        execution_role_arn: RoleArn,
        description: ScheduledQueryDescription | None = None,
        log_group_identifiers: ScheduledQueryLogGroupIdentifiers | None = None,
        timezone: ScheduleTimezone | None = None,
        start_time_offset: StartTimeOffset | None = None,
        destination_configuration: DestinationConfiguration | None = None,
        schedule_start_time: Timestamp | None = None,
        schedule_end_time: Timestamp | None = None,
        state: ScheduledQueryState | None = None,
    ) -> UpdateScheduledQueryResponse:
        raise NotImplementedError
