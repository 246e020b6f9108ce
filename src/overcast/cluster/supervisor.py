"""``overcast cluster``: start, inspect and stop on loopback what the Helm chart runs.

Start order: the backends (Redis, Kafka, PostgreSQL), then every service process, then the gateway(s),
each group waited for until healthy. Ports are chosen free at ``up`` (except the gateway's, 4566 unless
told otherwise). A port chosen free can be taken before the process binds it (another cluster on the
same machine chose it too): a process that exits while starting because one of its ports is taken gets
other ports and starts again, and so do the processes of its group that were told its old ports.
Everything about the running cluster is in ``<data dir>/cluster.json`` (pids with their kernel start
times, ports, commands, environments), so ``status``, ``logs`` and ``down`` work from any shell, and
tests can kill and restart one process. Every process writes to ``<data dir>/logs/<name>.log``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from overcast.cluster import backends
from overcast.cluster.env import (
    GATEWAY,
    OTLP_LISTENER,
    SERVICE_LISTENERS,
    XRAY,
    Backends,
    Shared,
    is_partitioned,
    service_environment,
)
from overcast.cluster.processes import Proc, http_json

STATE_FILE = "cluster.json"
START_TIMEOUT = 60.0
STOP_GRACE = 10.0
PORT_ATTEMPTS = 5
"""Starts of one group while its processes lose ports chosen free to someone else."""


class ClusterError(RuntimeError):
    pass


@dataclass
class ClusterConfig:
    data_dir: Path
    port: int = 4566
    """The (first) gateway's port; 0 picks a free one."""
    services: Sequence[str] = field(default_factory=lambda: _installed_services())
    replicas: Mapping[str, int] = field(default_factory=dict)
    """Processes per service (default 1): replicas share the backends, the gateway spreads calls; the
    replicas of a partitioned service (S3, Kinesis, SNS, Firehose) each own a share of its keys, on a data
    directory of their own (``overcast_common.dispatch.partitioned``, ``docs/deploy.md``)."""
    gateways: int = 1
    log_level: str = "INFO"
    tracing: bool = True
    """OpenTelemetry in every process, spans to the X-Ray service (when it runs), as the chart does."""
    extra_env: Mapping[str, str] = field(default_factory=dict)
    """Added to every Overcast process's environment (tests: e.g. ``OVERCAST_SQS_STRICT_TIMING=0``)."""


def _installed_services() -> tuple[str, ...]:
    from overcast_common.config import installed_services

    return installed_services()


