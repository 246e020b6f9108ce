"""Kinesis metadata storage: the ``KinesisStore`` port and its SQL adapter (SQLite / PostgreSQL).

Records are not here: they live in the durable log (``overcast_common.log``), one topic per shard.
"""

from overcast_kinesis.store.port import KinesisStore, Snapshot

__all__ = ["KinesisStore", "Snapshot"]
