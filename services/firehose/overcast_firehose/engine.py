"""The delivery workers: one per delivery stream, from its log topic to its destination.

Records are durable from the moment ``PutRecord``/``PutRecordBatch`` answer: they are appended to the
stream's topic in the durable log (``overcast_common.log``: SQLite embedded, Kafka in cluster mode).
A worker reads from the group position it last committed, buffers until ``BufferingHints.SizeInMBs``
is reached or ``IntervalInSeconds`` has passed since the oldest buffered record arrived (arrival
times come from the log, so a restart flushes at once what was already due), delivers, and only then
commits past the batch. A process killed before a flush redelivers from the last commit: nothing
acknowledged is lost, a batch may be written twice (Firehose's at-least-once).

A failed delivery (S3 down, bucket missing) is retried with back-off and blocks the stream, as AWS
does; records that a processor or an HTTP endpoint gave up on go to the S3 error output instead.
Destinations Overcast has no service for (Splunk, OpenSearch, Elasticsearch, Snowflake, Iceberg) are
treated as unreachable: their records go to the destination's ``S3Configuration`` as failed
deliveries (``splunk-failed``...), and all of them too when the backup mode asks for all records.
Redshift gets the intermediate S3 objects AWS writes before its ``COPY`` (which is not run).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from overcast_common.log import Log
from overcast_common.log.port import now_ms

from overcast_firehose import partitioning, processing
from overcast_firehose.delivery import http, s3
from overcast_firehose.records import Failed, Item, kinesis_metadata
from overcast_firehose.settings import FirehoseSettings
from overcast_firehose.store import DeliveryStream

GROUP = "delivery"
MB = 1024 * 1024
IDLE_WAIT_MS = 5000
CONFIG_WAIT_MS = 1000  # a buffered batch re-reads its stream's hints this often (UpdateDestination)
# destinations Overcast cannot reach (no such service here): the S3 backup gets their records as
# failed deliveries, under the error output type AWS's backups use for them
UNREACHABLE = {
    "SplunkDestination": ("splunk-failed", "Splunk"),
    "ElasticsearchDestination": ("elasticsearch-failed", "Elasticsearch"),
    "AmazonopensearchserviceDestination": ("AmazonOpenSearchService-failed", "AmazonOpenSearchService"),
    "AmazonOpenSearchServerlessDestination": (
        "AmazonOpenSearchServerless-failed",
        "AmazonOpenSearchServerless",
    ),
    "SnowflakeDestination": ("snowflake-failed", "Snowflake"),
    "IcebergDestination": ("iceberg-failed", "Iceberg"),
}
ALL_RECORDS_MODES = ("AllData", "AllDocuments", "AllEvents")
PARTITIONING_FAILED = "partitioning-failed"
log = logging.getLogger("overcast.firehose")


def buffering(stream: DeliveryStream, settings: FirehoseSettings) -> tuple[int, float]:
    """(bytes, seconds) a batch waits for, from the destination's ``BufferingHints``."""
    hints = (
        stream.destination.get("BufferingHints")
        or (stream.destination.get("S3Configuration") or {}).get("BufferingHints")  # Redshift's
        or {}
    )
    size = int(hints.get("SizeInMBs", 5)) * MB
    interval = float(hints.get("IntervalInSeconds", 300))
    if settings.max_interval_s is not None:
        interval = min(interval, settings.max_interval_s)
    return size, interval


