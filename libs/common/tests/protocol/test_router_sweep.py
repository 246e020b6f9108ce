"""Every operation of every botocore service, built and signed by botocore, must route back to itself.

For each operation we fill the input's required members with minimal valid values (honouring min
lengths/counts and enums), let botocore serialize and sign it for ``http://localhost:4566`` and
assert
that ``detect_service`` / ``detect_operation`` name the same service and operation and recover the
URI labels the input carried. S3 is swept twice (path-style and virtual-hosted); services that list
several protocols are swept once per protocol (CloudWatch: json, rpc-v2-cbor, query) and SQS also
in the query form old SDKs send.

The services of the 100 % bar (and s3control) go through a real botocore client — every customization,
endpoint rule set and host prefix included — caught in ``before-send`` (no network). The other ~400
use botocore's serializer, ``prepare_request_dict`` and SigV4/bearer signer directly: the same wire
form for routing purposes, at a tenth of the cost, which keeps the sweep near 30 s.

Run ``python libs/common/tests/protocol/test_router_sweep.py`` for the per-service table.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import botocore.session
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSPreparedRequest, create_request_object, prepare_request_dict
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.model import OperationModel, Shape, StructureShape
from botocore.serialize import create_serializer
from botocore.tokens import FrozenAuthToken
from overcast_common.http import Headers, HttpRequest
from overcast_common.protocol.router import detect_operation, detect_service

REQUIRED_SERVICES = [
    "s3",
    "sqs",
    "sns",
    "kinesis",
    "firehose",
    "dynamodb",
    "dynamodbstreams",
    "lambda",
    "iam",
    "sts",
    "cloudwatch",
    "logs",
    "events",
    "xray",
    "cloudtrail",
    "cloudformation",
    "elasticache",
    "secretsmanager",
    "ssm",
    "kms",
    "rds",
    "ec2",
    "route53",
]

# The one place every known miss is listed, with its reason. A listed case that starts passing
# fails the sweep, so this list can only shrink.
WIRE_IDENTICAL_ALIASES: dict[tuple[str, str], tuple[str, str, str]] = {
    # (service, operation) -> (service, operation it routes to, reason)
    **{
        ("s3", old): ("s3", new, "deprecated twin: same method, path and sub-resource; the current one wins")
        for old, new in (
            ("GetBucketLifecycle", "GetBucketLifecycleConfiguration"),
            ("PutBucketLifecycle", "PutBucketLifecycleConfiguration"),
            ("GetBucketNotification", "GetBucketNotificationConfiguration"),
            ("PutBucketNotification", "PutBucketNotificationConfiguration"),
        )
    },
}
# Whole services whose every operation is, on the wire, another service's operation.
SERVICE_ALIASES: dict[str, tuple[str, str]] = {
    "docdb": ("rds", "the DocumentDB API is the RDS API (same endpoint, signing name, Version, actions)"),
    "neptune": ("rds", "the Neptune API is the RDS API (same endpoint, signing name, Version, actions)"),
}
_SHARED = "shares signing name and an identical method+path with {twin}; only Host tells them apart"
_MISS_GROUPS: tuple[tuple[str, str, str], ...] = (
    # (service, reason, operations)
    (
        "bedrock-agent-runtime",
        _SHARED.format(twin="bedrock-agent"),
        "InvokeInlineAgent ListTagsForResource TagResource UntagResource",
    ),
    (
        "bedrock-data-automation",
        _SHARED.format(twin="bedrock"),
        "ListTagsForResource TagResource UntagResource",
    ),
    *(
        (svc, _SHARED.format(twin="chime-sdk-voice"), "ListTagsForResource TagResource UntagResource")
        for svc in (
            "chime-sdk-identity",
            "chime-sdk-media-pipelines",
            "chime-sdk-meetings",
            "chime-sdk-messaging",
        )
    ),
    (
        "chime-sdk-voice",
        _SHARED.format(twin="chime (the voice APIs moved out of it)"),
        "BatchDeletePhoneNumber BatchUpdatePhoneNumber CreatePhoneNumberOrder DeletePhoneNumber "
        "GetGlobalSettings "
        "GetPhoneNumber GetPhoneNumberOrder GetPhoneNumberSettings ListPhoneNumberOrders ListPhoneNumbers "
        "ListSupportedPhoneNumberCountries RestorePhoneNumber SearchAvailablePhoneNumbers "
        "UpdateGlobalSettings "
        "UpdatePhoneNumber UpdatePhoneNumberSettings",
    ),
    (
        "greengrassv2",
        _SHARED.format(twin="greengrass"),
        "AssociateServiceRoleToAccount DisassociateServiceRoleFromAccount GetConnectivityInfo "
        "GetServiceRoleForAccount ListTagsForResource TagResource UntagResource UpdateConnectivityInfo",
    ),
    ("ivs-realtime", _SHARED.format(twin="ivs"), "ListTagsForResource TagResource UntagResource"),
    (
        "lex-models",
        _SHARED.format(twin="lexv2-models"),
        "DeleteBot GetImport ListTagsForResource StartImport TagResource UntagResource",
    ),
    (
        "pinpoint-sms-voice",
        _SHARED.format(twin="sms-voice (its renamed copy)"),
        "CreateConfigurationSet CreateConfigurationSetEventDestination DeleteConfigurationSet "
        "DeleteConfigurationSetEventDestination GetConfigurationSetEventDestinations ListConfigurationSets "
        "SendVoiceMessage UpdateConfigurationSetEventDestination",
    ),
    (
        "qconnect",
        _SHARED.format(twin="wisdom (its predecessor)"),
        "CreateAssistant CreateAssistantAssociation CreateContent CreateKnowledgeBase CreateQuickResponse "
        "CreateSession DeleteAssistant DeleteAssistantAssociation DeleteContent DeleteImportJob "
        "DeleteKnowledgeBase "
        "DeleteQuickResponse GetAssistant GetAssistantAssociation GetContent GetContentSummary GetImportJob "
        "GetKnowledgeBase GetQuickResponse GetRecommendations GetSession "
        "ListAssistantAssociations ListAssistants "
        "ListContents ListImportJobs ListKnowledgeBases ListQuickResponses ListTagsForResource "
        "NotifyRecommendationsReceived QueryAssistant RemoveKnowledgeBaseTemplateUri SearchContent "
        "SearchQuickResponses SearchSessions StartContentUpload StartImportJob TagResource UntagResource "
        "UpdateContent UpdateKnowledgeBaseTemplateUri UpdateQuickResponse",
    ),
    ("signer-data", _SHARED.format(twin="signer"), "GetRevocationStatus"),
    (
        "timestream-write",
        "same signing name and X-Amz-Target prefix as timestream-query; only Host "
        "(ingest. vs query.) tells these shared operations apart",
        "DescribeEndpoints ListTagsForResource TagResource UntagResource",
    ),
    *(
        (
            svc,
            "unsigned REST call: with no credential scope and a localhost Host it is an anonymous S3 "
            "request; routes correctly when Host names the service (oidc./portal.sso./signin.<region>...)",
            ops,
        )
        for svc, ops in (
            ("signin", "CreateOAuth2Token"),
            ("sso", "GetRoleCredentials ListAccountRoles ListAccounts Logout"),
            ("sso-oidc", "CreateToken RegisterClient StartDeviceAuthorization"),
        )
    ),
)
KNOWN_MISSES: dict[tuple[str, str], str] = {
    (svc, op): reason for svc, reason, ops in _MISS_GROUPS for op in ops.split()
}
"""(service, operation) -> why it cannot route; every entry counts against the 98 % bar."""


UNBUILDABLE = "botocore cannot build this request (no client method: bidirectional event stream)"


# Values botocore itself needs to be real to build the request at all.
INPUT_OVERRIDES: dict[tuple[str, str], dict[str, Any]] = {
    ("machinelearning", "Predict"): {"PredictEndpoint": "http://localhost:4566"},
    **{
        ("cloudfront-keyvaluestore", op): {"KvsARN": "arn:aws:cloudfront::000000000000:key-value-store/x1"}
        for op in ("DeleteKey", "DescribeKeyValueStore", "GetKey", "ListKeys", "PutKey", "UpdateKeys")
    },
}


class _Captured(Exception):
    def __init__(self, request: AWSPreparedRequest) -> None:
        super().__init__("captured")
        self.request = request


# --- minimal inputs ------------------------------------------------------------------------------


def _string(shape: Shape, name: str, greedy: bool) -> str:
    enum = shape.enum
    if enum:
        return str(enum[0])
    if name.lower().endswith("arn"):
        # ARNs carry ':' and '/', which a plain URI label must keep as one segment (%2F)
        value = "arn:aws:svc:us-east-1:000000000000:res/x1"
    else:
        value = "x1/y2" if greedy else "x1"
    lo = int(shape.metadata.get("min", 0))
    hi = int(shape.metadata.get("max", 1 << 30))
    value += "x" * max(0, lo - len(value))
    return value if len(value) <= hi else value[-hi:]


def minimal_value(shape: Shape, *, name: str = "", greedy: bool = False, depth: int = 0) -> Any:
    kind = shape.type_name
    if kind == "structure":
        assert isinstance(shape, StructureShape)
        if shape.is_document_type:
            return {}
        if depth > 12:
            return {}
        names = list(shape.required_members)
        if shape.metadata.get("union") and not names:
            names = list(shape.members)[:1]
        return {n: _member_value(shape, n, depth) for n in names}
    if kind == "list":
        count = int(shape.metadata.get("min", 0))
        return [minimal_value(shape.member, depth=depth + 1) for _ in range(count)]  # type: ignore[attr-defined]
    if kind == "map":
        count = int(shape.metadata.get("min", 0))
        return {
            minimal_value(shape.key, depth=depth + 1) + str(i): minimal_value(shape.value, depth=depth + 1)  # type: ignore[attr-defined]
            for i in range(count)
        }
    if kind == "string":
        return _string(shape, name, greedy)
    if kind in ("integer", "long", "short", "byte"):
        return max(1, int(shape.metadata.get("min", 1)))
    if kind in ("float", "double"):
        return float(max(1, shape.metadata.get("min", 1)))
    if kind == "boolean":
        return True
    if kind == "blob":
        return b"x1" + b"x" * max(0, int(shape.metadata.get("min", 0)) - 2)
    if kind == "timestamp":
        return dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    return "x1"


def _uri_labels(operation: OperationModel) -> dict[str, bool]:
    """Label name -> greedy, from the requestUri template."""
    uri = operation.http.get("requestUri", "/").split("?")[0]
    out: dict[str, bool] = {}
    for part in uri.split("{")[1:]:
        name = part.split("}")[0]
        out[name.rstrip("+")] = name.endswith("+")
    return out


def _member_value(shape: StructureShape, name: str, depth: int) -> Any:
    member = shape.members[name]
    greedy = False
    if depth == 0 and member.serialization.get("location") == "uri":
        greedy = _CURRENT_LABELS.get(member.serialization.get("name", name), False)
    return minimal_value(member, name=name, greedy=greedy, depth=depth + 1)


_CURRENT_LABELS: dict[str, bool] = {}


def build_input(operation: OperationModel) -> tuple[dict[str, Any], dict[str, str]]:
    """Minimal params and the URI labels they put in the request."""
    shape = operation.input_shape
    if shape is None:
        return {}, {}
    _CURRENT_LABELS.clear()
    _CURRENT_LABELS.update(_uri_labels(operation))
    params = minimal_value(shape)
    params.update(INPUT_OVERRIDES.get((operation.service_model.service_name, operation.name), {}))
    labels: dict[str, str] = {}
    for name, member in shape.members.items():
        if member.serialization.get("location") == "uri" and name in params:
            value = params[name]
            text = str(value).lower() if isinstance(value, bool) else str(value)
            labels[member.serialization.get("name", name)] = text
    return params, labels


# --- capturing botocore's request ----------------------------------------------------------------


def to_http_request(prepared: AWSPreparedRequest) -> HttpRequest:
    url = urlsplit(prepared.url)
    headers = Headers(
        [(k, v.decode() if isinstance(v, bytes) else str(v)) for k, v in prepared.headers.items()]
    )
    if "host" not in headers:
        headers.add("Host", url.netloc)
    body = prepared.body
    if body is None:
        data = b""
    elif isinstance(body, bytes):
        data = body
    elif isinstance(body, str):
        data = body.encode()
    else:
        data = body.read() if hasattr(body, "read") else bytes(body)
    return HttpRequest(
        method=prepared.method, path=url.path or "/", query_string=url.query, headers=headers, body=data
    )


@cache
def _session() -> botocore.session.Session:
    session = botocore.session.get_session()
    session._auth_token = FrozenAuthToken("bearer-token")  # CodeCatalyst signs with a bearer token
    return session


def make_client(service: str, *, protocol: str | None = None, s3_style: str = "path") -> Any:
    config = Config(
        s3={"addressing_style": s3_style},
        retries={"max_attempts": 0},
        request_checksum_calculation="when_required",
    )
    client = _session().create_client(
        service,
        region_name="us-east-1",
        endpoint_url="http://localhost:4566",
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=config,
    )
    if protocol is not None:
        _force_protocol(client, protocol)

    def capture(request: AWSPreparedRequest, **_: Any) -> None:
        raise _Captured(request)

    client.meta.events.register("before-send", capture)
    return client


def _force_protocol(client: Any, protocol: str) -> None:
    """Make a client speak another of its model's protocols (CloudWatch query/cbor, SQS query)."""
    from botocore import serialize

    model = client.meta.service_model
    # no write to model.metadata: that dict is the loader's cached copy, shared by the session
    model.__dict__["resolved_protocol"] = protocol
    model.__dict__["protocol"] = protocol
    client._serializer = serialize.create_serializer(protocol, include_validation=True)


