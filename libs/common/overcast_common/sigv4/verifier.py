"""``authenticate``: SigV4 verification of one request, header or presigned, and its payload.

Order of checks (as AWS answers them): the signature's parts are complete and well formed; the
credential scope names this service and the request's day; the key is known (or accepted unchecked
by policy); the request time is within 15 minutes (presigned: not expired); the session token
matches; the signature matches; then the payload (``x-amz-content-sha256``, aws-chunked streams,
trailing checksums), checked while the body streams where it must.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import cache, lru_cache
from time import time
from typing import Literal
from urllib.parse import unquote_plus

from overcast_common.context import Principal
from overcast_common.errors import AccessDenied, ServiceError
from overcast_common.http import HttpRequest
from overcast_common.identity import (
    Credential,
    CredentialProvider,
    account_for_unknown_key,
    known_now,
    root_principal,
)
from overcast_common.sigv4 import canonical as cn
from overcast_common.sigv4 import sigv2
from overcast_common.sigv4.auth_errors import (
    MAX_SKEW_SECONDS,
    AuthErrors,
    InvalidArgument,
    InvalidRequest,
    XAmzContentSHA256Mismatch,
)
from overcast_common.sigv4.chunked import AwsChunkedBody, ChunkSigner, once, read_all

UnknownKeyPolicy = Literal["accept", "reject"]

MAX_PRESIGN_EXPIRES = 604800

UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
STREAMING_SIGNED_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"
STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
_STREAMING = (STREAMING_SIGNED, STREAMING_SIGNED_TRAILER, STREAMING_UNSIGNED_TRAILER)
_HEX = frozenset("0123456789abcdefABCDEF")
# what every SDK sends; anything else takes the general component-by-component parse
_PLAIN_AUTHORIZATION = re.compile(
    r"AWS4-HMAC-SHA256 Credential=([^,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([^,\s]+)"
).fullmatch

_PRESIGN_PARAMS = (
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-Signature",
    "X-Amz-SignedHeaders",
    "X-Amz-Date",
)


@dataclass(init=False)  # compiled, a dataclass's generated __init__ would run interpreted (every call)
class AuthResult:
    principal: Principal | None
    """Who signed; None for an anonymous (unsigned) request."""
    region: str
    """Region from the credential scope (the default region when unsigned)."""
    signing_name: str
    """Service name from the credential scope."""
    verified: bool
    """False when the key was unknown and accepted without checking the signature (or anonymous)."""

    def __init__(self, principal: Principal | None, region: str, signing_name: str, verified: bool) -> None:
        self.principal = principal
        self.region = region
        self.signing_name = signing_name
        self.verified = verified


@dataclass(slots=True)
class _Signed:
    """The signature's parts, from the Authorization header or the presigned query."""

    access_key_id: str
    scope_date: str
    region: str
    service: str
    terminator: str
    signed_headers: str
    signature: str
    amz_date: str
    request_time: datetime
    presigned: bool
    token: str | None
    expires: int = 0
    presigned_payload: str | None = None

    @property
    def scope(self) -> str:
        return f"{self.scope_date}/{self.region}/{self.service}/{self.terminator}"


