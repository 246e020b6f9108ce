"""A real ``redis-server`` for tests: random free port on 127.0.0.1, its own temp dir, stopped after.

    with RedisServer() as server:          # or RedisServer(appendonly=True) for durability tests
        client = redis.asyncio.Redis.from_url(server.url)
        ...
        server.restart(kill=True)          # kill -9 and start again on the same port and data dir

In a pytest fixture::

    @pytest.fixture(scope="session")
    def redis_server() -> Iterator[RedisServer]:
        with RedisServer() as server:
            yield server

A missing ``redis-server`` binary is an error, never a skip: CI installs it (``make test``) and a
test run that silently skips the Redis adapter would prove nothing about it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from overcast_common.testing.parent_death import stop_with_this_process

DEFAULT_BINARY = "/usr/bin/redis-server"
_START_TIMEOUT_S = 10.0


class RedisServerError(RuntimeError):
    pass


def find_redis_server() -> str:
    """The ``redis-server`` executable: ``$OVERCAST_REDIS_SERVER``, Debian's path, or ``$PATH``."""
    for candidate in (os.environ.get("OVERCAST_REDIS_SERVER"), DEFAULT_BINARY, shutil.which("redis-server")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise RedisServerError(
        "redis-server not found (looked at $OVERCAST_REDIS_SERVER, /usr/bin/redis-server, $PATH): "
        "install it (`apt-get install redis-server`; `make test` does it) - Redis tests never skip"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """One ``redis-server`` process. ``appendonly=True`` turns on the AOF (``appendfsync`` as given)
    so data survives ``restart(kill=True)``; otherwise nothing is persisted (``--save ""``)."""

    def __init__(self, *, appendonly: bool = False, appendfsync: str = "everysec") -> None:
        self.binary = find_redis_server()
        self.appendonly = appendonly
        self.appendfsync = appendfsync
        self.host = "127.0.0.1"
        self.port = 0
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    @property
    def data_dir(self) -> Path:
        if self._tmp is None:
            raise RedisServerError("redis-server not started")
        return Path(self._tmp.name)

    def start(self) -> RedisServer:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="overcast-redis-")
        for attempt in range(3):  # the free port may be taken between probing and binding
            if self.port == 0 or attempt > 0:
                self.port = free_port()
            try:
                self._spawn()
                return self
            except RedisServerError:
                self.stop(keep_data=True)
                if attempt == 2:
                    raise
        return self

    def _spawn(self) -> None:
        args = [
            self.binary,
            "--bind", self.host,
            "--port", str(self.port),
            "--dir", str(self.data_dir),
            "--save", "",
            "--appendonly", "yes" if self.appendonly else "no",
            "--appendfsync", self.appendfsync,
            "--daemonize", "no",
            "--protected-mode", "no",
            "--logfile", str(self.data_dir / "redis.log"),
        ]  # fmt: skip
        self._proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            preexec_fn=stop_with_this_process(),
        )
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RedisServerError(
                    f"redis-server exited with {self._proc.returncode}: {self._log_tail()}"
                )
            if self.ping():
                return
            time.sleep(0.005)
        raise RedisServerError(
            f"redis-server did not answer PING within {_START_TIMEOUT_S}s: {self._log_tail()}"
        )

    def ping(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def restart(self, *, kill: bool = False) -> None:
        """Stop (``kill=True``: SIGKILL, no shutdown save) and start again, same port and data dir."""
        self._terminate(signal.SIGKILL if kill else signal.SIGTERM)
        self._spawn()

    def stop(self, *, keep_data: bool = False) -> None:
        self._terminate(signal.SIGTERM)
        if not keep_data and self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _terminate(self, sig: signal.Signals) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(sig)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def _log_tail(self) -> str:
        try:
            return (self.data_dir / "redis.log").read_text(errors="replace")[-2000:]
        except OSError:
            return "(no log)"

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
