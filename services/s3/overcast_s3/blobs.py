"""The blob-store port and its files adapter: object bytes, streamed in and out, never whole in memory.

A blob is immutable once written: a PUT body or one multipart part. ``write`` streams into a temp
file, fsyncs it, renames it into place and fsyncs the directory, so a blob whose id the metadata
store commits survives ``kill -9`` and power loss; a crash before the metadata commit leaves at most
an unreferenced file. File I/O runs on worker threads (one hop per chunk, hashing in the same hop;
one hop in all for a body up to ``SMALL_WRITE`` and for the first read).

``write_bytes`` of a body up to ``INLINE_MAX`` (most PUTs, through ``ingest``) skips the files: it
goes to ``small_blobs`` (one SQLite file, one fsync per group of concurrent writes), with the same
promise: on disk before the id is returned. Those ids start with ``s``, which no file blob's (hex)
id does; ``read`` and ``delete`` take either.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
from collections.abc import AsyncIterator, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

from overcast_common.sigv4.checksums import Checksum

from overcast_s3.small_blobs import SmallBlobs

READ_CHUNK = 256 * 1024
"""What a GET hands on per step (the gRPC dispatcher's chunk size)."""
SMALL_WRITE = 1024 * 1024
"""Bodies up to this size are gathered in memory and written in one worker-thread hop."""
INLINE_MAX = 128 * 1024
"""Bodies up to this size are small blobs (``overcast_s3.small_blobs``) rather than files."""
SMALL_DB = "small.db"


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

    def __init__(self, root: Path, *, fsync: bool = True, inline_max: int = INLINE_MAX) -> None:
        self.root = root
        self.fsync = fsync
        self.tmp = root / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)
        for leftover in self.tmp.iterdir():  # temp files of writes a crash interrupted
            leftover.unlink(missing_ok=True)
        self.small = SmallBlobs(root / SMALL_DB, fsync=fsync)
        self.inline_max = inline_max

    def path(self, blob_id: str) -> Path:
        if not blob_id.isalnum():
            raise ValueError(f"bad blob id {blob_id!r}")
        return self.root / blob_id[:2] / blob_id

    async def write(self, stream: AsyncIterator[bytes], hashers: Sequence[Checksum] = ()) -> tuple[str, int]:
        blob_id = os.urandom(16).hex()
        temp = self.tmp / blob_id
        # a small body (most PUTs) is gathered first and written in one worker-thread hop (open,
        # write, fsync, rename): each hop costs tens of µs of loop CPU; a larger one streams on
        head: list[bytes] = []
        size = 0
        chunks = aiter(stream)
        async for chunk in chunks:
            if chunk:
                head.append(chunk)
                size += len(chunk)
                if size > SMALL_WRITE:
                    break
        else:
            try:
                await asyncio.to_thread(self._write_small, temp, blob_id, head, hashers)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            return blob_id, size
        file = await asyncio.to_thread(open, temp, "wb")
        try:
            await asyncio.to_thread(_write_chunks, file, head, hashers)
            async for chunk in chunks:
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

    async def write_bytes(self, data: bytes) -> str:
        """Stores a whole body held in memory (already hashed by the caller); returns its id."""
        if len(data) > self.inline_max:
            return (await self.write(_once(data)))[0]
        blob_id = "s" + os.urandom(15).hex()
        await self.small.put(blob_id, data)
        return blob_id

    def _write_small(
        self, temp: Path, blob_id: str, chunks: list[bytes], hashers: Sequence[Checksum]
    ) -> None:
        # unbuffered, every chunk in one ``writev``: no copy into a write buffer, no call per chunk
        file = open(temp, "wb", buffering=0)  # noqa: SIM115 - _commit closes it
        try:
            for hasher in hashers:
                for chunk in chunks:
                    hasher.update(chunk)
            _write_all(file.fileno(), chunks)
        except BaseException:
            file.close()
            raise
        self._commit(file, temp, blob_id)

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

    def read(self, blob_id: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        if blob_id[:1] == "s":
            return _SmallRead(self.small, blob_id, start, end)
        return self._read_file(blob_id, start, end)

    async def _read_file(self, blob_id: str, start: int, end: int | None) -> AsyncIterator[bytes]:
        remaining = None if end is None else end - start
        want = READ_CHUNK if remaining is None else min(READ_CHUNK, remaining)
        # open, seek and the first read in one worker-thread hop; blobs are immutable, so a short
        # read is the end of the file and a small object needs no second hop to find that out
        file, chunk = await asyncio.to_thread(_open_and_read, self.path(blob_id), start, want)
        try:
            while chunk:
                if remaining is not None:
                    remaining -= len(chunk)
                yield chunk
                if len(chunk) < want or (remaining is not None and remaining <= 0):
                    break
                want = READ_CHUNK if remaining is None else min(READ_CHUNK, remaining)
                chunk = await asyncio.to_thread(file.read, want)
        finally:
            file.close()

    async def delete(self, blob_ids: Iterable[str]) -> None:
        ids = list(blob_ids)
        small = [b for b in ids if b[:1] == "s"]
        paths = [self.path(b) for b in ids if b[:1] != "s"]
        if small:
            await self.small.delete(small)
        if paths:
            await asyncio.to_thread(_unlink_all, paths)

    async def reset(self) -> None:
        def wipe() -> None:
            for child in self.root.iterdir():
                if child != self.tmp and child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)

        await self.small.reset()
        await asyncio.to_thread(wipe)

    def close(self) -> None:
        self.small.close()


