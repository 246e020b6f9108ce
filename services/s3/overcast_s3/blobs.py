"""The blob-store port and its files adapter: object bytes, streamed in and out, never whole in memory.

A blob is immutable once written: a PUT body or one multipart part. ``write`` streams into a temp
file, fsyncs it, renames it into place and fsyncs the directory, so a blob whose id the metadata
store commits survives ``kill -9`` and power loss; a crash before the metadata commit leaves at most
an unreferenced file. File I/O runs on worker threads (one hop per chunk, hashing in the same hop).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

from overcast_common.sigv4.checksums import Checksum

READ_CHUNK = 256 * 1024
"""What a GET hands on per step (the gRPC dispatcher's chunk size)."""


class BlobStore(Protocol):
    async def write(self, stream: AsyncIterator[bytes], hashers: Sequence[Checksum] = ()) -> tuple[str, int]:
        """Stores the stream as a new blob, feeding every chunk to ``hashers``; returns (id, size).
        If the stream raises, nothing is kept and the error propagates."""
        ...

    def read(self, blob_id: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        """Bytes ``[start, end)`` of a blob, in chunks."""
        ...

    async def delete(self, blob_ids: Iterable[str]) -> None:
        """Forgets blobs; missing ones are ignored."""
        ...

    async def reset(self) -> None: ...


class FileBlobStore:
    """Blobs as files: ``<root>/<id[:2]>/<id>``, temp files in ``<root>/tmp``."""

    def __init__(self, root: Path, *, fsync: bool = True) -> None:
        self.root = root
        self.fsync = fsync
        self.tmp = root / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)
        for leftover in self.tmp.iterdir():  # temp files of writes a crash interrupted
            leftover.unlink(missing_ok=True)

    def path(self, blob_id: str) -> Path:
        if not blob_id.isalnum():
            raise ValueError(f"bad blob id {blob_id!r}")
        return self.root / blob_id[:2] / blob_id

    async def write(self, stream: AsyncIterator[bytes], hashers: Sequence[Checksum] = ()) -> tuple[str, int]:
        blob_id = uuid.uuid4().hex
        temp = self.tmp / blob_id
        file = await asyncio.to_thread(open, temp, "wb")
        size = 0
        try:
            async for chunk in stream:
                if chunk:
                    size += len(chunk)
                    await asyncio.to_thread(_write_chunk, file, chunk, hashers)
            await asyncio.to_thread(self._commit, file, temp, blob_id)
        except BaseException:
            with contextlib.suppress(OSError):
                file.close()
            temp.unlink(missing_ok=True)
            raise
        return blob_id, size

    def _commit(self, file: BinaryIO, temp: Path, blob_id: str) -> None:
        file.flush()
        if self.fsync:
            os.fsync(file.fileno())
        file.close()
        target = self.path(blob_id)
        target.parent.mkdir(exist_ok=True)
        os.replace(temp, target)
        if self.fsync:
            _fsync_dir(target.parent)

    async def read(self, blob_id: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        file = await asyncio.to_thread(open, self.path(blob_id), "rb")
        try:
            if start:
                file.seek(start)
            remaining = None if end is None else end - start
            while remaining is None or remaining > 0:
                want = READ_CHUNK if remaining is None else min(READ_CHUNK, remaining)
                chunk = await asyncio.to_thread(file.read, want)
                if not chunk:
                    break
                if remaining is not None:
                    remaining -= len(chunk)
                yield chunk
        finally:
            file.close()

    async def delete(self, blob_ids: Iterable[str]) -> None:
        paths = [self.path(b) for b in blob_ids]
        if paths:
            await asyncio.to_thread(_unlink_all, paths)

    async def reset(self) -> None:
        def wipe() -> None:
            for child in self.root.iterdir():
                if child != self.tmp:
                    shutil.rmtree(child, ignore_errors=True)

        await asyncio.to_thread(wipe)


def _write_chunk(file: BinaryIO, chunk: bytes, hashers: Sequence[Checksum]) -> None:
    file.write(chunk)
    for hasher in hashers:
        hasher.update(chunk)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_all(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
