"""``overcast cluster`` as a user runs it, and the topology it starts: replicas, failover, recovery."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cluster_helpers import client, gateway_statuses

from overcast.cluster import Cluster
from overcast.cluster.processes import start_ticks


def overcast(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "overcast", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def aws(endpoint: str, *args: str) -> Any:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    }
    done = subprocess.run(
        [str(Path(sys.executable).parent / "aws"), "--endpoint-url", endpoint, "--output", "json", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def metrics(cluster: Cluster, name: str) -> str:
    url = f"http://127.0.0.1:{cluster.get(name).health_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode())


def calls(text: str, operation: str) -> int:
    prefix = f'overcast_requests_total{{service="sqs",operation="{operation}",outcome="ok"}} '
    return sum(int(line[len(prefix) :]) for line in text.splitlines() if line.startswith(prefix))


def test_up_status_logs_down_with_the_aws_cli(tmp_path: Path) -> None:
    data_dir, port = tmp_path / "c", free_port()
    up = overcast("cluster", "up", "--data-dir", str(data_dir), "--port", str(port))
    try:
        assert up.returncode == 0, up.stderr + up.stdout
        assert f"http://127.0.0.1:{port}" in up.stdout
        endpoint = f"http://127.0.0.1:{port}"

        status = overcast("cluster", "status", "--data-dir", str(data_dir), "--json")
        assert status.returncode == 0, status.stdout
        rows = {row["name"]: row for row in json.loads(status.stdout)}
        services = {"sts", "sqs", "s3", "kinesis", "sns", "firehose", "cloudtrail", "xray"}
        assert set(rows) == {"redis", "kafka", "postgres", "gateway", *services}
        assert all(row["state"] == "healthy" and row["pid"] for row in rows.values())
        assert rows["gateway"]["services"] == dict.fromkeys(services, "remote")
        assert set(rows["xray"]["listeners"]) == {"otlp_grpc", "otlp_http", "daemon"}
        assert all(listening(port) for port in rows["xray"]["listeners"].values())
        table = overcast("cluster", "status", "--data-dir", str(data_dir)).stdout
        assert f"otlp_grpc={rows['xray']['listeners']['otlp_grpc']}" in table

        assert aws(endpoint, "sts", "get-caller-identity")["Account"] == "000000000000"
        url = aws(endpoint, "sqs", "create-queue", "--queue-name", "cli")["QueueUrl"]
        aws(endpoint, "sqs", "send-message", "--queue-url", url, "--message-body", "from the CLI")
        [message] = aws(endpoint, "sqs", "receive-message", "--queue-url", url)["Messages"]
        assert message["Body"] == "from the CLI"

        cluster = Cluster(data_dir)
        assert calls(metrics(cluster, "sqs"), "SendMessage") == 1
        with urllib.request.urlopen(f"http://127.0.0.1:{cluster.get('sqs').health_port}/ready") as r:
            assert r.status == 200

        logs = overcast("cluster", "logs", "sqs", "--data-dir", str(data_dir))
        assert '"service serving"' in logs.stdout and "Traceback" not in logs.stdout
    finally:
        down = overcast("cluster", "down", "--data-dir", str(data_dir))
    assert down.returncode == 0, down.stderr
    assert "stopped 12 processes" in down.stdout
    for proc in cluster.procs:  # by pid and kernel start time: nothing of ours is left
        assert start_ticks(proc.pid) != proc.start_ticks, f"{proc.name} still running"
        assert not listening(proc.port), f"{proc.name}'s port {proc.port} still open"
    assert overcast("cluster", "status", "--data-dir", str(data_dir)).returncode == 1
    Cluster(data_dir).down(purge=True)


def test_two_gateways_two_sqs_replicas_one_redis(cluster_factory: Any) -> None:
    cluster = cluster_factory(services=("sts", "sqs"), replicas={"sqs": 2}, gateways=2)
    first, second = (client(endpoint) for endpoint in cluster.endpoints)
    url = first.create_queue(QueueName="shared")["QueueUrl"]
    bodies = {f"m{i}" for i in range(20)}
    for i, body in enumerate(sorted(bodies)):
        (first if i % 2 else second).send_message(QueueUrl=url, MessageBody=body)
    # both SQS processes served calls, and both gateways see one queue: the state is only in Redis
    assert calls(metrics(cluster, "sqs"), "SendMessage") > 0
    assert calls(metrics(cluster, "sqs-2"), "SendMessage") > 0
    received = set()
    while len(received) < len(bodies):
        got = second.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1)
        for message in got.get("Messages", []):
            received.add(message["Body"])
            first.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    assert received == bodies

    # one replica down: the gateways use the other, without a single error (clients retry nothing)
    cluster.kill("sqs")
    for _ in range(10):
        first.send_message(QueueUrl=url, MessageBody="still served")
        second.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])

    # every replica down: ServiceUnavailable (503, retryable), then it just works again
    cluster.kill("sqs-2")
    with pytest.raises(ClientError) as caught:
        first.send_message(QueueUrl=url, MessageBody="nobody home")
    assert caught.value.response["Error"]["Code"] == "ServiceUnavailable"
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 503
    cluster.start("sqs-2")
    first.send_message(QueueUrl=url, MessageBody="back")
    assert (
        second.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])[
            "Attributes"
        ]["ApproximateNumberOfMessages"]
        == "11"
    )

    # session keys STS issued (in its own process) sign requests through either gateway
    creds = client(cluster.endpoints[0], "sts").get_session_token()["Credentials"]
    session = client(
        cluster.endpoints[1],
        "sts",
        key=creds["AccessKeyId"],
        secret=creds["SecretAccessKey"],
        token=creds["SessionToken"],
    )
    assert session.get_caller_identity()["Account"] == "000000000000"
    assert 500 not in gateway_statuses(cluster)


def test_up_twice_refuses_and_down_is_idempotent(cluster_factory: Any) -> None:
    cluster = cluster_factory(services=("sts",))
    again = overcast("cluster", "up", "--data-dir", str(cluster.data_dir), "--port", "0")
    assert again.returncode == 1 and "already running" in again.stderr
    stopped = cluster.down()
    assert stopped == ["gateway", "sts", "redis", "kafka", "postgres"]
    assert cluster.down() == []
    assert not any(p.alive() for p in cluster.procs)


def test_spans_of_every_process_reach_xray_and_so_does_the_daemon_port(cluster_factory: Any) -> None:
    """``overcast cluster`` points every process's OTLP exporter at X-Ray's free OTLP port, and X-Ray
    opens its daemon port on a free port too: both paths end in GetTraceSummaries."""
    cluster = cluster_factory(services=("sts", "xray"), extra_env={"OTEL_BSP_SCHEDULE_DELAY": "50"})
    xray_ports = cluster.get("xray").extra["listeners"]
    for name in ("gateway", "sts"):
        env = cluster.get(name).env
        assert env["OTEL_SDK_DISABLED"] == "false"
        assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == f"http://127.0.0.1:{xray_ports['otlp_grpc']}"
    assert "OTEL_EXPORTER_OTLP_ENDPOINT" not in cluster.get("xray").env  # its own spans stay in process

    sts, xray = client(cluster.endpoint, "sts"), client(cluster.endpoint, "xray")
    trace_header = f"Root=1-{int(time.time()):08x}-{uuid.uuid4().hex[:24]};Sampled=1"

    def sampled(request: Any, **_: Any) -> None:
        request.headers["X-Amzn-Trace-Id"] = trace_header

    sts.meta.events.register("before-sign.sts.*", sampled)
    sts.get_caller_identity()
    segment = {
        "name": "daemon-app",
        "id": uuid.uuid4().hex[:16],
        "trace_id": f"1-{int(time.time()):08x}-{uuid.uuid4().hex[:24]}",
        "start_time": time.time() - 0.1,
        "end_time": time.time(),
    }
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.sendto(
            b'{"format":"json","version":1}\n' + json.dumps(segment).encode(),
            ("127.0.0.1", xray_ports["daemon"]),
        )

    wanted = {"overcast-gateway", "overcast-sts", "daemon-app"}
    seen: set[str] = set()
    deadline = time.monotonic() + 20
    while not wanted <= seen and time.monotonic() < deadline:
        now = time.time()
        found = xray.get_trace_summaries(StartTime=now - 300, EndTime=now + 5)["TraceSummaries"]
        seen = {s["Name"] for summary in found for s in summary["ServiceIds"]}
        time.sleep(0.2)
    assert wanted <= seen


def test_down_stops_a_process_another_cluster_object_restarted(cluster_factory: Any) -> None:
    # the e2e kill tests restart a service through their own Cluster on the session's directory
    cluster = cluster_factory(services=("sts",))
    other = Cluster(cluster.data_dir)
    other.kill("sts")
    other.start("sts")
    restarted = other.get("sts").pid
    assert Path(f"/proc/{restarted}").exists()
    assert "sts" in cluster.down(grace=5)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{restarted}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{restarted}").exists()
