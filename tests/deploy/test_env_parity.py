"""The chart and ``overcast cluster`` give every process the same environment.

Same variable names for every component, and the same values except addresses, ports and paths
(``overcast.cluster.env.is_address_like``): Kubernetes Service names and fixed ports in the chart,
loopback and free ports in ``overcast cluster``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from deploy_chart import component_env, deployments, render
from overcast_common.config import installed_services

from overcast.cluster.env import GATEWAY, Backends, Shared, is_address_like, service_environment

BACKENDS = Backends(
    redis_url="redis://127.0.0.1:1/0",
    database_url="postgresql+asyncpg://overcast@127.0.0.1:2/overcast",
    kafka_bootstrap_servers="127.0.0.1:3",
)


def cluster_env(name: str, shared: Shared) -> dict[str, str]:
    addresses = {service: f"127.0.0.1:{50000 + i}" for i, service in enumerate(installed_services())}
    return service_environment(
        name, shared=shared, backends=BACKENDS, port=4566, health_port=8080, service_addresses=addresses
    )


def assert_same(chart: dict[str, str], cluster: dict[str, str], component: str) -> None:
    assert sorted(chart) == sorted(cluster), f"{component}: variable names differ"
    differ = {
        name: (chart[name], cluster[name])
        for name in chart
        if not is_address_like(name) and chart[name] != cluster[name]
    }
    assert not differ, f"{component}: values differ (chart, cluster): {differ}"


def test_the_chart_runs_the_services_overcast_cluster_runs() -> None:
    assert set(deployments(render())) == {GATEWAY, *installed_services()}


@pytest.mark.parametrize("component", [GATEWAY, *installed_services()])
def test_default_values(component: str) -> None:
    chart = component_env(render(), component)
    assert_same(chart, cluster_env(component, Shared(data_dir=Path("/data"))), component)


@pytest.mark.parametrize(
    ("values", "shared"),
    [
        (
            {"telemetry": {"enabled": True, "otlpEndpoint": "http://collector:4317"}},
            {"otlp_endpoint": "http://collector:4317"},
        ),
        (
            {
                "config": {"region": "eu-west-1", "logLevel": "DEBUG", "unknownKeys": "reject"},
                "credentials": {
                    "accountId": "123456789012",
                    "accessKeyId": "AKIDROOT",
                    "secretAccessKey": "s3",
                },
            },
            {
                "region": "eu-west-1",
                "log_level": "DEBUG",
                "unknown_keys": "reject",
                "account_id": "123456789012",
                "access_key_id": "AKIDROOT",
                "secret_access_key": "s3",
            },
        ),
        ({"services": {"sqs": {"replicas": 3}}, "gateway": {"replicas": 2}}, {}),
    ],
    ids=["telemetry", "config-and-credentials", "replicas"],
)
def test_variations(values: dict[str, Any], shared: dict[str, Any]) -> None:
    manifests = render(values)
    for component in deployments(manifests):
        chart = component_env(manifests, component)
        assert_same(chart, cluster_env(component, Shared(data_dir=Path("/data"), **shared)), component)


def test_address_values_point_at_the_same_things() -> None:
    """Address-like values differ in host and port only: same schemes and databases, same services."""
    manifests = render()
    gateway = component_env(manifests, GATEWAY)
    services = {k for k in gateway if k.startswith("OVERCAST_SERVICE_ADDRESS_")}
    assert services == {f"OVERCAST_SERVICE_ADDRESS_{s.upper()}" for s in installed_services()}
    sqs = component_env(manifests, "sqs")
    assert sqs["OVERCAST_DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert sqs["OVERCAST_DATABASE_URL"].rsplit("/", 1)[1] == BACKENDS.database_url.rsplit("/", 1)[1]
    assert sqs["OVERCAST_REDIS_URL"].startswith("redis://") and sqs["OVERCAST_REDIS_URL"].endswith("/0")
    assert sqs["OVERCAST_SQS_REDIS_URL"] == sqs["OVERCAST_REDIS_URL"]
    mine = cluster_env("sqs", Shared(data_dir=Path("/data")))
    assert mine["OVERCAST_SQS_REDIS_URL"] == mine["OVERCAST_REDIS_URL"]
