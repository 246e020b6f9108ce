"""Firehose end to end with boto3: the control plane and its errors, delivery to S3 within the buffer
interval (prefixes, compression, delimiters), delivery to an HTTPS endpoint the test runs (request
format, retries, failures to the S3 backup), a Kinesis stream as source, and ``kill -9`` between
``PutRecordBatch`` and the flush losing nothing (embedded)."""

from __future__ import annotations

import base64
import datetime
import gzip
import io
import json
import os
import re
import signal
import ssl
import struct
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import boto3
import cramjam
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from tests.e2e.conftest import ClientFactory, Server

ROLE = "arn:aws:iam::000000000000:role/firehose"
KEY_SUFFIX = re.compile(
    r"-1-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)
DEADLINE_S = 20.0


@pytest.fixture(scope="module")
def firehose(client_factory: ClientFactory) -> Any:
    return client_factory("firehose")


@pytest.fixture(scope="module")
def s3(client_factory: ClientFactory) -> Any:
    return client_factory("s3")


@pytest.fixture
def bucket(s3: Any) -> str:
    name = f"fh-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def unique(prefix: str = "fh") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def s3_destination(bucket: str, **extra: Any) -> dict[str, Any]:
    return {"RoleARN": ROLE, "BucketARN": f"arn:aws:s3:::{bucket}", **extra}


def wait_for_objects(s3: Any, bucket: str, prefix: str = "", count: int = 1) -> list[dict[str, Any]]:
    deadline = time.monotonic() + DEADLINE_S
    while True:
        found = s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
        if len(found) >= count:
            return list(found)
        assert time.monotonic() < deadline, f"no objects under {bucket}/{prefix} after {DEADLINE_S}s"
        time.sleep(0.2)


def body(s3: Any, bucket: str, key: str) -> bytes:
    data: bytes = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    return data


def error_code(exc: pytest.ExceptionInfo[ClientError]) -> str:
    return str(exc.value.response["Error"]["Code"])


# --- control plane ----------------------------------------------------------------------------------


def test_stream_lifecycle_tags_encryption_and_update(firehose: Any, bucket: str) -> None:
    name = unique()
    arn = firehose.create_delivery_stream(
        DeliveryStreamName=name,
        S3DestinationConfiguration=s3_destination(bucket, Prefix="p/"),
        Tags=[{"Key": "team", "Value": "data"}],
    )["DeliveryStreamARN"]
    assert arn == f"arn:aws:firehose:us-east-1:000000000000:deliverystream/{name}"
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    assert d["DeliveryStreamStatus"] == "ACTIVE" and d["VersionId"] == "1"
    assert d["DeliveryStreamType"] == "DirectPut"
    assert d["DeliveryStreamEncryptionConfiguration"] == {"Status": "DISABLED"}
    dest = d["Destinations"][0]
    assert dest["DestinationId"] == "destinationId-000000000001"
    ext = dest["ExtendedS3DestinationDescription"]
    assert ext["BufferingHints"] == {"SizeInMBs": 5, "IntervalInSeconds": 300}
    assert ext["CompressionFormat"] == "UNCOMPRESSED" and ext["Prefix"] == "p/"
    assert dest["S3DestinationDescription"]["BucketARN"] == f"arn:aws:s3:::{bucket}"

    assert name in firehose.list_delivery_streams(Limit=10000)["DeliveryStreamNames"]
    assert (
        name
        not in firehose.list_delivery_streams(DeliveryStreamType="KinesisStreamAsSource", Limit=10000)[
            "DeliveryStreamNames"
        ]
    )
    page = firehose.list_delivery_streams(Limit=1, ExclusiveStartDeliveryStreamName=name[:-1])
    assert len(page["DeliveryStreamNames"]) == 1

    firehose.tag_delivery_stream(DeliveryStreamName=name, Tags=[{"Key": "env", "Value": "dev"}])
    tags = firehose.list_tags_for_delivery_stream(DeliveryStreamName=name, Limit=1)
    assert tags["Tags"] == [{"Key": "env", "Value": "dev"}] and tags["HasMoreTags"] is True
    tags = firehose.list_tags_for_delivery_stream(DeliveryStreamName=name, ExclusiveStartTagKey="env")
    assert tags["Tags"] == [{"Key": "team", "Value": "data"}] and tags["HasMoreTags"] is False
    firehose.untag_delivery_stream(DeliveryStreamName=name, TagKeys=["team"])
    assert firehose.list_tags_for_delivery_stream(DeliveryStreamName=name)["Tags"] == [
        {"Key": "env", "Value": "dev"}
    ]

    firehose.start_delivery_stream_encryption(
        DeliveryStreamName=name, DeliveryStreamEncryptionConfigurationInput={"KeyType": "AWS_OWNED_CMK"}
    )
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    assert d["DeliveryStreamEncryptionConfiguration"] == {"KeyType": "AWS_OWNED_CMK", "Status": "ENABLED"}
    assert firehose.put_record(DeliveryStreamName=name, Record={"Data": b"x"})["Encrypted"] is True
    firehose.stop_delivery_stream_encryption(DeliveryStreamName=name)

    firehose.update_destination(
        DeliveryStreamName=name,
        CurrentDeliveryStreamVersionId="1",
        DestinationId="destinationId-000000000001",
        ExtendedS3DestinationUpdate={
            "CompressionFormat": "GZIP",
            "BufferingHints": {"IntervalInSeconds": 60},
        },
    )
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    ext = d["Destinations"][0]["ExtendedS3DestinationDescription"]
    assert d["VersionId"] == "2" and ext["CompressionFormat"] == "GZIP" and ext["Prefix"] == "p/"
    assert ext["BufferingHints"] == {"SizeInMBs": 5, "IntervalInSeconds": 60}
    with pytest.raises(ClientError) as exc:
        firehose.update_destination(
            DeliveryStreamName=name,
            CurrentDeliveryStreamVersionId="1",
            DestinationId="destinationId-000000000001",
            ExtendedS3DestinationUpdate={"CompressionFormat": "ZIP"},
        )
    assert error_code(exc) == "ConcurrentModificationException"

    firehose.delete_delivery_stream(DeliveryStreamName=name)
    with pytest.raises(ClientError) as exc:
        firehose.describe_delivery_stream(DeliveryStreamName=name)
    assert error_code(exc) == "ResourceNotFoundException"
    assert exc.value.response["Error"]["Message"] == f"Firehose {name} under account 000000000000 not found."


def test_validation_errors_as_aws_gives_them(firehose: Any, bucket: str) -> None:
    with pytest.raises(ClientError) as exc:
        firehose.create_delivery_stream(
            DeliveryStreamName="bad name", S3DestinationConfiguration=s3_destination(bucket)
        )
    assert error_code(exc) == "ValidationException"
    assert exc.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert exc.value.response["Error"]["Message"] == (
        "1 validation error detected: Value 'bad name' at 'deliveryStreamName' failed to satisfy constraint: "
        "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"
    )
    with pytest.raises(ClientError) as exc:
        firehose.create_delivery_stream(
            DeliveryStreamName=unique(),
            ExtendedS3DestinationConfiguration=s3_destination(
                bucket, BufferingHints={"IntervalInSeconds": 901}
            ),
        )
    assert "at 'extendedS3DestinationConfiguration.bufferingHints.intervalInSeconds'" in str(exc.value)
    with pytest.raises(ClientError) as exc:
        firehose.create_delivery_stream(DeliveryStreamName=unique())
    assert error_code(exc) == "InvalidArgumentException"
    with pytest.raises(ClientError) as exc:
        firehose.create_delivery_stream(
            DeliveryStreamName=unique(),
            ExtendedS3DestinationConfiguration=s3_destination(bucket, Prefix="a/!{timestamp:yyyy}/"),
        )
    assert error_code(exc) == "InvalidArgumentException" and "ErrorOutputPrefix" in str(exc.value)

    name = unique()
    firehose.create_delivery_stream(
        DeliveryStreamName=name, S3DestinationConfiguration=s3_destination(bucket)
    )
    with pytest.raises(ClientError) as exc:
        firehose.create_delivery_stream(
            DeliveryStreamName=name, S3DestinationConfiguration=s3_destination(bucket)
        )
    assert error_code(exc) == "ResourceInUseException"
    with pytest.raises(ClientError) as exc:
        firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": b"x"}] * 501)
    assert "Member must have length less than or equal to 500" in str(exc.value)
    with pytest.raises(ClientError) as exc:
        firehose.put_record(DeliveryStreamName=name, Record={"Data": b"x" * 1_024_001})
    assert (
        "at 'record.data' failed to satisfy constraint: Member must have length less than or equal to 1024000"
        in str(exc.value)
    )
    with pytest.raises(ClientError) as exc:
        firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": b"x" * 1_000_000}] * 5)
    assert error_code(exc) == "InvalidArgumentException"
    with pytest.raises(ClientError) as exc:
        firehose.put_record(DeliveryStreamName=unique(), Record={"Data": b"x"})
    assert error_code(exc) == "ResourceNotFoundException"
    firehose.delete_delivery_stream(DeliveryStreamName=name)


# --- S3 delivery ------------------------------------------------------------------------------------


def test_delivers_to_s3_within_the_buffer_interval(firehose: Any, s3: Any, bucket: str) -> None:
    name = unique()
    firehose.create_delivery_stream(
        DeliveryStreamName=name,
        ExtendedS3DestinationConfiguration=s3_destination(
            bucket,
            Prefix="logs/",
            CompressionFormat="GZIP",
            BufferingHints={"SizeInMBs": 1, "IntervalInSeconds": 2},
            ProcessingConfiguration={
                "Enabled": True,
                "Processors": [{"Type": "AppendDelimiterToRecord", "Parameters": []}],
            },
        ),
    )
    started = time.monotonic()
    out = firehose.put_record_batch(
        DeliveryStreamName=name, Records=[{"Data": f"r{i}".encode()} for i in range(50)]
    )
    assert out["FailedPutCount"] == 0 and len({r["RecordId"] for r in out["RequestResponses"]}) == 50
    firehose.put_record(DeliveryStreamName=name, Record={"Data": b"last"})
    [obj] = wait_for_objects(s3, bucket, "logs/")
    elapsed = time.monotonic() - started
    assert 1.5 <= elapsed < 15, elapsed
    now = datetime.datetime.now(datetime.UTC)
    assert obj["Key"].startswith(f"logs/{now:%Y/%m/%d/}"), obj["Key"]
    assert re.fullmatch(rf"logs/\d{{4}}/\d\d/\d\d/\d\d/{name}" + KEY_SUFFIX.pattern + r"\.gz", obj["Key"]), (
        obj["Key"]
    )
    content = gzip.decompress(body(s3, bucket, obj["Key"]))
    # AppendDelimiterToRecord puts LF between the records of an object, not after the last
    assert content == b"\n".join([f"r{i}".encode() for i in range(50)] + [b"last"])
    firehose.delete_delivery_stream(DeliveryStreamName=name)


@pytest.mark.parametrize("compression", ["UNCOMPRESSED", "ZIP", "Snappy", "HADOOP_SNAPPY"])
def test_custom_prefixes_and_compression(firehose: Any, s3: Any, bucket: str, compression: str) -> None:
    name = unique()
    firehose.create_delivery_stream(
        DeliveryStreamName=name,
        ExtendedS3DestinationConfiguration=s3_destination(
            bucket,
            Prefix="dt=!{timestamp:yyyy-MM-dd}/r=!{firehose:random-string}/",
            ErrorOutputPrefix="errors/!{firehose:error-output-type}/",
            CompressionFormat=compression,
            BufferingHints={"SizeInMBs": 1, "IntervalInSeconds": 0},
        ),
    )
    firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": b"alpha"}, {"Data": b"beta"}])
    [obj] = wait_for_objects(s3, bucket, "dt=")
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    ext = {"UNCOMPRESSED": "", "ZIP": ".zip", "Snappy": ".snappy", "HADOOP_SNAPPY": ".snappy"}[compression]
    assert re.fullmatch(
        rf"dt={today}/r=[A-Za-z0-9]{{11}}/{name}" + KEY_SUFFIX.pattern + re.escape(ext), obj["Key"]
    )
    got = s3.get_object(Bucket=bucket, Key=obj["Key"])
    assert got["ContentType"] == "application/octet-stream"
    encoding = {"ZIP": "zip", "Snappy": "snappy-java", "HADOOP_SNAPPY": "hadoop-snappy"}.get(compression)
    assert got.get("ContentEncoding") == encoding
    raw = got["Body"].read()
    if compression == "ZIP":
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            raw = archive.read(archive.namelist()[0])
    elif compression == "Snappy":  # snappy-java's stream: 16-byte header, then length + raw block
        assert raw[:8] == b"\x82SNAPPY\x00"
        (length,) = struct.unpack(">i", raw[16:20])
        raw = bytes(cramjam.snappy.decompress_raw(raw[20 : 20 + length]))
    elif compression == "HADOOP_SNAPPY":  # Hadoop: plain length, compressed length, raw block
        plain, length = struct.unpack(">II", raw[:8])
        raw = bytes(cramjam.snappy.decompress_raw(raw[8 : 8 + length]))
        assert len(raw) == plain
    assert raw == b"alphabeta"  # concatenated as sent: Firehose adds no delimiter by itself
    firehose.delete_delivery_stream(DeliveryStreamName=name)


def test_dynamic_partitioning_by_inline_json_query(firehose: Any, s3: Any, bucket: str) -> None:
    name = unique()
    firehose.create_delivery_stream(
        DeliveryStreamName=name,
        ExtendedS3DestinationConfiguration=s3_destination(
            bucket,
            Prefix="dp/customer=!{partitionKeyFromQuery:customer}/y=!{timestamp:yyyy}/",
            ErrorOutputPrefix="dp-errors/!{firehose:error-output-type}/",
            BufferingHints={"SizeInMBs": 64, "IntervalInSeconds": 1},
            DynamicPartitioningConfiguration={"Enabled": True},
            ProcessingConfiguration={
                "Enabled": True,
                "Processors": [
                    {
                        "Type": "MetadataExtraction",
                        "Parameters": [
                            {
                                "ParameterName": "MetadataExtractionQuery",
                                "ParameterValue": "{customer: .customer.id}",
                            },
                            {"ParameterName": "JsonParsingEngine", "ParameterValue": "JQ-1.6"},
                        ],
                    },
                    {"Type": "AppendDelimiterToRecord", "Parameters": []},
                ],
            },
        ),
    )
    records = [{"customer": {"id": c}, "n": i} for i, c in enumerate("abab")]
    data = [json.dumps(r).encode() for r in records] + [b"not json"]
    firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": d} for d in data])
    objects = wait_for_objects(s3, bucket, "dp", count=3)
    year = datetime.datetime.now(datetime.UTC).year
    by_prefix = {o["Key"].rsplit("/", 1)[0]: body(s3, bucket, o["Key"]) for o in objects}
    assert by_prefix[f"dp/customer=a/y={year}"] == data[0] + b"\n" + data[2]
    assert by_prefix[f"dp/customer=b/y={year}"] == data[1] + b"\n" + data[3]
    [failed] = [v for k, v in by_prefix.items() if k.startswith("dp-errors/partitioning-failed/")]
    failure = json.loads(failed)
    assert base64.b64decode(failure["rawData"]) == b"not json"
    with pytest.raises(ClientError) as exc:
        firehose.create_delivery_stream(
            DeliveryStreamName=unique(),
            ExtendedS3DestinationConfiguration=s3_destination(
                bucket,
                Prefix="dp/!{partitionKeyFromQuery:customer}/",
                BufferingHints={"SizeInMBs": 64},
                DynamicPartitioningConfiguration={"Enabled": True},
            ),
        )
    assert error_code(exc) == "InvalidArgumentException"
    firehose.delete_delivery_stream(DeliveryStreamName=name)


def test_lambda_processing_without_lambda_fails_to_the_error_prefix_and_backup_keeps_source(
    firehose: Any, s3: Any, bucket: str
) -> None:
    name = unique()
    fn = "arn:aws:lambda:us-east-1:000000000000:function:transform"
    firehose.create_delivery_stream(
        DeliveryStreamName=name,
        ExtendedS3DestinationConfiguration=s3_destination(
            bucket,
            Prefix="ok/",
            BufferingHints={"IntervalInSeconds": 0},
            ProcessingConfiguration={
                "Enabled": True,
                "Processors": [
                    {
                        "Type": "Lambda",
                        "Parameters": [
                            {"ParameterName": "LambdaArn", "ParameterValue": fn},
                            {"ParameterName": "NumberOfRetries", "ParameterValue": "0"},
                        ],
                    }
                ],
            },
            S3BackupMode="Enabled",
            S3BackupConfiguration=s3_destination(bucket, Prefix="backup/"),
        ),
    )
    firehose.put_record(DeliveryStreamName=name, Record={"Data": b"payload"})
    # no ErrorOutputPrefix: the error type's folder under the destination's prefix
    [failed] = wait_for_objects(s3, bucket, "ok/processing-failed/")
    [backup] = wait_for_objects(s3, bucket, "backup/")
    assert re.match(r"ok/processing-failed/\d{4}/\d\d/\d\d/\d\d/", failed["Key"])
    doc = json.loads(body(s3, bucket, failed["Key"]))
    assert doc["errorCode"] == "Lambda.FunctionNotFound" and doc["lambdaARN"] == fn
    assert base64.b64decode(doc["rawData"]) == b"payload" and doc["attemptsMade"] == 1
    assert body(s3, bucket, backup["Key"]) == b"payload"
    assert [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="ok/")["Contents"]] == [failed["Key"]]
    firehose.delete_delivery_stream(DeliveryStreamName=name)


