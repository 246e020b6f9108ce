"""Clusters for the cluster-mode tests: ``overcast.cluster`` on loopback, stopped and deleted after."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # lets tests import cluster_helpers under importlib mode

from cluster_helpers import start_cluster

from overcast.cluster import Cluster


@pytest.fixture
def cluster_factory(tmp_path: Path) -> Iterator[Any]:
    """``cluster_factory(replicas={"sqs": 2}, gateways=2)``: a cluster stopped and deleted after the test."""
    started: list[Cluster] = []

    def make(**config: Any) -> Cluster:
        cluster = start_cluster(tmp_path / f"cluster{len(started)}", **config)
        started.append(cluster)
        return cluster

    yield make
    for cluster in started:
        cluster.down(grace=5, purge=True)