async def authenticate(
    request: HttpRequest,
    *,
    service: str,
    credentials: CredentialProvider,
    unknown_keys: UnknownKeyPolicy = "accept",
    default_account: str = "000000000000",
    now: datetime | None = None,
    allow_anonymous: bool | None = None,
    default_region: str = "us-east-1",
) -> AuthResult:
    """Verifies ``request``'s SigV4 signature and payload for ``service`` (a botocore service name).

    Raises the AWS error the service would answer with. For aws-chunked uploads, ``request.stream``
    (or ``request.body``) is replaced by the decoded payload, whose chunk signatures and trailing
    checksum are checked as it is read; ``Content-Encoding`` loses ``aws-chunked`` and
    ``Content-Length`` becomes the decoded length. ``allow_anonymous`` (default: only for S3) lets
    unsigned requests through with ``principal=None``; operations AWS serves unsigned (STS
    ``AssumeRoleWithWebIdentity``...) pass True.
    """
    errors = _errors_for(service)
    index = request.headers.index()
    if now is None:
        if not errors.is_s3 and (result := _verify_plain(request, index, service, credentials)) is not None:
            return result
        now = datetime.now(UTC)
    authorization = index.get("authorization")
    query = request.query_string
    presigned = "X-Amz-" in query and (
        "X-Amz-Signature=" in query or "X-Amz-Credential=" in query or "X-Amz-Algorithm=" in query
    )
    if (
        errors.is_s3
        and not presigned
        and ((authorization and authorization[0].startswith("AWS ")) or "AWSAccessKeyId=" in query)
    ):
        return await _verify_sigv2(
            request, index, credentials, unknown_keys, default_account, default_region, now, errors
        )
    if authorization:
        if presigned and errors.is_s3 and "X-Amz-Algorithm=" in query:
            raise InvalidArgument(
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query "
                "string parameter or the Authorization header should be specified",
                ArgumentName="Authorization",
                ArgumentValue=authorization[0],
            )
        signed = _parse_authorization(authorization[0], index, errors)
    elif presigned:
        signed = _parse_presigned(_query_params(query), errors)
    else:
        if allow_anonymous if allow_anonymous is not None else errors.is_s3:
            await _check_payload(request, index, errors, None, None)
            return AuthResult(None, default_region, service, verified=False)
        raise errors.missing_authentication()

    _check_scope(signed, service, errors)
    credential = known_now(credentials, signed.access_key_id) or await credentials.lookup(
        signed.access_key_id
    )
    if credential is None and unknown_keys != "accept":
        raise errors.unknown_key(signed.access_key_id)
    if credential is not None or signed.presigned:
        # An unchecked signature's clock guards nothing (and test suites freeze clocks); an
        # expired presigned URL is behaviour callers test for, whoever signed it.
        _check_time(signed, now, errors)

    if credential is None:
        principal = root_principal(
            account_for_unknown_key(signed.access_key_id, default_account),
            signed.access_key_id,
            verified=False,
        )
        await _check_payload(request, index, errors, signed, None)
        return AuthResult(principal, signed.region, signed.service, verified=False)

    _check_token(signed, credential, now, errors)
    key = cn.signing_key(credential.secret_access_key, signed.scope_date, signed.region, signed.service)
    if request.stream is not None and _hashes_body(index, errors):
        # API calls other than S3 uploads are small; the hash needs the whole body anyway
        request.body = await read_all(request.stream)
        request.stream = None
    payload_hash = _payload_hash_for_signing(request, index, signed, errors)
    _check_signature(request, index, signed, key, payload_hash, errors)
    if not signed.presigned and "x-amz-content-sha256" in index:  # else _check_payload has nothing to do
        await _check_payload(request, index, errors, signed, key)
    principal = _principal(credential, signed.access_key_id, signed.token)
    return AuthResult(principal, signed.region, signed.service, verified=True)


def _verify_plain(
    request: HttpRequest, index: dict[str, list[str]], service: str, credentials: CredentialProvider
) -> AuthResult | None:
    """``authenticate``'s answer for what nearly every non-S3 call is (a header signature of the form
    SDKs write, by a key known in memory, no token expiry, no declared payload hash, no stream), checked
    in one pass; None when anything differs or fails, and ``authenticate`` then takes its general path,
    which gives every answer (each error included) itself. Only ever agrees with that path: it accepts
    a request only when each of the general path's checks would pass."""
    values = index.get("authorization")
    query = request.query_string
    if (
        not values
        or request.stream is not None
        or "X-Amz-" in query
        or "x-amz-content-sha256" in index
        or (date_values := index.get("x-amz-date")) is None
    ):
        return None
    header = values[0].strip()
    at = header.find("Signature=") + 10
    if at < 10:
        return None
    head = _plain_head(header[:at])
    if not head:
        return None
    access_key_id, scope_date, region, signing_name, scope, signed_headers, names = head
    amz_date = date_values[0].strip()
    if amz_date[:8] != scope_date or signing_name not in _signing_names(service):
        return None
    epoch = _amz_epoch(amz_date)
    # the general path's clock check, on the same clock datetime.now reads
    if epoch is None or abs(time() - epoch) > MAX_SKEW_SECONDS:
        return None
    credential = known_now(credentials, access_key_id)
    if credential is None or credential.expires_at is not None:
        return None
    token_values = index.get("x-amz-security-token")
    token = token_values[0] if token_values else None
    if token != credential.session_token and (token or credential.session_token):
        return None
    canonical = cn.canonical_request(
        request.method.upper(),
        cn.canonical_uri(request.path, s3=False),
        cn.canonical_query(query),
        cn.canonical_headers(index, names),
        signed_headers,
        cn.payload_hash(request.body),
    )
    to_sign = cn.string_to_sign(amz_date, scope, canonical)
    pads = cn.signing_pads(credential.secret_access_key, scope_date, region, signing_name)
    # a matching signature is 64 hex digits: every check the plain form puts on it holds
    if not _same_signature(cn.sign_with(pads, to_sign), header[at:].lower()):
        return None
    return AuthResult(_principal(credential, access_key_id, token), region, signing_name, True)


