"""The one-pass check of common header signatures (``verifier._verify_plain``) answers exactly as the
general path does: each request below, tampered or not, gets the same result or the same error whether
the live clock (the one-pass check may answer) or an explicit ``now`` (the general path only) is used."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.machinery import EXTENSION_SUFFIXES
from typing import Any

import pytest
from overcast_common.errors import ServiceError
from overcast_common.http import HttpRequest
from overcast_common.identity import ChainedCredentials, StaticCredentials
from overcast_common.sigv4 import authenticate, verifier
from overcast_common.sigv4.testing import signed_request

EP = "http://localhost:4566"
FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}


def sts(**kw: Any) -> HttpRequest:
    return signed_request(
        "POST",
        f"{EP}/",
        service="sts",
        body=b"Action=GetCallerIdentity&Version=2011-06-15",
        headers=FORM,
        **kw,
    )


def sqs_json(**kw: Any) -> HttpRequest:
    headers = {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AmazonSQS.SendMessage"}
    body = b'{"QueueUrl":"http://localhost:4566/000000000000/q","MessageBody":"hi  there"}'
    return signed_request("POST", f"{EP}/", service="sqs", body=body, headers=headers, **kw)


def sqs_query_url(**kw: Any) -> HttpRequest:
    return signed_request(
        "GET", f"{EP}/000000000000/q%20x/?Action=ReceiveMessage&b=2&a=1", service="sqs", **kw
    )


def raw_query(**kw: Any) -> HttpRequest:
    """Signed with its query as sent (botocore keeps ``%7E``): the general path's second form."""
    return signed_request("GET", f"{EP}/?Action=ListQueues&a=%7E1", service="sqs", **kw)


def temp(**kw: Any) -> HttpRequest:
    return sts(access_key="ASIATEMP", secret_key="temp-secret", token="the-token", **kw)


def auth(old: str, new: str, count: int = 1) -> Callable[[HttpRequest], None]:
    def edit(r: HttpRequest) -> None:
        r.headers.set("Authorization", r.headers["authorization"].replace(old, new, count))

    return edit


def header(name: str, value: str | None) -> Callable[[HttpRequest], None]:
    def edit(r: HttpRequest) -> None:
        if value is None:
            r.headers.remove(name)
        else:
            r.headers.set(name, value)

    return edit


def add_header(name: str, value: str) -> Callable[[HttpRequest], None]:
    return lambda r: r.headers.add(name, value)


def signature(edit: Callable[[str], str]) -> Callable[[HttpRequest], None]:
    def apply(r: HttpRequest) -> None:
        head, _, sig = r.headers["authorization"].rpartition("Signature=")
        r.headers.set("Authorization", f"{head}Signature={edit(sig)}")

    return apply


def setattr_(name: str, value: Any) -> Callable[[HttpRequest], None]:
    return lambda r: setattr(r, name, value)


def date_instead(r: HttpRequest) -> None:
    r.headers.add("Date", "Mon, 01 Jan 2024 00:00:00 GMT")
    r.headers.remove("x-amz-date")


def nothing(r: HttpRequest) -> None:
    pass


TAMPERS: dict[str, Callable[[HttpRequest], None]] = {
    "nothing": nothing,
    "no space after commas": auth(", ", ",", 2),
    "padded header": lambda r: r.headers.set("Authorization", f"  {r.headers['authorization']} "),
    "two spaces after comma": auth(", S", ",  S"),
    "space after Signature=": auth("Signature=", "Signature= "),
    "upper-case signature": signature(str.upper),
    "signature one longer": signature(lambda s: s + "0"),
    "signature one shorter": signature(lambda s: s[:-1]),
    "signature non-ASCII": signature(lambda s: s[:-1] + "é"),
    "signature then comma": signature(lambda s: s + ",x"),
    "signature then space": signature(lambda s: s + " x"),
    "signature repeated": signature(lambda s: f"{s}Signature={s}"),
    "signature in credential": auth("Credential=", "Credential=Signature="),
    "empty signature": signature(lambda s: ""),
    "upper-case key id": auth("Credential=test", "Credential=TEST"),
    "other known key": auth("Credential=test", "Credential=AKIAOTHERACCOUNT"),
    "lower-case SignedHeaders": auth("SignedHeaders=", "signedheaders="),
    "extra component": auth(", Signature=", ", Foo=bar, Signature="),
    "host not signed": auth("host;", ""),
    "terminator": auth("/aws4_request", "/aws4_requesx"),
    "scope date": auth("/20", "/19"),
    "scope region": auth("/us-east-1/", "/eu-west-1/"),
    "scope service": auth("/sts/", "/iam/"),
    "scope short": auth("/aws4_request", ""),
    "algorithm": auth("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"),
    "tab separator": auth(", S", ",\tS"),
    "amz-date padded": lambda r: r.headers.set("X-Amz-Date", f" {r.headers['x-amz-date']} "),
    "amz-date malformed": header("X-Amz-Date", "2024-01-01T00:00:00Z"),
    "amz-date far past": header("X-Amz-Date", "20200101T000000Z"),
    "amz-date repeated": lambda r: r.headers.add("X-Amz-Date", r.headers["x-amz-date"]),
    "amz-date replaced by Date": lambda r: date_instead(r),
    "content sha256 declared": add_header("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD"),
    "content sha256 streaming": add_header("X-Amz-Content-Sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER"),
    "token added": add_header("X-Amz-Security-Token", "the-token"),
    "token emptied": header("X-Amz-Security-Token", ""),
    "token changed": header("X-Amz-Security-Token", "other-token"),
    "token dropped": header("X-Amz-Security-Token", None),
    "second authorization": lambda r: r.headers.add("Authorization", "AWS4-HMAC-SHA256 x"),
    "query added": setattr_("query_string", "X-Amz-Foo=1"),
    "presign query added": setattr_("query_string", "X-Amz-Signature=00"),
    "query reordered": lambda r: setattr(r, "query_string", "&".join(reversed(r.query_string.split("&")))),
    "path changed": setattr_("path", "/other"),
    "method lower-case": setattr_("method", "post"),
    "body flipped": lambda r: setattr(r, "body", r.body[:-1] + b"!"),
    "body emptied": setattr_("body", b""),
    "header value spaced": lambda r: r.headers.set(
        "Content-Type", f" {r.headers.get('content-type', '')}  x"
    ),
}

