"""SQS errors as AWS returns them — code, HTTP status and message — through boto3 (JSON protocol, where
botocore reads the code from ``x-amzn-query-error``) and through the query protocol (older SDKs).

The expected wording is AWS's own (API reference, and responses recorded against AWS).
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import botocore.session
import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from botocore.serialize import QuerySerializer

REGION = "us-east-1"
ClientFactory = Callable[..., Any]


@pytest.fixture(scope="module")
def sqs(client_factory: ClientFactory) -> Any:
    return client_factory("sqs")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def json_error(call: Callable[..., Any], **params: Any) -> tuple[str, int, str]:
    with pytest.raises(ClientError) as caught:
        call(**params)
    response = caught.value.response
    return (
        response["Error"]["Code"],
        response["ResponseMetadata"]["HTTPStatusCode"],
        response["Error"]["Message"],
    )


def query(endpoint: str, operation: str, params: dict[str, Any]) -> httpx.Response:
    model = botocore.session.get_session().get_service_model("sqs").operation_model(operation)
    body = QuerySerializer().serialize_to_request(params, model)["body"]
    request = AWSRequest(
        method="POST",
        url=endpoint + "/",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    SigV4Auth(Credentials("test", "test"), "sqs", REGION).add_auth(request)
    prepared = request.prepare()
    return httpx.post(prepared.url, content=prepared.body, headers=dict(prepared.headers), timeout=30)


def query_error(endpoint: str, operation: str, params: dict[str, Any]) -> tuple[str, int, str]:
    response = query(endpoint, operation, params)
    found = {e.tag.rsplit("}", 1)[-1]: e.text or "" for e in ET.fromstring(response.content).iter()}
    assert found.get("Type") == "Sender", response.text
    return found["Code"], response.status_code, found["Message"]


NO_QUEUE = "The specified queue does not exist."
TOO_MANY = "Maximum number of entries per request are 10. You have sent 11."
BAD_ID = (
    "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 "
    "letters long."
)


# --- boto3: the JSON protocol -------------------------------------------------------------------------


def test_queue_errors_json(sqs: Any) -> None:
    assert json_error(sqs.get_queue_url, QueueName=unique("missing")) == (
        "AWS.SimpleQueueService.NonExistentQueue",
        400,
        NO_QUEUE,
    )
    name = unique("recent")
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    sqs.delete_queue(QueueUrl=url)
    assert json_error(sqs.create_queue, QueueName=name) == (
        "AWS.SimpleQueueService.QueueDeletedRecently",
        400,
        "You must wait 60 seconds after deleting a queue before you can create another with the same name.",
    )
    url = sqs.create_queue(QueueName=unique("purge"))["QueueUrl"]
    sqs.purge_queue(QueueUrl=url)
    assert json_error(sqs.purge_queue, QueueUrl=url) == (
        "AWS.SimpleQueueService.PurgeQueueInProgress",
        403,
        f"Only one PurgeQueue operation on {url.rsplit('/', 1)[1]} is allowed every 60 seconds.",
    )
    assert json_error(sqs.get_queue_attributes, QueueUrl=url, AttributeNames=["Nope"])[:2] == (
        "InvalidAttributeName",
        400,
    )


def test_batch_errors_json(sqs: Any) -> None:
    url = sqs.create_queue(QueueName=unique("batch"))["QueueUrl"]
    many = [{"Id": str(i), "MessageBody": "x"} for i in range(11)]
    assert json_error(sqs.send_message_batch, QueueUrl=url, Entries=many) == (
        "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
        400,
        TOO_MANY,
    )
    bad = [{"Id": "no spaces", "MessageBody": "x"}]
    assert json_error(sqs.send_message_batch, QueueUrl=url, Entries=bad) == (
        "AWS.SimpleQueueService.InvalidBatchEntryId",
        400,
        BAD_ID,
    )
    twice = [{"Id": "a", "MessageBody": "x"}, {"Id": "a", "MessageBody": "y"}]
    code, status, _ = json_error(sqs.send_message_batch, QueueUrl=url, Entries=twice)
    assert (code, status) == ("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400)
    big = [{"Id": str(i), "MessageBody": "x" * 110_000} for i in range(10)]
    assert json_error(sqs.send_message_batch, QueueUrl=url, Entries=big) == (
        "AWS.SimpleQueueService.BatchRequestTooLong",
        400,
        "Batch requests cannot be longer than 1048576 bytes. You have sent 1100000 bytes.",
    )


def test_message_errors_json(sqs: Any) -> None:
    url = sqs.create_queue(QueueName=unique("msg"))["QueueUrl"]
    assert json_error(sqs.delete_message, QueueUrl=url, ReceiptHandle="garbage") == (
        "ReceiptHandleIsInvalid",
        400,
        'The input receipt handle "garbage" is not a valid receipt handle.',
    )
    _, status, message = json_error(sqs.receive_message, QueueUrl=url, MaxNumberOfMessages=11)
    assert (status, message) == (
        400,
        "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.",
    )
    _, status, message = json_error(sqs.receive_message, QueueUrl=url, WaitTimeSeconds=21)
    assert (
        message
        == "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided."
    )
    # 1 MiB is AWS's limit since 2025: exactly that much is accepted, one byte more is not
    sqs.send_message(QueueUrl=url, MessageBody="x" * 1_048_576)
    _, status, message = json_error(sqs.send_message, QueueUrl=url, MessageBody="x" * 1_048_577)
    assert (status, message) == (
        400,
        "One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.",
    )


def test_unmodeled_error_codes_json(sqs: Any) -> None:
    url = sqs.create_queue(QueueName=unique("codes"))["QueueUrl"]
    assert json_error(sqs.receive_message, QueueUrl=url, MaxNumberOfMessages=11)[0] == "InvalidParameterValue"
    assert json_error(sqs.send_message, QueueUrl=url, MessageBody="")[0] == "MissingParameter"


# --- the query protocol ----------------------------------------------------------------------------------


def test_errors_query_protocol(endpoint: str, sqs: Any) -> None:
    assert query_error(endpoint, "GetQueueUrl", {"QueueName": unique("missing")}) == (
        "AWS.SimpleQueueService.NonExistentQueue",
        400,
        "The specified queue does not exist for this wsdl version.",
    )
    url = sqs.create_queue(QueueName=unique("q"))["QueueUrl"]
    assert query_error(endpoint, "SendMessageBatch", {"QueueUrl": url, "Entries": []}) == (
        "AWS.SimpleQueueService.EmptyBatchRequest",
        400,
        "There should be at least one SendMessageBatchRequestEntry in the request.",
    )
    many = [{"Id": str(i), "ReceiptHandle": "h"} for i in range(11)]
    assert query_error(endpoint, "DeleteMessageBatch", {"QueueUrl": url, "Entries": many}) == (
        "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
        400,
        TOO_MANY,
    )
    assert query_error(
        endpoint, "ChangeMessageVisibility", {"QueueUrl": url, "ReceiptHandle": "x", "VisibilityTimeout": 1}
    ) == (
        "ReceiptHandleIsInvalid",
        400,
        'The input receipt handle "x" is not a valid receipt handle.',
    )
    query(endpoint, "PurgeQueue", {"QueueUrl": url})
    assert query_error(endpoint, "PurgeQueue", {"QueueUrl": url}) == (
        "AWS.SimpleQueueService.PurgeQueueInProgress",
        403,
        f"Only one PurgeQueue operation on {url.rsplit('/', 1)[1]} is allowed every 60 seconds.",
    )
    _, status, message = query_error(
        endpoint, "ReceiveMessage", {"QueueUrl": url, "VisibilityTimeout": 43_201}
    )
    assert (status, message) == (
        400,
        "Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.",
    )


def test_unmodeled_error_codes_query_protocol(endpoint: str, sqs: Any) -> None:
    url = sqs.create_queue(QueueName=unique("codes"))["QueueUrl"]
    params = {"QueueUrl": url, "MaxNumberOfMessages": 11}
    assert query_error(endpoint, "ReceiveMessage", params)[0] == "InvalidParameterValue"
