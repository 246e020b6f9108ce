"""``RequestContext`` and ``ServiceError`` as protobuf messages, field for field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, cast

from overcast_common._generated.overcast.dispatch.v1 import dispatch_pb2 as pb
from overcast_common.context import Principal, Protocol, RequestContext
from overcast_common.dispatch.values import decode_map, encode_map
from overcast_common.errors import ServiceError


def encode_context(context: RequestContext, out: pb.RequestContext) -> None:
    out.request_id = context.request_id
    out.service = context.service
    out.operation = context.operation
    out.protocol = context.protocol
    out.region = context.region
    out.account_id = context.account_id
    if context.principal is not None:
        principal = context.principal
        out.principal.account_id = principal.account_id
        out.principal.arn = principal.arn
        out.principal.principal_type = principal.principal_type
        out.principal.principal_id = principal.principal_id
        out.principal.access_key_id = principal.access_key_id
        if principal.session_token is not None:
            out.principal.session_token = principal.session_token
        out.principal.verified = principal.verified
        if principal.session_created is not None:
            out.principal.session_created_us = unix_micros(principal.session_created)
        out.principal.mfa_authenticated = principal.mfa_authenticated
    if context.trace_header is not None:
        out.trace_header = context.trace_header
    if context.traceparent is not None:
        out.traceparent = context.traceparent
    out.user_agent = context.user_agent
    out.source_ip = context.source_ip
    out.host = context.host
    out.extra.update(context.extra)


def decode_context(message: pb.RequestContext) -> RequestContext:
    principal = None
    if message.HasField("principal"):
        p = message.principal
        principal = Principal(
            account_id=p.account_id,
            arn=p.arn,
            principal_type=cast(Any, p.principal_type),  # one of Principal's literals, as sent
            principal_id=p.principal_id,
            access_key_id=p.access_key_id,
            session_token=p.session_token if p.HasField("session_token") else None,
            verified=p.verified,
            session_created=from_unix_micros(p.session_created_us)
            if p.HasField("session_created_us")
            else None,
            mfa_authenticated=p.mfa_authenticated,
        )
    return RequestContext(
        request_id=message.request_id,
        service=message.service,
        operation=message.operation,
        protocol=cast(Protocol, message.protocol),
        region=message.region,
        account_id=message.account_id,
        principal=principal,
        trace_header=message.trace_header if message.HasField("trace_header") else None,
        traceparent=message.traceparent if message.HasField("traceparent") else None,
        user_agent=message.user_agent,
        source_ip=message.source_ip,
        host=message.host,
        extra=dict(message.extra),
    )


def encode_error(error: ServiceError, out: pb.Error) -> None:
    out.code = error.code
    out.status_code = error.status_code
    out.sender_fault = error.sender_fault
    out.message = error.message
    encode_map(error.fields, out.fields)
    for name, value in error.headers.items():
        out.headers.add(name=name, value=value)
    out.type = f"{type(error).__module__}:{type(error).__qualname__}"
    if error.query_code:
        out.query_code = error.query_code


def decode_error(message: pb.Error) -> ServiceError:
    """The error as raised: its own class when this process knows it, else a ``ServiceError`` with the
    same code, status and fault (which is all the codec reads)."""
    cls = error_class(message.type)
    error = cls.__new__(cls)
    ServiceError.__init__(
        error,
        message.message,
        code=None if message.code == cls.code else message.code,
        status_code=None if message.status_code == cls.status_code else message.status_code,
        sender_fault=None if message.sender_fault == cls.sender_fault else message.sender_fault,
    )
    error.fields = decode_map(message.fields)
    error.headers = {header.name: header.value for header in message.headers}
    if message.query_code and message.query_code != cls.query_code:
        # the gateway of a cluster does not have the service's error classes; the codec reads this
        vars(error)["query_code"] = message.query_code
    return error


_error_classes: dict[str, type[ServiceError]] = {}


def error_class(type_name: str) -> type[ServiceError]:
    """The already-imported ``ServiceError`` subclass named ``module:QualName`` (never imports anything)."""
    cls = _error_classes.get(type_name)
    if cls is None:
        _error_classes.clear()
        pending: list[type[ServiceError]] = [ServiceError]
        while pending:
            current = pending.pop()
            _error_classes[f"{current.__module__}:{current.__qualname__}"] = current
            pending.extend(current.__subclasses__())
        cls = _error_classes.get(type_name, ServiceError)
    return cls


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def unix_micros(moment: datetime) -> int:
    """Microseconds since the epoch: how timestamps cross the internal protos."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def from_unix_micros(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)
