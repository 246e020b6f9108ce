# Generated from botocore 1.43.11's dynamodbstreams model (API 2012-08-10).
# Do not edit: regenerate with `python -m overcast_common.codegen dynamodbstreams`.
"""Typed API of Amazon DynamoDB Streams: shapes, errors and ``DynamodbstreamsApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi

AttributeName = str
BinaryAttributeValue = bytes
BooleanAttributeValue = bool
Date = datetime
ErrorMessage = str
KeySchemaAttributeName = str
KeyType = str
NullAttributeValue = bool
NumberAttributeValue = str
OperationType = str
PositiveIntegerObject = int
PositiveLongObject = int
SequenceNumber = str
ShardFilterType = str
ShardId = str
ShardIterator = str
ShardIteratorType = str
StreamArn = str
StreamStatus = str
StreamViewType = str
String = str
StringAttributeValue = str
TableName = str


class KeyTypeValues:
    HASH: Final = "HASH"
    RANGE: Final = "RANGE"


class OperationTypeValues:
    INSERT: Final = "INSERT"
    MODIFY: Final = "MODIFY"
    REMOVE: Final = "REMOVE"


class ShardFilterTypeValues:
    CHILD_SHARDS: Final = "CHILD_SHARDS"


class ShardIteratorTypeValues:
    TRIM_HORIZON: Final = "TRIM_HORIZON"
    LATEST: Final = "LATEST"
    AT_SEQUENCE_NUMBER: Final = "AT_SEQUENCE_NUMBER"
    AFTER_SEQUENCE_NUMBER: Final = "AFTER_SEQUENCE_NUMBER"


class StreamStatusValues:
    ENABLING: Final = "ENABLING"
    ENABLED: Final = "ENABLED"
    DISABLING: Final = "DISABLING"
    DISABLED: Final = "DISABLED"


class StreamViewTypeValues:
    NEW_IMAGE: Final = "NEW_IMAGE"
    OLD_IMAGE: Final = "OLD_IMAGE"
    NEW_AND_OLD_IMAGES: Final = "NEW_AND_OLD_IMAGES"
    KEYS_ONLY: Final = "KEYS_ONLY"


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


class DescribeStreamInput(TypedDict):
    StreamArn: StreamArn
    Limit: NotRequired[PositiveIntegerObject]
    ExclusiveStartShardId: NotRequired[ShardId]
    ShardFilter: NotRequired[ShardFilter]


class DescribeStreamOutput(TypedDict):
    StreamDescription: NotRequired[StreamDescription]


class GetRecordsInput(TypedDict):
    ShardIterator: ShardIterator
    Limit: NotRequired[PositiveIntegerObject]


class GetRecordsOutput(TypedDict):
    Records: NotRequired[RecordList]
    NextShardIterator: NotRequired[ShardIterator]


class GetShardIteratorInput(TypedDict):
    StreamArn: StreamArn
    ShardId: ShardId
    ShardIteratorType: ShardIteratorType
    SequenceNumber: NotRequired[SequenceNumber]


class GetShardIteratorOutput(TypedDict):
    ShardIterator: NotRequired[ShardIterator]


class Identity(TypedDict):
    PrincipalId: NotRequired[String]
    Type: NotRequired[String]


class KeySchemaElement(TypedDict):
    AttributeName: KeySchemaAttributeName
    KeyType: KeyType


class ListStreamsInput(TypedDict):
    TableName: NotRequired[TableName]
    Limit: NotRequired[PositiveIntegerObject]
    ExclusiveStartStreamArn: NotRequired[StreamArn]


class ListStreamsOutput(TypedDict):
    Streams: NotRequired[StreamList]
    LastEvaluatedStreamArn: NotRequired[StreamArn]


class Record(TypedDict):
    eventID: NotRequired[String]
    eventName: NotRequired[OperationType]
    eventVersion: NotRequired[String]
    eventSource: NotRequired[String]
    awsRegion: NotRequired[String]
    dynamodb: NotRequired[StreamRecord]
    userIdentity: NotRequired[Identity]


class SequenceNumberRange(TypedDict):
    StartingSequenceNumber: NotRequired[SequenceNumber]
    EndingSequenceNumber: NotRequired[SequenceNumber]


class Shard(TypedDict):
    ShardId: NotRequired[ShardId]
    SequenceNumberRange: NotRequired[SequenceNumberRange]
    ParentShardId: NotRequired[ShardId]


class ShardFilter(TypedDict):
    Type: NotRequired[ShardFilterType]
    ShardId: NotRequired[ShardId]


class Stream(TypedDict):
    StreamArn: NotRequired[StreamArn]
    TableName: NotRequired[TableName]
    StreamLabel: NotRequired[String]


class StreamDescription(TypedDict):
    StreamArn: NotRequired[StreamArn]
    StreamLabel: NotRequired[String]
    StreamStatus: NotRequired[StreamStatus]
    StreamViewType: NotRequired[StreamViewType]
    CreationRequestDateTime: NotRequired[Date]
    TableName: NotRequired[TableName]
    KeySchema: NotRequired[KeySchema]
    Shards: NotRequired[ShardDescriptionList]
    LastEvaluatedShardId: NotRequired[ShardId]


class StreamRecord(TypedDict):
    ApproximateCreationDateTime: NotRequired[Date]
    Keys: NotRequired[AttributeMap]
    NewImage: NotRequired[AttributeMap]
    OldImage: NotRequired[AttributeMap]
    SequenceNumber: NotRequired[SequenceNumber]
    SizeBytes: NotRequired[PositiveLongObject]
    StreamViewType: NotRequired[StreamViewType]


AttributeMap = dict[AttributeName, AttributeValue]
BinarySetAttributeValue = list[BinaryAttributeValue]
KeySchema = list[KeySchemaElement]
ListAttributeValue = list[AttributeValue]
MapAttributeValue = dict[AttributeName, AttributeValue]
NumberSetAttributeValue = list[NumberAttributeValue]
RecordList = list[Record]
ShardDescriptionList = list[Shard]
StreamList = list[Stream]
StringSetAttributeValue = list[StringAttributeValue]


class ExpiredIteratorException(ServiceError):
    code = "ExpiredIteratorException"
    query_code: ClassVar[str] = "ExpiredIteratorException"
    shape_name: ClassVar[str] = "ExpiredIteratorException"
    status_code = 400
    sender_fault = True


class InternalServerError(ServiceError):
    code = "InternalServerError"
    query_code: ClassVar[str] = "InternalServerError"
    shape_name: ClassVar[str] = "InternalServerError"
    status_code = 400
    sender_fault = True


class LimitExceededException(ServiceError):
    code = "LimitExceededException"
    query_code: ClassVar[str] = "LimitExceededException"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 400
    sender_fault = True


class TrimmedDataAccessException(ServiceError):
    code = "TrimmedDataAccessException"
    query_code: ClassVar[str] = "TrimmedDataAccessException"
    shape_name: ClassVar[str] = "TrimmedDataAccessException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "ExpiredIteratorException": ExpiredIteratorException,
    "InternalServerError": InternalServerError,
    "LimitExceededException": LimitExceededException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "TrimmedDataAccessException": TrimmedDataAccessException,
}


class DynamodbstreamsApi(ServiceApi):
    service = "dynamodbstreams"
    iam_prefix = "dynamodb"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "DescribeStream": OperationSpec(
            "describe_stream",
            {
                "StreamArn": "stream_arn",
                "Limit": "limit",
                "ExclusiveStartShardId": "exclusive_start_shard_id",
                "ShardFilter": "shard_filter",
            },
        ),
        "GetRecords": OperationSpec("get_records", {"ShardIterator": "shard_iterator", "Limit": "limit"}),
        "GetShardIterator": OperationSpec(
            "get_shard_iterator",
            {
                "StreamArn": "stream_arn",
                "ShardId": "shard_id",
                "ShardIteratorType": "shard_iterator_type",
                "SequenceNumber": "sequence_number",
            },
        ),
        "ListStreams": OperationSpec(
            "list_streams",
            {
                "TableName": "table_name",
                "Limit": "limit",
                "ExclusiveStartStreamArn": "exclusive_start_stream_arn",
            },
        ),
    }

    async def describe_stream(
        self,
        context: RequestContext,
        *,
        stream_arn: StreamArn,
        limit: PositiveIntegerObject | None = None,
        exclusive_start_shard_id: ShardId | None = None,
        shard_filter: ShardFilter | None = None,
    ) -> DescribeStreamOutput:
        raise NotImplementedError

    async def get_records(
        self,
        context: RequestContext,
        *,
        shard_iterator: ShardIterator,
        limit: PositiveIntegerObject | None = None,
    ) -> GetRecordsOutput:
        raise NotImplementedError

    async def get_shard_iterator(
        self,
        context: RequestContext,
        *,
        stream_arn: StreamArn,
        shard_id: ShardId,
        shard_iterator_type: ShardIteratorType,
        sequence_number: SequenceNumber | None = None,
    ) -> GetShardIteratorOutput:
        raise NotImplementedError

    async def list_streams(
        self,
        context: RequestContext,
        *,
        table_name: TableName | None = None,
        limit: PositiveIntegerObject | None = None,
        exclusive_start_stream_arn: StreamArn | None = None,
    ) -> ListStreamsOutput:
        raise NotImplementedError
