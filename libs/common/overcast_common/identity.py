"""Who owns an access key: the credential-lookup interface SigV4 verification asks, and the built-in account.

Overcast starts with one account (``OVERCAST_DEFAULT_ACCOUNT_ID``, ``000000000000``) whose root keys are
``OVERCAST_DEFAULT_ACCESS_KEY_ID`` / ``OVERCAST_DEFAULT_SECRET_ACCESS_KEY`` (``test`` / ``test``), so
every SDK works with no setup. IAM adds its own ``CredentialProvider`` later (CreateAccessKey,
AssumeRole); ``ChainedCredentials`` asks several in turn.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from overcast_common.context import Principal

DEFAULT_ACCOUNT_ID = "000000000000"
DEFAULT_ACCESS_KEY_ID = "test"
DEFAULT_SECRET_ACCESS_KEY = "test"


@dataclass(frozen=True)
class Credential:
    """One access key Overcast knows, with the secret that signs for it and whom it belongs to."""

    access_key_id: str
    secret_access_key: str
    principal: Principal
    session_token: str | None = None
    """Set for temporary credentials: requests must carry it as ``X-Amz-Security-Token``."""
    expires_at: datetime | None = None
    """When temporary credentials stop working (tz-aware UTC)."""


class CredentialProvider(Protocol):
    async def lookup(self, access_key_id: str) -> Credential | None:
        """The credential for ``access_key_id``, or None when this provider never issued it."""
        ...


def root_principal(account_id: str, access_key_id: str = "", *, verified: bool = True) -> Principal:
    """The root user of ``account_id`` as IAM and STS name it."""
    return Principal(
        account_id=account_id,
        arn=f"arn:aws:iam::{account_id}:root",
        principal_type="Root",
        principal_id=account_id,
        access_key_id=access_key_id,
        verified=verified,
    )


def root_credential(account_id: str, access_key_id: str, secret_access_key: str) -> Credential:
    return Credential(access_key_id, secret_access_key, root_principal(account_id, access_key_id))


def default_credential(env: Mapping[str, str] | None = None) -> Credential:
    """The built-in account's root keys, configurable through the environment."""
    env = os.environ if env is None else env
    return root_credential(
        env.get("OVERCAST_DEFAULT_ACCOUNT_ID") or DEFAULT_ACCOUNT_ID,
        env.get("OVERCAST_DEFAULT_ACCESS_KEY_ID") or DEFAULT_ACCESS_KEY_ID,
        env.get("OVERCAST_DEFAULT_SECRET_ACCESS_KEY") or DEFAULT_SECRET_ACCESS_KEY,
    )


class StaticCredentials:
    """A fixed set of credentials held in memory; by default just the built-in account's root keys."""

    def __init__(self, credentials: Iterable[Credential] | None = None) -> None:
        creds = [default_credential()] if credentials is None else list(credentials)
        self._by_key: dict[str, Credential] = {c.access_key_id: c for c in creds}

    def add(self, credential: Credential) -> None:
        self._by_key[credential.access_key_id] = credential

    def remove(self, access_key_id: str) -> None:
        self._by_key.pop(access_key_id, None)

    async def lookup(self, access_key_id: str) -> Credential | None:
        return self._by_key.get(access_key_id)


class ChainedCredentials:
    """Asks each provider in order; the first that knows the key answers."""

    def __init__(self, *providers: CredentialProvider) -> None:
        self.providers = providers

    async def lookup(self, access_key_id: str) -> Credential | None:
        for provider in self.providers:
            found = await provider.lookup(access_key_id)
            if found is not None:
                return found
        return None


def known_now(provider: CredentialProvider, access_key_id: str) -> Credential | None:
    """What ``await provider.lookup(access_key_id)`` answers when in-memory keys settle it (the
    built-in root keys, first in the gateway's chain), without a coroutine; None otherwise."""
    # exact types only: a subclass may answer differently from its dict
    if type(provider) is StaticCredentials:
        return provider._by_key.get(access_key_id)
    if type(provider) is ChainedCredentials:
        for first in provider.providers:
            if type(first) is not StaticCredentials:
                return None  # an earlier provider that must be awaited would answer first
            found = first._by_key.get(access_key_id)
            if found is not None:
                return found
    return None


def account_for_unknown_key(access_key_id: str, default_account: str) -> str:
    """The account an access key Overcast never issued acts in.

    Test suites sign with arbitrary fake keys; one made of exactly 12 digits names its account (so
    tests can use several accounts without setup), anything else acts in ``default_account``.
    """
    if len(access_key_id) == 12 and access_key_id.isdigit():
        return access_key_id
    return default_account
