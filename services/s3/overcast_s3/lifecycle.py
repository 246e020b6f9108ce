"""Lifecycle configuration: AWS's validation, the ``x-amz-expiration`` header, and the executor.

The executor really runs the rules: current-version expiration (days or date; a delete marker on a
versioned bucket), expired-object delete markers, noncurrent version expiration (``NoncurrentDays``,
``NewerNoncurrentVersions``), transitions (the storage class changes), and aborting incomplete
multipart uploads, with prefix / tag / size filters. It runs every ``interval`` seconds (``OVERCAST_S3_
LIFECYCLE_INTERVAL_SECONDS``, default 60) and a "day" lasts ``OVERCAST_S3_LIFECYCLE_DAY_SECONDS``
(default 86,400; tests use 1). With real days, as on AWS, an action is due at the first midnight UTC
after its age is reached.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from overcast_s3.errors import MALFORMED_XML, InvalidArgument, InvalidRequest, MalformedXML
from overcast_s3.store import Bucket, ObjectVersion, S3Store, Upload

log = logging.getLogger("overcast.s3.lifecycle")

CONFIG = "lifecycle"
DAY_S = 86_400.0
ARCHIVE_CLASSES = ("GLACIER", "DEEP_ARCHIVE")
_CLASS_ORDER = (
    "STANDARD",
    "INTELLIGENT_TIERING",
    "STANDARD_IA",
    "ONEZONE_IA",
    "GLACIER_IR",
    "GLACIER",
    "DEEP_ARCHIVE",
)
_MIN_TRANSITION_DAYS = {"STANDARD_IA": 30, "ONEZONE_IA": 30}


# --- validation --------------------------------------------------------------------------------


def validate(document: Mapping[str, Any]) -> dict[str, Any]:
    rules = document.get("Rules")
    if not rules or len(rules) > 1000:
        raise MalformedXML(MALFORMED_XML)
    ids: set[str] = set()
    for rule in rules:
        rule_id = rule.get("ID")
        if rule_id is not None:
            if len(rule_id) > 255:
                raise InvalidArgument(
                    "ID length should not exceed allowed limit of 255",
                    ArgumentName="ID",
                    ArgumentValue=rule_id,
                )
            if rule_id in ids:
                raise InvalidArgument(
                    "Rule ID must be unique. Found same ID for more than one rule",
                    ArgumentName="ID",
                    ArgumentValue=rule_id,
                )
            ids.add(rule_id)
        if rule.get("Status") not in ("Enabled", "Disabled"):
            raise MalformedXML(MALFORMED_XML)
        if ("Prefix" in rule) == ("Filter" in rule):
            raise MalformedXML(MALFORMED_XML)
        _validate_filter(rule.get("Filter"))
        actions = (
            "Expiration",
            "Transitions",
            "NoncurrentVersionExpiration",
            "NoncurrentVersionTransitions",
            "AbortIncompleteMultipartUpload",
        )
        if not any(rule.get(a) for a in actions):
            raise InvalidRequest("At least one action needs to be specified in a rule")
        has_tags = _has_tags(rule.get("Filter"))
        expiration = rule.get("Expiration")
        if expiration is not None:
            given = [k for k in ("Days", "Date", "ExpiredObjectDeleteMarker") if k in expiration]
            if len(given) != 1:
                raise MalformedXML(MALFORMED_XML)
            if "Days" in expiration and expiration["Days"] <= 0:
                raise InvalidArgument(
                    "'Days' for Expiration action must be a positive integer",
                    ArgumentName="Days",
                    ArgumentValue=str(expiration["Days"]),
                )
            if "Date" in expiration:
                _check_midnight(expiration["Date"])
            if expiration.get("ExpiredObjectDeleteMarker") and has_tags:
                raise InvalidRequest("ExpiredObjectDeleteMarker cannot be specified with Tag-based filter.")
        for transition in rule.get("Transitions") or []:
            if ("Days" in transition) == ("Date" in transition):
                raise MalformedXML(MALFORMED_XML)
            days = transition.get("Days")
            if days is not None:
                minimum = _MIN_TRANSITION_DAYS.get(transition.get("StorageClass", ""), 0)
                if days < minimum:
                    raise InvalidArgument(
                        f"'Days' in Transition action must be greater than or equal to {minimum} for "
                        f"storageClass '{transition.get('StorageClass')}'",
                        ArgumentName="Days",
                        ArgumentValue=str(days),
                    )
                if expiration and "Days" in expiration and expiration["Days"] <= days:
                    raise InvalidArgument(
                        "'Days' in the Expiration action for filter must be greater than 'Days' in the "
                        "Transition action",
                        ArgumentName="Days",
                        ArgumentValue=str(expiration["Days"]),
                    )
            if "Date" in transition:
                _check_midnight(transition["Date"])
        noncurrent = rule.get("NoncurrentVersionExpiration")
        if noncurrent is not None:
            days = noncurrent.get("NoncurrentDays")
            if days is None or days <= 0:
                raise InvalidArgument(
                    "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer",
                    ArgumentName="NoncurrentDays",
                    ArgumentValue=str(days),
                )
            newer = noncurrent.get("NewerNoncurrentVersions")
            if newer is not None and not 1 <= newer <= 100:
                raise InvalidArgument(
                    "'NewerNoncurrentVersions' must be between 1 and 100",
                    ArgumentName="NewerNoncurrentVersions",
                    ArgumentValue=str(newer),
                )
        abort = rule.get("AbortIncompleteMultipartUpload")
        if abort is not None:
            if has_tags:
                raise InvalidRequest("AbortIncompleteMultipartUpload cannot be specified with Tags.")
            if abort.get("DaysAfterInitiation", 0) <= 0:
                raise InvalidArgument(
                    "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer",
                    ArgumentName="DaysAfterInitiation",
                    ArgumentValue=str(abort.get("DaysAfterInitiation")),
                )
    return {"Rules": [dict(r) for r in rules]}


def _validate_filter(rule_filter: Mapping[str, Any] | None) -> None:
    if rule_filter is None:
        return
    given = [
        k for k in ("Prefix", "Tag", "And", "ObjectSizeGreaterThan", "ObjectSizeLessThan") if k in rule_filter
    ]
    if len(given) > 1:
        raise MalformedXML(MALFORMED_XML)
    conjunction = rule_filter.get("And") or rule_filter
    above, below = conjunction.get("ObjectSizeGreaterThan"), conjunction.get("ObjectSizeLessThan")
    if above is not None and below is not None and above >= below:
        raise InvalidArgument(
            "ObjectSizeGreaterThan must be less than ObjectSizeLessThan",
            ArgumentName="ObjectSizeGreaterThan",
            ArgumentValue=str(above),
        )


def _has_tags(rule_filter: Mapping[str, Any] | None) -> bool:
    if not rule_filter:
        return False
    return "Tag" in rule_filter or bool((rule_filter.get("And") or {}).get("Tags"))


def _check_midnight(date: datetime) -> None:
    if (date.hour, date.minute, date.second, date.microsecond) != (0, 0, 0, 0):
        raise InvalidArgument(
            "'Date' must be at midnight GMT", ArgumentName="Date", ArgumentValue=date.isoformat()
        )


# --- matching and timing -----------------------------------------------------------------------


def matches(rule: Mapping[str, Any], key: str, tags: Mapping[str, str], size: int | None) -> bool:
    if rule.get("Status") != "Enabled":
        return False
    if "Prefix" in rule:
        return key.startswith(rule["Prefix"] or "")
    rule_filter = rule.get("Filter") or {}
    conjunction = rule_filter.get("And") or rule_filter
    if not key.startswith(conjunction.get("Prefix") or ""):
        return False
    wanted = list(conjunction.get("Tags") or []) + ([rule_filter["Tag"]] if "Tag" in rule_filter else [])
    if any(tags.get(t["Key"]) != t.get("Value", "") for t in wanted):
        return False
    if size is not None:
        above, below = conjunction.get("ObjectSizeGreaterThan"), conjunction.get("ObjectSizeLessThan")
        if above is not None and not size > above:
            return False
        if below is not None and not size < below:
            return False
    return True


def due(start: datetime, days: int, day_s: float) -> datetime:
    """When an action ``days`` after ``start`` is due: AWS rounds real days up to midnight UTC."""
    moment = start + timedelta(seconds=days * day_s)
    if day_s == DAY_S and moment.time() != datetime.min.time():
        moment = datetime.combine(moment.date() + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    return moment


def expiration_header(rules: Sequence[Mapping[str, Any]], version: ObjectVersion, day_s: float) -> str | None:
    """``x-amz-expiration`` for a current version: the earliest expiration a matching rule sets."""
    best: tuple[datetime, str] | None = None
    for rule in rules:
        expiration = rule.get("Expiration") or {}
        if not ("Days" in expiration or "Date" in expiration):
            continue
        if not matches(rule, version.key, version.tags, version.size):
            continue
        when = (
            expiration["Date"]
            if "Date" in expiration
            else due(version.last_modified, expiration["Days"], day_s)
        )
        if best is None or when < best[0]:
            best = (when, rule.get("ID", ""))
    if best is None:
        return None
    return f'expiry-date="{best[0].strftime("%a, %d %b %Y %H:%M:%S GMT")}", rule-id="{best[1]}"'


def abort_date(
    rules: Sequence[Mapping[str, Any]], upload: Upload, day_s: float
) -> tuple[datetime, str] | None:
    """(AbortDate, AbortRuleId) for ``CreateMultipartUpload`` / ``ListParts``."""
    best: tuple[datetime, str] | None = None
    for rule in rules:
        abort = rule.get("AbortIncompleteMultipartUpload")
        if not abort or not matches(rule, upload.key, {}, None):
            continue
        when = due(upload.initiated, abort["DaysAfterInitiation"], day_s)
        if best is None or when < best[0]:
            best = (when, rule.get("ID", ""))
    return best


# --- the executor ------------------------------------------------------------------------------

Expire = Callable[[Bucket, ObjectVersion, str], Awaitable[None]]
"""Carries out one action on a version: ``"delete"`` (remove it), ``"marker"`` (put a delete marker
over it), or ``"class:<STORAGE_CLASS>"`` (transition)."""
Locked = Callable[[ObjectVersion, datetime], bool]


@dataclass
class LifecycleExecutor:
    store: S3Store
    act: Expire
    abort_upload: Callable[[Upload], Awaitable[None]]
    locked: Locked
    day_s: float = DAY_S
    page: int = 1000

    async def run_bucket(self, bucket: Bucket, now: datetime) -> int:
        """Applies ``bucket``'s rules once; returns how many actions it took."""
        document = await self.store.get_config(bucket.name, CONFIG)
        if not document:
            return 0
        rules = [r for r in document.get("Rules", []) if r.get("Status") == "Enabled"]
        if not rules:
            return 0
        actions = 0
        key_versions: list[ObjectVersion] = []
        after_key, after_seq = "", None
        while True:
            batch = await self.store.list_versions(
                bucket.name, prefix="", after_key=after_key, after_sequence=after_seq, limit=self.page
            )
            for version in batch:
                if key_versions and key_versions[0].key != version.key:
                    actions += await self._run_key(bucket, rules, key_versions, now)
                    key_versions = []
                key_versions.append(version)
            if len(batch) < self.page:
                break
            after_key, after_seq = batch[-1].key, batch[-1].sequence
        if key_versions:
            actions += await self._run_key(bucket, rules, key_versions, now)
        actions += await self._abort_uploads(bucket, rules, now)
        return actions

    async def _run_key(
        self, bucket: Bucket, rules: list[dict[str, Any]], versions: list[ObjectVersion], now: datetime
    ) -> int:
        """``versions``: one key's, newest first."""
        actions = 0
        current = versions[0]
        if current.is_latest and not current.delete_marker:
            actions += await self._current(bucket, rules, current, now)
        elif (
            current.is_latest
            and current.delete_marker
            and len(versions) == 1
            and any(
                (r.get("Expiration") or {}).get("ExpiredObjectDeleteMarker")
                and matches(r, current.key, {}, None)
                for r in rules
            )
        ):
            await self.act(bucket, current, "delete")
            actions += 1
        if bucket.versioning is None:
            return actions
        noncurrent = versions[1:]
        for rule in rules:
            expire = rule.get("NoncurrentVersionExpiration")
            transitions = rule.get("NoncurrentVersionTransitions") or []
            if not expire and not transitions:
                continue
            kept = 0
            for index, version in enumerate(noncurrent):
                if not matches(
                    rule, version.key, version.tags, None if version.delete_marker else version.size
                ):
                    continue
                since = versions[index].last_modified  # the newer version that made it noncurrent
                kept += 1
                if expire:
                    keep = expire.get("NewerNoncurrentVersions") or 0
                    old_enough = now >= due(since, expire["NoncurrentDays"], self.day_s)
                    if old_enough and kept > keep and not self.locked(version, now):
                        await self.act(bucket, version, "delete")
                        actions += 1
                        continue
                if version.delete_marker:
                    continue
                for transition in transitions:
                    target = transition["StorageClass"]
                    if _colder(target, version.storage_class) and now >= due(
                        since, transition.get("NoncurrentDays", 0), self.day_s
                    ):
                        await self.act(bucket, version, f"class:{target}")
                        version.storage_class = target
                        actions += 1
        return actions

    async def _current(
        self, bucket: Bucket, rules: list[dict[str, Any]], version: ObjectVersion, now: datetime
    ) -> int:
        for rule in rules:
            if not matches(rule, version.key, version.tags, version.size):
                continue
            expiration = rule.get("Expiration") or {}
            when: datetime | None = None
            if "Days" in expiration:
                when = due(version.last_modified, expiration["Days"], self.day_s)
            elif "Date" in expiration:
                when = expiration["Date"]
            if when is not None and now >= when:
                if bucket.versioning is None:
                    if self.locked(version, now):
                        continue
                    await self.act(bucket, version, "delete")
                else:
                    await self.act(bucket, version, "marker")
                return 1
        actions = 0
        for rule in rules:
            if not matches(rule, version.key, version.tags, version.size):
                continue
            for transition in rule.get("Transitions") or []:
                target = transition["StorageClass"]
                if "Days" in transition:
                    when = due(version.last_modified, transition["Days"], self.day_s)
                else:
                    when = transition["Date"]
                if now >= when and _colder(target, version.storage_class):
                    await self.act(bucket, version, f"class:{target}")
                    version.storage_class = target
                    actions += 1
        return actions

    async def _abort_uploads(self, bucket: Bucket, rules: list[dict[str, Any]], now: datetime) -> int:
        if not any(r.get("AbortIncompleteMultipartUpload") for r in rules):
            return 0
        actions = 0
        after_key, after_id = "", ""
        while True:
            batch = await self.store.list_uploads(
                bucket.name, prefix="", after_key=after_key, after_upload_id=after_id, limit=self.page
            )
            for upload in batch:
                found = abort_date(rules, upload, self.day_s)
                if found is not None and now >= found[0]:
                    await self.abort_upload(upload)
                    actions += 1
            if len(batch) < self.page:
                return actions
            after_key, after_id = batch[-1].key, batch[-1].upload_id


def _colder(target: str, current: str) -> bool:
    order = {c: i for i, c in enumerate(_CLASS_ORDER)}
    return order.get(target, 0) > order.get(current, 0)
