"""The S3 hot path on SQLite without SQLAlchemy: reading a version and installing a new one.

``SqlS3Store`` uses this when its database is SQLite (embedded mode); every other operation, and
everything on PostgreSQL, stays on SQLAlchemy. Rows are written exactly as SQLAlchemy writes them
(keys as UTF-8 bytes, ``YYYY-MM-DD HH:MM:SS.ffffff`` UTC text, ``json.dumps`` documents, 0/1 booleans),
so either path reads what the other wrote.

- **Reads on the event loop's thread**, on their own connection: a lookup by index is ~20 µs, a hop to
  a worker thread costs more than that. In WAL mode a reader never waits for a writer, and it only sees
  committed rows, so nothing it answers can be rolled back.
- **Writes on the event loop's thread too, grouped.** The steps that run in one loop turn share one
  transaction: the first opens it (``BEGIN IMMEDIATE``), a ``call_soon`` callback commits it, and each
  step is answered only after that ``COMMIT``. Each step runs in a savepoint, so one that raises (a
  failed ``If-Match``, say) leaves the others' writes alone. ``synchronous=NORMAL``: a commit is in the
  OS page cache when it returns, so it survives ``kill -9``; the object bytes it names were fsynced
  before (``overcast_s3.blobs``). The connection never waits for a lock: if another connection (the
  SQLAlchemy path on a worker thread) holds the write lock, ``begin`` says so and the caller takes
  that path instead, so the loop never blocks behind a long transaction.
- **Checkpoints off the request path**: automatic checkpoints would run inside whichever commit
  crossed the threshold, on the loop; a daemon thread runs ``wal_checkpoint(PASSIVE)`` instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from overcast_s3.store import NULL_VERSION, Bucket, ObjectVersion, Precondition, Segment

_T = TypeVar("_T")
_CHECKPOINT_EVERY_S = 0.5
_WAL_SIZE_LIMIT = 64 * 1024 * 1024

_VERSION_COLUMNS = (
    'seq, bucket, "key", version_id, is_latest, delete_marker, size, etag, last_modified, owner, '
    "storage_class, headers, user_metadata, checksum, tags, segments, parts, extras"
)
_SELECT_LATEST = f'SELECT {_VERSION_COLUMNS} FROM versions WHERE bucket = ? AND "key" = ? AND is_latest = 1'
_SELECT_VERSION = f'SELECT {_VERSION_COLUMNS} FROM versions WHERE bucket = ? AND "key" = ? AND version_id = ?'
_INSERT_VERSION = (
    'INSERT INTO versions (bucket, "key", version_id, is_latest, delete_marker, size, etag, last_modified, '
    "owner, storage_class, headers, user_metadata, checksum, tags, segments, parts, extras) "
    "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SELECT_BUCKET = (
    "SELECT name, account_id, region, created, versioning, object_lock FROM buckets WHERE name = ?"
)


class Busy(Exception):
    """Another connection holds the write lock: take the waiting path."""


_encode_str = json.encoder.encode_basestring_ascii  # json.dumps's own string escaping


def _dumps(value: Any) -> str:
    """``json.dumps`` as SQLAlchemy's JSON type stores it; most documents are empty, and most others a
    flat string → string map (content headers, metadata, tags), written here in ``json.dumps``'s own
    text without building an encoder per call."""
    if not value:
        if value == {}:
            return "{}"
        if value == []:
            return "[]"
    elif type(value) is dict and all(type(k) is str and type(v) is str for k, v in value.items()):
        return "{" + ", ".join(f"{_encode_str(k)}: {_encode_str(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def _segments_text(segments: list[Segment]) -> str:
    """``json.dumps([[blob_id, size], ...])``'s text."""
    return "[" + ", ".join(f"[{_encode_str(s.blob_id)}, {int(s.size)}]" for s in segments) + "]"


_FLAT_CACHE_MAX = 4096
_flat_docs: dict[str, dict[str, str]] = {}
"""Decoded flat string maps by their text: most objects share a few (``{"ServerSideEncryption":
"AES256"}``). Callers get a copy."""


