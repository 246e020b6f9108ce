"""The hot paths: small blobs with grouped fsyncs, and SQLite reads/writes without SQLAlchemy."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import sqlite3
import sys
import threading
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from overcast_common.config import Settings
from overcast_s3 import small_blobs
from overcast_s3.blobs import INLINE_MAX, FileBlobStore
from overcast_s3.conditions import check_write_conditions
from overcast_s3.errors import BadDigest, PreconditionFailed
from overcast_s3.ingest import ingest
from overcast_s3.store import NULL_VERSION, Bucket, ObjectVersion, Segment
from overcast_s3.store.sql import SqlS3Store

NOW = datetime(2026, 11, 28, 12, 0, 5, 123456, tzinfo=UTC)


async def read_all(blobs: FileBlobStore, blob_id: str, start: int = 0, end: int | None = None) -> bytes:
    return b"".join([chunk async for chunk in blobs.read(blob_id, start, end)])


async def test_small_bodies_are_grouped_into_few_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches: list[int] = []
    apply = small_blobs.SmallBlobs._apply

    def counting(conn: sqlite3.Connection, batch: list[small_blobs._Op]) -> None:
        batches.append(len(batch))
        apply(conn, batch)

    monkeypatch.setattr(small_blobs.SmallBlobs, "_apply", staticmethod(counting))
    blobs = FileBlobStore(tmp_path / "blobs", fsync=True)
    try:
        bodies = [f"body {i}".encode() * 100 for i in range(40)]
        ids = await asyncio.gather(*(blobs.write_bytes(b) for b in bodies))
        assert all(i.startswith("s") for i in ids)
        assert sum(batches) == 40 and len(batches) < 40  # grouped: fewer commits (fsyncs) than writes
        assert [await read_all(blobs, i) for i in ids] == bodies
        assert await read_all(blobs, ids[0], 3, 10) == bodies[0][3:10]
        await blobs.delete([ids[0], "0" * 32])  # a missing file blob is ignored too
        with pytest.raises(FileNotFoundError):
            await read_all(blobs, ids[0])
    finally:
        blobs.close()
    again = FileBlobStore(tmp_path / "blobs", fsync=True)  # committed means on disk
    try:
        assert await read_all(again, ids[1]) == bodies[1]
        await again.reset()
        with pytest.raises(FileNotFoundError):
            await read_all(again, ids[1])
    finally:
        again.close()


async def test_big_bodies_stay_files(tmp_path: Path) -> None:
    blobs = FileBlobStore(tmp_path / "blobs", fsync=False)
    try:
        body = b"x" * (INLINE_MAX + 1)
        blob_id = await blobs.write_bytes(body)
        assert not blob_id.startswith("s") and blobs.path(blob_id).read_bytes() == body
    finally:
        blobs.close()


async def test_a_small_body_with_a_bad_digest_writes_nothing(tmp_path: Path) -> None:
    blobs = FileBlobStore(tmp_path / "blobs", fsync=False)
    try:
        wrong = base64.b64encode(hashlib.md5(b"other").digest()).decode()
        with pytest.raises(BadDigest):
            await ingest(blobs, b"data", content_md5=wrong)
        assert [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == []
        got = await ingest(blobs, b"data", algorithm="crc32")
        assert got.md5_hex == hashlib.md5(b"data").hexdigest() and got.checksums == {"CRC32": "rfPzYw=="}
        assert await read_all(blobs, got.blob_id) == b"data"
    finally:
        blobs.close()


def version(key: str, version_id: str = NULL_VERSION, blob: str = "b0") -> ObjectVersion:
    return ObjectVersion(
        "bkt", key, version_id, NOW, "000000000000", size=3, etag="e", segments=[Segment(blob, 3)],
        headers={"ContentType": "text/plain"}, metadata={"a": "b"},
    )  # fmt: skip


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlS3Store]:
    s = await SqlS3Store.open(Settings(data_dir=tmp_path))
    await s.create_bucket(Bucket("bkt", "000000000000", "us-east-1", NOW))
    yield s
    await s.close()


async def test_fast_rows_read_the_same_through_sqlalchemy(store: SqlS3Store) -> None:
    assert store._fast is not None
    await store.put_version(version("k/é", "v1"), keep_null=True)
    fast = await store.get_version("bkt", "k/é")
    listed = await store.list_versions("bkt", prefix="", after_key="", after_sequence=None, limit=10)
    assert fast == listed[0]
    assert fast is not None and fast.last_modified == NOW and fast.metadata == {"a": "b"}
    # replacing the null version frees its blob; deleting the latest (SQLAlchemy) promotes the next
    await store.put_version(version("k", blob="old"), keep_null=False)
    assert await store.put_version(version("k", blob="new"), keep_null=False) == ["old"]
    await store.put_version(version("k", "v2", blob="v2"), keep_null=True)
    gone, _ = await store.delete_version("bkt", "k", "v2")
    assert gone is not None
    latest = await store.get_version("bkt", "k")
    assert latest is not None and latest.version_id == NULL_VERSION and latest.blob_ids == ["new"]


async def test_a_failed_step_leaves_its_group_alone(store: SqlS3Store) -> None:
    await store.put_version(version("taken"), keep_null=False)

    def create_only(current: ObjectVersion | None) -> None:
        check_write_conditions(current, if_match=None, if_none_match="*")

    results = await asyncio.gather(
        store.put_version(version("a"), keep_null=False),
        store.put_version(version("taken", blob="b1"), keep_null=False, precondition=create_only),
        store.put_version(version("b"), keep_null=False),
        return_exceptions=True,
    )
    assert results[0] == [] and results[2] == [] and isinstance(results[1], PreconditionFailed)
    for key, blob in (("a", "b0"), ("b", "b0"), ("taken", "b0")):
        got = await store.get_version("bkt", key)
        assert got is not None and got.blob_ids == [blob]
    with pytest.raises(KeyError):  # the bucket is gone: nothing written
        await store.put_version(ObjectVersion("nope", "k", NULL_VERSION, NOW, "0"), keep_null=False)


async def test_a_locked_database_never_blocks_the_loop(store: SqlS3Store, tmp_path: Path) -> None:
    holder = sqlite3.connect(tmp_path / "s3" / "metadata.db", isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        started = time.monotonic()
        await store.put_version(version("k"), keep_null=False)  # waits on a worker thread instead
        task.cancel()
        assert time.monotonic() - started >= 0.25 and ticks >= 10
        got = await store.get_version("bkt", "k")
        assert got is not None
    finally:
        release.join()
        holder.close()


async def test_buckets_and_configs_are_read_fresh(store: SqlS3Store) -> None:
    bucket = await store.get_bucket("bkt")
    assert bucket is not None and bucket.versioning is None and bucket.created == NOW
    bucket.versioning = "Enabled"  # the caller's copy only
    assert (await store.get_bucket("bkt")).versioning is None  # type: ignore[union-attr]
    await store.set_versioning("bkt", "Suspended")
    assert (await store.get_bucket("bkt")).versioning == "Suspended"  # type: ignore[union-attr]
    await store.put_config("bkt", "tagging", {"k": ["v", 1]})
    assert await store.get_config("bkt", "tagging") == {"k": ["v", 1]}
    assert await store.get_config("bkt", "policy") is None
    assert await store.delete_bucket("bkt")
    assert await store.get_bucket("bkt") is None


_WRITER = """
import asyncio, sys
from datetime import UTC, datetime
from pathlib import Path
from overcast_common.config import Settings
from overcast_s3.blobs import FileBlobStore
from overcast_s3.store import Bucket, ObjectVersion, Segment
from overcast_s3.store.sql import SqlS3Store

