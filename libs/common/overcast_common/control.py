"""``overcast.control.v1``: what the gateway needs from a service process besides its API calls.

In embedded mode the gateway holds each service object and calls ``credentials.lookup``, ``reset()``
directly; in cluster mode the same calls travel over this small gRPC API, served on the service's
dispatch port (``overcast_common.servicehost``) and called by the gateway (``ControlClient``).

- ``Describe``: the services a process runs and the access-key prefixes it issues (``ASIA`` for STS),
  so the gateway asks a service only about keys it could have issued;
- ``Reset``: ``POST /_overcast/reset`` reaching the process that owns the state;
- ``LookupCredential``: the secret and principal behind an issued key, for SigV4 in the gateway.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import grpc

from overcast_common._generated.overcast.control.v1 import control_pb2 as pb
from overcast_common.context import Principal
from overcast_common.dispatch.messages import from_unix_micros, unix_micros
from overcast_common.identity import Credential

CONTROL_SERVICE = "overcast.control.v1.Control"
ANY_KEY = ""
"""A credential prefix that matches every access key."""


@dataclass(frozen=True)
class Description:
    services: tuple[str, ...]
    credential_prefixes: tuple[str, ...]
    """Access-key prefixes the process issues; empty: it issues none; ``("",)``: any key may be its."""
    version: str

    def may_have_issued(self, access_key_id: str) -> bool:
        return any(access_key_id.startswith(prefix) for prefix in self.credential_prefixes)


# --- Credential <-> message ------------------------------------------------------------------------


def encode_credential(credential: Credential, out: pb.Credential) -> None:
    out.access_key_id = credential.access_key_id
    out.secret_access_key = credential.secret_access_key
    p, principal = credential.principal, out.principal
    principal.account_id = p.account_id
    principal.arn = p.arn
    principal.principal_type = p.principal_type
    principal.principal_id = p.principal_id
    principal.access_key_id = p.access_key_id
    if p.session_token is not None:
        principal.session_token = p.session_token
    principal.verified = p.verified
    if p.session_created is not None:
        principal.session_created_us = unix_micros(p.session_created)
    principal.mfa_authenticated = p.mfa_authenticated
    if credential.session_token is not None:
        out.session_token = credential.session_token
    if credential.expires_at is not None:
        out.expires_at_unix_micros = unix_micros(credential.expires_at)


def decode_credential(message: pb.Credential) -> Credential:
    p = message.principal
    principal = Principal(
        account_id=p.account_id,
        arn=p.arn,
        principal_type=cast(Any, p.principal_type),  # one of Principal's literals, as sent
        principal_id=p.principal_id,
        access_key_id=p.access_key_id,
        session_token=p.session_token if p.HasField("session_token") else None,
        verified=p.verified,
        session_created=from_unix_micros(p.session_created_us) if p.HasField("session_created_us") else None,
        mfa_authenticated=p.mfa_authenticated,
    )
    expires_at = None
    if message.HasField("expires_at_unix_micros"):
        expires_at = from_unix_micros(message.expires_at_unix_micros)
    return Credential(
        access_key_id=message.access_key_id,
        secret_access_key=message.secret_access_key,
        principal=principal,
        session_token=message.session_token if message.HasField("session_token") else None,
        expires_at=expires_at,
    )


# --- service side ----------------------------------------------------------------------------------


class ControlTarget(Protocol):
    """What a service process exposes through the control API (``servicehost`` implements it)."""

    def describe(self) -> Description: ...

    async def reset(self, services: Sequence[str]) -> list[str]: ...

    async def lookup_credential(self, access_key_id: str) -> Credential | None: ...


def control_rpc_handler(target: ControlTarget) -> Any:
    """A generic gRPC handler serving ``overcast.control.v1.Control`` for ``target``."""

    async def describe(request: pb.DescribeRequest, rpc: Any) -> pb.DescribeResponse:
        d = target.describe()
        return pb.DescribeResponse(
            services=d.services, credential_prefixes=d.credential_prefixes, version=d.version
        )

    async def reset(request: pb.ResetRequest, rpc: Any) -> pb.ResetResponse:
        return pb.ResetResponse(reset=await target.reset(list(request.services)))

    async def lookup(request: pb.LookupCredentialRequest, rpc: Any) -> pb.LookupCredentialResponse:
        response = pb.LookupCredentialResponse()
        found = await target.lookup_credential(request.access_key_id)
        if found is not None:
            encode_credential(found, response.credential)
        return response

    def unary(fn: Callable[[Any, Any], Awaitable[Any]], request: Any, response: Any) -> Any:
        return grpc.unary_unary_rpc_method_handler(
            fn, request_deserializer=request.FromString, response_serializer=response.SerializeToString
        )

    return grpc.method_handlers_generic_handler(
        CONTROL_SERVICE,
        {
            "Describe": unary(describe, pb.DescribeRequest, pb.DescribeResponse),
            "Reset": unary(reset, pb.ResetRequest, pb.ResetResponse),
            "LookupCredential": unary(lookup, pb.LookupCredentialRequest, pb.LookupCredentialResponse),
        },
    )


# --- gateway side ----------------------------------------------------------------------------------


class ControlClient:
    """Calls one service process's control API over a channel that stays open.

    Raises ``grpc.aio.AioRpcError`` when the process cannot be reached; callers decide what that means
    (the gateway answers ``ServiceUnavailable``).
    """

    def __init__(self, channel: Any, timeout: float = 5.0) -> None:
        self._timeout = timeout

        def unary(method: str, request: Any, response: Any) -> Any:
            return channel.unary_unary(
                f"/{CONTROL_SERVICE}/{method}",
                request_serializer=request.SerializeToString,
                response_deserializer=response.FromString,
            )

        self._describe = unary("Describe", pb.DescribeRequest, pb.DescribeResponse)
        self._reset = unary("Reset", pb.ResetRequest, pb.ResetResponse)
        self._lookup = unary("LookupCredential", pb.LookupCredentialRequest, pb.LookupCredentialResponse)

    async def describe(self) -> Description:
        r = await self._describe(pb.DescribeRequest(), timeout=self._timeout)
        return Description(tuple(r.services), tuple(r.credential_prefixes), r.version)

    async def reset(self, services: Sequence[str] = ()) -> list[str]:
        r = await self._reset(pb.ResetRequest(services=list(services)), timeout=60.0)
        return list(r.reset)

    async def lookup_credential(self, access_key_id: str) -> Credential | None:
        r = await self._lookup(pb.LookupCredentialRequest(access_key_id=access_key_id), timeout=self._timeout)
        return decode_credential(r.credential) if r.HasField("credential") else None
