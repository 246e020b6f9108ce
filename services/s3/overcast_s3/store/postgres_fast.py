"""The S3 hot path on PostgreSQL without SQLAlchemy: a bucket and its configuration
documents, reading a version, installing one.

``SqlS3Store`` uses this when its database is PostgreSQL (cluster mode); every other operation stays on
SQLAlchemy. Why: through SQLAlchemy's asyncpg adapter a statement costs ~6x asyncpg's own CPU (greenlet
hops, result metadata, cache keys). A PutObject took ~17 round trips and ~3.5 ms of the S3 process's
CPU that way (while every pooled checkout still pinged with three more: ``storage.sql`` has since dropped
``pool_pre_ping``); here it takes 7 plain asyncpg round trips. Rows are written as SQLAlchemy writes
them (keys as UTF-8 ``bytea``, UTC ``timestamptz``, ``json.dumps`` documents in ``jsonb``), so either
path reads what the other wrote.

No ping on checkout: asyncpg's pool replaces a connection it has seen closed (a PostgreSQL restart
ends every session, and the event loop sees the sockets close) when it is next acquired. At most
``max_size`` connections per S3 process, beside SQLAlchemy's pool for everything else; PutObjects to
one bucket queue on its row lock anyway.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC
from typing import Any

import asyncpg  # no stubs (mypy: ignore_missing_imports); used through a narrow surface
from sqlalchemy.engine import URL

from overcast_s3.store import NULL_VERSION, Bucket, ObjectVersion, Precondition, Segment

_VERSION_COLUMNS = (
    'seq, bucket, "key", version_id, is_latest, delete_marker, size, etag, last_modified, owner, '
    "storage_class, headers, user_metadata, checksum, tags, segments, parts, extras"
)
_SELECT_BUCKET = (
    "SELECT name, account_id, region, created, versioning, object_lock FROM buckets WHERE name = $1"
)
_SELECT_CONFIG = "SELECT document FROM bucket_configs WHERE bucket = $1 AND name = $2"
_LOCK_BUCKET = "SELECT name FROM buckets WHERE name = $1 FOR UPDATE"
_SELECT_LATEST = f'SELECT {_VERSION_COLUMNS} FROM versions WHERE bucket = $1 AND "key" = $2 AND is_latest'
_SELECT_VERSION = (
    f'SELECT {_VERSION_COLUMNS} FROM versions WHERE bucket = $1 AND "key" = $2 AND version_id = $3'
)
_DELETE_NULL = (
    f'DELETE FROM versions WHERE bucket = $1 AND "key" = $2 AND version_id = $3 RETURNING {_VERSION_COLUMNS}'
)
_UNSET_LATEST = 'UPDATE versions SET is_latest = false WHERE bucket = $1 AND "key" = $2 AND is_latest'
_INSERT_VERSION = (
    'INSERT INTO versions (bucket, "key", version_id, is_latest, delete_marker, size, etag, last_modified, '
    "owner, storage_class, headers, user_metadata, checksum, tags, segments, parts, extras) "
    "VALUES ($1, $2, $3, true, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"
)


def _doc(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def version_of(row: Mapping[str, Any]) -> ObjectVersion:
    return ObjectVersion(
        bucket=row["bucket"],
        key=bytes(row["key"]).decode("utf-8"),
        version_id=row["version_id"],
        last_modified=row["last_modified"].astimezone(UTC),
        owner=row["owner"],
        delete_marker=bool(row["delete_marker"]),
        size=int(row["size"]),
        etag=row["etag"],
        storage_class=row["storage_class"],
        headers=dict(_doc(row["headers"])),
        metadata=dict(_doc(row["user_metadata"])),
        checksum=dict(_doc(row["checksum"])),
        tags=dict(_doc(row["tags"])),
        segments=[Segment(str(s[0]), int(s[1])) for s in _doc(row["segments"])],
        parts=list(_doc(row["parts"])),
        extras=dict(_doc(row["extras"])),
        is_latest=bool(row["is_latest"]),
        sequence=int(row["seq"]),
    )


def _version_args(v: ObjectVersion) -> tuple[Any, ...]:
    stamp = v.last_modified
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError(f"naive datetime {stamp!r}: store tz-aware instants only")
    return (
        v.bucket,
        v.key.encode("utf-8"),
        v.version_id,
        v.delete_marker,
        v.size,
        v.etag,
        stamp.astimezone(UTC),
        v.owner,
        v.storage_class,
        json.dumps(v.headers),
        json.dumps(v.metadata),
        json.dumps(v.checksum),
        json.dumps(v.tags),
        json.dumps([[s.blob_id, s.size] for s in v.segments]),
        json.dumps(v.parts),
        json.dumps(v.extras),
    )


async def _keep_session(conn: Any) -> None:
    """The pool's reset on release: asyncpg's default (``RESET ALL``, ``UNLISTEN *``…) is a round trip
    per call, and these statements leave no session state behind (an open transaction is still rolled
    back by the pool itself)."""


class FastPostgres:
    """A small asyncpg pool on the service's schema, beside SQLAlchemy's engine."""

    def __init__(self, pool: Any) -> None:
        self._pool = pool

    @classmethod
    async def open(cls, url: URL, schema: str, *, max_size: int = 10) -> FastPostgres:
        dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        pool = await asyncpg.create_pool(
            dsn,
            min_size=1,
            max_size=max_size,
            server_settings={"search_path": schema, "timezone": "UTC"},
            reset=_keep_session,
        )
        return cls(pool)

    async def get_bucket(self, name: str) -> Bucket | None:
        row = await self._pool.fetchrow(_SELECT_BUCKET, name)
        if row is None:
            return None
        return Bucket(
            name=row["name"],
            account_id=row["account_id"],
            region=row["region"],
            created=row["created"].astimezone(UTC),
            versioning=row["versioning"],
            object_lock=bool(row["object_lock"]),
        )

    async def get_config(self, bucket: str, name: str) -> Any:
        return _doc(await self._pool.fetchval(_SELECT_CONFIG, bucket, name))

    async def get_version(self, bucket: str, key: str, version_id: str | None) -> ObjectVersion | None:
        raw_key = key.encode("utf-8")
        if version_id is None:
            row = await self._pool.fetchrow(_SELECT_LATEST, bucket, raw_key)
        else:
            row = await self._pool.fetchrow(_SELECT_VERSION, bucket, raw_key, version_id)
        return None if row is None else version_of(row)

    async def put_version(
        self, version: ObjectVersion, keep_null: bool, precondition: Precondition | None
    ) -> list[str]:
        """``sql._install_version`` under the bucket's row lock, as ``SqlS3Store.put_version``; the latest
        version is read only when a precondition needs it (the UPDATE clears its flag either way)."""
        args = _version_args(version)
        raw_key = args[1]
        async with self._pool.acquire() as conn, conn.transaction():
            if await conn.fetchrow(_LOCK_BUCKET, version.bucket) is None:
                raise KeyError(version.bucket)
            if precondition is not None:
                current = await conn.fetchrow(_SELECT_LATEST, version.bucket, raw_key)
                precondition(None if current is None else version_of(current))
            freed: list[str] = []
            if not keep_null or version.version_id == NULL_VERSION:
                old = await conn.fetchrow(_DELETE_NULL, version.bucket, raw_key, NULL_VERSION)
                if old is not None:
                    freed = version_of(old).blob_ids
            await conn.execute(_UNSET_LATEST, version.bucket, raw_key)
            await conn.execute(_INSERT_VERSION, *args)
        return freed

    async def close(self) -> None:
        await self._pool.close()
