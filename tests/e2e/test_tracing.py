"""Trace context through a real Overcast with boto3: X-Amzn-Trace-Id answered, AWSTraceHeader kept on messages."""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

import pytest

ClientFactory = Any
ROOT = "1-5759e988-bd862e3fe1be46a994272793"


def _fields(header: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in header.split(";") if "=" in part)


@pytest.fixture(scope="module")
def sqs(client_factory: ClientFactory) -> Any:
    return client_factory("sqs")


@pytest.fixture
def queue(sqs: Any) -> Any:
    url = sqs.create_queue(QueueName=f"trace-{uuid.uuid4().hex[:10]}")["QueueUrl"]
    yield url
    sqs.delete_queue(QueueUrl=url)


def test_explicit_aws_trace_header_round_trips(sqs: Any, queue: str) -> None:
    header = f"Root={ROOT};Parent=53995c3f42cd8ad8;Sampled=1"
    sent = sqs.send_message(
        QueueUrl=queue,
        MessageBody="traced",
        MessageSystemAttributes={"AWSTraceHeader": {"DataType": "String", "StringValue": header}},
    )
    assert "MD5OfMessageSystemAttributes" in sent
    [message] = sqs.receive_message(QueueUrl=queue, MessageSystemAttributeNames=["AWSTraceHeader"])[
        "Messages"
    ]
    assert message["Attributes"] == {"AWSTraceHeader": header}


def test_a_traced_send_stamps_the_message_and_answers_the_same_root(
    client_factory: ClientFactory, sqs: Any, queue: str
) -> None:
    traced = client_factory("sqs")
    incoming = f"Root={ROOT};Parent=53995c3f42cd8ad8;Sampled=1"

    def add_trace_header(request: Any, **_: Any) -> None:
        request.headers["X-Amzn-Trace-Id"] = incoming

    traced.meta.events.register("before-sign.sqs.SendMessage", add_trace_header)
    sent = traced.send_message(QueueUrl=queue, MessageBody="traced")
    answered = _fields(sent["ResponseMetadata"]["HTTPHeaders"]["x-amzn-trace-id"])
    assert answered["Root"] == ROOT
    [message] = sqs.receive_message(QueueUrl=queue, MessageSystemAttributeNames=["All"])["Messages"]
    stamped = _fields(message["Attributes"]["AWSTraceHeader"])
    assert stamped["Root"] == ROOT
    assert stamped["Parent"] == answered.get("Parent", stamped["Parent"])


def test_every_api_response_carries_a_trace_id(sqs: Any) -> None:
    response = sqs.list_queues()
    header = response["ResponseMetadata"]["HTTPHeaders"]["x-amzn-trace-id"]
    assert _fields(header)["Root"].startswith("1-")


def test_a_traced_sqs_call_shows_up_in_the_trace_graph(client_factory: ClientFactory, sqs: Any) -> None:
    """client → gateway → SQS → its store, as X-Ray draws it (issue #5's acceptance).

    In a cluster the gateway and SQS are separate processes (``overcast-gateway`` → ``overcast-sqs`` →
    ``redis``); embedded they are one process, so the chain is ``overcast`` → ``sqlite``.
    """
    root = f"1-{int(time.time()):08x}-{os.urandom(12).hex()}"

    def traced(request: Any, **_: Any) -> None:
        request.headers["X-Amzn-Trace-Id"] = f"Root={root};Parent={os.urandom(8).hex()};Sampled=1"

    sqs.meta.events.register("before-sign.sqs.SendMessage", traced)
    try:
        url = sqs.create_queue(QueueName=f"graph-{uuid.uuid4().hex[:10]}")["QueueUrl"]
        sqs.send_message(QueueUrl=url, MessageBody="traced")
    finally:
        sqs.meta.events.unregister("before-sign.sqs.SendMessage", traced)
    xray = client_factory("xray")
    expected = (["overcast-gateway", "overcast-sqs", "redis"], ["overcast", "sqlite"])
    deadline = time.monotonic() + 30  # each process exports its spans in batches, off the request path
    while (chain := _chain_from_client(xray.get_trace_graph(TraceIds=[root])["Services"])) not in expected:
        assert time.monotonic() < deadline, f"trace graph chain {chain}, expected one of {expected}"
        time.sleep(0.2)


def _chain_from_client(graph: list[dict[str, Any]]) -> list[str]:
    """Names along the graph from the client node, following edges while each node has one we follow:
    the first service edge, and from the SQS node its one database edge."""
    by_id = {s["ReferenceId"]: s for s in graph}
    node = next((s for s in graph if s.get("Type") == "client"), None)
    names: list[str] = []
    while node is not None:
        edges = [by_id[e["ReferenceId"]] for e in node.get("Edges", []) if e["ReferenceId"] in by_id]
        # the gateway also calls CloudTrail (its audit batches); the chain follows the SQS call
        node = next((n for n in edges if n.get("Name") != "overcast-cloudtrail"), None)
        if node is not None:
            names.append(str(node.get("Name")))
    return names
