"""The audit step: every API call through the gateway becomes a CloudTrail event record.

On the way out (the response is known) the pipeline calls ``Auditor.record(ex)``, which only captures
references to what the call already built (context, params, result or error, the time) and appends
them to a bounded in-memory buffer: about a microsecond, never an exception, never a wait. A background
task wakes every ``FLUSH_INTERVAL_S`` (or as soon as ``BATCH_SIZE`` calls wait), turns the batch into
the JSON records CloudTrail writes (``encode_call``, in chunks of ``BUILD_CHUNK`` with the event loop
given back between chunks, so requests are not held up behind a batch) and ships it to the CloudTrail
service through its dispatcher — in-process when embedded, gRPC in cluster mode — as the internal
operation ``AUDIT_OPERATION``, which no client can reach (the codec only routes modeled operations);
CloudTrail writes a batch in one transaction. A full buffer or an unreachable CloudTrail drops events
and counts them (logged); auditing never slows or fails a call. In embedded mode all of this shares
the event loop's core, so what counts is CPU per event: everything that does not change per call
(event source, classification, the caller's ``userIdentity``, the time string of a second) is
computed once and cached.

What is recorded, as AWS does: every authenticated call whose operation is known, successful or not
(``errorCode``/``errorMessage``), including CloudTrail's own ``LookupEvents`` (AWS records it as a
read-only management event). Not recorded: ``/_overcast/*`` routes, calls that fail before the
operation is known or before authentication (AWS has no caller identity for those either).

Data events (``DATA_EVENTS``: SQS messages, S3 objects, Lambda Invoke, …) are recorded only when a
logging trail's event selectors ask for them, as AWS does (event history never shows them): CloudTrail
answers every batch, and ``SELECTION_OPERATION`` every ``SELECTION_TTL_S`` (at once after a call that
changes trails), with the data events wanted per account and region, and the hook drops the others
with one set lookup before anything is queued. The selection is coarse (resource type, read-only,
event name); CloudTrail's delivery applies the trails' selectors exactly.

Where a batch goes: CloudTrail's **event log** (``overcast_common.log``; CloudTrail indexes it for
``LookupEvents`` and delivers trails from it). Embedded, the batch is handed to CloudTrail in-process,
which appends it to its SQLite log, with each record's indexed fields as a dict next to its JSON
(``Records``) so the indexer does not parse what it was just given. In cluster mode CloudTrail
advertises its Kafka log (``EventLog`` in the selection reply: bootstrap servers, topic prefix, topic)
and the gateway appends each batch there itself (a few Kafka records per batch: records are
newline-framed, ``frame``), so audit events wait in Kafka while CloudTrail is down; if Kafka cannot be
reached from here the batch goes over gRPC dispatch and CloudTrail appends it (retried from Kafka every
``KAFKA_RETRY_S``).

Set ``OVERCAST_AUDIT=off`` to turn auditing off (benchmarks); it is off anyway when CloudTrail is not
among the services.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Protocol
from urllib.parse import urlsplit

from botocore.model import OperationModel, Shape
from overcast_common.context import Principal, RequestContext
from overcast_common.dispatch.in_process import InProcessDispatcher
from overcast_common.dispatch.interface import Dispatcher
from overcast_common.errors import ServiceError
from overcast_common.ids import uuid4_str
from overcast_common.log import Log, Message

if TYPE_CHECKING:
    from overcast_gateway.pipeline import Exchange

log = logging.getLogger("overcast.gateway.audit")

EVENT_VERSION = "1.11"
"""CloudTrail's record format version (the current one in AWS's "record contents" reference)."""
AUDIT_OPERATION = "overcast:PutAuditEvents"
"""The internal operation CloudTrail's handler answers (``overcast_cloudtrail.ingest``): ``{"Events": [json]}``."""
SELECTION_OPERATION = "overcast:GetAuditSelection"
"""The internal operation answering ``{"Selection": [rule]}``: the data events logging trails want (see
``overcast_cloudtrail.selectors.data_selection``); batches' replies carry it too."""
SELECTION_TTL_S = 1.0
"""How old the selection may get before the drain asks again (trail changes made elsewhere)."""
SELECTION_CHANGES = frozenset(
    {"CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging", "PutEventSelectors"}
)
"""CloudTrail operations after which the selection is fetched at once."""
AUDIT_SERVICE = "cloudtrail"
HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS"
QUEUE_CAPACITY = 10_000
BATCH_SIZE = 500
FLUSH_INTERVAL_S = 0.2
"""A batch ships when ``BATCH_SIZE`` calls wait or this long after the last one, whichever is first."""
BUILD_CHUNK = 50
"""Records built between two yields to the event loop (≈ 1 ms of CPU)."""
KAFKA_RETRY_S = 30.0
"""After the advertised Kafka log failed, batches go through CloudTrail's dispatch this long."""
MAX_MESSAGE_BYTES = 256 * 1024
"""Per event-log record (``overcast_cloudtrail.eventlog.MAX_MESSAGE_BYTES``; a test keeps them equal)."""

