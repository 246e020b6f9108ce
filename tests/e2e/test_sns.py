"""SNS end to end: fan-out to SQS with filter policies (standard and FIFO, boto3 and the AWS CLI), the
JSON envelope and its signatures checked against the certificate Overcast serves, HTTP endpoints with the
real confirmation handshake and retries, the outbox for email/SMS/mobile push, dead-letter queues,
cross-account delivery, and AWS's errors. Durability under ``kill -9``: ``test_sns_durability``."""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

WAIT_S = 20.0
AwsCli = Any
ClientFactory = Any


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="module")
def sns(client_factory: ClientFactory) -> Any:
    return client_factory("sns")


@pytest.fixture(scope="module")
def sqs(client_factory: ClientFactory) -> Any:
    return client_factory("sqs")


def make_queue(sqs: Any, name: str, **attributes: str) -> tuple[str, str]:
    url = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    return url, arn


def drain(
    sqs: Any, url: str, expected: int, *, wait_s: float = WAIT_S, settle_s: float = 0.5
) -> list[dict[str, Any]]:
    """Receive (and delete) until ``expected`` messages came, then a little longer to catch extras."""
    got: list[dict[str, Any]] = []
    deadline = time.monotonic() + wait_s
    settle_until: float | None = None
    while time.monotonic() < deadline:
        batch = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1, MessageAttributeNames=["All"]
        ).get("Messages", [])
        if batch:
            got += batch
            entries = [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(batch)]
            sqs.delete_message_batch(QueueUrl=url, Entries=entries)
        if len(got) >= expected:
            settle_until = settle_until or time.monotonic() + settle_s
            if time.monotonic() >= settle_until:
                break
    return got


def receive_bodies(sqs: Any, url: str, wanted: set[str], wait_s: float) -> set[str]:
    """Receive (and delete) until every body in ``wanted`` came or ``wait_s`` passed. Unlike ``drain``,
    duplicates (at-least-once redelivery after a crash) don't count towards the goal."""
    got: set[str] = set()
    deadline = time.monotonic() + wait_s
    while not wanted <= got and time.monotonic() < deadline:
        batch = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get(
            "Messages", []
        )
        if batch:
            got.update(m["Body"] for m in batch)
            entries = [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(batch)]
            sqs.delete_message_batch(QueueUrl=url, Entries=entries)
    return got


def attr(value: str, data_type: str = "String") -> dict[str, str]:
    return {"DataType": data_type, "StringValue": value}


# --- fan-out with filter policies ------------------------------------------------------------------