_Head = tuple[str, str, str, str, str, str, tuple[str, ...]]
"""Access key, scope date, region, service, scope, SignedHeaders, the signed names."""


@lru_cache(maxsize=256)  # one per key, day, region, service and set of signed headers
def _plain_head(head: str) -> _Head | Literal[False]:
    """The parts of an Authorization header's text before its signature, when ``_plain_parts`` finds that
    very split (the signature begins right after ``head``) and ``_parse_authorization`` and
    ``_check_scope`` accept them for a non-S3 service; else False (the general path must judge it)."""
    found: _Head | Literal[False] = False
    parts = _plain_parts(head + "0")
    if parts is not None and parts[2] == "0":
        pieces = _credential_pieces(parts[0])
        names = _signed_names(parts[1])
        if pieces is not None and pieces[4] == "aws4_request" and "host" in names:
            access_key_id, date, region, service, terminator = pieces
            scope = f"{date}/{region}/{service}/{terminator}"
            found = (access_key_id, date, region, service, scope, parts[1], names)
    return found


@lru_cache(maxsize=64)
def _amz_epoch(raw: str) -> float | None:
    parsed = _parse_amz_date(raw)
    return None if parsed is None else parsed.timestamp()


@cache  # one per service: the family lookup goes through the service's model
def _errors_for(service: str) -> AuthErrors:
    return AuthErrors(service)


async def _verify_sigv2(
    request: HttpRequest,
    index: dict[str, list[str]],
    credentials: CredentialProvider,
    unknown_keys: UnknownKeyPolicy,
    default_account: str,
    region: str,
    now: datetime,
    errors: AuthErrors,
) -> AuthResult:
    """S3's legacy HMAC-SHA1 signature (``sigv2.py``): boto3's default presigned S3 URLs."""
    query = request.query_items()
    authorization = index.get("authorization")
    signed = sigv2.parse(authorization[0] if authorization else None, query)
    if signed is None:
        raise errors.s3_header_malformed()
    credential = await credentials.lookup(signed.access_key_id)
    if credential is None and unknown_keys != "accept":
        raise errors.unknown_key(signed.access_key_id)
    if signed.presigned:
        sigv2.check_expiry(signed, now)
    elif (when := sigv2.header_date(index)) is None:
        raise AccessDenied("AWS authentication requires a valid Date or x-amz-date header")
    elif abs((now - when).total_seconds()) > MAX_SKEW_SECONDS:
        raise errors.skewed(when, when.strftime("%Y%m%dT%H%M%SZ"), now)
    # SigV2 names no region: the default one, as for unsigned requests
    if credential is None:
        principal = root_principal(
            account_for_unknown_key(signed.access_key_id, default_account),
            signed.access_key_id,
            verified=False,
        )
        await _check_payload(request, index, errors, None, None)
        return AuthResult(principal, region, "s3", verified=False)
    token = signed.token if signed.presigned else next(iter(index.get("x-amz-security-token", [])), None)
    if token != credential.session_token and (token or credential.session_token):
        raise errors.bad_session_token()
    if credential.expires_at is not None and credential.expires_at <= now:
        raise errors.expired_session_token()
    text = ""
    for bucket in _sigv2_buckets(request.host):
        text = sigv2.string_to_sign(
            request.method, request.path, query, index, signed, bucket_from_host=bucket
        )
        if sigv2.matches(credential.secret_access_key, text, signed.signature):
            break
    else:
        raise errors.signature_mismatch(
            access_key_id=signed.access_key_id, string_to_sign=text, signature=signed.signature
        )
    await _check_payload(request, index, errors, None, None)
    principal = credential.principal
    if principal.access_key_id != signed.access_key_id or principal.session_token != token:
        principal = replace(principal, access_key_id=signed.access_key_id, session_token=token)
    return AuthResult(principal, region, "s3", verified=True)


