"""Which events a trail logs: its basic or advanced event selectors, its region and its account.

With no selectors a trail logs every management event (AWS's default). Basic selectors
(``EventSelectors``): management events by read/write type and excluded sources, data events by
resource type (``AWS::S3::Object``, ``AWS::Lambda::Function``, ``AWS::DynamoDB::Table``) and ARN prefix.
Advanced selectors (``AdvancedEventSelectors``): every field selector of one selector must match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

DEFAULT_SELECTORS: list[dict[str, Any]] = [
    {
        "ReadWriteType": "All",
        "IncludeManagementEvents": True,
        "DataResources": [],
        "ExcludeManagementEventSources": [],
    }
]
BASIC_DATA_TYPES = frozenset({"AWS::S3::Object", "AWS::Lambda::Function", "AWS::DynamoDB::Table"})
GLOBAL_SOURCES = frozenset({"iam.amazonaws.com", "sts.amazonaws.com", "route53.amazonaws.com"})
ADVANCED_FIELDS = frozenset(
    {
        "eventCategory",
        "eventSource",
        "eventName",
        "eventType",
        "readOnly",
        "resources.type",
        "resources.ARN",
        "errorCode",
        "userIdentity.arn",
        "sessionCredentialFromConsole",
    }
)


def trail_logs(trail: Mapping[str, Any], document: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    """True when the trail (``Trail`` shape in ``trail``, selectors in ``document``) logs ``event``."""
    if str(event.get("recipientAccountId")) != trail["TrailARN"].split(":")[4]:
        return False
    if not trail.get("IsMultiRegionTrail") and event.get("awsRegion") != trail["HomeRegion"]:
        return False
    if not trail.get("IncludeGlobalServiceEvents", True) and event.get("eventSource") in GLOBAL_SOURCES:
        return False
    advanced = document.get("AdvancedEventSelectors")
    if advanced:
        return any(_advanced_match(s, event) for s in advanced)
    return any(_basic_match(s, event) for s in document.get("EventSelectors") or DEFAULT_SELECTORS)


def _read_write_ok(selector: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    kind = str(selector.get("ReadWriteType", "All"))
    read_only = bool(event.get("readOnly"))
    return kind == "All" or (kind == "ReadOnly") == read_only


def _basic_match(selector: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    if not _read_write_ok(selector, event):
        return False
    if event.get("eventCategory", "Management") == "Management":
        excluded = selector.get("ExcludeManagementEventSources") or ()
        return (
            bool(selector.get("IncludeManagementEvents", True)) and event.get("eventSource") not in excluded
        )
    resources = [r for r in event.get("resources") or () if isinstance(r, Mapping)]
    for data in selector.get("DataResources") or ():
        for resource in resources:
            if resource.get("type") != data.get("Type"):
                continue
            if any(_arn_selected(str(resource.get("ARN", "")), v) for v in data.get("Values") or ()):
                return True
    return False


def _arn_selected(arn: str, value: str) -> bool:
    # "arn:aws:s3" (every bucket), "arn:aws:s3:::bucket/" or "arn:aws:s3:::bucket/prefix", a function ARN
    if value in ("arn:aws:s3", "arn:aws:s3:::", "arn:aws:lambda", "arn:aws:dynamodb"):
        return True
    if value.startswith("arn:aws:s3:::") and "/" not in value:
        value += "/"  # a bucket alone: all its objects, not those of buckets whose names start alike
    return arn.startswith(value)


def _field_values(event: Mapping[str, Any], field: str, kinds: Sequence[str] = ()) -> list[str]:
    """The event's values of ``field``; ``resources.ARN`` compares the resources of the selector's
    ``resources.type`` (``kinds``) only: an S3 object event's bucket ARN is not its object ARN."""
    if field.startswith("resources."):
        resources = [r for r in event.get("resources") or () if isinstance(r, Mapping)]
        if field == "resources.type":
            return [str(r.get("type", "")) for r in resources]
        return [str(r.get("ARN", "")) for r in resources if not kinds or r.get("type") in kinds]
    if field == "userIdentity.arn":
        return [str((event.get("userIdentity") or {}).get("arn", ""))]
    value = event.get(field)
    if field == "eventCategory":
        value = value or "Management"
    if isinstance(value, bool):
        value = "true" if value else "false"
    return [] if value is None else [str(value)]


