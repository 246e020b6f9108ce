"""End-to-end harness: real clients (boto3, the AWS CLI) against a real Overcast endpoint.

The endpoint is ``OVERCAST_ENDPOINT`` when set (any Overcast: embedded, ``overcast cluster up``, a
Helm install). Otherwise each test session starts its own Overcast with a fresh data directory:
``python -m overcast serve`` on a free port (embedded mode, the default), or, with
``OVERCAST_E2E_TARGET=cluster``, the whole cluster topology (``overcast.cluster``: Redis, Kafka,
PostgreSQL, one process per service, the gateway), and stops it at the end.

Tests that start servers of their own (``launch``) run in both modes: only an external endpoint skips
them.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config

ACCOUNT = "000000000000"
REGION = "us-east-1"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0

CLI_CANDIDATES = {
    "awscli-v1": Path(sys.executable).parent / "aws",  # awscli from PyPI, in the venv
    "awscli-v2": Path("/usr/bin/aws"),  # Debian's package awscli (CLI v2)
}


# --- an embedded server, started and stopped like a user would -----------------------------------


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes] | None
    data_dir: Path | None
    log_path: Path | None

    def stop(self) -> int:
        return stop_server(self)

    def log_tail(self, lines: int = 40) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def health(url: str, timeout: float = 2.0) -> dict[str, Any] | None:
    try:
        with urllib.request.urlopen(f"{url}/_overcast/health", timeout=timeout) as r:
            body: dict[str, Any] = json.loads(r.read())
            return body
    except urllib.error.HTTPError as error:
        error.close()  # its socket, else a ResourceWarning in whichever test collects it
        return None
    except (OSError, urllib.error.URLError, ValueError):
        return None


def wait_healthy(url: str, deadline: float, process: subprocess.Popen[bytes] | None = None) -> dict[str, Any]:
    """Poll health until it answers or ``deadline`` (a ``time.monotonic()`` value) passes."""
    while True:
        body = health(url, timeout=1.0)
        if body is not None:
            return body
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"overcast exited with {process.returncode} before answering health")
        if time.monotonic() > deadline:
            raise TimeoutError(f"overcast at {url} not healthy in time")
        time.sleep(0.02)


def start_server(
    data_dir: Path, log_path: Path, *, port: int | None = None, env: dict[str, str] | None = None
) -> Server:
    """``python -m overcast serve`` in a subprocess, healthy when this returns."""
    for _attempt in range(3):  # a free port can be taken between probing and binding
        chosen = port or free_port()
        url = f"http://127.0.0.1:{chosen}"
        with log_path.open("ab") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "overcast",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(chosen),
                    "--data-dir",
                    str(data_dir),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**_server_env(), **(env or {})},
            )
        try:
            wait_healthy(url, time.monotonic() + START_TIMEOUT, process)
            return Server(url, process, data_dir, log_path)
        except RuntimeError as exc:
            log_text = log_path.read_text(errors="replace")
            if port is not None or "address already in use" not in log_text.lower():
                raise RuntimeError(f"overcast did not start:\n{log_text[-3000:]}") from exc
        except TimeoutError:
            process.kill()
            raise
    raise RuntimeError("no free port found for overcast")


def stop_server(server: Server) -> int:
    """SIGTERM, as Ctrl-C or Kubernetes would; returns the exit code."""
    assert server.process is not None
    server.process.send_signal(signal.SIGTERM)
    try:
        return server.process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
        raise


def _server_env() -> dict[str, str]:
    # the server's own settings come from the test, not from whoever runs the suite
    env = {k: v for k, v in os.environ.items() if not k.startswith("OVERCAST_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    given = os.environ.get("OVERCAST_ENDPOINT")
    if given:
        url = given.rstrip("/")
        wait_healthy(url, time.monotonic() + START_TIMEOUT)
        yield Server(url, None, None, None)
        return
    root = tmp_path_factory.mktemp("overcast")
    target = os.environ.get("OVERCAST_E2E_TARGET", "embedded").strip().lower()
    if target == "cluster":
        yield from _cluster(root / "cluster")
        return
    if target != "embedded":
        raise pytest.UsageError(f"OVERCAST_E2E_TARGET must be embedded or cluster, got {target!r}")
    srv = start_server(root / "data", root / "server.log")
    try:
        yield srv
    finally:
        stop_server(srv)


def _cluster(data_dir: Path) -> Iterator[Server]:
    """``overcast cluster up`` for the session; everything it started is stopped and deleted after."""
    from overcast.cluster import Cluster, ClusterConfig, ClusterError

    cluster = Cluster(data_dir)
    try:
        try:
            cluster.up(ClusterConfig(data_dir, port=0))
        except ClusterError as first:
            # ports are chosen free, then bound by each process: a parallel worker's cluster can take
            # one in between. `up` already stopped what it started; one more try with fresh ports.
            print(f"overcast cluster up failed, retrying once: {first}", file=sys.stderr)
            cluster.up(ClusterConfig(data_dir, port=0))
        yield Server(cluster.endpoint, None, data_dir, data_dir / "logs" / "gateway.log")
    finally:
        cluster.down(purge=True)


@pytest.fixture(scope="session")
def embedded_only() -> None:
    """Skip tests that start their own servers when the suite targets a given endpoint."""
    if os.environ.get("OVERCAST_ENDPOINT"):
        pytest.skip("starts its own embedded server; OVERCAST_ENDPOINT is set")


@pytest.fixture
def launch(tmp_path: Path, embedded_only: None) -> Iterator[Callable[..., Server]]:
    """``launch(data_dir, env={...})`` starts a server of the test's own; stopped after the test."""
    started: list[Server] = []

    def run(data_dir: Path, env: dict[str, str] | None = None) -> Server:
        srv = start_server(data_dir, tmp_path / "server.log", env=env)
        started.append(srv)
        return srv

    yield run
    for srv in started:
        if srv.process is not None and srv.process.poll() is None:
            srv.stop()


