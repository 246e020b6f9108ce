"""Pins the wall-clock-driven background work of an in-process server, for instruction counts.

Under callgrind Python runs ~50x slower, so work that follows wall time (X-Ray's ingest linger, CloudTrail's
delivery, the audit step's selection cache, the event-log indexer's idle reads, SQS's WAL checkpoints)
would run far more often per request than at real speed, and by a different amount each run. Call
``pin_background()`` before the gateway starts; with ``OTEL_BSP_SCHEDULE_DELAY`` set high in the
environment the span batches follow the span count too, and the per-request count repeats within ~1k.
"""

from __future__ import annotations

import os
import random


def pin_background(xray_linger_s: float = 60.0) -> None:
    from overcast_cloudtrail import eventlog
    from overcast_gateway import audit
    from overcast_sqs.store import sqlite as sqs_sqlite
    from overcast_xray import ingest as xray_ingest

    # the same calls sampled in every run (X-Ray's 5 % draws from ``random``): a sampled call costs ~20x
    # an unsampled one, so the count of them would otherwise move the per-request figure by ±10 %
    random.seed(0)
    os.environ["OVERCAST_CLOUDTRAIL_DELIVERY_SECONDS"] = "3600"
    audit.SELECTION_TTL_S = 3600.0  # the audit step asks CloudTrail which data events trails want
    eventlog.WAIT_MS = 3_600_000  # the indexer's idle reads (appends here still wake it at once)
    # X-Ray writes what arrived in the last 250 ms as one transaction: at real speed dozens of spans,
    # under callgrind one; a longer linger keeps the per-span store cost as it is at real speed
    xray_ingest.LINGER_S = xray_linger_s
    # SQS's WAL checkpointer wakes every 0.25 s of wall time: ~17k instructions per request under callgrind
    sqs_sqlite._CHECKPOINT_EVERY_S = 3600.0
