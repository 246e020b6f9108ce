"""Tracing on, into an in-memory exporter, for one test; off again after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from overcast_common.config import Settings
from overcast_common.telemetry import configure_telemetry, shutdown_telemetry


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    monkeypatch.setenv("OTEL_TRACES_SAMPLER", "parentbased_always_on")  # every call, not X-Ray's 1/s + 5 %
    exporter = InMemorySpanExporter()
    configure_telemetry("overcast-test", Settings(), exporter=exporter, batch=False)
    try:
        yield exporter
    finally:
        shutdown_telemetry()