async def main(root: Path) -> None:
    store = await SqlS3Store.open(Settings(data_dir=root))
    blobs = FileBlobStore(root / "blobs")
    now = datetime.now(UTC)
    await store.create_bucket(Bucket("bkt", "000000000000", "us-east-1", now))

    async def put(i: int) -> None:
        body = f"body {i}".encode() * 50
        blob_id = await blobs.write_bytes(body)
        version = ObjectVersion("bkt", f"k{i}", "null", now, "000000000000", size=len(body),
                                segments=[Segment(blob_id, len(body))])
        await store.put_version(version, keep_null=False)
        print(i, flush=True)  # acknowledged

    i = 0
    while True:
        await asyncio.gather(*(put(i + j) for j in range(8)))
        i += 8

asyncio.run(main(Path(sys.argv[1])))
"""


async def test_acknowledged_writes_survive_kill_9(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _WRITER, str(tmp_path), stdout=asyncio.subprocess.PIPE
    )
    assert process.stdout is not None
    acked: list[int] = []
    try:
        while len(acked) < 200:
            line = await asyncio.wait_for(process.stdout.readline(), 30)
            assert line, "the writer died"
            acked.append(int(line))
    finally:
        process.kill()  # SIGKILL: no clean-up, no close
        await process.wait()
    store = await SqlS3Store.open(Settings(data_dir=tmp_path))
    blobs = FileBlobStore(tmp_path / "blobs")
    try:
        for i in acked:
            version = await store.get_version("bkt", f"k{i}")
            assert version is not None, i
            assert await read_all(blobs, version.blob_ids[0]) == f"body {i}".encode() * 50
    finally:
        blobs.close()
        await store.close()


async def test_one_loop_turn_of_small_writes_is_one_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches: list[int] = []
    apply = small_blobs.SmallBlobs._apply

    def counting(conn: sqlite3.Connection, batch: list[small_blobs._Op]) -> None:
        batches.append(len(batch))
        apply(conn, batch)

    monkeypatch.setattr(small_blobs.SmallBlobs, "_apply", staticmethod(counting))
    blobs = FileBlobStore(tmp_path / "blobs", fsync=True)
    try:
        ids = await asyncio.gather(*(blobs.write_bytes(b"x%d" % i) for i in range(25)))  # one turn
        assert batches == [25]
        assert await blobs.write_bytes(b"later") and batches == [25, 1]
        assert [await read_all(blobs, i) for i in ids] == [b"x%d" % i for i in range(25)]
    finally:
        blobs.close()


def test_rows_are_written_as_json_dumps_writes_them() -> None:
    import json

    from overcast_s3.store import sqlite_fast

    documents: list[object] = [
        {},
        [],
        {"ServerSideEncryption": "AES256"},
        {"k\u00e9y": 'quote " back \\ ctl \x01 \u2028 \U0001f600', "": ""},
        {"n": 1, "nested": {"a": ["b"]}},
        [{"PartNumber": 1}],
    ]
    for document in documents:
        text = sqlite_fast._dumps(document)
        assert text == json.dumps(document)
        first = sqlite_fast._loads(text)
        assert first == document
        if isinstance(first, dict):
            first["changed"] = "yes"  # a caller's copy: the next read is not affected
        assert sqlite_fast._loads(text) == document
    for segments in ([], [Segment("s" + "ab" * 15, 4096)], [Segment("0f" * 16, 0), Segment("s1", 10**12)]):
        text = sqlite_fast._segments_text(segments)
        assert text == json.dumps([[s.blob_id, s.size] for s in segments])
        assert sqlite_fast._segments(text) == segments


def test_default_encryption_shortcut_matches_the_general_rules() -> None:
    from overcast_s3 import encryption

    plain = encryption.resolve({}, None, region="us-east-1", account_id="000000000000")
    general = encryption.resolve(
        {}, [encryption.DEFAULT_RULE], region="us-east-1", account_id="000000000000"
    )  # a rules list skips the shortcut
    assert plain == general == encryption.WriteEncryption({"ServerSideEncryption": "AES256"})
    asked = encryption.resolve(
        {"server_side_encryption": "aws:kms"}, None, region="us-east-1", account_id="000000000000"
    )
    assert asked.headers["ServerSideEncryption"] == "aws:kms" and "SSEKMSKeyId" in asked.headers


def test_file_writes_finish_after_partial_writev() -> None:
    import os

    from overcast_s3.blobs import _write_all

    data = os.urandom(300_000)
    read, write = os.pipe()  # a pipe takes 64 KiB at a time: writev writes part of what it is given
    received = bytearray()

    def drain() -> None:
        while len(received) < len(data):
            received.extend(os.read(read, 65536))

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        _write_all(write, [data[:100_000], data[100_000:100_001], b"", data[100_001:]])
    finally:
        reader.join(10)
        os.close(read)
        os.close(write)
    assert bytes(received) == data
