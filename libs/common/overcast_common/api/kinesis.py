# Generated from botocore 1.43.11's kinesis model (API 2013-12-02).
# Do not edit: regenerate with `python -m overcast_common.codegen kinesis`.
"""Typed API of Amazon Kinesis: shapes, errors and ``KinesisApi``."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi

BooleanObject = bool
ConsumerARN = str
ConsumerCountObject = int
ConsumerName = str
ConsumerStatus = str
Data = bytes
DescribeStreamInputLimit = int
EncryptionType = str
ErrorCode = str
ErrorMessage = str
GetRecordsInputLimit = int
HashKey = str
KeyId = str
ListShardsInputLimit = int
ListStreamConsumersInputLimit = int
ListStreamsInputLimit = int
ListTagsForStreamInputLimit = int
MaxRecordSizeInKiB = int
MetricsName = str
MillisBehindLatest = int
MinimumThroughputBillingCommitmentInputStatus = str
MinimumThroughputBillingCommitmentOutputStatus = str
NaturalIntegerObject = int
NextToken = str
OnDemandStreamCountLimitObject = int
OnDemandStreamCountObject = int
PartitionKey = str
Policy = str
PositiveIntegerObject = int
ResourceARN = str
RetentionPeriodHours = int
ScalingType = str
SequenceNumber = str
ShardCountObject = int
ShardFilterType = str
ShardId = str
ShardIterator = str
ShardIteratorType = str
StreamARN = str
StreamId = str
StreamMode = str
StreamName = str
StreamStatus = str
TagKey = str
TagValue = str
Timestamp = datetime


class ConsumerStatusValues:
    CREATING: Final = "CREATING"
    DELETING: Final = "DELETING"
    ACTIVE: Final = "ACTIVE"


class EncryptionTypeValues:
    NONE: Final = "NONE"
    KMS: Final = "KMS"


class MetricsNameValues:
    IncomingBytes: Final = "IncomingBytes"
    IncomingRecords: Final = "IncomingRecords"
    OutgoingBytes: Final = "OutgoingBytes"
    OutgoingRecords: Final = "OutgoingRecords"
    WriteProvisionedThroughputExceeded: Final = "WriteProvisionedThroughputExceeded"
    ReadProvisionedThroughputExceeded: Final = "ReadProvisionedThroughputExceeded"
    IteratorAgeMilliseconds: Final = "IteratorAgeMilliseconds"
    ALL: Final = "ALL"


class MinimumThroughputBillingCommitmentInputStatusValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class MinimumThroughputBillingCommitmentOutputStatusValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"
    ENABLED_UNTIL_EARLIEST_ALLOWED_END: Final = "ENABLED_UNTIL_EARLIEST_ALLOWED_END"


class ScalingTypeValues:
    UNIFORM_SCALING: Final = "UNIFORM_SCALING"


class ShardFilterTypeValues:
    AFTER_SHARD_ID: Final = "AFTER_SHARD_ID"
    AT_TRIM_HORIZON: Final = "AT_TRIM_HORIZON"
    FROM_TRIM_HORIZON: Final = "FROM_TRIM_HORIZON"
    AT_LATEST: Final = "AT_LATEST"
    AT_TIMESTAMP: Final = "AT_TIMESTAMP"
    FROM_TIMESTAMP: Final = "FROM_TIMESTAMP"


class ShardIteratorTypeValues:
    AT_SEQUENCE_NUMBER: Final = "AT_SEQUENCE_NUMBER"
    AFTER_SEQUENCE_NUMBER: Final = "AFTER_SEQUENCE_NUMBER"
    TRIM_HORIZON: Final = "TRIM_HORIZON"
    LATEST: Final = "LATEST"
    AT_TIMESTAMP: Final = "AT_TIMESTAMP"


class StreamModeValues:
    PROVISIONED: Final = "PROVISIONED"
    ON_DEMAND: Final = "ON_DEMAND"


class StreamStatusValues:
    CREATING: Final = "CREATING"
    DELETING: Final = "DELETING"
    ACTIVE: Final = "ACTIVE"
    UPDATING: Final = "UPDATING"


class AddTagsToStreamInput(TypedDict):
    StreamName: NotRequired[StreamName]
    Tags: TagMap
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class ChildShard(TypedDict):
    ShardId: ShardId
    ParentShards: ShardIdList
    HashKeyRange: HashKeyRange


class Consumer(TypedDict):
    ConsumerName: ConsumerName
    ConsumerARN: ConsumerARN
    ConsumerStatus: ConsumerStatus
    ConsumerCreationTimestamp: Timestamp


class ConsumerDescription(TypedDict):
    ConsumerName: ConsumerName
    ConsumerARN: ConsumerARN
    ConsumerStatus: ConsumerStatus
    ConsumerCreationTimestamp: Timestamp
    StreamARN: StreamARN


class CreateStreamInput(TypedDict):
    StreamName: StreamName
    ShardCount: NotRequired[PositiveIntegerObject]
    StreamModeDetails: NotRequired[StreamModeDetails]
    Tags: NotRequired[TagMap]
    WarmThroughputMiBps: NotRequired[NaturalIntegerObject]
    MaxRecordSizeInKiB: NotRequired[MaxRecordSizeInKiB]


class DecreaseStreamRetentionPeriodInput(TypedDict):
    StreamName: NotRequired[StreamName]
    RetentionPeriodHours: RetentionPeriodHours
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class DeleteResourcePolicyInput(TypedDict):
    ResourceARN: ResourceARN
    StreamId: NotRequired[StreamId]


class DeleteStreamInput(TypedDict):
    StreamName: NotRequired[StreamName]
    EnforceConsumerDeletion: NotRequired[BooleanObject]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class DeregisterStreamConsumerInput(TypedDict):
    StreamARN: NotRequired[StreamARN]
    ConsumerName: NotRequired[ConsumerName]
    ConsumerARN: NotRequired[ConsumerARN]
    StreamId: NotRequired[StreamId]


class DescribeAccountSettingsInput(TypedDict):
    pass


class DescribeAccountSettingsOutput(TypedDict):
    MinimumThroughputBillingCommitment: NotRequired[MinimumThroughputBillingCommitmentOutput]


class DescribeLimitsInput(TypedDict):
    pass


class DescribeLimitsOutput(TypedDict):
    ShardLimit: ShardCountObject
    OpenShardCount: ShardCountObject
    OnDemandStreamCount: OnDemandStreamCountObject
    OnDemandStreamCountLimit: OnDemandStreamCountLimitObject


class DescribeStreamConsumerInput(TypedDict):
    StreamARN: NotRequired[StreamARN]
    ConsumerName: NotRequired[ConsumerName]
    ConsumerARN: NotRequired[ConsumerARN]
    StreamId: NotRequired[StreamId]


class DescribeStreamConsumerOutput(TypedDict):
    ConsumerDescription: ConsumerDescription


class DescribeStreamInput(TypedDict):
    StreamName: NotRequired[StreamName]
    Limit: NotRequired[DescribeStreamInputLimit]
    ExclusiveStartShardId: NotRequired[ShardId]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class DescribeStreamOutput(TypedDict):
    StreamDescription: StreamDescription


class DescribeStreamSummaryInput(TypedDict):
    StreamName: NotRequired[StreamName]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class DescribeStreamSummaryOutput(TypedDict):
    StreamDescriptionSummary: StreamDescriptionSummary


class DisableEnhancedMonitoringInput(TypedDict):
    StreamName: NotRequired[StreamName]
    ShardLevelMetrics: MetricsNameList
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class EnableEnhancedMonitoringInput(TypedDict):
    StreamName: NotRequired[StreamName]
    ShardLevelMetrics: MetricsNameList
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class EnhancedMetrics(TypedDict):
    ShardLevelMetrics: NotRequired[MetricsNameList]


class EnhancedMonitoringOutput(TypedDict):
    StreamName: NotRequired[StreamName]
    CurrentShardLevelMetrics: NotRequired[MetricsNameList]
    DesiredShardLevelMetrics: NotRequired[MetricsNameList]
    StreamARN: NotRequired[StreamARN]


class GetRecordsInput(TypedDict):
    ShardIterator: ShardIterator
    Limit: NotRequired[GetRecordsInputLimit]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class GetRecordsOutput(TypedDict):
    Records: RecordList
    NextShardIterator: NotRequired[ShardIterator]
    MillisBehindLatest: NotRequired[MillisBehindLatest]
    ChildShards: NotRequired[ChildShardList]


class GetResourcePolicyInput(TypedDict):
    ResourceARN: ResourceARN
    StreamId: NotRequired[StreamId]


class GetResourcePolicyOutput(TypedDict):
    Policy: Policy


class GetShardIteratorInput(TypedDict):
    StreamName: NotRequired[StreamName]
    ShardId: ShardId
    ShardIteratorType: ShardIteratorType
    StartingSequenceNumber: NotRequired[SequenceNumber]
    Timestamp: NotRequired[Timestamp]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class GetShardIteratorOutput(TypedDict):
    ShardIterator: NotRequired[ShardIterator]


class HashKeyRange(TypedDict):
    StartingHashKey: HashKey
    EndingHashKey: HashKey


class IncreaseStreamRetentionPeriodInput(TypedDict):
    StreamName: NotRequired[StreamName]
    RetentionPeriodHours: RetentionPeriodHours
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class ListShardsInput(TypedDict):
    StreamName: NotRequired[StreamName]
    NextToken: NotRequired[NextToken]
    ExclusiveStartShardId: NotRequired[ShardId]
    MaxResults: NotRequired[ListShardsInputLimit]
    StreamCreationTimestamp: NotRequired[Timestamp]
    ShardFilter: NotRequired[ShardFilter]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class ListShardsOutput(TypedDict):
    Shards: NotRequired[ShardList]
    NextToken: NotRequired[NextToken]


class ListStreamConsumersInput(TypedDict):
    StreamARN: StreamARN
    NextToken: NotRequired[NextToken]
    MaxResults: NotRequired[ListStreamConsumersInputLimit]
    StreamCreationTimestamp: NotRequired[Timestamp]
    StreamId: NotRequired[StreamId]


class ListStreamConsumersOutput(TypedDict):
    Consumers: NotRequired[ConsumerList]
    NextToken: NotRequired[NextToken]


class ListStreamsInput(TypedDict):
    Limit: NotRequired[ListStreamsInputLimit]
    ExclusiveStartStreamName: NotRequired[StreamName]
    NextToken: NotRequired[NextToken]


class ListStreamsOutput(TypedDict):
    StreamNames: StreamNameList
    HasMoreStreams: BooleanObject
    NextToken: NotRequired[NextToken]
    StreamSummaries: NotRequired[StreamSummaryList]


class ListTagsForResourceInput(TypedDict):
    ResourceARN: ResourceARN
    StreamId: NotRequired[StreamId]


class ListTagsForResourceOutput(TypedDict):
    Tags: NotRequired[TagList]


class ListTagsForStreamInput(TypedDict):
    StreamName: NotRequired[StreamName]
    ExclusiveStartTagKey: NotRequired[TagKey]
    Limit: NotRequired[ListTagsForStreamInputLimit]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class ListTagsForStreamOutput(TypedDict):
    Tags: TagList
    HasMoreTags: BooleanObject


class MergeShardsInput(TypedDict):
    StreamName: NotRequired[StreamName]
    ShardToMerge: ShardId
    AdjacentShardToMerge: ShardId
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class MinimumThroughputBillingCommitmentInput(TypedDict):
    Status: MinimumThroughputBillingCommitmentInputStatus


class MinimumThroughputBillingCommitmentOutput(TypedDict):
    Status: MinimumThroughputBillingCommitmentOutputStatus
    StartedAt: NotRequired[Timestamp]
    EndedAt: NotRequired[Timestamp]
    EarliestAllowedEndAt: NotRequired[Timestamp]


class PutRecordInput(TypedDict):
    StreamName: NotRequired[StreamName]
    Data: Data
    PartitionKey: PartitionKey
    ExplicitHashKey: NotRequired[HashKey]
    SequenceNumberForOrdering: NotRequired[SequenceNumber]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class PutRecordOutput(TypedDict):
    ShardId: ShardId
    SequenceNumber: SequenceNumber
    EncryptionType: NotRequired[EncryptionType]


class PutRecordsInput(TypedDict):
    Records: PutRecordsRequestEntryList
    StreamName: NotRequired[StreamName]
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class PutRecordsOutput(TypedDict):
    FailedRecordCount: NotRequired[PositiveIntegerObject]
    Records: PutRecordsResultEntryList
    EncryptionType: NotRequired[EncryptionType]


class PutRecordsRequestEntry(TypedDict):
    Data: Data
    ExplicitHashKey: NotRequired[HashKey]
    PartitionKey: PartitionKey


class PutRecordsResultEntry(TypedDict):
    SequenceNumber: NotRequired[SequenceNumber]
    ShardId: NotRequired[ShardId]
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]


class PutResourcePolicyInput(TypedDict):
    ResourceARN: ResourceARN
    StreamId: NotRequired[StreamId]
    Policy: Policy


class Record(TypedDict):
    SequenceNumber: SequenceNumber
    ApproximateArrivalTimestamp: NotRequired[Timestamp]
    Data: Data
    PartitionKey: PartitionKey
    EncryptionType: NotRequired[EncryptionType]


class RegisterStreamConsumerInput(TypedDict):
    StreamARN: StreamARN
    ConsumerName: ConsumerName
    StreamId: NotRequired[StreamId]
    Tags: NotRequired[TagMap]


class RegisterStreamConsumerOutput(TypedDict):
    Consumer: Consumer


class RemoveTagsFromStreamInput(TypedDict):
    StreamName: NotRequired[StreamName]
    TagKeys: TagKeyList
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class SequenceNumberRange(TypedDict):
    StartingSequenceNumber: SequenceNumber
    EndingSequenceNumber: NotRequired[SequenceNumber]


class Shard(TypedDict):
    ShardId: ShardId
    ParentShardId: NotRequired[ShardId]
    AdjacentParentShardId: NotRequired[ShardId]
    HashKeyRange: HashKeyRange
    SequenceNumberRange: SequenceNumberRange


class ShardFilter(TypedDict):
    Type: ShardFilterType
    ShardId: NotRequired[ShardId]
    Timestamp: NotRequired[Timestamp]


class SplitShardInput(TypedDict):
    StreamName: NotRequired[StreamName]
    ShardToSplit: ShardId
    NewStartingHashKey: HashKey
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class StartStreamEncryptionInput(TypedDict):
    StreamName: NotRequired[StreamName]
    EncryptionType: EncryptionType
    KeyId: KeyId
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class StartingPosition(TypedDict):
    Type: ShardIteratorType
    SequenceNumber: NotRequired[SequenceNumber]
    Timestamp: NotRequired[Timestamp]


class StopStreamEncryptionInput(TypedDict):
    StreamName: NotRequired[StreamName]
    EncryptionType: EncryptionType
    KeyId: KeyId
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class StreamDescription(TypedDict):
    StreamName: StreamName
    StreamARN: StreamARN
    StreamStatus: StreamStatus
    StreamModeDetails: NotRequired[StreamModeDetails]
    Shards: ShardList
    HasMoreShards: BooleanObject
    RetentionPeriodHours: RetentionPeriodHours
    StreamCreationTimestamp: Timestamp
    EnhancedMonitoring: EnhancedMonitoringList
    EncryptionType: NotRequired[EncryptionType]
    KeyId: NotRequired[KeyId]


class StreamDescriptionSummary(TypedDict):
    StreamName: StreamName
    StreamARN: StreamARN
    StreamId: NotRequired[StreamId]
    StreamStatus: StreamStatus
    StreamModeDetails: NotRequired[StreamModeDetails]
    RetentionPeriodHours: RetentionPeriodHours
    StreamCreationTimestamp: Timestamp
    EnhancedMonitoring: EnhancedMonitoringList
    EncryptionType: NotRequired[EncryptionType]
    KeyId: NotRequired[KeyId]
    OpenShardCount: ShardCountObject
    ConsumerCount: NotRequired[ConsumerCountObject]
    WarmThroughput: NotRequired[WarmThroughputObject]
    MaxRecordSizeInKiB: NotRequired[MaxRecordSizeInKiB]


class StreamModeDetails(TypedDict):
    StreamMode: StreamMode


class StreamSummary(TypedDict):
    StreamName: StreamName
    StreamARN: StreamARN
    StreamStatus: StreamStatus
    StreamModeDetails: NotRequired[StreamModeDetails]
    StreamCreationTimestamp: NotRequired[Timestamp]


class SubscribeToShardEvent(TypedDict):
    Records: RecordList
    ContinuationSequenceNumber: SequenceNumber
    MillisBehindLatest: MillisBehindLatest
    ChildShards: NotRequired[ChildShardList]


class SubscribeToShardEventStream(TypedDict):
    SubscribeToShardEvent: SubscribeToShardEvent
    ResourceNotFoundException: NotRequired[dict[str, Any]]
    ResourceInUseException: NotRequired[dict[str, Any]]
    KMSDisabledException: NotRequired[dict[str, Any]]
    KMSInvalidStateException: NotRequired[dict[str, Any]]
    KMSAccessDeniedException: NotRequired[dict[str, Any]]
    KMSNotFoundException: NotRequired[dict[str, Any]]
    KMSOptInRequired: NotRequired[dict[str, Any]]
    KMSThrottlingException: NotRequired[dict[str, Any]]
    InternalFailureException: NotRequired[dict[str, Any]]


class SubscribeToShardInput(TypedDict):
    ConsumerARN: ConsumerARN
    StreamId: NotRequired[StreamId]
    ShardId: ShardId
    StartingPosition: StartingPosition


class SubscribeToShardOutput(TypedDict):
    EventStream: SubscribeToShardEventStream


class Tag(TypedDict):
    Key: TagKey
    Value: NotRequired[TagValue]


class TagResourceInput(TypedDict):
    Tags: TagMap
    ResourceARN: ResourceARN
    StreamId: NotRequired[StreamId]


class UntagResourceInput(TypedDict):
    TagKeys: TagKeyList
    ResourceARN: ResourceARN
    StreamId: NotRequired[StreamId]


class UpdateAccountSettingsInput(TypedDict):
    MinimumThroughputBillingCommitment: MinimumThroughputBillingCommitmentInput


class UpdateAccountSettingsOutput(TypedDict):
    MinimumThroughputBillingCommitment: NotRequired[MinimumThroughputBillingCommitmentOutput]


class UpdateMaxRecordSizeInput(TypedDict):
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]
    MaxRecordSizeInKiB: MaxRecordSizeInKiB


class UpdateShardCountInput(TypedDict):
    StreamName: NotRequired[StreamName]
    TargetShardCount: PositiveIntegerObject
    ScalingType: ScalingType
    StreamARN: NotRequired[StreamARN]
    StreamId: NotRequired[StreamId]


class UpdateShardCountOutput(TypedDict):
    StreamName: NotRequired[StreamName]
    CurrentShardCount: NotRequired[PositiveIntegerObject]
    TargetShardCount: NotRequired[PositiveIntegerObject]
    StreamARN: NotRequired[StreamARN]


class UpdateStreamModeInput(TypedDict):
    StreamARN: StreamARN
    StreamId: NotRequired[StreamId]
    StreamModeDetails: StreamModeDetails
    WarmThroughputMiBps: NotRequired[NaturalIntegerObject]


class UpdateStreamWarmThroughputInput(TypedDict):
    StreamARN: NotRequired[StreamARN]
    StreamName: NotRequired[StreamName]
    StreamId: NotRequired[StreamId]
    WarmThroughputMiBps: NaturalIntegerObject


class UpdateStreamWarmThroughputOutput(TypedDict):
    StreamARN: NotRequired[StreamARN]
    StreamName: NotRequired[StreamName]
    WarmThroughput: NotRequired[WarmThroughputObject]


class WarmThroughputObject(TypedDict):
    TargetMiBps: NotRequired[NaturalIntegerObject]
    CurrentMiBps: NotRequired[NaturalIntegerObject]


ChildShardList = list[ChildShard]
ConsumerList = list[Consumer]
EnhancedMonitoringList = list[EnhancedMetrics]
MetricsNameList = list[MetricsName]
PutRecordsRequestEntryList = list[PutRecordsRequestEntry]
PutRecordsResultEntryList = list[PutRecordsResultEntry]
RecordList = list[Record]
ShardIdList = list[ShardId]
ShardList = list[Shard]
StreamNameList = list[StreamName]
StreamSummaryList = list[StreamSummary]
TagKeyList = list[TagKey]
TagList = list[Tag]
TagMap = dict[TagKey, TagValue]


class AccessDeniedException(ServiceError):
    code = "AccessDeniedException"
    query_code: ClassVar[str] = "AccessDeniedException"
    shape_name: ClassVar[str] = "AccessDeniedException"
    status_code = 400
    sender_fault = True


class ExpiredIteratorException(ServiceError):
    code = "ExpiredIteratorException"
    query_code: ClassVar[str] = "ExpiredIteratorException"
    shape_name: ClassVar[str] = "ExpiredIteratorException"
    status_code = 400
    sender_fault = True


class ExpiredNextTokenException(ServiceError):
    code = "ExpiredNextTokenException"
    query_code: ClassVar[str] = "ExpiredNextTokenException"
    shape_name: ClassVar[str] = "ExpiredNextTokenException"
    status_code = 400
    sender_fault = True


class InternalFailureException(ServiceError):
    code = "InternalFailureException"
    query_code: ClassVar[str] = "InternalFailureException"
    shape_name: ClassVar[str] = "InternalFailureException"
    status_code = 400
    sender_fault = True


class InvalidArgumentException(ServiceError):
    code = "InvalidArgumentException"
    query_code: ClassVar[str] = "InvalidArgumentException"
    shape_name: ClassVar[str] = "InvalidArgumentException"
    status_code = 400
    sender_fault = True


class KMSAccessDeniedException(ServiceError):
    code = "KMSAccessDeniedException"
    query_code: ClassVar[str] = "KMSAccessDeniedException"
    shape_name: ClassVar[str] = "KMSAccessDeniedException"
    status_code = 400
    sender_fault = True


class KMSDisabledException(ServiceError):
    code = "KMSDisabledException"
    query_code: ClassVar[str] = "KMSDisabledException"
    shape_name: ClassVar[str] = "KMSDisabledException"
    status_code = 400
    sender_fault = True


class KMSInvalidStateException(ServiceError):
    code = "KMSInvalidStateException"
    query_code: ClassVar[str] = "KMSInvalidStateException"
    shape_name: ClassVar[str] = "KMSInvalidStateException"
    status_code = 400
    sender_fault = True


class KMSNotFoundException(ServiceError):
    code = "KMSNotFoundException"
    query_code: ClassVar[str] = "KMSNotFoundException"
    shape_name: ClassVar[str] = "KMSNotFoundException"
    status_code = 400
    sender_fault = True


class KMSOptInRequired(ServiceError):
    code = "KMSOptInRequired"
    query_code: ClassVar[str] = "KMSOptInRequired"
    shape_name: ClassVar[str] = "KMSOptInRequired"
    status_code = 400
    sender_fault = True


class KMSThrottlingException(ServiceError):
    code = "KMSThrottlingException"
    query_code: ClassVar[str] = "KMSThrottlingException"
    shape_name: ClassVar[str] = "KMSThrottlingException"
    status_code = 400
    sender_fault = True


class LimitExceededException(ServiceError):
    code = "LimitExceededException"
    query_code: ClassVar[str] = "LimitExceededException"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 400
    sender_fault = True


class ProvisionedThroughputExceededException(ServiceError):
    code = "ProvisionedThroughputExceededException"
    query_code: ClassVar[str] = "ProvisionedThroughputExceededException"
    shape_name: ClassVar[str] = "ProvisionedThroughputExceededException"
    status_code = 400
    sender_fault = True


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


class ValidationException(ServiceError):
    code = "ValidationException"
    query_code: ClassVar[str] = "ValidationException"
    shape_name: ClassVar[str] = "ValidationException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "AccessDeniedException": AccessDeniedException,
    "ExpiredIteratorException": ExpiredIteratorException,
    "ExpiredNextTokenException": ExpiredNextTokenException,
    "InternalFailureException": InternalFailureException,
    "InvalidArgumentException": InvalidArgumentException,
    "KMSAccessDeniedException": KMSAccessDeniedException,
    "KMSDisabledException": KMSDisabledException,
    "KMSInvalidStateException": KMSInvalidStateException,
    "KMSNotFoundException": KMSNotFoundException,
    "KMSOptInRequired": KMSOptInRequired,
    "KMSThrottlingException": KMSThrottlingException,
    "LimitExceededException": LimitExceededException,
    "ProvisionedThroughputExceededException": ProvisionedThroughputExceededException,
    "ResourceInUseException": ResourceInUseException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ValidationException": ValidationException,
}


class KinesisApi(ServiceApi):
    service = "kinesis"
    iam_prefix = "kinesis"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AddTagsToStream": OperationSpec(
            "add_tags_to_stream",
            {"StreamName": "stream_name", "Tags": "tags", "StreamARN": "stream_arn", "StreamId": "stream_id"},
        ),
        "CreateStream": OperationSpec(
            "create_stream",
            {
                "StreamName": "stream_name",
                "ShardCount": "shard_count",
                "StreamModeDetails": "stream_mode_details",
                "Tags": "tags",
                "WarmThroughputMiBps": "warm_throughput_mi_bps",
                "MaxRecordSizeInKiB": "max_record_size_in_ki_b",
            },
        ),
        "DecreaseStreamRetentionPeriod": OperationSpec(
            "decrease_stream_retention_period",
            {
                "StreamName": "stream_name",
                "RetentionPeriodHours": "retention_period_hours",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "DeleteResourcePolicy": OperationSpec(
            "delete_resource_policy", {"ResourceARN": "resource_arn", "StreamId": "stream_id"}
        ),
        "DeleteStream": OperationSpec(
            "delete_stream",
            {
                "StreamName": "stream_name",
                "EnforceConsumerDeletion": "enforce_consumer_deletion",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "DeregisterStreamConsumer": OperationSpec(
            "deregister_stream_consumer",
            {
                "StreamARN": "stream_arn",
                "ConsumerName": "consumer_name",
                "ConsumerARN": "consumer_arn",
                "StreamId": "stream_id",
            },
        ),
        "DescribeAccountSettings": OperationSpec("describe_account_settings", {}),
        "DescribeLimits": OperationSpec("describe_limits", {}),
        "DescribeStream": OperationSpec(
            "describe_stream",
            {
                "StreamName": "stream_name",
                "Limit": "limit",
                "ExclusiveStartShardId": "exclusive_start_shard_id",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "DescribeStreamConsumer": OperationSpec(
            "describe_stream_consumer",
            {
                "StreamARN": "stream_arn",
                "ConsumerName": "consumer_name",
                "ConsumerARN": "consumer_arn",
                "StreamId": "stream_id",
            },
        ),
        "DescribeStreamSummary": OperationSpec(
            "describe_stream_summary",
            {"StreamName": "stream_name", "StreamARN": "stream_arn", "StreamId": "stream_id"},
        ),
        "DisableEnhancedMonitoring": OperationSpec(
            "disable_enhanced_monitoring",
            {
                "StreamName": "stream_name",
                "ShardLevelMetrics": "shard_level_metrics",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "EnableEnhancedMonitoring": OperationSpec(
            "enable_enhanced_monitoring",
            {
                "StreamName": "stream_name",
                "ShardLevelMetrics": "shard_level_metrics",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "GetRecords": OperationSpec(
            "get_records",
            {
                "ShardIterator": "shard_iterator",
                "Limit": "limit",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "GetResourcePolicy": OperationSpec(
            "get_resource_policy", {"ResourceARN": "resource_arn", "StreamId": "stream_id"}
        ),
        "GetShardIterator": OperationSpec(
            "get_shard_iterator",
            {
                "StreamName": "stream_name",
                "ShardId": "shard_id",
                "ShardIteratorType": "shard_iterator_type",
                "StartingSequenceNumber": "starting_sequence_number",
                "Timestamp": "timestamp",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "IncreaseStreamRetentionPeriod": OperationSpec(
            "increase_stream_retention_period",
            {
                "StreamName": "stream_name",
                "RetentionPeriodHours": "retention_period_hours",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "ListShards": OperationSpec(
            "list_shards",
            {
                "StreamName": "stream_name",
                "NextToken": "next_token",
                "ExclusiveStartShardId": "exclusive_start_shard_id",
                "MaxResults": "max_results",
                "StreamCreationTimestamp": "stream_creation_timestamp",
                "ShardFilter": "shard_filter",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "ListStreamConsumers": OperationSpec(
            "list_stream_consumers",
            {
                "StreamARN": "stream_arn",
                "NextToken": "next_token",
                "MaxResults": "max_results",
                "StreamCreationTimestamp": "stream_creation_timestamp",
                "StreamId": "stream_id",
            },
        ),
        "ListStreams": OperationSpec(
            "list_streams",
            {
                "Limit": "limit",
                "ExclusiveStartStreamName": "exclusive_start_stream_name",
                "NextToken": "next_token",
            },
        ),
        "ListTagsForResource": OperationSpec(
            "list_tags_for_resource", {"ResourceARN": "resource_arn", "StreamId": "stream_id"}
        ),
        "ListTagsForStream": OperationSpec(
            "list_tags_for_stream",
            {
                "StreamName": "stream_name",
                "ExclusiveStartTagKey": "exclusive_start_tag_key",
                "Limit": "limit",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "MergeShards": OperationSpec(
            "merge_shards",
            {
                "StreamName": "stream_name",
                "ShardToMerge": "shard_to_merge",
                "AdjacentShardToMerge": "adjacent_shard_to_merge",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "PutRecord": OperationSpec(
            "put_record",
            {
                "StreamName": "stream_name",
                "Data": "data",
                "PartitionKey": "partition_key",
                "ExplicitHashKey": "explicit_hash_key",
                "SequenceNumberForOrdering": "sequence_number_for_ordering",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "PutRecords": OperationSpec(
            "put_records",
            {
                "Records": "records",
                "StreamName": "stream_name",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "PutResourcePolicy": OperationSpec(
            "put_resource_policy",
            {"ResourceARN": "resource_arn", "StreamId": "stream_id", "Policy": "policy"},
        ),
        "RegisterStreamConsumer": OperationSpec(
            "register_stream_consumer",
            {
                "StreamARN": "stream_arn",
                "ConsumerName": "consumer_name",
                "StreamId": "stream_id",
                "Tags": "tags",
            },
        ),
        "RemoveTagsFromStream": OperationSpec(
            "remove_tags_from_stream",
            {
                "StreamName": "stream_name",
                "TagKeys": "tag_keys",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "SplitShard": OperationSpec(
            "split_shard",
            {
                "StreamName": "stream_name",
                "ShardToSplit": "shard_to_split",
                "NewStartingHashKey": "new_starting_hash_key",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "StartStreamEncryption": OperationSpec(
            "start_stream_encryption",
            {
                "StreamName": "stream_name",
                "EncryptionType": "encryption_type",
                "KeyId": "key_id",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "StopStreamEncryption": OperationSpec(
            "stop_stream_encryption",
            {
                "StreamName": "stream_name",
                "EncryptionType": "encryption_type",
                "KeyId": "key_id",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "SubscribeToShard": OperationSpec(
            "subscribe_to_shard",
            {
                "ConsumerARN": "consumer_arn",
                "StreamId": "stream_id",
                "ShardId": "shard_id",
                "StartingPosition": "starting_position",
            },
        ),
        "TagResource": OperationSpec(
            "tag_resource", {"Tags": "tags", "ResourceARN": "resource_arn", "StreamId": "stream_id"}
        ),
        "UntagResource": OperationSpec(
            "untag_resource", {"TagKeys": "tag_keys", "ResourceARN": "resource_arn", "StreamId": "stream_id"}
        ),
        "UpdateAccountSettings": OperationSpec(
            "update_account_settings",
            {"MinimumThroughputBillingCommitment": "minimum_throughput_billing_commitment"},
        ),
        "UpdateMaxRecordSize": OperationSpec(
            "update_max_record_size",
            {
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
                "MaxRecordSizeInKiB": "max_record_size_in_ki_b",
            },
        ),
        "UpdateShardCount": OperationSpec(
            "update_shard_count",
            {
                "StreamName": "stream_name",
                "TargetShardCount": "target_shard_count",
                "ScalingType": "scaling_type",
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
            },
        ),
        "UpdateStreamMode": OperationSpec(
            "update_stream_mode",
            {
                "StreamARN": "stream_arn",
                "StreamId": "stream_id",
                "StreamModeDetails": "stream_mode_details",
                "WarmThroughputMiBps": "warm_throughput_mi_bps",
            },
        ),
        "UpdateStreamWarmThroughput": OperationSpec(
            "update_stream_warm_throughput",
            {
                "StreamARN": "stream_arn",
                "StreamName": "stream_name",
                "StreamId": "stream_id",
                "WarmThroughputMiBps": "warm_throughput_mi_bps",
            },
        ),
    }

    async def add_tags_to_stream(
        self,
        context: RequestContext,
        *,
        tags: TagMap,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def create_stream(
        self,
        context: RequestContext,
        *,
        stream_name: StreamName,
        shard_count: PositiveIntegerObject | None = None,
        stream_mode_details: StreamModeDetails | None = None,
        tags: TagMap | None = None,
        warm_throughput_mi_bps: NaturalIntegerObject | None = None,
        max_record_size_in_ki_b: MaxRecordSizeInKiB | None = None,
    ) -> None:
        raise NotImplementedError

    async def decrease_stream_retention_period(
        self,
        context: RequestContext,
        *,
        retention_period_hours: RetentionPeriodHours,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_resource_policy(
        self, context: RequestContext, *, resource_arn: ResourceARN, stream_id: StreamId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_stream(
        self,
        context: RequestContext,
        *,
        stream_name: StreamName | None = None,
        enforce_consumer_deletion: BooleanObject | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def deregister_stream_consumer(
        self,
        context: RequestContext,
        *,
        stream_arn: StreamARN | None = None,
        consumer_name: ConsumerName | None = None,
        consumer_arn: ConsumerARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def describe_account_settings(self, context: RequestContext) -> DescribeAccountSettingsOutput:
        raise NotImplementedError

    async def describe_limits(self, context: RequestContext) -> DescribeLimitsOutput:
        raise NotImplementedError

    async def describe_stream(
        self,
        context: RequestContext,
        *,
        stream_name: StreamName | None = None,
        limit: DescribeStreamInputLimit | None = None,
        exclusive_start_shard_id: ShardId | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> DescribeStreamOutput:
        raise NotImplementedError

    async def describe_stream_consumer(
        self,
        context: RequestContext,
        *,
        stream_arn: StreamARN | None = None,
        consumer_name: ConsumerName | None = None,
        consumer_arn: ConsumerARN | None = None,
        stream_id: StreamId | None = None,
    ) -> DescribeStreamConsumerOutput:
        raise NotImplementedError

    async def describe_stream_summary(
        self,
        context: RequestContext,
        *,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> DescribeStreamSummaryOutput:
        raise NotImplementedError

    async def disable_enhanced_monitoring(
        self,
        context: RequestContext,
        *,
        shard_level_metrics: MetricsNameList,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> EnhancedMonitoringOutput:
        raise NotImplementedError

    async def enable_enhanced_monitoring(
        self,
        context: RequestContext,
        *,
        shard_level_metrics: MetricsNameList,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> EnhancedMonitoringOutput:
        raise NotImplementedError

    async def get_records(
        self,
        context: RequestContext,
        *,
        shard_iterator: ShardIterator,
        limit: GetRecordsInputLimit | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> GetRecordsOutput:
        raise NotImplementedError

    async def get_resource_policy(
        self, context: RequestContext, *, resource_arn: ResourceARN, stream_id: StreamId | None = None
    ) -> GetResourcePolicyOutput:
        raise NotImplementedError

    async def get_shard_iterator(
        self,
        context: RequestContext,
        *,
        shard_id: ShardId,
        shard_iterator_type: ShardIteratorType,
        stream_name: StreamName | None = None,
        starting_sequence_number: SequenceNumber | None = None,
        timestamp: Timestamp | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> GetShardIteratorOutput:
        raise NotImplementedError

    async def increase_stream_retention_period(
        self,
        context: RequestContext,
        *,
        retention_period_hours: RetentionPeriodHours,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def list_shards(
        self,
        context: RequestContext,
        *,
        stream_name: StreamName | None = None,
        next_token: NextToken | None = None,
        exclusive_start_shard_id: ShardId | None = None,
        max_results: ListShardsInputLimit | None = None,
        stream_creation_timestamp: Timestamp | None = None,
        shard_filter: ShardFilter | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> ListShardsOutput:
        raise NotImplementedError

    async def list_stream_consumers(
        self,
        context: RequestContext,
        *,
        stream_arn: StreamARN,
        next_token: NextToken | None = None,
        max_results: ListStreamConsumersInputLimit | None = None,
        stream_creation_timestamp: Timestamp | None = None,
        stream_id: StreamId | None = None,
    ) -> ListStreamConsumersOutput:
        raise NotImplementedError

    async def list_streams(
        self,
        context: RequestContext,
        *,
        limit: ListStreamsInputLimit | None = None,
        exclusive_start_stream_name: StreamName | None = None,
        next_token: NextToken | None = None,
    ) -> ListStreamsOutput:
        raise NotImplementedError

    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: ResourceARN, stream_id: StreamId | None = None
    ) -> ListTagsForResourceOutput:
        raise NotImplementedError

    async def list_tags_for_stream(
        self,
        context: RequestContext,
        *,
        stream_name: StreamName | None = None,
        exclusive_start_tag_key: TagKey | None = None,
        limit: ListTagsForStreamInputLimit | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> ListTagsForStreamOutput:
        raise NotImplementedError

    async def merge_shards(
        self,
        context: RequestContext,
        *,
        shard_to_merge: ShardId,
        adjacent_shard_to_merge: ShardId,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_record(
        self,
        context: RequestContext,
        *,
        data: Data,
        partition_key: PartitionKey,
        stream_name: StreamName | None = None,
        explicit_hash_key: HashKey | None = None,
        sequence_number_for_ordering: SequenceNumber | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> PutRecordOutput:
        raise NotImplementedError

    async def put_records(
        self,
        context: RequestContext,
        *,
        records: PutRecordsRequestEntryList,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> PutRecordsOutput:
        raise NotImplementedError

    async def put_resource_policy(
        self,
        context: RequestContext,
        *,
        resource_arn: ResourceARN,
        policy: Policy,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def register_stream_consumer(
        self,
        context: RequestContext,
        *,
        stream_arn: StreamARN,
        consumer_name: ConsumerName,
        stream_id: StreamId | None = None,
        tags: TagMap | None = None,
    ) -> RegisterStreamConsumerOutput:
        raise NotImplementedError

    async def remove_tags_from_stream(
        self,
        context: RequestContext,
        *,
        tag_keys: TagKeyList,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def split_shard(
        self,
        context: RequestContext,
        *,
        shard_to_split: ShardId,
        new_starting_hash_key: HashKey,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def start_stream_encryption(
        self,
        context: RequestContext,
        *,
        encryption_type: EncryptionType,
        key_id: KeyId,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def stop_stream_encryption(
        self,
        context: RequestContext,
        *,
        encryption_type: EncryptionType,
        key_id: KeyId,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def subscribe_to_shard(
        self,
        context: RequestContext,
        *,
        consumer_arn: ConsumerARN,
        shard_id: ShardId,
        starting_position: StartingPosition,
        stream_id: StreamId | None = None,
    ) -> SubscribeToShardOutput:
        raise NotImplementedError

    async def tag_resource(
        self,
        context: RequestContext,
        *,
        tags: TagMap,
        resource_arn: ResourceARN,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def untag_resource(
        self,
        context: RequestContext,
        *,
        tag_keys: TagKeyList,
        resource_arn: ResourceARN,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_account_settings(
        self,
        context: RequestContext,
        *,
        minimum_throughput_billing_commitment: MinimumThroughputBillingCommitmentInput,
    ) -> UpdateAccountSettingsOutput:
        raise NotImplementedError

    async def update_max_record_size(
        self,
        context: RequestContext,
        *,
        max_record_size_in_ki_b: MaxRecordSizeInKiB,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_shard_count(
        self,
        context: RequestContext,
        *,
        target_shard_count: PositiveIntegerObject,
        scaling_type: ScalingType,
        stream_name: StreamName | None = None,
        stream_arn: StreamARN | None = None,
        stream_id: StreamId | None = None,
    ) -> UpdateShardCountOutput:
        raise NotImplementedError

    async def update_stream_mode(
        self,
        context: RequestContext,
        *,
        stream_arn: StreamARN,
        stream_mode_details: StreamModeDetails,
        stream_id: StreamId | None = None,
        warm_throughput_mi_bps: NaturalIntegerObject | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_stream_warm_throughput(
        self,
        context: RequestContext,
        *,
        warm_throughput_mi_bps: NaturalIntegerObject,
        stream_arn: StreamARN | None = None,
        stream_name: StreamName | None = None,
        stream_id: StreamId | None = None,
    ) -> UpdateStreamWarmThroughputOutput:
        raise NotImplementedError