# --- HTTP endpoint delivery ------------------------------------------------------------------------


class Endpoint:
    """An HTTPS server (self-signed) that records Firehose's requests and answers as told."""

    def __init__(self, cert_dir: Path) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.status = 200
        self.echo_request_id = True
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                headers = {k.lower(): v for k, v in self.headers.items()}
                endpoint.requests.append((headers, raw))
                rid = headers.get("x-amz-firehose-request-id", "") if endpoint.echo_request_id else "nope"
                answer = json.dumps({"requestId": rid, "timestamp": int(time.time() * 1000)}).encode()
                self.send_response(endpoint.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        cert, key = self_signed(cert_dir)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.server.server_address[1]}/ingest?token=abc"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait(self, count: int = 1) -> list[tuple[dict[str, str], bytes]]:
        deadline = time.monotonic() + DEADLINE_S
        while len(self.requests) < count:
            assert time.monotonic() < deadline, "the endpoint got no request in time"
            time.sleep(0.1)
        return self.requests


def self_signed(directory: Path) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return str(cert_path), str(key_path)


@pytest.fixture
def https_endpoint(tmp_path: Path) -> Iterator[Endpoint]:
    server = Endpoint(tmp_path)
    yield server
    server.close()


def http_destination(endpoint: Endpoint, bucket: str, **extra: Any) -> dict[str, Any]:
    return {
        "EndpointConfiguration": {"Url": endpoint.url, "Name": "test endpoint", "AccessKey": "secret-key"},
        "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 1},
        "RequestConfiguration": {
            "ContentEncoding": "GZIP",
            "CommonAttributes": [{"AttributeName": "env", "AttributeValue": "test"}],
        },
        "RoleARN": ROLE,
        "S3Configuration": s3_destination(bucket, Prefix="backup/"),
        **extra,
    }