@dataclass
class Outcome:
    service: str
    operation: str
    variant: str
    ok: bool
    detail: str = ""


def _call(client: Any, operation: OperationModel, params: dict[str, Any]) -> HttpRequest | str:
    py_name = _py_name(client, operation.name)
    if py_name is None:
        return UNBUILDABLE
    method = getattr(client, py_name, None)
    if method is None:
        return UNBUILDABLE
    try:
        method(**params)
    except _Captured as captured:
        return to_http_request(captured.request)
    except Exception as exc:  # botocore refused to build it (event-stream input, validation)
        return f"botocore: {type(exc).__name__}: {exc}"[:200]
    return "botocore sent nothing"


def _py_name(client: Any, name: str) -> str | None:
    """The client method, or None: botocore has no client method for bidirectional event streams."""
    mapping: dict[str, str] = client.meta.method_to_api_mapping
    for py, api in mapping.items():
        if api == name:
            return py
    return None


def _direct_builder(
    service: str, protocol: str | None = None
) -> Callable[[OperationModel, dict[str, Any]], HttpRequest | str]:
    """Serialize with botocore's serializer and sign with botocore's signer, without a client."""
    model = _session().get_service_model(service)
    serializer = create_serializer(protocol or model.resolved_protocol, include_validation=True)
    signing_name = model.metadata.get("signingName") or model.metadata["endpointPrefix"]
    credentials = Credentials("test", "test")

    def build(operation: OperationModel, params: dict[str, Any]) -> HttpRequest | str:
        if operation.has_event_stream_input:
            return UNBUILDABLE
        try:
            request_dict = serializer.serialize_to_request(params, operation)
        except Exception as exc:
            return f"botocore: {type(exc).__name__}: {exc}"[:200]
        prepare_request_dict(request_dict, endpoint_url="http://localhost:4566")
        request = create_request_object(request_dict)
        auth_type = operation.auth_type or model.signature_version
        if auth_type == "bearer" or (operation.auth and operation.auth[0] == "smithy.api#httpBearerAuth"):
            request.headers["Authorization"] = "Bearer bearer-token"
        elif auth_type != "none" and operation.auth != ["smithy.api#noAuth"]:
            SigV4Auth(credentials, signing_name, "us-east-1").add_auth(request)
        return to_http_request(request.prepare())

    return build


