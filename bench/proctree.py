"""A server's process tree read from /proc (stdlib only: the bench scripts run on any ``python3``).

CPU, RSS and pids of a pid and all its descendants, CPU affinity parsing, starting a pinned server,
and stopping a tree so that nothing it started is left listening.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import time
from pathlib import Path


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()  # fields from 3 (state) on


def children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) is not None:
            kids.setdefault(int(fields[1]), []).append(int(entry.name))
    return kids


def subtree(pid: int, kids: dict[int, list[int]] | None = None) -> list[int]:
    kids = children() if kids is None else kids
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += kids.get(p, [])
    return out


def tree_cpu_s(pid: int, kids: dict[int, list[int]] | None = None) -> float:
    """CPU seconds of ``pid`` and every living descendant, including reaped children's (cutime/cstime):
    PostgreSQL's per-connection backends may come and go between two readings."""
    ticks = 0
    for p in subtree(pid, kids):
        if (f := _stat(p)) is not None:
            ticks += int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])
    return ticks / os.sysconf("SC_CLK_TCK")


def own_cpu_s(pid: int) -> float:
    """CPU seconds of ``pid`` alone (utime + stime: not its children's); 0 once it is gone."""
    f = _stat(pid)
    return 0.0 if f is None else (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")


def tree_rss_mib(pid: int, kids: dict[int, list[int]] | None = None) -> float:
    pages = 0
    for p in subtree(pid, kids):
        if (f := _stat(p)) is not None:
            pages += int(f[21])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def pin_all_threads(pid: int, cpus: set[int], kids: dict[int, list[int]] | None = None) -> None:
    """Affinity of every thread of ``pid``'s tree (``taskset -a -p``): Tansu is multi-threaded."""
    for p in subtree(pid, kids):
        for task in Path(f"/proc/{p}/task").glob("*"):
            with contextlib.suppress(OSError):  # the thread ended
                os.sched_setaffinity(int(task.name), cpus)


def parse_cpus(spec: str) -> set[int]:
    cpus: set[int] = set()
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        cpus.update(range(int(lo), int(hi or lo) + 1))
    return cpus


def spawn_pinned(
    argv: list[str], log: Path, cpus: set[int], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """``argv`` in its own session, output appended to ``log``, pinned to ``cpus`` (and so is whatever it
    starts: affinity is inherited)."""
    with log.open("ab") as out:
        return subprocess.Popen(
            argv,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            env=env,
            start_new_session=True,
            preexec_fn=lambda: os.sched_setaffinity(0, cpus),
        )


def _alive(pid: int) -> bool:
    # a zombie still answers kill(0) but holds no socket: it only waits for its parent's wait()
    f = _stat(pid)
    return f is not None and f[0] != "Z"


def listening(pids: set[int]) -> list[str]:
    """``ss -ltnp`` lines whose owner is one of ``pids``."""
    done = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True)
    return [
        line for line in done.stdout.splitlines() if {int(p) for p in re.findall(r"pid=(\d+)", line)} & pids
    ]


def stop_tree(
    proc: subprocess.Popen[bytes], first: signal.Signals = signal.SIGINT, grace: float = 20.0
) -> list[str]:
    """``first`` to the server, then SIGKILL if it lingers; then SIGTERM/SIGKILL any descendant still alive
    (by pid: e.g. a broker the server's shell started). Returns what the tree still has listening (should
    be nothing)."""
    pids = set(subtree(proc.pid))
    if proc.poll() is None:
        proc.send_signal(first)
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    left = [p for p in pids - {proc.pid} if _alive(p)]
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in left:
            with contextlib.suppress(OSError):
                os.kill(pid, sig)
        deadline = time.monotonic() + 5
        while (left := [p for p in left if _alive(p)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not left:
            break
    return listening(pids)
