"""Compile ``overcast_common.compiled.MODULES`` with mypyc into this checkout's ``.build/mypyc/``.

    python -m overcast_common.compiled_build [--force] [--jobs N]

``make install`` runs it. Skips the work when the build's manifest already matches every source; else
type-checks and compiles the modules as one mypyc group into a fresh directory, writes the manifest (the
sha256 of each source as read BEFORE compiling, so an edit during the build leaves it stale, never wrongly
current) and only then swaps it in. Any mypyc or compiler error exits non-zero: a build that was asked
for never falls back silently. Needs mypy (a dev dependency), setuptools and a C compiler.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from overcast_common.compiled import (
    BUILD_DIR,
    GROUP,
    MANIFEST,
    MODULES,
    REPO,
    check,
    ext_suffix,
    module_name,
    sha256_of,
)


def build(
    root: Path,
    build_dir: Path,
    sources: Sequence[str],
    *,
    group: str = GROUP,
    mypy_path: Sequence[str] = (),
    opt_level: str = "3",
    jobs: int = 2,
    quiet: bool = False,
) -> dict[str, object]:
    """Compile ``sources`` (relative to ``root``) into ``build_dir``; returns the manifest written."""
    from mypyc.build import mypycify  # the build's own dependencies, absent from a runtime install

    setup: Any = importlib.import_module("setuptools").setup  # untyped

    hashes = {source: sha256_of(root / source) for source in sources}
    build_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".mypyc-", dir=build_dir.parent))
    cwd, env_path = Path.cwd(), os.environ.get("MYPYPATH")
    try:
        # mypy resolves the packages from these roots, never from the venv's (maybe another checkout's)
        os.environ["MYPYPATH"] = os.pathsep.join(str(root / p) for p in mypy_path)
        os.chdir(root)
        extensions = mypycify(
            list(sources), opt_level=opt_level, multi_file=True, target_dir=str(work / "c"), group_name=group
        )
        with _parallel_c(jobs):
            setup(
                name=group,
                ext_modules=extensions,
                script_args=[
                    *(["--quiet"] if quiet else []),
                    "build_ext",
                    "--build-lib",
                    str(work / "lib"),
                    "--build-temp",
                    str(work / "obj"),
                ],
            )
    except SystemExit as exc:  # mypyc reports type errors this way; setuptools compiler errors too
        shutil.rmtree(work, ignore_errors=True)
        raise SystemExit(f"mypyc build failed: {exc}") from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        os.chdir(cwd)
        if env_path is None:
            os.environ.pop("MYPYPATH", None)
        else:
            os.environ["MYPYPATH"] = env_path
    suffix = ext_suffix()
    modules: dict[str, dict[str, str]] = {}
    for source in sources:
        name = module_name(root, source)
        binary = Path("lib", *name.split(".")[:-1], name.split(".")[-1] + suffix)
        modules[name] = {"source": source, "sha256": hashes[source], "binary": str(binary)}
    shared = {f"{group}__mypyc": str(Path("lib", f"{group}__mypyc{suffix}"))}
    for relative in [*(m["binary"] for m in modules.values()), *shared.values()]:
        if not (work / relative).is_file():
            shutil.rmtree(work, ignore_errors=True)
            raise SystemExit(f"mypyc build failed: {relative} was not produced")
    manifest: dict[str, object] = {
        "ext_suffix": suffix,
        "python": sys.version.split()[0],
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "modules": modules,
        "shared": shared,
    }
    (work / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
    shutil.rmtree(work / "obj", ignore_errors=True)
    shutil.rmtree(work / "c", ignore_errors=True)  # 30 MB of generated C, only needed to compile
    # swap: a running server keeps its mapped old files; a new one sees the whole new build or none
    old = build_dir.with_name(build_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if build_dir.exists():
        build_dir.rename(old)
    work.rename(build_dir)
    shutil.rmtree(old, ignore_errors=True)
    return manifest


@contextlib.contextmanager
def _parallel_c(jobs: int) -> Iterator[None]:
    """Compile one extension's C files in parallel: mypyc splits the group into a file per module, but
    setuptools compiles the files of one extension one after the other."""
    compilers: Any = importlib.import_module("distutils.ccompiler")
    base: Any = compilers.CCompiler
    serial = base.compile

    def compile(
        self: Any,
        sources: Any,
        output_dir: Any = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: bool = False,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> Any:
        macros, objects, extra_postargs, pp_opts, todo = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

        def one(obj: str) -> None:
            src, ext = todo[obj]
            self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

        with ThreadPoolExecutor(max(1, jobs)) as pool:
            list(pool.map(one, [obj for obj in objects if obj in todo]))
        return objects

    base.compile = compile
    try:
        yield
    finally:
        base.compile = serial


def _mypy_path(root: Path) -> list[str]:
    """The project's own ``mypy_path`` (pyproject), so the build resolves imports as ``make typecheck``."""
    import tomllib

    config = tomllib.loads((root / "pyproject.toml").read_text())
    paths: list[str] = config["tool"]["mypy"]["mypy_path"]
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m overcast_common.compiled_build", description=__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild even if the build is current")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel C compilations")
    args = parser.parse_args(argv)
    binaries, status = check(REPO, BUILD_DIR, MODULES)
    if binaries is not None and not args.force:
        print(f"mypyc: up to date ({status})")
        return 0
    started = time.monotonic()
    build(REPO, BUILD_DIR, MODULES, mypy_path=_mypy_path(REPO), jobs=args.jobs, quiet=True)
    print(f"mypyc: compiled {len(MODULES)} modules into {BUILD_DIR} in {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
