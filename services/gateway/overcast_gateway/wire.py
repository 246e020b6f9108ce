"""The pieces of ``overcast_common`` the pipeline composes, gathered so tests can swap in fakes.

``Wire.default()`` imports the real codec and SigV4 verifier; pipeline unit tests build a ``Wire``
from small fakes instead, so every step is testable without botocore-signed traffic.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from botocore.model import OperationModel, ServiceModel
from overcast_common.context import Principal
from overcast_common.context import Protocol as WireProtocol
from overcast_common.errors import ServiceError
from overcast_common.http import HttpRequest, HttpResponse
from overcast_common.identity import CredentialProvider


class Route(Protocol):
    """What operation detection found (``overcast_common.protocol.router.RouteMatch``)."""

    @property
    def service(self) -> str: ...
    @property
    def operation(self) -> OperationModel: ...
    @property
    def protocol(self) -> WireProtocol: ...
    @property
    def uri_params(self) -> dict[str, str]: ...


class Auth(Protocol):
    """What SigV4 verification found (``overcast_common.sigv4.AuthResult``)."""

    @property
    def principal(self) -> Principal | None: ...
    @property
    def region(self) -> str | None: ...
    @property
    def verified(self) -> bool: ...


class Authenticate(Protocol):
    def __call__(
        self,
        request: HttpRequest,
        *,
        service: str,
        credentials: CredentialProvider,
        unknown_keys: Literal["accept", "reject"],
        default_account: str,
        allow_anonymous: bool | None,
        default_region: str,
    ) -> Awaitable[Auth]: ...


@dataclass(frozen=True)
class Wire:
    service_model: Callable[[str], ServiceModel]
    detect_service: Callable[[HttpRequest], str | None]
    detect_operation: Callable[[str, HttpRequest], Route]
    caller_protocol: Callable[[str, HttpRequest], WireProtocol]
    """The protocol to write errors in when no operation matched."""
    parse_request: Callable[[OperationModel, WireProtocol, HttpRequest, dict[str, str]], dict[str, Any]]
    serialize_response: Callable[[OperationModel, WireProtocol, dict[str, Any], str], HttpResponse]
    serialize_error: Callable[
        [ServiceModel, OperationModel | None, WireProtocol, ServiceError, str], HttpResponse
    ]
    authenticate: Authenticate

    @classmethod
    def default(cls) -> Wire:
        from overcast_common import sigv4
        from overcast_common.protocol import models, parsers, router, serializers

        return cls(
            service_model=models.service_model,
            detect_service=router.detect_service,
            detect_operation=router.detect_operation,
            caller_protocol=router.caller_protocol,
            parse_request=parsers.parse_request,
            serialize_response=serializers.serialize_response,
            serialize_error=serializers.serialize_error,
            authenticate=sigv4.authenticate,
        )
