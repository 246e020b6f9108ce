"""Test servers (Tansu, redis-server) that stop when the test process that started them dies.

``atexit`` stops the shared servers on a normal exit, but a test process that ends without running it
(``os._exit``, SIGKILL, a crashed xdist worker) left its broker running: a clean-clone CI run left a
Tansu listening for an hour. The kernel's parent-death signal covers every way out."""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1


def stop_with_this_process() -> Callable[[], None] | None:
    """A ``preexec_fn`` that has the child sent SIGTERM when the process starting it dies; None where
    that can't be promised. Linux ties the signal to the *thread* that forks, so a child started from
    any other thread than the main one would be stopped when that thread ends: none then."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    libc = ctypes.CDLL(None, use_errno=True)

    def arm() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    return arm