def test_fanout_standard_filter_policies_boto3(sns: Any, sqs: Any) -> None:
    topic = sns.create_topic(Name=unique("orders"))["TopicArn"]
    red_url, red_arn = make_queue(sqs, unique("red"))
    big_url, big_arn = make_queue(sqs, unique("big"))
    raw_red = sns.subscribe(
        TopicArn=topic,
        Protocol="sqs",
        Endpoint=red_arn,
        Attributes={
            "RawMessageDelivery": "true",
            "FilterPolicy": json.dumps({"color": ["red", {"prefix": "crim"}], "size": [{"exists": True}]}),
        },
        ReturnSubscriptionArn=True,
    )["SubscriptionArn"]
    assert raw_red.startswith(topic + ":")
    sns.subscribe(
        TopicArn=topic,
        Protocol="sqs",
        Endpoint=big_arn,
        Attributes={
            "FilterPolicy": json.dumps({"order": {"total": [{"numeric": [">=", 100]}]}}),
            "FilterPolicyScope": "MessageBody",
        },
    )
    messages = [
        ({"order": {"total": 150}}, {"color": attr("red"), "size": attr("3", "Number")}),  # both
        ({"order": {"total": 5}}, {"color": attr("crimson"), "size": attr("1", "Number")}),  # red only
        ({"order": {"total": 500}}, {"color": attr("blue"), "size": attr("1", "Number")}),  # big only
        ({"order": {"total": 1}}, {"color": attr("red")}),  # neither (no size)
    ]
    for body, attributes in messages:
        sns.publish(TopicArn=topic, Message=json.dumps(body), MessageAttributes=attributes)

    red = drain(sqs, red_url, 2)
    assert sorted(json.loads(m["Body"])["order"]["total"] for m in red) == [5, 150]
    # raw delivery: the body is the message itself and the attributes become SQS attributes
    assert all(m["MessageAttributes"]["color"]["StringValue"] in ("red", "crimson") for m in red)
    big = drain(sqs, big_url, 2)
    envelopes = [json.loads(m["Body"]) for m in big]
    assert sorted(json.loads(e["Message"])["order"]["total"] for e in envelopes) == [150, 500]
    for envelope in envelopes:
        assert envelope["Type"] == "Notification"
        assert envelope["TopicArn"] == topic
        assert envelope["MessageAttributes"]["color"]["Type"] == "String"
        assert set(envelope) >= {"MessageId", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL"}
        assert "UnsubscribeURL" in envelope


def test_fanout_fifo_keeps_order_and_deduplicates(sns: Any, sqs: Any) -> None:
    topic = sns.create_topic(
        Name=unique("fifo") + ".fifo", Attributes={"FifoTopic": "true", "ContentBasedDeduplication": "true"}
    )["TopicArn"]
    all_url, all_arn = make_queue(sqs, unique("all") + ".fifo", FifoQueue="true")
    even_url, even_arn = make_queue(sqs, unique("even") + ".fifo", FifoQueue="true")
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=all_arn, Attributes={"RawMessageDelivery": "true"})
    sns.subscribe(
        TopicArn=topic,
        Protocol="sqs",
        Endpoint=even_arn,
        Attributes={"RawMessageDelivery": "true", "FilterPolicy": json.dumps({"parity": ["even"]})},
    )
    sequence_numbers = []
    for i in range(30):
        result = sns.publish(
            TopicArn=topic,
            Message=f"m{i:02d}",
            MessageGroupId="g1" if i % 3 else "g2",
            MessageAttributes={"parity": attr("even" if i % 2 == 0 else "odd")},
        )
        sequence_numbers.append(int(result["SequenceNumber"]))
    # a retried publish with the same content is deduplicated: same MessageId, delivered once
    first = sns.publish(
        TopicArn=topic, Message="m00", MessageGroupId="g2", MessageAttributes={"parity": attr("even")}
    )
    explicit = sns.publish(TopicArn=topic, Message="x", MessageGroupId="g1", MessageDeduplicationId="d-1")
    again = sns.publish(TopicArn=topic, Message="y", MessageGroupId="g1", MessageDeduplicationId="d-1")
    assert again["MessageId"] == explicit["MessageId"]
    assert first["MessageId"]

    everything = [m["Body"] for m in drain(sqs, all_url, 31)]
    assert len(everything) == 31
    for group in ("g1", "g2"):
        mine = [f"m{i:02d}" for i in range(30) if ("g1" if i % 3 else "g2") == group]
        received = [b for b in everything if b in mine]
        assert received == mine, group
    evens = [m["Body"] for m in drain(sqs, even_url, 15)]
    assert sorted(evens) == [f"m{i:02d}" for i in range(0, 30, 2)]
    assert [b for b in evens if int(b[1:]) % 3 != 0] == [f"m{i:02d}" for i in range(0, 30, 2) if i % 3]


def test_fanout_cli(aws: AwsCli, sqs: Any) -> None:
    topic_out = aws("sns", "create-topic", "--name", unique("cli"))
    assert topic_out.returncode == 0, topic_out.stderr
    topic = json.loads(topic_out.stdout)["TopicArn"]
    urls = {}
    for color in ("red", "blue"):
        url, arn = make_queue(sqs, unique(f"cli-{color}"))
        urls[color] = url
        out = aws(
            "sns",
            "subscribe",
            "--topic-arn",
            topic,
            "--protocol",
            "sqs",
            "--notification-endpoint",
            arn,
            "--attributes",
            json.dumps({"RawMessageDelivery": "true", "FilterPolicy": json.dumps({"color": [color]})}),
        )
        assert out.returncode == 0, out.stderr
    for color in ("red", "blue", "green"):
        out = aws(
            "sns",
            "publish",
            "--topic-arn",
            topic,
            "--message",
            f"a {color} one",
            "--message-attributes",
            json.dumps({"color": {"DataType": "String", "StringValue": color}}),
        )
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["MessageId"]
    assert [m["Body"] for m in drain(sqs, urls["red"], 1)] == ["a red one"]
    assert [m["Body"] for m in drain(sqs, urls["blue"], 1)] == ["a blue one"]
    listed = json.loads(aws("sns", "list-subscriptions-by-topic", "--topic-arn", topic).stdout)
    assert len(listed["Subscriptions"]) == 2