def _sigv2_buckets(host: str) -> list[str | None]:
    """Path-style first, then the bucket a virtual host names (``b.s3.localhost``, ``b.localhost``)."""
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    found: list[str | None] = [None]
    for marker in (".s3.", ".s3-", ".localhost"):
        if marker in name:
            found.append(name.split(marker, 1)[0])
            break
    return found


# --- parsing ------------------------------------------------------------------------------------


_PLAIN_PREFIX = "AWS4-HMAC-SHA256 Credential="


def _plain_parts(header: str) -> tuple[str, str, str] | None:
    """The groups of ``_PLAIN_AUTHORIZATION`` found with string methods (the pattern's ``[^,\\s]`` costs a
    class test per character) when each part is printable ASCII without spaces; None leaves the header to
    the pattern itself, so anything unusual gets exactly the pattern's answer."""
    if not header.startswith(_PLAIN_PREFIX):
        return None
    credential, comma, rest = header[28:].partition(",")
    if not comma:
        return None
    rest = rest[1:] if rest[:1] == " " else rest
    if not rest.startswith("SignedHeaders="):
        return None
    signed, comma, rest = rest[14:].partition(",")
    if not comma:
        return None
    rest = rest[1:] if rest[:1] == " " else rest
    if not rest.startswith("Signature="):
        return None
    signature = rest[10:]
    for part in (credential, signed, signature):
        if not part or not part.isascii() or not part.isprintable() or " " in part or "," in part:
            return None
    return credential, signed, signature


def _plain_authorization(header: str) -> tuple[str, str, str] | None:
    """Credential, SignedHeaders and Signature of the form every SDK sends (never empty), else None."""
    parts = _plain_parts(header)
    if parts is None and (match := _PLAIN_AUTHORIZATION(header)) is not None:
        parts = match[1], match[2], match[3]
    return parts


def _parse_authorization(header: str, index: dict[str, list[str]], errors: AuthErrors) -> _Signed:
    plain = _plain_authorization(header.strip())
    if plain is not None:
        parts = {"Credential": plain[0], "SignedHeaders": plain[1], "Signature": plain[2]}
        missing: list[str] = []
    else:
        parts = _authorization_components(header, errors)
        missing = [n for n in ("Credential", "Signature", "SignedHeaders") if not parts.get(n)]
    date_values = index.get("x-amz-date") or index.get("date")
    if missing or not date_values:
        if errors.is_s3:
            if missing:
                raise errors.s3_header_malformed(
                    "the authorization header requires three components: "
                    "Credential, SignedHeaders, and Signature."
                )
            raise AccessDenied("AWS authentication requires a valid Date or x-amz-date header")
        msg = "".join(f"Authorization header requires '{n}' parameter. " for n in missing)
        if not date_values:
            msg += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
        raise errors.incomplete(f"{msg}Authorization={header}")
    scope = _split_credential(parts["Credential"], errors, presigned=False)
    raw_date = date_values[0].strip()
    if "x-amz-date" in index:
        request_time = _parse_amz_date(raw_date)
    else:
        request_time = _parse_http_date(raw_date)
        raw_date = request_time.strftime("%Y%m%dT%H%M%SZ") if request_time else raw_date
    if request_time is None:
        if errors.is_s3:
            raise AccessDenied("AWS authentication requires a valid Date or x-amz-date header")
        raise errors.incomplete(
            f"Date must be in ISO-8601 'basic format'. Got '{raw_date}'. See http://en.wikipedia.org/wiki/ISO_8601"
        )
    signed_headers = parts["SignedHeaders"]
    if not errors.is_s3 and "host" not in _signed_names(signed_headers):
        raise errors.incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")
    token_values = index.get("x-amz-security-token")
    return _Signed(
        *scope,
        signed_headers=signed_headers,
        signature=parts["Signature"],
        amz_date=raw_date,
        request_time=request_time,
        presigned=False,
        token=token_values[0] if token_values else None,
    )


