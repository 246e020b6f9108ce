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


def light_spans() -> list[Any]:
    """Overcast's own spans as the in-process sink receives them (ended light spans, not SDK spans):
    a gateway call that failed, a backend call inside it with an error, a dispatch span."""
    from overcast_common.config import Settings
    from overcast_common.context import RequestContext
    from overcast_common.telemetry import configure_telemetry, shutdown_telemetry
    from overcast_common.telemetry.spans import backend_span, dispatch_server, end_api_call, start_api_call

    got: list[Any] = []
    unregister = sink.register(got.extend)
    try:
        configure_telemetry("overcast-sqs", Settings())  # no endpoint: the sink, through the batcher
        header = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
        call = start_api_call(None, header, "POST")
        context = RequestContext("rid-1", service="sqs", operation="SendMessage", account_id="1" * 12)
        try:
            with backend_span("sqlite", "send", table="messages"):
                raise OSError("disk")
        except OSError:
            pass
        with dispatch_server(context):
            pass
        end_api_call(call, context, 503, "ServiceUnavailable", "SQS")
        shutdown_telemetry()  # flushes the batch to the sink
    finally:
        unregister()
    return got


def test_light_spans_give_the_segments_their_sdk_spans_give() -> None:
    batch = light_spans()
    assert len(batch) == 3
    assert all(type(s).__name__ == "LightSpan" for s in batch)  # no SDK span built on the way
    readable = [s.readable() for s in batch]
    for options in (Options(), Options(index_all=True)):
        direct, rejected = convert_sdk_spans(batch, options)
        via_sdk, rejected_sdk = convert_sdk_spans(readable, options)
        via_otlp, rejected_otlp = convert(sink.to_otlp(batch), options)
        assert rejected == rejected_sdk == rejected_otlp == 0
        assert len(direct) == 3
        order = [r.id for r in direct]
        for one, two, three in zip(
            direct, via_sdk, sorted(via_otlp, key=lambda r: order.index(r.id)), strict=True
        ):
            assert one == two == three, one.document
            assert one.to_json() == two.to_json() == three.to_json()
    segment = next(r for r in direct if r.parent_id == "53995c3f42cd8ad8")
    assert segment.document["fault"] is True and segment.document["http"]["response"]["status"] == 503


def test_the_shortened_check_accepts_and_refuses_what_validate_does() -> None:
    import math

    import pytest
    from overcast_xray.ingest.otlp import _checked, span_document, view_of_sdk
    from overcast_xray.segments import InvalidSegment, validate

    resource = {"service.name": "shop"}
    docs = [span_document(view_of_sdk(s), resource, Options(index_all=True)) for s in spans()]
    docs += [span_document(view_of_sdk(s), resource, Options()) for s in [*spans(), *light_spans()]]
    for doc in docs:
        assert _checked(doc) == validate(doc)
    good = docs[-1]
    bad = [
        {**good, "http": {"response": {"status": 200, "content_length": math.nan}}},
        {**good, "http": {"response": {"content_length": True}}},
        {**good, "annotations": {"": 1}},
        {**good, "annotations": {"k": math.inf}},
        {**good, "start_time": -1.0, "end_time": 0.0},
        {**good, "id": "XYZ"},
        {**good, "trace_id": "1-5759e988-bd862e3fe1be46a9942727930"},
        {**good, "parent_id": "abc"},
    ]
    for doc in bad:
        with pytest.raises(InvalidSegment) as expected:
            validate(doc)
        with pytest.raises(InvalidSegment) as got:
            _checked(doc)
        assert got.value.code == expected.value.code


def test_segments_encode_as_their_documents_do() -> None:
    """The resource's metadata is encoded once per batch and spliced into each segment's JSON: the text
    must be the very text encoding the whole document gives, whatever the span's own metadata."""
    import json

    from overcast_xray.segments import encode_document

    records = []
    for options in (Options(), Options(index_all=True), Options(frozenset({"customer"}))):
        records += convert_sdk_spans([*spans(), *light_spans()], options)[0]
        records += convert(sink.to_otlp(spans()), options)[0]
    spliced = [r for r in records if r.encoded is not None]
    assert len(spliced) >= 4  # segments without annotations, with and without metadata of their own
    assert any("rpc.system" in r.document["metadata"]["default"] for r in spliced)
    for record in records:
        assert record.to_json() == encode_document(record.document)
        assert json.loads(record.to_json()) == record.document