_SKIP = object()
"""A member left out of the record (blobs, message bodies)."""

# --- AWS's classifications ------------------------------------------------------------------------


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


EVENT_SOURCE_OVERRIDES: Mapping[str, str] = {"dynamodbstreams": "dynamodb.amazonaws.com"}
"""botocore service → event source where the signing name is not it (``monitoring`` for cloudwatch is)."""

DATA_EVENTS: Mapping[str, frozenset[str]] = {
    "s3": _names(
        "GetObject PutObject PostObject DeleteObject DeleteObjects HeadObject CopyObject GetObjectAcl "
        "PutObjectAcl GetObjectTagging PutObjectTagging DeleteObjectTagging GetObjectAttributes "
        "RestoreObject SelectObjectContent CreateMultipartUpload UploadPart UploadPartCopy "
        "CompleteMultipartUpload AbortMultipartUpload ListParts GetObjectRetention PutObjectRetention "
        "GetObjectLegalHold PutObjectLegalHold GetObjectTorrent"
    ),
    "lambda": frozenset({"Invoke", "InvokeWithResponseStream", "InvokeAsync"}),
    "dynamodb": _names(
        "GetItem PutItem UpdateItem DeleteItem Query Scan BatchGetItem BatchWriteItem TransactGetItems "
        "TransactWriteItems ExecuteStatement BatchExecuteStatement ExecuteTransaction"
    ),
    "dynamodbstreams": frozenset({"GetRecords", "GetShardIterator"}),
    "sqs": _names(
        "SendMessage SendMessageBatch ReceiveMessage DeleteMessage DeleteMessageBatch "
        "ChangeMessageVisibility ChangeMessageVisibilityBatch"
    ),
    "sns": frozenset({"Publish", "PublishBatch"}),
    "kinesis": frozenset({"PutRecord", "PutRecords", "GetRecords", "GetShardIterator", "SubscribeToShard"}),
}
"""Operations CloudTrail logs as data events (``eventCategory: Data``), not shown by ``LookupEvents``."""
_DATA_EVENTS: Final[dict[str, frozenset[str]]] = dict(DATA_EVENTS)
"""``DATA_EVENTS`` as a dict the compiled hook reads directly (asked on every call)."""

DATA_RESOURCE_TYPES: Mapping[str, frozenset[str]] = {
    "s3": frozenset({"AWS::S3::Object", "AWS::S3::AccessPoint"}),
    "lambda": frozenset({"AWS::Lambda::Function"}),
    "dynamodb": frozenset({"AWS::DynamoDB::Table"}),
    "dynamodbstreams": frozenset({"AWS::DynamoDB::Stream"}),
    "sqs": frozenset({"AWS::SQS::Queue"}),
    "sns": frozenset({"AWS::SNS::Topic"}),
    "kinesis": frozenset({"AWS::Kinesis::Stream", "AWS::Kinesis::StreamConsumer"}),
}
"""The ``resources.type`` values a data event selector names to ask for a service's data events."""

READ_ONLY_PREFIXES = (
    "Get", "List", "Describe", "Head", "Lookup", "Search", "Query", "Scan", "BatchGet", "Select",
    "Filter", "Receive", "Check", "Estimate", "Preview", "View", "Test", "Validate", "Decode",
)  # fmt: skip
READ_ONLY_OPERATIONS: Mapping[str, frozenset[str]] = {
    "sts": frozenset({"AssumeRole", "AssumeRoleWithSAML", "AssumeRoleWithWebIdentity", "AssumeRoot"}),
    "kms": _names(
        "Decrypt Encrypt ReEncrypt GenerateDataKey GenerateDataKeyPair GenerateDataKeyPairWithoutPlaintext "
        "GenerateDataKeyWithoutPlaintext GenerateMac GenerateRandom Sign Verify VerifyMac"
    ),
    "dynamodb": frozenset({"TransactGetItems"}),
}
"""Operations AWS marks ``readOnly: true`` although their names do not say so."""