def _client_builder(client: Any) -> Callable[[OperationModel, dict[str, Any]], HttpRequest | str]:
    return lambda operation, params: _call(client, operation, params)


Builder = Callable[[OperationModel, dict[str, Any]], HttpRequest | str]


def sweep(service: str, variant: str, make: Callable[[], Builder]) -> Iterator[Outcome]:
    build = make()
    model = _session().get_service_model(service)
    for name in model.operation_names:
        operation = model.operation_model(name)
        params, labels = build_input(operation)
        built = build(operation, params)
        if built is UNBUILDABLE:
            yield Outcome(service, name, variant, True, UNBUILDABLE)
            continue
        if isinstance(built, str):
            yield Outcome(service, name, variant, False, built)
            continue
        yield _check(service, name, variant, built, labels)


def _check(service: str, name: str, variant: str, request: HttpRequest, labels: dict[str, str]) -> Outcome:
    want_service, want_op = service, name
    if service in SERVICE_ALIASES:
        want_service = SERVICE_ALIASES[service][0]
    if (service, name) in WIRE_IDENTICAL_ALIASES:
        want_service, want_op, _ = WIRE_IDENTICAL_ALIASES[(service, name)]
    got = detect_service(request)
    if got != want_service:
        return Outcome(service, name, variant, False, f"service {got!r}")
    try:
        match = detect_operation(got, request)
    except Exception as exc:
        return Outcome(service, name, variant, False, f"{type(exc).__name__}: {exc}")
    if match.operation.name != want_op:
        return Outcome(service, name, variant, False, f"operation {match.operation.name!r}")
    if want_op == name and any(match.uri_params.get(k) != v for k, v in labels.items()):
        return Outcome(service, name, variant, False, f"labels {match.uri_params} != {labels}")
    return Outcome(service, name, variant, True)


