"""The chart and ``overcast cluster`` give every process the same environment.

Same variable names for every component, and the same values except addresses, ports and paths
(``overcast.cluster.env.is_address_like``): Kubernetes Service names and fixed ports in the chart,
loopback and free ports in ``overcast cluster``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from deploy_chart import (
    CHART,
    NAMESPACE,
    RELEASE,
    component_env,
    deployments,
    load_values,
    objects,
    render,
    workloads,
)
from overcast_common.config import installed_services

from overcast.cluster.env import (
    GATEWAY,
    OTLP_LISTENER,
    SERVICE_LISTENERS,
    XRAY,
    Backends,
    Shared,
    is_address_like,
    is_partitioned,
    service_environment,
)

BACKENDS = Backends(
    redis_url="redis://127.0.0.1:1/0",
    database_url="postgresql+asyncpg://overcast@127.0.0.1:2/overcast",
    kafka_bootstrap_servers="127.0.0.1:3",
)


LISTENER_PORTS = {
    service: {listener: 40000 + i for i, listener in enumerate(specs)}
    for service, specs in SERVICE_LISTENERS.items()
}


def cluster_env(
    name: str, shared: Shared, services: tuple[str, ...] | None = None, replicas: dict[str, int] | None = None
) -> dict[str, str]:
    """What ``overcast cluster`` gives ``name`` (its first replica) when it runs ``services`` (default: all
    installed) with ``replicas`` (``overcast cluster --replicas``)."""
    services = installed_services() if services is None else services
    replicas = replicas or {}
    addresses = {
        service: ",".join(f"127.0.0.1:{50000 + 10 * i + r}" for r in range(replicas.get(service, 1)))
        for i, service in enumerate(services)
    }
    xray = LISTENER_PORTS[XRAY][OTLP_LISTENER[shared.otlp_protocol]]
    return service_environment(
        name,
        shared=shared,
        backends=BACKENDS,
        port=4566,
        health_port=8080,
        service_addresses=addresses,
        listener_ports=LISTENER_PORTS.get(name),
        xray_endpoint=f"http://127.0.0.1:{xray}" if XRAY in services else "",
        replica_index=0 if is_partitioned(name, replicas.get(name, 1)) else None,
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
        ({"telemetry": {"enabled": False}}, {"tracing": False}),
        ({"telemetry": {"otlpProtocol": "http/protobuf"}}, {"otlp_protocol": "http/protobuf"}),
        (
            {"telemetry": {"otlpEndpoint": "http://collector:4318", "otlpProtocol": "http/protobuf"}},
            {"otlp_endpoint": "http://collector:4318", "otlp_protocol": "http/protobuf"},
        ),
    ],
    ids=["telemetry", "config-and-credentials", "replicas", "tracing-off", "otlp-http", "collector-http"],
)
def test_variations(values: dict[str, Any], shared: dict[str, Any]) -> None:
    manifests = render(values)
    for component in deployments(manifests):
        chart = component_env(manifests, component)
        assert_same(chart, cluster_env(component, Shared(data_dir=Path("/data"), **shared)), component)


def test_s3_replicas_partitioned_in_both() -> None:
    """``--replicas s3=2`` and ``services.s3.replicas: 2``: the same variables (``OVERCAST_REPLICA_INDEX``
    for S3 only), every process gets both replicas' addresses, in order."""
    manifests = render({"services": {"s3": {"replicas": 2}}})
    for component in workloads(manifests):
        chart, mine = (
            component_env(manifests, component),
            cluster_env(component, Shared(data_dir=Path("/data")), replicas={"s3": 2}),
        )
        assert_same(chart, mine, component)
        for env in (chart, mine):
            assert len(env["OVERCAST_SERVICE_ADDRESS_S3"].split(",")) == 2, component
            assert ("OVERCAST_REPLICA_INDEX" in env) == (component == "s3"), component
    assert (
        cluster_env("sqs", Shared(data_dir=Path("/data")), replicas={"sqs": 2}).keys()
        == cluster_env("sqs", Shared(data_dir=Path("/data"))).keys()
    )  # replicas of a service that shares everything get no index


