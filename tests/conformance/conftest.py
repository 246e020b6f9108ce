"""One embedded Overcast per session (per xdist worker), started with the e2e harness's own helpers."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # lets the tests import badinput under importlib mode


def _e2e_harness() -> ModuleType:
    path = Path(__file__).parent.parent / "e2e" / "conftest.py"
    spec = importlib.util.spec_from_file_location("overcast_e2e_harness", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


harness = _e2e_harness()


@pytest.fixture(scope="session")
def overcast(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    root = tmp_path_factory.mktemp("overcast-conformance")
    server = harness.start_server(root / "data", root / "server.log")
    try:
        yield server
    finally:
        harness.stop_server(server)
