"""The orphan-blob sweeper: deletes blobs (files, and rows of the small-blob file) no version or part names.

A write stores its bytes before it commits their metadata, so a crash in between (or a failed
metadata write whose cleanup never ran) leaves a blob nobody references. Only files older than the
grace period (``OVERCAST_S3_SWEEP_GRACE_SECONDS``, default 3,600) are candidates: a write in flight
commits its metadata within moments of renaming its blob into place. The file list is taken before
the references, so a blob committed in between is both young and referenced.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from overcast_s3.small_blobs import SmallBlobs
from overcast_s3.store import S3Store


def _old_blobs(root: Path, older_than: float) -> dict[str, Path]:
    found: dict[str, Path] = {}
    if not root.exists():
        return found
    for shard in root.iterdir():
        if not shard.is_dir() or shard.name == "tmp" or len(shard.name) != 2:
            continue
        for path in shard.iterdir():
            try:
                if path.stat().st_mtime < older_than:
                    found[path.name] = path
            except FileNotFoundError:
                continue
    return found


async def sweep(root: Path, store: S3Store, *, grace_s: float, small: SmallBlobs | None = None) -> int:
    """Deletes unreferenced blobs older than ``grace_s``; returns how many."""
    older_than = time.time() - grace_s
    candidates = await asyncio.to_thread(_old_blobs, root, older_than)
    # on the loop: the small-blob reader connection belongs to this thread
    small_candidates = small.ids_older_than(older_than) if small is not None else []
    if not candidates and not small_candidates:
        return 0
    referenced = await store.referenced_blob_ids()
    orphans = [path for blob_id, path in candidates.items() if blob_id not in referenced]
    await asyncio.to_thread(_unlink_all, orphans)
    small_orphans = [blob_id for blob_id in small_candidates if blob_id not in referenced]
    if small is not None and small_orphans:
        await small.delete(small_orphans)
    return len(orphans) + len(small_orphans)


def _unlink_all(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
