"""Column types and statements that mean the same on SQLite and PostgreSQL.

- ``UtcDateTime``: tz-aware UTC ``datetime`` in and out. PostgreSQL stores ``timestamptz``; SQLite
  stores SQLAlchemy's fixed-width ``YYYY-MM-DD HH:MM:SS.ffffff`` text in UTC, so comparisons and
  ``ORDER BY`` follow time on both. Naive datetimes are refused: they name no instant.
- ``JsonDocument``: a JSON value (dict, list, str, number, bool). PostgreSQL stores ``jsonb``,
  SQLite JSON text.
- ``upsert(dialect, table, row, key)``: insert, or update the other columns on a key conflict.
- ``delete_all(conn, metadata)``: empty every table (``reset()``), children before parents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.dml import Insert
from sqlalchemy.types import TypeDecorator, TypeEngine


class UtcDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: store tz-aware instants only")
        value = value.astimezone(UTC)
        # SQLite's DATETIME text has no zone: every stored value is UTC, so drop the marker
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class JsonDocument(TypeDecorator[Any]):
    impl = JSON(none_as_null=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.JSONB(none_as_null=True))
        return dialect.type_descriptor(JSON(none_as_null=True))


def upsert(dialect: str, table: Table, row: Mapping[str, Any], key: Sequence[str]) -> Insert:
    """``INSERT … ON CONFLICT (key) DO UPDATE`` setting every non-key column of ``row``."""
    statement: postgresql.Insert | sqlite.Insert
    if dialect == "postgresql":
        statement = postgresql.insert(table).values(**row)
    else:
        statement = sqlite.insert(table).values(**row)
    changes = {name: statement.excluded[name] for name in row if name not in key}
    if not changes:
        return statement.on_conflict_do_nothing(index_elements=list(key))
    return statement.on_conflict_do_update(index_elements=list(key), set_=changes)


def delete_all(conn: Connection, metadata: MetaData) -> None:
    """Empty every table of ``metadata`` (children first, so foreign keys never object); run it
    through ``Database.run`` (or ``await async_conn.run_sync(delete_all, metadata)``)."""
    for table in reversed(metadata.sorted_tables):
        conn.execute(table.delete())
