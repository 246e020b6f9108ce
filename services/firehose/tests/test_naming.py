"""Object names, prefixes, compression and input validation as AWS does them."""

from __future__ import annotations

import gzip
import io
import zipfile
from datetime import UTC, datetime

import cramjam
import pytest
from overcast_firehose import compression, partitioning, prefixes
from overcast_firehose.errors import InvalidArgumentException, ValidationException
from overcast_firehose.validation import validate

MOMENT = datetime(2024, 3, 5, 7, 9, 1, 250000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("yyyy/MM/dd/HH/", "2024/03/05/07/"),
        ("yyyy'-'MM'-'dd", "2024-03-05"),
        ("yy-M-d H:m:s.SSS", "24-3-5 7:9:1.250"),
        ("'it''s' MMM EEE a", "it's Mar Tue AM"),
    ],
)
def test_java_date_time_formatter_subset(pattern: str, expected: str) -> None:
    assert prefixes.java_time_format(pattern, MOMENT) == expected


def test_prefix_evaluation() -> None:
    assert prefixes.evaluate("", MOMENT) == "2024/03/05/07/"
    assert prefixes.evaluate("logs/", MOMENT) == "logs/2024/03/05/07/"  # static: default time appended
    assert prefixes.evaluate("y=!{timestamp:yyyy}/", MOMENT) == "y=2024/"
    evaluated = prefixes.evaluate("!{firehose:random-string}/!{timestamp:HH}", MOMENT)
    assert len(evaluated.split("/")[0]) == 11 and evaluated.endswith("/07")
    assert (
        prefixes.evaluate("e/!{firehose:error-output-type}/", MOMENT, error_output_type="processing-failed")
        == "e/processing-failed/2024/03/05/07/"
    )
    assert (
        prefixes.evaluate("", MOMENT, error_output_type="http-endpoint-failed")
        == "http-endpoint-failed/2024/03/05/07/"
    )
    suffix = prefixes.object_suffix("s", 3, MOMENT, ".gz")
    assert (
        suffix.startswith("s-3-2024-03-05-07-09-01-")
        and suffix.endswith(".gz")
        and len(suffix) == len("s-3-2024-03-05-07-09-01-" + "0" * 36 + ".gz")
    )


@pytest.mark.parametrize(
    ("prefix", "error_prefix", "words"),
    [
        ("a/!{timestamp:yyyy}/", None, "ErrorOutputPrefix cannot be null"),
        (
            "a/!{firehose:error-output-type}/",
            "e/!{firehose:error-output-type}",
            "only allowed in ErrorOutputPrefix",
        ),
        ("a/", "e/!{timestamp:yyyy}/", "must contain !{firehose:error-output-type}"),
        ("a/!{nope:x}/", "e/!{firehose:error-output-type}", "namespace"),
        ("a/!{timestamp:yyyy", "e/", "malformed"),
        ("a/!{partitionKeyFromQuery:id}/", "e/!{firehose:error-output-type}", "Dynamic partitioning"),
    ],
)
def test_prefix_rules(prefix: str, error_prefix: str | None, words: str) -> None:
    with pytest.raises(InvalidArgumentException, match=words.replace("{", r"\{").replace("}", r"\}")):
        prefixes.check(prefix, error_prefix)


def test_compression_formats_round_trip() -> None:
    data = b"record " * 100_000
    assert gzip.decompress(compression.compress(data, "GZIP")) == data
    with zipfile.ZipFile(io.BytesIO(compression.compress(data, "ZIP", entry_name="x"))) as archive:
        assert archive.namelist() == ["x"] and archive.read("x") == data
    xerial = compression.compress(data, "Snappy")
    assert xerial[:16] == b"\x82SNAPPY\x00\x00\x00\x00\x01\x00\x00\x00\x01"
    assert compression.xerial_unsnappy(xerial) == data
    first = int.from_bytes(xerial[16:20], "big")
    assert bytes(cramjam.snappy.decompress_raw(xerial[20 : 20 + first])) == data[: 32 * 1024]
    hadoop = compression.compress(data, "HADOOP_SNAPPY")
    assert compression.hadoop_unsnappy(hadoop) == data
    assert int.from_bytes(hadoop[:4], "big") == 32 * 1024  # blocks of 32 KiB
    assert compression.compress(data, "UNCOMPRESSED") is data
    formats = ("UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY")
    assert [compression.extension(f) for f in formats] == ["", ".gz", ".zip", ".snappy", ".snappy"]
    assert [compression.content_encoding(f) for f in formats] == [
        None,
        "gzip",
        "zip",
        "snappy-java",
        "hadoop-snappy",
    ]
    assert compression.extension("GZIP", ".json.gz") == ".json.gz"


def test_validation_messages() -> None:
    with pytest.raises(ValidationException) as exc:
        validate("PutRecordBatch", {"DeliveryStreamName": "", "Records": []})
    assert exc.value.message == (
        "3 validation errors detected: Value '' at 'deliveryStreamName' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1; Value '' at 'deliveryStreamName' failed to "
        "satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
        "Value '[]' at 'records' failed to satisfy "
        "constraint: Member must have length greater than or equal to 1"
    )
    with pytest.raises(ValidationException, match="Value null at 'record' failed to satisfy constraint"):
        validate("PutRecord", {"DeliveryStreamName": "s"})
    with pytest.raises(ValidationException, match=r"Member must satisfy enum value set: \[DirectPut,"):
        validate("ListDeliveryStreams", {"DeliveryStreamType": "Nope"})
    with pytest.raises(ValidationException, match=r"at 'tags\.1\.member\.key'"):
        validate("TagDeliveryStream", {"DeliveryStreamName": "s", "Tags": [{"Key": "aws:reserved"}]})
    # sensitive members are not echoed
    with pytest.raises(ValidationException) as exc:
        validate(
            "CreateDeliveryStream",
            {
                "DeliveryStreamName": "s",
                "HttpEndpointDestinationConfiguration": {
                    "EndpointConfiguration": {"Url": "http://plain"},
                    "S3Configuration": {
                        "RoleARN": "arn:aws:iam::000000000000:role/r",
                        "BucketARN": "arn:aws:s3:::b",
                    },
                },
            },
        )
    assert "Value at 'httpEndpointDestinationConfiguration.endpointConfiguration.url'" in exc.value.message
    assert "http://plain" not in exc.value.message
    validate("TagDeliveryStream", {"DeliveryStreamName": "s", "Tags": [{"Key": "ok key:1", "Value": "é"}]})


def test_partition_key_queries() -> None:
    query = partitioning.parse('{customer_id: .customer_id, year: .event.date.year, "k": .a["b"][0]}')
    record = b'{"customer_id": "c1", "event": {"date": {"year": 2024}}, "a": {"b": [true]}}'
    assert query.keys(record) == {"customer_id": "c1", "year": "2024", "k": "true"}
    with pytest.raises(ValueError, match="'year' is null"):
        query.keys(b'{"customer_id": "c1"}')
    with pytest.raises(ValueError):
        query.keys(b"[1, 2]")
    for unsupported in (".customer_id", "{a: .x | tostring}", "{a: .x,}", "{a: }"):
        with pytest.raises(InvalidArgumentException, match="is not supported"):
            partitioning.parse(unsupported)
    keys = {"partitionKeyFromQuery": {"c": "x"}, "partitionKeyFromLambda": {}}
    assert prefixes.evaluate("c=!{partitionKeyFromQuery:c}/", MOMENT, partition_keys=keys) == "c=x/"
    with pytest.raises(KeyError):
        prefixes.evaluate("!{partitionKeyFromLambda:d}/", MOMENT, partition_keys=keys)
