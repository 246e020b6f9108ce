"""The compiled build's guard: served only while every compiled source matches the manifest.

A toy module compiled by the real build step (mypyc and the C compiler, ~20 s) in a tmp dir; each import
runs in a fresh interpreter so the hook never leaks into this one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from overcast_common import compiled
from overcast_common.compiled_build import build

TOY = """
def double(x: int) -> int:
    return x * 2
"""
HELPER = """
def triple(x: int) -> int:
    return x * 3
"""
SOURCES = ("toy_double.py", "toy_triple.py")


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("toy")
    (root / "toy_double.py").write_text(TOY)
    (root / "toy_triple.py").write_text(HELPER)
    build_dir = root / ".build" / "mypyc"
    build(root, build_dir, SOURCES, group="overcast_toy", opt_level="0", jobs=2, quiet=True)
    return root, build_dir


def where(root: Path, build_dir: Path, *, env: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """The status a fresh interpreter's activate() gives for the toy build, and where each toy came from."""
    code = (
        "import sys; from pathlib import Path; from overcast_common import compiled\n"
        f"print(compiled.activate(Path({str(root)!r}), Path({str(build_dir)!r}), {SOURCES!r}))\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "import toy_double, toy_triple\n"
        "assert toy_double.double(21) == 42 and toy_triple.triple(2) == 6\n"
        "print(toy_double.__file__); print(toy_triple.__file__)\n"
    )
    run_env = {**os.environ, **(env or {})}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=run_env, check=True
    )
    status, *files = out.stdout.splitlines()
    return status, files


def test_a_current_build_is_served(toy: tuple[Path, Path]) -> None:
    root, build_dir = toy
    status, files = where(root, build_dir)
    assert status == f"compiled 2 modules (mypyc, {build_dir})"
    assert all(f.startswith(str(build_dir)) and f.endswith(compiled.ext_suffix()) for f in files)
    manifest = json.loads((build_dir / compiled.MANIFEST).read_text())
    assert manifest["modules"]["toy_double"]["sha256"] == compiled.sha256_of(root / "toy_double.py")


def test_one_changed_source_falls_back_for_all(toy: tuple[Path, Path], tmp_path: Path) -> None:
    root, build_dir = toy
    source = root / "toy_triple.py"
    try:
        source.write_text(HELPER + "# edited\n")
        status, files = where(root, build_dir)
    finally:
        source.write_text(HELPER)
    assert status == "interpreted: stale (toy_triple.py changed since the build; make install)"
    assert files == [str(root / "toy_double.py"), str(root / "toy_triple.py")]  # the unchanged one too


def test_env_var_forces_interpreted(toy: tuple[Path, Path]) -> None:
    root, build_dir = toy
    status, files = where(root, build_dir, env={compiled.ENV: "0"})
    assert status == f"interpreted: {compiled.ENV}=0"
    assert files == [str(root / "toy_double.py"), str(root / "toy_triple.py")]


def test_missing_or_foreign_builds_run_interpreted(toy: tuple[Path, Path], tmp_path: Path) -> None:
    root, build_dir = toy
    assert compiled.check(root, tmp_path / "none", SOURCES) == (None, "interpreted: not built")
    assert compiled.check(root, build_dir, SOURCES[:1])[1].startswith("interpreted: stale (the list")
    other = tmp_path / "other"
    other.mkdir()
    manifest = json.loads((build_dir / compiled.MANIFEST).read_text())
    (other / compiled.MANIFEST).write_text(json.dumps({**manifest, "ext_suffix": ".cpython-399-x.so"}))
    assert compiled.check(root, other, SOURCES)[0] is None


def test_module_names() -> None:
    assert (
        compiled.module_name(compiled.REPO, "libs/common/overcast_common/http.py") == "overcast_common.http"
    )
    assert (
        compiled.module_name(compiled.REPO, "services/sqs/overcast_sqs/store/sqlite.py")
        == "overcast_sqs.store.sqlite"
    )


def test_a_failed_build_fails_loudly_and_leaves_no_build(tmp_path: Path) -> None:
    (tmp_path / "toy_agen.py").write_text(
        "from collections.abc import AsyncIterator\n\n\nasync def pieces() -> AsyncIterator[int]:\n    yield 1\n"
    )
    build_dir = tmp_path / ".build" / "mypyc"
    with pytest.raises(SystemExit, match="mypyc build failed"):
        build(tmp_path, build_dir, ["toy_agen.py"], group="overcast_toy_agen", opt_level="0", quiet=True)
    assert not build_dir.exists()
    assert list(build_dir.parent.iterdir()) == []  # the half-done work directory is gone too
