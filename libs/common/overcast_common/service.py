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

from collections.abc import Coroutine, Mapping, Sequence
from typing import Any, ClassVar, NamedTuple

from overcast_common.authz import Authorizer, declared_action, declared_resources
from overcast_common.context import RequestContext
from overcast_common.errors import InternalFailure
from overcast_common.service_call import Plan as _Plan
from overcast_common.service_call import call as _call
from overcast_common.service_call import missing_member as missing_member


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

    def __call__(
        self, context: RequestContext, params: dict[str, Any]
    ) -> Coroutine[Any, Any, dict[str, Any]]:
        # the call's coroutine, compiled (``service_call``): awaiting it does steps 1-4 above
        return _call(self, context, params)
