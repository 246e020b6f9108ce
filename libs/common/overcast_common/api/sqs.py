# Generated from botocore 1.43.11's sqs model (API 2012-11-05).
# Do not edit: regenerate with `python -m overcast_common.codegen sqs`.
"""Typed API of Amazon Simple Queue Service: shapes, errors and ``SqsApi``."""

from __future__ import annotations

from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi

Binary = bytes
Boolean = bool
BoxedInteger = int
ExceptionMessage = str
Long = int
MessageAttributeName = str
MessageSystemAttributeName = str
MessageSystemAttributeNameForSends = str
NullableInteger = int
NullableLong = int
QueueAttributeName = str
String = str
TagKey = str
TagValue = str
Token = str


class MessageSystemAttributeNameValues:
    All: Final = "All"
    SenderId: Final = "SenderId"
    SentTimestamp: Final = "SentTimestamp"
    ApproximateReceiveCount: Final = "ApproximateReceiveCount"
    ApproximateFirstReceiveTimestamp: Final = "ApproximateFirstReceiveTimestamp"
    SequenceNumber: Final = "SequenceNumber"
    MessageDeduplicationId: Final = "MessageDeduplicationId"
    MessageGroupId: Final = "MessageGroupId"
    AWSTraceHeader: Final = "AWSTraceHeader"
    DeadLetterQueueSourceArn: Final = "DeadLetterQueueSourceArn"


class MessageSystemAttributeNameForSendsValues:
    AWSTraceHeader: Final = "AWSTraceHeader"


class QueueAttributeNameValues:
    All: Final = "All"
    Policy: Final = "Policy"
    VisibilityTimeout: Final = "VisibilityTimeout"
    MaximumMessageSize: Final = "MaximumMessageSize"
    MessageRetentionPeriod: Final = "MessageRetentionPeriod"
    ApproximateNumberOfMessages: Final = "ApproximateNumberOfMessages"
    ApproximateNumberOfMessagesNotVisible: Final = "ApproximateNumberOfMessagesNotVisible"
    CreatedTimestamp: Final = "CreatedTimestamp"
    LastModifiedTimestamp: Final = "LastModifiedTimestamp"
    QueueArn: Final = "QueueArn"
    ApproximateNumberOfMessagesDelayed: Final = "ApproximateNumberOfMessagesDelayed"
    DelaySeconds: Final = "DelaySeconds"
    ReceiveMessageWaitTimeSeconds: Final = "ReceiveMessageWaitTimeSeconds"
    RedrivePolicy: Final = "RedrivePolicy"
    FifoQueue: Final = "FifoQueue"
    ContentBasedDeduplication: Final = "ContentBasedDeduplication"
    KmsMasterKeyId: Final = "KmsMasterKeyId"
    KmsDataKeyReusePeriodSeconds: Final = "KmsDataKeyReusePeriodSeconds"
    DeduplicationScope: Final = "DeduplicationScope"
    FifoThroughputLimit: Final = "FifoThroughputLimit"
    RedriveAllowPolicy: Final = "RedriveAllowPolicy"
    SqsManagedSseEnabled: Final = "SqsManagedSseEnabled"


class AddPermissionRequest(TypedDict):
    QueueUrl: String
    Label: String
    AWSAccountIds: AWSAccountIdList
    Actions: ActionNameList


class BatchResultErrorEntry(TypedDict):
    Id: String
    SenderFault: Boolean
    Code: String
    Message: NotRequired[String]


class CancelMessageMoveTaskRequest(TypedDict):
    TaskHandle: String


class CancelMessageMoveTaskResult(TypedDict):
    ApproximateNumberOfMessagesMoved: NotRequired[Long]


class ChangeMessageVisibilityBatchRequest(TypedDict):
    QueueUrl: String
    Entries: ChangeMessageVisibilityBatchRequestEntryList