CLIENT_SWEPT = frozenset((*REQUIRED_SERVICES, "s3control"))


def variants(service: str) -> list[tuple[str, Callable[[], Builder]]]:
    protocols = _session().get_service_model(service).metadata.get("protocols", [])
    extra = [p for p in protocols[1:] if p in ("query", "smithy-rpc-v2-cbor", "json")]
    if service == "sqs":
        extra = ["query"]
    if service not in CLIENT_SWEPT:
        return [("default", lambda: _direct_builder(service))] + [
            (proto, lambda proto=proto: _direct_builder(service, proto)) for proto in extra
        ]
    out: list[tuple[str, Callable[[], Builder]]] = [
        ("default", lambda: _client_builder(make_client(service)))
    ]
    if service == "s3":
        out.append(("virtual-host", lambda: _client_builder(make_client("s3", s3_style="virtual"))))
    for proto in extra:
        out.append((proto, lambda proto=proto: _client_builder(make_client(service, protocol=proto))))
    return out


@dataclass
class Tally:
    passed: int = 0
    total: int = 0
    skipped: int = 0
    failures: list[Outcome] = field(default_factory=list)


def run_service(service: str) -> Tally:
    tally = Tally()
    for variant, make in variants(service):
        for outcome in sweep(service, variant, make):
            if outcome.detail == UNBUILDABLE:
                tally.skipped += 1
                continue
            tally.total += 1
            known = (outcome.service, outcome.operation) in KNOWN_MISSES
            if outcome.ok:
                tally.passed += 1
                if known:
                    tally.failures.append(
                        Outcome(service, outcome.operation, variant, False, "listed miss now passes")
                    )
            elif not known:
                tally.failures.append(outcome)
    return tally