def test_http_endpoint_receives_firehose_requests(
    firehose: Any, bucket: str, https_endpoint: Endpoint
) -> None:
    name = unique()
    arn = firehose.create_delivery_stream(
        DeliveryStreamName=name, HttpEndpointDestinationConfiguration=http_destination(https_endpoint, bucket)
    )["DeliveryStreamARN"]
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    described = d["Destinations"][0]["HttpEndpointDestinationDescription"]
    assert described["EndpointConfiguration"] == {
        "Url": https_endpoint.url,
        "Name": "test endpoint",
    }  # no AccessKey
    assert described["S3BackupMode"] == "FailedDataOnly"
    firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": b"one"}, {"Data": b"two"}])
    [(headers, raw)] = https_endpoint.wait()
    assert headers["content-type"] == "application/json" and headers["content-encoding"] == "gzip"
    assert headers["x-amz-firehose-protocol-version"] == "1.0"
    assert headers["x-amz-firehose-access-key"] == "secret-key"
    assert headers["x-amz-firehose-source-arn"] == arn
    assert json.loads(headers["x-amz-firehose-common-attributes"]) == {"commonAttributes": {"env": "test"}}
    document = json.loads(gzip.decompress(raw))
    assert document["requestId"] == headers["x-amz-firehose-request-id"]
    assert isinstance(document["timestamp"], int)
    assert [base64.b64decode(r["data"]) for r in document["records"]] == [b"one", b"two"]
    firehose.delete_delivery_stream(DeliveryStreamName=name)


