"""Whether a notification destination lets S3 publish to it, as ``PutBucketNotificationConfiguration``
checks before it accepts a configuration.

AWS asks the destination's resource policy whether the service principal ``s3.amazonaws.com`` may
``sqs:SendMessage`` to the queue (``sns:Publish`` to the topic) for this bucket: ``aws:SourceArn`` is
the bucket's ARN and ``aws:SourceAccount`` its owner. A queue without a policy, or a topic with only its
default policy (which names ``AWS:SourceOwner``, a key S3 does not send), does not allow it, and the
configuration is refused ("Permissions on the destination … do not allow S3 to publish notifications
from this bucket").
"""

from __future__ import annotations

import json
from typing import Any

from overcast_s3 import policy

SERVICE_PRINCIPAL = "s3.amazonaws.com"
ACTIONS = {"sqs": "sqs:SendMessage", "sns": "sns:Publish"}
DENIED_REASONS = {
    "sqs": "Permissions on the destination queue do not allow S3 to publish notifications from this bucket",
    "sns": "Permissions on the destination topic do not allow S3 to publish notifications from this bucket",
}


def _names(principal: Any, service_principal: str) -> bool:
    if principal == "*":
        return True
    if not isinstance(principal, dict):
        return False
    aws = principal.get("AWS", [])
    service = principal.get("Service", [])
    return "*" in (aws if isinstance(aws, list) else [aws]) or service_principal in (
        service if isinstance(service, list) else [service]
    )


def service_may(
    document_text: str | None,
    service_principal: str,
    action: str,
    resource: str,
    *,
    source_arn: str,
    source_account: str,
) -> bool:
    """True when a resource policy (its JSON text; None: no policy) lets an AWS service principal
    (``s3.amazonaws.com``, ``logging.s3.amazonaws.com``) do ``action`` on ``resource`` on behalf of
    ``source_arn`` (``aws:SourceArn``) owned by ``source_account`` (``aws:SourceAccount``)."""
    if not document_text:
        return False
    try:
        document = json.loads(document_text)
    except ValueError:
        return False
    statements = document.get("Statement", []) if isinstance(document, dict) else []
    if isinstance(statements, dict):
        statements = [statements]
    # statements naming the service as their principal, judged by the bucket-policy evaluator
    relevant = [
        {**statement, "Principal": "*"}
        for statement in statements
        if isinstance(statement, dict) and _names(statement.get("Principal"), service_principal)
    ]
    request = policy.Request(
        action=action,
        resource=resource,
        keys={"aws:sourcearn": [source_arn], "aws:sourceaccount": [source_account]},
    )
    return policy.evaluate({"Statement": relevant}, request) == "Allow"


def allows_s3(document_text: str | None, service: str, arn: str, *, bucket: str, owner: str) -> bool:
    """True when the destination's policy lets S3 publish this bucket's events."""
    return service_may(
        document_text,
        SERVICE_PRINCIPAL,
        ACTIONS[service],
        arn,
        source_arn=f"arn:aws:s3:::{bucket}",
        source_account=owner,
    )
