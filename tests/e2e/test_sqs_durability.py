"""SQS durability: ``kill -9`` the embedded server after acknowledged sends, restart it on the same data
directory, and nothing acknowledged is lost — messages (bodies, attributes, MD5s), in-flight state,
FIFO order and sequence numbers, deduplication, queue attributes and tags, and a running redrive.

Runs only against servers it starts itself (the ``launch`` fixture skips when ``OVERCAST_ENDPOINT``
names an external server, which this test cannot kill).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

REGION = "us-east-1"
STANDARD_COUNT = 300  # 200 single sends + 10 batches of 10
IN_FLIGHT = 10


def sqs_client(url: str) -> Any:
    return boto3.session.Session().client(
        "sqs",
        endpoint_url=url,
        region_name=REGION,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def kill_9(server: Any) -> None:
    """SIGKILL this server's own process, by its PID (other servers may run on this machine)."""
    os.kill(server.process.pid, signal.SIGKILL)
    assert server.process.wait(10) == -signal.SIGKILL


def receive_all(sqs: Any, url: str, *, delete: bool = False, **extra: Any) -> list[dict[str, Any]]:
    """Everything receivable now, each hidden for 10 minutes so that none comes back twice (``delete``:
    deleted instead, as a FIFO queue blocks a group while one of its messages is in flight)."""
    out: list[dict[str, Any]] = []
    while got := sqs.receive_message(
        QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=600, MessageAttributeNames=["All"], **extra
    ).get("Messages"):
        out += got
        if delete:
            entries = [{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)]
            assert not sqs.delete_message_batch(QueueUrl=url, Entries=entries).get("Failed")
    return out


