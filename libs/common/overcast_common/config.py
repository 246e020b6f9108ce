"""Overcast settings: one typed object, read from ``OVERCAST_*`` environment variables.

Every process (``overcast serve``, the gateway, each service's gRPC server) builds its settings the
same way: ``Settings.from_env()``, then ``.override(...)`` with whatever its command line said, so a
flag always beats the environment and the environment always beats the default.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

UnknownKeys = Literal["accept", "reject"]
"""What to do with an access key Overcast never issued: run as the default (or the 12-digit key's)
account's root without checking the signature, or answer ``InvalidClientTokenId``."""

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]

OtlpProtocol = Literal["grpc", "http/protobuf"]
"""``OTEL_EXPORTER_OTLP_PROTOCOL``: how spans go to ``OTEL_EXPORTER_OTLP_ENDPOINT``."""

ALL_SERVICES: tuple[str, ...] = (
    "sts", "iam", "kms", "secretsmanager", "ssm", "s3", "sqs", "sns", "kinesis", "firehose", "dynamodb",
    "dynamodbstreams", "lambda", "logs", "cloudwatch", "events", "xray", "cloudtrail", "cloudformation",
    "elasticache", "rds", "ec2", "route53",
)  # fmt: skip
"""Every service Overcast knows (botocore names), in start order. A service runs in-process when its
package (``overcast_<name>``, with an ``embedded`` module) is installed."""

_ACCOUNT_ID = re.compile(r"^\d{12}$")
_ADDRESS_PREFIX = "OVERCAST_SERVICE_ADDRESS_"


