"""The authorization step: may this caller perform this action on these resources?

The pipeline asks an ``Authorizer`` once per call, after the codec has parsed the operation and
before the provider runs: ``await authorizer.authorize(context, "sqs:SendMessage", [queue_arn])``.
The resources come from the provider (see ``resources`` below and ``overcast_common.service``), so
policy enforcement can be plugged in here without touching any provider.

``AllowRoot`` is the default until IAM's policy evaluation exists:

- root principals (``principal_type == "Root"``) are allowed everything, as in AWS;
- unverified callers (an access key Overcast never issued, accepted without checking its signature)
  and anonymous callers are allowed: they run as the default account's root, and anonymous requests
  only reach S3, whose bucket policies will decide once they exist;
- any other principal (an IAM user or an assumed role) is denied with AWS's implicit-deny message.
  Those principals only exist once IAM issues keys; IAM then replaces this class with one that
  evaluates identity and resource policies (explicit deny wins, then any allow, else implicit deny).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from overcast_common.context import Principal, RequestContext
from overcast_common.errors import AccessDenied
from overcast_common.protocol.models import service_model

# Protocols whose services name the error ``AccessDeniedException`` (the JSON family); the query and
# XML services call it ``AccessDenied``.
_JSON_FAMILY = frozenset({"json", "rest-json", "smithy-rpc-v2-cbor"})


class Authorizer(Protocol):
    async def authorize(self, context: RequestContext, action: str, resources: Sequence[str]) -> None:
        """Return if allowed; raise ``AccessDenied`` (a ``ServiceError``) otherwise.

        ``action`` is the IAM action (``sqs:SendMessage``); ``resources`` are ARNs, ``"*"`` when the
        operation is not scoped to a resource.
        """
        ...


def access_denied(context: RequestContext, action: str, resources: Sequence[str]) -> AccessDenied:
    """AWS's implicit-deny error, named the way the called service names it."""
    who = context.principal.arn if context.principal else "anonymous"
    resource = resources[0] if resources else "*"
    message = (
        f"User: {who} is not authorized to perform: {action} on resource: {resource} "
        f"because no identity-based policy allows the {action} action"
    )
    error = AccessDenied(message)
    model = service_model(context.service) if context.service else None
    if model is not None and model.protocol in _JSON_FAMILY:
        error.code = "AccessDeniedException"  # type: ignore[misc]
        if model.metadata.get("awsQueryCompatible") is not None:
            # what the serializer writes for query callers and in ``x-amzn-query-error``
            error.query_code = "AccessDenied"  # type: ignore[misc]
    return error


class AllowRoot:
    """Allow root, unverified and anonymous callers; deny everyone else (see the module docstring)."""

    async def authorize(self, context: RequestContext, action: str, resources: Sequence[str]) -> None:
        if self.allows(context.principal):
            return
        raise access_denied(context, action, resources)

    @staticmethod
    def allows(principal: Principal | None) -> bool:
        """Whether every action on every resource is allowed to ``principal`` (the decision needs
        neither the action nor the resources)."""
        return (
            principal is None or not principal.verified or principal.principal_type in ("Root", "Anonymous")
        )


# --- how providers state the resources of an operation ------------------------------------------

ResourceFn = Callable[[RequestContext, Mapping[str, Any]], Sequence[str]]
"""Computes the ARNs of one call from its context and params (botocore member names)."""

_F = TypeVar("_F", bound=Callable[..., Any])
_RESOURCES_ATTR = "__overcast_resources__"
_ACTION_ATTR = "__overcast_action__"


def resources(*templates: str | ResourceFn, action: str | None = None) -> Callable[[_F], _F]:
    """Declare the resource ARNs (and, if it differs from ``<prefix>:<Operation>``, the IAM action)
    of the provider method it decorates.

    A template is an ARN with ``{partition}``, ``{region}`` and ``{account}`` taken from the
    context and ``{MemberName}`` taken from the operation's top-level params (``*`` when absent)::

        @resources("arn:{partition}:sqs:{region}:{account}:{QueueName}")
        async def create_queue(self, context, *, queue_name, ...): ...

        @resources(lambda context, params: [queue_arn(params["QueueUrl"])])
        async def send_message(self, context, *, queue_url, ...): ...

        @resources("arn:{partition}:s3:::{Bucket}", action="s3:ListBucket")
        async def list_objects_v2(self, context, *, bucket, ...): ...

    Undecorated operations are authorized against ``"*"``.
    """

    def mark(method: _F) -> _F:
        setattr(method, _RESOURCES_ATTR, templates)
        if action is not None:
            setattr(method, _ACTION_ATTR, action)
        return method

    return mark


def declared_action(method: object) -> str | None:
    action = getattr(method, _ACTION_ATTR, None)
    return action if isinstance(action, str) else None


def declared_resources(
    method: object, context: RequestContext, params: Mapping[str, Any]
) -> list[str] | None:
    """The ARNs ``@resources`` declares on ``method`` for this call, or None if undecorated."""
    templates: tuple[str | ResourceFn, ...] | None = getattr(method, _RESOURCES_ATTR, None)
    if templates is None:
        return None
    arns: list[str] = []
    for template in templates:
        if callable(template):
            arns.extend(template(context, params))
        else:
            arns.append(template.format_map(_TemplateValues(context, params)))
    return arns


def partition(region: str) -> str:
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    return "aws"


class _TemplateValues(dict[str, str]):
    """``str.format_map`` source: context facts first, then params; ``*`` for anything absent."""

    def __init__(self, context: RequestContext, params: Mapping[str, Any]) -> None:
        super().__init__(
            {k: str(v) for k, v in params.items() if isinstance(v, str | int)},
            partition=partition(context.region),
            region=context.region,
            account=context.account_id,
        )

    def __missing__(self, key: str) -> str:
        return "*"
