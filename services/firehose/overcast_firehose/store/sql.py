"""The Firehose store on SQL: SQLite embedded, PostgreSQL in cluster mode, one adapter for both.

Tables are declared here for queries and created by ``overcast_firehose/migrations``; the contract
tests check the two agree (``schema_drift``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from overcast_common.config import Settings
from overcast_common.storage import Database, JsonDocument, UtcDateTime, delete_all, open_database, upsert
from overcast_common.storage.migrations import migrations_path
from sqlalchemy import Column, Integer, MetaData, String, Table, and_, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from overcast_firehose.store import DeliveryStream

SERVICE = "firehose"
MIGRATIONS = "overcast_firehose.migrations"

metadata = MetaData()
streams = Table(
    "delivery_streams",
    metadata,
    Column("account_id", String(12), primary_key=True),
    Column("region", String(32), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("arn", String(256), nullable=False),
    Column("stream_type", String(32), nullable=False),
    Column("incarnation", String(32), nullable=False),
    Column("created", UtcDateTime(), nullable=False),
    Column("updated", UtcDateTime(), nullable=False),
    Column("version_id", Integer(), nullable=False),
    Column("destination_kind", String(64), nullable=False),
    Column("destination", JsonDocument(), nullable=False),
    Column("source", JsonDocument(), nullable=False),
    Column("encryption", JsonDocument(), nullable=False),
    Column("tags", JsonDocument(), nullable=False),
)
checkpoints = Table(
    "source_checkpoints",
    metadata,
    Column("stream_arn", String(256), primary_key=True),
    Column("incarnation", String(32), primary_key=True),
    Column("shard_id", String(128), primary_key=True),
    Column("sequence_number", String(128), nullable=False),
)

_MUTABLE = ("updated", "version_id", "destination_kind", "destination", "source", "encryption", "tags")


def _row(stream: DeliveryStream) -> dict[str, Any]:
    return {
        "account_id": stream.account_id,
        "region": stream.region,
        "name": stream.name,
        "arn": stream.arn,
        "stream_type": stream.stream_type,
        "incarnation": stream.incarnation,
        "created": stream.created,
        "updated": stream.updated,
        "version_id": stream.version_id,
        "destination_kind": stream.destination_kind,
        "destination": stream.destination,
        "source": stream.source,
        "encryption": stream.encryption,
        # a JSON object keeps insertion order on SQLite but not in jsonb: store pairs
        "tags": [[k, v] for k, v in stream.tags.items()],
    }


def _stream(row: Any) -> DeliveryStream:
    return DeliveryStream(
        account_id=row["account_id"],
        region=row["region"],
        name=row["name"],
        arn=row["arn"],
        stream_type=row["stream_type"],
        incarnation=row["incarnation"],
        created=row["created"],
        updated=row["updated"],
        version_id=row["version_id"],
        destination_kind=row["destination_kind"],
        destination=row["destination"],
        source=row["source"],
        encryption=row["encryption"],
        tags={k: v for k, v in row["tags"]},
    )


def _key(account_id: str, region: str, name: str) -> Any:
    return and_(streams.c.account_id == account_id, streams.c.region == region, streams.c.name == name)


class SqlFirehoseStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    async def open(cls, target: Settings | str | Path) -> SqlFirehoseStore:
        if isinstance(target, Path):
            target = f"sqlite+aiosqlite:///{target.absolute()}"
        return cls(await open_database(target, SERVICE, migrations_path(MIGRATIONS)))

    async def create(self, stream: DeliveryStream) -> bool:
        row = _row(stream)

        def insert(conn: Connection) -> bool:
            found = conn.execute(
                select(streams.c.name).where(_key(stream.account_id, stream.region, stream.name))
            ).first()
            if found is not None:
                return False
            conn.execute(streams.insert().values(row))
            return True

        try:
            return await self.db.run(insert, write=True)
        except IntegrityError:  # a concurrent create of the same name on PostgreSQL
            return False

    async def get(self, account_id: str, region: str, name: str) -> DeliveryStream | None:
        query = select(streams).where(_key(account_id, region, name))
        row = await self.db.run(lambda conn: conn.execute(query).mappings().first())
        return None if row is None else _stream(row)

    async def save(self, stream: DeliveryStream) -> None:
        row = _row(stream)
        statement = (
            streams.update()
            .where(_key(stream.account_id, stream.region, stream.name))
            .values({k: row[k] for k in _MUTABLE})
        )
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def delete(self, account_id: str, region: str, name: str) -> bool:
        statement = streams.delete().where(_key(account_id, region, name))
        deleted: int = await self.db.run(lambda conn: conn.execute(statement).rowcount, write=True)
        return deleted > 0

    async def list_names(self, account_id: str, region: str, stream_type: str | None = None) -> list[str]:
        query = select(streams.c.name).where(streams.c.account_id == account_id, streams.c.region == region)
        if stream_type is not None:
            query = query.where(streams.c.stream_type == stream_type)
        names = await self.db.run(lambda conn: [r[0] for r in conn.execute(query)])
        return sorted(names)

    async def all(self) -> list[DeliveryStream]:
        rows = await self.db.run(lambda conn: list(conn.execute(select(streams)).mappings()))
        return [_stream(r) for r in rows]

    async def get_checkpoint(self, stream_arn: str, incarnation: str, shard_id: str) -> str | None:
        query = select(checkpoints.c.sequence_number).where(
            checkpoints.c.stream_arn == stream_arn,
            checkpoints.c.incarnation == incarnation,
            checkpoints.c.shard_id == shard_id,
        )
        value = await self.db.run(lambda conn: conn.execute(query).scalar())
        return None if value is None else str(value)

    async def set_checkpoint(self, stream_arn: str, incarnation: str, shard_id: str, sequence: str) -> None:
        row = {
            "stream_arn": stream_arn,
            "incarnation": incarnation,
            "shard_id": shard_id,
            "sequence_number": sequence,
        }
        statement = upsert(self.db.dialect, checkpoints, row, key=("stream_arn", "incarnation", "shard_id"))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def reset(self) -> None:
        await self.db.run(lambda conn: delete_all(conn, metadata), write=True)

    async def close(self) -> None:
        await self.db.close()