# --- signatures --------------------------------------------------------------------------------------


def canonical(message: dict[str, str]) -> bytes:
    names = (
        ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
        if message["Type"] == "Notification"
        else ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")
    )
    return "".join(f"{n}\n{message[n]}\n" for n in names if n in message).encode()


def verify(message: dict[str, str]) -> bool:
    with urllib.request.urlopen(message["SigningCertURL"], timeout=10) as response:
        cert = x509.load_pem_x509_certificate(response.read())
    key = cert.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    algorithm: hashes.HashAlgorithm = hashes.SHA256() if message["SignatureVersion"] == "2" else hashes.SHA1()
    try:
        key.verify(base64.b64decode(message["Signature"]), canonical(message), padding.PKCS1v15(), algorithm)
    except Exception:
        return False
    return True


@pytest.mark.parametrize("version", ["1", "2"])
def test_signatures_verify_with_served_certificate(sns: Any, sqs: Any, version: str) -> None:
    topic = sns.create_topic(Name=unique("signed"), Attributes={"SignatureVersion": version})["TopicArn"]
    url, arn = make_queue(sqs, unique("signed"))
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn)
    sns.publish(TopicArn=topic, Message="sign me", Subject="hello")
    (received,) = drain(sqs, url, 1)
    envelope = json.loads(received["Body"])
    assert envelope["SignatureVersion"] == version
    assert envelope["Subject"] == "hello"
    assert verify(envelope)
    tampered = dict(envelope, Message="changed")
    assert not verify(tampered)


# --- HTTP endpoints ---------------------------------------------------------------------------------


