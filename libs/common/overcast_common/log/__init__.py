"""The durable log under Kinesis, SNS delivery, Firehose and CloudTrail's event stream.

- ``port``: the ``Log`` protocol, ``Message`` / ``Record`` / ``Appended`` / ``ReadResult``, errors;
- ``sqlite``: ``SqliteLog``, the embedded adapter (one SQLite file under the data directory);
- ``kafka``: ``KafkaLog``, the cluster adapter (aiokafka; runs on Tansu and Apache Kafka);
- ``open_log(settings, service)``: the one the environment asks for.

``docs/storage.md`` ("The durable log") says how each maps the port and what differs on real Kafka.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from overcast_common.config import Settings
from overcast_common.log.port import (
    Appended,
    Log,
    LogError,
    Message,
    ReadResult,
    Record,
    TopicExists,
    TopicInfo,
    Trimmed,
    UnknownPartition,
    UnknownTopic,
)

KAFKA_ENV = "OVERCAST_KAFKA_BOOTSTRAP_SERVERS"

__all__ = [
    "KAFKA_ENV",
    "Appended",
    "Log",
    "LogError",
    "Message",
    "ReadResult",
    "Record",
    "TopicExists",
    "TopicInfo",
    "Trimmed",
    "UnknownPartition",
    "UnknownTopic",
    "open_log",
]


async def open_log(settings: Settings, service: str, environ: Mapping[str, str] | None = None) -> Log:
    """Kafka (topics prefixed ``overcast.<service>.``) when ``OVERCAST_KAFKA_BOOTSTRAP_SERVERS`` is
    set, otherwise ``<data dir>/<service>/log.db``."""
    env = os.environ if environ is None else environ
    bootstrap = env.get(KAFKA_ENV, "").strip()
    if bootstrap:
        from overcast_common.log.kafka import KafkaLog

        return await KafkaLog.open(bootstrap, prefix=f"overcast.{service}.", client_id=f"overcast-{service}")
    from overcast_common.log.sqlite import SqliteLog

    return await SqliteLog.open(settings.service_data_dir(service))