class ChangeMessageVisibilityBatchRequestEntry(TypedDict):
    Id: String
    ReceiptHandle: String
    VisibilityTimeout: NotRequired[NullableInteger]


class ChangeMessageVisibilityBatchResult(TypedDict):
    Successful: ChangeMessageVisibilityBatchResultEntryList
    Failed: BatchResultErrorEntryList


class ChangeMessageVisibilityBatchResultEntry(TypedDict):
    Id: String


class ChangeMessageVisibilityRequest(TypedDict):
    QueueUrl: String
    ReceiptHandle: String
    VisibilityTimeout: NullableInteger


class CreateQueueRequest(TypedDict):
    QueueName: String
    Attributes: NotRequired[QueueAttributeMap]
    tags: NotRequired[TagMap]


class CreateQueueResult(TypedDict):
    QueueUrl: NotRequired[String]


class DeleteMessageBatchRequest(TypedDict):
    QueueUrl: String
    Entries: DeleteMessageBatchRequestEntryList


class DeleteMessageBatchRequestEntry(TypedDict):
    Id: String
    ReceiptHandle: String


class DeleteMessageBatchResult(TypedDict):
    Successful: DeleteMessageBatchResultEntryList
    Failed: BatchResultErrorEntryList


class DeleteMessageBatchResultEntry(TypedDict):
    Id: String


class DeleteMessageRequest(TypedDict):
    QueueUrl: String
    ReceiptHandle: String


class DeleteQueueRequest(TypedDict):
    QueueUrl: String


class GetQueueAttributesRequest(TypedDict):
    QueueUrl: String
    AttributeNames: NotRequired[AttributeNameList]


class GetQueueAttributesResult(TypedDict):
    Attributes: NotRequired[QueueAttributeMap]


class GetQueueUrlRequest(TypedDict):
    QueueName: String
    QueueOwnerAWSAccountId: NotRequired[String]


class GetQueueUrlResult(TypedDict):
    QueueUrl: NotRequired[String]


class ListDeadLetterSourceQueuesRequest(TypedDict):
    QueueUrl: String
    NextToken: NotRequired[Token]
    MaxResults: NotRequired[BoxedInteger]


class ListDeadLetterSourceQueuesResult(TypedDict):
    queueUrls: QueueUrlList
    NextToken: NotRequired[Token]


class ListMessageMoveTasksRequest(TypedDict):
    SourceArn: String
    MaxResults: NotRequired[NullableInteger]


class ListMessageMoveTasksResult(TypedDict):
    Results: NotRequired[ListMessageMoveTasksResultEntryList]


class ListMessageMoveTasksResultEntry(TypedDict):
    TaskHandle: NotRequired[String]
    Status: NotRequired[String]
    SourceArn: NotRequired[String]
    DestinationArn: NotRequired[String]
    MaxNumberOfMessagesPerSecond: NotRequired[NullableInteger]
    ApproximateNumberOfMessagesMoved: NotRequired[Long]
    ApproximateNumberOfMessagesToMove: NotRequired[NullableLong]
    FailureReason: NotRequired[String]
    StartedTimestamp: NotRequired[Long]


class ListQueueTagsRequest(TypedDict):
    QueueUrl: String


class ListQueueTagsResult(TypedDict):
    Tags: NotRequired[TagMap]


class ListQueuesRequest(TypedDict):
    QueueNamePrefix: NotRequired[String]
    NextToken: NotRequired[Token]
    MaxResults: NotRequired[BoxedInteger]


class ListQueuesResult(TypedDict):
    QueueUrls: NotRequired[QueueUrlList]
    NextToken: NotRequired[Token]


class Message(TypedDict):
    MessageId: NotRequired[String]
    ReceiptHandle: NotRequired[String]
    MD5OfBody: NotRequired[String]
    Body: NotRequired[String]
    Attributes: NotRequired[MessageSystemAttributeMap]
    MD5OfMessageAttributes: NotRequired[String]
    MessageAttributes: NotRequired[MessageBodyAttributeMap]


