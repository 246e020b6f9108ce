"""The Dockerfiles, read statically (no Docker engine here): one image per component on the shared base,
the non-root user the chart expects, no build tools in what runs, and versions pinned like the repo's."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from deploy_chart import CHART, REPO, load_values

BASE = REPO / "deploy" / "docker" / "Dockerfile.base"
COMPONENTS = sorted(p.parent.name for p in REPO.glob("services/*/Dockerfile"))
VALUES = load_values(CHART / "values.yaml")


def instructions(dockerfile: Path) -> list[tuple[str, str]]:
    """``(INSTRUCTION, arguments)`` pairs, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", dockerfile.read_text())
    pairs = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            pairs.append((word.upper(), rest.strip()))
    return pairs


def stages(dockerfile: Path) -> dict[str, list[tuple[str, str]]]:
    """Instructions of each build stage, by stage name (or the FROM image when unnamed)."""
    found: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for word, rest in instructions(dockerfile):
        if word == "FROM":
            image, _, name = rest.partition(" AS ")
            current = found.setdefault(name.strip() or image, [])
        current.append((word, rest))
    return found


def test_every_component_of_the_chart_has_an_image_and_back() -> None:
    assert "gateway" in COMPONENTS
    assert sorted(VALUES["services"]) == [c for c in COMPONENTS if c != "gateway"]
    for name in COMPONENTS:
        assert (REPO / "services" / name / f"overcast_{name}" / "__main__.py").is_file(), name


@pytest.mark.parametrize("name", COMPONENTS)
def test_service_image_is_its_package_on_the_shared_base(name: str) -> None:
    build, runtime = stages(REPO / "services" / name / "Dockerfile").values()
    assert build[0] == ("FROM", "${BASE}-build:${TAG} AS build")
    assert runtime[0] == ("FROM", "${BASE}-runtime:${TAG}")
    assert any(
        w == "RUN" and f"uv sync --no-dev --no-editable --package overcast-{name}" in r for w, r in build
    )
    assert ("COPY", "--from=build /app /app") in runtime
    assert ("ENTRYPOINT", f'["python", "-m", "overcast_{name}"]') in runtime
    # nothing in the final stage installs or builds anything, nor switches back to root
    assert not any(w in ("RUN", "USER", "ADD") for w, _ in runtime)
    exposed = {exposure(p) for w, r in runtime if w == "EXPOSE" for p in r.split()}
    env = " ".join(r for w, r in runtime if w == "ENV")
    if name == "gateway":
        assert exposed == {(VALUES["gateway"]["service"]["port"], "TCP")} and "OVERCAST_PORT=4566" in env
    else:
        extra = VALUES["services"][name].get("extraPorts", [])
        assert exposed == {
            (VALUES["ports"]["grpc"], "TCP"),
            (VALUES["ports"]["health"], "TCP"),
            *((p["port"], p["protocol"]) for p in extra),
        }
        assert f"OVERCAST_PORT={VALUES['ports']['grpc']}" in env
        assert f"OVERCAST_HEALTH_PORT={VALUES['ports']['health']}" in env
        for port in extra:  # the image listens where the chart's Service sends traffic
            if "env" in port:
                assert f"{port['env']}={port['port']}" in env


def exposure(spec: str) -> tuple[int, str]:
    """``EXPOSE 2000/udp`` -> ``(2000, "UDP")``; TCP when no protocol is given."""
    port, _, protocol = spec.partition("/")
    return int(port), (protocol or "tcp").upper()


def test_runtime_base_is_slim_unprivileged_and_tool_free() -> None:
    found = stages(BASE)
    assert list(found) == ["build", "runtime"]
    args = dict(r.split("=", 1) for w, r in instructions(BASE) if w == "ARG")
    assert re.fullmatch(r"python:3\.11-slim(-\w+)?", args["PYTHON_IMAGE"])
    runtime = found["runtime"]
    assert runtime[0] == ("FROM", "${PYTHON_IMAGE} AS runtime")
    (user,) = [r for w, r in runtime if w == "USER"]
    uid, gid = (int(x) for x in user.split(":"))  # numeric, so the kubelet can check runAsNonRoot
    pod = VALUES["podSecurityContext"]
    assert (uid, gid) == (pod["runAsUser"], pod["runAsGroup"])
    run = " ".join(r for w, r in runtime if w == "RUN")
    assert "pip uninstall" in run and "pip install" not in run and "uv " not in run and "apt-get" not in run
    env = " ".join(r for w, r in runtime if w == "ENV")
    assert "PYTHONDONTWRITEBYTECODE=1" in env and "OVERCAST_DATA_DIR=/data" in env


def test_build_tools_are_pinned_like_the_repository() -> None:
    run = " ".join(r for w, r in stages(BASE)["build"] if w == "RUN")
    makefile = (REPO / "Makefile").read_text()
    uv_version = re.search(r"^UV_VERSION := (\S+)", makefile, re.M)
    assert uv_version and f"uv=={uv_version.group(1)}" in run
    lock = tomllib.loads((REPO / "uv.lock").read_text())
    versions = {p["name"]: p["version"] for p in lock["package"] if "version" in p}
    assert f"grpcio-tools=={versions['grpcio-tools']}" in run
    assert "UV_FROZEN=1" in " ".join(
        r for w, r in stages(BASE)["build"] if w == "ENV"
    )  # installs follow uv.lock


def test_build_context_sends_only_sources() -> None:
    ignore = (BASE.parent / "Dockerfile.base.dockerignore").read_text().split()
    assert ignore[0] != "!" and "**" in ignore
    copied = {src for w, r in stages(BASE)["build"] if w == "COPY" for src in r.split()[:-1]}
    assert {"uv.lock", "proto", "libs/common", "services"} <= copied
    for path in copied:
        assert f"!{path}" in ignore or f"!{path}/**" in ignore, path
