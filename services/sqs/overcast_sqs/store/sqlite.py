"""Embedded SQS store: one SQLite file under the data directory.

Speed and durability choices (issue 3 asks for thousands of sends per second on one core):

- **One connection, used on the event loop's thread.** Each step here is a few prepared statements
  (tens of µs); handing it to a worker thread would cost more than the work (a thread hop is ~50-100
  µs and serialises anyway). No step awaits mid-way, so every step is atomic with respect to other
  coroutines as well as on disk.
- **Group commit.** The steps that run in the same event-loop turn share one transaction: the first
  one opens it (``BEGIN IMMEDIATE``), a ``call_soon`` callback commits it on the next turn, and every
  step of the group is answered only after that ``COMMIT`` (``_Step``). With 16 requests in flight
  one commit (~25 µs) serves many sends, deletes or receives. Steps inside a group see each other's
  writes, and every caller that saw them is answered after the same commit, so no answer ever
  reflects a write that was not committed. A step that raises (a storage error: disk full, I/O)
  rolls back the whole group and every step in it fails; nothing was acknowledged, so nothing is
  lost, and no half-done step is ever committed. (Per-step savepoints would confine the failure to
  one step but cost ~7 µs per step, a third of what the group saves, for errors that doom the
  commit anyway.)
- **WAL with ``synchronous=NORMAL``.** A commit appends to the WAL and returns once the bytes are
  in the OS page cache, so an acknowledged send survives ``kill -9`` of the process (the kernel
  still writes it out); only an OS crash or power cut can lose the last commits, never corrupt the
  file. ``FULL`` would fsync on every commit for protection a local emulator does not need.
- **Checkpoints off the request path.** Automatic checkpoints are off: SQLite would run one inside
  whichever ``COMMIT`` crossed the threshold, copying megabytes on the event loop (measured: 20-75 ms
  stalls at 10,000 pages, every request in flight waiting). A daemon thread with its own connection
  runs ``PRAGMA wal_checkpoint(PASSIVE)`` every ``_CHECKPOINT_EVERY_S``; it never blocks the writer,
  and sqlite3 releases the GIL while it copies. This needs the normal locking mode (the shared-memory
  WAL index); exclusive mode saved little once commits were grouped. Under steady writes passive
  checkpoints never let the WAL start over, so past ``_RESTART_FRAMES`` the thread holds writes for a
  moment and restarts it (``_Checkpointer``).
- **Retention sweeps in small slices.** ``expire`` deletes in chunks of ``_SWEEP_CHUNK`` rows, one
  short step each, yielding between them, and skips queues that cannot hold anything old enough
  (a per-queue lower bound on ``sent_ms``, kept in memory), so a sweep of a big queue with nothing
  to expire costs nothing and one with much to expire never holds the loop for long.
- **No index on ``message_id``.** Receipt tokens name their message's row (``_token``), so handles
  find rows by primary key. An index on random UUIDs dirtied one random page per send (measured:
  6.2 KiB of WAL per 256-byte send, 1.6 KiB without it; a third less CPU per send, commits twice as
  fast), and the checkpoints wrote all of it back. A partial index covers the rare message whose row
  changed (moved to a dead-letter queue and back).
- **Deleted and purged queues' messages go in the background** (``_reap``), ``_REAP_CHUNK`` per step:
  deleting 65,000 in one step held the loop 120-650 ms. A purged queue moves to a new id; ids are never
  reused, so nothing reads the old messages meanwhile.
- Queue records are cached in memory: this process is the file's only writer.
- Long polling is an in-process ``asyncio.Event`` per listener, set right after the commit.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import Any

from overcast_common.telemetry.spans import traced_backend

from overcast_sqs.store.port import (
    FifoSend,
    HandleStatus,
    MessageCounts,
    MoveStep,
    MoveTask,
    NewMessage,
    Queue,
    QueueKey,
    ReceiptRef,
    ReceiveRequest,
    ReceiveResult,
    SendOutcome,
    Signal,
    StoredMessage,
)
from overcast_sqs.store.sqlite_rows import INSERT_MESSAGE as _INSERT_MESSAGE
from overcast_sqs.store.sqlite_rows import insert_plain
from overcast_sqs.store.sqlite_rows import message_row as _message_row

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queues (
    qid         INTEGER PRIMARY KEY,
    account     TEXT NOT NULL,
    region      TEXT NOT NULL,
    name        TEXT NOT NULL,
    attributes  TEXT NOT NULL,     -- JSON object
    tags        TEXT NOT NULL,     -- JSON object
    created_ms  INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,
    purged_ms   INTEGER,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account, region, name)
);
CREATE TABLE IF NOT EXISTS tombstones (
    account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, deleted_ms INTEGER NOT NULL,
    PRIMARY KEY (account, region, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
    rid              INTEGER PRIMARY KEY,  -- insertion order: "oldest first", FIFO order
    qid              INTEGER NOT NULL,
    message_id       TEXT NOT NULL,
    body             TEXT NOT NULL,
    payload          TEXT NOT NULL,
    sender_id        TEXT NOT NULL,
    sent_ms          INTEGER NOT NULL,
    visible_ms       INTEGER NOT NULL,
    receive_count    INTEGER NOT NULL DEFAULT 0,
    first_receive_ms INTEGER,
    token            TEXT,
    group_id         TEXT,
    dedup_id         TEXT,
    seq              INTEGER,
    dl_source        TEXT,                 /* JSON [account, region, name] */
    moved            INTEGER               /* 1: moved here from another queue (dead letter, redrive) */
);
DROP INDEX IF EXISTS messages_by_id;  -- files made before receipt tokens named the row (see _token)
CREATE INDEX IF NOT EXISTS messages_by_visibility ON messages (qid, visible_ms);
CREATE TABLE IF NOT EXISTS dedup (
    qid INTEGER NOT NULL, scope TEXT NOT NULL, dedup_id TEXT NOT NULL,
    message_id TEXT NOT NULL, seq INTEGER, accepted_ms INTEGER NOT NULL,
    PRIMARY KEY (qid, scope, dedup_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS attempts (
    qid INTEGER NOT NULL, attempt_id TEXT NOT NULL, refs TEXT NOT NULL, expires_ms INTEGER NOT NULL,
    PRIMARY KEY (qid, attempt_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS move_tasks (
    handle TEXT PRIMARY KEY, source_arn TEXT NOT NULL, started_ms INTEGER NOT NULL, task TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS move_task_claims (  -- who runs a RUNNING task, until when (the lease)
    handle TEXT PRIMARY KEY, owner TEXT NOT NULL, until_ms INTEGER NOT NULL
) WITHOUT ROWID;
"""