class MessageAttributeValue(TypedDict):
    StringValue: NotRequired[String]
    BinaryValue: NotRequired[Binary]
    StringListValues: NotRequired[StringList]
    BinaryListValues: NotRequired[BinaryList]
    DataType: String


class MessageSystemAttributeValue(TypedDict):
    StringValue: NotRequired[String]
    BinaryValue: NotRequired[Binary]
    StringListValues: NotRequired[StringList]
    BinaryListValues: NotRequired[BinaryList]
    DataType: String


class PurgeQueueRequest(TypedDict):
    QueueUrl: String


class ReceiveMessageRequest(TypedDict):
    QueueUrl: String
    AttributeNames: NotRequired[AttributeNameList]
    MessageSystemAttributeNames: NotRequired[MessageSystemAttributeList]
    MessageAttributeNames: NotRequired[MessageAttributeNameList]
    MaxNumberOfMessages: NotRequired[NullableInteger]
    VisibilityTimeout: NotRequired[NullableInteger]
    WaitTimeSeconds: NotRequired[NullableInteger]
    ReceiveRequestAttemptId: NotRequired[String]


class ReceiveMessageResult(TypedDict):
    Messages: NotRequired[MessageList]


class RemovePermissionRequest(TypedDict):
    QueueUrl: String
    Label: String


class SendMessageBatchRequest(TypedDict):
    QueueUrl: String
    Entries: SendMessageBatchRequestEntryList


class SendMessageBatchRequestEntry(TypedDict):
    Id: String
    MessageBody: String
    DelaySeconds: NotRequired[NullableInteger]
    MessageAttributes: NotRequired[MessageBodyAttributeMap]
    MessageSystemAttributes: NotRequired[MessageBodySystemAttributeMap]
    MessageDeduplicationId: NotRequired[String]
    MessageGroupId: NotRequired[String]


class SendMessageBatchResult(TypedDict):
    Successful: SendMessageBatchResultEntryList
    Failed: BatchResultErrorEntryList


class SendMessageBatchResultEntry(TypedDict):
    Id: String
    MessageId: String
    MD5OfMessageBody: String
    MD5OfMessageAttributes: NotRequired[String]
    MD5OfMessageSystemAttributes: NotRequired[String]
    SequenceNumber: NotRequired[String]


class SendMessageRequest(TypedDict):
    QueueUrl: String
    MessageBody: String
    DelaySeconds: NotRequired[NullableInteger]
    MessageAttributes: NotRequired[MessageBodyAttributeMap]
    MessageSystemAttributes: NotRequired[MessageBodySystemAttributeMap]
    MessageDeduplicationId: NotRequired[String]
    MessageGroupId: NotRequired[String]


class SendMessageResult(TypedDict):
    MD5OfMessageBody: NotRequired[String]
    MD5OfMessageAttributes: NotRequired[String]
    MD5OfMessageSystemAttributes: NotRequired[String]
    MessageId: NotRequired[String]
    SequenceNumber: NotRequired[String]


class SetQueueAttributesRequest(TypedDict):
    QueueUrl: String
    Attributes: QueueAttributeMap


class StartMessageMoveTaskRequest(TypedDict):
    SourceArn: String
    DestinationArn: NotRequired[String]
    MaxNumberOfMessagesPerSecond: NotRequired[NullableInteger]


class StartMessageMoveTaskResult(TypedDict):
    TaskHandle: NotRequired[String]


class TagQueueRequest(TypedDict):
    QueueUrl: String
    Tags: TagMap


class UntagQueueRequest(TypedDict):
    QueueUrl: String
    TagKeys: TagKeyList


