"""From a parsed ``(operation, params)`` to a provider method, with the authorization step between.

Each service's typed API is generated from its botocore model (``overcast_common.api.<service>``,
e.g. ``SqsApi``): one ``async`` method per operation taking typed keyword arguments named after the
input members in snake_case, plus an operation table. A provider subclasses it and overrides the
methods it implements; the others raise ``NotImplementedError``, which this module turns into
``InternalFailure`` with HTTP 501, the error LocalStack returns for an operation it does not
implement (AWS itself never sends it, so a client can tell "Overcast lacks this" from a real error).

``ServiceHandler(provider, authorizer)`` is the dispatch ``Handler`` of one service. For each call it

1. looks the operation up in the provider's table and renames params to keyword arguments;
2. asks the provider which resources the call touches (``ServiceApi.resource_arns``);
3. awaits ``authorizer.authorize(context, "<iam prefix>:<Operation>", resources)`` (steps 2 and 3 are
   skipped when the authorizer is ``AllowRoot`` and the caller one it lets through whatever the call);
4. awaits the provider method and returns its result (``None`` becomes ``{}``).

How a provider states the resources of an operation: decorate the method with
``overcast_common.authz.resources`` (ARN templates or a function of the params, optionally the IAM
action when it differs from the operation name), or override ``resource_arns`` for anything more
involved. Undeclared operations are authorized against ``"*"``. Providers declare resources now, so
IAM's policy evaluation plugs into the authorizer later without touching any provider.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, ClassVar, NamedTuple

from overcast_common.authz import AllowRoot, Authorizer, declared_action, declared_resources
from overcast_common.context import RequestContext
from overcast_common.errors import InternalFailure, InvalidAction, ServiceError
from overcast_common.protocol.models import operation_model


class OperationSpec(NamedTuple):
    """One row of a generated operation table."""

    method: str
    """The provider method (``send_message``)."""
    params: Mapping[str, str]
    """Input member name → keyword argument name (``{"QueueUrl": "queue_url"}``)."""


class ServiceApi:
    """Base of every generated ``<Service>Api`` class."""

    service: ClassVar[str]
    """botocore service name (``sqs``)."""
    iam_prefix: ClassVar[str]
    """The IAM action prefix (``cloudwatch`` for botocore's ``cloudwatch``, signing name ``monitoring``)."""
    operations: ClassVar[Mapping[str, OperationSpec]]
    """Operation name → method and argument names, for every operation in the model."""

    def resource_arns(
        self, context: RequestContext, operation: str, params: Mapping[str, Any]
    ) -> Sequence[str]:
        """The ARNs ``operation`` touches, as declared with ``@resources``; ``["*"]`` if undeclared."""
        method = getattr(type(self), self.operations[operation].method)
        declared = declared_resources(method, context, params)
        return ["*"] if declared is None else declared

    def iam_action(self, operation: str) -> str:
        """``<prefix>:<Operation>`` unless ``@resources(action=...)`` names another action."""
        method = getattr(type(self), self.operations[operation].method)
        return declared_action(method) or f"{self.iam_prefix}:{operation}"


class OperationNotImplemented(InternalFailure):
    """A modeled operation the provider does not implement (yet)."""

    status_code = 501


def omit_none(fields: Mapping[str, object]) -> dict[str, object]:
    """Modeled error fields without the absent ones (generated error classes use it)."""
    return {k: v for k, v in fields.items() if v is not None}


class ServiceHandler:
    """The dispatch ``Handler`` of one service: ``await handler(context, params) -> result``."""

    def __init__(self, provider: ServiceApi, authorizer: Authorizer) -> None:
        self.provider = provider
        self.authorizer = authorizer
        self._plans: dict[str, _Plan] = {}

    @property
    def service(self) -> str:
        return self.provider.service

    async def __call__(self, context: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        provider = self.provider
        operation = context.operation
        plan = self._plans.get(operation)
        if plan is None:
            spec = provider.operations.get(operation)
            if spec is None:
                # the codec only produces modeled operations; this guards handlers wired to the wrong service
                raise InvalidAction(f"The action {operation} is not valid for this endpoint.")
            plan = self._plans[operation] = _Plan(
                spec.params, _required_members(provider.service, operation), spec.method
            )
        names = plan.names
        # unknown members are ignored, as AWS's JSON protocols do; the codec never produces them
        kwargs = {names[name]: value for name, value in params.items() if name in names}
        for name in plan.required:
            if params.get(name) is None:  # the typed method cannot be called without it
                raise missing_member(provider.service, operation, name)
        # AllowRoot's answer depends on the principal alone: for the callers it always lets through,
        # asking the provider for the call's resources (and awaiting the authorizer) changes nothing
        if not (type(self.authorizer) is AllowRoot and AllowRoot.allows(context.principal)):
            resources = provider.resource_arns(context, operation, params)
            await self.authorizer.authorize(context, provider.iam_action(operation), resources)
        method = getattr(provider, plan.method)
        try:
            result = await method(context, **kwargs)
        except NotImplementedError as exc:
            detail = f": {exc}" if exc.args else ""
            raise OperationNotImplemented(
                f"The API action {operation} for service {provider.service} is not yet "
                f"implemented in Overcast{detail}"
            ) from exc
        return {} if result is None else dict(result)


class _Plan(NamedTuple):
    """What ``ServiceHandler`` looks up once per operation."""

    names: Mapping[str, str]
    required: tuple[str, ...]
    method: str


@lru_cache(maxsize=4096)
def _required_members(service: str, operation: str) -> tuple[str, ...]:
    shape = operation_model(service, operation).input_shape
    return tuple(shape.required_members) if shape is not None else ()


def missing_member(service: str, operation: str, name: str) -> ServiceError:
    """The error AWS answers a call without a required input member with, by protocol family:
    Coral's validator on JSON services (``ValidationException``) and query services
    (``ValidationError``), SQS's ``MissingParameter``, SNS's ``InvalidParameter``, S3's
    ``MalformedXML`` for a missing body (``InvalidArgument`` otherwise)."""
    model = operation_model(service, operation)
    protocol = model.service_model.protocol
    coral = f"1 validation error detected: Value null at '{name[:1].lower()}{name[1:]}' failed to satisfy constraint: Member must not be null"
    if service == "sqs":
        return ServiceError(
            f"The request must contain the parameter {name}.",
            code="MissingParameter",
            status_code=400,
            sender_fault=True,
        )
    if service == "sns":
        return ServiceError(
            f"Invalid parameter: {name} Reason: no value for required parameter",
            code="InvalidParameter",
            status_code=400,
            sender_fault=True,
        )
    if protocol == "rest-xml":
        shape = model.input_shape
        if shape is not None and shape.serialization.get("payload") == name:
            return ServiceError(
                "The XML you provided was not well-formed or did not validate against our published schema",
                code="MalformedXML",
                status_code=400,
                sender_fault=True,
            )
        return ServiceError(
            f"Missing required parameter: {name}", code="InvalidArgument", status_code=400, sender_fault=True
        )
    if protocol in ("query", "ec2"):
        return ServiceError(coral, code="ValidationError", status_code=400, sender_fault=True)
    return ServiceError(coral, code="ValidationException", status_code=400, sender_fault=True)
