"""The S3 metadata store on SQL: SQLite when embedded, PostgreSQL in cluster mode.

Keys are stored as their UTF-8 bytes (``KeyBytes``) so both dialects order them as S3 does, whatever
the database's collation; prefixes become byte ranges. Writes that change which version is latest
lock the bucket's row first (``FOR UPDATE`` on PostgreSQL; SQLite's write transactions are serial).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from overcast_common.config import Settings
from overcast_common.storage import Database, JsonDocument, UtcDateTime, delete_all, open_database
from overcast_common.storage.migrations import migrations_path
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.engine import Dialect, RowMapping
from sqlalchemy.types import TypeDecorator

from overcast_s3.store import (
    NULL_VERSION,
    Bucket,
    ObjectVersion,
    Part,
    Precondition,
    Segment,
    Upload,
)
from overcast_s3.store.postgres_fast import FastPostgres
from overcast_s3.store.sqlite_fast import Busy, FastSqlite
from overcast_s3.store.sqlite_fast import install_version as fast_install

SERVICE = "s3"
MIGRATIONS = "overcast_s3.migrations"
_T = TypeVar("_T")


class KeyBytes(TypeDecorator[str]):
    """An object key stored as UTF-8 bytes: byte order is S3's order on every dialect."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | None:
        return None if value is None else value.encode("utf-8")

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> str | None:
        return None if value is None else bytes(value).decode("utf-8")


Sequence_ = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements INTEGER keys only