_ACTIVE_TASK = """
SELECT 1 FROM move_tasks
WHERE source_arn=? AND json_extract(task, '$.status') IN ('RUNNING', 'CANCELLING') LIMIT 1
"""

_MOVED_INDEX = """
CREATE INDEX IF NOT EXISTS messages_moved ON messages (qid, message_id) WHERE moved IS NOT NULL;
"""
"""Where a handle's row id no longer leads to its message (moved away and back, since a row id is
per queue), this finds it; sends never write to it (a partial index)."""
_MSG_COLUMNS = (
    "rid, message_id, body, payload, sender_id, sent_ms, visible_ms, receive_count, first_receive_ms,"
    " token, group_id, dedup_id, seq, dl_source"
)
_MARK_RECEIVED = (
    "UPDATE messages SET receive_count = ?, first_receive_ms = ?, token = ?, visible_ms = ? WHERE rid = ?"
)
_CHECKPOINT_EVERY_S = 0.25  # background PASSIVE checkpoints: a few hundred WAL pages each under load
_WAL_SIZE_LIMIT = 64 * 1024 * 1024  # truncate a WAL that grew past this when it is reset
_RESTART_FRAMES = 32768
"""WAL pages (128 MiB) after which the checkpointer starts the WAL over. Each restart holds writes for
the last copy and its fsyncs (measured 9-75 ms, mostly 10-20): at ~1.6 KiB of WAL per send, one every
20-30 s of sustained load at 3,500 sends/s, none within a 10-s benchmark run."""
_SWEEP_CHUNK = 500  # rows a retention step looks at: well under a millisecond
_REAP_CHUNK = 500  # messages of a deleted queue removed per step: about a millisecond
_NO_MESSAGES = 1 << 62  # the sent_ms lower bound of an empty queue
_DEDUP_PRUNE_EVERY = 1024  # FIFO sends between sweeps of expired dedup records


def _token(rid: int) -> str:
    """A receipt token: the message's row id, then 16 random characters. Handles find their row by
    the id; no index on ``message_id`` is kept (random UUIDs scatter every insert over the index:
    measured, ~4 KiB more WAL, checkpoint I/O and commit time per send than the row itself)."""
    return f"{rid:x}.{base64.urlsafe_b64encode(os.urandom(12)).decode()}"


def _rid_of(token: str) -> int | None:
    """The row id a token names; None for anything else (a token from before row ids, garbage)."""
    head, dot, _ = token.partition(".")
    if not dot or not 0 < len(head) <= 16:
        return None
    try:
        return int(head, 16)
    except ValueError:
        return None


def _is_fifo(key: QueueKey) -> bool:
    return key.name.endswith(".fifo")


class _Row:
    """A message row, by column position (``_MSG_COLUMNS``)."""

    RID, MID, BODY, PAYLOAD, SENDER, SENT, VISIBLE, COUNT, FIRST, TOKEN, GROUP, DEDUP, SEQ, DLS = range(14)


class _Signal:
    def __init__(self) -> None:
        self.event = asyncio.Event()

    async def wait(self, timeout: float) -> bool:
        if not self.event.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.event.wait(), timeout)
        if self.event.is_set():
            self.event.clear()
            return True
        return False


class _Step:
    """One atomic step inside the store's group transaction (see the module docstring).

    Entering joins the open transaction (opening one if needed); leaving normally waits for the
    group's commit; leaving with an exception rolls the whole group back."""

    __slots__ = ("_store",)

    def __init__(self, store: SqliteSqsStore) -> None:
        self._store = store

    async def __aenter__(self) -> sqlite3.Connection:
        store = self._store
        if store._group is None and not store._writes_open.is_set():
            await store._writable()  # a step after an await of its own (``expire``, ``_reap``)
        store._join()
        return store._db

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            self._store._abort(exc)
            return
        await self._store._committed()


class _Checkpointer(threading.Thread):
    """Copies the WAL into the database file from its own connection, off the event loop.

    Passive checkpoints never stop the writer, but under steady writes they never catch up with it
    either (each one ends with new frames behind it), and SQLite starts the WAL over only when a write
    begins with every frame copied: the WAL grew for as long as the load lasted (measured: 430 MiB in
    10 s of sends) and the file was extended all along. So once it holds ``_RESTART_FRAMES``, the
    loop is asked to hold new write groups (``SqliteSqsStore._hold_writes``: the steps wait, the loop
    runs on), a ``RESTART`` checkpoint copies what the passive one left and the next write starts the
    WAL over; then writes resume. The hold lasts that remainder's copy and its fsyncs."""

    def __init__(self, path: Path, store: SqliteSqsStore) -> None:
        super().__init__(name="sqs-wal-checkpoint", daemon=True)
        self._path = path
        self._store = store
        self._loop = asyncio.get_running_loop()
        self._halt = threading.Event()

    def run(self) -> None:
        db = sqlite3.connect(self._path, isolation_level=None)
        try:
            while not self._halt.wait(_CHECKPOINT_EVERY_S):
                with contextlib.suppress(sqlite3.Error):  # busy or failed: the next round retries
                    _, frames, _ = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    if frames >= _RESTART_FRAMES and not self._halt.is_set():
                        self._restart(db)
        finally:
            db.close()

    def _restart(self, db: sqlite3.Connection) -> None:
        try:
            held = asyncio.run_coroutine_threadsafe(self._store._hold_writes(), self._loop)
        except RuntimeError:  # the loop is closed
            return
        try:
            held.result(timeout=10.0)
            db.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()
        except (TimeoutError, concurrent.futures.CancelledError):
            held.cancel()  # the loop is not running: the hold never starts, or ends with this
        finally:
            with contextlib.suppress(RuntimeError):  # a closed loop has no writes to resume
                self._loop.call_soon_threadsafe(self._store._writes_open.set)

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join()