class Worker:
    def __init__(self, engine: DeliveryEngine, stream: DeliveryStream) -> None:
        self.engine = engine
        self.stream = stream
        self.task: asyncio.Task[None] | None = None
        self.delivered_batches = 0

    async def run(self) -> None:
        log_ = self.engine.log
        topic = self.stream.topic
        position = await log_.committed(GROUP, topic, 0)
        if position is None:
            position = await log_.earliest_offset(topic, 0)
        read_at = position
        pending: deque[Item] = deque()
        pending_size = 0
        while True:
            size_limit, interval = buffering(self.stream, self.engine.settings)
            wait_ms = IDLE_WAIT_MS
            if pending:
                due = pending[0].arrival_ms + int(interval * 1000)
                now = now_ms()
                if pending_size >= size_limit or now >= due:
                    batch: list[Item] = []
                    taken = 0
                    while pending and (not batch or taken + len(pending[0].data) <= size_limit):
                        item = pending.popleft()
                        batch.append(item)
                        taken += len(item.data)
                    pending_size -= taken
                    await self.deliver(batch)
                    await log_.commit(GROUP, topic, 0, batch[-1].offset + 1)
                    continue
                wait_ms = max(1, min(due - now, CONFIG_WAIT_MS))
            result = await log_.read(
                topic, 0, read_at, max_records=10_000, max_bytes=size_limit, wait_ms=wait_ms
            )
            for record in result.records:
                item = Item(
                    record.value, record.timestamp_ms, record.offset, kinesis_metadata(record.headers)
                )
                pending.append(item)
                pending_size += len(record.value)
            read_at = result.next_offset

    async def deliver(self, batch: list[Item]) -> None:
        backoff = self.engine.settings.retry_base_s
        while True:
            try:
                await self.engine.deliver(self.stream, batch)
                self.delivered_batches += 1
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning(
                    "firehose delivery failed; retrying",
                    extra={"fields": {"stream": self.stream.arn, "error": repr(exc), "records": len(batch)}},
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30.0)


