"""The embedded log: one SQLite file (WAL), stdlib ``sqlite3`` on two worker threads.

- Appends are **group-committed**: every append waiting while a transaction runs goes into the next
  one, so concurrent appenders share a commit instead of paying one each. One writer thread, one
  ``BEGIN IMMEDIATE`` per group: offsets come from ``partitions.next_offset`` inside the transaction,
  so they stay dense and ordered even with several processes on one file.
- Reads run on their own thread and connection (WAL readers never block the writer).
- ``synchronous=NORMAL``: a committed append survives a crash of the process (``kill -9``), as the
  metadata databases do; not necessarily a power cut.
- Retention: reads skip records older than the topic's retention at once; ``trim`` (every
  ``trim_interval_s`` in the background, and on a retention decrease) deletes them and moves the
  partition's ``earliest``; freed pages go back to the file through incremental vacuum.
- Waiting reads are woken by this process's appends (``Wakeups``); appends by another process on the
  same file do not wake them (embedded mode runs one process per service).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from overcast_common.log.codec import decode_headers, encode_headers
from overcast_common.log.port import (
    Appended,
    Message,
    ReadResult,
    Record,
    TopicExists,
    TopicInfo,
    Trimmed,
    UnknownPartition,
    UnknownTopic,
    check_name,
    check_partitions,
    check_retention,
    now_ms,
)
from overcast_common.log.wakeups import Wakeups, read_waiting

LOG_FILE = "log.db"
_T = TypeVar("_T")
_Db = TypeVar("_Db", sqlite3.Connection, sqlite3.Cursor)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS topics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    partitions INTEGER NOT NULL,
    retention_ms INTEGER
);
CREATE TABLE IF NOT EXISTS partitions (
    topic_id INTEGER NOT NULL,
    partition INTEGER NOT NULL,
    next_offset INTEGER NOT NULL,
    earliest INTEGER NOT NULL,
    last_ts INTEGER NOT NULL,
    PRIMARY KEY (topic_id, partition)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS records (
    topic_id INTEGER NOT NULL,
    partition INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    ts INTEGER NOT NULL,
    key BLOB,
    headers BLOB,
    value BLOB NOT NULL,
    PRIMARY KEY (topic_id, partition, offset)
);
CREATE TABLE IF NOT EXISTS positions (
    grp TEXT NOT NULL,
    topic_id INTEGER NOT NULL,
    partition INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    PRIMARY KEY (grp, topic_id, partition)
) WITHOUT ROWID;
"""

_INSERT_PLAIN = "INSERT INTO records VALUES (?, ?, ?, ?, NULL, NULL, ?)"
"""A record without key or headers: its NULLs in the statement and its value bound as a ``bytearray``.
The driver binds ``None`` and ``bytes`` through its adapter lookup (a failed attribute lookup each that
formats an ``AttributeError``: ~3,000 instructions a parameter, measured), ``bytearray`` directly, and
copying a record's value into one costs a small fraction of that. Stored and read back the same (BLOB)."""

# work for a ``_Thread``: (function, its future, the loop to answer on)
_Job = tuple[Callable[[], Any], "asyncio.Future[Any]", asyncio.AbstractEventLoop]

# one pending append group: (topic, partition, messages, its future, whether the future takes the one
# ``Appended`` of a single append rather than the list)
_Pending = tuple[str, int, Sequence[Message], "asyncio.Future[Any]", bool]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


@contextlib.contextmanager
def _transaction(conn: _Db, mode: str = "IMMEDIATE") -> Iterator[_Db]:
    conn.execute(f"BEGIN {mode}")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class _Thread:
    """One worker thread running what is submitted, in order; each result comes back to the submitting
    loop as an asyncio future. ``run_in_executor`` on a one-thread pool does the same through a
    ``concurrent.futures`` future chained to an asyncio one: several times the Python per hand-over, and
    the writer hands over once per append group."""

    def __init__(self, name: str) -> None:
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], _T]) -> asyncio.Future[_T]:
        if self._stopped:  # as an executor refuses: nothing would ever answer
            raise RuntimeError("cannot schedule new work after shutdown")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[_T] = loop.create_future()
        self._queue.put((fn, future, loop))
        return future

    def shutdown(self, wait: bool = True) -> None:
        self._stopped = True
        self._queue.put(None)
        if wait and self._thread is not threading.current_thread():
            self._thread.join()

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            fn, future, loop = job
            try:
                result, error = fn(), None
            except BaseException as exc:  # handed to the waiter, as an executor would
                result, error = None, exc
            with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
                loop.call_soon_threadsafe(_settle, future, result, error)


