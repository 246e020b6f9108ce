"""CloudTrail's event log: the durable stream every audited call is appended to, and its indexer.

The log is ``overcast_common.log`` (``open_log(settings, "cloudtrail")``): a SQLite file under the data
directory when embedded, Kafka topic ``overcast.cloudtrail.events`` in cluster mode. Writers:

- embedded, the gateway hands each batch to this service in-process (``AUDIT_OPERATION``) and
  :meth:`EventLog.append` writes it;
- cluster, the gateway appends to the Kafka topic itself (CloudTrail advertises where it is, see
  :meth:`EventLog.advertised`), so audit events survive a CloudTrail outage; if Kafka cannot be
  reached from the gateway, it ships batches over gRPC and this service appends them.

One log record holds many CloudTrail records (newline-separated compact JSON, at most
``MAX_MESSAGE_BYTES``): per-record framing would cost the writers a Kafka message each. The
:class:`Indexer` reads the topic from its committed position (group ``GROUP``) and writes the
``LookupEvents`` index (SQL) and the trails' delivery cursor source; the index skips event ids it
already has, so a batch read twice after a crash is stored once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from overcast_common.log import Log, Message

log = logging.getLogger("overcast.cloudtrail")

TOPIC = "events"
PARTITION = 0
GROUP = "lookup-index"
RETENTION_MS = 7 * 24 * 3600 * 1000
"""How long the log keeps records: the index (90 days) is what lookups read; the log only needs to
outlast an indexer outage."""
MAX_MESSAGE_BYTES = 256 * 1024
"""Per log record; Kafka's default message limit is 1 MiB."""
READ_RECORDS = 64
WAIT_MS = 500
"""How long one read waits for new records (woken at once by an append in this process)."""
HINT_LIMIT = 64
"""Log records (each up to a batch of 500 CloudTrail records) whose fields are kept for the indexer
(embedded); while the indexer lags further behind, it parses the JSON instead of holding more memory."""


def frame(documents: Sequence[str]) -> list[bytes]:
    """CloudTrail records as log record values: newline-joined (compact JSON never holds a raw newline),
    each value at most ``MAX_MESSAGE_BYTES`` unless one record alone is larger."""
    out: list[bytes] = []
    chunk: list[bytes] = []
    size = 0
    for document in documents:
        data = document.encode()
        if chunk and size + len(data) + 1 > MAX_MESSAGE_BYTES:
            out.append(b"\n".join(chunk))
            chunk, size = [], 0
        chunk.append(data)
        size += len(data) + 1
    if chunk:
        out.append(b"\n".join(chunk))
    return out


def unframe(value: bytes) -> list[str]:
    return [line.decode() for line in value.split(b"\n") if line]


class Sink(Protocol):
    """Where indexed records go: ``CloudtrailProvider.ingest``."""

    async def __call__(
        self, documents: Sequence[str], records: Sequence[Mapping[str, Any] | None] | None = None
    ) -> int: ...


class EventLog:
    """The log, its topic, and the indexer that keeps ``LookupEvents``' index up to date."""

    def __init__(self, backing: Log, index: Sink) -> None:
        self.log = backing
        self.index = index
        self._hints: dict[bytes, list[Mapping[str, Any]]] = {}
        """Log record value → its records' fields as the in-process gateway built them (spares a JSON
        parse); event ids make every value unique."""
        self._task: asyncio.Task[None] | None = None
        self._position = 0
        self._indexed = asyncio.Condition()
        self._closing = False

    async def start(self) -> None:
        await self.log.create_topic(TOPIC, partitions=1, retention_ms=RETENTION_MS)
        committed = await self.log.committed(GROUP, TOPIC, PARTITION)
        self._position = (
            committed if committed is not None else await self.log.earliest_offset(TOPIC, PARTITION)
        )
        self._task = asyncio.get_running_loop().create_task(self._run(), name="cloudtrail-indexer")

    def advertised(self) -> dict[str, str]:
        """Where writers in other processes may append (``{}``: only through this service)."""
        bootstrap = getattr(self.log, "bootstrap_servers", None)
        prefix = getattr(self.log, "prefix", None)
        if not isinstance(bootstrap, str) or not isinstance(prefix, str):
            return {}  # the SQLite log is this process's own file
        return {"Kafka": bootstrap, "Prefix": prefix, "Topic": TOPIC}

    async def append(
        self, documents: Sequence[str], records: Sequence[Mapping[str, Any] | None] | None = None
    ) -> int:
        """Append a batch of records; returns how many. ``records`` (in-process) are their indexed fields."""
        values = frame(documents)
        if records is not None and all(r is not None for r in records) and len(self._hints) < HINT_LIMIT:
            # keyed by the value, set before appending: the indexer may read the record before
            # append_batch returns its offset
            start = 0
            for value in values:
                count = value.count(b"\n") + 1
                self._hints[value] = [r for r in records[start : start + count] if r is not None]
                start += count
        try:
            await self.log.append_batch(TOPIC, PARTITION, [Message(v) for v in values])
        except BaseException:
            for value in values:
                self._hints.pop(value, None)
            raise
        return len(documents)

    async def wait_indexed(self, offset: int, timeout: float = 5.0) -> bool:
        """Wait until everything below ``offset`` is indexed (tests, shutdown)."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout), self._indexed:
                await self._indexed.wait_for(lambda: self._position >= offset)
                return True
        return False

    async def drain(self, timeout: float = 5.0) -> bool:
        """Wait until every record appended so far is indexed."""
        return await self.wait_indexed(await self.log.latest_offset(TOPIC, PARTITION), timeout)

    async def skip_to_end(self) -> None:
        """``/_overcast/reset``: what the log holds is forgotten by the index."""
        end = await self.log.latest_offset(TOPIC, PARTITION)
        self._hints.clear()
        self._position = max(self._position, end)
        await self.log.commit(GROUP, TOPIC, PARTITION, self._position)

    async def close(self) -> None:
        self._closing = True
        if self._task is not None:
            # let the read in flight end by itself (at most WAIT_MS): cancelling the Kafka adapter inside
            # its long-poll fetch leaks that fetch's connection; cancel only if it does not end
            done, _ = await asyncio.wait([self._task], timeout=WAIT_MS / 1000 + 2)
            if not done:
                self._task.cancel()
                await asyncio.wait([self._task], timeout=2)
            self._task = None
        await self.log.close()

    async def _run(self) -> None:
        while not self._closing:
            try:
                await self._step()
            except asyncio.CancelledError:
                raise
            except Exception:  # the log or the index is unavailable: retry from the same position
                log.exception("cloudtrail indexer failed; retrying")
                await asyncio.sleep(1.0)

    async def _step(self) -> None:
        result = await self.log.read(
            TOPIC, PARTITION, self._position, max_records=READ_RECORDS, wait_ms=WAIT_MS
        )
        if not result.records:
            if result.next_offset > self._position:  # trimmed past us
                self._position = result.next_offset
            return
        for record in result.records:
            if record.offset < self._position:
                continue  # skip_to_end ran while this read was in flight
            documents = unframe(record.value)
            hints = self._hints.pop(record.value, None)
            await self.index(documents, hints if hints is not None and len(hints) == len(documents) else None)
        position = max(self._position, result.next_offset)
        await self.log.commit(GROUP, TOPIC, PARTITION, position)
        async with self._indexed:
            self._position = position
            self._indexed.notify_all()
