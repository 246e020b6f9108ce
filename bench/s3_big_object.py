"""A 1 GiB object up and down through the gateway, and what it does to the server's memory.

Starts Overcast (``python -m overcast serve``, embedded; or ``--mode cluster``: ``overcast cluster`` with
STS and S3 on loopback), then moves one 1 GiB file through it with boto3 (single PUT / single GET, and
``upload_file`` / ``download_file``: multipart, 8 MiB parts, 10 threads) and with the AWS CLI
(``aws s3 cp``), checking every download's SHA-256. A sampler thread reads the server processes' RSS
(``/proc/<pid>/status`` VmRSS) every 20 ms; each phase reports the RSS before it and its peak growth
over that. Prints a markdown table (for docs/performance.md); nothing is asserted.

    .venv/bin/python bench/s3_big_object.py                    # embedded, 1 GiB
    .venv/bin/python bench/s3_big_object.py --mode cluster     # gateway and S3 processes measured apart
    .venv/bin/python bench/s3_big_object.py --size-mib 256 --phases boto3-put,boto3-get
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config

REPO = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
BUCKET = "big-object-bench"
PHASES = ("boto3-put", "boto3-get", "boto3-multipart-up", "boto3-multipart-down", "cli-cp-up", "cli-cp-down")


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Sampler:
    """RSS of each watched process, sampled in a thread; ``peak`` since the last ``reset``."""

    pids: dict[str, int]
    interval: float = 0.02
    peak: dict[str, int] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        self.reset()
        threading.Thread(target=self._run, daemon=True).start()

    def now(self) -> dict[str, int]:
        return {name: rss_kib(pid) for name, pid in self.pids.items()}

    def reset(self) -> dict[str, int]:
        with self._lock:
            current = self.now()
            self.peak = dict(current)
            return current

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            sample = self.now()
            with self._lock:
                for name, value in sample.items():
                    self.peak[name] = max(self.peak.get(name, 0), value)

    def stop(self) -> None:
        self._stop.set()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_healthy(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_overcast/health", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} never became healthy")


class Embedded:
    def __init__(self, root: Path) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("OVERCAST_")}
        self.log = (root / "server.log").open("wb")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "overcast",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--data-dir",
                str(root / "data"),
            ],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )
        wait_healthy(self.url)
        self.pids = {"server": self.proc.pid}

    def close(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


class ClusterMode:
    def __init__(self, root: Path) -> None:
        from overcast.cluster import Cluster, ClusterConfig

        self.cluster = Cluster(root / "cluster")
        self.cluster.up(ClusterConfig(root / "cluster", port=0, services=("sts", "s3"), tracing=False))
        self.url = self.cluster.endpoint
        self.pids = {p.name: p.pid for p in self.cluster.procs if p.kind in ("gateway", "service")}

    def close(self) -> None:
        self.cluster.down(purge=True)


def make_source(path: Path, size_mib: int) -> str:
    digest = hashlib.sha256()
    with path.open("wb") as f:
        for _ in range(size_mib):
            block = os.urandom(MIB)
            digest.update(block)
            f.write(block)
    return digest.hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(4 * MIB):
            digest.update(block)
    return digest.hexdigest()


def aws_cli(url: str, home: Path, *args: str) -> None:
    binary = Path(sys.executable).parent / "aws"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": str(home / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(home / "credentials"),
    }
    subprocess.run([str(binary), "--endpoint-url", url, *args], env=env, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mode", choices=("embedded", "cluster"), default="embedded")
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument(
        "--phases", default=",".join(PHASES), help=f"comma-separated subset of {','.join(PHASES)}"
    )
    parser.add_argument("--workdir", help="where the source file and server data go (default: a temp dir)")
    args = parser.parse_args()
    phases = [p for p in args.phases.split(",") if p]
    unknown = set(phases) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")

    root = Path(args.workdir or tempfile.mkdtemp(prefix="overcast-big-"))
    root.mkdir(parents=True, exist_ok=True)
    source, back = root / "source.bin", root / "back.bin"
    print(f"writing a {args.size_mib} MiB source file in {root} ...", file=sys.stderr)
    digest = make_source(source, args.size_mib)
    server: Embedded | ClusterMode = Embedded(root) if args.mode == "embedded" else ClusterMode(root)
    sampler = Sampler(server.pids)
    sampler.start()
    s3 = boto3.session.Session().client(
        "s3",
        endpoint_url=server.url,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1}, max_pool_connections=16),
    )
    transfer = TransferConfig(multipart_threshold=8 * MIB, multipart_chunksize=8 * MIB, max_concurrency=10)
    home = root / "aws-home"
    home.mkdir(exist_ok=True)

    def get_single() -> None:
        body = s3.get_object(Bucket=BUCKET, Key="single")["Body"]
        with back.open("wb") as f:
            for chunk in body.iter_chunks(MIB):
                f.write(chunk)

    def put_single() -> None:
        with source.open("rb") as f:
            s3.put_object(Bucket=BUCKET, Key="single", Body=f)

    work: dict[str, tuple[Callable[[], Any], bool]] = {
        "boto3-put": (put_single, False),
        "boto3-get": (get_single, True),
        "boto3-multipart-up": (lambda: s3.upload_file(str(source), BUCKET, "multi", Config=transfer), False),
        "boto3-multipart-down": (lambda: s3.download_file(BUCKET, "multi", str(back), Config=transfer), True),
        "cli-cp-up": (
            lambda: aws_cli(server.url, home, "s3", "cp", "--quiet", str(source), f"s3://{BUCKET}/cli"),
            False,
        ),
        "cli-cp-down": (
            lambda: aws_cli(server.url, home, "s3", "cp", "--quiet", f"s3://{BUCKET}/cli", str(back)),
            True,
        ),
    }
    rows = []
    try:
        s3.create_bucket(Bucket=BUCKET)
        start_rss = sampler.now()
        for phase in phases:
            run, downloads = work[phase]
            time.sleep(0.5)  # let the previous phase's garbage go
            before = sampler.reset()
            began = time.monotonic()
            run()
            seconds = time.monotonic() - began
            peak, after = dict(sampler.peak), sampler.now()
            verified = ""
            if downloads:
                verified = (
                    "ok"
                    if back.stat().st_size == args.size_mib * MIB and sha256_file(back) == digest
                    else "MISMATCH"
                )
                back.unlink()
            for name in server.pids:
                rows.append(
                    (phase, name, seconds, args.size_mib / seconds, before[name] / 1024,
                     (peak[name] - before[name]) / 1024, (after[name] - start_rss[name]) / 1024, verified)
                )  # fmt: skip
    finally:
        sampler.stop()
        server.close()
        if args.workdir:
            source.unlink(missing_ok=True)
        else:
            shutil.rmtree(root, ignore_errors=True)

    print(f"\n{args.size_mib} MiB object, {args.mode} mode, OVERCAST_S3_FSYNC default (on)\n")
    print(
        "| phase | process | seconds | MiB/s | RSS before (MiB) | peak growth (MiB) | growth since start (MiB) | download sha256 |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for phase, name, seconds, rate, before_mib, growth, since, verified in rows:
        print(
            f"| {phase} | {name} | {seconds:.1f} | {rate:.0f} | {before_mib:.0f} | {growth:.1f} | {since:.1f} | {verified} |"
        )
    worst = max(r[5] for r in rows) if rows else 0.0
    print(f"\nlargest peak growth over a phase: {worst:.1f} MiB (target < 100 MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
