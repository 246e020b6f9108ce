"""Metadata storage shared by every service: SQLAlchemy async on SQLite (embedded) or PostgreSQL
(cluster), Alembic migrations run at start, column types that mean the same on both.

- ``sql``: ``open_database(settings, service, migrations)`` → ``Database`` (engine, ``read()``,
  ``write()``, ORM ``sessions``); the URL rules and the per-service PostgreSQL schema;
- ``migrations``: ``upgrade`` (under a PostgreSQL advisory lock), ``current_revision``,
  ``schema_drift`` for tests;
- ``columns``: ``UtcDateTime``, ``JsonDocument``, ``upsert``, ``delete_all``.

``docs/storage.md`` says what lives where and how to add a table to a service.
"""

from overcast_common.storage.columns import JsonDocument, UtcDateTime, delete_all, upsert
from overcast_common.storage.sql import Database, create_engine, database_url, open_database

__all__ = [
    "Database",
    "JsonDocument",
    "UtcDateTime",
    "create_engine",
    "database_url",
    "delete_all",
    "open_database",
    "upsert",
]