class _SmallRead:
    """A small blob's bytes ``[start, end)`` in ``READ_CHUNK`` pieces, read from the store at the first
    step. A plain iterator, not an async generator: those cost an event-loop hook call (and a weak
    reference) per generator, on every small GET."""

    def __init__(self, small: SmallBlobs, blob_id: str, start: int, end: int | None) -> None:
        self._small = small
        self._blob_id = blob_id
        self._start = start
        self._end = end
        self._data: bytes | None = None
        self._offset = 0

    def __aiter__(self) -> _SmallRead:
        return self

    async def __anext__(self) -> bytes:
        data = self._data
        if data is None:
            found = self._small.get(self._blob_id)
            if found is None:
                raise FileNotFoundError(f"no blob {self._blob_id}")
            start, end = self._start, self._end
            data = self._data = found[start:end] if start or end is not None else found
        offset = self._offset
        if offset >= len(data):
            raise StopAsyncIteration
        self._offset = offset + READ_CHUNK
        return data[offset : offset + READ_CHUNK]

    async def aclose(self) -> None:
        self._data, self._offset = b"", 0


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _open_and_read(path: Path, start: int, want: int) -> tuple[BinaryIO, bytes]:
    file = open(path, "rb")  # noqa: SIM115 - the reader closes it
    try:
        if start:
            file.seek(start)
        return file, file.read(want)
    except BaseException:
        file.close()
        raise


def _write_chunks(file: BinaryIO, chunks: list[bytes], hashers: Sequence[Checksum]) -> None:
    for chunk in chunks:
        _write_chunk(file, chunk, hashers)


def _write_chunk(file: BinaryIO, chunk: bytes, hashers: Sequence[Checksum]) -> None:
    file.write(chunk)
    for hasher in hashers:
        hasher.update(chunk)


def _write_all(fd: int, chunks: list[bytes]) -> None:
    views = [memoryview(c) for c in chunks if c]
    while views:
        written = os.writev(fd, views[:_IOV_MAX])
        while views and written >= len(views[0]):
            written -= len(views[0])
            views.pop(0)
        if written:
            views[0] = views[0][written:]


_IOV_MAX = os.sysconf("SC_IOV_MAX") if hasattr(os, "sysconf") else 1024


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_all(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
