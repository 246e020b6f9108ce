"""Queue URLs and ARNs: what clients send back, in every form they may have it.

Accepted ``QueueUrl`` forms (the region comes from the host when it names one, else the request's):

- ``http://<any host>[:port]/<account>/<name>`` (what Overcast hands out),
- ``https://sqs.<region>.amazonaws.com/<account>/<name>`` and ``https://<region>.queue.amazonaws.com/...``,
- ``/<account>/<name>`` (path only) and a bare ``<name>`` (the caller's account).
"""

from __future__ import annotations

import functools
import os
import re
from urllib.parse import urlsplit

from overcast_common.authz import partition
from overcast_common.context import RequestContext

from overcast_sqs.store import QueueKey

QUEUE_URL_HOST_ENV = "OVERCAST_SQS_QUEUE_URL_HOST"
"""Host (``name:port``, or a full ``scheme://host:port``) queue URLs name instead of the caller's
``Host``: set it in a cluster so URLs point at the gateway's service name."""

_REGION_IN_HOST = (
    re.compile(r"^sqs[.-]([a-z]{2}(?:-[a-z]+)+-\d+)\."),
    re.compile(r"^([a-z]{2}(?:-[a-z]+)+-\d+)\.queue\."),
)
_ACCOUNT = re.compile(r"^\d{12}\Z")  # \Z: `$` would also match before a trailing newline


class BadQueueUrl(ValueError):
    """Not a queue URL at all (``InvalidAddress``)."""


def parse_queue_url(url: str, context: RequestContext) -> QueueKey:
    # every message operation parses its QueueUrl twice (authorization's ARN, then the provider):
    # a small cache of (url, caller) makes both a dict lookup
    return _parse(url, context.account_id, context.region)


@functools.lru_cache(maxsize=4096)
def _parse(url: str, account_id: str, region: str) -> QueueKey:
    if "://" in url:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        for pattern in _REGION_IN_HOST:
            found = pattern.match(host)
            if found:
                region = found.group(1)
                break
        path = parts.path
    else:
        path = url
    segments = [s for s in path.split("/") if s]
    if len(segments) == 1 and "://" not in url:
        return QueueKey(account_id, region, segments[0])
    if len(segments) != 2:
        raise BadQueueUrl(url)
    account, name = segments
    if not _ACCOUNT.match(account):
        account = account_id  # e.g. LocalStack-style "queue" path prefixes
    return QueueKey(account, region, name)


def queue_url(key: QueueKey, context: RequestContext, override: str | None = None) -> str:
    host = override if override is not None else os.environ.get(QUEUE_URL_HOST_ENV, "")
    if not host:
        host = context.host or "localhost:4566"
    base = host if "://" in host else f"http://{host}"
    return f"{base.rstrip('/')}/{key.account_id}/{key.name}"


@functools.lru_cache(maxsize=4096)
def queue_arn(key: QueueKey) -> str:
    return f"arn:{partition(key.region)}:sqs:{key.region}:{key.account_id}:{key.name}"


def parse_queue_arn(arn: str) -> QueueKey | None:
    parts = arn.split(":")
    if len(parts) != 6 or parts[0] != "arn" or parts[2] != "sqs" or not parts[5]:
        return None
    return QueueKey(parts[4], parts[3], parts[5])
