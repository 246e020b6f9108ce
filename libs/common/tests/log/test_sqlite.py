"""What only the embedded adapter has: the file, physical trimming, group commit, ``open_log``."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from overcast_common.config import Settings
from overcast_common.log import KAFKA_ENV, Message, open_log
from overcast_common.log.kafka import KafkaLog
from overcast_common.log.sqlite import SqliteLog
from overcast_common.testing.kafka_server import KafkaServer


def rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM records").fetchone()[0])


async def test_trim_deletes_expired_rows_and_keeps_offsets(tmp_path: Path) -> None:
    log = await SqliteLog.open(tmp_path, trim_interval_s=None)
    try:
        await log.create_topic("t", retention_ms=200)
        await log.append_batch("t", 0, [Message(b"x" * 1000) for _ in range(50)])
        assert rows(log.path) == 50
        await asyncio.sleep(0.25)
        await log.append("t", 0, Message(b"y"))
        assert rows(log.path) == 51  # hidden from reads already, deleted by trim
        await log.trim()
        assert rows(log.path) == 1
        assert (await log.append("t", 0, Message(b"z"))).offset == 51
    finally:
        await log.close()


async def test_background_trim(tmp_path: Path) -> None:
    log = await SqliteLog.open(tmp_path, trim_interval_s=0.1)
    try:
        await log.create_topic("t", retention_ms=50)
        await log.append("t", 0, Message(b"x"))
        for _ in range(50):
            await asyncio.sleep(0.05)
            if rows(log.path) == 0:
                break
        assert rows(log.path) == 0
    finally:
        await log.close()


async def test_concurrent_appends_share_commits(tmp_path: Path) -> None:
    log = await SqliteLog.open(tmp_path, trim_interval_s=None)
    try:
        await log.create_topic("t")
        commits = 0
        original = log._write_group

        def counting(group):  # type: ignore[no-untyped-def]
            nonlocal commits
            commits += 1
            return original(group)

        log._write_group = counting  # type: ignore[method-assign]
        await asyncio.gather(*(log.append("t", 0, Message(b"%d" % i)) for i in range(200)))
        assert commits < 20
        assert await log.latest_offset("t", 0) == 200
    finally:
        await log.close()


async def test_open_log_picks_the_adapter_from_the_environment(
    tmp_path: Path, kafka_server: KafkaServer
) -> None:
    settings = Settings(data_dir=tmp_path)
    embedded = await open_log(settings, "kinesis", environ={})
    try:
        assert isinstance(embedded, SqliteLog)
        assert embedded.path == tmp_path / "kinesis" / "log.db"
    finally:
        await embedded.close()
    cluster = await open_log(settings, "kinesis", environ={KAFKA_ENV: kafka_server.bootstrap_servers})
    try:
        assert isinstance(cluster, KafkaLog) and cluster.prefix == "overcast.kinesis."
    finally:
        await cluster.close()


async def test_acknowledged_appends_survive_kill_9(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    script = (
        "import asyncio, sys\n"
        "from overcast_common.log import Message\n"
        "from overcast_common.log.sqlite import SqliteLog\n"
        "async def main():\n"
        f"    log = await SqliteLog.open({str(tmp_path)!r}, trim_interval_s=None)\n"
        "    await log.create_topic('k')\n"
        "    for i in range(200):\n"
        "        a = await log.append('k', 0, Message(b'%d' % i))\n"
        "        print(a.offset, flush=True)\n"
        "    await asyncio.sleep(60)\n"
        "asyncio.run(main())\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    acknowledged = [int(proc.stdout.readline()) for _ in range(200)]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    log = await SqliteLog.open(tmp_path, trim_interval_s=None)
    try:
        result = await log.read("k", 0, 0)
        assert [r.offset for r in result.records] == acknowledged == list(range(200))
        assert [r.value for r in result.records] == [b"%d" % i for i in range(200)]
    finally:
        await log.close()