AWSAccountIdList = list[String]
ActionNameList = list[String]
AttributeNameList = list[QueueAttributeName]
BatchResultErrorEntryList = list[BatchResultErrorEntry]
BinaryList = list[Binary]
ChangeMessageVisibilityBatchRequestEntryList = list[ChangeMessageVisibilityBatchRequestEntry]
ChangeMessageVisibilityBatchResultEntryList = list[ChangeMessageVisibilityBatchResultEntry]
DeleteMessageBatchRequestEntryList = list[DeleteMessageBatchRequestEntry]
DeleteMessageBatchResultEntryList = list[DeleteMessageBatchResultEntry]
ListMessageMoveTasksResultEntryList = list[ListMessageMoveTasksResultEntry]
MessageAttributeNameList = list[MessageAttributeName]
MessageBodyAttributeMap = dict[String, MessageAttributeValue]
MessageBodySystemAttributeMap = dict[MessageSystemAttributeNameForSends, MessageSystemAttributeValue]
MessageList = list[Message]
MessageSystemAttributeList = list[MessageSystemAttributeName]
MessageSystemAttributeMap = dict[MessageSystemAttributeName, String]
QueueAttributeMap = dict[QueueAttributeName, String]
QueueUrlList = list[String]
SendMessageBatchRequestEntryList = list[SendMessageBatchRequestEntry]
SendMessageBatchResultEntryList = list[SendMessageBatchResultEntry]
StringList = list[String]
TagKeyList = list[TagKey]
TagMap = dict[TagKey, TagValue]


class BatchEntryIdsNotDistinct(ServiceError):
    code = "BatchEntryIdsNotDistinct"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.BatchEntryIdsNotDistinct"
    shape_name: ClassVar[str] = "BatchEntryIdsNotDistinct"
    status_code = 400
    sender_fault = True


class BatchRequestTooLong(ServiceError):
    code = "BatchRequestTooLong"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.BatchRequestTooLong"
    shape_name: ClassVar[str] = "BatchRequestTooLong"
    status_code = 400
    sender_fault = True


class EmptyBatchRequest(ServiceError):
    code = "EmptyBatchRequest"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.EmptyBatchRequest"
    shape_name: ClassVar[str] = "EmptyBatchRequest"
    status_code = 400
    sender_fault = True


class InvalidAddress(ServiceError):
    code = "InvalidAddress"
    query_code: ClassVar[str] = "InvalidAddress"
    shape_name: ClassVar[str] = "InvalidAddress"
    status_code = 400
    sender_fault = True


class InvalidAttributeName(ServiceError):
    code = "InvalidAttributeName"
    query_code: ClassVar[str] = "InvalidAttributeName"
    shape_name: ClassVar[str] = "InvalidAttributeName"
    status_code = 400
    sender_fault = True


class InvalidAttributeValue(ServiceError):
    code = "InvalidAttributeValue"
    query_code: ClassVar[str] = "InvalidAttributeValue"
    shape_name: ClassVar[str] = "InvalidAttributeValue"
    status_code = 400
    sender_fault = True


class InvalidBatchEntryId(ServiceError):
    code = "InvalidBatchEntryId"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.InvalidBatchEntryId"
    shape_name: ClassVar[str] = "InvalidBatchEntryId"
    status_code = 400
    sender_fault = True


class InvalidIdFormat(ServiceError):
    code = "InvalidIdFormat"
    query_code: ClassVar[str] = "InvalidIdFormat"
    shape_name: ClassVar[str] = "InvalidIdFormat"
    status_code = 400
    sender_fault = True


class InvalidMessageContents(ServiceError):
    code = "InvalidMessageContents"
    query_code: ClassVar[str] = "InvalidMessageContents"
    shape_name: ClassVar[str] = "InvalidMessageContents"
    status_code = 400
    sender_fault = True


class InvalidSecurity(ServiceError):
    code = "InvalidSecurity"
    query_code: ClassVar[str] = "InvalidSecurity"
    shape_name: ClassVar[str] = "InvalidSecurity"
    status_code = 400
    sender_fault = True


