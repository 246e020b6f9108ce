"""The STS store on SQL: SQLite when embedded, PostgreSQL in cluster mode, one adapter for both.

Tables are declared here for queries and created by the revisions in ``overcast_sts/migrations``;
a test (``schema_drift``) proves the two agree on both dialects.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path
from typing import cast, get_args

from overcast_common.config import Settings
from overcast_common.storage import Database, UtcDateTime, delete_all, open_database, upsert
from overcast_common.storage.migrations import migrations_path
from sqlalchemy import Boolean, Column, Index, MetaData, String, Table, Text, false, select

from overcast_sts.store import PrincipalType, SessionCredentials

SERVICE = "sts"
MIGRATIONS = "overcast_sts.migrations"

metadata = MetaData()
sessions = Table(
    "sessions",
    metadata,
    Column("access_key_id", String(128), primary_key=True),
    Column("secret_access_key", String(128), nullable=False),
    Column("session_token", Text(), nullable=False),
    Column("expiration", UtcDateTime(), nullable=False),
    Column("account_id", String(12), nullable=False),
    Column("arn", String(2048), nullable=False),
    Column("principal_type", String(32), nullable=False),
    Column("principal_id", String(256), nullable=False),
    Column("created", UtcDateTime(), nullable=True),
    Column("mfa", Boolean(), nullable=False, server_default=false()),
    Index("sessions_by_expiration", "expiration"),
)


class SqlStsStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    async def open(cls, target: Settings | str | Path) -> SqlStsStore:
        """Open (and migrate) the store: from settings (``OVERCAST_DATABASE_URL`` or the data
        directory), a SQLAlchemy URL, or the path of a SQLite file."""
        if isinstance(target, Path):
            target = f"sqlite+aiosqlite:///{target.absolute()}"
        return cls(await open_database(target, SERVICE, migrations_path(MIGRATIONS)))

    async def put_session(self, session: SessionCredentials) -> None:
        statement = upsert(self.db.dialect, sessions, dataclasses.asdict(session), key=("access_key_id",))
        await self.db.run(lambda conn: conn.execute(statement), write=True)

    async def get_session(self, access_key_id: str) -> SessionCredentials | None:
        query = select(sessions).where(sessions.c.access_key_id == access_key_id)
        row = await self.db.run(lambda conn: conn.execute(query).mappings().first())
        if row is None:
            return None
        if row["principal_type"] not in get_args(PrincipalType):
            raise ValueError(
                f"corrupt STS store: principal type {row['principal_type']!r} of {access_key_id}"
            )
        return SessionCredentials(
            access_key_id=row["access_key_id"],
            secret_access_key=row["secret_access_key"],
            session_token=row["session_token"],
            expiration=row["expiration"],
            account_id=row["account_id"],
            arn=row["arn"],
            principal_type=cast(PrincipalType, row["principal_type"]),
            principal_id=row["principal_id"],
            created=row["created"],
            mfa=bool(row["mfa"]),
        )

    async def delete_expired(self, now: datetime) -> int:
        statement = sessions.delete().where(sessions.c.expiration < now)
        return await self.db.run(lambda conn: conn.execute(statement).rowcount, write=True)

    async def reset(self) -> None:
        await self.db.run(lambda conn: delete_all(conn, metadata), write=True)

    async def close(self) -> None:
        await self.db.close()
