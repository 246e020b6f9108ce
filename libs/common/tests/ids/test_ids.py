"""Request/message ids: UUID v4 strings, unique across the pool refills, threads and forks."""

from __future__ import annotations

import os
import threading
import uuid

from overcast_common.ids import uuid4_str


def test_version_4_uuids_unique_across_pool_refills() -> None:
    ids = [uuid4_str() for _ in range(2_000)]  # several refills of the 4 KiB pool
    assert len(set(ids)) == len(ids)
    for text in ids[:300]:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)


def test_unique_across_threads() -> None:
    found: list[list[str]] = []

    def take() -> None:
        found.append([uuid4_str() for _ in range(1_000)])

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [i for batch in found for i in batch]
    assert len(set(every)) == 4_000


def test_a_forked_child_does_not_repeat_its_parents_ids() -> None:
    uuid4_str()  # the parent holds a partly used pool
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.write(write, uuid4_str().encode())
        os._exit(0)
    os.close(write)
    child = os.read(read, 64).decode()
    os.close(read)
    os.waitpid(pid, 0)
    assert child != uuid4_str()