def test_http_endpoint_failures_are_retried_then_backed_up_to_s3(
    firehose: Any, s3: Any, bucket: str, https_endpoint: Endpoint
) -> None:
    https_endpoint.status = 500
    name = unique()
    firehose.create_delivery_stream(
        DeliveryStreamName=name,
        HttpEndpointDestinationConfiguration=http_destination(
            https_endpoint,
            bucket,
            RetryOptions={"DurationInSeconds": 2},
            RequestConfiguration={"ContentEncoding": "NONE"},
        ),
    )
    firehose.put_record(DeliveryStreamName=name, Record={"Data": b"lost?"})
    [failed] = wait_for_objects(s3, bucket, "backup/http-endpoint-failed/")
    assert len(https_endpoint.requests) >= 2  # retried within DurationInSeconds
    assert (
        len({h["x-amz-firehose-request-id"] for h, _ in https_endpoint.requests}) == 1
    )  # one id across retries
    doc = json.loads(body(s3, bucket, failed["Key"]))
    assert doc["errorCode"] == "HttpEndpoint.ResponseFailure" and base64.b64decode(doc["rawData"]) == b"lost?"
    firehose.delete_delivery_stream(DeliveryStreamName=name)


# --- Kinesis as source -------------------------------------------------------------------------------


def test_kinesis_stream_as_source_delivers_to_s3(
    client_factory: ClientFactory, firehose: Any, s3: Any, bucket: str
) -> None:
    kinesis = client_factory("kinesis")
    stream = unique("src")
    kinesis.create_stream(StreamName=stream, ShardCount=2)
    deadline = time.monotonic() + DEADLINE_S
    while (
        kinesis.describe_stream_summary(StreamName=stream)["StreamDescriptionSummary"]["StreamStatus"]
        != "ACTIVE"
    ):
        assert time.monotonic() < deadline
        time.sleep(0.2)
    stream_arn = kinesis.describe_stream_summary(StreamName=stream)["StreamDescriptionSummary"]["StreamARN"]
    name = unique()
    firehose.create_delivery_stream(
        DeliveryStreamName=name,
        DeliveryStreamType="KinesisStreamAsSource",
        KinesisStreamSourceConfiguration={"KinesisStreamARN": stream_arn, "RoleARN": ROLE},
        ExtendedS3DestinationConfiguration=s3_destination(
            bucket, Prefix="k/", BufferingHints={"IntervalInSeconds": 1}
        ),
    )
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    assert d["Source"]["KinesisStreamSourceDescription"]["KinesisStreamARN"] == stream_arn
    with pytest.raises(ClientError) as refused:
        firehose.put_record(DeliveryStreamName=name, Record={"Data": b"x"})
    assert error_code(refused) == "InvalidArgumentException"
    sent = {f"k{i}".encode() for i in range(20)}
    for data in sorted(sent):
        kinesis.put_record(StreamName=stream, Data=data, PartitionKey=data.decode())
    got: set[bytes] = set()
    deadline = time.monotonic() + DEADLINE_S
    while got != sent:
        assert time.monotonic() < deadline, f"missing {sent - got}"
        got = set()
        for obj in s3.list_objects_v2(Bucket=bucket, Prefix="k/").get("Contents", []):
            got |= set(re.findall(rb"k\d+", body(s3, bucket, obj["Key"])))
        time.sleep(0.3)
    firehose.delete_delivery_stream(DeliveryStreamName=name)