@pytest.fixture(scope="session")
def endpoint(server: Server) -> str:
    return server.url


# --- clients -------------------------------------------------------------------------------------


ClientFactory = Callable[..., Any]


@pytest.fixture(scope="session")
def client_factory(endpoint: str) -> ClientFactory:
    """``client_factory("sts", aws_secret_access_key="wrong")``: a boto3 client for the endpoint."""

    def make(service: str, **overrides: Any) -> Any:
        kwargs: dict[str, Any] = {
            "endpoint_url": endpoint,
            "region_name": REGION,
            "aws_access_key_id": "test",
            "aws_secret_access_key": "test",
            "config": Config(retries={"max_attempts": 1, "mode": "standard"}),
        }
        kwargs.update(overrides)
        return boto3.session.Session().client(service, **kwargs)

    return make


@pytest.fixture(scope="session")
def sts(client_factory: ClientFactory) -> Any:
    return client_factory("sts")


@dataclass
class AwsCli:
    """Runs one AWS CLI binary against the endpoint, with credentials only from the environment."""

    name: str
    binary: Path
    endpoint: str
    home: Path

    def __call__(
        self, *args: str, access_key: str = "test", secret_key: str = "test", **env: str
    ) -> subprocess.CompletedProcess[str]:
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            "AWS_DEFAULT_REGION": REGION,
            "AWS_CONFIG_FILE": str(self.home / "config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(self.home / "credentials"),
            "AWS_PAGER": "",
            "AWS_MAX_ATTEMPTS": "1",
            **env,
        }
        return subprocess.run(
            [str(self.binary), "--endpoint-url", self.endpoint, "--output", "json", *args],
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
            check=False,
        )


@pytest.fixture(scope="session", params=list(CLI_CANDIDATES))
def aws(request: pytest.FixtureRequest, endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> AwsCli:
    if not CLI_CANDIDATES[request.param].exists():  # never a silent skip: `make test` installs both
        pytest.fail(f"{CLI_CANDIDATES[request.param]} is missing ({request.param}); `make test` installs it")
    return AwsCli(request.param, CLI_CANDIDATES[request.param], endpoint, tmp_path_factory.mktemp("aws-home"))