class Endpoint:
    """A subscriber's HTTP server: records every POST; answers ``statuses`` in turn, then 200."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.statuses: list[int] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with outer.lock:
                    status = outer.statuses.pop(0) if outer.statuses else 200
                    if status == 200:
                        outer.received.append((dict(self.headers.items()), json.loads(body)))
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, kind: str, count: int = 1) -> list[tuple[dict[str, str], dict[str, Any]]]:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            with self.lock:
                found = [r for r in self.received if r[1].get("Type") == kind]
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"no {kind} POST came: {self.received}")


@pytest.fixture
def subscriber() -> Iterator[Endpoint]:
    ep = Endpoint()
    yield ep
    ep.server.shutdown()
    ep.server.server_close()


def test_http_confirmation_handshake_and_delivery(sns: Any, subscriber: Endpoint) -> None:
    topic = sns.create_topic(Name=unique("http"))["TopicArn"]
    policy = {"healthyRetryPolicy": {"minDelayTarget": 1, "maxDelayTarget": 1, "numRetries": 3}}
    pending = sns.subscribe(
        TopicArn=topic,
        Protocol="http",
        Endpoint=subscriber.url,
        Attributes={"DeliveryPolicy": json.dumps(policy)},
    )
    assert pending["SubscriptionArn"] == "pending confirmation"
    ((headers, confirmation),) = subscriber.wait_for("SubscriptionConfirmation")
    assert headers["x-amz-sns-message-type"] == "SubscriptionConfirmation"
    assert confirmation["TopicArn"] == topic and confirmation["Token"]
    assert verify(confirmation)
    listed = sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
    assert listed[0]["SubscriptionArn"] == "PendingConfirmation"

    # visiting the SubscribeURL (through the gateway, unsigned) confirms, as on AWS
    with urllib.request.urlopen(confirmation["SubscribeURL"], timeout=10) as response:
        answer = response.read().decode()
    assert "<ConfirmSubscriptionResult>" in answer
    (subscription,) = sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
    assert subscription["SubscriptionArn"].startswith(topic + ":")
    attributes = sns.get_subscription_attributes(SubscriptionArn=subscription["SubscriptionArn"])[
        "Attributes"
    ]
    assert attributes["PendingConfirmation"] == "false"

    # the first two attempts fail (500): the delivery policy retries after 1 s each
    subscriber.statuses = [500, 500]
    sns.publish(TopicArn=topic, Message="over http", MessageAttributes={"k": attr("v")})
    ((headers, notification),) = subscriber.wait_for("Notification")
    assert headers["x-amz-sns-message-type"] == "Notification"
    assert headers["x-amz-sns-subscription-arn"] == subscription["SubscriptionArn"]
    assert notification["Message"] == "over http"
    assert notification["MessageAttributes"] == {"k": {"Type": "String", "Value": "v"}}
    assert verify(notification)

    # the UnsubscribeURL works too
    with urllib.request.urlopen(notification["UnsubscribeURL"], timeout=10) as response:
        assert "<UnsubscribeResponse" in response.read().decode()
    assert sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"] == []


def test_confirm_subscription_api(sns: Any, subscriber: Endpoint) -> None:
    topic = sns.create_topic(Name=unique("confirm"))["TopicArn"]
    sns.subscribe(TopicArn=topic, Protocol="http", Endpoint=subscriber.url)
    ((_, confirmation),) = subscriber.wait_for("SubscriptionConfirmation")
    with pytest.raises(ClientError) as bad:
        sns.confirm_subscription(TopicArn=topic, Token="nope")
    assert bad.value.response["Error"]["Code"] == "InvalidParameter"
    arn = sns.confirm_subscription(TopicArn=topic, Token=confirmation["Token"])["SubscriptionArn"]
    assert arn.startswith(topic + ":")


# --- the outbox: email, email-json, SMS, mobile push ------------------------------------------------


def outbox(endpoint_url: str) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"{endpoint_url}/_overcast/sns/outbox", timeout=10) as response:
        messages: list[dict[str, Any]] = json.loads(response.read())["messages"]
        return messages


def wait_outbox(endpoint_url: str, match: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        found = [m for m in outbox(endpoint_url) if match(m)]
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError("not in the outbox")


def test_email_sms_and_push_land_in_the_outbox(sns: Any, endpoint: str) -> None:
    topic = sns.create_topic(Name=unique("mail"))["TopicArn"]
    address = f"{unique('u')}@example.com"
    sns.subscribe(TopicArn=topic, Protocol="email", Endpoint=address)
    confirmation = wait_outbox(
        endpoint, lambda m: m["Endpoint"] == address and m.get("Type") == "SubscriptionConfirmation"
    )
    sns.confirm_subscription(TopicArn=topic, Token=confirmation["Token"])
    sns.subscribe(TopicArn=topic, Protocol="sms", Endpoint="+15555550100")
    sns.publish(
        TopicArn=topic,
        Message=json.dumps({"default": "plain", "email": "for email"}),
        MessageStructure="json",
        Subject="Hi",
    )
    mail = wait_outbox(
        endpoint, lambda m: m["Endpoint"] == address and m.get("Protocol") == "email" and "MessageId" in m
    )
    assert mail["Message"] == "for email" and mail["Subject"] == "Hi"
    sms = wait_outbox(endpoint, lambda m: m["Endpoint"] == "+15555550100" and m.get("TopicArn") == topic)
    assert sms["Message"] == "plain"

    direct = sns.publish(PhoneNumber="+15555550199", Message="code 1234")
    assert (
        wait_outbox(endpoint, lambda m: m.get("MessageId") == direct["MessageId"])["Message"] == "code 1234"
    )

    app = sns.create_platform_application(
        Name=unique("app"), Platform="GCM", Attributes={"PlatformCredential": "secret"}
    )["PlatformApplicationArn"]
    device = sns.create_platform_endpoint(PlatformApplicationArn=app, Token="device-token")["EndpointArn"]
    assert (
        sns.create_platform_endpoint(PlatformApplicationArn=app, Token="device-token")["EndpointArn"]
        == device
    )
    pushed = sns.publish(TargetArn=device, Message="push!")
    assert (
        wait_outbox(endpoint, lambda m: m.get("MessageId") == pushed["MessageId"])["Token"] == "device-token"
    )
    sns.set_endpoint_attributes(EndpointArn=device, Attributes={"Enabled": "false"})
    with pytest.raises(ClientError) as disabled:
        sns.publish(TargetArn=device, Message="push!")
    assert disabled.value.response["Error"]["Code"] == "EndpointDisabled"
    assert [
        e["EndpointArn"]
        for e in sns.list_endpoints_by_platform_application(PlatformApplicationArn=app)["Endpoints"]
    ] == [device]


def test_sms_settings_answered(sns: Any) -> None:
    sns.set_sms_attributes(attributes={"DefaultSMSType": "Transactional"})
    assert sns.get_sms_attributes(attributes=["DefaultSMSType"])["attributes"] == {
        "DefaultSMSType": "Transactional"
    }
    assert sns.check_if_phone_number_is_opted_out(phoneNumber="+15555550100")["isOptedOut"] is False
    assert sns.list_phone_numbers_opted_out()["phoneNumbers"] == []
    sns.opt_in_phone_number(phoneNumber="+15555550100")
    assert sns.get_sms_sandbox_account_status()["IsInSandbox"] is False


# --- dead letters, cross-account, errors ------------------------------------------------------------


def test_dead_letter_queue_gets_undeliverable_messages(sns: Any, sqs: Any) -> None:
    topic = sns.create_topic(Name=unique("dlq"))["TopicArn"]
    dlq_url, dlq_arn = make_queue(sqs, unique("dead"))
    gone_url, gone_arn = make_queue(sqs, unique("gone"))
    sns.subscribe(
        TopicArn=topic,
        Protocol="sqs",
        Endpoint=gone_arn,
        Attributes={
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn}),
            "RawMessageDelivery": "true",
        },
    )
    sqs.delete_queue(QueueUrl=gone_url)
    sns.publish(TopicArn=topic, Message="nowhere to go")
    (dead,) = drain(sqs, dlq_url, 1)
    assert dead["Body"] == "nowhere to go"
    assert dead["MessageAttributes"]["TopicArn"]["StringValue"] == topic


def test_cross_account_queue_subscription(sns: Any, client_factory: ClientFactory) -> None:
    other_sqs = client_factory("sqs", aws_access_key_id="111111111111")
    other_sns = client_factory("sns", aws_access_key_id="111111111111")
    topic = sns.create_topic(Name=unique("shared"))["TopicArn"]
    url, arn = make_queue(other_sqs, unique("theirs"))
    assert ":111111111111:" in arn
    # the queue's owner subscribes it to our topic: confirmed at once, delivered as that account
    sub = other_sns.subscribe(
        TopicArn=topic, Protocol="sqs", Endpoint=arn, Attributes={"RawMessageDelivery": "true"}
    )
    assert sub["SubscriptionArn"].startswith(topic + ":")
    sns.publish(TopicArn=topic, Message="across accounts")
    assert [m["Body"] for m in drain(other_sqs, url, 1)] == ["across accounts"]


def error_of(call: Callable[[], Any]) -> tuple[str, str, int]:
    with pytest.raises(ClientError) as caught:
        call()
    error = caught.value.response["Error"]
    return error["Code"], error["Message"], caught.value.response["ResponseMetadata"]["HTTPStatusCode"]


def test_errors_as_aws_gives_them(sns: Any, sqs: Any) -> None:
    missing = "arn:aws:sns:us-east-1:000000000000:" + unique("missing")
    assert error_of(lambda: sns.publish(TopicArn=missing, Message="x")) == (
        "NotFound",
        "Topic does not exist",
        404,
    )
    assert error_of(lambda: sns.get_topic_attributes(TopicArn="bad")) == (
        "InvalidParameter",
        "Invalid parameter: TopicArn",
        400,
    )
    assert error_of(lambda: sns.create_topic(Name="bad name")) == (
        "InvalidParameter",
        "Invalid parameter: Topic Name",
        400,
    )
    topic = sns.create_topic(Name=unique("errors"))["TopicArn"]
    assert error_of(lambda: sns.publish(TopicArn=topic, Message="")) == (
        "InvalidParameter",
        "Invalid parameter: Empty message",
        400,
    )
    assert error_of(lambda: sns.publish(TopicArn=topic, Message="{}", MessageStructure="json"))[1] == (
        "Invalid parameter: Message Structure - No default entry in JSON message body"
    )
    _, arn = make_queue(sqs, unique("errq"))
    code, message, _ = error_of(
        lambda: sns.subscribe(
            TopicArn=topic,
            Protocol="sqs",
            Endpoint=arn,
            Attributes={"FilterPolicy": json.dumps({"a": [{"bogus": 1}]})},
        )
    )
    assert (code, message) == (
        "InvalidParameter",
        "Invalid parameter: Attributes Reason: FilterPolicy: Unrecognized match type bogus",
    )
    code, message, _ = error_of(
        lambda: sns.subscribe(
            TopicArn=topic,
            Protocol="sqs",
            Endpoint=arn,
            Attributes={"FilterPolicy": json.dumps({"a": {"b": ["c"]}})},
        )
    )
    assert (
        message
        == "Invalid parameter: Attributes Reason: Filter policy scope MessageAttributes does not support nested filter policy"
    )
    assert error_of(lambda: sns.subscribe(TopicArn=topic, Protocol="carrier-pigeon", Endpoint="x"))[1] == (
        "Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon"
    )
    assert (
        error_of(lambda: sns.publish_batch(TopicArn=topic, PublishBatchRequestEntries=[]))[0]
        == "EmptyBatchRequest"
    )
    entries = [{"Id": "same", "Message": "a"}, {"Id": "same", "Message": "b"}]
    assert error_of(lambda: sns.publish_batch(TopicArn=topic, PublishBatchRequestEntries=entries))[0] == (
        "BatchEntryIdsNotDistinct"
    )
    fifo = sns.create_topic(Name=unique("errf") + ".fifo", Attributes={"FifoTopic": "true"})["TopicArn"]
    assert error_of(lambda: sns.publish(TopicArn=fifo, Message="x"))[1] == (
        "Invalid parameter: The MessageGroupId parameter is required for FIFO topics"
    )
    sub_missing = topic + ":" + str(uuid.uuid4())
    assert error_of(lambda: sns.get_subscription_attributes(SubscriptionArn=sub_missing))[:2] == (
        "NotFound",
        "Subscription does not exist",
    )


def test_topics_attributes_tags_permissions_pagination(sns: Any, sqs: Any) -> None:
    name = unique("attrs")
    topic = sns.create_topic(
        Name=name, Attributes={"DisplayName": "Shown"}, Tags=[{"Key": "team", "Value": "a"}]
    )["TopicArn"]
    assert sns.create_topic(Name=name, Attributes={"DisplayName": "Shown"})["TopicArn"] == topic
    sns.set_topic_attributes(TopicArn=topic, AttributeName="DisplayName", AttributeValue="Other")
    assert sns.get_topic_attributes(TopicArn=topic)["Attributes"]["DisplayName"] == "Other"
    sns.tag_resource(ResourceArn=topic, Tags=[{"Key": "env", "Value": "dev"}])
    sns.untag_resource(ResourceArn=topic, TagKeys=["team"])
    assert sns.list_tags_for_resource(ResourceArn=topic)["Tags"] == [{"Key": "env", "Value": "dev"}]
    sns.add_permission(TopicArn=topic, Label="friends", AWSAccountId=["111111111111"], ActionName=["Publish"])
    policy = json.loads(sns.get_topic_attributes(TopicArn=topic)["Attributes"]["Policy"])
    assert [s["Sid"] for s in policy["Statement"]] == ["__default_statement_ID", "friends"]
    sns.remove_permission(TopicArn=topic, Label="friends")
    dpp = json.dumps({"Name": "p", "Description": "", "Version": "2021-06-01", "Statement": []})
    sns.put_data_protection_policy(ResourceArn=topic, DataProtectionPolicy=dpp)
    assert sns.get_data_protection_policy(ResourceArn=topic)["DataProtectionPolicy"] == dpp

    for i in range(105):
        sns.subscribe(TopicArn=topic, Protocol="email", Endpoint=f"user{i}@example.com")
    first = sns.list_subscriptions_by_topic(TopicArn=topic)
    assert len(first["Subscriptions"]) == 100 and first["NextToken"]
    second = sns.list_subscriptions_by_topic(TopicArn=topic, NextToken=first["NextToken"])
    assert len(second["Subscriptions"]) == 5 and "NextToken" not in second
    paginator = sns.get_paginator("list_subscriptions_by_topic")
    assert sum(len(p["Subscriptions"]) for p in paginator.paginate(TopicArn=topic)) == 105
    sns.delete_topic(TopicArn=topic)
    assert error_of(lambda: sns.get_topic_attributes(TopicArn=topic))[0] == "NotFound"
    sns.delete_topic(TopicArn=topic)  # idempotent, as AWS documents
    # its subscriptions went with it
    assert not [s for s in sns.list_subscriptions()["Subscriptions"] if s["TopicArn"] == topic]


def test_publish_batch(sns: Any, sqs: Any) -> None:
    topic = sns.create_topic(Name=unique("batch"))["TopicArn"]
    url, arn = make_queue(sqs, unique("batch"))
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn, Attributes={"RawMessageDelivery": "true"})
    entries = [{"Id": f"e{i}", "Message": f"batch {i}"} for i in range(10)]
    entries[3]["Message"] = ""
    result = sns.publish_batch(TopicArn=topic, PublishBatchRequestEntries=entries)
    assert len(result["Successful"]) == 9
    assert result["Failed"] == [
        {
            "Id": "e3",
            "Code": "InvalidParameter",
            "Message": "Invalid parameter: Empty message",
            "SenderFault": True,
        }
    ]
    assert sorted(m["Body"] for m in drain(sqs, url, 9)) == sorted(f"batch {i}" for i in range(10) if i != 3)


# --- durability ---------------------------------------------------------------------------------------


def test_acknowledged_publishes_survive_kill_9(launch: Callable[..., Any], tmp_path: Any) -> None:
    """Publishers run while the server is killed with SIGKILL (mid-publish and mid-fan-out); after a
    restart on the same data directory every acknowledged publish reaches both queues."""
    import os
    import signal
    from concurrent.futures import ThreadPoolExecutor

    import boto3
    from botocore.config import Config

    data_dir = tmp_path / "data"
    first = launch(data_dir)

    def client(service: str, url: str) -> Any:
        return boto3.session.Session().client(
            service,
            endpoint_url=url,
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",
            config=Config(retries={"max_attempts": 1, "mode": "standard"}),
        )

    sns_a, sqs_a = client("sns", first.url), client("sqs", first.url)
    topic = sns_a.create_topic(Name="durable")["TopicArn"]
    urls = []
    for name in ("durable-a", "durable-b"):
        url, arn = make_queue(sqs_a, name)
        sns_a.subscribe(
            TopicArn=topic, Protocol="sqs", Endpoint=arn, Attributes={"RawMessageDelivery": "true"}
        )
        urls.append(url)
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def publisher(worker: int) -> None:
        sns_w = client("sns", first.url)
        for i in range(100_000):
            if stop.is_set():
                return
            body = f"w{worker}-{i}"
            try:
                sns_w.publish(TopicArn=topic, Message=body)
            except Exception:
                return  # the server died: this one was never acknowledged
            with lock:
                acknowledged.append(body)

    with ThreadPoolExecutor(8) as pool:
        for w in range(8):
            pool.submit(publisher, w)
        deadline = time.monotonic() + 10
        while len(acknowledged) < 250 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(first.process.pid, signal.SIGKILL)
        assert first.process.wait(10) == -signal.SIGKILL
        stop.set()
    assert len(acknowledged) >= 250

    second = launch(data_dir)
    sqs_b = client("sqs", second.url)
    for url in urls:
        # a restart redelivers from the last committed position (at-least-once): duplicates come first
        received = receive_bodies(sqs_b, url.replace(first.url, second.url), set(acknowledged), wait_s=90)
        missing = set(acknowledged) - received
        assert not missing, f"{len(missing)} acknowledged publishes lost, e.g. {sorted(missing)[:5]}"


def test_firehose_subscription_delivers_to_s3(sns: Any, client_factory: ClientFactory) -> None:
    s3 = client_factory("s3")
    firehose = client_factory("firehose")
    bucket = unique("sns-firehose")
    s3.create_bucket(Bucket=bucket)
    stream = unique("from-sns")
    firehose.create_delivery_stream(
        DeliveryStreamName=stream,
        DeliveryStreamType="DirectPut",
        ExtendedS3DestinationConfiguration={
            "RoleARN": "arn:aws:iam::000000000000:role/firehose",
            "BucketARN": f"arn:aws:s3:::{bucket}",
            "Prefix": "sns/",
            "BufferingHints": {"IntervalInSeconds": 1, "SizeInMBs": 1},
        },
    )
    stream_arn = firehose.describe_delivery_stream(DeliveryStreamName=stream)["DeliveryStreamDescription"][
        "DeliveryStreamARN"
    ]
    topic = sns.create_topic(Name=unique("to-firehose"))["TopicArn"]
    assert error_of(lambda: sns.subscribe(TopicArn=topic, Protocol="firehose", Endpoint=stream_arn))[0] == (
        "InvalidParameter"
    )  # AWS requires the role SNS assumes
    sns.subscribe(
        TopicArn=topic,
        Protocol="firehose",
        Endpoint=stream_arn,
        Attributes={
            "SubscriptionRoleArn": "arn:aws:iam::000000000000:role/sns",
            "RawMessageDelivery": "true",
        },
    )
    sns.publish(TopicArn=topic, Message='{"n": 1}')
    sns.publish(TopicArn=topic, Message='{"n": 2}')
    deadline = time.monotonic() + WAIT_S
    data = b""
    while time.monotonic() < deadline:
        keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="sns/").get("Contents", [])]
        data = b"".join(s3.get_object(Bucket=bucket, Key=k)["Body"].read() for k in sorted(keys))
        if data.count(b'"n"') >= 2:
            break
        time.sleep(0.2)
    assert b'{"n": 1}' in data and b'{"n": 2}' in data


def test_cluster_sns_process_kill_9_loses_no_acknowledged_publish(
    server: Any, client_factory: ClientFactory
) -> None:
    """Cluster mode: SIGKILL the SNS process (publishes on Kafka) while publishers run, start it again;
    every acknowledged publish reaches both queues."""
    import os

    if os.environ.get("OVERCAST_E2E_TARGET", "embedded") != "cluster" or os.environ.get("OVERCAST_ENDPOINT"):
        pytest.skip("kills the SNS process of the cluster this session started")
    from concurrent.futures import ThreadPoolExecutor

    from overcast.cluster import Cluster

    cluster = Cluster(server.data_dir)
    sns, sqs = client_factory("sns"), client_factory("sqs")
    topic = sns.create_topic(Name=unique("crash"))["TopicArn"]
    urls = []
    for _ in range(2):
        url, arn = make_queue(sqs, unique("crash"))
        sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn, Attributes={"RawMessageDelivery": "true"})
        urls.append(url)
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def publisher(worker: int) -> None:
        client = client_factory("sns")
        for i in range(100_000):
            if stop.is_set():
                return
            body = f"w{worker}-{i}"
            try:
                client.publish(TopicArn=topic, Message=body)
            except Exception:
                time.sleep(0.05)  # SNS is down: not acknowledged, try the next one
                continue
            with lock:
                acknowledged.append(body)

    def wait_for(count: int) -> None:
        deadline = time.monotonic() + 30
        while len(acknowledged) < count and time.monotonic() < deadline:
            time.sleep(0.02)

    with ThreadPoolExecutor(4) as pool:
        for w in range(4):
            pool.submit(publisher, w)
        wait_for(200)
        cluster.kill("sns")
        cluster.start("sns")
        before = len(acknowledged)
        wait_for(before + 100)
        stop.set()
    assert len(acknowledged) >= 300
    for url in urls:
        received = {m["Body"] for m in drain(sqs, url, len(acknowledged), wait_s=60)}
        missing = set(acknowledged) - received
        assert not missing, f"{len(missing)} acknowledged publishes lost, e.g. {sorted(missing)[:5]}"