BODY_MEMBERS: Mapping[str, frozenset[str]] = {
    "sqs": frozenset({"MessageBody"}),
    "sns": frozenset({"Message"}),
    "dynamodb": frozenset({"Item", "Items"}),
}
"""Message payloads CloudTrail does not record (blobs are never recorded either)."""


def event_source(service: str, signing_name: str) -> str:
    return EVENT_SOURCE_OVERRIDES.get(service) or f"{signing_name or service}.amazonaws.com"


def is_read_only(service: str, operation: str) -> bool:
    return operation.startswith(READ_ONLY_PREFIXES) or operation in READ_ONLY_OPERATIONS.get(service, ())


def is_data_event(service: str, operation: str) -> bool:
    return operation in DATA_EVENTS.get(service, ())


# --- the record -----------------------------------------------------------------------------------


@dataclass(slots=True)  # not frozen: frozen __init__ costs ~2 µs more on the request path
class Call:
    """What the hook captures: references only; the record is built later, off the request path."""

    context: RequestContext
    operation: OperationModel
    params: Mapping[str, Any]
    result: Mapping[str, Any] | None
    error: ServiceError | None
    at: float
    """``time.time()`` when the response was known (CloudTrail's ``eventTime``: the call completed)."""


def iso_seconds(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def lower_camel(name: str) -> str:
    """CloudTrail's member names: the model's, first letter lower-cased (``DBInstanceIdentifier`` →
    ``dBInstanceIdentifier``, as RDS events show)."""
    return name[:1].lower() + name[1:]


def user_identity(principal: Principal | None, account_id: str) -> dict[str, Any]:
    """CloudTrail's ``userIdentity`` element for the caller."""
    if principal is None or principal.principal_type == "Anonymous":
        return {"type": "AWSAccount", "principalId": "", "accountId": "ANONYMOUS_PRINCIPAL"}
    identity: dict[str, Any] = {
        "type": principal.principal_type,
        "principalId": principal.principal_id or principal.account_id,
        "arn": principal.arn,
        "accountId": principal.account_id,
        "accessKeyId": principal.access_key_id,
    }
    name = principal.arn.rsplit("/", 1)[-1] if "/" in principal.arn else ""
    if principal.principal_type == "IAMUser":
        identity["userName"] = name
    if principal.principal_type == "AssumedRole":
        # arn:aws:sts::<account>:assumed-role/<role>/<session>
        parts = principal.arn.split(":", 5)[-1].split("/")
        role = parts[1] if len(parts) > 2 else name
        identity["sessionContext"] = {
            "sessionIssuer": {
                "type": "Role",
                "principalId": principal.principal_id.split(":", 1)[0],
                "arn": f"arn:aws:iam::{principal.account_id}:role/{role}",
                "accountId": principal.account_id,
                "userName": role,
            },
            "webIdFederationData": {},
            "attributes": session_attributes(principal),
        }
    elif principal.session_token is not None:  # root or a user signing with GetSessionToken's keys
        identity["sessionContext"] = {
            "sessionIssuer": {},
            "webIdFederationData": {},
            "attributes": session_attributes(principal),
        }
    return identity


def session_attributes(principal: Principal) -> dict[str, str]:
    """``sessionContext.attributes``: when the temporary credentials were issued (when known) and
    whether with MFA, as AWS writes them (strings, creation date first)."""
    attributes = {}
    if principal.session_created is not None:
        attributes["creationDate"] = principal.session_created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    attributes["mfaAuthenticated"] = "true" if principal.mfa_authenticated else "false"
    return attributes


def recorded(shape: Shape | None, value: Any, bodies: frozenset[str]) -> Any:
    """``value`` (VALUE FORM) as CloudTrail records it: lowerCamel member names, sensitive members
    hidden, blobs and message bodies left out, timestamps in ISO 8601."""
    if shape is None:
        return _plain(value)
    if shape.metadata.get("sensitive"):
        return HIDDEN
    kind = shape.type_name
    if kind == "structure" and isinstance(value, Mapping):
        members = shape.members
        out = {}
        for name, item in value.items():
            member = members.get(name)
            if member is None or name in bodies:
                continue
            converted = recorded(member, item, bodies)
            if converted is not _SKIP:
                out[lower_camel(name)] = converted
        return out
    if kind == "list" and isinstance(value, list | tuple):
        member = shape.member
        return [v for v in (recorded(member, item, bodies) for item in value) if v is not _SKIP]
    if kind == "map" and isinstance(value, Mapping):
        inner = shape.value
        return {str(k): v for k, v in ((k, recorded(inner, item, bodies)) for k, item in value.items())}
    if kind == "blob":
        return _SKIP
    return _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, bytes | bytearray) or hasattr(value, "__anext__"):
        return _SKIP
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Mapping):
        return {str(k): v for k, v in ((k, _plain(item)) for k, item in value.items()) if v is not _SKIP}
    if isinstance(value, list | tuple):
        return [v for v in map(_plain, value) if v is not _SKIP]
    return value