def _authorization_components(header: str, errors: AuthErrors) -> dict[str, str]:
    algorithm, _, rest = header.strip().partition(" ")
    if algorithm != cn.ALGORITHM:
        if errors.is_s3:
            if algorithm == "AWS4-ECDSA-P256-SHA256":
                raise errors.s3_header_malformed(
                    "SigV4a (AWS4-ECDSA-P256-SHA256) is not supported by Overcast"
                )
            raise InvalidArgument(
                "Unsupported Authorization Type", ArgumentName="Authorization", ArgumentValue=header
            )
        rest = ""  # report every component missing, as AWS does for a foreign scheme
    parts: dict[str, str] = {}
    for component in rest.split(","):
        component = component.strip()
        if not component:
            continue
        name, eq, value = component.partition("=")
        if not eq:
            if errors.is_s3:
                raise errors.s3_header_malformed(f'the authorization component "{component}" is malformed.')
            raise errors.incomplete(
                f"'{component}' not a valid key=value pair (missing equal-sign) "
                f"in Authorization header: '{header}'."
            )
        parts[name.strip()] = value.strip()
    return parts


def _query_params(query: str) -> dict[str, str]:
    """The query's parameters, decoded (first value wins); cheaper than ``parse_qsl``."""
    params: dict[str, str] = {}
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if "%" in value or "+" in value:
            value = unquote_plus(value)
        if "%" in name or "+" in name:
            name = unquote_plus(name)
        params.setdefault(name, value)
    return params


def _parse_presigned(params: dict[str, str], errors: AuthErrors) -> _Signed:
    missing = [p for p in (*_PRESIGN_PARAMS, "X-Amz-Expires") if not params.get(p)]
    if errors.is_s3:
        if missing:
            raise errors.s3_query_malformed(
                "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, "
                "X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters."
            )
    elif [p for p in missing if p != "X-Amz-Expires"]:
        msg = "".join(
            f"AWS query-string parameters must include '{p}'. " for p in missing if p != "X-Amz-Expires"
        )
        raise errors.incomplete(f"{msg}Re-examine the query-string parameters.")
    if params["X-Amz-Algorithm"] != cn.ALGORITHM:
        if errors.is_s3:
            raise errors.s3_query_malformed(
                'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256 and AWS4-ECDSA-P256-SHA256"'
            )
        raise errors.incomplete(f"Unsupported AWS 'algorithm': '{params['X-Amz-Algorithm']}'.")
    expires = _parse_expires(params.get("X-Amz-Expires", str(MAX_PRESIGN_EXPIRES)), errors)
    scope = _split_credential(params["X-Amz-Credential"], errors, presigned=True)
    raw_date = params["X-Amz-Date"]
    request_time = _parse_amz_date(raw_date)
    if request_time is None:
        if errors.is_s3:
            raise errors.s3_query_malformed(
                "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""
            )
        raise errors.incomplete(
            f"Date must be in ISO-8601 'basic format'. Got '{raw_date}'. See http://en.wikipedia.org/wiki/ISO_8601"
        )
    return _Signed(
        *scope,
        signed_headers=params["X-Amz-SignedHeaders"],
        signature=params["X-Amz-Signature"],
        amz_date=raw_date,
        request_time=request_time,
        presigned=True,
        token=params.get("X-Amz-Security-Token"),
        expires=expires,
        presigned_payload=params.get("X-Amz-Content-Sha256"),
    )


def _parse_expires(raw: str, errors: AuthErrors) -> int:
    try:
        expires = int(raw)
    except ValueError:
        expires = -1
        message = "X-Amz-Expires should be a number"
    else:
        message = "X-Amz-Expires must be non-negative"
    if expires > MAX_PRESIGN_EXPIRES:
        message = f"X-Amz-Expires must be less than a week (in seconds) that is {MAX_PRESIGN_EXPIRES}"
    elif expires >= 0:
        return expires
    raise errors.s3_query_malformed(message) if errors.is_s3 else errors.incomplete(message)


