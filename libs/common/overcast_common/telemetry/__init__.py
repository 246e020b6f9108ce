"""OpenTelemetry for every Overcast process, set up once: ``configure_telemetry(service_name, settings)``.

- ``setup``: the tracer provider, exporter choice (OTLP gRPC/HTTP or the in-process X-Ray sink), batching,
  sampling, ``OTEL_SDK_DISABLED``;
- ``tracecontext``: W3C ``traceparent`` and AWS ``X-Amzn-Trace-Id`` parsing/formatting, X-Ray ↔ OTel ids;
- ``spans``: the gateway's span per API call, dispatch client/server spans, backend spans;
- ``sink``: where the embedded X-Ray service plugs in to receive this process's spans.
"""

from overcast_common.telemetry.setup import (
    Telemetry,
    active,
    configure_telemetry,
    configured,
    shutdown_telemetry,
)

__all__ = ["Telemetry", "active", "configure_telemetry", "configured", "shutdown_telemetry"]