def data_resources(
    service: str, params: Mapping[str, Any], account: str, region: str
) -> list[dict[str, str]]:
    """The ``resources`` element of a data event (what trails' data event selectors match)."""
    if service == "s3" and "Bucket" in params:
        bucket = params["Bucket"]
        bucket_arn = f"arn:aws:s3:::{bucket}"
        out = [{"accountId": account, "type": "AWS::S3::Bucket", "ARN": bucket_arn}]
        if "Key" in params:
            out.insert(0, {"type": "AWS::S3::Object", "ARN": f"{bucket_arn}/{params['Key']}"})
        return out
    if service == "sqs" and isinstance(params.get("QueueUrl"), str):
        path = urlsplit(params["QueueUrl"]).path.strip("/").split("/")
        if len(path) >= 2:
            arn = f"arn:aws:sqs:{region}:{path[-2]}:{path[-1]}"
            return [{"accountId": path[-2], "type": "AWS::SQS::Queue", "ARN": arn}]
    if service == "sns" and isinstance(params.get("TopicArn"), str):
        return [{"accountId": account, "type": "AWS::SNS::Topic", "ARN": params["TopicArn"]}]
    if service == "lambda" and isinstance(params.get("FunctionName"), str):
        name = params["FunctionName"]
        arn = name if name.startswith("arn:") else f"arn:aws:lambda:{region}:{account}:function:{name}"
        return [{"accountId": account, "type": "AWS::Lambda::Function", "ARN": arn}]
    if service == "dynamodb" and isinstance(params.get("TableName"), str):
        arn = f"arn:aws:dynamodb:{region}:{account}:table/{params['TableName']}"
        return [{"accountId": account, "type": "AWS::DynamoDB::Table", "ARN": arn}]
    if service == "kinesis" and isinstance(params.get("StreamName") or params.get("StreamARN"), str):
        arn = params.get("StreamARN") or f"arn:aws:kinesis:{region}:{account}:stream/{params['StreamName']}"
        return [{"accountId": account, "type": "AWS::Kinesis::Stream", "ARN": arn}]
    return []


@dataclass(frozen=True, slots=True)
class _Plan:
    """What a record of one operation shares with every other record of it."""

    event_source: str
    read_only: bool
    data: bool
    bodies: frozenset[str]


_PLANS: dict[tuple[str, str], _Plan] = {}
_IDENTITIES: dict[tuple[Any, ...], dict[str, Any]] = {}
_SECONDS: dict[int, str] = {}
_CACHE_LIMIT = 4096  # principals and seconds are unbounded over a server's life: forget, do not grow


def _plan(service: str, operation: OperationModel) -> _Plan:
    key = (service, operation.name)
    plan = _PLANS.get(key)
    if plan is None:
        model = operation.service_model
        plan = _PLANS[key] = _Plan(
            event_source(service, model.signing_name or model.endpoint_prefix),
            is_read_only(service, operation.name),
            is_data_event(service, operation.name),
            BODY_MEMBERS.get(service, frozenset()),
        )
    return plan


def _identity(principal: Principal | None, account_id: str) -> dict[str, Any]:
    """``user_identity``, cached per caller (records share the dict: it is only ever serialized)."""
    key: tuple[Any, ...] = (account_id,) if principal is None else (
        account_id, principal.account_id, principal.arn, principal.principal_type, principal.principal_id,
        principal.access_key_id, principal.session_token is not None, principal.session_created,
        principal.mfa_authenticated,
    )  # fmt: skip
    identity = _IDENTITIES.get(key)
    if identity is None:
        if len(_IDENTITIES) >= _CACHE_LIMIT:
            _IDENTITIES.clear()
        identity = _IDENTITIES[key] = user_identity(principal, account_id)
    return identity