class ConfigError(ValueError):
    """A setting has a value Overcast cannot run with; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    """Interface the gateway listens on (``OVERCAST_HOST``)."""
    port: int = 4566
    """Gateway port (``OVERCAST_PORT``); a service's gRPC server uses it for its own port."""
    data_dir: Path = Path(".overcast")
    """Where embedded state lives, one sub-directory per service (``OVERCAST_DATA_DIR``)."""
    database_url: str | None = None
    """Metadata database (``OVERCAST_DATABASE_URL``), a SQLAlchemy async URL: unset means one SQLite
    file per service, ``<data dir>/<service>/metadata.db``; ``postgresql+asyncpg://…`` puts every
    service in its own schema of that database. ``{service}`` in the URL is replaced by the service
    name. See ``docs/storage.md``."""
    default_account_id: str = "000000000000"
    """The built-in account (``OVERCAST_DEFAULT_ACCOUNT_ID``)."""
    default_access_key_id: str = "test"
    """Root access key of the built-in account (``OVERCAST_DEFAULT_ACCESS_KEY_ID``)."""
    default_secret_access_key: str = "test"
    """Its secret (``OVERCAST_DEFAULT_SECRET_ACCESS_KEY``)."""
    default_region: str = "us-east-1"
    """Region of unsigned requests (``OVERCAST_DEFAULT_REGION``)."""
    unknown_keys: UnknownKeys = "accept"
    """``OVERCAST_UNKNOWN_KEYS``: see :data:`UnknownKeys`."""
    log_level: LogLevel = "INFO"
    """``OVERCAST_LOG_LEVEL``."""
    services: tuple[str, ...] = field(default_factory=lambda: installed_services())
    """Services this process runs (``OVERCAST_SERVICES``, comma separated; default: every installed
    service, plus those given an address)."""
    service_addresses: Mapping[str, str] = field(default_factory=dict)
    """Cluster mode: ``host:port`` of each service's gRPC server, from
    ``OVERCAST_SERVICE_ADDRESS_<NAME>``. A service with an address is reached over gRPC; one
    without runs in this process."""
    otel_sdk_disabled: bool = False
    """``OTEL_SDK_DISABLED=true``: no spans at all (a no-op tracer; trace headers still pass through)."""
    otel_exporter_otlp_endpoint: str | None = None
    """``OTEL_EXPORTER_OTLP_ENDPOINT``: where spans are exported (``http://host:4317`` for gRPC,
    ``http://host:4318`` for HTTP). Unset: to the X-Ray service running in this process, if any
    (``overcast_common.telemetry.sink``)."""
    otel_exporter_otlp_protocol: OtlpProtocol = "grpc"
    """``OTEL_EXPORTER_OTLP_PROTOCOL``: ``grpc`` (OpenTelemetry Python's default, port 4317) or
    ``http/protobuf`` (port 4318)."""

    def __post_init__(self) -> None:
        if not isinstance(self.data_dir, Path):  # tolerate Settings(data_dir="...")
            object.__setattr__(self, "data_dir", Path(self.data_dir))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        defaults = cls()
        values: dict[str, object] = {}
        if "OVERCAST_HOST" in env:
            values["host"] = env["OVERCAST_HOST"]
        if "OVERCAST_PORT" in env:
            values["port"] = _port(env["OVERCAST_PORT"], "OVERCAST_PORT")
        if "OVERCAST_DATA_DIR" in env:
            values["data_dir"] = Path(env["OVERCAST_DATA_DIR"])
        if env.get("OVERCAST_DATABASE_URL", "").strip():
            values["database_url"] = env["OVERCAST_DATABASE_URL"].strip()
        for name in (
            "default_account_id",
            "default_access_key_id",
            "default_secret_access_key",
            "default_region",
        ):
            var = f"OVERCAST_{name.upper()}"
            if var in env:
                values[name] = env[var]
        if "OVERCAST_UNKNOWN_KEYS" in env:
            values["unknown_keys"] = env["OVERCAST_UNKNOWN_KEYS"].strip().lower()
        if "OVERCAST_LOG_LEVEL" in env:
            values["log_level"] = env["OVERCAST_LOG_LEVEL"].strip().upper()
        if env.get("OVERCAST_SERVICES", "").strip():
            values["services"] = _service_list(env["OVERCAST_SERVICES"])
        if "OTEL_SDK_DISABLED" in env:
            values["otel_sdk_disabled"] = env["OTEL_SDK_DISABLED"].strip().lower() == "true"
        if env.get("OTEL_EXPORTER_OTLP_ENDPOINT", "").strip():
            values["otel_exporter_otlp_endpoint"] = env["OTEL_EXPORTER_OTLP_ENDPOINT"].strip()
        if env.get("OTEL_EXPORTER_OTLP_PROTOCOL", "").strip():
            values["otel_exporter_otlp_protocol"] = env["OTEL_EXPORTER_OTLP_PROTOCOL"].strip().lower()
        addresses = {
            key[len(_ADDRESS_PREFIX) :].lower(): value
            for key, value in env.items()
            if key.startswith(_ADDRESS_PREFIX) and value
        }
        if addresses:
            values["service_addresses"] = addresses
            if "services" not in values:
                installed = installed_services()
                values["services"] = installed + tuple(
                    s for s in ALL_SERVICES if s in addresses and s not in installed
                )
        return dataclasses.replace(defaults, **values).validated()  # type: ignore[arg-type]

    def override(self, **values: object) -> Settings:
        """These settings with command-line values applied; ``None`` means "flag not given"."""
        given = {k: v for k, v in values.items() if v is not None}
        if isinstance(given.get("services"), str):
            given["services"] = _service_list(str(given["services"]))
        return dataclasses.replace(self, **given).validated()  # type: ignore[arg-type]

    def validated(self) -> Settings:
        if not _ACCOUNT_ID.match(self.default_account_id):
            raise ConfigError(
                f"OVERCAST_DEFAULT_ACCOUNT_ID must be 12 digits, got {self.default_account_id!r}"
            )
        if self.unknown_keys not in get_args(UnknownKeys):
            raise ConfigError(f"OVERCAST_UNKNOWN_KEYS must be accept or reject, got {self.unknown_keys!r}")
        if self.log_level not in get_args(LogLevel):
            raise ConfigError(
                f"OVERCAST_LOG_LEVEL must be one of {get_args(LogLevel)}, got {self.log_level!r}"
            )
        if self.otel_exporter_otlp_protocol not in get_args(OtlpProtocol):
            raise ConfigError(
                "OTEL_EXPORTER_OTLP_PROTOCOL must be grpc or http/protobuf, "
                f"got {self.otel_exporter_otlp_protocol!r}"
            )
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"OVERCAST_PORT out of range: {self.port}")
        unknown = [s for s in self.services if s not in ALL_SERVICES]
        if unknown:
            raise ConfigError(
                f"OVERCAST_SERVICES names unknown services {unknown}; known: {list(ALL_SERVICES)}"
            )
        return self

    def service_data_dir(self, service: str) -> Path:
        """The directory a service keeps its embedded state in (created on demand)."""
        path = self.data_dir / service
        path.mkdir(parents=True, exist_ok=True)
        return path


def installed_services() -> tuple[str, ...]:
    """The known services whose package can run in this process."""
    return tuple(name for name in ALL_SERVICES if _has_embedded_module(name))


def _has_embedded_module(service: str) -> bool:
    try:
        return importlib.util.find_spec(f"overcast_{service}.embedded") is not None
    except ModuleNotFoundError:
        return False


def _port(value: str, var: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{var} must be a port number, got {value!r}") from None


def _service_list(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.strip().lower() for s in value.split(",") if s.strip()))
