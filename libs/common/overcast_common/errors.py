"""AWS errors as typed exceptions. Providers raise them; only the codec writes their bodies.

Per-service error classes are generated from the botocore models (``overcast_common.api``);
the classes here are the ones every service can return (AWS's "common errors").
"""

from __future__ import annotations

from typing import ClassVar


class ServiceError(Exception):
    """An error AWS would return: a code, an HTTP status, a message and optional modeled fields.

    ``fields`` carries extra members of the modeled error shape (e.g. S3's ``BucketName``), keyed
    by their botocore member names.
    """

    code: ClassVar[str] = "InternalFailure"
    status_code: ClassVar[int] = 500
    sender_fault: ClassVar[bool] = False
    query_code: ClassVar[str | None] = None
    """The code query-protocol callers see when it differs (SQS's ``AWS.SimpleQueueService.*``)."""
    shape_name: ClassVar[str | None] = None
    """The modeled error shape this error serializes as, when it has one."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        status_code: int | None = None,
        sender_fault: bool | None = None,
        **fields: object,
    ) -> None:
        super().__init__(message)
        self.message = message
        # instance overrides let a generic error carry any code (e.g. errors from another service)
        if code is not None:
            self.code = code  # type: ignore[misc]
        if status_code is not None:
            self.status_code = status_code  # type: ignore[misc]
        if sender_fault is not None:
            self.sender_fault = sender_fault  # type: ignore[misc]
        self.fields: dict[str, object] = dict(fields)
        self.headers: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status={self.status_code}, {self.message!r})"


class ClientError(ServiceError):
    status_code = 400
    sender_fault = True


class InternalFailure(ServiceError):
    code = "InternalFailure"
    status_code = 500


class ServiceUnavailable(ServiceError):
    code = "ServiceUnavailable"
    status_code = 503


class InvalidAction(ClientError):
    code = "InvalidAction"


class UnknownOperationException(ClientError):
    code = "UnknownOperationException"


class ValidationError(ClientError):
    code = "ValidationError"


class MissingParameter(ClientError):
    code = "MissingParameter"


class SerializationException(ClientError):
    code = "SerializationException"


class AccessDenied(ClientError):
    code = "AccessDenied"
    status_code = 403


# --- authentication (SigV4) errors, as AWS names them -------------------------------------------


class SignatureDoesNotMatch(ClientError):
    code = "SignatureDoesNotMatch"
    status_code = 403


class IncompleteSignature(ClientError):
    code = "IncompleteSignature"
    status_code = 400


class InvalidClientTokenId(ClientError):
    code = "InvalidClientTokenId"
    status_code = 403


class InvalidAccessKeyId(ClientError):
    """S3's name for an unknown access key."""

    code = "InvalidAccessKeyId"
    status_code = 403


class MissingAuthenticationToken(ClientError):
    code = "MissingAuthenticationToken"
    status_code = 403


class RequestTimeTooSkewed(ClientError):
    code = "RequestTimeTooSkewed"
    status_code = 403


class RequestExpired(ClientError):
    code = "RequestExpired"
    status_code = 400


class ExpiredToken(ClientError):
    code = "ExpiredToken"
    status_code = 400