def _loads(text: str) -> Any:
    if text == "{}":
        return {}
    if text == "[]":
        return []
    flat = _flat_docs.get(text)
    if flat is not None:
        return dict(flat)
    value = json.loads(text)
    if type(value) is dict and all(type(v) is str for v in value.values()):
        if len(_flat_docs) >= _FLAT_CACHE_MAX:
            _flat_docs.clear()
        _flat_docs[text] = dict(value)
    return value


def _segments(text: str) -> list[Segment]:
    # the common one-segment text, ``[["<blob id>", <size>]]`` (blob ids are alphanumeric), read as is
    if text.startswith('[["') and text.endswith("]]") and text.count('"') == 2:
        end = text.index('"', 3)
        return [Segment(text[3:end], int(text[end + 2 : -2]))]
    return [Segment(str(s[0]), int(s[1])) for s in json.loads(text)]


def stored_time(value: datetime) -> str:
    """A tz-aware instant as SQLAlchemy's SQLite ``DATETIME`` text (UTC, no zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: store tz-aware instants only")
    if value.utcoffset():
        value = value.astimezone(UTC)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


@lru_cache(maxsize=4096)
def loaded_time(text: str) -> datetime:
    """(``datetime`` is immutable: one parse serves every read of the same row.)"""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def version_of(row: tuple[Any, ...]) -> ObjectVersion:
    return ObjectVersion(
        bucket=row[1],
        key=bytes(row[2]).decode("utf-8"),
        version_id=row[3],
        last_modified=loaded_time(row[8]),
        owner=row[9],
        delete_marker=bool(row[5]),
        size=int(row[6]),
        etag=row[7],
        storage_class=row[10],
        headers=_loads(row[11]),
        metadata=_loads(row[12]),
        checksum=_loads(row[13]),
        tags=_loads(row[14]),
        segments=_segments(row[15]),
        parts=_loads(row[16]),
        extras=_loads(row[17]),
        is_latest=bool(row[4]),
        sequence=int(row[0]),
    )


def bucket_of(row: tuple[Any, ...]) -> Bucket:
    return Bucket(
        name=row[0],
        account_id=row[1],
        region=row[2],
        created=loaded_time(row[3]),
        versioning=row[4],
        object_lock=bool(row[5]),
    )


def install_version(
    conn: sqlite3.Connection, version: ObjectVersion, keep_null: bool, precondition: Precondition | None
) -> list[str]:
    """``sql._install_version`` in plain statements (the bucket must exist: ``KeyError`` if not)."""
    bucket, key = version.bucket, version.key.encode("utf-8")
    if conn.execute("SELECT 1 FROM buckets WHERE name = ?", (bucket,)).fetchall() == []:
        raise KeyError(bucket)
    rows = conn.execute(_SELECT_LATEST, (bucket, key)).fetchall()
    current = version_of(rows[0]) if rows else None
    if precondition is not None:
        precondition(current)
    freed: list[str] = []
    # a key with any version has exactly one latest: no latest row means no rows at all
    if current is not None:
        if not keep_null or version.version_id == NULL_VERSION:
            old_seq: int | None = None
            if current.version_id == NULL_VERSION:
                old_seq, freed = current.sequence, current.blob_ids
            else:
                old = conn.execute(
                    'SELECT seq, segments FROM versions WHERE bucket = ? AND "key" = ? AND version_id = ?',
                    (bucket, key, NULL_VERSION),
                ).fetchall()
                old_seq = old[0][0] if old else None
                freed = [str(s[0]) for s in json.loads(old[0][1])] if old else []
            if old_seq is not None:
                conn.execute("DELETE FROM versions WHERE seq = ?", (old_seq,))
        conn.execute(
            'UPDATE versions SET is_latest = 0 WHERE bucket = ? AND "key" = ? AND is_latest = 1',
            (bucket, key),
        )
    dumps = _dumps
    conn.execute(
        _INSERT_VERSION,
        (
            bucket,
            key,
            version.version_id,
            int(version.delete_marker),
            version.size,
            version.etag,
            stored_time(version.last_modified),
            version.owner,
            version.storage_class,
            dumps(version.headers),
            dumps(version.metadata),
            dumps(version.checksum),
            dumps(version.tags),
            _segments_text(version.segments),
            dumps(version.parts),
            dumps(version.extras),
        ),
    )
    return freed


class _Checkpointer(threading.Thread):
    """Copies the WAL into the database file from its own connection, off the event loop."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="s3-wal-checkpoint", daemon=True)
        self._path = path
        self._halt = threading.Event()

    def run(self) -> None:
        db = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout=1000")
            while not self._halt.wait(_CHECKPOINT_EVERY_S):
                with contextlib.suppress(sqlite3.Error):  # busy or failed: the next round retries
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            db.close()

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join()


