"""``ProcessingConfiguration``: the processors a destination runs on each buffered batch.

Order, as Firehose runs them: ``Decompression`` (GZIP; CloudWatch Logs subscription payloads) and
``CloudWatchLogProcessing`` (``DataMessageExtraction``: every log event's message followed by LF), then
``Lambda``, then ``AppendDelimiterToRecord`` (LF *between* records of an object, not after the last).
``RecordDeAggregation`` and ``MetadataExtraction`` are accepted; records pass unchanged.

``Lambda``: the transformation event (``invocationId`` — new for each attempt —, ``deliveryStreamArn``,
``region``, ``records[{recordId, approximateArrivalTimestamp, data}]``) goes to Lambda's ``Invoke``
through ``overcast_common.peers``. Results: ``Ok`` (new data), ``Dropped``, ``ProcessingFailed``;
missing ids fail those records (``Lambda.MissingRecordId``), duplicated ids (``Lambda.DuplicatedRecordId``),
an unknown result or bad base64 (``Lambda.FunctionError``) and unreadable JSON
(``Lambda.JsonProcessingException``) fail the batch. **While Overcast has no Lambda service** (or the
function does not exist), the invocation fails; as AWS does when it cannot invoke the function, it is
retried ``NumberOfRetries`` times (default 3) and the batch is then treated as unsuccessfully
processed: each record goes to the error output (``processing-failed``) with ``errorCode``
``Lambda.FunctionNotFound``. Records are never passed on untransformed.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import gzip
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from overcast_common.errors import ServiceError
from overcast_common.peers import peers

from overcast_firehose.records import Failed, Item

RESULTS = ("Ok", "Dropped", "ProcessingFailed")


@dataclass
class Processed:
    ok: list[tuple[Item, bytes]] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    delimiter: bytes = b""
    """What goes between records in an object (``AppendDelimiterToRecord``: LF)."""
    lambda_keys: dict[int, dict[str, str]] = field(default_factory=dict)
    """``metadata.partitionKeys`` Lambda returned, by record offset (dynamic partitioning)."""


def parameters(processor: dict[str, Any]) -> dict[str, str]:
    return {p["ParameterName"]: p["ParameterValue"] for p in processor.get("Parameters", [])}


def processors(config: dict[str, Any]) -> list[dict[str, Any]]:
    processing = config.get("ProcessingConfiguration") or {}
    if not processing.get("Enabled", False):
        return []
    return list(processing.get("Processors", []))


def decompresses(config: dict[str, Any]) -> bool:
    """Records must come from CloudWatch Logs (AWS refuses direct puts with InvalidSourceException)."""
    return any(p.get("Type") == "Decompression" for p in processors(config))


async def process(
    config: dict[str, Any],
    items: list[Item],
    *,
    stream_arn: str,
    account_id: str,
    region: str,
    retries: int = 3,
    retry_delay_s: float = 0.2,
    source_arn: str | None = None,
) -> Processed:
    batch: list[tuple[Item, bytes]] = [(item, item.data) for item in items]
    failed: list[Failed] = []
    lambda_keys: dict[int, dict[str, str]] = {}
    steps = processors(config)
    by_type = {p.get("Type"): parameters(p) for p in steps}
    if "Decompression" in by_type:
        extract = (
            by_type.get("CloudWatchLogProcessing", {}).get("DataMessageExtraction", "false").lower() == "true"
        )
        batch, lost = _decompress(batch, extract)
        failed.extend(lost)
    if "Lambda" in by_type:
        params = by_type["Lambda"]
        batch, lost = await _lambda(
            params,
            batch,
            stream_arn=stream_arn,
            source_arn=source_arn,
            account_id=account_id,
            region=region,
            retries=int(params.get("NumberOfRetries", retries)),
            retry_delay_s=retry_delay_s,
            keys_out=lambda_keys,
        )
        failed.extend(lost)
    delimiter = b"\n" if "AppendDelimiterToRecord" in by_type else b""
    return Processed(batch, failed, delimiter, lambda_keys)


def _failed(item: Item, code: str, message: str, attempts: int, output_type: str, **extra: Any) -> Failed:
    return Failed(item, code, message, attempts, int(time.time() * 1000), extra, output_type)


def _decompress(
    batch: list[tuple[Item, bytes]], extract: bool
) -> tuple[list[tuple[Item, bytes]], list[Failed]]:
    kept: list[tuple[Item, bytes]] = []
    failed: list[Failed] = []
    for item, data in batch:
        try:
            plain = gzip.decompress(data)
            if extract:
                document = json.loads(plain)
                if document.get("messageType") == "CONTROL_MESSAGE":
                    plain = b""
                else:
                    events = document["logEvents"]
                    plain = b"".join(str(e.get("message", "")).encode() + b"\n" for e in events)
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as exc:
            failed.append(_failed(item, "Decompression failed.", str(exc), 1, "decompression-failed"))
            continue
        kept.append((item, plain))
    return kept, failed


async def _lambda(
    params: dict[str, str],
    batch: list[tuple[Item, bytes]],
    *,
    stream_arn: str,
    source_arn: str | None,
    account_id: str,
    region: str,
    retries: int,
    retry_delay_s: float,
    keys_out: dict[int, dict[str, str]],
) -> tuple[list[tuple[Item, bytes]], list[Failed]]:
    if not batch:
        return batch, []
    function = params.get("LambdaArn", "")
    ids = {f"{i:010d}": pair for i, pair in enumerate(batch)}  # stable across attempts
    records = [_event_record(rid, item, data) for rid, (item, data) in ids.items()]
    code, message, attempts = "Lambda.FunctionNotFound", f"Function not found: {function}", 0
    for attempts in range(1, retries + 2):
        event: dict[str, Any] = {"invocationId": str(uuid.uuid4()), "deliveryStreamArn": stream_arn}
        if source_arn:
            event["sourceKinesisStreamArn"] = source_arn
        event.update(region=region, records=records)
        if not peers.available("lambda"):
            code, message = "Lambda.FunctionNotFound", f"Lambda is not available in Overcast: {function}"
        else:
            try:
                result = await peers.call(
                    "lambda",
                    "Invoke",
                    {"FunctionName": function, "Payload": json.dumps(event).encode()},
                    account_id=account_id,
                    region=region,
                    caller="firehose",
                )
            except ServiceError as exc:
                code = (
                    "Lambda.FunctionNotFound"
                    if exc.code == "ResourceNotFoundException"
                    else "Lambda.InvokeAccessDenied"
                )
                message = exc.message
            else:
                if result.get("FunctionError"):
                    code = "Lambda.FunctionError"
                    message = "The Lambda function was successfully invoked but it returned an error result."
                else:
                    return _lambda_results(result.get("Payload", b""), ids, function, attempts, keys_out)
        if attempts <= retries:
            await asyncio.sleep(retry_delay_s)
    return [], [
        _failed(item, code, message, attempts, "processing-failed", lambdaARN=function) for item, _ in batch
    ]


def _event_record(rid: str, item: Item, data: bytes) -> dict[str, Any]:
    record: dict[str, Any] = {
        "recordId": rid,
        "approximateArrivalTimestamp": item.arrival_ms,
        "data": base64.b64encode(data).decode(),
    }
    if item.kinesis:
        meta = item.kinesis
        record["kinesisRecordMetadata"] = {
            "shardId": meta.get("shardId", ""),
            "partitionKey": meta.get("partitionKey", ""),
            "approximateArrivalTimestamp": int(meta.get("approximateArrivalTimestamp", item.arrival_ms)),
            "sequenceNumber": meta.get("sequenceNumber", ""),
            "subsequenceNumber": 0,
        }
    return record


def _lambda_results(
    payload: Any,
    ids: dict[str, tuple[Item, bytes]],
    function: str,
    attempts: int,
    keys_out: dict[int, dict[str, str]],
) -> tuple[list[tuple[Item, bytes]], list[Failed]]:
    def fail_all(code: str, message: str) -> tuple[list[tuple[Item, bytes]], list[Failed]]:
        return [], [
            _failed(i, code, message, attempts, "processing-failed", lambdaARN=function)
            for i, _ in ids.values()
        ]

    raw = payload if isinstance(payload, bytes) else str(payload).encode()
    try:
        returned = json.loads(raw)["records"]
        returned_ids = [str(r["recordId"]) for r in returned]
    except (ValueError, KeyError, TypeError):
        return fail_all(
            "Lambda.JsonProcessingException", "The response from the Lambda function is not valid JSON."
        )
    if len(set(returned_ids)) != len(returned_ids):
        return fail_all(
            "Lambda.DuplicatedRecordId", "Multiple records were returned with the same record Id."
        )
    ok: list[tuple[Item, bytes]] = []
    failed: list[Failed] = []
    for record in returned:
        rid = str(record["recordId"])
        if rid not in ids:
            continue
        item = ids[rid][0]
        result = record.get("result")
        if result not in RESULTS:
            return fail_all("Lambda.FunctionError", f"Invalid result {result!r} for record {rid}.")
        if result == "Ok":
            try:
                ok.append((item, base64.b64decode(record.get("data", ""), validate=True)))
            except (binascii.Error, ValueError):
                return fail_all("Lambda.FunctionError", f"The data of record {rid} is not valid base64.")
            keys = (record.get("metadata") or {}).get("partitionKeys")
            if isinstance(keys, dict):
                keys_out[item.offset] = {str(k): str(v) for k, v in keys.items()}
        elif result == "ProcessingFailed":
            failed.append(
                _failed(
                    item,
                    "Lambda.ProcessingFailedStatus",
                    "ProcessingFailed status set for record",
                    attempts,
                    "processing-failed",
                    lambdaARN=function,
                )
            )
    for rid, (item, _) in ids.items():
        if rid not in returned_ids:
            failed.append(
                _failed(
                    item,
                    "Lambda.MissingRecordId",
                    "One or more record Ids were not returned. Ensure that the Lambda function returns all received record Ids.",
                    attempts,
                    "processing-failed",
                    lambdaARN=function,
                )
            )
    return ok, failed
