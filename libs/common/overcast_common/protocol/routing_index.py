"""Which botocore services answer to a signing name, a target prefix or a host name.

The index covers every service botocore ships, but loading all ~420 full models takes seconds.
Only the small ``metadata`` block is needed here, and it sits at the top of every
``service-2.json(.gz)``, so we read just the head of each file (tens of milliseconds in all) and
fall back to the full model when a head cannot be parsed.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import botocore.session
from botocore.utils import PRIORITY_ORDERED_SUPPORTED_PROTOCOLS

from overcast_common.protocol.models import service_model

# Signing names that only appear in endpoint rule sets (never in metadata), with the services
# whose requests may carry them.
RULESET_SIGNING_NAMES: Mapping[str, tuple[str, ...]] = {
    "s3-object-lambda": ("s3",),
    "s3express": ("s3", "s3control"),
    "s3-outposts": ("s3", "s3control"),
    "IngestionService": ("importexport",),
}

_HEAD_BYTES = 8192
_JSON_PROTOCOLS = frozenset({"json", "smithy-rpc-v2-cbor"})


@dataclass(frozen=True)
class ServiceMeta:
    """The routing-relevant part of one service model's metadata."""

    name: str
    protocols: tuple[str, ...]
    signing_name: str
    endpoint_prefix: str
    target_prefix: str | None
    api_version: str
    bearer: bool
    """Accepts ``Authorization: Bearer`` (CodeCatalyst; Bedrock API keys)."""

    @property
    def is_rest(self) -> bool:
        return self.protocols[0].startswith("rest-")

    @property
    def speaks_query(self) -> bool:
        """Query-form (``Action=``) requests are accepted by every non-REST service (SQS's old SDKs)."""
        return not self.is_rest

    @property
    def speaks_target(self) -> bool:
        return any(p in _JSON_PROTOCOLS for p in self.protocols)


@dataclass(frozen=True)
class ServiceIndex:
    services: Mapping[str, ServiceMeta]
    by_signing_name: Mapping[str, tuple[str, ...]]
    by_target_prefix: Mapping[str, tuple[str, ...]]
    by_endpoint_prefix: Mapping[str, tuple[str, ...]]
    bearer_services: tuple[str, ...]


def _meta_from_dict(name: str, md: Mapping[str, Any]) -> ServiceMeta:
    protocols = tuple(md.get("protocols") or (md["protocol"],))
    # botocore's own choice comes first (its priority order), so ``protocols[0]`` is what it sends
    order = PRIORITY_ORDERED_SUPPORTED_PROTOCOLS
    ranked = tuple(sorted(protocols, key=lambda p: order.index(p) if p in order else len(order)))
    return ServiceMeta(
        name=name,
        protocols=ranked,
        signing_name=md.get("signingName") or md["endpointPrefix"],
        endpoint_prefix=md["endpointPrefix"],
        target_prefix=md.get("targetPrefix"),
        api_version=md.get("apiVersion", ""),
        bearer=md.get("signatureVersion") == "bearer" or "smithy.api#httpBearerAuth" in md.get("auth", ()),
    )


@cache
def _session() -> botocore.session.Session:
    return botocore.session.get_session()


def _model_file(name: str) -> str | None:
    loader = _session().get_component("data_loader")
    version = loader.determine_latest_version(name, "service-2")
    for base in loader.search_paths:
        for suffix in ("service-2.json", "service-2.json.gz"):
            path = os.path.join(base, name, version, suffix)
            if os.path.isfile(path):
                return path
    return None


def _read_head_metadata(name: str) -> dict[str, Any] | None:
    path = _model_file(name)
    if path is None:
        return None
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        head = f.read(_HEAD_BYTES).decode("utf-8", errors="replace")
    start = head.find('"metadata"')
    if start < 0:
        return None
    brace = head.find("{", start)
    try:
        md, _ = json.JSONDecoder().raw_decode(head, brace)
    except ValueError:
        return None
    return md if isinstance(md, dict) and "endpointPrefix" in md else None


def load_meta(name: str) -> ServiceMeta:
    md = _read_head_metadata(name)
    if md is None:
        md = dict(service_model(name).metadata)
    return _meta_from_dict(name, md)


def _group(pairs: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key, name in pairs:
        out.setdefault(key, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@cache
def service_index() -> ServiceIndex:
    names = _session().get_available_services()
    metas = {n: load_meta(n) for n in names}
    signing = [(m.signing_name, n) for n, m in metas.items()]
    signing += [(alias, n) for alias, svcs in RULESET_SIGNING_NAMES.items() for n in svcs if n in metas]
    return ServiceIndex(
        services=metas,
        by_signing_name=_group(signing),
        by_target_prefix=_group([(m.target_prefix, n) for n, m in metas.items() if m.target_prefix]),
        by_endpoint_prefix=_group([(m.endpoint_prefix, n) for n, m in metas.items()]),
        bearer_services=tuple(n for n, m in metas.items() if m.bearer),
    )
