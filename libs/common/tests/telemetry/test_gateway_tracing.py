"""The gateway's span per API call, through the real pipeline and the real (embedded) SQS service."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from overcast_common.config import Settings
from overcast_common.telemetry.tracecontext import parse_amzn_trace_id
from overcast_gateway.pipeline import Gateway
from overcast_gateway.services import ServiceRegistry

ROOT = "1-5759e988-bd862e3fe1be46a994272793"


@pytest.fixture
async def client(tmp_path: Path, spans: InMemorySpanExporter) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(data_dir=tmp_path, services=("sqs",))
    gateway = Gateway(settings, ServiceRegistry(settings))
    await gateway.start()
    try:
        transport = httpx.ASGITransport(app=gateway)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost:4566") as c:
            yield c
    finally:
        await gateway.stop()


async def sqs(
    client: httpx.AsyncClient, operation: str, body: dict[str, Any], **headers: str
) -> httpx.Response:
    request = AWSRequest(
        "POST",
        "http://localhost:4566/",
        data=json.dumps(body).encode(),
        headers={
            "X-Amz-Target": f"AmazonSQS.{operation}",
            "Content-Type": "application/x-amz-json-1.0",
            **headers,
        },
    )
    SigV4Auth(Credentials("test", "test"), "sqs", "eu-west-1").add_auth(request)
    return await client.post("/", content=request.body, headers=dict(request.headers.items()))


async def test_a_traced_send_continues_the_trace_and_stamps_the_message(
    client: httpx.AsyncClient, spans: InMemorySpanExporter
) -> None:
    url = (await sqs(client, "CreateQueue", {"QueueName": "traced"})).json()["QueueUrl"]
    spans.clear()
    incoming = f"Root={ROOT};Parent=53995c3f42cd8ad8;Sampled=1"
    sent = await sqs(
        client, "SendMessage", {"QueueUrl": url, "MessageBody": "hi"}, **{"X-Amzn-Trace-Id": incoming}
    )
    assert sent.status_code == 200, sent.text
    returned = parse_amzn_trace_id(sent.headers["x-amzn-trace-id"])
    assert returned.root == ROOT and returned.sampled is True

    by_name = {s.name: s for s in spans.get_finished_spans()}
    api = by_name["SQS.SendMessage"]
    assert api.kind == SpanKind.SERVER
    assert api.context.trace_id == 0x5759E988BD862E3FE1BE46A994272793
    assert api.parent is not None and api.parent.span_id == 0x53995C3F42CD8AD8
    assert returned.parent == f"{api.context.span_id:016x}"
    attributes = dict(api.attributes or {})
    assert attributes["rpc.system"] == "aws-api"
    assert attributes["rpc.service"] == "SQS" and attributes["rpc.method"] == "SendMessage"
    assert attributes["aws.account_id"] == "000000000000" and attributes["aws.region"] == "eu-west-1"
    assert attributes["http.status_code"] == 200
    assert attributes["aws.request_id"] == sent.headers["x-amzn-requestid"]
    store = by_name["sqlite send"]
    assert store.kind == SpanKind.CLIENT and store.parent is not None
    assert store.parent.span_id == api.context.span_id
    assert dict(store.attributes or {})["db.system"] == "sqlite"

    got = await sqs(
        client, "ReceiveMessage", {"QueueUrl": url, "MessageSystemAttributeNames": ["AWSTraceHeader"]}
    )
    [message] = got.json()["Messages"]
    stamped = parse_amzn_trace_id(message["Attributes"]["AWSTraceHeader"])
    assert stamped.root == ROOT and stamped.parent == returned.parent  # the consumer continues the trace


async def test_an_untraced_call_gets_a_trace_id_but_no_aws_trace_header(
    client: httpx.AsyncClient, spans: InMemorySpanExporter
) -> None:
    url = (await sqs(client, "CreateQueue", {"QueueName": "plain"})).json()["QueueUrl"]
    sent = await sqs(client, "SendMessage", {"QueueUrl": url, "MessageBody": "hi"})
    header = parse_amzn_trace_id(sent.headers["x-amzn-trace-id"])
    api = next(s for s in spans.get_finished_spans() if s.name == "SQS.SendMessage")
    assert header.trace_id == api.context.trace_id and header.sampled is True
    got = await sqs(client, "ReceiveMessage", {"QueueUrl": url, "MessageSystemAttributeNames": ["All"]})
    assert "AWSTraceHeader" not in got.json()["Messages"][0]["Attributes"]


async def test_errors_carry_the_aws_error_code(
    client: httpx.AsyncClient, spans: InMemorySpanExporter
) -> None:
    r = await sqs(client, "GetQueueUrl", {"QueueName": "missing"})
    assert r.status_code == 400 and "x-amzn-trace-id" in r.headers
    [api] = [s for s in spans.get_finished_spans() if s.kind == SpanKind.SERVER]
    attributes = dict(api.attributes or {})
    assert attributes["http.status_code"] == 400
    assert attributes["aws.error_code"] == "QueueDoesNotExist"
    assert api.name == "SQS.GetQueueUrl"


async def test_internal_routes_are_not_traced(client: httpx.AsyncClient, spans: InMemorySpanExporter) -> None:
    r = await client.get("/_overcast/health")
    assert r.status_code == 200 and "x-amzn-trace-id" not in r.headers
    assert spans.get_finished_spans() == ()


async def test_the_gateway_sets_tracing_up_once_and_stops_it(tmp_path: Path) -> None:
    from overcast_common.telemetry import active, configured

    assert not configured()
    settings = Settings(data_dir=tmp_path, services=())
    gateway = Gateway(settings, ServiceRegistry(settings))
    await gateway.start()
    try:
        assert active().enabled and active().service_name == "overcast"
    finally:
        await gateway.stop()
    assert not active().enabled and not configured()