class DeliveryEngine:
    """Starts, updates and stops the workers (and Kinesis source readers) of every delivery stream."""

    def __init__(self, log_: Log, settings: FirehoseSettings) -> None:
        self.log = log_
        self.settings = settings
        self.workers: dict[str, Worker] = {}
        self.sources: dict[str, asyncio.Task[None]] = {}
        self._http: httpx.AsyncClient | None = None

    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(verify=self.settings.verify_tls, follow_redirects=False)
        return self._http

    def launch(self, stream: DeliveryStream, source: Callable[[], Awaitable[None]] | None = None) -> None:
        """Start ``stream``'s worker, and its Kinesis reader when ``source`` (the reader's run) is given."""
        if stream.topic in self.workers:
            self.update(stream)
            return
        worker = Worker(self, stream)
        self.workers[stream.topic] = worker
        worker.task = self._spawn(worker.run, stream, "firehose")
        if source is not None:
            self.sources[stream.topic] = self._spawn(source, stream, "firehose-source")

    def update(self, stream: DeliveryStream) -> None:
        """A new configuration (``UpdateDestination``, encryption): the next batch uses it."""
        worker = self.workers.get(stream.topic)
        if worker is None:
            return
        worker.stream = stream

    async def stop(self, stream: DeliveryStream) -> None:
        worker = self.workers.pop(stream.topic, None)
        tasks = [t for t in (worker.task if worker else None, self.sources.pop(stream.topic, None)) if t]
        for task in tasks:
            # cancel until it ends: Python 3.11's asyncio.wait_for (under Log.read's wait) can swallow
            # a cancellation that lands as its timeout fires
            while not task.done():
                task.cancel()
                await asyncio.wait({task}, timeout=0.1)
            with contextlib.suppress(asyncio.CancelledError, Exception):
                task.result()

    async def close(self) -> None:
        for worker in list(self.workers.values()):
            await self.stop(worker.stream)
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    def _spawn(
        self, run: Callable[[], Awaitable[None]], stream: DeliveryStream, what: str
    ) -> asyncio.Task[None]:
        return asyncio.create_task(self._guard(run, stream), name=f"{what}:{stream.topic}")

    async def _guard(self, run: Callable[[], Awaitable[None]], stream: DeliveryStream) -> None:
        """Keep a worker alive across unexpected errors (a log hiccup): restart it after a pause."""
        while True:
            try:
                await run()
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("firehose worker failed; restarting", extra={"fields": {"stream": stream.arn}})
                await asyncio.sleep(self.settings.retry_base_s)

    # --- destinations ------------------------------------------------------------------------------

    async def deliver(self, stream: DeliveryStream, batch: list[Item]) -> None:
        config = stream.destination
        processed = await processing.process(
            config,
            batch,
            stream_arn=stream.arn,
            source_arn=stream.source.get("KinesisStreamARN"),
            account_id=stream.account_id,
            region=stream.region,
            retries=self.settings.lambda_retries,
        )
        if stream.destination_kind == "ExtendedS3Destination":
            if config.get("S3BackupMode") == "Enabled" and config.get("S3BackupConfiguration"):
                await s3.write_records(stream, config["S3BackupConfiguration"], [(i, i.data) for i in batch])
            if partitioning.enabled(config):
                failed = await self._write_partitioned(stream, config, processed)
            else:
                await s3.write_records(stream, config, processed.ok, processed.delimiter)
                failed = []
            await s3.write_failed(stream, config, processed.failed + failed)
            return
        if stream.destination_kind == "HttpEndpointDestination":
            backup = config["S3Configuration"]
            if config.get("S3BackupMode") == "AllData":
                await s3.write_records(stream, backup, [(i, i.data) for i in batch])
            await s3.write_failed(stream, backup, processed.failed)
            if not processed.ok:
                return
            # each HTTP record stands alone: a configured delimiter ends every one
            records = [data + processed.delimiter for _, data in processed.ok]
            outcome = await http.post(
                self.http, stream, config, records, retry_base_s=self.settings.retry_base_s
            )
            if not outcome.delivered:
                items = [item for item, _ in processed.ok]
                url = config["EndpointConfiguration"]["Url"]
                await s3.write_failed(stream, backup, http.failures(items, outcome, url))
            return
        backup = config["S3Configuration"]
        if stream.destination_kind == "RedshiftDestination":
            # the intermediate objects AWS writes before its COPY (which Overcast does not run)
            if config.get("S3BackupMode") == "Enabled" and config.get("S3BackupConfiguration"):
                await s3.write_records(stream, config["S3BackupConfiguration"], [(i, i.data) for i in batch])
            await s3.write_records(stream, backup, processed.ok, processed.delimiter)
            await s3.write_failed(stream, backup, processed.failed)
            return
        output_type, service = UNREACHABLE[stream.destination_kind]
        if config.get("S3BackupMode") in ALL_RECORDS_MODES:
            await s3.write_records(stream, backup, [(i, i.data) for i in batch])
        ended = now_ms()
        message = f"Overcast does not emulate {service}: the destination cannot be reached."
        unreachable = [
            Failed(item, f"{service}.DestinationUnavailable", message, 1, ended, {}, output_type)
            for item, _ in processed.ok
        ]
        await s3.write_failed(stream, backup, processed.failed + unreachable)

    async def _write_partitioned(
        self, stream: DeliveryStream, config: dict[str, Any], processed: processing.Processed
    ) -> list[Failed]:
        """One object per distinct set of partition keys; records without their keys fail."""
        query = partitioning.query_of(config)
        groups: dict[str, tuple[dict[str, dict[str, str]], list[tuple[Item, bytes]]]] = {}
        failed: list[Failed] = []
        prefix = config.get("Prefix") or ""
        for item, data in processed.ok:
            try:
                keys = {
                    "partitionKeyFromQuery": query.keys(data) if query is not None else {},
                    "partitionKeyFromLambda": processed.lambda_keys.get(item.offset, {}),
                }
                partition = partitioning.partition_of(prefix, keys)
            except (ValueError, KeyError) as exc:
                failed.append(
                    Failed(
                        item,
                        "DynamicPartitioning.MetadataExtractionFailed",
                        f"Partition keys could not be extracted: {exc}",
                        1,
                        now_ms(),
                        {},
                        PARTITIONING_FAILED,
                    )
                )
                continue
            groups.setdefault(partition, (keys, []))[1].append((item, data))
        for keys, records in groups.values():
            await s3.write_records(stream, config, records, processed.delimiter, partition_keys=keys)
        return failed
