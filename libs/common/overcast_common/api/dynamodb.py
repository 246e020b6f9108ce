# Generated from botocore 1.43.11's dynamodb model (API 2012-08-10).
# Do not edit: regenerate with `python -m overcast_common.codegen dynamodb`.
"""Typed API of Amazon DynamoDB: shapes, errors and ``DynamodbApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi, omit_none

ApproximateCreationDateTimePrecision = str
ArchivalReason = str
AttributeAction = str
AttributeName = str
AutoScalingPolicyName = str
AutoScalingRoleArn = str
AvailabilityErrorMessage = str
Backfilling = bool
BackupArn = str
BackupCreationDateTime = datetime
BackupName = str
BackupSizeBytes = int
BackupStatus = str
BackupType = str
BackupTypeFilter = str
BackupsInputLimit = int
BatchStatementErrorCodeEnum = str
BilledSizeBytes = int
BillingMode = str
BinaryAttributeValue = bytes
BooleanAttributeValue = bool
BooleanObject = bool
ClientRequestToken = str
ClientToken = str
CloudWatchLogGroupArn = str
Code = str
ComparisonOperator = str
ConditionExpression = str
ConditionalOperator = str
ConfirmRemoveSelfResourceAccess = bool
ConsistentRead = bool
ConsumedCapacityUnits = float
ContinuousBackupsStatus = str
ContributorInsightsAction = str
ContributorInsightsMode = str
ContributorInsightsRule = str
ContributorInsightsStatus = str
CsvDelimiter = str
CsvHeader = str
Date = datetime
DeletionProtectionEnabled = bool
DestinationStatus = str
DoubleObject = float
ErrorCount = int
ErrorMessage = str
ExceptionDescription = str
ExceptionName = str
ExportArn = str
ExportEndTime = datetime
ExportFormat = str
ExportFromTime = datetime
ExportManifest = str
ExportNextToken = str
ExportStartTime = datetime
ExportStatus = str
ExportTime = datetime
ExportToTime = datetime
ExportType = str
ExportViewType = str
ExpressionAttributeNameVariable = str
ExpressionAttributeValueVariable = str
FailureCode = str
FailureMessage = str
GlobalTableArnString = str
GlobalTableSettingsReplicationMode = str
GlobalTableStatus = str
ImportArn = str
ImportEndTime = datetime
ImportNextToken = str
ImportStartTime = datetime
ImportStatus = str
ImportedItemCount = int
IndexName = str
IndexStatus = str
InputCompressionType = str
InputFormat = str
Integer = int
IntegerObject = int
ItemCollectionSizeEstimateBound = float
ItemCount = int
KMSMasterKeyArn = str
KMSMasterKeyId = str
KeyExpression = str
KeySchemaAttributeName = str
KeyType = str
LastUpdateDateTime = datetime
ListContributorInsightsLimit = int
ListExportsMaxLimit = int
ListImportsMaxLimit = int
ListTablesInputLimit = int
Long = int
LongObject = int
MultiRegionConsistency = str
NextTokenString = str
NonKeyAttributeName = str
NonNegativeLongObject = int
NullAttributeValue = bool
NumberAttributeValue = str
PartiQLNextToken = str
PartiQLStatement = str
PointInTimeRecoveryStatus = str
PolicyRevisionId = str
PositiveIntegerObject = int
PositiveLongObject = int
ProcessedItemCount = int
ProjectionExpression = str
ProjectionType = str
Reason = str
RecoveryPeriodInDays = int
RegionName = str
ReplicaStatus = str
ReplicaStatusDescription = str
ReplicaStatusPercentProgress = str
Resource = str
ResourceArnString = str
ResourcePolicy = str
RestoreInProgress = bool
ReturnConsumedCapacity = str
ReturnItemCollectionMetrics = str
ReturnValue = str
ReturnValuesOnConditionCheckFailure = str
S3Bucket = str
S3BucketOwner = str
S3Prefix = str
S3SseAlgorithm = str
S3SseKmsKeyId = str
SSEEnabled = bool
SSEStatus = str
SSEType = str
ScalarAttributeType = str
ScanSegment = int
ScanTotalSegments = int
Select = str
StreamArn = str
StreamEnabled = bool
StreamViewType = str
String = str
StringAttributeValue = str
TableArn = str
TableClass = str
TableCreationDateTime = datetime
TableId = str
TableName = str
TableStatus = str
TagKeyString = str
TagValueString = str
TimeRangeLowerBound = datetime
TimeRangeUpperBound = datetime
TimeToLiveAttributeName = str
TimeToLiveEnabled = bool
TimeToLiveStatus = str
UpdateExpression = str
WitnessStatus = str


class ApproximateCreationDateTimePrecisionValues:
    MILLISECOND: Final = "MILLISECOND"
    MICROSECOND: Final = "MICROSECOND"


class AttributeActionValues:
    ADD: Final = "ADD"
    PUT: Final = "PUT"
    DELETE: Final = "DELETE"


class BackupStatusValues:
    CREATING: Final = "CREATING"
    DELETED: Final = "DELETED"
    AVAILABLE: Final = "AVAILABLE"


class BackupTypeValues:
    USER: Final = "USER"
    SYSTEM: Final = "SYSTEM"
    AWS_BACKUP: Final = "AWS_BACKUP"


class BackupTypeFilterValues:
    USER: Final = "USER"
    SYSTEM: Final = "SYSTEM"
    AWS_BACKUP: Final = "AWS_BACKUP"
    ALL: Final = "ALL"


class BatchStatementErrorCodeEnumValues:
    ConditionalCheckFailed: Final = "ConditionalCheckFailed"
    ItemCollectionSizeLimitExceeded: Final = "ItemCollectionSizeLimitExceeded"
    RequestLimitExceeded: Final = "RequestLimitExceeded"
    ValidationError: Final = "ValidationError"
    ProvisionedThroughputExceeded: Final = "ProvisionedThroughputExceeded"
    TransactionConflict: Final = "TransactionConflict"
    ThrottlingError: Final = "ThrottlingError"
    InternalServerError: Final = "InternalServerError"
    ResourceNotFound: Final = "ResourceNotFound"
    AccessDenied: Final = "AccessDenied"
    DuplicateItem: Final = "DuplicateItem"


class BillingModeValues:
    PROVISIONED: Final = "PROVISIONED"
    PAY_PER_REQUEST: Final = "PAY_PER_REQUEST"


class ComparisonOperatorValues:
    EQ: Final = "EQ"
    NE: Final = "NE"
    IN: Final = "IN"
    LE: Final = "LE"
    LT: Final = "LT"
    GE: Final = "GE"
    GT: Final = "GT"
    BETWEEN: Final = "BETWEEN"
    NOT_NULL: Final = "NOT_NULL"
    NULL: Final = "NULL"
    CONTAINS: Final = "CONTAINS"
    NOT_CONTAINS: Final = "NOT_CONTAINS"
    BEGINS_WITH: Final = "BEGINS_WITH"


class ConditionalOperatorValues:
    AND: Final = "AND"
    OR: Final = "OR"


class ContinuousBackupsStatusValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class ContributorInsightsActionValues:
    ENABLE: Final = "ENABLE"
    DISABLE: Final = "DISABLE"


class ContributorInsightsModeValues:
    ACCESSED_AND_THROTTLED_KEYS: Final = "ACCESSED_AND_THROTTLED_KEYS"
    THROTTLED_KEYS: Final = "THROTTLED_KEYS"


class ContributorInsightsStatusValues:
    ENABLING: Final = "ENABLING"
    ENABLED: Final = "ENABLED"
    DISABLING: Final = "DISABLING"
    DISABLED: Final = "DISABLED"
    FAILED: Final = "FAILED"


class DestinationStatusValues:
    ENABLING: Final = "ENABLING"
    ACTIVE: Final = "ACTIVE"
    DISABLING: Final = "DISABLING"
    DISABLED: Final = "DISABLED"
    ENABLE_FAILED: Final = "ENABLE_FAILED"
    UPDATING: Final = "UPDATING"


class ExportFormatValues:
    DYNAMODB_JSON: Final = "DYNAMODB_JSON"
    ION: Final = "ION"


class ExportStatusValues:
    IN_PROGRESS: Final = "IN_PROGRESS"
    COMPLETED: Final = "COMPLETED"
    FAILED: Final = "FAILED"


class ExportTypeValues:
    FULL_EXPORT: Final = "FULL_EXPORT"
    INCREMENTAL_EXPORT: Final = "INCREMENTAL_EXPORT"


class ExportViewTypeValues:
    NEW_IMAGE: Final = "NEW_IMAGE"
    NEW_AND_OLD_IMAGES: Final = "NEW_AND_OLD_IMAGES"


class GlobalTableSettingsReplicationModeValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"
    ENABLED_WITH_OVERRIDES: Final = "ENABLED_WITH_OVERRIDES"


class GlobalTableStatusValues:
    CREATING: Final = "CREATING"
    ACTIVE: Final = "ACTIVE"
    DELETING: Final = "DELETING"
    UPDATING: Final = "UPDATING"


class ImportStatusValues:
    IN_PROGRESS: Final = "IN_PROGRESS"
    COMPLETED: Final = "COMPLETED"
    CANCELLING: Final = "CANCELLING"
    CANCELLED: Final = "CANCELLED"
    FAILED: Final = "FAILED"


class IndexStatusValues:
    CREATING: Final = "CREATING"
    UPDATING: Final = "UPDATING"
    DELETING: Final = "DELETING"
    ACTIVE: Final = "ACTIVE"


class InputCompressionTypeValues:
    GZIP: Final = "GZIP"
    ZSTD: Final = "ZSTD"
    NONE: Final = "NONE"


class InputFormatValues:
    DYNAMODB_JSON: Final = "DYNAMODB_JSON"
    ION: Final = "ION"
    CSV: Final = "CSV"


class KeyTypeValues:
    HASH: Final = "HASH"
    RANGE: Final = "RANGE"


class MultiRegionConsistencyValues:
    EVENTUAL: Final = "EVENTUAL"
    STRONG: Final = "STRONG"


class PointInTimeRecoveryStatusValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class ProjectionTypeValues:
    ALL: Final = "ALL"
    KEYS_ONLY: Final = "KEYS_ONLY"
    INCLUDE: Final = "INCLUDE"


class ReplicaStatusValues:
    CREATING: Final = "CREATING"
    CREATION_FAILED: Final = "CREATION_FAILED"
    UPDATING: Final = "UPDATING"
    DELETING: Final = "DELETING"
    ACTIVE: Final = "ACTIVE"
    REGION_DISABLED: Final = "REGION_DISABLED"
    INACCESSIBLE_ENCRYPTION_CREDENTIALS: Final = "INACCESSIBLE_ENCRYPTION_CREDENTIALS"
    ARCHIVING: Final = "ARCHIVING"
    ARCHIVED: Final = "ARCHIVED"
    REPLICATION_NOT_AUTHORIZED: Final = "REPLICATION_NOT_AUTHORIZED"


class ReturnConsumedCapacityValues:
    INDEXES: Final = "INDEXES"
    TOTAL: Final = "TOTAL"
    NONE: Final = "NONE"


class ReturnItemCollectionMetricsValues:
    SIZE: Final = "SIZE"
    NONE: Final = "NONE"


class ReturnValueValues:
    NONE: Final = "NONE"
    ALL_OLD: Final = "ALL_OLD"
    UPDATED_OLD: Final = "UPDATED_OLD"
    ALL_NEW: Final = "ALL_NEW"
    UPDATED_NEW: Final = "UPDATED_NEW"


class ReturnValuesOnConditionCheckFailureValues:
    ALL_OLD: Final = "ALL_OLD"
    NONE: Final = "NONE"


class S3SseAlgorithmValues:
    AES256: Final = "AES256"
    KMS: Final = "KMS"


class SSEStatusValues:
    ENABLING: Final = "ENABLING"
    ENABLED: Final = "ENABLED"
    DISABLING: Final = "DISABLING"
    DISABLED: Final = "DISABLED"
    UPDATING: Final = "UPDATING"


class SSETypeValues:
    AES256: Final = "AES256"
    KMS: Final = "KMS"


class ScalarAttributeTypeValues:
    S: Final = "S"
    N: Final = "N"
    B: Final = "B"


class SelectValues:
    ALL_ATTRIBUTES: Final = "ALL_ATTRIBUTES"
    ALL_PROJECTED_ATTRIBUTES: Final = "ALL_PROJECTED_ATTRIBUTES"
    SPECIFIC_ATTRIBUTES: Final = "SPECIFIC_ATTRIBUTES"
    COUNT: Final = "COUNT"


class StreamViewTypeValues:
    NEW_IMAGE: Final = "NEW_IMAGE"
    OLD_IMAGE: Final = "OLD_IMAGE"
    NEW_AND_OLD_IMAGES: Final = "NEW_AND_OLD_IMAGES"
    KEYS_ONLY: Final = "KEYS_ONLY"


class TableClassValues:
    STANDARD: Final = "STANDARD"
    STANDARD_INFREQUENT_ACCESS: Final = "STANDARD_INFREQUENT_ACCESS"


class TableStatusValues:
    CREATING: Final = "CREATING"
    UPDATING: Final = "UPDATING"
    DELETING: Final = "DELETING"
    ACTIVE: Final = "ACTIVE"
    INACCESSIBLE_ENCRYPTION_CREDENTIALS: Final = "INACCESSIBLE_ENCRYPTION_CREDENTIALS"
    ARCHIVING: Final = "ARCHIVING"
    ARCHIVED: Final = "ARCHIVED"
    REPLICATION_NOT_AUTHORIZED: Final = "REPLICATION_NOT_AUTHORIZED"


class TimeToLiveStatusValues:
    ENABLING: Final = "ENABLING"
    DISABLING: Final = "DISABLING"
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class WitnessStatusValues:
    CREATING: Final = "CREATING"
    DELETING: Final = "DELETING"
    ACTIVE: Final = "ACTIVE"


class ArchivalSummary(TypedDict):
    ArchivalDateTime: NotRequired[Date]
    ArchivalReason: NotRequired[ArchivalReason]
    ArchivalBackupArn: NotRequired[BackupArn]


class AttributeDefinition(TypedDict):
    AttributeName: KeySchemaAttributeName
    AttributeType: ScalarAttributeType


class AttributeValue(TypedDict):
    S: NotRequired[StringAttributeValue]
    N: NotRequired[NumberAttributeValue]
    B: NotRequired[BinaryAttributeValue]
    SS: NotRequired[StringSetAttributeValue]
    NS: NotRequired[NumberSetAttributeValue]
    BS: NotRequired[BinarySetAttributeValue]
    M: NotRequired[MapAttributeValue]
    L: NotRequired[ListAttributeValue]
    NULL: NotRequired[NullAttributeValue]
    BOOL: NotRequired[BooleanAttributeValue]


class AttributeValueUpdate(TypedDict):
    Value: NotRequired[AttributeValue]
    Action: NotRequired[AttributeAction]


class AutoScalingPolicyDescription(TypedDict):
    PolicyName: NotRequired[AutoScalingPolicyName]
    TargetTrackingScalingPolicyConfiguration: NotRequired[
        AutoScalingTargetTrackingScalingPolicyConfigurationDescription
    ]


class AutoScalingPolicyUpdate(TypedDict):
    PolicyName: NotRequired[AutoScalingPolicyName]
    TargetTrackingScalingPolicyConfiguration: AutoScalingTargetTrackingScalingPolicyConfigurationUpdate


class AutoScalingSettingsDescription(TypedDict):
    MinimumUnits: NotRequired[PositiveLongObject]
    MaximumUnits: NotRequired[PositiveLongObject]
    AutoScalingDisabled: NotRequired[BooleanObject]
    AutoScalingRoleArn: NotRequired[String]
    ScalingPolicies: NotRequired[AutoScalingPolicyDescriptionList]


class AutoScalingSettingsUpdate(TypedDict):
    MinimumUnits: NotRequired[PositiveLongObject]
    MaximumUnits: NotRequired[PositiveLongObject]
    AutoScalingDisabled: NotRequired[BooleanObject]
    AutoScalingRoleArn: NotRequired[AutoScalingRoleArn]
    ScalingPolicyUpdate: NotRequired[AutoScalingPolicyUpdate]


class AutoScalingTargetTrackingScalingPolicyConfigurationDescription(TypedDict):
    DisableScaleIn: NotRequired[BooleanObject]
    ScaleInCooldown: NotRequired[IntegerObject]
    ScaleOutCooldown: NotRequired[IntegerObject]
    TargetValue: DoubleObject


class AutoScalingTargetTrackingScalingPolicyConfigurationUpdate(TypedDict):
    DisableScaleIn: NotRequired[BooleanObject]
    ScaleInCooldown: NotRequired[IntegerObject]
    ScaleOutCooldown: NotRequired[IntegerObject]
    TargetValue: DoubleObject


class BackupDescription(TypedDict):
    BackupDetails: NotRequired[BackupDetails]
    SourceTableDetails: NotRequired[SourceTableDetails]
    SourceTableFeatureDetails: NotRequired[SourceTableFeatureDetails]


class BackupDetails(TypedDict):
    BackupArn: BackupArn
    BackupName: BackupName
    BackupSizeBytes: NotRequired[BackupSizeBytes]
    BackupStatus: BackupStatus
    BackupType: BackupType
    BackupCreationDateTime: BackupCreationDateTime
    BackupExpiryDateTime: NotRequired[Date]


class BackupSummary(TypedDict):
    TableName: NotRequired[TableName]
    TableId: NotRequired[TableId]
    TableArn: NotRequired[TableArn]
    BackupArn: NotRequired[BackupArn]
    BackupName: NotRequired[BackupName]
    BackupCreationDateTime: NotRequired[BackupCreationDateTime]
    BackupExpiryDateTime: NotRequired[Date]
    BackupStatus: NotRequired[BackupStatus]
    BackupType: NotRequired[BackupType]
    BackupSizeBytes: NotRequired[BackupSizeBytes]


class BatchExecuteStatementInput(TypedDict):
    Statements: PartiQLBatchRequest
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]


class BatchExecuteStatementOutput(TypedDict):
    Responses: NotRequired[PartiQLBatchResponse]
    ConsumedCapacity: NotRequired[ConsumedCapacityMultiple]


class BatchGetItemInput(TypedDict):
    RequestItems: BatchGetRequestMap
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]


class BatchGetItemOutput(TypedDict):
    Responses: NotRequired[BatchGetResponseMap]
    UnprocessedKeys: NotRequired[BatchGetRequestMap]
    ConsumedCapacity: NotRequired[ConsumedCapacityMultiple]


class BatchStatementError(TypedDict):
    Code: NotRequired[BatchStatementErrorCodeEnum]
    Message: NotRequired[String]
    Item: NotRequired[AttributeMap]


class BatchStatementRequest(TypedDict):
    Statement: PartiQLStatement
    Parameters: NotRequired[PreparedStatementParameters]
    ConsistentRead: NotRequired[ConsistentRead]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class BatchStatementResponse(TypedDict):
    Error: NotRequired[BatchStatementError]
    TableName: NotRequired[TableName]
    Item: NotRequired[AttributeMap]


class BatchWriteItemInput(TypedDict):
    RequestItems: BatchWriteItemRequestMap
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    ReturnItemCollectionMetrics: NotRequired[ReturnItemCollectionMetrics]


class BatchWriteItemOutput(TypedDict):
    UnprocessedItems: NotRequired[BatchWriteItemRequestMap]
    ItemCollectionMetrics: NotRequired[ItemCollectionMetricsPerTable]
    ConsumedCapacity: NotRequired[ConsumedCapacityMultiple]


class BillingModeSummary(TypedDict):
    BillingMode: NotRequired[BillingMode]
    LastUpdateToPayPerRequestDateTime: NotRequired[Date]


class CancellationReason(TypedDict):
    Item: NotRequired[AttributeMap]
    Code: NotRequired[Code]
    Message: NotRequired[ErrorMessage]


class Capacity(TypedDict):
    ReadCapacityUnits: NotRequired[ConsumedCapacityUnits]
    WriteCapacityUnits: NotRequired[ConsumedCapacityUnits]
    CapacityUnits: NotRequired[ConsumedCapacityUnits]


class Condition(TypedDict):
    AttributeValueList: NotRequired[AttributeValueList]
    ComparisonOperator: ComparisonOperator


class ConditionCheck(TypedDict):
    Key: Key
    TableName: TableArn
    ConditionExpression: ConditionExpression
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class ConsumedCapacity(TypedDict):
    TableName: NotRequired[TableArn]
    CapacityUnits: NotRequired[ConsumedCapacityUnits]
    ReadCapacityUnits: NotRequired[ConsumedCapacityUnits]
    WriteCapacityUnits: NotRequired[ConsumedCapacityUnits]
    Table: NotRequired[Capacity]
    LocalSecondaryIndexes: NotRequired[SecondaryIndexesCapacityMap]
    GlobalSecondaryIndexes: NotRequired[SecondaryIndexesCapacityMap]


class ContinuousBackupsDescription(TypedDict):
    ContinuousBackupsStatus: ContinuousBackupsStatus
    PointInTimeRecoveryDescription: NotRequired[PointInTimeRecoveryDescription]


class ContributorInsightsSummary(TypedDict):
    TableName: NotRequired[TableName]
    IndexName: NotRequired[IndexName]
    ContributorInsightsStatus: NotRequired[ContributorInsightsStatus]
    ContributorInsightsMode: NotRequired[ContributorInsightsMode]


class CreateBackupInput(TypedDict):
    TableName: TableArn
    BackupName: BackupName


class CreateBackupOutput(TypedDict):
    BackupDetails: NotRequired[BackupDetails]


class CreateGlobalSecondaryIndexAction(TypedDict):
    IndexName: IndexName
    KeySchema: KeySchema
    Projection: Projection
    ProvisionedThroughput: NotRequired[ProvisionedThroughput]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    WarmThroughput: NotRequired[WarmThroughput]


class CreateGlobalTableInput(TypedDict):
    GlobalTableName: TableName
    ReplicationGroup: ReplicaList


class CreateGlobalTableOutput(TypedDict):
    GlobalTableDescription: NotRequired[GlobalTableDescription]


class CreateGlobalTableWitnessGroupMemberAction(TypedDict):
    RegionName: RegionName


class CreateReplicaAction(TypedDict):
    RegionName: RegionName


class CreateReplicationGroupMemberAction(TypedDict):
    RegionName: RegionName
    KMSMasterKeyId: NotRequired[KMSMasterKeyId]
    ProvisionedThroughputOverride: NotRequired[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: NotRequired[OnDemandThroughputOverride]
    GlobalSecondaryIndexes: NotRequired[ReplicaGlobalSecondaryIndexList]
    TableClassOverride: NotRequired[TableClass]


class CreateTableInput(TypedDict):
    AttributeDefinitions: NotRequired[AttributeDefinitions]
    TableName: TableArn
    KeySchema: NotRequired[KeySchema]
    LocalSecondaryIndexes: NotRequired[LocalSecondaryIndexList]
    GlobalSecondaryIndexes: NotRequired[GlobalSecondaryIndexList]
    BillingMode: NotRequired[BillingMode]
    ProvisionedThroughput: NotRequired[ProvisionedThroughput]
    StreamSpecification: NotRequired[StreamSpecification]
    SSESpecification: NotRequired[SSESpecification]
    Tags: NotRequired[TagList]
    TableClass: NotRequired[TableClass]
    DeletionProtectionEnabled: NotRequired[DeletionProtectionEnabled]
    WarmThroughput: NotRequired[WarmThroughput]
    ResourcePolicy: NotRequired[ResourcePolicy]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    GlobalTableSourceArn: NotRequired[TableArn]
    GlobalTableSettingsReplicationMode: NotRequired[GlobalTableSettingsReplicationMode]


class CreateTableOutput(TypedDict):
    TableDescription: NotRequired[TableDescription]


class CsvOptions(TypedDict):
    Delimiter: NotRequired[CsvDelimiter]
    HeaderList: NotRequired[CsvHeaderList]


class Delete(TypedDict):
    Key: Key
    TableName: TableArn
    ConditionExpression: NotRequired[ConditionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class DeleteBackupInput(TypedDict):
    BackupArn: BackupArn


class DeleteBackupOutput(TypedDict):
    BackupDescription: NotRequired[BackupDescription]


class DeleteGlobalSecondaryIndexAction(TypedDict):
    IndexName: IndexName


class DeleteGlobalTableWitnessGroupMemberAction(TypedDict):
    RegionName: RegionName


class DeleteItemInput(TypedDict):
    TableName: TableArn
    Key: Key
    Expected: NotRequired[ExpectedAttributeMap]
    ConditionalOperator: NotRequired[ConditionalOperator]
    ReturnValues: NotRequired[ReturnValue]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    ReturnItemCollectionMetrics: NotRequired[ReturnItemCollectionMetrics]
    ConditionExpression: NotRequired[ConditionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class DeleteItemOutput(TypedDict):
    Attributes: NotRequired[AttributeMap]
    ConsumedCapacity: NotRequired[ConsumedCapacity]
    ItemCollectionMetrics: NotRequired[ItemCollectionMetrics]


class DeleteReplicaAction(TypedDict):
    RegionName: RegionName


class DeleteReplicationGroupMemberAction(TypedDict):
    RegionName: RegionName


class DeleteRequest(TypedDict):
    Key: Key


class DeleteResourcePolicyInput(TypedDict):
    ResourceArn: ResourceArnString
    ExpectedRevisionId: NotRequired[PolicyRevisionId]


class DeleteResourcePolicyOutput(TypedDict):
    RevisionId: NotRequired[PolicyRevisionId]


class DeleteTableInput(TypedDict):
    TableName: TableArn


class DeleteTableOutput(TypedDict):
    TableDescription: NotRequired[TableDescription]


class DescribeBackupInput(TypedDict):
    BackupArn: BackupArn


class DescribeBackupOutput(TypedDict):
    BackupDescription: NotRequired[BackupDescription]


class DescribeContinuousBackupsInput(TypedDict):
    TableName: TableArn


class DescribeContinuousBackupsOutput(TypedDict):
    ContinuousBackupsDescription: NotRequired[ContinuousBackupsDescription]


class DescribeContributorInsightsInput(TypedDict):
    TableName: TableArn
    IndexName: NotRequired[IndexName]


class DescribeContributorInsightsOutput(TypedDict):
    TableName: NotRequired[TableName]
    IndexName: NotRequired[IndexName]
    ContributorInsightsRuleList: NotRequired[ContributorInsightsRuleList]
    ContributorInsightsStatus: NotRequired[ContributorInsightsStatus]
    LastUpdateDateTime: NotRequired[LastUpdateDateTime]
    FailureException: NotRequired[FailureException]
    ContributorInsightsMode: NotRequired[ContributorInsightsMode]


class DescribeEndpointsRequest(TypedDict):
    pass


class DescribeEndpointsResponse(TypedDict):
    Endpoints: Endpoints


class DescribeExportInput(TypedDict):
    ExportArn: ExportArn


class DescribeExportOutput(TypedDict):
    ExportDescription: NotRequired[ExportDescription]


class DescribeGlobalTableInput(TypedDict):
    GlobalTableName: TableName


class DescribeGlobalTableOutput(TypedDict):
    GlobalTableDescription: NotRequired[GlobalTableDescription]


class DescribeGlobalTableSettingsInput(TypedDict):
    GlobalTableName: TableName


class DescribeGlobalTableSettingsOutput(TypedDict):
    GlobalTableName: NotRequired[TableName]
    ReplicaSettings: NotRequired[ReplicaSettingsDescriptionList]


class DescribeImportInput(TypedDict):
    ImportArn: ImportArn


class DescribeImportOutput(TypedDict):
    ImportTableDescription: ImportTableDescription


class DescribeKinesisStreamingDestinationInput(TypedDict):
    TableName: TableArn


class DescribeKinesisStreamingDestinationOutput(TypedDict):
    TableName: NotRequired[TableName]
    KinesisDataStreamDestinations: NotRequired[KinesisDataStreamDestinations]


class DescribeLimitsInput(TypedDict):
    pass


class DescribeLimitsOutput(TypedDict):
    AccountMaxReadCapacityUnits: NotRequired[PositiveLongObject]
    AccountMaxWriteCapacityUnits: NotRequired[PositiveLongObject]
    TableMaxReadCapacityUnits: NotRequired[PositiveLongObject]
    TableMaxWriteCapacityUnits: NotRequired[PositiveLongObject]


class DescribeTableInput(TypedDict):
    TableName: TableArn


class DescribeTableOutput(TypedDict):
    Table: NotRequired[TableDescription]


class DescribeTableReplicaAutoScalingInput(TypedDict):
    TableName: TableArn


class DescribeTableReplicaAutoScalingOutput(TypedDict):
    TableAutoScalingDescription: NotRequired[TableAutoScalingDescription]


class DescribeTimeToLiveInput(TypedDict):
    TableName: TableArn


class DescribeTimeToLiveOutput(TypedDict):
    TimeToLiveDescription: NotRequired[TimeToLiveDescription]


class EnableKinesisStreamingConfiguration(TypedDict):
    ApproximateCreationDateTimePrecision: NotRequired[ApproximateCreationDateTimePrecision]


class Endpoint(TypedDict):
    Address: String
    CachePeriodInMinutes: Long


class ExecuteStatementInput(TypedDict):
    Statement: PartiQLStatement
    Parameters: NotRequired[PreparedStatementParameters]
    ConsistentRead: NotRequired[ConsistentRead]
    NextToken: NotRequired[PartiQLNextToken]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    Limit: NotRequired[PositiveIntegerObject]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class ExecuteStatementOutput(TypedDict):
    Items: NotRequired[ItemList]
    NextToken: NotRequired[PartiQLNextToken]
    ConsumedCapacity: NotRequired[ConsumedCapacity]
    LastEvaluatedKey: NotRequired[Key]


class ExecuteTransactionInput(TypedDict):
    TransactStatements: ParameterizedStatements
    ClientRequestToken: NotRequired[ClientRequestToken]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]


class ExecuteTransactionOutput(TypedDict):
    Responses: NotRequired[ItemResponseList]
    ConsumedCapacity: NotRequired[ConsumedCapacityMultiple]


class ExpectedAttributeValue(TypedDict):
    Value: NotRequired[AttributeValue]
    Exists: NotRequired[BooleanObject]
    ComparisonOperator: NotRequired[ComparisonOperator]
    AttributeValueList: NotRequired[AttributeValueList]


class ExportDescription(TypedDict):
    ExportArn: NotRequired[ExportArn]
    ExportStatus: NotRequired[ExportStatus]
    StartTime: NotRequired[ExportStartTime]
    EndTime: NotRequired[ExportEndTime]
    ExportManifest: NotRequired[ExportManifest]
    TableArn: NotRequired[TableArn]
    TableId: NotRequired[TableId]
    ExportTime: NotRequired[ExportTime]
    ClientToken: NotRequired[ClientToken]
    S3Bucket: NotRequired[S3Bucket]
    S3BucketOwner: NotRequired[S3BucketOwner]
    S3Prefix: NotRequired[S3Prefix]
    S3SseAlgorithm: NotRequired[S3SseAlgorithm]
    S3SseKmsKeyId: NotRequired[S3SseKmsKeyId]
    FailureCode: NotRequired[FailureCode]
    FailureMessage: NotRequired[FailureMessage]
    ExportFormat: NotRequired[ExportFormat]
    BilledSizeBytes: NotRequired[BilledSizeBytes]
    ItemCount: NotRequired[ItemCount]
    ExportType: NotRequired[ExportType]
    IncrementalExportSpecification: NotRequired[IncrementalExportSpecification]


class ExportSummary(TypedDict):
    ExportArn: NotRequired[ExportArn]
    ExportStatus: NotRequired[ExportStatus]
    ExportType: NotRequired[ExportType]


class ExportTableToPointInTimeInput(TypedDict):
    TableArn: TableArn
    ExportTime: NotRequired[ExportTime]
    ClientToken: NotRequired[ClientToken]
    S3Bucket: S3Bucket
    S3BucketOwner: NotRequired[S3BucketOwner]
    S3Prefix: NotRequired[S3Prefix]
    S3SseAlgorithm: NotRequired[S3SseAlgorithm]
    S3SseKmsKeyId: NotRequired[S3SseKmsKeyId]
    ExportFormat: NotRequired[ExportFormat]
    ExportType: NotRequired[ExportType]
    IncrementalExportSpecification: NotRequired[IncrementalExportSpecification]


class ExportTableToPointInTimeOutput(TypedDict):
    ExportDescription: NotRequired[ExportDescription]


class FailureException(TypedDict):
    ExceptionName: NotRequired[ExceptionName]
    ExceptionDescription: NotRequired[ExceptionDescription]


class Get(TypedDict):
    Key: Key
    TableName: TableArn
    ProjectionExpression: NotRequired[ProjectionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]


class GetItemInput(TypedDict):
    TableName: TableArn
    Key: Key
    AttributesToGet: NotRequired[AttributeNameList]
    ConsistentRead: NotRequired[ConsistentRead]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    ProjectionExpression: NotRequired[ProjectionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]


class GetItemOutput(TypedDict):
    Item: NotRequired[AttributeMap]
    ConsumedCapacity: NotRequired[ConsumedCapacity]


class GetResourcePolicyInput(TypedDict):
    ResourceArn: ResourceArnString


class GetResourcePolicyOutput(TypedDict):
    Policy: NotRequired[ResourcePolicy]
    RevisionId: NotRequired[PolicyRevisionId]


class GlobalSecondaryIndex(TypedDict):
    IndexName: IndexName
    KeySchema: KeySchema
    Projection: Projection
    ProvisionedThroughput: NotRequired[ProvisionedThroughput]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    WarmThroughput: NotRequired[WarmThroughput]


class GlobalSecondaryIndexAutoScalingUpdate(TypedDict):
    IndexName: NotRequired[IndexName]
    ProvisionedWriteCapacityAutoScalingUpdate: NotRequired[AutoScalingSettingsUpdate]


class GlobalSecondaryIndexDescription(TypedDict):
    IndexName: NotRequired[IndexName]
    KeySchema: NotRequired[KeySchema]
    Projection: NotRequired[Projection]
    IndexStatus: NotRequired[IndexStatus]
    Backfilling: NotRequired[Backfilling]
    ProvisionedThroughput: NotRequired[ProvisionedThroughputDescription]
    IndexSizeBytes: NotRequired[LongObject]
    ItemCount: NotRequired[LongObject]
    IndexArn: NotRequired[String]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    WarmThroughput: NotRequired[GlobalSecondaryIndexWarmThroughputDescription]


class GlobalSecondaryIndexInfo(TypedDict):
    IndexName: NotRequired[IndexName]
    KeySchema: NotRequired[KeySchema]
    Projection: NotRequired[Projection]
    ProvisionedThroughput: NotRequired[ProvisionedThroughput]
    OnDemandThroughput: NotRequired[OnDemandThroughput]


class GlobalSecondaryIndexUpdate(TypedDict):
    Update: NotRequired[UpdateGlobalSecondaryIndexAction]
    Create: NotRequired[CreateGlobalSecondaryIndexAction]
    Delete: NotRequired[DeleteGlobalSecondaryIndexAction]


class GlobalSecondaryIndexWarmThroughputDescription(TypedDict):
    ReadUnitsPerSecond: NotRequired[PositiveLongObject]
    WriteUnitsPerSecond: NotRequired[PositiveLongObject]
    Status: NotRequired[IndexStatus]


class GlobalTable(TypedDict):
    GlobalTableName: NotRequired[TableName]
    ReplicationGroup: NotRequired[ReplicaList]


class GlobalTableDescription(TypedDict):
    ReplicationGroup: NotRequired[ReplicaDescriptionList]
    GlobalTableArn: NotRequired[GlobalTableArnString]
    CreationDateTime: NotRequired[Date]
    GlobalTableStatus: NotRequired[GlobalTableStatus]
    GlobalTableName: NotRequired[TableName]


class GlobalTableGlobalSecondaryIndexSettingsUpdate(TypedDict):
    IndexName: IndexName
    ProvisionedWriteCapacityUnits: NotRequired[PositiveLongObject]
    ProvisionedWriteCapacityAutoScalingSettingsUpdate: NotRequired[AutoScalingSettingsUpdate]


class GlobalTableWitnessDescription(TypedDict):
    RegionName: NotRequired[RegionName]
    WitnessStatus: NotRequired[WitnessStatus]


class GlobalTableWitnessGroupUpdate(TypedDict):
    Create: NotRequired[CreateGlobalTableWitnessGroupMemberAction]
    Delete: NotRequired[DeleteGlobalTableWitnessGroupMemberAction]


class ImportSummary(TypedDict):
    ImportArn: NotRequired[ImportArn]
    ImportStatus: NotRequired[ImportStatus]
    TableArn: NotRequired[TableArn]
    S3BucketSource: NotRequired[S3BucketSource]
    CloudWatchLogGroupArn: NotRequired[CloudWatchLogGroupArn]
    InputFormat: NotRequired[InputFormat]
    StartTime: NotRequired[ImportStartTime]
    EndTime: NotRequired[ImportEndTime]


class ImportTableDescription(TypedDict):
    ImportArn: NotRequired[ImportArn]
    ImportStatus: NotRequired[ImportStatus]
    TableArn: NotRequired[TableArn]
    TableId: NotRequired[TableId]
    ClientToken: NotRequired[ClientToken]
    S3BucketSource: NotRequired[S3BucketSource]
    ErrorCount: NotRequired[ErrorCount]
    CloudWatchLogGroupArn: NotRequired[CloudWatchLogGroupArn]
    InputFormat: NotRequired[InputFormat]
    InputFormatOptions: NotRequired[InputFormatOptions]
    InputCompressionType: NotRequired[InputCompressionType]
    TableCreationParameters: NotRequired[TableCreationParameters]
    StartTime: NotRequired[ImportStartTime]
    EndTime: NotRequired[ImportEndTime]
    ProcessedSizeBytes: NotRequired[LongObject]
    ProcessedItemCount: NotRequired[ProcessedItemCount]
    ImportedItemCount: NotRequired[ImportedItemCount]
    FailureCode: NotRequired[FailureCode]
    FailureMessage: NotRequired[FailureMessage]


class ImportTableInput(TypedDict):
    ClientToken: NotRequired[ClientToken]
    S3BucketSource: S3BucketSource
    InputFormat: InputFormat
    InputFormatOptions: NotRequired[InputFormatOptions]
    InputCompressionType: NotRequired[InputCompressionType]
    TableCreationParameters: TableCreationParameters


class ImportTableOutput(TypedDict):
    ImportTableDescription: ImportTableDescription


class IncrementalExportSpecification(TypedDict):
    ExportFromTime: NotRequired[ExportFromTime]
    ExportToTime: NotRequired[ExportToTime]
    ExportViewType: NotRequired[ExportViewType]


class InputFormatOptions(TypedDict):
    Csv: NotRequired[CsvOptions]


class ItemCollectionMetrics(TypedDict):
    ItemCollectionKey: NotRequired[ItemCollectionKeyAttributeMap]
    SizeEstimateRangeGB: NotRequired[ItemCollectionSizeEstimateRange]


class ItemResponse(TypedDict):
    Item: NotRequired[AttributeMap]


class KeySchemaElement(TypedDict):
    AttributeName: KeySchemaAttributeName
    KeyType: KeyType


class KeysAndAttributes(TypedDict):
    Keys: KeyList
    AttributesToGet: NotRequired[AttributeNameList]
    ConsistentRead: NotRequired[ConsistentRead]
    ProjectionExpression: NotRequired[ProjectionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]


class KinesisDataStreamDestination(TypedDict):
    StreamArn: NotRequired[StreamArn]
    DestinationStatus: NotRequired[DestinationStatus]
    DestinationStatusDescription: NotRequired[String]
    ApproximateCreationDateTimePrecision: NotRequired[ApproximateCreationDateTimePrecision]


class KinesisStreamingDestinationInput(TypedDict):
    TableName: TableArn
    StreamArn: StreamArn
    EnableKinesisStreamingConfiguration: NotRequired[EnableKinesisStreamingConfiguration]


class KinesisStreamingDestinationOutput(TypedDict):
    TableName: NotRequired[TableName]
    StreamArn: NotRequired[StreamArn]
    DestinationStatus: NotRequired[DestinationStatus]
    EnableKinesisStreamingConfiguration: NotRequired[EnableKinesisStreamingConfiguration]


class ListBackupsInput(TypedDict):
    TableName: NotRequired[TableArn]
    Limit: NotRequired[BackupsInputLimit]
    TimeRangeLowerBound: NotRequired[TimeRangeLowerBound]
    TimeRangeUpperBound: NotRequired[TimeRangeUpperBound]
    ExclusiveStartBackupArn: NotRequired[BackupArn]
    BackupType: NotRequired[BackupTypeFilter]


class ListBackupsOutput(TypedDict):
    BackupSummaries: NotRequired[BackupSummaries]
    LastEvaluatedBackupArn: NotRequired[BackupArn]


class ListContributorInsightsInput(TypedDict):
    TableName: NotRequired[TableArn]
    NextToken: NotRequired[NextTokenString]
    MaxResults: NotRequired[ListContributorInsightsLimit]


class ListContributorInsightsOutput(TypedDict):
    ContributorInsightsSummaries: NotRequired[ContributorInsightsSummaries]
    NextToken: NotRequired[NextTokenString]


class ListExportsInput(TypedDict):
    TableArn: NotRequired[TableArn]
    MaxResults: NotRequired[ListExportsMaxLimit]
    NextToken: NotRequired[ExportNextToken]


class ListExportsOutput(TypedDict):
    ExportSummaries: NotRequired[ExportSummaries]
    NextToken: NotRequired[ExportNextToken]


class ListGlobalTablesInput(TypedDict):
    ExclusiveStartGlobalTableName: NotRequired[TableName]
    Limit: NotRequired[PositiveIntegerObject]
    RegionName: NotRequired[RegionName]


class ListGlobalTablesOutput(TypedDict):
    GlobalTables: NotRequired[GlobalTableList]
    LastEvaluatedGlobalTableName: NotRequired[TableName]


class ListImportsInput(TypedDict):
    TableArn: NotRequired[TableArn]
    PageSize: NotRequired[ListImportsMaxLimit]
    NextToken: NotRequired[ImportNextToken]


class ListImportsOutput(TypedDict):
    ImportSummaryList: NotRequired[ImportSummaryList]
    NextToken: NotRequired[ImportNextToken]


class ListTablesInput(TypedDict):
    ExclusiveStartTableName: NotRequired[TableName]
    Limit: NotRequired[ListTablesInputLimit]


class ListTablesOutput(TypedDict):
    TableNames: NotRequired[TableNameList]
    LastEvaluatedTableName: NotRequired[TableName]


class ListTagsOfResourceInput(TypedDict):
    ResourceArn: ResourceArnString
    NextToken: NotRequired[NextTokenString]


class ListTagsOfResourceOutput(TypedDict):
    Tags: NotRequired[TagList]
    NextToken: NotRequired[NextTokenString]


class LocalSecondaryIndex(TypedDict):
    IndexName: IndexName
    KeySchema: KeySchema
    Projection: Projection


class LocalSecondaryIndexDescription(TypedDict):
    IndexName: NotRequired[IndexName]
    KeySchema: NotRequired[KeySchema]
    Projection: NotRequired[Projection]
    IndexSizeBytes: NotRequired[LongObject]
    ItemCount: NotRequired[LongObject]
    IndexArn: NotRequired[String]


class LocalSecondaryIndexInfo(TypedDict):
    IndexName: NotRequired[IndexName]
    KeySchema: NotRequired[KeySchema]
    Projection: NotRequired[Projection]


class OnDemandThroughput(TypedDict):
    MaxReadRequestUnits: NotRequired[LongObject]
    MaxWriteRequestUnits: NotRequired[LongObject]


class OnDemandThroughputOverride(TypedDict):
    MaxReadRequestUnits: NotRequired[LongObject]


class ParameterizedStatement(TypedDict):
    Statement: PartiQLStatement
    Parameters: NotRequired[PreparedStatementParameters]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class PointInTimeRecoveryDescription(TypedDict):
    PointInTimeRecoveryStatus: NotRequired[PointInTimeRecoveryStatus]
    RecoveryPeriodInDays: NotRequired[RecoveryPeriodInDays]
    EarliestRestorableDateTime: NotRequired[Date]
    LatestRestorableDateTime: NotRequired[Date]


class PointInTimeRecoverySpecification(TypedDict):
    PointInTimeRecoveryEnabled: BooleanObject
    RecoveryPeriodInDays: NotRequired[RecoveryPeriodInDays]


class Projection(TypedDict):
    ProjectionType: NotRequired[ProjectionType]
    NonKeyAttributes: NotRequired[NonKeyAttributeNameList]


class ProvisionedThroughput(TypedDict):
    ReadCapacityUnits: PositiveLongObject
    WriteCapacityUnits: PositiveLongObject


class ProvisionedThroughputDescription(TypedDict):
    LastIncreaseDateTime: NotRequired[Date]
    LastDecreaseDateTime: NotRequired[Date]
    NumberOfDecreasesToday: NotRequired[PositiveLongObject]
    ReadCapacityUnits: NotRequired[NonNegativeLongObject]
    WriteCapacityUnits: NotRequired[NonNegativeLongObject]


class ProvisionedThroughputOverride(TypedDict):
    ReadCapacityUnits: NotRequired[PositiveLongObject]


class Put(TypedDict):
    Item: PutItemInputAttributeMap
    TableName: TableArn
    ConditionExpression: NotRequired[ConditionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class PutItemInput(TypedDict):
    TableName: TableArn
    Item: PutItemInputAttributeMap
    Expected: NotRequired[ExpectedAttributeMap]
    ReturnValues: NotRequired[ReturnValue]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    ReturnItemCollectionMetrics: NotRequired[ReturnItemCollectionMetrics]
    ConditionalOperator: NotRequired[ConditionalOperator]
    ConditionExpression: NotRequired[ConditionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class PutItemOutput(TypedDict):
    Attributes: NotRequired[AttributeMap]
    ConsumedCapacity: NotRequired[ConsumedCapacity]
    ItemCollectionMetrics: NotRequired[ItemCollectionMetrics]


class PutRequest(TypedDict):
    Item: PutItemInputAttributeMap


class PutResourcePolicyInput(TypedDict):
    ResourceArn: ResourceArnString
    Policy: ResourcePolicy
    ExpectedRevisionId: NotRequired[PolicyRevisionId]
    ConfirmRemoveSelfResourceAccess: NotRequired[ConfirmRemoveSelfResourceAccess]


class PutResourcePolicyOutput(TypedDict):
    RevisionId: NotRequired[PolicyRevisionId]


class QueryInput(TypedDict):
    TableName: TableArn
    IndexName: NotRequired[IndexName]
    Select: NotRequired[Select]
    AttributesToGet: NotRequired[AttributeNameList]
    Limit: NotRequired[PositiveIntegerObject]
    ConsistentRead: NotRequired[ConsistentRead]
    KeyConditions: NotRequired[KeyConditions]
    QueryFilter: NotRequired[FilterConditionMap]
    ConditionalOperator: NotRequired[ConditionalOperator]
    ScanIndexForward: NotRequired[BooleanObject]
    ExclusiveStartKey: NotRequired[Key]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    ProjectionExpression: NotRequired[ProjectionExpression]
    FilterExpression: NotRequired[ConditionExpression]
    KeyConditionExpression: NotRequired[KeyExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]


class QueryOutput(TypedDict):
    Items: NotRequired[ItemList]
    Count: NotRequired[Integer]
    ScannedCount: NotRequired[Integer]
    LastEvaluatedKey: NotRequired[Key]
    ConsumedCapacity: NotRequired[ConsumedCapacity]


class Replica(TypedDict):
    RegionName: NotRequired[RegionName]


class ReplicaAutoScalingDescription(TypedDict):
    RegionName: NotRequired[RegionName]
    GlobalSecondaryIndexes: NotRequired[ReplicaGlobalSecondaryIndexAutoScalingDescriptionList]
    ReplicaProvisionedReadCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]
    ReplicaProvisionedWriteCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]
    ReplicaStatus: NotRequired[ReplicaStatus]


class ReplicaAutoScalingUpdate(TypedDict):
    RegionName: RegionName
    ReplicaGlobalSecondaryIndexUpdates: NotRequired[ReplicaGlobalSecondaryIndexAutoScalingUpdateList]
    ReplicaProvisionedReadCapacityAutoScalingUpdate: NotRequired[AutoScalingSettingsUpdate]


class ReplicaDescription(TypedDict):
    RegionName: NotRequired[RegionName]
    ReplicaStatus: NotRequired[ReplicaStatus]
    ReplicaArn: NotRequired[String]
    ReplicaStatusDescription: NotRequired[ReplicaStatusDescription]
    ReplicaStatusPercentProgress: NotRequired[ReplicaStatusPercentProgress]
    KMSMasterKeyId: NotRequired[KMSMasterKeyId]
    ProvisionedThroughputOverride: NotRequired[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: NotRequired[OnDemandThroughputOverride]
    WarmThroughput: NotRequired[TableWarmThroughputDescription]
    GlobalSecondaryIndexes: NotRequired[ReplicaGlobalSecondaryIndexDescriptionList]
    ReplicaInaccessibleDateTime: NotRequired[Date]
    ReplicaTableClassSummary: NotRequired[TableClassSummary]
    GlobalTableSettingsReplicationMode: NotRequired[GlobalTableSettingsReplicationMode]


class ReplicaGlobalSecondaryIndex(TypedDict):
    IndexName: IndexName
    ProvisionedThroughputOverride: NotRequired[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: NotRequired[OnDemandThroughputOverride]


class ReplicaGlobalSecondaryIndexAutoScalingDescription(TypedDict):
    IndexName: NotRequired[IndexName]
    IndexStatus: NotRequired[IndexStatus]
    ProvisionedReadCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]
    ProvisionedWriteCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]


class ReplicaGlobalSecondaryIndexAutoScalingUpdate(TypedDict):
    IndexName: NotRequired[IndexName]
    ProvisionedReadCapacityAutoScalingUpdate: NotRequired[AutoScalingSettingsUpdate]


class ReplicaGlobalSecondaryIndexDescription(TypedDict):
    IndexName: NotRequired[IndexName]
    ProvisionedThroughputOverride: NotRequired[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: NotRequired[OnDemandThroughputOverride]
    WarmThroughput: NotRequired[GlobalSecondaryIndexWarmThroughputDescription]


class ReplicaGlobalSecondaryIndexSettingsDescription(TypedDict):
    IndexName: IndexName
    IndexStatus: NotRequired[IndexStatus]
    ProvisionedReadCapacityUnits: NotRequired[PositiveLongObject]
    ProvisionedReadCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]
    ProvisionedWriteCapacityUnits: NotRequired[PositiveLongObject]
    ProvisionedWriteCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]


class ReplicaGlobalSecondaryIndexSettingsUpdate(TypedDict):
    IndexName: IndexName
    ProvisionedReadCapacityUnits: NotRequired[PositiveLongObject]
    ProvisionedReadCapacityAutoScalingSettingsUpdate: NotRequired[AutoScalingSettingsUpdate]


class ReplicaSettingsDescription(TypedDict):
    RegionName: RegionName
    ReplicaStatus: NotRequired[ReplicaStatus]
    ReplicaBillingModeSummary: NotRequired[BillingModeSummary]
    ReplicaProvisionedReadCapacityUnits: NotRequired[NonNegativeLongObject]
    ReplicaProvisionedReadCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]
    ReplicaProvisionedWriteCapacityUnits: NotRequired[NonNegativeLongObject]
    ReplicaProvisionedWriteCapacityAutoScalingSettings: NotRequired[AutoScalingSettingsDescription]
    ReplicaGlobalSecondaryIndexSettings: NotRequired[ReplicaGlobalSecondaryIndexSettingsDescriptionList]
    ReplicaTableClassSummary: NotRequired[TableClassSummary]


class ReplicaSettingsUpdate(TypedDict):
    RegionName: RegionName
    ReplicaProvisionedReadCapacityUnits: NotRequired[PositiveLongObject]
    ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate: NotRequired[AutoScalingSettingsUpdate]
    ReplicaGlobalSecondaryIndexSettingsUpdate: NotRequired[ReplicaGlobalSecondaryIndexSettingsUpdateList]
    ReplicaTableClass: NotRequired[TableClass]


class ReplicaUpdate(TypedDict):
    Create: NotRequired[CreateReplicaAction]
    Delete: NotRequired[DeleteReplicaAction]


class ReplicationGroupUpdate(TypedDict):
    Create: NotRequired[CreateReplicationGroupMemberAction]
    Update: NotRequired[UpdateReplicationGroupMemberAction]
    Delete: NotRequired[DeleteReplicationGroupMemberAction]


class RestoreSummary(TypedDict):
    SourceBackupArn: NotRequired[BackupArn]
    SourceTableArn: NotRequired[TableArn]
    RestoreDateTime: Date
    RestoreInProgress: RestoreInProgress


class RestoreTableFromBackupInput(TypedDict):
    TargetTableName: TableName
    BackupArn: BackupArn
    BillingModeOverride: NotRequired[BillingMode]
    GlobalSecondaryIndexOverride: NotRequired[GlobalSecondaryIndexList]
    LocalSecondaryIndexOverride: NotRequired[LocalSecondaryIndexList]
    ProvisionedThroughputOverride: NotRequired[ProvisionedThroughput]
    OnDemandThroughputOverride: NotRequired[OnDemandThroughput]
    SSESpecificationOverride: NotRequired[SSESpecification]


class RestoreTableFromBackupOutput(TypedDict):
    TableDescription: NotRequired[TableDescription]


class RestoreTableToPointInTimeInput(TypedDict):
    SourceTableArn: NotRequired[TableArn]
    SourceTableName: NotRequired[TableName]
    TargetTableName: TableName
    UseLatestRestorableTime: NotRequired[BooleanObject]
    RestoreDateTime: NotRequired[Date]
    BillingModeOverride: NotRequired[BillingMode]
    GlobalSecondaryIndexOverride: NotRequired[GlobalSecondaryIndexList]
    LocalSecondaryIndexOverride: NotRequired[LocalSecondaryIndexList]
    ProvisionedThroughputOverride: NotRequired[ProvisionedThroughput]
    OnDemandThroughputOverride: NotRequired[OnDemandThroughput]
    SSESpecificationOverride: NotRequired[SSESpecification]


class RestoreTableToPointInTimeOutput(TypedDict):
    TableDescription: NotRequired[TableDescription]


class S3BucketSource(TypedDict):
    S3BucketOwner: NotRequired[S3BucketOwner]
    S3Bucket: S3Bucket
    S3KeyPrefix: NotRequired[S3Prefix]


class SSEDescription(TypedDict):
    Status: NotRequired[SSEStatus]
    SSEType: NotRequired[SSEType]
    KMSMasterKeyArn: NotRequired[KMSMasterKeyArn]
    InaccessibleEncryptionDateTime: NotRequired[Date]


class SSESpecification(TypedDict):
    Enabled: NotRequired[SSEEnabled]
    SSEType: NotRequired[SSEType]
    KMSMasterKeyId: NotRequired[KMSMasterKeyId]


class ScanInput(TypedDict):
    TableName: TableArn
    IndexName: NotRequired[IndexName]
    AttributesToGet: NotRequired[AttributeNameList]
    Limit: NotRequired[PositiveIntegerObject]
    Select: NotRequired[Select]
    ScanFilter: NotRequired[FilterConditionMap]
    ConditionalOperator: NotRequired[ConditionalOperator]
    ExclusiveStartKey: NotRequired[Key]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    TotalSegments: NotRequired[ScanTotalSegments]
    Segment: NotRequired[ScanSegment]
    ProjectionExpression: NotRequired[ProjectionExpression]
    FilterExpression: NotRequired[ConditionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ConsistentRead: NotRequired[ConsistentRead]


class ScanOutput(TypedDict):
    Items: NotRequired[ItemList]
    Count: NotRequired[Integer]
    ScannedCount: NotRequired[Integer]
    LastEvaluatedKey: NotRequired[Key]
    ConsumedCapacity: NotRequired[ConsumedCapacity]


class SourceTableDetails(TypedDict):
    TableName: TableName
    TableId: TableId
    TableArn: NotRequired[TableArn]
    TableSizeBytes: NotRequired[LongObject]
    KeySchema: KeySchema
    TableCreationDateTime: TableCreationDateTime
    ProvisionedThroughput: ProvisionedThroughput
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    ItemCount: NotRequired[ItemCount]
    BillingMode: NotRequired[BillingMode]


class SourceTableFeatureDetails(TypedDict):
    LocalSecondaryIndexes: NotRequired[LocalSecondaryIndexes]
    GlobalSecondaryIndexes: NotRequired[GlobalSecondaryIndexes]
    StreamDescription: NotRequired[StreamSpecification]
    TimeToLiveDescription: NotRequired[TimeToLiveDescription]
    SSEDescription: NotRequired[SSEDescription]


class StreamSpecification(TypedDict):
    StreamEnabled: StreamEnabled
    StreamViewType: NotRequired[StreamViewType]


class TableAutoScalingDescription(TypedDict):
    TableName: NotRequired[TableName]
    TableStatus: NotRequired[TableStatus]
    Replicas: NotRequired[ReplicaAutoScalingDescriptionList]


class TableClassSummary(TypedDict):
    TableClass: NotRequired[TableClass]
    LastUpdateDateTime: NotRequired[Date]


class TableCreationParameters(TypedDict):
    TableName: TableName
    AttributeDefinitions: AttributeDefinitions
    KeySchema: KeySchema
    BillingMode: NotRequired[BillingMode]
    ProvisionedThroughput: NotRequired[ProvisionedThroughput]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    SSESpecification: NotRequired[SSESpecification]
    GlobalSecondaryIndexes: NotRequired[GlobalSecondaryIndexList]


class TableDescription(TypedDict):
    AttributeDefinitions: NotRequired[AttributeDefinitions]
    TableName: NotRequired[TableName]
    KeySchema: NotRequired[KeySchema]
    TableStatus: NotRequired[TableStatus]
    CreationDateTime: NotRequired[Date]
    ProvisionedThroughput: NotRequired[ProvisionedThroughputDescription]
    TableSizeBytes: NotRequired[LongObject]
    ItemCount: NotRequired[LongObject]
    TableArn: NotRequired[String]
    TableId: NotRequired[TableId]
    BillingModeSummary: NotRequired[BillingModeSummary]
    LocalSecondaryIndexes: NotRequired[LocalSecondaryIndexDescriptionList]
    GlobalSecondaryIndexes: NotRequired[GlobalSecondaryIndexDescriptionList]
    StreamSpecification: NotRequired[StreamSpecification]
    LatestStreamLabel: NotRequired[String]
    LatestStreamArn: NotRequired[StreamArn]
    GlobalTableVersion: NotRequired[String]
    Replicas: NotRequired[ReplicaDescriptionList]
    GlobalTableWitnesses: NotRequired[GlobalTableWitnessDescriptionList]
    GlobalTableSettingsReplicationMode: NotRequired[GlobalTableSettingsReplicationMode]
    RestoreSummary: NotRequired[RestoreSummary]
    SSEDescription: NotRequired[SSEDescription]
    ArchivalSummary: NotRequired[ArchivalSummary]
    TableClassSummary: NotRequired[TableClassSummary]
    DeletionProtectionEnabled: NotRequired[DeletionProtectionEnabled]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    WarmThroughput: NotRequired[TableWarmThroughputDescription]
    MultiRegionConsistency: NotRequired[MultiRegionConsistency]


class TableWarmThroughputDescription(TypedDict):
    ReadUnitsPerSecond: NotRequired[PositiveLongObject]
    WriteUnitsPerSecond: NotRequired[PositiveLongObject]
    Status: NotRequired[TableStatus]


class Tag(TypedDict):
    Key: TagKeyString
    Value: TagValueString


class TagResourceInput(TypedDict):
    ResourceArn: ResourceArnString
    Tags: TagList


class ThrottlingReason(TypedDict):
    reason: NotRequired[Reason]
    resource: NotRequired[Resource]


class TimeToLiveDescription(TypedDict):
    TimeToLiveStatus: NotRequired[TimeToLiveStatus]
    AttributeName: NotRequired[TimeToLiveAttributeName]


class TimeToLiveSpecification(TypedDict):
    Enabled: TimeToLiveEnabled
    AttributeName: TimeToLiveAttributeName


class TransactGetItem(TypedDict):
    Get: Get


class TransactGetItemsInput(TypedDict):
    TransactItems: TransactGetItemList
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]


class TransactGetItemsOutput(TypedDict):
    ConsumedCapacity: NotRequired[ConsumedCapacityMultiple]
    Responses: NotRequired[ItemResponseList]


class TransactWriteItem(TypedDict):
    ConditionCheck: NotRequired[ConditionCheck]
    Put: NotRequired[Put]
    Delete: NotRequired[Delete]
    Update: NotRequired[Update]


class TransactWriteItemsInput(TypedDict):
    TransactItems: TransactWriteItemList
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    ReturnItemCollectionMetrics: NotRequired[ReturnItemCollectionMetrics]
    ClientRequestToken: NotRequired[ClientRequestToken]


class TransactWriteItemsOutput(TypedDict):
    ConsumedCapacity: NotRequired[ConsumedCapacityMultiple]
    ItemCollectionMetrics: NotRequired[ItemCollectionMetricsPerTable]


class UntagResourceInput(TypedDict):
    ResourceArn: ResourceArnString
    TagKeys: TagKeyList


class Update(TypedDict):
    Key: Key
    UpdateExpression: UpdateExpression
    TableName: TableArn
    ConditionExpression: NotRequired[ConditionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class UpdateContinuousBackupsInput(TypedDict):
    TableName: TableArn
    PointInTimeRecoverySpecification: PointInTimeRecoverySpecification


class UpdateContinuousBackupsOutput(TypedDict):
    ContinuousBackupsDescription: NotRequired[ContinuousBackupsDescription]


class UpdateContributorInsightsInput(TypedDict):
    TableName: TableArn
    IndexName: NotRequired[IndexName]
    ContributorInsightsAction: ContributorInsightsAction
    ContributorInsightsMode: NotRequired[ContributorInsightsMode]


class UpdateContributorInsightsOutput(TypedDict):
    TableName: NotRequired[TableName]
    IndexName: NotRequired[IndexName]
    ContributorInsightsStatus: NotRequired[ContributorInsightsStatus]
    ContributorInsightsMode: NotRequired[ContributorInsightsMode]


class UpdateGlobalSecondaryIndexAction(TypedDict):
    IndexName: IndexName
    ProvisionedThroughput: NotRequired[ProvisionedThroughput]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    WarmThroughput: NotRequired[WarmThroughput]


class UpdateGlobalTableInput(TypedDict):
    GlobalTableName: TableName
    ReplicaUpdates: ReplicaUpdateList


class UpdateGlobalTableOutput(TypedDict):
    GlobalTableDescription: NotRequired[GlobalTableDescription]


class UpdateGlobalTableSettingsInput(TypedDict):
    GlobalTableName: TableName
    GlobalTableBillingMode: NotRequired[BillingMode]
    GlobalTableProvisionedWriteCapacityUnits: NotRequired[PositiveLongObject]
    GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate: NotRequired[AutoScalingSettingsUpdate]
    GlobalTableGlobalSecondaryIndexSettingsUpdate: NotRequired[
        GlobalTableGlobalSecondaryIndexSettingsUpdateList
    ]
    ReplicaSettingsUpdate: NotRequired[ReplicaSettingsUpdateList]


class UpdateGlobalTableSettingsOutput(TypedDict):
    GlobalTableName: NotRequired[TableName]
    ReplicaSettings: NotRequired[ReplicaSettingsDescriptionList]


class UpdateItemInput(TypedDict):
    TableName: TableArn
    Key: Key
    AttributeUpdates: NotRequired[AttributeUpdates]
    Expected: NotRequired[ExpectedAttributeMap]
    ConditionalOperator: NotRequired[ConditionalOperator]
    ReturnValues: NotRequired[ReturnValue]
    ReturnConsumedCapacity: NotRequired[ReturnConsumedCapacity]
    ReturnItemCollectionMetrics: NotRequired[ReturnItemCollectionMetrics]
    UpdateExpression: NotRequired[UpdateExpression]
    ConditionExpression: NotRequired[ConditionExpression]
    ExpressionAttributeNames: NotRequired[ExpressionAttributeNameMap]
    ExpressionAttributeValues: NotRequired[ExpressionAttributeValueMap]
    ReturnValuesOnConditionCheckFailure: NotRequired[ReturnValuesOnConditionCheckFailure]


class UpdateItemOutput(TypedDict):
    Attributes: NotRequired[AttributeMap]
    ConsumedCapacity: NotRequired[ConsumedCapacity]
    ItemCollectionMetrics: NotRequired[ItemCollectionMetrics]


class UpdateKinesisStreamingConfiguration(TypedDict):
    ApproximateCreationDateTimePrecision: NotRequired[ApproximateCreationDateTimePrecision]


class UpdateKinesisStreamingDestinationInput(TypedDict):
    TableName: TableArn
    StreamArn: StreamArn
    UpdateKinesisStreamingConfiguration: NotRequired[UpdateKinesisStreamingConfiguration]


class UpdateKinesisStreamingDestinationOutput(TypedDict):
    TableName: NotRequired[TableName]
    StreamArn: NotRequired[StreamArn]
    DestinationStatus: NotRequired[DestinationStatus]
    UpdateKinesisStreamingConfiguration: NotRequired[UpdateKinesisStreamingConfiguration]


class UpdateReplicationGroupMemberAction(TypedDict):
    RegionName: RegionName
    KMSMasterKeyId: NotRequired[KMSMasterKeyId]
    ProvisionedThroughputOverride: NotRequired[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: NotRequired[OnDemandThroughputOverride]
    GlobalSecondaryIndexes: NotRequired[ReplicaGlobalSecondaryIndexList]
    TableClassOverride: NotRequired[TableClass]


class UpdateTableInput(TypedDict):
    AttributeDefinitions: NotRequired[AttributeDefinitions]
    TableName: TableArn
    BillingMode: NotRequired[BillingMode]
    ProvisionedThroughput: NotRequired[ProvisionedThroughput]
    GlobalSecondaryIndexUpdates: NotRequired[GlobalSecondaryIndexUpdateList]
    StreamSpecification: NotRequired[StreamSpecification]
    SSESpecification: NotRequired[SSESpecification]
    ReplicaUpdates: NotRequired[ReplicationGroupUpdateList]
    TableClass: NotRequired[TableClass]
    DeletionProtectionEnabled: NotRequired[DeletionProtectionEnabled]
    MultiRegionConsistency: NotRequired[MultiRegionConsistency]
    GlobalTableWitnessUpdates: NotRequired[GlobalTableWitnessGroupUpdateList]
    OnDemandThroughput: NotRequired[OnDemandThroughput]
    WarmThroughput: NotRequired[WarmThroughput]
    GlobalTableSettingsReplicationMode: NotRequired[GlobalTableSettingsReplicationMode]


class UpdateTableOutput(TypedDict):
    TableDescription: NotRequired[TableDescription]


class UpdateTableReplicaAutoScalingInput(TypedDict):
    GlobalSecondaryIndexUpdates: NotRequired[GlobalSecondaryIndexAutoScalingUpdateList]
    TableName: TableArn
    ProvisionedWriteCapacityAutoScalingUpdate: NotRequired[AutoScalingSettingsUpdate]
    ReplicaUpdates: NotRequired[ReplicaAutoScalingUpdateList]


class UpdateTableReplicaAutoScalingOutput(TypedDict):
    TableAutoScalingDescription: NotRequired[TableAutoScalingDescription]


class UpdateTimeToLiveInput(TypedDict):
    TableName: TableArn
    TimeToLiveSpecification: TimeToLiveSpecification


class UpdateTimeToLiveOutput(TypedDict):
    TimeToLiveSpecification: NotRequired[TimeToLiveSpecification]


class WarmThroughput(TypedDict):
    ReadUnitsPerSecond: NotRequired[LongObject]
    WriteUnitsPerSecond: NotRequired[LongObject]


class WriteRequest(TypedDict):
    PutRequest: NotRequired[PutRequest]
    DeleteRequest: NotRequired[DeleteRequest]


AttributeDefinitions = list[AttributeDefinition]
AttributeMap = dict[AttributeName, AttributeValue]
AttributeNameList = list[AttributeName]
AttributeUpdates = dict[AttributeName, AttributeValueUpdate]
AttributeValueList = list[AttributeValue]
AutoScalingPolicyDescriptionList = list[AutoScalingPolicyDescription]
BackupSummaries = list[BackupSummary]
BatchGetRequestMap = dict[TableArn, KeysAndAttributes]
ItemList = list[AttributeMap]
BatchGetResponseMap = dict[TableArn, ItemList]
WriteRequests = list[WriteRequest]
BatchWriteItemRequestMap = dict[TableArn, WriteRequests]
BinarySetAttributeValue = list[BinaryAttributeValue]
CancellationReasonList = list[CancellationReason]
ConsumedCapacityMultiple = list[ConsumedCapacity]
ContributorInsightsRuleList = list[ContributorInsightsRule]
ContributorInsightsSummaries = list[ContributorInsightsSummary]
CsvHeaderList = list[CsvHeader]
Endpoints = list[Endpoint]
ExpectedAttributeMap = dict[AttributeName, ExpectedAttributeValue]
ExportSummaries = list[ExportSummary]
ExpressionAttributeNameMap = dict[ExpressionAttributeNameVariable, AttributeName]
ExpressionAttributeValueMap = dict[ExpressionAttributeValueVariable, AttributeValue]
FilterConditionMap = dict[AttributeName, Condition]
GlobalSecondaryIndexAutoScalingUpdateList = list[GlobalSecondaryIndexAutoScalingUpdate]
GlobalSecondaryIndexDescriptionList = list[GlobalSecondaryIndexDescription]
GlobalSecondaryIndexList = list[GlobalSecondaryIndex]
GlobalSecondaryIndexUpdateList = list[GlobalSecondaryIndexUpdate]
GlobalSecondaryIndexes = list[GlobalSecondaryIndexInfo]
GlobalTableGlobalSecondaryIndexSettingsUpdateList = list[GlobalTableGlobalSecondaryIndexSettingsUpdate]
GlobalTableList = list[GlobalTable]
GlobalTableWitnessDescriptionList = list[GlobalTableWitnessDescription]
GlobalTableWitnessGroupUpdateList = list[GlobalTableWitnessGroupUpdate]
ImportSummaryList = list[ImportSummary]
ItemCollectionKeyAttributeMap = dict[AttributeName, AttributeValue]
ItemCollectionMetricsMultiple = list[ItemCollectionMetrics]
ItemCollectionMetricsPerTable = dict[TableArn, ItemCollectionMetricsMultiple]
ItemCollectionSizeEstimateRange = list[ItemCollectionSizeEstimateBound]
ItemResponseList = list[ItemResponse]
Key = dict[AttributeName, AttributeValue]
KeyConditions = dict[AttributeName, Condition]
KeyList = list[Key]
KeySchema = list[KeySchemaElement]
KinesisDataStreamDestinations = list[KinesisDataStreamDestination]
ListAttributeValue = list[AttributeValue]
LocalSecondaryIndexDescriptionList = list[LocalSecondaryIndexDescription]
LocalSecondaryIndexList = list[LocalSecondaryIndex]
LocalSecondaryIndexes = list[LocalSecondaryIndexInfo]
MapAttributeValue = dict[AttributeName, AttributeValue]
NonKeyAttributeNameList = list[NonKeyAttributeName]
NumberSetAttributeValue = list[NumberAttributeValue]
ParameterizedStatements = list[ParameterizedStatement]
PartiQLBatchRequest = list[BatchStatementRequest]
PartiQLBatchResponse = list[BatchStatementResponse]
PreparedStatementParameters = list[AttributeValue]
PutItemInputAttributeMap = dict[AttributeName, AttributeValue]
ReplicaAutoScalingDescriptionList = list[ReplicaAutoScalingDescription]
ReplicaAutoScalingUpdateList = list[ReplicaAutoScalingUpdate]
ReplicaDescriptionList = list[ReplicaDescription]
ReplicaGlobalSecondaryIndexAutoScalingDescriptionList = list[
    ReplicaGlobalSecondaryIndexAutoScalingDescription
]
ReplicaGlobalSecondaryIndexAutoScalingUpdateList = list[ReplicaGlobalSecondaryIndexAutoScalingUpdate]
ReplicaGlobalSecondaryIndexDescriptionList = list[ReplicaGlobalSecondaryIndexDescription]
ReplicaGlobalSecondaryIndexList = list[ReplicaGlobalSecondaryIndex]
ReplicaGlobalSecondaryIndexSettingsDescriptionList = list[ReplicaGlobalSecondaryIndexSettingsDescription]
ReplicaGlobalSecondaryIndexSettingsUpdateList = list[ReplicaGlobalSecondaryIndexSettingsUpdate]
ReplicaList = list[Replica]
ReplicaSettingsDescriptionList = list[ReplicaSettingsDescription]
ReplicaSettingsUpdateList = list[ReplicaSettingsUpdate]
ReplicaUpdateList = list[ReplicaUpdate]
ReplicationGroupUpdateList = list[ReplicationGroupUpdate]
SecondaryIndexesCapacityMap = dict[IndexName, Capacity]
StringSetAttributeValue = list[StringAttributeValue]
TableNameList = list[TableName]
TagKeyList = list[TagKeyString]
TagList = list[Tag]
ThrottlingReasonList = list[ThrottlingReason]
TransactGetItemList = list[TransactGetItem]
TransactWriteItemList = list[TransactWriteItem]


class BackupInUseException(ServiceError):
    code = "BackupInUseException"
    query_code: ClassVar[str] = "BackupInUseException"
    shape_name: ClassVar[str] = "BackupInUseException"
    status_code = 400
    sender_fault = True


class BackupNotFoundException(ServiceError):
    code = "BackupNotFoundException"
    query_code: ClassVar[str] = "BackupNotFoundException"
    shape_name: ClassVar[str] = "BackupNotFoundException"
    status_code = 400
    sender_fault = True


class ConditionalCheckFailedException(ServiceError):
    code = "ConditionalCheckFailedException"
    query_code: ClassVar[str] = "ConditionalCheckFailedException"
    shape_name: ClassVar[str] = "ConditionalCheckFailedException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, item: AttributeMap | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Item": item}))


class ContinuousBackupsUnavailableException(ServiceError):
    code = "ContinuousBackupsUnavailableException"
    query_code: ClassVar[str] = "ContinuousBackupsUnavailableException"
    shape_name: ClassVar[str] = "ContinuousBackupsUnavailableException"
    status_code = 400
    sender_fault = True


class DuplicateItemException(ServiceError):
    code = "DuplicateItemException"
    query_code: ClassVar[str] = "DuplicateItemException"
    shape_name: ClassVar[str] = "DuplicateItemException"
    status_code = 400
    sender_fault = True


class ExportConflictException(ServiceError):
    code = "ExportConflictException"
    query_code: ClassVar[str] = "ExportConflictException"
    shape_name: ClassVar[str] = "ExportConflictException"
    status_code = 400
    sender_fault = True


class ExportNotFoundException(ServiceError):
    code = "ExportNotFoundException"
    query_code: ClassVar[str] = "ExportNotFoundException"
    shape_name: ClassVar[str] = "ExportNotFoundException"
    status_code = 400
    sender_fault = True


class GlobalTableAlreadyExistsException(ServiceError):
    code = "GlobalTableAlreadyExistsException"
    query_code: ClassVar[str] = "GlobalTableAlreadyExistsException"
    shape_name: ClassVar[str] = "GlobalTableAlreadyExistsException"
    status_code = 400
    sender_fault = True


class GlobalTableNotFoundException(ServiceError):
    code = "GlobalTableNotFoundException"
    query_code: ClassVar[str] = "GlobalTableNotFoundException"
    shape_name: ClassVar[str] = "GlobalTableNotFoundException"
    status_code = 400
    sender_fault = True


class IdempotentParameterMismatchException(ServiceError):
    code = "IdempotentParameterMismatchException"
    query_code: ClassVar[str] = "IdempotentParameterMismatchException"
    shape_name: ClassVar[str] = "IdempotentParameterMismatchException"
    status_code = 400
    sender_fault = True


class ImportConflictException(ServiceError):
    code = "ImportConflictException"
    query_code: ClassVar[str] = "ImportConflictException"
    shape_name: ClassVar[str] = "ImportConflictException"
    status_code = 400
    sender_fault = True


class ImportNotFoundException(ServiceError):
    code = "ImportNotFoundException"
    query_code: ClassVar[str] = "ImportNotFoundException"
    shape_name: ClassVar[str] = "ImportNotFoundException"
    status_code = 400
    sender_fault = True


class IndexNotFoundException(ServiceError):
    code = "IndexNotFoundException"
    query_code: ClassVar[str] = "IndexNotFoundException"
    shape_name: ClassVar[str] = "IndexNotFoundException"
    status_code = 400
    sender_fault = True


class InternalServerError(ServiceError):
    code = "InternalServerError"
    query_code: ClassVar[str] = "InternalServerError"
    shape_name: ClassVar[str] = "InternalServerError"
    status_code = 400
    sender_fault = True


class InvalidExportTimeException(ServiceError):
    code = "InvalidExportTimeException"
    query_code: ClassVar[str] = "InvalidExportTimeException"
    shape_name: ClassVar[str] = "InvalidExportTimeException"
    status_code = 400
    sender_fault = True


class InvalidRestoreTimeException(ServiceError):
    code = "InvalidRestoreTimeException"
    query_code: ClassVar[str] = "InvalidRestoreTimeException"
    shape_name: ClassVar[str] = "InvalidRestoreTimeException"
    status_code = 400
    sender_fault = True


class ItemCollectionSizeLimitExceededException(ServiceError):
    code = "ItemCollectionSizeLimitExceededException"
    query_code: ClassVar[str] = "ItemCollectionSizeLimitExceededException"
    shape_name: ClassVar[str] = "ItemCollectionSizeLimitExceededException"
    status_code = 400
    sender_fault = True


class LimitExceededException(ServiceError):
    code = "LimitExceededException"
    query_code: ClassVar[str] = "LimitExceededException"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 400
    sender_fault = True


class PointInTimeRecoveryUnavailableException(ServiceError):
    code = "PointInTimeRecoveryUnavailableException"
    query_code: ClassVar[str] = "PointInTimeRecoveryUnavailableException"
    shape_name: ClassVar[str] = "PointInTimeRecoveryUnavailableException"
    status_code = 400
    sender_fault = True


class PolicyNotFoundException(ServiceError):
    code = "PolicyNotFoundException"
    query_code: ClassVar[str] = "PolicyNotFoundException"
    shape_name: ClassVar[str] = "PolicyNotFoundException"
    status_code = 400
    sender_fault = True


class ProvisionedThroughputExceededException(ServiceError):
    code = "ProvisionedThroughputExceededException"
    query_code: ClassVar[str] = "ProvisionedThroughputExceededException"
    shape_name: ClassVar[str] = "ProvisionedThroughputExceededException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, throttling_reasons: ThrottlingReasonList | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"ThrottlingReasons": throttling_reasons}))


class ReplicaAlreadyExistsException(ServiceError):
    code = "ReplicaAlreadyExistsException"
    query_code: ClassVar[str] = "ReplicaAlreadyExistsException"
    shape_name: ClassVar[str] = "ReplicaAlreadyExistsException"
    status_code = 400
    sender_fault = True


class ReplicaNotFoundException(ServiceError):
    code = "ReplicaNotFoundException"
    query_code: ClassVar[str] = "ReplicaNotFoundException"
    shape_name: ClassVar[str] = "ReplicaNotFoundException"
    status_code = 400
    sender_fault = True


class ReplicatedWriteConflictException(ServiceError):
    code = "ReplicatedWriteConflictException"
    query_code: ClassVar[str] = "ReplicatedWriteConflictException"
    shape_name: ClassVar[str] = "ReplicatedWriteConflictException"
    status_code = 400
    sender_fault = True


class RequestLimitExceeded(ServiceError):
    code = "RequestLimitExceeded"
    query_code: ClassVar[str] = "RequestLimitExceeded"
    shape_name: ClassVar[str] = "RequestLimitExceeded"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, throttling_reasons: ThrottlingReasonList | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"ThrottlingReasons": throttling_reasons}))


class ResourceInUseException(ServiceError):
    code = "ResourceInUseException"
    query_code: ClassVar[str] = "ResourceInUseException"
    shape_name: ClassVar[str] = "ResourceInUseException"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 400
    sender_fault = True


class TableAlreadyExistsException(ServiceError):
    code = "TableAlreadyExistsException"
    query_code: ClassVar[str] = "TableAlreadyExistsException"
    shape_name: ClassVar[str] = "TableAlreadyExistsException"
    status_code = 400
    sender_fault = True


class TableInUseException(ServiceError):
    code = "TableInUseException"
    query_code: ClassVar[str] = "TableInUseException"
    shape_name: ClassVar[str] = "TableInUseException"
    status_code = 400
    sender_fault = True


class TableNotFoundException(ServiceError):
    code = "TableNotFoundException"
    query_code: ClassVar[str] = "TableNotFoundException"
    shape_name: ClassVar[str] = "TableNotFoundException"
    status_code = 400
    sender_fault = True


class ThrottlingException(ServiceError):
    code = "ThrottlingException"
    query_code: ClassVar[str] = "ThrottlingException"
    shape_name: ClassVar[str] = "ThrottlingException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, throttling_reasons: ThrottlingReasonList | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"throttlingReasons": throttling_reasons}))


class TransactionCanceledException(ServiceError):
    code = "TransactionCanceledException"
    query_code: ClassVar[str] = "TransactionCanceledException"
    shape_name: ClassVar[str] = "TransactionCanceledException"
    status_code = 400
    sender_fault = True

    def __init__(
        self, message: str = "", *, cancellation_reasons: CancellationReasonList | None = None
    ) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"CancellationReasons": cancellation_reasons}))


class TransactionConflictException(ServiceError):
    code = "TransactionConflictException"
    query_code: ClassVar[str] = "TransactionConflictException"
    shape_name: ClassVar[str] = "TransactionConflictException"
    status_code = 400
    sender_fault = True


class TransactionInProgressException(ServiceError):
    code = "TransactionInProgressException"
    query_code: ClassVar[str] = "TransactionInProgressException"
    shape_name: ClassVar[str] = "TransactionInProgressException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "BackupInUseException": BackupInUseException,
    "BackupNotFoundException": BackupNotFoundException,
    "ConditionalCheckFailedException": ConditionalCheckFailedException,
    "ContinuousBackupsUnavailableException": ContinuousBackupsUnavailableException,
    "DuplicateItemException": DuplicateItemException,
    "ExportConflictException": ExportConflictException,
    "ExportNotFoundException": ExportNotFoundException,
    "GlobalTableAlreadyExistsException": GlobalTableAlreadyExistsException,
    "GlobalTableNotFoundException": GlobalTableNotFoundException,
    "IdempotentParameterMismatchException": IdempotentParameterMismatchException,
    "ImportConflictException": ImportConflictException,
    "ImportNotFoundException": ImportNotFoundException,
    "IndexNotFoundException": IndexNotFoundException,
    "InternalServerError": InternalServerError,
    "InvalidExportTimeException": InvalidExportTimeException,
    "InvalidRestoreTimeException": InvalidRestoreTimeException,
    "ItemCollectionSizeLimitExceededException": ItemCollectionSizeLimitExceededException,
    "LimitExceededException": LimitExceededException,
    "PointInTimeRecoveryUnavailableException": PointInTimeRecoveryUnavailableException,
    "PolicyNotFoundException": PolicyNotFoundException,
    "ProvisionedThroughputExceededException": ProvisionedThroughputExceededException,
    "ReplicaAlreadyExistsException": ReplicaAlreadyExistsException,
    "ReplicaNotFoundException": ReplicaNotFoundException,
    "ReplicatedWriteConflictException": ReplicatedWriteConflictException,
    "RequestLimitExceeded": RequestLimitExceeded,
    "ResourceInUseException": ResourceInUseException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "TableAlreadyExistsException": TableAlreadyExistsException,
    "TableInUseException": TableInUseException,
    "TableNotFoundException": TableNotFoundException,
    "ThrottlingException": ThrottlingException,
    "TransactionCanceledException": TransactionCanceledException,
    "TransactionConflictException": TransactionConflictException,
    "TransactionInProgressException": TransactionInProgressException,
}


class DynamodbApi(ServiceApi):
    service = "dynamodb"
    iam_prefix = "dynamodb"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "BatchExecuteStatement": OperationSpec(
            "batch_execute_statement",
            {"Statements": "statements", "ReturnConsumedCapacity": "return_consumed_capacity"},
        ),
        "BatchGetItem": OperationSpec(
            "batch_get_item",
            {"RequestItems": "request_items", "ReturnConsumedCapacity": "return_consumed_capacity"},
        ),
        "BatchWriteItem": OperationSpec(
            "batch_write_item",
            {
                "RequestItems": "request_items",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "ReturnItemCollectionMetrics": "return_item_collection_metrics",
            },
        ),
        "CreateBackup": OperationSpec(
            "create_backup", {"TableName": "table_name", "BackupName": "backup_name"}
        ),
        "CreateGlobalTable": OperationSpec(
            "create_global_table",
            {"GlobalTableName": "global_table_name", "ReplicationGroup": "replication_group"},
        ),
        "CreateTable": OperationSpec(
            "create_table",
            {
                "AttributeDefinitions": "attribute_definitions",
                "TableName": "table_name",
                "KeySchema": "key_schema",
                "LocalSecondaryIndexes": "local_secondary_indexes",
                "GlobalSecondaryIndexes": "global_secondary_indexes",
                "BillingMode": "billing_mode",
                "ProvisionedThroughput": "provisioned_throughput",
                "StreamSpecification": "stream_specification",
                "SSESpecification": "sse_specification",
                "Tags": "tags",
                "TableClass": "table_class",
                "DeletionProtectionEnabled": "deletion_protection_enabled",
                "WarmThroughput": "warm_throughput",
                "ResourcePolicy": "resource_policy",
                "OnDemandThroughput": "on_demand_throughput",
                "GlobalTableSourceArn": "global_table_source_arn",
                "GlobalTableSettingsReplicationMode": "global_table_settings_replication_mode",
            },
        ),
        "DeleteBackup": OperationSpec("delete_backup", {"BackupArn": "backup_arn"}),
        "DeleteItem": OperationSpec(
            "delete_item",
            {
                "TableName": "table_name",
                "Key": "key",
                "Expected": "expected",
                "ConditionalOperator": "conditional_operator",
                "ReturnValues": "return_values",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "ReturnItemCollectionMetrics": "return_item_collection_metrics",
                "ConditionExpression": "condition_expression",
                "ExpressionAttributeNames": "expression_attribute_names",
                "ExpressionAttributeValues": "expression_attribute_values",
                "ReturnValuesOnConditionCheckFailure": "return_values_on_condition_check_failure",
            },
        ),
        "DeleteResourcePolicy": OperationSpec(
            "delete_resource_policy",
            {"ResourceArn": "resource_arn", "ExpectedRevisionId": "expected_revision_id"},
        ),
        "DeleteTable": OperationSpec("delete_table", {"TableName": "table_name"}),
        "DescribeBackup": OperationSpec("describe_backup", {"BackupArn": "backup_arn"}),
        "DescribeContinuousBackups": OperationSpec(
            "describe_continuous_backups", {"TableName": "table_name"}
        ),
        "DescribeContributorInsights": OperationSpec(
            "describe_contributor_insights", {"TableName": "table_name", "IndexName": "index_name"}
        ),
        "DescribeEndpoints": OperationSpec("describe_endpoints", {}),
        "DescribeExport": OperationSpec("describe_export", {"ExportArn": "export_arn"}),
        "DescribeGlobalTable": OperationSpec(
            "describe_global_table", {"GlobalTableName": "global_table_name"}
        ),
        "DescribeGlobalTableSettings": OperationSpec(
            "describe_global_table_settings", {"GlobalTableName": "global_table_name"}
        ),
        "DescribeImport": OperationSpec("describe_import", {"ImportArn": "import_arn"}),
        "DescribeKinesisStreamingDestination": OperationSpec(
            "describe_kinesis_streaming_destination", {"TableName": "table_name"}
        ),
        "DescribeLimits": OperationSpec("describe_limits", {}),
        "DescribeTable": OperationSpec("describe_table", {"TableName": "table_name"}),
        "DescribeTableReplicaAutoScaling": OperationSpec(
            "describe_table_replica_auto_scaling", {"TableName": "table_name"}
        ),
        "DescribeTimeToLive": OperationSpec("describe_time_to_live", {"TableName": "table_name"}),
        "DisableKinesisStreamingDestination": OperationSpec(
            "disable_kinesis_streaming_destination",
            {
                "TableName": "table_name",
                "StreamArn": "stream_arn",
                "EnableKinesisStreamingConfiguration": "enable_kinesis_streaming_configuration",
            },
        ),
        "EnableKinesisStreamingDestination": OperationSpec(
            "enable_kinesis_streaming_destination",
            {
                "TableName": "table_name",
                "StreamArn": "stream_arn",
                "EnableKinesisStreamingConfiguration": "enable_kinesis_streaming_configuration",
            },
        ),
        "ExecuteStatement": OperationSpec(
            "execute_statement",
            {
                "Statement": "statement",
                "Parameters": "parameters",
                "ConsistentRead": "consistent_read",
                "NextToken": "next_token",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "Limit": "limit",
                "ReturnValuesOnConditionCheckFailure": "return_values_on_condition_check_failure",
            },
        ),
        "ExecuteTransaction": OperationSpec(
            "execute_transaction",
            {
                "TransactStatements": "transact_statements",
                "ClientRequestToken": "client_request_token",
                "ReturnConsumedCapacity": "return_consumed_capacity",
            },
        ),
        "ExportTableToPointInTime": OperationSpec(
            "export_table_to_point_in_time",
            {
                "TableArn": "table_arn",
                "ExportTime": "export_time",
                "ClientToken": "client_token",
                "S3Bucket": "s3_bucket",
                "S3BucketOwner": "s3_bucket_owner",
                "S3Prefix": "s3_prefix",
                "S3SseAlgorithm": "s3_sse_algorithm",
                "S3SseKmsKeyId": "s3_sse_kms_key_id",
                "ExportFormat": "export_format",
                "ExportType": "export_type",
                "IncrementalExportSpecification": "incremental_export_specification",
            },
        ),
        "GetItem": OperationSpec(
            "get_item",
            {
                "TableName": "table_name",
                "Key": "key",
                "AttributesToGet": "attributes_to_get",
                "ConsistentRead": "consistent_read",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "ProjectionExpression": "projection_expression",
                "ExpressionAttributeNames": "expression_attribute_names",
            },
        ),
        "GetResourcePolicy": OperationSpec("get_resource_policy", {"ResourceArn": "resource_arn"}),
        "ImportTable": OperationSpec(
            "import_table",
            {
                "ClientToken": "client_token",
                "S3BucketSource": "s3_bucket_source",
                "InputFormat": "input_format",
                "InputFormatOptions": "input_format_options",
                "InputCompressionType": "input_compression_type",
                "TableCreationParameters": "table_creation_parameters",
            },
        ),
        "ListBackups": OperationSpec(
            "list_backups",
            {
                "TableName": "table_name",
                "Limit": "limit",
                "TimeRangeLowerBound": "time_range_lower_bound",
                "TimeRangeUpperBound": "time_range_upper_bound",
                "ExclusiveStartBackupArn": "exclusive_start_backup_arn",
                "BackupType": "backup_type",
            },
        ),
        "ListContributorInsights": OperationSpec(
            "list_contributor_insights",
            {"TableName": "table_name", "NextToken": "next_token", "MaxResults": "max_results"},
        ),
        "ListExports": OperationSpec(
            "list_exports", {"TableArn": "table_arn", "MaxResults": "max_results", "NextToken": "next_token"}
        ),
        "ListGlobalTables": OperationSpec(
            "list_global_tables",
            {
                "ExclusiveStartGlobalTableName": "exclusive_start_global_table_name",
                "Limit": "limit",
                "RegionName": "region_name",
            },
        ),
        "ListImports": OperationSpec(
            "list_imports", {"TableArn": "table_arn", "PageSize": "page_size", "NextToken": "next_token"}
        ),
        "ListTables": OperationSpec(
            "list_tables", {"ExclusiveStartTableName": "exclusive_start_table_name", "Limit": "limit"}
        ),
        "ListTagsOfResource": OperationSpec(
            "list_tags_of_resource", {"ResourceArn": "resource_arn", "NextToken": "next_token"}
        ),
        "PutItem": OperationSpec(
            "put_item",
            {
                "TableName": "table_name",
                "Item": "item",
                "Expected": "expected",
                "ReturnValues": "return_values",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "ReturnItemCollectionMetrics": "return_item_collection_metrics",
                "ConditionalOperator": "conditional_operator",
                "ConditionExpression": "condition_expression",
                "ExpressionAttributeNames": "expression_attribute_names",
                "ExpressionAttributeValues": "expression_attribute_values",
                "ReturnValuesOnConditionCheckFailure": "return_values_on_condition_check_failure",
            },
        ),
        "PutResourcePolicy": OperationSpec(
            "put_resource_policy",
            {
                "ResourceArn": "resource_arn",
                "Policy": "policy",
                "ExpectedRevisionId": "expected_revision_id",
                "ConfirmRemoveSelfResourceAccess": "confirm_remove_self_resource_access",
            },
        ),
        "Query": OperationSpec(
            "query",
            {
                "TableName": "table_name",
                "IndexName": "index_name",
                "Select": "select",
                "AttributesToGet": "attributes_to_get",
                "Limit": "limit",
                "ConsistentRead": "consistent_read",
                "KeyConditions": "key_conditions",
                "QueryFilter": "query_filter",
                "ConditionalOperator": "conditional_operator",
                "ScanIndexForward": "scan_index_forward",
                "ExclusiveStartKey": "exclusive_start_key",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "ProjectionExpression": "projection_expression",
                "FilterExpression": "filter_expression",
                "KeyConditionExpression": "key_condition_expression",
                "ExpressionAttributeNames": "expression_attribute_names",
                "ExpressionAttributeValues": "expression_attribute_values",
            },
        ),
        "RestoreTableFromBackup": OperationSpec(
            "restore_table_from_backup",
            {
                "TargetTableName": "target_table_name",
                "BackupArn": "backup_arn",
                "BillingModeOverride": "billing_mode_override",
                "GlobalSecondaryIndexOverride": "global_secondary_index_override",
                "LocalSecondaryIndexOverride": "local_secondary_index_override",
                "ProvisionedThroughputOverride": "provisioned_throughput_override",
                "OnDemandThroughputOverride": "on_demand_throughput_override",
                "SSESpecificationOverride": "sse_specification_override",
            },
        ),
        "RestoreTableToPointInTime": OperationSpec(
            "restore_table_to_point_in_time",
            {
                "SourceTableArn": "source_table_arn",
                "SourceTableName": "source_table_name",
                "TargetTableName": "target_table_name",
                "UseLatestRestorableTime": "use_latest_restorable_time",
                "RestoreDateTime": "restore_date_time",
                "BillingModeOverride": "billing_mode_override",
                "GlobalSecondaryIndexOverride": "global_secondary_index_override",
                "LocalSecondaryIndexOverride": "local_secondary_index_override",
                "ProvisionedThroughputOverride": "provisioned_throughput_override",
                "OnDemandThroughputOverride": "on_demand_throughput_override",
                "SSESpecificationOverride": "sse_specification_override",
            },
        ),
        "Scan": OperationSpec(
            "scan",
            {
                "TableName": "table_name",
                "IndexName": "index_name",
                "AttributesToGet": "attributes_to_get",
                "Limit": "limit",
                "Select": "select",
                "ScanFilter": "scan_filter",
                "ConditionalOperator": "conditional_operator",
                "ExclusiveStartKey": "exclusive_start_key",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "TotalSegments": "total_segments",
                "Segment": "segment",
                "ProjectionExpression": "projection_expression",
                "FilterExpression": "filter_expression",
                "ExpressionAttributeNames": "expression_attribute_names",
                "ExpressionAttributeValues": "expression_attribute_values",
                "ConsistentRead": "consistent_read",
            },
        ),
        "TagResource": OperationSpec("tag_resource", {"ResourceArn": "resource_arn", "Tags": "tags"}),
        "TransactGetItems": OperationSpec(
            "transact_get_items",
            {"TransactItems": "transact_items", "ReturnConsumedCapacity": "return_consumed_capacity"},
        ),
        "TransactWriteItems": OperationSpec(
            "transact_write_items",
            {
                "TransactItems": "transact_items",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "ReturnItemCollectionMetrics": "return_item_collection_metrics",
                "ClientRequestToken": "client_request_token",
            },
        ),
        "UntagResource": OperationSpec(
            "untag_resource", {"ResourceArn": "resource_arn", "TagKeys": "tag_keys"}
        ),
        "UpdateContinuousBackups": OperationSpec(
            "update_continuous_backups",
            {
                "TableName": "table_name",
                "PointInTimeRecoverySpecification": "point_in_time_recovery_specification",
            },
        ),
        "UpdateContributorInsights": OperationSpec(
            "update_contributor_insights",
            {
                "TableName": "table_name",
                "IndexName": "index_name",
                "ContributorInsightsAction": "contributor_insights_action",
                "ContributorInsightsMode": "contributor_insights_mode",
            },
        ),
        "UpdateGlobalTable": OperationSpec(
            "update_global_table",
            {"GlobalTableName": "global_table_name", "ReplicaUpdates": "replica_updates"},
        ),
        "UpdateGlobalTableSettings": OperationSpec(
            "update_global_table_settings",
            {
                "GlobalTableName": "global_table_name",
                "GlobalTableBillingMode": "global_table_billing_mode",
                "GlobalTableProvisionedWriteCapacityUnits": "global_table_provisioned_write_capacity_units",
                "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate": "global_table_provisioned_write_capacity_auto_scaling_settings_update",
                "GlobalTableGlobalSecondaryIndexSettingsUpdate": "global_table_global_secondary_index_settings_update",
                "ReplicaSettingsUpdate": "replica_settings_update",
            },
        ),
        "UpdateItem": OperationSpec(
            "update_item",
            {
                "TableName": "table_name",
                "Key": "key",
                "AttributeUpdates": "attribute_updates",
                "Expected": "expected",
                "ConditionalOperator": "conditional_operator",
                "ReturnValues": "return_values",
                "ReturnConsumedCapacity": "return_consumed_capacity",
                "ReturnItemCollectionMetrics": "return_item_collection_metrics",
                "UpdateExpression": "update_expression",
                "ConditionExpression": "condition_expression",
                "ExpressionAttributeNames": "expression_attribute_names",
                "ExpressionAttributeValues": "expression_attribute_values",
                "ReturnValuesOnConditionCheckFailure": "return_values_on_condition_check_failure",
            },
        ),
        "UpdateKinesisStreamingDestination": OperationSpec(
            "update_kinesis_streaming_destination",
            {
                "TableName": "table_name",
                "StreamArn": "stream_arn",
                "UpdateKinesisStreamingConfiguration": "update_kinesis_streaming_configuration",
            },
        ),
        "UpdateTable": OperationSpec(
            "update_table",
            {
                "AttributeDefinitions": "attribute_definitions",
                "TableName": "table_name",
                "BillingMode": "billing_mode",
                "ProvisionedThroughput": "provisioned_throughput",
                "GlobalSecondaryIndexUpdates": "global_secondary_index_updates",
                "StreamSpecification": "stream_specification",
                "SSESpecification": "sse_specification",
                "ReplicaUpdates": "replica_updates",
                "TableClass": "table_class",
                "DeletionProtectionEnabled": "deletion_protection_enabled",
                "MultiRegionConsistency": "multi_region_consistency",
                "GlobalTableWitnessUpdates": "global_table_witness_updates",
                "OnDemandThroughput": "on_demand_throughput",
                "WarmThroughput": "warm_throughput",
                "GlobalTableSettingsReplicationMode": "global_table_settings_replication_mode",
            },
        ),
        "UpdateTableReplicaAutoScaling": OperationSpec(
            "update_table_replica_auto_scaling",
            {
                "GlobalSecondaryIndexUpdates": "global_secondary_index_updates",
                "TableName": "table_name",
                "ProvisionedWriteCapacityAutoScalingUpdate": "provisioned_write_capacity_auto_scaling_update",
                "ReplicaUpdates": "replica_updates",
            },
        ),
        "UpdateTimeToLive": OperationSpec(
            "update_time_to_live",
            {"TableName": "table_name", "TimeToLiveSpecification": "time_to_live_specification"},
        ),
    }

    async def batch_execute_statement(
        self,
        context: RequestContext,
        *,
        statements: PartiQLBatchRequest,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
    ) -> BatchExecuteStatementOutput:
        raise NotImplementedError

    async def batch_get_item(
        self,
        context: RequestContext,
        *,
        request_items: BatchGetRequestMap,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
    ) -> BatchGetItemOutput:
        raise NotImplementedError

    async def batch_write_item(
        self,
        context: RequestContext,
        *,
        request_items: BatchWriteItemRequestMap,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        return_item_collection_metrics: ReturnItemCollectionMetrics | None = None,
    ) -> BatchWriteItemOutput:
        raise NotImplementedError

    async def create_backup(
        self, context: RequestContext, *, table_name: TableArn, backup_name: BackupName
    ) -> CreateBackupOutput:
        raise NotImplementedError

    async def create_global_table(
        self, context: RequestContext, *, global_table_name: TableName, replication_group: ReplicaList
    ) -> CreateGlobalTableOutput:
        raise NotImplementedError

    async def create_table(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        attribute_definitions: AttributeDefinitions | None = None,
        key_schema: KeySchema | None = None,
        local_secondary_indexes: LocalSecondaryIndexList | None = None,
        global_secondary_indexes: GlobalSecondaryIndexList | None = None,
        billing_mode: BillingMode | None = None,
        provisioned_throughput: ProvisionedThroughput | None = None,
        stream_specification: StreamSpecification | None = None,
        sse_specification: SSESpecification | None = None,
        tags: TagList | None = None,
        table_class: TableClass | None = None,
        deletion_protection_enabled: DeletionProtectionEnabled | None = None,
        warm_throughput: WarmThroughput | None = None,
        resource_policy: ResourcePolicy | None = None,
        on_demand_throughput: OnDemandThroughput | None = None,
        global_table_source_arn: TableArn | None = None,
        global_table_settings_replication_mode: GlobalTableSettingsReplicationMode | None = None,
    ) -> CreateTableOutput:
        raise NotImplementedError

    async def delete_backup(self, context: RequestContext, *, backup_arn: BackupArn) -> DeleteBackupOutput:
        raise NotImplementedError

    async def delete_item(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        key: Key,
        expected: ExpectedAttributeMap | None = None,
        conditional_operator: ConditionalOperator | None = None,
        return_values: ReturnValue | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        return_item_collection_metrics: ReturnItemCollectionMetrics | None = None,
        condition_expression: ConditionExpression | None = None,
        expression_attribute_names: ExpressionAttributeNameMap | None = None,
        expression_attribute_values: ExpressionAttributeValueMap | None = None,
        return_values_on_condition_check_failure: ReturnValuesOnConditionCheckFailure | None = None,
    ) -> DeleteItemOutput:
        raise NotImplementedError

    async def delete_resource_policy(
        self,
        context: RequestContext,
        *,
        resource_arn: ResourceArnString,
        expected_revision_id: PolicyRevisionId | None = None,
    ) -> DeleteResourcePolicyOutput:
        raise NotImplementedError

    async def delete_table(self, context: RequestContext, *, table_name: TableArn) -> DeleteTableOutput:
        raise NotImplementedError

    async def describe_backup(
        self, context: RequestContext, *, backup_arn: BackupArn
    ) -> DescribeBackupOutput:
        raise NotImplementedError

    async def describe_continuous_backups(
        self, context: RequestContext, *, table_name: TableArn
    ) -> DescribeContinuousBackupsOutput:
        raise NotImplementedError

    async def describe_contributor_insights(
        self, context: RequestContext, *, table_name: TableArn, index_name: IndexName | None = None
    ) -> DescribeContributorInsightsOutput:
        raise NotImplementedError

    async def describe_endpoints(self, context: RequestContext) -> DescribeEndpointsResponse:
        raise NotImplementedError

    async def describe_export(
        self, context: RequestContext, *, export_arn: ExportArn
    ) -> DescribeExportOutput:
        raise NotImplementedError

    async def describe_global_table(
        self, context: RequestContext, *, global_table_name: TableName
    ) -> DescribeGlobalTableOutput:
        raise NotImplementedError

    async def describe_global_table_settings(
        self, context: RequestContext, *, global_table_name: TableName
    ) -> DescribeGlobalTableSettingsOutput:
        raise NotImplementedError

    async def describe_import(
        self, context: RequestContext, *, import_arn: ImportArn
    ) -> DescribeImportOutput:
        raise NotImplementedError

    async def describe_kinesis_streaming_destination(
        self, context: RequestContext, *, table_name: TableArn
    ) -> DescribeKinesisStreamingDestinationOutput:
        raise NotImplementedError

    async def describe_limits(self, context: RequestContext) -> DescribeLimitsOutput:
        raise NotImplementedError

    async def describe_table(self, context: RequestContext, *, table_name: TableArn) -> DescribeTableOutput:
        raise NotImplementedError

    async def describe_table_replica_auto_scaling(
        self, context: RequestContext, *, table_name: TableArn
    ) -> DescribeTableReplicaAutoScalingOutput:
        raise NotImplementedError

    async def describe_time_to_live(
        self, context: RequestContext, *, table_name: TableArn
    ) -> DescribeTimeToLiveOutput:
        raise NotImplementedError

    async def disable_kinesis_streaming_destination(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        stream_arn: StreamArn,
        enable_kinesis_streaming_configuration: EnableKinesisStreamingConfiguration | None = None,
    ) -> KinesisStreamingDestinationOutput:
        raise NotImplementedError

    async def enable_kinesis_streaming_destination(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        stream_arn: StreamArn,
        enable_kinesis_streaming_configuration: EnableKinesisStreamingConfiguration | None = None,
    ) -> KinesisStreamingDestinationOutput:
        raise NotImplementedError

    async def execute_statement(
        self,
        context: RequestContext,
        *,
        statement: PartiQLStatement,
        parameters: PreparedStatementParameters | None = None,
        consistent_read: ConsistentRead | None = None,
        next_token: PartiQLNextToken | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        limit: PositiveIntegerObject | None = None,
        return_values_on_condition_check_failure: ReturnValuesOnConditionCheckFailure | None = None,
    ) -> ExecuteStatementOutput:
        raise NotImplementedError

    async def execute_transaction(
        self,
        context: RequestContext,
        *,
        transact_statements: ParameterizedStatements,
        client_request_token: ClientRequestToken | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
    ) -> ExecuteTransactionOutput:
        raise NotImplementedError

    async def export_table_to_point_in_time(
        self,
        context: RequestContext,
        *,
        table_arn: TableArn,
        s3_bucket: S3Bucket,
        export_time: ExportTime | None = None,
        client_token: ClientToken | None = None,
        s3_bucket_owner: S3BucketOwner | None = None,
        s3_prefix: S3Prefix | None = None,
        s3_sse_algorithm: S3SseAlgorithm | None = None,
        s3_sse_kms_key_id: S3SseKmsKeyId | None = None,
        export_format: ExportFormat | None = None,
        export_type: ExportType | None = None,
        incremental_export_specification: IncrementalExportSpecification | None = None,
    ) -> ExportTableToPointInTimeOutput:
        raise NotImplementedError

    async def get_item(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        key: Key,
        attributes_to_get: AttributeNameList | None = None,
        consistent_read: ConsistentRead | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        projection_expression: ProjectionExpression | None = None,
        expression_attribute_names: ExpressionAttributeNameMap | None = None,
    ) -> GetItemOutput:
        raise NotImplementedError

    async def get_resource_policy(
        self, context: RequestContext, *, resource_arn: ResourceArnString
    ) -> GetResourcePolicyOutput:
        raise NotImplementedError

    async def import_table(
        self,
        context: RequestContext,
        *,
        s3_bucket_source: S3BucketSource,
        input_format: InputFormat,
        table_creation_parameters: TableCreationParameters,
        client_token: ClientToken | None = None,
        input_format_options: InputFormatOptions | None = None,
        input_compression_type: InputCompressionType | None = None,
    ) -> ImportTableOutput:
        raise NotImplementedError

    async def list_backups(
        self,
        context: RequestContext,
        *,
        table_name: TableArn | None = None,
        limit: BackupsInputLimit | None = None,
        time_range_lower_bound: TimeRangeLowerBound | None = None,
        time_range_upper_bound: TimeRangeUpperBound | None = None,
        exclusive_start_backup_arn: BackupArn | None = None,
        backup_type: BackupTypeFilter | None = None,
    ) -> ListBackupsOutput:
        raise NotImplementedError

    async def list_contributor_insights(
        self,
        context: RequestContext,
        *,
        table_name: TableArn | None = None,
        next_token: NextTokenString | None = None,
        max_results: ListContributorInsightsLimit | None = None,
    ) -> ListContributorInsightsOutput:
        raise NotImplementedError

    async def list_exports(
        self,
        context: RequestContext,
        *,
        table_arn: TableArn | None = None,
        max_results: ListExportsMaxLimit | None = None,
        next_token: ExportNextToken | None = None,
    ) -> ListExportsOutput:
        raise NotImplementedError

    async def list_global_tables(
        self,
        context: RequestContext,
        *,
        exclusive_start_global_table_name: TableName | None = None,
        limit: PositiveIntegerObject | None = None,
        region_name: RegionName | None = None,
    ) -> ListGlobalTablesOutput:
        raise NotImplementedError

    async def list_imports(
        self,
        context: RequestContext,
        *,
        table_arn: TableArn | None = None,
        page_size: ListImportsMaxLimit | None = None,
        next_token: ImportNextToken | None = None,
    ) -> ListImportsOutput:
        raise NotImplementedError

    async def list_tables(
        self,
        context: RequestContext,
        *,
        exclusive_start_table_name: TableName | None = None,
        limit: ListTablesInputLimit | None = None,
    ) -> ListTablesOutput:
        raise NotImplementedError

    async def list_tags_of_resource(
        self,
        context: RequestContext,
        *,
        resource_arn: ResourceArnString,
        next_token: NextTokenString | None = None,
    ) -> ListTagsOfResourceOutput:
        raise NotImplementedError

    async def put_item(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        item: PutItemInputAttributeMap,
        expected: ExpectedAttributeMap | None = None,
        return_values: ReturnValue | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        return_item_collection_metrics: ReturnItemCollectionMetrics | None = None,
        conditional_operator: ConditionalOperator | None = None,
        condition_expression: ConditionExpression | None = None,
        expression_attribute_names: ExpressionAttributeNameMap | None = None,
        expression_attribute_values: ExpressionAttributeValueMap | None = None,
        return_values_on_condition_check_failure: ReturnValuesOnConditionCheckFailure | None = None,
    ) -> PutItemOutput:
        raise NotImplementedError

    async def put_resource_policy(
        self,
        context: RequestContext,
        *,
        resource_arn: ResourceArnString,
        policy: ResourcePolicy,
        expected_revision_id: PolicyRevisionId | None = None,
        confirm_remove_self_resource_access: ConfirmRemoveSelfResourceAccess | None = None,
    ) -> PutResourcePolicyOutput:
        raise NotImplementedError

    async def query(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        index_name: IndexName | None = None,
        select: Select | None = None,
        attributes_to_get: AttributeNameList | None = None,
        limit: PositiveIntegerObject | None = None,
        consistent_read: ConsistentRead | None = None,
        key_conditions: KeyConditions | None = None,
        query_filter: FilterConditionMap | None = None,
        conditional_operator: ConditionalOperator | None = None,
        scan_index_forward: BooleanObject | None = None,
        exclusive_start_key: Key | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        projection_expression: ProjectionExpression | None = None,
        filter_expression: ConditionExpression | None = None,
        key_condition_expression: KeyExpression | None = None,
        expression_attribute_names: ExpressionAttributeNameMap | None = None,
        expression_attribute_values: ExpressionAttributeValueMap | None = None,
    ) -> QueryOutput:
        raise NotImplementedError

    async def restore_table_from_backup(
        self,
        context: RequestContext,
        *,
        target_table_name: TableName,
        backup_arn: BackupArn,
        billing_mode_override: BillingMode | None = None,
        global_secondary_index_override: GlobalSecondaryIndexList | None = None,
        local_secondary_index_override: LocalSecondaryIndexList | None = None,
        provisioned_throughput_override: ProvisionedThroughput | None = None,
        on_demand_throughput_override: OnDemandThroughput | None = None,
        sse_specification_override: SSESpecification | None = None,
    ) -> RestoreTableFromBackupOutput:
        raise NotImplementedError

    async def restore_table_to_point_in_time(
        self,
        context: RequestContext,
        *,
        target_table_name: TableName,
        source_table_arn: TableArn | None = None,
        source_table_name: TableName | None = None,
        use_latest_restorable_time: BooleanObject | None = None,
        restore_date_time: Date | None = None,
        billing_mode_override: BillingMode | None = None,
        global_secondary_index_override: GlobalSecondaryIndexList | None = None,
        local_secondary_index_override: LocalSecondaryIndexList | None = None,
        provisioned_throughput_override: ProvisionedThroughput | None = None,
        on_demand_throughput_override: OnDemandThroughput | None = None,
        sse_specification_override: SSESpecification | None = None,
    ) -> RestoreTableToPointInTimeOutput:
        raise NotImplementedError

    async def scan(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        index_name: IndexName | None = None,
        attributes_to_get: AttributeNameList | None = None,
        limit: PositiveIntegerObject | None = None,
        select: Select | None = None,
        scan_filter: FilterConditionMap | None = None,
        conditional_operator: ConditionalOperator | None = None,
        exclusive_start_key: Key | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        total_segments: ScanTotalSegments | None = None,
        segment: ScanSegment | None = None,
        projection_expression: ProjectionExpression | None = None,
        filter_expression: ConditionExpression | None = None,
        expression_attribute_names: ExpressionAttributeNameMap | None = None,
        expression_attribute_values: ExpressionAttributeValueMap | None = None,
        consistent_read: ConsistentRead | None = None,
    ) -> ScanOutput:
        raise NotImplementedError

    async def tag_resource(
        self, context: RequestContext, *, resource_arn: ResourceArnString, tags: TagList
    ) -> None:
        raise NotImplementedError

    async def transact_get_items(
        self,
        context: RequestContext,
        *,
        transact_items: TransactGetItemList,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
    ) -> TransactGetItemsOutput:
        raise NotImplementedError

    async def transact_write_items(
        self,
        context: RequestContext,
        *,
        transact_items: TransactWriteItemList,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        return_item_collection_metrics: ReturnItemCollectionMetrics | None = None,
        client_request_token: ClientRequestToken | None = None,
    ) -> TransactWriteItemsOutput:
        raise NotImplementedError

    async def untag_resource(
        self, context: RequestContext, *, resource_arn: ResourceArnString, tag_keys: TagKeyList
    ) -> None:
        raise NotImplementedError

    async def update_continuous_backups(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        point_in_time_recovery_specification: PointInTimeRecoverySpecification,
    ) -> UpdateContinuousBackupsOutput:
        raise NotImplementedError

    async def update_contributor_insights(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        contributor_insights_action: ContributorInsightsAction,
        index_name: IndexName | None = None,
        contributor_insights_mode: ContributorInsightsMode | None = None,
    ) -> UpdateContributorInsightsOutput:
        raise NotImplementedError

    async def update_global_table(
        self, context: RequestContext, *, global_table_name: TableName, replica_updates: ReplicaUpdateList
    ) -> UpdateGlobalTableOutput:
        raise NotImplementedError

    async def update_global_table_settings(
        self,
        context: RequestContext,
        *,
        global_table_name: TableName,
        global_table_billing_mode: BillingMode | None = None,
        global_table_provisioned_write_capacity_units: PositiveLongObject | None = None,
        global_table_provisioned_write_capacity_auto_scaling_settings_update: AutoScalingSettingsUpdate
        | None = None,
        global_table_global_secondary_index_settings_update: GlobalTableGlobalSecondaryIndexSettingsUpdateList
        | None = None,
        replica_settings_update: ReplicaSettingsUpdateList | None = None,
    ) -> UpdateGlobalTableSettingsOutput:
        raise NotImplementedError

    async def update_item(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        key: Key,
        attribute_updates: AttributeUpdates | None = None,
        expected: ExpectedAttributeMap | None = None,
        conditional_operator: ConditionalOperator | None = None,
        return_values: ReturnValue | None = None,
        return_consumed_capacity: ReturnConsumedCapacity | None = None,
        return_item_collection_metrics: ReturnItemCollectionMetrics | None = None,
        update_expression: UpdateExpression | None = None,
        condition_expression: ConditionExpression | None = None,
        expression_attribute_names: ExpressionAttributeNameMap | None = None,
        expression_attribute_values: ExpressionAttributeValueMap | None = None,
        return_values_on_condition_check_failure: ReturnValuesOnConditionCheckFailure | None = None,
    ) -> UpdateItemOutput:
        raise NotImplementedError

    async def update_kinesis_streaming_destination(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        stream_arn: StreamArn,
        update_kinesis_streaming_configuration: UpdateKinesisStreamingConfiguration | None = None,
    ) -> UpdateKinesisStreamingDestinationOutput:
        raise NotImplementedError

    async def update_table(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        attribute_definitions: AttributeDefinitions | None = None,
        billing_mode: BillingMode | None = None,
        provisioned_throughput: ProvisionedThroughput | None = None,
        global_secondary_index_updates: GlobalSecondaryIndexUpdateList | None = None,
        stream_specification: StreamSpecification | None = None,
        sse_specification: SSESpecification | None = None,
        replica_updates: ReplicationGroupUpdateList | None = None,
        table_class: TableClass | None = None,
        deletion_protection_enabled: DeletionProtectionEnabled | None = None,
        multi_region_consistency: MultiRegionConsistency | None = None,
        global_table_witness_updates: GlobalTableWitnessGroupUpdateList | None = None,
        on_demand_throughput: OnDemandThroughput | None = None,
        warm_throughput: WarmThroughput | None = None,
        global_table_settings_replication_mode: GlobalTableSettingsReplicationMode | None = None,
    ) -> UpdateTableOutput:
        raise NotImplementedError

    async def update_table_replica_auto_scaling(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        global_secondary_index_updates: GlobalSecondaryIndexAutoScalingUpdateList | None = None,
        provisioned_write_capacity_auto_scaling_update: AutoScalingSettingsUpdate | None = None,
        replica_updates: ReplicaAutoScalingUpdateList | None = None,
    ) -> UpdateTableReplicaAutoScalingOutput:
        raise NotImplementedError

    async def update_time_to_live(
        self,
        context: RequestContext,
        *,
        table_name: TableArn,
        time_to_live_specification: TimeToLiveSpecification,
    ) -> UpdateTimeToLiveOutput:
        raise NotImplementedError
