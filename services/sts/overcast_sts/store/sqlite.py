"""Kept so existing imports keep working: the STS adapter is ``store.sql.SqlStsStore``, one SQL
adapter for SQLite and PostgreSQL (``SqlStsStore.open(path)`` opens a SQLite file)."""

from overcast_sts.store.sql import SqlStsStore as SqliteStsStore

__all__ = ["SqliteStsStore"]