@traced_backend("sqlite", skip=("get_queue",))
class SqliteSqsStore:
    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self._path = path
        self._db = db
        # the group's BEGIN/COMMIT and plain sends, which return no rows, run on one cursor:
        # ``Connection.execute`` makes a cursor per call (a third of a short statement's cost)
        self._cursor = db.cursor()
        self._queues: dict[QueueKey, tuple[int, Queue]] = {}
        self._listeners: dict[QueueKey, set[_Signal]] = {}
        self._fifo_sends = 0
        self._pending_wake: set[QueueKey] = set()  # dead-letter queues a receive moved messages into
        self._group: list[asyncio.Future[None]] | None = None  # the open transaction's waiting steps
        self._oldest: dict[int, int] = {}  # qid -> a lower bound of its messages' sent_ms (if known)
        self._writes_open = asyncio.Event()  # cleared while the checkpointer restarts the WAL
        self._writes_open.set()
        self._checkpointer = _Checkpointer(path, self)
        self._doomed: set[int] = set()  # deleted queues whose messages the reaper still has to delete
        self._reaper: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, path: Path) -> SqliteSqsStore:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")  # see the module docstring for these
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA wal_autocheckpoint=0")
        db.execute(f"PRAGMA journal_size_limit={_WAL_SIZE_LIMIT}")
        db.execute("PRAGMA busy_timeout=5000")
        db.execute("PRAGMA cache_size=-32000")
        columns = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
        if columns and "moved" not in columns:  # a file from before the column
            db.execute("ALTER TABLE messages ADD COLUMN moved INTEGER")
        db.executescript(_SCHEMA + _MOVED_INDEX)
        store = cls(path, db)
        store._load_queues()
        store._doomed = {
            qid
            for (qid,) in db.execute(
                "SELECT DISTINCT qid FROM messages WHERE qid NOT IN (SELECT qid FROM queues)"
            )
        }  # a previous run stopped before its reaper was done
        store._checkpointer.start()
        store._start_reaper()
        return store

    # --- plumbing -------------------------------------------------------------------------------

    def _load_queues(self) -> None:
        self._queues.clear()
        rows = self._db.execute(
            "SELECT qid, account, region, name, attributes, tags, created_ms, modified_ms FROM queues"
        )
        for qid, account, region, name, attributes, tags, created, modified in rows:
            key = QueueKey(account, region, name)
            self._queues[key] = (qid, Queue(key, json.loads(attributes), json.loads(tags), created, modified))

    async def _writable(self) -> None:
        """Wait while the checkpointer holds writes. Methods call it first: a step waiting in
        ``_Step.__aenter__`` could find the queue id it read before deleted or purged meanwhile."""
        while self._group is None and not self._writes_open.is_set():
            await self._writes_open.wait()

    async def _hold_writes(self) -> None:
        """Hold new write groups (steps wait in ``_Step``) and wait for the open one to commit."""
        self._writes_open.clear()
        await self._committed()

    def _tx(self) -> _Step:
        """``async with self._tx() as db``: one atomic step in the current group transaction."""
        return _Step(self)

    def _join(self) -> list[asyncio.Future[None]]:
        """The open group transaction, begun if none is: its steps' waiters, woken by its COMMIT."""
        group = self._group
        if group is None:
            self._cursor.execute("BEGIN IMMEDIATE")
            self._group = group = []
            asyncio.get_running_loop().call_soon(self._commit)
        return group

    def _commit(self) -> None:
        group, self._group = self._group, None
        if group is None:
            return
        try:
            self._cursor.execute("COMMIT")
        except Exception as exc:
            self._rolled_back(group, exc)
            return
        for waiter in group:
            if not waiter.done():
                waiter.set_result(None)

    def _abort(self, exc: BaseException) -> None:
        group, self._group = self._group, None
        if group is not None:
            self._rolled_back(group, exc)

    def _rolled_back(self, group: list[asyncio.Future[None]], exc: BaseException) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("ROLLBACK")
        self._load_queues()  # undo the in-memory effects of the lost steps
        self._oldest.clear()
        for waiter in group:
            if not waiter.done():
                waiter.set_exception(sqlite3.OperationalError(f"transaction rolled back: {exc!r}"))

    async def _committed(self) -> None:
        """Wait for the open group (if any) to commit: a read that saw its writes answers after it."""
        if self._group is not None:
            waiter = asyncio.get_running_loop().create_future()
            self._group.append(waiter)
            await waiter

    def _inserted(self, qid: int, sent_ms: int) -> None:
        oldest = self._oldest.get(qid)
        if oldest is not None and sent_ms < oldest:
            self._oldest[qid] = sent_ms

    def _qid(self, key: QueueKey) -> int | None:
        entry = self._queues.get(key)
        return None if entry is None else entry[0]

    def _notify(self, key: QueueKey) -> None:
        for signal in self._listeners.get(key, ()):
            signal.event.set()

    # --- queues ---------------------------------------------------------------------------------

    async def create_queue(self, queue: Queue) -> tuple[Queue, bool]:
        await self._writable()  # no wait between reading the queue's id and its step
        existing = self._queues.get(queue.key)
        if existing is not None:
            return existing[1], False
        k = queue.key
        async with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO queues (qid, account, region, name, attributes, tags, created_ms, modified_ms)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (
                    _next_qid(db),
                    k.account_id,
                    k.region,
                    k.name,
                    json.dumps(dict(queue.attributes)),
                    json.dumps(dict(queue.tags)),
                    queue.created_ms,
                    queue.last_modified_ms,
                ),
            )
            db.execute(
                "DELETE FROM tombstones WHERE account=? AND region=? AND name=?",
                (k.account_id, k.region, k.name),
            )
            qid = cursor.lastrowid
            assert qid is not None
            stored = Queue(
                k, dict(queue.attributes), dict(queue.tags), queue.created_ms, queue.last_modified_ms
            )
            # cached before the commit: a step of the same group sees the queue as the database does
            self._queues[k] = (qid, stored)
            self._oldest[qid] = _NO_MESSAGES
        return stored, True

    async def get_queue(self, key: QueueKey) -> Queue | None:
        entry = self._queues.get(key)
        return None if entry is None else entry[1]

    def cached_queue(self, key: QueueKey) -> Queue | None:
        entry = self._queues.get(key)
        return None if entry is None else entry[1]

    async def list_queues(
        self, account_id: str | None = None, region: str | None = None, prefix: str = ""
    ) -> list[Queue]:
        found = [
            q
            for k, (_, q) in self._queues.items()
            if (account_id is None or k.account_id == account_id)
            and (region is None or k.region == region)
            and k.name.startswith(prefix)
        ]
        return sorted(found, key=lambda q: (q.key.account_id, q.key.region, q.key.name))

    async def update_queue(
        self,
        key: QueueKey,
        now_ms: int,
        *,
        attributes: Mapping[str, str | None] | None = None,
        tags: Mapping[str, str | None] | None = None,
    ) -> Queue | None:
        await self._writable()  # no wait between reading the queue's id and its step
        entry = self._queues.get(key)
        if entry is None:
            return None
        qid, queue = entry
        new_attributes = _merge(queue.attributes, attributes)
        new_tags = _merge(queue.tags, tags)
        modified = now_ms if attributes is not None else queue.last_modified_ms
        async with self._tx() as db:
            db.execute(
                "UPDATE queues SET attributes=?, tags=?, modified_ms=? WHERE qid=?",
                (json.dumps(new_attributes), json.dumps(new_tags), modified, qid),
            )
            updated = Queue(key, new_attributes, new_tags, queue.created_ms, modified)
            self._queues[key] = (qid, updated)
        return updated

    async def delete_queue(self, key: QueueKey, now_ms: int) -> bool:
        await self._writable()  # no wait between reading the queue's id and its step
        qid = self._qid(key)
        if qid is None:
            return False
        async with self._tx() as db:
            # the messages go in the background, ``_REAP_CHUNK`` per step: a big queue's would hold the
            # event loop (measured: 120-650 ms for 65,000 messages); without its queue row, nothing
            # reads them meanwhile
            for table in ("dedup", "attempts", "queues"):
                db.execute(f"DELETE FROM {table} WHERE qid=?", (qid,))
            db.execute(
                "INSERT OR REPLACE INTO tombstones VALUES (?,?,?,?)",
                (key.account_id, key.region, key.name, now_ms),
            )
            del self._queues[key]
            self._oldest.pop(qid, None)
        self._doomed.add(qid)
        self._start_reaper()
        return True

    def _start_reaper(self) -> None:
        if self._doomed and (self._reaper is None or self._reaper.done()):
            self._reaper = asyncio.get_running_loop().create_task(self._reap())

    async def _reap(self) -> None:
        """Delete the messages of deleted queues, a short step at a time, yielding between steps."""
        while self._doomed:
            qid = min(self._doomed)
            async with self._tx() as db:
                removed = db.execute(
                    "DELETE FROM messages WHERE rid IN (SELECT rid FROM messages WHERE qid=? LIMIT ?)",
                    (qid, _REAP_CHUNK),
                ).rowcount
            if removed < _REAP_CHUNK:
                self._doomed.discard(qid)
            await asyncio.sleep(0)

    async def reaped(self) -> None:
        """Wait until the messages of every deleted queue are gone (tests, shutdown)."""
        while self._reaper is not None and not self._reaper.done():
            await asyncio.shield(self._reaper)

    async def deleted_at(self, key: QueueKey) -> int | None:
        row = self._db.execute(
            "SELECT deleted_ms FROM tombstones WHERE account=? AND region=? AND name=?",
            (key.account_id, key.region, key.name),
        ).fetchone()
        await self._committed()
        return None if row is None else int(row[0])

    # --- messages -------------------------------------------------------------------------------

    async def send(
        self, key: QueueKey, messages: Sequence[NewMessage], now_ms: int, fifo: FifoSend | None = None
    ) -> list[SendOutcome] | None:
        if self._group is None and not self._writes_open.is_set():
            await self._writable()  # no wait between reading the queue's id and its step
        entry = self._queues.get(key)
        if entry is None:
            return None
        # one ``_Step`` written out (``_join``, ``_committed``): the hottest step skips its object and
        # its coroutines
        group = self._join()
        try:
            if fifo is None:
                # compiled (``sqlite_rows``)
                outcomes, wake = insert_plain(self._cursor, self._oldest, entry[0], messages, now_ms)
            else:
                outcomes, wake = self._send_fifo(self._db, entry[0], messages, now_ms, fifo)
        except BaseException as exc:
            self._abort(exc)
            raise
        waiter = asyncio.get_running_loop().create_future()
        group.append(waiter)
        await waiter
        if wake and self._listeners:  # hashing the key only while someone long-polls
            self._notify(key)
        return outcomes

    def _send_fifo(
        self, db: sqlite3.Connection, qid: int, messages: Sequence[NewMessage], now_ms: int, fifo: FifoSend
    ) -> tuple[list[SendOutcome], bool]:
        outcomes: list[SendOutcome] = []
        wake = False
        (seq,) = db.execute("SELECT last_seq FROM queues WHERE qid=?", (qid,)).fetchone()
        cutoff = now_ms - fifo.dedup_window_ms
        for m in messages:
            scope = (m.group_id or "") if fifo.per_group else ""
            if m.dedup_id is not None:
                seen = db.execute(
                    "SELECT message_id, seq, accepted_ms FROM dedup WHERE qid=? AND scope=? AND dedup_id=?",
                    (qid, scope, m.dedup_id),
                ).fetchone()
                if seen is not None and seen[2] > cutoff:
                    outcomes.append(SendOutcome(seen[0], seen[1], duplicate=True))
                    continue
            seq += 1
            db.execute(_INSERT_MESSAGE, _message_row(qid, m, now_ms, seq))
            if m.dedup_id is not None:
                db.execute(
                    "INSERT OR REPLACE INTO dedup VALUES (?,?,?,?,?,?)",
                    (qid, scope, m.dedup_id, m.message_id, seq, now_ms),
                )
            outcomes.append(SendOutcome(m.message_id, seq))
            wake = wake or m.delay_ms <= 0
        db.execute("UPDATE queues SET last_seq=? WHERE qid=?", (seq, qid))
        self._inserted(qid, now_ms)
        self._fifo_sends += 1
        if self._fifo_sends % _DEDUP_PRUNE_EVERY == 0:
            db.execute("DELETE FROM dedup WHERE qid=? AND accepted_ms<=?", (qid, cutoff))
        return outcomes, wake

    async def receive(self, key: QueueKey, request: ReceiveRequest) -> ReceiveResult | None:
        await self._writable()  # no wait between reading the queue's id and its step
        qid = self._qid(key)
        if qid is None:
            return None
        now = request.now_ms
        async with self._tx() as db:
            if request.attempt_id is not None:
                repeated = self._repeat_attempt(db, qid, key, request)
                if repeated is not None:
                    return ReceiveResult(repeated, self._next_visible(db, qid, now))
            rows = (
                self._pick_fifo(db, qid, key, request)
                if request.fifo
                else self._pick_standard(db, qid, key, request)
            )
            picked: list[StoredMessage] = []
            updates = []
            for row in rows:
                count = row[_Row.COUNT] + 1
                first = row[_Row.FIRST] if row[_Row.FIRST] is not None else now
                token = _token(row[_Row.RID])
                updates.append((count, first, token, now + request.visibility_ms, row[_Row.RID]))
                picked.append(_stored(row, count, first, token))
            db.executemany(_MARK_RECEIVED, updates)
            if request.attempt_id is not None and picked:
                db.execute(
                    "INSERT OR REPLACE INTO attempts VALUES (?,?,?,?)",
                    (
                        qid,
                        request.attempt_id,
                        json.dumps([[m.message_id, m.receipt_token] for m in picked]),
                        now + request.attempt_window_ms,
                    ),
                )
            next_visible = self._next_visible(db, qid, now)
        self._flush_wakes()
        if request.visibility_ms <= 0 and picked:
            self._notify(key)
        return ReceiveResult(picked, next_visible)

    def _next_visible(self, db: sqlite3.Connection, qid: int, now: int) -> int | None:
        row = db.execute(
            "SELECT min(visible_ms) FROM messages WHERE qid=? AND visible_ms>?", (qid, now)
        ).fetchone()
        return None if row[0] is None else int(row[0])

    def _repeat_attempt(
        self, db: sqlite3.Connection, qid: int, key: QueueKey, request: ReceiveRequest
    ) -> list[StoredMessage] | None:
        row = db.execute(
            "SELECT refs, expires_ms FROM attempts WHERE qid=? AND attempt_id=?", (qid, request.attempt_id)
        ).fetchone()
        if row is None or row[1] <= request.now_ms:
            return None
        repeated: list[StoredMessage] = []
        for message_id, token in json.loads(row[0]):
            msg = _by_handle(db, _MSG_COLUMNS, qid, message_id, token)
            if msg is None or msg[_Row.TOKEN] != token or msg[_Row.VISIBLE] <= request.now_ms:
                return None
            repeated.append(_stored(msg, msg[_Row.COUNT], msg[_Row.FIRST], token))
        return repeated

    def _consumed(
        self, db: sqlite3.Connection, qid: int, key: QueueKey, row: Any, request: ReceiveRequest
    ) -> bool:
        """Drop an expired message or move a dead letter; True if ``row`` is gone from the queue."""
        if request.retention_ms is not None and row[_Row.SENT] + request.retention_ms <= request.now_ms:
            db.execute("DELETE FROM messages WHERE rid=?", (row[_Row.RID],))
            return True
        target = request.dead_letter
        if target is not None and row[_Row.COUNT] >= target.max_receive_count:
            dlq = self._qid(target.key)
            if dlq is not None and dlq != qid:
                self._move_row(
                    db, row, dlq, target.key, dl_source=json.dumps(list(_key_tuple(key))), now=request.now_ms
                )
                self._pending_wake.add(target.key)
                return True
        return False

    def _move_row(
        self, db: sqlite3.Connection, row: Any, to_qid: int, to_key: QueueKey, dl_source: str | None, now: int
    ) -> None:
        seq = None
        if _is_fifo(to_key):
            (seq,) = db.execute(
                "UPDATE queues SET last_seq=last_seq+1 WHERE qid=? RETURNING last_seq", (to_qid,)
            ).fetchone()
        db.execute("DELETE FROM messages WHERE rid=?", (row[_Row.RID],))
        db.execute(
            "INSERT OR REPLACE INTO messages (qid, message_id, body, payload, sender_id, sent_ms, visible_ms,"
            " receive_count, group_id, dedup_id, seq, dl_source, moved) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)",
            (
                to_qid,
                row[_Row.MID],
                row[_Row.BODY],
                row[_Row.PAYLOAD],
                row[_Row.SENDER],
                row[_Row.SENT],
                now,
                0,
                row[_Row.GROUP],
                row[_Row.DEDUP],
                seq,
                dl_source,
            ),
        )
        self._inserted(to_qid, row[_Row.SENT])

    def _pick_standard(
        self, db: sqlite3.Connection, qid: int, key: QueueKey, request: ReceiveRequest
    ) -> list[Any]:
        picked: list[Any] = []
        while len(picked) < request.max_messages:
            want = request.max_messages - len(picked)
            rows = db.execute(
                f"SELECT {_MSG_COLUMNS} FROM messages WHERE qid=? AND visible_ms<=?"
                " ORDER BY visible_ms, rid LIMIT ? OFFSET ?",
                (qid, request.now_ms, want, len(picked)),
            ).fetchall()
            gone = 0
            for row in rows:
                if self._consumed(db, qid, key, row, request):
                    gone += 1
                else:
                    picked.append(row)
            if len(rows) < want or gone == 0:
                break
        return picked

    def _pick_fifo(
        self, db: sqlite3.Connection, qid: int, key: QueueKey, request: ReceiveRequest
    ) -> list[Any]:
        now = request.now_ms
        blocked = {
            g
            for (g,) in db.execute(
                "SELECT DISTINCT group_id FROM messages WHERE qid=? AND visible_ms>? AND receive_count>0",
                (qid, now),
            )
        }
        picked: list[Any] = []
        for row in db.execute(
            f"SELECT {_MSG_COLUMNS} FROM messages WHERE qid=? ORDER BY rid", (qid,)
        ).fetchall():
            group = row[_Row.GROUP]
            if group in blocked:
                continue
            if row[_Row.VISIBLE] > now:
                blocked.add(group)  # never skip ahead inside a group
                continue
            if self._consumed(db, qid, key, row, request):
                continue
            picked.append(row)
            if len(picked) == request.max_messages:
                break
        return picked

    def _flush_wakes(self) -> None:
        if self._pending_wake:
            for key in self._pending_wake:
                self._notify(key)
            self._pending_wake = set()

    async def delete(
        self, key: QueueKey, refs: Sequence[ReceiptRef], now_ms: int | None = None
    ) -> list[HandleStatus] | None:
        await self._writable()  # no wait between reading the queue's id and its step
        qid = self._qid(key)
        if qid is None:
            return None
        statuses: list[HandleStatus] = []
        # FIFO: a handle is valid only while its message is in flight
        in_flight_only = now_ms is not None and _is_fifo(key)
        async with self._tx() as db:
            for ref in refs:
                row = _by_handle(db, "rid, token, visible_ms", qid, ref.message_id, ref.receipt_token)
                if row is None:
                    statuses.append("missing")
                elif row[1] != ref.receipt_token or (in_flight_only and row[2] <= now_ms):
                    statuses.append("stale")
                else:
                    db.execute("DELETE FROM messages WHERE rid=?", (row[0],))
                    statuses.append("ok")
        return statuses

    async def change_visibility(
        self, key: QueueKey, changes: Sequence[tuple[ReceiptRef, int]], now_ms: int
    ) -> list[HandleStatus] | None:
        await self._writable()  # no wait between reading the queue's id and its step
        qid = self._qid(key)
        if qid is None:
            return None
        statuses: list[HandleStatus] = []
        wake = False
        async with self._tx() as db:
            for ref, visibility_ms in changes:
                row = _by_handle(db, "rid, token, visible_ms", qid, ref.message_id, ref.receipt_token)
                if row is None:
                    statuses.append("missing")
                elif row[1] != ref.receipt_token:
                    statuses.append("stale")
                elif row[2] <= now_ms:
                    statuses.append("not_in_flight")
                else:
                    db.execute(
                        "UPDATE messages SET visible_ms=? WHERE rid=?", (now_ms + visibility_ms, row[0])
                    )
                    statuses.append("ok")
                    wake = wake or visibility_ms <= 0
        if wake:
            self._notify(key)
        return statuses

    async def purge(self, key: QueueKey, now_ms: int, min_interval_ms: int) -> bool | None:
        await self._writable()  # no wait between reading the queue's id and its step
        qid = self._qid(key)
        if qid is None:
            return None
        async with self._tx() as db:
            (last,) = db.execute("SELECT purged_ms FROM queues WHERE qid=?", (qid,)).fetchone()
            if last is not None and now_ms - last < min_interval_ms:
                return False
            # the queue moves to a new id; its messages stay behind for the reaper, as a deleted queue's
            new = _next_qid(db)
            db.execute("UPDATE queues SET qid=?, purged_ms=? WHERE qid=?", (new, now_ms, qid))
            db.execute(
                "UPDATE dedup SET qid=? WHERE qid=?", (new, qid)
            )  # FIFO deduplication outlives a purge
            db.execute("DELETE FROM attempts WHERE qid=?", (qid,))
            self._queues[key] = (new, self._queues[key][1])
            self._oldest.pop(qid, None)
            self._oldest[new] = _NO_MESSAGES
        self._doomed.add(qid)
        self._start_reaper()
        return True

    async def count(self, key: QueueKey, now_ms: int) -> MessageCounts | None:
        qid = self._qid(key)
        if qid is None:
            return None
        visible, in_flight, delayed = self._db.execute(
            "SELECT coalesce(sum(visible_ms<=?1),0), coalesce(sum(visible_ms>?1 AND receive_count>0),0),"
            " coalesce(sum(visible_ms>?1 AND receive_count=0),0) FROM messages WHERE qid=?2",
            (now_ms, qid),
        ).fetchone()
        await self._committed()
        return MessageCounts(int(visible), int(in_flight), int(delayed))

    async def expire(self, key: QueueKey, sent_before_ms: int) -> int:
        qid = self._qid(key)
        if qid is None or self._oldest.get(qid, -1) >= sent_before_ms:
            return 0  # nothing that old (the common case: no scan at all)
        # Walk the table in rid order, ``_SWEEP_CHUNK`` rows per step; each step is its own short
        # transaction and the loop runs other requests between steps. Sends during the walk lower
        # the bound themselves (``_inserted``), so it stays a true lower bound.
        self._oldest[qid] = _NO_MESSAGES
        removed, after, low = 0, 0, _NO_MESSAGES
        while True:
            async with self._tx() as db:
                if self._qid(key) != qid:
                    return removed  # deleted meanwhile
                rows = db.execute(
                    "SELECT rid, qid, sent_ms FROM messages WHERE rid>? ORDER BY rid LIMIT ?",
                    (after, _SWEEP_CHUNK),
                ).fetchall()
                doomed = [(rid,) for rid, q, sent in rows if q == qid and sent < sent_before_ms]
                if doomed:
                    db.executemany("DELETE FROM messages WHERE rid=?", doomed)
            removed += len(doomed)
            low = min([low, *(sent for _, q, sent in rows if q == qid and sent >= sent_before_ms)])
            if len(rows) < _SWEEP_CHUNK:
                break
            after = rows[-1][0]
        if self._qid(key) == qid:
            self._oldest[qid] = min(self._oldest.get(qid, low), low)
        return removed

    async def move(
        self, source: QueueKey, destination: QueueKey | None, limit: int, now_ms: int, task_handle: str
    ) -> MoveStep | None:
        await self._writable()  # no wait between reading the queue's id and its step
        qid = self._qid(source)
        moved = 0
        woken: set[QueueKey] = set()
        fifo = _is_fifo(source)
        async with self._tx() as db:
            # the task's status, the move and its count in one transaction: a kill keeps all or none
            task = db.execute(
                "SELECT json_extract(task, '$.status'), json_extract(task, '$.moved') FROM move_tasks"
                " WHERE handle=?",
                (task_handle,),
            ).fetchone()
            if task is None or task[0] != "RUNNING":
                return None  # cancelled (or gone) meanwhile: a step after a cancel moves nothing
            total = int(task[1])
            # FIFO: every row, to stop each group at its first message not visible (order within a group)
            rows = (
                []
                if qid is None or limit <= 0
                else db.execute(
                    f"SELECT {_MSG_COLUMNS} FROM messages WHERE qid=?"
                    + ("" if fifo else " AND visible_ms<=?")
                    + " ORDER BY rid",
                    (qid,) if fifo else (qid, now_ms),
                ).fetchall()
            )
            blocked: set[str | None] = set()
            for row in rows:
                if fifo:
                    if row[_Row.GROUP] in blocked:
                        continue
                    if row[_Row.VISIBLE] > now_ms:
                        blocked.add(row[_Row.GROUP])
                        continue
                to_key = destination
                if to_key is None and row[_Row.DLS] is not None:
                    to_key = QueueKey(*json.loads(row[_Row.DLS]))
                to_qid = None if to_key is None else self._qid(to_key)
                if to_key is None or to_qid is None or to_qid == qid:
                    blocked.add(row[_Row.GROUP])  # it stays: so do the rest of its FIFO group
                    continue
                self._move_row(db, row, to_qid, to_key, dl_source=None, now=now_ms)
                woken.add(to_key)
                moved += 1
                if moved == limit:
                    break
            if moved:  # only the count: a status set meanwhile (json_set leaves it) stays
                (total,) = db.execute(
                    "UPDATE move_tasks SET task=json_set(task, '$.moved', json_extract(task, '$.moved') + ?)"
                    " WHERE handle=? RETURNING json_extract(task, '$.moved')",
                    (moved, task_handle),
                ).fetchone()
        for key in woken:
            self._notify(key)
        return MoveStep(moved, int(total))

    async def dead_letter_sources(
        self, key: QueueKey, now_ms: int, limit: int = 1_000
    ) -> set[QueueKey | None]:
        qid = self._qid(key)
        if qid is None:
            return set()
        rows = self._db.execute(
            "SELECT dl_source FROM messages WHERE qid=? AND visible_ms<=? ORDER BY rid LIMIT ?",
            (qid, now_ms, limit),
        ).fetchall()
        await self._committed()
        return {None if dls is None else QueueKey(*json.loads(dls)) for (dls,) in rows}

    def listen(self, key: QueueKey) -> AbstractAsyncContextManager[Signal]:
        return self._listen(key)

    @contextlib.asynccontextmanager
    async def _listen(self, key: QueueKey) -> AsyncIterator[Signal]:
        signal = _Signal()
        self._listeners.setdefault(key, set()).add(signal)
        try:
            yield signal
        finally:
            listeners = self._listeners.get(key)
            if listeners is not None:
                listeners.discard(signal)
                if not listeners:
                    del self._listeners[key]

    # --- move tasks -----------------------------------------------------------------------------

    async def put_move_task(self, task: MoveTask, *, unless_active: bool = False) -> bool:
        async with self._tx() as db:
            # the check and the insert in one step of the write transaction: no other write between
            if unless_active and db.execute(_ACTIVE_TASK, (task.source_arn,)).fetchone() is not None:
                return False
            db.execute(
                "INSERT OR REPLACE INTO move_tasks VALUES (?,?,?,?)",
                (task.task_handle, task.source_arn, task.started_ms, json.dumps(asdict(task))),
            )
        return True

    async def get_move_task(self, source_arn: str, task_handle: str) -> MoveTask | None:
        row = self._db.execute(
            "SELECT task FROM move_tasks WHERE handle=? AND source_arn=?", (task_handle, source_arn)
        ).fetchone()
        await self._committed()
        return None if row is None else MoveTask(**json.loads(row[0]))

    async def list_move_tasks(self, source_arn: str) -> list[MoveTask]:
        rows = self._db.execute(
            "SELECT task FROM move_tasks WHERE source_arn=? ORDER BY started_ms DESC, rowid DESC",
            (source_arn,),
        ).fetchall()
        await self._committed()
        return [MoveTask(**json.loads(task)) for (task,) in rows]

    async def set_move_task_status(
        self,
        source_arn: str,
        task_handle: str,
        status: str,
        *,
        expected: Sequence[str],
        failure_reason: str | None = None,
    ) -> MoveTask | None:
        async with self._tx() as db:
            # read and write in one step: the count written back is the one in the transaction
            row = db.execute(
                "SELECT task FROM move_tasks WHERE handle=? AND source_arn=?", (task_handle, source_arn)
            ).fetchone()
            if row is None:
                return None
            record = json.loads(row[0])
            if record["status"] not in expected:
                return None
            task = MoveTask(**{**record, "status": status, "failure_reason": failure_reason})
            db.execute("UPDATE move_tasks SET task=? WHERE handle=?", (json.dumps(asdict(task)), task_handle))
        return task

    async def claim_move_task(
        self, source_arn: str, task_handle: str, owner: str, now_ms: int, until_ms: int
    ) -> bool:
        async with self._tx() as db:
            row = db.execute(
                "SELECT json_extract(task, '$.status') FROM move_tasks WHERE handle=? AND source_arn=?",
                (task_handle, source_arn),
            ).fetchone()
            if row is None:
                return False
            if row[0] != "RUNNING":  # its runner is done with it: the claim has no use any more
                db.execute("DELETE FROM move_task_claims WHERE handle=?", (task_handle,))
                return False
            claim = db.execute(
                "SELECT owner, until_ms FROM move_task_claims WHERE handle=?", (task_handle,)
            ).fetchone()
            if claim is not None and claim[0] != owner and claim[1] >= now_ms:
                return False
            db.execute(
                "INSERT OR REPLACE INTO move_task_claims VALUES (?,?,?)", (task_handle, owner, until_ms)
            )
        return True

    async def running_move_tasks(self) -> list[MoveTask]:
        rows = self._db.execute(
            "SELECT task FROM move_tasks WHERE json_extract(task, '$.status') IN ('RUNNING', 'CANCELLING')"
        ).fetchall()
        await self._committed()
        return [MoveTask(**json.loads(task)) for (task,) in rows]

    # --- lifecycle ------------------------------------------------------------------------------

    async def reset(self) -> None:
        self._doomed.clear()
        await self.reaped()
        async with self._tx() as db:
            for table in ("messages", "dedup", "attempts", "queues", "tombstones", "move_tasks"):
                db.execute(f"DELETE FROM {table}")
            db.execute("DELETE FROM move_task_claims")
            self._queues.clear()
            self._oldest.clear()

    async def close(self) -> None:
        if self._reaper is not None:  # what is left is reaped at the next open
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
        self._commit()  # an open group's steps were all done: commit them
        await asyncio.to_thread(self._checkpointer.stop)  # it may be waiting for this loop
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()