@lru_cache(maxsize=256)
def _signed_names(signed_headers: str) -> tuple[str, ...]:
    return tuple(signed_headers.split(";"))


@lru_cache(maxsize=256)
def _credential_pieces(credential: str) -> tuple[str, str, str, str, str] | None:
    pieces = credential.split("/")
    if len(pieces) != 5 or not all(pieces):
        return None
    return pieces[0], pieces[1], pieces[2], pieces[3], pieces[4]


def _split_credential(
    credential: str, errors: AuthErrors, *, presigned: bool
) -> tuple[str, str, str, str, str]:
    pieces = _credential_pieces(credential)
    if pieces is None:
        if errors.is_s3:
            detail = (
                'the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".'
            )
            if presigned:
                raise errors.s3_query_malformed(
                    "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "
                    '"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".'
                )
            raise errors.s3_header_malformed(detail)
        raise errors.incomplete(
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, "
            f"got '{credential}'"
        )
    return pieces


@lru_cache(maxsize=64)
def _parse_amz_date(raw: str) -> datetime | None:
    if len(raw) != 16 or raw[8] != "T" or raw[15] != "Z" or not (raw[:8] + raw[9:15]).isdigit():
        return None
    try:
        return datetime(
            int(raw[0:4]),
            int(raw[4:6]),
            int(raw[6:8]),
            int(raw[9:11]),
            int(raw[11:13]),
            int(raw[13:15]),
            tzinfo=UTC,
        )
    except ValueError:
        return None


