# Generated from botocore 1.43.11's sns model (API 2010-03-31).
# Do not edit: regenerate with `python -m overcast_common.codegen sns`.
"""Typed API of Amazon Simple Notification Service: shapes, errors and ``SnsApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi, omit_none

AmazonResourceName = str
Binary = bytes
Iso2CountryCode = str
LanguageCodeString = str
MaxItems = int
MaxItemsListOriginationNumbers = int
NumberCapability = str
OTPCode = str
PhoneNumber = str
PhoneNumberString = str
RouteType = str
SMSSandboxPhoneNumberVerificationStatus = str
String = str
TagKey = str
TagValue = str
Timestamp = datetime
account = str
action = str
attributeName = str
attributeValue = str
authenticateOnUnsubscribe = str
boolean = bool
delegate = str
endpoint = str
label = str
message = str
messageId = str
messageStructure = str
nextToken = str
protocol = str
string = str
subject = str
subscriptionARN = str
token = str
topicARN = str
topicName = str


class LanguageCodeStringValues:
    en_US: Final = "en-US"
    en_GB: Final = "en-GB"
    es_419: Final = "es-419"
    es_ES: Final = "es-ES"
    de_DE: Final = "de-DE"
    fr_CA: Final = "fr-CA"
    fr_FR: Final = "fr-FR"
    it_IT: Final = "it-IT"
    ja_JP: Final = "ja-JP"
    pt_BR: Final = "pt-BR"
    kr_KR: Final = "kr-KR"
    zh_CN: Final = "zh-CN"
    zh_TW: Final = "zh-TW"


class NumberCapabilityValues:
    SMS: Final = "SMS"
    MMS: Final = "MMS"
    VOICE: Final = "VOICE"


class RouteTypeValues:
    Transactional: Final = "Transactional"
    Promotional: Final = "Promotional"
    Premium: Final = "Premium"


class SMSSandboxPhoneNumberVerificationStatusValues:
    Pending: Final = "Pending"
    Verified: Final = "Verified"


class AddPermissionInput(TypedDict):
    TopicArn: topicARN
    Label: label
    AWSAccountId: DelegatesList
    ActionName: ActionsList


class BatchResultErrorEntry(TypedDict):
    Id: String
    Code: String
    Message: NotRequired[String]
    SenderFault: boolean


class CheckIfPhoneNumberIsOptedOutInput(TypedDict):
    phoneNumber: PhoneNumber


class CheckIfPhoneNumberIsOptedOutResponse(TypedDict):
    isOptedOut: NotRequired[boolean]


class ConfirmSubscriptionInput(TypedDict):
    TopicArn: topicARN
    Token: token
    AuthenticateOnUnsubscribe: NotRequired[authenticateOnUnsubscribe]


class ConfirmSubscriptionResponse(TypedDict):
    SubscriptionArn: NotRequired[subscriptionARN]


class CreateEndpointResponse(TypedDict):
    EndpointArn: NotRequired[String]


class CreatePlatformApplicationInput(TypedDict):
    Name: String
    Platform: String
    Attributes: MapStringToString


class CreatePlatformApplicationResponse(TypedDict):
    PlatformApplicationArn: NotRequired[String]


class CreatePlatformEndpointInput(TypedDict):
    PlatformApplicationArn: String
    Token: String
    CustomUserData: NotRequired[String]
    Attributes: NotRequired[MapStringToString]


class CreateSMSSandboxPhoneNumberInput(TypedDict):
    PhoneNumber: PhoneNumberString
    LanguageCode: NotRequired[LanguageCodeString]


class CreateSMSSandboxPhoneNumberResult(TypedDict):
    pass


class CreateTopicInput(TypedDict):
    Name: topicName
    Attributes: NotRequired[TopicAttributesMap]
    Tags: NotRequired[TagList]
    DataProtectionPolicy: NotRequired[attributeValue]


class CreateTopicResponse(TypedDict):
    TopicArn: NotRequired[topicARN]


class DeleteEndpointInput(TypedDict):
    EndpointArn: String


class DeletePlatformApplicationInput(TypedDict):
    PlatformApplicationArn: String


class DeleteSMSSandboxPhoneNumberInput(TypedDict):
    PhoneNumber: PhoneNumberString


class DeleteSMSSandboxPhoneNumberResult(TypedDict):
    pass


class DeleteTopicInput(TypedDict):
    TopicArn: topicARN


class Endpoint(TypedDict):
    EndpointArn: NotRequired[String]
    Attributes: NotRequired[MapStringToString]


class GetDataProtectionPolicyInput(TypedDict):
    ResourceArn: topicARN


class GetDataProtectionPolicyResponse(TypedDict):
    DataProtectionPolicy: NotRequired[attributeValue]


class GetEndpointAttributesInput(TypedDict):
    EndpointArn: String


class GetEndpointAttributesResponse(TypedDict):
    Attributes: NotRequired[MapStringToString]


class GetPlatformApplicationAttributesInput(TypedDict):
    PlatformApplicationArn: String


class GetPlatformApplicationAttributesResponse(TypedDict):
    Attributes: NotRequired[MapStringToString]


class GetSMSAttributesInput(TypedDict):
    attributes: NotRequired[ListString]


class GetSMSAttributesResponse(TypedDict):
    attributes: NotRequired[MapStringToString]


class GetSMSSandboxAccountStatusInput(TypedDict):
    pass


class GetSMSSandboxAccountStatusResult(TypedDict):
    IsInSandbox: boolean


class GetSubscriptionAttributesInput(TypedDict):
    SubscriptionArn: subscriptionARN


class GetSubscriptionAttributesResponse(TypedDict):
    Attributes: NotRequired[SubscriptionAttributesMap]


class GetTopicAttributesInput(TypedDict):
    TopicArn: topicARN


class GetTopicAttributesResponse(TypedDict):
    Attributes: NotRequired[TopicAttributesMap]


class ListEndpointsByPlatformApplicationInput(TypedDict):
    PlatformApplicationArn: String
    NextToken: NotRequired[String]


class ListEndpointsByPlatformApplicationResponse(TypedDict):
    Endpoints: NotRequired[ListOfEndpoints]
    NextToken: NotRequired[String]


class ListOriginationNumbersRequest(TypedDict):
    NextToken: NotRequired[nextToken]
    MaxResults: NotRequired[MaxItemsListOriginationNumbers]


class ListOriginationNumbersResult(TypedDict):
    NextToken: NotRequired[nextToken]
    PhoneNumbers: NotRequired[PhoneNumberInformationList]


class ListPhoneNumbersOptedOutInput(TypedDict):
    nextToken: NotRequired[string]


class ListPhoneNumbersOptedOutResponse(TypedDict):
    phoneNumbers: NotRequired[PhoneNumberList]
    nextToken: NotRequired[string]


class ListPlatformApplicationsInput(TypedDict):
    NextToken: NotRequired[String]


class ListPlatformApplicationsResponse(TypedDict):
    PlatformApplications: NotRequired[ListOfPlatformApplications]
    NextToken: NotRequired[String]


class ListSMSSandboxPhoneNumbersInput(TypedDict):
    NextToken: NotRequired[nextToken]
    MaxResults: NotRequired[MaxItems]


class ListSMSSandboxPhoneNumbersResult(TypedDict):
    PhoneNumbers: SMSSandboxPhoneNumberList
    NextToken: NotRequired[string]


class ListSubscriptionsByTopicInput(TypedDict):
    TopicArn: topicARN
    NextToken: NotRequired[nextToken]


class ListSubscriptionsByTopicResponse(TypedDict):
    Subscriptions: NotRequired[SubscriptionsList]
    NextToken: NotRequired[nextToken]


class ListSubscriptionsInput(TypedDict):
    NextToken: NotRequired[nextToken]


class ListSubscriptionsResponse(TypedDict):
    Subscriptions: NotRequired[SubscriptionsList]
    NextToken: NotRequired[nextToken]


class ListTagsForResourceRequest(TypedDict):
    ResourceArn: AmazonResourceName


class ListTagsForResourceResponse(TypedDict):
    Tags: NotRequired[TagList]


class ListTopicsInput(TypedDict):
    NextToken: NotRequired[nextToken]


class ListTopicsResponse(TypedDict):
    Topics: NotRequired[TopicsList]
    NextToken: NotRequired[nextToken]


class MessageAttributeValue(TypedDict):
    DataType: String
    StringValue: NotRequired[String]
    BinaryValue: NotRequired[Binary]


class OptInPhoneNumberInput(TypedDict):
    phoneNumber: PhoneNumber


class OptInPhoneNumberResponse(TypedDict):
    pass


class PhoneNumberInformation(TypedDict):
    CreatedAt: NotRequired[Timestamp]
    PhoneNumber: NotRequired[PhoneNumber]
    Status: NotRequired[String]
    Iso2CountryCode: NotRequired[Iso2CountryCode]
    RouteType: NotRequired[RouteType]
    NumberCapabilities: NotRequired[NumberCapabilityList]


class PlatformApplication(TypedDict):
    PlatformApplicationArn: NotRequired[String]
    Attributes: NotRequired[MapStringToString]


class PublishBatchInput(TypedDict):
    TopicArn: topicARN
    PublishBatchRequestEntries: PublishBatchRequestEntryList


class PublishBatchRequestEntry(TypedDict):
    Id: String
    Message: message
    Subject: NotRequired[subject]
    MessageStructure: NotRequired[messageStructure]
    MessageAttributes: NotRequired[MessageAttributeMap]
    MessageDeduplicationId: NotRequired[String]
    MessageGroupId: NotRequired[String]


class PublishBatchResponse(TypedDict):
    Successful: NotRequired[PublishBatchResultEntryList]
    Failed: NotRequired[BatchResultErrorEntryList]


class PublishBatchResultEntry(TypedDict):
    Id: NotRequired[String]
    MessageId: NotRequired[messageId]
    SequenceNumber: NotRequired[String]


class PublishInput(TypedDict):
    TopicArn: NotRequired[topicARN]
    TargetArn: NotRequired[String]
    PhoneNumber: NotRequired[PhoneNumber]
    Message: message
    Subject: NotRequired[subject]
    MessageStructure: NotRequired[messageStructure]
    MessageAttributes: NotRequired[MessageAttributeMap]
    MessageDeduplicationId: NotRequired[String]
    MessageGroupId: NotRequired[String]


class PublishResponse(TypedDict):
    MessageId: NotRequired[messageId]
    SequenceNumber: NotRequired[String]


class PutDataProtectionPolicyInput(TypedDict):
    ResourceArn: topicARN
    DataProtectionPolicy: attributeValue


class RemovePermissionInput(TypedDict):
    TopicArn: topicARN
    Label: label


class SMSSandboxPhoneNumber(TypedDict):
    PhoneNumber: NotRequired[PhoneNumberString]
    Status: NotRequired[SMSSandboxPhoneNumberVerificationStatus]


class SetEndpointAttributesInput(TypedDict):
    EndpointArn: String
    Attributes: MapStringToString


class SetPlatformApplicationAttributesInput(TypedDict):
    PlatformApplicationArn: String
    Attributes: MapStringToString


class SetSMSAttributesInput(TypedDict):
    attributes: MapStringToString


class SetSMSAttributesResponse(TypedDict):
    pass


class SetSubscriptionAttributesInput(TypedDict):
    SubscriptionArn: subscriptionARN
    AttributeName: attributeName
    AttributeValue: NotRequired[attributeValue]


class SetTopicAttributesInput(TypedDict):
    TopicArn: topicARN
    AttributeName: attributeName
    AttributeValue: NotRequired[attributeValue]


class SubscribeInput(TypedDict):
    TopicArn: topicARN
    Protocol: protocol
    Endpoint: NotRequired[endpoint]
    Attributes: NotRequired[SubscriptionAttributesMap]
    ReturnSubscriptionArn: NotRequired[boolean]


class SubscribeResponse(TypedDict):
    SubscriptionArn: NotRequired[subscriptionARN]


class Subscription(TypedDict):
    SubscriptionArn: NotRequired[subscriptionARN]
    Owner: NotRequired[account]
    Protocol: NotRequired[protocol]
    Endpoint: NotRequired[endpoint]
    TopicArn: NotRequired[topicARN]


class Tag(TypedDict):
    Key: TagKey
    Value: TagValue


class TagResourceRequest(TypedDict):
    ResourceArn: AmazonResourceName
    Tags: TagList


class TagResourceResponse(TypedDict):
    pass


class Topic(TypedDict):
    TopicArn: NotRequired[topicARN]


class UnsubscribeInput(TypedDict):
    SubscriptionArn: subscriptionARN


class UntagResourceRequest(TypedDict):
    ResourceArn: AmazonResourceName
    TagKeys: TagKeyList


class UntagResourceResponse(TypedDict):
    pass


class VerifySMSSandboxPhoneNumberInput(TypedDict):
    PhoneNumber: PhoneNumberString
    OneTimePassword: OTPCode


class VerifySMSSandboxPhoneNumberResult(TypedDict):
    pass


ActionsList = list[action]
BatchResultErrorEntryList = list[BatchResultErrorEntry]
DelegatesList = list[delegate]
ListOfEndpoints = list[Endpoint]
ListOfPlatformApplications = list[PlatformApplication]
ListString = list[String]
MapStringToString = dict[String, String]
MessageAttributeMap = dict[String, MessageAttributeValue]
NumberCapabilityList = list[NumberCapability]
PhoneNumberInformationList = list[PhoneNumberInformation]
PhoneNumberList = list[PhoneNumber]
PublishBatchRequestEntryList = list[PublishBatchRequestEntry]
PublishBatchResultEntryList = list[PublishBatchResultEntry]
SMSSandboxPhoneNumberList = list[SMSSandboxPhoneNumber]
SubscriptionAttributesMap = dict[attributeName, attributeValue]
SubscriptionsList = list[Subscription]
TagKeyList = list[TagKey]
TagList = list[Tag]
TopicAttributesMap = dict[attributeName, attributeValue]
TopicsList = list[Topic]


class AuthorizationErrorException(ServiceError):
    code = "AuthorizationError"
    query_code: ClassVar[str] = "AuthorizationError"
    shape_name: ClassVar[str] = "AuthorizationErrorException"
    status_code = 403
    sender_fault = True


class BatchEntryIdsNotDistinctException(ServiceError):
    code = "BatchEntryIdsNotDistinct"
    query_code: ClassVar[str] = "BatchEntryIdsNotDistinct"
    shape_name: ClassVar[str] = "BatchEntryIdsNotDistinctException"
    status_code = 400
    sender_fault = True


class BatchRequestTooLongException(ServiceError):
    code = "BatchRequestTooLong"
    query_code: ClassVar[str] = "BatchRequestTooLong"
    shape_name: ClassVar[str] = "BatchRequestTooLongException"
    status_code = 400
    sender_fault = True


class ConcurrentAccessException(ServiceError):
    code = "ConcurrentAccess"
    query_code: ClassVar[str] = "ConcurrentAccess"
    shape_name: ClassVar[str] = "ConcurrentAccessException"
    status_code = 400
    sender_fault = True


class EmptyBatchRequestException(ServiceError):
    code = "EmptyBatchRequest"
    query_code: ClassVar[str] = "EmptyBatchRequest"
    shape_name: ClassVar[str] = "EmptyBatchRequestException"
    status_code = 400
    sender_fault = True


class EndpointDisabledException(ServiceError):
    code = "EndpointDisabled"
    query_code: ClassVar[str] = "EndpointDisabled"
    shape_name: ClassVar[str] = "EndpointDisabledException"
    status_code = 400
    sender_fault = True


class FilterPolicyLimitExceededException(ServiceError):
    code = "FilterPolicyLimitExceeded"
    query_code: ClassVar[str] = "FilterPolicyLimitExceeded"
    shape_name: ClassVar[str] = "FilterPolicyLimitExceededException"
    status_code = 403
    sender_fault = True


class InternalErrorException(ServiceError):
    code = "InternalError"
    query_code: ClassVar[str] = "InternalError"
    shape_name: ClassVar[str] = "InternalErrorException"
    status_code = 500
    sender_fault = False


class InvalidBatchEntryIdException(ServiceError):
    code = "InvalidBatchEntryId"
    query_code: ClassVar[str] = "InvalidBatchEntryId"
    shape_name: ClassVar[str] = "InvalidBatchEntryIdException"
    status_code = 400
    sender_fault = True


class InvalidParameterException(ServiceError):
    code = "InvalidParameter"
    query_code: ClassVar[str] = "InvalidParameter"
    shape_name: ClassVar[str] = "InvalidParameterException"
    status_code = 400
    sender_fault = True


class InvalidParameterValueException(ServiceError):
    code = "ParameterValueInvalid"
    query_code: ClassVar[str] = "ParameterValueInvalid"
    shape_name: ClassVar[str] = "InvalidParameterValueException"
    status_code = 400
    sender_fault = True


class InvalidSecurityException(ServiceError):
    code = "InvalidSecurity"
    query_code: ClassVar[str] = "InvalidSecurity"
    shape_name: ClassVar[str] = "InvalidSecurityException"
    status_code = 403
    sender_fault = True


class InvalidStateException(ServiceError):
    code = "InvalidState"
    query_code: ClassVar[str] = "InvalidState"
    shape_name: ClassVar[str] = "InvalidStateException"
    status_code = 400
    sender_fault = True


class KMSAccessDeniedException(ServiceError):
    code = "KMSAccessDenied"
    query_code: ClassVar[str] = "KMSAccessDenied"
    shape_name: ClassVar[str] = "KMSAccessDeniedException"
    status_code = 400
    sender_fault = True


class KMSDisabledException(ServiceError):
    code = "KMSDisabled"
    query_code: ClassVar[str] = "KMSDisabled"
    shape_name: ClassVar[str] = "KMSDisabledException"
    status_code = 400
    sender_fault = True


class KMSInvalidStateException(ServiceError):
    code = "KMSInvalidState"
    query_code: ClassVar[str] = "KMSInvalidState"
    shape_name: ClassVar[str] = "KMSInvalidStateException"
    status_code = 400
    sender_fault = True


class KMSNotFoundException(ServiceError):
    code = "KMSNotFound"
    query_code: ClassVar[str] = "KMSNotFound"
    shape_name: ClassVar[str] = "KMSNotFoundException"
    status_code = 400
    sender_fault = True


class KMSOptInRequired(ServiceError):
    code = "KMSOptInRequired"
    query_code: ClassVar[str] = "KMSOptInRequired"
    shape_name: ClassVar[str] = "KMSOptInRequired"
    status_code = 403
    sender_fault = True


class KMSThrottlingException(ServiceError):
    code = "KMSThrottling"
    query_code: ClassVar[str] = "KMSThrottling"
    shape_name: ClassVar[str] = "KMSThrottlingException"
    status_code = 400
    sender_fault = True


class NotFoundException(ServiceError):
    code = "NotFound"
    query_code: ClassVar[str] = "NotFound"
    shape_name: ClassVar[str] = "NotFoundException"
    status_code = 404
    sender_fault = True


class OptedOutException(ServiceError):
    code = "OptedOut"
    query_code: ClassVar[str] = "OptedOut"
    shape_name: ClassVar[str] = "OptedOutException"
    status_code = 400
    sender_fault = True


class PlatformApplicationDisabledException(ServiceError):
    code = "PlatformApplicationDisabled"
    query_code: ClassVar[str] = "PlatformApplicationDisabled"
    shape_name: ClassVar[str] = "PlatformApplicationDisabledException"
    status_code = 400
    sender_fault = True


class ReplayLimitExceededException(ServiceError):
    code = "ReplayLimitExceeded"
    query_code: ClassVar[str] = "ReplayLimitExceeded"
    shape_name: ClassVar[str] = "ReplayLimitExceededException"
    status_code = 403
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFound"
    query_code: ClassVar[str] = "ResourceNotFound"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 404
    sender_fault = True


class StaleTagException(ServiceError):
    code = "StaleTag"
    query_code: ClassVar[str] = "StaleTag"
    shape_name: ClassVar[str] = "StaleTagException"
    status_code = 400
    sender_fault = True


class SubscriptionLimitExceededException(ServiceError):
    code = "SubscriptionLimitExceeded"
    query_code: ClassVar[str] = "SubscriptionLimitExceeded"
    shape_name: ClassVar[str] = "SubscriptionLimitExceededException"
    status_code = 403
    sender_fault = True


class TagLimitExceededException(ServiceError):
    code = "TagLimitExceeded"
    query_code: ClassVar[str] = "TagLimitExceeded"
    shape_name: ClassVar[str] = "TagLimitExceededException"
    status_code = 400
    sender_fault = True


class TagPolicyException(ServiceError):
    code = "TagPolicy"
    query_code: ClassVar[str] = "TagPolicy"
    shape_name: ClassVar[str] = "TagPolicyException"
    status_code = 400
    sender_fault = True


class ThrottledException(ServiceError):
    code = "Throttled"
    query_code: ClassVar[str] = "Throttled"
    shape_name: ClassVar[str] = "ThrottledException"
    status_code = 429
    sender_fault = True


class TooManyEntriesInBatchRequestException(ServiceError):
    code = "TooManyEntriesInBatchRequest"
    query_code: ClassVar[str] = "TooManyEntriesInBatchRequest"
    shape_name: ClassVar[str] = "TooManyEntriesInBatchRequestException"
    status_code = 400
    sender_fault = True


class TopicLimitExceededException(ServiceError):
    code = "TopicLimitExceeded"
    query_code: ClassVar[str] = "TopicLimitExceeded"
    shape_name: ClassVar[str] = "TopicLimitExceededException"
    status_code = 403
    sender_fault = True


class UserErrorException(ServiceError):
    code = "UserError"
    query_code: ClassVar[str] = "UserError"
    shape_name: ClassVar[str] = "UserErrorException"
    status_code = 400
    sender_fault = True


class ValidationException(ServiceError):
    code = "ValidationException"
    query_code: ClassVar[str] = "ValidationException"
    shape_name: ClassVar[str] = "ValidationException"
    status_code = 400
    sender_fault = True


class VerificationException(ServiceError):
    code = "VerificationException"
    query_code: ClassVar[str] = "VerificationException"
    shape_name: ClassVar[str] = "VerificationException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, status: string | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Status": status}))


ERRORS: dict[str, type[ServiceError]] = {
    "AuthorizationErrorException": AuthorizationErrorException,
    "BatchEntryIdsNotDistinctException": BatchEntryIdsNotDistinctException,
    "BatchRequestTooLongException": BatchRequestTooLongException,
    "ConcurrentAccessException": ConcurrentAccessException,
    "EmptyBatchRequestException": EmptyBatchRequestException,
    "EndpointDisabledException": EndpointDisabledException,
    "FilterPolicyLimitExceededException": FilterPolicyLimitExceededException,
    "InternalErrorException": InternalErrorException,
    "InvalidBatchEntryIdException": InvalidBatchEntryIdException,
    "InvalidParameterException": InvalidParameterException,
    "InvalidParameterValueException": InvalidParameterValueException,
    "InvalidSecurityException": InvalidSecurityException,
    "InvalidStateException": InvalidStateException,
    "KMSAccessDeniedException": KMSAccessDeniedException,
    "KMSDisabledException": KMSDisabledException,
    "KMSInvalidStateException": KMSInvalidStateException,
    "KMSNotFoundException": KMSNotFoundException,
    "KMSOptInRequired": KMSOptInRequired,
    "KMSThrottlingException": KMSThrottlingException,
    "NotFoundException": NotFoundException,
    "OptedOutException": OptedOutException,
    "PlatformApplicationDisabledException": PlatformApplicationDisabledException,
    "ReplayLimitExceededException": ReplayLimitExceededException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "StaleTagException": StaleTagException,
    "SubscriptionLimitExceededException": SubscriptionLimitExceededException,
    "TagLimitExceededException": TagLimitExceededException,
    "TagPolicyException": TagPolicyException,
    "ThrottledException": ThrottledException,
    "TooManyEntriesInBatchRequestException": TooManyEntriesInBatchRequestException,
    "TopicLimitExceededException": TopicLimitExceededException,
    "UserErrorException": UserErrorException,
    "ValidationException": ValidationException,
    "VerificationException": VerificationException,
}


class SnsApi(ServiceApi):
    service = "sns"
    iam_prefix = "sns"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AddPermission": OperationSpec(
            "add_permission",
            {
                "TopicArn": "topic_arn",
                "Label": "label",
                "AWSAccountId": "aws_account_id",
                "ActionName": "action_name",
            },
        ),
        "CheckIfPhoneNumberIsOptedOut": OperationSpec(
            "check_if_phone_number_is_opted_out", {"phoneNumber": "phone_number"}
        ),
        "ConfirmSubscription": OperationSpec(
            "confirm_subscription",
            {
                "TopicArn": "topic_arn",
                "Token": "token",
                "AuthenticateOnUnsubscribe": "authenticate_on_unsubscribe",
            },
        ),
        "CreatePlatformApplication": OperationSpec(
            "create_platform_application",
            {"Name": "name", "Platform": "platform", "Attributes": "attributes"},
        ),
        "CreatePlatformEndpoint": OperationSpec(
            "create_platform_endpoint",
            {
                "PlatformApplicationArn": "platform_application_arn",
                "Token": "token",
                "CustomUserData": "custom_user_data",
                "Attributes": "attributes",
            },
        ),
        "CreateSMSSandboxPhoneNumber": OperationSpec(
            "create_sms_sandbox_phone_number",
            {"PhoneNumber": "phone_number", "LanguageCode": "language_code"},
        ),
        "CreateTopic": OperationSpec(
            "create_topic",
            {
                "Name": "name",
                "Attributes": "attributes",
                "Tags": "tags",
                "DataProtectionPolicy": "data_protection_policy",
            },
        ),
        "DeleteEndpoint": OperationSpec("delete_endpoint", {"EndpointArn": "endpoint_arn"}),
        "DeletePlatformApplication": OperationSpec(
            "delete_platform_application", {"PlatformApplicationArn": "platform_application_arn"}
        ),
        "DeleteSMSSandboxPhoneNumber": OperationSpec(
            "delete_sms_sandbox_phone_number", {"PhoneNumber": "phone_number"}
        ),
        "DeleteTopic": OperationSpec("delete_topic", {"TopicArn": "topic_arn"}),
        "GetDataProtectionPolicy": OperationSpec(
            "get_data_protection_policy", {"ResourceArn": "resource_arn"}
        ),
        "GetEndpointAttributes": OperationSpec("get_endpoint_attributes", {"EndpointArn": "endpoint_arn"}),
        "GetPlatformApplicationAttributes": OperationSpec(
            "get_platform_application_attributes", {"PlatformApplicationArn": "platform_application_arn"}
        ),
        "GetSMSAttributes": OperationSpec("get_sms_attributes", {"attributes": "attributes"}),
        "GetSMSSandboxAccountStatus": OperationSpec("get_sms_sandbox_account_status", {}),
        "GetSubscriptionAttributes": OperationSpec(
            "get_subscription_attributes", {"SubscriptionArn": "subscription_arn"}
        ),
        "GetTopicAttributes": OperationSpec("get_topic_attributes", {"TopicArn": "topic_arn"}),
        "ListEndpointsByPlatformApplication": OperationSpec(
            "list_endpoints_by_platform_application",
            {"PlatformApplicationArn": "platform_application_arn", "NextToken": "next_token"},
        ),
        "ListOriginationNumbers": OperationSpec(
            "list_origination_numbers", {"NextToken": "next_token", "MaxResults": "max_results"}
        ),
        "ListPhoneNumbersOptedOut": OperationSpec(
            "list_phone_numbers_opted_out", {"nextToken": "next_token"}
        ),
        "ListPlatformApplications": OperationSpec("list_platform_applications", {"NextToken": "next_token"}),
        "ListSMSSandboxPhoneNumbers": OperationSpec(
            "list_sms_sandbox_phone_numbers", {"NextToken": "next_token", "MaxResults": "max_results"}
        ),
        "ListSubscriptions": OperationSpec("list_subscriptions", {"NextToken": "next_token"}),
        "ListSubscriptionsByTopic": OperationSpec(
            "list_subscriptions_by_topic", {"TopicArn": "topic_arn", "NextToken": "next_token"}
        ),
        "ListTagsForResource": OperationSpec("list_tags_for_resource", {"ResourceArn": "resource_arn"}),
        "ListTopics": OperationSpec("list_topics", {"NextToken": "next_token"}),
        "OptInPhoneNumber": OperationSpec("opt_in_phone_number", {"phoneNumber": "phone_number"}),
        "Publish": OperationSpec(
            "publish",
            {
                "TopicArn": "topic_arn",
                "TargetArn": "target_arn",
                "PhoneNumber": "phone_number",
                "Message": "message",
                "Subject": "subject",
                "MessageStructure": "message_structure",
                "MessageAttributes": "message_attributes",
                "MessageDeduplicationId": "message_deduplication_id",
                "MessageGroupId": "message_group_id",
            },
        ),
        "PublishBatch": OperationSpec(
            "publish_batch",
            {"TopicArn": "topic_arn", "PublishBatchRequestEntries": "publish_batch_request_entries"},
        ),
        "PutDataProtectionPolicy": OperationSpec(
            "put_data_protection_policy",
            {"ResourceArn": "resource_arn", "DataProtectionPolicy": "data_protection_policy"},
        ),
        "RemovePermission": OperationSpec("remove_permission", {"TopicArn": "topic_arn", "Label": "label"}),
        "SetEndpointAttributes": OperationSpec(
            "set_endpoint_attributes", {"EndpointArn": "endpoint_arn", "Attributes": "attributes"}
        ),
        "SetPlatformApplicationAttributes": OperationSpec(
            "set_platform_application_attributes",
            {"PlatformApplicationArn": "platform_application_arn", "Attributes": "attributes"},
        ),
        "SetSMSAttributes": OperationSpec("set_sms_attributes", {"attributes": "attributes"}),
        "SetSubscriptionAttributes": OperationSpec(
            "set_subscription_attributes",
            {
                "SubscriptionArn": "subscription_arn",
                "AttributeName": "attribute_name",
                "AttributeValue": "attribute_value",
            },
        ),
        "SetTopicAttributes": OperationSpec(
            "set_topic_attributes",
            {"TopicArn": "topic_arn", "AttributeName": "attribute_name", "AttributeValue": "attribute_value"},
        ),
        "Subscribe": OperationSpec(
            "subscribe",
            {
                "TopicArn": "topic_arn",
                "Protocol": "protocol",
                "Endpoint": "endpoint",
                "Attributes": "attributes",
                "ReturnSubscriptionArn": "return_subscription_arn",
            },
        ),
        "TagResource": OperationSpec("tag_resource", {"ResourceArn": "resource_arn", "Tags": "tags"}),
        "Unsubscribe": OperationSpec("unsubscribe", {"SubscriptionArn": "subscription_arn"}),
        "UntagResource": OperationSpec(
            "untag_resource", {"ResourceArn": "resource_arn", "TagKeys": "tag_keys"}
        ),
        "VerifySMSSandboxPhoneNumber": OperationSpec(
            "verify_sms_sandbox_phone_number",
            {"PhoneNumber": "phone_number", "OneTimePassword": "one_time_password"},
        ),
    }

    async def add_permission(
        self,
        context: RequestContext,
        *,
        topic_arn: topicARN,
        label: label,
        aws_account_id: DelegatesList,
        action_name: ActionsList,
    ) -> None:
        raise NotImplementedError

    async def check_if_phone_number_is_opted_out(
        self, context: RequestContext, *, phone_number: PhoneNumber
    ) -> CheckIfPhoneNumberIsOptedOutResponse:
        raise NotImplementedError

    async def confirm_subscription(
        self,
        context: RequestContext,
        *,
        topic_arn: topicARN,
        token: token,
        authenticate_on_unsubscribe: authenticateOnUnsubscribe | None = None,
    ) -> ConfirmSubscriptionResponse:
        raise NotImplementedError

    async def create_platform_application(
        self, context: RequestContext, *, name: String, platform: String, attributes: MapStringToString
    ) -> CreatePlatformApplicationResponse:
        raise NotImplementedError

    async def create_platform_endpoint(
        self,
        context: RequestContext,
        *,
        platform_application_arn: String,
        token: String,
        custom_user_data: String | None = None,
        attributes: MapStringToString | None = None,
    ) -> CreateEndpointResponse:
        raise NotImplementedError

    async def create_sms_sandbox_phone_number(
        self,
        context: RequestContext,
        *,
        phone_number: PhoneNumberString,
        language_code: LanguageCodeString | None = None,
    ) -> CreateSMSSandboxPhoneNumberResult:
        raise NotImplementedError

    async def create_topic(
        self,
        context: RequestContext,
        *,
        name: topicName,
        attributes: TopicAttributesMap | None = None,
        tags: TagList | None = None,
        data_protection_policy: attributeValue | None = None,
    ) -> CreateTopicResponse:
        raise NotImplementedError

    async def delete_endpoint(self, context: RequestContext, *, endpoint_arn: String) -> None:
        raise NotImplementedError

    async def delete_platform_application(
        self, context: RequestContext, *, platform_application_arn: String
    ) -> None:
        raise NotImplementedError

    async def delete_sms_sandbox_phone_number(
        self, context: RequestContext, *, phone_number: PhoneNumberString
    ) -> DeleteSMSSandboxPhoneNumberResult:
        raise NotImplementedError

    async def delete_topic(self, context: RequestContext, *, topic_arn: topicARN) -> None:
        raise NotImplementedError

    async def get_data_protection_policy(
        self, context: RequestContext, *, resource_arn: topicARN
    ) -> GetDataProtectionPolicyResponse:
        raise NotImplementedError

    async def get_endpoint_attributes(
        self, context: RequestContext, *, endpoint_arn: String
    ) -> GetEndpointAttributesResponse:
        raise NotImplementedError

    async def get_platform_application_attributes(
        self, context: RequestContext, *, platform_application_arn: String
    ) -> GetPlatformApplicationAttributesResponse:
        raise NotImplementedError

    async def get_sms_attributes(
        self, context: RequestContext, *, attributes: ListString | None = None
    ) -> GetSMSAttributesResponse:
        raise NotImplementedError

    async def get_sms_sandbox_account_status(
        self, context: RequestContext
    ) -> GetSMSSandboxAccountStatusResult:
        raise NotImplementedError

    async def get_subscription_attributes(
        self, context: RequestContext, *, subscription_arn: subscriptionARN
    ) -> GetSubscriptionAttributesResponse:
        raise NotImplementedError

    async def get_topic_attributes(
        self, context: RequestContext, *, topic_arn: topicARN
    ) -> GetTopicAttributesResponse:
        raise NotImplementedError

    async def list_endpoints_by_platform_application(
        self, context: RequestContext, *, platform_application_arn: String, next_token: String | None = None
    ) -> ListEndpointsByPlatformApplicationResponse:
        raise NotImplementedError

    async def list_origination_numbers(
        self,
        context: RequestContext,
        *,
        next_token: nextToken | None = None,
        max_results: MaxItemsListOriginationNumbers | None = None,
    ) -> ListOriginationNumbersResult:
        raise NotImplementedError

    async def list_phone_numbers_opted_out(
        self, context: RequestContext, *, next_token: string | None = None
    ) -> ListPhoneNumbersOptedOutResponse:
        raise NotImplementedError

    async def list_platform_applications(
        self, context: RequestContext, *, next_token: String | None = None
    ) -> ListPlatformApplicationsResponse:
        raise NotImplementedError

    async def list_sms_sandbox_phone_numbers(
        self,
        context: RequestContext,
        *,
        next_token: nextToken | None = None,
        max_results: MaxItems | None = None,
    ) -> ListSMSSandboxPhoneNumbersResult:
        raise NotImplementedError

    async def list_subscriptions(
        self, context: RequestContext, *, next_token: nextToken | None = None
    ) -> ListSubscriptionsResponse:
        raise NotImplementedError

    async def list_subscriptions_by_topic(
        self, context: RequestContext, *, topic_arn: topicARN, next_token: nextToken | None = None
    ) -> ListSubscriptionsByTopicResponse:
        raise NotImplementedError

    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName
    ) -> ListTagsForResourceResponse:
        raise NotImplementedError

    async def list_topics(
        self, context: RequestContext, *, next_token: nextToken | None = None
    ) -> ListTopicsResponse:
        raise NotImplementedError

    async def opt_in_phone_number(
        self, context: RequestContext, *, phone_number: PhoneNumber
    ) -> OptInPhoneNumberResponse:
        raise NotImplementedError

    async def publish(
        self,
        context: RequestContext,
        *,
        message: message,
        topic_arn: topicARN | None = None,
        target_arn: String | None = None,
        phone_number: PhoneNumber | None = None,
        subject: subject | None = None,
        message_structure: messageStructure | None = None,
        message_attributes: MessageAttributeMap | None = None,
        message_deduplication_id: String | None = None,
        message_group_id: String | None = None,
    ) -> PublishResponse:
        raise NotImplementedError

    async def publish_batch(
        self,
        context: RequestContext,
        *,
        topic_arn: topicARN,
        publish_batch_request_entries: PublishBatchRequestEntryList,
    ) -> PublishBatchResponse:
        raise NotImplementedError

    async def put_data_protection_policy(
        self, context: RequestContext, *, resource_arn: topicARN, data_protection_policy: attributeValue
    ) -> None:
        raise NotImplementedError

    async def remove_permission(self, context: RequestContext, *, topic_arn: topicARN, label: label) -> None:
        raise NotImplementedError

    async def set_endpoint_attributes(
        self, context: RequestContext, *, endpoint_arn: String, attributes: MapStringToString
    ) -> None:
        raise NotImplementedError

    async def set_platform_application_attributes(
        self, context: RequestContext, *, platform_application_arn: String, attributes: MapStringToString
    ) -> None:
        raise NotImplementedError

    async def set_sms_attributes(
        self, context: RequestContext, *, attributes: MapStringToString
    ) -> SetSMSAttributesResponse:
        raise NotImplementedError

    async def set_subscription_attributes(
        self,
        context: RequestContext,
        *,
        subscription_arn: subscriptionARN,
        attribute_name: attributeName,
        attribute_value: attributeValue | None = None,
    ) -> None:
        raise NotImplementedError

    async def set_topic_attributes(
        self,
        context: RequestContext,
        *,
        topic_arn: topicARN,
        attribute_name: attributeName,
        attribute_value: attributeValue | None = None,
    ) -> None:
        raise NotImplementedError

    async def subscribe(
        self,
        context: RequestContext,
        *,
        topic_arn: topicARN,
        protocol: protocol,
        endpoint: endpoint | None = None,
        attributes: SubscriptionAttributesMap | None = None,
        return_subscription_arn: boolean | None = None,
    ) -> SubscribeResponse:
        raise NotImplementedError

    async def tag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tags: TagList
    ) -> TagResourceResponse:
        raise NotImplementedError

    async def unsubscribe(self, context: RequestContext, *, subscription_arn: subscriptionARN) -> None:
        raise NotImplementedError

    async def untag_resource(
        self, context: RequestContext, *, resource_arn: AmazonResourceName, tag_keys: TagKeyList
    ) -> UntagResourceResponse:
        raise NotImplementedError

    async def verify_sms_sandbox_phone_number(
        self, context: RequestContext, *, phone_number: PhoneNumberString, one_time_password: OTPCode
    ) -> VerifySMSSandboxPhoneNumberResult:
        raise NotImplementedError
