"""Embedded STS store: one SQLite file under the data directory.

SQLite calls block, so they run on one dedicated thread: the event loop never waits on disk, and
the connection is only ever used from the thread that opened it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar, cast, get_args

from overcast_sts.store import PrincipalType, SessionCredentials

_T = TypeVar("_T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    access_key_id     TEXT PRIMARY KEY,
    secret_access_key TEXT NOT NULL,
    session_token     TEXT NOT NULL,
    expiration        TEXT NOT NULL,  -- ISO 8601, UTC
    account_id        TEXT NOT NULL,
    arn               TEXT NOT NULL,
    principal_type    TEXT NOT NULL,
    principal_id      TEXT NOT NULL
)
"""
_COLUMNS = (
    "access_key_id, secret_access_key, session_token, expiration,"
    " account_id, arn, principal_type, principal_id"
)


class SqliteStsStore:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sts-store")
        self._db: sqlite3.Connection | None = None

    @classmethod
    async def open(cls, path: Path) -> SqliteStsStore:
        store = cls(path)
        await store._run(store._connect)
        return store

    def _connect(self) -> None:
        db = sqlite3.connect(self._path, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
        db.execute(_SCHEMA)
        self._db = db

    async def _run(self, fn: Callable[[], _T]) -> _T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, fn)

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("STS store is closed")
        return self._db

    async def put_session(self, session: SessionCredentials) -> None:
        row = (
            session.access_key_id,
            session.secret_access_key,
            session.session_token,
            _iso(session.expiration),
            session.account_id,
            session.arn,
            session.principal_type,
            session.principal_id,
        )
        await self._run(
            lambda: self._conn().execute(
                f"INSERT OR REPLACE INTO sessions ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", row
            )
        )

    async def get_session(self, access_key_id: str) -> SessionCredentials | None:
        def query() -> tuple[str, ...] | None:
            cursor = self._conn().execute(
                f"SELECT {_COLUMNS} FROM sessions WHERE access_key_id = ?", (access_key_id,)
            )
            row: tuple[str, ...] | None = cursor.fetchone()
            return row

        row = await self._run(query)
        if row is None:
            return None
        key, secret, token, expiration, account, arn, ptype, pid = row
        if ptype not in get_args(PrincipalType):
            raise ValueError(f"corrupt STS store: principal type {ptype!r} of {key}")
        principal_type = cast(PrincipalType, ptype)
        return SessionCredentials(
            key, secret, token, datetime.fromisoformat(expiration), account, arn, principal_type, pid
        )

    async def delete_expired(self, now: datetime) -> int:
        cursor = await self._run(
            lambda: self._conn().execute("DELETE FROM sessions WHERE expiration < ?", (_iso(now),))
        )
        return cursor.rowcount

    async def reset(self) -> None:
        await self._run(lambda: self._conn().execute("DELETE FROM sessions"))

    async def close(self) -> None:
        def close() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        await self._run(close)
        self._thread.shutdown(wait=True)


def _iso(moment: datetime) -> str:
    # one fixed-width UTC form, so the strings sort like the instants they name
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
