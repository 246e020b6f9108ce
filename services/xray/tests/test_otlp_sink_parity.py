"""The in-process sink maps SDK spans directly; the OTLP receivers map the same spans after the OTLP
encoding. Both must give the very same segment documents."""

from __future__ import annotations

from typing import Any

from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.trace import SpanKind, Status, StatusCode
from overcast_common.telemetry import sink
from overcast_xray.ingest.otlp import Options, convert, convert_sdk_spans


class Collect(SpanExporter):
    def __init__(self) -> None:
        self.spans: list[ReadableSpan] = []

    def export(self, spans: Any) -> SpanExportResult:
        self.spans.extend(spans)
        return SpanExportResult.SUCCESS


def spans() -> list[ReadableSpan]:
    """A varied trace: server root, AWS SDK client call, database call, HTTP client with an error,
    an internal span with an exception event and array/bytes attributes, a producer, a consumer."""
    exporter = Collect()
    provider = TracerProvider(
        resource=Resource.create(
            {"service.name": "shop", "cloud.platform": "aws_ecs", "telemetry.auto.version": "1"}
        )
    )
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("parity")
    with tracer.start_as_current_span(
        "GET /cart",
        kind=SpanKind.SERVER,
        attributes={
            "http.request.method": "GET",
            "url.scheme": "https",
            "server.address": "shop.example",
            "server.port": 8443,
            "url.path": "/cart",
            "http.response.status_code": 200,
            "customer": "ann",
            "aws.xray.annotations": ["order.id"],
            "order.id": 42,
        },
    ):
        with tracer.start_as_current_span(
            "DynamoDB.GetItem",
            kind=SpanKind.CLIENT,
            attributes={
                "rpc.system": "aws-api",
                "rpc.service": "DynamoDB",
                "rpc.method": "GetItem",
                "aws.dynamodb.table_names": ("carts",),
                "aws.region": "eu-west-1",
            },
        ):
            pass
        with tracer.start_as_current_span(
            "SELECT",
            kind=SpanKind.CLIENT,
            attributes={"db.system": "postgresql", "db.name": "shop", "net.peer.name": "db", "db.user": "u"},
        ):
            pass
        with tracer.start_as_current_span(
            "GET",
            kind=SpanKind.CLIENT,
            attributes={"url.full": "http://pay/x", "http.response.status_code": 429},
        ):
            pass
        with tracer.start_as_current_span(
            "work", attributes={"ratio": 0.5, "flags": (True, False), "raw": b"\x00\x01", "n": (1, 2)}
        ) as work:
            try:
                raise ValueError("boom")
            except ValueError as exc:
                work.record_exception(exc)
            work.set_status(Status(StatusCode.ERROR, "it broke"))
        with tracer.start_as_current_span(
            "publish", kind=SpanKind.PRODUCER, attributes={"peer.service": "q"}
        ):
            pass
        with tracer.start_as_current_span("consume", kind=SpanKind.CONSUMER) as consumer:
            consumer.set_status(Status(StatusCode.ERROR))
    provider.shutdown()
    return exporter.spans


def test_sink_path_and_otlp_path_give_identical_segments() -> None:
    batch = spans()
    assert len(batch) == 7
    for options in (Options(), Options(frozenset({"customer"})), Options(index_all=True)):
        via_otlp, rejected_otlp = convert(sink.to_otlp(batch), options)
        direct, rejected_direct = convert_sdk_spans(batch, options)
        assert rejected_otlp == rejected_direct == 0
        by_id = {r.id: r for r in via_otlp}
        assert len(by_id) == len(direct) == 7
        for record in direct:
            assert record == by_id[record.id], record.document
            assert record.to_json() == by_id[record.id].to_json()  # same keys, same order