def _parse_http_date(raw: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --- the checks ---------------------------------------------------------------------------------


def _check_scope(signed: _Signed, service: str, errors: AuthErrors) -> None:
    if signed.terminator != "aws4_request":
        if errors.is_s3:
            raise errors.s3_header_malformed(
                'the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".'
            )
        raise errors.signature_problem(
            "Credential should be scoped with a valid terminator: "
            f"'aws4_request', not '{signed.terminator}'. "
        )
    names = _signing_names(service)
    if signed.service not in names:
        raise errors.wrong_service(signed.service, names[0])
    if signed.scope_date != signed.amz_date[:8]:
        if errors.is_s3:
            if signed.presigned:
                raise errors.s3_query_malformed(
                    "Invalid credential date. Date is not the same as X-Amz-Date."
                )
            raise errors.s3_header_malformed("Invalid credential date. Date is not the same as X-Amz-Date.")
        raise errors.signature_problem(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
            f"'{signed.scope_date}' != '{signed.amz_date[:8]}', from '{signed.amz_date}'."
        )


_SIGNING_NAMES: dict[str, tuple[str, ...]] = {}


def _signing_names(service: str) -> tuple[str, ...]:
    """Names a credential scope may carry for ``service``: botocore's signingName first."""
    names = _SIGNING_NAMES.get(service)
    if names is None:
        found = [service]
        try:
            from overcast_common.protocol.models import service_model

            metadata = service_model(service).metadata
            found = [
                metadata.get("signingName") or metadata.get("endpointPrefix") or service,
                service,
                metadata.get("endpointPrefix") or service,
            ]
        except Exception:  # unknown to botocore: only its own name
            pass
        names = tuple(dict.fromkeys(found))
        _SIGNING_NAMES[service] = names
    return names


def _check_time(signed: _Signed, now: datetime, errors: AuthErrors) -> None:
    delta = (now - signed.request_time).total_seconds()
    if signed.presigned:
        if delta < -MAX_SKEW_SECONDS:
            raise errors.presign_not_yet_valid(signed.request_time, now)
        if delta > signed.expires:
            raise errors.presign_expired(
                signed.expires, signed.request_time + timedelta(seconds=signed.expires), now
            )
    elif abs(delta) > MAX_SKEW_SECONDS:
        raise errors.skewed(signed.request_time, signed.amz_date, now)


def _check_token(signed: _Signed, credential: Credential, now: datetime, errors: AuthErrors) -> None:
    if signed.token != credential.session_token and (signed.token or credential.session_token):
        raise errors.bad_session_token()
    if credential.expires_at is not None and credential.expires_at <= now:
        raise errors.expired_session_token()


def _hashes_body(index: dict[str, list[str]], errors: AuthErrors) -> bool:
    """Whether the signature covers sha256 of the body (S3 and declared payloads sign the header)."""
    if errors.is_s3:
        return False
    declared = index.get("x-amz-content-sha256")
    return not (declared and (declared[0] == UNSIGNED_PAYLOAD or declared[0] in _STREAMING))


def _payload_hash_for_signing(
    request: HttpRequest, index: dict[str, list[str]], signed: _Signed, errors: AuthErrors
) -> str:
    """The payload hash the signature covers; the body is in memory when ``_hashes_body``."""
    declared = index.get("x-amz-content-sha256")
    if errors.is_s3:
        if signed.presigned:
            return signed.presigned_payload or UNSIGNED_PAYLOAD
        if not declared:
            raise InvalidRequest("Missing required header for this request: x-amz-content-sha256")
        return declared[0].strip()
    if declared and not _hashes_body(index, errors):
        return declared[0]
    return cn.payload_hash(request.body)


def _check_signature(
    request: HttpRequest,
    index: dict[str, list[str]],
    signed: _Signed,
    key: bytes,
    payload_hash: str,
    errors: AuthErrors,
) -> None:
    headers = cn.canonical_headers(index, _signed_names(signed.signed_headers))
    query = cn.canonical_query(request.query_string, exclude_signature=signed.presigned)
    uri = cn.canonical_uri(request.path, s3=errors.is_s3)
    method = request.method.upper()
    canonical = cn.canonical_request(method, uri, query, headers, signed.signed_headers, payload_hash)
    to_sign = cn.string_to_sign(signed.amz_date, signed.scope, canonical)
    provided = signed.signature.lower()
    if _same_signature(cn.sign(key, to_sign), provided):
        return
    # Clients that encode differently from how they sign (raw query pairs, an S3 key encoded with
    # other rules) signed one of these forms; only tried once the spec's form failed.
    uris = [uri]
    if errors.is_s3 and (alternative := cn.s3_alternative_uri(request.path)) is not None:
        uris.append(alternative)
    queries = [query]
    if (raw := cn.raw_sorted_query(request.query_string, exclude_signature=signed.presigned)) != query:
        queries.append(raw)
    for u in uris:
        for q in queries:
            if u == uri and q == query:
                continue
            alt = cn.canonical_request(method, u, q, headers, signed.signed_headers, payload_hash)
            if _same_signature(cn.sign(key, cn.string_to_sign(signed.amz_date, signed.scope, alt)), provided):
                return
    raise errors.signature_mismatch(
        access_key_id=signed.access_key_id,
        string_to_sign=to_sign,
        canonical_request=canonical,
        signature=signed.signature,
    )


def _same_signature(expected: str, provided: str) -> bool:
    # compare_digest raises on non-ASCII text; such a signature is no hex digest, so it matches nothing
    return provided.isascii() and hmac.compare_digest(expected, provided)


def _principal(credential: Credential, access_key_id: str, token: str | None) -> Principal:
    principal = credential.principal
    if principal.access_key_id != access_key_id or principal.session_token != token:
        principal = replace(principal, access_key_id=access_key_id, session_token=token)
    return principal


# --- the payload --------------------------------------------------------------------------------


async def _check_payload(
    request: HttpRequest,
    index: dict[str, list[str]],
    errors: AuthErrors,
    signed: _Signed | None,
    key: bytes | None,
) -> None:
    declared_values = index.get("x-amz-content-sha256")
    if (signed is not None and signed.presigned) or not declared_values:
        return
    declared = declared_values[0].strip()
    if declared == UNSIGNED_PAYLOAD:
        return
    if declared in _STREAMING:
        buffered = request.stream is None
        stream = _decode_chunked(request, index, declared, signed, key)
        if buffered:  # a body that was in memory stays in memory, decoded (and checked) now
            request.body, request.stream = await read_all(stream), None
        else:
            request.stream, request.body = stream, b""
        return
    if len(declared) != 64 or not _HEX.issuperset(declared):
        if errors.is_s3:
            raise InvalidArgument(
                "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, "
                "STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, "
                "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER "
                "or a valid sha256 value.",
                ArgumentName="x-amz-content-sha256",
                ArgumentValue=declared,
            )
        return  # other services sign the real body hash; the header is just a header to them
    if not errors.is_s3:
        return  # the signature already covered sha256(body)
    if request.stream is not None:
        request.stream = _Sha256Verified(request.stream, declared.lower())
    else:
        actual = hashlib.sha256(request.body).hexdigest()
        if actual != declared.lower():
            raise _sha_mismatch(declared, actual)


def _decode_chunked(
    request: HttpRequest,
    index: dict[str, list[str]],
    declared: str,
    signed: _Signed | None,
    key: bytes | None,
) -> AwsChunkedBody:
    signer = None
    if key is not None and signed is not None and declared != STREAMING_UNSIGNED_TRAILER:
        signer = ChunkSigner(key, signed.amz_date, signed.scope, signed.signature.lower())
    trailers = [t for v in index.get("x-amz-trailer", ()) for t in v.split(",")]
    decoded_length = None
    raw_length = index.get("x-amz-decoded-content-length")
    if raw_length:
        try:
            decoded_length = int(raw_length[0])
        except ValueError:
            raise InvalidArgument(
                "x-amz-decoded-content-length must be an integer",
                ArgumentName="x-amz-decoded-content-length",
                ArgumentValue=raw_length[0],
            ) from None
    source = once(request.body) if request.stream is None else request.stream
    body = AwsChunkedBody(
        source,
        signed=declared != STREAMING_UNSIGNED_TRAILER,
        trailer=declared != STREAMING_SIGNED,
        signer=signer,
        declared_trailers=trailers,
        decoded_length=decoded_length,
    )
    # the payload is no longer aws-chunked: what follows sees the object's own encoding and size
    headers = request.headers
    encodings = [e.strip() for v in headers.get_all("content-encoding") for e in v.split(",")]
    kept = [e for e in encodings if e and e.lower() != "aws-chunked"]
    if kept != encodings:
        headers.remove("content-encoding")
        if kept:
            headers.set("Content-Encoding", ",".join(kept))
    if body.checksum_algorithm is not None and "x-amz-sdk-checksum-algorithm" not in headers:
        # a trailer named only by x-amz-trailer: S3 computes and keeps that checksum as if the SDK had
        # named the algorithm (the header reaches the service in both modes; the body object does not)
        headers.set("x-amz-sdk-checksum-algorithm", body.checksum_algorithm.upper())
    if decoded_length is not None:
        headers.set("Content-Length", str(decoded_length))
    else:
        headers.remove("content-length")
    return body


class _Sha256Verified:
    """The payload's pieces, each passed on once the next arrived, the last only once the hash matched.
    A class, not an async generator: mypyc (``make install``) does not compile async generators."""

    def __init__(self, source: AsyncIterator[bytes], expected: str) -> None:
        self._source = source.__aiter__()
        self._expected = expected
        self._digest = hashlib.sha256()
        self._pending: bytes | None = None
        self._done = False

    def __aiter__(self) -> _Sha256Verified:
        return self

    async def __anext__(self) -> bytes:
        if self._done:
            raise StopAsyncIteration
        while True:
            try:
                piece = await self._source.__anext__()
            except StopAsyncIteration:
                break
            self._digest.update(piece)
            pending, self._pending = self._pending, piece
            if pending is not None:
                return pending
        self._done = True
        actual = self._digest.hexdigest()
        if actual != self._expected:
            raise _sha_mismatch(self._expected, actual)
        pending, self._pending = self._pending, None
        if pending is None:
            raise StopAsyncIteration
        return pending

    async def aclose(self) -> None:
        # what closing the generator did: no more pieces; the source is left to its owner
        self._done = True
        self._pending = None


def _sha_mismatch(declared: str, actual: str) -> ServiceError:
    return XAmzContentSHA256Mismatch(
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        ClientComputedContentSHA256=declared,
        S3ComputedContentSHA256=actual,
    )
