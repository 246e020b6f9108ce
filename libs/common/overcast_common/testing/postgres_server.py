"""A real, throwaway PostgreSQL for tests: free port on 127.0.0.1, its own temp dir, stopped after.

    with PostgresServer() as server:
        url = server.create_database()       # a fresh database: postgresql+asyncpg://...
        ...

One server per test process, shared by every test directory (session fixtures in several
conftests all get the same instance; it stops when the process exits)::

    @pytest.fixture(scope="session")
    def postgres_server() -> PostgresServer:
        return shared_postgres_server()

``initdb`` and ``postgres`` refuse to run as root, so when the tests run as root the server runs as
the ``postgres`` system user (the temp dir is chowned to it); otherwise as the current user.
Authentication is ``trust`` on loopback only. ``fsync``, ``synchronous_commit`` and
``full_page_writes`` are off: a crash of the test machine may lose the throwaway data, nothing else.

A missing PostgreSQL is an error, never a skip: ``make test`` installs Debian's ``postgresql`` and
a run that silently skipped the PostgreSQL adapter would prove nothing about it.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

from overcast_common.config import Settings

_START_TIMEOUT_S = 30.0
_SERVER_USER = "postgres"
_FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgresServerError(RuntimeError):
    pass


def find_postgres_bindir() -> Path:
    """Where ``initdb`` and ``postgres`` are: ``$OVERCAST_POSTGRES_BINDIR``, Debian's newest
    ``/usr/lib/postgresql/<v>/bin``, or ``$PATH``."""
    debian = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    )
    on_path = shutil.which("initdb")
    candidates = [os.environ.get("OVERCAST_POSTGRES_BINDIR"), *debian, on_path and str(Path(on_path).parent)]
    for candidate in candidates:
        if candidate and all(os.access(Path(candidate) / b, os.X_OK) for b in ("initdb", "postgres")):
            return Path(candidate)
    raise PostgresServerError(
        "PostgreSQL not found (looked at $OVERCAST_POSTGRES_BINDIR, /usr/lib/postgresql/*/bin, $PATH): "
        "install it (`apt-get install postgresql`; `make test` does it) - PostgreSQL tests never skip"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """One ``postgres`` process over a cluster made by ``initdb`` in a temp dir (or in ``data_dir``,
    kept across stops, when given). ``fast=False`` keeps PostgreSQL's durability settings."""

    def __init__(self, *, data_dir: Path | None = None, fast: bool = True) -> None:
        self.bindir = find_postgres_bindir()
        self.host = "127.0.0.1"
        self.port = 0
        self.user = "postgres"  # the superuser initdb creates (-U), whoever runs the server
        self.fast = fast
        self.started_in_s = 0.0
        """Seconds the last ``start()`` took (initdb included)."""
        self._given_dir = data_dir
        self._tmp: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._db_names = itertools.count(1)
        self._run_as = _SERVER_USER if os.geteuid() == 0 else None

    @property
    def base_dir(self) -> Path:
        if self._given_dir is not None:
            return self._given_dir
        if self._tmp is None:
            raise PostgresServerError("PostgreSQL not started")
        return self._tmp

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "pgdata"

    @property
    def log_path(self) -> Path:
        return self.base_dir / "postgres.log"

    def url(self, database: str = "postgres", driver: str = "asyncpg") -> str:
        """SQLAlchemy URL (``postgresql+asyncpg://…``); ``driver=""`` gives a plain libpq DSN."""
        scheme = f"postgresql+{driver}" if driver else "postgresql"
        return f"{scheme}://{self.user}@{self.host}:{self.port}/{database}"

    def start(self) -> PostgresServer:
        began = time.monotonic()
        if self._given_dir is None and self._tmp is None:
            self._tmp = Path(tempfile.mkdtemp(prefix="overcast-pg-"))
        self.base_dir.mkdir(parents=True, exist_ok=True)
        self._give_to_server_user(self.base_dir)
        if not (self.data_dir / "PG_VERSION").exists():
            self._initdb()
        for attempt in range(3):  # the free port may be taken between probing and binding
            if self.port == 0 or attempt > 0:
                self.port = free_port()
            try:
                self._spawn()
                break
            except PostgresServerError:
                self._terminate()
                if attempt == 2:
                    raise
        self.started_in_s = time.monotonic() - began
        return self

    def _give_to_server_user(self, path: Path) -> None:
        if self._run_as is None:
            return
        entry = pwd.getpwnam(self._run_as)
        os.chown(path, entry.pw_uid, entry.pw_gid)
        path.chmod(0o700)

    def _popen(self, args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        # Popen(user=...) drops privileges in the child itself: the pid we hold is the server's own,
        # so signals reach the postmaster directly (runuser/su would sit in between)
        extra: dict[str, object] = {}
        if self._run_as is not None:
            entry = pwd.getpwnam(self._run_as)
            extra = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
        env = {**os.environ, "LC_ALL": "C", "HOME": str(self.base_dir)}
        return subprocess.Popen(args, env=env, cwd=self.base_dir, **extra, **kwargs)  # type: ignore[call-overload,no-any-return]

    def _initdb(self) -> None:
        args = [
            str(self.bindir / "initdb"),
            "-D", str(self.data_dir),
            "-U", self.user,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-instructions",
        ]  # fmt: skip
        if self.fast:
            args.append("--no-sync")
        proc = self._popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out, _ = proc.communicate(timeout=120)
        if proc.returncode != 0:
            raise PostgresServerError(f"initdb failed ({proc.returncode}): {out.decode(errors='replace')}")

    def _spawn(self) -> None:
        settings = [
            f"port={self.port}",
            f"listen_addresses={self.host}",
            "unix_socket_directories=",  # TCP only: no socket dir to own
            "max_connections=200",
            "shared_buffers=32MB",
            "logging_collector=off",
            *(_FAST if self.fast else ()),
        ]
        args = [str(self.bindir / "postgres"), "-D", str(self.data_dir)]
        for setting in settings:
            args += ["-c", setting]
        with self.log_path.open("ab") as log:  # the child inherits the descriptor: owner irrelevant
            self._proc = self._popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise PostgresServerError(f"postgres exited with {self._proc.returncode}: {self._log_tail()}")
            if self.accepts_connections():
                return
            time.sleep(0.01)
        raise PostgresServerError(
            f"postgres did not accept connections in {_START_TIMEOUT_S}s: {self._log_tail()}"
        )

    def accepts_connections(self) -> bool:
        """True once a startup message gets ``AuthenticationOk`` (not "the database system is
        starting up"): what ``pg_isready`` checks, without a process per probe."""
        params = b"user\0" + self.user.encode() + b"\0database\0postgres\0\0"
        startup = struct.pack("!ii", 8 + len(params), 196608) + params  # protocol 3.0
        try:
            with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                sock.sendall(startup)
                ready = sock.recv(1) == b"R"
                sock.sendall(b"X\0\0\0\4")  # Terminate
                return ready
        except OSError:
            return False

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL with ``psql`` (autocommit, so ``CREATE DATABASE`` works); returns its output."""
        args = [
            str(self.bindir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
            "-h", self.host, "-p", str(self.port), "-U", self.user, "-d", database, "-c", sql,
        ]  # fmt: skip
        done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise PostgresServerError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    def create_database(self, name: str | None = None) -> str:
        """A new empty database (``t<n>`` when unnamed); returns its SQLAlchemy asyncpg URL."""
        name = name or f"t{os.getpid()}_{next(self._db_names)}"
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def stop(self) -> None:
        self._terminate()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGINT)  # "fast" shutdown: roll back sessions, checkpoint, exit
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGQUIT)  # "immediate"
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:]
        except OSError:
            return "(no log)"

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


_shared: PostgresServer | None = None
_shared_lock = threading.Lock()


def shared_postgres_server() -> PostgresServer:
    """This process's one test server, started on first use and stopped at exit: session fixtures
    in different test directories share it, so a test run pays the start-up (initdb) once."""
    global _shared
    with _shared_lock:
        if _shared is None:
            server = PostgresServer().start()
            atexit.register(server.stop)
            _shared = server
        return _shared


SQL_BACKENDS = ("sqlite", "postgresql")
"""The params of a store test that runs against both SQL dialects."""


def sql_settings(backend: str, data_dir: Path) -> Settings:
    """Settings for one backend of a store test: SQLite under ``data_dir`` (the embedded default), or a
    fresh database on this process's PostgreSQL test server (cluster mode)."""
    if backend == "sqlite":
        return Settings(data_dir=data_dir)
    return Settings(data_dir=data_dir, database_url=shared_postgres_server().create_database())