def _merge(current: Mapping[str, str], changes: Mapping[str, str | None] | None) -> dict[str, str]:
    merged = dict(current)
    for name, value in (changes or {}).items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = value
    return merged


def _next_qid(db: sqlite3.Connection) -> int:
    """A queue id above every queue's and every message's: the messages of a deleted or purged queue may
    still be waiting for the reaper (``_reap``) and must never show up in another queue."""
    (top,) = db.execute(
        "SELECT max(coalesce((SELECT max(qid) FROM queues), 0), coalesce((SELECT max(qid) FROM messages), 0))"
    ).fetchone()
    return int(top) + 1


def _by_handle(db: sqlite3.Connection, columns: str, qid: int, message_id: str, token: str | None) -> Any:
    """The row of ``message_id`` in queue ``qid`` (``columns`` of it), whether or not ``token`` is its
    current one: found by the row id the token names, else among the messages moved into the queue
    (``_MOVED_INDEX``); a token without a row id (issued before them) costs a scan of the queue."""
    rid = None if token is None else _rid_of(token)
    if rid is None:
        return db.execute(
            f"SELECT {columns} FROM messages WHERE qid=? AND message_id=?", (qid, message_id)
        ).fetchone()
    found = db.execute(
        f"SELECT {columns} FROM messages WHERE rid=? AND qid=? AND message_id=?", (rid, qid, message_id)
    ).fetchone()
    if found is None:
        found = db.execute(
            f"SELECT {columns} FROM messages WHERE qid=? AND message_id=? AND moved IS NOT NULL",
            (qid, message_id),
        ).fetchone()
    return found


def _key_tuple(key: QueueKey) -> tuple[str, str, str]:
    return (key.account_id, key.region, key.name)


def _stored(row: Any, count: int, first: int, token: str) -> StoredMessage:
    dls = row[_Row.DLS]
    return StoredMessage(
        message_id=row[_Row.MID],
        body=row[_Row.BODY],
        payload=row[_Row.PAYLOAD],
        sender_id=row[_Row.SENDER],
        sent_ms=row[_Row.SENT],
        receive_count=count,
        first_receive_ms=first,
        receipt_token=token,
        group_id=row[_Row.GROUP],
        dedup_id=row[_Row.DEDUP],
        sequence_number=row[_Row.SEQ],
        dead_letter_source=None if dls is None else QueueKey(*json.loads(dls)),
    )