BUILDS: dict[str, tuple[Callable[..., HttpRequest], str]] = {
    "sts": (sts, "sts"),
    "sqs json": (sqs_json, "sqs"),
    "sqs query url": (sqs_query_url, "sqs"),
    "raw query": (raw_query, "sqs"),
    "temporary key": (temp, "sts"),
    "sqs as dynamodb": (sqs_json, "dynamodb"),
}


async def outcome(request: HttpRequest, service: str, creds: Any, now: datetime | None) -> tuple[Any, ...]:
    try:
        result = await authenticate(request, service=service, credentials=creds, now=now)
    except ServiceError as err:
        return ("error", type(err), err.code, err.status_code, err.message, err.fields)
    return ("ok", result)


@pytest.fixture
def chained(creds: StaticCredentials) -> ChainedCredentials:
    return ChainedCredentials(creds, StaticCredentials([]))


@pytest.mark.parametrize("build", list(BUILDS))
@pytest.mark.parametrize("tamper", list(TAMPERS))
async def test_same_answer_as_general_path(
    chained: ChainedCredentials, build: str, tamper: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, service = BUILDS[build]
    answered: list[bool] = []
    plain = verifier._verify_plain

    def spy(*args: Any) -> Any:
        found = plain(*args)
        answered.append(found is not None)
        return found

    monkeypatch.setattr(verifier, "_verify_plain", spy)
    request = make()
    TAMPERS[tamper](request)
    general_request = HttpRequest(
        method=request.method,
        path=request.path,
        query_string=request.query_string,
        headers=type(request.headers)(request.headers.items_raw()),
        body=request.body,
    )
    live = await outcome(request, service, chained, None)
    general = await outcome(general_request, service, chained, datetime.now(UTC))
    assert live == general
    if tamper == "nothing" and build in ("sts", "sqs json", "sqs query url"):
        assert live[0] == "ok" and live[1].verified
    if str(verifier.__file__).endswith(tuple(EXTENSION_SUFFIXES)):
        return  # compiled (make install): its own call to _verify_plain is direct, the spy cannot see it
    assert answered  # the live clock let the one-pass check look at it
    if tamper == "nothing" and build in ("sts", "sqs json", "sqs query url"):
        assert answered == [True]


def test_the_one_pass_check_answers_when_the_verifier_is_compiled_too() -> None:
    """Compiled (``make install``), the verifier calls ``_verify_plain`` directly and the spy above sees
    nothing: the same cases then run again in an interpreted process, where it does."""
    if not str(verifier.__file__).endswith(tuple(EXTENSION_SUFFIXES)):
        return  # interpreted: test_same_answer_as_general_path has checked it in this process
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            f"{__file__}::test_same_answer_as_general_path",
        ],
        env={**os.environ, "OVERCAST_COMPILED": "0"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"{len(BUILDS) * len(TAMPERS)} passed" in result.stdout


async def test_non_ascii_signature_does_not_match(creds: StaticCredentials) -> None:
    request = sts()
    signature(lambda s: s[:-1] + "é")(request)
    assert verifier._verify_plain(request, request.headers.index(), "sts", creds) is None
    with pytest.raises(ServiceError) as raised:  # compare_digest used to raise TypeError: a 500
        await authenticate(request, service="sts", credentials=creds)
    assert (raised.value.code, raised.value.status_code) == ("SignatureDoesNotMatch", 403)


def test_head_cache_stays_bounded() -> None:
    verifier._plain_head.cache_clear()
    bound = verifier._plain_head.cache_parameters()["maxsize"]
    for n in range(bound + 5):
        verifier._plain_head(f"AWS4-HMAC-SHA256 Credential=k{n}/20240101/us-east-1/sts/aws4_request, "
                             "SignedHeaders=host;x-amz-date, Signature=")  # fmt: skip
    assert verifier._plain_head.cache_info().currsize <= bound
    assert verifier._plain_head("AWS4-HMAC-SHA256 Credential=k/2024/x, Signature=") is False
