"""Kinesis schema revisions (Alembic), applied by ``overcast_common.storage.migrations.upgrade`` at start.

Files are named ``v<NNNN>_<what>.py``, each one revision, chained by ``down_revision``. Never edit
a revision that has shipped: add the next one (``docs/storage.md``).
"""
