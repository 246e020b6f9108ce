"""The SNS store on SQL: SQLite when embedded, PostgreSQL in cluster mode (``overcast_common.storage``).

Tables are declared here for queries and created by the revisions in ``overcast_sns/migrations``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from overcast_common.config import Settings
from overcast_common.storage import Database, JsonDocument, delete_all, open_database, upsert
from overcast_common.storage.migrations import migrations_path
from sqlalchemy import BigInteger, Column, Connection, Index, Integer, MetaData, String, Table, select

from overcast_sns.store import Entity, Kind

SERVICE = "sns"
MIGRATIONS = "overcast_sns.migrations"
SEQ = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()
entities = Table(
    "entities",
    metadata,
    Column("seq", SEQ, primary_key=True, autoincrement=True),
    Column("arn", String(1024), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("account_id", String(12), nullable=False),
    Column("region", String(32), nullable=False),
    Column("parent", String(1024), nullable=False),
    Column("doc", JsonDocument(), nullable=False),
    Index("entities_by_arn", "arn", unique=True),
    Index("entities_by_scope", "kind", "account_id", "region", "seq"),
    Index("entities_by_parent", "parent", "seq"),
)
dedup = Table(
    "dedup",
    metadata,
    Column("key", String(1200), primary_key=True),
    Column("expires_ms", BigInteger(), nullable=False),
    Column("doc", JsonDocument(), nullable=False),
    Index("dedup_by_expiry", "expires_ms"),
)
outbox = Table(
    "outbox",
    metadata,
    Column("seq", SEQ, primary_key=True, autoincrement=True),
    Column("account_id", String(12), nullable=False),
    Column("region", String(32), nullable=False),
    Column("doc", JsonDocument(), nullable=False),
)
OUTBOX_LIMIT = 10_000
"""Most recent outbox entries listed; older ones stay stored until reset."""


def _entity(row: Any) -> Entity:
    return Entity(row.arn, row.kind, row.account_id, row.region, row.parent, dict(row.doc), row.seq)


class SqlSnsStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    async def open(cls, target: Settings | str | Path) -> SqlSnsStore:
        if isinstance(target, Path):
            target = f"sqlite+aiosqlite:///{target.absolute()}"
        return cls(await open_database(target, SERVICE, migrations_path(MIGRATIONS)))

    async def put(self, entity: Entity) -> None:
        row = {
            "arn": entity.arn,
            "kind": entity.kind,
            "account_id": entity.account_id,
            "region": entity.region,
            "parent": entity.parent,
            "doc": entity.doc,
        }
        statement = upsert(self.db.dialect, entities, row, key=("arn",))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def get(self, arn: str) -> Entity | None:
        query = select(entities).where(entities.c.arn == arn)
        row = await self.db.run(lambda conn: conn.execute(query).first())
        return None if row is None else _entity(row)

    async def delete(self, arn: str) -> bool:
        statement = entities.delete().where(entities.c.arn == arn)
        count: int = await self.db.run(lambda conn: conn.execute(statement).rowcount, write=True)
        return count > 0

    async def delete_children(self, parent: str) -> int:
        statement = entities.delete().where(entities.c.parent == parent)
        count: int = await self.db.run(lambda conn: conn.execute(statement).rowcount, write=True)
        return count

    async def list_entities(
        self,
        kind: Kind,
        *,
        account_id: str | None = None,
        region: str | None = None,
        parent: str | None = None,
        after: int = 0,
        limit: int = 100,
    ) -> list[Entity]:
        query = select(entities).where(entities.c.kind == kind, entities.c.seq > after)
        if account_id is not None:
            query = query.where(entities.c.account_id == account_id)
        if region is not None:
            query = query.where(entities.c.region == region)
        if parent is not None:
            query = query.where(entities.c.parent == parent)
        query = query.order_by(entities.c.seq).limit(limit)
        rows = await self.db.run(lambda conn: conn.execute(query).all())
        return [_entity(r) for r in rows]

    async def remember_dedup(
        self, key: str, now_ms: int, window_ms: int, doc: dict[str, Any]
    ) -> dict[str, Any] | None:
        def work(conn: Connection) -> dict[str, Any] | None:
            row = conn.execute(select(dedup).where(dedup.c.key == key)).first()
            if row is not None and row.expires_ms > now_ms:
                return dict(row.doc)
            conn.execute(dedup.delete().where(dedup.c.expires_ms <= now_ms))
            conn.execute(dedup.insert().values(key=key, expires_ms=now_ms + window_ms, doc=doc))
            return None

        return await self.db.run(work, write=True)

    async def find_dedup(self, key: str, now_ms: int) -> dict[str, Any] | None:
        query = select(dedup.c.doc).where(dedup.c.key == key, dedup.c.expires_ms > now_ms)
        row = await self.db.run(lambda conn: conn.execute(query).first())
        return None if row is None else dict(row.doc)

    async def add_outbox(self, account_id: str, region: str, doc: dict[str, Any]) -> None:
        statement = outbox.insert().values(account_id=account_id, region=region, doc=doc)
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def list_outbox(
        self, account_id: str | None = None, region: str | None = None
    ) -> list[dict[str, Any]]:
        query = select(outbox)
        if account_id:
            query = query.where(outbox.c.account_id == account_id)
        if region:
            query = query.where(outbox.c.region == region)
        query = query.order_by(outbox.c.seq.desc()).limit(OUTBOX_LIMIT)
        rows = await self.db.run(lambda conn: conn.execute(query).all())
        return [dict(r.doc) for r in reversed(rows)]

    async def reset(self) -> None:
        await self.db.run(lambda conn: delete_all(conn, metadata), write=True)

    async def close(self) -> None:
        await self.db.close()
