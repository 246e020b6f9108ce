"""RestoreObject for archived storage classes (GLACIER, DEEP_ARCHIVE): a temporary readable copy.

A restore is a record in the version's ``extras["restore"]`` (``requested``, ``ready``, ``days``):
it is ongoing until ``ready`` (``OVERCAST_S3_RESTORE_SECONDS`` after the request, default 1) and
readable until ``ready`` + ``days`` lifecycle days, so its state is computed on read, never polled.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from overcast_s3.errors import MALFORMED_XML, MalformedXML
from overcast_s3.feature_errors import InvalidObjectStateError, RestoreAlreadyInProgress
from overcast_s3.lifecycle import due
from overcast_s3.store import ObjectVersion

ARCHIVED = ("GLACIER", "DEEP_ARCHIVE")
HTTP_DATE = "%a, %d %b %Y %H:%M:%S GMT"


def state(version: ObjectVersion, now: datetime) -> tuple[str, datetime | None] | None:
    """``("ongoing", None)``, ``("restored", expiry)``, or None (never restored, or expired)."""
    record = version.extras.get("restore")
    if not record:
        return None
    ready = datetime.fromisoformat(record["ready"])
    if now < ready:
        return "ongoing", None
    expiry = datetime.fromisoformat(record["expiry"])
    if now >= expiry:
        return None
    return "restored", expiry


def header(version: ObjectVersion, now: datetime) -> str | None:
    """``x-amz-restore``."""
    current = state(version, now)
    if current is None:
        return None
    if current[0] == "ongoing":
        return 'ongoing-request="true"'
    assert current[1] is not None
    return f'ongoing-request="false", expiry-date="{current[1].strftime(HTTP_DATE)}"'


def listing_status(version: ObjectVersion, now: datetime) -> dict[str, Any] | None:
    """A listing's ``RestoreStatus`` (``OptionalObjectAttributes``); None for a version never restored
    or whose restored copy expired, which S3 lists without it."""
    current = state(version, now)
    if current is None:
        return None
    if current[0] == "ongoing":
        return {"IsRestoreInProgress": True}
    return {"IsRestoreInProgress": False, "RestoreExpiryDate": current[1]}


def check_readable(version: ObjectVersion, now: datetime) -> None:
    if version.storage_class not in ARCHIVED:
        return
    current = state(version, now)
    if current is None or current[0] != "restored":
        raise InvalidObjectStateError(
            "The operation is not valid for the object's storage class", StorageClass=version.storage_class
        )


def request(
    version: ObjectVersion,
    restore_request: Mapping[str, Any] | None,
    now: datetime,
    *,
    delay_s: float,
    day_s: float,
) -> tuple[dict[str, Any], bool]:
    """The new ``restore`` record and whether it is a fresh restore (else an already restored copy
    whose expiry is extended); raises what AWS raises."""
    if version.storage_class not in ARCHIVED:
        raise InvalidObjectStateError(
            "Restore is not allowed for the object's current storage class",
            StorageClass=version.storage_class,
        )
    restore_request = restore_request or {}
    days = restore_request.get("Days")
    if days is None or days <= 0:
        raise MalformedXML(MALFORMED_XML)
    current = state(version, now)
    if current is not None and current[0] == "ongoing":
        raise RestoreAlreadyInProgress("Object restore is already in progress")
    tier = (restore_request.get("GlacierJobParameters") or {}).get("Tier") or restore_request.get("Tier")
    if current is not None:
        record = dict(version.extras["restore"])
        record["expiry"] = due(now, days, day_s).isoformat()
        record["days"] = days
        return record, False
    ready = now + timedelta(seconds=delay_s)
    record = {
        "requested": now.isoformat(),
        "ready": ready.isoformat(),
        "expiry": due(ready, days, day_s).isoformat(),
        "days": days,
        "tier": tier or "Standard",
    }
    return record, True
