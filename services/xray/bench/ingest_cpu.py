"""CPU per ingested span of Overcast's own spans (the in-process sink path), old way vs new way.

    .venv/bin/python services/xray/bench/ingest_cpu.py [--spans 2000] [--batch 1]

Measures process CPU time (the SQLite worker thread included): converting via the OTLP round trip
(``sink.to_otlp`` + ``convert``) vs straight from the SDK spans (``convert_sdk_spans``), and storing
one transaction per sink batch vs the ingestor's linger-batched transactions. Results go in
docs/performance.md, never in assertions."""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.trace import SpanKind
from overcast_common.config import Settings
from overcast_common.telemetry import sink
from overcast_xray.ingest.otlp import Options, convert, convert_sdk_spans
from overcast_xray.segments import SegmentRecord
from overcast_xray.store.sql import SqlXrayStore


class Collect(SpanExporter):
    def __init__(self) -> None:
        self.spans: list[ReadableSpan] = []

    def export(self, spans: Any) -> SpanExportResult:
        self.spans.extend(spans)
        return SpanExportResult.SUCCESS


def make_spans(n: int) -> list[ReadableSpan]:
    """Like the gateway's: a SERVER span per call and a CLIENT store span inside it."""
    exporter = Collect()
    provider = TracerProvider(resource=Resource.create({"service.name": "overcast"}))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("bench")
    for _ in range(n // 2):
        with (
            tracer.start_as_current_span(
                "SQS.SendMessage",
                kind=SpanKind.SERVER,
                attributes={
                    "rpc.system": "aws-api",
                    "rpc.service": "SQS",
                    "rpc.method": "SendMessage",
                    "aws.region": "us-east-1",
                    "aws.request_id": "0f8e1c1e-0000-4000-8000-000000000000",
                    "http.request.method": "POST",
                    "url.path": "/",
                    "http.response.status_code": 200,
                },
            ),
            tracer.start_as_current_span(
                "sqlite send", kind=SpanKind.CLIENT, attributes={"db.system": "sqlite", "db.name": "sqs"}
            ),
        ):
            pass
    provider.shutdown()
    return exporter.spans


def cpu_us_per_span(fn: Any, spans: list[ReadableSpan], batch: int) -> float:
    fn(spans[:batch])  # warm-up: imports, caches
    start = time.process_time()
    for i in range(0, len(spans), batch):
        fn(spans[i : i + batch])
    return (time.process_time() - start) / len(spans) * 1e6


async def store_us_per_span(records: list[SegmentRecord], batch: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqlXrayStore.open(Settings(data_dir=Path(tmp)))
        try:
            start = time.process_time()
            for i in range(0, len(records), batch):
                await store.put_segments(
                    "000000000000", "us-east-1", records[i : i + batch], datetime.now(UTC)
                )
            return (time.process_time() - start) / len(records) * 1e6
        finally:
            await store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spans", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=1, help="spans per sink delivery")
    parser.add_argument("--linger-batch", type=int, default=300, help="spans per write after batching")
    args = parser.parse_args()
    spans = make_spans(args.spans)
    options = Options()
    old = cpu_us_per_span(lambda b: convert(sink.to_otlp(b), options), spans, args.batch)
    new = cpu_us_per_span(lambda b: convert_sdk_spans(b, options), spans, args.batch)
    records, _ = convert_sdk_spans(spans, options)
    per_delivery = asyncio.run(store_us_per_span(records, args.batch))
    batched = asyncio.run(store_us_per_span(list(reversed(records)), args.linger_batch))
    print(f"spans={len(spans)} delivery batch={args.batch} write batch={args.linger_batch}")
    print(f"convert via OTLP (to_otlp + convert): {old:8.1f} us/span")
    print(f"convert straight (convert_sdk_spans):  {new:8.1f} us/span")
    print(f"store, one transaction per delivery:   {per_delivery:8.1f} us/span")
    print(f"store, linger-batched transactions:    {batched:8.1f} us/span")
    print(f"total old {old + per_delivery:8.1f} us/span, new {new + batched:8.1f} us/span")


if __name__ == "__main__":
    main()
