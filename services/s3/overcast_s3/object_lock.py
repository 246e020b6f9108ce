"""Object lock: the bucket's configuration (default retention), per-version retention and legal hold,
and the rule that refuses to delete a protected version, as AWS words each refusal.

Per-version state lives in ``ObjectVersion.extras``: ``retention`` (``{"Mode", "RetainUntilDate"}``,
the date in ISO form) and ``legal_hold`` (``"ON"``/``"OFF"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from overcast_s3.errors import MALFORMED_XML, InvalidArgument, InvalidRequest, MalformedXML
from overcast_s3.feature_errors import AccessDeniedLocked, InvalidBucketState
from overcast_s3.store import Bucket, ObjectVersion

CONFIG = "object_lock"
MODES = ("GOVERNANCE", "COMPLIANCE")
MISSING = "Bucket is missing Object Lock Configuration"
PROTECTED = "Access Denied because object protected by object lock."


def enabled(bucket: Bucket, config: Mapping[str, Any] | None) -> bool:
    return bucket.object_lock or bool(config and config.get("ObjectLockEnabled") == "Enabled")


def validate_configuration(bucket: Bucket, document: Mapping[str, Any]) -> dict[str, Any]:
    if not bucket.object_lock and bucket.versioning != "Enabled":
        raise InvalidBucketState(
            "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration"
        )
    if document.get("ObjectLockEnabled") != "Enabled":
        raise MalformedXML(MALFORMED_XML)
    stored: dict[str, Any] = {"ObjectLockEnabled": "Enabled"}
    rule = document.get("Rule")
    if rule is not None:
        retention = rule.get("DefaultRetention") or {}
        if retention.get("Mode") not in MODES or ("Days" in retention) == ("Years" in retention):
            raise MalformedXML(MALFORMED_XML)
        period = retention.get("Days", retention.get("Years", 0))
        if period <= 0:
            raise InvalidArgument(
                "Default retention period must be a positive integer value",
                ArgumentName="Days" if "Days" in retention else "Years",
                ArgumentValue=str(period),
            )
        stored["Rule"] = {"DefaultRetention": dict(retention)}
    return stored


def default_retention(config: Mapping[str, Any] | None, now: datetime) -> dict[str, str] | None:
    retention = ((config or {}).get("Rule") or {}).get("DefaultRetention")
    if not retention:
        return None
    if "Days" in retention:
        until = now + timedelta(days=retention["Days"])
    else:
        until = now.replace(year=now.year + retention["Years"])
    return {"Mode": retention["Mode"], "RetainUntilDate": until.isoformat()}


def write_extras(
    bucket: Bucket,
    config: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    now: datetime,
    *,
    integrity: bool,
) -> dict[str, Any]:
    """The lock state a new version starts with, from ``x-amz-object-lock-*`` headers or the bucket's
    default; ``integrity``: the request carries Content-MD5 or an ``x-amz-checksum-*``/algorithm."""
    mode = params.get("object_lock_mode")
    until: datetime | None = params.get("object_lock_retain_until_date")
    hold = params.get("object_lock_legal_hold_status")
    if mode is None and until is None and hold is None:
        if not enabled(bucket, config):
            return {}
        retention = default_retention(config, now)
        if retention is None:
            return {}
        if not integrity:
            raise InvalidRequest(
                "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters"
            )
        return {"retention": retention}
    if not enabled(bucket, config):
        raise InvalidRequest(MISSING)
    if (mode is None) != (until is None):
        raise InvalidArgument(
            "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied",
            ArgumentName="x-amz-object-lock-retain-until-date" if until is None else "x-amz-object-lock-mode",
        )
    extras: dict[str, Any] = {}
    if mode is not None and until is not None:
        if mode not in MODES:
            raise InvalidArgument(
                "Unknown wormMode directive.", ArgumentName="x-amz-object-lock-mode", ArgumentValue=str(mode)
            )
        if until <= now:
            raise InvalidArgument(
                "The retain until date must be in the future!",
                ArgumentName="x-amz-object-lock-retain-until-date",
                ArgumentValue=until.isoformat(),
            )
        extras["retention"] = {"Mode": mode, "RetainUntilDate": until.astimezone(UTC).isoformat()}
    if hold is not None:
        if hold not in ("ON", "OFF"):
            raise InvalidArgument(
                "Unknown legal hold status.",
                ArgumentName="x-amz-object-lock-legal-hold",
                ArgumentValue=str(hold),
            )
        extras["legal_hold"] = hold
    if not integrity:
        raise InvalidRequest(
            "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters"
        )
    return extras


def retention_of(version: ObjectVersion) -> tuple[str, datetime] | None:
    retention = version.extras.get("retention")
    if not retention:
        return None
    return retention["Mode"], datetime.fromisoformat(retention["RetainUntilDate"])


def locked(version: ObjectVersion, now: datetime, *, bypass: bool = False) -> bool:
    """Whether deleting ``version`` is refused (``bypass``: governance bypass was asked and allowed)."""
    if version.extras.get("legal_hold") == "ON":
        return True
    retention = retention_of(version)
    if retention is None or retention[1] <= now:
        return False
    return not (retention[0] == "GOVERNANCE" and bypass)


def check_delete(version: ObjectVersion, now: datetime, *, bypass: bool) -> None:
    if locked(version, now, bypass=bypass):
        raise AccessDeniedLocked(PROTECTED)


def check_retention_change(
    version: ObjectVersion, new: Mapping[str, Any] | None, now: datetime, *, bypass: bool
) -> dict[str, str] | None:
    """The retention to store after ``PutObjectRetention``; raises where AWS refuses the change."""
    mode = (new or {}).get("Mode")
    until: datetime | None = (new or {}).get("RetainUntilDate")
    if new and (mode is None) != (until is None):
        raise MalformedXML(MALFORMED_XML)
    if mode is not None and mode not in MODES:
        raise MalformedXML(MALFORMED_XML)
    if until is not None and until <= now:
        raise InvalidArgument(
            "The retain until date must be in the future!",
            ArgumentName="RetainUntilDate",
            ArgumentValue=until.isoformat(),
        )
    current = retention_of(version)
    if current is not None and current[1] > now:
        weaker = mode != current[0] or until is None or until < current[1]
        if weaker and (current[0] == "COMPLIANCE" or not bypass):
            raise AccessDeniedLocked("Access Denied because object protected by object lock.")
    if mode is None or until is None:
        return None
    return {"Mode": mode, "RetainUntilDate": until.astimezone(UTC).isoformat()}


def read_headers(version: ObjectVersion) -> dict[str, Any]:
    """``ObjectLockMode`` / ``ObjectLockRetainUntilDate`` / ``ObjectLockLegalHoldStatus`` outputs."""
    out: dict[str, Any] = {}
    retention = retention_of(version)
    if retention is not None:
        out["ObjectLockMode"], out["ObjectLockRetainUntilDate"] = retention
    if "legal_hold" in version.extras:
        out["ObjectLockLegalHoldStatus"] = version.extras["legal_hold"]
    return out
