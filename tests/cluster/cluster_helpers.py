"""Helpers of the cluster-mode tests (imported by name: ``conftest.py`` puts this folder on ``sys.path``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

from overcast.cluster import Cluster, ClusterConfig


def start_cluster(data_dir: Path, **config: Any) -> Cluster:
    cluster = Cluster(data_dir)
    try:
        cluster.up(ClusterConfig(data_dir, port=0, **config))
    except BaseException:
        cluster.down(purge=True)
        raise
    return cluster


def client(endpoint: str, service: str = "sqs", *, attempts: int = 1, **kwargs: Any) -> Any:
    return boto3.session.Session().client(
        service,
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=kwargs.pop("key", "test"),
        aws_secret_access_key=kwargs.pop("secret", "test"),
        aws_session_token=kwargs.pop("token", None),
        config=Config(retries={"max_attempts": attempts, "mode": "standard"}, **kwargs),
    )


def gateway_statuses(cluster: Cluster) -> list[int]:
    """The status of every request the cluster's gateways logged."""
    statuses = []
    for proc in cluster.procs:
        if proc.kind != "gateway":
            continue
        for line in Path(proc.log).read_text(errors="replace").splitlines():
            if '"message":"request"' in line:
                statuses.append(int(json.loads(line)["status"]))
    return statuses


def gateway_trouble(cluster: Cluster, limit: int = 20) -> list[str]:
    """The gateways' log lines that explain a 500: requests answered 500 and ERROR lines (tracebacks
    included), for an assertion's message: a rare race leaves nothing else to look at."""
    found = []
    for proc in cluster.procs:
        if proc.kind != "gateway":
            continue
        for line in Path(proc.log).read_text(errors="replace").splitlines():
            if '"status":500' in line or '"level":"ERROR"' in line:
                found.append(line[:2000])
    return found[:limit]
