"""SQS through the whole pipe: boto3 (JSON protocol), the AWS CLI, and query-protocol callers."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import botocore.session
import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from botocore.serialize import QuerySerializer

ACCOUNT = "000000000000"
REGION = "us-east-1"
AwsCli = Any
ClientFactory = Any


@pytest.fixture(scope="module")
def sqs(client_factory: ClientFactory) -> Any:
    return client_factory("sqs")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


# --- boto3 (JSON protocol) -----------------------------------------------------------------------


def test_round_trip_boto3(sqs: Any) -> None:
    url = sqs.create_queue(QueueName=unique("rt"))["QueueUrl"]
    assert url.endswith(f"/{ACCOUNT}/" + url.rsplit("/", 1)[1])
    sent = sqs.send_message(
        QueueUrl=url,
        MessageBody="hello",
        MessageAttributes={"City": {"DataType": "String", "StringValue": "Any City"}},
    )
    got = sqs.receive_message(
        QueueUrl=url, MessageAttributeNames=["All"], MessageSystemAttributeNames=["All"]
    )
    [message] = got["Messages"]
    assert message["Body"] == "hello" and message["MessageId"] == sent["MessageId"]
    assert message["MD5OfMessageAttributes"] == sent["MD5OfMessageAttributes"]
    assert message["Attributes"]["ApproximateReceiveCount"] == "1"
    sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    assert "Messages" not in sqs.receive_message(QueueUrl=url)
    sqs.delete_queue(QueueUrl=url)


def test_errors_boto3(sqs: Any) -> None:
    with pytest.raises(ClientError) as err:
        sqs.get_queue_url(QueueName=unique("missing"))
    assert err.value.response["Error"]["Code"] == "AWS.SimpleQueueService.NonExistentQueue"
    assert isinstance(err.value, sqs.exceptions.QueueDoesNotExist)
    with pytest.raises(ClientError) as err:
        sqs.create_queue(QueueName="bad name")
    assert err.value.response["Error"]["Code"] in ("InvalidParameterValue", "InvalidParameterValueException")


def test_fifo_and_dlq_boto3(sqs: Any) -> None:
    dlq = sqs.create_queue(QueueName=unique("dlq") + ".fifo", Attributes={"FifoQueue": "true"})["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    src = sqs.create_queue(
        QueueName=unique("src") + ".fifo",
        Attributes={
            "FifoQueue": "true",
            "ContentBasedDeduplication": "true",
            "VisibilityTimeout": "0",
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1}),
        },
    )["QueueUrl"]
    for i in range(3):
        out = sqs.send_message(QueueUrl=src, MessageBody=f"m{i}", MessageGroupId="g")
        assert len(out["SequenceNumber"]) == 20
    got = sqs.receive_message(QueueUrl=src, MaxNumberOfMessages=10)["Messages"]
    assert [m["Body"] for m in got] == ["m0", "m1", "m2"]
    assert "Messages" not in sqs.receive_message(QueueUrl=src, MaxNumberOfMessages=10)  # moved to the DLQ
    dead = sqs.receive_message(QueueUrl=dlq, MaxNumberOfMessages=10, MessageSystemAttributeNames=["All"])
    assert [m["Body"] for m in dead["Messages"]] == ["m0", "m1", "m2"]
    assert dead["Messages"][0]["Attributes"]["MessageGroupId"] == "g"


def test_long_poll_wakes_on_send_boto3(client_factory: ClientFactory, sqs: Any) -> None:
    url = sqs.create_queue(QueueName=unique("lp"))["QueueUrl"]
    poller = client_factory("sqs")
    with ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        future = pool.submit(poller.receive_message, QueueUrl=url, WaitTimeSeconds=10)
        time.sleep(0.3)
        sqs.send_message(QueueUrl=url, MessageBody="wake")
        result = future.result(timeout=10)
    assert result["Messages"][0]["Body"] == "wake"
    assert time.monotonic() - started < 3


def test_batch_boto3(sqs: Any) -> None:
    url = sqs.create_queue(QueueName=unique("batch"))["QueueUrl"]
    out = sqs.send_message_batch(
        QueueUrl=url, Entries=[{"Id": str(i), "MessageBody": str(i)} for i in range(10)]
    )
    assert len(out["Successful"]) == 10
    got = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]
    deleted = sqs.delete_message_batch(
        QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)]
    )
    assert len(deleted["Successful"]) == len(got)


# --- the AWS CLI ---------------------------------------------------------------------------------


def test_round_trip_cli(aws: AwsCli) -> None:
    name = unique("cli")
    created = aws("sqs", "create-queue", "--queue-name", name)
    assert created.returncode == 0, created.stderr
    url = json.loads(created.stdout)["QueueUrl"]
    sent = aws("sqs", "send-message", "--queue-url", url, "--message-body", "from the cli")
    assert sent.returncode == 0, sent.stderr
    received = aws("sqs", "receive-message", "--queue-url", url)
    assert received.returncode == 0, received.stderr
    [message] = json.loads(received.stdout)["Messages"]
    assert message["Body"] == "from the cli"
    deleted = aws("sqs", "delete-message", "--queue-url", url, "--receipt-handle", message["ReceiptHandle"])
    assert deleted.returncode == 0, deleted.stderr


# --- query protocol (older SDKs) -----------------------------------------------------------------


def query_call(endpoint: str, operation: str, params: dict[str, Any]) -> httpx.Response:
    model = botocore.session.get_session().get_service_model("sqs").operation_model(operation)
    request = QuerySerializer().serialize_to_request(params, model)
    aws_request = AWSRequest(
        method="POST",
        url=endpoint + "/",
        data=request["body"],
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    SigV4Auth(Credentials("test", "test"), "sqs", REGION).add_auth(aws_request)
    prepared = aws_request.prepare()
    return httpx.post(prepared.url, content=prepared.body, headers=dict(prepared.headers))


def text(response: httpx.Response, tag: str) -> str | None:
    for element in ET.fromstring(response.content).iter():
        if element.tag.rsplit("}", 1)[-1] == tag:
            return element.text
    return None


def test_round_trip_query_protocol(endpoint: str) -> None:
    created = query_call(endpoint, "CreateQueue", {"QueueName": unique("query")})
    assert created.status_code == 200, created.text
    url = text(created, "QueueUrl")
    assert url
    sent = query_call(endpoint, "SendMessage", {"QueueUrl": url, "MessageBody": "old sdk"})
    assert sent.status_code == 200 and text(sent, "MD5OfMessageBody") == hashlib.md5(b"old sdk").hexdigest()
    received = query_call(endpoint, "ReceiveMessage", {"QueueUrl": url})
    assert text(received, "Body") == "old sdk"
    missing = query_call(endpoint, "GetQueueUrl", {"QueueName": unique("nope")})
    assert missing.status_code == 400
    assert text(missing, "Code") == "AWS.SimpleQueueService.NonExistentQueue"