metadata = MetaData()
buckets = Table(
    "buckets",
    metadata,
    Column("name", String(63), primary_key=True),
    Column("account_id", String(12), nullable=False),
    Column("region", String(32), nullable=False),
    Column("created", UtcDateTime(), nullable=False),
    Column("versioning", String(16), nullable=True),
    Column("object_lock", Boolean(), nullable=False),
    Index("buckets_by_account", "account_id", "name"),
)
bucket_configs = Table(
    "bucket_configs",
    metadata,
    Column("bucket", String(63), ForeignKey("buckets.name", ondelete="CASCADE"), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("document", JsonDocument(), nullable=False),
)
versions = Table(
    "versions",
    metadata,
    Column("seq", Sequence_, primary_key=True, autoincrement=True),
    Column("bucket", String(63), ForeignKey("buckets.name"), nullable=False),
    Column("key", KeyBytes(), nullable=False),
    Column("version_id", String(64), nullable=False),
    Column("is_latest", Boolean(), nullable=False),
    Column("delete_marker", Boolean(), nullable=False),
    Column("size", BigInteger(), nullable=False),
    Column("etag", String(64), nullable=False),
    Column("last_modified", UtcDateTime(), nullable=False),
    Column("owner", String(12), nullable=False),
    Column("storage_class", String(32), nullable=False),
    Column("headers", JsonDocument(), nullable=False),
    Column("user_metadata", JsonDocument(), nullable=False),
    Column("checksum", JsonDocument(), nullable=False),
    Column("tags", JsonDocument(), nullable=False),
    Column("segments", JsonDocument(), nullable=False),
    Column("parts", JsonDocument(), nullable=False),
    Column("extras", JsonDocument(), nullable=False),
    Index("versions_by_key", "bucket", "key", "seq"),
    Index("versions_by_id", "bucket", "key", "version_id", unique=True),
)
uploads = Table(
    "uploads",
    metadata,
    Column("upload_id", String(128), primary_key=True),
    Column("bucket", String(63), ForeignKey("buckets.name"), nullable=False),
    Column("key", KeyBytes(), nullable=False),
    Column("initiated", UtcDateTime(), nullable=False),
    Column("owner", String(12), nullable=False),
    Column("storage_class", String(32), nullable=False),
    Column("headers", JsonDocument(), nullable=False),
    Column("user_metadata", JsonDocument(), nullable=False),
    Column("tags", JsonDocument(), nullable=False),
    Column("checksum_algorithm", String(16), nullable=True),
    Column("checksum_type", String(16), nullable=True),
    Column("extras", JsonDocument(), nullable=False),
    Index("uploads_by_key", "bucket", "key", "upload_id"),
)
parts = Table(
    "parts",
    metadata,
    Column("upload_id", String(128), ForeignKey("uploads.upload_id", ondelete="CASCADE"), primary_key=True),
    Column("number", Integer(), primary_key=True, autoincrement=False),
    Column("size", BigInteger(), nullable=False),
    Column("etag", String(64), nullable=False),
    Column("last_modified", UtcDateTime(), nullable=False),
    Column("blob_id", String(64), nullable=False),
    Column("checksum", JsonDocument(), nullable=False),
)


def successor(prefix: str) -> bytes | None:
    """The smallest byte string above every string starting with ``prefix`` (None: no bound)."""
    raw = bytearray(prefix.encode("utf-8"))
    while raw:
        if raw[-1] < 0xFF:
            raw[-1] += 1
            return bytes(raw)
        raw.pop()
    return None


def _version(row: RowMapping) -> ObjectVersion:
    return ObjectVersion(
        bucket=row["bucket"],
        key=row["key"],
        version_id=row["version_id"],
        last_modified=row["last_modified"],
        owner=row["owner"],
        delete_marker=bool(row["delete_marker"]),
        size=int(row["size"]),
        etag=row["etag"],
        storage_class=row["storage_class"],
        headers=dict(row["headers"]),
        metadata=dict(row["user_metadata"]),
        checksum=dict(row["checksum"]),
        tags=dict(row["tags"]),
        segments=[Segment(str(s[0]), int(s[1])) for s in row["segments"]],
        parts=list(row["parts"]),
        extras=dict(row["extras"]),
        is_latest=bool(row["is_latest"]),
        sequence=int(row["seq"]),
    )


def _version_row(v: ObjectVersion) -> dict[str, Any]:
    return {
        "bucket": v.bucket,
        "key": v.key,
        "version_id": v.version_id,
        "is_latest": True,
        "delete_marker": v.delete_marker,
        "size": v.size,
        "etag": v.etag,
        "last_modified": v.last_modified,
        "owner": v.owner,
        "storage_class": v.storage_class,
        "headers": v.headers,
        "user_metadata": v.metadata,
        "checksum": v.checksum,
        "tags": v.tags,
        "segments": [[s.blob_id, s.size] for s in v.segments],
        "parts": v.parts,
        "extras": v.extras,
    }


def _bucket(row: RowMapping) -> Bucket:
    return Bucket(
        name=row["name"],
        account_id=row["account_id"],
        region=row["region"],
        created=row["created"],
        versioning=row["versioning"],
        object_lock=bool(row["object_lock"]),
    )


def _upload(row: RowMapping) -> Upload:
    return Upload(
        upload_id=row["upload_id"],
        bucket=row["bucket"],
        key=row["key"],
        initiated=row["initiated"],
        owner=row["owner"],
        storage_class=row["storage_class"],
        headers=dict(row["headers"]),
        metadata=dict(row["user_metadata"]),
        tags=dict(row["tags"]),
        checksum_algorithm=row["checksum_algorithm"],
        checksum_type=row["checksum_type"],
        extras=dict(row["extras"]),
    )


def _part(row: RowMapping) -> Part:
    return Part(
        upload_id=row["upload_id"],
        number=int(row["number"]),
        size=int(row["size"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        blob_id=row["blob_id"],
        checksum=dict(row["checksum"]),
    )


def _lock_bucket(conn: Connection, name: str) -> None:
    found = conn.execute(select(buckets.c.name).where(buckets.c.name == name).with_for_update()).first()
    if found is None:
        raise KeyError(name)


def _latest(conn: Connection, bucket: str, key: str) -> RowMapping | None:
    query = select(versions).where(
        versions.c.bucket == bucket, versions.c.key == key, versions.c.is_latest.is_(True)
    )
    return conn.execute(query).mappings().first()


def _install_version(
    conn: Connection, version: ObjectVersion, keep_null: bool, precondition: Precondition | None
) -> list[str]:
    """The body of every write that adds a version: returns blob ids freed by a replaced null version."""
    current = _latest(conn, version.bucket, version.key)
    if precondition is not None:
        precondition(None if current is None else _version(current))
    freed: list[str] = []
    key_rows = and_(versions.c.bucket == version.bucket, versions.c.key == version.key)
    if not keep_null or version.version_id == NULL_VERSION:
        old = (
            conn.execute(select(versions).where(key_rows, versions.c.version_id == NULL_VERSION))
            .mappings()
            .first()
        )
        if old is not None:
            freed = _version(old).blob_ids
            conn.execute(delete(versions).where(versions.c.seq == old["seq"]))
    conn.execute(update(versions).where(key_rows, versions.c.is_latest.is_(True)).values(is_latest=False))
    conn.execute(versions.insert().values(_version_row(version)))
    return freed


class SqlS3Store:
    """On SQLite, reading and installing versions take ``sqlite_fast`` (no SQLAlchemy, no thread hop,
    grouped commits) and buckets are cached in memory: this process is the file's only writer. On
    PostgreSQL (``open``), the same reads and writes take ``postgres_fast`` (plain asyncpg, no cache)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._fast: FastSqlite | None = None
        self._buckets: dict[str, Bucket] = {}
        self._pg: FastPostgres | None = None
        if db.dialect == "sqlite" and db.engine.url.database not in (None, "", ":memory:"):
            self._fast = FastSqlite(Path(str(db.engine.url.database)))

    @classmethod
    async def open(cls, target: Settings | str | Path) -> SqlS3Store:
        if isinstance(target, Path):
            target = f"sqlite+aiosqlite:///{target.absolute()}"
        store = cls(await open_database(target, SERVICE, migrations_path(MIGRATIONS)))
        if store.db.dialect == "postgresql" and store.db.schema is not None:
            try:
                store._pg = await FastPostgres.open(store.db.engine.url, store.db.schema)
            except BaseException:
                await store.db.close()
                raise
        return store

    async def _read(self, fn: Callable[[Connection], _T]) -> _T:
        return await self.db.run(fn)

    async def _write(self, fn: Callable[[Connection], _T]) -> _T:
        return await self.db.run(fn, write=True)

    # --- buckets

    async def create_bucket(self, bucket: Bucket) -> Bucket | None:
        self._buckets.pop(bucket.name, None)

        def work(conn: Connection) -> Bucket | None:
            row = conn.execute(select(buckets).where(buckets.c.name == bucket.name)).mappings().first()
            if row is not None:
                return _bucket(row)
            conn.execute(
                buckets.insert().values(
                    name=bucket.name,
                    account_id=bucket.account_id,
                    region=bucket.region,
                    created=bucket.created,
                    versioning=bucket.versioning,
                    object_lock=bucket.object_lock,
                )
            )
            return None

        return await self._write(work)

    async def get_bucket(self, name: str) -> Bucket | None:
        if self._fast is not None:
            found = self._buckets.get(name)
            if found is None:
                found = self._fast.get_bucket(name)
                if found is None:
                    return None
                self._buckets[name] = found
            # a copy: callers may change theirs
            return Bucket(
                found.name, found.account_id, found.region, found.created, found.versioning, found.object_lock
            )
        if self._pg is not None:
            return await self._pg.get_bucket(name)
        query = select(buckets).where(buckets.c.name == name)
        row = await self._read(lambda conn: conn.execute(query).mappings().first())
        return None if row is None else _bucket(row)

    async def list_buckets(
        self, account_id: str, *, prefix: str = "", after: str = "", limit: int = 10000
    ) -> list[Bucket]:
        query = select(buckets).where(buckets.c.account_id == account_id, buckets.c.name > after)
        if prefix:
            query = query.where(buckets.c.name.startswith(prefix, autoescape=True))
        query = query.order_by(buckets.c.name).limit(limit)
        rows = await self._read(lambda conn: conn.execute(query).mappings().all())
        return [_bucket(r) for r in rows]

    async def set_versioning(self, name: str, status: str) -> None:
        statement = update(buckets).where(buckets.c.name == name).values(versioning=status)
        try:
            await self._write(lambda conn: conn.execute(statement))
        finally:
            self._buckets.pop(name, None)

    async def delete_bucket(self, name: str) -> bool:
        def work(conn: Connection) -> bool:
            _lock_bucket(conn, name)
            for table in (versions, uploads):
                if conn.execute(select(table.c.bucket).where(table.c.bucket == name).limit(1)).first():
                    return False
            conn.execute(delete(bucket_configs).where(bucket_configs.c.bucket == name))
            conn.execute(delete(buckets).where(buckets.c.name == name))
            return True

        try:
            return await self._write(work)
        except KeyError:
            return True
        finally:
            self._buckets.pop(name, None)

    async def get_config(self, bucket: str, name: str) -> Any:
        if self._fast is not None:
            return self._fast.get_config(bucket, name)
        if self._pg is not None:
            return await self._pg.get_config(bucket, name)
        query = select(bucket_configs.c.document).where(
            bucket_configs.c.bucket == bucket, bucket_configs.c.name == name
        )
        return await self._read(lambda conn: conn.execute(query).scalar())

    async def put_config(self, bucket: str, name: str, document: Any) -> None:
        def work(conn: Connection) -> None:
            where = and_(bucket_configs.c.bucket == bucket, bucket_configs.c.name == name)
            conn.execute(delete(bucket_configs).where(where))
            if document is not None:
                conn.execute(bucket_configs.insert().values(bucket=bucket, name=name, document=document))

        await self._write(work)

    # --- objects

    async def put_version(
        self, version: ObjectVersion, *, keep_null: bool, precondition: Precondition | None = None
    ) -> list[str]:
        if self._fast is not None:
            try:
                return await self._fast.write(
                    lambda conn: fast_install(conn, version, keep_null, precondition)
                )
            except Busy:
                pass  # another connection is writing: wait for it on a worker thread
        if self._pg is not None:
            return await self._pg.put_version(version, keep_null, precondition)

        def work(conn: Connection) -> list[str]:
            _lock_bucket(conn, version.bucket)
            return _install_version(conn, version, keep_null, precondition)

        return await self._write(work)

    async def get_version(self, bucket: str, key: str, version_id: str | None = None) -> ObjectVersion | None:
        if self._fast is not None:
            return self._fast.get_version(bucket, key, version_id)
        if self._pg is not None:
            return await self._pg.get_version(bucket, key, version_id)
        query = select(versions).where(versions.c.bucket == bucket, versions.c.key == key)
        if version_id is None:
            query = query.where(versions.c.is_latest.is_(True))
        else:
            query = query.where(versions.c.version_id == version_id)
        row = await self._read(lambda conn: conn.execute(query).mappings().first())
        return None if row is None else _version(row)

    async def delete_version(
        self, bucket: str, key: str, version_id: str
    ) -> tuple[ObjectVersion | None, list[str]]:
        def work(conn: Connection) -> tuple[ObjectVersion | None, list[str]]:
            _lock_bucket(conn, bucket)
            key_rows = and_(versions.c.bucket == bucket, versions.c.key == key)
            row = (
                conn.execute(select(versions).where(key_rows, versions.c.version_id == version_id))
                .mappings()
                .first()
            )
            if row is None:
                return None, []
            gone = _version(row)
            conn.execute(delete(versions).where(versions.c.seq == row["seq"]))
            if gone.is_latest:
                newest = conn.execute(select(func.max(versions.c.seq)).where(key_rows)).scalar()
                if newest is not None:
                    conn.execute(update(versions).where(versions.c.seq == newest).values(is_latest=True))
            return gone, gone.blob_ids

        try:
            return await self._write(work)
        except KeyError:
            return None, []

    async def set_extras(self, bucket: str, key: str, version_id: str, extras: dict[str, Any]) -> bool:
        statement = (
            update(versions)
            .where(versions.c.bucket == bucket, versions.c.key == key, versions.c.version_id == version_id)
            .values(extras=extras)
        )
        count = await self._write(lambda conn: conn.execute(statement).rowcount)
        return bool(count)

    async def set_storage_class(self, bucket: str, key: str, version_id: str, storage_class: str) -> bool:
        statement = (
            update(versions)
            .where(versions.c.bucket == bucket, versions.c.key == key, versions.c.version_id == version_id)
            .values(storage_class=storage_class)
        )
        count = await self._write(lambda conn: conn.execute(statement).rowcount)
        return bool(count)

    async def buckets_with_config(self, name: str) -> list[Bucket]:
        query = (
            select(buckets)
            .join(bucket_configs, bucket_configs.c.bucket == buckets.c.name)
            .where(bucket_configs.c.name == name)
            .order_by(buckets.c.name)
        )
        rows = await self._read(lambda conn: conn.execute(query).mappings().all())
        return [_bucket(r) for r in rows]

    async def referenced_blob_ids(self) -> set[str]:
        def work(conn: Connection) -> set[str]:
            found = {str(row[0]) for row in conn.execute(select(parts.c.blob_id))}
            for (segments,) in conn.execute(select(versions.c.segments)):
                found.update(str(s[0]) for s in segments)
            return found

        return await self._read(work)

    async def set_tags(self, bucket: str, key: str, version_id: str, tags: dict[str, str]) -> bool:
        statement = (
            update(versions)
            .where(versions.c.bucket == bucket, versions.c.key == key, versions.c.version_id == version_id)
            .values(tags=tags)
        )
        count = await self._write(lambda conn: conn.execute(statement).rowcount)
        return bool(count)

    async def list_latest(self, bucket: str, *, prefix: str, after: str, limit: int) -> list[ObjectVersion]:
        query = select(versions).where(
            versions.c.bucket == bucket,
            versions.c.is_latest.is_(True),
            versions.c.delete_marker.is_(False),
            versions.c.key > after,
            *self._prefix(prefix),
        )
        query = query.order_by(versions.c.key).limit(limit)
        rows = await self._read(lambda conn: conn.execute(query).mappings().all())
        return [_version(r) for r in rows]

    async def list_versions(
        self, bucket: str, *, prefix: str, after_key: str, after_sequence: int | None, limit: int
    ) -> list[ObjectVersion]:
        position = versions.c.key > after_key
        if after_sequence is not None:
            position = or_(position, and_(versions.c.key == after_key, versions.c.seq < after_sequence))
        query = select(versions).where(versions.c.bucket == bucket, position, *self._prefix(prefix))
        query = query.order_by(versions.c.key, versions.c.seq.desc()).limit(limit)
        rows = await self._read(lambda conn: conn.execute(query).mappings().all())
        return [_version(r) for r in rows]

    @staticmethod
    def _prefix(prefix: str, column: Any = versions.c.key) -> list[Any]:
        if not prefix:
            return []
        conditions = [column >= prefix]
        upper = successor(prefix)
        if upper is not None:
            # the bound may not be valid UTF-8: compare it as raw bytes
            conditions.append(type_coerce(column, LargeBinary()) < bindparam(None, upper, LargeBinary()))
        return conditions

    # --- multipart uploads

    async def create_upload(self, upload: Upload) -> None:
        row = {
            "upload_id": upload.upload_id,
            "bucket": upload.bucket,
            "key": upload.key,
            "initiated": upload.initiated,
            "owner": upload.owner,
            "storage_class": upload.storage_class,
            "headers": upload.headers,
            "user_metadata": upload.metadata,
            "tags": upload.tags,
            "checksum_algorithm": upload.checksum_algorithm,
            "checksum_type": upload.checksum_type,
            "extras": upload.extras,
        }
        await self._write(lambda conn: conn.execute(uploads.insert().values(row)))

    async def get_upload(self, upload_id: str) -> Upload | None:
        query = select(uploads).where(uploads.c.upload_id == upload_id)
        row = await self._read(lambda conn: conn.execute(query).mappings().first())
        return None if row is None else _upload(row)

    async def list_uploads(
        self, bucket: str, *, prefix: str, after_key: str, after_upload_id: str, limit: int
    ) -> list[Upload]:
        position = or_(
            uploads.c.key > after_key, and_(uploads.c.key == after_key, uploads.c.upload_id > after_upload_id)
        )
        query = select(uploads).where(
            uploads.c.bucket == bucket, position, *self._prefix(prefix, uploads.c.key)
        )
        query = query.order_by(uploads.c.key, uploads.c.initiated, uploads.c.upload_id).limit(limit)
        rows = await self._read(lambda conn: conn.execute(query).mappings().all())
        return [_upload(r) for r in rows]

    async def put_part(self, part: Part) -> list[str]:
        def work(conn: Connection) -> list[str]:
            found = conn.execute(
                select(uploads.c.upload_id).where(uploads.c.upload_id == part.upload_id).with_for_update()
            ).first()
            if found is None:
                raise KeyError(part.upload_id)
            where = and_(parts.c.upload_id == part.upload_id, parts.c.number == part.number)
            old = conn.execute(select(parts.c.blob_id).where(where)).scalar()
            conn.execute(delete(parts).where(where))
            conn.execute(
                parts.insert().values(
                    upload_id=part.upload_id,
                    number=part.number,
                    size=part.size,
                    etag=part.etag,
                    last_modified=part.last_modified,
                    blob_id=part.blob_id,
                    checksum=part.checksum,
                )
            )
            return [] if old is None else [old]

        return await self._write(work)

    async def list_parts(self, upload_id: str, *, after: int = 0, limit: int = 10000) -> list[Part]:
        query = (
            select(parts)
            .where(parts.c.upload_id == upload_id, parts.c.number > after)
            .order_by(parts.c.number)
            .limit(limit)
        )
        rows = await self._read(lambda conn: conn.execute(query).mappings().all())
        return [_part(r) for r in rows]

    async def complete_upload(
        self,
        upload_id: str,
        version: ObjectVersion,
        used_blob_ids: Sequence[str],
        *,
        keep_null: bool,
        precondition: Precondition | None = None,
    ) -> list[str]:
        def work(conn: Connection) -> list[str]:
            _lock_bucket(conn, version.bucket)
            found = conn.execute(
                select(uploads.c.upload_id).where(uploads.c.upload_id == upload_id).with_for_update()
            ).first()
            if found is None:
                raise KeyError(upload_id)
            freed = _install_version(conn, version, keep_null, precondition)
            blobs = conn.execute(select(parts.c.blob_id).where(parts.c.upload_id == upload_id)).scalars()
            used = set(used_blob_ids)
            freed += [b for b in blobs if b not in used]
            conn.execute(delete(parts).where(parts.c.upload_id == upload_id))
            conn.execute(delete(uploads).where(uploads.c.upload_id == upload_id))
            return freed

        return await self._write(work)

    async def delete_upload(self, upload_id: str) -> list[str] | None:
        def work(conn: Connection) -> list[str] | None:
            if (
                conn.execute(select(uploads.c.upload_id).where(uploads.c.upload_id == upload_id)).first()
                is None
            ):
                return None
            blobs = list(
                conn.execute(select(parts.c.blob_id).where(parts.c.upload_id == upload_id)).scalars()
            )
            conn.execute(delete(parts).where(parts.c.upload_id == upload_id))
            conn.execute(delete(uploads).where(uploads.c.upload_id == upload_id))
            return blobs

        return await self._write(work)

    async def reset(self) -> None:
        try:
            await self._write(lambda conn: delete_all(conn, metadata))
        finally:
            self._buckets.clear()

    async def close(self) -> None:
        if self._fast is not None:
            self._fast.close()
        if self._pg is not None:
            await self._pg.close()
        await self.db.close()
