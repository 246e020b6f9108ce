"""AWS's per-shard throughput limits: 1 MiB/s or 1,000 records/s in, 2 MiB/s or 5 GetRecords calls/s out.

Fixed one-second windows per shard (AWS's own accounting is per second too). On by default so load
tests see real backpressure; ``OVERCAST_KINESIS_THROUGHPUT_LIMITS=off`` turns it off.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

WRITE_BYTES = 1 << 20
WRITE_RECORDS = 1000
READ_BYTES = 2 << 20
READ_CALLS = 5


@dataclass
class _Window:
    second: int = -1
    count: int = 0
    size: int = 0


@dataclass
class Throttle:
    enabled: bool = True
    _writes: dict[tuple[str, int], _Window] = field(default_factory=dict)
    _reads: dict[tuple[str, int], _Window] = field(default_factory=dict)

    def admit_write(self, key: tuple[str, int], size: int) -> bool:
        """Count one record of ``size`` bytes against the shard; False if it is over the limit."""
        if not self.enabled:
            return True
        window = self._window(self._writes, key)
        if window.count + 1 > WRITE_RECORDS or window.size + size > WRITE_BYTES:
            return False
        window.count += 1
        window.size += size
        return True

    def admit_read(self, key: tuple[str, int]) -> bool:
        """Count one GetRecords call; False past 5 a second or once 2 MiB went out this second."""
        if not self.enabled:
            return True
        window = self._window(self._reads, key)
        if window.count + 1 > READ_CALLS or window.size >= READ_BYTES:
            return False
        window.count += 1
        return True

    def count_read(self, key: tuple[str, int], size: int) -> None:
        if self.enabled:
            self._window(self._reads, key).size += size

    def forget(self, uid: str) -> None:
        for table in (self._writes, self._reads):
            for key in [k for k in table if k[0] == uid]:
                del table[key]

    @staticmethod
    def _window(table: dict[tuple[str, int], _Window], key: tuple[str, int]) -> _Window:
        second = int(time.monotonic())
        window = table.get(key)
        if window is None:
            window = table[key] = _Window(second)
        elif window.second != second:
            window.second, window.count, window.size = second, 0, 0
        return window
