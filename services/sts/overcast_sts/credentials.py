"""The keys STS issued, as a ``CredentialProvider``: SigV4 accepts them while they are valid."""

from __future__ import annotations

from overcast_common.context import Principal
from overcast_common.identity import Credential

from overcast_sts.provider import SESSION_KEY_PREFIX
from overcast_sts.store import StsStore


class SessionKeys:
    key_prefixes = (SESSION_KEY_PREFIX,)
    """The only keys this provider can know: in cluster mode the gateway asks STS about no others."""

    def __init__(self, store: StsStore) -> None:
        self.store = store

    async def lookup(self, access_key_id: str) -> Credential | None:
        if not access_key_id.startswith(SESSION_KEY_PREFIX):
            return None  # not ours: skip the store for every other key
        session = await self.store.get_session(access_key_id)
        if session is None:
            return None
        principal = Principal(
            account_id=session.account_id,
            arn=session.arn,
            principal_type=session.principal_type,
            principal_id=session.principal_id,
            access_key_id=access_key_id,
            session_token=session.session_token,
            session_created=session.created,
            mfa_authenticated=session.mfa,
        )
        return Credential(
            access_key_id=access_key_id,
            secret_access_key=session.secret_access_key,
            principal=principal,
            session_token=session.session_token,
            expires_at=session.expiration,
        )
