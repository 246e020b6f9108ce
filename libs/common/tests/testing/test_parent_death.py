"""A test process that dies without running ``atexit`` takes its Tansu and redis-server with it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

CHILD = """
import os, sys
from overcast_common.testing.kafka_server import KafkaServer
from overcast_common.testing.redis_server import RedisServer
kafka = KafkaServer().start()
redis = RedisServer().start()
print(kafka._proc.pid, redis._proc.pid, flush=True)
sys.stdin.readline()
os._exit(0)  # no atexit, no stop(): what a crashed or killed test process does
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_servers_stop_when_the_test_process_dies() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        pids = [int(p) for p in child.stdout.readline().split()]
        assert len(pids) == 2 and all(_alive(p) for p in pids)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait(timeout=30) == 0
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [p for p in pids if _alive(p)]
    for pid in left:  # don't leak them even when the test fails
        os.kill(pid, 9)
    assert not left, f"still running after their test process died: {left}"
