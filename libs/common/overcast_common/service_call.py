"""``ServiceHandler``'s call, compiled with mypyc (``compiled.MODULES``): from ``(operation, params)`` to
the provider method's result, with the authorization step between (``service``'s docstring says how).

``ServiceHandler`` itself stays in interpreted ``service`` (S3 subclasses it; mypyc's classes refuse
interpreted subclasses); its ``__call__`` hands back the coroutine of ``call`` below, so the per-request
work runs compiled with no extra coroutine in between.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from overcast_common.authz import AllowRoot
from overcast_common.context import RequestContext
from overcast_common.errors import InvalidAction, ServiceError
from overcast_common.protocol.models import operation_model

if TYPE_CHECKING:
    from overcast_common.service import ServiceHandler


class Plan(NamedTuple):
    """What ``ServiceHandler`` looks up once per operation."""

    names: Mapping[str, str]
    required: tuple[str, ...]
    method: str


async def call(handler: ServiceHandler, context: RequestContext, params: Mapping[str, Any]) -> dict[str, Any]:
    provider = handler.provider
    operation = context.operation
    plans = handler._plans
    plan = plans.get(operation)
    if plan is None:
        spec = provider.operations.get(operation)
        if spec is None:
            # the codec only produces modeled operations; this guards handlers wired to the wrong service
            raise InvalidAction(f"The action {operation} is not valid for this endpoint.")
        plan = plans[operation] = Plan(
            spec.params, required_members(provider.service, operation), spec.method
        )
    names = plan.names
    # unknown members are ignored, as AWS's JSON protocols do; the codec never produces them
    kwargs = {names[name]: value for name, value in params.items() if name in names}
    for name in plan.required:
        if params.get(name) is None:  # the typed method cannot be called without it
            raise missing_member(provider.service, operation, name)
    # AllowRoot's answer depends on the principal alone: for the callers it always lets through,
    # asking the provider for the call's resources (and awaiting the authorizer) changes nothing
    authorizer = handler.authorizer
    if not (type(authorizer) is AllowRoot and AllowRoot.allows(context.principal)):
        resources = provider.resource_arns(context, operation, params)
        await authorizer.authorize(context, provider.iam_action(operation), resources)
    method = getattr(provider, plan.method)
    try:
        result = await method(context, **kwargs)
    except NotImplementedError as exc:
        from overcast_common.service import OperationNotImplemented  # its module imports this one

        detail = f": {exc}" if exc.args else ""
        raise OperationNotImplemented(
            f"The API action {operation} for service {provider.service} is not yet "
            f"implemented in Overcast{detail}"
        ) from exc
    return {} if result is None else dict(result)


@lru_cache(maxsize=4096)
def required_members(service: str, operation: str) -> tuple[str, ...]:
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