def _event_time(at: float) -> str:
    second = int(at)
    text = _SECONDS.get(second)
    if text is None:
        if len(_SECONDS) >= _CACHE_LIMIT:
            _SECONDS.clear()
        text = _SECONDS[second] = iso_seconds(second)
    return text


event_id = uuid4_str
"""CloudTrail event ids are random version-4 UUID strings."""


def build_event(call: Call) -> dict[str, Any]:
    """The CloudTrail record of one call, keys in the order AWS writes them."""
    context, operation = call.context, call.operation
    service, name = context.service, operation.name
    plan = _plan(service, operation)
    read_only, data, bodies = plan.read_only, plan.data, plan.bodies
    request = recorded(operation.input_shape, call.params, bodies) if call.params else None
    response = None
    if call.error is None and call.result and not read_only:
        response = recorded(operation.output_shape, call.result, bodies) or None
    event: dict[str, Any] = {
        "eventVersion": EVENT_VERSION,
        "userIdentity": _identity(context.principal, context.account_id),
        "eventTime": _event_time(call.at),
        "eventSource": plan.event_source,
        "eventName": name,
        "awsRegion": context.region,
        "sourceIPAddress": context.source_ip,
        "userAgent": context.user_agent,
    }
    if call.error is not None:
        event["errorCode"] = call.error.code
        event["errorMessage"] = call.error.message
    event["requestParameters"] = request or None
    event["responseElements"] = response
    event["requestID"] = context.request_id
    event["eventID"] = event_id()
    event["readOnly"] = read_only
    if data:
        event["resources"] = data_resources(service, call.params, context.account_id, context.region)
    event["eventType"] = "AwsApiCall"
    event["managementEvent"] = not data
    event["recipientAccountId"] = context.account_id
    event["eventCategory"] = "Data" if data else "Management"
    return event


_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str).encode
_string: Any = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
_HEADS: dict[tuple[Any, ...], str] = {}


def encode_event(event: Mapping[str, Any]) -> str:
    return _encode(event)


def _text(value: str | None) -> str:
    return "null" if value is None else _string(value)


def encode_call(call: Call) -> str:
    """The JSON record of one call (what ships to CloudTrail): ``encode_event(build_event(call))``."""
    return encode_record(call, columns=False)[0]


def encode_record(call: Call, *, columns: bool) -> tuple[str, dict[str, Any] | None]:
    """The JSON record of one call, assembled from pre-encoded parts (the record's start is the same for
    a caller and operation), so only the request and response go through the JSON encoder; with
    ``columns``, also the record's indexed fields as a dict (embedded: CloudTrail need not parse)."""
    context, operation = call.context, call.operation
    service = context.service
    plan = _plan(service, operation)
    principal, account = context.principal, context.account_id
    key = (account,) if principal is None else (
        account, principal.account_id, principal.arn, principal.principal_type,
        principal.principal_id, principal.access_key_id, principal.session_token is not None,
        principal.session_created, principal.mfa_authenticated,
    )  # fmt: skip
    head = _HEADS.get(key)
    if head is None:
        if len(_HEADS) >= _CACHE_LIMIT:
            _HEADS.clear()
        head = _HEADS[key] = (
            f'{{"eventVersion":"{EVENT_VERSION}","userIdentity":{_encode(_identity(principal, account))}'
            ',"eventTime":"'
        )
    read_only, data, bodies = plan.read_only, plan.data, plan.bodies
    request = recorded(operation.input_shape, call.params, bodies) if call.params else None
    response = None
    error = call.error
    if error is None and call.result and not read_only:
        response = recorded(operation.output_shape, call.result, bodies) or None
    eid = event_id()
    parts = [
        head,
        _event_time(call.at),
        '","eventSource":',
        _string(plan.event_source),
        ',"eventName":',
        _string(operation.name),
        ',"awsRegion":',
        _text(context.region),
        ',"sourceIPAddress":',
        _text(context.source_ip),
        ',"userAgent":',
        _text(context.user_agent),
    ]
    if error is not None:
        parts += (',"errorCode":', _text(error.code), ',"errorMessage":', _text(error.message))
    parts += (
        ',"requestParameters":',
        _encode(request) if request else "null",
        ',"responseElements":',
        _encode(response),
        ',"requestID":',
        _text(context.request_id),
        ',"eventID":"',
        eid,
        '","readOnly":',
        "true" if read_only else "false",
    )
    resources = data_resources(service, call.params, account, context.region) if data else None
    if resources is not None:
        parts += (',"resources":', _encode(resources))
    parts += (
        ',"eventType":"AwsApiCall","managementEvent":',
        "false" if data else "true",
        ',"recipientAccountId":',
        _text(account),
        ',"eventCategory":"Data"}' if data else ',"eventCategory":"Management"}',
    )
    if not columns:
        return "".join(parts), None
    return "".join(parts), {
        "eventID": eid,
        "eventTime": parts[1],
        "eventSource": plan.event_source,
        "eventName": operation.name,
        "awsRegion": context.region,
        "userIdentity": _identity(principal, account),
        "requestParameters": request,
        "responseElements": response,
        "readOnly": read_only,
        "resources": resources,
        "recipientAccountId": account,
        "eventCategory": "Data" if data else "Management",
    }


