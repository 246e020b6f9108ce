"""Bucket policies: validated as ``PutBucketPolicy`` validates them, evaluated for one request.

``validate(text, bucket)`` raises ``MalformedPolicy`` with S3's messages. ``evaluate(document, request)``
answers ``"Deny"`` (an explicit deny matched: it wins), ``"Allow"`` or ``None`` (nothing matched: the
implicit deny). A principal matches through ``"*"`` / ``{"AWS": "*"}`` (everyone, anonymous included),
or an account id / account ARN / the caller's ARN for signed callers. Conditions are evaluated over the
request's keys (``aws:SourceIp``, ``aws:SecureTransport``, ``s3:prefix``…); an operator or key Overcast
cannot evaluate makes its condition false, so it can never widen access.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Literal

from overcast_s3.errors import MalformedPolicy

Decision = Literal["Allow", "Deny"]

S3_ACTIONS = frozenset(
    [
        "AbortMultipartUpload",
        "BypassGovernanceRetention",
        "CreateAccessPoint",
        "CreateBucket",
        "CreateJob",
        "DeleteAccessPoint",
        "DeleteAccessPointPolicy",
        "DeleteBucket",
        "DeleteBucketOwnershipControls",
        "DeleteBucketPolicy",
        "DeleteBucketWebsite",
        "DeleteJobTagging",
        "DeleteObject",
        "DeleteObjectTagging",
        "DeleteObjectVersion",
        "DeleteObjectVersionTagging",
        "DescribeJob",
        "GetAccelerateConfiguration",
        "GetAccessPoint",
        "GetAccessPointPolicy",
        "GetAccessPointPolicyStatus",
        "GetAccountPublicAccessBlock",
        "GetAnalyticsConfiguration",
        "GetBucketAcl",
        "GetBucketCORS",
        "GetBucketLocation",
        "GetBucketLogging",
        "GetBucketNotification",
        "GetBucketObjectLockConfiguration",
        "GetBucketOwnershipControls",
        "GetBucketPolicy",
        "GetBucketPolicyStatus",
        "GetBucketPublicAccessBlock",
        "GetBucketRequestPayment",
        "GetBucketTagging",
        "GetBucketVersioning",
        "GetBucketWebsite",
        "GetEncryptionConfiguration",
        "GetIntelligentTieringConfiguration",
        "GetInventoryConfiguration",
        "GetJobTagging",
        "GetLifecycleConfiguration",
        "GetMetricsConfiguration",
        "GetObject",
        "GetObjectAcl",
        "GetObjectAttributes",
        "GetObjectLegalHold",
        "GetObjectRetention",
        "GetObjectTagging",
        "GetObjectTorrent",
        "GetObjectVersion",
        "GetObjectVersionAcl",
        "GetObjectVersionAttributes",
        "GetObjectVersionForReplication",
        "GetObjectVersionTagging",
        "GetObjectVersionTorrent",
        "GetReplicationConfiguration",
        "ListAccessPoints",
        "ListAllMyBuckets",
        "ListBucket",
        "ListBucketMultipartUploads",
        "ListBucketVersions",
        "ListJobs",
        "ListMultipartUploadParts",
        "ObjectOwnerOverrideToBucketOwner",
        "PutAccelerateConfiguration",
        "PutAccountPublicAccessBlock",
        "PutAnalyticsConfiguration",
        "PutBucketAcl",
        "PutBucketCORS",
        "PutBucketLogging",
        "PutBucketNotification",
        "PutBucketObjectLockConfiguration",
        "PutBucketOwnershipControls",
        "PutBucketPolicy",
        "PutBucketPublicAccessBlock",
        "PutBucketRequestPayment",
        "PutBucketTagging",
        "PutBucketVersioning",
        "PutBucketWebsite",
        "PutEncryptionConfiguration",
        "PutIntelligentTieringConfiguration",
        "PutInventoryConfiguration",
        "PutJobTagging",
        "PutLifecycleConfiguration",
        "PutMetricsConfiguration",
        "PutObject",
        "PutObjectAcl",
        "PutObjectLegalHold",
        "PutObjectRetention",
        "PutObjectTagging",
        "PutObjectVersionAcl",
        "PutObjectVersionTagging",
        "PutReplicationConfiguration",
        "ReplicateDelete",
        "ReplicateObject",
        "ReplicateTags",
        "RestoreObject",
        "UpdateJobPriority",
        "UpdateJobStatus",
    ]
)
STATEMENT_FIELDS = frozenset(
    {
        "Sid",
        "Effect",
        "Principal",
        "NotPrincipal",
        "Action",
        "NotAction",
        "Resource",
        "NotResource",
        "Condition",
    }
)
# condition keys whose fixed values confine a wildcard principal: a statement using one is not public
RESTRICTING_KEYS = frozenset(
    k.lower()
    for k in (
        "aws:SourceIp",
        "aws:SourceVpc",
        "aws:SourceVpce",
        "aws:SourceArn",
        "aws:SourceAccount",
        "aws:SourceOwner",
        "aws:PrincipalOrgID",
        "aws:PrincipalAccount",
        "aws:PrincipalArn",
        "aws:userid",
        "aws:PrincipalServiceName",
        "s3:DataAccessPointArn",
        "s3:DataAccessPointAccount",
    )
)


@dataclass
class Request:
    """What a statement is matched against."""

    action: str
    """``s3:GetObject``."""
    resource: str
    """``arn:aws:s3:::bucket/key`` or ``arn:aws:s3:::bucket``."""
    principal_arn: str | None = None
    """None for an anonymous caller."""
    account_id: str | None = None
    keys: dict[str, list[str]] = field(default_factory=dict)
    """Condition keys (lower-cased names) → their values in this request."""


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def parse(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except ValueError:
        raise MalformedPolicy("Policies must be valid JSON and the first byte must be '{'") from None
    if not isinstance(document, dict):
        raise MalformedPolicy("Policies must be valid JSON and the first byte must be '{'")
    return document


def validate(text: str, bucket: str) -> dict[str, Any]:
    """The parsed policy, or ``MalformedPolicy`` as S3 words it."""
    if not text.lstrip().startswith("{"):
        raise MalformedPolicy("Policies must be valid JSON and the first byte must be '{'")
    document = parse(text)
    for name in document:
        if name not in ("Version", "Id", "Statement"):
            raise MalformedPolicy(f"Unknown field {name}")
    if "Version" in document and document["Version"] not in ("2008-10-17", "2012-10-17"):
        raise MalformedPolicy("Invalid policy version")
    if "Statement" not in document:
        raise MalformedPolicy("Missing required field Statement")
    statements = _as_list(document["Statement"])
    if not statements:
        raise MalformedPolicy("Could not parse the policy: Statement is empty!")
    for statement in statements:
        _validate_statement(statement, bucket)
    return document


def _validate_statement(statement: Any, bucket: str) -> None:
    if not isinstance(statement, dict):
        raise MalformedPolicy("Statement is not well formed")
    for name in statement:
        if name not in STATEMENT_FIELDS:
            raise MalformedPolicy(f"Unknown field {name}")
    if "Effect" not in statement:
        raise MalformedPolicy("Missing required field Effect")
    if statement["Effect"] not in ("Allow", "Deny"):
        raise MalformedPolicy(f"Invalid effect: {statement['Effect']}")
    if "Principal" not in statement and "NotPrincipal" not in statement:
        raise MalformedPolicy("Missing required field Principal")
    _validate_principal(statement.get("Principal", statement.get("NotPrincipal")))
    if "Action" not in statement and "NotAction" not in statement:
        raise MalformedPolicy("Missing required field Action")
    actions = _as_list(statement.get("Action", statement.get("NotAction")))
    for action in actions:
        if not isinstance(action, str) or not _valid_action(action):
            raise MalformedPolicy("Policy has invalid action")
    if "Resource" not in statement and "NotResource" not in statement:
        raise MalformedPolicy("Missing required field Resource")
    resources = _as_list(statement.get("Resource", statement.get("NotResource")))
    for resource in resources:
        if not isinstance(resource, str) or not _valid_resource(resource, bucket):
            raise MalformedPolicy("Policy has invalid resource")
    if "Action" in statement and "Resource" in statement and not _actions_fit_resources(actions, resources):
        raise MalformedPolicy("Action does not apply to any resource(s) in statement")
    condition = statement.get("Condition")
    if condition is not None:
        if not isinstance(condition, dict):
            raise MalformedPolicy("Condition is not well formed")
        for operator, block in condition.items():
            if _operator(operator) is None:
                raise MalformedPolicy(f"Invalid Condition type : {operator}")
            if not isinstance(block, dict):
                raise MalformedPolicy("Condition is not well formed")


def _validate_principal(principal: Any) -> None:
    if principal == "*":
        return
    if not isinstance(principal, dict) or not principal:
        raise MalformedPolicy("Invalid principal in policy")
    for kind, values in principal.items():
        if kind not in ("AWS", "Service", "Federated", "CanonicalUser"):
            raise MalformedPolicy("Invalid principal in policy")
        for value in _as_list(values):
            if not isinstance(value, str) or not value:
                raise MalformedPolicy("Invalid principal in policy")
            if kind == "AWS" and not (
                value == "*"
                or re.fullmatch(r"\d{12}", value)
                or re.fullmatch(r"arn:aws[a-z-]*:(iam|sts)::\d{12}:.+", value)
            ):
                raise MalformedPolicy("Invalid principal in policy")
            if kind == "CanonicalUser" and not re.fullmatch(r"[0-9a-f]{64}", value):
                raise MalformedPolicy("Invalid principal in policy")


def _valid_action(action: str) -> bool:
    if action == "*":
        return True
    service, _, name = action.partition(":")
    if service.lower() != "s3" or not name:
        return False
    if "*" in name or "?" in name:
        pattern = _pattern(name, ignore_case=True)
        return any(pattern.fullmatch(a) for a in S3_ACTIONS)
    return any(a.lower() == name.lower() for a in S3_ACTIONS)


def _valid_resource(resource: str, bucket: str) -> bool:
    if resource == "*":
        return True
    if not resource.startswith("arn:aws:s3:::"):
        return False
    path = resource[len("arn:aws:s3:::") :]
    bucket_part = path.split("/", 1)[0]
    return _pattern(bucket_part, ignore_case=False).fullmatch(bucket) is not None


_OBJECT_ACTION = re.compile(
    r"(?i)(.*Object.*|AbortMultipartUpload|ListMultipartUploadParts|RestoreObject|Replicate.*)"
)


def _actions_fit_resources(actions: list[Any], resources: list[Any]) -> bool:
    """False when every action is bucket-level and every resource an object (or the reverse)."""
    has_object = any(r == "*" or "/" in r for r in resources)
    has_bucket = any(r == "*" or "/" not in r for r in resources)
    for action in actions:
        name = action.partition(":")[2] if action != "*" else "*"
        if "*" in name or "?" in name:
            return True
        is_object = bool(_OBJECT_ACTION.fullmatch(name)) and not name.startswith(
            ("GetBucketObject", "PutBucketObject")
        )
        if (is_object and has_object) or (not is_object and has_bucket):
            return True
    return False


@lru_cache(maxsize=1024)
def _pattern(glob: str, *, ignore_case: bool) -> re.Pattern[str]:
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in glob)
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL if ignore_case else re.DOTALL)


# --- evaluation -------------------------------------------------------------------------------------


def evaluate(document: Mapping[str, Any], request: Request) -> Decision | None:
    allowed = False
    for statement in _as_list(document.get("Statement", [])):
        if not isinstance(statement, dict) or not _statement_matches(statement, request):
            continue
        if statement.get("Effect") == "Deny":
            return "Deny"
        allowed = True
    return "Allow" if allowed else None


def _statement_matches(statement: Mapping[str, Any], request: Request) -> bool:
    if "Principal" in statement:
        if not _principal_matches(statement["Principal"], request):
            return False
    elif "NotPrincipal" in statement and _principal_matches(statement["NotPrincipal"], request, exact=True):
        return False
    if "Action" in statement:
        if not _any_glob(statement["Action"], request.action, ignore_case=True):
            return False
    elif _any_glob(statement.get("NotAction", []), request.action, ignore_case=True):
        return False
    if "Resource" in statement:
        if not _any_glob(statement["Resource"], request.resource, ignore_case=False):
            return False
    elif _any_glob(statement.get("NotResource", []), request.resource, ignore_case=False):
        return False
    return _conditions_hold(statement.get("Condition") or {}, request)


def _any_glob(patterns: Any, value: str, *, ignore_case: bool) -> bool:
    return any(
        isinstance(p, str) and _pattern(p, ignore_case=ignore_case).fullmatch(value)
        for p in _as_list(patterns)
    )


def _principal_matches(principal: Any, request: Request, *, exact: bool = False) -> bool:
    if principal == "*":
        return not exact
    if not isinstance(principal, dict):
        return False
    for value in _as_list(principal.get("AWS", [])):
        if value == "*":
            if not exact:
                return True
            continue
        if request.principal_arn is None:
            continue
        if value in (request.account_id, f"arn:aws:iam::{request.account_id}:root", request.principal_arn):
            return True
    return False


def is_public(document: Mapping[str, Any]) -> bool:
    """A policy is public when an Allow statement names a wildcard principal without a condition that
    confines it to fixed sources (Block Public Access's definition, simplified to the key list above)."""
    for statement in _as_list(document.get("Statement", [])):
        if not isinstance(statement, dict) or statement.get("Effect") != "Allow":
            continue
        principal = statement.get("Principal")
        wildcard = principal == "*" or (
            isinstance(principal, dict) and "*" in _as_list(principal.get("AWS", []))
        )
        if "NotPrincipal" in statement:
            wildcard = True
        if not wildcard:
            continue
        keys = {
            key.lower()
            for block in (statement.get("Condition") or {}).values()
            if isinstance(block, dict)
            for key in block
        }
        if not keys & RESTRICTING_KEYS:
            return True
    return False


# --- conditions ---------------------------------------------------------------------------------------


def _operator(name: str) -> tuple[str, str, bool] | None:
    """``ForAnyValue:StringLikeIfExists`` → (set qualifier, base operator, if-exists); None if unknown."""
    qualifier = ""
    if ":" in name:
        qualifier, _, name = name.partition(":")
        if qualifier not in ("ForAnyValue", "ForAllValues"):
            return None
    if_exists = name.endswith("IfExists")
    base = name[: -len("IfExists")] if if_exists else name
    if base not in _OPERATORS:
        return None
    return qualifier, base, if_exists


def _conditions_hold(condition: Mapping[str, Any], request: Request) -> bool:
    for operator_name, block in condition.items():
        parsed = _operator(operator_name)
        if parsed is None or not isinstance(block, dict):
            return False
        qualifier, base, if_exists = parsed
        for key, wanted in block.items():
            values = request.keys.get(key.lower())
            expected = [str(v).lower() if isinstance(v, bool) else str(v) for v in _as_list(wanted)]
            if base == "Null":
                present = values is not None
                if any((e.lower() == "true") == present for e in expected):
                    return False
                continue
            if values is None:
                if if_exists or qualifier == "ForAllValues":
                    continue
                if base in _NEGATED:
                    continue
                return False
            test = _OPERATORS[base]
            if qualifier == "ForAllValues":
                ok = all(test(v, expected) for v in values)
            else:
                ok = any(test(v, expected) for v in values)
            if not ok:
                return False
    return True


def _str_like(value: str, expected: list[str]) -> bool:
    return any(_pattern(e, ignore_case=False).fullmatch(value) for e in expected)


def _num(op: Any) -> Any:
    def test(value: str, expected: list[str]) -> bool:
        try:
            number = float(value)
            return any(op(number, float(e)) for e in expected)
        except ValueError:
            return False

    return test


def _date(op: Any) -> Any:
    def when(text: str) -> float:
        if re.fullmatch(r"\d+(\.\d+)?", text):
            return float(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).timestamp()

    def test(value: str, expected: list[str]) -> bool:
        try:
            return any(op(when(value), when(e)) for e in expected)
        except ValueError:
            return False

    return test


def _ip(value: str, expected: list[str]) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    for e in expected:
        try:
            if address in ipaddress.ip_network(e, strict=False):
                return True
        except ValueError:
            continue
    return False


def _arn_like(value: str, expected: list[str]) -> bool:
    return _str_like(value, expected)


def _not(test: Any) -> Any:
    return lambda value, expected: not test(value, expected)


_EQ = lambda value, expected: value in expected  # noqa: E731
_EQ_CI = lambda value, expected: value.lower() in [e.lower() for e in expected]  # noqa: E731
_OPERATORS: dict[str, Any] = {
    "StringEquals": _EQ,
    "StringNotEquals": _not(_EQ),
    "StringEqualsIgnoreCase": _EQ_CI,
    "StringNotEqualsIgnoreCase": _not(_EQ_CI),
    "StringLike": _str_like,
    "StringNotLike": _not(_str_like),
    "NumericEquals": _num(lambda a, b: a == b),
    "NumericNotEquals": _num(lambda a, b: a != b),
    "NumericLessThan": _num(lambda a, b: a < b),
    "NumericLessThanEquals": _num(lambda a, b: a <= b),
    "NumericGreaterThan": _num(lambda a, b: a > b),
    "NumericGreaterThanEquals": _num(lambda a, b: a >= b),
    "DateEquals": _date(lambda a, b: a == b),
    "DateNotEquals": _date(lambda a, b: a != b),
    "DateLessThan": _date(lambda a, b: a < b),
    "DateLessThanEquals": _date(lambda a, b: a <= b),
    "DateGreaterThan": _date(lambda a, b: a > b),
    "DateGreaterThanEquals": _date(lambda a, b: a >= b),
    "Bool": lambda value, expected: value.lower() in [e.lower() for e in expected],
    "BinaryEquals": _EQ,
    "IpAddress": _ip,
    "NotIpAddress": _not(_ip),
    "ArnEquals": _EQ,
    "ArnNotEquals": _not(_EQ),
    "ArnLike": _arn_like,
    "ArnNotLike": _not(_arn_like),
    "Null": _EQ,
}
_NEGATED = frozenset(
    {"StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike", "NumericNotEquals", "DateNotEquals",
     "NotIpAddress", "ArnNotEquals", "ArnNotLike"}
)  # fmt: skip


def request_keys(
    *,
    source_ip: str,
    secure: bool,
    user_agent: str,
    now: datetime,
    principal_type: str,
    account_id: str | None,
    extra: Iterable[tuple[str, str | None]] = (),
) -> dict[str, list[str]]:
    """The condition keys of one request (lower-cased names), absent ones omitted."""
    keys = {
        "aws:sourceip": [source_ip],
        "aws:securetransport": ["true" if secure else "false"],
        "aws:currenttime": [now.strftime("%Y-%m-%dT%H:%M:%SZ")],
        "aws:epochtime": [str(int(now.timestamp()))],
        "aws:principaltype": [principal_type],
    }
    if user_agent:
        keys["aws:useragent"] = [user_agent]
    if account_id:
        keys["aws:principalaccount"] = [account_id]
    for name, value in extra:
        if value is not None:
            keys[name.lower()] = [value]
    return keys
