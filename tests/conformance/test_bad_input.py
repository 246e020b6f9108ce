"""Bad input gets the error AWS would give — never a 500, never a traceback — for every implemented operation.

Cases come from botocore's models (``badinput.py``): for each operation a provider implements, required
members missing, strings empty / too long / off pattern, integers out of range or of the wrong type,
unknown enum values, and a baseline call naming resources that do not exist; plus raw malformed requests
per protocol. They go through botocore with ``parameter_validation=False`` (or signed by hand, for the
raw ones) to one embedded server. Every answer must be < 500, parse in the service's protocol, carry a
modeled or documented-common error code with the status the model gives it, and leave no traceback in
the server log.

Known failures are in ``known_failures.KNOWN`` (strict xfail: a fix makes its case fail here until the
line is removed). Run it alone (``pytest tests/conformance``); ``-n 2`` gives each xdist worker a server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import boto3
import botocore.handlers
import botocore.parsers
import cbor2
import httpx
import pytest
from badinput import (
    COMMON_STATUS,
    REGION,
    SERVICES,
    Case,
    allowed_codes,
    implemented_operations,
    operation_cases,
    service_model,
    wrong_json_body,
    wrong_query_params,
)
from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from botocore.model import OperationModel
from known_failures import KNOWN

ENDPOINT = "http://overcast.invalid"  # replaced by the server's URL when a case is sent
RAW_BUCKET = "ocfz-raw-bucket"  # the one bucket that exists, for the raw S3 bodies
SERIALIZATION = ("SerializationException", 400)


@dataclass
class Answer:
    status: int
    code: str
    message: str


class Harness:
    """Clients for every service, a log watcher, and the checks every answer goes through."""

    def __init__(self, server: Any) -> None:
        self.url: str = server.url
        self.log_path: Path = server.log_path
        self._offset = self.log_path.stat().st_size
        config = Config(
            parameter_validation=False,
            retries={"total_max_attempts": 1},
            connect_timeout=5,
            read_timeout=20,
            s3={"addressing_style": "path"},
        )
        session = boto3.session.Session(
            aws_access_key_id="test", aws_secret_access_key="test", region_name=REGION
        )
        self.clients = {
            svc: session.client(svc, endpoint_url=self.url, config=config)  # type: ignore[call-overload]
            for svc in SERVICES
        }
        # botocore checks bucket names itself even without parameter validation; the server must
        self.clients["s3"].meta.events.unregister(
            "before-parameter-build.s3", botocore.handlers.validate_bucket_name
        )
        self.http = httpx.Client(timeout=20)

    def new_log(self) -> str:
        with self.log_path.open("rb") as f:
            f.seek(self._offset)
            text = f.read().decode(errors="replace")
        self._offset += len(text.encode(errors="replace"))
        return text

    def call(self, case: Case) -> Answer:
        client = self.clients[case.service]
        params = _with_endpoint(case.params, self.url)
        try:
            result = client._make_api_call(case.operation, params)
        except ClientError as exc:
            error = exc.response.get("Error", {})
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
            return Answer(status, str(error.get("Code", "")), str(error.get("Message", "")))
        _drain(result)
        return Answer(result["ResponseMetadata"]["HTTPStatusCode"], "", "")


def _with_endpoint(value: Any, url: str) -> Any:
    if isinstance(value, str):
        return value.replace(ENDPOINT, url)
    if isinstance(value, dict):
        return {k: _with_endpoint(v, url) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_endpoint(v, url) for v in value]
    return value


def _drain(result: dict[str, Any]) -> None:
    for value in result.values():
        close = getattr(value, "close", None)
        if callable(close):
            close()


@pytest.fixture(scope="session")
def harness(overcast: Any) -> Iterator[Harness]:
    h = Harness(overcast)
    yield h
    h.http.close()


def _status_of(service: str, operation: str, code: str) -> int | None:
    """The HTTP status the model gives error ``code`` (None when it does not say)."""
    model = service_model(service)
    for shape in model.operation_model(operation).error_shapes:
        error = shape.metadata.get("error", {})
        if code in (shape.name, error.get("code")) and "httpStatusCode" in error:
            return int(error["httpStatusCode"])
    return None


def check(service: str, operation: str, answer: Answer, log: str, *, expect_error: bool) -> None:
    assert answer.status < 500, f"{answer.status} {answer.code}: {answer.message}"
    assert "Traceback" not in log, log[-3000:]
    if answer.status < 300:
        assert not expect_error, f"accepted ({answer.status}); AWS rejects this input"
        return
    assert answer.code in allowed_codes(service, operation), (
        f"{answer.status} {answer.code!r} is neither modeled for {operation} nor a common error: {answer.message}"
    )
    modeled = _status_of(service, operation, answer.code) or COMMON_STATUS.get(answer.code)
    if modeled is not None:
        assert answer.status == modeled, f"{answer.code} came with {answer.status}, the model says {modeled}"


def _params(cases: Iterator[Case]) -> list[Any]:
    out = []
    for case in cases:
        marks = []
        if case.id in KNOWN:
            reason, issue = KNOWN[case.id]
            marks.append(pytest.mark.xfail(strict=True, reason=f"#{issue}: {reason}"))
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


MODEL_CASES = _params(c for svc in SERVICES for c in operation_cases(svc, ENDPOINT))


@pytest.mark.parametrize("case", MODEL_CASES)
def test_model_case(harness: Harness, case: Case) -> None:
    answer = harness.call(case)
    check(case.service, case.operation, answer, harness.new_log(), expect_error=case.expect_error)


# --- raw malformed requests, per protocol ---------------------------------------------------------


@dataclass
class Raw:
    id: str
    service: str
    operation: str  # the operation whose error table applies (and whose output shape parses it)
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    expect_error: bool = True
    """False where AWS may accept it (unknown members are ignored); it must still never 500."""
    expect: tuple[str, int] | None = None
    """The exact (code, status) AWS answers, where it is certain."""


def _json_raw(service: str) -> Iterator[Raw]:
    model = service_model(service)
    op = implemented_operations(service)[0]
    prefix = model.metadata["targetPrefix"]
    content_type = f"application/x-amz-json-{model.metadata['jsonVersion']}"
    headers = {"Content-Type": content_type}
    yield Raw(f"{service}.raw-invalid-json", service, op, "POST", "/",
              {**headers, "X-Amz-Target": f"{prefix}.{op}"}, b'{"Name": ', expect=SERIALIZATION)  # fmt: skip
    yield Raw(f"{service}.raw-json-array", service, op, "POST", "/",
              {**headers, "X-Amz-Target": f"{prefix}.{op}"}, b"[1, 2]")  # fmt: skip
    yield Raw(f"{service}.raw-json-not-utf8", service, op, "POST", "/",
              {**headers, "X-Amz-Target": f"{prefix}.{op}"}, b'{"a": "\xff\xfe"}')  # fmt: skip
    yield Raw(f"{service}.raw-deep-nesting", service, op, "POST", "/",
              {**headers, "X-Amz-Target": f"{prefix}.{op}"}, b'{"a":' * 50_000 + b"1" + b"}" * 50_000)  # fmt: skip
    for name in implemented_operations(service):
        body = wrong_json_body(model.operation_model(name).input_shape)
        if body:
            yield Raw(f"{service}.raw-wrong-types-{name}", service, name, "POST", "/",
                      {**headers, "X-Amz-Target": f"{prefix}.{name}"}, json.dumps(body).encode())  # fmt: skip
    yield Raw(f"{service}.raw-unknown-target", service, op, "POST", "/",
              {**headers, "X-Amz-Target": f"{prefix}.NoSuchOperation"}, b"{}",
              expect=("UnknownOperationException", 400))  # fmt: skip
    yield Raw(f"{service}.raw-target-without-operation", service, op, "POST", "/",
              {**headers, "X-Amz-Target": prefix}, b"{}")  # fmt: skip


def _query_raw(service: str) -> Iterator[Raw]:
    model = service_model(service)
    # an operation with no required member: what breaks must be the encoding, not a missing member
    op = next(
        name
        for name in implemented_operations(service)
        if not getattr(model.operation_model(name).input_shape, "required_members", None)
    )
    version = model.api_version
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    yield Raw(f"{service}.raw-unknown-action", service, op, "POST", "/", headers,
              f"Action=NoSuchAction&Version={version}".encode(), expect=("InvalidAction", 400))  # fmt: skip
    yield Raw(f"{service}.raw-missing-action", service, op, "POST", "/", headers,
              f"Version={version}".encode())  # fmt: skip
    yield Raw(f"{service}.raw-bad-percent-encoding", service, op, "POST", "/", headers,
              f"Action={op}&Version={version}&Name=%zz%".encode(), expect_error=False)  # fmt: skip
    for name in implemented_operations(service):
        wrong = wrong_query_params(model.operation_model(name).input_shape)
        if wrong:
            query = urlencode([("Action", name), ("Version", version), *wrong]).encode()
            typed = any(not key.count(".") for key, _ in wrong)  # an undecodable number, bool or date
            yield Raw(f"{service}.raw-wrong-types-{name}", service, name, "POST", "/", headers, query,
                      expect_error=typed)  # fmt: skip
    yield Raw(f"{service}.raw-bad-list-index", service, op, "POST", "/", headers,
              f"Action={op}&Version={version}&Attributes.entry.x.key=a&Foo.member.-1=b".encode(),
              expect_error=False)  # fmt: skip


def _xray_raw() -> Iterator[Raw]:
    headers = {"Content-Type": "application/json"}
    for op in ("PutTraceSegments", "GetTraceSummaries", "CreateGroup"):
        uri = service_model("xray").operation_model(op).http["requestUri"]
        yield Raw(f"xray.raw-invalid-json-{op}", "xray", op, "POST", uri, headers, b'{"x": [')
        yield Raw(f"xray.raw-json-array-{op}", "xray", op, "POST", uri, headers, b"[]")
    model = service_model("xray")
    for name in implemented_operations("xray"):
        op = model.operation_model(name)
        body = wrong_json_body(op.input_shape)
        if body and "{" not in op.http["requestUri"]:
            yield Raw(f"xray.raw-wrong-types-{name}", "xray", name, op.http["method"], op.http["requestUri"],
                      headers, json.dumps(body).encode())  # fmt: skip
    yield Raw("xray.raw-deep-nesting", "xray", "CreateGroup", "POST", "/CreateGroup", headers,
              b"[" * 100_000 + b"]" * 100_000)  # fmt: skip
    yield Raw("xray.raw-unknown-path", "xray", "GetGroups", "POST", "/NoSuchOperation", headers, b"{}")


def _cbor_raw() -> Iterator[Raw]:
    headers = {"Content-Type": "application/x-amz-cbor-1.1", "X-Amz-Target": "Kinesis_20131202.PutRecord"}
    bodies = {
        "garbage": b"\xff\xfe\x00garbage",
        "array": b"\x82\x01\x02",
        "deep-nesting": b"\xbf" * 100_000,
        "truncated": b"\x5a\xff\xff\xff\xff",
        "bad-datetime-tag": b"\xa1\x64Data\xc1\x61x",
        "wrong-types": cbor2.dumps({"StreamName": 1, "Data": "text", "PartitionKey": True}),
    }
    for name, body in bodies.items():
        yield Raw(f"kinesis.raw-cbor-{name}", "kinesis", "PutRecord", "POST", "/", headers, body,
                  expect=SERIALIZATION)  # fmt: skip


def _s3_typed_xml() -> Iterator[Raw]:
    xml = {"Content-Type": "application/xml"}
    rule = (
        "<LifecycleConfiguration><Rule><ID>x</ID><Status>Enabled</Status><Filter><Prefix></Prefix></Filter>"
    )
    lifecycle = f"/{RAW_BUCKET}?lifecycle"
    yield Raw("s3.raw-xml-bad-integer", "s3", "PutBucketLifecycleConfiguration", "PUT", lifecycle, xml,
              f"{rule}<Expiration><Days>abc</Days></Expiration></Rule></LifecycleConfiguration>".encode(),
              expect=("MalformedXML", 400))  # fmt: skip
    yield Raw("s3.raw-xml-bad-date", "s3", "PutBucketLifecycleConfiguration", "PUT", lifecycle, xml,
              f"{rule}<Expiration><Date>yesterday</Date></Expiration></Rule></LifecycleConfiguration>".encode(),
              expect=("MalformedXML", 400))  # fmt: skip
    yield Raw("s3.raw-xml-bad-boolean", "s3", "PutPublicAccessBlock", "PUT", f"/{RAW_BUCKET}?publicAccessBlock",
              xml, b"<PublicAccessBlockConfiguration><BlockPublicAcls>maybe</BlockPublicAcls>"
              b"</PublicAccessBlockConfiguration>", expect=("MalformedXML", 400))  # fmt: skip
    yield Raw("s3.raw-delete-object-without-key", "s3", "DeleteObjects", "POST", f"/{RAW_BUCKET}?delete", xml,
              b"<Delete><Object></Object></Delete>", expect=("MalformedXML", 400))  # fmt: skip
    yield Raw("s3.raw-header-bad-integer", "s3", "ListObjectsV2", "GET", f"/{RAW_BUCKET}?list-type=2&max-keys=abc",
              {}, b"")  # fmt: skip
    yield Raw("s3.raw-header-bad-date", "s3", "GetObject", "GET", f"/{RAW_BUCKET}/k",
              {"If-Modified-Since": "yesterday"}, b"")  # fmt: skip


def _s3_raw() -> Iterator[Raw]:
    model = service_model("s3")
    for op_name in implemented_operations("s3"):
        op = model.operation_model(op_name)
        payload = op.input_shape.serialization.get("payload") if op.input_shape else None
        if not payload or op.input_shape.members[payload].type_name != "structure":  # type: ignore[union-attr]
            continue
        uri = op.http["requestUri"].replace("{Bucket}", RAW_BUCKET).replace("{Key+}", "k")
        # required query members (CompleteMultipartUpload's uploadId) keep the request on this operation
        for name in op.input_shape.required_members:  # type: ignore[union-attr]
            member = op.input_shape.members[name]  # type: ignore[union-attr]
            if member.serialization.get("location") == "querystring":
                uri += ("&" if "?" in uri else "?") + f"{member.serialization['name']}=ocfz-missing"
        headers = {"Content-Type": "application/xml"}
        yield Raw(f"s3.raw-malformed-xml-{op_name}", "s3", op_name, op.http["method"], uri, headers,
                  b"<Broken><Unclosed>", expect=("MalformedXML", 400))  # fmt: skip
        yield Raw(f"s3.raw-wrong-root-{op_name}", "s3", op_name, op.http["method"], uri, headers,
                  b"<?xml version='1.0'?><NotTheRightRoot><X>1</X></NotTheRightRoot>",
                  expect=("MalformedXML", 400))  # fmt: skip


def _raw_cases() -> list[Any]:
    raws: list[Raw] = []
    for svc in ("sqs", "kinesis", "firehose", "cloudtrail"):
        raws += _json_raw(svc)
    for svc in ("sts", "sns"):
        raws += _query_raw(svc)
    raws += _xray_raw()
    raws += _s3_raw()
    raws += _s3_typed_xml()
    raws += _cbor_raw()
    out = []
    for raw in raws:
        marks = []
        if raw.id in KNOWN:
            reason, issue = KNOWN[raw.id]
            marks.append(pytest.mark.xfail(strict=True, reason=f"#{issue}: {reason}"))
        out.append(pytest.param(raw, id=raw.id, marks=marks))
    return out


@pytest.fixture(scope="session")
def raw_bucket(harness: Harness) -> str:
    harness.clients["s3"].create_bucket(Bucket=RAW_BUCKET)
    harness.new_log()
    return RAW_BUCKET


def send_raw(harness: Harness, raw: Raw) -> Answer:
    model = service_model(raw.service)
    signing_name = model.signing_name or raw.service
    request = AWSRequest(
        method=raw.method, url=f"{harness.url}{raw.path}", data=raw.body, headers=raw.headers
    )
    credentials = Credentials("test", "test")
    signer = (S3SigV4Auth if raw.service == "s3" else SigV4Auth)(credentials, signing_name, REGION)
    signer.add_auth(request)
    prepared = request.prepare()
    response = harness.http.request(
        prepared.method, prepared.url, headers=dict(prepared.headers.items()), content=raw.body
    )
    if response.status_code < 300:
        return Answer(response.status_code, "", "")
    if response.headers.get("content-type", "").startswith("application/x-amz-cbor"):
        # botocore's kinesis model speaks JSON; a CBOR caller gets its error in CBOR
        body = cbor2.loads(response.content)
        return Answer(response.status_code, str(body["__type"]).split("#")[-1], str(body.get("message", "")))
    op: OperationModel = model.operation_model(raw.operation)
    parser = botocore.parsers.create_parser(model.protocol)
    parsed = parser.parse(
        {"status_code": response.status_code, "headers": dict(response.headers), "body": response.content},
        op.output_shape,
    )
    error = parsed.get("Error", {})
    return Answer(response.status_code, str(error.get("Code", "")), str(error.get("Message", "")))


@pytest.mark.parametrize("raw", _raw_cases())
def test_raw_malformed(harness: Harness, raw_bucket: str, raw: Raw) -> None:
    answer = send_raw(harness, raw)
    check(raw.service, raw.operation, answer, harness.new_log(), expect_error=raw.expect_error)
    if raw.expect is not None:
        assert (answer.code, answer.status) == raw.expect, answer.message


def test_cases_cover_every_implemented_operation() -> None:
    covered = {(p.values[0].service, p.values[0].operation) for p in MODEL_CASES}
    expected = {(svc, op) for svc in SERVICES for op in implemented_operations(svc)}
    assert covered == expected
    assert len(MODEL_CASES) > 3 * len(expected)


def test_known_failures_name_real_cases() -> None:
    ids = {p.id for p in MODEL_CASES} | {p.id for p in _raw_cases()}
    assert set(KNOWN) <= ids, sorted(set(KNOWN) - ids)