class Cluster:
    """The cluster whose state lives under ``data_dir`` (started or not)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self.procs: list[Proc] = []
        self._reserved: list[int] = []
        """Ports handed to processes not launched yet."""
        self.pick_ports: Callable[[int], list[int]] = free_ports
        """Where free ports come from (tests hand out a taken one)."""
        self.started_in_s = 0.0
        state = self.state_path
        if state.exists():
            data = json.loads(state.read_text())
            self.procs = [Proc.from_json(p) for p in data["processes"]]
            self.started_in_s = float(data.get("started_in_s", 0.0))

    @property
    def state_path(self) -> Path:
        return self.data_dir / STATE_FILE

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def endpoint(self) -> str:
        """URL of the first gateway."""
        return f"http://127.0.0.1:{self.get(GATEWAY).port}"

    @property
    def endpoints(self) -> list[str]:
        return [f"http://127.0.0.1:{p.port}" for p in self.procs if p.kind == "gateway"]

    def get(self, name: str) -> Proc:
        for proc in self.procs:
            if proc.name == name:
                return proc
        raise ClusterError(f"no process named {name!r} (have: {', '.join(p.name for p in self.procs)})")

    def running(self) -> list[Proc]:
        return [p for p in self.procs if p.alive()]

    # --- up ----------------------------------------------------------------------------------------

    def up(self, config: ClusterConfig) -> float:
        """Start everything and wait until it is healthy; returns the seconds it took."""
        began = time.monotonic()
        if self.running():
            raise ClusterError(
                f"a cluster is already running from {self.data_dir} "
                f"({', '.join(p.name for p in self.running())}); run `overcast cluster down` first"
            )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(exist_ok=True)
        if config.port and not _port_free(config.port):
            raise ClusterError(f"port {config.port} is taken; choose another with --port")
        self.procs, self._reserved = [], []
        try:
            self._start_backends()
            self._start_services(config)
            self._start_gateways(config)
        except BaseException:
            self.down()
            raise
        self.started_in_s = time.monotonic() - began
        self._save()
        return self.started_in_s

    def _start_backends(self) -> None:
        redis_port, kafka_port, pg_port = self._free_ports(3)
        redis = backends.redis_process(self.data_dir, redis_port, self.log_dir)
        kafka = backends.kafka_process(kafka_port, self.log_dir)
        self._launch(redis, kafka)  # while initdb runs
        _, fresh = backends.prepare_postgres(self.data_dir)
        postgres = backends.postgres_process(self.data_dir, pg_port, self.log_dir)
        self._launch(postgres)

        def configure() -> None:
            made = (
                backends.redis_process(self.data_dir, redis.port, self.log_dir),
                backends.kafka_process(kafka.port, self.log_dir),
                backends.postgres_process(self.data_dir, postgres.port, self.log_dir),
            )
            for proc, fresh_proc in zip((redis, kafka, postgres), made, strict=True):
                proc.command, proc.env = fresh_proc.command, fresh_proc.env

        self._wait_moving_ports([redis, kafka, postgres], configure)
        if fresh:
            backends.create_database(postgres.port)

    def backends(self) -> Backends:
        return Backends(
            redis_url=f"redis://127.0.0.1:{self.get('redis').port}/0",
            database_url=backends.database_url(self.get("postgres").port),
            kafka_bootstrap_servers=f"127.0.0.1:{self.get('kafka').port}",
        )

    def _shared(self, config: ClusterConfig) -> Shared:
        return Shared(
            data_dir=self.data_dir / "state",
            log_level=config.log_level,
            tracing=config.tracing,
            extra=config.extra_env,
        )

    def xray_endpoint(self, shared: Shared) -> str:
        """``http://127.0.0.1:<port>`` of the (first) X-Ray process's OTLP listener, or ``""``."""
        for proc in self.procs:
            if proc.name == XRAY:
                return f"http://127.0.0.1:{proc.extra['listeners'][OTLP_LISTENER[shared.otlp_protocol]]}"
        return ""

    def _start_services(self, config: ClusterConfig) -> None:
        shared, found = self._shared(config), self.backends()
        started = []
        for service in config.services:
            for i in range(1, max(1, config.replicas.get(service, 1)) + 1):
                name = service if i == 1 else f"{service}-{i}"
                port, health_port = self._free_ports(2)
                # X-Ray's ports first: every other process's env names its OTLP listener
                listeners = {
                    listener: self._free_listener_port(spec.protocols)
                    for listener, spec in SERVICE_LISTENERS.get(service, {}).items()
                }
                proc = Proc(
                    name,
                    "service",
                    [sys.executable, "-m", f"overcast_{service}"],
                    {},
                    port,
                    "service",
                    str(self.log_dir / f"{name}.log"),
                    health_port=health_port,
                    extra={"service": service, "listeners": listeners, "replica": i - 1},
                )
                started.append(proc)
                self._reserved.extend([port, health_port, *listeners.values()])

        def configure() -> None:
            self._configure_services(started, shared, found)

        configure()
        self._launch(*started)
        self._wait_moving_ports(started, configure)

    def _configure_services(self, started: Sequence[Proc], shared: Shared, found: Backends) -> None:
        """Every service's environment, from the ports the services have now."""
        xray = next((p for p in started if p.name == XRAY), None)
        xray_endpoint = (
            f"http://127.0.0.1:{xray.extra['listeners'][OTLP_LISTENER[shared.otlp_protocol]]}" if xray else ""
        )
        addresses: dict[str, list[str]] = {}
        known = {id(p) for p in started}
        for proc in [*(p for p in self.procs if id(p) not in known), *started]:
            if proc.kind == "service":
                addresses.setdefault(proc.extra["service"], []).append(f"127.0.0.1:{proc.port}")
        for proc in started:
            env = service_environment(
                proc.extra["service"],
                shared=shared,
                backends=found,
                port=proc.port,
                health_port=proc.health_port,
                service_addresses={service: ",".join(at) for service, at in addresses.items()},
                listener_ports=proc.extra["listeners"],
                xray_endpoint=xray_endpoint,
                replica_index=(
                    proc.extra["replica"]
                    if is_partitioned(proc.extra["service"], len(addresses[proc.extra["service"]]))
                    else None
                ),
            )
            proc.env = _python_env(env)

    def service_addresses(self) -> dict[str, str]:
        addresses: dict[str, list[str]] = {}
        for proc in self.procs:
            if proc.kind == "service":
                addresses.setdefault(proc.extra["service"], []).append(f"127.0.0.1:{proc.port}")
        return {service: ",".join(found) for service, found in addresses.items()}

    def _start_gateways(self, config: ClusterConfig) -> None:
        shared, found, addresses = self._shared(config), self.backends(), self.service_addresses()
        started = []
        for i in range(1, max(1, config.gateways) + 1):
            name = GATEWAY if i == 1 else f"{GATEWAY}-{i}"
            port = config.port if i == 1 and config.port else self._free_ports(1)[0]
            command = [sys.executable, "-m", "overcast_gateway"]
            log = str(self.log_dir / f"{name}.log")
            started.append(Proc(name, "gateway", command, {}, port, "gateway", log))

        def configure() -> None:
            for proc in started:
                env = service_environment(
                    GATEWAY,
                    shared=shared,
                    backends=found,
                    port=proc.port,
                    service_addresses=addresses,
                    xray_endpoint=self.xray_endpoint(shared),
                )
                proc.env = _python_env(env)

        configure()
        self._launch(*started)
        # a port the user chose stays: up() checked it was free, and they asked for that one
        fixed = {GATEWAY} if config.port else set()
        self._wait_moving_ports(started, configure, fixed=fixed)

    def _taken(self) -> set[int]:
        taken = {p.port for p in self.procs} | {p.health_port for p in self.procs} | set(self._reserved)
        for proc in self.procs:
            taken.update(proc.extra.get("listeners", {}).values())
        return taken

    def _free_ports(self, count: int) -> list[int]:
        taken = self._taken()
        while True:
            ports = self.pick_ports(count)
            if not taken.intersection(ports):
                return ports

    def _free_listener_port(self, protocols: Sequence[str]) -> int:
        """A port free for every protocol in ``protocols`` (X-Ray's daemon port is UDP and TCP)."""
        taken = self._taken()
        while True:
            (port,) = self.pick_ports(1)
            if port not in taken and ("UDP" not in protocols or _port_free(port, udp=True)):
                return port

    def _launch(self, *procs: Proc) -> None:
        for proc in procs:
            proc.spawn()
            self.procs.append(proc)
        self._save()

    def _wait(
        self,
        procs: Sequence[Proc],
        timeout: float = START_TIMEOUT,
        *,
        movable: Callable[[Proc], bool] | None = None,
    ) -> list[Proc]:
        """Wait until each of ``procs`` is healthy, or has exited and is ``movable`` (to other ports);
        returns those that exited."""
        deadline = time.monotonic() + timeout
        waiting, exited = list(procs), []
        while waiting:
            for proc in list(waiting):
                if proc.healthy(timeout=0.5):
                    waiting.remove(proc)
                elif not proc.alive():
                    if movable is None or not movable(proc):
                        raise ClusterError(f"{proc.name} exited while starting:\n{self.tail(proc.name)}")
                    waiting.remove(proc)
                    exited.append(proc)
            if waiting and time.monotonic() > deadline:
                names = ", ".join(p.name for p in waiting)
                raise ClusterError(f"not healthy after {timeout:.0f}s: {names}\n{self.tail(waiting[0].name)}")
            if waiting:
                time.sleep(0.02)
        return exited

    def _wait_moving_ports(
        self, group: Sequence[Proc], configure: Callable[[], None], *, fixed: set[str] | None = None
    ) -> None:
        """Wait for ``group`` (launched); a process that exited because another took one of its ports
        gets new ports, and it starts again along with every process of the group whose command or
        environment ``configure`` changes (those that were told its old ports)."""
        for attempt in range(1, PORT_ATTEMPTS + 1):
            movable = partial(_lost_a_port, fixed=fixed or set()) if attempt < PORT_ATTEMPTS else None
            exited = self._wait(group, movable=movable)
            if not exited:
                return
            before = {id(p): (list(p.command), dict(p.env)) for p in group}
            for proc in exited:
                taken = _ports_of(proc)
                self._move(proc)
                _note(proc, f"port(s) {taken} taken by another process; starting again on {_ports_of(proc)}")
            configure()
            moved = {id(p) for p in exited}
            again = [p for p in group if id(p) in moved or before[id(p)] != (p.command, p.env)]
            for proc in again:
                proc.stop()
            for proc in again:
                proc.spawn()
            self._save()

    def _move(self, proc: Proc) -> None:
        """Give ``proc`` new free ports (every one it has)."""
        proc.port = self._free_ports(1)[0]
        if proc.health_port:
            proc.health_port = self._free_ports(1)[0]
        listeners = proc.extra.get("listeners") or {}
        for listener in listeners:
            spec = SERVICE_LISTENERS[proc.extra["service"]][listener]
            listeners[listener] = self._free_listener_port(spec.protocols)

    # --- one process (tests, operators) --------------------------------------------------------------

    def kill(self, name: str) -> None:
        """SIGKILL one process, as a crash would."""
        self.get(name).kill()

    def stop(self, name: str, grace: float = STOP_GRACE) -> None:
        self.get(name).stop(grace)

    def start(self, name: str, *, wait: bool = True) -> None:
        """Start one stopped process again, same command, port and environment."""
        proc = self.get(name)
        if proc.alive():
            raise ClusterError(f"{name} is running (pid {proc.pid})")
        proc.spawn()
        self._save()
        if wait:
            self._wait([proc])

    # --- down, status, logs ----------------------------------------------------------------------------

    def down(self, grace: float = STOP_GRACE, *, purge: bool = False) -> list[str]:
        """Stop every process this cluster started (gateways, services, then backends); returns their names.

        ``purge``: also delete all its state (the data directory and the PostgreSQL cluster)."""
        order = {"gateway": 0, "service": 1, "backend": 2}
        stopped = []
        # another ``Cluster`` on the same directory (a test, ``overcast cluster`` in another shell) may have
        # restarted a process since this one read the state: the saved pids are the newest
        known = {p.pid for p in self.procs}
        procs = self.procs + [p for p in self._saved_procs() if p.pid not in known]
        for proc in sorted(procs, key=lambda p: order[p.kind]):
            if proc.alive():
                proc.stop(grace)
                stopped.append(proc.name)
        if self.state_path.exists():
            self.state_path.unlink()
        if purge:
            shutil.rmtree(backends.postgres_base(self.data_dir), ignore_errors=True)
            shutil.rmtree(self.data_dir, ignore_errors=True)
        return stopped

    def status(self) -> list[dict[str, Any]]:
        rows = []
        for proc in self.procs:
            alive = proc.alive()
            row: dict[str, Any] = {
                "name": proc.name,
                "kind": proc.kind,
                "pid": proc.pid if alive else None,
                "port": proc.port,
                "health_port": proc.health_port or None,
                "listeners": dict(proc.extra.get("listeners") or {}) or None,
                "state": "stopped" if not alive else "healthy" if proc.healthy() else "unhealthy",
            }
            if alive and proc.kind == "gateway":
                health = http_json(f"http://127.0.0.1:{proc.port}/_overcast/health")
                row["services"] = health.get("services") if health else None
            rows.append(row)
        return rows

    def tail(self, name: str, lines: int = 30) -> str:
        path = Path(self.get(name).log)
        if not path.exists():
            return "(no log)"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def logs(self, name: str | None = None, *, follow: bool = False, out: TextIO = sys.stdout) -> None:
        procs = [self.get(name)] if name else self.procs
        if not procs:
            raise ClusterError(f"no cluster in {self.data_dir}")
        prefix = len(procs) > 1
        positions: dict[str, int] = {}
        for proc in procs:
            for line in _read_new(Path(proc.log), positions):
                out.write(f"{proc.name:>10} | {line}" if prefix else line)
        out.flush()
        while follow:
            time.sleep(0.25)
            for proc in procs:
                for line in _read_new(Path(proc.log), positions):
                    out.write(f"{proc.name:>10} | {line}" if prefix else line)
            out.flush()

    def _saved_procs(self) -> list[Proc]:
        try:
            return [Proc.from_json(p) for p in json.loads(self.state_path.read_text())["processes"]]
        except (OSError, ValueError, KeyError):
            return []

    def _save(self) -> None:
        data = {"started_in_s": self.started_in_s, "processes": [p.to_json() for p in self.procs]}
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2))
        tmp.chmod(0o600)  # holds the root secret, as the chart's Secret does
        os.replace(tmp, self.state_path)


