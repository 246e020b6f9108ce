"""THE environment of each Overcast process in cluster mode, the same the Helm chart sets.

``service_environment`` is the one place ``overcast cluster`` decides what a process gets; the chart's
equivalent is ``overcast.env`` in ``deploy/helm/overcast/templates/_helpers.tpl``, and
``tests/deploy/test_env_parity.py`` checks the two agree: the same variable names for every component,
and the same values except where a value is an address, a port or a path (loopback ports here,
Kubernetes Service names and fixed ports there).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from overcast_common.dispatch.partitioned import REPLICA_INDEX_ENV, partition_key

GATEWAY = "gateway"
XRAY = "xray"


@dataclass(frozen=True)
class Listener:
    """A port a service opens besides its gRPC and health ports (the chart's ``extraPorts`` entries)."""

    env: str
    """The variable that tells the service where to listen."""
    chart_port: int
    """The fixed port the chart gives it (a loopback cluster picks a free one)."""
    protocols: tuple[str, ...] = ("TCP",)


SERVICE_LISTENERS: Mapping[str, Mapping[str, Listener]] = {
    XRAY: {
        "otlp_grpc": Listener("OVERCAST_XRAY_OTLP_GRPC_PORT", 4317),
        "otlp_http": Listener("OVERCAST_XRAY_OTLP_HTTP_PORT", 4318),
        # UDP segments from X-Ray SDKs; TCP for the sampling API the daemon proxies
        "daemon": Listener("OVERCAST_XRAY_DAEMON_PORT", 2000, ("UDP", "TCP")),
    },
}
"""Extra listeners by service and name (``services/xray/README.md``)."""

OTLP_LISTENER = {"grpc": "otlp_grpc", "http/protobuf": "otlp_http"}
"""Which X-Ray listener receives spans sent with each ``OTEL_EXPORTER_OTLP_PROTOCOL``."""

SERVICE_ENV: Mapping[str, Mapping[str, str]] = {
    "sqs": {"OVERCAST_SQS_STORE": "redis", "OVERCAST_SQS_REDIS_URL": "{redis_url}"},
}
"""What one service gets beyond the common set (the chart's ``services.<name>.env`` values block);
``{redis_url}``, ``{database_url}`` and ``{kafka_bootstrap_servers}`` are filled in."""

ADDRESS_LIKE = ("OVERCAST_HOST", "OVERCAST_DATA_DIR", "OVERCAST_REPLICA_INDEX")
"""Variables whose values legitimately differ between the chart and a loopback cluster (the replica
index is a number here, the pod's ``apps.kubernetes.io/pod-index`` label there), besides
``*_PORT``, ``*_URL``, ``*_ENDPOINT``, ``*_BOOTSTRAP_SERVERS`` and ``OVERCAST_SERVICE_ADDRESS_*``."""


def is_address_like(name: str) -> bool:
    return (
        name in ADDRESS_LIKE
        or name.endswith(("_PORT", "_URL", "_ENDPOINT", "_BOOTSTRAP_SERVERS"))
        or name.startswith("OVERCAST_SERVICE_ADDRESS_")
    )


@dataclass(frozen=True)
class Backends:
    """Where the backends of one cluster listen."""

    redis_url: str
    database_url: str
    kafka_bootstrap_servers: str


@dataclass(frozen=True)
class Shared:
    """Settings every process of one cluster gets alike (the chart's ``config`` and ``credentials``)."""

    data_dir: Path
    log_level: str = "INFO"
    region: str = "us-east-1"
    unknown_keys: str = "accept"
    account_id: str = "000000000000"
    access_key_id: str = "test"
    secret_access_key: str = "test"
    tracing: bool = True
    """OpenTelemetry on (the chart's ``telemetry.enabled``); spans need somewhere to go, though:
    ``otlp_endpoint``, or the cluster's X-Ray service."""
    otlp_endpoint: str = ""
    """A collector of your own (``telemetry.otlpEndpoint``); empty: the cluster's X-Ray service."""
    otlp_protocol: str = "grpc"
    extra: Mapping[str, str] = field(default_factory=dict)
    """Added to every process last (tests use it, e.g. ``OVERCAST_SQS_STRICT_TIMING``)."""


def service_environment(
    name: str,
    *,
    shared: Shared,
    backends: Backends,
    port: int,
    health_port: int = 0,
    service_addresses: Mapping[str, str] | None = None,
    listener_ports: Mapping[str, int] | None = None,
    xray_endpoint: str = "",
    host: str = "127.0.0.1",
    replica_index: int | None = None,
) -> dict[str, str]:
    """The ``OVERCAST_*`` / ``OTEL_*`` variables of component ``name`` (``gateway`` or a service).

    ``port``: the gateway's HTTP port, or the service's gRPC port; ``health_port``: a service's HTTP side;
    ``service_addresses``: ``host:port`` (comma-separated replicas) of each service;
    ``listener_ports``: the service's ``SERVICE_LISTENERS`` ports by listener name;
    ``xray_endpoint``: ``http://host:port`` of the cluster's X-Ray OTLP listener for ``shared.otlp_protocol``
    (empty when X-Ray does not run);
    ``replica_index``: which replica of a partitioned service (S3, Kinesis, SNS or Firehose with several
    replicas) this process is;
    each gets ``OVERCAST_REPLICA_INDEX`` and a data directory of its own (the chart: a volume per pod).
    """
    env = {
        "OVERCAST_HOST": host,
        "OVERCAST_PORT": str(port),
        "OVERCAST_DATA_DIR": str(shared.data_dir / replica_dir(name, replica_index)),
        "OVERCAST_LOG_LEVEL": shared.log_level,
        "OVERCAST_DEFAULT_REGION": shared.region,
        "OVERCAST_UNKNOWN_KEYS": shared.unknown_keys,
        "OVERCAST_DEFAULT_ACCOUNT_ID": shared.account_id,
        "OVERCAST_DEFAULT_ACCESS_KEY_ID": shared.access_key_id,
        "OVERCAST_DEFAULT_SECRET_ACCESS_KEY": shared.secret_access_key,
        **telemetry_environment(name, shared, xray_endpoint),
    }
    # every process gets every service's address: the gateway to route calls, services to call their
    # peers (overcast_common.peers: SNS → SQS, S3 → SQS, Firehose → S3, CloudTrail → S3)
    for service, address in sorted((service_addresses or {}).items()):
        env[f"OVERCAST_SERVICE_ADDRESS_{service.upper()}"] = address
    if name != GATEWAY:
        env["OVERCAST_HEALTH_PORT"] = str(health_port)
        if replica_index is not None:
            env[REPLICA_INDEX_ENV] = str(replica_index)
        env["OVERCAST_DATABASE_URL"] = backends.database_url
        env["OVERCAST_REDIS_URL"] = backends.redis_url
        env["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] = backends.kafka_bootstrap_servers
        for listener, spec in SERVICE_LISTENERS.get(name, {}).items():
            env[spec.env] = str((listener_ports or {})[listener])
        fill = {
            "redis_url": backends.redis_url,
            "database_url": backends.database_url,
            "kafka_bootstrap_servers": backends.kafka_bootstrap_servers,
        }
        for key, value in SERVICE_ENV.get(name, {}).items():
            env[key] = value.format(**fill)
    env.update(shared.extra)
    return dict(sorted(env.items()))


def is_partitioned(service: str, replicas: int) -> bool:
    """Several replicas that each own part of the keys (S3's buckets, Kinesis and Firehose streams, SNS
    topics), rather than share everything."""
    return replicas > 1 and partition_key(service) is not None


def replica_dir(name: str, replica_index: int | None) -> str:
    """``s3`` for the first replica (so a cluster that grows keeps its data where it was), ``s3-2``..."""
    return name if not replica_index else f"{name}-{replica_index + 1}"


def telemetry_environment(name: str, shared: Shared, xray_endpoint: str) -> dict[str, str]:
    """``OTEL_*`` of one process: spans go to ``shared.otlp_endpoint`` if set, else to X-Ray's OTLP
    listener, except X-Ray's own, which go straight to its in-process sink (no endpoint)."""
    on = shared.tracing and bool(shared.otlp_endpoint or xray_endpoint)
    env = {"OTEL_SERVICE_NAME": f"overcast-{name}", "OTEL_SDK_DISABLED": "false" if on else "true"}
    endpoint = shared.otlp_endpoint or ("" if name == XRAY else xray_endpoint)
    if on and endpoint:
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
        env["OTEL_EXPORTER_OTLP_PROTOCOL"] = shared.otlp_protocol
    return env
