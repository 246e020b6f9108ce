"""One supervised process: how it is started, recognised again later, probed and stopped.

A process is remembered by pid *and* its kernel start time (``/proc/<pid>/stat``), so a pid the kernel
has since handed to someone else is never signalled. Processes are stopped by pid only, never by name:
other Overcast servers may run on the same machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import signal
import socket
import struct
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

Kind = Literal["backend", "service", "gateway"]
Probe = Literal["redis", "postgres", "tcp", "service", "gateway"]


@dataclass
class Proc:
    name: str
    """``redis``, ``kafka``, ``postgres``, ``sts``, ``sqs``, ``sqs-2``, ``gateway``, ``gateway-2``..."""
    kind: Kind
    command: list[str]
    env: dict[str, str]
    port: int
    probe: Probe
    log: str
    health_port: int = 0
    run_as: str | None = None
    """A system user to run as (PostgreSQL refuses to run as root)."""
    cwd: str | None = None
    pid: int = 0
    start_ticks: int = 0
    """The kernel's start time of ``pid`` (clock ticks since boot)."""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Proc:
        return cls(**data)

    # --- life cycle --------------------------------------------------------------------------------

    def spawn(self) -> None:
        extra: dict[str, Any] = {}
        if self.run_as is not None and os.geteuid() == 0:
            # Popen(user=...) drops privileges in the child itself: the pid we keep is the server's own
            entry = pwd.getpwnam(self.run_as)
            extra = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
        Path(self.log).parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            log.write(f"--- overcast cluster: starting {self.name}: {' '.join(self.command)}\n".encode())
            log.flush()
            child = subprocess.Popen(
                self.command,
                env=self.env,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # outlives `overcast cluster up`; Ctrl-C in its terminal stays there
                **extra,
            )
        self.pid = child.pid
        self.start_ticks = start_ticks(child.pid) or 0
        child.returncode = 0  # the pid is tracked here; stop Popen from warning about it at exit

    def alive(self) -> bool:
        if self.pid <= 0:
            return False
        reap(self.pid)
        ticks = start_ticks(self.pid)
        return ticks is not None and ticks == self.start_ticks

    def stop(self, grace: float = 10.0) -> None:
        """SIGTERM (PostgreSQL: SIGINT, its fast shutdown), then SIGKILL after ``grace`` seconds."""
        first = signal.SIGINT if self.probe == "postgres" else signal.SIGTERM
        if not self.alive():
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, first)
        deadline = time.monotonic() + grace
        while self.alive():
            if time.monotonic() > deadline:
                self.kill()
                return
            time.sleep(0.02)

    def kill(self) -> None:
        """SIGKILL and wait until it is gone."""
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.01)

    # --- health ------------------------------------------------------------------------------------

    def healthy(self, timeout: float = 1.0) -> bool:
        """Answers its probe, on a port it listens on itself: one that failed to bind a port someone else
        holds (another cluster's process) must not pass for started on their answer while it exits."""
        if not self.alive():
            return False
        probed = self.health_port if self.probe == "service" else self.port
        if listens_on(self.pid, probed) is False:
            return False
        if self.probe == "redis":
            return _redis_ping(self.port, timeout)
        if self.probe == "postgres":
            return _postgres_ready(self.port, str(self.extra.get("user", "postgres")), timeout)
        if self.probe == "tcp":
            return _tcp_open(self.port, timeout)
        if self.probe == "service":
            return _http_ok(f"http://127.0.0.1:{self.health_port}/ready", timeout)
        return _http_ok(f"http://127.0.0.1:{self.port}/_overcast/health", timeout)


def start_ticks(pid: int) -> int | None:
    """Field 22 of ``/proc/<pid>/stat``, or None when there is no such (living) process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # the command name may contain spaces and parens
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[19])


def listens_on(pid: int, port: int) -> bool | None:
    """Whether process ``pid`` holds a listening TCP socket on ``port``; None when its descriptors cannot
    be read (another user's process, without root)."""
    wanted, read = set(), False
    for table in ("tcp", "tcp6"):
        try:
            rows = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        read = True
        for row in rows:
            fields = row.split()  # sl local_address rem_address st ... inode
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                wanted.add(f"socket:[{fields[9]}]")
    if not read:
        return None
    if not wanted:
        return False
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except PermissionError:
        return None
    except OSError:
        return False
    for fd in fds:
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/{pid}/fd/{fd}") in wanted:
                return True
    return False


def reap(pid: int) -> None:
    """Collect ``pid``'s exit status if it is our child (processes started in this Python), so it
    does not linger as a zombie; a no-op for anyone else's."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def _tcp_open(port: int, timeout: float) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _redis_ping(port: int, timeout: float) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


def _postgres_ready(port: int, user: str, timeout: float) -> bool:
    # a startup message answered by AuthenticationOk ("R"), not "the database system is starting up"
    params = b"user\0" + user.encode() + b"\0database\0postgres\0\0"
    startup = struct.pack("!ii", 8 + len(params), 196608) + params
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(startup)
            ready = sock.recv(1) == b"R"
            sock.sendall(b"X\0\0\0\4")
            return ready
    except OSError:
        return False


def _http_ok(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status) == 200
    except urllib.error.HTTPError as error:
        error.close()  # its socket (a 503 while starting), else a ResourceWarning at some later collection
        return False
    except (OSError, urllib.error.URLError, ValueError):
        return False


def http_json(url: str, timeout: float = 2.0) -> dict[str, Any] | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body: dict[str, Any] = json.loads(response.read())
            return body
    except urllib.error.HTTPError as error:
        error.close()
        return None
    except (OSError, urllib.error.URLError, ValueError):
        return None
