"""Firehose's own settings, from the environment (``README.md`` has the table)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


def _float(env: Mapping[str, str], name: str, default: float | None) -> float | None:
    raw = env.get(name, "").strip()
    return float(raw) if raw else default


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    return default if not raw else raw in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class FirehoseSettings:
    max_interval_s: float | None = None
    """Caps every stream's buffering interval (``OVERCAST_FIREHOSE_MAX_INTERVAL_S``): tests need not
    wait for a configured 300 s. None: intervals as configured (the model allows 0-900)."""
    creating_s: float = 0.0
    """How long a new stream stays ``CREATING`` (``OVERCAST_FIREHOSE_CREATING_S``)."""
    verify_tls: bool = False
    """Verify HTTP endpoints' certificates (``OVERCAST_FIREHOSE_HTTP_VERIFY_TLS``): off by default,
    since local endpoints use self-signed certificates."""
    allow_http: bool = False
    """Accept ``http://`` endpoint URLs too (``OVERCAST_FIREHOSE_ALLOW_HTTP_ENDPOINTS``); AWS: https only."""
    kinesis_poll_s: float = 1.0
    """How often a Kinesis source polls each shard (``OVERCAST_FIREHOSE_KINESIS_POLL_S``); AWS: 1 s."""
    retry_base_s: float = 1.0
    """First back-off between delivery attempts (``OVERCAST_FIREHOSE_RETRY_BASE_S``); doubles to 30 s."""
    lambda_retries: int = 3

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FirehoseSettings:
        env = os.environ if environ is None else environ
        return cls(
            max_interval_s=_float(env, "OVERCAST_FIREHOSE_MAX_INTERVAL_S", None),
            creating_s=_float(env, "OVERCAST_FIREHOSE_CREATING_S", 0.0) or 0.0,
            verify_tls=_flag(env, "OVERCAST_FIREHOSE_HTTP_VERIFY_TLS", False),
            allow_http=_flag(env, "OVERCAST_FIREHOSE_ALLOW_HTTP_ENDPOINTS", False),
            kinesis_poll_s=_float(env, "OVERCAST_FIREHOSE_KINESIS_POLL_S", 1.0) or 1.0,
            retry_base_s=_float(env, "OVERCAST_FIREHOSE_RETRY_BASE_S", 1.0) or 1.0,
        )