def _read_new(path: Path, positions: dict[str, int]) -> Iterator[str]:
    key = str(path)
    try:
        with path.open(errors="replace") as f:
            f.seek(positions.get(key, 0))
            data = f.read()
            positions[key] = f.tell()
    except OSError:
        return
    yield from data.splitlines(keepends=True)


def _python_env(env: Mapping[str, str]) -> dict[str, str]:
    # PYTHONPATH too: every process must import the code `overcast cluster` itself runs (a checkout on it)
    base = {k: os.environ[k] for k in ("PATH", "LANG", "TZ", "HOME", "PYTHONPATH") if k in os.environ}
    return {**base, "PYTHONUNBUFFERED": "1", **env}


def free_ports(count: int) -> list[int]:
    """``count`` distinct free ports on 127.0.0.1 (held open together, so they differ)."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _port_free(port: int, *, udp: bool = False, ignore_time_wait: bool = False) -> bool:
    """Whether ``port`` on 127.0.0.1 can be bound (TCP, or ``udp``). ``ignore_time_wait``: SO_REUSEADDR, so
    connections of a process that exited, in TIME_WAIT, do not count as taking the port."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM if udp else socket.SOCK_STREAM) as s:
        if ignore_time_wait:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _ports_of(proc: Proc) -> list[int]:
    listeners = proc.extra.get("listeners") or {}
    return [proc.port, *([proc.health_port] if proc.health_port else []), *listeners.values()]


def _lost_a_port(proc: Proc, *, fixed: set[str]) -> bool:
    """Whether something else now listens on one of the ports of ``proc`` (which has exited), and the
    process is not one whose ports are ``fixed``."""
    if proc.name in fixed:
        return False
    udp = set()
    for listener, port in (proc.extra.get("listeners") or {}).items():
        if "UDP" in SERVICE_LISTENERS[proc.extra["service"]][listener].protocols:
            udp.add(port)
    return any(not _port_free(port, ignore_time_wait=True) for port in _ports_of(proc)) or any(
        not _port_free(port, udp=True) for port in udp
    )


def _note(proc: Proc, message: str) -> None:
    with open(proc.log, "a") as log:
        log.write(f"--- overcast cluster: {message}\n")