class KmsAccessDenied(ServiceError):
    code = "KmsAccessDenied"
    query_code: ClassVar[str] = "KMS.AccessDeniedException"
    shape_name: ClassVar[str] = "KmsAccessDenied"
    status_code = 400
    sender_fault = True


class KmsDisabled(ServiceError):
    code = "KmsDisabled"
    query_code: ClassVar[str] = "KMS.DisabledException"
    shape_name: ClassVar[str] = "KmsDisabled"
    status_code = 400
    sender_fault = True


class KmsInvalidKeyUsage(ServiceError):
    code = "KmsInvalidKeyUsage"
    query_code: ClassVar[str] = "KMS.InvalidKeyUsageException"
    shape_name: ClassVar[str] = "KmsInvalidKeyUsage"
    status_code = 400
    sender_fault = True


class KmsInvalidState(ServiceError):
    code = "KmsInvalidState"
    query_code: ClassVar[str] = "KMS.InvalidStateException"
    shape_name: ClassVar[str] = "KmsInvalidState"
    status_code = 400
    sender_fault = True


class KmsNotFound(ServiceError):
    code = "KmsNotFound"
    query_code: ClassVar[str] = "KMS.NotFoundException"
    shape_name: ClassVar[str] = "KmsNotFound"
    status_code = 400
    sender_fault = True


class KmsOptInRequired(ServiceError):
    code = "KmsOptInRequired"
    query_code: ClassVar[str] = "KMS.OptInRequired"
    shape_name: ClassVar[str] = "KmsOptInRequired"
    status_code = 400
    sender_fault = True


class KmsThrottled(ServiceError):
    code = "KmsThrottled"
    query_code: ClassVar[str] = "KMS.ThrottlingException"
    shape_name: ClassVar[str] = "KmsThrottled"
    status_code = 400
    sender_fault = True


class MessageNotInflight(ServiceError):
    code = "MessageNotInflight"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.MessageNotInflight"
    shape_name: ClassVar[str] = "MessageNotInflight"
    status_code = 400
    sender_fault = True


class OverLimit(ServiceError):
    code = "OverLimit"
    query_code: ClassVar[str] = "OverLimit"
    shape_name: ClassVar[str] = "OverLimit"
    status_code = 403
    sender_fault = True


class PurgeQueueInProgress(ServiceError):
    code = "PurgeQueueInProgress"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.PurgeQueueInProgress"
    shape_name: ClassVar[str] = "PurgeQueueInProgress"
    status_code = 403
    sender_fault = True


class QueueDeletedRecently(ServiceError):
    code = "QueueDeletedRecently"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.QueueDeletedRecently"
    shape_name: ClassVar[str] = "QueueDeletedRecently"
    status_code = 400
    sender_fault = True


class QueueDoesNotExist(ServiceError):
    code = "QueueDoesNotExist"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.NonExistentQueue"
    shape_name: ClassVar[str] = "QueueDoesNotExist"
    status_code = 400
    sender_fault = True


class QueueNameExists(ServiceError):
    code = "QueueNameExists"
    query_code: ClassVar[str] = "QueueAlreadyExists"
    shape_name: ClassVar[str] = "QueueNameExists"
    status_code = 400
    sender_fault = True


class ReceiptHandleIsInvalid(ServiceError):
    code = "ReceiptHandleIsInvalid"
    query_code: ClassVar[str] = "ReceiptHandleIsInvalid"
    shape_name: ClassVar[str] = "ReceiptHandleIsInvalid"
    status_code = 400
    sender_fault = True


class RequestThrottled(ServiceError):
    code = "RequestThrottled"
    query_code: ClassVar[str] = "RequestThrottled"
    shape_name: ClassVar[str] = "RequestThrottled"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 400
    sender_fault = True


