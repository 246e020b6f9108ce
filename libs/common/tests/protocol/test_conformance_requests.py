"""Request half of the codec proof, for every operation of every botocore service.

botocore's own serializer writes each operation's representative input in every protocol the
service speaks; our parser must read back exactly that input. Services are split into a few groups
so that a failure lists everything that failed in its group.
"""

from __future__ import annotations

from typing import Any

import pytest
from overcast_common.protocol.conformance.requests import KNOWN_EXCEPTIONS, run_requests
from overcast_common.protocol.models import available_services

GROUPS = 6
MUST_PASS = {
    "s3", "sqs", "sns", "kinesis", "firehose", "dynamodb", "dynamodbstreams", "lambda", "iam", "sts",
    "cloudwatch", "logs", "events", "xray", "cloudtrail", "cloudformation", "elasticache",
    "secretsmanager", "ssm", "kms", "rds", "ec2", "route53",
}  # fmt: skip


@pytest.mark.timeout(300)
@pytest.mark.parametrize("group", range(GROUPS))
def test_every_request_round_trips(group: int) -> None:
    services = [name for index, name in enumerate(available_services()) if index % GROUPS == group]
    coverage = run_requests(services)
    unexplained = {
        key: reason for key, reason in coverage.failures.items() if (key[0], key[1]) not in KNOWN_EXCEPTIONS
    }
    assert not unexplained, "\n".join(f"{s}.{o} [{p}]: {r}" for (s, o, p), r in sorted(unexplained.items()))
    critical = {key: reason for key, reason in coverage.failures.items() if key[0] in MUST_PASS}
    assert not critical
    passed = sum(counts[0] for counts in coverage.by_protocol.values())
    total = sum(counts[1] for counts in coverage.by_protocol.values())
    assert passed / total >= 0.98, coverage.by_protocol


def test_known_exceptions_still_fail() -> None:
    """A stale exception would hide a regression elsewhere; each listed operation must still fail."""
    services = sorted({service for service, _ in KNOWN_EXCEPTIONS})
    failing = {(s, o) for s, o, _ in run_requests(services).failures}
    assert set(KNOWN_EXCEPTIONS) <= failing


def test_checker_detects_a_broken_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The proof can fail: drop one member from what the parser returns and the check says so."""
    from overcast_common.protocol import parsers
    from overcast_common.protocol.conformance import requests

    def lossy(*args: Any) -> dict[str, Any]:
        parsed = parsers.parse_request(*args)
        parsed.pop("Key", None)
        return parsed

    monkeypatch.setattr(requests, "parse_request", lossy)
    assert requests.check_request("s3", "GetObject") == "rest-xml: .Key missing"
