"""Bad-input cases derived from botocore's models, for every operation a provider implements.

``operation_cases(service)`` yields ``Case``s: (a) every required member missing, (b) a string member
empty / beyond its max length / off its pattern, (c) an integer out of its range or of the wrong type,
(d) an enum member with an unknown value, (e) a "baseline" call whose resource names point nowhere.
Each mutation starts from the baseline (plausible values for every required member), so the one bad
member is what the server has to notice. Resource names carry a hash of the case id: no two cases share
a resource, whatever order (or xdist worker) they run in.

``allowed_codes(service, operation)`` is what a bad input may legitimately get back: the operation's
modeled errors plus the errors AWS documents as common to every action of that protocol family.
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

import botocore.session
from botocore.model import ListShape, MapShape, OperationModel, ServiceModel, Shape, StructureShape

ACCOUNT = "000000000000"
REGION = "us-east-1"
SERVICES = ("sts", "sqs", "s3", "sns", "kinesis", "firehose", "xray", "cloudtrail")

# provider module, provider class; the generated API class is overcast_common.api.<svc>.<Svc>Api
PROVIDERS = {
    "sts": ("overcast_sts.provider", "StsProvider", "StsApi"),
    "sqs": ("overcast_sqs.provider", "SqsProvider", "SqsApi"),
    "s3": ("overcast_s3.provider", "S3Provider", "S3Api"),
    "sns": ("overcast_sns.provider", "SnsProvider", "SnsApi"),
    "kinesis": ("overcast_kinesis.provider", "KinesisProvider", "KinesisApi"),
    "firehose": ("overcast_firehose.provider", "FirehoseProvider", "FirehoseApi"),
    "xray": ("overcast_xray.provider", "XrayProvider", "XrayApi"),
    "cloudtrail": ("overcast_cloudtrail.provider", "CloudtrailProvider", "CloudtrailApi"),
}

# AWS "Common Errors" (every API reference has the page): query and JSON families.
COMMON_ERRORS = {
    "AccessDenied",
    "AccessDeniedException",
    "IncompleteSignature",
    "InvalidAction",
    "InvalidClientTokenId",
    "InvalidParameterCombination",
    "InvalidParameterValue",
    "InvalidQueryParameter",
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "NotAuthorized",
    "OptInRequired",
    "RequestExpired",
    "ThrottlingException",
    "Throttling",
    "ValidationError",
    "ValidationException",
    # JSON protocol framework errors (awsJson1_0/1_1): undecodable body, unknown X-Amz-Target
    "SerializationException",
    "UnknownOperationException",
    "InvalidSignatureException",
    "UnrecognizedClientException",
}

# The status AWS documents for the common codes (Common Errors pages; S3's "List of error codes").
# Not here: MalformedQueryString (documented 404, answered 400 by SQS) and UnknownOperationException
# (400 from the JSON protocols, 404 from REST routes): the raw cases pin those per protocol.
COMMON_STATUS = {
    "ValidationException": 400,
    "ValidationError": 400,
    "SerializationException": 400,
    "InvalidAction": 400,
    "MissingAction": 400,
    "MissingParameter": 400,
    "InvalidParameterValue": 400,
    "InvalidParameterCombination": 400,
    "InvalidQueryParameter": 400,
    "MalformedXML": 400,
    "InvalidArgument": 400,
    "InvalidRequest": 400,
    "InvalidBucketName": 400,
    "NoSuchBucket": 404,
    "NoSuchKey": 404,
    "NoSuchUpload": 404,
    "AccessDenied": 403,
    "MethodNotAllowed": 405,
}

# Amazon S3 API reference, "Error responses" / "List of error codes" (the ones a bad request can earn).
S3_ERRORS = {
    "AccessDenied",
    "AmbiguousGrantByEmailAddress",
    "BadDigest",
    "BucketAlreadyExists",
    "BucketAlreadyOwnedByYou",
    "BucketNotEmpty",
    "CrossLocationLoggingProhibited",
    "EntityTooSmall",
    "EntityTooLarge",
    "IllegalLocationConstraintException",
    "IllegalVersioningConfigurationException",
    "IncompleteBody",
    "IncorrectNumberOfFilesInPostRequest",
    "InlineDataTooLarge",
    "InvalidAccessPoint",
    "InvalidArgument",
    "InvalidBucketName",
    "InvalidBucketState",
    "InvalidDigest",
    "InvalidEncryptionAlgorithmError",
    "InvalidLocationConstraint",
    "InvalidObjectState",
    "InvalidPart",
    "InvalidPartOrder",
    "InvalidPolicyDocument",
    "InvalidRange",
    "InvalidRequest",
    "InvalidStorageClass",
    "InvalidTag",
    "InvalidTargetBucketForLogging",
    "InvalidURI",
    "KeyTooLongError",
    "MalformedACLError",
    "MalformedPOSTRequest",
    "MalformedPolicy",
    "MalformedXML",
    "MaxMessageLengthExceeded",
    "MetadataTooLarge",
    "MethodNotAllowed",
    "MissingContentLength",
    "MissingRequestBodyError",
    "MissingSecurityHeader",
    "NoSuchBucket",
    "NoSuchBucketPolicy",
    "NoSuchCORSConfiguration",
    "NoSuchKey",
    "NoSuchLifecycleConfiguration",
    "NoSuchTagSet",
    "NoSuchUpload",
    "NoSuchVersion",
    "NoSuchWebsiteConfiguration",
    "NoSuchPublicAccessBlockConfiguration",
    "NoSuchOwnershipControls",
    "NoSuchObjectLockConfiguration",
    "ObjectLockConfigurationNotFoundError",
    "ServerSideEncryptionConfigurationNotFoundError",
    "ReplicationConfigurationNotFoundError",
    "NoSuchConfiguration",
    "OwnershipControlsNotFoundError",
    "NotImplemented",
    "PreconditionFailed",
    "RequestTimeTooSkewed",
    "SignatureDoesNotMatch",
    "TooManyBuckets",
    "UnresolvableGrantByEmailAddress",
    "InvalidWebsiteRedirectLocation",
    "XAmzContentSHA256Mismatch",
}


# SQS answers its JSON callers with the legacy query codes too (``x-amzn-query-error``); the model lost
# them, the SQS API reference lists them.
SQS_QUERY_CODES = {
    "QueueDoesNotExist": "AWS.SimpleQueueService.NonExistentQueue",
    "QueueDeletedRecently": "AWS.SimpleQueueService.QueueDeletedRecently",
    "QueueNameExists": "QueueAlreadyExists",
    "PurgeQueueInProgress": "AWS.SimpleQueueService.PurgeQueueInProgress",
    "BatchEntryIdsNotDistinct": "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
    "BatchRequestTooLong": "AWS.SimpleQueueService.BatchRequestTooLong",
    "EmptyBatchRequest": "AWS.SimpleQueueService.EmptyBatchRequest",
    "InvalidBatchEntryId": "AWS.SimpleQueueService.InvalidBatchEntryId",
    "TooManyEntriesInBatchRequest": "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
    "UnsupportedOperation": "AWS.SimpleQueueService.UnsupportedOperation",
    "MessageNotInflight": "AWS.SimpleQueueService.MessageNotInflight",
}


@cache
def service_model(service: str) -> ServiceModel:
    return botocore.session.get_session().get_service_model(service)


@cache
def implemented_operations(service: str) -> tuple[str, ...]:
    """Operations whose method the provider overrides (the others answer 501 by design)."""
    module, provider_name, api_name = PROVIDERS[service]
    provider = getattr(importlib.import_module(module), provider_name)
    api = getattr(importlib.import_module(f"overcast_common.api.{service}"), api_name)
    return tuple(
        sorted(
            op
            for op, spec in api.operations.items()
            if getattr(provider, spec.method) is not getattr(api, spec.method)
        )
    )


def _error_codes(model: ServiceModel, op: OperationModel) -> set[str]:
    codes: set[str] = set()
    for shape in op.error_shapes:
        codes.add(shape.name)
        code = shape.metadata.get("error", {}).get("code")
        if code:
            codes.add(code)
        if model.service_name == "sqs" and shape.name in SQS_QUERY_CODES:
            codes.add(SQS_QUERY_CODES[shape.name])
    return codes


@cache
def allowed_codes(service: str, operation: str) -> frozenset[str]:
    model = service_model(service)
    codes = _error_codes(model, model.operation_model(operation)) | COMMON_ERRORS
    if service == "s3":
        codes |= S3_ERRORS
        # HEAD responses have no body: botocore names the error after the status
        if model.operation_model(operation).http.get("method") == "HEAD":
            codes |= {"400", "403", "404", "405", "409", "412"}
    return frozenset(codes)


# --- values ---------------------------------------------------------------------------------------


@dataclass
class Case:
    service: str
    operation: str
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    expect_error: bool = True
    """A 2xx answer fails the case (missing required members, values of the wrong type)."""

    @property
    def id(self) -> str:
        return f"{self.service}.{self.operation}.{self.kind}"


def _tag(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:8]


def _fits(shape: Shape, value: str) -> bool:
    meta = shape.metadata
    if len(value) < meta.get("min", 0) or ("max" in meta and len(value) > meta["max"]):
        return False
    pattern = meta.get("pattern")
    if pattern:
        try:
            return re.fullmatch(pattern, value) is not None or re.search(pattern, value) is not None
        except re.error:
            return True
    return True


def _string_value(service: str, shape: Shape, member: str, tag: str, endpoint: str) -> str:
    if shape.enum:
        return str(shape.enum[0])
    name = f"ocfz-{tag}"
    lowered = member.lower()
    arn = f"arn:aws:{service}:{REGION}:{ACCOUNT}"
    candidates: list[str] = []
    if lowered == "queueurl":
        candidates.append(f"{endpoint}/{ACCOUNT}/{name}")
    if "arn" in lowered:
        candidates += [
            f"{arn}:{name}",
            f"{arn}:stream/{name}",
            f"{arn}:deliverystream/{name}",
            f"{arn}:trail/{name}",
            f"{arn}:eventdatastore/{name}",
            f"{arn}:channel/{name}",
            f"{arn}:dashboard/{name}",
            f"{arn}:stream/{name}/consumer/{name}:1",
            f"{arn}:group/{name}",
        ]
    if lowered in ("key", "copysource"):
        candidates.append(f"{name}/k")
    candidates += [
        name,
        f"ocfz{tag}",
        f"1-5f84c7a3-{tag}0123456789abcdef",
        "shardId-000000000000",
        "49590338271490256608559692538361571095921575989136588898",
        '{"Version":"2012-10-17","Statement":[]}',
        "x",
        "1",
        f"{tag}{tag}{tag}{tag}",
    ]
    for candidate in candidates:
        if _fits(shape, candidate):
            return candidate
    value = candidates[0]
    meta = shape.metadata
    if "max" in meta:
        value = value[: meta["max"]]
    return value.ljust(meta.get("min", 0), "a")


def plausible(service: str, shape: Shape, member: str, tag: str, endpoint: str, depth: int = 0) -> Any:
    """A value the model accepts for ``shape`` (required members only, for structures)."""
    kind = shape.type_name
    meta = shape.metadata
    if kind == "structure":
        assert isinstance(shape, StructureShape)
        if depth > 5:
            return {}
        return {
            name: plausible(service, shape.members[name], name, tag, endpoint, depth + 1)
            for name in shape.required_members
        }
    if kind == "list":
        count = max(1, meta.get("min", 1))
        assert isinstance(shape, ListShape)
        item = plausible(service, shape.member, member, tag, endpoint, depth + 1)
        return [item] * count
    if kind == "map":
        if meta.get("min", 0) == 0:
            return {}
        assert isinstance(shape, MapShape)
        key = plausible(service, shape.key, "key", tag, endpoint, depth + 1)
        return {key: plausible(service, shape.value, "value", tag, endpoint, depth + 1)}
    if kind == "string":
        return _string_value(service, shape, member, tag, endpoint)
    if kind in ("integer", "long"):
        return int(meta.get("min", 1)) if meta.get("min", 1) > 0 else 1
    if kind in ("float", "double"):
        return float(meta.get("min", 1.0))
    if kind == "boolean":
        return False
    if kind == "timestamp":
        return datetime.now(UTC)
    if kind == "blob":
        return b"ocfz"
    return None


def _bad_pattern(shape: Shape) -> str | None:
    pattern = shape.metadata.get("pattern")
    if not pattern:
        return None
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    for candidate in ("!!bad value!!", " ", "%%%", "\x01", "../..", "x" * 3 + "\n"):
        if compiled.fullmatch(candidate) is None and _fits_length(shape, candidate):
            return candidate
    return None


def _fits_length(shape: Shape, value: str) -> bool:
    meta = shape.metadata
    return len(value) >= meta.get("min", 0) and len(value) <= meta.get("max", 1 << 30)


# Services whose AWS front end enforces the model's length / range / pattern / enum constraints before
# any business logic (AWS's JSON and query frameworks do; S3 checks only what it documents).
ENFORCES_MODEL = frozenset({"sts", "sqs", "sns", "kinesis", "firehose", "xray", "cloudtrail"})

MAX_OVERLONG = 300_000  # longer limits (S3 object bodies, 1 MiB records) are not worth the bytes


def operation_cases(service: str, endpoint: str) -> Iterator[Case]:
    model = service_model(service)
    for op_name in implemented_operations(service):
        yield from _cases_for(service, model.operation_model(op_name), endpoint)


def _cases_for(service: str, op: OperationModel, endpoint: str) -> Iterator[Case]:
    shape = op.input_shape
    prefix = f"{service}.{op.name}"

    def baseline(kind: str) -> dict[str, Any]:
        if shape is None:
            return {}
        tag = _tag(f"{prefix}.{kind}")
        value: dict[str, Any] = plausible(service, shape, "", tag, endpoint)
        return value

    yield Case(service, op.name, "e-baseline", baseline("e-baseline"), expect_error=False)
    if shape is None:
        return
    # botocore cannot build a URI without its labels: those stay, every other required member goes
    labels = {m for m in shape.required_members if shape.members[m].serialization.get("location") == "uri"}
    if set(shape.required_members) - labels:
        kept = {k: v for k, v in baseline("a-missing-required").items() if k in labels}
        yield Case(service, op.name, "a-missing-required", kept, expect_error=True)
    per_kind: dict[str, int] = {}
    json_body = service_model(service).protocol in ("json", "rest-json")

    def take(kind: str, limit: int = 2) -> bool:
        per_kind[kind] = per_kind.get(kind, 0) + 1
        return per_kind[kind] <= limit

    skip = _client_side(op)
    for path, member, required in _targets(shape):
        if path[0] in skip:
            continue
        location = member.serialization.get("location")
        name = ".".join(str(p) for p in path)
        budget = "nested-" if len(path) > 1 else ""

        def case(
            kind: str, value: Any, *, expect_error: bool = False, name: str = name, path: Path = path
        ) -> Case:
            return _mutate(service, op, baseline, f"{kind}-{name}", path, value, expect_error)

        if member.type_name == "string":
            meta = member.metadata
            if member.enum:
                if take(budget + "d-enum"):
                    yield case("d-enum", "NotAnOvercastEnum")
                continue
            # an empty URI label changes the request's path: that is a different request, not this one
            if required and location != "uri" and meta.get("min", 0) >= 1 and take(budget + "b-empty"):
                yield case("b-empty", "")
            if "max" in meta and meta["max"] < MAX_OVERLONG and take(budget + "b-long"):
                yield case("b-long", "a" * (meta["max"] + 1))
            bad = _bad_pattern(member)
            if bad is not None and take(budget + "b-pattern"):
                yield case("b-pattern", bad)
        elif member.type_name in ("integer", "long"):
            meta = member.metadata
            if "min" in meta and take(budget + "c-range"):
                yield case("c-below", int(meta["min"]) - 1)
            if "max" in meta and meta["max"] < 2**62 and take(budget + "c-range"):
                yield case("c-above", int(meta["max"]) + 1)
            if take(budget + "c-type", 1):
                yield case("c-type", "not-a-number", expect_error=True)
        elif member.type_name == "boolean" and location is None and json_body and take(budget + "c-type", 1):
            yield case("c-type", "not-a-bool", expect_error=True)


Path = tuple[str | int, ...]


def _targets(shape: StructureShape) -> Iterator[tuple[Path, Shape, bool]]:
    """Top-level members, then the members of required structures (and of the first item of required
    lists of structures) one level down, where the baseline has a value to change."""
    for name, member in shape.members.items():
        yield (name,), member, name in shape.required_members
    for name in shape.required_members:
        member = shape.members[name]
        prefix: Path = (name,)
        if isinstance(member, ListShape) and isinstance(member.member, StructureShape):
            prefix, member = (name, 0), member.member
        if isinstance(member, StructureShape):
            for sub, inner in member.members.items():
                yield (*prefix, sub), inner, sub in member.required_members


def _client_side(op: OperationModel) -> set[str]:
    """Members botocore acts on itself (it refuses to send an unknown checksum algorithm) and HTTP
    framing headers (a non-numeric Content-Length is refused by any HTTP server, before any API)."""
    members = {"ContentLength"}
    algorithm = (op.http_checksum or {}).get("requestAlgorithmMember")
    if algorithm:
        members.add(algorithm)
    return members


def _mutate(
    service: str, op: OperationModel, baseline: Any, kind: str, path: Path, value: Any, expect_error: bool
) -> Case:
    params = copy.deepcopy(baseline(kind))
    target = params
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return Case(service, op.name, kind, params, expect_error=expect_error or service in ENFORCES_MODEL)


# --- wrong JSON / query types, straight on the wire -----------------------------------------------

_WRONG_JSON = {
    "string": 12345,
    "integer": "not-a-number",
    "long": 1.5,
    "float": "NaN-ish",
    "double": [1],
    "boolean": "yes",
    "timestamp": "yesterday",
    "blob": "!!not base64!!",
    "structure": "not-an-object",
    "list": {"not": "a list"},
    "map": ["not", "a", "map"],
}


def wrong_json_body(shape: StructureShape | None) -> dict[str, Any]:
    """Every body member of ``shape`` with a value of the wrong JSON type."""
    if shape is None:
        return {}
    body: dict[str, Any] = {}
    for name, member in shape.members.items():
        if member.serialization.get("location") or member.serialization.get("eventstream"):
            continue
        body[member.serialization.get("name", name)] = _WRONG_JSON[member.type_name]
    return body


_WRONG_QUERY = {
    "integer": "not-a-number",
    "long": "1.5",
    "float": "NaN-ish",
    "double": "1e99999",
    "boolean": "maybe",
    "timestamp": "yesterday",
    "blob": "!!not base64!!",
}


def wrong_query_params(shape: StructureShape | None) -> list[tuple[str, str]]:
    """Non-string members with undecodable text, lists with a bad index, maps with a keyless entry."""
    if shape is None:
        return []
    params: list[tuple[str, str]] = []
    for name, member in shape.members.items():
        key = member.serialization.get("name", name)
        if member.type_name in _WRONG_QUERY:
            params.append((key, _WRONG_QUERY[member.type_name]))
        elif member.type_name == "list":
            params.append((f"{key}.member.x", "1"))
        elif member.type_name == "map":
            params.append((f"{key}.entry.1.value", "v"))
        elif member.type_name == "structure":
            params.append((f"{key}.NoSuchMember.member.-1", "v"))
    return params