@pytest.mark.parametrize("service", ["kinesis", "sns", "firehose"])
def test_streaming_replicas_partitioned_in_both(service: str) -> None:
    """``--replicas kinesis=2`` and ``services.kinesis.replicas: 2`` (SNS, Firehose alike): the same
    variables, the replica's index for that service only."""
    manifests = render({"services": {service: {"replicas": 2}}})
    for component in workloads(manifests):
        chart, mine = (
            component_env(manifests, component),
            cluster_env(component, Shared(data_dir=Path("/data")), replicas={service: 2}),
        )
        assert_same(chart, mine, component)
        for env in (chart, mine):
            assert len(env[f"OVERCAST_SERVICE_ADDRESS_{service.upper()}"].split(",")) == 2, component
            assert ("OVERCAST_REPLICA_INDEX" in env) == (component == service), component


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


def test_without_xray_tracing_is_off_in_both() -> None:
    manifests = render({"services": {XRAY: {"enabled": False}}})
    services = tuple(s for s in installed_services() if s != XRAY)
    assert set(deployments(manifests)) == {GATEWAY, *services}
    for component in deployments(manifests):
        chart = component_env(manifests, component)
        assert_same(chart, cluster_env(component, Shared(data_dir=Path("/data")), services), component)
        assert chart["OTEL_SDK_DISABLED"] == "true" and "OTEL_EXPORTER_OTLP_ENDPOINT" not in chart


@pytest.mark.parametrize("protocol", ["grpc", "http/protobuf"])
def test_spans_go_to_xrays_otlp_listener_and_xrays_own_stay_in_process(protocol: str) -> None:
    manifests = render({"telemetry": {"otlpProtocol": protocol}})
    shared = Shared(data_dir=Path("/data"), otlp_protocol=protocol)
    listener = OTLP_LISTENER[protocol]
    chart_port = SERVICE_LISTENERS[XRAY][listener].chart_port
    for component in [GATEWAY, *installed_services()]:
        chart, mine = component_env(manifests, component), cluster_env(component, shared)
        for env in (chart, mine):
            assert env["OTEL_SDK_DISABLED"] == "false", component
        if component == XRAY:  # its own spans: the in-process sink, no network
            assert "OTEL_EXPORTER_OTLP_ENDPOINT" not in chart and "OTEL_EXPORTER_OTLP_ENDPOINT" not in mine
            continue
        assert chart["OTEL_EXPORTER_OTLP_ENDPOINT"] == f"http://{RELEASE}-xray.{NAMESPACE}.svc:{chart_port}"
        assert mine["OTEL_EXPORTER_OTLP_ENDPOINT"] == f"http://127.0.0.1:{LISTENER_PORTS[XRAY][listener]}"
        assert chart["OTEL_EXPORTER_OTLP_PROTOCOL"] == mine["OTEL_EXPORTER_OTLP_PROTOCOL"] == protocol


def test_extra_listeners_are_the_same_in_the_chart_and_the_cluster() -> None:
    """``SERVICE_LISTENERS`` (what ``overcast cluster`` opens) == the chart's ``extraPorts`` (what the
    Service exposes): same variables, the chart's fixed ports, every protocol, on the container too."""
    manifests = render()
    values = load_values(CHART / "values.yaml")["services"]
    for name, spec in values.items():
        declared = spec.get("extraPorts", [])
        expected = {
            (listener.env, listener.chart_port, protocol)
            for listener in SERVICE_LISTENERS.get(name, {}).values()
            for protocol in listener.protocols
        }
        # an entry without `env` is another protocol on a port an entry with `env` names
        named = {p["port"]: p["env"] for p in declared if "env" in p}
        assert {(named[p["port"]], p["port"], p["protocol"]) for p in declared} == expected, name
        env = component_env(manifests, name)
        for variable, port, _ in expected:
            assert env[variable] == str(port)
        service = objects(manifests, "Service")[f"{RELEASE}-{name}"]["spec"]["ports"]
        container = deployments(manifests)[name]["spec"]["template"]["spec"]["containers"][0]["ports"]
        for exposed in (service, container):
            found = {(p.get("port", p.get("containerPort")), p["protocol"]) for p in exposed}
            assert {(port, protocol) for _, port, protocol in expected} <= found, name


def test_kafka_reaches_every_service_in_both() -> None:
    manifests = render()
    for service in installed_services():
        chart, mine = component_env(manifests, service), cluster_env(service, Shared(data_dir=Path("/data")))
        assert chart["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] == f"{RELEASE}-kafka.{NAMESPACE}.svc:9092"
        assert mine["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] == BACKENDS.kafka_bootstrap_servers
