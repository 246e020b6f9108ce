"""``make proto``'s post-processing: protoc output becomes a plain subpackage of overcast_common."""

from __future__ import annotations

import importlib
from pathlib import Path

from overcast_common.protobuild import build, main

GRPC_MODULE = """import grpc
import warnings

from grpc.health.v1 import health_pb2 as grpc_dot_health_dot_v1_dot_health__pb2
from grpc._utilities import first_version_is_lower
"""


def test_rewrites_only_imports_of_generated_modules(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    out = package / "_generated"
    (out / "grpc/health/v1").mkdir(parents=True)
    (out / "overcast/a/v1").mkdir(parents=True)
    (out / "grpc/health/v1/health_pb2.py").write_text("from google.protobuf import descriptor\n")
    (out / "grpc/health/v1/health_pb2_grpc.py").write_text(GRPC_MODULE)
    (out / "overcast/a/v1/a_pb2.pyi").write_text(
        "from overcast.a.v1 import b_pb2 as _b_pb2\nfrom typing import ClassVar as _ClassVar\n"
    )
    (out / "overcast/a/v1/b_pb2.py").write_text("")

    assert main([str(out)]) == 0

    assert (out / "grpc/health/v1/health_pb2_grpc.py").read_text() == GRPC_MODULE.replace(
        "from grpc.health.v1 import", "from pkg._generated.grpc.health.v1 import"
    )
    assert (
        (out / "overcast/a/v1/a_pb2.pyi")
        .read_text()
        .startswith("from pkg._generated.overcast.a.v1 import b_pb2 as _b_pb2\nfrom typing import")
    )
    for directory in ("", "grpc", "grpc/health", "grpc/health/v1", "overcast", "overcast/a", "overcast/a/v1"):
        assert (out / directory / "__init__.py").exists(), directory

    build(out)  # idempotent
    assert "pkg._generated.pkg" not in (out / "grpc/health/v1/health_pb2_grpc.py").read_text()


def test_bad_arguments(tmp_path: Path) -> None:
    assert main([]) == 2
    assert main([str(tmp_path / "missing")]) == 2


def test_generated_tree_imports() -> None:
    for name in (
        "overcast_common._generated.overcast.dispatch.v1.dispatch_pb2",
        "overcast_common._generated.overcast.dispatch.v1.dispatch_pb2_grpc",
        "overcast_common._generated.grpc.health.v1.health_pb2_grpc",
    ):
        assert importlib.import_module(name).__name__ == name
