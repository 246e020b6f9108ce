"""Firehose schema revisions (Alembic), applied at start; add ``v<NNNN>_<what>.py``, never edit one shipped."""
