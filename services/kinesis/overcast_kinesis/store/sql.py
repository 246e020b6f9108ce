"""The metadata store on SQL: SQLite when embedded, PostgreSQL in cluster mode, one adapter for both.

Tables are declared here for queries and created by the revisions in ``overcast_kinesis/migrations``;
a test (``schema_drift``) proves the two agree on both dialects. A stream is one row whose document
holds its shards, tags and settings: they always change together with the stream.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from overcast_common.config import Settings
from overcast_common.storage import Database, JsonDocument, delete_all, open_database, upsert
from overcast_common.storage.migrations import migrations_path
from sqlalchemy import Column, Connection, Index, MetaData, String, Table, Text, select

from overcast_kinesis.model import Consumer, Stream
from overcast_kinesis.store.port import Snapshot

SERVICE = "kinesis"
MIGRATIONS = "overcast_kinesis.migrations"

metadata = MetaData()
streams = Table(
    "streams",
    metadata,
    Column("uid", String(16), primary_key=True),
    Column("account_id", String(12), nullable=False),
    Column("region", String(32), nullable=False),
    Column("name", String(128), nullable=False),
    Column("doc", JsonDocument(), nullable=False),
    Index("streams_by_name", "account_id", "region", "name", unique=True),
)
consumers = Table(
    "consumers",
    metadata,
    Column("arn", String(2048), primary_key=True),
    Column("stream_uid", String(16), nullable=False),
    Column("doc", JsonDocument(), nullable=False),
    Index("consumers_by_stream", "stream_uid"),
)
policies = Table(
    "policies",
    metadata,
    Column("arn", String(2048), primary_key=True),
    Column("policy", Text(), nullable=False),
)
account_settings = Table(
    "account_settings",
    metadata,
    Column("account_id", String(12), primary_key=True),
    Column("region", String(32), primary_key=True),
    Column("doc", JsonDocument(), nullable=False),
)


class SqlKinesisStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    async def open(cls, target: Settings | str | Path) -> SqlKinesisStore:
        """From settings (``OVERCAST_DATABASE_URL`` or the data directory), a SQLAlchemy URL, or the
        path of a SQLite file."""
        if isinstance(target, Path):
            target = f"sqlite+aiosqlite:///{target.absolute()}"
        return cls(await open_database(target, SERVICE, migrations_path(MIGRATIONS)))

    async def load(self) -> Snapshot:
        def read(conn: Connection) -> Snapshot:
            snap = Snapshot()
            for row in conn.execute(select(streams)).mappings():
                snap.streams.append(
                    Stream.from_doc(row["uid"], row["account_id"], row["region"], row["name"], row["doc"])
                )
            for row in conn.execute(select(consumers)).mappings():
                snap.consumers.append(Consumer.from_doc(row["arn"], row["stream_uid"], row["doc"]))
            for row in conn.execute(select(policies)).mappings():
                snap.policies[row["arn"]] = row["policy"]
            for row in conn.execute(select(account_settings)).mappings():
                snap.account_settings[(row["account_id"], row["region"])] = dict(row["doc"])
            return snap

        return await self.db.run(read)

    async def save_stream(self, stream: Stream) -> None:
        row = {
            "uid": stream.uid,
            "account_id": stream.account,
            "region": stream.region,
            "name": stream.name,
            "doc": stream.to_doc(),
        }
        statement = upsert(self.db.dialect, streams, row, key=("uid",))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def delete_stream(self, uid: str) -> None:
        def delete(conn: Connection) -> None:
            arns = [r[0] for r in conn.execute(select(consumers.c.arn).where(consumers.c.stream_uid == uid))]
            stream_arn = conn.execute(select(streams.c.doc).where(streams.c.uid == uid)).scalar()
            if stream_arn is not None:
                arns.append(stream_arn["arn"])
            if arns:
                conn.execute(policies.delete().where(policies.c.arn.in_(arns)))
            conn.execute(consumers.delete().where(consumers.c.stream_uid == uid))
            conn.execute(streams.delete().where(streams.c.uid == uid))

        await self.db.run(delete, write=True)

    async def save_consumer(self, consumer: Consumer) -> None:
        row = {"arn": consumer.arn, "stream_uid": consumer.stream_uid, "doc": consumer.to_doc()}
        statement = upsert(self.db.dialect, consumers, row, key=("arn",))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def delete_consumer(self, arn: str) -> None:
        def delete(conn: Connection) -> None:
            conn.execute(policies.delete().where(policies.c.arn == arn))
            conn.execute(consumers.delete().where(consumers.c.arn == arn))

        await self.db.run(delete, write=True)

    async def put_policy(self, arn: str, policy: str | None) -> None:
        if policy is None:
            statement: Any = policies.delete().where(policies.c.arn == arn)
        else:
            statement = upsert(self.db.dialect, policies, {"arn": arn, "policy": policy}, key=("arn",))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def save_account_settings(self, account: str, region: str, settings: dict[str, Any]) -> None:
        row = {"account_id": account, "region": region, "doc": settings}
        statement = upsert(self.db.dialect, account_settings, row, key=("account_id", "region"))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def reset(self) -> None:
        await self.db.run(lambda conn: delete_all(conn, metadata), write=True)

    async def close(self) -> None:
        await self.db.close()