class FastSqlite:
    """The raw-``sqlite3`` side of ``SqlS3Store`` on SQLite (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._reader = self._connect()
        self._writer = self._connect()
        self._writer.execute("PRAGMA busy_timeout=0")  # never wait on the loop: ``Busy`` instead
        self._writer.execute("PRAGMA wal_autocheckpoint=0")
        self._writer.execute(f"PRAGMA journal_size_limit={_WAL_SIZE_LIMIT}")
        self._group: list[asyncio.Future[None]] | None = None
        self._checkpointer = _Checkpointer(path)
        self._checkpointer.start()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    # --- reads (committed rows only) ----------------------------------------------------------

    def get_bucket(self, name: str) -> Bucket | None:
        rows = self._reader.execute(_SELECT_BUCKET, (name,)).fetchall()
        return bucket_of(rows[0]) if rows else None

    def get_config(self, bucket: str, name: str) -> Any:
        rows = self._reader.execute(
            "SELECT document FROM bucket_configs WHERE bucket = ? AND name = ?", (bucket, name)
        ).fetchall()
        return json.loads(rows[0][0]) if rows else None

    def get_version(self, bucket: str, key: str, version_id: str | None) -> ObjectVersion | None:
        if version_id is None:
            rows = self._reader.execute(_SELECT_LATEST, (bucket, key.encode("utf-8"))).fetchall()
        else:
            rows = self._reader.execute(_SELECT_VERSION, (bucket, key.encode("utf-8"), version_id)).fetchall()
        return version_of(rows[0]) if rows else None

    # --- grouped writes -----------------------------------------------------------------------

    async def write(self, step: Callable[[sqlite3.Connection], _T]) -> _T:
        """Runs ``step`` in the current group transaction and returns its result once that commits.
        Raises ``Busy`` (nothing done) when another connection holds the write lock."""
        conn = self._writer
        if self._group is None:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                if "locked" in str(error) or "busy" in str(error):
                    raise Busy from error
                raise
            self._group = []
            asyncio.get_running_loop().call_soon(self._commit)
        group = self._group
        conn.execute("SAVEPOINT step")
        try:
            result = step(conn)
        except BaseException:
            conn.execute("ROLLBACK TO step")
            conn.execute("RELEASE step")
            raise
        conn.execute("RELEASE step")
        waiter = asyncio.get_running_loop().create_future()
        group.append(waiter)
        await waiter
        return result

    def _commit(self) -> None:
        group, self._group = self._group, None
        if group is None:
            return
        try:
            self._writer.execute("COMMIT")
        except Exception as exc:
            with contextlib.suppress(sqlite3.Error):
                self._writer.execute("ROLLBACK")
            for waiter in group:
                if not waiter.done():
                    waiter.set_exception(sqlite3.OperationalError(f"transaction rolled back: {exc!r}"))
            return
        for waiter in group:
            if not waiter.done():
                waiter.set_result(None)

    def close(self) -> None:
        if self._group is not None:
            self._commit()
        self._checkpointer.stop()
        self._reader.close()
        self._writer.close()
