"""X-Ray end to end: boto3 and the AWS CLI against a running Overcast, and two instrumented apps (the
plain OpenTelemetry SDK over OTLP, the AWS X-Ray SDK over the daemon's UDP port) whose traces show up."""

from __future__ import annotations

import json
import secrets
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from .conftest import REGION, free_port

AwsCli = Any
ClientFactory = Any


@pytest.fixture(scope="module")
def xray(client_factory: ClientFactory) -> Any:
    return client_factory("xray")


def trace_id() -> str:
    return f"1-{int(time.time()):08x}-{secrets.token_hex(12)}"


def web_and_api(tag: str) -> tuple[str, list[str]]:
    """A client → web → api trace, as two X-Ray SDK apps would send it."""
    tid, start = trace_id(), time.time() - 2
    call_id = secrets.token_hex(8)
    web = {
        "trace_id": tid,
        "id": secrets.token_hex(8),
        "name": f"web-{tag}",
        "start_time": start,
        "end_time": start + 0.5,
        "http": {"request": {"method": "GET", "url": f"https://shop/{tag}"}, "response": {"status": 200}},
        "annotations": {"tag": tag},
        "subsegments": [
            {
                "id": call_id,
                "name": f"api-{tag}",
                "namespace": "remote",
                "start_time": start + 0.1,
                "end_time": start + 0.3,
            }
        ],
    }
    api = {
        "trace_id": tid,
        "id": secrets.token_hex(8),
        "parent_id": call_id,
        "name": f"api-{tag}",
        "start_time": start + 0.1,
        "end_time": start + 0.3,
    }
    return tid, [json.dumps(web), json.dumps(api)]


def window() -> dict[str, datetime]:
    now = datetime.now(UTC)
    return {"StartTime": now - timedelta(minutes=10), "EndTime": now + timedelta(minutes=1)}


def summaries(xray: Any, expression: str) -> list[dict[str, Any]]:
    return list(xray.get_trace_summaries(**window(), FilterExpression=expression)["TraceSummaries"])


def test_put_query_and_graph_boto3(xray: Any) -> None:
    tag = uuid.uuid4().hex[:8]
    tid, docs = web_and_api(tag)
    bad = json.dumps(
        {"trace_id": "1-bad", "id": "0123456789abcdef", "name": "x", "start_time": 1, "end_time": 2}
    )
    result = xray.put_trace_segments(TraceSegmentDocuments=[*docs, bad])
    assert result["UnprocessedTraceSegments"] == [
        {
            "Id": "0123456789abcdef",
            "ErrorCode": "InvalidTraceId",
            "Message": "Invalid segment. ErrorCode: InvalidTraceId",
        }
    ]
    found = summaries(xray, f'annotation.tag = "{tag}" AND service("api-{tag}")')
    assert [s["Id"] for s in found] == [tid]
    assert found[0]["Http"]["HttpURL"] == f"https://shop/{tag}"
    traces = xray.batch_get_traces(TraceIds=[tid])["Traces"]
    assert {json.loads(s["Document"])["name"] for s in traces[0]["Segments"]} == {f"web-{tag}", f"api-{tag}"}
    services = xray.get_service_graph(**window())["Services"]
    refs = {s["ReferenceId"]: s for s in services}
    web = next(s for s in services if s.get("Name") == f"web-{tag}")
    assert any(
        s["Type"] == "client" and web["ReferenceId"] in [e["ReferenceId"] for e in s["Edges"]]
        for s in services
    )
    assert [refs[e["ReferenceId"]]["Name"] for e in web["Edges"]] == [f"api-{tag}"]


def test_errors_are_aws_shaped(xray: Any) -> None:
    with pytest.raises(ClientError) as err:
        xray.get_trace_summaries(**window(), FilterExpression="service(")
    assert err.value.response["Error"]["Code"] == "InvalidRequestException"
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    with pytest.raises(ClientError) as err:
        xray.get_group(GroupName=f"missing-{uuid.uuid4().hex[:8]}")
    assert err.value.response["Error"]["Code"] == "InvalidRequestException"


def test_sampling_groups_and_encryption(xray: Any) -> None:
    name = f"r{uuid.uuid4().hex[:8]}"
    rule = {
        "RuleName": name, "ResourceARN": "*", "Priority": 100, "FixedRate": 0.2, "ReservoirSize": 2,
        "ServiceName": "*", "ServiceType": "*", "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1,
    }  # fmt: skip
    xray.create_sampling_rule(SamplingRule=rule)
    names = [r["SamplingRule"]["RuleName"] for r in xray.get_sampling_rules()["SamplingRuleRecords"]]
    assert name in names and "Default" in names
    targets = xray.get_sampling_targets(
        SamplingStatisticsDocuments=[
            {
                "RuleName": name,
                "ClientID": "c" * 24,
                "Timestamp": datetime.now(UTC),
                "RequestCount": 5,
                "SampledCount": 2,
            }
        ]
    )["SamplingTargetDocuments"]
    assert targets[0]["ReservoirQuota"] == 2 and targets[0]["FixedRate"] == 0.2
    xray.delete_sampling_rule(RuleName=name)
    group = xray.create_group(GroupName=name, FilterExpression="fault")["Group"]
    assert xray.get_group(GroupARN=group["GroupARN"])["Group"]["FilterExpression"] == "fault"
    xray.delete_group(GroupName=name)
    assert xray.get_encryption_config()["EncryptionConfig"]["Type"] in ("NONE", "KMS")