def _advanced_match(selector: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    fields = selector.get("FieldSelectors") or ()
    kinds = [k for f in fields if f.get("Field") == "resources.type" for k in f.get("Equals") or ()]
    return all(_field_match(f, _field_values(event, f["Field"], kinds)) for f in fields)


def _field_match(field: Mapping[str, Any], values: Sequence[str]) -> bool:
    tests = []
    if field.get("Equals"):
        tests.append(any(v in field["Equals"] for v in values))
    if field.get("StartsWith"):
        tests.append(any(v.startswith(p) for v in values for p in field["StartsWith"]))
    if field.get("EndsWith"):
        tests.append(any(v.endswith(p) for v in values for p in field["EndsWith"]))
    if field.get("NotEquals"):
        tests.append(all(v not in field["NotEquals"] for v in values))
    if field.get("NotStartsWith"):
        tests.append(all(not v.startswith(p) for v in values for p in field["NotStartsWith"]))
    if field.get("NotEndsWith"):
        tests.append(all(not v.endswith(p) for v in values for p in field["NotEndsWith"]))
    return all(tests)


def data_selection(trails: Sequence[tuple[str, Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """The data events logging trails want, as the gateway's audit step filters them: one rule
    ``{"Account", "Region", "Type", "ReadOnly", "EventNames"}`` per data-event selector (``"*"`` for any
    region, resource type or read-only value; no ``EventNames`` for any name), given ``(account, trail
    document)`` pairs. Coarse but never narrower than the selectors: delivery (``trail_logs``) filters
    exactly, this only spares the gateway events nobody wants."""
    rules: dict[tuple[Any, ...], dict[str, Any]] = {}
    for account, document in trails:
        trail = document["Trail"]
        if not document.get("Status", {}).get("IsLogging"):
            continue
        region = "*" if trail.get("IsMultiRegionTrail") else str(trail["HomeRegion"])
        for kind, read_only, names in _data_wants(document):
            rule: dict[str, Any] = {"Account": account, "Region": region, "Type": kind, "ReadOnly": read_only}
            if names:
                rule["EventNames"] = sorted(names)
            rules.setdefault((account, region, kind, read_only, tuple(sorted(names))), rule)
    return list(rules.values())


def _data_wants(document: Mapping[str, Any]) -> list[tuple[str, str, frozenset[str]]]:
    """``(resource type or "*", "true"/"false"/"*", event names or none for any)`` per data selector."""
    advanced = document.get("AdvancedEventSelectors")
    out: list[tuple[str, str, frozenset[str]]] = []
    if advanced:
        for selector in advanced:
            fields = {f.get("Field"): f for f in selector.get("FieldSelectors") or ()}
            category = fields.get("eventCategory") or {}
            if not _may_equal(category, "Data"):
                continue
            kinds = list((fields.get("resources.type") or {}).get("Equals") or ()) or ["*"]
            read_only = "*"
            flag: Sequence[Any] = (fields.get("readOnly") or {}).get("Equals") or ()
            if len(flag) == 1 and str(flag[0]).lower() in ("true", "false"):
                read_only = str(flag[0]).lower()
            names = frozenset((fields.get("eventName") or {}).get("Equals") or ())
            out.extend((kind, read_only, names) for kind in kinds)
        return out
    for selector in document.get("EventSelectors") or ():
        read_only = {"ReadOnly": "true", "WriteOnly": "false"}.get(str(selector.get("ReadWriteType")), "*")
        for data in selector.get("DataResources") or ():
            if data.get("Type") and data.get("Values"):
                out.append((str(data["Type"]), read_only, frozenset()))
    return out


def _may_equal(field: Mapping[str, Any], value: str) -> bool:
    """Whether a field selector can match ``value`` (only its equality operators are decisive)."""
    if field.get("Equals") and value not in field["Equals"]:
        return False
    return value not in (field.get("NotEquals") or ())