def attributes(sqs: Any, url: str) -> dict[str, str]:
    return dict(sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"])


def test_acknowledged_state_survives_kill_9(launch: Callable[..., Any], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    sqs = sqs_client(first.url)

    # --- a standard queue with settings and tags; every send acknowledged -------------------------
    url = sqs.create_queue(
        QueueName="durable",
        Attributes={
            "VisibilityTimeout": "45",
            "MessageRetentionPeriod": "86400",
            "MaximumMessageSize": "65536",
        },
        tags={"team": "core", "env": "test"},
    )["QueueUrl"]
    sqs.tag_queue(QueueUrl=url, Tags={"added": "later"})
    sent: dict[
        str, tuple[str, str, str | None]
    ] = {}  # id -> (body, MD5OfMessageBody, MD5OfMessageAttributes)
    for i in range(200):
        body = f"single {i} é ✓"
        out = sqs.send_message(
            QueueUrl=url,
            MessageBody=body,
            MessageAttributes={"n": {"DataType": "Number", "StringValue": str(i)}},
        )
        sent[out["MessageId"]] = (body, out["MD5OfMessageBody"], out["MD5OfMessageAttributes"])
    for b in range(10):
        entries: list[dict[str, Any]] = [{"Id": f"e{j}", "MessageBody": f"batch {b}-{j}"} for j in range(10)]
        entries[0]["MessageAttributes"] = {"bin": {"DataType": "Binary", "BinaryValue": bytes([b, 0, 255])}}
        out = sqs.send_message_batch(QueueUrl=url, Entries=entries)
        assert not out.get("Failed")
        for ok in out["Successful"]:
            body = entries[int(ok["Id"][1:])]["MessageBody"]
            sent[ok["MessageId"]] = (body, ok["MD5OfMessageBody"], ok.get("MD5OfMessageAttributes"))
    assert len(sent) == STANDARD_COUNT
    delayed = sqs.send_message(QueueUrl=url, MessageBody="delayed", DelaySeconds=900)["MessageId"]
    held = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=IN_FLIGHT, VisibilityTimeout=600)["Messages"]
    assert len(held) == IN_FLIGHT
    before = attributes(sqs, url)
    assert before["ApproximateNumberOfMessagesNotVisible"] == str(IN_FLIGHT)

    # --- a FIFO queue: order, sequence numbers and dedup records must survive ---------------------
    fifo = sqs.create_queue(
        QueueName="durable.fifo", Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"}
    )["QueueUrl"]
    fifo_sent: dict[str, list[tuple[str, str]]] = {"g0": [], "g1": [], "g2": []}  # group -> [(body, seq)]
    for i in range(30):
        group = f"g{i % 3}"
        out = sqs.send_message(QueueUrl=fifo, MessageBody=f"f{i}", MessageGroupId=group)
        fifo_sent[group].append((f"f{i}", out["SequenceNumber"]))
    last_sequence = max(seq for in_order in fifo_sent.values() for _, seq in in_order)

    # --- a redrive in progress (1 message a second) -----------------------------------------------
    dlq = sqs.create_queue(QueueName="durable-dlq")["QueueUrl"]
    dlq_arn = attributes(sqs, dlq)["QueueArn"]
    source = sqs.create_queue(
        QueueName="durable-src",
        Attributes={
            "VisibilityTimeout": "0",
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1}),
        },
    )["QueueUrl"]
    for i in range(3):
        sqs.send_message(QueueUrl=source, MessageBody=f"dead {i}")
    for _ in range(2):  # received once, then moved to the DLQ on the next receive
        while sqs.receive_message(QueueUrl=source, MaxNumberOfMessages=10).get("Messages"):
            pass
    sqs.start_message_move_task(SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=1)

    kill_9(first)

    second = launch(data_dir)
    sqs = sqs_client(second.url)

    # queue settings and tags
    after = attributes(sqs, url)
    for name in (
        "VisibilityTimeout",
        "MessageRetentionPeriod",
        "MaximumMessageSize",
        "QueueArn",
        "CreatedTimestamp",
    ):
        assert after[name] == before[name], name
    assert sqs.list_queue_tags(QueueUrl=url)["Tags"] == {"team": "core", "env": "test", "added": "later"}
    assert after["ApproximateNumberOfMessagesNotVisible"] == str(IN_FLIGHT)  # still hidden
    assert after["ApproximateNumberOfMessagesDelayed"] == "1"  # still delayed

    # every acknowledged message is there, once, with its body and MD5s
    got = receive_all(sqs, url)
    expected = set(sent) - {m["MessageId"] for m in held}
    assert len(got) == len(expected) and {m["MessageId"] for m in got} == expected
    for m in got:
        body, md5_body, md5_attributes = sent[m["MessageId"]]
        assert m["Body"] == body and m["MD5OfBody"] == md5_body == hashlib.md5(body.encode()).hexdigest()
        assert m.get("MD5OfMessageAttributes") == md5_attributes
    assert delayed not in {m["MessageId"] for m in got}

    # the in-flight messages' receipt handles still work after the restart
    for m in held[:5]:
        sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    for m in held[5:]:
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0)
    again = receive_all(sqs, url)
    assert {m["MessageId"] for m in again} == {m["MessageId"] for m in held[5:]}
    assert all(m["Body"] == sent[m["MessageId"]][0] for m in again)

    # FIFO: order within each group and sequence numbers as sent; dedup remembered; numbers not reused
    duplicate = sqs.send_message(QueueUrl=fifo, MessageBody="f0", MessageGroupId="g0")
    assert duplicate["SequenceNumber"] == fifo_sent["g0"][0][1]
    fresh = sqs.send_message(QueueUrl=fifo, MessageBody="after restart", MessageGroupId="g9")
    assert int(fresh["SequenceNumber"]) > int(last_sequence)
    received = receive_all(
        sqs, fifo, delete=True, MessageSystemAttributeNames=["MessageGroupId", "SequenceNumber"]
    )
    for group, in_order in fifo_sent.items():
        in_group = [m for m in received if m["Attributes"]["MessageGroupId"] == group]
        assert [(m["Body"], m["Attributes"]["SequenceNumber"]) for m in in_group] == in_order

    # the redrive resumed and finished
    deadline = time.monotonic() + 60  # 3 messages at 1/s; generous for a loaded CI machine
    while (task := sqs.list_message_move_tasks(SourceArn=dlq_arn)["Results"][0])["Status"] == "RUNNING":
        assert time.monotonic() < deadline, task
        time.sleep(0.1)
    # the kill lands right after the start, maybe mid-step: a step's move and its count are one write,
    # so the count is exact across the restart, and the messages move exactly once (checked next)
    assert task["Status"] == "COMPLETED" and task["ApproximateNumberOfMessagesMoved"] == 3
    assert sorted(m["Body"] for m in receive_all(sqs, source)) == ["dead 0", "dead 1", "dead 2"]
    assert second.stop() == 0