# --- which data events are wanted ------------------------------------------------------------------

Wanted = Mapping[tuple[str, str], frozenset[tuple[str, str]]]
"""``(account, region or "*")`` → the ``(service, operation)`` data events some logging trail wants."""


def compile_selection(rules: Any) -> dict[tuple[str, str], frozenset[tuple[str, str]]]:
    """CloudTrail's selection (``[{"Account", "Region", "Type", "ReadOnly", "EventNames"}]``, ``"*"`` for
    any) as the hook's lookup table; malformed rules are ignored."""
    wanted: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for rule in rules if isinstance(rules, list) else ():
        if not isinstance(rule, Mapping):
            continue
        kind, read_only = rule.get("Type", "*"), rule.get("ReadOnly", "*")
        names = frozenset(rule.get("EventNames") or ())
        for service, operations in DATA_EVENTS.items():
            if kind != "*" and kind not in DATA_RESOURCE_TYPES[service]:
                continue
            for operation in operations:
                if names and operation not in names:
                    continue
                if read_only != "*" and (read_only == "true") != is_read_only(service, operation):
                    continue
                key = (str(rule.get("Account", "")), str(rule.get("Region", "*")))
                wanted.setdefault(key, set()).add((service, operation))
    return {key: frozenset(pairs) for key, pairs in wanted.items()}


_NOTHING: frozenset[tuple[str, str]] = frozenset()


def frame(documents: list[str]) -> list[bytes]:
    """Records as event-log values, as ``overcast_cloudtrail.eventlog.frame`` writes them: newline-joined
    compact JSON, each value at most ``MAX_MESSAGE_BYTES`` unless one record alone is larger."""
    out: list[bytes] = []
    chunk: list[bytes] = []
    size = 0
    for document in documents:
        data = document.encode()
        if chunk and size + len(data) + 1 > MAX_MESSAGE_BYTES:
            out.append(b"\n".join(chunk))
            chunk, size = [], 0
        chunk.append(data)
        size += len(data) + 1
    if chunk:
        out.append(b"\n".join(chunk))
    return out


# --- the queue and its drain ------------------------------------------------------------------------


class Services(Protocol):
    """What the auditor needs from the gateway's ``ServiceRegistry``."""

    def dispatcher(self, name: str) -> Dispatcher | None: ...

    def state(self, name: str) -> Any: ...


@dataclass
class AuditStats:
    recorded: int = 0
    shipped: int = 0
    dropped_full: int = 0
    """Calls not audited because the queue was full."""
    dropped_failed: int = 0
    """Events lost because CloudTrail could not be reached (or refused the batch)."""
    unwanted: int = 0
    """Data events no logging trail wanted (not recorded, as AWS)."""


