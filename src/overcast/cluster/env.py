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

GATEWAY = "gateway"

SERVICE_ENV: Mapping[str, Mapping[str, str]] = {
    "sqs": {"OVERCAST_SQS_STORE": "redis", "OVERCAST_SQS_REDIS_URL": "{redis_url}"},
}
"""What one service gets beyond the common set (the chart's ``services.<name>.env`` values block);
``{redis_url}``, ``{database_url}`` and ``{kafka_bootstrap_servers}`` are filled in."""

ADDRESS_LIKE = ("OVERCAST_HOST", "OVERCAST_PORT", "OVERCAST_HEALTH_PORT", "OVERCAST_DATA_DIR")
"""Variables whose values legitimately differ between the chart and a loopback cluster, besides
``*_URL``, ``*_BOOTSTRAP_SERVERS`` and ``OVERCAST_SERVICE_ADDRESS_*``."""


def is_address_like(name: str) -> bool:
    return (
        name in ADDRESS_LIKE
        or name.endswith(("_URL", "_BOOTSTRAP_SERVERS"))
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
    otlp_endpoint: str = ""
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
    host: str = "127.0.0.1",
) -> dict[str, str]:
    """The ``OVERCAST_*`` / ``OTEL_*`` variables of component ``name`` (``gateway`` or a service).

    ``port``: the gateway's HTTP port, or the service's gRPC port; ``health_port``: a service's HTTP side;
    ``service_addresses``: for the gateway, ``host:port`` (comma-separated replicas) of each service.
    """
    env = {
        "OVERCAST_HOST": host,
        "OVERCAST_PORT": str(port),
        "OVERCAST_DATA_DIR": str(shared.data_dir / name),
        "OVERCAST_LOG_LEVEL": shared.log_level,
        "OVERCAST_DEFAULT_REGION": shared.region,
        "OVERCAST_UNKNOWN_KEYS": shared.unknown_keys,
        "OVERCAST_DEFAULT_ACCOUNT_ID": shared.account_id,
        "OVERCAST_DEFAULT_ACCESS_KEY_ID": shared.access_key_id,
        "OVERCAST_DEFAULT_SECRET_ACCESS_KEY": shared.secret_access_key,
        "OTEL_SERVICE_NAME": f"overcast-{name}",
        "OTEL_SDK_DISABLED": "false" if shared.otlp_endpoint else "true",
    }
    if shared.otlp_endpoint:
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = shared.otlp_endpoint
    if name == GATEWAY:
        for service, address in sorted((service_addresses or {}).items()):
            env[f"OVERCAST_SERVICE_ADDRESS_{service.upper()}"] = address
    else:
        env["OVERCAST_HEALTH_PORT"] = str(health_port)
        env["OVERCAST_DATABASE_URL"] = backends.database_url
        env["OVERCAST_REDIS_URL"] = backends.redis_url
        env["OVERCAST_KAFKA_BOOTSTRAP_SERVERS"] = backends.kafka_bootstrap_servers
        fill = {
            "redis_url": backends.redis_url,
            "database_url": backends.database_url,
            "kafka_bootstrap_servers": backends.kafka_bootstrap_servers,
        }
        for key, value in SERVICE_ENV.get(name, {}).items():
            env[key] = value.format(**fill)
    env.update(shared.extra)
    return dict(sorted(env.items()))
