"""Authentication errors worded the way each AWS service family words them.

The same failure has different codes depending on the service: query/XML services (STS, IAM, SNS,
SQS...) say ``InvalidClientTokenId`` and ``SignatureDoesNotMatch``; JSON services (DynamoDB,
Kinesis, Logs, KMS...) say ``UnrecognizedClientException`` and ``InvalidSignatureException`` with
status 400 (403 for REST-JSON services such as Lambda); EC2 says ``AuthFailure``; S3 has its own
codes, messages and extra XML fields. The exception *classes* stay the ones from
``overcast_common.errors`` (plus S3's below) so callers can catch by kind; only the wire code and
status vary, through ``ServiceError``'s per-instance overrides.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Literal

from overcast_common.errors import (
    AccessDenied,
    ClientError,
    ExpiredToken,
    IncompleteSignature,
    InvalidAccessKeyId,
    InvalidClientTokenId,
    MissingAuthenticationToken,
    RequestExpired,
    RequestTimeTooSkewed,
    ServiceError,
    SignatureDoesNotMatch,
)

Family = Literal["s3", "query", "json", "rest-json", "ec2"]

MAX_SKEW_SECONDS = 15 * 60


# --- S3's own errors (not modeled in botocore's s3.json) -----------------------------------------


class XAmzContentSHA256Mismatch(ClientError):
    code = "XAmzContentSHA256Mismatch"
    status_code = 400


class BadDigest(ClientError):
    code = "BadDigest"
    status_code = 400


class InvalidChunkSizeError(ClientError):
    code = "InvalidChunkSizeError"
    status_code = 400


class IncompleteBody(ClientError):
    code = "IncompleteBody"
    status_code = 400


class MalformedTrailerError(ClientError):
    code = "MalformedTrailerError"
    status_code = 400


class InvalidRequest(ClientError):
    code = "InvalidRequest"
    status_code = 400


class InvalidArgument(ClientError):
    code = "InvalidArgument"
    status_code = 400


class InvalidToken(ClientError):
    code = "InvalidToken"
    status_code = 400


class AuthorizationHeaderMalformed(ClientError):
    code = "AuthorizationHeaderMalformed"
    status_code = 400


class AuthorizationQueryParametersError(ClientError):
    code = "AuthorizationQueryParametersError"
    status_code = 400


S3_SIGNATURE_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your key and signing method."
)
SIGNATURE_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. Check your AWS "
    "Secret Access Key and signing method. Consult the service documentation for details."
)
INVALID_TOKEN = "The security token included in the request is invalid."
MISSING_TOKEN = "Request is missing Authentication Token"


@cache
def family_of(service: str) -> Family:
    if service == "s3":
        return "s3"
    if service == "ec2":
        return "ec2"
    try:
        from overcast_common.protocol.models import service_model

        metadata = service_model(service).metadata
    except Exception:  # an unknown service still gets AWS's generic wording
        return "query"
    if metadata.get("awsQueryCompatible") is not None:
        return "query"  # SQS over JSON keeps its query-era error codes
    protocol = metadata.get("protocol", "query")
    if protocol in ("json", "smithy-rpc-v2-cbor"):
        return "json"
    if protocol == "rest-json":
        return "rest-json"
    return "query"


def _amz(ts: datetime) -> str:
    return ts.strftime("%Y%m%dT%H%M%SZ")


def _iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


class AuthErrors:
    """Builds the error one service family returns for each authentication failure."""

    __slots__ = ("family", "is_s3", "service")

    def __init__(self, service: str) -> None:
        self.service = service
        self.family: Family = family_of(service)
        # read several times per request: an attribute, not a property
        self.is_s3 = self.family == "s3"

    def _json(self, err: ServiceError, code: str) -> ServiceError:
        if self.family == "json":
            err.code, err.status_code = code, 400  # type: ignore[misc]
        elif self.family == "rest-json":
            err.code, err.status_code = code, 403  # type: ignore[misc]
        return err

    # -- malformed requests --

    def incomplete(self, message: str) -> ServiceError:
        """A non-S3 request whose Authorization header or query parameters miss pieces."""
        return self._json(IncompleteSignature(message), "IncompleteSignatureException")

    def s3_header_malformed(self, detail: str | None = None) -> ServiceError:
        message = "The authorization header is malformed"
        return AuthorizationHeaderMalformed(f"{message}; {detail}" if detail else message)

    def s3_query_malformed(self, message: str) -> ServiceError:
        return AuthorizationQueryParametersError(message)

    # -- who signed --

    def missing_authentication(self) -> ServiceError:
        if self.is_s3:
            return AccessDenied("Access Denied")
        return self._json(MissingAuthenticationToken(MISSING_TOKEN), "MissingAuthenticationTokenException")

    def unknown_key(self, access_key_id: str) -> ServiceError:
        if self.is_s3:
            return InvalidAccessKeyId(
                "The AWS Access Key Id you provided does not exist in our records.",
                AWSAccessKeyId=access_key_id,
            )
        if self.family == "ec2":
            return InvalidClientTokenId(
                "AWS was not able to validate the provided access credentials",
                code="AuthFailure",
                status_code=401,
            )
        return self._json(InvalidClientTokenId(INVALID_TOKEN), "UnrecognizedClientException")

    def bad_session_token(self) -> ServiceError:
        if self.is_s3:
            return InvalidToken("The provided token is malformed or otherwise invalid.")
        return self.unknown_key("")

    def expired_session_token(self) -> ServiceError:
        if self.is_s3:
            return ExpiredToken("The provided token has expired.")
        return self._json(
            ExpiredToken("The security token included in the request is expired"), "ExpiredTokenException"
        )

    # -- the signature itself --

    def signature_mismatch(
        self,
        *,
        access_key_id: str = "",
        string_to_sign: str = "",
        canonical_request: str = "",
        signature: str = "",
    ) -> ServiceError:
        if self.is_s3:
            return SignatureDoesNotMatch(
                S3_SIGNATURE_MISMATCH,
                AWSAccessKeyId=access_key_id,
                StringToSign=string_to_sign,
                SignatureProvided=signature,
                StringToSignBytes=_hex_bytes(string_to_sign),
                CanonicalRequest=canonical_request,
                CanonicalRequestBytes=_hex_bytes(canonical_request),
            )
        return self.signature_problem(SIGNATURE_MISMATCH)

    def signature_problem(self, message: str) -> ServiceError:
        """``SignatureDoesNotMatch`` with a specific message (wrong scope, date mismatch...)."""
        if self.family == "ec2":
            return SignatureDoesNotMatch(
                "AWS was not able to validate the provided access credentials",
                code="AuthFailure",
                status_code=401,
            )
        return self._json(SignatureDoesNotMatch(message), "InvalidSignatureException")

    def wrong_service(self, scoped: str, expected: str) -> ServiceError:
        if self.is_s3:
            return self.s3_header_malformed(f'incorrect service "{scoped}". This endpoint belongs to "s3".')
        return self.signature_problem(f"Credential should be scoped to correct service: '{expected}'. ")

    # -- time --

    def skewed(self, request_time: datetime, raw_time: str, now: datetime) -> ServiceError:
        if self.is_s3:
            return RequestTimeTooSkewed(
                "The difference between the request time and the current time is too large.",
                RequestTime=raw_time,
                ServerTime=_iso(now),
                MaxAllowedSkewMilliseconds=str(MAX_SKEW_SECONDS * 1000),
            )
        if self.family == "ec2":
            return RequestExpired("Request has expired.")
        # STS, SNS, DynamoDB... answer a skewed clock with a signature error worded this way
        if request_time < now:
            bound = now.timestamp() - MAX_SKEW_SECONDS
            message = (
                f"Signature expired: {_amz(request_time)} is now earlier than "
                f"{_amz(datetime.fromtimestamp(bound, now.tzinfo))} ({_amz(now)} - 15 min.)"
            )
        else:
            bound = now.timestamp() + MAX_SKEW_SECONDS
            message = (
                f"Signature not yet current: {_amz(request_time)} is still later than "
                f"{_amz(datetime.fromtimestamp(bound, now.tzinfo))} ({_amz(now)} + 15 min.)"
            )
        err = self.signature_problem(message)
        return RequestTimeTooSkewed(message, code=err.code, status_code=err.status_code)

    def presign_expired(self, expires_seconds: int, expires_at: datetime, now: datetime) -> ServiceError:
        if self.is_s3:
            return _with_fields(
                AccessDenied("Request has expired"),
                {"X-Amz-Expires": str(expires_seconds), "Expires": _iso(expires_at), "ServerTime": _iso(now)},
            )
        return self._json(RequestExpired("Request has expired."), "RequestExpiredException")

    def presign_not_yet_valid(self, request_time: datetime, now: datetime) -> ServiceError:
        if self.is_s3:
            return _with_fields(
                AccessDenied("Request is not yet valid"),
                {"X-Amz-Date": _amz(request_time), "ServerTime": _iso(now)},
            )
        return self.skewed(request_time, _amz(request_time), now)


def _with_fields(err: ServiceError, fields: dict[str, object]) -> ServiceError:
    # S3 error fields named with dashes (X-Amz-Expires) cannot be keyword arguments
    err.fields.update(fields)
    return err


def _hex_bytes(text: str) -> str:
    return " ".join(f"{b:02x}" for b in text.encode("utf-8"))
