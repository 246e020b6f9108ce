"""Record processors: Lambda transformation through ``peers`` (and without Lambda), CloudWatch Logs
decompression and extraction, the delimiter."""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Iterator
from typing import Any

import pytest
from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.peers import peers
from overcast_firehose.processing import process
from overcast_firehose.records import Item

FN = "arn:aws:lambda:us-east-1:000000000000:function:t"
ITEMS = [Item(b"a", 1000, 0), Item(b"b", 1001, 1), Item(b"c", 1002, 2)]


def lambda_config(retries: int = 0, *extra: dict[str, Any]) -> dict[str, Any]:
    params = [
        {"ParameterName": "LambdaArn", "ParameterValue": FN},
        {"ParameterName": "NumberOfRetries", "ParameterValue": str(retries)},
    ]
    return {
        "ProcessingConfiguration": {
            "Enabled": True,
            "Processors": [{"Type": "Lambda", "Parameters": params}, *extra],
        }
    }


class FakeLambda:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.events: list[dict[str, Any]] = []

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        assert context.operation == "Invoke" and params["FunctionName"] == FN
        event = json.loads(params["Payload"])
        self.events.append(event)
        result: dict[str, Any] = self.answer(event) if callable(self.answer) else self.answer
        return result


@pytest.fixture
def lam() -> Iterator[Any]:
    def install(answer: Any) -> FakeLambda:
        fake = FakeLambda(answer)
        peers.register("lambda", fake)
        return fake

    yield install
    peers.unregister("lambda")


async def run(config: dict[str, Any], items: list[Item] = ITEMS) -> Any:
    return await process(
        config, items, stream_arn="arn:s", account_id="000000000000", region="us-east-1", retry_delay_s=0
    )


async def test_without_lambda_every_record_fails_after_the_retries() -> None:
    out = await run(lambda_config(retries=2))
    assert out.ok == [] and len(out.failed) == 3
    failure = json.loads(out.failed[0].document())
    assert failure["errorCode"] == "Lambda.FunctionNotFound" and failure["attemptsMade"] == 3
    assert failure["lambdaARN"] == FN and base64.b64decode(failure["rawData"]) == b"a"
    assert failure["arrivalTimestamp"] == 1000 and out.failed[0].output_type == "processing-failed"


async def test_lambda_results_ok_dropped_failed_and_missing(lam: Any) -> None:
    def answer(event: dict[str, Any]) -> dict[str, Any]:
        a, b, _c = (r["recordId"] for r in event["records"])
        assert base64.b64decode(event["records"][0]["data"]) == b"a"
        assert event["deliveryStreamArn"] == "arn:s" and event["region"] == "us-east-1"
        records = [
            {
                "recordId": a,
                "result": "Ok",
                "data": base64.b64encode(b"A!").decode(),
                "metadata": {"partitionKeys": {"tenant": "t1"}},
            },
            {"recordId": b, "result": "Dropped"},
        ]
        return {"StatusCode": 200, "Payload": json.dumps({"records": records}).encode()}

    lam(answer)
    out = await run(lambda_config(0, {"Type": "AppendDelimiterToRecord", "Parameters": []}))
    assert [(i.data, d) for i, d in out.ok] == [(b"a", b"A!")]
    assert [(f.item.data, f.error_code) for f in out.failed] == [(b"c", "Lambda.MissingRecordId")]
    assert out.delimiter == b"\n"
    assert out.lambda_keys == {0: {"tenant": "t1"}}


@pytest.mark.parametrize(
    ("records", "code"),
    [
        ("not json", "Lambda.JsonProcessingException"),
        ([{"recordId": "0000000000", "result": "Ok", "data": ""}] * 2, "Lambda.DuplicatedRecordId"),
        ([{"recordId": "0000000000", "result": "Maybe"}], "Lambda.FunctionError"),
        ([{"recordId": "0000000000", "result": "Ok", "data": "@@@"}], "Lambda.FunctionError"),
    ],
)
async def test_bad_lambda_answers_fail_the_batch(lam: Any, records: Any, code: str) -> None:
    payload = records.encode() if isinstance(records, str) else json.dumps({"records": records}).encode()
    lam({"StatusCode": 200, "Payload": payload})
    out = await run(lambda_config())
    assert out.ok == [] and {f.error_code for f in out.failed} == {code} and len(out.failed) == 3


async def test_function_errors_are_retried_with_a_new_invocation_id(lam: Any) -> None:
    fake = lam({"StatusCode": 200, "FunctionError": "Unhandled", "Payload": b"{}"})
    out = await run(lambda_config(retries=2))
    assert len(fake.events) == 3 and len({e["invocationId"] for e in fake.events}) == 3
    assert len({json.dumps(e["records"]) for e in fake.events}) == 1  # same record ids and data
    assert out.failed[0].error_code == "Lambda.FunctionError" and out.failed[0].attempts == 3


async def test_missing_function_is_function_not_found(lam: Any) -> None:
    async def missing(context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        raise ServiceError("Function not found", code="ResourceNotFoundException", status_code=404)

    peers.register("lambda", missing)
    out = await run(lambda_config())
    assert out.failed[0].error_code == "Lambda.FunctionNotFound"


async def test_cloudwatch_logs_decompression_and_extraction() -> None:
    config = {
        "ProcessingConfiguration": {
            "Enabled": True,
            "Processors": [
                {
                    "Type": "Decompression",
                    "Parameters": [{"ParameterName": "CompressionFormat", "ParameterValue": "GZIP"}],
                },
                {
                    "Type": "CloudWatchLogProcessing",
                    "Parameters": [{"ParameterName": "DataMessageExtraction", "ParameterValue": "true"}],
                },
            ],
        }
    }
    data = {"messageType": "DATA_MESSAGE", "logEvents": [{"message": "one"}, {"message": "two"}]}
    control = {"messageType": "CONTROL_MESSAGE", "logEvents": []}
    items = [
        Item(gzip.compress(json.dumps(data).encode()), 1, 0),
        Item(gzip.compress(json.dumps(control).encode()), 2, 1),
        Item(b"not gzip", 3, 2),
    ]
    out = await run(config, items)
    assert [d for _, d in out.ok] == [b"one\ntwo\n", b""]
    [bad] = out.failed
    assert bad.output_type == "decompression-failed" and bad.item.data == b"not gzip"


async def test_kinesis_sourced_records_carry_their_metadata_to_lambda(lam: Any) -> None:
    fake = lam({"StatusCode": 200, "Payload": json.dumps({"records": []}).encode()})
    meta = {
        "shardId": "shardId-000000000001",
        "partitionKey": "pk",
        "sequenceNumber": "49",
        "approximateArrivalTimestamp": "5",
    }
    await process(
        lambda_config(),
        [Item(b"k", 7, 0, meta)],
        stream_arn="arn:s",
        source_arn="arn:aws:kinesis:us-east-1:000000000000:stream/src",
        account_id="000000000000",
        region="us-east-1",
    )
    [event] = fake.events
    assert event["sourceKinesisStreamArn"] == "arn:aws:kinesis:us-east-1:000000000000:stream/src"
    assert event["records"][0]["kinesisRecordMetadata"] == {
        "shardId": "shardId-000000000001",
        "partitionKey": "pk",
        "approximateArrivalTimestamp": 5,
        "sequenceNumber": "49",
        "subsequenceNumber": 0,
    }
