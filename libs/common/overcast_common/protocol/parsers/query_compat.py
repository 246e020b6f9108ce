"""Services whose query form predates their current model.

SQS moved to the JSON protocol; botocore's model lost the query ``locationName``s, but older SDKs
(and the SQS query API AWS still serves) flatten lists and maps under singular names:
``Attribute.1.Name``, ``MessageAttribute.1.Value.StringValue``, ``SendMessageBatchRequestEntry.1.Id``.
The query parser accepts both spellings; this table names the legacy one per member.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from botocore.model import OperationModel

_SQS_MEMBERS = {
    "Attributes": "Attribute",
    "MessageAttributes": "MessageAttribute",
    "MessageSystemAttributes": "MessageSystemAttribute",
    "tags": "Tag",
    "Tags": "Tag",
    "TagKeys": "TagKey",
    "AttributeNames": "AttributeName",
    "MessageAttributeNames": "MessageAttributeName",
    "MessageSystemAttributeNames": "MessageSystemAttributeName",
    "AWSAccountIds": "AWSAccountId",
    "Actions": "ActionName",
    "StringListValues": "StringListValue",
    "BinaryListValues": "BinaryListValue",
}
_SQS_BATCH_ENTRIES = {
    "SendMessageBatch": "SendMessageBatchRequestEntry",
    "DeleteMessageBatch": "DeleteMessageBatchRequestEntry",
    "ChangeMessageVisibilityBatch": "ChangeMessageVisibilityBatchRequestEntry",
}


_NONE: Mapping[str, str] = MappingProxyType({})


def legacy_names(operation: OperationModel) -> Mapping[str, str]:
    """Member name -> legacy query name for ``operation`` (empty for services that never changed)."""
    if operation.service_model.service_name != "sqs":
        return _NONE
    return _sqs_names(operation.name)


@cache
def _sqs_names(operation: str) -> Mapping[str, str]:
    names = dict(_SQS_MEMBERS)
    entry = _SQS_BATCH_ENTRIES.get(operation)
    if entry:
        names["Entries"] = entry
    return MappingProxyType(names)
