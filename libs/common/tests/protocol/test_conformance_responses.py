"""Every operation of every botocore service: our serializers write its output and its modeled errors,
botocore's own response parser must read back what was written (conformance/responses.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from overcast_common.context import Protocol
from overcast_common.protocol.conformance.responses import (
    check_errors,
    check_response,
    known_exception,
    response_protocols,
)
from overcast_common.protocol.models import available_services, service_model

BAR_SERVICES = frozenset(
    {
        "s3", "sqs", "sns", "kinesis", "firehose", "dynamodb", "dynamodbstreams", "lambda", "iam", "sts",
        "cloudwatch", "logs", "events", "xray", "cloudtrail", "cloudformation", "elasticache",
        "secretsmanager", "ssm", "kms", "rds", "ec2", "route53",
    }
)  # fmt: skip
BAR_ALL = 0.98

GROUPS: dict[str, tuple[Protocol, ...]] = {
    "rest-json": ("rest-json",),
    "json": ("json", "json-cbor"),
    "xml-and-cbor": ("query", "ec2", "rest-xml", "smithy-rpc-v2-cbor"),
}


@dataclass
class Tally:
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)


def _run(protocols: tuple[Protocol, ...]) -> dict[Protocol, Tally]:
    tallies = {p: Tally() for p in protocols}
    for service in available_services():
        for protocol in response_protocols(service):
            if protocol not in tallies:
                continue
            tally = tallies[protocol]
            for operation in service_model(service).operation_names:
                tally.total += 1
                reason = check_response(service, operation, protocol) or check_errors(
                    service, operation, protocol
                )
                if reason is None:
                    tally.passed += 1
                elif known_exception(service, operation):
                    tally.known.append(f"{service}.{operation}")
                else:
                    tally.failures.append(f"{protocol} {service}.{operation}: {reason}")
    return tallies


@pytest.mark.parametrize("group", list(GROUPS))
def test_every_operation_round_trips_through_botocore(group: str) -> None:
    tallies = _run(GROUPS[group])
    for protocol, tally in tallies.items():
        assert tally.total > 0, f"no operation is called in {protocol}"
        print(f"{protocol}: {tally.passed}/{tally.total} ({tally.passed / tally.total:.2%})")
        unexplained = tally.failures
        bar = [f for f in unexplained if f.split(" ", 1)[1].split(".", 1)[0] in BAR_SERVICES]
        assert not bar, "bar services must pass 100%:\n" + "\n".join(bar[:30])
        assert tally.passed / tally.total >= BAR_ALL, "\n".join(unexplained[:30])
        assert not unexplained, f"{len(unexplained)} failures not in KNOWN_EXCEPTIONS:\n" + "\n".join(
            unexplained[:30]
        )


def test_the_check_fails_when_the_wire_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    """The proof can fail: a serializer that drops a member or a code is caught."""
    import overcast_common.protocol.conformance.responses as responses
    from overcast_common.http import HttpResponse

    real = responses.serialize_response

    def lossy(*args: object, **kwargs: object) -> HttpResponse:
        response = real(*args, **kwargs)  # type: ignore[arg-type]
        response.body = response.body.replace(b"<Account>", b"<Acct>").replace(b"</Account>", b"</Acct>")
        return response

    monkeypatch.setattr(responses, "serialize_response", lossy)
    assert check_response("sts", "GetCallerIdentity", "query") is not None

    real_error = responses.serialize_error

    def wrong_code(*args: object, **kwargs: object) -> HttpResponse:
        response = real_error(*args, **kwargs)  # type: ignore[arg-type]
        response.body = response.body.replace(b"NoSuchBucket", b"NoSuchThing")
        return response

    monkeypatch.setattr(responses, "serialize_error", wrong_code)
    responses._check_error_once.cache_clear()
    try:
        assert check_errors("s3", "ListObjects", "rest-xml") is not None
    finally:
        responses._check_error_once.cache_clear()
