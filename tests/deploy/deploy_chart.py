"""Render, lint and schema-validate the Helm chart offline, and read what it gives each component.

Helm runs in-process through ``helm_python`` (Helm's Go library behind a C ABI; no helm binary, no
cluster). Schemas come from ``kubernetes_validate``, which ships them in the wheel (no network).
``tests/deploy/test_env_parity.py`` uses :func:`component_env` to compare the chart's environment of
each process with what ``overcast cluster`` gives it.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import helm_python as helm
import kubernetes_validate
import yaml

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "deploy" / "helm" / "overcast"
KIND_VALUES = REPO / "deploy" / "kind" / "values.yaml"
RELEASE = "overcast"
NAMESPACE = "overcast"
KUBE_VERSIONS = ("1.29.0", "1.30.0", "1.31.0", "1.32.0")

Manifest = dict[str, Any]


def render(values: Mapping[str, Any] | None = None, *, namespace: str = NAMESPACE) -> list[Manifest]:
    """Every object the chart renders with ``values`` (test hooks included), as dicts."""
    key = json.dumps(values or {}, sort_keys=True)
    return copy.deepcopy(_render(key, namespace))


@functools.cache
def _render(values_json: str, namespace: str) -> list[Manifest]:
    with helm.Chart.load(CHART) as chart:
        rendered = chart.render(json.loads(values_json) or None, name=RELEASE, namespace=namespace)
    manifests: list[Manifest] = []
    for template, text in sorted(rendered.items()):
        if not template.endswith(".yaml"):
            continue  # NOTES.txt
        manifests.extend(doc for doc in yaml.safe_load_all(text) if doc)
    return manifests


def lint(
    values: Mapping[str, Any] | None = None, *, kube_version: str, chart: Path = CHART
) -> dict[str, Any]:
    """``helm lint --strict`` with ``values`` against ``kube_version``."""
    report: dict[str, Any] = helm.lint(
        chart, dict(values) if values else None, strict=True, kube_version=f"v{kube_version}"
    )
    return report


def lint_problems(report: Mapping[str, Any]) -> list[str]:
    """Lint findings that fail a strict lint: warnings and errors (severity >= 2)."""
    found = [f"{m['path']}: {m['error']}" for m in report.get("messages", []) if m["severity"] >= 2]
    return found + list(report.get("errors") or [])


def schema_errors(manifests: list[Manifest], kube_version: str) -> list[str]:
    """Each manifest checked against the Kubernetes ``kube_version`` schema, strict (unknown fields
    are errors). An object whose kind has no schema is an error too: nothing goes unchecked."""
    errors = []
    for manifest in manifests:
        where = f"{manifest.get('kind')}/{manifest.get('metadata', {}).get('name')}"
        try:
            kubernetes_validate.validate(manifest, kube_version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            path = ".".join(str(p) for p in exc.path)
            errors.append(f"{where} ({kube_version}): {path}: {exc.message}")
        except kubernetes_validate.SchemaNotFoundError as exc:
            errors.append(f"{where}: {exc.message}")
    return errors


def load_values(path: Path) -> dict[str, Any]:
    values: dict[str, Any] = yaml.safe_load(path.read_text())
    return values


def objects(manifests: list[Manifest], kind: str) -> dict[str, Manifest]:
    """Objects of one kind by name."""
    return {m["metadata"]["name"]: m for m in manifests if m["kind"] == kind}


def component(manifest: Manifest) -> str:
    return str(manifest["metadata"]["labels"]["app.kubernetes.io/component"])


def deployments(manifests: list[Manifest]) -> dict[str, Manifest]:
    """Overcast Deployments by component (``gateway``, ``sts``, ``sqs``...)."""
    return {component(m): m for m in manifests if m["kind"] == "Deployment"}


def workloads(manifests: list[Manifest]) -> dict[str, Manifest]:
    """Overcast workloads by component: Deployments, and the StatefulSet of a partitioned service (S3 with
    several replicas); the backends' StatefulSets are not components."""
    found = deployments(manifests)
    for m in manifests:
        if m["kind"] == "StatefulSet" and m["spec"]["serviceName"] == f"{m['metadata']['name']}-pods":
            found[component(m)] = m
    return found


def pod_specs(manifests: list[Manifest]) -> Iterator[tuple[str, Manifest]]:
    """``(kind/name, pod spec)`` of every pod the chart can create: workloads and test pods."""
    for m in manifests:
        name = f"{m['kind']}/{m['metadata']['name']}"
        if m["kind"] in ("Deployment", "StatefulSet"):
            yield name, m["spec"]["template"]["spec"]
        elif m["kind"] == "Pod":
            yield name, m["spec"]


def containers(pod: Manifest) -> list[Manifest]:
    return list(pod.get("initContainers", [])) + list(pod["containers"])


def component_env(manifests: list[Manifest], name: str) -> dict[str, str]:
    """The environment the chart gives component ``name``'s main container, values resolved: a
    ``secretKeyRef`` reads the rendered Secret (KeyError if the Secret is not rendered); a ``fieldRef``
    (the pod's own index) reads as ``fieldRef:<path>``."""
    secrets = {s["metadata"]["name"]: s.get("stringData", {}) for s in objects(manifests, "Secret").values()}
    pod = workloads(manifests)[name]["spec"]["template"]["spec"]
    (main,) = [c for c in pod["containers"] if c["name"] == name]
    env: dict[str, str] = {}
    for var in main.get("env", []):
        if "value" in var:
            env[var["name"]] = str(var["value"])
        elif "fieldRef" in var["valueFrom"]:
            env[var["name"]] = f"fieldRef:{var['valueFrom']['fieldRef']['fieldPath']}"
        else:
            ref = var["valueFrom"]["secretKeyRef"]
            env[var["name"]] = str(secrets[ref["name"]][ref["key"]])
    return env