class Auditor:
    """The buffer between the pipeline and CloudTrail; ``start()``, ``record(ex)`` per call, ``close()``."""

    def __init__(
        self,
        services: Services,
        *,
        enabled: bool | None = None,
        capacity: int = QUEUE_CAPACITY,
        batch_size: int = BATCH_SIZE,
        interval: float = FLUSH_INTERVAL_S,
        clock: Any = time.time,
    ) -> None:
        self.services = services
        if enabled is None:
            enabled = os.environ.get("OVERCAST_AUDIT", "on").strip().lower() not in (
                "off",
                "0",
                "false",
                "no",
            )
        self.enabled = enabled
        self.capacity = capacity
        self.batch_size = batch_size
        self.interval = interval
        self.clock = clock
        self.stats = AuditStats()
        self._pending: deque[Call] = deque()
        self._wake = asyncio.Event()
        """Set when a batch is full (or a flush asks): ship now rather than at the next tick."""
        self._progress = asyncio.Event()
        self._urgent = False
        """A flush waits: ship partial batches too."""
        self._taken = 0
        """Calls handed to a batch so far (shipped, dropped or being shipped)."""
        self._done = 0
        """Calls whose batch finished (shipped or dropped)."""
        self._drain: asyncio.Task[None] | None = None
        self._last_warning = 0.0
        self.wanted: Wanted = {}
        """The data events logging trails want (CloudTrail's selection); none until it answers."""
        self._selection_due = 0.0
        """``time.monotonic()`` after which the drain asks CloudTrail for the selection again."""
        self.event_log: Mapping[str, str] = {}
        """CloudTrail's advertised Kafka log (``Kafka``, ``Prefix``, ``Topic``); empty: ship through it."""
        self._kafka: Log | None = None
        self._kafka_target: tuple[str, str] | None = None
        self._kafka_retry_at = 0.0

    def start(self) -> None:
        """Begin draining; auditing stays off when CloudTrail is not one of the gateway's services."""
        if self.enabled and self.services.state(AUDIT_SERVICE) is None:
            self.enabled = False
        if self.enabled and self._drain is None:
            self._drain = asyncio.get_running_loop().create_task(self._run(), name="overcast-audit")

    def record(self, ex: Exchange) -> None:
        """The hook: capture the finished call. Never raises, never waits."""
        if not self.enabled or ex.auth is None or ex.route is None:
            return
        context = ex.context
        service = context.service
        data = _DATA_EVENTS.get(service)
        if data is not None and (name := ex.route.operation.name) in data:
            wanted = self.wanted
            if not wanted:  # no trail asks for data events (the common case): nothing to look up
                self.stats.unwanted += 1
                return
            account, key = context.account_id, (service, name)
            if key not in wanted.get((account, context.region), _NOTHING) and key not in wanted.get(
                (account, "*"), _NOTHING
            ):
                self.stats.unwanted += 1  # data events only for trails that ask (as AWS)
                return
        elif service == AUDIT_SERVICE and ex.route.operation.name in SELECTION_CHANGES:
            self._selection_due = 0.0  # this call changed trails: fetch the selection now
            self._wake.set()
        pending = self._pending
        if len(pending) >= self.capacity:
            self.stats.dropped_full += 1
            self._warn("audit queue full: CloudTrail events dropped")
            return
        try:
            pending.append(Call(context, ex.route.operation, ex.params, ex.result, ex.error, self.clock()))
        except Exception:  # auditing must never fail a call
            log.exception("audit hook failed")
            return
        self.stats.recorded += 1
        if len(pending) == self.batch_size:
            self._wake.set()

    async def flush(self, timeout: float = 5.0) -> None:
        """Ship everything recorded so far now and wait until it was shipped (or dropped); for tests and
        shutdown."""
        if self._drain is None or self._drain.done():
            return
        target = self._taken + len(self._pending)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                while self._done < target:
                    self._progress.clear()
                    self._urgent = True
                    self._wake.set()
                    await self._progress.wait()

    async def close(self) -> None:
        if self._drain is None:
            return
        await self.flush()
        self._drain.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._drain
        self._drain = None
        await self._close_kafka()

    async def _run(self) -> None:
        pending = self._pending
        await self._fetch_selection()  # before the first tick: trails may already want data events
        while True:
            due = False
            if len(pending) < self.batch_size:
                try:
                    async with asyncio.timeout(self.interval):
                        await self._wake.wait()
                except TimeoutError:
                    due = True
            self._wake.clear()
            if time.monotonic() >= self._selection_due:
                await self._fetch_selection()
            # full batches go now; a partial one waits for the tick (or a flush)
            while len(pending) >= self.batch_size or (pending and (due or self._urgent)):
                batch = [pending.popleft() for _ in range(min(len(pending), self.batch_size))]
                self._taken += len(batch)
                try:
                    await self._ship(batch)
                finally:
                    self._done += len(batch)
                    self._progress.set()
            self._urgent = False

    async def _fetch_selection(self) -> None:
        self._selection_due = time.monotonic() + SELECTION_TTL_S
        dispatcher = self.services.dispatcher(AUDIT_SERVICE)
        if dispatcher is None:
            return
        context = RequestContext(request_id=event_id(), service=AUDIT_SERVICE, operation=SELECTION_OPERATION)
        try:
            self._apply_selection(await dispatcher.invoke(context, {}))
        except Exception as exc:  # keep the last selection; the next tick asks again
            self._warn(f"CloudTrail audit selection unavailable: {type(exc).__name__}: {exc}")

    def _apply_selection(self, reply: Mapping[str, Any]) -> None:
        if "Selection" in reply:
            self.wanted = compile_selection(reply["Selection"])
            if self._selection_due:  # 0: a trail changed while this reply was on its way, ask again
                self._selection_due = time.monotonic() + SELECTION_TTL_S
            where = reply.get("EventLog")
            self.event_log = where if isinstance(where, Mapping) else {}

    async def _ship(self, batch: list[Call]) -> None:
        dispatcher = self.services.dispatcher(AUDIT_SERVICE)
        columns = isinstance(dispatcher, InProcessDispatcher)  # same process: hand the fields over too
        events: list[str] = []
        records: list[dict[str, Any] | None] = []
        for start in range(0, len(batch), BUILD_CHUNK):
            if start:
                await asyncio.sleep(0)  # let waiting requests run between chunks
            for call in batch[start : start + BUILD_CHUNK]:
                try:
                    document, fields = encode_record(call, columns=columns)
                except Exception:
                    log.exception("cannot build a CloudTrail event", extra={"fields": _call_fields(call)})
                    self.stats.dropped_failed += 1
                    continue
                events.append(document)
                records.append(fields)
        if not events:
            return
        if not columns and await self._append_to_kafka(events):
            return
        try:
            if dispatcher is None:
                raise ConnectionError("cloudtrail is not running")
            context = RequestContext(request_id=event_id(), service=AUDIT_SERVICE, operation=AUDIT_OPERATION)
            params: dict[str, Any] = {"Events": events}
            if columns:
                params["Records"] = records
            reply = await dispatcher.invoke(context, params)
            self.stats.shipped += len(events)
            self._apply_selection(reply)
        except Exception as exc:
            self.stats.dropped_failed += len(events)
            self._warn(f"CloudTrail events dropped: {type(exc).__name__}: {exc}", count=len(events))

    async def _append_to_kafka(self, events: list[str]) -> bool:
        """Append the batch to CloudTrail's advertised Kafka log; False: ship it through CloudTrail."""
        where = self.event_log
        bootstrap, prefix, topic = where.get("Kafka"), where.get("Prefix"), where.get("Topic")
        if not (bootstrap and prefix is not None and topic) or time.monotonic() < self._kafka_retry_at:
            return False
        try:
            if self._kafka is None or self._kafka_target != (bootstrap, prefix):
                await self._close_kafka()
                from overcast_common.log.kafka import (
                    KafkaLog,
                )  # cluster mode only: keeps aiokafka off start-up

                self._kafka = await KafkaLog.open(
                    bootstrap, prefix=prefix, client_id="overcast-gateway-audit"
                )
                self._kafka_target = (bootstrap, prefix)
            await self._kafka.append_batch(topic, 0, [Message(value) for value in frame(events)])
        except Exception as exc:
            self._kafka_retry_at = time.monotonic() + KAFKA_RETRY_S
            self._warn(
                f"CloudTrail event log unreachable, shipping through CloudTrail: {type(exc).__name__}: {exc}"
            )
            await self._close_kafka()
            return False
        self.stats.shipped += len(events)
        return True

    async def _close_kafka(self) -> None:
        kafka, self._kafka, self._kafka_target = self._kafka, None, None
        if kafka is not None:
            with contextlib.suppress(Exception):
                await kafka.close()

    def _warn(self, message: str, count: int = 1) -> None:
        now = time.monotonic()
        if now - self._last_warning >= 10.0:  # at most one line per 10 s under sustained loss
            self._last_warning = now
            log.warning(
                message,
                extra={
                    "fields": {
                        "count": count,
                        "dropped_full": self.stats.dropped_full,
                        "dropped_failed": self.stats.dropped_failed,
                    }
                },
            )


def _call_fields(call: Call) -> dict[str, str]:
    return {
        "request_id": call.context.request_id,
        "service": call.context.service,
        "operation": call.context.operation,
    }
