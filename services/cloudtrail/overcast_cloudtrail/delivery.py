"""Trail log files: gzip JSON (``{"Records": [...]}``) written under AWS's key layout, through a port.

S3 does not exist in Overcast yet (issue 6), so the only adapter, ``LocalDirectoryDelivery``, writes
each object to ``<root>/<bucket>/<key>`` (``<data dir>/cloudtrail/s3/`` by default). When S3 lands, an
adapter calling S3's internal API replaces it and nothing else changes.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import secrets
import string
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

_ALPHABET = string.ascii_letters + string.digits


class LogDelivery(Protocol):
    async def deliver(self, bucket: str, key: str, body: bytes) -> None:
        """Store one object; raises on failure (the trail's ``LatestDeliveryError`` says why)."""
        ...


class LocalDirectoryDelivery:
    """The stand-in for S3: objects as files under ``root/<bucket>/``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    async def deliver(self, bucket: str, key: str, body: bytes) -> None:
        await asyncio.to_thread(self._write, self.root / bucket / key, body)

    @staticmethod
    def _write(path: Path, body: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(body)
        os.replace(partial, path)  # readers never see half a file


def log_file_key(prefix: str | None, account_id: str, region: str, at: datetime) -> str:
    """``[prefix/]AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_<time>_<id>.json.gz``."""
    unique = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    name = f"{account_id}_CloudTrail_{region}_{at:%Y%m%dT%H%MZ}_{unique}.json.gz"
    key = f"AWSLogs/{account_id}/CloudTrail/{region}/{at:%Y/%m/%d}/{name}"
    return f"{prefix.strip('/')}/{key}" if prefix and prefix.strip("/") else key


def log_file(records: Sequence[str]) -> bytes:
    """The gzip body of one log file; the records go in exactly as stored."""
    return gzip.compress(('{"Records":[' + ",".join(records) + "]}").encode(), mtime=0)
