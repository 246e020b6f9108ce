"""What the botocore models lost when services moved off the query protocol, for clients that still use it.

SQS moved from ``query`` to ``json`` in 2023. Its JSON model keeps ``awsQueryCompatible`` but dropped the
legacy error codes (``AWS.SimpleQueueService.NonExistentQueue``) and the XML traits of its query responses
(``resultWrapper``, flattened ``<Message>``/``<Attribute>`` elements...). SQS still answers old SDKs in query
form and still names its errors the old way (in ``x-amzn-query-error`` for JSON callers, which botocore
reports as ``Error.Code``). This module restores exactly those facts; everything else comes from the model.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from botocore.loaders import Loader, create_loader
from botocore.model import ServiceModel

from ..models import service_model

# SQS error shape name -> the code its query API (and x-amzn-query-error) uses.
_SQS_LEGACY_CODES = {
    "QueueDoesNotExist": "AWS.SimpleQueueService.NonExistentQueue",
    "QueueDeletedRecently": "AWS.SimpleQueueService.QueueDeletedRecently",
    "QueueNameExists": "QueueAlreadyExists",
    "PurgeQueueInProgress": "AWS.SimpleQueueService.PurgeQueueInProgress",
    "BatchEntryIdsNotDistinct": "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
    "BatchRequestTooLong": "AWS.SimpleQueueService.BatchRequestTooLong",
    "EmptyBatchRequest": "AWS.SimpleQueueService.EmptyBatchRequest",
    "InvalidBatchEntryId": "AWS.SimpleQueueService.InvalidBatchEntryId",
    "TooManyEntriesInBatchRequest": "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
    "UnsupportedOperation": "AWS.SimpleQueueService.UnsupportedOperation",
    "MessageNotInflight": "AWS.SimpleQueueService.MessageNotInflight",
    "KmsAccessDenied": "KMS.AccessDeniedException",
    "KmsDisabled": "KMS.DisabledException",
    "KmsInvalidKeyUsage": "KMS.InvalidKeyUsageException",
    "KmsInvalidState": "KMS.InvalidStateException",
    "KmsNotFound": "KMS.NotFoundException",
    "KmsOptInRequired": "KMS.OptInRequired",
    "KmsThrottled": "KMS.ThrottlingException",
}

_LEGACY_CODES = {"sqs": _SQS_LEGACY_CODES}

# XML traits of SQS's query model (2012-11-05): list/map shape -> (flattened, member/key/value names),
# and structure member -> locationName.
_SQS_FLAT_LISTS = {
    "QueueUrlList": "QueueUrl",
    "MessageList": "Message",
    "StringList": "StringListValue",
    "BinaryList": "BinaryListValue",
    "SendMessageBatchResultEntryList": "SendMessageBatchResultEntry",
    "DeleteMessageBatchResultEntryList": "DeleteMessageBatchResultEntry",
    "ChangeMessageVisibilityBatchResultEntryList": "ChangeMessageVisibilityBatchResultEntry",
    "BatchResultErrorEntryList": "BatchResultErrorEntry",
    "ListMessageMoveTasksResultEntryList": "ListMessageMoveTasksResultEntry",
}
_SQS_FLAT_MAPS = {
    "QueueAttributeMap": ("Name", "Value"),
    "MessageSystemAttributeMap": ("Name", "Value"),
    "MessageBodyAttributeMap": ("Name", "Value"),
    "MessageBodySystemAttributeMap": ("Name", "Value"),
    "TagMap": ("Key", "Value"),
}
_SQS_MEMBER_NAMES = {
    ("ListQueuesResult", "QueueUrls"): "QueueUrl",
    ("ListDeadLetterSourceQueuesResult", "queueUrls"): "QueueUrl",
    ("ReceiveMessageResult", "Messages"): "Message",
    ("Message", "Attributes"): "Attribute",
    ("Message", "MessageAttributes"): "MessageAttribute",
    ("GetQueueAttributesResult", "Attributes"): "Attribute",
    ("ListQueueTagsResult", "Tags"): "Tag",
    ("MessageAttributeValue", "StringListValues"): "StringListValue",
    ("MessageAttributeValue", "BinaryListValues"): "BinaryListValue",
    ("SendMessageBatchResult", "Successful"): "SendMessageBatchResultEntry",
    ("SendMessageBatchResult", "Failed"): "BatchResultErrorEntry",
    ("DeleteMessageBatchResult", "Successful"): "DeleteMessageBatchResultEntry",
    ("DeleteMessageBatchResult", "Failed"): "BatchResultErrorEntry",
    ("ChangeMessageVisibilityBatchResult", "Successful"): "ChangeMessageVisibilityBatchResultEntry",
    ("ChangeMessageVisibilityBatchResult", "Failed"): "BatchResultErrorEntry",
    ("ListMessageMoveTasksResult", "Results"): "ListMessageMoveTasksResultEntry",
}
_SQS_XML_NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/"


def legacy_query_code(service: str, shape_name: str) -> str | None:
    return _LEGACY_CODES.get(service, {}).get(shape_name)


def query_model(model: ServiceModel) -> ServiceModel:
    """The model to write query (XML) responses with: the service's own, or its restored query form."""
    if model.metadata.get("protocol") in ("query", "ec2"):
        return model
    if model.service_name == "sqs":
        return _sqs_query_model()
    return _with_result_wrappers(model.service_name)


@cache
def _with_result_wrappers(service: str) -> ServiceModel:
    """A non-query model with query's ``<OpResult>`` wrapper on every output, as every query API writes."""
    description = _raw_description(service)
    _add_result_wrappers(description)
    return ServiceModel(description, service_name=service)


def _raw_description(service: str) -> dict[str, Any]:
    api_version = service_model(service).api_version
    return copy.deepcopy(_loader().load_service_model(service, "service-2", api_version))


@cache
def _loader() -> Loader:
    return create_loader()


def _add_result_wrappers(description: dict[str, Any]) -> None:
    for name, op in description["operations"].items():
        output = op.get("output")
        if output and "resultWrapper" not in output:
            output["resultWrapper"] = f"{name}Result"


@cache
def _sqs_query_model() -> ServiceModel:
    description = _raw_description("sqs")
    _add_result_wrappers(description)
    description["metadata"]["xmlNamespace"] = _SQS_XML_NAMESPACE
    shapes = description["shapes"]
    for name, item in _SQS_FLAT_LISTS.items():
        if name in shapes:
            shapes[name]["flattened"] = True
            shapes[name]["member"]["locationName"] = item
    for name, (key, value) in _SQS_FLAT_MAPS.items():
        if name in shapes:
            shapes[name]["flattened"] = True
            shapes[name]["key"]["locationName"] = key
            shapes[name]["value"]["locationName"] = value
    for (shape_name, member), location in _SQS_MEMBER_NAMES.items():
        members = shapes.get(shape_name, {}).get("members", {})
        if member in members:
            members[member]["locationName"] = location
    return ServiceModel(description, service_name="sqs")