# --- durability ------------------------------------------------------------------------------------


def client(url: str, service: str) -> Any:
    return boto3.session.Session().client(
        service,
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def test_kill_9_between_put_record_batch_and_flush_loses_nothing(
    launch: Callable[..., Server], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    server = launch(data_dir)
    firehose, s3 = client(server.url, "firehose"), client(server.url, "s3")
    s3.create_bucket(Bucket="durable")
    firehose.create_delivery_stream(
        DeliveryStreamName="durable",
        ExtendedS3DestinationConfiguration=s3_destination(
            "durable", BufferingHints={"IntervalInSeconds": 900}
        ),
    )
    sent = [f"rec-{i:04d};".encode() for i in range(1000)]
    for start in range(0, len(sent), 250):
        out = firehose.put_record_batch(
            DeliveryStreamName="durable", Records=[{"Data": d} for d in sent[start : start + 250]]
        )
        assert out["FailedPutCount"] == 0
    assert s3.list_objects_v2(Bucket="durable").get("KeyCount") == 0  # still buffered (900 s)
    assert server.process is not None
    os.kill(server.process.pid, signal.SIGKILL)
    assert server.process.wait(10) == -signal.SIGKILL

    # the restarted server caps intervals at 1 s: the buffer found in the log flushes at once
    server = launch(data_dir, env={"OVERCAST_FIREHOSE_MAX_INTERVAL_S": "1"})
    s3 = client(server.url, "s3")
    objects = wait_for_objects(s3, "durable")
    content = b"".join(body(s3, "durable", o["Key"]) for o in objects)
    assert content == b"".join(sent)