def test_cli_get_trace_summaries_and_batch_get_traces(xray: Any, aws: AwsCli) -> None:
    tag = uuid.uuid4().hex[:8]
    tid, docs = web_and_api(tag)
    xray.put_trace_segments(TraceSegmentDocuments=docs)
    now = int(time.time())
    listed = aws(
        "xray", "get-trace-summaries", "--start-time", str(now - 600), "--end-time", str(now + 60),
        "--filter-expression", f'annotation.tag = "{tag}"',
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert [s["Id"] for s in json.loads(listed.stdout)["TraceSummaries"]] == [tid]
    got = aws("xray", "batch-get-traces", "--trace-ids", tid)
    assert got.returncode == 0, got.stderr
    assert len(json.loads(got.stdout)["Traces"][0]["Segments"]) == 2


# --- two instrumented apps against an Overcast of the test's own (ports chosen by the test) ---------


def otel_app(grpc_port: int, tag: str) -> str:
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    from opentelemetry.trace import SpanKind

    provider = TracerProvider(resource=Resource.create({"service.name": f"otel-{tag}"}))
    provider.add_span_processor(
        BatchSpanProcessor(OTLPSpanExporter(endpoint=f"http://127.0.0.1:{grpc_port}", insecure=True))
    )
    tracer = provider.get_tracer("e2e")
    with (
        tracer.start_as_current_span(
            "GET /home", kind=SpanKind.SERVER, attributes={"http.request.method": "GET"}
        ) as root,
        tracer.start_as_current_span(
            "GET",
            kind=SpanKind.CLIENT,
            attributes={"url.full": "http://catalog/items", "http.response.status_code": 200},
        ),
    ):
        pass
    provider.shutdown()  # flushes the batch
    hex_id = format(root.get_span_context().trace_id, "032x")
    return f"1-{hex_id[:8]}-{hex_id[8:]}"


def xray_sdk_app(daemon_port: int, tag: str) -> str:
    from aws_xray_sdk.core import xray_recorder
    from aws_xray_sdk.core.emitters.udp_emitter import UDPEmitter

    xray_recorder.emitter._socket.close()

    xray_recorder.emitter = UDPEmitter()  # the recorder is global: a fresh socket for this app
    xray_recorder.configure(
        daemon_address=f"127.0.0.1:{daemon_port}", sampling=False, context_missing="LOG_ERROR"
    )
    segment = xray_recorder.begin_segment(f"legacy-{tag}")
    with xray_recorder.in_subsegment("payments") as sub:
        sub.namespace = "remote"
    xray_recorder.end_segment()
    xray_recorder.emitter._socket.close()  # the SDK never closes its UDP socket
    return str(segment.trace_id)


def test_otel_sdk_and_xray_sdk_apps_show_up(launch: Callable[..., Any], tmp_path: Path) -> None:
    ports = {
        "OVERCAST_XRAY_OTLP_GRPC_PORT": free_port(),
        "OVERCAST_XRAY_OTLP_HTTP_PORT": free_port(),
        "OVERCAST_XRAY_DAEMON_PORT": free_port(),
    }
    server = launch(tmp_path / "data", env={k: str(v) for k, v in ports.items()})
    client = boto3.session.Session().client(
        "xray", endpoint_url=server.url, region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1}),
    )  # fmt: skip
    tag = uuid.uuid4().hex[:8]
    otel_trace = otel_app(ports["OVERCAST_XRAY_OTLP_GRPC_PORT"], tag)
    xray_trace = xray_sdk_app(ports["OVERCAST_XRAY_DAEMON_PORT"], tag)
    deadline = time.monotonic() + 10
    while True:  # the daemon path is UDP and batched: wait until both are stored
        found = {s["Id"] for s in client.get_trace_summaries(**window())["TraceSummaries"]}
        if {otel_trace, xray_trace} <= found or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert {otel_trace, xray_trace} <= found
    traces = {t["Id"]: t for t in client.batch_get_traces(TraceIds=[otel_trace, xray_trace])["Traces"]}
    assert json.loads(traces[otel_trace]["Segments"][0]["Document"])["name"] == f"otel-{tag}"
    assert json.loads(traces[xray_trace]["Segments"][0]["Document"])["name"] == f"legacy-{tag}"
    services = client.get_service_graph(**window())["Services"]
    refs = {s["ReferenceId"]: s for s in services}
    client_node = next(s for s in services if s["Type"] == "client")
    assert {f"otel-{tag}", f"legacy-{tag}"} <= {
        refs[e["ReferenceId"]].get("Name") for e in client_node["Edges"]
    }
    otel_node = next(s for s in services if s.get("Name") == f"otel-{tag}")
    assert [refs[e["ReferenceId"]]["Name"] for e in otel_node["Edges"]] == ["catalog"]