class TooManyEntriesInBatchRequest(ServiceError):
    code = "TooManyEntriesInBatchRequest"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.TooManyEntriesInBatchRequest"
    shape_name: ClassVar[str] = "TooManyEntriesInBatchRequest"
    status_code = 400
    sender_fault = True


class UnsupportedOperation(ServiceError):
    code = "UnsupportedOperation"
    query_code: ClassVar[str] = "AWS.SimpleQueueService.UnsupportedOperation"
    shape_name: ClassVar[str] = "UnsupportedOperation"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "BatchEntryIdsNotDistinct": BatchEntryIdsNotDistinct,
    "BatchRequestTooLong": BatchRequestTooLong,
    "EmptyBatchRequest": EmptyBatchRequest,
    "InvalidAddress": InvalidAddress,
    "InvalidAttributeName": InvalidAttributeName,
    "InvalidAttributeValue": InvalidAttributeValue,
    "InvalidBatchEntryId": InvalidBatchEntryId,
    "InvalidIdFormat": InvalidIdFormat,
    "InvalidMessageContents": InvalidMessageContents,
    "InvalidSecurity": InvalidSecurity,
    "KmsAccessDenied": KmsAccessDenied,
    "KmsDisabled": KmsDisabled,
    "KmsInvalidKeyUsage": KmsInvalidKeyUsage,
    "KmsInvalidState": KmsInvalidState,
    "KmsNotFound": KmsNotFound,
    "KmsOptInRequired": KmsOptInRequired,
    "KmsThrottled": KmsThrottled,
    "MessageNotInflight": MessageNotInflight,
    "OverLimit": OverLimit,
    "PurgeQueueInProgress": PurgeQueueInProgress,
    "QueueDeletedRecently": QueueDeletedRecently,
    "QueueDoesNotExist": QueueDoesNotExist,
    "QueueNameExists": QueueNameExists,
    "ReceiptHandleIsInvalid": ReceiptHandleIsInvalid,
    "RequestThrottled": RequestThrottled,
    "ResourceNotFoundException": ResourceNotFoundException,
    "TooManyEntriesInBatchRequest": TooManyEntriesInBatchRequest,
    "UnsupportedOperation": UnsupportedOperation,
}


