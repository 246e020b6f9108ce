"""Centralized sampling: the built-in ``Default`` rule, rule validation, and the targets
``GetSamplingTargets`` hands the SDKs (each client's share of a rule's reservoir, the fixed rate, how
long the quota holds and when to ask again)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from overcast_common.api.xray import InvalidRequestException

from overcast_xray.store import RuleRecord, StatisticRecord

DEFAULT_RULE = "Default"
TARGET_INTERVAL_S = 10
"""How often SDKs report statistics and ask for new targets (the X-Ray SDKs' default)."""
QUOTA_TTL_S = 10
ACTIVE_CLIENT_S = 60
"""A client that reported within this long shares the rule's reservoir."""
MAX_RULES = 25
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MATCH_FIELDS = {"ServiceName": 64, "ServiceType": 64, "Host": 64, "HTTPMethod": 10, "URLPath": 128}


def rule_arn(region: str, account_id: str, name: str) -> str:
    return f"arn:aws:xray:{region}:{account_id}:sampling-rule/{name}"


def default_rule(region: str, account_id: str) -> RuleRecord:
    """1 request a second, then 5% of the rest: what every account starts with."""
    return RuleRecord(
        {
            "RuleName": DEFAULT_RULE,
            "RuleARN": rule_arn(region, account_id, DEFAULT_RULE),
            "ResourceARN": "*",
            "Priority": 10000,
            "FixedRate": 0.05,
            "ReservoirSize": 1,
            "ServiceName": "*",
            "ServiceType": "*",
            "Host": "*",
            "HTTPMethod": "*",
            "URLPath": "*",
            "Version": 1,
            "Attributes": {},
        },
        EPOCH,
        EPOCH,
    )


def validate_rule(rule: dict[str, Any]) -> None:
    """AWS's constraints on a ``SamplingRule`` (also those the model states but clients may skip)."""
    name = rule.get("RuleName", "")
    if not 1 <= len(name) <= 32:
        raise InvalidRequestException("RuleName must be between 1 and 32 characters.")
    if not 1 <= int(rule["Priority"]) <= 9999:
        raise InvalidRequestException("Priority must be between 1 and 9999.")
    if not 0 <= float(rule["FixedRate"]) <= 1:
        raise InvalidRequestException("FixedRate must be between 0 and 1.")
    if int(rule["ReservoirSize"]) < 0:
        raise InvalidRequestException("ReservoirSize must be a non-negative integer.")
    if int(rule["Version"]) != 1:
        raise InvalidRequestException("Version must be 1.")
    if rule["ResourceARN"] != "*" and len(rule["ResourceARN"]) > 500:
        raise InvalidRequestException("ResourceARN must be at most 500 characters.")
    for name_, limit in MATCH_FIELDS.items():
        if len(str(rule.get(name_, ""))) > limit:
            raise InvalidRequestException(f"{name_} must be at most {limit} characters.")
    attributes = rule.get("Attributes") or {}
    if len(attributes) > 5:
        raise InvalidRequestException("A sampling rule can have at most 5 attributes.")


def targets(
    rules: dict[str, RuleRecord],
    reported: Sequence[dict[str, Any]],
    known: Sequence[StatisticRecord],
    now: datetime,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(``SamplingTargetDocuments``, ``UnprocessedStatistics``) for the statistics one client sent.

    A rule's reservoir (requests a second) is split among the clients that reported on it recently, so
    the fleet together samples at most ``ReservoirSize`` a second, as X-Ray's own split does."""
    documents, unprocessed = [], []
    for doc in reported:
        name = doc["RuleName"]
        record = rules.get(name)
        if record is None:
            unprocessed.append({"RuleName": name, "ErrorCode": "400", "Message": "Unknown rule"})
            continue
        recent = now - timedelta(seconds=ACTIVE_CLIENT_S)
        clients = sorted(
            {s.client_id for s in known if s.rule_name == name and s.timestamp >= recent} | {doc["ClientID"]}
        )
        reservoir = int(record.rule["ReservoirSize"])
        share, extra = divmod(reservoir, len(clients))
        quota = share + (1 if clients.index(doc["ClientID"]) < extra else 0)
        documents.append(
            {
                "RuleName": name,
                "FixedRate": float(record.rule["FixedRate"]),
                "ReservoirQuota": quota,
                "ReservoirQuotaTTL": (now + timedelta(seconds=QUOTA_TTL_S)).replace(microsecond=0),
                "Interval": TARGET_INTERVAL_S,
            }
        )
    return documents, unprocessed


def summaries(stats: Sequence[StatisticRecord]) -> list[dict[str, Any]]:
    """``SamplingStatisticSummaries``: the counts of each rule, across its clients."""
    by_rule: dict[str, list[StatisticRecord]] = {}
    for s in stats:
        by_rule.setdefault(s.rule_name, []).append(s)
    return [
        {
            "RuleName": name,
            "Timestamp": max(s.timestamp for s in group),
            "RequestCount": sum(s.request_count for s in group),
            "BorrowCount": sum(s.borrow_count for s in group),
            "SampledCount": sum(s.sampled_count for s in group),
        }
        for name, group in sorted(by_rule.items())
    ]