def _settle(future: asyncio.Future[Any], result: object, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is None:
        future.set_result(result)
    else:
        future.set_exception(error)


class SqliteLog:
    """``Log`` on a SQLite file. Open with ``await SqliteLog.open(path)``; ``close()`` when done."""

    def __init__(self, path: Path, *, trim_interval_s: float | None = 60.0) -> None:
        self.path = path
        self.trim_interval_s = trim_interval_s
        self._writer = _Thread("log-writer")
        self._reader = _Thread("log-reader")
        self._wconn: sqlite3.Connection | None = None
        self._wcursor: sqlite3.Cursor | None = None
        self._rconn: sqlite3.Connection | None = None
        self._pending: list[_Pending] = []
        self._flusher: asyncio.Task[None] | None = None
        self._trimmer: asyncio.Task[None] | None = None
        self._wakeups = Wakeups()
        self._closed = False

    @classmethod
    async def open(cls, path: Path | str, *, trim_interval_s: float | None = 60.0) -> SqliteLog:
        """Open (creating it) the log file at ``path``; a directory gets ``log.db`` inside it."""
        target = Path(path)
        if target.is_dir() or target.suffix == "":
            target = target / LOG_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        log = cls(target, trim_interval_s=trim_interval_s)
        await log._on(log._writer, log._init_writer)
        await log._on(log._reader, log._init_reader)
        if trim_interval_s:
            log._trimmer = asyncio.create_task(log._trim_forever(trim_interval_s))
        return log

    # --- threads ---------------------------------------------------------------------------------

    async def _on(self, thread: _Thread, fn: Callable[[], _T]) -> _T:
        return await thread.submit(fn)

    def _init_writer(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30.0)
        # auto_vacuum only takes effect before the first table exists
        conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_SCHEMA)
        self._wconn = conn
        self._wcursor = conn.cursor()

    def _init_reader(self) -> None:
        self._rconn = _connect(self.path)

    @property
    def _w(self) -> sqlite3.Connection:
        assert self._wconn is not None, "log not open"
        return self._wconn

    @property
    def _r(self) -> sqlite3.Connection:
        assert self._rconn is not None, "log not open"
        return self._rconn

    # --- topics ----------------------------------------------------------------------------------

    async def create_topic(self, topic: str, *, partitions: int = 1, retention_ms: int | None = None) -> bool:
        check_name(topic)
        check_partitions(partitions)
        check_retention(retention_ms)

        def run() -> bool:
            with _transaction(self._w):
                row = self._w.execute("SELECT partitions FROM topics WHERE name = ?", (topic,)).fetchone()
                if row is not None:
                    if row[0] != partitions:
                        raise TopicExists(
                            f"topic {topic!r} exists with {row[0]} partitions, not {partitions}"
                        )
                    return False
                cur = self._w.execute(
                    "INSERT INTO topics (name, partitions, retention_ms) VALUES (?, ?, ?)",
                    (topic, partitions, retention_ms),
                )
                self._w.executemany(
                    "INSERT INTO partitions VALUES (?, ?, 0, 0, 0)",
                    [(cur.lastrowid, p) for p in range(partitions)],
                )
                return True

        return await self._on(self._writer, run)

    async def delete_topic(self, topic: str) -> None:
        def run() -> None:
            with _transaction(self._w):
                topic_id = self._topic_id(self._w, topic)
                for table in ("records", "partitions", "positions"):
                    self._w.execute(f"DELETE FROM {table} WHERE topic_id = ?", (topic_id,))
                self._w.execute("DELETE FROM topics WHERE id = ?", (topic_id,))
            self._w.execute("PRAGMA incremental_vacuum")

        await self._on(self._writer, run)
        self._wakeups.notify_topic(topic)

    async def describe_topic(self, topic: str) -> TopicInfo | None:
        def run() -> TopicInfo | None:
            row = self._r.execute(
                "SELECT partitions, retention_ms FROM topics WHERE name = ?", (topic,)
            ).fetchone()
            return None if row is None else TopicInfo(topic, row[0], row[1])

        return await self._on(self._reader, run)

    async def list_topics(self, prefix: str = "") -> list[str]:
        def run() -> list[str]:
            rows = self._r.execute("SELECT name FROM topics ORDER BY name").fetchall()
            return [r[0] for r in rows if r[0].startswith(prefix)]

        return await self._on(self._reader, run)

    async def set_retention(self, topic: str, retention_ms: int | None) -> None:
        check_retention(retention_ms)

        def run() -> None:
            with _transaction(self._w):
                topic_id = self._topic_id(self._w, topic)
                self._w.execute("UPDATE topics SET retention_ms = ? WHERE id = ?", (retention_ms, topic_id))
            self._trim_now(topic)

        await self._on(self._writer, run)

    # --- appends ---------------------------------------------------------------------------------

    def append(self, topic: str, partition: int, message: Message) -> asyncio.Future[Appended]:
        # the future itself, not a coroutine awaiting it: no coroutine at all per append (SNS appends
        # one per Publish)
        future: asyncio.Future[Appended] = asyncio.get_running_loop().create_future()
        self._enqueue((topic, partition, (message,), future, True))
        return future

    async def append_batch(self, topic: str, partition: int, messages: Sequence[Message]) -> list[Appended]:
        if not messages:
            return []
        future: asyncio.Future[list[Appended]] = asyncio.get_running_loop().create_future()
        self._enqueue((topic, partition, messages, future, False))
        return await future

    def _enqueue(self, pending: _Pending) -> None:
        """Queue an append group for the next write; the flusher takes every group queued by then."""
        self._pending.append(pending)
        if self._flusher is None:
            self._flusher = asyncio.create_task(self._flush())

    async def _flush(self) -> None:
        try:
            while self._pending:
                group, self._pending = self._pending, []
                try:
                    results = await self._on(self._writer, functools.partial(self._write_group, group))
                except BaseException as exc:
                    for *_, future, _ in group:
                        if not future.done():
                            future.set_exception(exc if isinstance(exc, Exception) else RuntimeError(exc))
                    if not isinstance(exc, Exception):
                        raise
                    continue
                for (topic, partition, _, future, single), result in zip(group, results, strict=True):
                    if isinstance(result, Exception):
                        if not future.done():
                            future.set_exception(result)
                        continue
                    if not future.done():
                        future.set_result(result[0] if single else result)
                    self._wakeups.notify(topic, partition)
        finally:
            self._flusher = None

    def _write_group(self, group: list[_Pending]) -> list[list[Appended] | Exception]:
        # one cursor for the writer's statements: ``Connection.execute`` makes a new one per call
        conn = self._wcursor
        assert conn is not None, "log not open"
        results: list[list[Appended] | Exception] = []
        state: dict[tuple[int, int], list[int]] = {}  # (topic id, partition) -> [next offset, last ts]
        topic_ids: dict[str, tuple[int, int] | None] = {}
        rows: list[tuple[int, int, int, int, bytes | None, bytes | None, bytes]] = []
        plain_rows: list[tuple[int, int, int, int, bytearray]] = []  # no key, no headers
        with _transaction(conn):
            for topic, partition, messages, _, _ in group:
                if topic not in topic_ids:
                    row = conn.execute(
                        "SELECT id, partitions FROM topics WHERE name = ?", (topic,)
                    ).fetchone()
                    topic_ids[topic] = None if row is None else (row[0], row[1])
                found = topic_ids[topic]
                if found is None:
                    results.append(UnknownTopic(topic))
                    continue
                topic_id, count = found
                if not 0 <= partition < count:
                    results.append(UnknownPartition(topic, partition))
                    continue
                key = (topic_id, partition)
                if key not in state:
                    next_offset, last_ts = conn.execute(
                        "SELECT next_offset, last_ts FROM partitions WHERE topic_id = ? AND partition = ?",
                        key,
                    ).fetchone()
                    state[key] = [next_offset, last_ts]
                current = state[key]
                ts = max(now_ms(), current[1])
                appended: list[Appended] = []
                for message in messages:
                    offset = current[0]
                    if message.key is None and not message.headers:
                        plain_rows.append((topic_id, partition, offset, ts, bytearray(message.value)))
                    else:
                        rows.append(
                            (
                                topic_id,
                                partition,
                                offset,
                                ts,
                                message.key,
                                encode_headers(message.headers) if message.headers else None,
                                message.value,
                            )
                        )
                    appended.append(Appended(partition, offset, ts))
                    current[0] += 1
                current[1] = ts
                results.append(appended)
            if plain_rows:
                conn.executemany(_INSERT_PLAIN, plain_rows)
            if rows:
                conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            conn.executemany(
                "UPDATE partitions SET next_offset = ?, last_ts = ? WHERE topic_id = ? AND partition = ?",
                [(nxt, ts, tid, p) for (tid, p), (nxt, ts) in state.items()],
            )
        return results

    # --- reads -----------------------------------------------------------------------------------

    async def read(
        self,
        topic: str,
        partition: int,
        offset: int,
        *,
        max_records: int = 1000,
        max_bytes: int = 10 * 1024 * 1024,
        wait_ms: int = 0,
    ) -> ReadResult:
        return await read_waiting(
            self._wakeups,
            topic,
            partition,
            wait_ms,
            lambda: self._on(
                self._reader, lambda: self._read(topic, partition, offset, max_records, max_bytes)
            ),
            lambda: self._closed,
        )

    def _read(self, topic: str, partition: int, offset: int, max_records: int, max_bytes: int) -> ReadResult:
        conn = self._r
        with _transaction(conn, "DEFERRED"):
            topic_id, earliest, end = self._partition(conn, topic, partition)
            start = max(offset, earliest)
            cutoff = self._cutoff(conn, topic_id)
            records: list[Record] = []
            size = 0
            cursor = conn.execute(
                "SELECT offset, ts, key, headers, value FROM records"
                " WHERE topic_id = ? AND partition = ? AND offset >= ? AND ts >= ? ORDER BY offset LIMIT ?",
                (topic_id, partition, start, cutoff, max(max_records, 1)),
            )
            for off, ts, key, headers, value in cursor:
                record = Record(topic, partition, off, ts, value, key, decode_headers(headers))
                if records and size + record.size > max_bytes:
                    break
                records.append(record)
                size += record.size
            cursor.close()
        if records:
            next_offset = records[-1].offset + 1
        elif cutoff > 0:
            next_offset = max(start, self._first_at_or_after(conn, topic_id, partition, cutoff, start, end))
        else:
            next_offset = start
        return ReadResult(records, min(next_offset, max(end, offset)), end)

    async def earliest_offset(self, topic: str, partition: int) -> int:
        def run() -> int:
            with _transaction(self._r, "DEFERRED"):
                topic_id, earliest, end = self._partition(self._r, topic, partition)
                cutoff = self._cutoff(self._r, topic_id)
                if cutoff <= 0:
                    return earliest
                return self._first_at_or_after(self._r, topic_id, partition, cutoff, earliest, end)

        return await self._on(self._reader, run)

    async def latest_offset(self, topic: str, partition: int) -> int:
        def run() -> int:
            return self._partition(self._r, topic, partition)[2]

        return await self._on(self._reader, run)

    async def offset_for_time(self, topic: str, partition: int, timestamp_ms: int) -> int:
        def run() -> int:
            with _transaction(self._r, "DEFERRED"):
                topic_id, earliest, end = self._partition(self._r, topic, partition)
                since = max(timestamp_ms, self._cutoff(self._r, topic_id))
                return self._first_at_or_after(self._r, topic_id, partition, since, earliest, end)

        return await self._on(self._reader, run)

    # --- positions -------------------------------------------------------------------------------

    async def commit(self, group: str, topic: str, partition: int, offset: int) -> None:
        check_name(group, "group")

        def run() -> None:
            with _transaction(self._w):
                topic_id, _, _ = self._partition(self._w, topic, partition)
                self._w.execute(
                    "INSERT INTO positions VALUES (?, ?, ?, ?) ON CONFLICT (grp, topic_id, partition)"
                    " DO UPDATE SET offset = excluded.offset",
                    (group, topic_id, partition, offset),
                )

        await self._on(self._writer, run)

    async def committed(self, group: str, topic: str, partition: int) -> int | None:
        def run() -> int | None:
            topic_id, _, _ = self._partition(self._r, topic, partition)
            row = self._r.execute(
                "SELECT offset FROM positions WHERE grp = ? AND topic_id = ? AND partition = ?",
                (group, topic_id, partition),
            ).fetchone()
            return None if row is None else int(row[0])

        return await self._on(self._reader, run)

    # --- retention -------------------------------------------------------------------------------

    async def trim(self, topic: str | None = None) -> list[Trimmed]:
        return await self._on(self._writer, lambda: self._trim_now(topic))

    async def _trim_forever(self, interval_s: float) -> None:
        while True:
            await asyncio.sleep(interval_s)
            with contextlib.suppress(sqlite3.Error):
                await self.trim()

    def _trim_now(self, topic: str | None) -> list[Trimmed]:
        conn = self._w
        done: list[Trimmed] = []
        with _transaction(conn):
            if topic is None:
                topics = conn.execute(
                    "SELECT id, name, retention_ms FROM topics WHERE retention_ms IS NOT NULL"
                ).fetchall()
            else:
                topics = conn.execute(
                    "SELECT id, name, retention_ms FROM topics WHERE name = ?", (topic,)
                ).fetchall()
                if not topics:
                    raise UnknownTopic(topic)
            for topic_id, name, retention_ms in topics:
                if retention_ms is None:
                    continue
                cutoff = now_ms() - retention_ms
                parts = conn.execute(
                    "SELECT partition, earliest, next_offset FROM partitions WHERE topic_id = ?", (topic_id,)
                ).fetchall()
                for partition, earliest, end in parts:
                    first = self._first_at_or_after(conn, topic_id, partition, cutoff, earliest, end)
                    if first > earliest:
                        conn.execute(
                            "DELETE FROM records WHERE topic_id = ? AND partition = ? AND offset < ?",
                            (topic_id, partition, first),
                        )
                        conn.execute(
                            "UPDATE partitions SET earliest = ? WHERE topic_id = ? AND partition = ?",
                            (first, topic_id, partition),
                        )
                    done.append(Trimmed(name, partition, max(first, earliest)))
        conn.execute("PRAGMA incremental_vacuum")
        return done

    # --- helpers (run on a worker thread) --------------------------------------------------------

    @staticmethod
    def _topic_id(conn: sqlite3.Connection, topic: str) -> int:
        row = conn.execute("SELECT id FROM topics WHERE name = ?", (topic,)).fetchone()
        if row is None:
            raise UnknownTopic(topic)
        return int(row[0])

    @staticmethod
    def _partition(conn: sqlite3.Connection, topic: str, partition: int) -> tuple[int, int, int]:
        """(topic id, earliest, next offset) of a partition."""
        row = conn.execute(
            "SELECT t.id, p.earliest, p.next_offset, t.partitions FROM topics t"
            " LEFT JOIN partitions p ON p.topic_id = t.id AND p.partition = ? WHERE t.name = ?",
            (partition, topic),
        ).fetchone()
        if row is None:
            raise UnknownTopic(topic)
        if row[1] is None:
            raise UnknownPartition(topic, partition)
        return int(row[0]), int(row[1]), int(row[2])

    @staticmethod
    def _cutoff(conn: sqlite3.Connection, topic_id: int) -> int:
        row = conn.execute("SELECT retention_ms FROM topics WHERE id = ?", (topic_id,)).fetchone()
        return 0 if row is None or row[0] is None else now_ms() - int(row[0])

    @staticmethod
    def _first_at_or_after(
        conn: sqlite3.Connection, topic_id: int, partition: int, ts: int, low: int, high: int
    ) -> int:
        """Binary search over offsets [low, high) for the first record with timestamp >= ``ts``
        (timestamps never decrease within a partition); ``high`` if there is none."""
        query = (
            "SELECT offset, ts FROM records WHERE topic_id = ? AND partition = ? AND offset >= ?"
            " ORDER BY offset LIMIT 1"
        )
        while low < high:
            mid = (low + high) // 2
            row = conn.execute(query, (topic_id, partition, mid)).fetchone()
            if row is None or row[0] >= high or row[1] >= ts:
                high = mid
            else:
                low = int(row[0]) + 1
        return low

    # --- lifecycle -------------------------------------------------------------------------------

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._trimmer is not None:
            self._trimmer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._trimmer
        while self._flusher is not None:
            await asyncio.shield(self._flusher)
        for topic, partition in list(self._wakeups._events):
            self._wakeups.notify(topic, partition)
        if self._wconn is not None:
            await self._on(self._writer, self._wconn.close)
        if self._rconn is not None:
            await self._on(self._reader, self._rconn.close)
        self._writer.shutdown(wait=True)
        self._reader.shutdown(wait=True)