class SqsApi(ServiceApi):
    service = "sqs"
    iam_prefix = "sqs"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AddPermission": OperationSpec(
            "add_permission",
            {
                "QueueUrl": "queue_url",
                "Label": "label",
                "AWSAccountIds": "aws_account_ids",
                "Actions": "actions",
            },
        ),
        "CancelMessageMoveTask": OperationSpec("cancel_message_move_task", {"TaskHandle": "task_handle"}),
        "ChangeMessageVisibility": OperationSpec(
            "change_message_visibility",
            {
                "QueueUrl": "queue_url",
                "ReceiptHandle": "receipt_handle",
                "VisibilityTimeout": "visibility_timeout",
            },
        ),
        "ChangeMessageVisibilityBatch": OperationSpec(
            "change_message_visibility_batch", {"QueueUrl": "queue_url", "Entries": "entries"}
        ),
        "CreateQueue": OperationSpec(
            "create_queue", {"QueueName": "queue_name", "Attributes": "attributes", "tags": "tags"}
        ),
        "DeleteMessage": OperationSpec(
            "delete_message", {"QueueUrl": "queue_url", "ReceiptHandle": "receipt_handle"}
        ),
        "DeleteMessageBatch": OperationSpec(
            "delete_message_batch", {"QueueUrl": "queue_url", "Entries": "entries"}
        ),
        "DeleteQueue": OperationSpec("delete_queue", {"QueueUrl": "queue_url"}),
        "GetQueueAttributes": OperationSpec(
            "get_queue_attributes", {"QueueUrl": "queue_url", "AttributeNames": "attribute_names"}
        ),
        "GetQueueUrl": OperationSpec(
            "get_queue_url",
            {"QueueName": "queue_name", "QueueOwnerAWSAccountId": "queue_owner_aws_account_id"},
        ),
        "ListDeadLetterSourceQueues": OperationSpec(
            "list_dead_letter_source_queues",
            {"QueueUrl": "queue_url", "NextToken": "next_token", "MaxResults": "max_results"},
        ),
        "ListMessageMoveTasks": OperationSpec(
            "list_message_move_tasks", {"SourceArn": "source_arn", "MaxResults": "max_results"}
        ),
        "ListQueueTags": OperationSpec("list_queue_tags", {"QueueUrl": "queue_url"}),
        "ListQueues": OperationSpec(
            "list_queues",
            {"QueueNamePrefix": "queue_name_prefix", "NextToken": "next_token", "MaxResults": "max_results"},
        ),
        "PurgeQueue": OperationSpec("purge_queue", {"QueueUrl": "queue_url"}),
        "ReceiveMessage": OperationSpec(
            "receive_message",
            {
                "QueueUrl": "queue_url",
                "AttributeNames": "attribute_names",
                "MessageSystemAttributeNames": "message_system_attribute_names",
                "MessageAttributeNames": "message_attribute_names",
                "MaxNumberOfMessages": "max_number_of_messages",
                "VisibilityTimeout": "visibility_timeout",
                "WaitTimeSeconds": "wait_time_seconds",
                "ReceiveRequestAttemptId": "receive_request_attempt_id",
            },
        ),
        "RemovePermission": OperationSpec("remove_permission", {"QueueUrl": "queue_url", "Label": "label"}),
        "SendMessage": OperationSpec(
            "send_message",
            {
                "QueueUrl": "queue_url",
                "MessageBody": "message_body",
                "DelaySeconds": "delay_seconds",
                "MessageAttributes": "message_attributes",
                "MessageSystemAttributes": "message_system_attributes",
                "MessageDeduplicationId": "message_deduplication_id",
                "MessageGroupId": "message_group_id",
            },
        ),
        "SendMessageBatch": OperationSpec(
            "send_message_batch", {"QueueUrl": "queue_url", "Entries": "entries"}
        ),
        "SetQueueAttributes": OperationSpec(
            "set_queue_attributes", {"QueueUrl": "queue_url", "Attributes": "attributes"}
        ),
        "StartMessageMoveTask": OperationSpec(
            "start_message_move_task",
            {
                "SourceArn": "source_arn",
                "DestinationArn": "destination_arn",
                "MaxNumberOfMessagesPerSecond": "max_number_of_messages_per_second",
            },
        ),
        "TagQueue": OperationSpec("tag_queue", {"QueueUrl": "queue_url", "Tags": "tags"}),
        "UntagQueue": OperationSpec("untag_queue", {"QueueUrl": "queue_url", "TagKeys": "tag_keys"}),
    }

    async def add_permission(
        self,
        context: RequestContext,
        *,
        queue_url: String,
        label: String,
        aws_account_ids: AWSAccountIdList,
        actions: ActionNameList,
    ) -> None:
        raise NotImplementedError

    async def cancel_message_move_task(
        self, context: RequestContext, *, task_handle: String
    ) -> CancelMessageMoveTaskResult:
        raise NotImplementedError

    async def change_message_visibility(
        self,
        context: RequestContext,
        *,
        queue_url: String,
        receipt_handle: String,
        visibility_timeout: NullableInteger,
    ) -> None:
        raise NotImplementedError

    async def change_message_visibility_batch(
        self,
        context: RequestContext,
        *,
        queue_url: String,
        entries: ChangeMessageVisibilityBatchRequestEntryList,
    ) -> ChangeMessageVisibilityBatchResult:
        raise NotImplementedError

    async def create_queue(
        self,
        context: RequestContext,
        *,
        queue_name: String,
        attributes: QueueAttributeMap | None = None,
        tags: TagMap | None = None,
    ) -> CreateQueueResult:
        raise NotImplementedError

    async def delete_message(
        self, context: RequestContext, *, queue_url: String, receipt_handle: String
    ) -> None:
        raise NotImplementedError

    async def delete_message_batch(
        self, context: RequestContext, *, queue_url: String, entries: DeleteMessageBatchRequestEntryList
    ) -> DeleteMessageBatchResult:
        raise NotImplementedError

    async def delete_queue(self, context: RequestContext, *, queue_url: String) -> None:
        raise NotImplementedError

    async def get_queue_attributes(
        self, context: RequestContext, *, queue_url: String, attribute_names: AttributeNameList | None = None
    ) -> GetQueueAttributesResult:
        raise NotImplementedError

    async def get_queue_url(
        self, context: RequestContext, *, queue_name: String, queue_owner_aws_account_id: String | None = None
    ) -> GetQueueUrlResult:
        raise NotImplementedError

    async def list_dead_letter_source_queues(
        self,
        context: RequestContext,
        *,
        queue_url: String,
        next_token: Token | None = None,
        max_results: BoxedInteger | None = None,
    ) -> ListDeadLetterSourceQueuesResult:
        raise NotImplementedError

    async def list_message_move_tasks(
        self, context: RequestContext, *, source_arn: String, max_results: NullableInteger | None = None
    ) -> ListMessageMoveTasksResult:
        raise NotImplementedError

    async def list_queue_tags(self, context: RequestContext, *, queue_url: String) -> ListQueueTagsResult:
        raise NotImplementedError

    async def list_queues(
        self,
        context: RequestContext,
        *,
        queue_name_prefix: String | None = None,
        next_token: Token | None = None,
        max_results: BoxedInteger | None = None,
    ) -> ListQueuesResult:
        raise NotImplementedError

    async def purge_queue(self, context: RequestContext, *, queue_url: String) -> None:
        raise NotImplementedError

    async def receive_message(
        self,
        context: RequestContext,
        *,
        queue_url: String,
        attribute_names: AttributeNameList | None = None,
        message_system_attribute_names: MessageSystemAttributeList | None = None,
        message_attribute_names: MessageAttributeNameList | None = None,
        max_number_of_messages: NullableInteger | None = None,
        visibility_timeout: NullableInteger | None = None,
        wait_time_seconds: NullableInteger | None = None,
        receive_request_attempt_id: String | None = None,
    ) -> ReceiveMessageResult:
        raise NotImplementedError

    async def remove_permission(self, context: RequestContext, *, queue_url: String, label: String) -> None:
        raise NotImplementedError

    async def send_message(
        self,
        context: RequestContext,
        *,
        queue_url: String,
        message_body: String,
        delay_seconds: NullableInteger | None = None,
        message_attributes: MessageBodyAttributeMap | None = None,
        message_system_attributes: MessageBodySystemAttributeMap | None = None,
        message_deduplication_id: String | None = None,
        message_group_id: String | None = None,
    ) -> SendMessageResult:
        raise NotImplementedError

    async def send_message_batch(
        self, context: RequestContext, *, queue_url: String, entries: SendMessageBatchRequestEntryList
    ) -> SendMessageBatchResult:
        raise NotImplementedError

    async def set_queue_attributes(
        self, context: RequestContext, *, queue_url: String, attributes: QueueAttributeMap
    ) -> None:
        raise NotImplementedError

    async def start_message_move_task(
        self,
        context: RequestContext,
        *,
        source_arn: String,
        destination_arn: String | None = None,
        max_number_of_messages_per_second: NullableInteger | None = None,
    ) -> StartMessageMoveTaskResult:
        raise NotImplementedError

    async def tag_queue(self, context: RequestContext, *, queue_url: String, tags: TagMap) -> None:
        raise NotImplementedError

    async def untag_queue(self, context: RequestContext, *, queue_url: String, tag_keys: TagKeyList) -> None:
        raise NotImplementedError
