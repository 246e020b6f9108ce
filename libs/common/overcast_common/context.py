"""The one typed context every layer receives, documented attribute by attribute."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Protocol = Literal["query", "ec2", "json", "json-cbor", "rest-json", "rest-xml", "smithy-rpc-v2-cbor"]
"""The wire protocol of one request. ``json-cbor`` is the JSON protocol with a CBOR body
(``application/x-amz-cbor-1.1``), which the Java SDK and the KCL use for Kinesis."""


@dataclass
class Principal:
    """Who signed the request, as IAM (and CloudTrail's ``userIdentity``) would name them."""

    account_id: str
    """The 12-digit account the caller acts in."""
    arn: str
    """``arn:aws:iam::<account>:root`` for root keys, a user or assumed-role ARN otherwise."""
    principal_type: Literal["Root", "IAMUser", "AssumedRole", "Anonymous"] = "Root"
    """CloudTrail ``userIdentity.type``."""
    principal_id: str = ""
    """``UserId`` as STS GetCallerIdentity reports it (the account id for root)."""
    access_key_id: str = ""
    """The access key that signed the request (empty when anonymous)."""
    session_token: str | None = None
    """``X-Amz-Security-Token`` when temporary credentials signed the request."""
    verified: bool = True
    """False when the key was unknown and accepted without checking its signature."""
    session_created: datetime | None = None
    """When the temporary credentials that signed were issued (tz-aware UTC); CloudTrail's
    ``userIdentity.sessionContext.attributes.creationDate``. None for long-term keys."""
    mfa_authenticated: bool = False
    """Whether those credentials were issued after an MFA check (``GetSessionToken``/``AssumeRole`` with
    ``SerialNumber`` and ``TokenCode``); CloudTrail's ``attributes.mfaAuthenticated``."""


@dataclass(init=False)  # its own __init__: compiled with mypyc, where the generated one runs interpreted
class RequestContext:
    """Everything known about one AWS API call, passed explicitly through every layer."""

    request_id: str
    """The id returned as ``x-amz-request-id`` / ``x-amzn-RequestId`` and used in logs."""
    service: str = ""
    """botocore service name (``sts``, ``s3``, ``sqs``...)."""
    operation: str = ""
    """botocore operation name (``GetCallerIdentity``)."""
    protocol: Protocol = "json"
    """The wire protocol the caller used; responses and errors are written in it."""
    region: str = "us-east-1"
    """Region from the credential scope (or the default region when unsigned)."""
    account_id: str = "000000000000"
    """The account the request is made from."""
    principal: Principal | None = None
    """The authenticated caller; None for anonymous requests."""
    trace_header: str | None = None
    """``X-Amzn-Trace-Id`` to return and to propagate (SQS ``AWSTraceHeader``)."""
    traceparent: str | None = None
    """W3C ``traceparent`` of the incoming request, if any."""
    user_agent: str = ""
    """The caller's ``User-Agent`` (CloudTrail records it)."""
    source_ip: str = "127.0.0.1"
    """The caller's address (CloudTrail ``sourceIPAddress``)."""
    host: str = ""
    """``Host`` the caller used; services build URLs (SQS queue URLs) from it."""
    extra: dict[str, str] = field(default_factory=dict)
    """Small protocol facts a provider may need (e.g. the S3 bucket from a virtual host)."""

    def __init__(
        self,
        request_id: str,
        service: str = "",
        operation: str = "",
        protocol: Protocol = "json",
        region: str = "us-east-1",
        account_id: str = "000000000000",
        principal: Principal | None = None,
        trace_header: str | None = None,
        traceparent: str | None = None,
        user_agent: str = "",
        source_ip: str = "127.0.0.1",
        host: str = "",
        extra: dict[str, str] | None = None,
    ) -> None:
        self.request_id = request_id
        self.service = service
        self.operation = operation
        self.protocol = protocol
        self.region = region
        self.account_id = account_id
        self.principal = principal
        self.trace_header = trace_header
        self.traceparent = traceparent
        self.user_agent = user_agent
        self.source_ip = source_ip
        self.host = host
        self.extra = {} if extra is None else extra