ALL_SERVICES = tuple(_session().get_available_services())


@pytest.mark.parametrize("service", ALL_SERVICES)
def test_every_operation_routes_back(service: str) -> None:
    tally = run_service(service)
    assert not tally.failures, "\n".join(
        f"{f.variant} {f.operation}: {f.detail}" for f in tally.failures[:20]
    )


def test_known_misses_stay_under_two_percent() -> None:
    total = sum(len(_session().get_service_model(s).operation_names) for s in ALL_SERVICES)
    assert len(KNOWN_MISSES) / total < 0.02
    assert not any(svc in REQUIRED_SERVICES for svc, _ in KNOWN_MISSES)
    assert not any(svc in REQUIRED_SERVICES for svc in SERVICE_ALIASES)


if __name__ == "__main__":
    grand = Tally()
    for svc in sys.argv[1:] or ALL_SERVICES:
        t = run_service(svc)
        grand.passed += t.passed
        grand.total += t.total
        grand.skipped += t.skipped
        mark = (
            ""
            if not t.failures
            else "  <-- " + "; ".join(f"{f.variant} {f.operation}: {f.detail}" for f in t.failures[:3])
        )
        skipped = f" (+{t.skipped} unbuildable)" if t.skipped else ""
        print(f"{svc:40s} {t.passed:5d}/{t.total:<5d}{skipped}{mark}")
    print(f"TOTAL {grand.passed}/{grand.total} = {100 * grand.passed / max(grand.total, 1):.2f}%", end="")
    print(f" ({grand.skipped} operations botocore cannot build)")
